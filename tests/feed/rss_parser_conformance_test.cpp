// rss-parser 3.13.0's real feeds (../shared/corpora/rss-parser): for each of the 29 with an
// expected output, the item count, titles, links and dates match after the normalisation
// feeds_check.py uses. A U+FFFD in an expected value matches any one character: rss-parser reads
// every input as UTF-8 and so mis-decodes the Latin-1 ones.
#include "feed.hpp"
#include "normalise.hpp"
#include "support/utf8.hpp"

#include "text/datetime.hpp"

#include <parallax/source_plugin.hpp>

#include <nlohmann/json.hpp>

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

namespace parallax::feed {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

const fs::path kSuite = fs::path(PARALLAX_SHARED_DIR) / "corpora" / "rss-parser";

std::string read_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::string str(const json& j, const char* key) {
    return j.is_object() && j.contains(key) && j.at(key).is_string() ? j.at(key).get<std::string>()
                                                                     : std::string();
}

fs::path input_for(const std::string& stem) {
    for (const auto& entry : fs::directory_iterator(kSuite / "input"))
        if (entry.path().stem() == stem) return entry.path();
    return {};
}

/// The expected outputs that are not UTF-8 (encoding.json is Latin-1, as the README says).
json read_expected(const fs::path& path) {
    std::string bytes = read_file(path);
    try {
        return json::parse(bytes);
    } catch (const json::exception&) {
        std::u32string latin1; // each byte is the code point of the same number
        for (unsigned char c : bytes)
            latin1 += static_cast<char32_t>(c);
        return json::parse(parallax::test::utf8(latin1));
    }
}

std::string trim(std::string s) {
    const auto first = s.find_first_not_of(" \t\r\n");
    const auto last = s.find_last_not_of(" \t\r\n");
    return first == std::string::npos ? std::string() : s.substr(first, last - first + 1);
}

/// rss-parser keeps links as written; an Article's are trimmed and resolved against the feed.
bool same_link(std::string want, std::string got) {
    want = trim(want);
    got = trim(got);
    if (want.empty() || want == got) return true;
    return want.find("://") == std::string::npos && got.ends_with(want);
}

std::vector<std::string> run_case(const std::string& stem) {
    const fs::path input = input_for(stem);
    const json items = read_expected(kSuite / "output" / (stem + ".json"))["feed"]["items"];
    const std::string bytes = read_file(input);
    const ParseResult r = parse(Input{input.filename().string(), bytes, nullptr});
    std::vector<std::string> bad;
    if (r.items != items.size() || r.articles.size() != items.size()) {
        bad.push_back("items: want " + std::to_string(items.size()) + " got " +
                      std::to_string(r.articles.size()));
        return bad;
    }
    for (std::size_t i = 0; i < items.size(); ++i) {
        const Article& a = r.articles[i];
        const json& e = items[i];
        auto check = [&](bool ok, const char* field, const std::string& want, const std::string& got) {
            if (!ok)
                bad.push_back("item " + std::to_string(i) + " " + field + ": want '" + want.substr(0, 70) +
                              "' got '" + got.substr(0, 70) + "'");
        };
        check(testing::same_text(str(e, "title"), a.title.value_or("")), "title", str(e, "title"),
              a.title.value_or(""));
        check(same_link(str(e, "link"), a.url.value_or("")), "link", str(e, "link"), a.url.value_or(""));
        if (const std::string iso = str(e, "isoDate"); !iso.empty()) {
            const std::string want = text::normalise_date(iso).value_or(iso), got = a.published.value_or("");
            check(got == want || (got.size() == 10 && want.rfind(got, 0) == 0), "date", want, got);
        }
    }
    return bad;
}

TEST(RssParserConformance, EveryFeedWithAnExpectedOutputMatches) {
    std::size_t cases = 0, passed = 0;
    std::ostringstream failures;
    for (const auto& entry : fs::directory_iterator(kSuite / "output")) {
        const std::string stem = entry.path().stem().string();
        ++cases;
        const auto bad = run_case(stem);
        if (bad.empty()) {
            ++passed;
            continue;
        }
        failures << "  " << stem << "\n";
        for (const auto& b : bad)
            failures << "      " << b << "\n";
    }
    std::cout << "rss-parser: " << passed << "/" << cases << " feeds match\n" << failures.str();
    EXPECT_EQ(cases, 29u);
    EXPECT_EQ(passed, cases);
}

TEST(RssParserConformance, AnHtmlPageCalledRssIsNotClaimedNorCrashedOn) {
    const fs::path input = kSuite / "input" / "unrecognized.rss";
    const std::string bytes = read_file(input);
    const Input in{"unrecognized.rss", bytes, nullptr};
    EXPECT_EQ(sniff(in), 0);
    const ParseResult forced = parse(in); // as with --plugin feed
    EXPECT_TRUE(forced.articles.empty());
    ASSERT_FALSE(forced.diagnostics.empty());
    EXPECT_EQ(forced.diagnostics.back().kind, DiagnosticKind::error);
}

} // namespace
} // namespace parallax::feed
