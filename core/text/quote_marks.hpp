// Text layer: pairing quotation marks across the sentences and paragraphs of one article.
//
// Marks are the `quote` tokens of each paragraph. Each is read from its neighbours (a mark after a
// space or an opening bracket can open, one before a space or punctuation can close) and from what
// is open at that point, so that:
// - curly (“ ”, ‘ ’), low (a „ closed by “ or ”), straight (" ') and angle (« », ‹ ›, also »…«)
//   marks pair with their own family; a double mark never closes a single one and back;
// - single marks nest inside double ones and stand as outer quotes where an outlet uses them so
//   (‘…’ headlines, British style);
// - apostrophes are told apart: ’/' with no single quote open ("the countries’ leaders"), before a
//   two-digit year ("’90s"), and inside words (those never become marks);
// - primes are told apart: ' and " right after a digit with no quote of that family open (5'10", 12")
//   and the prime characters ′ ″ themselves (never marks);
// - a quotation left open at the end of a paragraph that ends a sentence (. ? ! … : ; , or a dash)
//   continues when the next paragraph opens with a mark of the same family (the news convention for
//   a quote running over several paragraphs), and also when the next paragraph's first mark closes
//   with nothing open (a lost reopening mark). Otherwise it ends with its paragraph, `closed` false.
#pragma once

#include <parallax/span.hpp>

#include "text/tokens.hpp"

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace parallax::text {

enum class MarkRole : unsigned char {
    open,       ///< opens a quotation
    close,      ///< closes one
    apostrophe, ///< an apostrophe, not a quotation mark
    prime,      ///< feet/inches or minutes/seconds after a number
    stray,      ///< a closing mark with nothing to close (an opening mark that never closes still
                ///< opens a Quotation, `closed` false)
};

std::string_view role_name(MarkRole role);

struct QuoteMark {
    std::uint32_t para = 0;  ///< paragraph index
    std::uint32_t token = 0; ///< token index in its paragraph
    std::uint32_t pos = 0;   ///< code point in its paragraph
    char32_t mark = 0;       ///< the character (“, ', «…)
    MarkRole role = MarkRole::stray;
    std::int32_t quotation = -1; ///< index into QuotePairing::quotations for open/close marks
};

/// One quotation: the words between an opening mark and its closing mark, possibly over several
/// paragraphs. Nested quotations are listed too, after the quotation that holds them.
struct Quotation {
    std::vector<Span> parts;      ///< the words inside the marks, marks excluded, one part per paragraph
    std::uint32_t open_mark = 0;  ///< index into QuotePairing::marks
    std::int32_t close_mark = -1; ///< index of the closing mark; -1 when none was found
    std::int32_t parent = -1;     ///< the quotation this one is nested in; -1 at the outer level
    std::uint32_t depth = 0;      ///< 0 at the outer level, 1 inside one quotation…
    bool closed = false;          ///< its closing mark was found (else it ends with its last part)
    bool double_marks = true;     ///< “ ” " « » „ (else ‘ ’ ' ‹ ›)
};

struct QuotePairing {
    std::vector<QuoteMark> marks;      ///< every quote token of the article, in text order
    std::vector<Quotation> quotations; ///< in the order of their opening marks

    /// The innermost quotation holding code point `pos` of paragraph `para` (the words, not the
    /// marks), or -1.
    std::int32_t innermost_at(std::size_t para, std::size_t pos) const;
};

/// Pairs the quote tokens of an article's paragraphs (`tokens[i]` are the tokens of `paragraphs[i]`).
QuotePairing pair_quote_marks(const std::vector<std::string_view>& paragraphs,
                              const std::vector<std::span<const Token>>& tokens);

} // namespace parallax::text
