// Pairing quotation marks across sentences and paragraphs, one construction per test.
#include "text_helpers.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

using namespace parallax::text;
using parallax::text::testing::quotations_of;
using parallax::text::testing::roles_of;
using ::testing::ElementsAre;

TEST(QuoteMarks, CurlyDoubleQuotesAroundAnAttributedQuote) {
    EXPECT_THAT(quotations_of({"“Russia wants to do something,” Trump said in Florida."}),
                ElementsAre("Russia wants to do something,"));
}

TEST(QuoteMarks, StraightDoubleQuotesAsWireCopySendsThem) {
    // AP and Reuters copy often arrives with straight quotes.
    EXPECT_THAT(quotations_of({"\"We want to listen to our partners,\" Lavrov said. \"That is all.\""}),
                ElementsAre("We want to listen to our partners,", "That is all."));
}

TEST(QuoteMarks, AQuotationOverSeveralSentences) {
    EXPECT_THAT(quotations_of({"“It was useful. We listened to each other,” he said."}),
                ElementsAre("It was useful. We listened to each other,"));
}

TEST(QuoteMarks, PartialQuotesInsideReportedSpeech) {
    EXPECT_THAT(
        quotations_of({"Zelenskyy said Trump was “living in a disinformation space” created by Russia."}),
        ElementsAre("living in a disinformation space"));
}

TEST(QuoteMarks, GuillemetsAsEuropeanAgenciesUseThem) {
    EXPECT_THAT(quotations_of({"Lavrov a qualifié la rencontre de «très utile», selon l'agence."}),
                ElementsAre("très utile"));
}

TEST(QuoteMarks, FrenchSpacesInsideGuillemetsAreNotPartOfTheQuote) {
    EXPECT_THAT(quotations_of({"« Nous devons agir », a déclaré le président."}),
                ElementsAre("Nous devons agir"));
}

TEST(QuoteMarks, GermanLowAndHighQuotes) {
    EXPECT_THAT(quotations_of({"Er sagte: „Das ist ein Anfang.“ Dann ging er."}),
                ElementsAre("Das ist ein Anfang."));
}

TEST(QuoteMarks, NestedSingleQuotesInsideDoubleQuotes) {
    const std::vector<std::string> article{"“They told us ‘wait and see’, and we waited,” the envoy said."};
    EXPECT_THAT(quotations_of(article),
                ElementsAre("They told us ‘wait and see’, and we waited,", "wait and see"));
    const auto text = analyse(article);
    ASSERT_EQ(text.quotes.quotations.size(), 2u);
    EXPECT_EQ(text.quotes.quotations[1].parent, 0);
    EXPECT_EQ(text.quotes.quotations[1].depth, 1u);
    EXPECT_FALSE(text.quotes.quotations[1].double_marks);
}

TEST(QuoteMarks, SingleQuotesAsOuterQuotesInBritishStyle) {
    EXPECT_THAT(quotations_of({"‘We will not accept Nato troops,’ the minister said."}),
                ElementsAre("We will not accept Nato troops,"));
}

TEST(QuoteMarks, StraightSingleQuotesInAHeadlineStyle) {
    EXPECT_THAT(quotations_of({"Kremlin calls talks 'useful' as envoys meet"}), ElementsAre("useful"));
}

TEST(QuoteMarks, ApostrophesInWordsAreNotQuoteMarks) {
    EXPECT_TRUE(quotations_of({"Russia’s envoy won’t say O'Brien's view."}).empty());
}

TEST(QuoteMarks, APluralPossessiveApostropheIsNotAClosingQuote) {
    const std::vector<std::string> article{"The countries’ leaders met. The allies' plan stalled."};
    EXPECT_TRUE(quotations_of(article).empty());
    EXPECT_THAT(roles_of(article), ElementsAre("apostrophe", "apostrophe"));
}

TEST(QuoteMarks, APluralPossessiveInsideASingleQuotedQuote) {
    EXPECT_THAT(quotations_of({"‘The members’ views differ,’ he said."}),
                ElementsAre("The members’ views differ,"));
}

TEST(QuoteMarks, AnApostropheForTheCenturyIsNotAnOpeningQuote) {
    const std::vector<std::string> article{"Talks like these were last held in the ’90s and again in '08."};
    EXPECT_TRUE(quotations_of(article).empty());
    EXPECT_THAT(roles_of(article), ElementsAre("apostrophe", "apostrophe"));
}

TEST(QuoteMarks, PrimesAfterNumbersAreNotQuoteMarks) {
    const std::vector<std::string> article{"The 6'2\" guard signed a deal, and a 12\" screen was on sale."};
    EXPECT_TRUE(quotations_of(article).empty());
    EXPECT_THAT(roles_of(article), ElementsAre("prime", "prime", "prime"));
}

