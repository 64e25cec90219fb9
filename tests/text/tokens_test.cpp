// Tokens and their kinds, one construction per test.
#include "text_helpers.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

using namespace parallax::text;
using parallax::text::testing::kinds_of;
using parallax::text::testing::tokens_of;
using ::testing::ElementsAre;

TEST(Tokens, WordsNumbersAndPunctuation) {
    EXPECT_THAT(tokens_of("Talks lasted 4.5 hours, officials said."),
                ElementsAre("Talks", "lasted", "4.5", "hours", ",", "officials", "said", "."));
    EXPECT_THAT(kinds_of("Talks lasted 4.5 hours."), ElementsAre("word", "word", "number", "word", "punct"));
}

TEST(Tokens, ApostrophesInsideWordsBelongToTheWord) {
    EXPECT_THAT(tokens_of("Russia’s envoy won’t meet O'Brien's team"),
                ElementsAre("Russia’s", "envoy", "won’t", "meet", "O'Brien's", "team"));
}

TEST(Tokens, DottedAbbreviationsAndInitialsKeepTheirPeriod) {
    const std::string text = "U.S. envoy J.D. Vance met Gen. Kellogg and J. Smith.";
    EXPECT_THAT(tokens_of(text), ElementsAre("U.S.", "envoy", "J.D.", "Vance", "met", "Gen.", "Kellogg",
                                             "and", "J.", "Smith", "."));
    const auto tokens = tokenize(text);
    EXPECT_TRUE(tokens[0].abbreviation);
    EXPECT_TRUE(tokens[5].abbreviation);
    EXPECT_FALSE(tokens[9].abbreviation); // "Smith." is a word and a full stop
}

TEST(Tokens, AnAbbreviationBeforeAHyphenKeepsItsPeriod) {
    EXPECT_THAT(tokens_of("U.S.-Russian relations"), ElementsAre("U.S.", "-", "Russian", "relations"));
}

TEST(Tokens, WebAddressesStayWhole) {
    EXPECT_THAT(tokens_of("Read it on Amazon.com or bbc.co.uk today"),
                ElementsAre("Read", "it", "on", "Amazon.com", "or", "bbc.co.uk", "today"));
}

TEST(Tokens, NumbersWithSeparators) {
    // 21,692 (English), 1.234.567 (German style), and 816 000 with a narrow no-break space (French, TASS).
    EXPECT_THAT(
        tokens_of("21,692 sanctions, 1.234.567 votes and 816\u202F000 tonnes"),
        ElementsAre("21,692", "sanctions", ",", "1.234.567", "votes", "and", "816\u202F000", "tonnes"));
}

TEST(Tokens, APlainSpaceAlwaysSeparatesNumbers) {
    EXPECT_THAT(tokens_of("In 2024 100 people"), ElementsAre("In", "2024", "100", "people"));
}

TEST(Tokens, LettersGluedToNumbersAreTheirOwnTokens) {
    const std::string text = "$324bn in the G7 on 19th";
    EXPECT_THAT(tokens_of(text), ElementsAre("$", "324", "bn", "in", "the", "G", "7", "on", "19", "th"));
    EXPECT_THAT(kinds_of("$324bn"), ElementsAre("symbol", "number", "word"));
    const auto tokens = tokenize(text);
    EXPECT_FALSE(tokens[2].space_before); // "bn" is glued to "324"
    EXPECT_TRUE(tokens[3].space_before);
}

TEST(Tokens, HyphensAndDashesAreSeparate) {
    EXPECT_THAT(tokens_of("full-scale war — and face-to-face talks -- again"),
                ElementsAre("full", "-", "scale", "war", "—", "and", "face", "-", "to", "-", "face", "talks",
                            "--", "again"));
}

TEST(Tokens, EllipsesAndRunsOfTerminalsStayWhole) {
    EXPECT_THAT(tokens_of("Wait... really?! Yes…"), ElementsAre("Wait", "...", "really", "?!", "Yes", "…"));
}

TEST(Tokens, QuoteMarksAreTheirOwnKind) {
    EXPECT_THAT(kinds_of("“Yes,” ‘no’ «da» \"ok\""),
                ElementsAre("quote", "word", "punct", "quote", "quote", "word", "quote", "quote", "word",
                            "quote", "quote", "word", "quote"));
}

TEST(Tokens, SymbolsAndPrimes) {
    EXPECT_THAT(kinds_of("50% at 5′ and €20"),
                ElementsAre("number", "symbol", "word", "number", "symbol", "word", "symbol", "number"));
}

TEST(Tokens, CapitalisationFlags) {
    const auto tokens = tokenize("NATO said Ukraine may join later");
    EXPECT_TRUE(tokens[0].all_caps);
    EXPECT_TRUE(tokens[0].capitalised);
    EXPECT_FALSE(tokens[1].capitalised);
    EXPECT_TRUE(tokens[2].capitalised);
    EXPECT_FALSE(tokens[2].all_caps);
}

TEST(Tokens, LettersWithDiacriticsAndOtherScripts) {
    EXPECT_THAT(tokens_of("Erdoğan met Зеленский in Genève"),
                ElementsAre("Erdoğan", "met", "Зеленский", "in", "Genève"));
}

TEST(Tokens, CombiningMarksStayWithTheirLetter) {
    // "Erdog" + combining breve: one word even when the text is not in NFC.
    EXPECT_THAT(tokens_of("Erdog\u0306an spoke"), ElementsAre("Erdog\u0306an", "spoke"));
}

TEST(Tokens, OffsetsInCodePointsAndBytes) {
    const std::string text = "“Da,” Lavrov said";
    const auto tokens = tokenize(text);
    ASSERT_EQ(tokens.size(), 6u);
    EXPECT_EQ(tokens[4].begin, 6u);       // “ is one code point
    EXPECT_EQ(tokens[4].byte_begin, 10u); // and three bytes (so is ”)
    EXPECT_EQ(tokens[4].str(text), "Lavrov");
}

TEST(Tokens, InvalidBytesDoNotStopTheTokeniser) {
    const std::string text = "bad \xC3 byte";
    EXPECT_THAT(tokens_of(text), ElementsAre("bad", "\xC3", "byte"));
}

TEST(Tokens, FoldedFormsForMatching) {
    const std::string text = "SAID won’t — Straße";
    const auto p = analyse_paragraph(text);
    ASSERT_EQ(p.tokens.size(), 4u);
    EXPECT_EQ(p.norm(p.tokens[0]), "said");
    EXPECT_EQ(p.norm(p.tokens[1]), "won't");
    EXPECT_EQ(p.norm(p.tokens[2]), "-");
    EXPECT_EQ(p.norm(p.tokens[3]), "strasse");
}

TEST(Tokens, TokenAtAndSentenceOf) {
    const auto p = analyse_paragraph("He left. She stayed.");
    EXPECT_EQ(p.token_at(0), 0u);
    EXPECT_EQ(p.token_at(2), 1u); // the space before "left" belongs to the token after it
    EXPECT_EQ(p.sentence_of(p.token_at(9)), 1u);
}
