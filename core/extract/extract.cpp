#include "extract/extract.hpp"

#include "extract/figures.hpp"
#include "extract/quotes.hpp"

namespace parallax::extract {

void extract_all(std::vector<ArticleRecord>& records, const ExtractOptions& options) {
    const FigureFinder figures(options.lexicon_folder);
    const QuoteFinder quotes(options.lexicon_folder);
    for (auto& record : records) {
        record.figures = figures.find(record.article);
        quotes.find(record.article, record.people, record.quotes);
    }
}

} // namespace parallax::extract
