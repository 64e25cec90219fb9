#include "text/quote_marks.hpp"

#include "text/chars.hpp"

#include <algorithm>

namespace parallax::text {

namespace {

enum class Shape { opening, closing, neutral };

bool is_double(char32_t c) {
    return c == U'"' || c == U'\u201C' || c == U'\u201D' || c == U'\u201E' || c == U'\u201F' ||
           c == U'\u00AB' || c == U'\u00BB';
}

Shape shape_of(char32_t c) {
    switch (c) {
    case U'\u201C':
    case U'\u201E':
    case U'\u201F':
    case U'\u2018':
    case U'\u201A':
    case U'\u201B':
    case U'\u00AB':
    case U'\u2039': return Shape::opening;
    case U'\u201D':
    case U'\u2019':
    case U'\u00BB':
    case U'\u203A': return Shape::closing;
    default: return Shape::neutral;
    }
}

bool is_digit(char32_t c) { return c >= '0' && c <= '9'; }

/// What surrounds one mark in its paragraph.
struct Context {
    char32_t mark = 0;
    bool dbl = false;
    Shape shape = Shape::neutral;
    bool can_open = false;  ///< nothing glued before it (or an opening bracket/dash), something after
    bool can_close = false; ///< something glued before it, space or punctuation after
    bool after_digit = false;
    bool before_letter = false;
    bool elision = false; ///< ’90s, '24: an apostrophe standing for the century
};

Context context_of(std::string_view text, const Token& t) {
    Context c;
    c.mark = t.first;
    c.dbl = is_double(t.first);
    c.shape = shape_of(t.first);
    const char32_t prev = chars::decode_before(text, t.byte_begin);
    const char32_t next = t.byte_end < text.size() ? chars::decode(text, t.byte_end).c : 0;
    const bool prev_space = prev == 0 || chars::is_space(prev);
    const bool next_space = next == 0 || chars::is_space(next);
    const auto next_class = next_space ? chars::Class::space : chars::classify(next);
    c.can_open = !next_space && (prev_space || chars::is_opening_context(prev) ||
                                 chars::classify(prev) == chars::Class::quote);
    c.can_close = !prev_space && (next_space || next_class == chars::Class::punct ||
                                  next_class == chars::Class::quote || next_class == chars::Class::symbol);
    c.after_digit = is_digit(prev);
    c.before_letter = next_class == chars::Class::letter;
    const std::size_t e = t.byte_end;
    c.elision = !c.dbl && c.can_open && e + 2 <= text.size() &&
                is_digit(static_cast<unsigned char>(text[e])) &&
                is_digit(static_cast<unsigned char>(text[e + 1])) &&
                (e + 2 == text.size() || !is_digit(static_cast<unsigned char>(text[e + 2])));
    return c;
}

struct Open {
    std::int32_t quotation;
    bool dbl;
};

class Pairer {
public:
    Pairer(const std::vector<std::string_view>& paragraphs, const std::vector<std::span<const Token>>& tokens)
        : paragraphs_(paragraphs), tokens_(tokens) {}

    QuotePairing run() {
        for (std::size_t p = 0; p < paragraphs_.size() && p < tokens_.size(); ++p) {
            const auto skip = start_paragraph(p);
            const auto& tokens = tokens_[p];
            for (std::size_t i = 0; i < tokens.size(); ++i)
                if (tokens[i].kind == TokenKind::quote && i != skip) handle(p, i);
            end_paragraph(p);
        }
        return std::move(out_);
    }

private:
    static constexpr std::size_t none = static_cast<std::size_t>(-1);

    std::size_t first_quote(std::size_t p) const {
        const auto& tokens = tokens_[p];
        for (std::size_t i = 0; i < tokens.size(); ++i)
            if (tokens[i].kind == TokenKind::quote) return i;
        return none;
    }

    /// Only dashes or bullets before token i: a paragraph that opens with a quote mark.
    bool at_start(std::size_t p, std::size_t i) const {
        for (std::size_t k = 0; k < i; ++k)
            if (tokens_[p][k].kind != TokenKind::punct) return false;
        return true;
    }

