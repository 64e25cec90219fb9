// Sentence splitting, one construction of news writing per test.
#include "text_helpers.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

using parallax::text::testing::sentences_of;
using ::testing::ElementsAre;

TEST(Sentences, PlainSentencesSplitAtTheirFullStops) {
    EXPECT_THAT(
        sentences_of(
            "The ministers met for four hours. They agreed to meet again. Neither side gave details."),
        ElementsAre("The ministers met for four hours.", "They agreed to meet again.",
                    "Neither side gave details."));
}

TEST(Sentences, ALineBreakEndsAHeadingWithoutAFullStop) {
    EXPECT_THAT(
        sentences_of("Posted at 12:30 GMT\nUK sends search team\nThe UK is sending 76 specialists."),
        ElementsAre("Posted at 12:30 GMT", "UK sends search team", "The UK is sending 76 specialists."));
}

TEST(Sentences, QuestionsAndExclamationsEndSentences) {
    EXPECT_THAT(
        sentences_of("Will the ceasefire hold? Few diplomats think so! Talks resume on Monday."),
        ElementsAre("Will the ceasefire hold?", "Few diplomats think so!", "Talks resume on Monday."));
}

TEST(Sentences, AmericanStyleCountryAbbreviationsDoNotEndSentences) {
    // AP writes U.S. and U.K. with periods, and often before a capitalised noun.
    EXPECT_THAT(sentences_of("The U.S. Embassy in Kyiv stayed open while U.K. diplomats left."),
                ElementsAre("The U.S. Embassy in Kyiv stayed open while U.K. diplomats left."));
}

TEST(Sentences, ACountryAbbreviationAtTheEndOfASentenceStillEndsIt) {
    EXPECT_THAT(sentences_of("Sanctions were lifted by the U.S. The decision surprised Brussels."),
                ElementsAre("Sanctions were lifted by the U.S.", "The decision surprised Brussels."));
}

TEST(Sentences, MilitaryAndPoliticalTitlesKeepTheNameInTheSentence) {
    EXPECT_THAT(sentences_of("Retired Lt. Gen. Ann Carter met Sen. Ray Ortiz and Gov. Lee Park on Friday."),
                ElementsAre("Retired Lt. Gen. Ann Carter met Sen. Ray Ortiz and Gov. Lee Park on Friday."));
}

TEST(Sentences, CourtesyTitlesWithAndWithoutAPeriod) {
    // American style writes Mr. and Dr.; British style (BBC, Reuters UK) drops the period.
    EXPECT_THAT(sentences_of("Mr. Okafor thanked Dr. Lindqvist. Mr Okafor then left with Dr Lindqvist."),
                ElementsAre("Mr. Okafor thanked Dr. Lindqvist.", "Mr Okafor then left with Dr Lindqvist."));
}

TEST(Sentences, AbbreviatedMonthsBeforeADay) {
    EXPECT_THAT(sentences_of("The summit ended Feb. 18 in the capital. Officials met again Sept. 3."),
                ElementsAre("The summit ended Feb. 18 in the capital.", "Officials met again Sept. 3."));
}

TEST(Sentences, SaintInPlaceNames) {
    EXPECT_THAT(sentences_of("Speaking in St. Petersburg on Wednesday, the president praised the talks."),
                ElementsAre("Speaking in St. Petersburg on Wednesday, the president praised the talks."));
}

TEST(Sentences, InitialsInANameDoNotEndASentence) {
    EXPECT_THAT(
        sentences_of("Vice President J.D. Vance spoke after George W. Bush and J. R. R. Tolkien were named."),
        ElementsAre("Vice President J.D. Vance spoke after George W. Bush and J. R. R. Tolkien were named."));
}

TEST(Sentences, DecimalNumbersAndThousandSeparators) {
    EXPECT_THAT(
        sentences_of("The economy shrank 2.1 percent. The talks lasted about 4.5 hours and cost $1,250.75."),
        ElementsAre("The economy shrank 2.1 percent.",
                    "The talks lasted about 4.5 hours and cost $1,250.75."));
}

TEST(Sentences, NumberedAbbreviationsBeforeANumber) {
    EXPECT_THAT(sentences_of("He cited Art. 5 of the treaty and resolution No. 2202. Nobody objected."),
                ElementsAre("He cited Art. 5 of the treaty and resolution No. 2202.", "Nobody objected."));
}

