// One test per construction of attribution in news writing (AP, Reuters, AFP, TASS, BBC and
// Guardian habits). The sentences are written for these tests; none comes from a real article.
#include "extract/quotes.hpp"
#include "support/utf8.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace {

using parallax::Article;
using parallax::Person;
using parallax::Quote;
using parallax::QuoteKind;
using parallax::extract::QuoteFinder;

const QuoteFinder& finder() {
    static const QuoteFinder f(std::filesystem::path(PARALLAX_SOURCE_DIR) / "configs" / "lexicons");
    return f;
}

struct Result {
    std::vector<Person> people;
    std::vector<Quote> quotes;
};

Result run(std::vector<std::string> paragraphs) {
    Article a;
    a.paragraphs = std::move(paragraphs);
    Result r;
    finder().find(a, r.people, r.quotes);
    return r;
}

std::string speaker(const Quote& q) { return q.speaker ? q.speaker->name : "<none>"; }

/// The quotes whose text contains `needle`.
std::vector<Quote> with(const Result& r, const std::string& needle) {
    std::vector<Quote> out;
    for (const auto& q : r.quotes)
        if (q.text.find(needle) != std::string::npos) out.push_back(q);
    return out;
}

void expect_one(const Result& r, const std::string& needle, const std::string& who, QuoteKind kind) {
    const auto found = with(r, needle);
    ASSERT_EQ(found.size(), 1u) << "quotes holding '" << needle << "': " << found.size() << " of "
                                << r.quotes.size();
    EXPECT_EQ(speaker(found[0]), who) << needle;
    EXPECT_EQ(found[0].kind, kind) << needle;
}

// ---- direct quotes ---------------------------------------------------------------------------------

TEST(DirectQuote, CurlyMarksSpeakerAfter) {
    const auto r =
        run({"“We will not sign anything that hurts our farmers,” Trade Minister Anna Kowalska said."});
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "We will not sign anything that hurts our farmers,",
                                       "Anna Kowalska", QuoteKind::direct));
    EXPECT_EQ(r.quotes[0].text, "We will not sign anything that hurts our farmers,");
    EXPECT_EQ(r.quotes[0].cue, "said");
}

TEST(DirectQuote, StraightMarksAndInvertedVerb) {
    const auto r = run({"Finance Minister Jorge Almeida spoke after the vote.",
                        "\"The budget is balanced for the first time in a decade,\" said Almeida."});
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "The budget is balanced", "Jorge Almeida", QuoteKind::direct));
}

TEST(DirectQuote, TheAddresseeOfToldIsNeverTheSpeaker) {
    // Reuters style: the source, then a relative clause, then "told Reuters".
    const auto r =
        run({"“The road was closed for hours,” a driver, who asked not to be named because he was not "
             "authorised to speak, told Reuters."});
    for (const auto& q : r.quotes)
        EXPECT_NE(speaker(q), "Reuters") << q.text;
}

TEST(DirectQuote, AnUnnamedMemberOfAGroupSpeaks) {
    // Wire copy often quotes people it does not name: "one woman", "a resident", "another official".
    const auto r = run({"“Nobody came for two days,” one woman, who declined to give her name, told Reuters.",
                        "A resident said the water had reached the first floor."});
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "Nobody came for two days,", "one woman", QuoteKind::direct));
    ASSERT_NO_FATAL_FAILURE(
        expect_one(r, "the water had reached the first floor", "A resident", QuoteKind::indirect));
}

TEST(DirectQuote, ANamedSpeakerBeforeARelativeClause) {
    const auto r =
        run({"“We expect a decision within weeks,” Carla Mendes, who chairs the committee, told reporters."});
    ASSERT_NO_FATAL_FAILURE(
        expect_one(r, "We expect a decision within weeks,", "Carla Mendes", QuoteKind::direct));
}

TEST(DirectQuote, AngleMarks) {
    const auto r = run({"«Nous resterons unis», a déclaré le ministre. Foreign Minister Paul Girard said: "
                        "«Our position has not changed at all.»"});
    ASSERT_NO_FATAL_FAILURE(
        expect_one(r, "Our position has not changed at all.", "Paul Girard", QuoteKind::direct));
}

TEST(DirectQuote, ColonIntroducer) {
    const auto r = run({"Asked about the strike, union leader Maria Lopez said on Monday: “Nobody wants "
                        "this, but we have no choice.”"});
    ASSERT_NO_FATAL_FAILURE(
        expect_one(r, "Nobody wants this, but we have no choice.", "Maria Lopez", QuoteKind::direct));
}

TEST(DirectQuote, SeveralParagraphsAreOneQuote) {
    const auto r = run(
        {"Central bank governor Erik Holm told lawmakers: “Inflation has come down faster than we expected.",
         "“But the job is not done, and we will keep rates where they are until it is.”"});
    ASSERT_EQ(r.quotes.size(), 1u);
    EXPECT_EQ(speaker(r.quotes[0]), "Erik Holm");
    ASSERT_EQ(r.quotes[0].parts.size(), 2u);
    EXPECT_EQ(r.quotes[0].parts[1].para, 1u);
    EXPECT_EQ(r.quotes[0].text,
              "Inflation has come down faster than we expected. But the job is not done, and we will "
              "keep rates where they are until it is.");
}

TEST(DirectQuote, StretchesSplitByAnAttributionAreSeparate) {
    const auto r =
        run({"“The border stays open,” Interior Minister Sven Dahl said. “Nothing has changed overnight.”"});
    ASSERT_EQ(r.quotes.size(), 2u);
    EXPECT_EQ(speaker(r.quotes[0]), "Sven Dahl");
    EXPECT_EQ(speaker(r.quotes[1]), "Sven Dahl");
    EXPECT_EQ(r.quotes[1].text, "Nothing has changed overnight.");
}

TEST(DirectQuote, AQuotationSplitByItsAttributionIsTwoRecords) {
    const auto r = run({"\"If the results hold,\" Sara Holm said, \"we will have to rewrite the textbooks.\"",
                        "\"We are ready,\" said Tom Reed, \"and we will win.\""});
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "If the results hold,", "Sara Holm", QuoteKind::direct));
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "we will have to rewrite", "Sara Holm", QuoteKind::direct));
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "We are ready,", "Tom Reed", QuoteKind::direct));
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "and we will win.", "Tom Reed", QuoteKind::direct));
}

TEST(DirectQuote, TheAnswersOfAQuestionAndAnswerInterview) {
    const auto r = run({"Union leader Moses Wekesa spoke to the Nation about the strike.",
                        "The commission says its offer is final. Why not take it?",
                        "Because it is not an offer, it is an insult.", "What are you asking for?",
                        "We want 40 per cent over four years.", "How long can your members stay out?",
                        "As long as it takes. In 2015 we stayed out for five weeks."});
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "it is an insult", "Moses Wekesa", QuoteKind::direct));
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "We want 40 per cent", "Moses Wekesa", QuoteKind::direct));
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "As long as it takes", "Moses Wekesa", QuoteKind::direct));
    EXPECT_TRUE(with(r, "What are you asking").empty());
}

TEST(DirectQuote, LabelledTurnsOfAnInterview) {
    const auto r = run({"The New Humanitarian spoke to Dr Tomás Ferreira, MSF's coordinator in Lusaka.",
                        "TNH: How bad is it right now?", "Ferreira: It is good news, in part.",
                        "TNH: Is the outbreak under control?", "Ferreira: Not yet.",
                        "TNH: What do you need most?", "Ferreira: Water. Chlorine. Latrines."});
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "It is good news", "Tomás Ferreira", QuoteKind::direct));
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "Not yet.", "Tomás Ferreira", QuoteKind::direct));
    EXPECT_EQ(with(r, "Latrines")[0].text, "Water. Chlorine. Latrines.");
    EXPECT_TRUE(with(r, "How bad").empty());
}

TEST(DirectQuote, AnInterviewItsNoteSaysIsOneAndAQuestionsPremise) {
    const auto r = run({"Ananya Krishnan, chief economist at Standard Chartered, spoke to Mint.",
                        "The MPC raised its forecast. Was that more than you expected?",
                        "Slightly. We had pencilled in 4.4%.", "Is a hike on the table?",
                        "I don't think so. That line is there to anchor expectations.",
                        "What about the rupee? It has lost around 3% against the dollar since January.",
                        "The RBI has $718 billion in reserves. I would worry more about outflows.",
                        "(This interview has been edited and condensed for clarity.)"});
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "Slightly.", "Ananya Krishnan", QuoteKind::direct));
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "I don't think so.", "Ananya Krishnan", QuoteKind::direct));
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "I would worry more", "Ananya Krishnan", QuoteKind::direct));
    EXPECT_TRUE(with(r, "It has lost around 3%").empty()) << "the question's premise is the interviewer's";
}

TEST(DirectQuote, ALabelledQuestionEndingOnItsPremise) {
    const auto r =
        run({"Fiona McAllister has led the union since 2024.", "Q: Was it worth it? Eleven days of strikes.",
             "A: Nobody goes into teaching to strike.", "Q: Who is right?", "A: Both, in a way.",
             "Q: What next?", "A: Class sizes."});
    ASSERT_NO_FATAL_FAILURE(
        expect_one(r, "Nobody goes into teaching", "Fiona McAllister", QuoteKind::direct));
    EXPECT_TRUE(with(r, "Eleven days").empty());
}

TEST(NotQuote, AnExplainersQuestionsAndTheirAnswers) {
    const auto r = run({"The bridge collapsed on Monday.", "What happened?",
                        "A girder failed during rush hour, engineers believe.", "Why does it matter?",
                        "The bridge carried 40,000 cars a day.", "What happens next?",
                        "The state will inspect similar bridges."});
    EXPECT_TRUE(with(r, "40,000 cars").empty());
    EXPECT_TRUE(with(r, "inspect similar").empty());
}

TEST(DirectQuote, ASpeakerToBeAndHowTheySpokeBeforeAColon) {
    ASSERT_NO_FATAL_FAILURE(expect_one(run({"Lena Ford was unequivocal: \"We will not back down.\""}),
                                       "We will not back down.", "Lena Ford", QuoteKind::direct));
    EXPECT_TRUE(run({"The result was clear: \"Yes\" won."}).quotes.empty());
}

TEST(DirectQuote, FloatingParagraphTakesThePreviousSpeaker) {
    const auto r = run({"Mayor Lena Fischer said the city would rebuild the bridge within a year.",
                        "“We owe it to everyone who crosses the river every morning.”"});
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "We owe it to everyone", "Lena Fischer", QuoteKind::direct));
}

TEST(DirectQuote, ScareQuotesAreNotQuotes) {
    const auto r = run({"The so-called “peace dividend” never arrived, and the plan was shelved."});
    EXPECT_TRUE(r.quotes.empty());
}

// ---- mixed and indirect ---------------------------------------------------------------------------

TEST(MixedQuote, ReportedSpeechCarryingQuotedWords) {
    const auto r =
        run({"Prime Minister Karin Berg said the reform was “long overdue” and would pass this year."});
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "the reform was “long overdue” and would pass this year",
                                       "Karin Berg", QuoteKind::mixed));
}

TEST(IndirectQuote, SaidThat) {
    const auto r =
        run({"Health Secretary Omar Reid said that hospitals would receive extra funding next month."});
    ASSERT_NO_FATAL_FAILURE(
        expect_one(r, "hospitals would receive extra funding next month", "Omar Reid", QuoteKind::indirect));
    EXPECT_EQ(r.quotes[0].text, "hospitals would receive extra funding next month");
}

TEST(IndirectQuote, ToldReporters) {
    const auto r =
        run({"Police chief Daniel Osei told reporters the suspect had been arrested near the station."});
    ASSERT_NO_FATAL_FAILURE(
        expect_one(r, "the suspect had been arrested near the station", "Daniel Osei", QuoteKind::indirect));
    EXPECT_EQ(r.quotes[0].cue, "told");
}

TEST(IndirectQuote, AccordingToBeforeAndAfter) {
    const auto r = run({"According to Defence Minister Ivo Petrov, the troops will leave the area by Friday.",
                        "The convoy crossed the border overnight, according to local officials."});
    ASSERT_NO_FATAL_FAILURE(
        expect_one(r, "the troops will leave the area by Friday", "Ivo Petrov", QuoteKind::indirect));
    ASSERT_NO_FATAL_FAILURE(
        expect_one(r, "The convoy crossed the border overnight", "local officials", QuoteKind::indirect));
}

