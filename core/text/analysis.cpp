#include "text/analysis.hpp"

#include <algorithm>

namespace parallax::text {

std::size_t ParagraphText::token_at(std::size_t pos) const {
    const auto it = std::upper_bound(tokens.begin(), tokens.end(), pos,
                                     [](std::size_t p, const Token& t) { return p < t.end; });
    return static_cast<std::size_t>(it - tokens.begin());
}

std::size_t ParagraphText::sentence_of(std::size_t token) const {
    const auto it = std::upper_bound(sentences.begin(), sentences.end(), token,
                                     [](std::size_t i, const Sentence& s) { return i < s.last_token; });
    return static_cast<std::size_t>(it - sentences.begin());
}

namespace {

/// Gives every token its folded form. The buffer starts as the whole paragraph with ASCII lower-cased
/// in one pass, so an ASCII token's folded form sits at its own byte offsets; other tokens are folded
/// one by one and appended after it.
void fold_tokens(ParagraphText& p, const FoldOptions& options) {
    p.folded.reserve(p.text.size() + p.text.size() / 4);
    p.folded.assign(p.text);
    if (options.case_fold)
        for (char& c : p.folded)
            if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    for (Token& t : p.tokens) {
        if (t.byte_end - t.byte_begin == t.size() &&
            t.first != U'\uFFFD') { // as many bytes as code points: ASCII
            t.norm_begin = t.byte_begin;
            t.norm_end = t.byte_end;
            continue;
        }
        t.norm_begin = static_cast<std::uint32_t>(p.folded.size());
        append_folded(p.folded, t.str(p.text), options);
        t.norm_end = static_cast<std::uint32_t>(p.folded.size());
    }
}

} // namespace

ParagraphText analyse_paragraph(std::string_view paragraph, const TextOptions& options) {
    const Abbreviations& abbreviations =
        options.abbreviations ? *options.abbreviations : default_abbreviations();
    ParagraphText out;
    out.text = paragraph;
    out.offsets = OffsetMap(paragraph);
    out.tokens = tokenize(paragraph, abbreviations);
    out.sentences = split_sentences(out.tokens, paragraph, abbreviations);
    fold_tokens(out, options.fold);
    return out;
}

ArticleText analyse(const std::vector<std::string>& paragraphs, const TextOptions& options) {
    ArticleText out;
    out.paragraphs.reserve(paragraphs.size());
    std::vector<std::string_view> texts;
    std::vector<std::span<const Token>> tokens;
    for (const std::string& p : paragraphs) {
        out.paragraphs.push_back(analyse_paragraph(p, options));
        texts.push_back(p);
    }
    tokens.reserve(paragraphs.size());
    for (const auto& p : out.paragraphs)
        tokens.push_back(p.tokens);
    out.quotes = pair_quote_marks(texts, tokens);
    for (const QuoteMark& mark : out.quotes.marks) // apostrophes and primes are no quote marks
        if (mark.role == MarkRole::apostrophe || mark.role == MarkRole::prime)
            out.paragraphs[mark.para].tokens[mark.token].kind = TokenKind::punct;
    return out;
}

} // namespace parallax::text
