// How the figure finder reads the numbers of news text. Each test is one form the extractor
// understands (or deliberately ignores), with the record it makes: kind, value, unit, qualifier.
#include "extract/figures.hpp"
#include "support/utf8.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <optional>
#include <stdexcept>
#include <string>

namespace {

using parallax::Article;
using parallax::Figure;
using parallax::FigureKind;
using parallax::Qualifier;
using parallax::extract::FigureFinder;

const std::filesystem::path kLexicons = std::filesystem::path(PARALLAX_SOURCE_DIR) / "configs" / "lexicons";

const FigureFinder& finder() {
    static const FigureFinder f(kLexicons);
    return f;
}

Article article(const std::string& paragraph, std::optional<std::string> url = std::nullopt) {
    Article a;
    a.published = "2025-02-18";
    a.url = std::move(url);
    a.paragraphs = {paragraph};
    return a;
}

std::vector<Figure> figures(const std::string& paragraph, std::optional<std::string> url = std::nullopt) {
    return finder().find(article(paragraph, std::move(url)));
}

// The one figure whose text contains `words`; fails the test when there is none.
Figure figure(const std::string& paragraph, const std::string& words) {
    for (const auto& f : figures(paragraph))
        if (f.text.find(words) != std::string::npos) return f;
    ADD_FAILURE() << "no figure with \"" << words << "\" in: " << paragraph;
    return {};
}

// A rate's unit as one string ("USD/barrel"): a price's or a span's `per` after its unit.
std::string rated(const Figure& f) { return f.per ? f.unit + "/" + *f.per : f.unit; }

bool has_figure(const std::string& paragraph, const std::string& words) {
    for (const auto& f : figures(paragraph))
        if (f.text.find(words) != std::string::npos) return true;
    return false;
}

// --- numerals --------------------------------------------------------------------------------

TEST(Numerals, CommaSeparatedThousandsAndTheCountedNoun) {
    const auto f = figure("The US imposed at least 21,692 sanctions on Russia.", "21,692");
    EXPECT_EQ(f.kind, FigureKind::count);
    EXPECT_DOUBLE_EQ(f.value, 21692);
    EXPECT_EQ(f.unit, "sanction"); // the counted noun, singular and lower case
    EXPECT_EQ(f.qualifier, Qualifier::at_least);
    EXPECT_EQ(f.text, "at least 21,692 sanctions");
}

TEST(Numerals, TheCountedNounKeepsItsModifiers) {
    EXPECT_EQ(figure("Police found 96 Liverpool fans there.", "96").unit, "liverpool fan");
    EXPECT_EQ(figure("Sales of 2.7m digital and physical copies were made.", "2.7m").unit,
              "digital physical copy");
    EXPECT_EQ(figure("He gained 517 rushing yards.", "517").unit, "yd"); // a unit as the head noun
}

TEST(Numerals, SpaceSeparatedThousands) {
    EXPECT_DOUBLE_EQ(figure("Officials counted 21 692 votes.", "21 692").value, 21692);
}

TEST(Numerals, SpaceSeparatedTonnesThatOtherLibrariesSplit) {
    const auto f = figure("Ukraine exported 816 000 t of grain.", "816");
    EXPECT_EQ(f.kind, FigureKind::quantity);
    EXPECT_DOUBLE_EQ(f.value, 816000);
    EXPECT_EQ(f.unit, "t");
    // the digits of a code do not lead such a group
    const auto co2 = figure("Ozone reached 70 ppb and CO2 420 ppm.", "420");
    EXPECT_DOUBLE_EQ(co2.value, 420);
    EXPECT_EQ(co2.unit, "ppm");
    // a currency's letter may lead one
    EXPECT_DOUBLE_EQ(figure("Rent is R5 000 a month in Soweto.", "R5 000").value, 5000);
}

TEST(Numerals, Decimals) { EXPECT_DOUBLE_EQ(figure("The rate was 4.5 today.", "4.5").value, 4.5); }

TEST(Numerals, GluedScaleAbbreviation) {
    EXPECT_DOUBLE_EQ(figure("Some 1.2m people fled.", "1.2m").value, 1.2e6);
}

// --- number words ----------------------------------------------------------------------------

TEST(NumberWords, SimpleAndHyphenatedCompounds) {
    EXPECT_DOUBLE_EQ(figure("Three soldiers were hurt.", "Three").value, 3);
    EXPECT_DOUBLE_EQ(figure("They detained twenty-one protesters.", "twenty-one").value, 21);
    EXPECT_DOUBLE_EQ(figure("He sold three hundred and six cars.", "three hundred").value, 306);
}

TEST(NumberWords, DozenAndHundredWithTheArticle) {
    EXPECT_DOUBLE_EQ(figure("A dozen journalists waited.", "dozen").value, 12);
    EXPECT_DOUBLE_EQ(figure("About a hundred diplomats left.", "hundred").value, 100);
}

TEST(NumberWords, OneAndAHalf) {
    const auto f = figure("The war lasted one and a half years.", "one and a half");
    EXPECT_EQ(f.kind, FigureKind::duration);
    EXPECT_DOUBLE_EQ(f.value, 1.5);
    EXPECT_EQ(f.unit, "year");
    EXPECT_DOUBLE_EQ(figure("Almost 13-and-a-half million people tuned in.", "13-and-a-half").value, 13.5e6);
    EXPECT_DOUBLE_EQ(figure("It took two-and-a-half years.", "two-and-a-half").value, 2.5);
    EXPECT_DOUBLE_EQ(figure("It took 2 and a half months.", "2 and a half").value, 2.5);
    // the scale after the half scales the whole, and "one-half" is a half
    EXPECT_DOUBLE_EQ(figure("It has two and a half million people.", "two").value, 2.5e6);
    const auto money = figure("Two and one-half billion dollars results from the cut.", "Two");
    EXPECT_DOUBLE_EQ(money.value, 2.5e9);
    EXPECT_EQ(money.unit, "USD");
    EXPECT_DOUBLE_EQ(figure("We end three and one-half years of slack.", "three").value, 3.5);
}

TEST(NumberWords, ALowerCaseNumberWordAfterANameIsNotALabel) {
    EXPECT_EQ(figure("He played for the Roosters two weeks ago.", "two").unit, "week");
    EXPECT_FALSE(has_figure("He drove in Formula One for Ferrari.", "One"));
}

TEST(Numerals, ANumberAfterALabelWordIsAName) {
    EXPECT_FALSE(has_figure("Traffic near junction 10 of the M25 was halted.", "10"));
    EXPECT_FALSE(has_figure("He left section 427 unchanged.", "427"));
}

TEST(Numerals, SlashFractionsBeforeANounButNotDatesOrCodes) {
    EXPECT_DOUBLE_EQ(figure("Stir in 1/2 teaspoon of salt.", "1/2").value, 0.5);
    EXPECT_TRUE(figures("The line runs 24/7.").empty());
    // a batting line is three rates, each a figure
    EXPECT_EQ(figures("He hit .342/.370/.567 this year.").size(), 3u);
    EXPECT_DOUBLE_EQ(figure("He hit .342/.370/.567 this year.", ".370").value, 0.37);
    EXPECT_FALSE(has_figure("The vote is on 3/4 next year.", "3/4"));
    EXPECT_FALSE(
        has_figure("Crowds gathered for the 9/11 anniversary.", "9/11")); // elevenths are no fraction
}

TEST(Numerals, BothSidesOfADimensionHaveTheUnit) {
    const auto found = figures("The board measures 2 x 4 inches.");
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found[0].unit, "in");
    EXPECT_DOUBLE_EQ(found[0].value, 2);
    EXPECT_EQ(found[1].unit, "in");
}

TEST(NumberWords, FractionsOfAWholeArePercentages) {
    EXPECT_DOUBLE_EQ(figure("He wants half its mineral wealth.", "half").value, 50);
    EXPECT_DOUBLE_EQ(figure("A third of voters abstained.", "third").value, 33.33);
    EXPECT_DOUBLE_EQ(figure("A fifth of the budget goes there.", "fifth").value, 20);
    const auto f = figure("Nearly two-thirds of members agreed.", "two-thirds");
    EXPECT_EQ(f.kind, FigureKind::percent);
    EXPECT_DOUBLE_EQ(f.value, 66.67);
    EXPECT_EQ(f.qualifier, Qualifier::approx);
    // hyphenated, the fraction needs no "of": "a two-thirds majority"
    const auto majority = figure("The party won a two-thirds majority.", "two-thirds");
    EXPECT_EQ(majority.kind, FigureKind::percent);
    EXPECT_DOUBLE_EQ(majority.value, 66.67);
}

TEST(NumberWords, HalfAMillionAndFractionsOfAUnit) {
    EXPECT_DOUBLE_EQ(figure("Half a million people marched.", "Half a million").value, 5e5);
    const auto f = figure("The Fed raised rates by a quarter of a percentage point.", "quarter");
    EXPECT_EQ(f.kind, FigureKind::percent);
    EXPECT_DOUBLE_EQ(f.value, 0.25);
    EXPECT_EQ(f.unit, "percentage point");
    EXPECT_DOUBLE_EQ(figure("One-third of the staff left.", "One-third").value, 33.33);
}

// --- scale words -----------------------------------------------------------------------------

TEST(ScaleWords, WordsAndAbbreviations) {
    EXPECT_DOUBLE_EQ(figure("It raised $5k for charity.", "5k").value, 5e3);
    EXPECT_DOUBLE_EQ(figure("It sold 2 thousand tickets.", "2 thousand").value, 2e3);
    EXPECT_DOUBLE_EQ(figure("It cost $3mn to build.", "3mn").value, 3e6);
    EXPECT_DOUBLE_EQ(figure("It cost $4 million to build.", "4 million").value, 4e6);
    EXPECT_DOUBLE_EQ(figure("It cost $324bn in all.", "324bn").value, 324e9);
    EXPECT_DOUBLE_EQ(figure("It cost $4.7 billion in all.", "4.7 billion").value, 4.7e9);
    EXPECT_DOUBLE_EQ(figure("Debt reached $1tn last year.", "1tn").value, 1e12);
    EXPECT_DOUBLE_EQ(figure("Debt reached $2 trillion last year.", "2 trillion").value, 2e12);
}

TEST(ScaleWords, HyphenatedScaleAndNoBinaryNoise) {
    EXPECT_DOUBLE_EQ(figure("A $2.5-billion expansion was approved.", "2.5-billion").value, 2.5e9);
    EXPECT_EQ(figure("The population reached 66.4 million.", "66.4").value,
              66400000.0); // exactly, not 66400000.00000001
}

TEST(ScaleWords, MillionsOrMetres) {
    EXPECT_DOUBLE_EQ(figure("Sales reached 2.7m combined copies.", "2.7m").value, 2.7e6);
    const auto metres = figure("He ran the 100m in 9.58 seconds.", "100m");
    EXPECT_EQ(metres.kind, FigureKind::quantity);
    EXPECT_EQ(metres.unit, "m");
    // a count of millions is written "1.5bn", so a grouped number before "m" is metres
    EXPECT_EQ(figure("Kipyegon won the 1,500m title.", "1,500m").unit, "m");
    EXPECT_EQ(figure("She won the 400m hurdles.", "400m").unit, "m");
    EXPECT_DOUBLE_EQ(figure("The club paid £1,500m for it.", "1,500m").value, 1.5e9);
    EXPECT_EQ(figure("She broke her own 1500m world record.", "1500m").unit, "m");
}

TEST(ScaleWords, TwoScaleWordsMultiply) {
    EXPECT_DOUBLE_EQ(figure("It set aside Rs 11.11 lakh crore for spending.", "11.11").value, 11.11e12);
}

TEST(ScaleWords, SouthAsianLakhAndCrore) {
    EXPECT_DOUBLE_EQ(figure("The fine was 3 lakh rupees.", "3 lakh").value, 3e5);
    const auto f = figure("The budget is 5 crore rupees.", "5 crore");
    EXPECT_DOUBLE_EQ(f.value, 5e7);
    EXPECT_EQ(f.unit, "INR");
}

// --- money -----------------------------------------------------------------------------------

TEST(Money, SymbolBeforeWithGluedScale) {
    const auto f = figure("These companies lost $324bn as a result.", "$324bn");
    EXPECT_EQ(f.kind, FigureKind::money);
    EXPECT_DOUBLE_EQ(f.value, 324e9);
    EXPECT_EQ(f.unit, "USD");
}

TEST(Money, CountryPrefixedDollarThatOtherLibrariesMiss) {
    const auto f = figure("The sum at the bottom: US$4.7 billion.", "US$4.7 billion");
    EXPECT_DOUBLE_EQ(f.value, 4.7e9);
    EXPECT_EQ(f.unit, "USD");
    EXPECT_EQ(figure("Debt was about $US113 trillion.", "113").unit, "USD");
    EXPECT_EQ(rated(figure("It costs A$50 a month.", "A$50")), "AUD/month");
}

TEST(Money, IsoCodeBeforeWithAndWithoutSpace) {
    EXPECT_DOUBLE_EQ(figure("The fee is USD 200.", "USD 200").value, 200);
    const auto f = figure("The grant is USD34.6 million.", "USD34.6 million");
    EXPECT_DOUBLE_EQ(f.value, 34.6e6);
    EXPECT_EQ(f.unit, "USD");
}

TEST(Money, CurrencySymbolsAndNames) {
    EXPECT_EQ(figure("A deal worth €1.2bn was signed.", "€1.2bn").unit, "EUR");
    EXPECT_EQ(figure("They paid £5m for it.", "£5m").unit, "GBP");
    const auto dollars = figure("Trade of 300 billion dollars is at stake.", "300 billion dollars");
    EXPECT_DOUBLE_EQ(dollars.value, 300e9);
    EXPECT_EQ(dollars.unit, "USD");
    EXPECT_EQ(figure("It cost 50 million roubles.", "roubles").unit, "RUB");
    EXPECT_EQ(figure("It cost 20 rubles.", "rubles").unit, "RUB");
    EXPECT_EQ(figure("It cost 3 billion yuan.", "yuan").unit, "CNY");
}

TEST(Money, ARateMayBeAUnitOfMeasureOrHyphenated) {
    // a price is per the unit's name, however the text writes it (a quantity keeps the symbol)
    EXPECT_EQ(rated(figure("Onions sold for Rs 80 a kilo.", "Rs 80")), "INR/kilogram");
    EXPECT_EQ(rated(figure("Gold rose to $1,900 an ounce.", "$1,900")), "USD/ounce");
    EXPECT_EQ(rated(figure("Brent fell to $82 per bbl.", "$82")), "USD/barrel");
    EXPECT_EQ(rated(figure("Output rose to 1.6 million barrels a day.", "1.6")), "bbl/d");
    EXPECT_EQ(rated(figure("It set an A$2.20-a-share price.", "A$2.20")), "AUD/share");
}

TEST(Money, ARateAfterTheSubstanceOrTheSharePrice) {
    EXPECT_EQ(rated(figure("It lost 56 cents a share on revenue of $16.6 billion.", "56 cents")),
              "USD/share");
    EXPECT_EQ(rated(figure("Eggs cost $4.82 a dozen in March.", "$4.82")), "USD/dozen");
    EXPECT_EQ(rated(figure("Packs cost $139 per kilowatt-hour.", "$139")), "USD/kilowatt hour");
    EXPECT_EQ(rated(figure("It has 3 grams of sugar per serving.", "3 grams")), "g/serving");
}

TEST(Money, ACurrencyNamedWithItsNationality) {
    EXPECT_EQ(figure("It costs 1.5 million Nepali rupees.", "rupees").unit, "NPR");
    EXPECT_EQ(figure("It costs 40,000 Nigerian naira.", "naira").unit, "NGN");
}

TEST(Money, MalaysianMilAndBil) {
    EXPECT_DOUBLE_EQ(figure("The state will spend RM3.5bil on roads.", "RM3.5bil").value, 3.5e9);
    EXPECT_DOUBLE_EQ(figure("A RM14mil upgrade was approved.", "RM14mil").value, 14e6);
}

TEST(Money, GulfAndAfricanCurrencySigns) {
    EXPECT_EQ(rated(figure("Emaar proposed a dividend of Dh1 a share.", "Dh1")), "AED/share");
    EXPECT_EQ(figure("Aramco earned SR102.27 billion.", "SR102.27").unit, "SAR");
    EXPECT_EQ(figure("The naira closed at N1,309 against the dollar.", "N1,309").unit, "NGN");
    EXPECT_FALSE(has_figure("Wear an N95 mask.", "95"));
}

TEST(Money, CentsAreWrittenInTheMainUnit) {
    const auto f = figure("Shares rose 19 cents to $58.24.", "19 cents");
    EXPECT_DOUBLE_EQ(f.value, 0.19);
    EXPECT_EQ(f.unit, "USD");
    const auto aud = figure("The stock last traded at 35.5 Australian cents.", "35.5");
    EXPECT_DOUBLE_EQ(aud.value, 0.355);
    EXPECT_EQ(aud.unit, "AUD");
}

TEST(Money, PoundsAreMoneyOnlyWithAScaleWord) {
    EXPECT_EQ(figure("The club spent 5 million pounds.", "pounds").unit, "GBP");
    EXPECT_EQ(figure("He weighed 208 pounds.", "pounds").kind, FigureKind::quantity);
}

TEST(Money, ABareDollarFollowsTheOutletsCountry) {
    const auto nz =
        finder().find(article("The sum: US$324 billion ($568b).", "https://nzherald.co.nz/world/x"));
    ASSERT_EQ(nz.size(), 2u);
    EXPECT_EQ(nz[0].unit, "USD");
    EXPECT_EQ(nz[1].unit, "NZD");
}

// --- percentages -----------------------------------------------------------------------------

TEST(Percent, PercentPerCentAndSign) {
    EXPECT_DOUBLE_EQ(figure("It lost nearly 20 percent of its land.", "20 percent").value, 20);
    const auto per_cent = figure("Shares fell 9.4 per cent on Monday.", "per cent");
    EXPECT_EQ(per_cent.kind, FigureKind::percent);
    EXPECT_DOUBLE_EQ(per_cent.value, 9.4);
    EXPECT_EQ(figure("Sales rose 60% in 2018.", "60%").unit, "percent");
}

TEST(Percent, PlusOrMinusIsAMarginNotANegative) {
    EXPECT_DOUBLE_EQ(figure("It has a margin of error of plus or minus 3 percentage points.", "3").value, 3);
}

TEST(Percent, APointChangeToldAfterPercentLevels) {
    const auto f =
        figure("Support rose to 52 percent, up from 41 percent in 2024, an 11-point rise.", "11-point");
    EXPECT_EQ(f.kind, FigureKind::percent);
    EXPECT_EQ(f.unit, "percentage point");
    // an index's points stay points
    EXPECT_EQ(figure("The index rose 11 points to 5,200, a 2% gain.", "11 points").unit, "point");
}

TEST(Percent, APartysPointsMovedInAnElection) {
    EXPECT_EQ(figure("The Liberals won 38% of the vote, up 5 points.", "5 points").unit, "percentage point");
    EXPECT_EQ(figure("The Greens gained about 4 points in the election.", "4 points").unit,
              "percentage point");
    EXPECT_EQ(figure("Turnout of 66.5% was three points below 2021.", "three points").unit,
              "percentage point");
    // an index's points stay points, and so do a game's
    EXPECT_EQ(figure("The FTSE 100 rose 2%, up 50 points.", "50 points").unit, "point");
    EXPECT_EQ(figure("Nasdaq futures were up 17.5 points, or 0.22%, after a 0.1% fall.", "17.5").unit,
              "point");
    EXPECT_EQ(figure("The Lakers lost 12 points in the fourth quarter.", "12 points").unit, "point");
}

TEST(Percent, APointCompoundInASentenceAboutRates) {
    const auto f = figure("A one-point rise in rates adds £90 a month.", "one-point");
    EXPECT_EQ(f.kind, FigureKind::percent);
    EXPECT_EQ(f.unit, "percentage point");
    EXPECT_DOUBLE_EQ(f.value, 1);
}

TEST(Percent, PercentagePointsAreKeptApart) {
    const auto f = figure("Rates rose 0.5 percentage points.", "0.5");
    EXPECT_EQ(f.kind, FigureKind::percent);
    EXPECT_EQ(f.unit, "percentage point");
}

// --- ratios ----------------------------------------------------------------------------------

TEST(Ratio, PartOfAWhole) {
    const auto f = figure("Only 23 of the 32 members have upheld this pledge.", "23 of the 32");
    EXPECT_EQ(f.kind, FigureKind::ratio);
    EXPECT_DOUBLE_EQ(f.value, 23);
    ASSERT_TRUE(f.of.has_value());
    EXPECT_DOUBLE_EQ(*f.of, 32);
}

TEST(Ratio, OneInEvery) {
    const auto f = figure("One in every 900 residents is a doctor.", "One");
    EXPECT_EQ(f.kind, FigureKind::ratio);
    EXPECT_EQ(f.of, 900);
}

TEST(Ratio, AFigureInADurationIsNotARatio) {
    const auto found = figures("Take no more than eight in 24 hours.");
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found[0].kind, FigureKind::count);
    EXPECT_FALSE(found[0].of);
    EXPECT_EQ(found[1].unit, "hour");
}

TEST(Ratio, OneInFive) {
    const auto f = figure("One in five adults smoke.", "One in five");
    EXPECT_EQ(f.kind, FigureKind::ratio);
    EXPECT_DOUBLE_EQ(f.value, 1);
    EXPECT_DOUBLE_EQ(*f.of, 5);
    // a spaced "in" after the whole is a preposition, not inches
    const auto year = figure("Only 1 in 4 schools met it, compared with 2 in 5 in 2022.", "2 in 5");
    EXPECT_EQ(year.kind, FigureKind::ratio);
    EXPECT_DOUBLE_EQ(*year.of, 5);
}

TEST(Ratio, NineInTenAndTwoOutOfThree) {
    EXPECT_DOUBLE_EQ(*figure("Nine in 10 voters agreed.", "Nine in 10").of, 10);
    EXPECT_DOUBLE_EQ(*figure("Two out of three adults are overweight.", "Two out of three").of, 3);
}

// --- levels ----------------------------------------------------------------------------------

TEST(Levels, ABareLevelCountsWhatTheFigureBeforeItCounted) {
    const auto f = figure("Sales rose to 3.9 million headsets, up from 2.4 million in 2017.", "2.4 million");
    EXPECT_EQ(f.unit, "headset");
    const auto index = figure("The index closed at 16369.03, up 58.06 points.", "16369.03");
    EXPECT_EQ(index.unit, "point");
}

TEST(Levels, AVerbOfAmountCountsItsSubject) {
    EXPECT_EQ(figure("New hirings totaled 500,363 in the quarter.", "500,363").unit, "new hiring");
    EXPECT_EQ(figure("Seven MPs were absent and six were absent.", "six").unit, "mp");
}

TEST(Levels, OfThemPointsBackAtTheCountedNoun) {
    EXPECT_EQ(figure("They tested 2,400 people and fewer than 40 of them carried it.", "40").unit, "people");
}

TEST(Levels, ABareNumberListedOrComparedAfterACountedOneCountsTheSameThing) {
    EXPECT_EQ(figure("Labour won 412 seats and a majority of 174.", "174").unit, "seat");
    EXPECT_EQ(figure("The ferry, licensed to carry 250 passengers, had more than 400 on board.", "400").unit,
              "passenger");
    EXPECT_EQ(
        figure("The quake killed more than 50,000 people and displaced 1.2 million.", "1.2 million").unit,
        "people");
    EXPECT_EQ(figure("Temperatures will fall to minus 5C, with a wind chill of minus 15.", "15").unit, "°C");
    // a number that is not scaled and not joined to the counted one stays bare
    EXPECT_EQ(figure("The club sold 300 shirts; Smith wore 10.", "10").unit, "");
}

TEST(Levels, APriceListedBesideAPricePerUnitIsPerTheSameUnit) {
    const auto f = figure("Petrol costs Rs 94.72 a litre in Delhi and Rs 104.21 in Mumbai.", "104.21");
    EXPECT_EQ(f.kind, FigureKind::money);
    EXPECT_EQ(rated(f), "INR/litre");
    // a compared price keeps the unit it is written with
    EXPECT_EQ(figure("Power hit 45p per kWh, compared with 34p in the summer.", "34p").unit, "GBP");
}

TEST(Levels, MillionsComparedWithMillions) {
    const auto f = figure("It had 4.5m paying subscribers, up from 3.9m a year earlier.", "3.9m");
    EXPECT_DOUBLE_EQ(f.value, 3.9e6);
    EXPECT_EQ(f.unit, "paying subscriber");
}

TEST(Levels, ABareCountInASentenceAboutHowManyCountsThatThing) {
    EXPECT_EQ(figure("The number of job vacancies fell by 43,000 to 957,000.", "957,000").unit,
              "job vacancy");
    EXPECT_EQ(figure("Knife crime offences rose by 7% to 50,489 last year.", "50,489").unit,
              "knife crime offence");
    EXPECT_EQ(figure("Shares rose 4% to 312 on Friday.", "312").unit, "");
}

TEST(Levels, AComparedLevelWithoutItsCurrencyOrPercentSignStillHasIt) {
    const auto earlier =
        figure("Net profit fell to 16.6 billion euros, down from 45.6 billion.", "45.6 billion");
    EXPECT_EQ(earlier.kind, FigureKind::money);
    EXPECT_EQ(earlier.unit, "EUR");
    EXPECT_DOUBLE_EQ(earlier.value, 45.6e9);
    const auto rate = figure("Unemployment fell to 3.9 percent in March from 4.1 in February.", "4.1");
    EXPECT_EQ(rate.kind, FigureKind::percent);
    const auto fall = figure("The DAX rose by 2 percent but the Nasdaq fell by 1.", "1");
    EXPECT_EQ(fall.kind, FigureKind::percent);
    EXPECT_EQ(figure("Shares in Nokia rose 2% while Ericsson fell 1.", "1").kind, FigureKind::percent);
}

TEST(NumberWords, HalfADozenIsSix) {
    const auto managers = figure("It has about a half-dozen project managers.", "half-dozen");
    EXPECT_DOUBLE_EQ(managers.value, 6);
    EXPECT_EQ(managers.unit, "project manager");
    EXPECT_EQ(managers.qualifier, Qualifier::approx);
    EXPECT_DOUBLE_EQ(figure("A half dozen eggs cost $3.", "half dozen").value, 6);
    EXPECT_DOUBLE_EQ(figure("Half a dozen people came.", "Half a dozen").value, 6);
    EXPECT_DOUBLE_EQ(figure("The charity raised half a million dollars.", "half a million").value, 5e5);
}

TEST(NumberWords, OneOrTwoIsNoPronoun) {
    const auto one = figure("We should have one or two more days of work here.", "one");
    EXPECT_EQ(one.kind, FigureKind::duration);
    EXPECT_EQ(one.unit, "day");
    EXPECT_EQ(figure("One or two large banks drained the market.", "One").unit, "large bank");
    EXPECT_FALSE(has_figure("He said one or the other would go.", "one"));
}

TEST(Levels, TheMembersOfAListByPlaceOrPartyMeasureAlike) {
    const std::string shares =
        "Traders in France received 34,500 tonnes, in the U.K. 37,800, in West-Germany "
        "20,000 and in Denmark 1,500.";
    for (const char* amount : {"37,800", "20,000", "1,500"})
        EXPECT_EQ(figure(shares, amount).unit, "t") << amount;
    const std::string points =
        "Rates will be plus 2.4 points for Germany, minus two for Denmark, minus 5.7 for Italy.";
    EXPECT_EQ(figure(points, "minus two").unit, "point");
    EXPECT_DOUBLE_EQ(figure(points, "minus 5.7").value, -5.7);
    // initials before a number end no sentence
    EXPECT_EQ(figure("Exports rose to 40,000 tonnes, in the U.S. 12,000 and in Japan 9,000.", "12,000").unit,
              "t");
    // a place that is no member of a list leaves the number bare
    EXPECT_EQ(figure("Sales rose 5 percent in Paris, where 300 turned up.", "300").kind, FigureKind::count);
}

TEST(Levels, OneInAListByYearCountsTheSameThing) {
    const std::string deaths =
        "Maine had three moose-related fatalities in 2000, one in 2001 and two this year.";
    const auto one = figure(deaths, "one");
    EXPECT_EQ(one.unit, "moose-related fatality");
    EXPECT_EQ(figure(deaths, "two").unit, "moose-related fatality");
    EXPECT_FALSE(has_figure("He met them, one in London.", "one"));
}

TEST(Levels, TheSubjectOfAVerbOfAmountWithAHyphenatedModifierAndARate) {
    const auto f = figure("Earthquake-related searches jumped to 250 a minute from almost none.", "250");
    EXPECT_EQ(rated(f), "earthquake-related search/minute");
    EXPECT_EQ(f.text, "250 a minute");
}

TEST(Levels, ALevelAYearEarlierOrUpOnAnotherOrFromAnEstimate) {
    // "a year earlier" dates the level: it is no rate, so the level takes the days of the one before
    const auto days = figure("Homes took an average of 49 days to sell, up from 42 a year earlier.", "42");
    EXPECT_EQ(days.kind, FigureKind::duration);
    EXPECT_EQ(days.unit, "day");
    EXPECT_EQ(figure("The harvest was one mln tonnes, slightly up on 800,000 in 1984.", "800,000").unit, "t");
    EXPECT_EQ(figure("Output will rise to 2.4 mln tonnes from an expected 2.2 mln in 1987.", "2.2 mln").unit,
              "t");
    EXPECT_EQ(figure("The index surged 1,245 points to a record 72,340.", "72,340").unit, "point");
    EXPECT_EQ(figure("Output rose 300 tonnes to a healthy 5,000.", "5,000").unit, "t");
    // "with a record" adds a figure, it compares none
    EXPECT_NE(figure("Sales rose 12% over 3 months, with a record 40,000 in March.", "40,000").kind,
              FigureKind::duration);
    // wire shorthand: a level, then the week it was measured in
    const auto head = figure("Slaughter was 295,000 head versus 305,000 week ago.", "305,000");
    EXPECT_EQ(head.kind, FigureKind::count);
    EXPECT_EQ(head.unit, "head");
    EXPECT_FALSE(has_figure("Slaughter was 295,000 head versus 305,000 week ago.", "305,000 week"));
    EXPECT_EQ(figure("The strike lasted one week before talks began.", "one week").kind,
              FigureKind::duration);
}

TEST(Levels, TheAmountOfTheSameThingIsInTheSameCurrency) {
    const auto loss = figure("It had a net loss of 820,000 dlrs, compared to a loss of 553,000.", "553,000");
    EXPECT_EQ(loss.kind, FigureKind::money);
    EXPECT_EQ(
        figure("It had a profit of 5.2 mln dlrs on sales of 40 mln, against a profit of 900,000.", "900,000")
            .unit,
        "USD");
    // a different thing's amount is no money by that alone
    EXPECT_NE(figure("It had a loss of 2 mln dlrs and a backlog of 300,000.", "300,000").kind,
              FigureKind::money);
}

TEST(Levels, APriceAfterAPercentChangeIsNotAPercent) {
    EXPECT_NE(figure("Pluristem rose 8.15% to 3.65 after the meeting.", "3.65").kind, FigureKind::percent);
    EXPECT_NE(figure("The stock rose by 8% to 3.65 on Friday.", "3.65").kind, FigureKind::percent);
    EXPECT_NE(figure("The firm paid $2 million for 300 acres.", "300").kind, FigureKind::money);
}

// --- ranges ----------------------------------------------------------------------------------

TEST(Range, ADanglingHyphenThatJoinsNothingIsNoPartOfTheText) {
    EXPECT_EQ(figure("It amounts to a 33-to-1 leverage ratio.", "33").text, "33");
    EXPECT_EQ(figure("It takes a 15- to 20-minute drive.", "15").text, "15- to 20-minute");
}

TEST(Range, HyphenatedWithAUnit) {
    const auto f = figure("The talks lasted 4-5 hours.", "4-5 hours");
    EXPECT_EQ(f.kind, FigureKind::duration);
    ASSERT_TRUE(f.range.has_value());
    EXPECT_DOUBLE_EQ(f.range->first, 4);
    EXPECT_DOUBLE_EQ(f.range->second, 5);
    EXPECT_DOUBLE_EQ(f.value, 4); // a range's value is its low end
}

TEST(Range, BetweenAndWithTheCountedNoun) {
    const auto f = figure("Between 10 and 12 officials attended.", "10 and 12");
    ASSERT_TRUE(f.range.has_value());
    EXPECT_DOUBLE_EQ(f.range->second, 12);
    EXPECT_EQ(f.unit, "official");
}

TEST(Range, FinancialYearWithAnEnDashThatOtherLibrariesReadAsSubtraction) {
    const auto f = figure("Revenue in 2012–13 fell.", "2012");
    EXPECT_EQ(f.kind, FigureKind::date);
    EXPECT_EQ(f.text, "2012–13");
    ASSERT_TRUE(f.range.has_value());
    EXPECT_DOUBLE_EQ(f.range->second, 2013);
}

TEST(Range, TheScaleOfTheHighEndCoversTheLowEnd) {
    const auto f = figure("There are four to five thousand people.", "four");
    EXPECT_DOUBLE_EQ(f.range->first, 4000);
    EXPECT_DOUBLE_EQ(f.range->second, 5000);
}

TEST(Range, TheScaleOfTheHighEndCoversALowEndWithACurrency) {
    for (const auto* text : {"It would cost $5-6 billion.", "It would cost $5 to $6 billion."}) {
        const auto f = figure(text, "$5");
        ASSERT_TRUE(f.range.has_value()) << text;
        EXPECT_DOUBLE_EQ(f.range->first, 5e9) << text;
        EXPECT_DOUBLE_EQ(f.range->second, 6e9) << text;
        EXPECT_EQ(f.unit, "USD") << text;
    }
    const auto m = figure("The repairs cost £2-3m.", "£2");
    ASSERT_TRUE(m.range.has_value());
    EXPECT_DOUBLE_EQ(m.range->first, 2e6);
    EXPECT_DOUBLE_EQ(m.range->second, 3e6);
    EXPECT_EQ(m.unit, "GBP");
}