TEST(IndirectQuote, AccordingToOnAFigureIsItsSource) {
    const auto r = run({"Exports fell by 4.2 percent last year, according to the statistics office."});
    EXPECT_TRUE(r.quotes.empty());
    // an amount of its own is a figure too, a year or a day is not
    EXPECT_TRUE(run({"Fires have burned some 44,000 hectares, according to the forest fire service."})
                    .quotes.empty());
    EXPECT_EQ(run({"The talks will resume in 2026, according to diplomats."}).quotes.size(), 1u);
}

TEST(IndirectQuote, SpeechVerbAfterTheContentAndADayWithNoPreposition) {
    const auto r = run({"The jobless rate ticked up to 4.7% from 4.6%, the Labor Department said Friday.",
                        "Inflation stood at 24.1% in January, the statistics office said last month.",
                        "Prices jumped 5%, analysts said.",
                        "More than 460 firefighters were battling the blaze, the fire brigade said."});
    ASSERT_NO_FATAL_FAILURE(
        expect_one(r, "The jobless rate ticked up", "the Labor Department", QuoteKind::indirect));
    ASSERT_NO_FATAL_FAILURE(
        expect_one(r, "Inflation stood at 24.1%", "the statistics office", QuoteKind::indirect));
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "Prices jumped 5%", "analysts", QuoteKind::indirect));
    ASSERT_NO_FATAL_FAILURE(
        expect_one(r, "More than 460 firefighters", "the fire brigade", QuoteKind::indirect));
}

TEST(IndirectQuote, WordsInCapitalsSharingOneGroupAreOneSpeaker) {
    const auto r = run({"Fuel will be loaded on August 21, Russian and Iranian officials said."});
    ASSERT_NO_FATAL_FAILURE(
        expect_one(r, "Fuel will be loaded", "Russian and Iranian officials", QuoteKind::indirect));
    const auto two = run({"Fuel will be loaded on August 21, Ivo Petrov and Rosa Delgado said."});
    EXPECT_EQ(with(two, "Fuel will be loaded").size(), 2u);
}

TEST(IndirectQuote, ARelativeClauseInsideTheSubjectOfTheReport) {
    const auto r =
        run({"The department said Hurricane Rosa, which struck Georgia in October, kept 52,000 people "
             "from working.",
             "The envoy Rosa Delgado said the plan failed, which was a surprise."});
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "which struck Georgia in October, kept 52,000 people from working",
                                       "The department", QuoteKind::indirect));
    const auto failed = with(r, "the plan failed");
    ASSERT_EQ(failed.size(), 1u);
    EXPECT_EQ(failed[0].text, "the plan failed");
}

TEST(IndirectQuote, CompaniesTeamsAndPeopleFamiliarWithTheMatterSpeak) {
    const auto r = run({"The trade was agreed late on Monday, the teams said.",
                        "The Danish drugmaker said in March that patients lost weight.",
                        "The talks are advanced, according to people familiar with the matter.",
                        "\"Everyone wants copper,\" said one banker involved in the talks."});
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "The trade was agreed", "the teams", QuoteKind::indirect));
    ASSERT_NO_FATAL_FAILURE(
        expect_one(r, "patients lost weight", "The Danish drugmaker", QuoteKind::indirect));
    ASSERT_NO_FATAL_FAILURE(
        expect_one(r, "The talks are advanced", "people familiar with the matter", QuoteKind::indirect));
    EXPECT_EQ(with(r, "Everyone wants copper").size(), 1u);
    // people as such say nothing
    EXPECT_TRUE(run({"Most people said it perfectly reasonable."}).quotes.empty() ||
                speaker(run({"Most people said it perfectly reasonable."}).quotes[0]) != "Most people");
}

TEST(IndirectQuote, ACourtsDocumentsSpeakAndAPluralSubjectsPlainVerb) {
    const auto r = run({"The hackers had access from June to September, the decision says.",
                        "According to the indictment, the plant's exits were blocked.",
                        "The opinion says landlords keep a reasonable rate of return."});
    EXPECT_EQ(with(r, "The hackers had access").size(), 1u);
    EXPECT_EQ(with(r, "the plant's exits were blocked").size(), 1u);
    EXPECT_EQ(with(r, "landlords keep a reasonable rate of return").size(), 1u);
    // an adjective in -s is no plural subject
    EXPECT_TRUE(with(run({"He reiterated the previous position."}), "position").empty());
}

TEST(DirectQuote, ABracketsAsideAfterTheAddressee) {
    const auto r = run({"\"I am overjoyed,\" Lukas Brandt told broadcaster rbb (translated from German).",
                        "He said the company (founded in 1990) had failed."});
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "I am overjoyed", "Lukas Brandt", QuoteKind::direct));
    EXPECT_EQ(with(r, "(founded in 1990) had failed").size(), 1u);
    EXPECT_TRUE(with(r, "translated").empty());
}

TEST(IndirectQuote, APlanWithAFigureAndASubjectSplitByTheAttribution) {
    const auto r =
        run({"According to people familiar with the plans, the group wants to cut 10,000 jobs by 2030.",
             "Ana Cruz spoke. The government, she said, would not need to import more rice."});
    EXPECT_EQ(with(r, "the group wants to cut 10,000 jobs by 2030").size(), 1u);
    ASSERT_NO_FATAL_FAILURE(
        expect_one(r, "The government would not need to import more rice", "Ana Cruz", QuoteKind::indirect));
    EXPECT_TRUE(
        run({"Exports fell by 4.2 percent last year, according to the statistics office."}).quotes.empty());
}

TEST(Speaker, AnInstitutionsNameWithAnAndOrAFor) {
    const auto r =
        run({"The Department for Business and Trade said it was \"deeply disappointed\".",
             "Insured losses rose, the Insurance Bureau of Canada said.",
             "The storm killed 12, the National Disaster Risk Reduction and Management Council said."});
    ASSERT_NO_FATAL_FAILURE(
        expect_one(r, "deeply disappointed", "The Department for Business and Trade", QuoteKind::mixed));
    ASSERT_NO_FATAL_FAILURE(
        expect_one(r, "Insured losses rose", "the Insurance Bureau of Canada", QuoteKind::indirect));
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "The storm killed 12",
                                       "the National Disaster Risk Reduction and Management Council",
                                       QuoteKind::indirect));
}

TEST(IndirectQuote, AReportOpeningWithABound) {
    const auto r =
        run({"The Office of Civil Defense said at least 1,400 families had moved to evacuation centers.",
             "Ana Lima said at least once that it was fine."});
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "at least 1,400 families had moved to evacuation centers",
                                       "The Office of Civil Defense", QuoteKind::indirect));
    EXPECT_EQ(with(r, "it was fine")[0].text, "it was fine");
}

TEST(IndirectQuote, ASpeechNounBeforeItsVerbReportsNothing) {
    EXPECT_TRUE(run({"The IMF report was published on Monday."}).quotes.empty());
    EXPECT_TRUE(
        run({"Voters in the southern Indian state of Kerala have ousted the government."}).quotes.empty());
}

TEST(IndirectQuote, ALevelReachedAPresentVerbAndASecondSpeakersReport) {
    EXPECT_TRUE(run({"The death toll rose to 52, according to the Health Ministry."}).quotes.empty());
    const auto r =
        run({"The economy faces a slowdown, the ministry said.",
             "The union said the strike would go ahead, but the minister said talks would continue.",
             "Celia Power said 70,000 claims had been filed, and that 15,000 cars were written off.",
             "Most economists polled said growth would slow."});
    ASSERT_NO_FATAL_FAILURE(
        expect_one(r, "The economy faces a slowdown", "the ministry", QuoteKind::indirect));
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "the strike would go ahead", "The union", QuoteKind::indirect));
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "talks would continue", "the minister", QuoteKind::indirect));
    EXPECT_EQ(with(r, "and that 15,000 cars were written off").size(), 1u);
    ASSERT_NO_FATAL_FAILURE(
        expect_one(r, "growth would slow", "Most economists polled", QuoteKind::indirect));
}

TEST(IndirectQuote, ADemonstrativeAfterAPrepositionOpensNoReport) {
    EXPECT_TRUE(run({"The brigade responded to 1,870 rural fires this year."}).quotes.empty());
}

TEST(IndirectQuote, AddedStressedNotedClaimedWarnedAccused) {
    const auto r = run({"Opposition leader Tomas Novak warned that prices would rise again in the spring.",
                        "Novak added that his party would table a motion on Tuesday.",
                        "He stressed that the motion was not about personalities.",
                        "He also noted that two ministers had already resigned.",
                        "Novak claimed the government had hidden the true cost of the project.",
                        "He accused the cabinet of misleading parliament about the deficit."});
    for (const std::string needle :
         {"prices would rise again", "table a motion", "not about personalities",
          "two ministers had already resigned", "hidden the true cost", "misleading parliament"})
        ASSERT_NO_FATAL_FAILURE(expect_one(r, needle, "Tomas Novak", QuoteKind::indirect));
}

TEST(IndirectQuote, SpeechVerbAfterTheContent) {
    const auto r =
        run({"The ceasefire will hold through the weekend, army spokesman Yusuf Demir said on Sunday."});
    ASSERT_NO_FATAL_FAILURE(
        expect_one(r, "The ceasefire will hold through the weekend", "Yusuf Demir", QuoteKind::indirect));
}

TEST(IndirectQuote, ParentheticalAttribution) {
    const auto r =
        run({"The talks were constructive, the envoy Rosa Delgado said, but no date had been agreed."});
    const auto found = with(r, "The talks were constructive");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(speaker(found[0]), "Rosa Delgado");
    ASSERT_EQ(found[0].parts.size(), 2u);
    EXPECT_EQ(found[0].text, "The talks were constructive but no date had been agreed");
}

TEST(IndirectQuote, ParticipialOpening) {
    const auto r = run({"Speaking to reporters in Geneva, Foreign Minister Hana Sato said the sanctions "
                        "would stay in place."});
    ASSERT_NO_FATAL_FAILURE(
        expect_one(r, "the sanctions would stay in place", "Hana Sato", QuoteKind::indirect));
}

TEST(IndirectQuote, SeveralQuotesInOneSentence) {
    const auto r =
        run({"Governor Alan Pierce dismissed the criticism and said the state had acted within the law."});
    ASSERT_NO_FATAL_FAILURE(
        expect_one(r, "the state had acted within the law", "Alan Pierce", QuoteKind::indirect));
}

TEST(IndirectQuote, JudgementVerbs) {
    const auto r = run({"Minister Clara Weiss called the proposal deeply irresponsible and described the "
                        "vote as a mistake."});
    ASSERT_NO_FATAL_FAILURE(
        expect_one(r, "the proposal deeply irresponsible", "Clara Weiss", QuoteKind::indirect));
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "the vote as a mistake", "Clara Weiss", QuoteKind::indirect));
}

TEST(IndirectQuote, ParticipleBetweenSubjectAndVerb) {
    const auto r =
        run({"Governor Nadia Haddad, speaking at a rally in the capital, said the vote would go ahead."});
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "the vote would go ahead", "Nadia Haddad", QuoteKind::indirect));
}

TEST(DirectQuote, ToldAnOutletAfterTheQuote) {
    const auto r = run({"“The harbour will reopen on Friday,” port director Kofi Mensah told the BBC."});
    ASSERT_NO_FATAL_FAILURE(
        expect_one(r, "The harbour will reopen on Friday,", "Kofi Mensah", QuoteKind::direct));
    EXPECT_EQ(r.quotes[0].cue, "told");
}

TEST(DirectQuote, AnAppositionBetweenTheSpeakerAndTheVerb) {
    const auto r = run({"\"The employers came with nothing new,\" Niels van der Berg, a spokesperson for the "
                        "union, told Reuters by telephone.",
                        "\"We remain open,\" Berg, the union's leader, said."});
    ASSERT_NO_FATAL_FAILURE(
        expect_one(r, "The employers came with nothing new,", "Niels van der Berg", QuoteKind::direct));
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "We remain open,", "Niels van der Berg", QuoteKind::direct));
}

TEST(DirectQuote, AClauseOfTimeAfterTheAddressee) {
    const auto r = run({"\"You exploited their trust,\" Justice Margaret Okonjo told the accused as she "
                        "delivered the sentence."});
    ASSERT_NO_FATAL_FAILURE(
        expect_one(r, "You exploited their trust,", "Justice Margaret Okonjo", QuoteKind::direct));
}

TEST(DirectQuote, AskedAfterAQuestion) {
    const auto r =
        run({"\"Who will feed this country next year?\" asked Joseph arap Kiprono, a farmers' leader."});
    ASSERT_NO_FATAL_FAILURE(
        expect_one(r, "Who will feed this country next year?", "Joseph arap Kiprono", QuoteKind::direct));
}

