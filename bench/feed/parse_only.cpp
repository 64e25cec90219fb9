// The feed plugin alone, without the host, the extract stage or JSON output: reads a file and
// parses it RUNS times, printing the best wall time. Built by bench/feed/run.
#include "feed.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <string>

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s FEED [RUNS]\n", argv[0]);
        return 2;
    }
    std::ifstream in(argv[1], std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const int runs = argc > 2 ? std::atoi(argv[2]) : 5;
    double best = 1e9;
    std::size_t articles = 0;
    for (int i = 0; i < runs; ++i) {
        const auto start = std::chrono::steady_clock::now();
        const parallax::ParseResult result = parallax::feed::parse(parallax::Input{argv[1], bytes, nullptr});
        best =
            std::min(best, std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
        articles = result.articles.size();
    }
    std::printf("%zu %.4f\n", articles, best);
    return 0;
}