    /// Continues a quotation left open by the previous paragraph, or lets it end there. Returns the
    /// token already handled (a reopening mark), or none.
    std::size_t start_paragraph(std::size_t p) {
        if (stack_.empty()) return none;
        const Open carried = stack_.front();
        const std::size_t f = first_quote(p);
        if (f != none) {
            const Token& t = tokens_[p][f];
            const Context c = context_of(paragraphs_[p], t);
            if (c.dbl == carried.dbl && at_start(p, f) && (c.can_open || c.shape == Shape::opening)) {
                add_mark(p, f, t, MarkRole::open, carried.quotation);
                const std::size_t begin = f + 1 < tokens_[p].size() ? tokens_[p][f + 1].begin : t.end;
                out_.quotations[static_cast<std::size_t>(carried.quotation)].parts.push_back(
                    {p, begin, begin});
                return f;
            }
            if (c.dbl == carried.dbl && c.shape != Shape::opening && c.can_close && !c.can_open) {
                // The reopening mark is missing but the quote closes in this paragraph.
                const std::size_t begin = tokens_[p].front().begin;
                out_.quotations[static_cast<std::size_t>(carried.quotation)].parts.push_back(
                    {p, begin, begin});
                return none;
            }
        }
        stack_.clear();
        return none;
    }

    /// Ends every open part at the paragraph's last token; only the outermost quotation may go on.
    void end_paragraph(std::size_t p) {
        const auto& tokens = tokens_[p];
        const std::size_t end = tokens.empty() ? 0 : tokens.back().end;
        for (const Open& open : stack_)
            quotation(open).parts.back().end = end;
        if (stack_.size() > 1) stack_.erase(stack_.begin() + 1, stack_.end());
        // A quote goes on into the next paragraph only from the end of a sentence ("…embassies." ↵
        // "“The second…"); one cut off mid-sentence lost its closing mark instead.
        if (!stack_.empty() && !ends_sentence(p)) stack_.clear();
    }

    bool ends_sentence(std::size_t p) const {
        const auto& tokens = tokens_[p];
        if (tokens.empty()) return false;
        const Token& last = tokens.back();
        if (last.kind == TokenKind::word) return last.abbreviation;
        if (last.kind != TokenKind::punct) return false;
        const char32_t c = last.first;
        return c == '.' || c == '?' || c == '!' || c == ':' || c == ';' || c == U'\u2026' || c == ',' ||
               c == U'\u2014' || c == U'\u2013';
    }

    Quotation& quotation(const Open& open) {
        return out_.quotations[static_cast<std::size_t>(open.quotation)];
    }

    std::uint32_t add_mark(std::size_t p, std::size_t i, const Token& t, MarkRole role, std::int32_t q) {
        out_.marks.push_back(
            {static_cast<std::uint32_t>(p), static_cast<std::uint32_t>(i), t.begin, t.first, role, q});
        return static_cast<std::uint32_t>(out_.marks.size() - 1);
    }

    /// The stack index of the quotation a mark of this family would close, or -1.
    std::ptrdiff_t closable(bool dbl) const {
        if (stack_.empty()) return -1;
        if (!dbl) return stack_.back().dbl ? -1 : static_cast<std::ptrdiff_t>(stack_.size() - 1);
        for (std::size_t k = stack_.size(); k-- > 0;)
            if (stack_[k].dbl) return static_cast<std::ptrdiff_t>(k);
        return -1;
    }

    MarkRole decide(const Context& c, std::ptrdiff_t target) const {
        const bool can_pair = target >= 0;
        if (c.elision) return MarkRole::apostrophe;
        if (c.shape == Shape::neutral && c.after_digit && !can_pair)
            return c.before_letter ? MarkRole::apostrophe : MarkRole::prime; // 1990's; 5'10", 12"
        switch (c.shape) {
        case Shape::opening:
            return can_pair && c.can_close && !c.can_open ? MarkRole::close : MarkRole::open; // “…“ typo
        case Shape::closing:
            if (can_pair && (c.dbl || c.can_close)) return MarkRole::close;
            if (c.can_open && !c.can_close) return MarkRole::open; // ”…” and »…« styles
            return c.dbl ? MarkRole::stray : MarkRole::apostrophe; // the countries’ leaders
        case Shape::neutral:
            if (c.can_open && !c.can_close) return MarkRole::open;
            if (can_pair) return MarkRole::close;
            if (c.dbl) return c.can_close ? MarkRole::stray : MarkRole::open;
            return MarkRole::apostrophe; // the countries' leaders
        }
        return MarkRole::stray;
    }

