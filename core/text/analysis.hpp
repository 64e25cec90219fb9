// Text layer: everything the later stages need about an article's text, computed once.
//
//   const auto text = parallax::text::analyse(article.paragraphs);
//   for (const auto& p : text.paragraphs)
//       for (const auto& s : p.sentences)
//           for (auto i = s.first_token; i < s.last_token; ++i)
//               if (p.norm(p.tokens[i]) == "said") …          // folded form, for lexicons
//   text.quotes.innermost_at(para, p.tokens[i].begin);         // inside a quotation?
//
// Offsets are code points into the paragraph as emitted (the contract's spans); `offsets` converts to
// bytes. The analysis holds string_views into the paragraphs it was given: keep them alive.
#pragma once

#include "text/abbreviations.hpp"
#include "text/normalize.hpp"
#include "text/offsets.hpp"
#include "text/quote_marks.hpp"
#include "text/sentences.hpp"
#include "text/tokens.hpp"

#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace parallax::text {

struct ParagraphText {
    std::string_view text; ///< the paragraph as emitted (not owned)
    OffsetMap offsets;     ///< code points ↔ bytes of `text`
    std::vector<Token> tokens;
    std::vector<Sentence> sentences;
    std::string folded; ///< holds the folded forms of the tokens (use norm())

    /// The token as written.
    std::string_view str(const Token& token) const { return token.str(text); }
    /// The token folded (matching_fold by default: "Said" → "said", "won’t" → "won't", "—" → "-").
    std::string_view norm(const Token& token) const {
        return std::string_view(folded).substr(token.norm_begin, token.norm_end - token.norm_begin);
    }
    /// The text of code points [begin, end).
    std::string_view str(std::size_t begin, std::size_t end) const {
        return text.substr(offsets.byte_of(begin), offsets.byte_of(end) - offsets.byte_of(begin));
    }
    /// The index of the token that holds code point `pos`, or of the first token after it
    /// (tokens.size() past the last).
    std::size_t token_at(std::size_t pos) const;
    /// The index of the sentence that holds token `token`.
    std::size_t sentence_of(std::size_t token) const;
};

struct TextOptions {
    const Abbreviations* abbreviations = nullptr; ///< nullptr: default_abbreviations()
    FoldOptions fold = matching_fold;             ///< how ParagraphText::norm folds
};

/// Tokens, sentences and folded forms of one paragraph.
ParagraphText analyse_paragraph(std::string_view paragraph, const TextOptions& options = {});
/// A temporary string would leave the analysis pointing at freed text.
template <class T>
requires std::is_same_v<T, std::string> ParagraphText analyse_paragraph(T&& temporary,
                                                                        const TextOptions& options = {})
= delete;

struct ArticleText {
    std::vector<ParagraphText> paragraphs;
    QuotePairing quotes; ///< apostrophe and prime marks are retagged punct in `paragraphs[].tokens`
};

/// Every paragraph analysed, then quote marks paired across them.
ArticleText analyse(const std::vector<std::string>& paragraphs, const TextOptions& options = {});
/// Temporary paragraphs would leave the analysis pointing at freed text.
ArticleText analyse(std::vector<std::string>&& temporary, const TextOptions& options = {}) = delete;

} // namespace parallax::text
