// The `text` plugin, rule by rule (docs/FORMATS.md, "Plain text").
#include "plain_text.hpp"

#include <gtest/gtest.h>

#include <string>

using namespace parallax;

namespace {

ParseResult read(const std::string& bytes, const std::string& path = "story.txt") {
    return plain_text::parse(Input{path, bytes, nullptr});
}

Article only_article(const ParseResult& r) {
    EXPECT_EQ(r.articles.size(), 1u);
    return r.articles.empty() ? Article{} : r.articles.front();
}

int sniff(const std::string& bytes, const std::string& path) {
    return plain_text::sniff(Input{path, bytes, nullptr});
}

} // namespace

TEST(PlainTextClaims, TxtAndTextFilesWhateverTheirContent) {
    EXPECT_GT(sniff("anything", "a/b/story.txt"), 0);
    EXPECT_GT(sniff("anything", "STORY.TEXT"), 0);
}

TEST(PlainTextClaims, FilesThatBeginWithAHeader) {
    EXPECT_GT(sniff("title: Talks end\noutlet: Wire\n---\nBody.\n", "story.article"), 0);
}

TEST(PlainTextClaims, NothingElse) {
    EXPECT_EQ(sniff("# Read me\n\nSome notes.\n", "README.md"), 0);
    EXPECT_EQ(sniff("<rss><channel/></rss>", "feed.xml"), 0);
}

TEST(PlainTextHeader, MapsTheKnownKeysCaseInsensitively) {
    const auto r = read("Title: Talks end in Riyadh\nOUTLET: Example Wire\nurl: https://example.org/a\n"
                        "Language: en\nbyline: Jane Doe and John Roe\npublished: 2025-02-18\n---\nBody.\n");
    const Article a = only_article(r);
    EXPECT_EQ(a.title, "Talks end in Riyadh");
    EXPECT_EQ(a.outlet, "Example Wire");
    EXPECT_EQ(a.url, "https://example.org/a");
    EXPECT_EQ(a.language, "en");
    EXPECT_EQ(a.byline, (std::vector<std::string>{"Jane Doe", "John Roe"}));
    EXPECT_EQ(a.published, "2025-02-18");
    EXPECT_TRUE(r.diagnostics.empty());
}

TEST(PlainTextHeader, KeepsADateOnlyPublishedDateAndTurnsOthersIntoUtc) {
    EXPECT_EQ(only_article(read("published: 2025-02-18T14:05:00+03:00\n---\nBody.\n")).published,
              "2025-02-18T11:05:00Z");
    EXPECT_EQ(only_article(read("published: Tue, 18 Feb 2025 14:05:00 GMT\n---\nBody.\n")).published,
              "2025-02-18T14:05:00Z");
}

TEST(PlainTextHeader, WarnsAboutADateItCannotRead) {
    const auto r = read("published: the other day\n---\nBody.\n");
    EXPECT_FALSE(only_article(r).published.has_value());
    ASSERT_EQ(r.diagnostics.size(), 1u);
    EXPECT_EQ(r.diagnostics[0].kind, DiagnosticKind::warning);
    EXPECT_EQ(r.diagnostics[0].line, 1u);
}

TEST(PlainTextHeader, PutsUnknownKeysInMetaWithAWarning) {
    const auto r = read("title: T\ndesk: Foreign\n---\nBody.\n");
    EXPECT_EQ(only_article(r).meta.at("desk"), std::vector<std::string>{"Foreign"});
    ASSERT_EQ(r.diagnostics.size(), 1u);
    EXPECT_EQ(r.diagnostics[0].kind, DiagnosticKind::warning);
    EXPECT_EQ(r.diagnostics[0].line, 2u);
    EXPECT_NE(r.diagnostics[0].reason.find("desk"), std::string::npos);
}

TEST(PlainTextHeader, IsNeverAParagraphAndLeavesTheTitleNullWhenItHasNone) {
    const Article a = only_article(read("outlet: Wire\n---\nFirst line of the body\nSecond.\n"));
    EXPECT_FALSE(a.title.has_value());
    EXPECT_EQ(a.paragraphs, (std::vector<std::string>{"First line of the body", "Second."}));
}

TEST(PlainTextTitle, IsTheFirstLineWhenShortAndNotASentence) {
    const Article a = only_article(read("Talks end without a deal\nThe talks ended on Tuesday.\n"));
    EXPECT_EQ(a.title, "Talks end without a deal");
    EXPECT_EQ(a.paragraphs, std::vector<std::string>{"The talks ended on Tuesday."});
}

TEST(PlainTextTitle, IsNullWhenTheFirstLineEndsLikeASentence) {
    for (const char* end : {".", "?", "!", ":"}) {
        const Article a = only_article(read(std::string("Short first line") + end + "\nSecond line.\n"));
        EXPECT_FALSE(a.title.has_value()) << end;
        EXPECT_EQ(a.paragraphs.size(), 2u) << end;
    }
}

