// Conformance over the NewsML-G2 and NITF documents of the shared corpora.
//
// Expected values are read at run time from the corpora's own index.tsv files (headline, guid,
// versionCreated, number of <p>) and from the expectations the NITF README transcribes from the
// nitfr test suite — never from a snapshot of this reader's output.
#include "newsml_g2.hpp"
#include "nitf.hpp"
#include "wire_test_support.hpp"

#include "text/datetime.hpp"
#include "text/unicode.hpp"

#include <gtest/gtest.h>

#include <pugixml.hpp>

#include <filesystem>
#include <regex>
#include <set>

namespace {

namespace fs = std::filesystem;
using parallax::DiagnosticKind;
using parallax::ParseResult;
using Row = std::map<std::string, std::string>;

const fs::path kCorpora = fs::path(PARALLAX_SHARED_DIR) / "corpora";

struct Case {
    fs::path path;
    Row row;
};

void PrintTo(const Case& c, std::ostream* os) { *os << c.path.string(); }

std::string test_name(const testing::TestParamInfo<Case>& info) {
    std::string name =
        info.param.path.parent_path().filename().string() + "_" + info.param.path.filename().string();
    for (auto& c : name)
        if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
    return name + "_" + std::to_string(info.index);
}

/// Rows of the given index files whose `root` satisfies `keep`.
template <typename Keep> std::vector<Case> cases(std::initializer_list<const char*> corpora, Keep keep) {
    std::vector<Case> out;
    for (const char* corpus : corpora) {
        const auto index = kCorpora / corpus / "index.tsv";
        if (!fs::exists(index)) continue;
        for (auto& row : wire_test::read_tsv(index))
            if (row["wellformed"] == "yes" && keep(row))
                out.push_back(Case{kCorpora / corpus / row["file"], row});
    }
    return out;
}

const std::set<std::string> kG2Roots = {"newsMessage",   "newsItem",     "packageItem", "conceptItem",
                                        "knowledgeItem", "planningItem", "catalogItem"};

bool is_g2(const Row& row) {
    return kG2Roots.contains(row.at("root")) &&
           (!row.contains("ns") || row.at("ns").find("iptc.org/std/nar") != std::string::npos);
}

ParseResult parse_file(const fs::path& path, bool nitf) {
    const std::string bytes = wire_test::read_file(path);
    parallax::Input input{path.string(), bytes, nullptr};
    return nitf ? parallax::nitf::parse(input) : parallax::newsml_g2::parse(input);
}

const parallax::Article* article_at(const ParseResult& r, std::size_t index) {
    for (const auto& a : r.articles)
        if (a.index == index) return &a;
    return nullptr;
}

std::optional<DiagnosticKind> outcome_at(const ParseResult& r, std::size_t index) {
    for (const auto& d : r.diagnostics)
        if (d.index == index && d.kind != DiagnosticKind::warning && d.kind != DiagnosticKind::partial)
            return d.kind;
    return std::nullopt;
}

/// The index cuts headlines at 120 code points; compare only that much then.
void expect_headline(const std::optional<std::string>& title, const std::string& expected) {
    ASSERT_TRUE(title.has_value()) << "expected headline: " << expected;
    if (parallax::text::code_points(expected) >= 120) {
        EXPECT_EQ(title->substr(0, expected.size()), expected);
    } else {
        EXPECT_EQ(*title, expected);
    }
}

// ---- NewsML-G2: headline, guid and versionCreated of the first item ----------------------------

class NewsMlG2Index : public testing::TestWithParam<Case> {};

TEST_P(NewsMlG2Index, FirstItemMatchesTheIndex) {
    const auto& [path, row] = GetParam();
    const auto r = parse_file(path, false);
    EXPECT_TRUE(wire_test::balanced(r));
    const std::string items = row.at("g2_items");
    if (items.empty()) { // the index lists no news items: an empty message, or a catalog item
        if (row.at("root") == "newsMessage") {
            EXPECT_EQ(r.items, 0u);
        } else {
            EXPECT_EQ(outcome_at(r, 0), DiagnosticKind::non_text);
        }
        return;
    }
    const std::string first = items.substr(0, items.find(','));
    const std::string item_class = row.at("itemClass");
    const std::string code = item_class.substr(item_class.find(':') + 1);
    const auto* article = article_at(r, 0);
    if (first != "newsItem" || code == "picture" || code == "video" || code == "audio") {
        EXPECT_EQ(outcome_at(r, 0), DiagnosticKind::non_text) << first << " " << item_class;
        return;
    }
    if (outcome_at(r, 0) == DiagnosticKind::killed) {
        EXPECT_FALSE(article); // withdrawn by its provider: counted, never compared
        return;
    }
    if (row.at("headline").empty() && !article) {
        EXPECT_EQ(outcome_at(r, 0), DiagnosticKind::error); // nothing to read: no headline, no body
        return;
    }
    ASSERT_NE(article, nullptr) << "the first item is a text item";
    const std::string guid = row.at("guid");
    EXPECT_TRUE(article->id == guid || article->id.rfind(guid + ":v", 0) == 0)
        << article->id << " vs " << guid;
    if (!row.at("versionCreated").empty()) {
        EXPECT_EQ(article->published, parallax::text::normalise_date(row.at("versionCreated")));
    }
    if (!row.at("headline").empty()) expect_headline(article->title, row.at("headline"));
}

INSTANTIATE_TEST_SUITE_P(Corpora, NewsMlG2Index,
                         testing::ValuesIn(cases({"newsml-g2", "python-newsmlg2", "superdesk", "ninjs"},
                                                 [](const Row& row) { return is_g2(row); })),
                         test_name);

// ---- NewsML-G2: a message read item by item reads like the whole document --------------------

class NewsMlG2Streaming : public testing::TestWithParam<Case> {};

TEST_P(NewsMlG2Streaming, GivesTheSameItemsArticlesAndDiagnostics) {
    const std::string bytes = wire_test::read_file(GetParam().path);
    const parallax::Options stream{{"stream-threshold", "0"}}, whole{{"stream-threshold", "999999999"}};
    const auto a = parallax::newsml_g2::parse(parallax::Input{"m.xml", bytes, &whole});
    const auto b = parallax::newsml_g2::parse(parallax::Input{"m.xml", bytes, &stream});
    EXPECT_EQ(a.items, b.items);
    ASSERT_EQ(a.articles.size(), b.articles.size());
    for (std::size_t i = 0; i < a.articles.size(); ++i) {
        EXPECT_EQ(a.articles[i].id, b.articles[i].id);
        EXPECT_EQ(a.articles[i].title, b.articles[i].title);
        EXPECT_EQ(a.articles[i].published, b.articles[i].published);
        EXPECT_EQ(a.articles[i].paragraphs, b.articles[i].paragraphs);
        EXPECT_EQ(a.articles[i].hints.size(), b.articles[i].hints.size());
        EXPECT_EQ(a.articles[i].meta, b.articles[i].meta);
    }
    ASSERT_EQ(a.diagnostics.size(), b.diagnostics.size());
    for (std::size_t i = 0; i < a.diagnostics.size(); ++i)
        EXPECT_EQ(a.diagnostics[i].reason, b.diagnostics[i].reason);
}

INSTANTIATE_TEST_SUITE_P(Corpora, NewsMlG2Streaming,
                         testing::ValuesIn(cases({"newsml-g2", "python-newsmlg2", "superdesk", "ninjs"},
                                                 [](const Row& row) {
                                                     return is_g2(row) && row.at("root") == "newsMessage";
                                                 })),
                         test_name);

// ---- NITF: headline and paragraph count ------------------------------------------------------

std::size_t xpath_count(const pugi::xml_document& doc, const char* query) {
    return doc.select_nodes(query).size();
}

/// The index counts every <p> of the document. The documented mapping (docs/formats/wire.md)
/// turns that into paragraphs: <p> outside the body text (abstract, captions, tables,
/// footnotes) and empty <p> are not paragraphs; list items without a <p> and <pre> blocks are.
std::size_t expected_paragraphs(const fs::path& path, std::size_t index_count) {
    pugi::xml_document doc;
    const std::string bytes = wire_test::read_file(path);
    EXPECT_TRUE(doc.load_buffer(bytes.data(), bytes.size()));
    const char* kOutside =
        "ancestor::*[local-name()='media' or local-name()='table' or local-name()='nitf-table' or "
        "local-name()='fn' or local-name()='note']";
    const std::string in_body = "//*[local-name()='body.content']//*[local-name()='%s'][not(" +
                                std::string(kOutside) + ")][normalize-space(.)!='']";
    auto in_body_query = [&](const char* name, const char* extra) {
        std::string q = in_body;
        q.replace(q.find("%s"), 2, name);
        return xpath_count(doc, (q + extra).c_str());
    };
    const std::size_t all_p = xpath_count(doc, "//*[local-name()='p']");
    EXPECT_EQ(all_p, index_count) << "the file no longer matches its index";
    return in_body_query("p", "") + in_body_query("li", "[not(.//*[local-name()='p'])]") +
           in_body_query("pre", "");
}

class NitfIndex : public testing::TestWithParam<Case> {};

TEST_P(NitfIndex, HeadlineAndParagraphsMatchTheIndex) {
    const auto& [path, row] = GetParam();
    const auto r = parse_file(path, true);
    EXPECT_TRUE(wire_test::balanced(r));
    if (row.at("root") != "nitf") {
        EXPECT_EQ(r.items, 0u);
        EXPECT_NE(wire_test::reason(r, DiagnosticKind::error).find("not an NITF document"),
                  std::string::npos);
        return;
    }
    ASSERT_EQ(r.items, 1u);
    const std::string headline = !row.at("headline").empty() ? row.at("headline") : row.at("title");
    const std::size_t paragraphs = expected_paragraphs(path, std::stoul(row.at("paragraphs")));
    if (headline.empty() && paragraphs == 0) {
        EXPECT_EQ(wire_test::reason(r, DiagnosticKind::error), "no headline and no body text");
        return;
    }
    ASSERT_EQ(r.articles.size(), 1u);
    if (!headline.empty()) expect_headline(r.articles[0].title, headline);
    EXPECT_EQ(r.articles[0].paragraphs.size(), paragraphs);
}

INSTANTIATE_TEST_SUITE_P(Corpora, NitfIndex,
                         testing::ValuesIn(cases({"nitf", "superdesk", "ninjs"},
                                                 [](const Row& row) {
                                                     return row.at("root") == "nitf" ||
                                                            row.at("file").rfind("nitfr/invalid", 0) == 0;
                                                 })),
                         test_name);

// ---- NITF: the nitfr expectations transcribed in the README ----------------------------------

struct ReadmeCase {
    std::string fixture;
    std::string expectation;
};

std::vector<ReadmeCase> readme_cases() {
    std::vector<ReadmeCase> out;
    const std::string readme = wire_test::read_file(kCorpora / "nitf" / "README.md");
    const std::regex row(R"(\| `([a-z_]+\.xml)` \| (.*) \|)");
    for (auto it = std::sregex_iterator(readme.begin(), readme.end(), row); it != std::sregex_iterator();
         ++it)
        out.push_back(ReadmeCase{(*it)[1], (*it)[2]});
    return out;
}

std::optional<std::string> expected(const std::string& text, const std::string& pattern) {
    std::smatch m;
    if (std::regex_search(text, m, std::regex(pattern))) return m[1].str();
    return std::nullopt;
}

class NitfrReadme : public testing::TestWithParam<ReadmeCase> {};

TEST_P(NitfrReadme, MatchesTheTranscribedExpectations) {
    const auto& [fixture, text] = GetParam();
    const auto r = parse_file(kCorpora / "nitf" / "nitfr" / fixture, true);
    EXPECT_TRUE(wire_test::balanced(r));
    if (fixture == "invalid.xml") {
        EXPECT_NE(wire_test::reason(r, DiagnosticKind::error).find("not an NITF document"),
                  std::string::npos);
        return;
    }
    ASSERT_EQ(r.articles.size(), 1u) << text;
    const auto& a = r.articles[0];
    // The article's title is the hl1 headline, else the head title.
    if (auto hl1 = expected(text, "(?:hl1|headline) `([^`]*)`")) {
        EXPECT_EQ(a.title, *hl1);
    } else if (auto title = expected(text, "title `([^`]*)`")) {
        EXPECT_EQ(a.title, *title);
    }
    if (auto id = expected(text, "doc-id `([^`]*)`")) {
        EXPECT_EQ(a.id, *id);
    }
    if (auto date = expected(text, R"(date\.release (\d{4}-\d\d-\d\d))")) {
        EXPECT_EQ(a.published, *date);
    }
    if (text.find("no date") != std::string::npos) {
        EXPECT_FALSE(a.published);
    }
    if (auto urgency = expected(text, R"(urgency (\d))")) {
        EXPECT_EQ(a.meta.at("urgency").front(), *urgency);
    }
    if (auto person = expected(text, "byline person `([^`]*)`")) {
        EXPECT_EQ(a.byline.front(), *person);
    }
    if (auto dateline = expected(text, "dateline `([^`]*)`")) {
        EXPECT_EQ(a.meta.at("dateline").front(), *dateline);
    }
    if (auto slug = expected(text, "slugline `([^`]*)`")) {
        EXPECT_EQ(a.meta.at("slugline").front(), *slug);
    }
    if (auto count = expected(text, R"((\d+) paragraphs?)")) {
        // Empty <p> (listed as `""`) are layout, not paragraphs.
        std::size_t empty = 0;
        for (auto pos = text.find("`\"\"`"); pos != std::string::npos; pos = text.find("`\"\"`", pos + 1))
            ++empty;
        EXPECT_EQ(a.paragraphs.size(), std::stoul(*count) - empty);
    }
    if (text.find("no paragraphs") != std::string::npos) {
        EXPECT_TRUE(a.paragraphs.empty());
    }
}

INSTANTIATE_TEST_SUITE_P(Nitfr, NitfrReadme, testing::ValuesIn(readme_cases()),
                         [](const testing::TestParamInfo<ReadmeCase>& info) {
                             std::string name = info.param.fixture;
                             for (auto& c : name)
                                 if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
                             return name;
                         });

// ---- real agency copy ------------------------------------------------------------------------

/// AAP, AP, EFE, PA, NTB, ANSA, dpa, Reuters and STT documents, with their index rows.
std::vector<Case> agency_cases() {
    const std::regex agency(
        R"((fixtures/(aap|ap|efe_|pa\d|nitf-ntb|ansa|dpa|tag_reuters|text\.xml|stt)|xslt-samples/(NTB|TT)_).*)");
    auto all = cases({"superdesk", "ninjs"},
                     [&](const Row& row) { return std::regex_match(row.at("file"), agency); });
    return all;
}

class AgencyCopy : public testing::TestWithParam<Case> {};

TEST_P(AgencyCopy, EveryTextItemYieldsAnArticleWithTitleAndParagraphs) {
    const auto& [path, row] = GetParam();
    const bool nitf = row.at("root") == "nitf";
    const auto r = parse_file(path, nitf);
    EXPECT_TRUE(wire_test::balanced(r));
    // The only items allowed to fail are those the index shows with neither headline nor text.
    const bool empty_item =
        row.at("headline").empty() && (!row.contains("paragraphs") || row.at("paragraphs") == "0");
    if (!empty_item) {
        EXPECT_EQ(wire_test::count(r, DiagnosticKind::error, false), 0u);
    }
    const bool text_item =
        row.at("itemClass").empty() || row.at("itemClass").find("text") != std::string::npos;
    const bool killed = wire_test::count(r, DiagnosticKind::killed) > 0;
    if (text_item && !empty_item && !killed) {
        EXPECT_FALSE(r.articles.empty());
    }
    for (const auto& a : r.articles) {
        SCOPED_TRACE("item " + std::to_string(a.index));
        EXPECT_FALSE(a.paragraphs.empty());
        // A few STT fixtures deliberately send an empty <headline/>; the index shows them.
        if (!row.at("headline").empty() || a.index > 0) {
            EXPECT_TRUE(a.title && !a.title->empty());
        }
    }
}

INSTANTIATE_TEST_SUITE_P(Corpora, AgencyCopy, testing::ValuesIn(agency_cases()), test_name);

// ---- robustness: every file, both readers ------------------------------------------------------

class EveryFile : public testing::TestWithParam<std::string> {};

TEST_P(EveryFile, ParsesWithoutCrashAndKeepsTheItemCount) {
    std::size_t files = 0;
    for (const auto& entry : fs::recursive_directory_iterator(kCorpora / GetParam())) {
        if (!entry.is_regular_file()) continue;
        ++files;
        SCOPED_TRACE(entry.path().string());
        for (bool nitf : {true, false}) {
            const auto r = parse_file(entry.path(), nitf);
            EXPECT_TRUE(wire_test::balanced(r));
            if (r.items == 0 && !r.diagnostics.empty()) {
                EXPECT_FALSE(r.diagnostics.front().index);
            }
        }
    }
    EXPECT_GT(files, 0u);
}

INSTANTIATE_TEST_SUITE_P(Corpora, EveryFile,
                         testing::Values("newsml-g2", "python-newsmlg2", "nitf", "superdesk", "ninjs"),
                         [](const testing::TestParamInfo<std::string>& info) {
                             std::string name = info.param;
                             for (auto& c : name)
                                 if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
                             return name;
                         });

} // namespace
