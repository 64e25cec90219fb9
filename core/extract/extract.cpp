#include "extract/extract.hpp"

#include "extract/figures.hpp"
#include "extract/quotes.hpp"

#include <algorithm>
#include <exception>
#include <thread>

namespace parallax::extract {

void extract_all(std::vector<ArticleRecord>& records, const ExtractOptions& options) {
    const FigureFinder figures(options.lexicon_folder, options.dictionary_folder);
    const QuoteFinder quotes(options.lexicon_folder, options.dictionary_folder);
    // Articles are independent and the finders are read-only, so the records are shared out among
    // threads by stride (neighbours in a feed tend to be alike in length, so this balances well).
    const std::size_t wanted =
        options.threads ? options.threads : std::max(1u, std::thread::hardware_concurrency());
    const std::size_t threads = std::clamp<std::size_t>(records.size() / 4, 1, wanted);
    std::vector<std::exception_ptr> errors(threads);
    auto work = [&](std::size_t first) {
        try {
            for (std::size_t i = first; i < records.size(); i += threads) {
                records[i].figures = figures.find(records[i].article);
                quotes.find(records[i].article, records[i].people, records[i].quotes);
            }
        } catch (...) {
            errors[first] = std::current_exception();
        }
    };
    std::vector<std::thread> pool;
    for (std::size_t t = 1; t < threads; ++t)
        pool.emplace_back(work, t);
    work(0);
    for (auto& thread : pool)
        thread.join();
    for (const auto& error : errors)
        if (error) std::rethrow_exception(error);
}

} // namespace parallax::extract