TEST(Range, ThousandsWrittenOnceOnTheHighEnd) {
    const auto workers = figure("The strike involved 30-40,000 workers.", "30");
    ASSERT_TRUE(workers.range.has_value());
    EXPECT_DOUBLE_EQ(workers.range->first, 30000);
    EXPECT_EQ(workers.unit, "worker");
    EXPECT_DOUBLE_EQ(figure("The firm will cut 2-3,000 jobs.", "2").value, 2000);
    EXPECT_DOUBLE_EQ(figure("with 200-300,000 households affected.", "200").value, 200000);
    EXPECT_DOUBLE_EQ(figure("Scores ranged 10-15,500.", "10").value, 10);
    EXPECT_DOUBLE_EQ(figure("Tickets numbered 1-10,000 went on sale.", "1").value, 1);
    EXPECT_DOUBLE_EQ(figure("Between 50 and 60,000 fans are expected.", "50").value, 50000);
    EXPECT_DOUBLE_EQ(figure("Cases rose from 5 to 10,000 in a month.", "5").value, 5); // a change, as written
    const auto rupees = figure("The state spent Rs 200 to 300 crore on relief.", "Rs 200");
    ASSERT_TRUE(rupees.range.has_value());
    EXPECT_DOUBLE_EQ(rupees.range->first, 2e9);
    // a model and its variant are no range; round ends are
    EXPECT_TRUE(figures("Ryanair flies 737-800 jets on the route.").empty());
    EXPECT_TRUE(figures("The 777-300ER burns less fuel.").empty());
    EXPECT_DOUBLE_EQ(figure("It cut 150-200 jobs.", "150").range.value_or(std::pair{0.0, 0.0}).second, 200);
    EXPECT_TRUE(figures("The report is on pages 12-15 of the dossier.").empty());
}

TEST(Range, BetweenACurrencyAmountAndAScaledOne) {
    const auto f = figure("The damage is between Rs 500 and 600 crore.", "Rs 500");
    ASSERT_TRUE(f.range.has_value());
    EXPECT_DOUBLE_EQ(f.range->first, 5e9);
    EXPECT_DOUBLE_EQ(f.range->second, 6e9);
    EXPECT_EQ(f.unit, "INR");
}

TEST(Range, ALowEndAlreadyInTheScaleOfTheHighEndKeepsItsValue) {
    const auto pay = figure("Salaries range from $50,000 to $1 million.", "$50,000");
    ASSERT_TRUE(pay.range.has_value());
    EXPECT_DOUBLE_EQ(pay.range->first, 50000);
    EXPECT_DOUBLE_EQ(pay.range->second, 1e6);
    const auto people = figure("Between 200 and 3,000 people came.", "200");
    ASSERT_TRUE(people.range.has_value());
    EXPECT_DOUBLE_EQ(people.range->first, 200);
    const auto price = figure("The price went from $5 to $6.", "$5");
    ASSERT_TRUE(price.range.has_value());
    EXPECT_DOUBLE_EQ(price.range->first, 5);
    const auto snake = figure("The 2-3m long snake.", "2");
    EXPECT_EQ(snake.kind, FigureKind::quantity);
    ASSERT_TRUE(snake.range.has_value());
    EXPECT_DOUBLE_EQ(snake.range->second, 3);
}

TEST(Range, TheHundredsOfASpokenHighEndCoverTheLowEndToo) {
    const auto f = figure("We are talking about two to three hundred thousand people.", "two");
    ASSERT_TRUE(f.range.has_value());
    EXPECT_DOUBLE_EQ(f.range->first, 200000);
    EXPECT_DOUBLE_EQ(f.range->second, 300000);
    const auto g = figure("Five to six hundred people came.", "Five");
    ASSERT_TRUE(g.range.has_value());
    EXPECT_DOUBLE_EQ(g.range->first, 500);
}

TEST(Range, AChangeToANewLevelIsNotARange) {
    const auto found = figures("Heineken rose 18 sen to RM23.50.");
    ASSERT_EQ(found.size(), 2u);
    EXPECT_DOUBLE_EQ(found[0].value, 0.18);
    EXPECT_DOUBLE_EQ(found[1].value, 23.5);
    EXPECT_EQ(found[1].unit, "MYR");
    EXPECT_FALSE(figure("Vacancies fell by 43,000 to 957,000.", "43,000").range);
    EXPECT_TRUE(figure("Temperatures dropped by 1 to 1.5 degrees Celsius.", "1 to 1.5").range);
}

TEST(Range, AChangeByAnAmountToALevelIsNotARange) {
    EXPECT_FALSE(figure("Gold rose by Rs 480 to Rs 58,720 for 10 grams.", "Rs 480").range);
}

TEST(Range, AnAgeRangeWithADanglingHyphen) {
    const auto f = figure("Turnout among 18- to 24-year-olds was 47%.", "18-");
    EXPECT_EQ(f.unit, "year");
    ASSERT_TRUE(f.range.has_value());
    EXPECT_DOUBLE_EQ(f.range->second, 24);
    EXPECT_EQ(f.text, "18- to 24-year-olds");
    EXPECT_EQ(figure("The poll surveyed 1,000 18-year-olds.", "18-year").unit, "year");
    EXPECT_EQ(figure("The six-month-old puppy was found.", "six").unit, "month");
}

TEST(Range, ABoundOnTheSecondEndOfFromTo) {
    const auto f = figure("Safety councils have been increased from 14 to over 100.", "14");
    ASSERT_TRUE(f.range.has_value());
    EXPECT_DOUBLE_EQ(f.range->second, 100);
    EXPECT_EQ(f.text, "14 to over 100");
}

TEST(Range, AListWithACommaBeforeItsAndEndsInTheUnit) {
    for (const auto& f : figures("The notes mature in seven, eight, and ten years."))
        EXPECT_EQ(f.unit, "year") << f.text;
    // a clause after a comma is no member of a list
    EXPECT_EQ(figure("The death toll rose to 40, and 60 percent of the victims were women.", "40").kind,
              FigureKind::count);
    EXPECT_EQ(figure("The index fell 12, or 0.5 percent, to 2,400.", "12").kind, FigureKind::count);
    // a year is no member of a list of amounts
    EXPECT_EQ(figure("it includes five cts for the period between dec 23 and 31, 1986, and 50 cts for the "
                     "quarter.",
                     "1986")
                  .kind,
              FigureKind::date);
}

TEST(Range, AYearAndAScaledAmountAreNoRange) {
    const auto found = figures("Output will rise in calendar 1988 to 2.4 mln tonnes.");
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found[0].kind, FigureKind::date);
    EXPECT_FALSE(found[1].range.has_value());
    EXPECT_DOUBLE_EQ(found[1].value, 2.4e6);
}

TEST(Range, FromUpTo) {
    const auto f = figure("Prices climbed from 10 up to 15 dollars.", "10");
    ASSERT_TRUE(f.range);
    EXPECT_DOUBLE_EQ(f.range->second, 15);
    EXPECT_EQ(f.unit, "USD");
}

TEST(Range, FromAMeasureAndAWordToTheOtherEnd) {
    const auto f = figure("Fuel economy climbed from 21 mpg combined to 23 for FWD models.", "21 mpg");
    ASSERT_TRUE(f.range);
    EXPECT_DOUBLE_EQ(f.range->second, 23);
}

TEST(Range, YearsBeforeTheSubjectOfAVerbAreDates) {
    const auto found = figures("Between 1600 and 1900 world temperatures dropped by 1 degree.");
    ASSERT_GE(found.size(), 2u);
    EXPECT_EQ(found[0].kind, FigureKind::date);
    EXPECT_EQ(found[1].kind, FigureKind::date);
    EXPECT_TRUE(figure("They plan 1000 to 2000 hires this year.", "1000").range);
}

TEST(Range, AScoreOrATallyIsOnePairInTheOrderWritten) {
    const auto result = figure("Bristol City beat Charlton 2-1 on Saturday.", "2-1");
    EXPECT_EQ(result.kind, FigureKind::count);
    ASSERT_TRUE(result.range.has_value());
    EXPECT_DOUBLE_EQ(result.range->first, 2);
    EXPECT_DOUBLE_EQ(result.range->second, 1);
    const auto none = std::pair{0.0, 0.0};
    EXPECT_EQ(
        figure("The court ruled 6-3 that the agency had overreached.", "6-3").range.value_or(none).second, 3);
    EXPECT_EQ(figure("The Parliament approved the Alcohol Act 124-65.", "124-65").range.value_or(none).second,
              65);
    // a score takes no unit from the list it stands in, but names the result it is
    EXPECT_EQ(figure("Alcaraz, 21, beat Djokovic 6-2, 6-2, 7-6 in two hours.", "7-6").unit, "");
    EXPECT_EQ(figure("Ireland scored five tries in a 38-17 win.", "38-17 win").unit, "win");
    EXPECT_EQ(figure("The Senate passed it by a 52-48 vote.", "52-48 vote").unit, "vote");
    EXPECT_EQ(figure("They were 2-0 down at half-time.", "2-0").unit, "");
    EXPECT_EQ(figure("They won a 3-0 home win.", "3-0 home win").unit, "win");
    // only where a result is told: not a law's number, odds, a model's variant, all the time
    EXPECT_TRUE(figures("The law, known as Public Law 117-58, funds roads.").empty());
    EXPECT_TRUE(figures("The horse started as the 5-1 favourite.").empty());
    EXPECT_TRUE(figures("Final odds had the grey at 7-2.").empty());
    EXPECT_EQ(figure("Kaizer Chiefs thumped Orlando Pirates 4-1 on Saturday.", "4-1").kind,
              FigureKind::count);
    EXPECT_EQ(figure("The Celtics are 3-1 up in the series.", "3-1").kind, FigureKind::count);
    EXPECT_EQ(figure("Boston beat Miami 110-100 on Sunday.", "110-100").kind, FigureKind::count);
    EXPECT_TRUE(figures("Boeing delivered a 777-200 freighter.").empty());
    EXPECT_TRUE(figures("The store is open 24-7 during the festival.").empty());
    const auto tally = figure("The government gained confidence by 106-80.", "106-80");
    EXPECT_EQ(tally.qualifier, Qualifier::exact);
    EXPECT_EQ(figure("The referendum passed 52-48.", "52-48").qualifier, Qualifier::exact);
    // not a model's name, nor a formation
    EXPECT_FALSE(has_figure("A Boeing 777-200 landed.", "777"));
    EXPECT_FALSE(has_figure("The 2013 Saab 9-3 Aero Sedan was recalled.", "9-3"));
    EXPECT_TRUE(figures("They played a 4-3-3 formation.").empty());
}

// --- qualifiers ------------------------------------------------------------------------------

TEST(Qualifiers, AnAverageIsExactAndOverAPeriodIsASpan) {
    EXPECT_EQ(figure("Drivers paid an average of $3.89 a gallon.", "3.89").qualifier, Qualifier::exact);
    const auto span = figure("It will invest $1.3 billion over three years.", "three");
    EXPECT_EQ(span.qualifier, Qualifier::exact);
    EXPECT_EQ(span.text, "three years");
    EXPECT_EQ(figure("He has lived there for over 10 years.", "10").qualifier, Qualifier::at_least);
    EXPECT_EQ(figure("The trial lasted over three weeks.", "three").qualifier, Qualifier::at_least);
    EXPECT_EQ(figure("It was built over 20 years ago.", "20").qualifier, Qualifier::at_least);
    // a span only after a figure or a word of change
    EXPECT_EQ(figure("He was sentenced to over 10 years in jail.", "10").qualifier, Qualifier::at_least);
    EXPECT_EQ(figure("It has been over two years since the war began.", "two").qualifier,
              Qualifier::at_least);
}

TEST(Qualifiers, ApproxAtLeastAtMost) {
    EXPECT_EQ(figure("It dropped by about 2.1 percent.", "2.1").qualifier, Qualifier::approx);
    EXPECT_EQ(figure("It lost nearly 20 percent.", "20").qualifier, Qualifier::approx);
    EXPECT_EQ(figure("More than 6,000 employers replied.", "6,000").qualifier, Qualifier::at_least);
    EXPECT_EQ(figure("It will hire up to 400 people.", "400").qualifier, Qualifier::at_most);
    EXPECT_EQ(figure("It grew just under 20 percent.", "20").qualifier, Qualifier::at_most);
    EXPECT_EQ(figure("Crowds of 10,000 or more gathered.", "10,000").qualifier, Qualifier::at_least);
    EXPECT_EQ(figure("The raid netted 20 or more rifles and 4 trucks.", "20").unit, "rifle");
    EXPECT_EQ(figure("Prices could rise 10 or more percent this year.", "10").kind, FigureKind::percent);
    // "estimated" before an article is a verb: "an estimated 5,000" is approximate, "estimated a week ago"
    // not
    EXPECT_EQ(figure("It saw 7.8 mln tonnes estimated a week ago.", "a week").qualifier, Qualifier::exact);
    EXPECT_EQ(figure("An estimated 5,000 people marched.", "5,000").qualifier, Qualifier::approx);
    EXPECT_EQ(figure("He put the real number closer to 730.", "730").qualifier, Qualifier::approx);
}

// --- dates and durations ---------------------------------------------------------------------

TEST(Dates, AYearOwnedOrDefiniteBeforeAPluralIsADate) {
    EXPECT_EQ(figure("He backed Obama's 2008 and 2012 campaigns.", "2008").kind, FigureKind::date);
    EXPECT_EQ(figure("He backed Obama's 2008 and 2012 campaigns.", "2012").kind, FigureKind::date);
    EXPECT_EQ(figure("The 2022 floods displaced 33 million people.", "2022").kind, FigureKind::date);
    EXPECT_EQ(figure("Lockdowns in 2020 cut global emissions by 6.4%.", "2020").kind, FigureKind::date);
    EXPECT_EQ(figure("In 2010 floods killed 2,000 people.", "2010").kind, FigureKind::date);
    EXPECT_EQ(figure("In 2000 homes were much cheaper than today.", "2000").kind, FigureKind::date);
    // a bare number that counts a plural stays a count, and so does a round one
    EXPECT_EQ(figure("Power was restored in 2000 homes.", "2000").unit, "home");
    EXPECT_EQ(figure("The company's 2000 employees will get a bonus.", "2000").unit, "employee");
    EXPECT_EQ(figure("The firm made 2000 hires.", "2000").unit, "hire");
    // after a possessive's pronoun too: "her 2018 disclosure report shows", "our 2012 deliberations"
    EXPECT_EQ(figure("Her 2018 disclosure report shows debts.", "2018").kind, FigureKind::date);
    EXPECT_EQ(figure("His 2016 tax returns show a loss.", "2016").kind, FigureKind::date);
    EXPECT_EQ(figure("Its 2000 employees were laid off.", "2000").unit, "employee");
}

TEST(Dates, AYearToldRoughly) {
    const auto circa = figure("It would be risky in the Philippines circa 1905, he said.", "1905");
    EXPECT_EQ(circa.kind, FigureKind::date);
    EXPECT_EQ(circa.qualifier, Qualifier::approx);
    EXPECT_EQ(figure("It has been doing so since about 1978, when growth began.", "1978").kind,
              FigureKind::date);
    // a rough amount stays one
    EXPECT_EQ(figure("About 1950 people came.", "1950").kind, FigureKind::count);
    EXPECT_NE(figure("The index closed at about 1950.", "1950").kind, FigureKind::date);
}

TEST(Dates, YearMonthDayAndQuarter) {
    const auto year = figure("Russia annexed Crimea in 2014.", "2014");
    EXPECT_EQ(year.kind, FigureKind::date);
    EXPECT_EQ(year.unit, "year");
    EXPECT_DOUBLE_EQ(year.value, 2014);
    const auto month = figure("The invasion began in February 2022.", "February 2022");
    EXPECT_EQ(month.unit, "year-month");
    EXPECT_DOUBLE_EQ(month.value, 2022.02);
    const auto day = figure("They met on 18 February 2025 in Riyadh.", "18 February 2025");
    EXPECT_EQ(day.unit, "date");
    EXPECT_DOUBLE_EQ(day.value, 2025.0218);
    const auto quarter = figure("They return in the second quarter of 2025.", "quarter");
    EXPECT_EQ(quarter.unit, "year-quarter");
    EXPECT_DOUBLE_EQ(quarter.value, 2025.2);
}

TEST(Dates, AMonthInReportedSpeechOrAPlanIsNotPastByItsVerb) {
    // published 18 February 2025: the past of reported speech is the speaker's present, a plan tells no tense
    EXPECT_DOUBLE_EQ(figure("The minister said food stocks were adequate until June.", "June").value,
                     2025.06);
    EXPECT_DOUBLE_EQ(figure("He said it would not derail a planned rate hike in July.", "July").value,
                     2025.07);
    EXPECT_DOUBLE_EQ(figure("The plant stopped production in January.", "January").value, 2025.01);
}

TEST(Ranges, AYearAndAPercentageAreNoRange) {
    const auto found = figures("It raised its forecast for 2028 to 4.0% from 3.4%.");
    ASSERT_EQ(found.size(), 3u);
    EXPECT_EQ(found[0].kind, FigureKind::date);
    EXPECT_FALSE(found[1].range);
    EXPECT_DOUBLE_EQ(found[1].value, 4.0);
}

TEST(Money, ABracketsDollarAfterAnAmountInUsDollarsIsTheOutletsOwn) {
    auto a = article("He signed a contract worth a reported $US8 million ($12.2 million) a season.");
    a.outlet = "The Sydney Morning Herald";
    const auto out = finder().find(a);
    ASSERT_EQ(out.size(), 2u);
    EXPECT_EQ(out[0].unit, "USD");
    EXPECT_EQ(out[1].unit, "AUD");
}

TEST(Money, PoundsAfterAWordOfPayingOrAnEqualsSignAreSterling) {
    EXPECT_EQ(figure("Families could pay up to 110 pounds a year more.", "110").unit, "GBP");
    EXPECT_EQ(figure("($1 = 0.7395 pounds)", "0.7395").unit, "GBP");
    EXPECT_EQ(figure("The baby weighed eight pounds.", "eight").unit, "lb");
}

TEST(Dates, AWeekdayAndItsDayInBracketsAsBrazilianOutletsWriteThem) {
    // published 18 February 2025: the day is of the publication's month
    const auto found = figures("The committee met on Wednesday (12) and will meet again on Monday (24).");
    ASSERT_EQ(found.size(), 2u);
    EXPECT_DOUBLE_EQ(found[0].value, 2025.0212);
    EXPECT_EQ(found[0].unit, "date");
    EXPECT_DOUBLE_EQ(found[1].value, 2025.0224);
}

TEST(Ranges, TheUnitOnlyOnTheSecondEnd) {
    const auto hours = figure("The batteries run for one to two hours.", "one to two hours");
    ASSERT_TRUE(hours.range);
    EXPECT_DOUBLE_EQ(hours.range->first, 1);
    const auto cents = figure("Bills could rise 1 to 2 cents.", "1 to 2 cents");
    ASSERT_TRUE(cents.range);
    EXPECT_DOUBLE_EQ(cents.range->first, 0.01);
}

TEST(NotFigures, LinksOfPageFurnitureAndIdioms) {
    EXPECT_TRUE(figures("READ MORE SPORT: Tour de France 2027: 5 riders who could win").empty());
    EXPECT_TRUE(figures("Related Topics: Ghana | Ten photos from the march").empty());
    EXPECT_TRUE(figures("You should think twice.").empty());
}

TEST(Dates, AMonthAfterAPassiveWithAnAdverbOrAfterSince) {
    // published 18 February 2025
    EXPECT_DOUBLE_EQ(figure("The airline will be fully hedged for 2026 by December.", "December").value,
                     2025.12);
    EXPECT_DOUBLE_EQ(figure("He has been out of work since leaving the club in October.", "October").value,
                     2024.10);
}

TEST(NotFigures, ATypesNumberAndAYearBeforeIn) {
    EXPECT_TRUE(figures("The former minister has type 2 diabetes.").empty());
    EXPECT_EQ(figure("Rents rise 2% in 2027 and 2028 in stressed areas.", "2028").kind, FigureKind::date);
}

TEST(Dates, YearsBeforeLevelsAndHeadingAnItem) {
    EXPECT_EQ(figure("Emissions have fallen 40 percent over 2005 levels.", "2005").kind, FigureKind::date);
    EXPECT_EQ(figure("1878: Two local teams played under floodlights.", "1878").kind, FigureKind::date);
}

TEST(Dates, TheFirstDayOfAPairTakesTheSecondsMonth) {
    const auto found = figures("On 20 and 21 January 2018, hundreds marched.");
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found[0].kind, FigureKind::date);
    EXPECT_DOUBLE_EQ(found[0].value, 2018.012);
    EXPECT_DOUBLE_EQ(found[1].value, 2018.0121);
}

TEST(Dates, TheFirstDayOfAPairNamedByWeekdays) {
    const auto found = figures("It took place on Wednesday 16 and Thursday 17 November.");
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found[0].kind, FigureKind::date);
    EXPECT_DOUBLE_EQ(found[0].value, 2024.1116); // the nearest November to 18 February 2025
    // without a month, a day after a weekday is no count ("On Saturday 5 people died" counts)
    EXPECT_TRUE(figures("Rallies on Saturday 5 and Sunday 6 drew crowds.").empty());
    EXPECT_EQ(figure("On Saturday 5 people died.", "5 people").unit, "people");
}

TEST(Dates, ADateInNumbersWithOneReading) {
    EXPECT_DOUBLE_EQ(figure("Results are due on 23/06/2025.", "23/06/2025").value, 2025.0623);
    EXPECT_DOUBLE_EQ(figure("The deadline is 12/31/2025 for claims.", "12/31/2025").value, 2025.1231);
    EXPECT_DOUBLE_EQ(figure("It opened on 09/09/2009.", "09/09/2009").value, 2009.0909);
    EXPECT_DOUBLE_EQ(figure("The bill was tabled on 2025-05-28.", "2025-05-28").value, 2025.0528);
    // March or April: no figure; nor a code
    EXPECT_TRUE(figures("The vote is on 03/04/2025.").empty());
    EXPECT_TRUE(figures("Serial 2025-05-28-001 was recalled.").empty());
}

TEST(Dates, AQuarterWithNoYearInASentenceAboutResults) {
    EXPECT_DOUBLE_EQ(
        figure("Subscribers rose 2.4% to 297 million in the first quarter.", "first quarter").value, 2025.1);
    EXPECT_DOUBLE_EQ(figure("Sales rose 5% in the fourth quarter.", "fourth quarter").value, 2024.4);
    EXPECT_DOUBLE_EQ(figure("Profit fell in Q3.", "Q3").value, 2024.3);
    // ahead of it: this year's
    EXPECT_DOUBLE_EQ(figure("Sales will rise 5% in the fourth quarter.", "fourth quarter").value, 2025.4);
    // a game's quarter is no date, nor a quarter of a century
    EXPECT_TRUE(figures("He shot 45% in the first quarter.").size() == 1u);
    EXPECT_EQ(figures("Mahomes completed 80% of his passes in the fourth quarter.").size(), 1u);
    EXPECT_EQ(figures("Unemployment averaged 6% in the first quarter of the century.").size(), 1u);
}

TEST(Dates, AQuarterOfAYearToldByItsOffsetAndAPolicyMovesQuarter) {
    const auto next = figure("Sales will rise in the first quarter of next year.", "first quarter");
    EXPECT_EQ(next.text, "first quarter of next year");
    EXPECT_DOUBLE_EQ(next.value, 2026.1);
    EXPECT_DOUBLE_EQ(figure("Sales rose in the first quarter of last year.", "first quarter").value, 2024.1);
    EXPECT_DOUBLE_EQ(figure("Economists expect another cut in the fourth quarter.", "fourth quarter").value,
                     2025.4);
    // a cut that is a verb is no policy move
    EXPECT_EQ(figures("The Lakers cut the deficit to five in the fourth quarter.").size(), 1u);
}

TEST(Dates, AQuarterAheadThatThisYearHasPassedAndAWeekOfAMonth) {
    Article late = article("The cuts could be extended into the second quarter if needed.");
    late.published = "2026-11-29";
    const auto found = finder().find(late);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_DOUBLE_EQ(found[0].value, 2027.2);
    EXPECT_DOUBLE_EQ(figure("Sales will rise 5% in the fourth quarter.", "fourth quarter").value, 2025.4);
    EXPECT_DOUBLE_EQ(figure("A meeting will be held in the second week of September.", "September").value,
                     2025.09);
}

TEST(Dates, AFiscalYearsQuarter) {
    const auto f = figure("The charge will be booked in the third quarter of fiscal 2027.", "third quarter");
    EXPECT_EQ(f.text, "third quarter of fiscal 2027");
    EXPECT_DOUBLE_EQ(f.value, 2027.3);
    EXPECT_EQ(figure("Northwind reports results for its fiscal second quarter.", "second quarter").unit,
              "year-quarter");
}

TEST(Dates, AStatisticsMonthOpeningTheSentence) {
    EXPECT_DOUBLE_EQ(figure("September industrial output rose 5.1%.", "September").value, 2024.09);
    EXPECT_DOUBLE_EQ(figure("August exports fell 3%.", "August").value, 2024.08);
    EXPECT_TRUE(figures("June Carter sang.").empty());
    EXPECT_TRUE(figures("May said the deal was done.").empty());
}

TEST(Dates, AFiscalYearByItsCode) {
    EXPECT_DOUBLE_EQ(figure("Revenue may grow 1-3% in FY26.", "FY26").value, 2026);
    EXPECT_DOUBLE_EQ(figure("In FY 2025 sales rose.", "FY 2025").value, 2025);
    const auto two = figure("The FY24-25 budget was cut.", "FY24-25");
    ASSERT_TRUE(two.range.has_value());
    EXPECT_DOUBLE_EQ(two.range->second, 2025);
}

TEST(Dates, AYearBeforePricesIsTheYearTheyAreIn) {
    EXPECT_EQ(figure("It could cost up to £46bn in 2015 prices.", "2015").kind, FigureKind::date);
}

TEST(Dates, AYearBeforeOneThingAndInALawsName) {
    EXPECT_EQ(figure("They fought a 2019 law banning vaping products.", "2019").kind, FigureKind::date);
    EXPECT_EQ(figure("The company made 2019 cars.", "2019 cars").kind, FigureKind::count);
    EXPECT_TRUE(figures("The Companies Act, 2013 requires firms to file.").empty());
    EXPECT_TRUE(figures("Kenya's finance bill 2024 sparked protests.").empty());
}

TEST(NotFigures, APagesOwnStampWithItsTime) {
    EXPECT_TRUE(figures("Published: 10 June 2025 09:14 BST").empty());
    EXPECT_TRUE(figures("Updated June 10, 2025 at 2:31 p.m. ET").empty());
    EXPECT_TRUE(figures("First published on June 1, 2025.").empty());
    EXPECT_TRUE(figures("[Updated at 10:15 on 3 June 2025]").empty());
    EXPECT_TRUE(has_figure("It was updated on June 3 at 5 pm and showed 40 cases.", "June 3"));
}

TEST(NotFigures, ALineThatIsTheStampAlone) {
    // a day's date with nothing a sentence would hold: weekdays, a clock, zones, bars and names
    EXPECT_TRUE(figures("Sat Oct 10 2026 - 06:00").empty());
    EXPECT_TRUE(figures("Thu 15 Oct 2026 // 11:30 UTC").empty());
    EXPECT_TRUE(figures("10.08.2026 \u2022 13:25").empty());
    EXPECT_TRUE(figures("March 3, 2026").empty());
    EXPECT_TRUE(figures("Hannah Pritchard | 14 Oct 2024 | Analysis").empty());
    EXPECT_TRUE(figures("Last Updated: Nov. 9, 2026 at 11:52 a.m. ET First Published: Nov. 9, 2026").empty());
    EXPECT_EQ(figures("March 3, 2026: The bank cut rates.").size(), 1u);
    EXPECT_EQ(figures("Arsenal 2 Chelsea 1").size(), figures("Arsenal 2 Chelsea 1").size());
}

TEST(NotFigures, AStampUnderItsByline) {
    EXPECT_TRUE(figures("By Dan Bloom\nMarch 2, 2026 4:00 am CET").empty());
    EXPECT_TRUE(figures("Harry Dempsey in London and Ilya Gridneff in Sydney\nApril 10 2026").empty());
    EXPECT_TRUE(figures("Peter Ker Resources editor\nApr 15, 2026 \u2013 5.42pm").empty());
    // an amount is news, whatever the line looks like
    EXPECT_EQ(figures("3. The Great British Bake Off (BBC One), September 14: 13.29 million").size(), 2u);
    EXPECT_TRUE(figures("Tiago Rogero in Rio de Janeiro\nFri 6 Nov 2026 10.00 GMT").empty());
    EXPECT_TRUE(figures("KOSUKE TAKEUCHI, Nikkei staff writer\nJuly 28, 2026 14:20 JST").empty());
}

TEST(NotFigures, AStampUnderABylineWithAgenciesReadingTimesRelatedStoriesAndSignOffs) {
    EXPECT_TRUE(figures("Emma Graham in London and agencies\nSat 16 May 2026 07.00 BST").empty());
    EXPECT_TRUE(figures("Tom Allinson with AFP, Reuters, dpa\n03/19/2026").empty());
    EXPECT_TRUE(figures("3 mins to read").empty());
    EXPECT_TRUE(
        figures("RELATED STORIES\nHow much rice does the Philippines import? 5 things to know").empty());
    EXPECT_TRUE(figures("dpa ab/mk xx z2 sde\n241124 Nov 24").empty());
}

TEST(NotFigures, ACodeOfANumberAndACapitalThatIsACurrencysSignOnlyBefore) {
    EXPECT_TRUE(figures("The jet landed on 32R after the tower cleared it.").empty());
    EXPECT_TRUE(figures("The probe orbited comet 67P/Churyumov-Gerasimenko.").empty());
    EXPECT_EQ(figure("He paid R500.", "R500").unit, "ZAR");
}

TEST(NotFigures, OneSourceWithALongAsideBeforeItsVerb) {
    EXPECT_TRUE(figures("One mother, who asked the BBC not to use her name, said she had decided.").empty());
}

TEST(NotFigures, ATeamsAgeGroup) {
    EXPECT_TRUE(figures("He is an Under-21 international.").empty());
    EXPECT_EQ(figure("Children under 16 are banned.", "16").unit, "year");
}

TEST(NotFigures, ALapOrARunwayNamedByItsNumber) {
    EXPECT_TRUE(figures("She pitted on lap 31 and again on lap 58.").empty());
    EXPECT_TRUE(figures("Runway 27L was closed.").empty());
}

TEST(NotFigures, ADocumentsIdentifierAndACaptionAfterItsLabel) {
    EXPECT_TRUE(figures("DOI: 10.1056/NEJMoa2605123").empty());
    EXPECT_TRUE(figures("Photo: Getty Images 2024").empty());
    EXPECT_TRUE(
        has_figure("Photo: Rescuers search the rubble of houses in Sleman on Wednesday, Aug. 12, 2026.",
                   "Aug. 12, 2026"));
}

TEST(NotFigures, MoneyByTheMonthToldVaguelyAndASecondStraightDay) {
    EXPECT_TRUE(figures("Tenants pay hundreds of dollars a month.").empty());
    EXPECT_TRUE(figures("Prices rose for a second straight day.").empty());
    EXPECT_EQ(figure("The project cost millions of euros a year ago.", "a year").unit, "year");
    EXPECT_TRUE(figures("\"Copper is scarce,\" said one banker involved in the talks.").empty());
    EXPECT_EQ(figure("He found one error.", "one error").unit, "error");
}

TEST(NotFigures, LinkLinesWithABareReadOrInBrackets) {
    EXPECT_TRUE(figures("Read: Why yields could top 5% by next spring").empty());
    EXPECT_TRUE(figures("[Related] Prosecutors to decide on appeal within 7 days").empty());
    EXPECT_EQ(figures("The ruling [related to 5 cases] stands.").size(), 1u);
}

TEST(NotFigures, APagesOwnStamp) {
    EXPECT_EQ(figures("By Ben Smith. Published 10:32 AM EDT, June 10, 2025. The storm hit on June 9.").size(),
              1u);
    EXPECT_TRUE(figures("Last updated: March 3, 2025").empty());
    EXPECT_TRUE(figures("Updated 10 June 2025, 14:32 BST").empty());
    EXPECT_TRUE(figures("Credit: Getty Images / 2025").empty());
    EXPECT_TRUE(figures("Six arrested (Filed: 28/08/2002)").size() == 1u);
    // a clause that goes on tells the news
    EXPECT_TRUE(has_figure("Published on 3 March 2025, the report found 40 cases.", "3 March 2025"));
    EXPECT_TRUE(has_figure("The novel was first published in 1962.", "1962"));
}

TEST(Dates, ADayMonthAndYearWrittenWithPoints) {
    const auto day = figure("The deal was signed on 11.10.2022 in Berlin.", "11.10.2022");
    EXPECT_EQ(day.kind, FigureKind::date);
    EXPECT_EQ(day.unit, "date");
    EXPECT_DOUBLE_EQ(day.value, 2022.1011);
    EXPECT_TRUE(figures("It runs release 10.13.2022 of the tools.").empty()); // no thirteenth month
}

TEST(Dates, ADayWithoutAYearTakesThePublicationYear) {
    EXPECT_DOUBLE_EQ(figure("Officials will visit on March 10.", "March 10").value, 2025.031);
}

TEST(Durations, OnePeriodAfterItsAdjectives) {
    const auto year = figure("The project committed to fixes for one full calendar year.", "one");
    EXPECT_EQ(year.kind, FigureKind::duration);
    EXPECT_EQ(year.unit, "year");
    EXPECT_EQ(year.text, "one full calendar year");
    EXPECT_EQ(figure("It took one working day and four more.", "one").unit, "day");
    // a compound is no period, nor half of one
    EXPECT_NE(figure("He has one new year resolution.", "one").kind, FigureKind::duration);
    EXPECT_NE(figure("It took one half hour.", "one").unit, "hour");
}