TEST(DirectQuote, ASpeakerLabelBeforeAColon) {
    // transcripts, interviews and live blogs name the speaker before a colon, with no verb
    const auto r =
        run({"09:30 GMT – Salim bin Nasser al-Harthy, Oman's energy minister, opening the meeting: "
             "“We came here to defend stability.”",
             "Al Jazeera's Leila Farouk asked the Kuwaiti minister about cuts.",
             "Farouk: “Is Kuwait ready to cut production again?”", "1/4/95: “By the way, it is over.”"});
    ASSERT_NO_FATAL_FAILURE(
        expect_one(r, "We came here to defend stability.", "Salim bin Nasser al-Harthy", QuoteKind::direct));
    ASSERT_NO_FATAL_FAILURE(
        expect_one(r, "Is Kuwait ready to cut production again?", "Leila Farouk", QuoteKind::direct));
}

// ---- not quotes -------------------------------------------------------------------------------------

TEST(NotQuote, AccordingToAfterAChangeFromAnAmountIsTheFiguresSource) {
    const auto r =
        run({"Officers fired their weapons in nine incidents in 2025, down from 14 in 2024, according to "
             "the department's annual use-of-force report."});
    EXPECT_TRUE(r.quotes.empty());
}

TEST(NotQuote, VerbsThatOnlyNameATopic) {
    const auto r =
        run({"President Luis Ortega thanked the rescue teams and praised their courage.",
             "He criticised the plan, rejected the proposals and emphasised the importance of dialogue.",
             "Ortega spoke about cooperation and raised the issue of funding.",
             "Ortega wants the region to take more refugees."});
    EXPECT_TRUE(r.quotes.empty()) << r.quotes.size() << ": " << (r.quotes.empty() ? "" : r.quotes[0].text);
}

TEST(NotQuote, NegatedSpeech) {
    const auto r = run({"The ministry's statement did not say how many flights were cancelled.",
                        "The coach never said that he would resign."});
    EXPECT_TRUE(r.quotes.empty());
}

TEST(IndirectQuote, TellingACourtAndAParticipleInsideTheClause) {
    const auto r =
        run({"One victim, Farida Siddiqui, told the court she had lost her pension.",
             "Abou Chakra said the shipment, financed under a credit line, was the first of three.",
             "The Italian coast guard said at the time that 84 people had been rescued.",
             "The office of Minister Sione Fifita said the government had committed money."});
    ASSERT_NO_FATAL_FAILURE(
        expect_one(r, "she had lost her pension", "Farida Siddiqui", QuoteKind::indirect));
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "was the first of three", "Abou Chakra", QuoteKind::indirect));
    ASSERT_NO_FATAL_FAILURE(
        expect_one(r, "84 people had been rescued", "The Italian coast guard", QuoteKind::indirect));
    ASSERT_NO_FATAL_FAILURE(
        expect_one(r, "the government had committed money", "Sione Fifita", QuoteKind::indirect));
}

TEST(IndirectQuote, AnotherSpeakerAfterAndStartsAnotherReport) {
    const auto r =
        run({"The ministry criticised the selection, and its spokesman, Oleg Tverdokhlebov, said in a "
             "statement that the artist had \"long ago stopped being one of us.\"",
             "Lavrov said the Russian Federation and the United States had agreed to appoint ambassadors."});
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "the artist had", "Oleg Tverdokhlebov", QuoteKind::mixed));
    EXPECT_TRUE(with(r, "the selection").empty()); // "criticised the selection" only names an act
    ASSERT_NO_FATAL_FAILURE(
        expect_one(r, "the United States had agreed to appoint ambassadors", "Lavrov", QuoteKind::indirect));
}

TEST(IndirectQuote, ADemandIsWhatSomeoneIsToDo) {
    const auto r = run({"Minister Yassine El Amrani urged both sides to return to talks.",
                        "Soy MP Daniel Rotich vowed to table a motion next week.",
                        "The union demanded that the port reopen."});
    ASSERT_NO_FATAL_FAILURE(
        expect_one(r, "both sides to return to talks", "Yassine El Amrani", QuoteKind::indirect));
    ASSERT_NO_FATAL_FAILURE(
        expect_one(r, "to table a motion next week", "Daniel Rotich", QuoteKind::indirect));
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "the port reopen", "The union", QuoteKind::indirect));
}

TEST(IndirectQuote, AnAddresseeAndWhatTheyAreToDoOrNot) {
    const auto r = run({"The agency advised drivers to avoid the motorway.",
                        "The board warned parents not to give children adult doses."});
    ASSERT_NO_FATAL_FAILURE(
        expect_one(r, "drivers to avoid the motorway", "The agency", QuoteKind::indirect));
    ASSERT_NO_FATAL_FAILURE(
        expect_one(r, "parents not to give children adult doses", "The board", QuoteKind::indirect));
}

TEST(IndirectQuote, AReportInAClauseBeforeTheMainOneEndsWithThatClause) {
    const auto r = run({"After Jones said the plant, which employs 300, would close, shares fell 5%.",
                        "While regulators say the reactor is safe, critics point to its age."});
    ASSERT_NO_FATAL_FAILURE(
        expect_one(r, "the plant, which employs 300, would close", "Jones", QuoteKind::indirect));
    EXPECT_EQ(with(r, "the plant")[0].text, "the plant, which employs 300, would close");
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "the reactor is safe", "regulators", QuoteKind::indirect));
    EXPECT_EQ(with(r, "the reactor")[0].text, "the reactor is safe");
}

TEST(IndirectQuote, AnAppositionOrAParticipleBetweenTheReportsSubjectAndItsVerb) {
    const auto r =
        run({"Police said the driver, a 40-year-old man from Leeds, was arrested at the scene.",
             "Akira Saito said the mission, known as LUPEX, remained on track.",
             "Emaar reported a net profit of Dh6.9 billion, a 57 per cent rise, helped by sales."});
    ASSERT_NO_FATAL_FAILURE(expect_one(r,
                                       "the driver, a 40-year-old man from Leeds, was arrested at the scene",
                                       "Police", QuoteKind::indirect));
    ASSERT_NO_FATAL_FAILURE(
        expect_one(r, "the mission, known as LUPEX, remained on track", "Akira Saito", QuoteKind::indirect));
    EXPECT_TRUE(with(r, "net profit").empty());
}

TEST(IndirectQuote, AccordingToAfterAnAmountWithABoundIsTheFiguresSource) {
    const auto r = run({"At least 40 people are missing, according to the coast guard."});
    EXPECT_TRUE(r.quotes.empty());
}

TEST(IndirectQuote, AClauseRightAfterTheOccasionOrATimeToldWithoutAPreposition) {
    const auto r = run({"Economists at ING said in a note the recovery would be slow.",
                        "Greenfield Mining said last month it would close two mines."});
    ASSERT_NO_FATAL_FAILURE(
        expect_one(r, "the recovery would be slow", "Economists at ING", QuoteKind::indirect));
    EXPECT_EQ(with(r, "two mines")[0].text, "it would close two mines");
}

TEST(DirectQuote, AnAttributionEndingOnATimeOfDayOrAnAbbreviationWithItsStop) {
    const auto r = run({"\"We will rebuild,\" Mayor Ann Cole said late on Monday.",
                        "\"It is over,\" Cole told reporters shortly after 1 a.m.",
                        "Cole said the bridge would reopen in the spring, like others in the U.S."});
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "We will rebuild,", "Ann Cole", QuoteKind::direct));
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "It is over,", "Ann Cole", QuoteKind::direct));
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "the bridge would reopen", "Ann Cole", QuoteKind::indirect));
}

TEST(DirectQuote, ANameInCommasAfterAnUnnamedRoleIsTheSpeaker) {
    const auto r = run({"\"We were terrified,\" said one passenger, Ahmed Ali, 34.",
                        "\"We lost everything,\" a local resident, Maria Santos, said.",
                        "\"It is over,\" said a company spokesman, John Reed, who declined to elaborate."});
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "We were terrified,", "Ahmed Ali", QuoteKind::direct));
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "We lost everything,", "Maria Santos", QuoteKind::direct));
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "It is over,", "John Reed", QuoteKind::direct));
}

TEST(IndirectQuote, QuotedByAnOutletAsSaying) {
    const auto r =
        run({"Dmitry Peskov was quoted by the Interfax news agency as saying that no date had been set."});
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "no date had been set", "Dmitry Peskov", QuoteKind::indirect));
}

TEST(IndirectQuote, AnAbsoluteClauseWithItsOwnSpeaker) {
    const auto r = run({"The Kremlin said a summit was not planned, with spokesman Dmitry Peskov telling "
                        "reporters that no date had been set.",
                        "He left the room with reporters shouting questions."});
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "a summit was not planned", "The Kremlin", QuoteKind::indirect));
    EXPECT_EQ(with(r, "a summit")[0].text, "a summit was not planned");
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "no date had been set", "Dmitry Peskov", QuoteKind::indirect));
    EXPECT_TRUE(with(r, "questions").empty());
}

TEST(IndirectQuote, ARelativeClauseOrAParticipleOnTheSpeakerWithoutCommas) {
    const auto r = run({"A senior official who did not wish to be named said the file had been cleared.",
                        "People who live near the plant say the air is thick with smoke.",
                        "Doctors treating the injured said most were in stable condition.",
                        "\"It was chaos,\" a witness who asked not to be named told the BBC.",
                        "The roads were shut, residents living nearby said."});
    ASSERT_NO_FATAL_FAILURE(
        expect_one(r, "the file had been cleared", "A senior official", QuoteKind::indirect));
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "the air is thick", "People", QuoteKind::indirect));
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "most were in stable", "Doctors", QuoteKind::indirect));
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "It was chaos,", "a witness", QuoteKind::direct));
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "The roads were shut", "residents", QuoteKind::indirect));
}

TEST(IndirectQuote, AnAppositionsRelativeClauseLeavesTheNamedSpeaker) {
    const auto r =
        run({"Dr Emeka Okonkwo, an asteroid specialist at the Lagos Institute of Space Science who is "
             "not involved in the mission, says the signal could be explained by space weathering.",
             "NCPB managing director Abdullahi Hassan Farah said the board had bought 1.2 million bags."});
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "the signal could be", "Emeka Okonkwo", QuoteKind::indirect));
    ASSERT_NO_FATAL_FAILURE(
        expect_one(r, "the board had bought", "Abdullahi Hassan Farah", QuoteKind::indirect));
}

TEST(IndirectQuote, AccordingToAnObjectPronoun) {
    const auto r = run({"Jane Doe runs the clinic. According to her, demand has doubled."});
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "demand has doubled", "Jane Doe", QuoteKind::indirect));
}

TEST(IndirectQuote, VerbsOfSayingInIndianAndNigerianUsage) {
    const auto r = run({"The Chief Minister opined that the project would create jobs.",
                        "Hoenig intimated that policy makers should not be beholden to monthly data.",
                        "John Smith pleaded guilty to fraud.", "Fans shouted abuse at the referee."});
    ASSERT_NO_FATAL_FAILURE(
        expect_one(r, "the project would create jobs", "The Chief Minister", QuoteKind::indirect));
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "policy makers should not", "Hoenig", QuoteKind::indirect));
    EXPECT_TRUE(with(r, "guilty").empty());
    EXPECT_TRUE(with(r, "abuse").empty());
}

TEST(IndirectQuote, SayingOrNotingAfterAReportIsAnActOfItsOwnAddingAndCallingGoOn) {
    const auto r =
        run({"The mayor urged residents to stay indoors, saying the storm was the worst in a decade.",
             "The minister said the talks had failed, adding that no date had been set.",
             "Putin criticised the reaction from the EU, calling it inappropriate."});
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "residents to stay indoors", "The mayor", QuoteKind::indirect));
    EXPECT_EQ(with(r, "residents to stay")[0].text, "residents to stay indoors");
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "the storm was the worst", "The mayor", QuoteKind::indirect));
    EXPECT_EQ(with(r, "the talks had failed")[0].text,
              "the talks had failed, adding that no date had been set");
    EXPECT_EQ(with(r, "the reaction")[0].text, "the reaction from the EU, calling it inappropriate");
}

