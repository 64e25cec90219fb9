// The feed reader on small documents: every dialect, content type, encoding and recovery path.
#include "feed_support.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <chrono>
#include <string>

namespace parallax::feed {
namespace {

using testing::accounted;
using testing::atom;
using testing::count;
using ::testing::ElementsAre;
using testing::parse_text;
using testing::rss;
using testing::sniff_text;

// --- sniffing ---------------------------------------------------------------------------------

TEST(Sniff, ClaimsRssRdfAndAtomRootsWhateverTheFileIsCalled) {
    EXPECT_EQ(sniff_text(rss(""), "news.xml"), 90);
    EXPECT_EQ(sniff_text(atom(""), "news.atom"), 90);
    EXPECT_EQ(sniff_text("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" "
                         "xmlns=\"http://purl.org/rss/1.0/\"><channel/></rdf:RDF>",
                         "x.rdf"),
              90);
    EXPECT_EQ(sniff_text(rss(""), "feed"), 90);
}

TEST(Sniff, SeesPastCommentsDeclarationAndDoctype) {
    EXPECT_EQ(sniff_text("\xEF\xBB\xBF<?xml version=\"1.0\"?>\n<!-- a comment -->\n<!DOCTYPE rss [<!ENTITY x "
                         "\"y\">]>\n<rss/>"),
              90);
}

TEST(Sniff, LeavesXmlThatIsNotAFeedToOthers) {
    EXPECT_EQ(sniff_text("<?xml version=\"1.0\"?><html><body/></html>", "page.xml"), 0);
    EXPECT_EQ(sniff_text("<feed xmlns=\"http://example.org/other\"/>", "x.xml"), 0);
    EXPECT_EQ(sniff_text("just some text", "notes.rss"), 0);
}

TEST(Sniff, ReadsUtf16Feeds) {
    const std::string utf16 = std::string("\xFF\xFE", 2) + std::string("<\0r\0s\0s\0/\0>\0", 12);
    EXPECT_EQ(sniff_text(utf16), 90);
}

// --- RSS 2.0 ----------------------------------------------------------------------------------

TEST(Rss20, ItemFieldsMapOntoTheArticle) {
    const auto r = parse_text(rss(R"(<item>
  <title>Talks &amp; tensions</title>
  <link>https://news.example.org/a/1</link>
  <guid isPermaLink="false">urn:example:1</guid>
  <pubDate>Tue, 18 Feb 2025 14:05:00 +0300</pubDate>
  <dc:creator>Jane Doe</dc:creator>
  <category>World</category><category>Diplomacy</category>
  <enclosure url="https://news.example.org/a/1.jpg" type="image/jpeg" length="1"/>
  <comments>https://news.example.org/a/1#comments</comments>
  <source url="https://wire.example.org/">Wire</source>
  <description>&lt;p&gt;First paragraph.&lt;/p&gt;&lt;p&gt;Second.&lt;/p&gt;</description>
</item>)"));
    ASSERT_EQ(r.articles.size(), 1u);
    const Article& a = r.articles[0];
    EXPECT_EQ(a.index, 0u);
    EXPECT_EQ(a.title, "Talks & tensions");
    EXPECT_EQ(a.url, "https://news.example.org/a/1");
    EXPECT_EQ(a.id, "urn:example:1");
    EXPECT_EQ(a.published, "2025-02-18T11:05:00Z");
    EXPECT_THAT(a.byline, ElementsAre("Jane Doe"));
    EXPECT_EQ(a.outlet, "Example News");
    EXPECT_THAT(a.paragraphs, ElementsAre("First paragraph.", "Second."));
    EXPECT_THAT(a.meta.at("categories"), ElementsAre("World", "Diplomacy"));
    EXPECT_THAT(a.meta.at("enclosures"), ElementsAre("https://news.example.org/a/1.jpg"));
    EXPECT_THAT(a.meta.at("source"), ElementsAre("Wire"));
    EXPECT_TRUE(accounted(r));
}

TEST(Rss20, AuthorEmailWithNameInParenthesesGivesTheName) {
    const auto r =
        parse_text(rss("<item><title>t</title><author>jane@example.org (Jane Doe)</author></item>"));
    EXPECT_THAT(r.articles.at(0).byline, ElementsAre("Jane Doe"));
}

TEST(Rss20, PermalinkGuidStandsInForAMissingLink) {
    const auto r = parse_text(rss("<item><title>t</title><guid>https://news.example.org/a/2</guid></item>"));
    EXPECT_EQ(r.articles.at(0).url, "https://news.example.org/a/2");
}

TEST(Rss20, ContentEncodedIsTheBodyAndADistinctDescriptionLeadsIt) {
    const auto r = parse_text(rss(R"(<item><title>t</title>
<description>A standfirst written apart.</description>
<content:encoded><![CDATA[<p>The full story.</p>]]></content:encoded></item>)"));
    EXPECT_THAT(r.articles.at(0).paragraphs, ElementsAre("A standfirst written apart.", "The full story."));
}

TEST(Rss20, ATeaserCutFromTheStoryIsNotRepeated) {
    const auto r = parse_text(rss(R"(<item><title>t</title>
<description>The full story begins...</description>
<content:encoded><![CDATA[<p>The full story begins here.</p>]]></content:encoded></item>)"));
    EXPECT_THAT(r.articles.at(0).paragraphs, ElementsAre("The full story begins here."));
}

TEST(Rss20, ChannelLanguageAppliesToItems) {
    const auto r = parse_text(rss("<item><title>t</title></item>", "<language>en-us</language>\n"));
    EXPECT_EQ(r.articles.at(0).language, "en-US");
}

TEST(Rss20, ItemsKeepDocumentOrderAcrossThreads) {
    std::string items;
    for (int i = 0; i < 2000; ++i)
        items.append("<item><title>n")
            .append(std::to_string(i))
            .append("</title><description>&lt;p&gt;x&lt;/p&gt;</description></item>\n");
    const auto r = parse_text(rss(items));
    ASSERT_EQ(r.articles.size(), 2000u);
    for (std::size_t i = 0; i < r.articles.size(); ++i) {
        EXPECT_EQ(r.articles[i].index, i);
        EXPECT_EQ(r.articles[i].title, std::string("n").append(std::to_string(i)));
    }
}

// --- RSS 0.9x and 1.0 --------------------------------------------------------------------------

TEST(Rss091, PlainItemsRead) {
    const auto r = parse_text(R"(<rss version="0.91"><channel><title>Old</title><item><title>One</title>
<link>http://old.example.org/1</link><description>Plain text.</description></item></channel></rss>)");
    ASSERT_EQ(r.articles.size(), 1u);
    EXPECT_EQ(r.articles[0].title, "One");
    EXPECT_THAT(r.articles[0].paragraphs, ElementsAre("Plain text."));
}

TEST(Rss10, RdfItemsWithDublinCoreAndContentEncoded) {
    const auto r = parse_text(R"(<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
         xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:c="http://purl.org/rss/1.0/modules/content/">
  <channel rdf:about="http://rdf.example.org/"><title>RDF News</title><link>http://rdf.example.org/</link></channel>
  <item rdf:about="http://rdf.example.org/1">
    <title>First</title><link>http://rdf.example.org/1</link>
    <dc:date>2025-02-18T14:05:00+01:00</dc:date><dc:creator>Ann Lee</dc:creator><dc:subject>Politics</dc:subject>
    <c:encoded>&lt;p&gt;Body&lt;/p&gt;</c:encoded>
  </item>
</rdf:RDF>)");
    ASSERT_EQ(r.articles.size(), 1u);
    const Article& a = r.articles[0];
    EXPECT_EQ(a.outlet, "RDF News");
    EXPECT_EQ(a.id, "http://rdf.example.org/1");
    EXPECT_EQ(a.published, "2025-02-18T13:05:00Z");
    EXPECT_THAT(a.byline, ElementsAre("Ann Lee"));
    EXPECT_THAT(a.meta.at("categories"), ElementsAre("Politics"));
    EXPECT_THAT(a.paragraphs, ElementsAre("Body"));
}

// --- Atom ---------------------------------------------------------------------------------------

TEST(Atom10, EntryFieldsMapOntoTheArticle) {
    const auto r = parse_text(atom(R"(<entry>
  <title type="html">Talks &amp;amp; tensions</title>
  <link rel="related" href="https://atom.example.org/related"/>
  <link rel="alternate" href="/a/1"/>
  <id>tag:atom.example.org,2025:1</id>
  <updated>2025-02-19T00:00:00Z</updated>
  <published>2025-02-18T14:05:00Z</published>
  <author><name>Jane Doe</name></author><author><name>John Roe</name></author>
  <category term="world" label="World"/>
  <summary>Short.</summary>
  <content type="html">&lt;p&gt;Long.&lt;/p&gt;</content>
</entry>)"));
    ASSERT_EQ(r.articles.size(), 1u);
    const Article& a = r.articles[0];
    EXPECT_EQ(a.title, "Talks & tensions");
    EXPECT_EQ(a.url, "https://atom.example.org/a/1");
    EXPECT_EQ(a.id, "tag:atom.example.org,2025:1");
    EXPECT_EQ(a.published, "2025-02-18T14:05:00Z");
    EXPECT_THAT(a.byline, ElementsAre("Jane Doe", "John Roe"));
    EXPECT_THAT(a.meta.at("categories"), ElementsAre("World"));
    EXPECT_THAT(a.paragraphs, ElementsAre("Short.", "Long."));
}

TEST(Atom10, UpdatedStandsInForAMissingPublished) {
    const auto r = parse_text(atom("<entry><title>t</title><updated>2025-02-19T00:00:00Z</updated></entry>"));
    EXPECT_EQ(r.articles.at(0).published, "2025-02-19T00:00:00Z");
}

TEST(Atom10, EntriesInheritTheFeedAuthor) {
    const auto r = parse_text(R"(<feed xmlns="http://www.w3.org/2005/Atom"><title>f</title>
<author><name>Desk</name></author><entry><title>t</title></entry></feed>)");
    EXPECT_THAT(r.articles.at(0).byline, ElementsAre("Desk"));
}

TEST(Atom03, EscapedModeAndIssuedDate) {
    const auto r = parse_text(R"(<feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>Old Atom</title>
<entry><title>t</title><issued>2004-01-01T19:48:21Z</issued>
<content type="text/html" mode="escaped">&lt;p&gt;Body&lt;/p&gt;</content></entry></feed>)");
    ASSERT_EQ(r.articles.size(), 1u);
    EXPECT_EQ(r.articles[0].published, "2004-01-01T19:48:21Z");
    EXPECT_THAT(r.articles[0].paragraphs, ElementsAre("Body"));
}

// --- content types -----------------------------------------------------------------------------

TEST(ContentType, AtomTextIsLiteralEvenWhenItLooksLikeMarkup) {
    const auto r = parse_text(atom("<entry><title type=\"text\">a &lt;b&gt; tag</title><content>1 &lt; 2 "
                                   "&amp;amp; so on</content></entry>"));
    EXPECT_EQ(r.articles.at(0).title, "a <b> tag");
    EXPECT_THAT(r.articles.at(0).paragraphs, ElementsAre("1 < 2 &amp; so on"));
}

TEST(ContentType, AtomHtmlIsParsedAsHtml) {
    const auto r = parse_text(atom("<entry><content type=\"html\">&lt;p&gt;One&lt;/p&gt;&lt;p&gt;Two "
                                   "&amp;amp; three&lt;/p&gt;</content></entry>"));
    EXPECT_THAT(r.articles.at(0).paragraphs, ElementsAre("One", "Two & three"));
}

TEST(ContentType, AtomXhtmlIsReadInsideItsDiv) {
    const auto r = parse_text(atom(R"(<entry><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">
<p>One <b>bold</b> word.</p><p>Two</p></div></content></entry>)"));
    EXPECT_THAT(r.articles.at(0).paragraphs, ElementsAre("One bold word.", "Two"));
}

TEST(ContentType, AtomBase64ContentIsDecoded) {
    // "<p>Hello</p>"
    const auto r = parse_text(
        atom("<entry><content type=\"application/octet-stream\">PHA+SGVsbG88L3A+</content></entry>"));
    EXPECT_THAT(r.articles.at(0).paragraphs, ElementsAre("Hello"));
}

TEST(ContentType, CdataHtmlInRss) {
    const auto r =
        parse_text(rss("<item><description><![CDATA[<p>One &amp; <i>two</i></p>]]></description></item>"));
    EXPECT_THAT(r.articles.at(0).paragraphs, ElementsAre("One & two"));
}

TEST(ContentType, HtmlWrittenStraightIntoTheXmlIsRead) {
    const auto r = parse_text(rss("<item><description><p>Naked</p><p>markup</p></description></item>"));
    EXPECT_THAT(r.articles.at(0).paragraphs, ElementsAre("Naked", "markup"));
}

TEST(ContentType, DoubleEscapedEntitiesAreDecodedTwice) {
    const auto r = parse_text(rss("<item><title>Caf&amp;eacute; &amp;amp; bar&amp;#8217;s</title></item>"));
    EXPECT_EQ(r.articles.at(0).title, "Caf\xC3\xA9 & bar\xE2\x80\x99s");
}

TEST(ContentType, PlainTextDescriptionSplitsAtBlankLines) {
    const auto r = parse_text(rss("<item><description>First\nline.\n\nSecond.</description></item>"));
    EXPECT_THAT(r.articles.at(0).paragraphs, ElementsAre("First line.", "Second."));
}

// --- links ---------------------------------------------------------------------------------------

TEST(Links, RelativeLinksResolveAgainstXmlBase) {
    const auto r =
        parse_text(R"(<feed xmlns="http://www.w3.org/2005/Atom" xml:base="http://base.example.org/feed/">
<title>f</title><entry xml:base="entries/"><title>t</title><link href="../a/1"/></entry></feed>)");
    EXPECT_EQ(r.articles.at(0).url, "http://base.example.org/feed/a/1");
}

TEST(Links, RelativeLinksResolveAgainstTheFeedLinkWithoutXmlBase) {
    const auto r = parse_text(rss("<item><title>t</title><link>/a/3</link></item>"));
    EXPECT_EQ(r.articles.at(0).url, "https://news.example.org/a/3");
}

// --- outlet -----------------------------------------------------------------------------------------

TEST(Outlet, TheFeedTitleUnlessTheConfigurationNamesOne) {
    EXPECT_EQ(parse_text(rss("<item><title>t</title></item>")).articles.at(0).outlet, "Example News");
    const Options options{{"outlet", "Configured Outlet"}};
    EXPECT_EQ(parse_text(rss("<item><title>t</title></item>"), "f.xml", &options).articles.at(0).outlet,
              "Configured Outlet");
}

// --- encodings -----------------------------------------------------------------------------------

TEST(Encoding, Utf8ByteOrderMark) {
    const auto r = parse_text("\xEF\xBB\xBF" + rss("<item><title>Gr\xC3\xBC\xC3\x9F"
                                                   "e</title></item>"));
    EXPECT_EQ(r.articles.at(0).title, "Gr\xC3\xBC\xC3\x9F"
                                      "e");
}

TEST(Encoding, Utf16LittleEndianWithByteOrderMark) {
    const std::string utf8 = rss("<item><title>\xD0\x9C\xD0\xB8\xD1\x80</title></item>");
    std::string utf16("\xFF\xFE", 2);
    // Build UTF-16LE by hand: every code point here is in the BMP.
    std::u16string wide;
    for (std::size_t i = 0; i < utf8.size();) {
        const auto c = static_cast<unsigned char>(utf8[i]);
        char32_t cp = c;
        std::size_t n = 1;
        if (c >= 0xE0)
            cp = c & 0x0F, n = 3;
        else if (c >= 0xC0)
            cp = c & 0x1F, n = 2;
        for (std::size_t k = 1; k < n; ++k)
            cp = (cp << 6) | (static_cast<unsigned char>(utf8[i + k]) & 0x3F);
        wide.push_back(static_cast<char16_t>(cp));
        i += n;
    }
    for (char16_t u : wide) {
        utf16 += static_cast<char>(u & 0xFF);
        utf16 += static_cast<char>(u >> 8);
    }
    const auto r = parse_text(utf16);
    ASSERT_EQ(r.articles.size(), 1u);
    EXPECT_EQ(r.articles[0].title, "\xD0\x9C\xD0\xB8\xD1\x80");
}

TEST(Encoding, Iso88591DeclaredInTheProlog) {
    const auto r = parse_text(
        "<?xml version=\"1.0\" "
        "encoding=\"ISO-8859-1\"?><rss><channel><item><title>Caf\xE9</title></item></channel></rss>");
    EXPECT_EQ(r.articles.at(0).title, "Caf\xC3\xA9");
}

TEST(Encoding, Windows1252Declared) {
    const auto r = parse_text("<?xml version=\"1.0\" "
                              "encoding=\"windows-1252\"?><rss><channel><item><title>\x93quoted\x94</title></"
                              "item></channel></rss>");
    EXPECT_EQ(r.articles.at(0).title, "\xE2\x80\x9Cquoted\xE2\x80\x9D");
}

TEST(Encoding, Koi8rDeclared) {
    const auto r = parse_text(
        "<?xml version=\"1.0\" "
        "encoding=\"KOI8-R\"?><rss><channel><item><title>\xED\xC9\xD2</title></item></channel></rss>");
    EXPECT_EQ(r.articles.at(0).title, "\xD0\x9C\xD0\xB8\xD1\x80");
}

TEST(Encoding, UndeclaredInvalidUtf8IsReadAsWindows1252WithAWarning) {
    const auto r = parse_text("<rss><channel><item><title>Caf\xE9</title></item></channel></rss>");
    EXPECT_EQ(r.articles.at(0).title, "Caf\xC3\xA9");
    EXPECT_EQ(count(r, DiagnosticKind::warning), 1u);
}

TEST(Encoding, Utf8DeclaredButInvalidKeepsUtf8WithAWarning) {
    const auto r =
        parse_text("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss><channel><item><title>Gr\xC3\xBC\xC3\x9F"
                   "e \xFF</title></item></channel></rss>");
    EXPECT_EQ(r.articles.at(0).title->substr(0, 7), "Gr\xC3\xBC\xC3\x9F"
                                                    "e");
    EXPECT_EQ(count(r, DiagnosticKind::warning), 1u);
}

TEST(Encoding, UnknownDeclaredEncodingFallsBackWithAWarning) {
    const auto r = parse_text(
        "<?xml version=\"1.0\" "
        "encoding=\"x-no-such-charset\"?><rss><channel><item><title>Plain</title></item></channel></rss>");
    EXPECT_EQ(r.articles.at(0).title, "Plain");
    EXPECT_EQ(count(r, DiagnosticKind::warning), 1u);
}

TEST(Encoding, Utf16WithoutByteOrderMarkIsRecognisedByItsFirstBytes) {
    const std::string ascii =
        "<?xml version=\"1.0\" "
        "encoding=\"utf-16\"?><rss><channel><item><title>Wide</title></item></channel></rss>";
    std::string utf16be;
    for (char c : ascii)
        (utf16be += '\0') += c;
    const auto r = parse_text(utf16be);
    EXPECT_EQ(r.articles.at(0).title, "Wide");
}

TEST(Encoding, NumericReferencesToC1ControlsMeanWindows1252) {
    const auto r = parse_text(rss("<item><title>don&#146;t</title></item>"));
    EXPECT_EQ(r.articles.at(0).title, "don\xE2\x80\x99t");
}

// --- recovery --------------------------------------------------------------------------------------

TEST(Recovery, UndeclaredHtmlEntityIsReadAsHtmlAndReportedPartial) {
    const auto r = parse_text(rss("<item><title>Caf&eacute; society</title></item>"));
    ASSERT_EQ(r.articles.size(), 1u);
    EXPECT_EQ(r.articles[0].title, "Caf\xC3\xA9 society");
    ASSERT_EQ(count(r, DiagnosticKind::partial), 1u);
    const auto& d = r.diagnostics.back();
    EXPECT_EQ(d.index, 0u);
    EXPECT_TRUE(d.line && d.column);
}

TEST(Recovery, BareAmpersandIsKeptAndReportedPartial) {
    const auto r = parse_text(rss("<item><title>AT&T results</title></item>"));
    EXPECT_EQ(r.articles.at(0).title, "AT&T results");
    EXPECT_EQ(count(r, DiagnosticKind::partial), 1u);
}

TEST(Recovery, BadNestingInADescriptionIsReadAsHtml) {
    const auto r = parse_text(
        rss("<item><title>One</title><description><b>bold <i>both</b> italic</i></description></item>"
            "<item><title>Two</title></item>"));
    ASSERT_EQ(r.articles.size(), 2u);
    EXPECT_THAT(r.articles[0].paragraphs, ElementsAre("bold both italic"));
    EXPECT_GE(count(r, DiagnosticKind::partial), 1u);
    EXPECT_EQ(count(r, DiagnosticKind::error), 0u);
    EXPECT_TRUE(accounted(r));
}

TEST(Recovery, ATruncatedFeedKeepsItsCompleteItems) {
    std::string doc = rss("<item><title>One</title></item><item><title>Two</title></item>");
    doc.resize(doc.find("</item><item>") + 20);
    const auto r = parse_text(doc);
    ASSERT_GE(r.articles.size(), 1u);
    EXPECT_EQ(r.articles[0].title, "One");
    EXPECT_TRUE(accounted(r));
}

TEST(Recovery, UnreadableDocumentIsRejectedWithLineAndColumn) {
    const auto r = parse_text("<rss>\n<channel>\n<title>x</titl\n");
    EXPECT_EQ(r.items, 0u);
    EXPECT_TRUE(r.articles.empty());
    ASSERT_EQ(count(r, DiagnosticKind::error), 1u);
    const auto& d = r.diagnostics.back();
    EXPECT_FALSE(d.index);
    ASSERT_TRUE(d.line);
    EXPECT_EQ(*d.line, 3u);
    EXPECT_TRUE(d.column);
}

TEST(Recovery, XmlWhoseRootIsNotAFeedIsRejected) {
    const auto r = parse_text("<html><body>hi</body></html>");
    EXPECT_EQ(r.items, 0u);
    EXPECT_EQ(count(r, DiagnosticKind::error), 1u);
}

TEST(Recovery, PlainDtdEntitiesAreExpanded) {
    const auto r = parse_text(
        "<!DOCTYPE rss [<!ENTITY id "
        "\"tag:example.org,\">]><rss><channel><item><guid>&id;2025:1</guid></item></channel></rss>");
    EXPECT_EQ(r.articles.at(0).id, "tag:example.org,2025:1");
}

TEST(Security, AnEntityExpansionBombIsNotExpanded) {
    std::string doc = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n<!ENTITY lol \"lol\">\n";
    std::string prev = "lol";
    for (int i = 1; i <= 9; ++i) {
        const std::string name = "lol" + std::to_string(i);
        doc += "<!ENTITY " + name + " \"";
        for (int k = 0; k < 10; ++k)
            doc += "&" + prev + ";";
        doc += "\">\n";
        prev = name;
    }
    doc += "]>\n<rss><channel><item><title>&lol9;</title></item></channel></rss>";
    const auto start = std::chrono::steady_clock::now();
    const auto r = parse_text(doc);
    EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(5));
    ASSERT_EQ(r.articles.size(), 1u);
    EXPECT_LT(r.articles[0].title->size(), 100u);
    EXPECT_GE(count(r, DiagnosticKind::partial), 1u);
}

TEST(Security, ExternalEntitiesAreNeverFetched) {
    const auto r = parse_text("<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                              "<rss><channel><item><title>&xxe;</title></item></channel></rss>");
    ASSERT_EQ(r.articles.size(), 1u);
    EXPECT_EQ(r.articles[0].title->find("root:"), std::string::npos);
}

TEST(Security, DeeplyNestedHtmlDoesNotOverflowTheStack) {
    std::string html;
    for (int i = 0; i < 100000; ++i)
        html += "&lt;div&gt;";
    html += "deep";
    const auto r = parse_text(rss("<item><description>" + html + "</description></item>"));
    ASSERT_EQ(r.articles.size(), 1u);
    EXPECT_THAT(r.articles[0].paragraphs, ElementsAre("deep"));
}

// --- accounting ------------------------------------------------------------------------------------

TEST(Accounting, AnItemHoldingOnlyAPictureIsNonText) {
    const auto r =
        parse_text(rss(R"(<item><enclosure url="https://x.example.org/p.jpg" type="image/jpeg"/></item>
<item><title>Words</title></item>)"));
    EXPECT_EQ(r.items, 2u);
    ASSERT_EQ(r.articles.size(), 1u);
    EXPECT_EQ(r.articles[0].index, 1u);
    EXPECT_EQ(count(r, DiagnosticKind::non_text), 1u);
    EXPECT_TRUE(accounted(r));
}

TEST(Accounting, AFeedWithoutItemsSaysSo) {
    const auto r = parse_text(rss(""));
    EXPECT_EQ(r.items, 0u);
    EXPECT_EQ(count(r, DiagnosticKind::warning), 1u);
}

TEST(Accounting, AnUnreadableDateIsAWarningAndKeptInMeta) {
    const auto r = parse_text(rss("<item><title>t</title><pubDate>sometime soon</pubDate></item>"));
    EXPECT_FALSE(r.articles.at(0).published);
    EXPECT_THAT(r.articles.at(0).meta.at("published_raw"), ElementsAre("sometime soon"));
    EXPECT_EQ(count(r, DiagnosticKind::warning), 1u);
}

} // namespace
} // namespace parallax::feed