TEST(Durations, GapsAndLapTimesWrittenWithTheirLetters) {
    const auto gap = figure("Verstappen was 0.204s slower.", "0.204s");
    EXPECT_EQ(gap.kind, FigureKind::duration);
    EXPECT_EQ(gap.unit, "second");
    EXPECT_DOUBLE_EQ(gap.value, 0.204);
    const auto lap = figures("Her best lap was 1m21.446s.");
    ASSERT_EQ(lap.size(), 2u);
    EXPECT_EQ(lap[0].unit, "minute");
    EXPECT_DOUBLE_EQ(lap[1].value, 21.446);
    EXPECT_EQ(lap[1].unit, "second");
    // a plural, a rate's "s" and a DOI are no seconds
    EXPECT_EQ(figure("In the 1990s, prices rose.", "1990s").kind, FigureKind::date);
    EXPECT_EQ(figure("Speeds of 900 Mb/s were seen.", "900").unit, "MB/s");
    EXPECT_TRUE(figures("See doi:10.1007/s13197-013-0985-1 for details.").empty());
}

TEST(Durations, AFurtherOrAWholePeriod) {
    EXPECT_DOUBLE_EQ(figure("He signed with the option of a further year.", "further").value, 1);
    EXPECT_EQ(figure("It rained for a whole month.", "whole").unit, "month");
}

TEST(Durations, ASpanThatSetsTheClausesTimeLendsNoUnit) {
    EXPECT_EQ(figure("Two days after the quake, the death toll stood at 452.", "452").kind,
              FigureKind::count);
    EXPECT_EQ(figure("After two days the toll stood at 452.", "452").kind, FigureKind::count);
}

TEST(Durations, ARateOfTime) {
    EXPECT_EQ(rated(figure("Homes were without power for as long as 10 hours a day.", "10 hours")),
              "hour/day");
    EXPECT_EQ(figure("Life expectancy is 54 years, compared with 84 in Japan.", "84").unit, "year");
}

TEST(Durations, NumberWordsArticlesAndBounds) {
    const auto years = figure("The war began nearly three years ago.", "three years");
    EXPECT_EQ(years.kind, FigureKind::duration);
    EXPECT_DOUBLE_EQ(years.value, 3);
    EXPECT_EQ(years.unit, "year");
    EXPECT_EQ(years.qualifier, Qualifier::approx);
    EXPECT_DOUBLE_EQ(figure("The talks came a week after the call.", "a week").value, 1);
    const auto within = figure("He promised to end it within 24 hours.", "24 hours");
    EXPECT_EQ(within.qualifier, Qualifier::at_most);
    const auto bound = figure("They spoke with him for more than an hour and a half.", "an hour");
    EXPECT_DOUBLE_EQ(bound.value, 1.5);
    EXPECT_EQ(bound.qualifier, Qualifier::at_least);
    EXPECT_FALSE(has_figure("Output is better than a year ago.", "a year"));  // a comparison
    EXPECT_TRUE(has_figure("Prices rose 8.3% on a year earlier.", "a year")); // spans a year
    EXPECT_TRUE(has_figure("He played two weeks ago.", "two weeks"));
}

// --- measures and source ---------------------------------------------------------------------

TEST(Context, MeasuresAndSource) {
    const auto f = figure(
        "In 2022, GDP dropped by about 2.1 percent, according to the International Monetary Fund (IMF).",
        "2.1 percent");
    ASSERT_TRUE(f.source.has_value());
    EXPECT_EQ(*f.source, "International Monetary Fund (IMF)");
    EXPECT_FALSE(f.measures.empty());
    EXPECT_EQ(figure("They spend 5 percent of their GDP on defence.", "5 percent").measures, "their GDP");
}

// --- not figures -----------------------------------------------------------------------------

TEST(NotFigures, NumbersInsideNamesAndCodes) {
    EXPECT_FALSE(has_figure("Trump backed Moscow's return to the G7 club.", "7"));
    EXPECT_FALSE(has_figure("A Boeing 737 landed.", "737"));
    EXPECT_FALSE(has_figure("A Boeing 737 in the final approach.", "737"));
    EXPECT_FALSE(has_figure("COVID-19 cases fell.", "19"));
    EXPECT_FALSE(has_figure("The S&P 500 fell.", "500"));
    EXPECT_FALSE(has_figure("The Standard & Poor's 500 index rose.", "500"));
    EXPECT_TRUE(figures("She is ranked No. 1 in the world.").empty());
    EXPECT_FALSE(has_figure("It offers 5G coverage.", "5"));
    // a day or a part of a series by its number
    EXPECT_TRUE(figures("On day 3 of the trial, he spoke.").empty());
    EXPECT_TRUE(figures("Turkey is better on day two anyway.").empty());
    EXPECT_TRUE(figures("The team reviews Part two of the final film.").empty());
    EXPECT_EQ(figure("Each day 500 migrants arrive.", "500").unit, "migrant");
}

TEST(NotFigures, TelephoneNumbersToDial) {
    EXPECT_TRUE(figures("The public can call its hotline 1555 for information.").empty());
    EXPECT_TRUE(figures("Readers can contact Samaritans on 116 123 or text HELLO to 50808.").empty());
    EXPECT_TRUE(figures("Call Crimestoppers on 0800 555 111.").empty());
    EXPECT_TRUE(figures("Witnesses should call 101 quoting the incident number.").empty());
    EXPECT_TRUE(figures("Contact police on 101 quoting reference 123.").empty());
    EXPECT_TRUE(figures("Survivors can call 1195 free of charge.").empty());
    // a verb of calling right before a number counts; a hotline's calls are counted
    EXPECT_EQ(figure("The judge will call 50 witnesses.", "50").unit, "witness");
    EXPECT_EQ(figure("The hotline received 1,500 calls.", "1,500").unit, "call");
    EXPECT_EQ(figure("The party called on Labour to win 50 seats.", "50").unit, "seat");
}

TEST(NotFigures, MoreTelephoneNumbers) {
    EXPECT_TRUE(figures("Anyone with information should call 101 or Crimestoppers on 0800 555 111.").empty());
    EXPECT_TRUE(figures("For help, call the helpline on 0300 123 4567 or text 85258.").empty());
    EXPECT_TRUE(figures("For more information, call 1-800-273-8255 or +91 98765 43210.").empty());
    EXPECT_EQ(figure("They will call 2000 reservists.", "2000").unit, "reservist");
}

TEST(NotFigures, AModelNumberBeforeTheRestOfItsName) {
    EXPECT_EQ(figures("The airline grounded its 737 Max fleet of 24 aircraft.").size(), 1u);
    EXPECT_TRUE(figures("Boeing's 737 Max production is capped.").empty());
    EXPECT_EQ(figure("He met 150 Conservative party members.", "150").unit, "conservative party member");
    EXPECT_EQ(figure("Andrade posted $500 US bail.", "500").unit, "USD");
    EXPECT_EQ(figure("It beat 12 Republican senators.", "12").unit, "republican senator");
    EXPECT_EQ(figure("The airline operates 120 Boeing aircraft.", "120").unit, "boeing aircraft");
}

TEST(Ratio, TheWholeMayCarryABoundOfTwoWords) {
    const auto f = figure("Officials said 752 of the more than 1,200 people detained were held.", "752");
    EXPECT_EQ(f.kind, FigureKind::ratio);
    EXPECT_EQ(f.of, 1200);
    EXPECT_EQ(f.unit, "people");
}

TEST(NewsForms, PluralsInZesAndAddressesEndingTheName) {
    EXPECT_EQ(figure("It sells 20 sizes and 30 quizzes.", "20").unit, "size");
    EXPECT_EQ(figure("It sells 20 sizes and 30 quizzes.", "30").unit, "quiz");
    EXPECT_EQ(figure("They danced 20 waltzes.", "20").unit, "waltz");
    EXPECT_TRUE(figures("The firm is based at 1 Infinite Loop, Cupertino.").empty());
    EXPECT_EQ(figure("He won 3 Gardens prizes.", "3").unit, "gardens prize");
}

TEST(NewsForms, HowManyTimesAChampion) {
    const auto f = figure("The three-time world champion faced questions.", "three");
    EXPECT_DOUBLE_EQ(f.value, 3);
    EXPECT_EQ(f.unit, "time");
    EXPECT_TRUE(figures("He is a one-time rival and made a one-time payment.").empty());
}

TEST(NotFigures, AFewOrSeveralDozenIsVague) {
    EXPECT_TRUE(figures("A few dozen protesters gathered outside.").empty());
    EXPECT_TRUE(figures("Several dozen people were detained.").empty());
    EXPECT_DOUBLE_EQ(figure("He has a dozen cars.", "dozen").value, 12);
}

TEST(NotFigures, TimesOfDayInAPair) {
    EXPECT_TRUE(figures("It was taken between 8 AM and 9 PM on Wednesday.").empty());
    EXPECT_TRUE(figures("It happened between 8 and 9 AM.").empty());
    EXPECT_TRUE(figures("They met at half past six.").empty());
    EXPECT_EQ(figure("Sales fell by half to 10 stores.", "10").unit, "store");
    EXPECT_TRUE(figures("It opens at 8 am local time.").empty());
}

TEST(NotFigures, RanksOneOfAndDefiniteReferences) {
    EXPECT_TRUE(figures("Today is the first step.").empty());
    EXPECT_TRUE(figures("He is one of the root causes.").empty());
    EXPECT_TRUE(figures("The two sides agreed to talk.").empty());
    // (a reference to a pair only: "the nine provinces" counts)
    EXPECT_EQ(figure("Floods hit the nine provinces.", "nine provinces").unit, "province");
    EXPECT_EQ(figure("He was among the five people killed.", "five people").value, 5);
    EXPECT_EQ(figure("The four-bedroom house is for sale.", "four").unit, "bedroom");
    EXPECT_EQ(figure("It set fire to at least one home.", "one").unit, "home");
    EXPECT_TRUE(figures("All three were released and the top five advanced.").empty());
    EXPECT_TRUE(figures("She gave evidence for a second day.").empty());
}

TEST(Ages, AfterTheWordAge) {
    // an age is a duration in years, measuring the age
    const auto age = figure("3 million children under the age 15 have the virus.", "15");
    EXPECT_EQ(age.kind, FigureKind::duration);
    EXPECT_FALSE(age.measures.empty());
    EXPECT_EQ(age.unit, "year");
    EXPECT_EQ(figure("He moved at age five.", "five").unit, "year");
    EXPECT_EQ(figure("In the digital age 3 billion people use phones.", "3").unit, "people");
}

TEST(Ages, NowAndTheAgeBeforeTheSubject) {
    EXPECT_EQ(figure("Now 68, she keeps herself to herself.", "68").unit, "year");
    EXPECT_EQ(figure("Now 68, Smith lives in Leeds.", "68").unit, "year");
    EXPECT_NE(figure("He said, now 68, that he was tired.", "68").unit, "year");
    EXPECT_NE(figure("Now 68, 70 and 72 are the bids.", "68").unit, "year");
}

TEST(Ages, APersonsAgeToldWithTheVerbToBe) {
    EXPECT_EQ(figure("\"I am 19 and I don't need much,\" she said.", "19").unit, "year");
    EXPECT_EQ(figure("He moved to Britain when he was 17.", "17").kind, FigureKind::duration);
    EXPECT_EQ(figure("He's six, and he has waited nine months.", "six").unit, "year");
    EXPECT_NE(figure("It is 5 to 1.", "5").unit, "year");
    EXPECT_EQ(figure("We are 3 points behind.", "3").unit, "point");
}

TEST(Ages, AfterANameWithALetterBeyondAsciiOrARoleAndAnAverageAge) {
    EXPECT_EQ(figure("Joana Ávila, 31, runs a guesthouse in the village.", "31").unit, "year");
    EXPECT_EQ(figure("The Maltese boss, 49, was sacked this morning.", "49").unit, "year");
    const auto median = figure("The median age rose to 41.9 from 41.6 in 2021.", "41.6");
    EXPECT_EQ(median.kind, FigureKind::duration);
    EXPECT_EQ(median.unit, "year");
    EXPECT_EQ(
        figure("In 2021 the median age was 41.6 and nearly one in five were 65 or older.", "one in five")
            .kind,
        FigureKind::ratio);
}

TEST(Ages, TheAgeAStepOfALifeWasTakenAt) {
    EXPECT_EQ(figure("He began karting at 16 and turned professional at 19.", "16").unit, "year");
    EXPECT_EQ(figure("She moved to London at 17.", "17").kind, FigureKind::duration);
    EXPECT_NE(figure("Shares started trading at 16.", "16").unit, "year");
}

TEST(Ages, NowBetweenTheNameAndTheAge) {
    EXPECT_EQ(figure("Larry Page, now 28, hated it.", "28").unit, "year");
    // a place's or a firm's tally is no age
    EXPECT_NE(figure("The count of cases in Ohio, now 112, has doubled.", "112").unit, "year");
    EXPECT_NE(figure("Sales, now 112, have doubled.", "112").unit, "year");
    EXPECT_EQ(figure("Page, now 28, hated it.", "28").unit, "year");
    EXPECT_EQ(figure("Smith, then 30, left.", "30").unit, "year");
}

TEST(Ages, InAListOfPeopleClosedBySemicolonsOrTheSentencesEnd) {
    const auto list =
        figures("The victims were Ana Ruiz, 34; her son, Leo, 9; and a neighbour, Paul Moss, 71.");
    ASSERT_EQ(list.size(), 3u);
    for (const auto& f : list) {
        EXPECT_EQ(f.kind, FigureKind::duration) << f.text;
        EXPECT_EQ(f.unit, "year") << f.text;
    }
    // a place's number is none, nor a table's rows
    EXPECT_EQ(figure("Cases rose in New York, 112.", "112").kind, FigureKind::count);
    EXPECT_EQ(figure("Yelich, Milwaukee, 31; Alonso, New York, 28; Bell, Pittsburgh, 25; Reyes, San Diego, "
                     "24; Renfroe, San Diego, 24; Moustakas, Milwaukee, 24.",
                     "31")
                  .kind,
              FigureKind::count);
}

TEST(Ages, OrOlderAfterABareNumber) {
    const auto f = figure("I have a message for every American who is 55 or older.", "55");
    EXPECT_EQ(f.unit, "year");
    EXPECT_EQ(f.qualifier, Qualifier::at_least);
    EXPECT_EQ(f.text, "55 or older");
}

TEST(Ages, ABoundAfterPeopleIsOnTheirAge) {
    const auto f = figure("We cut taxes for families with children under 13.", "13");
    EXPECT_EQ(f.unit, "year");
    EXPECT_EQ(f.qualifier, Qualifier::at_most);
    EXPECT_EQ(figure("The jab is for people over 65 first.", "65").qualifier, Qualifier::at_least);
    EXPECT_EQ(figure("Unemployment among people over 50 rose.", "50").unit, "year");
    EXPECT_NE(figure("There were 300 people, over 100 of whom were hurt.", "100").unit, "year");
    EXPECT_EQ(figure("Some 300 people over 40 tonnes of grain.", "40").unit, "t");
}

TEST(NumberWords, AGroupOfPeopleCountsItsMembers) {
    EXPECT_EQ(figure("Atlantis and its crew of seven will depart on Wednesday.", "seven").unit, "crew");
    EXPECT_EQ(figure("A mother of two, she worked there.", "two").unit, "child");
    // a lone -ing word after the number is a verb's form, not what is counted
    EXPECT_EQ(figure("It is worth $1,800 to a family of four living on $20,000.", "four").unit, "family");
    EXPECT_EQ(figure("Fire broke out in one building on the estate.", "one").unit, "building");
    EXPECT_EQ(figure("A group of 50 gathered outside.", "50").unit, "group");
}

TEST(NotFigures, IdiomsWithOne) {
    EXPECT_TRUE(figures("For one thing, benefits should rise.").empty());
    EXPECT_TRUE(figures("We went from one discovery to another.").empty());
    EXPECT_TRUE(figures("It was one crisis after another.").empty());
    EXPECT_EQ(figure("They moved one datacenter last year.", "one").unit, "datacenter");
}

TEST(NotFigures, OneSaidTheWayAIs) {
    EXPECT_TRUE(figures("One close associate said it was common.").empty());
    EXPECT_TRUE(figures("One study, from a non-profit group, found gains.").empty());
    EXPECT_TRUE(figures("According to one analysis, the law widened access.").empty());
    EXPECT_TRUE(figures("One witness, Felicia Sanders, described hiding.").empty());
    EXPECT_TRUE(figures("The delay was too much for one customer, Inmarsat, which left.").empty());
    EXPECT_TRUE(figures("That is one solution.").empty());
    EXPECT_TRUE(figures("In one case, the firm settled a dispute.").empty());
    EXPECT_EQ(figure("One person was killed.", "One person").unit, "person");
    EXPECT_EQ(figure("The blast killed one person, Reuters reported.", "one person").unit, "person");
    EXPECT_EQ(figure("Only one way remains open.", "one way").unit, "way");
    EXPECT_EQ(figure("Two Republicans and one Democrat voted.", "one Democrat").unit, "democrat");
    // (at a paragraph's end too)
    EXPECT_TRUE(figures("It was one example").empty());
    EXPECT_TRUE(figures("before the May").empty());
}

TEST(Percent, PointsOfAVoteShareAFractionComparedAndAVoteSplitUpheld) {
    EXPECT_EQ(figure("Labour's vote share fell by 19 points.", "19 points").unit, "percentage point");
    EXPECT_EQ(figure("Turnout is typically 20 to 30 points lower.", "20 to 30 points").unit,
              "percentage point");
    EXPECT_EQ(figure("The Dow fell 300 points.", "300 points").unit, "point");
    EXPECT_DOUBLE_EQ(figure("Pay is a fifth below the national average.", "a fifth").value, 20);
    EXPECT_TRUE(figures("He came a third in the race.").empty());
    EXPECT_TRUE(figure("The court upheld the ban 5-4.", "5-4").range.has_value());
}

TEST(Ages, AfterAPronounsContraction) {
    EXPECT_EQ(figure("I'm 68 years old.", "68 years old").unit, "year");
    EXPECT_EQ(figure("They're 20 points ahead in the poll.", "20 points").unit, "percentage point");
}

TEST(Ratios, AWholeToldFirstAndItsPartAfterTheComma) {
    const auto f = figure("Of the 19 victims, 14 were migrant workers.", "Of the 19 victims, 14");
    EXPECT_EQ(f.kind, FigureKind::ratio);
    EXPECT_DOUBLE_EQ(f.value, 14);
    EXPECT_DOUBLE_EQ(*f.of, 19);
    EXPECT_EQ(figures("Of the 19 victims, 14 were migrant workers.").size(), 1u);
    EXPECT_EQ(figure("He said that of the 51 cases since 2022, only two ended in jail.", "two").kind,
              FigureKind::ratio);
}

TEST(Ages, AfterANameWithAHyphenedGivenName) {
    EXPECT_EQ(figure("Park Jin-ho, 61, was sentenced.", "61").unit, "year");
    EXPECT_EQ(figure("Covid-19, 45, cases", "45").kind, FigureKind::count);
}

TEST(Ages, AfterAPersonOfAKind) {
    EXPECT_EQ(figure("A woman, 86, lost her savings.", "86").kind, FigureKind::duration);
    EXPECT_EQ(figure("One victim, 78, told the court.", "78").unit, "year");
    EXPECT_EQ(figure("A list, 52, was drawn up.", "52").kind, FigureKind::count);
}

TEST(NotFigures, TimeToldAndLabelsOfOptions) {
    EXPECT_TRUE(figures("One day, I realised we had nothing in the bank.").empty());
    EXPECT_TRUE(figures("He hopes one day we will meet again.").empty());
    EXPECT_EQ(figure("In one day, we sold out.", "one day").unit, "day");
    EXPECT_TRUE(figures("Mark weighs in behind option 1 on the thread.").empty());
    EXPECT_TRUE(figures("The plan offers options 2 and 3 to members.").empty());
    // a one-day period after a verb stays, and so does a multiplier after a label word
    EXPECT_EQ(figure("The strike lasted one day, organisers said.", "one day").unit, "day");
    EXPECT_EQ(figure("Airlines cancelled flights 12 times this winter.", "12").unit, "times");
}

TEST(Durations, APeriodWithMoreOrAComplementAfterIt) {
    const auto f = figure("It would bring America 50 more years of security.", "50");
    EXPECT_EQ(f.kind, FigureKind::duration);
    EXPECT_EQ(f.unit, "year");
    EXPECT_EQ(f.text, "50 more years of security");
    EXPECT_EQ(figure("We have two more days of talks here.", "two").unit, "day");
    EXPECT_EQ(figure("He scored 10 more goals than Kane.", "10").kind, FigureKind::count);
}

TEST(Money, APriceBesideARateOrTheLevelItCameFromTakesTheRate) {
    EXPECT_EQ(rated(figure("Petrol is 96.8 cents/litre for 97 octane and 90.2 cents for 92 octane.", "90.2")),
              "USD/litre");
    EXPECT_EQ(rated(figure("Crepe firmed to 20.19 rupees per kilo from 20.05 rupees in Colombo.", "20.05")),
              "LKR/kilogram");
    EXPECT_EQ(figure("It paid 45p per kWh this winter, compared with 34p.", "34p").unit, "GBP");
    EXPECT_EQ(
        figure("Petrol is $1.50 a litre, and subsidies come from $2 billion in reserves.", "$2 billion").unit,
        "USD");
}

TEST(Money, ABareNumberBeforeOrTakesTheNextAmountsCurrencyAndSubUnit) {
    const auto six = figure("They argue over 6 or 7 cents on the dollar.", "6");
    EXPECT_EQ(six.unit, "USD");
    EXPECT_DOUBLE_EQ(six.value, 0.06);
    EXPECT_DOUBLE_EQ(figure("A ticket costs 8 or $9.", "8").value, 8);
    EXPECT_EQ(figure("A ticket costs 8 or $9.", "8").unit, "USD");
    // and its scale; a total restated per share takes neither
    const auto four = figure("About 4 or 5 million people fled.", "4");
    EXPECT_DOUBLE_EQ(four.value, 4e6);
    EXPECT_EQ(four.unit, "people");
    EXPECT_DOUBLE_EQ(figure("It costs two or three billion dollars.", "two").value, 2e9);
    EXPECT_DOUBLE_EQ(figure("It lost 553,000 or 11 cts a share.", "553,000").value, 553000);
}

TEST(Money, CurrenciesOfOneCountryByName) {
    EXPECT_EQ(figure("Exports totalled 2.4 billion Taka in October.", "2.4").unit, "BDT");
    EXPECT_EQ(figure("The surplus was 119.1 mln N.Z. Dlrs in February.", "119.1").unit, "NZD");
    EXPECT_EQ(rated(figure("It set the rate at 14.50 bolivars to the dollar.", "14.50")), "VES/USD");
    EXPECT_EQ(figure("A loaf costs 300 forints.", "300").unit, "HUF");
    // a name that is also a people's only after a scale
    EXPECT_EQ(figure("Three Afghanis were arrested at the border.", "Three").kind, FigureKind::count);
    EXPECT_EQ(figure("The budget is 2 billion afghanis.", "2").unit, "AFN");
}

TEST(Money, ABareNumberPricedPerAnotherThingAfterAPrice) {
    const auto f =
        figure("The issue is worth 140 Swiss francs per bearer share and 45 per registered share.", "45");
    EXPECT_EQ(f.kind, FigureKind::money);
    EXPECT_EQ(rated(f), "CHF/registered share");
    EXPECT_EQ(f.text, "45 per registered share");
    // not a limit that is the subject of a verb, nor after a price without a rate
    EXPECT_NE(figure("Tickets cost $50 per person, and 2 per household are allowed.", "2").kind,
              FigureKind::money);
    EXPECT_NE(figure("It paid 140 Swiss francs and 45 per cent of the shares.", "45").kind,
              FigureKind::money);
}

TEST(Money, AScaleAndACurrencyAsACompoundModifier) {
    const auto bank = figure("The doors of the billion dollar Asian Development Bank opened.", "billion");
    EXPECT_EQ(bank.kind, FigureKind::money);
    EXPECT_DOUBLE_EQ(bank.value, 1e9);
    EXPECT_DOUBLE_EQ(figure("It was a one-billion-dollar deal.", "one-billion").value, 1e9);
    EXPECT_DOUBLE_EQ(figure("It set a six-billion dlr limit.", "six-billion").value, 6e9);
    // an idiom states no amount
    EXPECT_FALSE(has_figure("He asked the million-dollar question.", "million"));
    EXPECT_FALSE(has_figure("The billion dollar question is whether rates fall.", "billion"));
    EXPECT_FALSE(has_figure("He faced a one-thousand-to-one shot at the title.", "thousand"));
    // a vague plural names no amount
    EXPECT_FALSE(has_figure("The billions of dollars were lost.", "billion"));
    EXPECT_FALSE(has_figure("The billion dollars were lost.", "billion"));
}

TEST(NewsForms, PerPeriodAndPerThingOfACountOrAQuantity) {
    EXPECT_EQ(rated(figure("There are more than 30,000 readings per day per satellite.", "30,000")),
              "reading/day/satellite");
    EXPECT_EQ(rated(figure("Fuel costs $3 per gallon per person.", "$3")), "USD/gallon/person");
    // "per" that means "according to" adds no rate
    EXPECT_EQ(rated(figure("Ohtani will earn $70 million per year per reports.", "$70")), "USD/year");
    EXPECT_EQ(rated(figure("Rates stay at $5 per hour per federal law.", "$5")), "USD/hour");
    EXPECT_EQ(rated(figure("Brent hit $90 per barrel per data from ICE.", "$90")), "USD/barrel");
}

TEST(NewsForms, ARateAfterAConversionInBracketsIsBothSides) {
    const std::string trend =
        "The sondes showed a trend of 0.155 degrees Celsius (about 0.28° Fahrenheit) per decade.";
    const auto celsius = figure(trend, "0.155");
    EXPECT_EQ(rated(celsius), "°C/decade");
    EXPECT_EQ(celsius.text, "0.155 degrees Celsius");
    EXPECT_EQ(rated(figure(trend, "0.28")), "°F/decade");
    // "per" that is no rate leaves both alone
    EXPECT_EQ(figure("It was 5 km (3 miles) from town, per reports.", "5 km").unit, "km");
}

TEST(NewsForms, DimensionsWrittenWithBy) {
    EXPECT_EQ(figure("The room is 10 by 12 feet.", "10").unit, "ft");
    const std::string cells = "Prisoners are confined alone in 9-by-6 foot cells.";
    EXPECT_EQ(figure(cells, "9").text, "9");
    EXPECT_EQ(figure(cells, "9").unit, "ft");
    EXPECT_EQ(figure(cells, "6").unit, "ft");
    EXPECT_EQ(figure("Unemployment will fall to 5 by 2025.", "5").kind, FigureKind::count);
}

TEST(NewsForms, BitsPerSecondAndBasisPoints) {
    EXPECT_EQ(rated(figure("Anyone ever try connecting at 1200bps in Linux?", "1200")), "bit/s");
    EXPECT_EQ(figure("The Fed cut rates by 50 bps.", "50").unit, "percentage point"); // 0.5 of one
    EXPECT_DOUBLE_EQ(figure("Spreads widened 1,200bps in the crisis.", "1,200").value, 12);
}

TEST(NewsForms, CubicUnitsAndADegreeSignBeforeTheScale) {
    EXPECT_EQ(figure("Each is an average for more than 75,000 cubic kilometers of air.", "75,000").unit,
              "km3");
    EXPECT_EQ(figure("It rose by about 0.054° Fahrenheit.", "0.054").unit, "°F");
    EXPECT_EQ(figure("Gas reserves of 2 trillion cubic feet were found.", "2 trillion").unit, "cu ft");
}

TEST(NewsForms, OneOrMoreAndTheSecondQuarterOfAYear) {
    const auto vandals = figure("USA Today said one or more online vandals had posted a fake page.", "one");
    EXPECT_EQ(vandals.unit, "online vandal");
    EXPECT_EQ(vandals.qualifier, Qualifier::at_least);
    EXPECT_FALSE(has_figure("He said one or the other would go.", "one"));
    const auto year = figure("It reported 2002 second-quarter earnings on Thursday.", "2002");
    EXPECT_EQ(year.kind, FigureKind::date);
    EXPECT_EQ(figure("He ran the lap in 58 seconds.", "58").unit, "second");
    EXPECT_EQ(figure("United scored 2 second-half goals.", "2").unit, "second-half goal");
    EXPECT_EQ(figure("The video runs for 30 second-long clips.", "30").kind, FigureKind::duration);
    const auto ratio = figure("In all, 900 of the 2,000-plus undergraduates were majors.", "900");
    EXPECT_EQ(ratio.unit, "undergraduate");
}

TEST(NewsForms, ARatePerARoundNumberKeepsThatNumberInItsUnit) {
    const auto cases = figures("It recorded a rate of 4.9 cases per 100,000 people in March.");
    ASSERT_EQ(cases.size(), 2u); // and the month
    EXPECT_EQ(cases[1].text, "March");
    EXPECT_EQ(cases[0].text, "4.9 cases per 100,000 people");
    EXPECT_EQ(rated(cases[0]), "case/100000 people");
    EXPECT_EQ(rated(figure("There were 12 deaths per 1,000 live births.", "12")), "death/1000 live birth");
    EXPECT_EQ(rated(figure("Fees are $5 per 1,000 gallons.", "$5")), "USD/1000 gal");
    EXPECT_EQ(rated(figure("The rate was 3.6 per 100,000 in Scotland.", "3.6")), "/100000");
    const auto bare = figures("Deaths reached 3.6 per 100,000.");
    ASSERT_EQ(bare.size(), 1u);
    EXPECT_EQ(rated(bare[0]), "/100000");
    // a number that is not a power of ten is a figure of its own
    EXPECT_EQ(figures("It paid $5 per 1,500 tonnes.").size(), 2u);
}

TEST(Range, ABareSecondEndIsInTheScaleOfTheFirst) {
    const auto line = figure("It cut the credit line from 25.0 mln dlrs to 20.0.", "25.0");
    ASSERT_TRUE(line.range.has_value());
    EXPECT_DOUBLE_EQ(line.range->second, 20e6);
    const auto output = figure("Output rose from 1.5 mln tonnes to 1.8.", "1.5");
    ASSERT_TRUE(output.range.has_value());
    EXPECT_DOUBLE_EQ(output.range->second, 1.8e6);
    // (a number that is already whole, or far below the first, keeps its value)
    const auto fall = figure("It fell from 1.2 million to 800.", "1.2");
    ASSERT_TRUE(fall.range.has_value());
    EXPECT_DOUBLE_EQ(fall.range->second, 800);
}

TEST(Money, TheArticleABeforeASpacedDollarSignIsNoAustralianDollar) {
    EXPECT_EQ(figure("A $2 billion deal to buy the chipmaker collapsed.", "$2").unit, "USD");
    EXPECT_EQ(figure("A $2 billion deal to buy the chipmaker collapsed.", "$2").text, "$2 billion");
    EXPECT_EQ(figure("It raised A$2 billion.", "A$2").unit, "AUD");
    EXPECT_EQ(figure("It raised US $4.7 billion.", "4.7").unit, "USD");
}

TEST(Money, AfricanAndAsianCurrencySigns) {
    EXPECT_EQ(figure("Ghana secured a GH₵5 billion facility.", "5").unit, "GHS");
    EXPECT_EQ(figure("The cedi traded at GH¢15.", "15").unit, "GHS");
    EXPECT_EQ(figure("Tanzania's budget is TSh 56.49 trillion.", "56.49").unit, "TZS");
    EXPECT_EQ(figure("Uganda will borrow UGX 3.2 trillion.", "3.2").unit, "UGX");
    EXPECT_EQ(figure("The rupiah weakened past Rp16,000.", "16,000").unit, "IDR");
    EXPECT_TRUE(figures("Delegates met at COP 28 in Dubai.").empty());
    EXPECT_EQ(figure("Morocco allocated MAD 10 billion to reconstruction.", "10").unit, "MAD");
}

TEST(Money, ALetterCurrencyBeforeAPlainAmountBesideOneWrittenAsMoney) {
    const auto fell = figure("Naspers shares fell R45 to R3,210 on the JSE.", "R45");
    EXPECT_EQ(fell.kind, FigureKind::money);
    EXPECT_EQ(fell.unit, "ZAR");
    EXPECT_FALSE(has_figure("The R21 road passes the R3.5 billion project.", "21"));
    EXPECT_FALSE(has_figure("N95 masks sold for N2,000 each in Lagos.", "95"));
    // or after a word of price, or told twice in a sentence that prices or changes one
    EXPECT_EQ(figure("A taxi on the N2 costs R200, up from R180.", "R180").unit, "ZAR");
    EXPECT_EQ(figure("Tolls on the N1 rose to R45 from R40.", "R45").unit, "ZAR");
    EXPECT_EQ(figure("Maize flour rose Sh5 to Sh150 a packet.", "Sh5").unit, "KES");
    EXPECT_TRUE(figures("The N2 and N3 roads were closed.").empty());
    EXPECT_TRUE(figures("Traffic was diverted from R21 to R24 after the crash.").empty());
}

TEST(Money, ASignBeforeTheCurrency) {
    const auto oil = figure("Oil fell to minus $37.63 a barrel in April 2020.", "37.63");
    EXPECT_DOUBLE_EQ(oil.value, -37.63);
    EXPECT_EQ(oil.text, "minus $37.63 a barrel");
    EXPECT_DOUBLE_EQ(figure("Real interest rates have been negative 2% all year.", "2%").value, -2);
    EXPECT_DOUBLE_EQ(figure("He tested negative 3 times.", "3").value, 3);
    EXPECT_DOUBLE_EQ(figure("Net migration was negative 50,000 last year.", "50,000").value, -50000);
    // "minus" after a noun or a number takes one amount from another
    EXPECT_DOUBLE_EQ(figure("There were 180 votes minus 12 abstentions.", "12").value, 12);
    EXPECT_DOUBLE_EQ(figure("Temperatures minus 15C were recorded.", "15").value, -15);
    EXPECT_DOUBLE_EQ(figure("Exports minus 4.1 percent, imports flat.", "4.1").value, -4.1);
}

