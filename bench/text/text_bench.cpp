// Throughput of the text layer on news text: MB/s of paragraph bytes through each step and through
// the whole of it (NFC + folding with offsets + tokens + sentences). The text is the body of every
// article in ../shared/eval/articles, repeated to PARALLAX_BENCH_MB megabytes (default 16) so that it
// streams from memory rather than sitting in cache.
#include "text/analysis.hpp"
#include "text/normalize.hpp"
#include "text/unicode.hpp"

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;
using namespace parallax::text;

/// The body paragraphs of one article file: lines after the `---` header end, one paragraph each.
std::vector<std::string> body_of(const fs::path& file) {
    std::ifstream in(file);
    std::vector<std::string> lines;
    for (std::string line; std::getline(in, line);)
        lines.push_back(line);
    std::size_t first = 0;
    for (std::size_t i = 0; i < lines.size(); ++i)
        if (lines[i] == "---") first = i + 1;
    std::vector<std::string> body;
    for (std::size_t i = first; i < lines.size(); ++i)
        if (!lines[i].empty()) body.push_back(lines[i]);
    return body;
}

struct Corpus {
    std::vector<std::vector<std::string>> articles;
    std::size_t bytes = 0;
};

const Corpus& corpus() {
    static const Corpus instance = [] {
        std::vector<std::vector<std::string>> originals;
        const fs::path folder = fs::path(PARALLAX_SHARED_DIR) / "eval" / "articles";
        std::vector<fs::path> files;
        for (const auto& entry : fs::directory_iterator(folder))
            files.push_back(entry.path());
        std::sort(files.begin(), files.end());
        for (const auto& file : files)
            originals.push_back(body_of(file));
        const char* mb = std::getenv("PARALLAX_BENCH_MB");
        const std::size_t target = (mb ? std::strtoul(mb, nullptr, 10) : 16) << 20;
        Corpus c;
        while (c.bytes < target && !originals.empty()) {
            for (const auto& article : originals) {
                c.articles.push_back(article);
                for (const auto& p : article)
                    c.bytes += p.size();
            }
        }
        return c;
    }();
    return instance;
}

template <class Step> void run(benchmark::State& state, Step step) {
    const Corpus& c = corpus();
    for (auto _ : state)
        for (const auto& article : c.articles)
            step(article);
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * c.bytes));
}

void BM_nfc(benchmark::State& state) {
    run(state, [](const auto& article) {
        for (const auto& p : article)
            benchmark::DoNotOptimize(nfc(p));
    });
}

void BM_fold_with_offsets(benchmark::State& state) {
    run(state, [](const auto& article) {
        for (const auto& p : article)
            benchmark::DoNotOptimize(fold(p, matching_fold));
    });
}

void BM_tokens(benchmark::State& state) {
    run(state, [](const auto& article) {
        for (const auto& p : article)
            benchmark::DoNotOptimize(tokenize(p));
    });
}

void BM_tokens_and_sentences(benchmark::State& state) {
    run(state, [](const auto& article) {
        for (const auto& p : article)
            benchmark::DoNotOptimize(split_sentences(p));
    });
}

/// What the target measures: normalisation (NFC, then folding with the offset map),
/// tokens with their folded forms, and sentences.
void BM_normalise_tokens_sentences(benchmark::State& state) {
    run(state, [](const auto& article) {
        for (const auto& p : article) {
            const std::string normal = nfc(p);
            benchmark::DoNotOptimize(fold(normal, matching_fold));
            benchmark::DoNotOptimize(analyse_paragraph(normal));
        }
    });
}

/// The whole article analysis the extractors use: the above plus quote-mark pairing.
void BM_article_analysis(benchmark::State& state) {
    run(state, [](const auto& article) { benchmark::DoNotOptimize(analyse(article)); });
}

BENCHMARK(BM_nfc)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_fold_with_offsets)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_tokens)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_tokens_and_sentences)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_normalise_tokens_sentences)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_article_analysis)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