TEST(Sentences, CompanySuffixesMidSentenceAndAtTheEnd) {
    EXPECT_THAT(sentences_of("Shares of Acme Corp. rose after Widget Inc. reported. Analysts cheered Acme "
                             "Corp. The rally faded."),
                ElementsAre("Shares of Acme Corp. rose after Widget Inc. reported.",
                            "Analysts cheered Acme Corp.", "The rally faded."));
}

TEST(Sentences, TimesOfDayWithPeriods) {
    // After an abbreviation only a usual first word ("The", "He", "But"…) starts a new sentence: a
    // capitalised noun there ("9 p.m. Results…") is read as going on, the safer mistake.
    EXPECT_THAT(sentences_of("The vote opens at 8 a.m. Thursday and closes at 9 p.m. The count follows."),
                ElementsAre("The vote opens at 8 a.m. Thursday and closes at 9 p.m.", "The count follows."));
}

TEST(Sentences, LatinAbbreviations) {
    EXPECT_THAT(
        sentences_of("Allies, e.g. France and Poland, objected, i.e. they voted no. The vote failed."),
        ElementsAre("Allies, e.g. France and Poland, objected, i.e. they voted no.", "The vote failed."));
}

TEST(Sentences, AnEllipsisBeforeLowerCaseGoesOn) {
    EXPECT_THAT(sentences_of("“We will see … maybe next month,” he said. Then he left."),
                ElementsAre("“We will see … maybe next month,” he said.", "Then he left."));
}

TEST(Sentences, AnEllipsisBeforeANewSentenceEndsIt) {
    EXPECT_THAT(sentences_of("The talks went on... The outcome was unclear."),
                ElementsAre("The talks went on...", "The outcome was unclear."));
}

TEST(Sentences, AQuotationOfSeveralSentencesIsSplitInsideIt) {
    // Agencies quote two or three sentences before the attribution; the closing mark stays with the last.
    EXPECT_THAT(sentences_of("“It was a useful conversation. We listened to each other,” he said."),
                ElementsAre("“It was a useful conversation.", "We listened to each other,” he said."));
}

TEST(Sentences, AQuotationThatEndsTheSentenceKeepsItsClosingMark) {
    EXPECT_THAT(sentences_of("She said: “We are ready.” Her deputy disagreed."),
                ElementsAre("She said: “We are ready.”", "Her deputy disagreed."));
}

TEST(Sentences, AQuotedQuestionFollowedByItsSpeakerStaysOneSentence) {
    EXPECT_THAT(sentences_of("“Who needs intermediaries?” Putin asked. “Nobody,” he said."),
                ElementsAre("“Who needs intermediaries?” Putin asked.", "“Nobody,” he said."));
}

TEST(Sentences, AQuotedQuestionFollowedByLowerCaseStaysOneSentence) {
    EXPECT_THAT(sentences_of("\"Why now?\" the minister asked reporters."),
                ElementsAre("\"Why now?\" the minister asked reporters."));
}

TEST(Sentences, StraightQuotesAroundSeveralSentences) {
    EXPECT_THAT(sentences_of("\"We want peace. We want it now.\" The crowd cheered."),
                ElementsAre("\"We want peace.", "We want it now.\"", "The crowd cheered."));
}

TEST(Sentences, BritishPunctuationOutsideTheQuote) {
    // BBC and Guardian put the full stop outside a partial quote.
    EXPECT_THAT(sentences_of("He called the idea “unacceptable”. The ministry agreed."),
                ElementsAre("He called the idea “unacceptable”.", "The ministry agreed."));
}

TEST(Sentences, ParenthesesAfterTheFullStop) {
    EXPECT_THAT(sentences_of("Prices rose. (Figures are provisional.) Markets fell."),
                ElementsAre("Prices rose.", "(Figures are provisional.)", "Markets fell."));
}

TEST(Sentences, ReutersDatelineStaysWithItsSentence) {
    EXPECT_THAT(
        sentences_of("RIYADH (Reuters) - The U.S. and Russia agreed on Tuesday to talk. More talks follow."),
        ElementsAre("RIYADH (Reuters) - The U.S. and Russia agreed on Tuesday to talk.",
                    "More talks follow."));
}