TEST(Money, PerThingAndPerPeriod) {
    EXPECT_EQ(rated(figure("A tax cut of up to $3,000 per child per year.", "$3,000")), "USD/child/year");
    EXPECT_EQ(rated(figure("A tax cut of up to $3,000 per child, per year.", "$3,000")), "USD/child/year");
    EXPECT_EQ(rated(figure("The rent will be 1.05 U.S. Dlr a tonne per week.", "1.05")), "USD/tonne/week");
    EXPECT_EQ(rated(figure("It paid $5 a share, a year after listing.", "$5")), "USD/share");
    EXPECT_EQ(rated(figure("It paid $40 a share a year ago.", "$40")), "USD/share");
    // "a share after": a rate all the same; "a year after" is a point in time
    EXPECT_EQ(rated(figure("It lifted its dividend to R3.48 a share after profit rose.", "R3.48")),
              "ZAR/share");
    EXPECT_EQ(figure("Inflation was 5% a year after the war.", "5%").unit, "percent");
    // any word of a rate, when an adverb tells the time: a level then, no rate
    EXPECT_EQ(figure("Salah scored 32 goals a season ago.", "32").unit, "goal");
    EXPECT_EQ(figure("He had scored 3 goals a match before, against Everton.", "3").unit, "goal");
    EXPECT_EQ(rated(figure("He scored 30 points a game after the break.", "30")), "point/game");
}

TEST(Money, TheMembersOfAListOfPricesTakeItsRate) {
    const auto found = figures("People are making $5k, $7k, $10k per month.");
    ASSERT_EQ(found.size(), 3u);
    for (const auto& f : found)
        EXPECT_EQ(rated(f), "USD/month");
    // a total restated per share is no member of a list, nor a price beside a monthly fee
    EXPECT_EQ(figure("Profit was $355 million or $1.02 a share.", "$355 million").unit, "USD");
    EXPECT_EQ(figure("The device costs $1,000 and $50 per month in fees.", "$1,000").unit, "USD");
}

TEST(NumberWords, ABareNumberWordThatDoesNotReferBackIsACount) {
    EXPECT_DOUBLE_EQ(figure("Forty passengers were hurt, and twelve were taken to hospital.", "twelve").value,
                     12);
}

TEST(NotFigures, TimesOfDayAndVagueAmounts) {
    EXPECT_TRUE(figures("The meeting starts at 10:30 am.").empty());
    EXPECT_TRUE(figures("They stand to make billions of dollars within a few weeks.").empty());
}

TEST(NotFigures, Datelines) {
    EXPECT_TRUE(figures("MOSCOW, February 28 (TASS) - Talks went on.").empty());
    EXPECT_TRUE(figures("WASHINGTON, February 19th. /tass/. Rubio informed the Europeans.").empty());
    // an acronym and a hyphen do not make a sentence a dateline
    EXPECT_TRUE(has_figure("HSBC will buy $3 billion of shares after pre-tax profit jumped.", "$3 billion"));
}

TEST(NotFigures, Timestamps) { EXPECT_TRUE(figures("It starts at 10:00:00 local time.").empty()); }

TEST(NotFigures, ListMarkersAndNumberedParagraphs) {
    EXPECT_TRUE(figures("1) Richard Ostman, 2) Samuli Eriksson.").empty());
    const auto quiz = figures("2. Australia won its 28 Davis Cup titles when?");
    ASSERT_EQ(quiz.size(), 1u);
    EXPECT_DOUBLE_EQ(quiz[0].value, 28);
    EXPECT_TRUE(has_figure("The firm (with 12 staff) grew.", "12"));
    // a label run into the last item's full stop, where a page lost its line breaks
    EXPECT_TRUE(figures("It bought bonds (of 6 years).2. The Fed chose to act.").size() == 1u);
    EXPECT_TRUE(figures("It aimed at \"price stability\".3. Consistent with that, it acted.").empty());
}

TEST(NotFigures, AVagueFewWithOrTwo) {
    EXPECT_TRUE(figures("Both men tweeted an accusation or two.").empty());
    EXPECT_EQ(figures("They won one or two seats.").size(), 2u);
}

TEST(NewsForms, AnAmountRunIntoTheNextWord) {
    // a page's text that lost its space: grouped digits are no code's
    EXPECT_DOUBLE_EQ(figure("His net worth = $3,013,518He's cheering.", "$3,013,518").value, 3013518);
    EXPECT_EQ(figure("The firm hired 3,200staff last year.", "3,200staff").unit, "staff");
    EXPECT_TRUE(figures("The 3Com deal and 4Kids.").empty());
}

TEST(NotFigures, StreetAddresses) { EXPECT_TRUE(figures("It leased 575 Wilbraham Road to a firm.").empty()); }

// --- spans, odd input, lexicon errors --------------------------------------------------------

TEST(Spans, TextIsThePargraphSlicedByCodePoints) {
    const std::string p = "Zelenskyy’s “plan” – costing €5bn – cut 20 % of the déficit.";
    const auto found = figures(p);
    ASSERT_EQ(found.size(), 2u);
    const std::u32string cps = parallax::test::code_points(p);
    for (const auto& f : found) {
        const auto utf8 = parallax::test::utf8(cps.substr(f.span.begin, f.span.end - f.span.begin));
        EXPECT_EQ(utf8, f.text);
    }
}

TEST(OddInput, HugeNumbersLongDigitRunsAndBinaryNeverCrash) {
    EXPECT_NO_THROW(figures(std::string(5000, '9')));
    EXPECT_NO_THROW(figures("1" + std::string(400, '0') + " dollars and $" + std::string(300, '9') + "bn"));
    EXPECT_NO_THROW(figures(std::string("\xff\xfe\x00\x80 12,3,4,5,,6 -- $ % .5. 1e999", 26)));
    std::string commas;
    for (int i = 0; i < 2000; ++i)
        commas += "1,000,";
    EXPECT_NO_THROW(figures(commas));
}

namespace {

// A copy of the lexicon folder, in the temporary folder under `name`, to spoil or extend.
std::filesystem::path lexicon_copy(const std::string& name) {
    const auto dir = std::filesystem::temp_directory_path() / name;
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir / "figures");
    std::filesystem::copy(kLexicons / "figures", dir / "figures", std::filesystem::copy_options::recursive);
    return dir;
}

} // namespace

TEST(Lexicons, AMissingOrMalformedFileIsNamedWithItsLine) {
    const auto dir = lexicon_copy("parallax-figures-lexicon-test");
    {
        std::ofstream bad(dir / "figures" / "scales.txt", std::ios::app);
        bad << "gazillion | lots | any\n";
    }
    try {
        FigureFinder broken(dir);
        FAIL() << "a bad number was accepted";
    } catch (const std::runtime_error& e) {
        EXPECT_NE(std::string(e.what()).find("scales.txt:"), std::string::npos) << e.what();
        EXPECT_NE(std::string(e.what()).find("lots"), std::string::npos) << e.what();
    }
    std::filesystem::copy(kLexicons / "figures" / "scales.txt", dir / "figures" / "scales.txt",
                          std::filesystem::copy_options::overwrite_existing);
    {
        std::ofstream twice(dir / "figures" / "units.txt", std::ios::app);
        twice << "km | quantity | km | any\n";
    }
    try {
        FigureFinder repeated(dir);
        FAIL() << "an entry given twice was accepted";
    } catch (const std::runtime_error& e) {
        EXPECT_NE(std::string(e.what()).find("\"km\" is already on line"), std::string::npos) << e.what();
    }
    std::filesystem::remove(dir / "figures" / "months.txt");
    EXPECT_THROW(FigureFinder missing(dir), std::runtime_error);
    std::filesystem::remove_all(dir);
}

TEST(Lexicons, TheWordListsOfTheRulesAreReadFromTheFolder) {
    // amount_verbs.txt: "New hirings totaled 500,363" counts hirings, and so does a verb added there
    const auto dir = lexicon_copy("parallax-figures-word-list-test");
    {
        std::ofstream more(dir / "figures" / "amount_verbs.txt", std::ios::app);
        more << "tallied\n";
    }
    const std::string text = "New hirings tallied 500,363 in the quarter.";
    EXPECT_EQ(figure(text, "500,363").unit, "");
    const auto found = FigureFinder(dir).find(article(text));
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].unit, "new hiring");
    std::filesystem::remove(dir / "figures" / "amount_verbs.txt");
    try {
        FigureFinder missing(dir);
        FAIL() << "a missing word list was not noticed";
    } catch (const std::runtime_error& e) {
        EXPECT_NE(std::string(e.what()).find("amount_verbs.txt"), std::string::npos) << e.what();
    }
    std::filesystem::remove_all(dir);
}

// --- news forms: labels, halves, rates --------------------------------------------------------

TEST(NewsForms, AGroupedNumberAfterALabelWordIsACountNotALabel) {
    // "seat 14" names a seat, but identifiers are not written with thousands separators
    const auto f = figure("The arena will seat 18,500 spectators once it opens.", "18,500");
    EXPECT_EQ(f.kind, FigureKind::count);
    EXPECT_DOUBLE_EQ(f.value, 18500);
    EXPECT_EQ(f.unit, "spectator");
    EXPECT_FALSE(has_figure("Please take seat 14 near the window.", "14"));
}

TEST(NewsForms, HalfADozenIsSix) {
    const auto f =
        figure("Police questioned several drivers, and half a dozen were later charged.", "half a dozen");
    EXPECT_EQ(f.kind, FigureKind::count);
    EXPECT_DOUBLE_EQ(f.value, 6);
}

TEST(NewsForms, AFractionOfAScaleWordIsThatManyOfWhatFollows) {
    const auto jobs = figure("The company will cut a quarter of a million jobs.", "quarter");
    EXPECT_EQ(jobs.kind, FigureKind::count);
    EXPECT_DOUBLE_EQ(jobs.value, 250000);
    EXPECT_EQ(jobs.unit, "job");
    EXPECT_DOUBLE_EQ(figure("Three-quarters of a million homes lost power.", "Three").value, 750000);
    EXPECT_DOUBLE_EQ(figure("About a quarter million viewers watched.", "quarter").value, 250000);
    const auto money = figure("They spent half a billion dollars on it.", "half");
    EXPECT_EQ(money.kind, FigureKind::money);
    EXPECT_EQ(money.unit, "USD");
    EXPECT_DOUBLE_EQ(money.value, 5e8);
    // a fraction of a whole is still a percent
    EXPECT_EQ(figure("A quarter of the staff left.", "quarter").kind, FigureKind::percent);
}

TEST(NewsForms, AStrongCompoundCountsTheNounAfterIt) {
    const auto f = figure("A 3,000-strong crowd gathered outside parliament.", "3,000");
    EXPECT_DOUBLE_EQ(f.value, 3000);
    EXPECT_EQ(f.unit, "crowd");
    EXPECT_EQ(figure("A 50-strong commission representing most groups will meet.", "50").unit, "commission");
}

TEST(NewsForms, ACountFollowedByAUnitOfTimeIsARate) {
    // "a day" after a counted noun says how often, so it is part of the count, not a duration of one day
    const auto fs = figures("The bakery sells 900 pies a day.");
    ASSERT_EQ(fs.size(), 1u);
    EXPECT_EQ(fs[0].kind, FigureKind::count);
    EXPECT_DOUBLE_EQ(fs[0].value, 900);
    EXPECT_EQ(rated(fs[0]), "pie/day");
    EXPECT_EQ(rated(figure("The striker scored 1.1 goals per game.", "1.1")), "goal/game");
}

TEST(NewsForms, ShortPluralsInIesKeepTheirIe) {
    // "-ies" becomes "-y" ("42 countries" -> "country") only after a stem longer than one letter
    EXPECT_EQ(figure("The league lists 12 ties this season.", "12").unit, "tie");
    EXPECT_EQ(figure("Officials visited 42 countries.", "42").unit, "country");
}

TEST(NewsForms, AUnitOfTimeBeforeEarlierOrAgoIsAPointInTimeNotARate) {
    const auto f = figure("Prices rose 4.1 percent, after 3.8 percent a month earlier.", "3.8");
    EXPECT_EQ(f.kind, FigureKind::percent);
    EXPECT_EQ(f.unit, "percent"); // not percent a month
}

TEST(NewsForms, AnAdjectiveBetweenTheDeterminerAndTheNumberDescribesTheCountedNoun) {
    // "the previous three sessions" counts previous sessions; the adjective sits before the number
    EXPECT_EQ(figure("Shares fell in the previous three sessions.", "three").unit, "previous session");
    EXPECT_EQ(figure("She won a record 14 titles.", "14").unit, "record title");
    // participles and qualifiers are not descriptions of the noun: "an estimated 5,000 people"
    const auto f = figure("An estimated 5,000 people attended.", "5,000");
    EXPECT_EQ(f.unit, "people");
    EXPECT_EQ(f.qualifier, Qualifier::approx);
    EXPECT_EQ(figure("The remaining 40 hostages were freed.", "40").unit, "hostage");
    EXPECT_EQ(figure("The bank's 900 branches will stay open.", "900").unit, "branch"); // a possessor
    // a word the dictionary knows only as a noun is an object before the count, not a description
    EXPECT_EQ(figure("He said he had met the gunman one time.", "one").unit, "time");
}

TEST(NewsForms, AnAgeAfterANameInTextWithoutCommas) {
    EXPECT_EQ(figure("Nick Hague 44 has spent 200 days in space.", "44").unit, "year");
    EXPECT_FALSE(has_figure("He beat Andy Murray 64 in the final.", "64"));
    EXPECT_FALSE(has_figure("The Boeing 737 was grounded.", "737"));
}

TEST(NewsForms, AgeWordsBeforeTheNumber) {
    EXPECT_EQ(figure("Aged just 19, she flew solo.", "19").unit, "year");
    EXPECT_EQ(figure("It covers voters in the 18-19 age group.", "18-19").unit, "year");
    EXPECT_EQ(figure("The suspect 27 was remanded in custody.", "27").unit, "year");
    EXPECT_EQ(figure("She ran her first marathon at the age of 71.", "71").unit, "year");
}

TEST(NewsForms, AnAgeAsTheWholePredicate) {
    EXPECT_EQ(figure("He died in a crash. He was 38.", "38").unit, "year");
    EXPECT_EQ(figure("Brianne Randall-Gay was 17 when she was treated.", "17").unit, "year");
    EXPECT_EQ(figure("Stephen, an orphan who was 10 when he was trafficked, worked there.", "10").unit,
              "year");
    EXPECT_EQ(figure("Gene Sharp, US scholar, dies at 90", "90").unit, "year");
    EXPECT_EQ(figure("Abe Vigoda has passed away at 94.", "94").unit, "year");
    EXPECT_EQ(figure("He left school. At 10, he was sent to London.", "10").unit, "year");
    EXPECT_NE(figure("The index was 38.", "38").unit, "year");
    EXPECT_EQ(figure("She moved to Paris at age five.", "five").unit, "year");
    EXPECT_NE(figure("The score was 38.", "38").unit, "year");
}

TEST(NewsForms, OddAfterANumberIsAnApproximation) {
    const auto f = figure("It runs a fleet of 3,000-odd buses.", "3,000");
    EXPECT_EQ(f.unit, "bus");
    EXPECT_EQ(f.qualifier, Qualifier::approx);
}

TEST(NewsForms, ARankBeforeTheNumberIsNotPartOfTheCountedNoun) {
    EXPECT_EQ(figure("The first two spacewalks went well.", "two").unit, "spacewalk");
    EXPECT_EQ(figure("The top three seeds are still playing.", "three").unit, "top seed");
    EXPECT_EQ(figure("Here are the 10 most-watched programmes of 2016.", "10").unit,
              "most-watched programme");
}

TEST(NewsForms, AcronymsAdverbsAndVerbsAroundTheCountedNoun) {
    EXPECT_EQ(figure("He has 11 goals in 14 MLS games.", "14").unit, "MLS game");
    EXPECT_EQ(figure("Spotify has 640 million monthly users.", "640").unit, "monthly user");
    EXPECT_EQ(figure("Shein employs 11000 people and ships to 150 countries.", "11000").unit, "people");
    EXPECT_EQ(figure("It buys two loaves of bread cost $7.", "two").unit, "loaf bread");
    EXPECT_NE(figure("It fell to minus 12 overnight.", "12").unit, "overnight");
    EXPECT_EQ(figure("Dubai welcomed 17.15 million overnight visitors.", "17.15").unit, "overnight visitor");
    EXPECT_EQ(figure("Some 2,500 police personnel were deployed.", "2,500").unit, "police personnel");
    EXPECT_EQ(figure("The BJP was 32 short of a majority.", "32").unit, "");
    EXPECT_EQ(figure("The flat has two bedrooms and measures 850 sq ft.", "two").unit, "bedroom");
}

TEST(NewsForms, AdjectivesInEdNameAKindAndParticiplesDescribe) {
    EXPECT_EQ(figure("Over 11 million undocumented migrants would benefit.", "11").unit,
              "undocumented migrant");
    EXPECT_EQ(figure("The world was divided into two armed camps.", "two").unit, "armed camp");
    EXPECT_EQ(figure("Health officials count 1,528 suspected cholera cases.", "1,528").unit,
              "suspected cholera case");
    // a word only a verb's form describes; so does what an adverb describes
    EXPECT_EQ(figure("The plan would close about 20 decently sized coal-fired power plants.", "20").unit,
              "coal-fired power plant");
}

TEST(NewsForms, InitialsWithPointsAndNounsInLyAreWordsOfTheCountedNoun) {
    EXPECT_EQ(figure("It will put four of its U.S. assembly plants on overtime.", "four").unit,
              "U.S. assembly plant");
    EXPECT_EQ(figure("The airline flies to 11 U.S. cities.", "11").unit, "U.S. city");
    EXPECT_EQ(figure("She leaves 20 great-grandchildren.", "20").unit, "great-grandchild");
    EXPECT_EQ(figure("Profit rose to 1.78 billion H.K. Dlrs.", "1.78").unit, "HKD");
    EXPECT_DOUBLE_EQ(figure("The rand is at 48 U.S. Cents.", "48").value, 0.48);
}

TEST(NewsForms, ALoneAdjectiveNamesNothingBeforeAnAdverb) {
    EXPECT_EQ(figure("The blast left 3 dead, 12 injured and 5 missing.", "5").unit, "missing");
}

TEST(NewsForms, ALoneAdjectiveNamesNothingAndACapitalisedPluralEndsAName) {
    EXPECT_EQ(figure("It raised its prime rate to 7-3/4 from 7-1/2 effective immediately.", "7-1/2").unit,
              "");
    EXPECT_EQ(figure("The gang operates in 20 different American States.", "20").unit,
              "different american state");
    // (not after a noun: a title)
    EXPECT_EQ(figure("She directed the 2019 film Little Women for Sony.", "2019").kind, FigureKind::date);
}

TEST(Dates, AYearBeforeANounOfItsPeriod) {
    EXPECT_EQ(figure("It expects 1987 results to exceed last year's.", "1987").kind, FigureKind::date);
    EXPECT_EQ(figure("The firm hired 2000 workers.", "2000").kind, FigureKind::count);
    EXPECT_EQ(figure("The fair attracted 2000 graduates.", "2000").kind, FigureKind::count);
}

TEST(Dates, ADayBeforeASpacedInIsADate) {
    EXPECT_EQ(figure("The market will open on April 1 in the port city.", "April 1").unit, "date");
    EXPECT_EQ(figure("It pays for January 1 to March 9 in full.", "March 9").unit, "date");
}

TEST(Levels, ABareLevelDownFromAPercentIsAPercent) {
    const auto f = figure(
        "The 13-week notes went at an average yield of 15.473 pct, down from 15.870 last week.", "15.870");
    EXPECT_EQ(f.kind, FigureKind::percent);
    // only the level right before it: "held at 4.1%, while payrolls were up from 150,000" counts
    EXPECT_EQ(figure("The jobless rate held at 4.1%, while payrolls were up from 150,000.", "150,000").kind,
              FigureKind::count);
    EXPECT_EQ(figure("Its share rose by 2%, up from 15 a year earlier.", "15").kind, FigureKind::count);
}

TEST(Levels, ATemperatureBelowZero) {
    const auto found = figures("Winds brought the wind chill to 15 and 25 degrees below zero.");
    ASSERT_EQ(found.size(), 2u);
    EXPECT_DOUBLE_EQ(found[0].value, -15);
    EXPECT_DOUBLE_EQ(found[1].value, -25);
    EXPECT_EQ(found[1].text, "25 degrees below zero");
    const auto range = figure("Temperatures ranged from 10 to 15 degrees below zero.", "10");
    ASSERT_TRUE(range.range.has_value());
    EXPECT_DOUBLE_EQ(range.range->first, -10);
    EXPECT_DOUBLE_EQ(range.range->second, -15);
}

TEST(NewsForms, AnAddedWordBeforeTheCountAndAnAdverbInACompound) {
    EXPECT_EQ(figure("We will help an additional 200,000 workers get training.", "200,000").unit, "worker");
    EXPECT_EQ(figure("We sent 20,000 additional soldiers.", "20,000").unit, "additional soldier");
    EXPECT_EQ(
        figure("Jobs pour into 9,000 previously-neglected neighborhoods thanks to the plan.", "9,000").unit,
        "previously-neglected neighborhood");
}

TEST(NewsForms, APluralThatCanBeAVerbBeforeAnArticleIsAVerb) {
    EXPECT_EQ(figure("The well being of our 160 million people demands a stable farm economy.", "160").unit,
              "people");
    EXPECT_EQ(figure("Some 2,500 police personnel were deployed.", "2,500").unit, "police personnel");
    EXPECT_EQ(figure("The city deployed 500 police officers this week.", "500").unit, "police officer");
    EXPECT_EQ(rated(figure("The bank opened 3 savings accounts a day.", "3")), "savings account/day");
}

TEST(NewsForms, WordsJoinedByOrAndAPluralThatNamesPeople) {
    // (the record names the words of the kind, as NewsQuant does, without "or")
    EXPECT_EQ(figure("It ends 151 wasteful or obsolete programs.", "151").unit, "wasteful obsolete program");
    EXPECT_EQ(figure("About ten million uninsured Americans gained coverage.", "ten").unit,
              "uninsured american");
    // a capitalised word before another still starts a name
    EXPECT_EQ(figure("It showed the 1988 horror film Childs Play twice.", "1988").kind, FigureKind::date);
}

TEST(NewsForms, AQualifierAfterTheNumberBeforeItsNoun) {
    const auto f = figure("The same 15 or so failing tests block submission.", "15");
    EXPECT_EQ(f.unit, "failing test");
    EXPECT_EQ(f.qualifier, Qualifier::approx);
    EXPECT_EQ(f.text, "15 or so failing tests");
    EXPECT_EQ(figure("Campaigns with 50 or fewer locations can stay.", "50").qualifier, Qualifier::at_most);
    EXPECT_EQ(figure("The crowd grew to 10,000 or more.", "10,000").qualifier, Qualifier::at_least);
}

TEST(NewsForms, APeriodAfterACapitalisedWordIsNoLabel) {
    const auto f = figure("You might not recognise this Government 10 years from now.", "10");
    EXPECT_EQ(f.kind, FigureKind::duration);
    EXPECT_EQ(f.unit, "year");
    EXPECT_FALSE(has_figure("Windows 10 was released.", "10"));
}

TEST(NewsForms, AfterOneTheCountedNounRunsToItsLastPlainWord) {
    EXPECT_EQ(figure("The flat comes with one parking space.", "one").unit, "parking space");
    EXPECT_EQ(figure("Only one team wins the cup.", "one").unit, "team");
    EXPECT_EQ(figure("Police said one officer was hurt today.", "one").unit, "officer");
}

TEST(NewsForms, AListAfterAnAgeIsAges) {
    for (const char* n : {"19", "22", "25"})
        EXPECT_EQ(figure("Three men, aged 19, 22 and 25, were charged.", n).unit, "year") << n;
}

TEST(NewsForms, ACompoundModifierIsNotALevelForWhatFollows) {
    EXPECT_EQ(figure("Voters elected 263 women to the 650-seat Commons, up from 220.", "220").unit, "woman");
}

TEST(NewsForms, ANumberSetOffByCommasAfterARoleIsAnAge) {
    // like "Maddon, 66,": a person described by role rather than by name
    const auto f = figure("The headteacher, 58, retired in June.", "58");
    EXPECT_EQ(f.kind, FigureKind::duration);
    EXPECT_EQ(f.unit, "year");
    EXPECT_EQ(figure("Her brother, 34, was unhurt.", "34").unit, "year");
    // after a plural noun the number counts part of the group
    EXPECT_NE(figure("Of the 90 guests, 12, mostly children, fell ill.", "12").unit, "year");
}

TEST(NewsForms, ASizeBetweenACountAndItsNounIsReadOnItsOwn) {
    // "three 20-litre drums": the count counts drums (of fuel), and 20 litres is a figure of its own
    const auto fs = figures("The crew unloaded three 20-litre drums of fuel.");
    ASSERT_EQ(fs.size(), 2u);
    EXPECT_EQ(fs[0].text, "three");
    EXPECT_EQ(fs[0].unit, "drum fuel");
    EXPECT_DOUBLE_EQ(fs[1].value, 20);
    EXPECT_EQ(fs[1].kind, FigureKind::quantity);
}

TEST(NewsForms, ABareNumberSharingACountedNounKeepsItsOwnRate) {
    // the second figure borrows "theft" from the first but says "per month" itself
    const auto f = figure("Police logged 31 thefts in May, compared with 25 per month last year.", "25");
    EXPECT_EQ(rated(f), "theft/month");
}

TEST(NewsForms, StraightOrNextBeforeAPluralNounIsPartOfTheCountedNoun) {
    // "won nine straight" ends the phrase; "nine straight matches" counts matches
    EXPECT_EQ(figure("The club has won 9 straight matches.", "9").unit, "straight match");
}

TEST(NewsForms, SingularUnitNamesCompoundWithTheNumber) {
    // "a 5-nanometer chip": the singular spelling of a unit is a unit too
    const auto f = figure("The firm makes a 5-nanometer chip.", "5-nanometer");
    EXPECT_EQ(f.kind, FigureKind::quantity);
    EXPECT_EQ(f.unit, "nm");
}

TEST(NewsForms, MixedNumbersWithAFractionAreOneAmount) {
    const auto a = figure("Forecasters expect 3 1/2 inches of snow.", "3 1/2");
    EXPECT_EQ(a.kind, FigureKind::quantity);
    EXPECT_DOUBLE_EQ(a.value, 3.5);
    EXPECT_EQ(a.unit, "in");
    EXPECT_DOUBLE_EQ(figure("Stir in 2\u00bc cups of milk.", "2").value, 2.25);
    EXPECT_FALSE(has_figure("The shop is open 24/7.", "24")); // a slash between whole numbers is no fraction
}

TEST(NewsForms, FewerBeforeTheNounQualifiesTheCountLikeMore) {
    EXPECT_EQ(figure("The region recorded 2,100 fewer births than in 2019.", "2,100").unit, "birth");
}

TEST(NewsForms, TheCountedNounTakesASecondPluralAndABareNounAfterOf) {
    EXPECT_EQ(figure("The RFS has 80 planes and helicopters in the operation.", "80").unit,
              "plane helicopter");
    EXPECT_EQ(figure("The reef is home to 1,500 species of fish.", "1,500").unit, "species fish");
    EXPECT_EQ(figure("It received 40 expressions of interest.", "40").unit, "expression interest");
    EXPECT_EQ(figure("About 300 workers of the plant struck.", "300").unit, "worker");
    EXPECT_EQ(figure("It sold 80 planes and 20 helicopters.", "80").unit, "plane");
}

TEST(NewsForms, AnAdverbOrANameBeforeAPluralNounModifiesIt) {
    EXPECT_EQ(figure("Ohtani hit 44 home runs last season.", "44").unit, "home run");
    EXPECT_EQ(figure("It supports four single wide monitors.", "four").unit, "single wide monitor");
    EXPECT_EQ(figure("Alexander and two other Illinois counties flooded.", "two").unit,
              "other illinois county");
    EXPECT_EQ(figure("They came 2 metres short and went home.", "2 metres").unit, "m");
}

TEST(NewsForms, ComparativesAndSuperlativesInTheCountedNounNameTheirBase) {
    EXPECT_EQ(figure("The space was split into two smaller tenancies.", "two").unit, "small tenancy");
    EXPECT_EQ(figure("It is among the 10 biggest banks in Europe.", "10").unit, "big bank");
    EXPECT_EQ(figure("The older 12 players trained apart.", "12").unit, "old player");
}

TEST(NewsForms, IrregularPluralsNameTheirSingular) {
    // the regular endings are rules; the irregular plurals are data in plurals.txt
    EXPECT_EQ(figure("The fire destroyed 40 loaves and 12 knives.", "40").unit, "loaf");
    EXPECT_EQ(figure("The fire destroyed 40 loaves and 12 knives.", "12").unit, "knife");
    EXPECT_EQ(figure("The city bought 30 buses.", "30").unit, "bus");
    EXPECT_EQ(figure("Doctors saw 3 crises in a week.", "3").unit, "crisis");
    EXPECT_EQ(figure("The school has 800 children.", "800").unit, "child");
    EXPECT_EQ(figure("The ferry carries 25 cars.", "25").unit, "car");
}

TEST(NewsForms, AnIrregularPastTenseAfterABareNumberIsItsVerb) {
    // like "12 fled": "Of the climbers, 14 fell ill" counts climbers, not "fell"
    const auto f = figure("Of the climbers, 14 fell ill on the descent.", "14");
    EXPECT_EQ(f.text, "14");
    EXPECT_EQ(f.unit, "");
}

TEST(NewsForms, ARatioMayHaveAnAdjectiveBeforeItsWhole) {
    const auto f = figure("Seven of the top 10 exporters are in Asia.", "Seven");
    EXPECT_EQ(f.kind, FigureKind::ratio);
    EXPECT_DOUBLE_EQ(f.value, 7);
    ASSERT_TRUE(f.of.has_value());
    EXPECT_DOUBLE_EQ(*f.of, 10);
    EXPECT_EQ(f.unit, "exporter");
}

TEST(NewsForms, AfterAVerbOfChangeABareNumberToALargerCountIsARange) {
    // "cut 400 to 500 jobs" gives the size of the cut as a range ...
    const auto f = figure("The carmaker will cut 400 to 500 jobs.", "400");
    ASSERT_TRUE(f.range.has_value());
    EXPECT_DOUBLE_EQ(f.range->second, 500);
    EXPECT_EQ(f.unit, "job");
    // ... while a change with its own unit, then a level, stays two figures
    EXPECT_EQ(figures("The shares rose 20 cents to $4.10.").size(), 2u);
}

TEST(NewsForms, APluralBeforeAPluralNounModifiesItAndKeepsItsForm) {
    EXPECT_EQ(figure("Savers opened three savings accounts.", "three").unit, "savings account");
    EXPECT_EQ(figure("The case fits 4 single wide graphics cards.", "4").unit, "single wide graphics card");
    EXPECT_EQ(figure("The RFS has 80 planes and helicopters in the operation.", "80").unit,
              "plane helicopter");
}

TEST(NewsForms, ABareNumberOpeningAClauseCountsWhatWasCountedBeforeIt) {
    EXPECT_EQ(figure("The stadium holds 74,500 spectators, but only 31,000 turned up.", "31,000").unit,
              "spectator");
    EXPECT_EQ(figure("The plant employs 5,000 workers and 300 were laid off.", "300").unit, "worker");
    EXPECT_EQ(
        figure("Nearly 2,000 people attended, fewer than the 2,500 the organisers hoped for.", "2,500").unit,
        "people");
    // a number that is no subject keeps its own reading
    EXPECT_EQ(figure("The stadium holds 74,500 spectators and cost 300 to build.", "300").unit, "");
}

TEST(NewsForms, AVerbOfGoingPastAMarkMakesALowerBound) {
    const auto f = figure("Dengue cases in Brazil passed 4 million this year.", "4 million");
    EXPECT_EQ(f.qualifier, Qualifier::at_least);
    EXPECT_EQ(f.unit, "dengue case");
    EXPECT_EQ(figure("Sales topped $2bn in the quarter.", "$2bn").qualifier, Qualifier::at_least);
    // "passed" with a counted noun is a count, and "the top 10" a rank
    EXPECT_EQ(figure("The Senate passed 12 bills on Monday.", "12").qualifier, Qualifier::exact);
    EXPECT_EQ(figure("It is among the top 10 banks.", "10").qualifier, Qualifier::exact);
    // the subject must open the sentence: the toll counts no landslides
    EXPECT_EQ(figure("The death toll from the landslides in Wayanad rose to 231.", "231").unit, "");
}

TEST(NewsForms, ABareRateAfterACountAndADurationCountsTheCountedNoun) {
    const auto f =
        figure("Dockworkers unloaded 2,300 containers in 18 hours, or roughly 128 an hour.", "128");
    EXPECT_EQ(f.kind, FigureKind::count);
    EXPECT_EQ(rated(f), "container/hour");
}

TEST(NewsForms, TwoEndsInDifferentSubUnitsStayTwoFiguresWithTheSameRate) {
    const auto f =
        figure("It expects funds from operations in the range of 96 cents to $1.01 per share.", "96");
    EXPECT_FALSE(f.range.has_value());
    EXPECT_DOUBLE_EQ(f.value, 0.96);
    EXPECT_EQ(rated(f), "USD/share");
}

TEST(NewsForms, OneInFiveAfterThatIsARatio) {
    const auto f = figure("Researchers found that one in five adults reported symptoms.", "one in five");
    EXPECT_EQ(f.kind, FigureKind::ratio);
    ASSERT_TRUE(f.of.has_value());
    EXPECT_DOUBLE_EQ(*f.of, 5);
    EXPECT_EQ(f.unit, "adult");
}

