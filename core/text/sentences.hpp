// Text layer: sentences of one paragraph.
//
// A rule-based splitter over tokens (see docs/text-layer.md for why not ICU's BreakIterator).
// A sentence may end at '.', '?', '!', '…' or "..." (with the closing quotes and brackets glued after
// it), before white space, and never before a lower-case word or before punctuation other than an
// opening quote or bracket. Then:
// - after '.': it ends, except after a list number ("1. Talks…", "Answers: 1. Kyiv; 2. …");
// - after '?' or '!' inside closing quotes: only before a listed sentence starter or an opening
//   quote ("“Who needs intermediaries?” Putin asked." stays one sentence);
// - after an ellipsis: only before a sentence starter or an opening quote;
// - after an abbreviation token: [title] never ("Gen. Kellogg"); [number] not before a number
//   ("Feb. 18"), else like '.'; [other], dotted forms and initials ("Inc.", "U.S.", "J.D.", "J.")
//   only before a sentence starter or an opening quote, never before a number or a bracket
//   ("the U.S. The talks…" splits; "U.S. Secretary of State", "J.D. Vance", "Fla. (AP)" do not).
// Numbers keep their own periods ("4.5"). Quotations holding several sentences are split at their
// inner boundaries; the closing mark stays with the last one (“… We will win.” | He said…).
#pragma once

#include "text/abbreviations.hpp"
#include "text/tokens.hpp"

#include <cstdint>
#include <string_view>
#include <vector>

namespace parallax::text {

struct Sentence {
    std::uint32_t begin = 0;       ///< code point of its first token
    std::uint32_t end = 0;         ///< code point after its last token
    std::uint32_t first_token = 0; ///< index of its first token
    std::uint32_t last_token = 0;  ///< index after its last token
};

/// Sentences of a tokenised paragraph, in order, covering every token.
std::vector<Sentence> split_sentences(const std::vector<Token>& tokens, std::string_view paragraph,
                                      const Abbreviations& abbreviations = default_abbreviations());

/// Convenience: tokenises, then splits.
std::vector<Sentence> split_sentences(std::string_view paragraph,
                                      const Abbreviations& abbreviations = default_abbreviations());

} // namespace parallax::text
