// How a paragraph is built from mixed content, and how bylines are split.
#include "byline.hpp"
#include "inline_text.hpp"

#include <gtest/gtest.h>

#include <pugixml.hpp>

namespace {

using parallax::wire::ParagraphBuilder;

parallax::wire::Paragraph build(const char* xml,
                                parallax::wire::MarkupRule rule = parallax::wire::nitf_markup) {
    pugi::xml_document doc;
    EXPECT_TRUE(doc.load_string(xml, pugi::parse_default | pugi::parse_ws_pcdata));
    ParagraphBuilder builder(rule);
    builder.append_children(doc.document_element());
    return builder.take();
}

std::string spanned(const parallax::wire::Paragraph& p, std::size_t i) {
    // Spans count code points; these tests use ASCII unless they say otherwise.
    return p.text.substr(p.hints[i].begin, p.hints[i].end - p.hints[i].begin);
}

TEST(ParagraphBuilder, FoldsLineBreaksAndIndentationIntoSingleSpaces) {
    const auto p = build("<p>\n   The talks   lasted\n\tfour hours.  </p>");
    EXPECT_EQ(p.text, "The talks lasted four hours.");
}

TEST(ParagraphBuilder, KeepsTheSpaceBetweenTwoMarkedUpNames) {
    const auto p = build("<p><person>Marco Rubio</person> <person>Sergei Lavrov</person></p>");
    EXPECT_EQ(p.text, "Marco Rubio Sergei Lavrov");
}

TEST(ParagraphBuilder, TurnsABreakIntoASpace) {
    EXPECT_EQ(build("<p>first line<br/>second line</p>").text, "first line second line");
}

TEST(ParagraphBuilder, GivesEachInlineMarkupASpanOverItsWords) {
    const auto p = build("<p>Talks in <location>Riyadh</location> were led by <person value=\"rubio\">"
                         "Marco Rubio</person> of the <org>State Department</org>.</p>");
    ASSERT_EQ(p.hints.size(), 3u);
    EXPECT_EQ(p.hints[0].kind, "place");
    EXPECT_EQ(spanned(p, 0), "Riyadh");
    EXPECT_EQ(p.hints[1].kind, "person");
    EXPECT_EQ(p.hints[1].value, "rubio");
    EXPECT_EQ(spanned(p, 1), "Marco Rubio");
    EXPECT_EQ(spanned(p, 2), "State Department");
}

TEST(ParagraphBuilder, LeavesSpaceInsideMarkupOutOfTheSpan) {
    const auto p = build("<p>said<q quote-source=\"Lavrov\">  it was useful  </q>today</p>");
    EXPECT_EQ(p.text, "said it was useful today");
    ASSERT_EQ(p.hints.size(), 1u);
    EXPECT_EQ(p.hints[0].kind, "quote");
    EXPECT_EQ(p.hints[0].value, "Lavrov");
    EXPECT_EQ(spanned(p, 0), "it was useful");
}

TEST(ParagraphBuilder, NestsMarkupAndKeepsFormattingTransparent) {
    const auto p = build(
        "<p><org><em>Tech</em>Corp Inc</org> paid <money unit=\"USD\"><num>5</num> dollars</money></p>");
    EXPECT_EQ(p.text, "TechCorp Inc paid 5 dollars");
    ASSERT_EQ(p.hints.size(), 3u);
    EXPECT_EQ(spanned(p, 0), "TechCorp Inc");
    EXPECT_EQ(p.hints[1].kind, "money");
    EXPECT_EQ(p.hints[1].value, "USD");
    EXPECT_EQ(spanned(p, 1), "5 dollars");
    EXPECT_EQ(p.hints[2].kind, "num");
    EXPECT_EQ(spanned(p, 2), "5");
}

TEST(ParagraphBuilder, DropsEmptyMarkup) {
    const auto p = build("<p>An <org/> empty <person>  </person>tag</p>");
    EXPECT_EQ(p.text, "An empty tag");
    EXPECT_TRUE(p.hints.empty());
}

TEST(ParagraphBuilder, CountsSpansInCodePointsNotBytes) {
    const auto p = build("<p>Außenminister <person>Sergej Lawrow</person></p>");
    ASSERT_EQ(p.hints.size(), 1u);
    EXPECT_EQ(p.hints[0].begin, 14u); // "Außenminister " is 14 code points and 15 bytes
    EXPECT_EQ(p.hints[0].end, 27u);
}

TEST(ParagraphBuilder, FoldsUnicodeSpacesLikeAsciiOnes) {
    EXPECT_EQ(build("<p>18\xC2\xA0"
                    "February\xE2\x80\x83"
                    "2025</p>")
                  .text,
              "18 February 2025");
}

TEST(ParagraphBuilder, ReplacesInvalidUtf8WithTheReplacementCharacter) {
    ParagraphBuilder builder;
    builder.append_text("caf\xE9 ok");
    EXPECT_EQ(builder.take().text, "caf\xEF\xBF\xBD ok");
}

TEST(ParagraphBuilder, WithoutARuleMakesNoHints) {
    EXPECT_TRUE(build("<p><person>Rubio</person></p>", nullptr).hints.empty());
}

TEST(BylineNames, DropsByAndTheAffiliation) {
    EXPECT_EQ(parallax::wire::byline_names("By Sam Lister, Press Association Political Correspondent"),
              std::vector<std::string>{"Sam Lister"});
    EXPECT_EQ(parallax::wire::byline_names("Geir Molnes / Faktisk.no"),
              std::vector<std::string>{"Geir Molnes"});
}

TEST(BylineNames, SplitsSeveralAuthors) {
    EXPECT_EQ(parallax::wire::byline_names("BY JANE ROE and JOHN DOE & ANN LEE"),
              (std::vector<std::string>{"JANE ROE", "JOHN DOE", "ANN LEE"}));
}

TEST(BylineNames, IsEmptyForAnEmptyByline) { EXPECT_TRUE(parallax::wire::byline_names("  ").empty()); }

} // namespace