TEST(QuoteMarks, AQuoteThatEndsWithANumberStillCloses) {
    EXPECT_THAT(quotations_of({"He said \"the answer is 42\" and left."}), ElementsAre("the answer is 42"));
}

TEST(QuoteMarks, AQuoteRunningOverParagraphsIsReopenedNotClosed) {
    // The news convention: each paragraph of a long quote opens with a mark, only the last one closes.
    const std::vector<std::string> article{
        "“We have agreed on four principles,” Rubio said. “The first is to restore our embassies.",
        "“The second is to name a high-level team.", "“The third is to discuss the end of the war.”",
        "He did not take questions."};
    EXPECT_THAT(
        quotations_of(article),
        ElementsAre("We have agreed on four principles,",
                    "The first is to restore our embassies. | The second is to name a high-level team. | "
                    "The third is to discuss the end of the war."));
    const auto text = analyse(article);
    EXPECT_TRUE(text.quotes.quotations[1].closed);
    EXPECT_EQ(text.quotes.quotations[1].parts.size(), 3u);
}

TEST(QuoteMarks, AQuoteLeftOpenWithNoReopeningEndsWithItsParagraph) {
    const std::vector<std::string> article{"Trump said of the deal: “It is going very well",
                                           "Officials disagreed."};
    EXPECT_THAT(quotations_of(article), ElementsAre("It is going very well"));
    EXPECT_FALSE(analyse(article).quotes.quotations[0].closed);
}

TEST(QuoteMarks, AQuoteCutOffMidSentenceDoesNotSwallowTheNextParagraphsQuote) {
    // A paragraph that breaks off inside a quote lost its closing mark; it does not run on.
    const std::vector<std::string> article{"He said he was “much more confident",
                                           "“Russia wants to do something,” Trump said."};
    EXPECT_THAT(quotations_of(article), ElementsAre("much more confident", "Russia wants to do something,"));
}

TEST(QuoteMarks, AQuoteWhoseReopeningMarkWasLostStillSpansBothParagraphs) {
    const std::vector<std::string> article{"“We are ready to talk.", "But only on our terms,” he said."};
    EXPECT_THAT(quotations_of(article), ElementsAre("We are ready to talk. | But only on our terms,"));
}

TEST(QuoteMarks, AStrayClosingMarkIsReportedNotPaired) {
    const std::vector<std::string> article{"The ceasefire held” for a day."};
    EXPECT_TRUE(quotations_of(article).empty());
    EXPECT_THAT(roles_of(article), ElementsAre("stray"));
}

TEST(QuoteMarks, AnOpeningMarkTypedForAClosingOne) {
    // A common slip in scraped copy: “…“ where the second should be ”.
    EXPECT_THAT(quotations_of({"“We are ready,“ he said."}), ElementsAre("We are ready,"));
}

TEST(QuoteMarks, SwedishStyleSameMarkBothSides) {
    EXPECT_THAT(quotations_of({"Han sa ”vi är redo” i går."}), ElementsAre("vi är redo"));
}

TEST(QuoteMarks, AQuoteOpeningAfterABracketOrDash) {
    EXPECT_THAT(quotations_of({"The plan (“a first step”) and the aim—“peace”—were set."}),
                ElementsAre("a first step", "peace"));
}

TEST(QuoteMarks, TwoQuotesSeparatedByAnAttribution) {
    EXPECT_THAT(quotations_of({"“It was a very useful conversation,” Lavrov said. “We heard each other.”"}),
                ElementsAre("It was a very useful conversation,", "We heard each other."));
}

TEST(QuoteMarks, APossessiveAfterAnSIsNotAQuote) {
    const std::vector<std::string> article{"He told Fox News' Bret Baier: \"They'll make a deal.\""};
    EXPECT_THAT(quotations_of(article), ElementsAre("They'll make a deal."));
    EXPECT_THAT(roles_of(article), ElementsAre("apostrophe", "open", "close"));
}

TEST(QuoteMarks, InnermostQuotationAtAPosition) {
    const std::vector<std::string> article{"“They said ‘no’,” he said."};
    const auto text = analyse(article);
    EXPECT_EQ(text.quotes.innermost_at(0, 1), 0);   // "They"
    EXPECT_EQ(text.quotes.innermost_at(0, 12), 1);  // "no"
    EXPECT_EQ(text.quotes.innermost_at(0, 20), -1); // "he"
}

TEST(QuoteMarks, ApostrophesAreRetaggedAsPunctuationInTheAnalysis) {
    const std::vector<std::string> article{"The allies’ “plan” held."};
    const auto text = analyse(article);
    const auto& tokens = text.paragraphs[0].tokens;
    EXPECT_EQ(tokens[2].kind, TokenKind::punct); // ’
    EXPECT_EQ(tokens[3].kind, TokenKind::quote); // “
}
