#include "text/sentences.hpp"

#include "text/chars.hpp"

namespace parallax::text {

namespace {

enum class Terminal { none, period, question, ellipsis, abbreviation };

bool is_closing(const Token& t) {
    if (t.kind == TokenKind::quote) return true;
    if (t.kind != TokenKind::punct) return false;
    const auto c = t.first;
    return c == ')' || c == ']' || c == '}';
}

bool is_opening(const Token& t) {
    if (t.kind == TokenKind::quote) return true;
    const auto c = t.first;
    return t.kind == TokenKind::punct && (c == '(' || c == '[' || c == '{');
}

/// How token `t` may end a sentence.
Terminal terminal_kind(const Token& t, std::string_view text) {
    if (t.kind == TokenKind::word) return t.abbreviation ? Terminal::abbreviation : Terminal::none;
    if (t.kind != TokenKind::punct) return Terminal::none;
    if (t.first == U'\u2026') return Terminal::ellipsis;
    const auto s = t.str(text);
    if (s.find_first_of("?!") != std::string_view::npos) return Terminal::question;
    if (s.front() != '.') return Terminal::none;
    return s.size() == 1 ? Terminal::period : Terminal::ellipsis;
}

class Splitter {
public:
    Splitter(const std::vector<Token>& tokens, std::string_view text, const Abbreviations& abbreviations)
        : tokens_(tokens), text_(text), abbreviations_(abbreviations) {}

    std::vector<Sentence> run() {
        std::vector<Sentence> sentences;
        std::size_t start = 0;
        for (std::size_t i = 0; i < tokens_.size(); ++i) {
            const Terminal kind = terminal_kind(tokens_[i], text_);
            // (a line break inside the paragraph ends a heading or a stamp that has no full stop)
            if (kind == Terminal::none && i + 1 < tokens_.size() && line_break_before(i + 1)) {
                sentences.push_back(make(start, i + 1));
                start = i + 1;
                continue;
            }
            if (kind == Terminal::none) continue;
            std::size_t next = i + 1;
            while (next < tokens_.size() && !tokens_[next].space_before && is_closing(tokens_[next]))
                ++next;
            if (next >= tokens_.size() || !ends_here(i, next, kind)) continue;
            sentences.push_back(make(start, next));
            start = next;
            i = next - 1;
        }
        if (start < tokens_.size()) sentences.push_back(make(start, tokens_.size()));
        return sentences;
    }

private:
    Sentence make(std::size_t first, std::size_t last) const {
        return {tokens_[first].begin, tokens_[last - 1].end, static_cast<std::uint32_t>(first),
                static_cast<std::uint32_t>(last)};
    }

    bool line_break_before(std::size_t k) const {
        const auto from = tokens_[k - 1].byte_end, to = tokens_[k].byte_begin;
        return to > from && text_.substr(from, to - from).find('\n') != std::string_view::npos;
    }

    /// Whether a sentence ends before token `next`, the terminal being token `at`.
    bool ends_here(std::size_t at, std::size_t next, Terminal kind) const {
        const Token& n = tokens_[next];
        if (!n.space_before) return false; // "end.The", "Why?”," — glued: no boundary
        // Look through opening quotes and brackets at the first real token.
        std::size_t k = next;
        while (k < tokens_.size() && is_opening(tokens_[k]))
            ++k;
        const bool opening = k > next;
        // After an abbreviation an opening quote starts a new sentence; a bracket ("Fla. (AP) —") does not.
        const bool opening_quote = opening && tokens_[next].kind == TokenKind::quote;
        if (k == tokens_.size()) return false; // only marks left: a closing quote after a stray space
        const Token& word = tokens_[k];
        if (starts_lower(word)) return false;
        if (word.kind == TokenKind::punct && !opening) return false; // "etc., and", "U.S. — "
        const bool quoted_end = next > at + 1; // the terminal stood inside closing marks
        switch (kind) {
        case Terminal::period: return !list_marker(at);
        case Terminal::question:
            // “Why?” Lavrov asked. — after a quoted question, only a clear new start splits.
            return !quoted_end || opening || strong_start(word);
        case Terminal::ellipsis: return opening || strong_start(word);
        case Terminal::abbreviation: return abbreviation_ends(tokens_[at], word, opening_quote);
        case Terminal::none: break;
        }
        return false;
    }

    /// "1. Talks resume" opening a key-points paragraph, "Answers: 1. Kyiv; 2. Minsk": a number of
    /// one or two digits and its period, at the start or after a colon or semicolon.
    bool list_marker(std::size_t at) const {
        if (at == 0 || tokens_[at].space_before) return false;
        const Token& number = tokens_[at - 1];
        if (number.kind != TokenKind::number || number.size() > 2) return false;
        if (at == 1) return true;
        const char32_t before = tokens_[at - 2].first;
        return tokens_[at - 2].kind == TokenKind::punct && (before == ':' || before == ';');
    }

    bool abbreviation_ends(const Token& abbreviation, const Token& word, bool opening) const {
        const auto kind = abbreviations_.find(abbreviation.str(text_));
        if (kind == AbbreviationClass::title) return false;
        if (word.kind == TokenKind::number) return false; // "Feb. 18", "No. 5", "the U.S. 2024 vote"
        if (kind == AbbreviationClass::number) return true;
        return opening || strong_start(word);
    }

    static bool starts_lower(const Token& t) { return t.kind == TokenKind::word && chars::is_lower(t.first); }

    /// A word that starts sentences ("The", "He"), so a boundary after an abbreviation is likely.
    bool strong_start(const Token& t) const {
        return t.kind == TokenKind::word && abbreviations_.starts_sentence(t.str(text_));
    }

    const std::vector<Token>& tokens_;
    std::string_view text_;
    const Abbreviations& abbreviations_;
};

} // namespace

std::vector<Sentence> split_sentences(const std::vector<Token>& tokens, std::string_view paragraph,
                                      const Abbreviations& abbreviations) {
    return Splitter(tokens, paragraph, abbreviations).run();
}

std::vector<Sentence> split_sentences(std::string_view paragraph, const Abbreviations& abbreviations) {
    return split_sentences(tokenize(paragraph, abbreviations), paragraph, abbreviations);
}

} // namespace parallax::text
