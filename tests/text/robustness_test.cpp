// Untrusted text: whatever bytes arrive, the text layer returns consistent spans and never crashes.
#include "text/analysis.hpp"
#include "text/unicode.hpp"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

namespace {

using namespace parallax::text;

/// Pieces that stress the rules: quote marks of every kind, periods, digits, abbreviations, marks,
/// invalid and truncated UTF-8.
const std::vector<std::string> pieces{
    "“",    "”",    "‘",      "’",      "\"",     "'",   "«",      "»",
    "„",    "‹",    "›",      ".",      "...",    "…",   "?",      "!",
    " ",    "  ",   "U.S.",   "Gen.",   "J.",     "4.5", "21,692", "816\u202F000",
    "said", "The",  "he",     "\u0301", "ß",      "İ",   "\xC3",   "\xE2\x80",
    "\xFF", "\x80", "-",      "—",      "(",      ")",   "e.g.",   "’90s",
    "5'",   "12\"", "\u00A0", "\u200B", "\u00AD", "a",   "Z",      "7"};

std::string random_text(std::mt19937& rng, std::size_t pieces_count) {
    std::uniform_int_distribution<std::size_t> pick(0, pieces.size() - 1);
    std::string text;
    for (std::size_t i = 0; i < pieces_count; ++i)
        text += pieces[pick(rng)];
    return text;
}

void expect_consistent(const ParagraphText& p) {
    const std::size_t length = code_points(p.text);
    std::uint32_t previous_end = 0;
    for (const Token& t : p.tokens) {
        EXPECT_LE(previous_end, t.begin);
        EXPECT_LT(t.begin, t.end);
        EXPECT_LE(t.end, length);
        EXPECT_EQ(p.offsets.byte_of(t.begin), t.byte_begin);
        EXPECT_LE(t.norm_begin, t.norm_end);
        EXPECT_LE(t.norm_end, p.folded.size());
        previous_end = t.end;
    }
    std::uint32_t next_token = 0;
    for (const Sentence& s : p.sentences) {
        EXPECT_EQ(s.first_token, next_token);
        next_token = s.last_token;
    }
    EXPECT_EQ(next_token, p.tokens.size());
}

TEST(Robustness, RandomTextGivesConsistentSpans) {
    std::mt19937 rng(20250218);
    for (int round = 0; round < 400; ++round) {
        std::vector<std::string> paragraphs;
        for (int k = 0; k < 3; ++k)
            paragraphs.push_back(random_text(rng, 1 + static_cast<std::size_t>(round % 40)));
        const auto article = analyse(paragraphs);
        for (const auto& p : article.paragraphs)
            expect_consistent(p);
        for (const auto& q : article.quotes.quotations)
            for (const auto& part : q.parts) {
                EXPECT_LE(part.begin, part.end);
                EXPECT_LE(part.end, code_points(paragraphs[part.para]));
            }
        for (const auto& p : paragraphs) {
            const auto folded = fold(p, matching_fold);
            EXPECT_EQ(folded.code_points(), code_points(folded.text));
            EXPECT_EQ(folded.origin.back(), code_points(p));
        }
    }
}

TEST(Robustness, EmptyAndBlankParagraphs) {
    const std::vector<std::string> paragraphs{"", "   ", "\u00A0\u200B"};
    const auto article = analyse(paragraphs);
    for (const auto& p : article.paragraphs) {
        EXPECT_TRUE(p.tokens.empty());
        EXPECT_TRUE(p.sentences.empty());
    }
    EXPECT_TRUE(article.quotes.marks.empty());
}

TEST(Robustness, AVeryLongParagraphOfOpeningMarks) {
    const std::string text(30000, '"');
    const std::vector<std::string> paragraphs{text};
    const auto article = analyse(paragraphs);
    EXPECT_EQ(article.quotes.marks.size(), text.size());
}

} // namespace