TEST(IndirectQuote, AsidesOnThePersonBetweenTheNameAndTheVerb) {
    const auto r =
        run({"Maria Lopez, 45, from Seville, said the water had reached her door.",
             "Professor Jan Berg, of Uppsala University, said the results were surprising.",
             "Mei Lin Tan, one of 46 researchers behind the study, said the result was the closest yet.",
             "\"We were lucky,\" Sara Holm, now 52 and a professor at Lund, says.",
             "Mum-of-three Kelly Brennan told the Mirror she shops at both chains."});
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "the water had reached", "Maria Lopez", QuoteKind::indirect));
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "the results were surprising", "Jan Berg", QuoteKind::indirect));
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "the result was the closest", "Mei Lin Tan", QuoteKind::indirect));
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "We were lucky,", "Sara Holm", QuoteKind::direct));
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "she shops at both", "Kelly Brennan", QuoteKind::indirect));
}

TEST(IndirectQuote, APronounSubjectsSecondVerbAfterANegatedFirst) {
    const auto r =
        run({"Gareth Lyall runs the agency. He would not comment, but said the agency was working with "
             "police."});
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "the agency was working", "Gareth Lyall", QuoteKind::indirect));
}

TEST(IndirectQuote, APluralNounThatIsANameTooBeforeItsPlainVerb) {
    const auto r = run({"Officials said the two bridges share a design."});
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "the two bridges share", "Officials", QuoteKind::indirect));
}

TEST(IndirectQuote, AClauseRightAfterTheDayOrTheOccasionAfterTheAddressee) {
    const auto r = run({"Interior Minister Karl Weber said on Monday the border would reopen next week.",
                        "Anna Whitcombe told reporters on a call the decision was a big mistake."});
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "the border would reopen", "Karl Weber", QuoteKind::indirect));
    ASSERT_NO_FATAL_FAILURE(
        expect_one(r, "the decision was a big mistake", "Anna Whitcombe", QuoteKind::indirect));
}

TEST(IndirectQuote, AnotherSpeakersReportAfterAParentheticalAttribution) {
    const auto r =
        run({"Power was restored to most homes, the grid operator said, but officials warned that more "
             "outages were possible."});
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "Power was restored", "the grid operator", QuoteKind::indirect));
    EXPECT_EQ(with(r, "Power was restored")[0].text, "Power was restored to most homes");
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "more outages were possible", "officials", QuoteKind::indirect));
}

TEST(IndirectQuote, AsPutItAndClausesWithAnAdverbOrToAndFrom) {
    ASSERT_NO_FATAL_FAILURE(expect_one(run({"As one analyst put it, the market is spooked."}),
                                       "the market is spooked", "one analyst", QuoteKind::indirect));
    ASSERT_NO_FATAL_FAILURE(expect_one(run({"Economists say prices still rise."}), "prices still rise",
                                       "Economists", QuoteKind::indirect));
    ASSERT_NO_FATAL_FAILURE(expect_one(run({"Officials said flights to and from the island were cancelled."}),
                                       "flights to and from", "Officials", QuoteKind::indirect));
}

TEST(Speaker, PeopleCountedSourcesCloseToAPersonAndPortfolios) {
    ASSERT_NO_FATAL_FAILURE(expect_one(run({"The deal was off, two of the people said."}), "The deal was off",
                                       "two of the people", QuoteKind::indirect));
    ASSERT_NO_FATAL_FAILURE(expect_one(run({"A source close to Danny Rowe said the striker would sign."}),
                                       "the striker would sign", "A source close to Danny Rowe",
                                       QuoteKind::indirect));
    ASSERT_NO_FATAL_FAILURE(
        expect_one(run({"Housing Minister Clara Diaz has called the plan \"a disgrace\"."}), "a disgrace",
                   "Clara Diaz", QuoteKind::mixed));
    ASSERT_NO_FATAL_FAILURE(
        expect_one(run({"The ban will stay, the Minister of Health, Dr Ana Silva, said."}),
                   "The ban will stay", "Ana Silva", QuoteKind::indirect));
}

TEST(IndirectQuote, ASingularSubjectsVerbInSAfterSaid) {
    ASSERT_NO_FATAL_FAILURE(
        expect_one(run({"Finance Minister Rodrigo Alencar said the government respects the "
                        "central bank."}),
                   "the government respects", "Rodrigo Alencar", QuoteKind::indirect));
    ASSERT_NO_FATAL_FAILURE(expect_one(run({"The firm says the data never leaves the phone."}),
                                       "the data never leaves", "The firm", QuoteKind::indirect));
    EXPECT_TRUE(run({"Drew recalls his weekend adventures."}).quotes.empty());
}

TEST(IndirectQuote, ARelativeWhoSaidAfterAPrepositionAndAnAsideBeforeThat) {
    ASSERT_NO_FATAL_FAILURE(
        expect_one(run({"The strike was led by nurses, who said they had not been paid."}),
                   "they had not been paid", "nurses", QuoteKind::indirect));
    ASSERT_NO_FATAL_FAILURE(expect_one(run({"Energy minister Karl Berg told state radio, in comments made in "
                                            "German, that the plant would close in May."}),
                                       "the plant would close", "Karl Berg", QuoteKind::indirect));
}

TEST(IndirectQuote, GuaranteedAndTheLongestAddressee) {
    ASSERT_NO_FATAL_FAILURE(expect_one(run({"Minister Ana Costa guaranteed that no jobs would be lost."}),
                                       "no jobs would be lost", "Ana Costa", QuoteKind::indirect));
    const auto r = run({"Steve Halloran told the club website he was ready to step in."});
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "he was ready", "Steve Halloran", QuoteKind::indirect));
    EXPECT_EQ(r.quotes[0].text, "he was ready to step in");
}

TEST(IndirectQuote, TheWritersContrastAfterButEndsTheReport) {
    const auto r =
        run({"The alliance says it represents ten unions, but at least three unions left last year."});
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "it represents ten unions", "The alliance", QuoteKind::indirect));
    EXPECT_EQ(r.quotes[0].text, "it represents ten unions");
    // (a modal is the report's own tense shifted back)
    const auto shifted = run({"The agency said activity had declined, but the alert would remain in place."});
    ASSERT_EQ(shifted.quotes.size(), 1u);
    EXPECT_EQ(shifted.quotes[0].text, "activity had declined, but the alert would remain in place");
}

TEST(IndirectQuote, AccordingToASourceWithARelativeClause) {
    const auto r = run({"According to Anna Berg, who chairs the board, the merger is dead."});
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "the merger is dead", "Anna Berg", QuoteKind::indirect));
    EXPECT_EQ(r.quotes[0].text, "the merger is dead");
}

TEST(IndirectQuote, AnIndefiniteSpeakerDescribedAtLengthAndTheWritersComment) {
    const auto r =
        run({"A Bank of Japan official said the turmoil would not derail a hike in July, but another "
             "person familiar with the bank's thinking said a delay was now possible."});
    ASSERT_NO_FATAL_FAILURE(
        expect_one(r, "the turmoil would not derail", "A Bank of Japan official", QuoteKind::indirect));
    EXPECT_EQ(with(r, "the turmoil")[0].text, "the turmoil would not derail a hike in July");
    ASSERT_EQ(with(r, "a delay was now possible").size(), 1u);
    const auto c =
        run({"Shinji Tamura said his party would vote in favour, a decision that makes passage likely."});
    ASSERT_EQ(c.quotes.size(), 1u);
    EXPECT_EQ(c.quotes[0].text, "his party would vote in favour");
}

TEST(IndirectQuote, WhatTheSpeakerDidNotSayEndsTheReport) {
    const auto r =
        run({"The ANC said the party \"respects the judgment\", but it did not say whether Mokoena would "
             "be expelled."});
    ASSERT_EQ(r.quotes.size(), 1u);
    EXPECT_EQ(r.quotes[0].text, "the party \"respects the judgment\"");
}

TEST(IndirectQuote, AccordingToASourceDescribedByAWhoClause) {
    const auto r =
        run({"According to a Vietnamese official who took part in the talks, Hanoi insisted on removing "
             "the clause."});
    ASSERT_EQ(r.quotes.size(), 1u);
    EXPECT_EQ(speaker(r.quotes[0]), "a Vietnamese official");
    EXPECT_EQ(r.quotes[0].text, "Hanoi insisted on removing the clause");
}

TEST(IndirectQuote, AParticiplesActAfterACommaInsideClosingMarks) {
    const auto r =
        run({"Rachel Feld said the price reflected \"scarcity more than mania,\" noting that fewer than 20 "
             "canvases remain."});
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "scarcity more than mania", "Rachel Feld", QuoteKind::mixed));
    ASSERT_NO_FATAL_FAILURE(
        expect_one(r, "fewer than 20 canvases remain", "Rachel Feld", QuoteKind::indirect));
}

TEST(IndirectQuote, ANounBeforeToIsNoInfinitiveAndAnApologyReportsNothing) {
    ASSERT_NO_FATAL_FAILURE(expect_one(run({"Campaigners say visits to the branches were rising."}),
                                       "visits to the branches", "Campaigners", QuoteKind::indirect));
    ASSERT_NO_FATAL_FAILURE(expect_one(run({"The railroad said the line would reopen on Friday."}),
                                       "the line would reopen", "The railroad", QuoteKind::indirect));
    ASSERT_NO_FATAL_FAILURE(
        expect_one(run({"Rep. Anna Cole (D-Texas) criticised the bill and said it was rushed."}),
                   "it was rushed", "Rep. Anna Cole", QuoteKind::indirect));
    EXPECT_TRUE(run({"Helen Strachan said sorry to shareholders."}).quotes.empty());
}

TEST(IndirectQuote, APluralSubjectsPlainVerbAndAContractedPronounReport) {
    const auto r = run({"Two climbers remain missing, rescuers said.",
                        "Dave Jacobs called. He said it's not a problem because he had spare capacity."});
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "Two climbers remain missing", "rescuers", QuoteKind::indirect));
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "it's not a problem", "Dave Jacobs", QuoteKind::indirect));
}

TEST(IndirectQuote, RecommendingCallingOnAndAStatementSaying) {
    const auto r = run({"The board recommended that the airport close the taxiway at night.",
                        "The union called on the airline to hire 300 more staff.",
                        "The ministry released a statement saying the tax would be cut in July."});
    ASSERT_NO_FATAL_FAILURE(
        expect_one(r, "the airport close the taxiway at night", "The board", QuoteKind::indirect));
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "to hire 300 more staff", "The union", QuoteKind::indirect));
    ASSERT_NO_FATAL_FAILURE(
        expect_one(r, "the tax would be cut in July", "The ministry", QuoteKind::indirect));
}

TEST(NotQuote, ASpeechWordAfterAPrepositionIsANoun) {
    const auto r = run({"In France, unions at state operator SNCF held eight days of strikes."});
    EXPECT_TRUE(r.quotes.empty());
}

TEST(NotQuote, AnActAndThenAnotherOrAScoreBeforeAConjunction) {
    const auto r =
        run({"The firm reported record quarterly revenue on Wednesday and forecast sales above expectations.",
             "Opener Raj Patel added 45 not out as the hosts won."});
    EXPECT_TRUE(r.quotes.empty());
}

TEST(IndirectQuote, AWritersContrastAfterTheReportIsNotPartOfIt) {
    const auto r =
        run({"The union called the offer \"an insult\", although it did not rule out further talks.",
             "Doctors warned that clinics would \u201crun out of vaccine,\u201d while officials called the "
             "warning premature."});
    ASSERT_EQ(with(r, "an insult").size(), 1u);
    EXPECT_EQ(with(r, "an insult")[0].text, "the offer \"an insult\"");
    ASSERT_EQ(with(r, "run out of vaccine").size(), 1u);
    EXPECT_EQ(with(r, "run out of vaccine")[0].text, "clinics would \u201crun out of vaccine,\u201d");
}

TEST(IndirectQuote, AParticipleAsideInTheReportsSubjectAndABoundCountOpeningIt) {
    const auto r = run({"The board said the Airbus, carrying 268 passengers, was travelling at 128 knots.",
                        "The union said about one in three of the staff were on temporary contracts."});
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "the Airbus, carrying 268 passengers, was travelling at 128 knots",
                                       "The board", QuoteKind::indirect));
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "about one in three of the staff were on temporary contracts",
                                       "The union", QuoteKind::indirect));
}

TEST(IndirectQuote, TheReportEndsBeforeAnotherActOrAnotherSpeakersReport) {
    const auto r =
        run({"The minister said the road would reopen \"within weeks\" and thanked the engineers.",
             "The firm said it would \"press ahead,\" but declined to say when.",
             "Aid groups said food was running out, and a local official, who asked not to be named, "
             "warned that the camp was close to collapse."});
    EXPECT_EQ(with(r, "within weeks")[0].text, "the road would reopen \"within weeks\"");
    EXPECT_EQ(with(r, "press ahead")[0].text, "it would \"press ahead,\"");
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "food was running out", "Aid groups", QuoteKind::indirect));
    ASSERT_NO_FATAL_FAILURE(
        expect_one(r, "the camp was close to collapse", "a local official", QuoteKind::indirect));
}

