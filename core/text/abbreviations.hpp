// Text layer: the abbreviations that a period does not end a sentence after, as data.
//
// The default list is configs/lexicons/abbreviations.txt, compiled into the library so that the text
// layer works with no files beside it; `Abbreviations::load` reads another file of the same form.
// File form (one entry per line, '#' starts a comment):
//   [title]     Mr. Dr. Gen. Sen. …   come before a name: never end a sentence
//   [number]    Feb. No. Art. …       do not end a sentence before a number, else act as a period
//   [other]     Inc. Jr. Calif. …     may end a sentence: they do when the next word starts one
//   [starters]  The He But …          capitalised words that start sentences, for the rule above
// Entries are case-sensitive ("No." is an abbreviation, "no." ends "said no.") and written with their
// final period. Dotted forms (U.S., J.D., e.g.) and single capital initials (J. D. Vance) need no
// entry: the tokeniser recognises them by shape and treats them as [other].
#pragma once

#include <cstddef>
#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace parallax::text {

enum class AbbreviationClass : unsigned char {
    none,   ///< not an abbreviation
    title,  ///< stands before a name or number: a period after it never ends a sentence
    number, ///< stands before a number ("Feb. 18", "No. 5"); before anything else, a plain period
    other,  ///< may end a sentence; does only before a sentence starter, an opening quote or the end
};

class Abbreviations {
public:
    /// Reads the form above from text. Throws std::runtime_error on an unknown [section].
    static Abbreviations parse(std::string_view text);
    /// Reads a file of the form above. Throws std::runtime_error when it cannot be read.
    static Abbreviations load(const std::filesystem::path& file);

    /// The class of `word` written with its final period ("Gen." → title).
    AbbreviationClass find(std::string_view word_with_period) const;
    /// True when `word` (as written, no period) is a usual first word of a sentence ("The", "He").
    bool starts_sentence(std::string_view word) const;
    /// The longest listed entry, in bytes (bounds the tokeniser's look-ahead).
    std::size_t longest() const { return longest_; }

private:
    /// Lets string_views look up std::string keys without a copy.
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    std::unordered_map<std::string, AbbreviationClass, Hash, std::equal_to<>> entries_;
    std::unordered_set<std::string, Hash, std::equal_to<>> starters_;
    std::size_t longest_ = 0;
};

/// configs/lexicons/abbreviations.txt as compiled into the library.
const Abbreviations& default_abbreviations();

} // namespace parallax::text
