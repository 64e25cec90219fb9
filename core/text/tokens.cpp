#include "text/tokens.hpp"

#include "text/chars.hpp"

#include <algorithm>

namespace parallax::text {

namespace {

using chars::Class;

bool is_word_part(Class k) { return k == Class::letter || k == Class::mark || k == Class::format; }

bool is_ascii_letter(unsigned char b) { return (b | 0x20) >= 'a' && (b | 0x20) <= 'z'; }

bool is_group_space(char32_t c) {
    return c == U'\u00A0' || c == U'\u202F' || c == U'\u2009' || c == U'\u2007';
}

/// Walks one paragraph, producing tokens.
class Tokenizer {
public:
    Tokenizer(std::string_view text, const Abbreviations& abbreviations)
        : s_(text), abbreviations_(abbreviations) {}

    std::vector<Token> run() {
        tokens_.reserve(s_.size() / 5 + 4);
        bool space = true;
        while (i_ < s_.size()) {
            const auto d = chars::decode(s_, i_);
            const Class k = chars::classify(d.c);
            if (d.cps == 0) { // a stray continuation byte: no code point, so no token either
                advance(d);
                continue;
            }
            if (k == Class::space || k == Class::format) { // a stray format character is invisible
                advance(d);
                space |= k == Class::space;
                continue;
            }
            Token t;
            t.begin = cp_;
            t.byte_begin = static_cast<std::uint32_t>(i_);
            t.first = d.c;
            t.space_before = space;
            scan(t, d, k);
            t.end = cp_;
            t.byte_end = static_cast<std::uint32_t>(i_);
            tokens_.push_back(t);
            space = false;
        }
        return std::move(tokens_);
    }

private:
    void advance(const chars::Decoded& d) {
        i_ += d.length;
        cp_ += d.cps;
    }

    /// The code point at byte `at`, or 0 at the end.
    char32_t peek(std::size_t at) const { return at < s_.size() ? chars::decode(s_, at).c : 0; }

    void scan(Token& t, const chars::Decoded& d, Class k) {
        switch (k) {
        case Class::letter:
        case Class::mark: scan_word(t); break;
        case Class::digit: scan_number(t); break;
        case Class::other_number:
            t.kind = TokenKind::number;
            advance(d);
            break;
        case Class::quote:
            t.kind = TokenKind::quote;
            advance(d);
            break;
        case Class::punct: scan_punct(t, d); break;
        default:
            t.kind = TokenKind::symbol;
            advance(d);
            break;
        }
    }

    /// Letters in a row from byte `at` (for the dotted-chunk test).
    std::size_t letters_from(std::size_t at) const {
        std::size_t count = 0;
        while (at < s_.size()) {
            const auto d = chars::decode(s_, at);
            if (chars::classify(d.c) != Class::letter) break;
            ++count;
            at += d.length;
        }
        return count;
    }

    void scan_word(Token& t) {
        t.kind = TokenKind::word;
        std::size_t letters = 0, upper = 0, lower = 0, chunk = 0, longest_chunk = 0;
        bool dotted = false;
        while (i_ < s_.size()) {
            const auto b = static_cast<unsigned char>(s_[i_]);
            if (is_ascii_letter(b)) { // the common case, without decoding
                if (letters == 0) t.capitalised = b <= 'Z';
                ++letters;
                ++chunk;
                upper += b <= 'Z';
                lower += b >= 'a';
                ++i_;
                ++cp_;
                continue;
            }
            const auto d = chars::decode(s_, i_);
            const Class k = chars::classify(d.c);
            if (is_word_part(k)) {
                if (k == Class::letter) {
                    if (letters == 0) t.capitalised = chars::is_upper(d.c);
                    ++letters;
                    ++chunk;
                    upper += chars::is_upper(d.c);
                    lower += chars::is_lower(d.c);
                }
                advance(d);
                continue;
            }
            if (d.c != '.' && !chars::is_apostrophe(d.c)) break; // the usual end: a space or punctuation
            const std::size_t after = i_ + d.length;
            const Class next = after < s_.size() ? chars::classify(peek(after)) : Class::space;
            if (d.c != '.' && next == Class::letter) { // won’t, Russia’s, O'Brien
                advance(d);
                continue;
            }
            if (d.c == '.' && next == Class::letter && joins_dot(chunk, after)) { // U.S, Amazon.com
                dotted = true;
                longest_chunk = std::max(longest_chunk, chunk);
                chunk = 0;
                advance(d);
                continue;
            }
            break;
        }
        longest_chunk = std::max(longest_chunk, chunk);
        t.all_caps = letters >= 2 && lower == 0 && upper > 0;
        take_final_period(t, letters, dotted && longest_chunk <= 2);
    }

