// Extract stage: the people an article names and the quotes it attributes to them
// (see ../shared/eval/ANNOTATION.md, "Quotes" and "Speakers", and docs/quotes.md).
#pragma once

#include <parallax/article.hpp>
#include <parallax/person.hpp>
#include <parallax/quote.hpp>

#include "text/dictionary.hpp"

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace parallax::extract {

namespace quotes {
struct Lexicon;
}

/// Finds people and quotes. Built once (it reads its lexicons), then used for every article.
class QuoteFinder {
public:
    /// Reads the lexicons in `lexicon_folder`/quotes and the WordNet dictionary in `dictionary_folder`.
    /// Throws std::runtime_error naming the file and line of the first bad entry.
    explicit QuoteFinder(const std::filesystem::path& lexicon_folder,
                         const std::filesystem::path& dictionary_folder = text::Dictionary::default_folder());
    ~QuoteFinder();
    QuoteFinder(QuoteFinder&&) noexcept;
    QuoteFinder& operator=(QuoteFinder&&) noexcept;

    /// Appends the article's people and its quotes; each quote carries the confidence and the reason
    /// of its attribution (the construction and how the speaker was resolved), which `--explain` shows.
    void find(const Article& article, std::vector<Person>& people, std::vector<Quote>& quotes) const;

private:
    std::unique_ptr<quotes::Lexicon> lexicon_;
};

} // namespace parallax::extract