TEST(PlainTextTitle, IsNullWhenTheFirstLineIsLongerThanAHundredCharacters) {
    const std::string long_line(101, 'x');
    const Article a = only_article(read(long_line + "\nSecond line.\n"));
    EXPECT_FALSE(a.title.has_value());
    EXPECT_EQ(a.paragraphs.front(), long_line);
}

TEST(PlainTextParagraphs, AreBlankLineBlocksWhenSomeBlockHasSeveralLines) {
    const Article a = only_article(read("outlet: W\n---\nOne line\nwrapped here.\n\nSecond block.\n"));
    EXPECT_EQ(a.paragraphs, (std::vector<std::string>{"One line wrapped here.", "Second block."}));
}

TEST(PlainTextParagraphs, AreBlocksAsSoonAsOneBlockHasTwoLines) {
    const Article a = only_article(read("outlet: W\n---\nFirst.\n\nSecond.\nThird.\n"));
    EXPECT_EQ(a.paragraphs, (std::vector<std::string>{"First.", "Second. Third."}));
}

TEST(PlainTextParagraphs, KeepTheLineBreakAfterAHeadingAboveALongLine) {
    const std::string body =
        "The UK is sending 76 search and rescue specialists and four dogs, the Foreign Office says.";
    const Article a = only_article(
        read("outlet: W\n---\nPosted at 12:30 GMT\nUK sends search team\n" + body + "\n\nNext.\n"));
    EXPECT_EQ(a.paragraphs.front(), "Posted at 12:30 GMT\nUK sends search team\n" + body);
}

TEST(PlainTextParagraphs, AreLinesWhenEveryBlockHasOneLine) {
    const Article a = only_article(read("outlet: W\n---\nFirst.\n\nSecond.\n\nThird.\n"));
    EXPECT_EQ(a.paragraphs, (std::vector<std::string>{"First.", "Second.", "Third."}));
}

TEST(PlainTextParagraphs, AreLinesWhenThereIsNoBlankLine) {
    const Article a = only_article(read("outlet: W\n---\nFirst.\nSecond.\n"));
    EXPECT_EQ(a.paragraphs, (std::vector<std::string>{"First.", "Second."}));
}

TEST(PlainTextParagraphs, AcceptWindowsAndOldMacLineEnds) {
    const Article a = only_article(read("outlet: W\r\n---\r\nFirst.\r\nSecond.\rThird.\r\n"));
    EXPECT_EQ(a.paragraphs, (std::vector<std::string>{"First.", "Second.", "Third."}));
}

TEST(PlainTextEncoding, SkipsAUtf8ByteOrderMark) {
    const Article a = only_article(read("\xEF\xBB\xBFtitle: T\n---\nBody.\n"));
    EXPECT_EQ(a.title, "T");
}

TEST(PlainTextEncoding, ReadsUtf16WithAByteOrderMark) {
    const std::string ascii = "Headline\nBody.\n";
    std::string le = "\xFF\xFE", be = "\xFE\xFF";
    for (char c : ascii) {
        le += c;
        le += '\0';
        be += '\0';
        be += c;
    }
    EXPECT_EQ(only_article(read(le)).paragraphs, std::vector<std::string>{"Body."});
    EXPECT_EQ(only_article(read(be)).title, "Headline");
}

TEST(PlainTextEncoding, ReadsInvalidUtf8AsWindows1252WithAWarning) {
    const auto r = read("Headline\nCaf\xE9 \x93quoted\x94.\n");
    EXPECT_EQ(only_article(r).paragraphs[0], "Caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D.");
    ASSERT_EQ(r.diagnostics.size(), 1u);
    EXPECT_EQ(r.diagnostics[0].kind, DiagnosticKind::warning);
    EXPECT_EQ(r.diagnostics[0].offset, 12u);
}

TEST(PlainTextEncoding, RejectsBinaryContent) {
    const auto r = read(std::string("\x7F"
                                    "ELF\0\0\0junk",
                                    10));
    EXPECT_TRUE(r.articles.empty());
    ASSERT_EQ(r.diagnostics.size(), 1u);
    EXPECT_EQ(r.diagnostics[0].kind, DiagnosticKind::error);
    EXPECT_FALSE(r.diagnostics[0].index.has_value());
    EXPECT_EQ(r.diagnostics[0].offset, 4u);
    EXPECT_EQ(r.items, 0u);
}

TEST(PlainTextEmpty, AFileWithNoBodyIsARejectedItem) {
    const auto r = read("");
    EXPECT_TRUE(r.articles.empty());
    ASSERT_EQ(r.diagnostics.size(), 1u);
    EXPECT_EQ(r.diagnostics[0].kind, DiagnosticKind::error);
    EXPECT_EQ(r.diagnostics[0].index, 0u);
    EXPECT_EQ(r.items, 1u);
}