    /// A dot between letters joins them when both sides are short (U.S, Ph.D) or the next letter is
    /// lower case (Amazon.com); "said.The" stays apart.
    bool joins_dot(std::size_t chunk, std::size_t after) const {
        if (chars::is_lower(peek(after))) return true;
        return chunk <= 2 && letters_from(after) <= 2;
    }

    /// Keeps the period after a dotted form, a capital initial or a listed abbreviation in the word.
    void take_final_period(Token& t, std::size_t letters, bool dotted_short) {
        if (i_ >= s_.size() || s_[i_] != '.') return;
        if (i_ + 1 < s_.size() && s_[i_ + 1] == '.') return; // an ellipsis, not an abbreviation
        const bool initial = letters == 1 && t.capitalised && cp_ - t.begin == 1;
        const std::string_view with_period = s_.substr(t.byte_begin, i_ + 1 - t.byte_begin);
        if (dotted_short || initial || abbreviations_.find(with_period) != AbbreviationClass::none) {
            t.abbreviation = true;
            ++i_;
            ++cp_;
        }
    }

    void scan_number(Token& t) {
        t.kind = TokenKind::number;
        while (i_ < s_.size()) {
            const auto d = chars::decode(s_, i_);
            const Class k = chars::classify(d.c);
            if (k == Class::digit) {
                advance(d);
                continue;
            }
            const std::size_t after = i_ + d.length;
            if ((d.c == ',' || d.c == '.') && after < s_.size() &&
                chars::classify(peek(after)) == Class::digit) {
                advance(d); // 21,692 and 4.5
                continue;
            }
            if (is_group_space(d.c) && three_digits_at(after)) {
                advance(d); // 816 000 with a no-break or thin space
                continue;
            }
            break;
        }
    }

    bool three_digits_at(std::size_t at) const {
        for (int n = 0; n < 3; ++n) {
            if (at >= s_.size() || s_[at] < '0' || s_[at] > '9') return false;
            ++at;
        }
        return at >= s_.size() || s_[at] < '0' || s_[at] > '9';
    }

    void scan_punct(Token& t, const chars::Decoded& d) {
        t.kind = TokenKind::punct;
        advance(d);
        const auto same_run = [&](char32_t c) {
            if (d.c == '.' || d.c == '?' || d.c == '!') return c == '.' || c == '?' || c == '!';
            return d.c == '-' && c == '-';
        };
        while (i_ < s_.size() && same_run(static_cast<unsigned char>(s_[i_]))) {
            ++i_;
            ++cp_;
        }
    }

    std::string_view s_;
    const Abbreviations& abbreviations_;
    std::vector<Token> tokens_;
    std::size_t i_ = 0;
    std::uint32_t cp_ = 0;
};

} // namespace

std::string_view kind_name(TokenKind kind) {
    switch (kind) {
    case TokenKind::word: return "word";
    case TokenKind::number: return "number";
    case TokenKind::punct: return "punct";
    case TokenKind::quote: return "quote";
    case TokenKind::symbol: return "symbol";
    }
    return "?";
}

std::vector<Token> tokenize(std::string_view paragraph, const Abbreviations& abbreviations) {
    return Tokenizer(paragraph, abbreviations).run();
}

} // namespace parallax::text