TEST(DirectQuote, AClauseOfTimeAfterTheAttributionIsNoReport) {
    const auto r = run({"\"This is the end of an era,\" Lopez said as she left the stadium."});
    ASSERT_EQ(r.quotes.size(), 1u);
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "This is the end of an era,", "Lopez", QuoteKind::direct));
}

TEST(NotQuote, AQuestionsTopicARequestForOneselfAndAModifier) {
    const auto r = run({"Atletico and Betis both asked about the striker this summer.",
                        "He asked not to be named because the talks are private."});
    EXPECT_TRUE(r.quotes.empty());
    const auto s = run({"Floods have affected 1.1 million people, state officials said."});
    ASSERT_NO_FATAL_FAILURE(
        expect_one(s, "Floods have affected 1.1 million people", "state officials", QuoteKind::indirect));
}

TEST(IndirectQuote, AnIrregularPastReportsBeforeAnAttributionAfterIt) {
    const auto r = run({"Floodwaters swept through Bangladesh on Saturday, officials said.",
                        "Thousands fled the city, witnesses said."});
    ASSERT_NO_FATAL_FAILURE(
        expect_one(r, "Floodwaters swept through Bangladesh on Saturday", "officials", QuoteKind::indirect));
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "Thousands fled the city", "witnesses", QuoteKind::indirect));
}

TEST(DirectQuote, AQuestionInMarksEndsItsSentenceBeforeACapital) {
    const auto r =
        run({"Her mother said, \"Is that something we can see?\" Wiig smiles and says, \"They are still "
             "getting used to it.\""});
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "Is that something we can see?", "Her mother", QuoteKind::direct));
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "They are still getting used to it.", "Wiig", QuoteKind::direct));
}

TEST(IndirectQuote, PageFurnitureAfterTheLastSentenceAndTheTimeOfTheReport) {
    const auto r =
        run({"Exxon said its terminal in Memphis remained closed. (Reporting by David Bailey; Editing by "
             "Dan Grebler)",
             "Residents say the offer is too little, three months after the river burst its banks."});
    ASSERT_NO_FATAL_FAILURE(
        expect_one(r, "its terminal in Memphis remained closed", "Exxon", QuoteKind::indirect));
    const auto found = with(r, "the offer is too little");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].text, "the offer is too little");
}

TEST(NotQuote, APassiveSubjectDidNotSpeak) {
    const auto r = run({"News organisations have been threatened and chastised by the government.",
                        "Cabinet ministers were warned that the budget would be tight."});
    EXPECT_TRUE(r.quotes.empty());
}

TEST(NotQuote, HeadingsAndInfinitives) {
    const auto r = run({"What the minister said",
                        "The two governments agreed to resume flights that were halted in March."});
    EXPECT_TRUE(r.quotes.empty());
}

TEST(NotQuote, ASpeechWordAfterOfIsANoun) {
    const auto r = run({"\"We will win,\" said Rubio, the secretary of state.",
                        "He declared a state of emergency. The head of state said the talks were useful."});
    ASSERT_EQ(r.quotes.size(), 2u);
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "We will win,", "Rubio", QuoteKind::direct));
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "the talks were useful", "The head of state", QuoteKind::indirect));
}

// ---- speakers -------------------------------------------------------------------------------------

TEST(Speaker, TheOppositionSpeaksAsABody) {
    const auto r = run({"The opposition accused the government of “hiding the true cost” of the project."});
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "hiding the true cost", "The opposition", QuoteKind::mixed));
}

TEST(Speaker, PronounResolvesToThePersonMeant) {
    const auto r = run({"German Chancellor Petra Vogel met farmers in Bavaria on Friday.",
                        "She said the subsidies would be paid before the harvest."});
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "the subsidies would be paid", "Petra Vogel", QuoteKind::indirect));
}

TEST(Speaker, RoleNounResolvesToThePersonMeant) {
    const auto r =
        run({"Brazilian President Joana Lima arrived in Lisbon on Monday.",
             "The Brazilian leader told a news conference that trade would double within five years."});
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "trade would double", "Joana Lima", QuoteKind::indirect));
    bool alias = false;
    for (const auto& p : r.people)
        if (p.name == "Joana Lima")
            for (const auto& a : p.aliases)
                alias = alias || a == "The Brazilian leader";
    EXPECT_TRUE(alias);
}

TEST(Speaker, GeneralRoleNounCoversTheSpecificOne) {
    const auto r = run({"Deputy Foreign Minister Pavel Orlov arrived in Vienna on Monday.",
                        "“We are ready to talk,” the diplomat told reporters."});
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "We are ready to talk,", "Pavel Orlov", QuoteKind::direct));
}

TEST(Speaker, SpokespersonBeforeTheName) {
    const auto r = run({"Kremlin spokesman Oleg Markov said the meeting had been postponed.",
                        "“There is no new date yet,” the Kremlin spokesman said."});
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "There is no new date yet,", "Oleg Markov", QuoteKind::direct));
}

TEST(Speaker, AppositionAfterTheName) {
    const auto r =
        run({"Ruth Adler, the head of the refugee agency, said that camps were running out of water."});
    ASSERT_NO_FATAL_FAILURE(
        expect_one(r, "camps were running out of water", "Ruth Adler", QuoteKind::indirect));
    ASSERT_FALSE(r.people.empty());
    EXPECT_EQ(r.people[0].roles.size(), 1u);
}

TEST(Speaker, GroupsAndBodies) {
    const auto r = run({"Analysts said the merger would face a long review.",
                        "The foreign ministry said it had summoned the ambassador.",
                        "Both sides said they were ready to meet again."});
    ASSERT_NO_FATAL_FAILURE(
        expect_one(r, "the merger would face a long review", "Analysts", QuoteKind::indirect));
    ASSERT_NO_FATAL_FAILURE(
        expect_one(r, "it had summoned the ambassador", "The foreign ministry", QuoteKind::indirect));
    ASSERT_NO_FATAL_FAILURE(
        expect_one(r, "they were ready to meet again", "Both sides", QuoteKind::indirect));
}

TEST(IndirectQuote, AClauseWithoutThatFoundByItsVerb) {
    // a verb in the present or an irregular past, or a number after a preposition, opens the clause
    const auto r =
        run({"Aroha Ngata, whose family has lived there since 1950, says the valuation ignores the cost.",
             "The port authority said about 40 vessels were waiting at anchor.",
             "Chen Wei said the company took the decision in May."});
    ASSERT_NO_FATAL_FAILURE(
        expect_one(r, "the valuation ignores the cost", "Aroha Ngata", QuoteKind::indirect));
    ASSERT_NO_FATAL_FAILURE(
        expect_one(r, "about 40 vessels were waiting at anchor", "The port authority", QuoteKind::indirect));
    ASSERT_NO_FATAL_FAILURE(
        expect_one(r, "the company took the decision in May", "Chen Wei", QuoteKind::indirect));
}

TEST(Speaker, AnAgeOrAPartyBetweenTheNameAndTheVerb) {
    const auto r = run({"Kingsbury captain Tom Ellery, 34, said the result was for the town.",
                        "\"You cannot do that,\" Sen. Marisol Ortega (D-Ariz.) said at a hearing."});
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "the result was for the town", "Tom Ellery", QuoteKind::indirect));
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "You cannot do that,", "Sen. Marisol Ortega", QuoteKind::direct));
}

TEST(Speaker, AHyphenatedGivenNameFollowsTheFamilyName) {
    const auto r = run({"The sale reflects a wish to focus, said Kim Ji-san, an analyst at Kium Securities.",
                        "\"The deal shows Samsung is determined,\" Kim said."});
    ASSERT_NO_FATAL_FAILURE(
        expect_one(r, "The sale reflects a wish to focus", "Kim Ji-san", QuoteKind::indirect));
    ASSERT_NO_FATAL_FAILURE(
        expect_one(r, "The deal shows Samsung is determined,", "Kim Ji-san", QuoteKind::direct));
}

TEST(Speaker, AnAppositionByRoleAndAnAddresseeByTitle) {
    const auto r =
        run({"\"Wage growth does not add up to an emergency,\" Rachel Ibarra, chief economist at Keel "
             "Securities, wrote in a note to clients.",
             "\"We face a difficult night,\" spokesperson Yannis Mavrou told state broadcaster ERT.",
             "In a post on X, former Fed economist Marcus Oyelaran wrote: \"The average is the signal.\"",
             "\"People were upset,\" former Google engineer and Gmail inventor Paul Buchheit told Edwards."});
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "does not add up", "Rachel Ibarra", QuoteKind::direct));
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "difficult night", "Yannis Mavrou", QuoteKind::direct));
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "the signal", "Marcus Oyelaran", QuoteKind::direct));
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "People were upset", "Paul Buchheit", QuoteKind::direct));
}

TEST(Speaker, APersonOfAnOrganisationAndAnInstitutionWithAnAnd) {
    const auto r = run({"\"Good news,\" chief economist Raj Patel of HSBC said.",
                        "\"Talks resume,\" said Secretary of State Marco Rubio.",
                        "The Department of Foreign Affairs and Trade said flights were cancelled."});
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "Good news", "Raj Patel", QuoteKind::direct));
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "Talks resume", "Marco Rubio", QuoteKind::direct));
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "flights were cancelled",
                                       "The Department of Foreign Affairs and Trade", QuoteKind::indirect));
    // a name is no word of English: two speakers
    EXPECT_EQ(run({"The Ministry of Defence and Lavrov said it was over."}).quotes.size(), 2u);
}

TEST(Speaker, ATitleInMarksAfterTheOutletAndASeniorRoleAfterTheName) {
    const auto r =
        run({"\"A 25 basis-point move is not enough,\" Homin Lee, senior strategist at Lombard Odier, "
             "told CNBC's \"Squawk Box Asia\" on Friday.",
             "Ueda acknowledged the burden on borrowers but said the economy could take it."});
    ASSERT_NO_FATAL_FAILURE(
        expect_one(r, "A 25 basis-point move is not enough", "Homin Lee", QuoteKind::direct));
    EXPECT_TRUE(with(r, "Squawk Box").empty());
    EXPECT_TRUE(with(r, "the burden on borrowers").empty());
    EXPECT_EQ(with(r, "the economy could take it").size(), 1u);
}

TEST(Speaker, AnUnnamedHolderOfARoleIsNobodyNamedBefore) {
    const auto r = run({"Finance Minister Muhammad Aurangzeb spoke on Monday.",
                        "A senior finance ministry official told Dawn that the deal was close."});
    ASSERT_NO_FATAL_FAILURE(
        expect_one(r, "the deal was close", "A senior finance ministry official", QuoteKind::indirect));
}

TEST(Speaker, AGivenNamesSecondSyllableMayBeAWordAndTwoGivenNamesDiffer) {
    const auto r = run({"President Lee Jae-myung has promised reform.",
                        "\"The defendant neglected his duty,\" Judge Kim Hye-won said in the ruling.",
                        "\"The law has no teeth,\" said Professor Lee Jung-hoon of Korea University."});
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "neglected his duty", "Kim Hye-won", QuoteKind::direct));
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "no teeth", "Lee Jung-hoon", QuoteKind::direct));
    // an initial still names the same person
    const auto j = run({"John Smith arrived.", "\"We won,\" said J. Smith."});
    ASSERT_NO_FATAL_FAILURE(expect_one(j, "We won", "John Smith", QuoteKind::direct));
}

TEST(Speaker, ADescriptionByNationalityOrPartyRefersBack) {
    const auto r = run(
        {"Kingsbury manager Javier Ruiz de la Fuente praised the crowd.",
         "\"Maybe I cry later,\" the Spaniard joked.", "Sen. Dale Whitcomb (R-Wyo.) struck a different note.",
         "Asked about the cuts, the Wyoming Republican said, \"Everything is on the table.\""});
    ASSERT_NO_FATAL_FAILURE(
        expect_one(r, "Maybe I cry later,", "Javier Ruiz de la Fuente", QuoteKind::direct));
    ASSERT_NO_FATAL_FAILURE(
        expect_one(r, "Everything is on the table.", "Sen. Dale Whitcomb", QuoteKind::direct));
    for (const auto& p : r.people)
        EXPECT_NE(p.name, "Wyoming Republican");
}

TEST(Speaker, AnAmountOfPeopleSpeaksAsThePeople) {
    const auto r =
        run({"ELDORET — Hundreds of maize farmers in the North Rift marched on the depot, accusing the "
             "government of abandoning them."});
    const auto found = with(r, "the government of abandoning them");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_NE(speaker(found[0]).find("farmers"), std::string::npos) << speaker(found[0]); // not "Hundreds"
}

