#include "extract/quotes.hpp"

namespace parallax::extract {

// Not implemented yet: people and quotes stay empty until the quotes extractor lands.
QuoteFinder::QuoteFinder(const std::filesystem::path&) {}

void QuoteFinder::find(const Article&, std::vector<Person>&, std::vector<Quote>&) const {}

} // namespace parallax::extract
