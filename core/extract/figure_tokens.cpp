#include "extract/figure_tokens.hpp"

#include <algorithm>
#include <array>

#include <charconv>

namespace parallax::extract::figures {

namespace {

bool is_digit(char32_t c) { return c >= U'0' && c <= U'9'; }

char ascii_lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

// Separators that only ever group digits, never end a clause.
bool is_group_space(char32_t c) { return c == 0xA0 || c == 0x2009 || c == 0x202F || c == 0x2007; }

bool digits_at(std::u32string_view t, std::size_t at, std::size_t count) {
    if (at + count > t.size()) return false;
    for (std::size_t k = 0; k < count; ++k)
        if (!is_digit(t[at + k])) return false;
    return true;
}

bool digit_after(std::u32string_view t, std::size_t at) { return at < t.size() && is_digit(t[at]); }

// A group of three digits at `at` that ends there: "21,692" but not "1,2345".
bool group_at(std::u32string_view t, std::size_t at) {
    return digits_at(t, at, 3) && !digit_after(t, at + 3);
}

struct NumberScan {
    std::size_t end = 0;
    std::string ascii; // digits and one '.', ready for from_chars
    bool decimal = false;
    bool grouped = false;
    std::size_t digits = 0;
    bool dotted = false; // more than one point: a version, an address or a date ("2.4.1", "1.02.2048")
};

// Where Indian grouping ends when it starts at `lead_end`: pairs of digits after a lead of one or
// two, then a last group of three ("1,80,000", "12,34,567", "1,00,00,000"); 0 when it does not.
std::size_t indian_grouping_end(std::u32string_view t, std::size_t lead_end, std::size_t lead) {
    if (lead < 1 || lead > 2) return 0;
    std::size_t j = lead_end;
    std::size_t pairs = 0;
    while (j + 3 < t.size() && t[j] == U',' && digits_at(t, j + 1, 2) && t[j + 3] == U',') {
        j += 3;
        ++pairs;
    }
    return pairs > 0 && j < t.size() && t[j] == U',' && group_at(t, j + 1) ? j + 4 : 0;
}

// A comma at `j` that marks decimals, as most of Europe writes them: one or two digits after it and a
// word or a percent sign after those ("2,4 kilometres", "3,75 %"); never in a list ("1,2,3", "pages
// 4,5") nor after grouped thousands.
bool decimal_comma_at(std::u32string_view t, std::size_t i, std::size_t j, bool grouped) {
    if (grouped || j - i < 1 || j - i > 3 || j + 1 >= t.size() || t[j] != U',' || !is_digit(t[j + 1]))
        return false;
    if (i > 0 && (t[i - 1] == U',' || is_digit(t[i - 1]) || is_letter(t[i - 1]))) return false;
    std::size_t k = j + 1;
    while (k < t.size() && is_digit(t[k]))
        ++k;
    if (k - j - 1 > 2 || k >= t.size()) return false;
    if (t[k] == U'%') return true;
    if (t[k] != U' ' || k + 1 >= t.size()) return false;
    if (t[k + 1] == U'%') return true;
    // (a unit or a scale after it: a word, but not one that goes on a list or a score: "6,4 and 2,6 in")
    std::string next;
    for (std::size_t m = k + 1; m < t.size() && is_letter(t[m]) && next.size() < 8; ++m)
        next += static_cast<char>(t[m] < 0x80 ? t[m] : '?');
    static constexpr std::array<std::string_view, 14> joins = {
        "and", "or", "in", "to", "of", "at", "on", "for", "the", "a", "an", "with", "by", "from"};
    return !next.empty() && std::find(joins.begin(), joins.end(), next) == joins.end();
}

NumberScan scan_number(std::u32string_view t, std::size_t i, bool after_number) {
    NumberScan s;
    std::size_t j = i;
    while (j < t.size() && is_digit(t[j]))
        s.ascii += static_cast<char>(t[j++]);
    const std::size_t lead = s.ascii.size();
    if (const std::size_t end = indian_grouping_end(t, j, lead); end != 0) {
        for (; j < end; ++j)
            if (is_digit(t[j])) s.ascii += static_cast<char>(t[j]);
        s.grouped = true;
    }
    char32_t separator = 0;
    while (j < t.size()) {
        const char32_t c = t[j];
        const bool comma = c == U',' && (separator == 0 || separator == U',');
        // A plain space groups digits only after a short lead ("816 000 t"), never inside a list nor
        // after the digits of a code ("CO2 420 ppm"; a currency's letter may lead: "R5 000")
        const bool code = i > 1 && is_letter(t[i - 1]) && is_letter(t[i - 2]);
        const bool space =
            (is_group_space(c) || (c == U' ' && lead >= 1 && lead <= 3 && !after_number && !code)) &&
            (separator == 0 || separator == c);
        if (!(comma || space) || !group_at(t, j + 1)) break;
        if (space && j + 4 < t.size() && (t[j + 4] == U',' || t[j + 4] == U'.') && digit_after(t, j + 5))
            break;
        if (space && j + 4 < t.size() && t[j + 4] == U'-') break;
        separator = c;
        for (std::size_t k = 1; k <= 3; ++k)
            s.ascii += static_cast<char>(t[j + k]);
        j += 4;
        s.grouped = true;
    }
    s.digits = s.ascii.size();
    if (decimal_comma_at(t, i, j, s.grouped)) { // "2,4 kilometres" in a translated European text
        s.ascii += '.';
        for (++j; j < t.size() && is_digit(t[j]); ++j)
            s.ascii += static_cast<char>(t[j]);
        s.decimal = true;
    }
    if (j + 1 < t.size() && t[j] == U'.' && is_digit(t[j + 1])) {
        s.ascii += '.';
        ++j;
        while (j < t.size() && is_digit(t[j]))
            s.ascii += static_cast<char>(t[j++]);
        s.decimal = true;
        while (j + 1 < t.size() && t[j] == U'.' && is_digit(t[j + 1])) {
            s.dotted = true;
            for (++j; j < t.size() && is_digit(t[j]); ++j) {
            }
        }
    }
    s.end = j;
    return s;
}

void append_utf8(std::string& out, char32_t c) {
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (c >> 18));
        out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
}

Token make_token(TokenType type, std::u32string_view t, std::size_t begin, std::size_t end, bool space) {
    Token tok;
    tok.type = type;
    tok.begin = begin;
    tok.end = end;
    tok.space_before = space;
    tok.text = encode_utf8(t.substr(begin, end - begin));
    tok.lower = tok.text;
    for (char& c : tok.lower)
        c = ascii_lower(c);
    return tok;
}

bool is_apostrophe(char32_t c) { return c == U'\'' || c == 0x2019; }

} // namespace