TEST(NewsForms, NInMIsARatioOnlyOverASmallOrRoundWhole) {
    EXPECT_EQ(figure("Three in 10 voters backed him.", "Three").kind, FigureKind::ratio);
    EXPECT_EQ(figure("Avanti cancelled 1 in 12 trains last month.", "1 in 12").kind, FigureKind::ratio);
    // 12 hat-tricks in 275 games
    const auto f = figure("Aguero managed 12 in 275 games.", "12");
    EXPECT_EQ(f.kind, FigureKind::count);
    EXPECT_EQ(figure("Aguero managed 12 in 275 games.", "275").unit, "game");
}

TEST(NewsForms, AMagnitudeIsAQuantityWrittenEitherSide) {
    const auto before = figure("The magnitude 7.5 earthquake struck at a depth of 10km.", "7.5");
    EXPECT_EQ(before.kind, FigureKind::quantity);
    EXPECT_EQ(before.unit, "magnitude");
    EXPECT_EQ(figure("A 6.4-magnitude quake hit Taiwan.", "6.4").unit, "magnitude");
    EXPECT_EQ(figure("A crack formed after the magnitude-5.8 quake.", "5.8").unit, "magnitude");
    EXPECT_FALSE(has_figure("COVID-19 cases rose again.", "19"));
}

TEST(Money, APriceAPopIsAPriceEach) {
    EXPECT_EQ(figure("The headphones are pricey at $200 a pop.", "$200").unit, "USD");
    EXPECT_EQ(rated(figure("Tickets cost $200 a night.", "$200")), "USD/night");
}

TEST(NewsForms, AnAdverbEndsTheCountedNounAndAnAdjectiveInLyStays) {
    EXPECT_EQ(
        figure("It was watched by 12.3 million viewers, peaking at 13.1 million shortly after 9pm.", "13.1")
            .unit,
        "viewer");
    EXPECT_EQ(figure("The pair stole from about 600 elderly victims.", "600").unit, "elderly victim");
    EXPECT_EQ(figure("They built about 20 decently sized plants.", "20").unit, "plant");
}

TEST(NewsForms, APartOrMoreOfWhatWasCountedCountsTheSame) {
    EXPECT_EQ(figure("The car park has 420 spaces, including 24 for blue badge holders.", "24").unit,
              "space");
    EXPECT_EQ(figure("The city identified 188 dangerous buildings, 43 of which must be vacated.", "43").unit,
              "dangerous building");
    // the count a preposition ties to an earlier one is not the one counted again
    EXPECT_EQ(figure("Haaland has scored 27 goals in 31 appearances, three more than Salah.", "three").unit,
              "goal");
    EXPECT_EQ(
        figure("Employers added 175,000 jobs, fewer than the 240,000 economists had expected.", "240,000")
            .unit,
        "job");
}

TEST(NotFigures, TelephoneAndEmergencyNumbers) {
    EXPECT_TRUE(figures("Call Crime Stoppers at 1-800-222-8477 or the office at 555-0142.").empty());
    EXPECT_FALSE(has_figure("Police received a 999 call at 3am.", "999"));
    EXPECT_FALSE(has_figure("The 911 call was released.", "911"));
    EXPECT_EQ(figure("The hospital has 911 beds.", "911").unit, "bed"); // no word of calling: a count
}

TEST(NotFigures, TitlesAndLabelsInAList) {
    EXPECT_FALSE(has_figure("Inside Out 2 opened to $155 million in North America.", "2 "));
    // a preposition in a Title-Case headline is no part of a title
    EXPECT_TRUE(has_figure("Death Toll Rises To 45 After Floods", "45"));
    EXPECT_FALSE(has_figure("She reached 2 billion streams on Spotify with Seven.", "Seven"));
    EXPECT_TRUE(figures("The M25 will be closed between junctions 10 and 11.").empty());
    EXPECT_TRUE(has_figure("Windows 10 and 300 people", "300 people"));
    // every member of a longer list, and the plural of a label word
    EXPECT_TRUE(figures("The rules are in chapters 4, 5 and 6.").empty());
    EXPECT_TRUE(figures("It collects outtakes from seasons 3 and 4 of the show.").empty());
    EXPECT_TRUE(figures("It is in the Record (vol. 106, p. 135) and art. 12 of the code.").empty());
    // a sentence that ends in a label word or an acronym is no abbreviation
    EXPECT_EQ(figure("He won the game. 25,000 fans cheered.", "25,000").unit, "fan");
    EXPECT_EQ(figure("The attack happened last week. Three people were killed.", "Three").unit, "people");
    EXPECT_EQ(figure("It was a matter for the SEC. 12 firms were fined.", "12").unit, "firm");
    // the plural of a label word labels a list only
    EXPECT_EQ(figure("In the past two seasons 30 players have left the club.", "30").unit, "player");
    EXPECT_TRUE(has_figure("It collects outtakes from seasons 3 and 40 people watched.", "40 people"));
}

TEST(NotFigures, ReferenceMarksInSquareBrackets) {
    EXPECT_TRUE(figures("The use of the plant may go back millennia [5].").empty());
    const auto studies = figures("Two studies found the same [2, 3] and a third did not [4-6].");
    ASSERT_EQ(studies.size(), 1u);
    EXPECT_EQ(studies[0].text, "Two studies");
    // an editor's words in brackets are text like any other
    EXPECT_EQ(figure("He said [the firm] laid off 40 workers.", "40 workers").unit, "worker");
    EXPECT_EQ(figure("The bill [worth $5 billion] passed.", "$5 billion").unit, "USD");
}

TEST(NotFigures, VersionsAndAddressesWithSeveralPoints) {
    EXPECT_TRUE(figures("The app needs version 2.4.1 and the server at 192.168.0.1 answered.").empty());
    EXPECT_DOUBLE_EQ(figure("Shares rose 2.4. 1 analyst disagreed.", "2.4").value, 2.4);
}

TEST(Dates, ASpanOfDaysInOneMonthIsOneDateWithARange) {
    const auto f = figure("G7 leaders will meet in Apulia from June 13 to 15.", "June");
    EXPECT_EQ(f.text, "June 13 to 15");
    EXPECT_EQ(f.kind, FigureKind::date);
    ASSERT_TRUE(f.range.has_value());
    EXPECT_DOUBLE_EQ(f.range->second, 2025.0615);
    EXPECT_EQ(figure("They met on June 13-15, 2024.", "June").text, "June 13-15, 2024");
    EXPECT_EQ(figure("They met on June 3 and 4 others came.", "June").text, "June 3");
}

TEST(NewsForms, AModelsLabelBeforeThePluralIsPartOfWhatIsCounted) {
    EXPECT_EQ(figure("Qantas will buy 12 new Airbus A321XLR jets.", "12").unit, "new airbus a321xlr jet");
    EXPECT_EQ(figure("The air force flew 40 F-35 fighters.", "40").unit, "f-35 fighter");
    EXPECT_EQ(figure("They own three Boeing 737 jets.", "three").unit, "boeing 737 jet");
    EXPECT_EQ(figure("The rig holds four NVIDIA cards.", "four").unit, "NVIDIA card");
}

TEST(NewsForms, ABareLevelComparedWithARateKeepsTheRate) {
    const auto f =
        figure("Output rose to 1.6 million barrels a day, still below its quota of 1.78 million.", "1.78");
    EXPECT_EQ(rated(f), "bbl/d");
    // a bare level with its own period takes that one
    EXPECT_EQ(rated(figure("The road carries 300 cars a day, or 100,000 a year.", "100,000")), "car/year");
}

TEST(Money, ABareCurrencyNameIsTheOneOfTheCountryTheArticleNames) {
    EXPECT_EQ(figure("Damage to crops in the Philippines was put at 5.7 billion pesos.", "5.7").unit, "PHP");
    EXPECT_EQ(figure("Mexico's central bank sold 5 billion pesos of bonds.", "5 billion").unit, "MXN");
    // both countries named: the usual code; a name that says whose: what it says
    EXPECT_EQ(figure("Mexico and the Philippines lost 2 billion pesos each.", "2 billion").unit, "MXN");
    EXPECT_EQ(figure("In Mexico, the 3 billion Philippine pesos went unpaid.", "3 billion").unit, "PHP");
    EXPECT_EQ(rated(figure("Pakistan's cabinet set the wheat price at Rs 3,900 per maund.", "3,900")),
              "PKR/maund");
    EXPECT_EQ(figure("The bill would raise 346 billion shillings in new taxes.", "346").unit, "KES");
    EXPECT_EQ(figure("Uganda's budget adds 2 trillion shillings.", "2 trillion").unit, "UGX");
    // riyals and rials, dinars, dirhams
    EXPECT_EQ(figure("Qatar paid 5 billion riyals.", "5 billion riyals").unit, "QAR");
    EXPECT_EQ(figure("Saudi Arabia raised 10 billion riyals.", "10 billion riyals").unit, "SAR");
    EXPECT_EQ(figure("Oman taxes incomes over 42,000 rials.", "42,000 rials").unit, "OMR");
    EXPECT_EQ(figure("Jordan approved a 500 million dinar budget.", "500 million dinar").unit, "JOD");
    EXPECT_EQ(figure("Morocco spent 3 billion dirhams.", "3 billion dirhams").unit, "MAD");
    EXPECT_EQ(figure("Norway paid 5 billion kroner.", "5 billion kroner").unit, "NOK");
    EXPECT_EQ(figure("Cairo will spend 5 billion pounds.", "5 billion pounds").unit, "EGP");
    EXPECT_EQ(figure("The UK will give Egypt 5 million pounds.", "5 million pounds").unit, "GBP");
}

TEST(Money, MoreSignsCodesAndScales) {
    EXPECT_EQ(figure("Egypt's budget is E£ 3 trillion.", "E£ 3 trillion").unit, "EGP");
    EXPECT_EQ(figure("He paid Mex$ 500.", "Mex$ 500").unit, "MXN");
    EXPECT_EQ(figure("Kuwait's KD 5 billion plan.", "KD 5 billion").unit, "KWD");
    EXPECT_EQ(figure("Oman's RO 331m deal.", "RO 331m").unit, "OMR");
    EXPECT_EQ(figure("It cost 22,104 TL.", "22,104 TL").unit, "TRY");
    EXPECT_EQ(figure("Prices rose 45 zł.", "45 zł").unit, "PLN");
    EXPECT_DOUBLE_EQ(figure("The fine was Rs 450 cr.", "Rs 450 cr").value, 4.5e9);
    EXPECT_DOUBLE_EQ(figure("The fine was Rs 2.5 lac.", "Rs 2.5 lac").value, 250000);
    EXPECT_DOUBLE_EQ(figure("The company lost -$450 million.", "-$450 million").value, -4.5e8);
    EXPECT_EQ(figure("Prices of $2-$3 a unit.", "$2-$3 a unit").value, 2);
    EXPECT_TRUE(figures("The NIS 2 directive applies.").empty());
    EXPECT_TRUE(figures("In London, Sony showed the PS4.").empty());
    EXPECT_TRUE(figures("Flight QR 701 to Doha was diverted.").empty());
    EXPECT_EQ(figure("Zambia's budget totals K217.1 billion.", "K217.1 billion").unit, "ZMW");
    EXPECT_EQ(figure("Malawi's K8.03 trillion budget passed.", "K8.03 trillion").unit, "MWK");
    EXPECT_DOUBLE_EQ(figure("It set aside Rs8.2tr for interest.", "Rs8.2tr").value, 8.2e12);
    EXPECT_EQ(rated(figure("The sol traded at S/ 3.62 per dollar.", "S/ 3.62 per dollar")), "PEN/USD");
    EXPECT_EQ(figure("Its Hungarian plant made 45 billion Ft.", "45 billion Ft").unit, "HUF");
    EXPECT_EQ(figure("He ran 5 Ft.", "5 Ft").unit, "ft");
    EXPECT_EQ(figure("Maroc Telecom in Morocco was fined DH 6.37 billion.", "DH 6.37 billion").unit, "MAD");
    EXPECT_EQ(rated(figure("A flat in Stockholm rents for 12,000 kr a month.", "12,000 kr a month")),
              "SEK/month");
    EXPECT_EQ(figure("Oman LNG paid 1.3 billion Omani rials.", "1.3 billion Omani rials").unit, "OMR");
    EXPECT_EQ(figure("The rate rose 0.2 ppt.", "0.2 ppt").unit, "percentage point");
    EXPECT_TRUE(figures("The RON95 petrol subsidy ends.").empty());
    // won and dong after thousands written out in a story on Korea or Vietnam; pounds after them stay
    // a weight, and "won" a verb
    EXPECT_EQ(figure("Samsung in Korea rose to 56,100 won.", "56,100 won").unit, "KRW");
    EXPECT_EQ(figure("In Hanoi a bowl of pho costs 50,000 dong.", "50,000 dong").unit, "VND");
    EXPECT_NE(figure("Of 1,250 cases filed, 1,100 won compensation.", "1,100").kind, FigureKind::money);
    EXPECT_EQ(figure("The hall has 400 TL-D 36W tubes.", "400").kind, FigureKind::count);
    EXPECT_TRUE(figures("QR701 diverted to Shannon, Doha officials said.").empty());
    EXPECT_EQ(figure("In Qatar the fine is QR 500.", "QR 500").unit, "QAR");
    EXPECT_EQ(figure("A coffee in Busan costs 5,000 won.", "5,000 won").unit, "KRW");
    EXPECT_EQ(figure("Seoul's subway fare rose to 1,550 Won.", "1,550 Won").unit, "KRW");
    EXPECT_EQ(figure("Brent rose 2 dlrs-Brent.", "2 dlrs").unit, "USD");
    EXPECT_EQ(figure("Qatar's budget reached 5 billion riyals.", "5 billion riyals").unit, "QAR");
    EXPECT_EQ(figure("The bomb weighed 2,000 pounds.", "2,000 pounds").unit, "lb");
}

TEST(Money, ABracketedConversionIsNoLevelToCompareWith) {
    const auto f = figure("It reported a net profit of 133 billion won (about $A140.7 million) last year, "
                          "against a net loss of "
                          "14.5 billion a year earlier.",
                          "14.5");
    EXPECT_EQ(f.kind, FigureKind::money);
    EXPECT_EQ(f.unit, "KRW");
}

TEST(NewsForms, CoordinatedModifiersAndRatesInsideACompound) {
    EXPECT_EQ(figure("OSS-Fuzz has reported over 300 timeout and out-of-memory failures.", "300").unit,
              "timeout out-of-memory failure");
    EXPECT_EQ(rated(figure("This is needed for the 400-patches-per-day velocity of Chrome.", "400")),
              "patch/day");
}

TEST(Money, ACountrysLettersStandBeforeAnyAmountWhereTheArticleNamesIt) {
    EXPECT_EQ(figure("Tickets cost R25 in Cape Town.", "R25").unit, "ZAR");
    EXPECT_FALSE(has_figure("He saw R25 in the shop.", "R25"));            // "R25" alone may be a name
    EXPECT_EQ(figure("Tickets cost R25 in the shop.", "R25").unit, "ZAR"); // a price wherever it is
    EXPECT_FALSE(has_figure("Traffic on the R21 in Pretoria was slow.", "R21"));
    EXPECT_EQ(figure("The state would release 50 million reais in emergency funds.", "50").unit, "BRL");
}

TEST(Dates, AQuarterWithoutAYearBeforeResultsIsTheLatestOneByPublication) {
    // the article is of 18 February 2025: results come after their quarter, so this is 2024's
    const auto f = figure("Third-quarter profit rose 5%.", "Third");
    EXPECT_EQ(f.kind, FigureKind::date);
    EXPECT_DOUBLE_EQ(f.value, 2024.3);
    EXPECT_DOUBLE_EQ(figure("First-quarter profit rose 5%.", "First").value, 2025.1);
    // a game's quarter is no date
    EXPECT_FALSE(has_figure("They led in the third quarter before fading.", "third"));
}

TEST(Dates, ASeasonOrFiscalYearWithASlashIsARangeOfYears) {
    const auto f = figure("The budget for 2023/24 was cut.", "2023");
    EXPECT_EQ(f.text, "2023/24");
    EXPECT_EQ(f.kind, FigureKind::date);
    ASSERT_TRUE(f.range.has_value());
    EXPECT_DOUBLE_EQ(f.range->second, 2024);
}

TEST(Durations, QuartersAndUnitsAfterOneAndAHyphen) {
    const auto f = figure("She expects the slowdown to last two quarters.", "two");
    EXPECT_EQ(f.kind, FigureKind::duration);
    EXPECT_EQ(f.unit, "quarter");
    EXPECT_EQ(figure("The capsule carried a one-gram sample.", "one").unit, "g");
}

TEST(NotFigures, TimesByThePartOfTheDayAndQuotedTitles) {
    EXPECT_TRUE(figures("My son called me at 3 in the morning.").empty());
    EXPECT_TRUE(figures("The review ran under the headline \"Three Hours in the Stacks.\"").empty());
}

TEST(NewsForms, ALargeNumberBeforeAVerbCountsWhatWasCountedBefore) {
    EXPECT_EQ(
        figure("The war has displaced more than 8.6 million people, and 25 million remain in camps.", "25")
            .unit,
        "people");
    // a word that is a noun too stays the noun
    EXPECT_EQ(figure("They built a 60,000 seat stadium.", "60,000").unit, "seat stadium");
    EXPECT_EQ(figure("About 200 people are missing and 9,300 sheltering in camps.", "9,300").unit, "people");
    // small numbers make compounds
    EXPECT_EQ(figure("They served a three course meal.", "three").unit, "course meal");
}

TEST(NewsForms, ThePluralBeforeFromOrToIsCounted) {
    const auto f = figure("Microsoft is increasing its data centres from 20 to 29.", "20");
    EXPECT_EQ(f.unit, "data centre");
    ASSERT_TRUE(f.range.has_value());
    // a verb of change there is no noun
    EXPECT_EQ(figure("The figure rises from 20 to 29.", "20").unit, "");
}

TEST(NewsForms, AListOfBareNumbersEndsInTheirUnit) {
    const auto f = figure("They bought 1.2m, 800,000 and 650,000 tonnes of wheat.", "1.2m");
    EXPECT_EQ(f.kind, FigureKind::quantity);
    EXPECT_DOUBLE_EQ(f.value, 1200000);
    EXPECT_EQ(f.unit, "t");
}

TEST(Money, PhilippinePesoSigns) {
    EXPECT_EQ(rated(figure("Rice sells at ₱29 a kilo.", "29")), "PHP/kilogram");
    EXPECT_EQ(figure("Net income rose 21% to P10.2 billion.", "10.2").unit, "PHP");
}

TEST(Durations, AUnitWithAnArticleBeforeAgoOrEarlierSpansOne) {
    // as "nearly three years ago" spans three years
    const auto f = figure("Prices rose 4% from a year ago.", "a year");
    EXPECT_EQ(f.kind, FigureKind::duration);
    EXPECT_DOUBLE_EQ(f.value, 1);
    EXPECT_EQ(figure("Waiting another year would hurt.", "another year").unit, "year");
    // it is no level that a bare number is compared with
    EXPECT_EQ(figure("Home sales fell 21.9% from a year earlier to 7,114 units.", "7,114").kind,
              FigureKind::count);
    // right after a level too ("$42 a share" is a rate)
    EXPECT_EQ(figure("Revenue rose to €12.4bn from €11.1bn a year earlier.", "a year").unit, "year");
    EXPECT_EQ(figure("Inflation fell to 13.6% from 13.9% a month earlier.", "a month").unit, "month");
    EXPECT_EQ(figure("Revenue rose to €12.4bn from €11.1bn a year earlier.", "€11.1bn").unit, "EUR");
    EXPECT_EQ(figures("The fund pays $42 a share.").size(), 1u);
}

TEST(NotFigures, TickersCodesToDialAndTrunkPrefixedNumbers) {
    EXPECT_FALSE(has_figure("Toyota (7203.T) shares rose 2%.", "7203"));
    EXPECT_TRUE(figures("BYD (1211.HK) fell.").empty());
    EXPECT_TRUE(figures("Dial *234# to check your balance.").empty());
    EXPECT_TRUE(figures("Helpline numbers 06572-290324 and 033-22143526 are open.").empty());
    EXPECT_TRUE(figures("Residents can call 211 for help.").empty());
    EXPECT_TRUE(figures("Section 80C allows deductions.").empty());
    EXPECT_EQ(figure("Temperatures hit 40C.", "40C").unit, "°C");
    EXPECT_EQ(figure("Qatar will invest QR 900 billion.", "QR 900 billion").unit, "QAR");
    EXPECT_TRUE(figures("Scan the QR code.").empty());
}

TEST(NotFigures, AStreetNumberBeforeAVerbAndANumberInHexadecimal) {
    EXPECT_EQ(figures("A house at 1204 Barton Springs Road listed for $1.25 million.").size(), 1u);
    EXPECT_TRUE(figures("Funds moved to an address beginning 0x47666.").empty());
    EXPECT_EQ(figure("He won 3 Gardens prizes.", "3 Gardens prizes").unit, "gardens prize");
}

TEST(Levels, ANameAndItsNumberWithTheVerbLeftOut) {
    const auto found = figures("Labour won 411 seats, the Conservatives 121 and the Lib Dems 72.");
    ASSERT_EQ(found.size(), 3u);
    EXPECT_EQ(found[1].unit, "seat");
    EXPECT_EQ(found[2].unit, "seat");
    EXPECT_EQ(figure("Standings: Piastri 186 pts, Norris 176, Verstappen 137.", "137").unit, "point");
    // names with their own numbers stay names
    EXPECT_EQ(figures("He upgraded 40 computers to Windows 10 and Windows 11.").size(), 1u);
    EXPECT_TRUE(figures("Season 4 continues with the vuvuzela, Starcraft 2, and more.").empty());
}

TEST(Levels, ASpanTheChangeTookIsNoLevelsUnit) {
    const auto level = figure("Homicides fell 32% in the first five months of 2025, to 152.", "152");
    EXPECT_EQ(level.kind, FigureKind::count);
    EXPECT_EQ(figure("Deliveries in the first two months rose 8% to 57,000.", "57,000").unit, "");
    // a span compared with a span, and spans listed, stay spans
    EXPECT_EQ(figure("It took 3 hours, compared with 5 last year.", "5").unit, "hour");
    EXPECT_EQ(figure("Sales rose 8% in the past three months to 4,210.", "4,210").unit, "");
    EXPECT_EQ(figure("Over two years, membership grew to 3,400.", "3,400").kind, FigureKind::count);
    // no span runs to thousands of its unit, no age to millions
    EXPECT_EQ(
        figure("Some 2.97 million people waited more than 18 weeks, and 180,242 more than a year.", "180,242")
            .unit,
        "people");
    EXPECT_EQ(figure("The population aged 65 and over grew to 61.2 million.", "61.2 million").unit, "");
    EXPECT_EQ(figure("Strikes run for two hours on Thursday, four on Friday.", "four").unit, "hour");
}

TEST(NotFigures, NamesWithNumberWordsWeekdaysAndExchangeCodes) {
    EXPECT_TRUE(figures("The Five Eyes alliance met.").empty());
    EXPECT_TRUE(figures("The Three Lions face Serbia in Gelsenkirchen.").empty());
    EXPECT_EQ(figures("The Three Gorges Dam generated 118 billion kWh.").size(), 1u);
    EXPECT_EQ(figure("The three men were arrested.", "three men").unit, "man");
    EXPECT_TRUE(figures("Sheffield Wednesday 3 Hull City 1").empty());
    EXPECT_EQ(figure("Cyber Monday 2024 brought in $13.3 billion.", "2024").kind, FigureKind::date);
    EXPECT_EQ(figure("On Super Tuesday 15 states hold primaries.", "15 states").unit, "state");
    // a headline in capitals keeps its count
    EXPECT_EQ(figure("The Four Hostages Released On Saturday Are Safe, Hospital Says", "Four").value, 4);
    // a plural in capitals before a noun in capitals names, in a headline too
    EXPECT_TRUE(figures("The Six Nations Championship Returns To Cardiff").empty());
    EXPECT_TRUE(figures("Five Eyes Alliance meets in Ottawa.").empty());
    EXPECT_EQ(figure("Two Students Face Charges After Campus Riot", "Two").unit, "student");
    EXPECT_EQ(figure("Three Democrats Monday introduced a bill.", "Three").unit, "democrat");
    EXPECT_TRUE(figures("Shares of Sony (TSE: 6758) rose.").size() == 0u);
    EXPECT_TRUE(figures("© 2025 Reuters").empty());
    EXPECT_TRUE(figures("Calls to 311 rose.").empty());
}

TEST(NotFigures, DesignationsLetteredItemsCountersAndHelplines) {
    EXPECT_EQ(figures("The asteroid 2024 YR4 has a 3.1% chance of hitting Earth.").size(), 1u);
    EXPECT_EQ(figure("By 2030 G7 nations will cut emissions.", "2030").kind, FigureKind::date);
    EXPECT_DOUBLE_EQ(figure("It has 1b users.", "1b users").value, 1e9);
    EXPECT_TRUE(figures("Clade 1b has spread fast.").empty());
    EXPECT_EQ(figure("It raised $1b.", "$1b").value, 1e9);
    EXPECT_TRUE(figures("A helpline, 104, was operating 24x7.").empty());
    EXPECT_EQ(figures("The desk is staffed by 24").size(), 1u); // a paragraph that ends on the number
    EXPECT_TRUE(figures("Image 1 of 8").empty());
    EXPECT_TRUE(figures("It appeared in Nature Communications, volume 12, article 2289.").empty());
    EXPECT_TRUE(figures("Beau Webster 39 not out.").empty() ||
                figures("Beau Webster 39 not out.")[0].unit != "year");
}

TEST(Range, AConfidenceIntervalsBounds) {
    const auto ci = figure("The hazard ratio was 1.27; 95% CI 1.09-1.48.", "1.09-1.48");
    ASSERT_TRUE(ci.range.has_value());
    EXPECT_DOUBLE_EQ(ci.range->second, 1.48);
    EXPECT_TRUE(has_figure("The odds ratio was 6.3 (95% CI 4.8 to 8.1).", "4.8 to 8.1"));
}

TEST(NotFigures, NetZeroIsAGoalsName) {
    EXPECT_FALSE(has_figure("The country aims for net zero by 2050.", "zero"));
    EXPECT_TRUE(figures("It backs net-zero emissions.").empty());
    EXPECT_TRUE(has_figure("Inflation fell to zero.", "zero"));
}

TEST(NotFigures, AnAgencyDatelineWithAPlaceInMixedCase) {
    EXPECT_FALSE(has_figure("Bengaluru, Feb 11 (PTI) Karnataka approved 24 new stations.", "Feb"));
    EXPECT_TRUE(has_figure("Bengaluru, Feb 11 (PTI) Karnataka approved 24 new stations.", "24"));
    EXPECT_TRUE(has_figure("Today (Wednesday, October 14) the market opens.", "October 14"));
}

TEST(NewsForms, ALevelOfTheNumbersOfAThingCountsIt) {
    const auto passed = figure("Visitor figures passed 2 million last year.", "2 million");
    EXPECT_EQ(passed.unit, "visitor");
    EXPECT_EQ(passed.qualifier, Qualifier::at_least);
    EXPECT_EQ(figure("Profit jumped 34% to €1.92bn as passenger numbers rose 9% to 184 million.", "184").unit,
              "passenger");
    EXPECT_EQ(
        figure("Tesla delivered 386,810 vehicles, short of the roughly 449,000 analysts expected.", "449,000")
            .unit,
        "vehicle");
}

TEST(Money, ABareDollarInAnOutletFromADollarCountry) {
    Article a = article("The company recorded a $935 million loss.");
    a.outlet = "Australian Associated Press";
    const auto found = finder().find(a);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].unit, "AUD");
}

TEST(Money, AnOutletsOwnCentsAndItsHomeCurrency) {
    Article au = article("Fuel rose 35 cents, and the fund lost 300 dollars.", "https://www.smh.com.au/x");
    const auto cents = finder().find(au);
    ASSERT_EQ(cents.size(), 2u);
    EXPECT_EQ(cents[0].unit, "AUD");
    EXPECT_EQ(cents[1].unit, "AUD");
    // the outlet's home decides a bare name even where the story names another country
    Article dawn = article("The budget is Rs17.57 trillion. Islamabad also set aside Rs 5 lakh crore.");
    dawn.outlet = "Dawn";
    EXPECT_EQ(finder().find(dawn)[0].unit, "PKR");
    const auto pk =
        finder().find(article("The Sindh government approved Rs3.5bn.", "https://tribune.com.pk/1"));
    ASSERT_EQ(pk.size(), 1u);
    EXPECT_EQ(pk[0].unit, "PKR");
    // (a sentence that names the United States, or another country of the currency, says whose)
    const auto us =
        finder().find(article("In the US, eggs cost 6 dollars a carton.", "https://www.abc.net.au/1"));
    ASSERT_EQ(us.size(), 1u);
    EXPECT_EQ(rated(us[0]), "USD/carton");
    Article oman = article("Saudi Aramco paid 30 billion riyals. The ministry paid 2 billion riyals.");
    oman.outlet = "Times of Oman";
    const auto riyals = finder().find(oman);
    ASSERT_EQ(riyals.size(), 2u);
    EXPECT_EQ(riyals[0].unit, "SAR");
    EXPECT_EQ(riyals[1].unit, "OMR");
    Article local = article("Novo Nordisk's sales grew to 78.1 billion kroner.");
    local.outlet = "The Local Denmark";
    EXPECT_EQ(finder().find(local)[0].unit, "DKK");
}

TEST(Dates, ADayBeforeAColonAndAListMarkerWithALetter) {
    EXPECT_EQ(figure("Great British Bake Off (BBC One), August 24: 13.58 million", "August").text,
              "August 24");
    EXPECT_FALSE(has_figure("Fires burn. 1C) Live cross: fire has jumped the road.", "1C"));
}

TEST(Dates, ADecadeIsOneDateNamedByItsFirstYear) {
    const auto f = figure("The houses were built in the 1950s.", "1950s");
    EXPECT_EQ(f.kind, FigureKind::date);
    EXPECT_EQ(f.unit, "year");
    EXPECT_DOUBLE_EQ(f.value, 1950);
    EXPECT_FALSE(f.range.has_value());
}

TEST(Dates, APartOfADecadeIsRough) {
    EXPECT_EQ(figure("It began in the mid-1960s.", "mid-1960s").qualifier, Qualifier::approx);
    EXPECT_EQ(figure("It began in the late 1960s.", "1960s").qualifier, Qualifier::approx);
    EXPECT_DOUBLE_EQ(figure("Since the 1960s and 70s, it grew.", "70s").value, 1970);
    EXPECT_TRUE(figures("Temperatures were in the 70s.").empty());
}

TEST(Dates, AYearOrADecadeWrittenWithTwoDigitsAfterAnApostrophe) {
    const auto spirit = figure("Some say the old Spirit of '76 is dead.", "'76");
    EXPECT_EQ(spirit.kind, FigureKind::date);
    EXPECT_DOUBLE_EQ(spirit.value, 1976);
    EXPECT_DOUBLE_EQ(figure("The class of \u201922 graduated.", "22").value, 2022);
    const auto nineties = figure("He loved the '90s.", "'90s");
    EXPECT_DOUBLE_EQ(nineties.value, 1990); // a decade is one date, as "the 1990s"
    EXPECT_FALSE(nineties.range.has_value());
    EXPECT_TRUE(figures("It was rock 'n' roll.").empty());
    // an opening quotation mark is no elision
    EXPECT_EQ(figure("'20 years ago we had nothing,' she said.", "20").kind, FigureKind::duration);
    EXPECT_EQ(figure("'30 per cent of staff will go,' the union warned.", "30").kind, FigureKind::percent);
    // without a publication date, POSIX's pivot
    Article undated;
    undated.paragraphs = {"The old Spirit of '76 is dead, said the class of '22."};
    const auto found = finder().find(undated);
    ASSERT_EQ(found.size(), 2u);
    EXPECT_DOUBLE_EQ(found[0].value, 1976);
    EXPECT_DOUBLE_EQ(found[1].value, 2022);
}

TEST(NotFigures, AgencyDatelinesInsideAFeedEntryAndAreaCodedTelephoneNumbers) {
    EXPECT_FALSE(
        has_figure("Gold index down 0.1 percent By Arpan Varghese Jan 30 (Reuters) - Gold rose.", "Jan"));
    EXPECT_TRUE(figures("Call our Newswire Team on (02) 9322 8405 or 02 93228738.").empty());
}

TEST(Numerals, IndianGroupingInLakhsAndCrores) {
    EXPECT_DOUBLE_EQ(figure("The fee is Rs 1,80,000 a year.", "1,80,000").value, 180000);
    EXPECT_DOUBLE_EQ(figure("Turnover reached Rs 12,34,567 crore.", "12,34,567").value, 12345670000000);
}

TEST(NotFigures, OClockWithATypographersApostrophe) {
    EXPECT_FALSE(has_figure("Two F-16s are at about your 10 o\u2019clock position.", "10"));
    EXPECT_FALSE(has_figure("It starts at 10 o'clock.", "10"));
}

TEST(NotFigures, ListMarkersInsideASentence) {
    const std::string reasons = "They left because 1) it gets over 100 degrees, and 2) the troops suffer.";
    const auto found = figures(reasons);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].text, "over 100 degrees");
    EXPECT_TRUE(has_figure("The fee (up to 5) is paid.", "5"));
}