    void handle(std::size_t p, std::size_t i) {
        const Token& t = tokens_[p][i];
        const Context c = context_of(paragraphs_[p], t);
        const std::ptrdiff_t target = closable(c.dbl);
        MarkRole role = decide(c, target);
        if (role == MarkRole::close && !c.dbl && plural_possessive(p, i)) role = MarkRole::apostrophe;
        if (role == MarkRole::open) return open(p, i, t, c.dbl);
        if (role == MarkRole::close) return close(p, i, t, static_cast<std::size_t>(target));
        add_mark(p, i, t, role, -1);
    }

    /// ‘The members’ views differ,’: a single mark after an s, before a lower-case word, with another
    /// single mark further on that can close, is the apostrophe of a plural possessive.
    bool plural_possessive(std::size_t p, std::size_t i) const {
        const auto& tokens = tokens_[p];
        const std::string_view text = paragraphs_[p];
        const Token& t = tokens[i];
        const char32_t prev = chars::decode_before(text, t.byte_begin);
        if (prev != 's' && prev != 'S') return false;
        if (i + 1 >= tokens.size() || !tokens[i + 1].space_before || tokens[i + 1].kind != TokenKind::word ||
            !chars::is_lower(tokens[i + 1].first))
            return false;
        for (std::size_t k = i + 1; k < tokens.size(); ++k) {
            if (tokens[k].kind != TokenKind::quote) continue;
            const Context c = context_of(text, tokens[k]);
            if (c.dbl) return false;
            if (c.can_close && !c.can_open) return true;
        }
        return false;
    }

    void open(std::size_t p, std::size_t i, const Token& t, bool dbl) {
        const auto q = static_cast<std::int32_t>(out_.quotations.size());
        Quotation quotation;
        quotation.open_mark = add_mark(p, i, t, MarkRole::open, q);
        quotation.parent = stack_.empty() ? -1 : stack_.back().quotation;
        quotation.depth = static_cast<std::uint32_t>(stack_.size());
        quotation.double_marks = dbl;
        const auto& tokens = tokens_[p];
        const std::size_t begin = i + 1 < tokens.size() ? tokens[i + 1].begin : t.end; // « Nous » → Nous
        quotation.parts.push_back({p, begin, begin});
        out_.quotations.push_back(std::move(quotation));
        stack_.push_back({q, dbl});
    }

    void close(std::size_t p, std::size_t i, const Token& t, std::size_t target) {
        const std::size_t end = i > 0 ? tokens_[p][i - 1].end : t.begin; // no space before the mark
        for (std::size_t k = stack_.size(); k-- > target;) {
            Quotation& q = quotation(stack_[k]);
            q.parts.back().end = std::max<std::size_t>(end, q.parts.back().begin);
            if (k == target) {
                q.closed = true;
                q.close_mark =
                    static_cast<std::int32_t>(add_mark(p, i, t, MarkRole::close, stack_[k].quotation));
            }
        }
        stack_.erase(stack_.begin() + static_cast<std::ptrdiff_t>(target), stack_.end());
    }

    const std::vector<std::string_view>& paragraphs_;
    const std::vector<std::span<const Token>>& tokens_;
    std::vector<Open> stack_;
    QuotePairing out_;
};

} // namespace

std::string_view role_name(MarkRole role) {
    switch (role) {
    case MarkRole::open: return "open";
    case MarkRole::close: return "close";
    case MarkRole::apostrophe: return "apostrophe";
    case MarkRole::prime: return "prime";
    case MarkRole::stray: return "stray";
    }
    return "?";
}

std::int32_t QuotePairing::innermost_at(std::size_t para, std::size_t pos) const {
    std::int32_t best = -1;
    for (std::size_t q = 0; q < quotations.size(); ++q) {
        for (const Span& part : quotations[q].parts) {
            if (part.para != para || pos < part.begin || pos >= part.end) continue;
            if (best < 0 || quotations[q].depth > quotations[static_cast<std::size_t>(best)].depth)
                best = static_cast<std::int32_t>(q);
        }
    }
    return best;
}

QuotePairing pair_quote_marks(const std::vector<std::string_view>& paragraphs,
                              const std::vector<std::span<const Token>>& tokens) {
    return Pairer(paragraphs, tokens).run();
}

} // namespace parallax::text
