// Every article of ../shared/eval/articles segmented: no sentence may end inside an abbreviation, an
// initial or a number. The articles are read at test time; nothing here knows their sentences.
#include "text/analysis.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;
using namespace parallax::text;

/// Body paragraphs of an article file: an optional `key: value` header ended by `---`, then one
/// paragraph per line.
std::vector<std::string> body_of(const fs::path& file) {
    std::ifstream in(file);
    std::vector<std::string> lines;
    for (std::string line; std::getline(in, line);) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        lines.push_back(line);
    }
    const auto rule = std::find(lines.begin(), lines.end(), "---");
    const auto first = rule == lines.end() ? lines.begin() : rule + 1;
    std::vector<std::string> body;
    std::copy_if(first, lines.end(), std::back_inserter(body),
                 [](const std::string& l) { return !l.empty(); });
    return body;
}

std::vector<fs::path> article_files() {
    std::vector<fs::path> files;
    const fs::path folder = fs::path(PARALLAX_SHARED_DIR) / "eval" / "articles";
    if (!fs::is_directory(folder)) return files;
    for (const auto& entry : fs::directory_iterator(folder))
        if (entry.path().extension() == ".txt") files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    return files;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

/// Why the boundary after sentence `s` of paragraph `p` is wrong, or "" when it looks right.
std::string bad_boundary(const ParagraphText& p, std::size_t s) {
    const Sentence& sentence = p.sentences[s];
    if (s + 1 == p.sentences.size()) return "";
    // The last token that is not a closing quote or bracket.
    std::size_t last = sentence.last_token - 1;
    while (last > sentence.first_token &&
           (p.tokens[last].kind == TokenKind::quote || p.tokens[last].first == ')'))
        --last;
    const Token& t = p.tokens[last];
    if (t.kind == TokenKind::word && t.abbreviation) {
        const auto cls = default_abbreviations().find(p.str(t));
        if (cls == AbbreviationClass::title) return "ends after the title " + std::string(p.str(t));
        // Other abbreviations, dotted forms and initials may end a sentence only before a usual first word.
        const Token& next = p.tokens[p.sentences[s + 1].first_token];
        if (next.kind == TokenKind::word && !default_abbreviations().starts_sentence(p.str(next)))
            return "ends after the abbreviation " + std::string(p.str(t));
    }
    // A boundary between digit '.' digit splits a number.
    const auto end = p.offsets.byte_of(sentence.end);
    if (end >= 1 && end + 1 < p.text.size() && p.text[end - 1] == '.' && end >= 2 &&
        is_digit(p.text[end - 2])) {
        const auto next = p.offsets.byte_of(p.sentences[s + 1].begin);
        if (next == end && is_digit(p.text[next])) return "splits a number";
    }
    return "";
}

TEST(Corpus, TheEvaluationArticlesAreThere) { EXPECT_FALSE(article_files().empty()); }

TEST(Corpus, NoSentenceEndsInsideAnAbbreviationOrANumber) {
    for (const auto& file : article_files()) {
        const auto body = body_of(file);
        const auto article = analyse(body);
        for (std::size_t para = 0; para < article.paragraphs.size(); ++para) {
            const auto& p = article.paragraphs[para];
            EXPECT_FALSE(p.sentences.empty()) << file.filename() << " paragraph " << para;
            for (std::size_t s = 0; s < p.sentences.size(); ++s) {
                const auto why = bad_boundary(p, s);
                EXPECT_EQ(why, "") << file.filename() << " paragraph " << para << ": "
                                   << p.str(p.sentences[s].begin, p.sentences[s].end);
            }
        }
    }
}

TEST(Corpus, SentencesCoverEveryTokenInOrder) {
    for (const auto& file : article_files()) {
        for (const auto& text : body_of(file)) {
            const auto p = analyse_paragraph(text);
            std::uint32_t next = 0;
            for (const auto& s : p.sentences) {
                EXPECT_EQ(s.first_token, next) << file.filename();
                EXPECT_LT(s.first_token, s.last_token);
                next = s.last_token;
            }
            EXPECT_EQ(next, p.tokens.size()) << file.filename();
        }
    }
}

TEST(Corpus, EveryQuoteMarkPairsInTheEvaluationArticles) {
    for (const auto& file : article_files()) {
        const auto body = body_of(file);
        const auto article = analyse(body);
        for (const auto& mark : article.quotes.marks)
            EXPECT_NE(mark.role, MarkRole::stray)
                << file.filename() << " paragraph " << mark.para << " at " << mark.pos;
        for (const auto& q : article.quotes.quotations)
            EXPECT_TRUE(q.closed) << file.filename();
    }
}

} // namespace