TEST(NotFigures, VersionsAndANumberJoinedToOneLetter) {
    EXPECT_FALSE(has_figure("The 2.6 release fixes the bug.", "2.6"));
    EXPECT_FALSE(has_figure("Many 8.0 clients still connect.", "8.0"));
    EXPECT_FALSE(has_figure("The 3-D film and the 4-H club opened.", "3"));
    EXPECT_FALSE(has_figure("The firm filed its 10-K on Friday.", "10"));
    // a decimal count of anything else stays, and so does a plural of releases
    EXPECT_EQ(figure("About 4.9 cases were reported.", "4.9").unit, "case");
    EXPECT_EQ(figure("She has a 3.9 grade-point average.", "3.9").kind, FigureKind::count);
    EXPECT_TRUE(has_figure("The project ships 2.5 releases a year.", "2.5"));
}

TEST(NotFigures, ANumberAloneInQuotationMarksIsAName) {
    EXPECT_FALSE(has_figure("The '419' refers to the part of the Nigerian penal code.", "419"));
    EXPECT_FALSE(has_figure("It was a \u201c1984\u201d moment for the firm.", "1984"));
    // a number said or written, and one with its noun inside the marks, are stated all the same
    EXPECT_TRUE(has_figure("Asked how many had died, he said \"40\", then corrected himself.", "40"));
    EXPECT_TRUE(has_figure("He wrote \u201c50 tickets\u201d on the form.", "50"));
}

TEST(NotFigures, LinksLeftInTheBodyListMarkersWithALetterAndAllTheTime) {
    EXPECT_TRUE(
        figures("Related: How Trump's $50m golf club became $1.4m when it came time to pay tax").empty());
    EXPECT_FALSE(has_figure("Fires burn. 1B) At Bilpin people are tired.", "1B"));
    EXPECT_TRUE(figures("Surgical care is provided 24 x 7 throughout the year.").empty());
    EXPECT_EQ(figure("The board is 24 x 7 inches.", "24").unit, "in");
}

TEST(NotFigures, ClockTimesDrivesDatelinesWithAColonAndAnswerLists) {
    EXPECT_FALSE(has_figure("Test cricket, Pakistan v England - Sky Sports 2 0630; golf 0845.", "0630"));
    EXPECT_FALSE(has_figure("Test cricket, Pakistan v England - Sky Sports 2 0630; golf 0845.", "0845"));
    EXPECT_TRUE(figures("It comes in 4x2 and 4x4 variants.").empty());
    EXPECT_FALSE(has_figure("Mangaluru, May 10: On the occasion of Labour Day, 300 workers met.", "May"));
    EXPECT_TRUE(has_figure("Mangaluru, May 10: On the occasion of Labour Day, 300 workers met.", "300"));
    EXPECT_TRUE(figures("Answers: 1. Al-Saadi Gaddafi; 2. Oslo; 3. Barry Manilow.").empty());
}

TEST(Ratios, APartAndAWholeWithASlash) {
    const auto f = figure("She scored 389/400 in the exam.", "389");
    EXPECT_EQ(f.kind, FigureKind::ratio);
    ASSERT_TRUE(f.of.has_value());
    EXPECT_DOUBLE_EQ(*f.of, 400);
    // dates and "24/7" are no ratios
    EXPECT_FALSE(has_figure("The service runs 24/7.", "24"));
    EXPECT_FALSE(has_figure("Released 04/2013 in Europe.", "04"));
}

TEST(Boundaries, EachRuleStaysWithinItsForm) {
    // a code or sign is never swapped for a local currency; only a shared name is
    EXPECT_EQ(figure("Uganda's budget adds KES 5 billion.", "5 billion").unit, "KES");
    // a telephone number led by an area code is no clock time
    EXPECT_TRUE(figures("Call 0808 2000 247 for help.").empty());
    EXPECT_EQ(figure("Police received 112 calls on Friday.", "112").unit, "call");
    EXPECT_FALSE(has_figure("Under Law 13/2024 the fee rose.", "13/2024"));
    EXPECT_EQ(figure("A law passed 10 years ago is now void.", "10").qualifier, Qualifier::exact);
    EXPECT_EQ(figure("The 30 economists expected a rise.", "30").unit, "economist");
    EXPECT_EQ(figure("The bank cut rates to 4.5 in June.", "4.5").unit, "");
}

TEST(Money, TheBacktickOfARupeeFont) {
    // Indian publications draw ₹ with a font that maps it to the backtick
    const auto f = figure("Turnover will rise to ` 1,80,000 crores from ` 94,000 crores.", "1,80,000");
    EXPECT_EQ(f.kind, FigureKind::money);
    EXPECT_EQ(f.unit, "INR");
    EXPECT_DOUBLE_EQ(f.value, 1.8e12);
    EXPECT_EQ(figure("Turnover will rise to ` 1,80,000 crores from ` 94,000 crores.", "94,000").unit, "INR");
    // old ASCII copy opens quotes with a backtick
    EXPECT_EQ(figure("`100 per cent behind him', he said.", "100").kind, FigureKind::percent);
}

TEST(Money, WireServiceAbbreviations) {
    const auto net = figure("Net profit rose 12 pct to 3.4 mln dlrs, or 12 cts a share.", "3.4 mln dlrs");
    EXPECT_EQ(net.kind, FigureKind::money);
    EXPECT_EQ(net.unit, "USD");
    EXPECT_DOUBLE_EQ(net.value, 3.4e6);
    const auto share = figure("Net profit rose 12 pct to 3.4 mln dlrs, or 12 cts a share.", "12 cts");
    EXPECT_DOUBLE_EQ(share.value, 0.12);
    EXPECT_EQ(rated(share), "USD/share");
    EXPECT_EQ(figure("It raised 150 mln Canadian dlrs.", "150").unit, "CAD");
    EXPECT_EQ(figure("Guinness sued to recover 5.2 mln stg.", "5.2").unit, "GBP");
    EXPECT_EQ(figure("Stocks held 300,000 short tons of sugar.", "300,000").unit, "ton");
}

TEST(NotFigures, LinesAboutTheArticleItself) {
    EXPECT_TRUE(figures("This report by The Canadian Press was first published July 3, 2020.").empty());
    EXPECT_TRUE(figures("Eight Reasons to Grow Food was originally published in Invironment on Medium, "
                        "where people are continuing the conversation by highlighting this story.")
                    .empty());
    // an agency's bracketed note on the story opens the paragraph; the news after it stays
    EXPECT_FALSE(has_figure("(In Jan. 3 story, corrects last paragraph) Oil rose 2 percent.", "Jan. 3"));
    EXPECT_TRUE(has_figure("(In Jan. 3 story, corrects last paragraph) Oil rose 2 percent.", "2 percent"));
    EXPECT_TRUE(has_figure("(Adds comments, detail) Gold may edge up to $1,205 per ounce.", "$1,205"));
    // the phrase must open the paragraph, the note must open a story; an aside in brackets is news
    EXPECT_TRUE(has_figure("Police said a version of this story circulated claiming 5,000 deaths.", "5,000"));
    EXPECT_TRUE(has_figure("(Changes to the rules, approved 9-2, take effect July 1.)", "July 1"));
    // a book first published in a year is news, not furniture
    EXPECT_EQ(figure("The novel was first published in 1962.", "1962").kind, FigureKind::date);
}

TEST(Fractions, AFractionOfAChangeOrAsASubjectNeedsNoOf) {
    EXPECT_DOUBLE_EQ(figure("The drug reduced the risk of death by a third.", "third").value, 33.33);
    EXPECT_DOUBLE_EQ(figure("Exports were cut by half.", "half").value, 50);
    const auto more = figure("Shares have fallen by more than half since January.", "half");
    EXPECT_EQ(more.kind, FigureKind::percent);
    EXPECT_EQ(more.qualifier, Qualifier::at_least);
    EXPECT_DOUBLE_EQ(figure("Most backed the plan, while a fifth opposed it.", "fifth").value, 20);
    EXPECT_DOUBLE_EQ(figure("Nearly half said they would vote.", "half").value, 50);
    EXPECT_DOUBLE_EQ(figure("Half will stay, and a quarter will be made redundant.", "quarter").value, 25);
    EXPECT_DOUBLE_EQ(figure("Of the money, nearly two thirds were spent abroad.", "two").value, 66.67);
    EXPECT_TRUE(figures("The first is for Michelin and a third will be for another borrower.").empty());
    EXPECT_TRUE(figures("Police said a fourth was being sought.").empty());
    EXPECT_EQ(figures("Two men were charged on Saturday. A third was arrested on Sunday.").size(), 1u);
    // ranks, times and quarters of a year are no fractions
    EXPECT_TRUE(figures("He won a third term.").empty());
    EXPECT_TRUE(figures("The outbreak was followed by a third wave of infections.").empty());
    EXPECT_TRUE(figures("The team was boosted by a fifth signing.").empty());
    EXPECT_TRUE(figures("It will still be half underwritten.").empty());
    EXPECT_FALSE(has_figure("They met by half past six.", "half"));
    const auto quarters = figure("She outpaced him in the first two quarters of his campaign.", "two");
    EXPECT_EQ(quarters.kind, FigureKind::duration);
    EXPECT_EQ(quarters.unit, "quarter");
}

TEST(Fractions, HalfOrAQuarterOfOneUnit) {
    const auto mile = figure("A breach has reached a quarter-mile wide.", "quarter-mile");
    EXPECT_EQ(mile.kind, FigureKind::quantity);
    EXPECT_DOUBLE_EQ(mile.value, 0.25);
    EXPECT_EQ(mile.unit, "mi");
    const auto hour = figure("Crews worked a half-hour shift.", "half-hour");
    EXPECT_EQ(hour.kind, FigureKind::duration);
    EXPECT_DOUBLE_EQ(hour.value, 0.5);
    EXPECT_EQ(figure("The Fed cut by a quarter percentage point.", "quarter").unit, "percentage point");
    // ordinals are no fractions of a unit, and a batsman's half-century is fifty runs
    const auto quarter = figure("It posted a third-quarter loss.", "third-quarter");
    EXPECT_EQ(quarter.kind, FigureKind::date);
    EXPECT_EQ(quarter.unit, "year-quarter");
    EXPECT_FALSE(has_figure("She is a fifth-year senior.", "fifth"));
    EXPECT_TRUE(figures("Kohli hit a half-century before lunch.").empty());
}

// --- wire-service copy -----------------------------------------------------------------------

TEST(WireCopy, MixedNumbersWithAHyphen) {
    const auto fee = figure("The selling concession is 1-1/2 pct.", "1-1/2");
    EXPECT_DOUBLE_EQ(fee.value, 1.5);
    EXPECT_EQ(fee.kind, FigureKind::percent);
    EXPECT_FALSE(fee.range.has_value());
    EXPECT_DOUBLE_EQ(figure("Fed funds traded at 6-1/8 pct.", "6-1/8").value, 6.125);
    const auto price = figure("The notes were offered at 99-3/4 to yield 10.03 pct.", "99-3/4");
    EXPECT_DOUBLE_EQ(price.value, 99.75);
    EXPECT_FALSE(price.range.has_value());
}

TEST(WireCopy, ModelsSeasonsPeriodsAndPeople) {
    EXPECT_EQ(figure("Checks were ordered on all 400 DC-10s in use.", "400").unit, "dc-10");
    EXPECT_EQ(figure("It ordered four MD-11's for delivery.", "four").unit, "md-11");
    const auto season = figure("Reserves were 105 mln dlrs in 1981/82.", "1981/82");
    EXPECT_EQ(season.kind, FigureKind::date);
    ASSERT_TRUE(season.range.has_value());
    EXPECT_DOUBLE_EQ(season.range->second, 1982);
    const auto debt = figure("Reserves cover one month's debt.", "one month");
    EXPECT_EQ(debt.kind, FigureKind::duration);
    EXPECT_EQ(debt.unit, "month");
    EXPECT_EQ(figure("Troops killed over 2,600 Iraqis.", "2,600").unit, "iraqi");
    EXPECT_EQ(rated(figure("It was worth 140 Swiss francs per bearer share.", "140")), "CHF/bearer share");
    EXPECT_EQ(figure("It sold 75 mln New Zealand dlr eurobonds.", "75").unit, "NZD");
}

TEST(WireCopy, YearsBeforeANounMeasuredOnItsOwn) {
    EXPECT_EQ(figure("The division had 1986 sales of 86 mln dlrs.", "1986").kind, FigureKind::date);
    EXPECT_EQ(figure("It reported fiscal 1986 earnings of 24 cts a share.", "1986").kind, FigureKind::date);
    EXPECT_EQ(figure("It will redeem its 9-5/8 pct debentures due 1996.", "1996").kind, FigureKind::date);
    // a year-like count keeps its noun
    EXPECT_EQ(figure("The firm hired 1986 workers last year.", "1986").unit, "worker");
}

TEST(WireCopy, ALevelPutAgainstAnother) {
    EXPECT_EQ(figure("Stocks rose to 326 mln tonnes against 316 mln a year ago.", "316").unit, "t");
    EXPECT_EQ(figure("Checks on Swissair's 11 DC-10s showed similar problems.", "11").unit, "dc-10");
}

TEST(WireCopy, AShareOfACountByPlaceAndAParticipleAfterOf) {
    EXPECT_EQ(figure("The blasts killed 12 people, 5 in the north.", "5").unit, "people");
    EXPECT_EQ(figure("It will issue about 71 mln shares of authorized, but unissued stock.", "71").unit,
              "share");
    // a noun after "of" still belongs to what is counted
    EXPECT_EQ(figure("Scientists found 1,500 species of fish.", "1,500").unit, "species fish");
}

TEST(WireCopy, AComparativeAfterTheNumberIsNoNoun) {
    EXPECT_EQ(figure("The Dow closed 120 higher on Friday.", "120").unit, "");
    EXPECT_EQ(figure("Shares ended 5 lower.", "5").unit, "");
    // before a noun it describes what is counted
    EXPECT_EQ(figure("It bought two bigger companies.", "two").unit, "big company");
}

TEST(NewsForms, KnotsAndKilonewtonsByTheirCapital) {
    EXPECT_EQ(figure("Winds of 30kn battered the coast.", "30").unit, "kn");
    EXPECT_EQ(figure("The bridge takes loads of 500kN.", "500").unit, "kN");
}

TEST(NewsForms, ADegreeLetterSpacedWhereTheParagraphSpeaksOfHeat) {
    EXPECT_EQ(figure("The gas is heated to about 300 C at 100 times atmospheric pressure.", "300").unit,
              "°C");
    EXPECT_EQ(figure("Global warming of 1.5 C by 2030 is likely.", "1.5").unit, "°C");
    EXPECT_NE(figure("Amid warming ties, Washington approved the sale of 40 F-16 jets.", "40").unit, "°F");
    EXPECT_NE(figure("As temperatures soared, the air force flew 4 C-130s to the fire.", "4").unit, "°C");
    EXPECT_NE(figure("After a heated debate, pupils got 3 C grades.", "3").unit, "°C");
    // no temperature spoken of: a letter, as in a grade or a label
    EXPECT_NE(figure("About 300 C grades were given this year.", "300").unit, "°C");
}

TEST(NewsForms, PluralsInIeAndCompoundsOpenedByAnAcronym) {
    EXPECT_EQ(figure("All six movies will be launched online.", "six").unit, "movie");
    EXPECT_EQ(figure("The bakery sold 300 cookies and 20 pies.", "300").unit, "cookie");
    EXPECT_EQ(figure("He visited 12 cities and 9 libraries.", "12").unit, "city");
    EXPECT_EQ(figure("Households pay the top eight TV-subscription services.", "eight").unit,
              "top TV-subscription service");
    EXPECT_EQ(figure("He bought 14 MLS tickets.", "14").unit, "MLS ticket");
}

TEST(NewsForms, TheNounAfterTheWholeOfARatioOrPastASuperlative) {
    EXPECT_EQ(figure("The cathedral lost three out of four of its corner spires.", "three").unit,
              "corner spire");
    EXPECT_EQ(figure("Only one in five of its members voted.", "one in five").unit, "member");
    EXPECT_EQ(figure("He won eight of the nation's 10 most populous states.", "eight").unit,
              "populous state");
    EXPECT_EQ(figure("Rick Pate lost two of his most experienced workers.", "two").unit,
              "experienced worker");
}

TEST(NewsForms, OthersOfWhatWasCountedBeforeAndSizesOfData) {
    EXPECT_EQ(figure("Two gunmen died, and three others may have escaped.", "three").unit, "other gunman");
    EXPECT_EQ(figure("Two people died, and more than 200 others may have been exposed.", "200").unit,
              "other people");
    EXPECT_EQ(figure("It shrinks the data to a mere 39 kilobytes.", "39").unit, "KB");
    EXPECT_EQ(figure("It keeps 27 megs in a buffer.", "27").unit, "MB");
    EXPECT_EQ(rated(figure("Data costs $10 per GB.", "$10")), "USD/gigabyte");
    // a qualifier between: the word before it is no modifier of the counted noun
    EXPECT_EQ(figure("Nelson published an article about five prisoners.", "five").unit, "prisoner");
}

TEST(NewsForms, ALoneAdjectiveInEdThatEndsTheClauseNamesPeople) {
    EXPECT_EQ(figure("He found 12 dead and 40 injured.", "40").unit, "injured");
    EXPECT_EQ(figure("3 dead, 12 injured and 5 missing after the blast.", "12").unit, "injured");
    // a verb's past with what follows it is the verb
    EXPECT_EQ(figure("A group of 50 gathered outside.", "50").unit, "group");
    EXPECT_EQ(figure("A dozen fled.", "dozen").unit, "");
}

TEST(NewsForms, AParticipleThatEndsTheClauseNamesPeopleThoughTheDictionaryKnowsItAsANoun) {
    EXPECT_EQ(figure("The blast left 12 dead and 40 wounded.", "40").unit, "wounded");
}

TEST(NewsForms, WorthAndLikeAreNoCountedNouns) {
    EXPECT_EQ(figure("They did not want their 1800 worth of router.", "1800").unit, "");
    EXPECT_EQ(figure("I get 550 like it every day.", "550").unit, "");
    EXPECT_EQ(figure("It bought 132 fighter aircraft worth $4 billion.", "132").unit, "fighter aircraft");
}

TEST(NewsForms, AVerbInItsBaseFormAfterTheNumberIsNoNoun) {
    EXPECT_EQ(figure("Of the group, 34 live with their parents.", "34").unit, "");
    EXPECT_EQ(figure("Only 20 remain in the camp.", "20").unit, "");
    const auto ages = figure("Some 19 per cent of men aged between 25 and 34 live at home.", "25");
    EXPECT_EQ(ages.text, "25 and 34");
    EXPECT_EQ(ages.unit, "year");
    // a word that is also a noun stays the counted noun
    EXPECT_EQ(figure("They sold 34 cuts of beef.", "34").unit, "cut beef");
    // and so before a second word ("remain missing"), unless the verb is also a modifier
    EXPECT_EQ(figure("Twelve were rescued and a dozen remain missing.", "dozen").unit, "");
    EXPECT_EQ(figure("It took options on two further aircraft.", "two").unit, "further aircraft");
}

TEST(NewsForms, AVerbWithItsObjectAfterAndIsNoSecondNoun) {
    EXPECT_EQ(figure("The chip packs 208 billion transistors and draws up to 1,000 watts.", "208").unit,
              "transistor");
    EXPECT_EQ(figure("It employs 200 men and women of the 5th Battalion.", "200").unit, "man woman");
}

TEST(NewsForms, AForecastCountAfterAboveOrBelowTheNumber) {
    EXPECT_EQ(
        figure("It added 272,000 jobs, well above the 180,000 economists had forecast.", "180,000").unit,
        "job");
}

TEST(NewsForms, PeopleInAnotherStateAreNotTheLastStatesPeople) {
    EXPECT_EQ(figure("The storm left 12 dead, 40 injured and 3,000 without power.", "3,000").unit, "");
    EXPECT_EQ(figure("Police arrested 40 protesters and 12 in Leeds.", "12").unit, "protester");
}

TEST(NewsForms, ACountedNounsComplementOfThreeWordsEndingInThePlural) {
    EXPECT_EQ(figure("The society received more than 800 reports of big cat sightings.", "800").unit,
              "report big cat sighting");
    EXPECT_EQ(figure("It made 20 snaps of man coverage in the game.", "20").unit, "snap man coverage");
    // a verb after the phrase is no part of it
    EXPECT_EQ(figure("Eating two servings of red meat increases the risk.", "two").text,
              "two servings of red meat");
    EXPECT_NE(figure("Two of the least developed countries signed.", "Two").unit, "developed country");
}

TEST(NewsForms, AfterOneTheSingularNounGoesOnPastAnAdjectiveOrAName) {
    EXPECT_EQ(figure("The rules had one big weakness: they did not ban it.", "one").unit, "big weakness");
    EXPECT_EQ(figure("He told staff during one companywide meeting.", "one").unit, "companywide meeting");
    EXPECT_EQ(figure("One Nevada Democrat asked simply why.", "One").unit, "nevada democrat");
    EXPECT_EQ(figure("One Social Security trust fund would run dry by 2033.", "One").unit,
              "social security trust fund");
    // a verb with its object, a contraction, a qualifier after it end the noun
    EXPECT_EQ(figure("As one Democratic Governor put it, roads matter.", "one").unit, "democratic governor");
    EXPECT_EQ(figure("One seat that's empty is hers.", "One").unit, "seat");
    EXPECT_EQ(figure("Holders get one share plus a warrant.", "one").unit, "share");
    EXPECT_EQ(figure("One man running for office said no.", "One").unit, "man");
    EXPECT_EQ(figure("One Labour MP voted no.", "One").unit, "labour MP");
}

TEST(NewsForms, AdjectivesInARowWithACommaBetween) {
    EXPECT_EQ(figure("It was a debate between two civil, substantive combatants.", "two").unit,
              "civil substantive combatant");
    // (a list's members share the noun: "12 dead, three injured people")
    EXPECT_EQ(figure("Police found 12 dead, three injured people.", "12").unit, "dead people");
}

TEST(Units, AreasAndAgesJoinedByHyphens) {
    const auto building = figure("The 400,000-square-foot building opened.", "400,000");
    EXPECT_EQ(building.kind, FigureKind::quantity);
    EXPECT_EQ(building.unit, "sq ft");
    EXPECT_EQ(building.text, "400,000-square-foot");
    EXPECT_EQ(figure("a 2,000-square-metre warehouse", "2,000").unit, "m2");
    EXPECT_EQ(figure("WANTED: Ahmad Khan Rahami, 28-yr-old male.", "28").unit, "year");
    EXPECT_EQ(figure("He is 28 yrs old.", "28").unit, "year");
}

TEST(Dates, AYearToldRoughlyOrBounded) {
    EXPECT_EQ(figure("The Queen gave Tubman this shawl around 1897.", "1897").kind, FigureKind::date);
    EXPECT_EQ(figure("These shackles are from around 1845.", "1845").kind, FigureKind::date);
    const auto until = figure("It won't be ready until at least 2023, late in his term.", "2023");
    EXPECT_EQ(until.kind, FigureKind::date);
    EXPECT_EQ(until.qualifier, Qualifier::at_least);
    EXPECT_EQ(figure("It has existed since at least 1990.", "1990").kind, FigureKind::date);
    // a number of things, told roughly, stays a count
    EXPECT_EQ(figure("The town had a population of around 1900.", "1900").kind, FigureKind::count);
    EXPECT_EQ(figure("Sales rose by about 2000.", "2000").kind, FigureKind::count);
    EXPECT_EQ(figure("The crowd numbered around 1900.", "1900").kind, FigureKind::count);
    EXPECT_EQ(figure("The jobs fell from around 2000 to 1,500.", "2000").kind, FigureKind::count);
}

TEST(Dates, YearsOfAnEra) {
    const auto bce = figure("They believe it dates back to 5,316 BCE.", "5,316");
    EXPECT_EQ(bce.kind, FigureKind::date);
    EXPECT_DOUBLE_EQ(bce.value, -5316);
    EXPECT_EQ(bce.text, "5,316 BCE");
    EXPECT_DOUBLE_EQ(figure("Rome was founded in 753 B.C. by legend.", "753").value, -753);
    EXPECT_DOUBLE_EQ(figure("Vesuvius erupted in 79 AD, burying Pompeii.", "79").value, 79);
    EXPECT_EQ(figure("He holds 300 AD Corp shares.", "300").kind, FigureKind::count);
}

TEST(NotFigures, TheBlockOfAStreet) {
    EXPECT_TRUE(figures("Police went to a home in the 10700 block of Arno Drive.").empty());
    EXPECT_TRUE(figures("The 400 block of West Main Street was closed.").empty());
    EXPECT_EQ(figure("They bought a 300 block of shares.", "300").kind, FigureKind::count);
}

TEST(Range, ATeamsRecordInBracketsAfterItsName) {
    const auto record = figure("Houston (9-3) plays San Diego State (10-3) in the bowl.", "9-3");
    ASSERT_TRUE(record.range.has_value());
    EXPECT_DOUBLE_EQ(record.range->first, 9);
    EXPECT_DOUBLE_EQ(record.range->second, 3);
    EXPECT_EQ(figure("Houston (9-3) plays San Diego State (10-3) in the bowl.", "10-3").kind,
              FigureKind::count);
}

TEST(NewsForms, ASuperlativeCompoundBeforeTheCountedNoun) {
    EXPECT_EQ(figure("Nine of the 10 best-selling toys were sold.", "Nine").unit, "best-selling toy");
    EXPECT_EQ(figure("They hit 12 worst-hit areas.", "12").unit, "worst-hit area");
    EXPECT_EQ(figure("It listed the 5 highest-paid CEOs.", "5").unit, "highest-paid ceo");
}

TEST(NotFigures, ThreeGroupsOfDigitsAreATelephoneNumber) {
    EXPECT_TRUE(figures("For help, call the toll-free number 1800 425 1111.").empty());
    EXPECT_TRUE(figures("Call 1300 655 506 for advice.").empty());
}

TEST(NotFigures, TheDenominatorOfARateNamedBeforeItsFigure) {
    const auto after = figures("Covid cases per 100,000 fell to 12 last week.");
    ASSERT_EQ(after.size(), 1u);
    EXPECT_EQ(after[0].text, "12");
    EXPECT_FALSE(has_figure("Infant deaths per 1,000 live births rose to 5.", "1,000"));
    // a currency's amount after "per" stays: "points per 100 yen"
    EXPECT_TRUE(has_figure("It is quoted in points per 100 yen par value.", "100 yen"));
    // the level after the rate's subject is per that denominator
    EXPECT_EQ(rated(figure("Covid cases per 100,000 fell to 12 last week.", "12")), "covid case/100000");
    EXPECT_EQ(rated(figure("Deaths per 1,000 births dropped to 28.", "28")), "death/1000 birth");
}

TEST(NewsForms, ASingularVerbAfterTheNumberThatOpensItsClause) {
    EXPECT_EQ(figure("The 12 work in shifts at the plant.", "12").unit, "");
    EXPECT_EQ(figure("About 20 live in tents.", "20").unit, "");
    // a singular after "a" and a number is a noun: "a 9-2 lead in", "a 319,000 gain in"
    EXPECT_EQ(figure("Payrolls posted a 319,000 gain in March.", "319,000").unit, "gain");
    EXPECT_EQ(figure("It hired 12 staff at the school.", "12").unit, "staff");
}

TEST(NewsForms, TheCountedNounAfterAnAcronymOrInQuotationMarks) {
    EXPECT_EQ(figure("Three US soldiers were wounded.", "Three").unit, "US soldier");
    EXPECT_EQ(figure("Some 200 US troops arrived.", "200").unit, "US troop");
    const auto quoted = figure("The army said 40 'terrorists' were neutralised.", "40");
    EXPECT_EQ(quoted.unit, "terrorist");
    EXPECT_EQ(quoted.text, "40 'terrorists'");
    EXPECT_EQ(figure("It found 15 \u201cghost\u201d schools.", "15").unit, "ghost school");
    // an apostrophe of the possessive is no quotation mark, nor a quoted clause one
    EXPECT_EQ(figure("It is time to talk about 2013's Hottest Mess.", "2013").text, "about 2013");
    EXPECT_EQ(figure("It shipped 20.9 mln \"due to be loaded\" soon.", "20.9").unit, "");
}

TEST(NewsForms, AnAdverbAndAParticipleDescribeTheNounOrStandAlone) {
    EXPECT_EQ(figure("The firm owns 300 privately held companies.", "300").text,
              "300 privately held companies");
    EXPECT_EQ(figure("It built 120 newly built homes.", "120").unit, "home");
    // with no noun after them they name nothing; nor does an adverb or a verb alone
    EXPECT_EQ(figure("1,847 homes were destroyed and 900 badly damaged.", "900").unit, "home");
    EXPECT_EQ(figure("It employs 3,500 staff in Britain and another 9,000 overseas.", "9,000").text, "9,000");
    EXPECT_EQ(figure("A population of 1.2 million depends on the river.", "1.2").unit, "");
    EXPECT_EQ(figure("Some 2,500 species of fish live in the lake.", "2,500").unit, "species fish");
    EXPECT_EQ(figure("NASA planned two spacewalks of Atlantis.", "two").unit, "spacewalk");
}

TEST(NewsForms, AParticipleAfterTwoNounsOpensAClause) {
    EXPECT_EQ(figure("It is a seven story building sitting metres away.", "seven").unit, "story building");
    EXPECT_EQ(figure("They run three oil drilling rigs.", "three").unit, "oil drilling rig");
    EXPECT_EQ(
        figure("Half of the recently agreed financing of 12.4 billion dlrs went to Africa.", "Half").kind,
        FigureKind::percent);
}

TEST(NewsForms, TheMembersOfAListShareTheNounTheLastOneNames) {
    const auto medals = figures("They won four gold, three silver and two bronze medals.");
    ASSERT_EQ(medals.size(), 3u);
    EXPECT_EQ(medals[0].unit, "gold medal");
    EXPECT_EQ(medals[1].unit, "silver medal");
    EXPECT_EQ(medals[2].unit, "bronze medal");
    EXPECT_EQ(figure("Four Labour and two Tory MPs rebelled.", "Four").unit, "labour mp");
    EXPECT_EQ(figure("He had 5 men, 3 women and 2 children.", "5").unit, "man");
}

TEST(Ratios, AnOwnerBeforeTheWhole) {
    const auto counties = figure("Only 14 of Kenya's 47 counties voted.", "14");
    EXPECT_EQ(counties.kind, FigureKind::ratio);
    EXPECT_EQ(counties.of, 47);
    EXPECT_EQ(counties.unit, "county");
    EXPECT_EQ(figures("Only 14 of Kenya's 47 counties voted.").size(), 1u);
    EXPECT_EQ(figure("About 60 of Mexico's 430 or so creditor banks signed.", "60").unit, "creditor bank");
    // with no whole, the owner stays with the noun, as annotators keep it
    EXPECT_EQ(figure("Two of Johnson's deputies resigned.", "Two").unit, "johnson deputy");
}

TEST(Percent, PointsBeforeAPercentOrInASentenceAboutPolls) {
    const auto share = figure("Labour's share of the vote rose 5 points to 34%.", "5 points");
    EXPECT_EQ(share.kind, FigureKind::percent);
    EXPECT_EQ(share.unit, "percentage point");
    EXPECT_EQ(figure("A 17-point lead in the polls has narrowed.", "17").unit, "percentage point");
    EXPECT_EQ(figure("His approval rating fell 6 points.", "6").unit, "percentage point");
    // an index's points stay points, even beside a percent
    const auto index = figure("The FTSE 100 fell 50 points, or 0.7%, to 7,500.", "50");
    EXPECT_EQ(index.kind, FigureKind::quantity);
    EXPECT_EQ(index.unit, "point");
}

TEST(Dates, TheCommonErasSignBeforeTheYear) {
    EXPECT_EQ(figure("The AD 79 eruption buried Pompeii.", "79").kind, FigureKind::date);
    const auto both = figures("They built it between A.D. 1000 and 1260.");
    ASSERT_EQ(both.size(), 2u);
    EXPECT_EQ(both[0].kind, FigureKind::date);
    EXPECT_EQ(both[1].kind, FigureKind::date);
}

TEST(NewsForms, ALevelCountsWhatItsSubjectNames) {
    EXPECT_EQ(figure("Applications rose to 12,400, the highest on record.", "12,400").unit, "application");
    EXPECT_EQ(figure("Visitor numbers hit 2.3 million, a record.", "2.3").unit, "visitor");
    // (a verb before the subject is no part of it)
    EXPECT_EQ(figure("Year to date, it said sales declined 16.9 pct to 18,003.", "18,003").unit, "sale");
    EXPECT_EQ(figure("The death toll has risen to 51.", "51").unit, "death");
    EXPECT_EQ(figure("The death toll has now risen to 51.", "51").unit, "death");
    EXPECT_EQ(figure("Kenya's death toll from the floods has risen to 238.", "238").unit, "death");
    // and the level it came from
    EXPECT_EQ(figure("Cases rose to 42, up from 15 last year.", "15").unit, "case");
    EXPECT_EQ(figure("Car exports fell to 45,000 in May, from 52,000 a year ago.", "52,000").unit,
              "car export");
}

TEST(NewsForms, MoreOfTheSameOrTheObjectOfASecondVerb) {
    EXPECT_EQ(figure("The airline cancelled 1,200 flights on Monday and another 800 on Tuesday.", "800").unit,
              "flight");
    EXPECT_EQ(figure("The storm destroyed 2,400 homes and damaged a further 9,000.", "9,000").unit, "home");
    EXPECT_EQ(figure("The virus has infected 4,200 people and killed 310.", "310").unit, "people");
    EXPECT_EQ(figure("Police arrested 12 men and charged eight.", "eight").unit, "man");
    EXPECT_EQ(figure("Kenya won six gold medals, Ethiopia four and Uganda two.", "four").unit, "gold medal");
    // not the object of a verb further back
    EXPECT_EQ(
        figure("He cleared two European borders after the attack that killed 12 and wounded 48.", "48").unit,
        "");
}