TEST(Speaker, AnAppositionOrAnOfPhraseWithNamesInsideDescribesTheSpeaker) {
    const auto r =
        run({"Suzann Pettersen, a golfing partner of Donald Trump, says the president \"cheats like hell\" "
             "at golf.",
             "\"It was a theatrical election,\" Monzer Akbik of the Western-backed National Coalition "
             "opposition group told Reuters.",
             "The Knoxville, Tennessee-based company said it had profit of 50 cents per share.",
             "Mueller later sued the singer for damages, claiming he had been falsely accused."});
    ASSERT_NO_FATAL_FAILURE(
        expect_one(r, "the president \"cheats like hell\" at golf", "Suzann Pettersen", QuoteKind::mixed));
    ASSERT_NO_FATAL_FAILURE(
        expect_one(r, "It was a theatrical election,", "Monzer Akbik", QuoteKind::direct));
    ASSERT_NO_FATAL_FAILURE(
        expect_one(r, "it had profit of 50 cents per share", "Tennessee-based company", QuoteKind::indirect));
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "he had been falsely accused", "Mueller", QuoteKind::indirect));
}

TEST(Speaker, AnAcronymIsABodyThatTheyPointsBackAt) {
    const auto r =
        run({"The RCMP said the man had several weapons on him. They said he was loose for 13 minutes.",
             "Still, some economists have doubts. They note that regulations may explain the drop."});
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "he was loose for 13 minutes", "The RCMP", QuoteKind::indirect));
    // a group that was the subject of the sentence before is what "they" points back at
    ASSERT_NO_FATAL_FAILURE(
        expect_one(r, "regulations may explain the drop", "some economists", QuoteKind::indirect));
}

TEST(Speaker, AClauseSetOffByCommasIsNeverTheSubject) {
    const auto r =
        run({"Lawyer Kwame Asante-Boateng, who represents the drivers, called the decision \"a line in the "
             "sand.\"",
             "Engineer Muhammad Hafiz Ismail, 29, who works in Tuas, says he leaves home at 4.30am.",
             "Okoye and Marchetti both said they would not seek a recount."});
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "a line in the sand.", "Kwame Asante-Boateng", QuoteKind::mixed));
    ASSERT_NO_FATAL_FAILURE(
        expect_one(r, "he leaves home at 4.30am", "Muhammad Hafiz Ismail", QuoteKind::indirect));
    const auto both = with(r, "they would not seek a recount");
    ASSERT_EQ(both.size(), 2u);
    EXPECT_EQ(speaker(both[0]), "Okoye");
    EXPECT_EQ(speaker(both[1]), "Marchetti");
}

TEST(Speaker, AnAgeDescriptionRefersBackAndAStatementBetweenCommasIsSkipped) {
    const auto r = run({"Johan Pretorius, who runs a bakery, said he had closed. \"No water, no bread,\" the "
                        "58-year-old said.",
                        "The FRA, in a statement issued on Saturday, maintained that the scheme was fair.",
                        "Rosa Ferreira said by phone that she had been on a night shift.",
                        "\"Water is life,\" Sheikh Hamdan said in remarks carried by the agency."});
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "No water, no bread,", "Johan Pretorius", QuoteKind::direct));
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "the scheme was fair", "The FRA", QuoteKind::indirect));
    ASSERT_NO_FATAL_FAILURE(
        expect_one(r, "she had been on a night shift", "Rosa Ferreira", QuoteKind::indirect));
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "Water is life,", "Hamdan", QuoteKind::direct));
    EXPECT_TRUE(with(r, "remarks carried").empty());
}

TEST(Speaker, InAStatementMakesTheSpeakerItsIssuer) {
    const auto r = run({"In a statement, the Canadian Armed Forces said Hurren is a reservist.",
                        "\"He was not part of any task,\" the statement says."});
    ASSERT_NO_FATAL_FAILURE(
        expect_one(r, "He was not part of any task,", "the Canadian Armed Forces", QuoteKind::direct));
}

TEST(Speaker, ADatelineIsNoSpeaker) {
    const auto r = run({"KUALA LUMPUR, May 14 — Prime Minister Azman Yusof today defended the decision, "
                        "saying the savings would be returned in full."});
    ASSERT_NO_FATAL_FAILURE(
        expect_one(r, "the savings would be returned in full", "Azman Yusof", QuoteKind::indirect));
}

TEST(Speaker, StatementSpeaksForItsIssuer) {
    const auto r =
        run({"The plant will close in June. This was stated in a statement by the company's chief executive, "
             "Mark Ellis.",
             "“We regret the impact on our staff,” the statement said."});
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "The plant will close in June", "Mark Ellis", QuoteKind::indirect));
    ASSERT_NO_FATAL_FAILURE(
        expect_one(r, "We regret the impact on our staff,", "Mark Ellis", QuoteKind::direct));
}

TEST(Speaker, SeveralSpeakersOneRecordEach) {
    const auto r =
        run({"Both Ahmed Karimi and Lucia Ferri have said the deal must be signed before winter."});
    const auto found = with(r, "the deal must be signed before winter");
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(speaker(found[0]), "Ahmed Karimi");
    EXPECT_EQ(speaker(found[1]), "Lucia Ferri");
}

TEST(Speaker, FullestNameAndMentions) {
    const auto r =
        run({"Senator Grace Whitfield opened the hearing.",
             "Whitfield said the committee would vote on Thursday.", "Mrs Whitfield later left the room."});
    ASSERT_EQ(r.people.size(), 1u);
    EXPECT_EQ(r.people[0].name, "Grace Whitfield");
    EXPECT_GE(r.people[0].mentions, 3u);
    ASSERT_NO_FATAL_FAILURE(
        expect_one(r, "the committee would vote on Thursday", "Grace Whitfield", QuoteKind::indirect));
}

TEST(Speaker, ANameBeforeAGroupNounIsPartOfTheGroup) {
    const auto r =
        run({"Brexit backers who have seen the documents told the newspaper the figures were unrealistic and "
             "claimed there was a push to \"make leaving the single market look bad\"."});
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "there was a push", "Brexit backers", QuoteKind::mixed));
}

TEST(Speaker, AVerbOfNamingIsNoInvertedAttribution) {
    const auto r =
        run({"A stake in its joint venture with the French energy giant Total, called Samsung Total, will "
             "also be sold to Hanwha."});
    EXPECT_TRUE(r.quotes.empty());
}

TEST(Speaker, ResearchSpeaksForWhoeverDidIt) {
    const auto r = run({"New research reveals that orcas are able to imitate human speech."});
    for (const auto& q : r.quotes)
        EXPECT_EQ(speaker(q), "<none>");
}

TEST(Speaker, KinSpeakAsPeopleDoAndAnAppositionNamesThem) {
    const auto r = run({"\"He was a gentle boy,\" said Leland's mother, Tonya Leland.",
                        "\"We want answers,\" said the family's lawyer, Ben Crump.",
                        "His widow said he had been threatened."});
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "He was a gentle boy,", "Tonya Leland", QuoteKind::direct));
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "We want answers,", "Ben Crump", QuoteKind::direct));
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "he had been threatened", "His widow", QuoteKind::indirect));
}

TEST(Speaker, ANameInCommasAfterARoleIsTheSpeaker) {
    const auto r =
        run({"\"Talks will resume,\" a foreign ministry spokeswoman, Leila Haddad, said. Haddad added "
             "that the date was open."});
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "Talks will resume,", "Leila Haddad", QuoteKind::direct));
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "the date was open", "Leila Haddad", QuoteKind::indirect));
}

TEST(Speaker, ANameAfterTheIsAnInstitution) {
    const auto r =
        run({"The G7 said the sanctions would stay.", "The Order of Malta said that the aid had arrived."});
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "the sanctions would stay", "The G7", QuoteKind::indirect));
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "the aid had arrived", "The Order of Malta", QuoteKind::indirect));
}

TEST(Speaker, AnAppositionWithARelativeClauseOrARoleHeldNow) {
    const auto r = run({"Tan Wei Jie, a commuter who was on the platform, said the train had stopped twice.",
                        "Former captain Sam Cole, now a coach, told reporters the pitch was slow."});
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "the train had stopped twice", "Tan Wei Jie", QuoteKind::indirect));
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "the pitch was slow", "Sam Cole", QuoteKind::indirect));
}

TEST(Speaker, AnAcronymInBracketsBeforeTheVerbIsAnAside) {
    const auto r =
        run({"Captain Ravi Menon, president of the Air Line Pilots' Association (ALPA-S), said the "
             "findings were familiar.",
             "The Data Protection Commission (DPC) said the fine was final."});
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "the findings were familiar", "Ravi Menon", QuoteKind::indirect));
    ASSERT_NO_FATAL_FAILURE(
        expect_one(r, "the fine was final", "The Data Protection Commission", QuoteKind::indirect));
}

TEST(Speaker, AnUnnamedPersonWhoSpokeIsWhomSheInTheNextSentenceMeans) {
    const auto r =
        run({"Anneke Vos runs the clinic. One mother, who asked the BBC not to use her name, said she "
             "had decided to vaccinate. She said her church had never objected.",
             "One witness, Felicia Sanders, said she hid under a table."});
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "she had decided to vaccinate", "One mother", QuoteKind::indirect));
    ASSERT_NO_FATAL_FAILURE(
        expect_one(r, "her church had never objected", "One mother", QuoteKind::indirect));
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "she hid under a table", "Felicia Sanders", QuoteKind::indirect));
}

TEST(Speaker, TheFullNameNearestTheVerbAmongAppositions) {
    const auto r =
        run({"A Taliban spokesman, Zabihullah Noori, said the five had been released.",
             "The Mandan, North Dakota, police chief, Jason Ziegler, has asserted that force was needed.",
             "Traders expect the shilling to hold, said Daniel Mutua, head of trading at a Nairobi lender, "
             "who asked not to be identified."});
    ASSERT_NO_FATAL_FAILURE(
        expect_one(r, "the five had been released", "Zabihullah Noori", QuoteKind::indirect));
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "force was needed", "Jason Ziegler", QuoteKind::indirect));
    ASSERT_EQ(with(r, "Traders").size(), 1u);
    EXPECT_EQ(with(r, "Traders")[0].text, "Traders expect the shilling to hold");
}

TEST(Speaker, AScientistOfAnInstitutionWhoseNameHoldsAPossessive) {
    const auto r =
        run({"Seismologist Selin Demir of Bogazici University's Kandilli Observatory said the quake "
             "released only a fraction of the stress."});
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "released only a fraction", "Selin Demir", QuoteKind::indirect));
}

TEST(Speaker, ADocumentWithItsAdjectivesAGroupWithItsPlaceAndAnAdverbBeforeTheVerb) {
    const auto r = run({"The 34-page report by the safety board said the pilot had missed the warning.",
                        "Officials in the region said the road was closed.",
                        "The company quickly said that sales had risen."});
    // (the document speaks for whoever issued it, as the rule book has it)
    ASSERT_NO_FATAL_FAILURE(
        expect_one(r, "the pilot had missed the warning", "the safety board", QuoteKind::indirect));
    ASSERT_NO_FATAL_FAILURE(
        expect_one(r, "the road was closed", "Officials in the region", QuoteKind::indirect));
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "sales had risen", "The company", QuoteKind::indirect));
}

TEST(Speaker, NamesWithCommasAndAndsAndAnApostropheS) {
    const auto r =
        run({"The Ministry of Agriculture, Fisheries and Food said the ban would stay.",
             "Doctors in Lagos and Abuja say the strike will go on.",
             "Moody's said the reserves were adequate.", "Apple, for its part, insisted the tax was lawful.",
             "Some said the vote was rigged, while others said it was fair."});
    ASSERT_NO_FATAL_FAILURE(expect_one(
        r, "the ban would stay", "The Ministry of Agriculture, Fisheries and Food", QuoteKind::indirect));
    ASSERT_NO_FATAL_FAILURE(
        expect_one(r, "the strike will go on", "Doctors in Lagos and Abuja", QuoteKind::indirect));
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "the reserves were adequate", "Moody's", QuoteKind::indirect));
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "the tax was lawful", "Apple", QuoteKind::indirect));
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "the vote was rigged", "Some", QuoteKind::indirect));
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "it was fair", "others", QuoteKind::indirect));
}

