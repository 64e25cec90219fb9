// Text layer (internal): decoding UTF-8 one code point at a time and the character classes the
// tokeniser and the quote-mark pairing share. Classes come from ICU's Unicode tables; ASCII from a
// table here so the common case makes no call.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace parallax::text::chars {

enum class Class : unsigned char {
    space,        ///< white space, ZWSP, BOM
    format,       ///< invisible format characters (soft hyphen, joiners): part of the word they are in
    letter,       ///< letters and letter numbers
    mark,         ///< combining marks
    digit,        ///< decimal digits
    other_number, ///< ½, ², Ⅻ…
    quote,        ///< quotation marks and apostrophes: “ ” ‘ ’ „ ‚ ‛ ‟ « » ‹ › " '
    punct,        ///< other punctuation
    symbol,       ///< currency, maths, %, primes, other symbols, unassigned
};

struct Decoded {
    char32_t c = 0;           ///< U+FFFD for a bad sequence
    std::uint32_t length = 0; ///< bytes
    std::uint32_t cps = 0;    ///< code points as the rest of Parallax counts them (lead bytes)
};

// Out-of-line halves for code points beyond ASCII.
Decoded decode_multibyte(std::string_view s, std::size_t i);
Class classify_non_ascii(char32_t c);
bool is_upper_non_ascii(char32_t c);
bool is_lower_non_ascii(char32_t c);
constexpr std::array<Class, 128> ascii_table() {
    std::array<Class, 128> table{};
    for (int c = 0; c < 128; ++c) {
        Class k = Class::punct;
        if (c <= 0x20 || c == 0x7F)
            k = Class::space;
        else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
            k = Class::letter;
        else if (c >= '0' && c <= '9')
            k = Class::digit;
        else if (c == '"' || c == '\'')
            k = Class::quote;
        else if (c == '$' || c == '%' || c == '+' || c == '<' || c == '=' || c == '>' || c == '^' ||
                 c == '`' || c == '|' || c == '~')
            k = Class::symbol;
        table[static_cast<std::size_t>(c)] = k;
    }
    return table;
}

inline constexpr std::array<Class, 128> ascii_classes = ascii_table();

/// The code point at byte `i` of `s` (i < s.size()).
inline Decoded decode(std::string_view s, std::size_t i) {
    const auto b = static_cast<unsigned char>(s[i]);
    return b < 0x80 ? Decoded{b, 1, 1} : decode_multibyte(s, i);
}
/// The code point ending right before byte `i`, or 0 at the start.
char32_t decode_before(std::string_view s, std::size_t i);

inline Class classify(char32_t c) { return c < 0x80 ? ascii_classes[c] : classify_non_ascii(c); }
/// Upper or title case letter.
inline bool is_upper(char32_t c) { return c < 0x80 ? c >= 'A' && c <= 'Z' : is_upper_non_ascii(c); }
inline bool is_lower(char32_t c) { return c < 0x80 ? c >= 'a' && c <= 'z' : is_lower_non_ascii(c); }
inline bool is_space(char32_t c) { return classify(c) == Class::space; }
/// Opening brackets and dashes, after which a quote mark opens: ( [ { – — - /
bool is_opening_context(char32_t c);

/// Apostrophe-like characters that join letters inside a word: ' ’ ʼ
inline bool is_apostrophe(char32_t c) { return c == U'\'' || c == U'\u2019' || c == U'\u02BC'; }

} // namespace parallax::text::chars