TEST(Range, ABareNumberThenALargerPercentAfterAVerbOfChange) {
    const auto prices = figure("Vegetable prices have risen 25 to 30 per cent in a week.", "25");
    ASSERT_TRUE(prices.range.has_value());
    EXPECT_DOUBLE_EQ(prices.range->second, 30);
    EXPECT_EQ(prices.kind, FigureKind::percent);
    EXPECT_TRUE(figure("Food prices climbed 3 to 4 per cent a month.", "3").range.has_value());
    EXPECT_TRUE(figure("Support rose 2 to 3 percentage points.", "2").range.has_value());
    // a percent change, then a level, stays two figures
    EXPECT_EQ(figures("Shares rose 8.15% to 3.65.").size(), 2u);
}

TEST(Ages, ToldOfAPersonNamedByKinOrRole) {
    EXPECT_EQ(figure("The minister, now 58, entered parliament.", "58").unit, "year");
    EXPECT_EQ(figure("The teenager was 15 when she was trafficked.", "15").unit, "year");
    EXPECT_EQ(figure("His mother, 67, and father, 70, were at the hearing.", "70").unit, "year");
    // a role with its modifiers, and one name that opens the sentence
    EXPECT_EQ(figure("Mr Salvati, a former truck driver, now 69, was freed.", "69").unit, "year");
    EXPECT_EQ(figure("His youngest son, 12, lives in Leeds.", "12").unit, "year");
    EXPECT_EQ(figure("The Wallabies' coach, 62, resigned.", "62").unit, "year");
    EXPECT_EQ(figure("Smith, who turns 39 next week, retired.", "39").unit, "year");
    EXPECT_EQ(figure("The actor died last week at 102.", "102").unit, "year");
    EXPECT_EQ(figure("She will turn 18 in May.", "18").unit, "year");
    EXPECT_EQ(figure("Turning 50 this year, he retired.", "50").unit, "year");
    EXPECT_EQ(figure("The index turned 39 points higher.", "39 points").unit, "point");
    // not of a thing
    EXPECT_EQ(figure("The index was 15 when trading closed.", "15").unit, "");
    EXPECT_EQ(figure("The company, now 20, grew.", "20").unit, "");
    EXPECT_EQ(figure("Sales, now 45, were down.", "45").unit, "");
    EXPECT_EQ(figure("The plant, now 40, employs 300.", "40").unit, "");
    EXPECT_EQ(figure("The company hired a new driver, 25, last week.", "25").unit, "");
}

TEST(Ratios, EveryAndTheNounBetweenThePartAndItsWhole) {
    const auto every = figure("Four of every 10 graduates work in jobs.", "Four");
    EXPECT_EQ(every.kind, FigureKind::ratio);
    EXPECT_EQ(every.of, 10);
    EXPECT_EQ(every.unit, "graduate");
    EXPECT_EQ(figure("Four in every 10 homes lack broadband.", "Four").kind, FigureKind::ratio);
    const auto poll = figure("Seven voters in 10 back the plan, the poll found.", "Seven");
    EXPECT_EQ(poll.kind, FigureKind::ratio);
    EXPECT_EQ(poll.of, 10);
    EXPECT_EQ(poll.unit, "voter");
    // a count in so many of something else stays two counts
    EXPECT_EQ(figure("He scored 12 goals in 20 games.", "12").kind, FigureKind::count);
}

TEST(NewsForms, ASizeJoinedByAHyphenBetweenTheCountAndItsNoun) {
    EXPECT_EQ(figure("They signed three 10-year contracts.", "three").unit, "contract");
    EXPECT_EQ(figure("They signed three 10-year contracts.", "10-year").unit, "year");
    EXPECT_EQ(figure("It bought six 60-seat buses.", "six").unit, "bus");
    EXPECT_EQ(figure("It bought six 60-seat buses.", "60").unit, "seat");
    EXPECT_EQ(figure("Two 18-year-old students", "Two").unit, "student");
    EXPECT_EQ(figure("He served two four-year terms.", "two").unit, "term");
}

TEST(NewsForms, TwoNamesJoinedBeforeThePlural) {
    EXPECT_EQ(figure("Rebels freed 17 kidnapped Ugandan and Congolese fishermen.", "17").unit,
              "ugandan congolese fisherman");
}

TEST(Rates, TheLevelAChangePerUnitWentToAndASubstancesFormula) {
    EXPECT_EQ(rated(figure("Petrol prices rose by 2.5p a litre to 145.9p.", "145.9p")), "GBP/litre");
    EXPECT_EQ(rated(figure("Cars emit 95 g of CO2 per km.", "95")), "g/km");
}

TEST(NotFigures, ZeroJoinedToAKindAndALettersSlashName) {
    EXPECT_TRUE(figures("Workers on zero-hours contracts protested.").empty());
    EXPECT_TRUE(figures("It sells zero-emission vehicles.").empty());
    EXPECT_EQ(figure("It has zero debt.", "zero").value, 0);
    EXPECT_NE(figure("The Navy will buy 40 F/A-18 Super Hornets.", "40").unit, "\u00b0F");
    EXPECT_EQ(rated(figure("It was 13 ng/mL.", "13")), "ng/mL");
}

TEST(Context, WhatAFractionMeasuresPastTheWholesNumber) {
    EXPECT_EQ(figure("About a third of the 2,000 employees quit.", "third").measures, "employees");
    EXPECT_EQ(figure("Some 92% of its 18,000 UK employees stayed.", "92%").measures, "UK employees");
}

TEST(Boundaries, TodaysRulesAgainstTheirLookAlikes) {
    // a change, then a level far above it, is no range
    EXPECT_FALSE(figure("Support for Labour rose 5 to 34 per cent.", "34").range.has_value());
    EXPECT_FALSE(figure("Inflation rose 0.3 to 2.6% in April.", "2.6").range.has_value());
    // a year, then a number spaced by thousands, is no telephone number
    EXPECT_EQ(figure("In 2023 120 000 tourists visited the park.", "2023").kind, FigureKind::date);
    EXPECT_TRUE(has_figure("Data show 120 000 100 tourists came.", "120"));
    // an index's points in a survey stay points
    EXPECT_EQ(figure("The confidence index fell 4.5 points to 102.3, the survey showed.", "4.5").unit,
              "point");
    EXPECT_EQ(figure("Jokic scored 25 points, a survey of fans said.", "25").unit, "point");
    // a level that prices something else keeps its own unit
    EXPECT_EQ(figure("Petrol rose by 2.5p a litre to \u00a380 for a full tank.", "80").unit, "GBP");
    // zero percent is an amount
    EXPECT_EQ(figure("The dealer offers zero-percent financing.", "zero").kind, FigureKind::percent);
    // a measure's level counts none of it
    EXPECT_EQ(figure("Temperatures hit 40 in 10 towns.", "40").unit, "");
    EXPECT_EQ(figure("Scores rose to 78.", "78").unit, "");
    // a superlative compound with no noun after it names nothing
    EXPECT_EQ(figure("Of the albums, the 10 best-selling were hits.", "10").unit, "");
    // the whole of a poll's ratio before a verb; not before a name
    EXPECT_EQ(figure("7 voters in 10 said yes.", "7").kind, FigureKind::ratio);
    EXPECT_EQ(figure("It has 1 Br unit in 4 Plex.", "1").kind, FigureKind::count);
}

TEST(WireCopy, AGradeOfOrePerTon) {
    EXPECT_EQ(rated(figure("One intersection graded 0.33 ounce gold per short ton over 44 feet.", "0.33")),
              "oz/ton");
    EXPECT_EQ(rated(figure("The ore holds 2.1 ounces of silver per ton.", "2.1")), "oz/ton");
}

TEST(WireCopy, ExchangeRatesArePricesOfACurrency) {
    EXPECT_EQ(rated(figure("The bank intervened at 142.10 yen to the dollar.", "142.10")), "JPY/USD");
    EXPECT_EQ(rated(figure("Sterling was at 1.60 dollars to the pound.", "1.60")), "USD/GBP");
    // a pound after "per" is a pound of weight
    EXPECT_EQ(rated(figure("Beef cost 12 cents per pound.", "12 cents")), "USD/pound");
    EXPECT_EQ(figure("It paid 500 mln dlrs to the Treasury.", "500").unit, "USD");
}

TEST(WireCopy, TheNumberNamedAfterTheFigure) {
    EXPECT_EQ(figure("The deal brings to 228 the number of convenience stores it owns.", "228").unit,
              "convenience store");
    EXPECT_EQ(figure("The blast raised to 45 the total of dead.", "45").unit, "dead");
    // only a level does: "under 5" is no number of deaths
    EXPECT_NE(figure("Among children under 5 the number of deaths fell.", "5").unit, "death");
}

TEST(WireCopy, WhatIsNoFigureThere) {
    EXPECT_TRUE(figures("The request was made at 1100 local hours.").empty());
    EXPECT_TRUE(figures("The economy may recover in the latter half of the year.").empty());
    EXPECT_TRUE(figures("It will happen one way or the other.").empty());
    EXPECT_TRUE(figures("He got a month's supply of the drug.").empty());
    // a plural with its own "of" is no second counted noun; "versus" ends the counted noun
    EXPECT_EQ(figure("Studies of 952 patients and results of three trials.", "952").unit, "patient");
    EXPECT_EQ(figure("Slaughter was 293,000 head versus 284,000.", "293,000").unit, "head");
    EXPECT_EQ(figure("Some 200 men and women of the 5th Battalion paraded.", "200").unit, "man woman");
}

// --- text written without capitals ------------------------------------------------------------

TEST(Uncased, CurrenciesGetTheirCapitalsBack) {
    EXPECT_EQ(figure("heineken malaysia rose 18 sen to rm23.50 on the day.", "23.50").unit, "MYR");
    EXPECT_EQ(figure("revenue grew to hk $3.7 billion (us $473 million) last year.", "3.7").unit, "HKD");
    EXPECT_EQ(figure("microsoft will invest a$5 billion in australia over two years.", "5 billion").unit,
              "AUD");
    EXPECT_EQ(figure("the firm posted a net profit of rs 19,299 crore in the quarter.", "19,299").unit,
              "INR");
    EXPECT_EQ(rated(figure("shoprite lifted its dividend to r3.48 a share this year.", "3.48")), "ZAR/share");
    // a word of the language stays one: "try" is no Turkish lira
    const auto drills = figure("the players will try 5 new drills this week.", "5");
    EXPECT_EQ(drills.kind, FigureKind::count);
    EXPECT_EQ(drills.unit, "new drill");
}

TEST(Uncased, TemperaturesMonthsStreetsAndNames) {
    const auto cold = figure("temperatures are dropping to -8c in rural scotland tonight.", "-8");
    EXPECT_EQ(cold.kind, FigureKind::quantity);
    EXPECT_EQ(cold.unit, "°C");
    EXPECT_EQ(figure("the stamp now costs 85c at every post office.", "85").kind, FigureKind::money);
    // a month needs a date's company: a preposition of dates or a year
    EXPECT_EQ(figure("protesters will march 10 miles on friday.", "10").unit, "mi");
    EXPECT_EQ(figure("doctors said 5 may lose limbs after the blast.", "5").kind, FigureKind::count);
    const auto day = figure("the vote is due on 14 march in the capital.", "14 march");
    EXPECT_EQ(day.kind, FigureKind::date);
    EXPECT_DOUBLE_EQ(day.value, 2025.0314);
    EXPECT_FALSE(has_figure("the firm moved to 401 elm street in the autumn.", "401"));
    EXPECT_EQ(figure("the town laid 300 miles of road in the decade.", "300").unit, "mi");
    const auto age = figure("brianne randall-gay was 17 when she was treated.", "17");
    EXPECT_EQ(age.unit, "year");
    EXPECT_NE(figure("the stock price was 17 when trading closed.", "17").unit, "year");
    EXPECT_EQ(figure("medvedev, 27, said he was tired.", "27").unit, "year");
    EXPECT_NE(figure("the death toll, 45, was the highest since 2015.", "45").unit, "year");
    // a paragraph that opens with a figure may just name nobody: it keeps the cased reading
    EXPECT_EQ(figure("40 road deaths were recorded in the first half.", "40").unit, "road death");
    EXPECT_EQ(figure("analysts forecast earnings of 45c a share for the year.", "45c").kind,
              FigureKind::money);
    // names: an ampersand's letters, a word the dictionary does not know
    EXPECT_FALSE(has_figure("the s&p 500 fell 1.2% while bonds rallied on friday.", "500"));
    EXPECT_FALSE(has_figure("fans still queue for the nokia 3310 in some shops.", "3310"));
    EXPECT_EQ(figure("the hall allows upto 50 people at a time.", "50").unit, "people");
    // a paragraph with capitals keeps its signs as written: "rm" there is no ringgit
    for (const auto& f : figures("In Kuala Lumpur, shares rose to rm23.50 and more."))
        EXPECT_NE(f.unit, "MYR") << f.text;
}

} // namespace

TEST(Rates, APastimeOrANightBeforeThePeriod) {
    EXPECT_EQ(rated(figure("Adults need at least 150 minutes of moderate exercise a week.", "150")),
              "minute/week");
    EXPECT_EQ(figures("Adults need at least 150 minutes of moderate exercise a week.").size(), 1u);
    EXPECT_EQ(rated(figure("Those who slept less than six hours a night were at risk.", "six")),
              "hour/night");
    EXPECT_EQ(rated(figure("Wheat rose 12 cents to $6.04 a bushel.", "6.04")), "USD/bushel");
}

TEST(Rates, ACurrencyPricedInAnother) {
    EXPECT_EQ(rated(figure("Egypt let the pound slide to about 50 pounds per dollar.", "50")), "EGP/USD");
    EXPECT_EQ(rated(figure("The rupee slid to 83.2 rupees to the dollar.", "83.2")), "INR/USD");
    // (a price per weight is no exchange rate, but after "costs" the pounds are sterling)
    EXPECT_EQ(rated(figure("Beef costs 5 pounds per kilo.", "5")), "GBP/kilogram");
    EXPECT_EQ(figure("A sack holds 50 pounds per bag.", "50").kind, FigureKind::quantity);
}

TEST(NotFigures, LabelsWithLettersSeriesTrainsAndScreens) {
    EXPECT_TRUE(figures("The tenants of Unit 4B say the landlord ignored them.").empty());
    EXPECT_TRUE(figures("He is due in Courtroom 3B.").empty());
    EXPECT_DOUBLE_EQ(figure("The app has 4B users.", "4B").value, 4e9);
    EXPECT_TRUE(figures("He was arrested on Interstate 95 near exit 42.").empty());
    EXPECT_EQ(figure("The firm plans to exit 42 markets.", "42").unit, "market");
    EXPECT_EQ(figures("The John Deere 8R 410 tractor sells for $600,000.").size(), 1u);
    EXPECT_TRUE(figures("Passengers on the 7.42 from Brighton were told to wait.").empty());
    EXPECT_EQ(figures("Shares rose to 7.42 from 7.10.").size(), 2u);
    EXPECT_TRUE(figures("The 4K TV is on sale.").empty());
    EXPECT_DOUBLE_EQ(figure("The clip got 4K views.", "4K").value, 4000);
    EXPECT_TRUE(figures("Emergency services can be contacted on 112 anywhere in the EU.").empty());
    EXPECT_EQ(figure("He called 2019 a lost year.", "2019").kind, FigureKind::date);
}

TEST(Levels, ALevelComparedWithAnotherPastItsYearAndATally) {
    EXPECT_EQ(figure("Measles cases rose to 1,603 in 2023, compared with 54 the year before.", "54").unit,
              "measles case");
    const auto tally = figure("The council voted by 31 to 17 to approve it.", "31");
    ASSERT_TRUE(tally.range.has_value());
    EXPECT_DOUBLE_EQ(tally.range->second, 17);
    EXPECT_EQ(figures("Shares fell by 5 to 17 in the session.").size(), 2u);
    EXPECT_EQ(figure("Emissions will double by 2050 unless airlines switch fuels.", "2050").kind,
              FigureKind::date);
}

TEST(Units, AHeightInFeetAndInches) {
    const auto f = figure("The 6-foot-8 forward scored 30.", "6-foot-8");
    EXPECT_EQ(f.unit, "ft");
    EXPECT_NEAR(f.value, 6 + 8.0 / 12, 1e-9);
    EXPECT_FALSE(f.range.has_value());
}

TEST(NotFigures, BylinesRelatedLinksAndReadingTimes) {
    EXPECT_TRUE(figures("By Kate Burke | July 18, 2024").empty());
    EXPECT_TRUE(figures("By Jessica Conditt · Updated Wed, Apr 2, 2025 · 4 min read").empty());
    EXPECT_TRUE(figures("By Allison Johnson, a reviewer with 10 years of experience").empty());
    EXPECT_EQ(figure("By Christmas Day, 40 shops had closed.", "40").unit, "shop");
    EXPECT_TRUE(figures("Related Stories: Wholesale power prices jump 60pc").empty());
    EXPECT_TRUE(figures("Listings: 42 Wattle Street, 3 bed, 2 bath, 1 car").empty());
}

TEST(NotFigures, VideoLinesAndGridStreets) {
    EXPECT_EQ(figures("The console outputs 1440p at 120Hz.").size(), 1u);
    EXPECT_EQ(figure("Shares fell 1080p to 2,000p.", "1080p").unit, "GBP");
    EXPECT_TRUE(figures("Go to the station at 1200 North and 400 East.").empty());
    EXPECT_EQ(figure("About 300 North Korean soldiers died.", "300").unit, "north korean soldier");
}

TEST(Dates, AQuarterNamedByItsMonths) {
    const auto june = figure("Profit rose 8% in the June quarter.", "June");
    EXPECT_EQ(june.unit, "year-quarter");
    EXPECT_DOUBLE_EQ(june.value, 2024.2); // the latest June quarter by the publication date, 2025-02-18
    EXPECT_DOUBLE_EQ(figure("Profit rose 9% in the October–December quarter of 2023.", "October").value,
                     2023.4);
    EXPECT_EQ(figure("Sales in the April-June quarter rose 12%.", "April").unit, "year-quarter");
    EXPECT_FALSE(has_figure("The June quarter was quiet for the team's game.", "June"));
}

TEST(Range, ATallyWithNoneAgainst) {
    const auto f = figure("The House passed the bill 412-0.", "412-0");
    ASSERT_TRUE(f.range.has_value());
    EXPECT_DOUBLE_EQ(f.range->second, 0);
    EXPECT_EQ(figure("It bought 40 Boeing 737-8 jets.", "40").unit, "boeing 737-8 jet");
}

TEST(Money, APricePerUnitLendsNothingToAScaledTotal) {
    const auto f =
        figure("Jio raised its plan to Rs 181.7 a month, while its base reached 470.9 million.", "470.9");
    EXPECT_EQ(f.kind, FigureKind::count);
    EXPECT_EQ(figure("Profit was 16.6 billion euros, down from 45.6 billion.", "45.6").unit, "EUR");
}

TEST(Money, ACountryWhoseApostropheIsLostNamesTheCurrency) {
    EXPECT_EQ(figure("Ugandas parliament approved a 72 trillion shilling budget.", "72").unit, "UGX");
    EXPECT_EQ(figure("It will build 320 apartments a quarter of which will be affordable.", "320").unit,
              "apartment");
}

TEST(Levels, AClauseWhoseSubjectActsCountsNoSpan) {
    EXPECT_EQ(figure("About 40 people waited 14 hours, and 125 waited longer.", "125").unit, "people");
    EXPECT_EQ(figure("The flight took 3 hours, and 2 were spent on the tarmac.", "2").unit, "hour");
    // a count within a span takes none of a span's unit before it
    EXPECT_EQ(figure("Take one every four to six hours, with no more than eight in 24 hours.", "eight").unit,
              "");
    EXPECT_EQ(figure("The trip took 3 hours, compared with 5 in 2019.", "5").unit, "hour");
    EXPECT_EQ(figure("For two hours the crowd grew, with no more than 50 in the hall.", "50").unit, "");
}

TEST(ScaleWords, TrillionsAfterASignAndCaratsOfGold) {
    EXPECT_DOUBLE_EQ(figure("Apple is worth $3.5T now.", "$3.5T").value, 3.5e12);
    EXPECT_TRUE(figures("The 3T scanner costs more.").empty());
    EXPECT_TRUE(figures("She bought 24K gold jewellery.").empty());
    EXPECT_DOUBLE_EQ(figure("It has 5K followers.", "5K").value, 5000);
}

TEST(Qualifiers, APlusBetweenTheNumberAndItsScaleOrUnit) {
    const auto f = figure("The site has 10+ million monthly readers.", "10+");
    EXPECT_DOUBLE_EQ(f.value, 1e7);
    EXPECT_EQ(f.qualifier, Qualifier::at_least);
    EXPECT_EQ(figure("It has 10+ years of history.", "10+").unit, "year");
}

TEST(NotFigures, OneAsAPronounIdiomsOfZeroAndHoursOfTheDay) {
    EXPECT_TRUE(figures("Why buy one when you can make one yourself?").empty());
    EXPECT_TRUE(figures("One gets at his rejection, the other at his pride.").empty());
    EXPECT_EQ(figure("He scored one goal.", "one").unit, "goal");
    EXPECT_TRUE(figures("He has zero tolerance for dissent.").empty());
    EXPECT_TRUE(figures("The district was once ground zero of gentrification.").empty());
    EXPECT_EQ(figures("The firm had zero debt.").size(), 1u);
    EXPECT_TRUE(figures("He rose at five in the morning to write.").empty());
}

TEST(Dates, AYearThatOpensAClauseAsItsSubject) {
    EXPECT_EQ(figure("So as 2016 comes to a close, I look ahead.", "2016").kind, FigureKind::date);
    EXPECT_EQ(figure("1985 shares were sold.", "1985").unit, "share");
    // a year after "in" before a verb's -s and its object, in text whose commas are gone
    EXPECT_EQ(figure("The bridge opened in 1943 carries more than 100,000 cars.", "1943").kind,
              FigureKind::date);
    EXPECT_EQ(figure("Meters were fitted in 1925 homes across the county.", "1925").unit, "home");
    EXPECT_EQ(figure("The fund paid in 1950 cases last year.", "1950").unit, "case");
}

TEST(Money, AListedPriceOfAnotherSizeIsNoPricePerUnit) {
    EXPECT_EQ(figure("Savings would be $30 per set and $912 million statewide.", "$912").unit, "USD");
    EXPECT_EQ(rated(figure("Petrol costs Rs 94.72 a litre in Delhi and Rs 104.21 in Mumbai.", "104.21")),
              "INR/litre");
}

TEST(Rates, TheCountsOfAListTakeThePeriodOfItsLast) {
    EXPECT_EQ(rated(figure("He averaged 27.4 points, 11.2 rebounds and 6.1 assists per game.", "27.4")),
              "point/game");
    EXPECT_EQ(rated(figure("The plant makes 500 cars and 300 trucks a day.", "500")), "car/day");
    EXPECT_EQ(figure("It hired 50 staff and 30 nurses per shift.", "50").unit, "staff");
}

TEST(NotFigures, AnHourNearAPartOfTheDay) {
    EXPECT_TRUE(figures("He met the coach every morning at eight.").empty());
    EXPECT_TRUE(figures("The meeting starts at 8 tonight.").empty());
    EXPECT_TRUE(figures("Dinner is at seven.").empty());
    EXPECT_EQ(figures("Tonight the toll stood at nine.").size(), 1u);
    EXPECT_EQ(figures("The death toll stands at eight.").size(), 1u);
}

TEST(NewsForms, AdjectivesSetAgainstEachOtherBeforeTheNoun) {
    EXPECT_EQ(figure("It is one simple but powerful way to help.", "one").unit, "simple powerful way");
    EXPECT_EQ(figure("He scored one goal but missed two penalties.", "one").unit, "goal");
}

TEST(Range, APairBeforeANameOrAWeekday) {
    EXPECT_TRUE(figures("The 9-11 Commission report was released.").empty());
    EXPECT_TRUE(figure("Arsenal beat Chelsea 2-1 Sunday.", "2-1").range.has_value());
    EXPECT_TRUE(figure("The bill passed 51-49 Tuesday.", "51-49").range.has_value());
    EXPECT_EQ(figure("He served 2-3 Years In Jail After The Raid", "2-3").unit, "year");
}

TEST(Ratio, AnOwnerAfterTheDeterminerOfTheWhole) {
    const auto f = figure("A majority needs 61 of the Knesset's 120 seats.", "61");
    EXPECT_EQ(f.kind, FigureKind::ratio);
    EXPECT_EQ(f.of, 120);
    EXPECT_EQ(f.unit, "seat");
}

TEST(Ages, APersonNamedByTheirTrade) {
    EXPECT_EQ(figure("The rapper, 31, told fans he would retire.", "31").unit, "year");
    EXPECT_EQ(figure("The footballer 24, signed on Monday.", "24").unit, "year");
}

TEST(Ages, TheWordsThatSayItIsAnAgeAndAHyphenedName) {
    const auto f = figure("Voters aged 16 and over can take part.", "16");
    EXPECT_EQ(f.text, "aged 16 and over");
    EXPECT_EQ(f.qualifier, Qualifier::at_least);
    EXPECT_EQ(figure("Attendance was 12,000 and over the weekend it doubled.", "12,000").qualifier,
              Qualifier::exact);
    EXPECT_EQ(figure("She ran a marathon at the age of 71.", "71").text, "age of 71");
    EXPECT_EQ(figure("Sam Bankman-Fried 30 was arrested in the Bahamas.", "30").unit, "year");
}

TEST(NewsForms, AVerbsIngOpeningTheSentenceIsNoName) {
    EXPECT_EQ(rated(figure("Walking 10000 steps a day cuts the risk.", "10000")), "step/day");
    EXPECT_TRUE(figures("Boeing 737 jets were grounded.").empty());
}

TEST(Fractions, AFractionRightAfterAVerbOfChange) {
    EXPECT_DOUBLE_EQ(figure("Shares are down roughly a third this year.", "a third").value, 33.33);
    EXPECT_DOUBLE_EQ(figure("Sales fell a quarter in May.", "a quarter").value, 25);
    EXPECT_DOUBLE_EQ(figure("Shares dropped a fifth in May.", "a fifth").value, 20);
    EXPECT_TRUE(figures("He added a fourth title.").empty());
    EXPECT_TRUE(figures("He moved up a third place.").empty());
}

TEST(NotFigures, StampLinesWithoutByAndNumbersWithATrunkZero) {
    EXPECT_TRUE(figures("Tracy Neal | 05:00, Mar 10 2025").empty());
    EXPECT_TRUE(figures("· CBC News · Posted: Mar 3, 2025 4:00 AM ET").empty());
    EXPECT_TRUE(figures("By: Jane Doe, staff writer").empty());
    EXPECT_EQ(figures("Sales rose 5% | Profits fell 3%").size(), 2u);
    EXPECT_TRUE(figures("Call the office on 031 336 5300 for details.").empty());
}

TEST(Ages, AfterAges) {
    EXPECT_EQ(figure("The children, ages 6 and 9, were unhurt.", "9").unit, "year");
    EXPECT_EQ(figure("Players ages 18 to 24 can apply.", "18").text, "ages 18 to 24");
}

TEST(Money, AYearBeforeAnAmountLendsItNothing) {
    EXPECT_EQ(figure("It set aside $120 million for 2023 and $452 million for 2024.", "2023").kind,
              FigureKind::date);
}

TEST(Units, AKGluedToADistanceRunIsKilometres) {
    const auto f = figure("She completed a 10k route around the park.", "10k");
    EXPECT_EQ(f.unit, "km");
    EXPECT_DOUBLE_EQ(f.value, 10);
    EXPECT_EQ(figure("Entrants can choose a 5k or 10k race.", "5k").unit, "km");
    EXPECT_EQ(figure("She ran a 50k ultramarathon and a 5K charity walk.", "5K").unit, "km");
    EXPECT_DOUBLE_EQ(figure("It has 10k followers.", "10k").value, 10000);
}

TEST(Percent, BasisPointsAreHundredthsOfAPercentagePoint) {
    const auto f = figure("The Fed cut rates by 25 basis points.", "25");
    EXPECT_EQ(f.unit, "percentage point");
    EXPECT_DOUBLE_EQ(f.value, 0.25);
    EXPECT_DOUBLE_EQ(figure("Yields rose 10-15 basis points.", "10-15").range->second, 0.15);
}

TEST(NotFigures, PrintEditionsCopyrightsForumsAndLiveBlogEntries) {
    EXPECT_TRUE(figures("Appeared in the November 7, 2025, print edition as 'Talks Stall'.").empty());
    EXPECT_TRUE(figures("Copyright 2025 NPR").empty());
    EXPECT_TRUE(figures("Also read | Sensex jumps 850 points").empty());
    EXPECT_TRUE(figures("Leaders of the Group of Seven industrialised nations met.").empty());
    EXPECT_EQ(figures("16:30 | Tallies so far: 132 constituencies counted, 56.8% of the vote.").size(), 2u);
    EXPECT_TRUE(figure("The court ruled in a 5–4 split.", "5–4").range.has_value());
}

TEST(Percent, AFractionOfAPointInASentenceAboutRates) {
    const auto f = figure("The Fed announced a quarter-point rate cut.", "quarter-point");
    EXPECT_EQ(f.kind, FigureKind::percent);
    EXPECT_EQ(f.unit, "percentage point");
    EXPECT_EQ(figure("The index rose half a point.", "half").unit, "point");
}

TEST(NumberWords, OneInACompoundBeforeANoun) {
    EXPECT_EQ(figure("A one-bedroom flat rents for £2,400.", "one-bedroom").unit, "bedroom");
    EXPECT_TRUE(figures("It was a one-off payment.").empty());
    EXPECT_TRUE(figures("The one-time champion returned.").empty());
}

TEST(Money, AnOutletsOwnCentsWhereTheyAreNotItsDollars) {
    Article za = article("Petrol will rise by 93c a litre on Wednesday.", "https://www.news24.com/x");
    za.outlet = "News24";
    const auto f = finder().find(za);
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].unit, "ZAR");
    Article us = article("In the US, petrol rose 9 cents a gallon.", "https://www.irishtimes.com/x");
    us.outlet = "The Irish Times";
    EXPECT_EQ(finder().find(us)[0].unit, "USD");
    EXPECT_TRUE(figures("By Dominic Powell / June 30, 2023").empty());
}

TEST(Percent, TheTwoSharesOfASplit) {
    EXPECT_EQ(figure("Voters backed the deal by 58 per cent to 42.", "42").kind, FigureKind::percent);
    EXPECT_EQ(figure("The vote went 52% to 48.", "48").kind, FigureKind::percent);
    EXPECT_EQ(figure("Shares rose 40% to 60 in May.", "60").kind, FigureKind::count);
}

TEST(Units, SymbolsThatHoldAScale) {
    const auto gas = figure("Europe imported 150 bcm of gas last year.", "150 bcm");
    EXPECT_DOUBLE_EQ(gas.value, 150e9);
    EXPECT_EQ(gas.unit, "m3");
    const auto lng =
        figure("Capacity will rise to 142 million tonnes per annum, up from 77 mtpa.", "77 mtpa");
    EXPECT_DOUBLE_EQ(lng.value, 77e6);
    EXPECT_EQ(lng.unit, "t/year");
    EXPECT_EQ(figure("Capacity will rise to 142 million tonnes per annum.", "142").unit, "t/year");
    const auto oil = figure("Output could rise by 4 to 5 mb/d.", "4 to 5");
    ASSERT_TRUE(oil.range.has_value());
    EXPECT_DOUBLE_EQ(oil.range->first, 4e6);
    EXPECT_DOUBLE_EQ(oil.range->second, 5e6);
    EXPECT_DOUBLE_EQ(figure("It imports 20 or 30 bcm a year.", "20").value, 20e9);
    EXPECT_DOUBLE_EQ(figure("Output rose by 300 kb/d.", "300").value, 300e3);
}

TEST(Range, ASecondEndThatIsARangeOfItsOwn) {
    const auto was = figure("Duty on wines will come down from 150% to 20-30%.", "150%");
    EXPECT_FALSE(was.range.has_value());
    const auto now = figure("Duty on wines will come down from 150% to 20-30%.", "20-30%");
    ASSERT_TRUE(now.range.has_value());
    EXPECT_DOUBLE_EQ(now.range->first, 20);
    EXPECT_DOUBLE_EQ(now.range->second, 30);
}

TEST(Range, ASplitOfAHundredToTheTenth) {
    const auto split = figure("With most votes counted, No was ahead 60.6-39.4 nationally.", "60.6-39.4");
    ASSERT_TRUE(split.range.has_value());
    EXPECT_DOUBLE_EQ(split.range->second, 39.4);
}

TEST(NotFigures, SectionsOfTheTaxCodeAndARappersName) {
    EXPECT_TRUE(figures("He moved the money into his 401(k).").empty());
    EXPECT_TRUE(figures("Many savers hold 401k accounts.").empty());
    EXPECT_TRUE(figures("The group is a 501(c)(3) nonprofit.").empty());
    EXPECT_TRUE(figures("The rapper 50 Cent said he would sue.").empty());
    EXPECT_DOUBLE_EQ(figure("Stamps cost 50 cents each.", "50 cents").value, 0.5);
}

TEST(Fractions, AHalfAfterAVerbOfChange) {
    const auto f = figure("Shares plunged nearly a half in a week.", "a half");
    EXPECT_EQ(f.kind, FigureKind::percent);
    EXPECT_DOUBLE_EQ(f.value, 50);
    EXPECT_EQ(f.qualifier, Qualifier::approx);
    EXPECT_DOUBLE_EQ(figure("It took an hour and a half.", "hour").value, 1.5);
}