TEST(Speaker, ASourceDescribedAParticipleAsideAndARegion) {
    const auto r = run({"About 800 jobs will go in Spain, a person familiar with the plans said.",
                        "Acme Corp, based in Oslo, said in a statement that it regretted the delay.",
                        "The Lazio region said it had set up 120 cool rooms.",
                        "Elections Canada said 7.3 million people cast ballots."});
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "About 800 jobs will go in Spain",
                                       "a person familiar with the plans", QuoteKind::indirect));
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "it regretted the delay", "Acme Corp", QuoteKind::indirect));
    ASSERT_NO_FATAL_FAILURE(
        expect_one(r, "it had set up 120 cool rooms", "The Lazio region", QuoteKind::indirect));
    ASSERT_NO_FATAL_FAILURE(
        expect_one(r, "7.3 million people cast ballots", "Elections Canada", QuoteKind::indirect));
}

TEST(Speaker, ARelativesAntecedentAPartitiveAndAProvinceInAnAside) {
    const auto r =
        run({"The strike affects about 380,000 passengers, according to the airline, which said it had "
             "offered hotels to 12,000 travellers.",
             "\"We are ready,\" one of them said.",
             "Pierre Poilievre, campaigning in Surrey, B.C., insisted the plan was sound.",
             "He said Spain, Italy and Greece had all asked for help."});
    ASSERT_NO_FATAL_FAILURE(
        expect_one(r, "it had offered hotels to 12,000 travellers", "the airline", QuoteKind::indirect));
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "We are ready,", "one of them", QuoteKind::direct));
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "the plan was sound", "Pierre Poilievre", QuoteKind::indirect));
    ASSERT_EQ(with(r, "Greece").size(), 1u);
    EXPECT_EQ(with(r, "Greece")[0].text, "Spain, Italy and Greece had all asked for help");
    // a clause set off inside the subject is no antecedent's report
    const auto q =
        run({"One mother, who asked the BBC not to use her name, said she had decided to vaccinate."});
    ASSERT_NO_FATAL_FAILURE(expect_one(q, "she had decided to vaccinate", "One mother", QuoteKind::indirect));
}

TEST(Speaker, AnAgencyWhoseNameHoldsAnAnd) {
    const auto r = run({"The Food and Drug Administration said the pens were unsafe."});
    ASSERT_NO_FATAL_FAILURE(
        expect_one(r, "the pens were unsafe", "The Food and Drug Administration", QuoteKind::indirect));
}

TEST(Speaker, APortfolioWithAnAndIsOneMinistersTitle) {
    const auto r = run({"Energy and Climate Minister Ruth Kahn said prices would fall."});
    ASSERT_EQ(r.quotes.size(), 1u);
    EXPECT_EQ(speaker(r.quotes[0]), "Ruth Kahn");
}

TEST(Speaker, AProvinceAPanelAndOneMother) {
    const auto r =
        run({"The province said it would hire 200 more nurses.", "The panel noted that prices had risen.",
             "One mother said she had decided to vaccinate her children."});
    ASSERT_NO_FATAL_FAILURE(
        expect_one(r, "it would hire 200 more nurses", "The province", QuoteKind::indirect));
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "prices had risen", "The panel", QuoteKind::indirect));
    ASSERT_NO_FATAL_FAILURE(
        expect_one(r, "she had decided to vaccinate her children", "One mother", QuoteKind::indirect));
}

TEST(Speaker, BenOpeningANameIsAGivenNameAndStillAParticleOfTheFullName) {
    const auto r = run({"Ben Stokes said the pitch was slow. Stokes added that spin would decide it.",
                        "Itamar Ben Gvir said the deal was reckless. Later, Ben Gvir said he would resign."});
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "the pitch was slow", "Ben Stokes", QuoteKind::indirect));
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "spin would decide it", "Ben Stokes", QuoteKind::indirect));
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "he would resign", "Itamar Ben Gvir", QuoteKind::indirect));
}

TEST(Speaker, ADocumentJustIntroducedHasNoIssuerYet) {
    const auto r = run({"In a statement, the ministry said the talks were useful.",
                        "A new poll suggests the party faces long odds."});
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "the talks were useful", "the ministry", QuoteKind::indirect));
    for (const auto& q : with(r, "long odds"))
        EXPECT_EQ(speaker(q), "<none>");
}

TEST(People, PlacesSlugsAndSentenceOpenersAreNotPeople) {
    const auto r =
        run({"NEW YORK (AP) - Residents of Palm Beach County and Los Angeles met at Deer Creek.",
             "TELSTRA WRAP: Former Chelsea defender Tom Ridley and Kium Securities analyst Jae Park spoke.",
             "Neither Ridley nor Park would comment."});
    std::vector<std::string> names;
    for (const auto& p : r.people)
        names.push_back(p.name);
    EXPECT_EQ(names, (std::vector<std::string>{"Tom Ridley", "Jae Park"}));
    const auto events = run({"Gene Sharp inspired the Arab Spring and the Orange Revolution."});
    ASSERT_EQ(events.people.size(), 1u);
    EXPECT_EQ(events.people[0].name, "Gene Sharp");
}

TEST(People, SportsClubsAreNoPeopleAndHeIsTheManager) {
    const auto r =
        run({"Kingsbury Athletic beat Ashford Rovers 2-1.",
             "Rovers boss Gary Whitlock felt the corner was wrong. \"It's a goal kick,\" he said."});
    std::vector<std::string> names;
    for (const auto& p : r.people)
        names.push_back(p.name);
    EXPECT_EQ(names, (std::vector<std::string>{"Gary Whitlock"}));
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "It's a goal kick,", "Gary Whitlock", QuoteKind::direct));
}

TEST(Speaker, HeAndSheSkipAPersonOfTheOtherGender) {
    const auto r = run({"Tom Price met Maria Lopez on Monday. \"It went well,\" she said.",
                        "Mrs Jones met the minister, Tom Price. \"It was useful,\" he said."});
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "It went well,", "Maria Lopez", QuoteKind::direct));
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "It was useful,", "Tom Price", QuoteKind::direct));
}

TEST(Speaker, AGivenNameSetOffAfterAKinNoun) {
    const auto r =
        run({"Elena Marchetti arrives for our interview. Her father, Paolo, a bus driver, drove her to "
             "practice. \"She never once complained,\" he says."});
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "She never once complained,", "Paolo", QuoteKind::direct));
}

TEST(Speaker, ItPointsBackAtABodyTheArticleNamedAsASubject) {
    const auto r =
        run({"The World Health Organization has sent experts. It says the outbreak is under control."});
    ASSERT_NO_FATAL_FAILURE(
        expect_one(r, "the outbreak is under control", "The World Health Organization", QuoteKind::indirect));
}

TEST(Speaker, ARoleAndANameInCommasAfterAKinNoun) {
    const auto r = run({"\"The plant will stay open,\" his son, the engineer David Marsh, told reporters."});
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "The plant will stay open,", "David Marsh", QuoteKind::direct));
}

TEST(Speaker, ToursFestivalsServicesAndAgentsSpeak) {
    const auto r =
        run({"The tour said she would rise to second.", "Emergency services said the blaze was out.",
             "Her agent says she has received several offers.",
             "\"Nobody listens to us,\" fumed Ray Delgado, who runs a shop nearby."});
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "she would rise", "The tour", QuoteKind::indirect));
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "the blaze was out", "Emergency services", QuoteKind::indirect));
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "she has received", "Her agent", QuoteKind::indirect));
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "Nobody listens to us,", "Ray Delgado", QuoteKind::direct));
}

TEST(Speaker, ANameInsideTheQuotedWordsIsNeverWhoSaidThem) {
    const auto r =
        run({"Former international Emeka Okonkwo said the sacking could unsettle the striker.",
             "\"Samuel is strong mentally, but the next two months will be important for him,\" he said."});
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "Samuel is strong mentally", "Emeka Okonkwo", QuoteKind::direct));
}

TEST(Speaker, ADocumentOwnedByAPronounSpeaksForItsOwner) {
    ASSERT_NO_FATAL_FAILURE(
        expect_one(run({"The ANC, for its part, has been careful. Its statement on Friday said "
                        "the party \"respects the judgment\"."}),
                   "respects the judgment", "The ANC", QuoteKind::mixed));
    ASSERT_NO_FATAL_FAILURE(
        expect_one(run({"Health Minister Ann Cole spoke on Monday. Her letter said the wards "
                        "would reopen."}),
                   "the wards would reopen", "Ann Cole", QuoteKind::indirect));
}

TEST(Speaker, AnAmpersandJoinsAFirmsName) {
    const auto r = run({"\"We are pleased,\" said a Marks & Spencer spokesperson.",
                        "Procter & Gamble said it would cut 7,000 jobs."});
    ASSERT_NO_FATAL_FAILURE(
        expect_one(r, "We are pleased,", "a Marks & Spencer spokesperson", QuoteKind::direct));
    ASSERT_NO_FATAL_FAILURE(
        expect_one(r, "it would cut 7,000 jobs", "Procter & Gamble", QuoteKind::indirect));
}

TEST(Speaker, CapitalsHoldingAnInstitutionsWordAreOneBody) {
    const auto r = run({"S&P Global Ratings said the outlook was negative.",
                        "Foreign Ministry spokesperson Mao Ning said the talks went well."});
    ASSERT_NO_FATAL_FAILURE(
        expect_one(r, "the outlook was negative", "S&P Global Ratings", QuoteKind::indirect));
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "the talks went well", "Mao Ning", QuoteKind::indirect));
    ASSERT_NO_FATAL_FAILURE(expect_one(run({"Health New Zealand said the wards would reopen."}),
                                       "the wards would reopen", "Health New Zealand", QuoteKind::indirect));
}

TEST(Speaker, AFigureOfStandingIsAPerson) {
    const auto r = run({"One senior figure said the party would not back the bill.",
                        "\"It is over,\" one leading Labour figure said.",
                        "The figure, the ministry said, was the highest since 2010."});
    ASSERT_NO_FATAL_FAILURE(
        expect_one(r, "the party would not back", "One senior figure", QuoteKind::indirect));
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "It is over,", "one leading Labour figure", QuoteKind::direct));
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "the highest since 2010", "the ministry", QuoteKind::indirect));
}

TEST(IndirectQuote, AFrontedPhraseBeforeAnAttributionInCommas) {
    const auto r = run({"Without more rain, the ministry warned, the harvest would fail.",
                        "In 1885, he told his boss, Thomas Edison, that he could improve the motors."});
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "the harvest would fail", "the ministry", QuoteKind::indirect));
    EXPECT_EQ(with(r, "Without more rain").size(), 1u);
    EXPECT_TRUE(with(r, "In 1885").empty()) << "a verb of telling takes its addressee, not a fronted phrase";
}

TEST(Speaker, ThePersonASentenceOpensOnIsItsTopic) {
    const auto r =
        run({"Mayor Tom Baker said the line would reopen. For Carlos Ruiz, president of the traders' "
             "association, the delay is a disaster. \"We are losing customers every day,\" he said.",
             "For now, the shops stay open. \"We will manage,\" he said."});
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "We are losing customers", "Carlos Ruiz", QuoteKind::direct));
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "We will manage", "Carlos Ruiz", QuoteKind::direct));
}

TEST(IndirectQuote, AnAsideOrAListInsideTheReportedSubject) {
    const auto r =
        run({"Dana Whitford said the town's only highway exit, Highway 24, had been jammed for hours.",
             "Tessier said at least 14 structures, including homes and outbuildings, had burned.",
             "Jessica Tran said 87 firefighters, four helicopters and 11 pieces of heavy equipment "
             "were assigned to the fire.",
             "Sudan's army and the RSF have agreed to a ceasefire to allow aid into the country, the "
             "US and Saudi Arabia have announced."});
    ASSERT_NO_FATAL_FAILURE(
        expect_one(r, "Highway 24, had been jammed", "Dana Whitford", QuoteKind::indirect));
    ASSERT_NO_FATAL_FAILURE(
        expect_one(r, "including homes and outbuildings, had burned", "Tessier", QuoteKind::indirect));
    ASSERT_NO_FATAL_FAILURE(
        expect_one(r, "four helicopters and 11 pieces", "Jessica Tran", QuoteKind::indirect));
    // (a list that ends in an attribution is its speakers, not the report's subject)
    const auto aid = with(r, "aid into the country");
    ASSERT_EQ(aid.size(), 2u);
    EXPECT_EQ(speaker(aid[0]), "the US");
    EXPECT_EQ(speaker(aid[1]), "Saudi Arabia");
}

