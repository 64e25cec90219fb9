// gofeed's test suite (../shared/corpora/gofeed): every case whose expected JSON has at least
// one item, checked on the item fields an Article carries (title, link, id, date, author, body,
// categories). Expected values are compared as a reader sees them (normalise.hpp); a relative
// link that gofeed leaves unresolved is not held against a resolved one.
#include "feed.hpp"
#include "normalise.hpp"

#include "text/datetime.hpp"

#include <parallax/source_plugin.hpp>

#include <nlohmann/json.hpp>

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

namespace parallax::feed {
namespace {

using nlohmann::json;
using testing::contains_text;
using testing::same_text;

const std::string kSuite = std::string(PARALLAX_SHARED_DIR) + "/corpora/gofeed/";

// The 259 of 533 cases whose expected output has items (the others test feed-level fields only).
const std::vector<std::string> kCases = {
    "parser/rss/issue_217_enclosure_children",
    "parser/rss/issue_275_channel_item_extensions",
    "parser/rss/issue_303_encoded_no_namespace",
    "parser/rss/issue_36_enclosure_text",
    "parser/rss/rdf_item_description",
    "parser/rss/rdf_item_description_cdata_escaped_markup",
    "parser/rss/rdf_item_description_cdata_naked_markup",
    "parser/rss/rdf_item_description_escaped_markup",
    "parser/rss/rdf_item_description_naked_markup",
    "parser/rss/rdf_item_link",
    "parser/rss/rdf_item_links",
    "parser/rss/rdf_item_title",
    "parser/rss/rdf_item_title_cdata_escaped_markup",
    "parser/rss/rdf_item_title_cdata_naked_markup",
    "parser/rss/rdf_item_title_escaped_markup",
    "parser/rss/rdf_item_title_naked_markup",
    "parser/rss/rss_channel_item_author",
    "parser/rss/rss_channel_item_author_cdata_escaped_markup",
    "parser/rss/rss_channel_item_author_cdata_naked_markup",
    "parser/rss/rss_channel_item_author_escaped_markup",
    "parser/rss/rss_channel_item_author_naked_markup",
    "parser/rss/rss_channel_item_category",
    "parser/rss/rss_channel_item_category_cdata_escaped_markup",
    "parser/rss/rss_channel_item_category_cdata_naked_markup",
    "parser/rss/rss_channel_item_category_escaped_markup",
    "parser/rss/rss_channel_item_category_naked_markup",
    "parser/rss/rss_channel_item_comments",
    "parser/rss/rss_channel_item_content_encoded",
    "parser/rss/rss_channel_item_custom",
    "parser/rss/rss_channel_item_description",
    "parser/rss/rss_channel_item_description_cdata_escaped_markup",
    "parser/rss/rss_channel_item_description_cdata_naked_markup",
    "parser/rss/rss_channel_item_description_escaped_markup",
    "parser/rss/rss_channel_item_description_mixed_cdata",
    "parser/rss/rss_channel_item_description_naked_markup",
    "parser/rss/rss_channel_item_enclosure",
    "parser/rss/rss_channel_item_guid",
    "parser/rss/rss_channel_item_guid_cdata_escaped_markup",
    "parser/rss/rss_channel_item_guid_cdata_naked_markup",
    "parser/rss/rss_channel_item_guid_escaped_markup",
    "parser/rss/rss_channel_item_guid_naked_markup",
    "parser/rss/rss_channel_item_guid_no_permalink",
    "parser/rss/rss_channel_item_illegal_char",
    "parser/rss/rss_channel_item_link",
    "parser/rss/rss_channel_item_links",
    "parser/rss/rss_channel_item_pubDate",
    "parser/rss/rss_channel_item_source",
    "parser/rss/rss_channel_item_title",
    "parser/rss/rss_channel_item_title_cdata_escaped_markup",
    "parser/rss/rss_channel_item_title_cdata_naked_markup",
    "parser/rss/rss_channel_item_title_escaped_markup",
    "parser/rss/rss_channel_item_title_naked_markup",
    "parser/rss/rss_channel_item_uri_at_protocol",
    "parser/rss/rss_channel_item_xml_base",
    "parser/atom/atom03_feed_entry_author_email",
    "parser/atom/atom03_feed_entry_author_homepage",
    "parser/atom/atom03_feed_entry_author_mixed_content",
    "parser/atom/atom03_feed_entry_author_name",
    "parser/atom/atom03_feed_entry_author_uri",
    "parser/atom/atom03_feed_entry_author_url",
    "parser/atom/atom03_feed_entry_content",
    "parser/atom/atom03_feed_entry_contributor_email",
    "parser/atom/atom03_feed_entry_contributor_homepage",
    "parser/atom/atom03_feed_entry_contributor_mixed_content",
    "parser/atom/atom03_feed_entry_contributor_multiple",
    "parser/atom/atom03_feed_entry_contributor_name",
    "parser/atom/atom03_feed_entry_contributor_uri",
    "parser/atom/atom03_feed_entry_contributor_url",
    "parser/atom/atom03_feed_entry_id",
    "parser/atom/atom03_feed_entry_issued",
    "parser/atom/atom03_feed_entry_link",
    "parser/atom/atom03_feed_entry_link_href",
    "parser/atom/atom03_feed_entry_link_multiple",
    "parser/atom/atom03_feed_entry_link_rel",
    "parser/atom/atom03_feed_entry_link_title",
    "parser/atom/atom03_feed_entry_modified",
    "parser/atom/atom03_feed_entry_summary",
    "parser/atom/atom03_feed_entry_summary_base64",
    "parser/atom/atom03_feed_entry_summary_base64_escaped_markup",
    "parser/atom/atom03_feed_entry_summary_html_escaped_markup",
    "parser/atom/atom03_feed_entry_summary_naked_markup",
    "parser/atom/atom03_feed_entry_summary_text",
    "parser/atom/atom03_feed_entry_summary_xhtml_escaped_markup",
    "parser/atom/atom03_feed_entry_summary_xhtml_inline_markup",
    "parser/atom/atom03_feed_entry_title",
    "parser/atom/atom03_feed_entry_title_base64",
    "parser/atom/atom03_feed_entry_title_base64_escaped_markup",
    "parser/atom/atom03_feed_entry_title_html_escaped_markup",
    "parser/atom/atom03_feed_entry_title_naked_markup",
    "parser/atom/atom03_feed_entry_title_text",
    "parser/atom/atom03_feed_entry_title_xhtml_escaped_markup",
    "parser/atom/atom03_feed_entry_title_xhtml_inline_markup",
    "parser/atom/atom03_feed_entry_updated",
    "parser/atom/atom10_feed_entry_author_email",
    "parser/atom/atom10_feed_entry_author_mixed_content",
    "parser/atom/atom10_feed_entry_author_multiple",
    "parser/atom/atom10_feed_entry_author_name",
    "parser/atom/atom10_feed_entry_author_uri",
    "parser/atom/atom10_feed_entry_author_url",
    "parser/atom/atom10_feed_entry_category_label",
    "parser/atom/atom10_feed_entry_category_scheme",
    "parser/atom/atom10_feed_entry_category_term",
    "parser/atom/atom10_feed_entry_content",
    "parser/atom/atom10_feed_entry_content_base64",
    "parser/atom/atom10_feed_entry_content_base64_escaped_markup",
    "parser/atom/atom10_feed_entry_content_html_div_escaped_markup",
    "parser/atom/atom10_feed_entry_content_html_escaped_markup",
    "parser/atom/atom10_feed_entry_content_src",
    "parser/atom/atom10_feed_entry_content_text",
    "parser/atom/atom10_feed_entry_content_xhtml_escaped_markup",
    "parser/atom/atom10_feed_entry_content_xhtml_inline_markup",
    "parser/atom/atom10_feed_entry_contributor_email",
    "parser/atom/atom10_feed_entry_contributor_mixed_content",
    "parser/atom/atom10_feed_entry_contributor_multiple",
    "parser/atom/atom10_feed_entry_contributor_name",
    "parser/atom/atom10_feed_entry_contributor_uri",
    "parser/atom/atom10_feed_entry_contributor_url",
    "parser/atom/atom10_feed_entry_id",
    "parser/atom/atom10_feed_entry_link_href",
    "parser/atom/atom10_feed_entry_link_href_invalid_space_prefix",
    "parser/atom/atom10_feed_entry_link_hreflang",
    "parser/atom/atom10_feed_entry_link_length",
    "parser/atom/atom10_feed_entry_link_multiple",
    "parser/atom/atom10_feed_entry_link_no_rel",
    "parser/atom/atom10_feed_entry_link_rel",
    "parser/atom/atom10_feed_entry_link_title",
    "parser/atom/atom10_feed_entry_link_type",
    "parser/atom/atom10_feed_entry_rights",
    "parser/atom/atom10_feed_entry_rights_html_escaped_markup",
    "parser/atom/atom10_feed_entry_rights_text",
    "parser/atom/atom10_feed_entry_rights_xhtml_escaped_markup",
    "parser/atom/atom10_feed_entry_rights_xhtml_inline_markup",
    "parser/atom/atom10_feed_entry_source_author_email",
    "parser/atom/atom10_feed_entry_source_author_mixed_content",
    "parser/atom/atom10_feed_entry_source_author_name",
    "parser/atom/atom10_feed_entry_source_author_uri",
    "parser/atom/atom10_feed_entry_source_author_url",
    "parser/atom/atom10_feed_entry_source_authors_multiple",
    "parser/atom/atom10_feed_entry_source_category_label",
    "parser/atom/atom10_feed_entry_source_category_scheme",
    "parser/atom/atom10_feed_entry_source_category_term",
    "parser/atom/atom10_feed_entry_source_contributor_email",
    "parser/atom/atom10_feed_entry_source_contributor_mixed_content",
    "parser/atom/atom10_feed_entry_source_contributor_multiple",
    "parser/atom/atom10_feed_entry_source_contributor_name",
    "parser/atom/atom10_feed_entry_source_contributor_uri",
    "parser/atom/atom10_feed_entry_source_contributor_url",
    "parser/atom/atom10_feed_entry_source_generator",
    "parser/atom/atom10_feed_entry_source_generator_uri",
    "parser/atom/atom10_feed_entry_source_generator_version",
    "parser/atom/atom10_feed_entry_source_icon",
    "parser/atom/atom10_feed_entry_source_id",
    "parser/atom/atom10_feed_entry_source_link_href",
    "parser/atom/atom10_feed_entry_source_link_hreflang",
    "parser/atom/atom10_feed_entry_source_link_length",
    "parser/atom/atom10_feed_entry_source_link_multiple",
    "parser/atom/atom10_feed_entry_source_link_rel",
    "parser/atom/atom10_feed_entry_source_link_title",
    "parser/atom/atom10_feed_entry_source_link_type",
    "parser/atom/atom10_feed_entry_source_logo",
    "parser/atom/atom10_feed_entry_source_mixed_content",
    "parser/atom/atom10_feed_entry_source_rights",
    "parser/atom/atom10_feed_entry_source_rights_base64",
    "parser/atom/atom10_feed_entry_source_rights_base64_escaped_markup",
    "parser/atom/atom10_feed_entry_source_rights_html_escaped_markup",
    "parser/atom/atom10_feed_entry_source_rights_text",
    "parser/atom/atom10_feed_entry_source_rights_xhtml_escaped_markup",
    "parser/atom/atom10_feed_entry_source_rights_xhtml_inline_markup",
    "parser/atom/atom10_feed_entry_source_subtitle",
    "parser/atom/atom10_feed_entry_source_subtitle_base64",
    "parser/atom/atom10_feed_entry_source_subtitle_base64_escaped_markup",
    "parser/atom/atom10_feed_entry_source_subtitle_html_escaped_markup",
    "parser/atom/atom10_feed_entry_source_subtitle_text",
    "parser/atom/atom10_feed_entry_source_subtitle_xhtml_escaped_markup",
    "parser/atom/atom10_feed_entry_source_subtitle_xhtml_inline_markup",
    "parser/atom/atom10_feed_entry_source_title",
    "parser/atom/atom10_feed_entry_source_title_base64",
    "parser/atom/atom10_feed_entry_source_title_base64_escaped_markup",
    "parser/atom/atom10_feed_entry_source_title_html_escaped_markup",
    "parser/atom/atom10_feed_entry_source_title_text",
    "parser/atom/atom10_feed_entry_source_title_xhtml_escaped_markup",
    "parser/atom/atom10_feed_entry_source_title_xhtml_inline_markup",
    "parser/atom/atom10_feed_entry_summary",
    "parser/atom/atom10_feed_entry_summary_base64",
    "parser/atom/atom10_feed_entry_summary_base64_escaped_markup",
    "parser/atom/atom10_feed_entry_summary_html_escaped_markup",
    "parser/atom/atom10_feed_entry_summary_text",
    "parser/atom/atom10_feed_entry_summary_xhtml_escaped_markup",
    "parser/atom/atom10_feed_entry_summary_xhtml_inline_markup",
    "parser/atom/atom10_feed_entry_title",
    "parser/atom/atom10_feed_entry_title_base64",
    "parser/atom/atom10_feed_entry_title_base64_escaped_markup",
    "parser/atom/atom10_feed_entry_title_custom_type",
    "parser/atom/atom10_feed_entry_title_html_escaped_markup",
    "parser/atom/atom10_feed_entry_title_text",
    "parser/atom/atom10_feed_entry_title_xhtml_escaped_markup",
    "parser/atom/atom10_feed_entry_title_xhtml_inline_markup",
    "parser/atom/entry_content_xml_base",
    "parser/atom/entry_content_xml_base_inherit",
    "parser/atom/entry_content_xml_base_inherit_2",
    "parser/atom/entry_content_xml_base_inherit_3",
    "parser/atom/entry_content_xml_base_inherit_4",
    "parser/atom/entry_contributor_uri_base",
    "parser/atom/entry_id_xml_base",
    "parser/atom/entry_summary_xml_base",
    "parser/atom/entry_summary_xml_base_inherit",
    "parser/atom/entry_summary_xml_base_inherit_2",
    "parser/atom/entry_summary_xml_base_inherit_3",
    "parser/atom/entry_title_xml_base",
    "parser/atom/entry_title_xml_base_inherit",
    "parser/atom/feed_entry_author_uri_base",
    "parser/atom/issue_275_extensions_and_source",
    "translator/rss/feed_item_author_-_rss_channel_item_author_atom",
    "translator/rss/feed_item_author_-_rss_channel_item_author_email",
    "translator/rss/feed_item_author_-_rss_channel_item_author_emailAndName",
    "translator/rss/feed_item_author_-_rss_channel_item_author_name",
    "translator/rss/feed_item_author_-_rss_channel_item_author_nameAndEmail",
    "translator/rss/feed_item_category_-_rss_channel_item_category",
    "translator/rss/feed_item_category_-_rss_channel_item_custom",
    "translator/rss/feed_item_content_-_rss_channel_item_content_atom",
    "translator/rss/feed_item_description_-_rdf_item_description",
    "translator/rss/feed_item_description_-_rss_channel_item_description",
    "translator/rss/feed_item_enclosure_-_rss_channel_item_enclosure",
    "translator/rss/feed_item_enclosures_-_rss_channel_item_enclosures",
    "translator/rss/feed_item_fallbacks_-_rss_channel_item_extensions",
    "translator/rss/feed_item_guid_-_rss_channel_item_guid",
    "translator/rss/feed_item_image_-_rss_channel_item_content",
    "translator/rss/feed_item_image_-_rss_channel_item_description",
    "translator/rss/feed_item_link_-_rdf_item_link",
    "translator/rss/feed_item_link_-_rss_channel_item_link",
    "translator/rss/feed_item_links_-_rss_channel_item_links",
    "translator/rss/feed_item_published_-_rss_channel_item_pubDate",
    "translator/rss/feed_item_published_-_rss_channel_item_published_atom",
    "translator/rss/feed_item_title_-_rdf_item_title",
    "translator/rss/feed_item_title_-_rss_channel_item_title",
    "translator/rss/feed_item_updated_-_rss_channel_item_updated_atom",
    "translator/atom/feed_categories_-_atom_feed_categories",
    "translator/atom/feed_item_author_email_-_atom03_feed_entry_author_email",
    "translator/atom/feed_item_author_email_-_atom10_feed_entry_author_email",
    "translator/atom/feed_item_author_name_-_atom03_feed_entry_author_name",
    "translator/atom/feed_item_author_name_-_atom10_feed_entry_author_name",
    "translator/atom/feed_item_category_-_atom10_feed_entry_category",
    "translator/atom/feed_item_content_-_atom03_feed_entry_content_value",
    "translator/atom/feed_item_content_-_atom10_feed_entry_content",
    "translator/atom/feed_item_description_-_atom03_feed_entry_summary",
    "translator/atom/feed_item_description_-_atom10_feed_entry_summary",
    "translator/atom/feed_item_enclosure_-_atom10_feed_entry_link_rel_enclosure",
    "translator/atom/feed_item_guid_-_atom03_feed_entry_id",
    "translator/atom/feed_item_guid_-_atom10_feed_entry_id",
    "translator/atom/feed_item_link_-_atom03_feed_entry_link",
    "translator/atom/feed_item_link_-_atom10_feed_entry_link",
    "translator/atom/feed_item_published_-_atom03_feed_entry_issued",
    "translator/atom/feed_item_title_-_atom03_feed_entry_title",
    "translator/atom/feed_item_title_-_atom10_feed_entry_title",
    "translator/atom/feed_item_updated_-_atom03_feed_entry_modified",
    "extensions/dublincore/dublincore_item_fields",
    "extensions/dublincore/dublincore_item_multiple_values",
    "extensions/media/feed_item_image_-_rss_channel_item_media",
    "extensions/itunes/itunes_item_summary_cdata_multi",
};

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::string str(const json& j, const char* key) {
    if (!j.is_object() || !j.contains(key)) return {};
    const json& v = j.at(key);
    return v.is_string() ? v.get<std::string>() : std::string();
}

bool is_relative(const std::string& link) {
    return link.find("://") == std::string::npos && link.rfind("mailto:", 0) != 0;
}

/// What gofeed expects of one item, whatever its model (rss.Item, atom.Entry, gofeed.Item).
struct Expected {
    std::string title, link, id, date, author;
    std::vector<std::string> bodies, categories;
};

std::string atom_link(const json& item) {
    if (!item.contains("links")) return {};
    for (const auto& l : item["links"])
        if (str(l, "rel").empty() || str(l, "rel") == "alternate") return str(l, "href");
    return {};
}

std::string person(const json& p) {
    if (p.is_string()) return p.get<std::string>();
    return str(p, "name").empty() ? str(p, "email") : str(p, "name");
}

Expected expected_of(const json& item) {
    Expected e;
    e.title = str(item, "title");
    e.link = item.contains("link") ? str(item, "link") : atom_link(item);
    e.id = item.contains("guid") ? (item["guid"].is_object() ? str(item["guid"], "value") : str(item, "guid"))
                                 : str(item, "id");
    for (const char* key : {"publishedParsed", "pubDateParsed", "updatedParsed"})
        if (e.date.empty()) e.date = str(item, key);
    if (item.contains("author"))
        e.author = person(item["author"]);
    else if (item.contains("authors") && !item["authors"].empty())
        e.author = person(item["authors"][0]);
    if (item.contains("content")) {
        const json& c = item["content"];
        const std::string type = c.is_object() ? str(c, "type") : "";
        // gofeed keeps base64 and other binary content as it stands; an Article holds it decoded.
        if (type.empty() || type == "text" || type == "html" || type == "xhtml" ||
            type.rfind("text/", 0) == 0)
            e.bodies.push_back(c.is_object()   ? str(c, "value")
                               : c.is_string() ? c.get<std::string>()
                                               : std::string());
    }
    for (const char* key : {"description", "summary"})
        if (!str(item, key).empty()) e.bodies.push_back(str(item, key));
    if (item.contains("categories"))
        for (const auto& c : item["categories"]) {
            std::string v = c.is_string() ? c.get<std::string>()
                            : str(c, "label").empty()
                                ? (str(c, "term").empty() ? str(c, "value") : str(c, "term"))
                                : str(c, "label");
            if (!v.empty()) e.categories.push_back(v);
        }
    return e;
}

std::string joined(const std::vector<std::string>& v) {
    std::string out;
    for (const auto& s : v)
        (out += s) += ' ';
    return out;
}

/// An Article's fields are plain text, never markup: "<p>" in one is a literal "<p>". So only the
/// expected side is read as HTML, or as text when gofeed kept it as text (Atom 0.3 modes, ids).
bool same_plain(const std::string& want, const std::string& got) {
    return testing::reader_text(want) == testing::fold(got) || testing::fold(want) == testing::fold(got);
}

bool contains_plain(const std::string& got, const std::string& want) {
    const std::string w = testing::reader_text(want), g = testing::fold(got);
    return w.empty() || g.find(w) != std::string::npos || g.find(testing::fold(want)) != std::string::npos;
}

bool carries_nothing(const Expected& e) {
    return e.title.empty() && e.link.empty() && e.id.empty() && e.date.empty() && e.author.empty() &&
           e.bodies.empty() && e.categories.empty();
}

/// Differences between what gofeed expects and the article, one line each.
std::vector<std::string> compare(const Expected& e, const Article& a) {
    std::vector<std::string> bad;
    auto check = [&](bool ok, const char* field, const std::string& want, const std::string& got) {
        if (!ok)
            bad.push_back(std::string(field) + ": want '" + want.substr(0, 80) + "' got '" +
                          got.substr(0, 80) + "'");
    };
    if (!e.title.empty())
        check(same_plain(e.title, a.title.value_or("")), "title", e.title, a.title.value_or(""));
    if (!e.link.empty() && !is_relative(e.link))
        check(a.url.value_or("") == e.link, "link", e.link, a.url.value_or(""));
    if (!e.id.empty()) check(same_plain(e.id, a.id), "id", e.id, a.id);
    if (!e.date.empty()) {
        const std::string want = text::normalise_date(e.date).value_or(e.date);
        const std::string got = a.published.value_or("");
        check(got == want || (got.size() == 10 && want.rfind(got, 0) == 0), "date", want, got);
    }
    if (!e.author.empty()) {
        const std::string got = joined(a.byline);
        check(contains_text(got, e.author) || (!got.empty() && contains_text(e.author, got)), "author",
              e.author, got);
    }
    const std::string body = joined(a.paragraphs);
    for (const auto& want : e.bodies)
        check(contains_plain(body, want), "body", want, body);
    const std::string categories = a.meta.count("categories") ? joined(a.meta.at("categories")) : "";
    for (const auto& want : e.categories)
        check(contains_text(categories, want), "category", want, categories);
    return bad;
}

std::vector<std::string> run_case(const std::string& name) {
    const std::string bytes = read_file(kSuite + name + ".xml");
    const json expected = json::parse(read_file(kSuite + name + ".json"));
    const json& items = expected.contains("items") ? expected["items"] : expected["entries"];
    const ParseResult result = parse(Input{name, bytes, nullptr});
    std::vector<std::string> bad;
    for (std::size_t i = 0; i < items.size(); ++i) {
        const Expected e = expected_of(items[i]);
        const auto a = std::find_if(result.articles.begin(), result.articles.end(),
                                    [&](const Article& x) { return x.index == i; });
        if (carries_nothing(e)) continue; // an enclosure alone, say: nothing an Article holds
        if (a == result.articles.end()) {
            bad.push_back("item " + std::to_string(i) + ": no article");
            continue;
        }
        for (auto& b : compare(e, *a))
            bad.push_back("item " + std::to_string(i) + " " + b);
    }
    return bad;
}

TEST(GofeedConformance, AtLeast95PercentOfItemCasesPass) {
    ASSERT_EQ(kCases.size(), 259u);
    std::size_t passed = 0;
    std::ostringstream failures;
    for (const auto& name : kCases) {
        const auto bad = run_case(name);
        if (bad.empty()) {
            ++passed;
            continue;
        }
        failures << "  " << name << "\n";
        for (const auto& b : bad)
            failures << "      " << b << "\n";
    }
    const double rate = static_cast<double>(passed) / static_cast<double>(kCases.size());
    std::cout << "gofeed: " << passed << "/" << kCases.size() << " item cases pass (" << rate << ")\n"
              << failures.str();
    EXPECT_GE(rate, 0.95);
}

} // namespace
} // namespace parallax::feed