TEST(Sentences, ApDatelineWithAStateAbbreviation) {
    EXPECT_THAT(
        sentences_of("CAPE CANAVERAL, Fla. (AP) — Two astronauts went out on Monday. They came back."),
        ElementsAre("CAPE CANAVERAL, Fla. (AP) — Two astronauts went out on Monday.", "They came back."));
}

TEST(Sentences, TassDatelineWithItsOwnPeriods) {
    // TASS writes "MOSCOW, February 19. /TASS/." before the story.
    EXPECT_THAT(sentences_of("MOSCOW, February 19. /TASS/. The Kremlin welcomed the talks."),
                ElementsAre("MOSCOW, February 19. /TASS/.", "The Kremlin welcomed the talks."));
}

TEST(Sentences, AbbreviationBeforeAnOpeningQuoteEndsTheSentence) {
    EXPECT_THAT(sentences_of("The plan came from the U.S. “It is a start,” one envoy said."),
                ElementsAre("The plan came from the U.S.", "“It is a start,” one envoy said."));
}

TEST(Sentences, ANumberedKeyPointKeepsItsNumber) {
    // Explainers (Al Jazeera, BBC) list key points as "1. …" paragraphs.
    EXPECT_THAT(sentences_of("2. Sanctions stay in place. Nothing changes yet."),
                ElementsAre("2. Sanctions stay in place.", "Nothing changes yet."));
}

TEST(Sentences, NumberedAnswersInsideASentence) {
    EXPECT_THAT(sentences_of("Answers: 1. Minsk; 2. Astana; 3. Riyadh. Well done."),
                ElementsAre("Answers: 1. Minsk; 2. Astana; 3. Riyadh.", "Well done."));
}

TEST(Sentences, AClosingQuoteAfterAStraySpaceStaysWithItsSentence) {
    EXPECT_THAT(sentences_of("“We are excited. It will lift sales. ”"),
                ElementsAre("“We are excited.", "It will lift sales. ”"));
}

TEST(Sentences, ACompanyNameBeforeItsTicker) {
    EXPECT_THAT(sentences_of("Dell Inc. (NASDAQ: DELL) makes computers."),
                ElementsAre("Dell Inc. (NASDAQ: DELL) makes computers."));
}

TEST(Sentences, AcademicAndRegionalAbbreviations) {
    EXPECT_THAT(
        sentences_of("Dr. Ivanova, a Ph.D. economist in Washington, D.C., disagreed. She cited data."),
        ElementsAre("Dr. Ivanova, a Ph.D. economist in Washington, D.C., disagreed.", "She cited data."));
}

TEST(Sentences, NameSuffixesBeforeTheVerb) {
    EXPECT_THAT(sentences_of("Robert Kennedy Jr. said the vaccine panel would meet. It did not."),
                ElementsAre("Robert Kennedy Jr. said the vaccine panel would meet.", "It did not."));
}

TEST(Sentences, VersusBetweenNames) {
    EXPECT_THAT(sentences_of("The case, Ukraine vs. Russia, opens Monday."),
                ElementsAre("The case, Ukraine vs. Russia, opens Monday."));
}

TEST(Sentences, AHeadlineWithoutAFullStopIsOneSentence) {
    EXPECT_THAT(sentences_of("No date set for a summit"), ElementsAre("No date set for a summit"));
}

TEST(Sentences, SpansAreCodePointsIntoTheParagraph) {
    const std::string text = "Zelenskyy’s aide spoke. Erdoğan listened.";
    const auto p = parallax::text::analyse_paragraph(text);
    ASSERT_EQ(p.sentences.size(), 2u);
    EXPECT_EQ(p.sentences[1].begin, 24u); // code points, though ’ takes three bytes
    EXPECT_EQ(p.sentences[1].end, 41u);
    EXPECT_EQ(p.str(p.sentences[1].begin, p.sentences[1].end), "Erdoğan listened.");
}

TEST(Sentences, AnEmptyParagraphHasNoSentences) { EXPECT_TRUE(sentences_of("").empty()); }

TEST(Sentences, AnotherAbbreviationListCanBeGiven) {
    const auto list = parallax::text::Abbreviations::parse("[title]\nKpt.\n[starters]\nThe\n");
    const std::string text = "Kpt. Larsen sailed. The ship left.";
    const auto sentences = parallax::text::split_sentences(text, list);
    EXPECT_EQ(sentences.size(), 2u);
}
