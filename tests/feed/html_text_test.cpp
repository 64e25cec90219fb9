// HTML and plain text fields into clean paragraphs and lines.
#include "html_text.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace parallax::feed {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

TEST(HtmlParagraphs, BlockElementsEndParagraphs) {
    EXPECT_THAT(
        paragraphs("<p>One</p><div>Two</div><ul><li>Three</li><li>Four</li></ul><h2>Five</h2>", Markup::html),
        ElementsAre("One", "Two", "Three", "Four", "Five"));
}

TEST(HtmlParagraphs, LineBreaksEndParagraphs) {
    EXPECT_THAT(paragraphs("One<br>Two<br/><br/>Three", Markup::html), ElementsAre("One", "Two", "Three"));
}

TEST(HtmlParagraphs, InlineElementsDoNot) {
    EXPECT_THAT(paragraphs("<p>A <b>bold</b>, <a href='x'>linked</a> and <em>em</em>phasised word.</p>",
                           Markup::html),
                ElementsAre("A bold, linked and emphasised word."));
}

TEST(HtmlParagraphs, ScriptStyleAndIframeContentIsDropped) {
    EXPECT_THAT(paragraphs("<p>Safe<script>alert(1)</script> text<style>p{}</style></p>"
                           "<iframe src='https://x.example.org/'></iframe><p>End</p>",
                           Markup::html),
                ElementsAre("Safe text", "End"));
}

TEST(HtmlParagraphs, AnIframesHtmlFallbackIsReadButItsScriptsAreNot) {
    EXPECT_THAT(paragraphs("a<iframe><b>fallback</b><script>x()</script></iframe>", Markup::html),
                ElementsAre("a fallback"));
}

TEST(HtmlParagraphs, ObjectFallbackTextIsWhatAReaderSees) {
    EXPECT_THAT(
        paragraphs("<object data='x.swf'><param name='a' value='b'>Watch the video</object>", Markup::html),
        ElementsAre("Watch the video"));
}

TEST(HtmlParagraphs, AllHtml5NamedAndNumericEntities) {
    EXPECT_THAT(paragraphs("&hellip; &eacute; &#233; &#xE9; &nbsp;x &rarr; &NotEqualTilde;", Markup::html),
                ElementsAre("\xE2\x80\xA6 \xC3\xA9 \xC3\xA9 \xC3\xA9 x \xE2\x86\x92 \xE2\x89\x82\xCC\xB8"));
}

TEST(HtmlParagraphs, UnclosedAndMisnestedTagsReadAsABrowserWould) {
    EXPECT_THAT(paragraphs("<p>one<p>two <b>three <i>four</b> five", Markup::html),
                ElementsAre("one", "two three four five"));
}

TEST(HtmlParagraphs, CommentsVanish) {
    EXPECT_THAT(paragraphs("a<!-- hidden -->b", Markup::html), ElementsAre("ab"));
}

TEST(HtmlParagraphs, EmptyMarkupGivesNoParagraphs) {
    EXPECT_THAT(paragraphs("<p> </p><div></div>", Markup::html), IsEmpty());
}

TEST(HtmlParagraphs, FieldsWithoutTagsStillDecodeEntities) {
    EXPECT_THAT(paragraphs("Fish &amp; chips &#8211; &eacute;t&eacute;", Markup::html),
                ElementsAre("Fish & chips \xE2\x80\x93 \xC3\xA9t\xC3\xA9"));
}

TEST(TextParagraphs, BlankLinesEndParagraphsAndNothingIsMarkup) {
    EXPECT_THAT(paragraphs("a <b> &amp;\n  \nnext\tline", Markup::text),
                ElementsAre("a <b> &amp;", "next line"));
}

TEST(OneLine, FoldsWhiteSpaceIncludingNoBreakSpaces) {
    EXPECT_EQ(one_line("  <b>Head</b>\n line\xC2\xA0here  ", Markup::html), "Head line here");
}

TEST(OneLine, BlockElementsBecomeSpaces) { EXPECT_EQ(one_line("<p>a</p><p>b</p>", Markup::html), "a b"); }

} // namespace
} // namespace parallax::feed
