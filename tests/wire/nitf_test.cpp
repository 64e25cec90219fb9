// The NITF reader: one test per metadata field, per body rule and per malformed input.
#include "nitf.hpp"
#include "wire_test_support.hpp"

#include <gtest/gtest.h>

namespace {

using parallax::DiagnosticKind;
using wire_test::run;

parallax::ParseResult parse(const std::string& xml) { return run(parallax::nitf::parse, xml); }

/// A complete document around the given head and body parts.
std::string nitf(const std::string& head, const std::string& body_head, const std::string& content,
                 const std::string& root_attributes = "") {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<nitf" + root_attributes + "><head>" + head +
           "</head><body><body.head>" + body_head + "</body.head><body.content>" + content +
           "</body.content></body></nitf>";
}

const std::string kHeadline = "<hedline><hl1>Talks end in Riyadh</hl1></hedline>";
const std::string kBody = "<p>The delegations met for four hours.</p>";

parallax::Article only_article(const std::string& xml) {
    const auto r = parse(xml);
    EXPECT_EQ(r.items, 1u);
    EXPECT_EQ(r.articles.size(), 1u);
    return r.articles.empty() ? parallax::Article{} : r.articles.front();
}

// ---- sniffing ----------------------------------------------------------------------------------

TEST(NitfSniff, ClaimsAnNitfRootPastTheProlog) {
    const std::string doc =
        "\xEF\xBB\xBF<?xml version=\"1.0\"?>\n<!-- wire -->\n<!DOCTYPE nitf SYSTEM \"nitf.dtd\">\n<nitf>";
    EXPECT_EQ(run(parallax::nitf::sniff, doc), 90);
}

TEST(NitfSniff, ClaimsANamespacedOrPrefixedRoot) {
    EXPECT_EQ(
        run(parallax::nitf::sniff, std::string("<nitf xmlns=\"http://iptc.org/std/NITF/2006-10-18/\">")), 90);
    EXPECT_EQ(
        run(parallax::nitf::sniff, std::string("<n:nitf xmlns:n=\"http://iptc.org/std/NITF/2006-10-18/\">")),
        90);
}

/// `text` (ASCII) as UTF-16LE with a byte-order mark.
std::string utf16le(const std::string& text) {
    std::string out = "\xFF\xFE";
    for (char c : text)
        (out += c) += '\0';
    return out;
}

TEST(NitfSniff, ReadsAUtf16Document) {
    const std::string doc =
        utf16le("<?xml version=\"1.0\" encoding=\"UTF-16\"?><nitf><body><body.head><hedline><hl1>"
                "Talks end</hl1></hedline></body.head></body></nitf>");
    EXPECT_EQ(run(parallax::nitf::sniff, doc), 90);
    const auto r = run(parallax::nitf::parse, doc);
    ASSERT_EQ(r.articles.size(), 1u);
    EXPECT_EQ(r.articles[0].title, "Talks end");
}

TEST(NitfSniff, LeavesOtherDocumentsAlone) {
    EXPECT_EQ(run(parallax::nitf::sniff, std::string("<rss version=\"2.0\">")), 0);
    EXPECT_EQ(run(parallax::nitf::sniff, std::string("Talks end in Riyadh\n\nThe delegations met.")), 0);
    EXPECT_EQ(run(parallax::nitf::sniff, std::string()), 0);
}

// ---- metadata ----------------------------------------------------------------------------------

TEST(NitfFields, TitleIsTheHl1Headline) {
    EXPECT_EQ(only_article(nitf("", kHeadline, kBody)).title, "Talks end in Riyadh");
}

TEST(NitfFields, TitleFallsBackToHeadTitleAndADifferentHeadTitleIsKeptInMeta) {
    EXPECT_EQ(only_article(nitf("<title>Riyadh talks</title>", "", kBody)).title, "Riyadh talks");
    const auto a = only_article(nitf("<title>1 POLITICS Riyadh</title>", kHeadline, kBody));
    EXPECT_EQ(a.title, "Talks end in Riyadh");
    EXPECT_EQ(a.meta.at("title"), std::vector<std::string>{"1 POLITICS Riyadh"});
}

TEST(NitfFields, ADeclaredLatin1DocumentIsDecoded) {
    const std::string doc =
        "<?xml version=\"1.0\" encoding=\"iso-8859-1\"?><nitf><body><body.head><hedline><hl1>"
        "Cost: \xA3"
        "66bn</hl1></hedline></body.head></body></nitf>";
    EXPECT_EQ(only_article(doc).title, "Cost: \xC2\xA3"
                                       "66bn");
}

TEST(NitfFields, HeadlineElementIsReadLikeHedline) {
    EXPECT_EQ(only_article(nitf("", "<headline><hl1>Written as headline</hl1></headline>", kBody)).title,
              "Written as headline");
}

TEST(NitfFields, SecondaryHeadlinesGoToMeta) {
    const auto a = only_article(nitf("", "<hedline><hl1>Main</hl1><hl2>Second</hl2></hedline>", kBody));
    EXPECT_EQ(a.meta.at("subheadline"), std::vector<std::string>{"Second"});
}

TEST(NitfFields, IdIsTheDocId) {
    EXPECT_EQ(
        only_article(nitf("<docdata><doc-id id-string=\"ap-2025-0218\"/></docdata>", kHeadline, kBody)).id,
        "ap-2025-0218");
}

TEST(NitfFields, PublishedIsTheReleaseDateInUtc) {
    const auto a = only_article(nitf("<docdata><date.issue norm=\"20250218T090000Z\"/>"
                                     "<date.release norm=\"20250218T143000+0300\"/></docdata>",
                                     kHeadline, kBody));
    EXPECT_EQ(a.published, "2025-02-18T11:30:00Z");
}

TEST(NitfFields, PublishedFallsBackToTheIssueDateThenThePublicationDate) {
    EXPECT_EQ(
        only_article(nitf("<docdata><date.issue norm=\"20250218\"/></docdata>", kHeadline, kBody)).published,
        "2025-02-18");
    EXPECT_EQ(only_article(nitf("<pubdata date.publication=\"20250219\"/>", kHeadline, kBody)).published,
              "2025-02-19");
}

TEST(NitfFields, AnUnreadableDateIsAWarningAndNoDate) {
    const auto r = parse(nitf("<docdata><date.issue norm=\"not-a-date\"/></docdata>", kHeadline, kBody));
    ASSERT_EQ(r.articles.size(), 1u);
    EXPECT_FALSE(r.articles[0].published);
    EXPECT_EQ(wire_test::count(r, DiagnosticKind::warning), 1u);
    EXPECT_NE(wire_test::reason(r, DiagnosticKind::warning).find("not-a-date"), std::string::npos);
}

TEST(NitfFields, BylineNamesThePeopleWithoutTheirTitle) {
    const auto a = only_article(nitf(
        "", kHeadline + "<byline>By <person>Jane Smith</person><byttl>Moscow correspondent</byttl></byline>",
        kBody));
    EXPECT_EQ(a.byline, std::vector<std::string>{"Jane Smith"});
    EXPECT_EQ(a.meta.at("byline.title"), std::vector<std::string>{"Moscow correspondent"});
}

TEST(NitfFields, PlainBylineLosesByAndAffiliation) {
    const auto a = only_article(nitf(
        "", kHeadline + "<byline>By BERNARD ROE, Press Association<byttl>AP Writer</byttl></byline>", kBody));
    EXPECT_EQ(a.byline, std::vector<std::string>{"BERNARD ROE"});
    EXPECT_EQ(a.meta.at("byline"), std::vector<std::string>{"By BERNARD ROE, Press Association"});
}

TEST(NitfFields, DatelineAbstractDistributorAndTaglineGoToMeta) {
    const auto xml =
        "<nitf><body><body.head>" + kHeadline +
        "<dateline><location>RIYADH</location>, Feb 18</dateline><abstract><p>Short.</p></abstract>"
        "<distributor>Wire Service</distributor></body.head><body.content>" +
        kBody + "</body.content><body.end><tagline>Contact: desk</tagline></body.end></body></nitf>";
    const auto a = only_article(xml);
    EXPECT_EQ(a.meta.at("dateline"), std::vector<std::string>{"RIYADH, Feb 18"});
    EXPECT_EQ(a.meta.at("abstract"), std::vector<std::string>{"Short."});
    EXPECT_EQ(a.meta.at("distributor"), std::vector<std::string>{"Wire Service"});
    EXPECT_EQ(a.meta.at("tagline"), std::vector<std::string>{"Contact: desk"});
    EXPECT_EQ(a.paragraphs.size(), 1u); // the abstract is not body text
}

TEST(NitfFields, UrgencyKeywordsAndSubjectsGoToMeta) {
    const auto a = only_article(nitf("<tobject><tobject.subject tobject.subject.refnum=\"11000000\" "
                                     "tobject.subject.matter=\"politics\"/></tobject>"
                                     "<docdata><urgency ed-urg=\"2\"/><key-list><keyword key=\"Russia\"/>"
                                     "<keyword key=\"Ukraine\"/></key-list></docdata>",
                                     kHeadline, kBody));
    EXPECT_EQ(a.meta.at("urgency"), std::vector<std::string>{"2"});
    EXPECT_EQ(a.meta.at("keyword"), (std::vector<std::string>{"Russia", "Ukraine"}));
    EXPECT_EQ(a.meta.at("subject"), std::vector<std::string>{"11000000"});
    EXPECT_EQ(a.meta.at("subject.name"), std::vector<std::string>{"politics"});
}

TEST(NitfFields, AnUrgencyThatIsNotADigitIsDropped) {
    EXPECT_FALSE(only_article(nitf("<docdata><urgency ed-urg=\"invalid\"/></docdata>", kHeadline, kBody))
                     .meta.contains("urgency"));
}

TEST(NitfFields, HeadMetaElementsGoToMetaByName) {
    const auto a = only_article(nitf("<meta name=\"anpa-keyword\" content=\"Riyadh\"/>", kHeadline, kBody));
    EXPECT_EQ(a.meta.at("anpa-keyword"), std::vector<std::string>{"Riyadh"});
}

TEST(NitfFields, OutletIsThePublicationElseTheCopyrightHolder) {
    EXPECT_EQ(
        only_article(nitf("<docdata><doc.copyright holder=\"Example Wire\"/></docdata>", kHeadline, kBody))
            .outlet,
        "Example Wire");
    EXPECT_EQ(only_article(nitf("<docdata><doc.copyright holder=\"Example Wire\"/></docdata><pubdata "
                                "name=\"Example Times\"/>",
                                kHeadline, kBody))
                  .outlet,
              "Example Times");
}

TEST(NitfFields, LanguageComesFromBaselangOrXmlLang) {
    EXPECT_EQ(only_article(nitf("", kHeadline, kBody, " baselang=\"nb-NO\"")).language, "nb-NO");
    EXPECT_EQ(only_article(nitf("", kHeadline, kBody, " xml:lang=\"en-GB\"")).language, "en-GB");
    EXPECT_FALSE(only_article(nitf("", kHeadline, kBody)).language);
}

// ---- body --------------------------------------------------------------------------------------

TEST(NitfBody, ParagraphsComeFromPInBodyOrderIncludingBlocks) {
    const auto a = only_article(
        nitf("", kHeadline,
             "<p>One.</p><block><p>Two.</p><bq><block><p>Three.</p></block></bq></block><p>Four.</p>"));
    EXPECT_EQ(a.paragraphs, (std::vector<std::string>{"One.", "Two.", "Three.", "Four."}));
}

TEST(NitfBody, EmptyParagraphsAreLayoutAndAreDropped) {
    EXPECT_EQ(only_article(nitf("", kHeadline, "<p/><p>  </p><p>Real content here.</p>")).paragraphs,
              std::vector<std::string>{"Real content here."});
}

TEST(NitfBody, ListItemsAndPreAreParagraphs) {
    const auto a = only_article(nitf(
        "", kHeadline, "<ul><li>First point</li><li><p>Second point</p></li></ul><pre>A  1\nB  2</pre>"));
    EXPECT_EQ(a.paragraphs, (std::vector<std::string>{"First point", "Second point", "A 1 B 2"}));
}

TEST(NitfBody, MediaTablesAndFootnotesAreNotBodyText) {
    const auto a =
        only_article(nitf("", kHeadline,
                          "<media media-type=\"image\"><media-caption><p>Caption.</p></media-caption></media>"
                          "<table><tr><td><p>Cell.</p></td></tr></table><fn><p>Note.</p></fn><p>Body.</p>"));
    EXPECT_EQ(a.paragraphs, std::vector<std::string>{"Body."});
}

TEST(NitfBody, CrossheadsGoToMetaNotParagraphs) {
    const auto a = only_article(nitf("", kHeadline, "<p>One.</p><hl2>Reaction</hl2><p>Two.</p>"));
    EXPECT_EQ(a.paragraphs.size(), 2u);
    EXPECT_EQ(a.meta.at("crosshead"), std::vector<std::string>{"Reaction"});
}

TEST(NitfBody, InlineMarkupBecomesHintsOnTheRightParagraph) {
    const auto a = only_article(nitf("", kHeadline,
                                     "<p>Intro.</p><p><person>Sergei Lavrov</person> said the talks were "
                                     "<q quote-source=\"Sergei Lavrov\">useful</q>.</p>"));
    ASSERT_EQ(a.hints.size(), 2u);
    EXPECT_EQ(a.hints[0].para, 1u);
    EXPECT_EQ(a.hints[0].kind, "person");
    EXPECT_EQ(a.hints[0].begin, 0u);
    EXPECT_EQ(a.hints[0].end, 13u);
    EXPECT_EQ(a.hints[1].kind, "quote");
    EXPECT_EQ(a.hints[1].value, "Sergei Lavrov");
    EXPECT_EQ(a.paragraphs[1].substr(a.hints[1].begin, a.hints[1].end - a.hints[1].begin), "useful");
}

TEST(NitfBody, ReadsNamespacedAndPrefixedDocumentsAlike) {
    const std::string ns = "<nitf xmlns=\"http://iptc.org/std/NITF/2006-10-18/\"><body><body.head>" +
                           kHeadline + "</body.head><body.content>" + kBody + "</body.content></body></nitf>";
    const std::string prefixed =
        "<n:nitf xmlns:n=\"http://iptc.org/std/NITF/2006-10-18/\"><n:body><n:body.head>"
        "<n:hedline><n:hl1>Talks end in Riyadh</n:hl1></n:hedline></n:body.head>"
        "<n:body.content><n:p>The delegations met for four hours.</n:p></n:body.content></n:body></n:nitf>";
    for (const auto& xml : {ns, prefixed}) {
        const auto a = only_article(xml);
        EXPECT_EQ(a.title, "Talks end in Riyadh");
        EXPECT_EQ(a.paragraphs, std::vector<std::string>{"The delegations met for four hours."});
    }
}

TEST(NitfBody, UnknownElementsAreIgnored) {
    const auto a = only_article(nitf("<x:custom xmlns:x=\"urn:x\">ignored</x:custom>", kHeadline,
                                     "<x:widget xmlns:x=\"urn:x\"><x:p>hidden</x:p></x:widget>" + kBody));
    EXPECT_EQ(a.paragraphs, std::vector<std::string>{"The delegations met for four hours."});
}

// ---- what is rejected --------------------------------------------------------------------------

TEST(NitfMalformed, NotWellFormedIsAWholeFileErrorWithLineAndColumn) {
    const auto r = parse("<nitf>\n<head><title>Broken</head>\n</nitf>");
    EXPECT_EQ(r.items, 0u);
    ASSERT_EQ(r.diagnostics.size(), 1u);
    const auto& d = r.diagnostics[0];
    EXPECT_EQ(d.kind, DiagnosticKind::error);
    EXPECT_FALSE(d.index);
    EXPECT_EQ(d.line, 2u);
    EXPECT_TRUE(d.column && d.offset);
}

TEST(NitfMalformed, ARootOtherThanNitfIsRejected) {
    const auto r = parse("<article><title>Not NITF</title></article>");
    EXPECT_EQ(r.items, 0u);
    EXPECT_NE(wire_test::reason(r, DiagnosticKind::error).find("not an NITF document"), std::string::npos);
}

TEST(NitfMalformed, NoHeadlineAndNoBodyIsAnItemError) {
    const auto r = parse(nitf("<docdata><doc-id id-string=\"x\"/></docdata>", "<hedline/>", "<p/>"));
    EXPECT_EQ(r.items, 1u);
    EXPECT_TRUE(r.articles.empty());
    EXPECT_EQ(wire_test::count(r, DiagnosticKind::error), 1u);
    EXPECT_EQ(wire_test::reason(r, DiagnosticKind::error), "no headline and no body text");
    EXPECT_TRUE(wire_test::balanced(r));
}

TEST(NitfMalformed, AHeadlineWithoutBodyIsKeptWithAWarning) {
    const auto r = parse(nitf("", kHeadline, ""));
    ASSERT_EQ(r.articles.size(), 1u);
    EXPECT_TRUE(r.articles[0].paragraphs.empty());
    EXPECT_EQ(wire_test::count(r, DiagnosticKind::warning), 1u);
}

TEST(NitfMalformed, EntitiesDeclaredInTheDoctypeAreNeverExpanded) {
    const std::string bomb =
        "<?xml version=\"1.0\"?><!DOCTYPE nitf [<!ENTITY a \"aaaaaaaaaa\">"
        "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
        "<!ENTITY ext SYSTEM \"file:///etc/passwd\">]>"
        "<nitf><body><body.head>" +
        kHeadline +
        "</body.head><body.content><p>&c; &ext;</p>"
        "</body.content></body></nitf>";
    const auto r = parse(bomb);
    ASSERT_EQ(r.articles.size(), 1u);
    EXPECT_LT(r.articles[0].paragraphs[0].size(), 20u);
    EXPECT_EQ(r.articles[0].paragraphs[0].find("root:"), std::string::npos);
}

TEST(NitfMalformed, BinaryJunkIsRejectedNotCrashed) {
    std::string junk(4096, '\0');
    for (std::size_t i = 0; i < junk.size(); ++i)
        junk[i] = static_cast<char>((i * 7919) % 256);
    const auto r = parse(junk);
    EXPECT_EQ(r.items, 0u);
    EXPECT_EQ(wire_test::count(r, DiagnosticKind::error, false), 1u);
}

} // namespace