bool is_space(char32_t c) {
    return c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == 0xA0 || (c >= 0x2000 && c <= 0x200B) ||
           c == 0x202F || c == 0x205F || c == 0x3000 || c == 0xFEFF;
}

bool is_letter(char32_t c) {
    if ((c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z')) return true;
    if (c < 0xA0) return false;
    if (c == 0xB2 || c == 0xB3 || c == 0xB5 || c == 0xB9) return true; // ² ³ µ ¹ belong to units
    if (c < 0xC0 || c == 0xD7 || c == 0xF7) return false;
    if (c >= 0x2000 && c <= 0x2BFF) return false; // punctuation, currency, arrows, maths
    if (c >= 0x3000 && c <= 0x303F) return false;
    if (c >= 0xFE30 && c <= 0xFE4F) return false;
    if (c == 0xFEFF || c == 0xFFFD) return false;
    return true;
}

std::u32string decode_utf8(std::string_view s) {
    std::u32string out;
    out.reserve(s.size());
    std::size_t i = 0;
    while (i < s.size()) {
        const auto b = static_cast<unsigned char>(s[i]);
        int extra = b < 0x80 ? 0 : (b >> 5) == 6 ? 1 : (b >> 4) == 14 ? 2 : (b >> 3) == 30 ? 3 : -1;
        if (extra < 0 || i + static_cast<std::size_t>(extra) >= s.size() + (extra == 0 ? 1 : 0)) {
            out += 0xFFFD;
            ++i;
            continue;
        }
        char32_t c = extra == 0 ? b : (b & (0x3F >> extra));
        bool ok = true;
        for (int k = 1; k <= extra; ++k) {
            const auto n = static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]);
            if ((n & 0xC0) != 0x80) {
                ok = false;
                break;
            }
            c = (c << 6) | (n & 0x3F);
        }
        if (!ok) {
            out += 0xFFFD;
            ++i;
            continue;
        }
        out += c;
        i += static_cast<std::size_t>(extra) + 1;
    }
    return out;
}

std::string encode_utf8(std::u32string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char32_t c : text)
        append_utf8(out, c);
    return out;
}

std::vector<Token> tokenize(std::u32string_view t) {
    std::vector<Token> tokens;
    std::size_t i = 0;
    bool space = false;
    while (i < t.size()) {
        const char32_t c = t[i];
        if (is_space(c)) {
            space = true;
            ++i;
            continue;
        }
        const bool prev_alnum = i > 0 && (is_digit(t[i - 1]) || is_letter(t[i - 1]));
        // (not after a closing bracket or quotation mark: "(6-30 years).2. The Fed", a list's label)
        const bool closed = i > 0 && (t[i - 1] == U')' || t[i - 1] == U']' || t[i - 1] == U'"' ||
                                      t[i - 1] == 0x201D || t[i - 1] == 0x2019 || t[i - 1] == U'\'');
        const bool lone_point =
            c == U'.' && digit_after(t, i + 1) && !prev_alnum && !closed && !(i > 0 && t[i - 1] == U'.');
        if (is_digit(c) || lone_point) {
            const bool after_number = !tokens.empty() && tokens.back().type == TokenType::number;
            NumberScan s = lone_point ? NumberScan{} : scan_number(t, i, after_number);
            if (lone_point) { // ".001": a decimal part with no lead
                std::size_t j = i + 1;
                s.ascii = "0.";
                while (j < t.size() && is_digit(t[j]))
                    s.ascii += static_cast<char>(t[j++]);
                s.decimal = true;
                s.digits = 1;
                s.end = j;
            }
            Token tok = make_token(TokenType::number, t, i, s.end, space);
            tok.decimal = s.decimal;
            tok.grouped = s.grouped;
            tok.digits = s.digits;
            tok.junk = s.digits > 15 || s.ascii.size() > 40 || s.dotted;
            if (!tok.junk) std::from_chars(s.ascii.data(), s.ascii.data() + s.ascii.size(), tok.value);
            tokens.push_back(std::move(tok));
            i = s.end;
        } else if (is_letter(c)) {
            std::size_t j = i + 1;
            while (j < t.size() &&
                   (is_letter(t[j]) || (is_apostrophe(t[j]) && j + 1 < t.size() && is_letter(t[j + 1]))))
                ++j;
            tokens.push_back(make_token(TokenType::word, t, i, j, space));
            i = j;
        } else {
            tokens.push_back(make_token(TokenType::sign, t, i, i + 1, space));
            ++i;
        }
        space = false;
    }
    return tokens;
}

} // namespace parallax::extract::figures
