// The NewsML-G2 reader: one test per metadata field, per item kind and per malformed input.
#include "content.hpp"
#include "message_stream.hpp"
#include "newsml_g2.hpp"
#include "wire_test_support.hpp"

#include <gtest/gtest.h>

namespace {

using parallax::DiagnosticKind;
using wire_test::run;

const std::string kNar = "http://iptc.org/std/nar/2006-10-01/";

parallax::ParseResult parse(const std::string& xml) { return run(parallax::newsml_g2::parse, xml); }

/// A text newsItem with the given parts; `attributes` go on the newsItem element.
std::string
news_item(const std::string& item_meta, const std::string& content_meta, const std::string& content_set,
          const std::string& attributes = " guid=\"urn:newsml:example.com:20250218:talks\" version=\"3\"") {
    return "<newsItem xmlns=\"" + kNar + "\"" + attributes +
           " standard=\"NewsML-G2\">"
           "<itemMeta><itemClass qcode=\"ninat:text\"/>" +
           item_meta +
           "</itemMeta>"
           "<contentMeta>" +
           content_meta + "</contentMeta><contentSet>" + content_set + "</contentSet></newsItem>";
}

const std::string kHeadline = "<headline>Talks end in Riyadh</headline>";
const std::string kXhtml =
    "<inlineXML contenttype=\"application/xhtml+xml\"><html xmlns=\"http://www.w3.org/1999/xhtml\">"
    "<body><p>The delegations met for four hours.</p><p>No date was set.</p></body></html></inlineXML>";

parallax::Article only_article(const std::string& xml) {
    const auto r = parse(xml);
    EXPECT_EQ(r.items, 1u);
    EXPECT_EQ(r.articles.size(), 1u);
    return r.articles.empty() ? parallax::Article{} : r.articles.front();
}

parallax::Article item_with(const std::string& item_meta, const std::string& content_meta) {
    return only_article(news_item(item_meta, kHeadline + content_meta, kXhtml));
}

// ---- sniffing ----------------------------------------------------------------------------------

TEST(NewsMlG2Sniff, ClaimsMessagesAndItemsInTheIptcNamespace) {
    EXPECT_EQ(run(parallax::newsml_g2::sniff, "<newsMessage xmlns=\"" + kNar + "\">"), 90);
    EXPECT_EQ(
        run(parallax::newsml_g2::sniff, "<?xml version=\"1.0\"?>\n<ns0:newsItem xmlns:ns0=\"" + kNar + "\">"),
        90);
    EXPECT_EQ(run(parallax::newsml_g2::sniff, "<packageItem xmlns=\"" + kNar + "\">"), 90);
}

TEST(NewsMlG2Sniff, IsLessSureWithoutTheNamespaceAndLeavesFragmentsAlone) {
    EXPECT_EQ(run(parallax::newsml_g2::sniff, std::string("<newsItem guid=\"x\">")), 60);
    EXPECT_EQ(run(parallax::newsml_g2::sniff, "<contentSet xmlns=\"" + kNar + "\">"), 0);
    EXPECT_EQ(run(parallax::newsml_g2::sniff, std::string("<nitf>")), 0);
}

// ---- metadata ----------------------------------------------------------------------------------

TEST(NewsMlG2Fields, IdIsTheGuidAndTheVersion) {
    EXPECT_EQ(item_with("", "").id, "urn:newsml:example.com:20250218:talks:v3");
    EXPECT_EQ(only_article(news_item("", kHeadline, kXhtml, " guid=\"tag:example.com,2025:1\"")).id,
              "tag:example.com,2025:1");
}

TEST(NewsMlG2Fields, PublishedIsVersionCreatedInUtc) {
    const auto a = item_with("<versionCreated>2025-02-18T17:05:00+03:00</versionCreated>"
                             "<firstCreated>2025-02-18T09:00:00Z</firstCreated>",
                             "");
    EXPECT_EQ(a.published, "2025-02-18T14:05:00Z");
    EXPECT_EQ(a.meta.at("firstCreated"), std::vector<std::string>{"2025-02-18T09:00:00Z"});
}

TEST(NewsMlG2Fields, PublishedFallsBackToFirstCreated) {
    EXPECT_EQ(item_with("<firstCreated>2025-02-18T09:00:00Z</firstCreated>", "").published,
              "2025-02-18T09:00:00Z");
}

TEST(NewsMlG2Fields, AnUnreadableDateIsAWarning) {
    const auto r = parse(news_item("<versionCreated>yesterday</versionCreated>", kHeadline, kXhtml));
    ASSERT_EQ(r.articles.size(), 1u);
    EXPECT_FALSE(r.articles[0].published);
    EXPECT_NE(wire_test::reason(r, DiagnosticKind::warning).find("yesterday"), std::string::npos);
}

TEST(NewsMlG2Fields, ProviderIsTheOutletByNameLiteralOrCode) {
    EXPECT_EQ(item_with("<provider qcode=\"nprov:EXW\"><name>Example Wire</name></provider>", "").outlet,
              "Example Wire");
    EXPECT_EQ(item_with("<provider literal=\"Example Wire\"/>", "").outlet, "Example Wire");
    const auto a = item_with("<provider qcode=\"nprov:EXW\"/>", "");
    EXPECT_EQ(a.outlet, "EXW");
    EXPECT_EQ(a.meta.at("provider"), std::vector<std::string>{"nprov:EXW"});
}

TEST(NewsMlG2Fields, TheMainHeadlineIsTheTitleAndTheOthersGoToMeta) {
    const auto a = only_article(news_item("",
                                          "<headline role=\"hlrole:short\">Riyadh talks</headline>"
                                          "<headline role=\"hlrole:main\">Talks end in Riyadh</headline>",
                                          kXhtml));
    EXPECT_EQ(a.title, "Talks end in Riyadh");
    EXPECT_EQ(a.meta.at("headline"), std::vector<std::string>{"Riyadh talks"});
}

TEST(NewsMlG2Fields, SluglineDatelineLocatedAndDescriptionGoToMeta) {
    const auto a = item_with("", "<slugline>US-Russia-Talks</slugline><dateline>RIYADH, Feb 18</dateline>"
                                 "<located qcode=\"city:RUH\"><name>Riyadh</name></located>"
                                 "<description role=\"drol:summary\">Four hours of talks.</description>");
    EXPECT_EQ(a.meta.at("slugline"), std::vector<std::string>{"US-Russia-Talks"});
    EXPECT_EQ(a.meta.at("dateline"), std::vector<std::string>{"RIYADH, Feb 18"});
    EXPECT_EQ(a.meta.at("located"), std::vector<std::string>{"Riyadh"});
    EXPECT_EQ(a.meta.at("description"), std::vector<std::string>{"Four hours of talks."});
}

TEST(NewsMlG2Fields, BylineComesFromByElseFromPersonCreators) {
    EXPECT_EQ(item_with("", "<by>By Jane Roe and John Doe, Example Wire</by>").byline,
              (std::vector<std::string>{"Jane Roe", "John Doe"}));
    const auto a = item_with("", "<creator type=\"cpnat:person\"><name>Jane Roe</name></creator>"
                                 "<creator type=\"cpnat:organisation\" literal=\"Example Wire\"/>");
    EXPECT_EQ(a.byline, std::vector<std::string>{"Jane Roe"});
    EXPECT_EQ(a.meta.at("creator"), (std::vector<std::string>{"Jane Roe", "Example Wire"}));
}

TEST(NewsMlG2Fields, LanguageIsTheLanguageTagElseXmlLang) {
    EXPECT_EQ(item_with("", "<language tag=\"en-GB\"/>").language, "en-GB");
    EXPECT_EQ(only_article(news_item("", kHeadline, kXhtml, " guid=\"g\" xml:lang=\"de\"")).language, "de");
}

TEST(NewsMlG2Fields, SubjectsAndGenresAreKeptAsQcodes) {
    const auto a =
        item_with("", "<subject qcode=\"medtop:11000000\"><name>politics</name></subject>"
                      "<subject uri=\"http://example.com/diplomacy\"/><genre qcode=\"genre:Current\"/>"
                      "<keyword>Ukraine</keyword>");
    EXPECT_EQ(a.meta.at("subject"),
              (std::vector<std::string>{"medtop:11000000", "http://example.com/diplomacy"}));
    EXPECT_EQ(a.meta.at("subject.name"), std::vector<std::string>{"politics"});
    EXPECT_EQ(a.meta.at("genre"), std::vector<std::string>{"genre:Current"});
    EXPECT_EQ(a.meta.at("keyword"), std::vector<std::string>{"Ukraine"});
}

TEST(NewsMlG2Fields, RightsGoToMeta) {
    const std::string xml = "<newsItem xmlns=\"" + kNar +
                            "\" guid=\"g\"><rightsInfo><copyrightHolder literal=\"Example Wire\"/>"
                            "<copyrightNotice>(c) 2025 Example Wire</copyrightNotice><usageTerms>No "
                            "archive.</usageTerms></rightsInfo>"
                            "<itemMeta><itemClass qcode=\"ninat:text\"/></itemMeta><contentMeta>" +
                            kHeadline + "</contentMeta><contentSet>" + kXhtml + "</contentSet></newsItem>";
    const auto a = only_article(xml);
    EXPECT_EQ(a.meta.at("copyrightHolder"), std::vector<std::string>{"Example Wire"});
    EXPECT_EQ(a.meta.at("copyrightNotice"), std::vector<std::string>{"(c) 2025 Example Wire"});
    EXPECT_EQ(a.meta.at("usageTerms"), std::vector<std::string>{"No archive."});
}

TEST(NewsMlG2Fields, SignalsAndEditorialNotesGoToMeta) {
    const auto a = item_with("<pubStatus qcode=\"stat:usable\"/><signal "
                             "qcode=\"sig:correction\"/><edNote>Corrects the date.</edNote>",
                             "");
    EXPECT_EQ(a.meta.at("signal"), std::vector<std::string>{"sig:correction"});
    EXPECT_EQ(a.meta.at("edNote"), std::vector<std::string>{"Corrects the date."});
    EXPECT_EQ(a.meta.at("pubStatus"), std::vector<std::string>{"stat:usable"});
}

// ---- item kinds --------------------------------------------------------------------------------

TEST(NewsMlG2Items, ACanceledItemIsKilledWithItsReason) {
    const auto r = parse(news_item("<pubStatus qcode=\"stat:canceled\"/>", kHeadline, kXhtml));
    EXPECT_TRUE(r.articles.empty());
    EXPECT_EQ(wire_test::count(r, DiagnosticKind::killed), 1u);
    EXPECT_NE(wire_test::reason(r, DiagnosticKind::killed).find("stat:canceled"), std::string::npos);
    EXPECT_TRUE(wire_test::balanced(r));
}

TEST(NewsMlG2Items, APictureIsNonTextWithItsClass) {
    const std::string xml =
        "<newsItem xmlns=\"" + kNar +
        "\" guid=\"p\"><itemMeta><itemClass qcode=\"ninat:picture\"/></itemMeta>"
        "<contentMeta>" +
        kHeadline + "</contentMeta><contentSet><remoteContent href=\"x.jpg\"/></contentSet></newsItem>";
    const auto r = parse(xml);
    EXPECT_TRUE(r.articles.empty());
    EXPECT_EQ(wire_test::count(r, DiagnosticKind::non_text), 1u);
    EXPECT_NE(wire_test::reason(r, DiagnosticKind::non_text).find("ninat:picture"), std::string::npos);
}

TEST(NewsMlG2Items, ConceptAndPlanningItemsAreNonText) {
    const auto r = parse("<conceptItem xmlns=\"" + kNar + "\" guid=\"c\"/>");
    EXPECT_EQ(r.items, 1u);
    EXPECT_EQ(wire_test::count(r, DiagnosticKind::non_text), 1u);
}

std::string message(const std::string& items) {
    return "<newsMessage xmlns=\"" + kNar + "\"><header><sent>2025-02-18T15:00:00Z</sent></header><itemSet>" +
           items + "</itemSet></newsMessage>";
}

TEST(NewsMlG2Items, AMessageNumbersItsItemsInOrder) {
    const auto r =
        parse(message(news_item("", kHeadline, kXhtml, " guid=\"a\"") + "<conceptItem guid=\"c\"/>" +
                      news_item("", "<headline>Second</headline>", kXhtml, " guid=\"b\"")));
    EXPECT_EQ(r.items, 3u);
    ASSERT_EQ(r.articles.size(), 2u);
    EXPECT_EQ(r.articles[0].index, 0u);
    EXPECT_EQ(r.articles[1].index, 2u);
    EXPECT_EQ(r.articles[1].title, "Second");
    EXPECT_TRUE(wire_test::balanced(r));
}

TEST(NewsMlG2Items, APackageLinksTheItemsItRefersToAndReportsTheMissingOnes) {
    const std::string package =
        "<packageItem guid=\"pkg\" version=\"1\"><itemMeta><itemClass qcode=\"ninat:composite\"/></itemMeta>"
        "<groupSet root=\"G1\"><group id=\"G1\"><itemRef residref=\"a\"/><itemRef residref=\"gone\"/>"
        "</group></groupSet></packageItem>";
    const auto r = parse(message(package + news_item("", kHeadline, kXhtml, " guid=\"a\"")));
    EXPECT_EQ(r.items, 2u);
    ASSERT_EQ(r.articles.size(), 1u);
    EXPECT_EQ(r.articles[0].meta.at("package"), std::vector<std::string>{"pkg"});
    EXPECT_EQ(wire_test::count(r, DiagnosticKind::non_text), 1u); // the package itself
    EXPECT_NE(wire_test::reason(r, DiagnosticKind::warning).find("gone"), std::string::npos);
    EXPECT_TRUE(wire_test::balanced(r));
}

// ---- content -----------------------------------------------------------------------------------

TEST(NewsMlG2Content, XhtmlParagraphsAreTheBody) {
    EXPECT_EQ(item_with("", "").paragraphs,
              (std::vector<std::string>{"The delegations met for four hours.", "No date was set."}));
}

TEST(NewsMlG2Content, NitfInInlineXmlGoesThroughTheNitfReaderWithItsHints) {
    const std::string nitf =
        "<inlineXML contenttype=\"application/nitf+xml\"><nitf "
        "xmlns=\"http://iptc.org/std/NITF/2006-10-18/\">"
        "<body><body.head><hedline><hl1>NITF headline</hl1></hedline><byline>By Jane Roe</byline></body.head>"
        "<body.content><p><person>Marco Rubio</person> spoke.</p></body.content></body></nitf></inlineXML>";
    const auto a = only_article(news_item("", "", nitf));
    EXPECT_EQ(a.title, "NITF headline"); // the item had no headline of its own
    EXPECT_EQ(a.byline, std::vector<std::string>{"Jane Roe"});
    EXPECT_EQ(a.paragraphs, std::vector<std::string>{"Marco Rubio spoke."});
    ASSERT_EQ(a.hints.size(), 1u);
    EXPECT_EQ(a.hints[0].kind, "person");
    EXPECT_EQ(a.hints[0].end, 11u);
}

TEST(NewsMlG2Content, TheItemsOwnHeadlineWinsOverTheEmbeddedOne) {
    const std::string nitf =
        "<inlineXML contenttype=\"application/nitf+xml\"><nitf><body><body.head><hedline><hl1>Other</hl1>"
        "</hedline></body.head><body.content><p>Text.</p></body.content></body></nitf></inlineXML>";
    EXPECT_EQ(only_article(news_item("", kHeadline, nitf)).title, "Talks end in Riyadh");
}

TEST(NewsMlG2Content, PlainInlineDataSplitsOnIndentedFirstLines) {
    const std::string data = "<inlineData contenttype=\"text/plain\">(Wire) - The talks\nlasted four hours.\n"
                             "   \"They were useful,\" a diplomat\nsaid.\n   No date was set.</inlineData>";
    EXPECT_EQ(only_article(news_item("", kHeadline, data)).paragraphs,
              (std::vector<std::string>{"(Wire) - The talks lasted four hours.",
                                        "\"They were useful,\" a diplomat said.", "No date was set."}));
}

TEST(NewsMlG2Content, PlainTextWithParagraphTagsAndBlankLines) {
    EXPECT_EQ(parallax::newsml_g2::plain_paragraphs("<p>One &amp; two.</p><p>Three.</p>"),
              (std::vector<std::string>{"One & two.", "Three."}));
    EXPECT_EQ(parallax::newsml_g2::plain_paragraphs("One\nline.\n\nTwo."),
              (std::vector<std::string>{"One line.", "Two."}));
}

TEST(NewsMlG2Content, XhtmlHeadingsAreCrossheadsAndTablesAreSkipped) {
    const std::string xhtml =
        "<inlineXML contenttype=\"application/xhtml+xml\"><html><body><h2>Background</h2>"
        "<table><tr><td>cell</td></tr></table><div>Loose text "
        "<b>here</b>.<p>Para.</p></div></body></html></inlineXML>";
    const auto a = only_article(news_item("", kHeadline, xhtml));
    EXPECT_EQ(a.paragraphs, (std::vector<std::string>{"Loose text here.", "Para."}));
    EXPECT_EQ(a.meta.at("crosshead"), std::vector<std::string>{"Background"});
}

TEST(NewsMlG2Content, PrefixedDocumentsReadLikeDefaultNamespaceOnes) {
    const std::string xml =
        "<ns0:newsMessage xmlns:ns0=\"" + kNar +
        "\"><ns0:itemSet><ns0:newsItem guid=\"g\" version=\"2\">"
        "<ns0:itemMeta><ns0:itemClass "
        "qcode=\"icls:text\"/><ns0:versionCreated>2025-02-18T12:00:00Z</ns0:versionCreated>"
        "</ns0:itemMeta><ns0:contentMeta><ns0:headline>Talks end in Riyadh</ns0:headline></ns0:contentMeta>"
        "<ns0:contentSet>" +
        kXhtml + "</ns0:contentSet></ns0:newsItem></ns0:itemSet></ns0:newsMessage>";
    const auto a = only_article(xml);
    EXPECT_EQ(a.id, "g:v2");
    EXPECT_EQ(a.title, "Talks end in Riyadh");
    EXPECT_EQ(a.published, "2025-02-18T12:00:00Z");
    EXPECT_EQ(a.paragraphs.size(), 2u);
}

TEST(NewsMlG2Content, ElementsOfOtherNamespacesAreIgnored) {
    const auto a = item_with("", "<x:headline xmlns:x=\"urn:other\">Not ours</x:headline>");
    EXPECT_EQ(a.title, "Talks end in Riyadh");
}

// ---- what is rejected --------------------------------------------------------------------------

TEST(NewsMlG2Malformed, NotWellFormedIsAWholeFileErrorWithLineAndColumn) {
    const auto r = parse("<newsMessage xmlns=\"" + kNar + "\">\n<itemSet>\n<newsItem>\n</itemSet>");
    EXPECT_EQ(r.items, 0u);
    ASSERT_EQ(r.diagnostics.size(), 1u);
    EXPECT_FALSE(r.diagnostics[0].index);
    EXPECT_TRUE(r.diagnostics[0].line && r.diagnostics[0].column);
}

TEST(NewsMlG2Malformed, AFragmentIsRejectedWithTheReason) {
    const auto r = parse("<contentSet xmlns=\"" + kNar + "\"><inlineXML/></contentSet>");
    EXPECT_EQ(r.items, 0u);
    EXPECT_NE(wire_test::reason(r, DiagnosticKind::error).find("<contentSet>"), std::string::npos);
}

TEST(NewsMlG2Malformed, NoHeadlineAndNoBodyIsAnItemError) {
    const auto r = parse(news_item(
        "", "<headline/>", "<inlineXML contenttype=\"application/nitf+xml\"><!-- story --></inlineXML>"));
    EXPECT_EQ(r.items, 1u);
    EXPECT_EQ(wire_test::reason(r, DiagnosticKind::error), "no headline and no body text");
    EXPECT_EQ(r.diagnostics.back().index, 0u);
    EXPECT_TRUE(wire_test::balanced(r));
}

TEST(NewsMlG2Malformed, AnEmptyMessageHasNoItems) {
    const auto r = parse(message(""));
    EXPECT_EQ(r.items, 0u);
    EXPECT_TRUE(r.diagnostics.empty());
}

} // namespace