TEST(IndirectQuote, ARelativeClauseThatForecastsGoesOnWithTheReport) {
    const auto r =
        run({"Gallagher said she expected a 0.2% contraction, which would be the first fall since 2020.",
             "Zelenskyy said he would not accept any deal imposed on his country, which lost nearly 20 "
             "percent of its territory."});
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "contraction, which would be the first fall since 2020",
                                       "Gallagher", QuoteKind::indirect));
    const auto deal = with(r, "any deal imposed");
    ASSERT_EQ(deal.size(), 1u);
    EXPECT_EQ(deal[0].text, "he would not accept any deal imposed on his country")
        << "the writer's background";
}

TEST(Speaker, BodiesTradesAndSourcesOfEveryDay) {
    const auto r =
        run({"A cyberattack shut down the terminals, the port authority said.",
             "The regional district said it would begin escorted visits.",
             "Local shippers said the effects were already being felt.",
             "\"Business is bad,\" the broker said.", "The deal is expected next week, the people said.",
             "The manufacturer notes, however, that it issued a bulletin in 2024."});
    ASSERT_NO_FATAL_FAILURE(
        expect_one(r, "shut down the terminals", "the port authority", QuoteKind::indirect));
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "escorted visits", "The regional district", QuoteKind::indirect));
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "already being felt", "Local shippers", QuoteKind::indirect));
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "Business is bad,", "the broker", QuoteKind::direct));
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "expected next week", "the people", QuoteKind::indirect));
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "issued a bulletin", "The manufacturer", QuoteKind::indirect));
}

TEST(Speaker, ABodysNameAfterItsNoun) {
    const auto r = run({"Carmaker Toyota said it would cut output.",
                        "The shipping company MSC said it would divert ships.",
                        "Trade Union Congress said wages fell."});
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "cut output", "Toyota", QuoteKind::indirect));
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "divert ships", "MSC", QuoteKind::indirect));
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "wages fell", "Trade Union Congress", QuoteKind::indirect));
}

TEST(Speaker, ATabloidsEpithetPointsBackAtThePersonInView) {
    const auto r =
        run({"Teacher Kirsty Boyle, 38, was at the rally. The mum-of-three said: \"I will get that back.\"",
             "Tom Ashworth, 24, finished fourth. The former Leeds Beckett student said he nearly quit.",
             "Tom Ashworth thanked the crowd. The Labour minister said the race was well run."});
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "I will get that back.", "Kirsty Boyle", QuoteKind::direct));
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "he nearly quit", "Tom Ashworth", QuoteKind::indirect));
    ASSERT_NO_FATAL_FAILURE(
        expect_one(r, "the race was well run", "The Labour minister", QuoteKind::indirect));
}

TEST(Speaker, ADescriptionAroundAName) {
    const auto r = run({"Political analyst Meera Iyengar of Jain University said the result was a surprise.",
                        "Anna Bell from Leeds said the service was poor."});
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "a surprise", "Meera Iyengar", QuoteKind::indirect));
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "the service was poor", "Anna Bell", QuoteKind::indirect));
}

TEST(IndirectQuote, VerbsWhosePastIsTheirBaseAndAdverbsBeforeTheVerb) {
    const auto r =
        run({"The seat cost the agency 95 million euros, Lambert added.",
             "Farmers have long argued that the subsidy is too low.",
             "The minister hit back: \"This is nonsense.\"",
             "Environmental groups have long raised concerns about the brine that plants discharge."});
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "The seat cost the agency", "Lambert", QuoteKind::indirect));
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "the subsidy is too low", "Farmers", QuoteKind::indirect));
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "This is nonsense.", "The minister", QuoteKind::direct));
    EXPECT_TRUE(with(r, "plants discharge").empty()) << "a topic's relative clause is no report";
}

TEST(IndirectQuote, ASemicolonBeforeAClauseOfItsOwnEndsTheReport) {
    const auto r =
        run({"Unions claim 2.3 million marched across France; the Interior Ministry counted 1.27 million.",
             "Prosecutors said 37 lawmakers had failed to declare ¥580m ($3.6m; £2.8m) in income.",
             "The report said the oil had been captured, burned or skimmed; evaporated at the surface; "
             "or dissolved."});
    const auto unions = with(r, "2.3 million marched");
    ASSERT_EQ(unions.size(), 1u);
    EXPECT_EQ(unions[0].text, "2.3 million marched across France");
    EXPECT_EQ(with(r, "£2.8m) in income").size(), 1u) << "a semicolon inside brackets";
    EXPECT_EQ(with(r, "evaporated at the surface; or dissolved").size(), 1u) << "a list's items";
}

TEST(Speaker, ATimeBeforeTheSubjectAPartOfAGroupAndAnObjectsWho) {
    const auto r = run({"On Wednesday the minister said the talks had stalled.",
                        "The deal was off, said one of the officials.",
                        "She spoke to an office worker who said the queues were long.",
                        "Anyone who said otherwise was wrong."});
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "the talks had stalled", "the minister", QuoteKind::indirect));
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "The deal was off", "one of the officials", QuoteKind::indirect));
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "the queues were long", "an office worker", QuoteKind::indirect));
    EXPECT_TRUE(with(r, "otherwise").empty()) << "the sentence's own subject";
}

TEST(NotQuote, NounsAndCompoundsThatLookLikeVerbsOfSaying) {
    const auto r = run({"The Kospi rose as state-run funds bought local shares.",
                        "Signals from the BoJ that it may raise interest rates unsettled traders.",
                        "Velmurugan said the State's share, ₹52,491 crore in the Budget estimates, was "
                        "\"grossly inadequate\"."});
    EXPECT_TRUE(with(r, "funds bought").empty());
    EXPECT_TRUE(with(r, "it may raise").empty());
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "in the Budget estimates, was", "Velmurugan", QuoteKind::mixed));
}

TEST(IndirectQuote, EvenAsAndARelativeThatReportsAgainEndTheReport) {
    const auto r =
        run({"Hegde told reporters voters had \"rejected the politics of freebies\", even as his own "
             "party promised free power.",
             "Minister of State Adaeze Okonkwo said output would rise, which she said could reach 1.7 "
             "million bpd by December."});
    const auto hegde = with(r, "rejected the politics");
    ASSERT_EQ(hegde.size(), 1u);
    EXPECT_EQ(hegde[0].text, "voters had \"rejected the politics of freebies\"");
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "output would rise", "Adaeze Okonkwo", QuoteKind::indirect));
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "could reach 1.7 million", "Adaeze Okonkwo", QuoteKind::indirect));
}

TEST(Speaker, APortfolioAfterATitlesFor) {
    const auto r = run({"Minister for Health Stephen Donnelly said waiting lists fell.",
                        "Secretary of State for Foreign Affairs Simon Harris said talks went well.",
                        "Minister for Culture Jan de Boer said 288 items would follow."});
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "waiting lists fell", "Stephen Donnelly", QuoteKind::indirect));
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "talks went well", "Simon Harris", QuoteKind::indirect));
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "288 items", "Jan de Boer", QuoteKind::indirect));
}

TEST(Speaker, AFirmsNameWithItsOwnSAndAGroupOfAnInstitution) {
    const auto r =
        run({"Moody's placed the company on review, saying the collapse would hurt.",
             "Analysts at BTG Pactual wrote in a note that the mine accounts for a quarter of output.",
             "But Trump's calculated battle has shown tension, officials said."});
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "the collapse would hurt", "Moody's", QuoteKind::indirect));
    ASSERT_NO_FATAL_FAILURE(
        expect_one(r, "the mine accounts", "Analysts at BTG Pactual", QuoteKind::indirect));
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "calculated battle", "officials", QuoteKind::indirect));
}

TEST(IndirectQuote, AReportInsideAClauseOfTimeEndsAtItsComma) {
    const auto r =
        run({"When the governor announced that rates would stay on hold, few in the room were surprised."});
    const auto found = with(r, "rates would stay on hold");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].text, "rates would stay on hold");
}

TEST(Speaker, TitlesInWordsAndAnOfficeByItsDoor) {
    const auto r =
        run({"For the Chancellor of the Exchequer, Helen Marchetti, the figures were a blow. She "
             "blamed \"the global economy\".",
             "Number 10 said the Prime Minister had \"full confidence\" in her.",
             "Competition enforcers opened an investigation, saying the deal could push up prices."});
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "the global economy", "Helen Marchetti", QuoteKind::mixed));
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "full confidence", "Number 10", QuoteKind::mixed));
    ASSERT_NO_FATAL_FAILURE(
        expect_one(r, "could push up prices", "Competition enforcers", QuoteKind::indirect));
}

TEST(Speaker, ADocumentByItsIssuerSpeaksForItThenAndLater) {
    const auto r = run({"The plane stalled after ice built up, an interim report by government investigators "
                        "said on Friday.",
                        "The plane was descending at 160 knots, the report said."});
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "ice built up", "government investigators", QuoteKind::indirect));
    ASSERT_NO_FATAL_FAILURE(
        expect_one(r, "descending at 160 knots", "government investigators", QuoteKind::indirect));
}

TEST(IndirectQuote, SpeechInsideARelativeClause) {
    const auto r = run({"The party won, in a result that analysts say gives it a boost before the election.",
                        "Prices have hit levels analysts say are unsustainable.",
                        "The hinge survived 200,000 cycles, which the company says equals five years of use.",
                        "City officials say the cap will take effect in June."});
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "gives it a boost", "analysts", QuoteKind::indirect));
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "are unsustainable", "analysts", QuoteKind::indirect));
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "equals five years", "the company", QuoteKind::indirect));
    ASSERT_NO_FATAL_FAILURE(expect_one(r, "the cap will take effect", "City officials", QuoteKind::indirect));
}

TEST(Speaker, WireMarkupHints) {
    Article a;
    a.paragraphs = {
        "Harbour master Lin Qiao inspected the damage. Repairs will take a month, officials expect."};
    // NITF: <person>Lin Qiao</person> … <q quote-source="Lin Qiao">Repairs will take a month</q>
    a.hints.push_back({"person", 0, 15, 23, ""});
    a.hints.push_back({"quote", 0, 46, 71, "Lin Qiao"});
    std::vector<Person> people;
    std::vector<Quote> quotes;
    finder().find(a, people, quotes);
    ASSERT_EQ(quotes.size(), 1u);
    EXPECT_EQ(quotes[0].text, "Repairs will take a month");
    EXPECT_EQ(speaker(quotes[0]), "Lin Qiao");
}

// ---- contract -------------------------------------------------------------------------------------

TEST(Contract, TextIsExactlyTheSpans) {
    const auto r =
        run({"“Ça va très bien,” a déclaré Zoë Dupré, “et nous continuerons.” Éric Noël said the Zürich "
             "office would stay open."});
    ASSERT_FALSE(r.quotes.empty());
    // spans are code points: check every part against the paragraph re-cut by code points
    const std::u32string para =
        U"“Ça va très bien,” a déclaré Zoë Dupré, “et nous continuerons.” Éric Noël said the Zürich "
        U"office would stay open.";
    for (const auto& q : r.quotes) {
        std::string joined;
        for (const auto& s : q.parts) {
            ASSERT_LE(s.end, para.size());
            const std::u32string piece = para.substr(s.begin, s.end - s.begin);
            if (!joined.empty()) joined += ' ';
            joined += parallax::test::utf8(piece);
        }
        EXPECT_EQ(joined, q.text);
    }
}

TEST(Contract, OddInputNeverCrashes) {
    const auto r =
        run({"", "“", "”", "\"\"\"", "said said said", ", said", "He said:", "“Unclosed quote, he said",
             std::string(5000, '"'), "\xff\xfe broken bytes said that", "According to", "This was said by"});
    SUCCEED() << r.quotes.size();
}

TEST(Lexicon, BadFileNamesFileAndLine) {
    const auto dir = std::filesystem::temp_directory_path() / "parallax-quotes-lexicon-test";
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir / "quotes");
    for (const auto& f : std::filesystem::directory_iterator(std::filesystem::path(PARALLAX_SOURCE_DIR) /
                                                             "configs" / "lexicons" / "quotes"))
        std::filesystem::copy_file(f.path(), dir / "quotes" / f.path().filename());
    {
        std::ofstream out(dir / "quotes" / "speech_verbs.txt", std::ios::app);
        out << "shout shouts shouted\n"; // no class
    }
    try {
        QuoteFinder broken(dir);
        FAIL() << "a bad lexicon line was accepted";
    } catch (const std::runtime_error& e) {
        const std::string what = e.what();
        EXPECT_NE(what.find("speech_verbs.txt:"), std::string::npos) << what;
        EXPECT_NE(what.find("unknown class"), std::string::npos) << what;
    }
    std::filesystem::remove_all(dir);
}

} // namespace
