// Text layer: tokens of one paragraph, with their kinds and code-point spans.
//
// Rules (Unicode character classes from ICU; no locale):
// - word: letters and combining marks, with apostrophes between letters ("won’t", "O'Brien",
//   "Russia’s") and dots between letters with no space ("Amazon.com"). Dotted abbreviations and
//   initials keep their final period ("U.S.", "J.D.", "e.g.", "J."), and so do listed abbreviations
//   ("Gen.", "Feb."): `abbreviation` is then set. Hyphens are separate punct tokens ("full-scale" →
//   "full" "-" "scale"); `space_before` tells glued tokens apart.
// - number: digits with inner ',' '.' and no-break/thin spaces before a group of three digits
//   ("21,692", "4.5", "816 000" with U+202F). Letters glued to it are the next token ("324" "bn",
//   "19" "th", "G" "7"); a plain space always separates ("21 692" is two numbers).
// - quote: a quotation-mark candidate: “ ” ‘ ’ „ ‚ « » ‹ › " ' and ’/' not between letters.
//   Whether it opens, closes, or is an apostrophe ("the countries’ leaders", "’90s") is decided
//   across the article by quote_marks.hpp; `analyse_article` then retags apostrophes and primes.
// - punct: any other punctuation, one token each, except runs of one character ("...", "--", "?!"
//   stay whole) and the ellipsis "…".
// - symbol: currency, math and other symbols ("$", "€", "%", "+", "°", "′", "″").
// White space is not a token.
#pragma once

#include "text/abbreviations.hpp"

#include <cstdint>
#include <string_view>
#include <vector>

namespace parallax::text {

enum class TokenKind : unsigned char { word, number, punct, quote, symbol };

/// The name of a kind ("word", "number"…), for messages and tests.
std::string_view kind_name(TokenKind kind);

struct Token {
    std::uint32_t begin = 0;      ///< code point where it starts in the paragraph
    std::uint32_t end = 0;        ///< code point after it
    std::uint32_t byte_begin = 0; ///< the same in bytes
    std::uint32_t byte_end = 0;
    std::uint32_t norm_begin = 0; ///< its folded form in ParagraphText::folded (bytes); 0/0 from tokenize()
    std::uint32_t norm_end = 0;
    char32_t first = 0; ///< its first code point (handy for punctuation and quote marks)
    TokenKind kind = TokenKind::word;
    bool space_before = false; ///< white space or the paragraph start right before it
    bool abbreviation = false; ///< a word that includes its final period ("U.S.", "Gen.", "J.")
    bool capitalised = false;  ///< a word whose first letter is upper or title case
    bool all_caps = false;     ///< a word with two or more letters, none lower case ("NATO", "US")

    std::string_view str(std::string_view paragraph) const {
        return paragraph.substr(byte_begin, byte_end - byte_begin);
    }
    std::uint32_t size() const { return end - begin; }
};

/// Splits a paragraph (UTF-8; invalid bytes become one-byte punct tokens) into tokens.
std::vector<Token> tokenize(std::string_view paragraph,
                            const Abbreviations& abbreviations = default_abbreviations());

} // namespace parallax::text