// ---- large messages, read item by item ----------------------------------------------------------

namespace streaming {

using parallax::newsml_g2::scan_message;

parallax::ParseResult parse_streamed(const std::string& xml) {
    const parallax::Options options{{"stream-threshold", "0"}};
    const parallax::Input input{"message.xml", xml, &options};
    return parallax::newsml_g2::parse(input);
}

std::string two_items() {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ns0:newsMessage xmlns:ns0=\"" + kNar +
           "\"><ns0:header/>"
           "<!-- <ns0:newsItem guid=\"commented-out\"> --><ns0:itemSet>"
           "<ns0:newsItem guid=\"a\" version=\"1\"><ns0:itemMeta><ns0:itemClass "
           "qcode=\"ninat:text\"/></ns0:itemMeta>"
           "<ns0:contentMeta><ns0:headline>First &amp; \"&gt;\" "
           "one</ns0:headline></ns0:contentMeta><ns0:contentSet>"
           "<ns0:inlineData contenttype=\"text/plain\"><![CDATA[</ns0:newsItem> is only text "
           "here.]]></ns0:inlineData>"
           "</ns0:contentSet></ns0:newsItem><ns0:newsItem guid=\"b\" note=\"a > "
           "b\"><ns0:itemMeta><ns0:itemClass qcode=\"ninat:text\"/>"
           "</ns0:itemMeta><ns0:contentMeta><ns0:headline>Second</ns0:headline></ns0:contentMeta></"
           "ns0:newsItem>"
           "</ns0:itemSet></ns0:newsMessage>\n";
}

TEST(NewsMlG2Streaming, TheScanFindsEachItemPastCommentsCdataAndQuotedBrackets) {
    const std::string xml = two_items();
    const auto layout = scan_message(xml);
    ASSERT_TRUE(layout);
    ASSERT_EQ(layout->items.size(), 2u);
    EXPECT_EQ(xml.substr(layout->items[0].begin, 26), "<ns0:newsItem guid=\"a\" ver");
    EXPECT_EQ(xml.substr(layout->items[1].end - 15, 15), "</ns0:newsItem>");
    EXPECT_NE(layout->namespaces.find("xmlns:ns0="), std::string::npos);
}

TEST(NewsMlG2Streaming, ReadsLikeTheWholeDocument) {
    const std::string xml = two_items();
    const auto whole = parse(xml);
    const auto streamed = parse_streamed(xml);
    EXPECT_EQ(streamed.items, whole.items);
    ASSERT_EQ(streamed.articles.size(), whole.articles.size());
    for (std::size_t i = 0; i < whole.articles.size(); ++i) {
        EXPECT_EQ(streamed.articles[i].id, whole.articles[i].id);
        EXPECT_EQ(streamed.articles[i].title, whole.articles[i].title);
        EXPECT_EQ(streamed.articles[i].paragraphs, whole.articles[i].paragraphs);
    }
    EXPECT_EQ(whole.articles[0].title, "First & \">\" one");
}

TEST(NewsMlG2Streaming, ADamagedItemIsRejectedAloneWithItsPositionInTheFile) {
    std::string xml = two_items();
    const auto at = xml.find("Second</ns0:headline>");
    xml.replace(at, 21, "Second</ns0:headlin>"); // a mismatched end tag inside item 1
    const auto r = parse_streamed(xml);
    EXPECT_EQ(r.items, 2u);
    ASSERT_EQ(r.articles.size(), 1u);
    EXPECT_EQ(r.articles[0].id, "a:v1");
    ASSERT_EQ(wire_test::count(r, DiagnosticKind::error), 1u);
    const auto& d = r.diagnostics.back();
    EXPECT_EQ(d.index, 1u);
    EXPECT_EQ(d.line, 2u);
    EXPECT_GE(*d.offset, at);
    EXPECT_TRUE(wire_test::balanced(r));
}

TEST(NewsMlG2Streaming, LeavesWhatItCannotScanToTheWholeDocumentReader) {
    EXPECT_FALSE(
        scan_message("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><newsMessage><itemSet/></newsMessage>"));
    EXPECT_FALSE(scan_message("<!DOCTYPE newsMessage [<!ENTITY a \"b\">]><newsMessage/>"));
    EXPECT_FALSE(scan_message("<newsItem guid=\"x\"/>"));
    EXPECT_FALSE(scan_message("<newsMessage><itemSet><newsItem>")); // never closed
    const auto r = parse_streamed("<newsMessage xmlns=\"" + kNar + "\"><itemSet><newsItem>");
    EXPECT_EQ(r.items, 0u); // read whole, rejected whole, with where
    EXPECT_TRUE(r.diagnostics.at(0).line);
}

} // namespace streaming
