#include "text/chars.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <array>

namespace parallax::text::chars {

namespace {

bool is_quote_char(char32_t c) {
    switch (c) {
    case U'\u2018':
    case U'\u2019':
    case U'\u201A':
    case U'\u201B':
    case U'\u201C':
    case U'\u201D':
    case U'\u201E':
    case U'\u201F':
    case U'\u00AB':
    case U'\u00BB':
    case U'\u2039':
    case U'\u203A': return true;
    default: return false;
    }
}

Class classify_by_category(char32_t c) {
    switch (u_charType(static_cast<UChar32>(c))) {
    case U_UPPERCASE_LETTER:
    case U_LOWERCASE_LETTER:
    case U_TITLECASE_LETTER:
    case U_MODIFIER_LETTER:
    case U_OTHER_LETTER:
    case U_LETTER_NUMBER: return Class::letter;
    case U_NON_SPACING_MARK:
    case U_ENCLOSING_MARK:
    case U_COMBINING_SPACING_MARK: return Class::mark;
    case U_DECIMAL_DIGIT_NUMBER: return Class::digit;
    case U_OTHER_NUMBER: return Class::other_number;
    case U_SPACE_SEPARATOR:
    case U_LINE_SEPARATOR:
    case U_PARAGRAPH_SEPARATOR:
    case U_CONTROL_CHAR: return Class::space;
    case U_FORMAT_CHAR:
        return c == U'\u200B' || c == U'\uFEFF' || c == U'\u2060' ? Class::space : Class::format;
    case U_DASH_PUNCTUATION:
    case U_START_PUNCTUATION:
    case U_END_PUNCTUATION:
    case U_CONNECTOR_PUNCTUATION:
    case U_OTHER_PUNCTUATION:
    case U_INITIAL_PUNCTUATION:
    case U_FINAL_PUNCTUATION: return Class::punct;
    default: return Class::symbol;
    }
}

} // namespace

Decoded decode_multibyte(std::string_view s, std::size_t i) {
    const auto* bytes = reinterpret_cast<const std::uint8_t*>(s.data());
    auto at = static_cast<std::int32_t>(i);
    UChar32 c = 0;
    U8_NEXT(bytes, at, static_cast<std::int32_t>(s.size()), c);
    const auto length = static_cast<std::uint32_t>(at - static_cast<std::int32_t>(i));
    if (c >= 0) return {static_cast<char32_t>(c), length, 1};
    std::uint32_t leads = 0;
    for (std::size_t k = i; k < i + length; ++k)
        leads += (static_cast<unsigned char>(s[k]) & 0xC0) != 0x80;
    return {U'\uFFFD', length, leads};
}

char32_t decode_before(std::string_view s, std::size_t i) {
    if (i == 0) return 0;
    const auto b = static_cast<unsigned char>(s[i - 1]);
    if (b < 0x80) return b;
    const auto* bytes = reinterpret_cast<const std::uint8_t*>(s.data());
    auto at = static_cast<std::int32_t>(i);
    UChar32 c = 0;
    U8_PREV(bytes, 0, at, c);
    return c < 0 ? U'\uFFFD' : static_cast<char32_t>(c);
}

Class classify_non_ascii(char32_t c) {
    if (is_quote_char(c)) return Class::quote;
    if (c == U'\u2030' || c == U'\u2031' || c == U'\u2032' || c == U'\u2033' || c == U'\u2034')
        return Class::symbol; // per mille and primes: units, not punctuation
    return classify_by_category(c);
}

bool is_upper_non_ascii(char32_t c) {
    return u_isupper(static_cast<UChar32>(c)) || u_istitle(static_cast<UChar32>(c));
}

bool is_lower_non_ascii(char32_t c) { return u_islower(static_cast<UChar32>(c)); }

bool is_opening_context(char32_t c) {
    if (c == '(' || c == '[' || c == '{' || c == '-' || c == '/') return true;
    if (c < 0x80) return false;
    const auto type = u_charType(static_cast<UChar32>(c));
    return type == U_START_PUNCTUATION || type == U_DASH_PUNCTUATION;
}

} // namespace parallax::text::chars
