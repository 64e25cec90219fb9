// Every date form real feeds use, normalised to the Article's "YYYY-MM-DD" or UTC "…Z".
#include "text/datetime.hpp"

#include <gtest/gtest.h>

using parallax::text::normalise_date;

namespace {

std::string norm(std::string_view s) { return normalise_date(s).value_or("(unreadable)"); }

TEST(Rfc822, FullFormWithNumericZoneIsConvertedToUtc) {
    EXPECT_EQ(norm("Tue, 18 Feb 2025 14:05:00 +0300"), "2025-02-18T11:05:00Z");
}

TEST(Rfc822, GmtAndUtAreUtc) {
    EXPECT_EQ(norm("Thu, 01 Jan 2004 19:48:21 GMT"), "2004-01-01T19:48:21Z");
    EXPECT_EQ(norm("Thu, 01 Jan 2004 19:48:21 UT"), "2004-01-01T19:48:21Z");
    EXPECT_EQ(norm("Thu, 01 Jan 2004 19:48:21 Z"), "2004-01-01T19:48:21Z");
}

TEST(Rfc822, NorthAmericanZoneNames) {
    EXPECT_EQ(norm("Thu, 01 Jan 2004 14:48:21 EST"), "2004-01-01T19:48:21Z");
    EXPECT_EQ(norm("Thu, 01 Jul 2004 12:48:21 PDT"), "2004-07-01T19:48:21Z");
    EXPECT_EQ(norm("Thu, 01 Jul 2004 14:48:21 CDT"), "2004-07-01T19:48:21Z");
}

TEST(Rfc822, OtherZoneNamesNewsFeedsUse) {
    EXPECT_EQ(norm("Tue, 18 Feb 2025 15:05:00 CET"), "2025-02-18T14:05:00Z");
    EXPECT_EQ(norm("Tue, 18 Feb 2025 17:05:00 MSK"), "2025-02-18T14:05:00Z");
    EXPECT_EQ(norm("Tue, 18 Feb 2025 19:35:00 IST"), "2025-02-18T14:05:00Z");
    EXPECT_EQ(norm("Wed, 19 Feb 2025 01:05:00 AEDT"), "2025-02-18T14:05:00Z");
}

TEST(Rfc822, MilitaryZoneLetters) {
    EXPECT_EQ(norm("Thu, 01 Jan 2004 20:48:21 A"), "2004-01-01T19:48:21Z");
    EXPECT_EQ(norm("Thu, 01 Jan 2004 18:48:21 N"), "2004-01-01T19:48:21Z");
}

TEST(Rfc822, ZoneWrittenAsGmtPlusOffset) {
    EXPECT_EQ(norm("Tue, 18 Feb 2025 16:05:00 GMT+2"), "2025-02-18T14:05:00Z");
    EXPECT_EQ(norm("Tue, 18 Feb 2025 09:05:00 UTC-05:00"), "2025-02-18T14:05:00Z");
}

TEST(Rfc822, NumericZoneFollowedByItsName) {
    EXPECT_EQ(norm("Tue, 18 Feb 2025 14:05:00 +0000 (UTC)"), "2025-02-18T14:05:00Z");
    EXPECT_EQ(norm("Tue, 18 Feb 2025 14:05:00 +0000 GMT"), "2025-02-18T14:05:00Z");
}

TEST(Rfc822, TwoDigitYears) {
    EXPECT_EQ(norm("Thu, 01 Jan 04 19:48:21 GMT"), "2004-01-01T19:48:21Z");
    EXPECT_EQ(norm("Fri, 31 Dec 99 23:00:00 GMT"), "1999-12-31T23:00:00Z");
}

TEST(Rfc822, MissingSeconds) { EXPECT_EQ(norm("Thu, 01 Jan 2004 19:48 GMT"), "2004-01-01T19:48:00Z"); }

TEST(Rfc822, SingleDigitDayAndHour) {
    EXPECT_EQ(norm("Mon, 6 Jan 2003 9:05:00 GMT"), "2003-01-06T09:05:00Z");
}

TEST(Rfc822, MissingDayName) { EXPECT_EQ(norm("01 Jan 2004 19:48:21 GMT"), "2004-01-01T19:48:21Z"); }

TEST(Rfc822, WrongDayNameIsIgnored) {
    EXPECT_EQ(norm("Mon, 01 Jan 2004 19:48:21 GMT"), "2004-01-01T19:48:21Z");
}

TEST(Rfc822, NoSpaceAfterTheComma) {
    EXPECT_EQ(norm("Thu,01 Jan 2004 19:48:21 GMT"), "2004-01-01T19:48:21Z");
}

TEST(Rfc822, FullMonthNamesAndAbbreviationsWithAPeriod) {
    EXPECT_EQ(norm("Thu, 01 January 2004 19:48:21 GMT"), "2004-01-01T19:48:21Z");
    EXPECT_EQ(norm("Thu, 01 Jan. 2004 19:48:21 GMT"), "2004-01-01T19:48:21Z");
    EXPECT_EQ(norm("Wed, 10 Sept 2003 10:00:00 GMT"), "2003-09-10T10:00:00Z");
}

TEST(Rfc822, HyphenatedCookieForm) {
    EXPECT_EQ(norm("Thursday, 01-Jan-04 19:48:21 GMT"), "2004-01-01T19:48:21Z");
}

TEST(Rfc822, ZoneGluedToTheClock) {
    EXPECT_EQ(norm("Tue, 18 Feb 2025 14:05:00Z"), "2025-02-18T14:05:00Z");
    EXPECT_EQ(norm("Tue, 18 Feb 2025 17:05:00+0300"), "2025-02-18T14:05:00Z");
}

TEST(Rfc822, OffsetCrossesMidnightAndYear) {
    EXPECT_EQ(norm("Thu, 01 Jan 2004 01:00:00 +0530"), "2003-12-31T19:30:00Z");
}

TEST(Rfc822, NoZoneMeansUtc) { EXPECT_EQ(norm("Thu, 01 Jan 2004 19:48:21"), "2004-01-01T19:48:21Z"); }

TEST(OtherWordForms, AsctimeHasTheYearLast) {
    EXPECT_EQ(norm("Thu Jan  1 19:48:21 2004"), "2004-01-01T19:48:21Z");
}

TEST(OtherWordForms, JavaScriptDateToString) {
    EXPECT_EQ(norm("Thu Jan 01 2004 21:48:21 GMT+0200 (Eastern European Standard Time)"),
              "2004-01-01T19:48:21Z");
}

TEST(OtherWordForms, TwelveHourClock) {
    EXPECT_EQ(norm("February 18, 2025 2:05 PM"), "2025-02-18T14:05:00Z");
    EXPECT_EQ(norm("February 18, 2025 12:30 am"), "2025-02-18T00:30:00Z");
}

TEST(OtherWordForms, ProseDatesStayDates) {
    EXPECT_EQ(norm("18 February 2025"), "2025-02-18");
    EXPECT_EQ(norm("February 18th, 2025"), "2025-02-18");
}

TEST(Iso8601, Rfc3339WithZ) { EXPECT_EQ(norm("2003-12-13T18:30:02Z"), "2003-12-13T18:30:02Z"); }

TEST(Iso8601, Rfc3339WithOffsetAndFraction) {
    EXPECT_EQ(norm("2003-12-13T18:30:02.25+01:00"), "2003-12-13T17:30:02Z");
}

TEST(Iso8601, NoSecondsAndLowerCaseT) { EXPECT_EQ(norm("2003-12-13t18:30-05:00"), "2003-12-13T23:30:00Z"); }

TEST(Iso8601, DublinCoreDateOnly) { EXPECT_EQ(norm("2003-12-13"), "2003-12-13"); }

TEST(Iso8601, SpaceInsteadOfTAndSlashes) {
    EXPECT_EQ(norm("2003-12-13 18:30:02"), "2003-12-13T18:30:02Z");
    EXPECT_EQ(norm("2003/12/13 18:30:02"), "2003-12-13T18:30:02Z");
}

TEST(Iso8601, BasicForm) { EXPECT_EQ(norm("20031213T183002Z"), "2003-12-13T18:30:02Z"); }

TEST(Unreadable, NonsenseImpossibleDatesAndTimes) {
    EXPECT_FALSE(normalise_date("yesterday"));
    EXPECT_FALSE(normalise_date(""));
    EXPECT_FALSE(normalise_date("Thu, 31 Feb 2004 19:48:21 GMT"));
    EXPECT_FALSE(normalise_date("Thu, 01 Jan 2004 25:48:21 GMT"));
    EXPECT_FALSE(normalise_date("Thu, 01 Jan 2004 19:48:21 XYZ"));
    EXPECT_FALSE(normalise_date("2003-13-01"));
}

} // namespace
