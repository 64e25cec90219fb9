// Extract stage: the people an article names and the quotes it attributes to them
// (see ../shared/eval/ANNOTATION.md, "Quotes" and "Speakers").
#pragma once

#include <parallax/article.hpp>
#include <parallax/person.hpp>
#include <parallax/quote.hpp>

#include <filesystem>
#include <vector>

namespace parallax::extract {

/// Finds people and quotes. Built once (it reads its lexicons), then used for every article.
class QuoteFinder {
public:
    explicit QuoteFinder(const std::filesystem::path& lexicon_folder);
    void find(const Article& article, std::vector<Person>& people, std::vector<Quote>& quotes) const;
};

} // namespace parallax::extract