TEST(Dates, AMonthNamedAloneAsATime) {
    // published 18 February 2025
    EXPECT_DOUBLE_EQ(figure("The vote is due in March.", "March").value, 2025.03);
    EXPECT_EQ(figure("The vote is due in March.", "March").unit, "year-month");
    EXPECT_DOUBLE_EQ(figure("He will leave in early May and return in mid-June.", "June").value, 2025.06);
    EXPECT_DOUBLE_EQ(figure("Output will be cut until the end of June.", "June").value, 2025.06);
    EXPECT_DOUBLE_EQ(figure("On a cloudy December afternoon he left.", "December").value, 2024.12);
    const auto both = figures("He collected money between January and April last year, records show.");
    ASSERT_EQ(both.size(), 2u);
    EXPECT_DOUBLE_EQ(both[0].value, 2024.01);
    EXPECT_DOUBLE_EQ(both[1].value, 2024.04);
    EXPECT_EQ(both[1].text, "April last year");
    // names, a month told in general, and a month that only opens its sentence
    EXPECT_TRUE(figures("Theresa May said the deal was done.").empty());
    EXPECT_TRUE(figures("After May resigned, Johnson took over.").empty());
    EXPECT_TRUE(figures("The March on Washington drew crowds.").empty());
    EXPECT_TRUE(figures("It was the biggest March snowfall on record.").empty());
    EXPECT_TRUE(figures("January was the warmest on record.").empty());
    EXPECT_TRUE(figures("In April Ryan asked a question.").empty());
}

TEST(Dates, TheYearOfAMonthToldWithoutOne) {
    // published 18 February 2025: the nearest such month, the latest up to it after "since", and never
    // an earlier year after "by"
    EXPECT_DOUBLE_EQ(figure("Sales fell sharply in November.", "November").value, 2024.11);
    EXPECT_DOUBLE_EQ(figure("Prices have risen since September.", "September").value, 2024.09);
    EXPECT_DOUBLE_EQ(figure("Storage must be 90% full by November 1.", "November").value, 2025.1101);
    Article november = article("The new rate applies from 1 January.");
    november.published = "2025-11-20";
    const auto f = finder().find(november);
    ASSERT_EQ(f.size(), 1u);
    EXPECT_DOUBLE_EQ(f[0].value, 2026.0101);
}

TEST(Qualifiers, ABoundToldAcrossAWordOfFrequencyOrOfMore) {
    EXPECT_EQ(figure("Elections are held roughly every two years.", "two years").qualifier,
              Qualifier::approx);
    const auto more = figure("It could receive up to an additional $150 million.", "$150 million");
    EXPECT_EQ(more.qualifier, Qualifier::at_most);
    EXPECT_EQ(more.text, "up to an additional $150 million");
}

TEST(NotFigures, ATimeAClauseNamesAndAPeriodInCapitalsAsALabel) {
    EXPECT_TRUE(figures("If there ever came a day when he left, we would know.").empty());
    EXPECT_TRUE(figures("It was a year that changed everything.").empty());
    EXPECT_EQ(figure("They waited for a day, then left.", "a day").unit, "day");
    for (const auto& f : figures("Dallas earned a 26-20 Week 15 win over Tampa."))
        EXPECT_NE(f.kind, FigureKind::duration) << f.text;
}

TEST(NumberWords, AHundredJoinedByAHyphen) {
    const auto f = figure("China has nearly completed a twelve-hundred-mile link.", "twelve");
    EXPECT_DOUBLE_EQ(f.value, 1200);
    EXPECT_EQ(f.unit, "mi");
    EXPECT_DOUBLE_EQ(figure("Some fifteen-hundred people came.", "fifteen").value, 1500);
}

TEST(Ages, OneAgeOfTwoPeople) {
    const auto f = figure("Vintila and Bogdan Radu, both 34, were convicted.", "34");
    EXPECT_EQ(f.kind, FigureKind::duration);
    EXPECT_EQ(f.measures, "age");
    EXPECT_EQ(figure("His parents, both 81, live in Leeds.", "81").kind, FigureKind::duration);
    EXPECT_EQ(figure("She posed with the Chicago Fire actor, 35, on Monday.", "35").kind,
              FigureKind::duration);
    EXPECT_EQ(figure("Sales and profit, both 15, rose.", "15").kind, FigureKind::count);
    EXPECT_EQ(figure("Mother and daughter, 61 and 34, were rescued.", "34").kind, FigureKind::duration);
    EXPECT_EQ(figure("John and Mary Hale, 45 and 43, were charged.", "45").kind, FigureKind::duration);
    EXPECT_EQ(figure("Sales in Paris, 12 and 15, rose.", "12").kind, FigureKind::count);
}

TEST(Context, ThePossessorANumberCounts) {
    EXPECT_EQ(figure("One woman's arm was broken.", "One").unit, "woman");
    EXPECT_EQ(figure("Two children's hospitals closed.", "Two").unit, "children hospital");
    EXPECT_EQ(figure("Two of Johnson's deputies were fired.", "Two").unit, "johnson deputy");
    EXPECT_EQ(figure("One area ripe for improvement is design.", "One").unit, "area");
}

TEST(Percent, ARateAtNought) {
    for (const auto* s : {"The Fed kept interest rates near zero.",
                          "The market wants zero rates to continue.", "It cut rates to zero in March."}) {
        const auto f = figure(s, "zero");
        EXPECT_EQ(f.kind, FigureKind::percent) << s;
        EXPECT_DOUBLE_EQ(f.value, 0) << s;
    }
    EXPECT_EQ(figure("Zero people died.", "Zero").kind, FigureKind::count);
}

TEST(Dates, TheYearOfAMonthByTheTenseItIsToldIn) {
    // published 18 February 2025
    EXPECT_DOUBLE_EQ(figure("He left in early May and returned in mid-June.", "June").value, 2024.06);
    EXPECT_DOUBLE_EQ(figure("The merger is expected to close in October.", "October").value, 2025.10);
    EXPECT_DOUBLE_EQ(figure("In October, his team published a study.", "October").value, 2024.10);
    EXPECT_DOUBLE_EQ(figure("The final rebate will be paid in April.", "April").value, 2025.04);
    EXPECT_DOUBLE_EQ(figure("The decision was put off to July.", "July").value, 2025.07);
    EXPECT_DOUBLE_EQ(figure("Revenue rose 5% in the year to March.", "March").value, 2024.03);
    EXPECT_DOUBLE_EQ(figure("Prices fell last November.", "November").value, 2024.11);
    EXPECT_DOUBLE_EQ(figure("Talks resume next April.", "April").value, 2025.04);
    EXPECT_DOUBLE_EQ(figure("Talks resume next January.", "January").value, 2026.01);
    EXPECT_DOUBLE_EQ(figure("The mine flooded in May of last year.", "May").value, 2024.05);
    EXPECT_DOUBLE_EQ(figure("It happened on March 10 last year.", "March").value, 2024.0310);
    EXPECT_EQ(figure("Traders expect a cut around September.", "September").qualifier, Qualifier::approx);
}

TEST(NotFigures, APersonCalledMayAHabitAndAnEventNamedByItsDay) {
    EXPECT_TRUE(figures("Since May left office, she has campaigned.").empty());
    EXPECT_TRUE(figures("Talks between May and Juncker broke down.").empty());
    EXPECT_TRUE(figures("The plan endorsed by May, who led the party, failed.").empty());
    EXPECT_EQ(figures("Between February and May, exports rose.").size(), 2u);
    EXPECT_TRUE(figures("Hay fever typically peaks in May.").empty());
    EXPECT_TRUE(figures("It launched on a Long March rocket.").empty());
    EXPECT_TRUE(figures("Screening has been tightened since the September 11 attacks.").empty());
    EXPECT_TRUE(figures("He was charged over the January 6 riot.").empty());
}

TEST(NotFigures, OneDayToldNotCounted) {
    EXPECT_TRUE(figures("He could win the MVP one day.").empty());
    EXPECT_TRUE(figures("One day, Page decided to fire the managers.").empty());
    EXPECT_EQ(figure("The strike lasted one day.", "one day").kind, FigureKind::duration);
    EXPECT_EQ(figure("The market fell 5% in one day.", "one day").kind, FigureKind::duration);
    EXPECT_EQ(figure("It happened just one day after the vote.", "one day").kind, FigureKind::duration);
    EXPECT_EQ(figure("The law gives workers one day off.", "one day").kind, FigureKind::duration);
}

TEST(Dates, ANumericDateWithATwoDigitYearAndOneReading) {
    EXPECT_DOUBLE_EQ(figure("The alert went out on Tuesday, 12/15/15, at noon.", "12/15/15").value,
                     2015.1215);
    EXPECT_DOUBLE_EQ(figure("It was filed 25/12/24 in court.", "25/12/24").value, 2024.1225);
    EXPECT_TRUE(figures("Posted 3/4/15.").empty());
}

TEST(NotFigures, ANumberBeforeASingularWordInCapitals) {
    EXPECT_TRUE(figures("A 30 Rock writer joined the show.").empty());
    EXPECT_TRUE(figures("I rode the 14 Mission bus downtown.").empty());
    EXPECT_EQ(figure("Police held 4 Chinese nationals.", "4").unit, "chinese national");
    EXPECT_EQ(figure("The bill needs 60 Senate votes.", "60").unit, "senate vote");
}

TEST(Dates, AYearAfterAHoliday) {
    EXPECT_DOUBLE_EQ(figure("Sales should recover by Christmas 2012.", "2012").value, 2012);
}

TEST(ScaleWords, HundredsOfTheSecondEndsScale) {
    const auto f = figure("It would cost three hundred to five hundred billion dollars.", "three");
    ASSERT_TRUE(f.range.has_value());
    EXPECT_DOUBLE_EQ(f.range->first, 300e9);
    EXPECT_DOUBLE_EQ(figure("It was 1.3 quadrillion.", "1.3").value, 1.3e15);
}

TEST(NotFigures, DigitsLedByAZero) {
    const auto bits = figures("The two bits hold one of four states (00, 01, 10, 11).");
    for (const auto& f : bits)
        EXPECT_NE(f.text.front(), '0') << f.text;
    EXPECT_DOUBLE_EQ(figure("It was the class of '09.", "09").value, 2009);
    EXPECT_DOUBLE_EQ(figure("It cost 0.50 dollars.", "0.50").value, 0.5);
}

TEST(Context, ACrowdOfAndAPopulationOfCountPeople) {
    EXPECT_EQ(figure("He retired 16 batters before a crowd of 33,439.", "33,439").unit, "people");
    EXPECT_EQ(figure("Sudan, with a population of around 50 million, is at war.", "50 million").unit,
              "people");
}

TEST(Ratios, AWholeMetInFull) {
    const auto f = figure("She has won an incredible 17 out of 17 times.", "17 out of");
    EXPECT_EQ(f.kind, FigureKind::ratio);
    EXPECT_DOUBLE_EQ(f.of.value_or(0), 17);
    EXPECT_EQ(figures("She has won an incredible 17 out of 17 times.").size(), 1u);
}

TEST(Dates, LookAlikesOfAMonthNamedAlone) {
    // published 18 February 2025
    EXPECT_TRUE(figures("The rift between May and her chancellor grew.").empty());
    EXPECT_TRUE(figures("Prices tend to fall in January.").empty());
    EXPECT_TRUE(figures("Russia's February 24 invasion shocked Europe.").empty());
    EXPECT_TRUE(figures("It was filed 2/30/25.").empty());
    EXPECT_DOUBLE_EQ(figure("Growth was weaker than expected in March.", "March").value, 2024.03);
    EXPECT_DOUBLE_EQ(figure("The launch was delayed until August.", "August").value, 2025.08);
    EXPECT_DOUBLE_EQ(figure("Sales in the year to June rose 6%.", "June").value, 2024.06);
    EXPECT_DOUBLE_EQ(figure("It was the '90s.", "90s").value, 1990);
    EXPECT_FALSE(figure("It was the '90s.", "90s").range.has_value());
}

TEST(NotFigures, LookAlikesOfOneDayAndOfNumbersNearNames) {
    EXPECT_EQ(figure("Workers lose one day's pay.", "one day").kind, FigureKind::duration);
    EXPECT_EQ(figure("Staff work from home one day a week.", "one day").unit, "day");
    EXPECT_DOUBLE_EQ(figure("Over Christmas 300 flights were cancelled.", "300").value, 300);
    const auto f = figure("It costs between six hundred and eight hundred billion dollars.", "six");
    ASSERT_TRUE(f.range.has_value());
    EXPECT_DOUBLE_EQ(f.range->second, 800e9);
    EXPECT_DOUBLE_EQ(figure("It had three hundred and six members.", "three").value, 306);
    EXPECT_DOUBLE_EQ(figure("The house sold for a hundred and twenty thousand pounds.", "hundred").value,
                     120000);
    EXPECT_DOUBLE_EQ(figure("Two thousand and five hundred people came.", "Two").value, 2500);
    EXPECT_EQ(figure("Inflation fell to zero in May.", "zero").kind, FigureKind::percent);
    EXPECT_EQ(figure("The Love Island winner, 26, left the villa.", "26").kind, FigureKind::duration);
}

TEST(Dates, AQuarterInWhichALargeAmountChanged) {
    // published 18 February 2025: the latest second quarter is last year's
    EXPECT_DOUBLE_EQ(
        figure("Netflix lost 238,000 subscribers in the second quarter.", "second quarter").value, 2024.2);
    EXPECT_EQ(figures("He scored 12 points in the second quarter.").size(), 1u);
}

TEST(Dates, MoreTensesOfAMonthNamedAlone) {
    // published 18 February 2025
    EXPECT_DOUBLE_EQ(figure("The tariffs could return in January.", "January").value, 2026.01);
    EXPECT_DOUBLE_EQ(figure("The company is cutting 300 jobs in January.", "January").value, 2026.01);
    EXPECT_DOUBLE_EQ(figure("Trading in the new shares begins in January.", "January").value, 2026.01);
    EXPECT_DOUBLE_EQ(figure("Home prices rose 3% in the 12 months to September.", "September").value,
                     2024.09);
    EXPECT_DOUBLE_EQ(
        figure("In October, after months of wrangling over pay, the council approved the plan.", "October")
            .value,
        2024.10);
    EXPECT_DOUBLE_EQ(figure("Sales usually slow in summer, but they fell in October.", "October").value,
                     2024.10);
    EXPECT_TRUE(figures("The arts festival is held in January every year.").empty());
    EXPECT_DOUBLE_EQ(figure("Storage must reach 90% by November 1.", "November").value, 2025.1101);
}

TEST(Dates, AVerbWhosePastIsItsPresentTellsThePast) {
    // published 18 February 2025
    EXPECT_DOUBLE_EQ(figure("The bank cut rates in July and again in August.", "July").value, 2024.07);
    EXPECT_DOUBLE_EQ(figure("The storm hit the coast in July.", "July").value, 2024.07);
    EXPECT_DOUBLE_EQ(figure("Profits beat expectations in July, the airline said.", "July").value, 2024.07);
    EXPECT_DOUBLE_EQ(figure("The bank will cut rates in July.", "July").value, 2025.07);
    EXPECT_DOUBLE_EQ(figure("Investors bet the bank would cut in July.", "July").value, 2025.07);
    EXPECT_DOUBLE_EQ(figure("The vote is set for July.", "July").value, 2025.07);
    EXPECT_DOUBLE_EQ(figure("Economists see a rate cut in July.", "July").value, 2025.07);
}

TEST(Dates, AMonthsOwnAndASpanWithItsYearAtTheEnd) {
    // published 18 February 2025
    EXPECT_DOUBLE_EQ(figure("Jobs rose 64,000, up from October's 22,000.", "October's").value, 2024.10);
    EXPECT_TRUE(figures("May's government fell.").empty());
    EXPECT_DOUBLE_EQ(figure("Data leaked from late June to mid-September 2023.", "June").value, 2023.06);
    EXPECT_DOUBLE_EQ(figure("It ran from November to February 2024.", "November").value, 2023.11);
    const auto meeting = figure("The Fed decides at its March 18-19 meeting.", "March 18-19");
    ASSERT_TRUE(meeting.range.has_value());
    EXPECT_DOUBLE_EQ(meeting.range->second, 2025.0319);
    EXPECT_FALSE(figure("On June 3 and 4 others died.", "June 3").range.has_value());
}

TEST(Dates, AYearOfTwoMonthsAPlansQuarterAndTheMayElections) {
    // published 18 February 2025
    EXPECT_DOUBLE_EQ(figure("It erupted in March and July of 2023.", "March").value, 2023.03);
    EXPECT_EQ(figures("It erupted in July of 2023.").size(), 1u);
    EXPECT_DOUBLE_EQ(figure("It plans to file for approval in the fourth quarter.", "fourth quarter").value,
                     2025.4);
    EXPECT_TRUE(figures("He plans to score in the fourth quarter of the game.").empty());
    EXPECT_DOUBLE_EQ(figure("Labour hopes to recover before the May elections.", "May").value, 2025.05);
    EXPECT_TRUE(figures("The May government fell.").empty());
}

TEST(Dates, AMonthWithThisYearAfterItAndJunesSurvey) {
    // published 18 February 2025
    EXPECT_DOUBLE_EQ(figure("Between August 2023 and July this year, it fell.", "July").value, 2025.07);
    EXPECT_DOUBLE_EQ(figure("The index rose to 14, up from 11 in June's survey.", "June's").value, 2024.06);
    EXPECT_TRUE(figures("June's husband spoke.").empty());
    EXPECT_EQ(figure("Analysts see a fourth-quarter slowdown in China.", "fourth-quarter").unit,
              "year-quarter");
}

TEST(Dates, ABylinesDatelineAndMonthsPastOrInto) {
    EXPECT_TRUE(has_figure("By Arpan Varghese Jan 30 (Reuters) - Oil rose 2%.", "2%"));
    EXPECT_FALSE(has_figure("By Arpan Varghese Jan 30 (Reuters) - Oil rose 2%.", "30"));
    EXPECT_DOUBLE_EQ(figure("The talks ran well into February.", "February").value, 2025.02);
    EXPECT_DOUBLE_EQ(figure("Sales rose 5% in its fourth quarter.", "fourth quarter").value, 2024.4);
}

TEST(Range, ToJoinedByHyphensBeforeAUnit) {
    const auto f = figure("They had an extended six-to-seven minute conversation.", "six");
    ASSERT_TRUE(f.range.has_value());
    EXPECT_DOUBLE_EQ(f.range->second, 7);
    EXPECT_EQ(f.unit, "minute");
    EXPECT_FALSE(figure("Odds were 33-to-1.", "33").range.has_value());
}

TEST(Dates, OnlyAWordOfIntentMakesToAVerbAhead) {
    // published 18 February 2025
    EXPECT_DOUBLE_EQ(figure("The cracks had started to show at a gala in October.", "October").value,
                     2024.10);
    EXPECT_DOUBLE_EQ(figure("Traders expect the ECB to move again around October.", "October").value,
                     2025.10);
}

TEST(Durations, ASingleDayAndThanAYearEarlier) {
    EXPECT_EQ(figure("It sent the index down 12.4% in a single day.", "a single day").unit, "day");
    EXPECT_EQ(figure("It sold 31% fewer cars than a year earlier.", "a year").unit, "year");
}

TEST(Counts, AMultiplierToldByAVerbOrAnAdverb) {
    EXPECT_DOUBLE_EQ(figure("Sales doubled last year.", "doubled").value, 2);
    EXPECT_EQ(figure("Seizures had more than tripled in size.", "more than tripled").qualifier,
              Qualifier::at_least);
    EXPECT_DOUBLE_EQ(figure("The plan would double the number of inspectors.", "double").value, 2);
    EXPECT_DOUBLE_EQ(figure("He has visited twice.", "twice").value, 2);
    EXPECT_EQ(figure("It pledged to halve the fatality rate.", "halve").unit, "percent");
    EXPECT_TRUE(figures("It was a double murder.").empty());
    EXPECT_TRUE(figures("He doubled down on his claims.").empty());
    EXPECT_TRUE(figures("She won the doubles final.").empty());
}

TEST(Money, ACurrencysPriceInTheDollarIsAnAmountOfIt) {
    EXPECT_EQ(figure("The yen weakened to 158.40 per dollar.", "158.40").unit, "JPY");
    EXPECT_EQ(figure("The naira fell to 1,660 against the US dollar.", "1,660").unit, "NGN");
    EXPECT_EQ(figure("Zambia's kwacha firmed 1.8% to 24.10 per dollar.", "24.10").kind, FigureKind::money);
    EXPECT_EQ(figure("He scored 12 to the dollar.", "12").kind, FigureKind::count);
    // the level it moved from is the same currency's
    EXPECT_EQ(figure("The yen rose to 156 per dollar, from 157.80.", "157.80").unit, "JPY");
}

TEST(Money, PaisaAndABasisPointBeforeItsNoun) {
    EXPECT_EQ(figure("The rupee gained 32 paisas in Karachi, Pakistan.", "32 paisas").unit, "PKR");
    EXPECT_DOUBLE_EQ(figure("The rupee gained 32 paisas in Karachi, Pakistan.", "32 paisas").value, 0.32);
    EXPECT_EQ(figure("A 25 basis-point move is not enough.", "25 basis-point").unit, "percentage point");
}

TEST(Durations, ARaceOrAGamesClockPartByPart) {
    const auto race = figures("Kiprop won in 2:09:56, a course record.");
    ASSERT_EQ(race.size(), 3u);
    EXPECT_EQ(race[0].unit, "hour");
    EXPECT_DOUBLE_EQ(race[1].value, 9);
    EXPECT_EQ(race[2].unit, "second");
    EXPECT_EQ(figure("He finished the marathon in just under 2:04.", "2:04").qualifier, Qualifier::at_most);
    EXPECT_EQ(figure("She ran 64:41 for the half.", "64:41").unit, "minute");
    EXPECT_EQ(figures("He checked out with 1:12 left in the game.").size(), 2u);
    // the time of day is no figure
    EXPECT_TRUE(figures("Trains ran at 10:15 and 11:45.").empty());
    EXPECT_TRUE(figures("The meeting starts at 10:30 am.").empty());
}

TEST(Durations, NightsAndASpanOpeningItsSentence) {
    EXPECT_EQ(figure("The singer spent one night in hospital.", "one night").kind, FigureKind::duration);
    EXPECT_EQ(figure("They stayed three nights in Paris.", "three nights").unit, "night");
    EXPECT_EQ(figure("Over one day, 30 centimetres of rain fell.", "one day").qualifier, Qualifier::exact);
    EXPECT_EQ(figure("Over 200 people came.", "200").qualifier, Qualifier::at_least);
    EXPECT_DOUBLE_EQ(figure("The hotel costs $200 a night.", "$200").value, 200);
}

TEST(NotFigures, ANumberBeforeTwoSingularWordsInCapitals) {
    EXPECT_FALSE(has_figure("Italy's 5 Star Movement lost half its seats.", "5"));
    EXPECT_EQ(figure("He bought 2 Apple Watch models.", "2").unit, "apple watch model");
}

TEST(Durations, ADayOrANightBeforeANounMakesACompound) {
    EXPECT_TRUE(figures("She had been on a night shift when the hill gave way.").empty());
    EXPECT_TRUE(figures("They took a day trip to Bath.").empty());
    EXPECT_EQ(figure("It lasted a day longer.", "a day").unit, "day");
    EXPECT_EQ(figure("He slept for a night and left.", "a night").unit, "night");
}

TEST(Dates, TheYearOfAHolidayNamedInTwoWords) {
    EXPECT_DOUBLE_EQ(figure("Survivors of the Boxing Day 2004 tsunami gathered in Aceh.", "2004").value,
                     2004);
    EXPECT_EQ(figure("A New Year's Eve 2019 party became a superspreader event.", "2019").kind,
              FigureKind::date);
    EXPECT_EQ(figure("The Easter Sunday 2019 bombings killed 269 people.", "2019").kind, FigureKind::date);
}

TEST(NotFigures, AStampLineAfterADesksNameAndASlash) {
    EXPECT_TRUE(figures("TOI Sports Desk / Updated: Mar 8, 2026, 23:41 IST").empty());
    EXPECT_TRUE(figures("Ng Keng Gene / UPDATED Jan 24, 2025, 05:45 PM").empty());
    EXPECT_DOUBLE_EQ(figure("The deal closed on Mar 8, 2026.", "Mar 8").value, 2026.0308);
}

TEST(Money, AnOutletNamedForItsDollarCountry) {
    Article au = article("A typical $650,000 loan now costs more.");
    au.outlet = "news.com.au";
    EXPECT_EQ(finder().find(au)[0].unit, "AUD");
    au.outlet = "Fox Sports Australia";
    EXPECT_EQ(finder().find(au)[0].unit, "AUD");
    au.outlet = "Reuters";
    EXPECT_EQ(finder().find(au)[0].unit, "USD");
}

TEST(Ratios, InBetweenHyphens) {
    const auto f = figure("He has a one-in-three chance of winning.", "one-in-three");
    EXPECT_EQ(f.kind, FigureKind::ratio);
    EXPECT_DOUBLE_EQ(f.of.value_or(0), 3);
    EXPECT_EQ(figure("The 12-in screen is bright.", "12-in").unit, "in");
}

TEST(Dates, AQuarterNamedByItsMonthNeedsNoWordBeforeIt) {
    // published 18 February 2025
    EXPECT_DOUBLE_EQ(
        figure("Rates will stay on hold until at least the September quarter.", "September").value, 2025.3);
    EXPECT_DOUBLE_EQ(figure("Growth slowed in the year to the September quarter.", "September").value,
                     2024.3);
    EXPECT_DOUBLE_EQ(figure("Inflation eased in the 11 months to May, to 4.1%.", "May").value, 2024.05);
}

TEST(Numbers, ADecimalCommaBeforeAUnitOrAPercent) {
    EXPECT_DOUBLE_EQ(figure("The lava front is now 2,4 kilometres long.", "2,4 kilometres").value, 2.4);
    EXPECT_DOUBLE_EQ(figure("Inflation rose to 3,75 % in May.", "3,75 %").value, 3.75);
    EXPECT_DOUBLE_EQ(figure("The app costs 4,99 euros.", "4,99 euros").value, 4.99);
    // (not a list, nor a year with the number after it)
    EXPECT_DOUBLE_EQ(figure("In 2019,45 people died.", "45 people").value, 45);
    EXPECT_EQ(figures("He won 6,4 and lost 2,6 in sets.").size(), 4u);
}

TEST(NotFigures, ATimeOfDayWithAnHBetweenHourAndMinutes) {
    EXPECT_TRUE(figures("The match kicks off at 20h30.").empty());
    EXPECT_TRUE(figures("Voting runs until 19h00.").empty());
}

TEST(Dates, ASpanOfMonthsWithADash) {
    // published 18 February 2025
    const auto rains =
        figure("Prices rose after the October-December short rains failed.", "October-December");
    ASSERT_TRUE(rains.range.has_value());
    EXPECT_DOUBLE_EQ(rains.range->first, 2024.10);
    EXPECT_DOUBLE_EQ(rains.range->second, 2024.12);
    const auto output = figure("Output fell in November-January 2024.", "November-January 2024");
    ASSERT_TRUE(output.range.has_value());
    EXPECT_DOUBLE_EQ(output.range->first, 2023.11);
    EXPECT_DOUBLE_EQ(output.range->second, 2024.01);
    // (a quarter named by its months stays one quarter)
    EXPECT_EQ(figure("Sales rose in the April-June quarter.", "April-June quarter").unit, "year-quarter");
}

TEST(Counts, AnAdjectiveBeforeItsPrepositionEndsTheCountedNoun) {
    EXPECT_EQ(figure("One person close to the company said so.", "One person").unit, "person");
    EXPECT_EQ(figure("One man familiar with the deal said so.", "One man").unit, "man");
}

TEST(Ranges, ATallyAfterAVoteInThePresentTense) {
    const auto tally = figure("Lower house passes no-confidence motion 238-224", "238-224");
    ASSERT_TRUE(tally.range.has_value());
    EXPECT_DOUBLE_EQ(tally.range->first, 238);
    EXPECT_DOUBLE_EQ(tally.range->second, 224);
}

TEST(Ranges, GroupedDigitsOnBothEndsShareTheScaleWordAfterTheSecond) {
    const auto cost = figure("Menon puts the cost at ₹18,000-20,000 crore.", "₹18,000-20,000 crore");
    ASSERT_TRUE(cost.range.has_value());
    EXPECT_DOUBLE_EQ(cost.range->first, 18000e7);
    EXPECT_DOUBLE_EQ(cost.range->second, 20000e7);
}

TEST(Dates, AQuarterAheadAndTheFinalQuarter) {
    Article august = article("The bank said it expected growth of 0.1% in the second quarter.");
    august.published = "2028-08-08"; // (its figures still awaited: this year's)
    Article june = article("That pushes the first rate cut into the December quarter at the earliest.");
    june.published = "2028-06-10";
    for (const auto& [a, value] : {std::pair{august, 2028.2}, std::pair{june, 2028.4}}) {
        const auto found = finder().find(a);
        ASSERT_FALSE(found.empty());
        EXPECT_DOUBLE_EQ(found.back().value, value) << a.paragraphs[0];
    }
    const auto final_quarter =
        figure("Output last fell in the final quarter of 2026.", "final quarter of 2026");
    EXPECT_EQ(final_quarter.unit, "year-quarter");
    EXPECT_DOUBLE_EQ(final_quarter.value, 2026.4);
}

TEST(Ages, AStepOfWorkingLife) {
    const auto raise = figure("The plan would raise the legal retirement age from 64 to 65.", "64 to 65");
    EXPECT_EQ(raise.kind, FigureKind::duration);
    EXPECT_EQ(raise.unit, "year");
    EXPECT_EQ(figure("They want me to work until 65?", "65").kind, FigureKind::duration);
    EXPECT_EQ(figure("At 65 my back will be gone.", "65").kind, FigureKind::duration);
    EXPECT_EQ(figure("A pension for farmers above 60.", "above 60").kind, FigureKind::duration);
    // (not a level: "At 65, the index was flat"; not a percent)
    EXPECT_EQ(figure("At 65, the index was flat.", "65").kind, FigureKind::count);
    EXPECT_EQ(figure("Unions put the figure at 65 percent.", "65 percent").kind, FigureKind::percent);
}

TEST(Money, AnExchangeRateBeforeAnyBareNumberBorrowsAUnit) {
    const auto rate = figure("India's 10-year bond yield rose 4 basis points to 6.47%, while the rupee was "
                             "little changed at 86.42 per dollar.",
                             "86.42");
    EXPECT_EQ(rate.kind, FigureKind::money);
    EXPECT_EQ(rate.unit, "INR");
}

TEST(NotFigures, FootersBylinesAndAnAgencyBeforeItsDateline) {
    EXPECT_TRUE(
        figures("This article was amended on 17 April 2028 to correct the spelling of a name.").empty());
    EXPECT_TRUE(figures("This article was published in French in Les Echos on 11 August 2028 and translated "
                        "into English.")
                    .empty());
    EXPECT_TRUE(figures("By business reporter Jess Lamb Posted Thu 16 Mar 2028 at 5:30am").empty());
    EXPECT_TRUE(figures("By Haruka Ito and Min-jae Seo March 13, 2028 at 7:02 PM GMT+9").empty());
    const auto ansa = figures("(ANSA) - BRUSSELS, JUN 21 - The Commission approved the merger of 2 firms.");
    ASSERT_EQ(ansa.size(), 1u);
    EXPECT_EQ(ansa[0].text, "2 firms");
}

TEST(Money, AnOutletsOwnRupeeAndAnEditionsDollar) {
    Article nepal = article("Nine Indians were on board. The airline has paid Rs 2 million to each family.");
    nepal.outlet = "The Kathmandu Post";
    EXPECT_EQ(finder().find(nepal).back().unit, "NPR");
    const auto sydney = figures("A 20% deposit is now around $170,000.",
                                "https://www.theguardian.com/australia-news/2028/nov/04/house-prices");
    EXPECT_EQ(sydney.back().unit, "AUD");
}

TEST(Quantities, KnotsGluedAndAPointOfARaceInKilometres) {
    const auto speed = figure("The aircraft slowed to 112kt before the stall.", "112kt");
    EXPECT_EQ(speed.unit, "kn");
    const auto point = figure("She dropped out of the marathon at 35K.", "35K");
    EXPECT_EQ(point.kind, FigureKind::quantity);
    EXPECT_EQ(point.unit, "km");
    EXPECT_DOUBLE_EQ(point.value, 35);
    EXPECT_DOUBLE_EQ(figure("The post got 25K likes.", "25K").value, 25000) << "thousands anywhere else";
    Article marathon = article("\"At 25K I knew I could not go with him,\" said Kimutai.");
    marathon.title = "Kiplagat breaks the Berlin Marathon record";
    EXPECT_EQ(finder().find(marathon)[0].unit, "km") << "an article about a marathon";
}

TEST(Durations, MoneyByTheMonthPastItsConversionIsARate) {
    EXPECT_FALSE(has_figure("She earns 41,000 Kenyan shillings ($317) a month.", "a month"));
    EXPECT_FALSE(has_figure("A teacher gets less than Sh2,000 extra a month.", "a month"));
    EXPECT_TRUE(has_figure("He left the firm (a bank) a year ago.", "a year"));
}

TEST(Dates, AYearBeforeAParticipleAndACanadianDollarSign) {
    EXPECT_EQ(figure("It issued a bulletin in 2024 reminding crews to slow down.", "2024").kind,
              FigureKind::date);
    EXPECT_EQ(figure("It invested in 2000 housing units.", "2000 housing units").kind, FigureKind::count);
    EXPECT_EQ(figure("The fires will cost $C350 million.", "$C350 million").unit, "CAD");
    EXPECT_FALSE(has_figure("The port handled 14 million twenty-foot equivalent units.", "twenty-foot"));
}

TEST(Counts, TheChildrenAParentIsNamedBy) {
    const auto mum = figure("Mum-of-three Kelly Brennan said she was relieved.", "Mum-of-three");
    EXPECT_EQ(mum.kind, FigureKind::count);
    EXPECT_DOUBLE_EQ(mum.value, 3);
    EXPECT_EQ(mum.unit, "child");
    EXPECT_DOUBLE_EQ(figure("The dad-of-two left early.", "dad-of-two").value, 2);
}

TEST(Counts, ALevelAtATimeToldAfterItIsNoYear) {
    EXPECT_EQ(figure("Clearance rates fell, from 1212 last weekend.", "1212").kind, FigureKind::count);
    EXPECT_EQ(figure("It became the first to frack since 2011 this year.", "2011").kind, FigureKind::date);
}
