// People + quotes throughput on one core: reads articles (one paragraph a line, articles separated by a
// line holding only "=====") into memory, then times QuoteFinder::find over all of them.
//
//   bench_quotes LEXICON_FOLDER INPUT [ROUNDS]
//
// CPU time of this process is measured, not wall time: the machine is shared, and the target is per core.
// Prints one line: bytes of paragraph text, seconds (the fastest round), MB/s (10^6 bytes per second),
// and how many people and quotes were found, so a run that finds nothing is visible.
#include "extract/quotes.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <exception>
#include <fstream>
#include <string>
#include <vector>

namespace {

double cpu_seconds() {
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) / 1e9;
}

std::vector<parallax::Article> read_articles(const char* path, std::size_t& bytes) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error(std::string("cannot read ") + path);
    std::vector<parallax::Article> out(1);
    for (std::string line; std::getline(in, line);) {
        if (line == "=====") {
            if (!out.back().paragraphs.empty()) out.emplace_back();
            continue;
        }
        if (line.empty()) continue;
        bytes += line.size();
        out.back().paragraphs.push_back(std::move(line));
    }
    if (out.back().paragraphs.empty()) out.pop_back();
    return out;
}

} // namespace

int main(int argc, char** argv) try {
    if (argc < 3) {
        std::fprintf(stderr, "usage: bench_quotes LEXICON_FOLDER INPUT [ROUNDS]\n");
        return 2;
    }
    const int rounds = argc > 3 ? std::max(1, std::atoi(argv[3])) : 3;
    std::size_t bytes = 0;
    const auto articles = read_articles(argv[2], bytes);
    const parallax::extract::QuoteFinder finder(argv[1]);
    double best = 1e300;
    std::size_t people = 0, quotes = 0;
    for (int r = 0; r < rounds; ++r) {
        people = quotes = 0;
        const double start = cpu_seconds();
        for (const auto& a : articles) {
            std::vector<parallax::Person> p;
            std::vector<parallax::Quote> q;
            finder.find(a, p, q);
            people += p.size();
            quotes += q.size();
        }
        best = std::min(best, cpu_seconds() - start);
    }
    std::printf("bytes %zu seconds %.3f mb_per_s %.2f articles %zu people %zu quotes %zu\n", bytes, best,
                static_cast<double>(bytes) / best / 1e6, articles.size(), people, quotes);
    return 0;
} catch (const std::exception& e) {
    std::fprintf(stderr, "bench_quotes: %s\n", e.what());
    return 1;
}
