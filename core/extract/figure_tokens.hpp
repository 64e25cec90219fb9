// Figures: a small lexer over a paragraph's code points. It keeps every token's code-point span so
// a figure's record can point back at exactly the text it came from.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace parallax::extract::figures {

enum class TokenType { number, word, sign };

struct Token {
    TokenType type = TokenType::sign;
    std::size_t begin = 0;     ///< code point offset into the paragraph
    std::size_t end = 0;       ///< exclusive
    std::string text;          ///< as written (UTF-8)
    std::string lower;         ///< ASCII letters lower-cased
    bool space_before = false; ///< white space between the previous token and this one
    // numbers only
    double value = 0;
    bool decimal = false;   ///< has a fractional part ("4.5")
    bool grouped = false;   ///< has thousands separators ("21,692", "816 000")
    std::size_t digits = 0; ///< digits before the decimal point
    bool junk = false;      ///< no figure: too long (a serial number) or dotted ("2.4.1", "192.168.0.1")
};

/// Splits a paragraph into numbers, words and single signs. A word keeps inner apostrophes
/// ("Trump's"); hyphens, dots and every other sign are tokens of their own. A number takes
/// thousands separators (",", thin and no-break spaces, and a plain space before exactly three
/// digits) and one decimal part; a run of further points and digits ("2.4.1") stays in the token,
/// which is then junk.
std::vector<Token> tokenize(std::u32string_view text);

/// The paragraph as code points (invalid UTF-8 bytes become U+FFFD).
std::u32string decode_utf8(std::string_view utf8);

/// UTF-8 of a code-point slice.
std::string encode_utf8(std::u32string_view text);

/// True for letters (ASCII and the non-ASCII letters news text uses).
bool is_letter(char32_t c);
bool is_space(char32_t c);

} // namespace parallax::extract::figures
