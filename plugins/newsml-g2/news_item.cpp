#include "news_item.hpp"

#include "byline.hpp"
#include "content.hpp"
#include "wire_xml.hpp"

#include "text/datetime.hpp"
#include "text/unicode.hpp"

#include <algorithm>
#include <array>

namespace parallax::newsml_g2 {
namespace {

using wire::attribute;
using wire::child;
using wire::folded_text;

constexpr std::array<std::string_view, 6> kItems = {"newsItem",      "packageItem",  "conceptItem",
                                                    "knowledgeItem", "planningItem", "catalogItem"};
constexpr std::array<std::string_view, 6> kMediaClasses = {"picture", "video",     "audio",
                                                           "graphic", "animation", "image"};

bool named(const pugi::xml_node& node, std::string_view local) {
    return node.type() == pugi::node_element && xml::local_name(node.name()) == local;
}

/// Children of `parent` named `local` in its namespace, in document order.
template <typename F> void each(const pugi::xml_node& parent, std::string_view local, F&& f) {
    for (auto c : parent.children())
        if (named(c, local) && xml::namespace_uri(c) == xml::namespace_uri(parent)) f(c);
}

void add_meta(Article& article, const std::string& key, std::optional<std::string> value) {
    if (value && !value->empty()) article.meta[key].push_back(std::move(*value));
}

std::optional<std::string> non_empty(std::string s) {
    if (s.empty()) return std::nullopt;
    return s;
}

/// A concept's code as a string: its QCode, else its URI, else its literal.
std::optional<std::string> concept_code(const pugi::xml_node& node) {
    for (const char* name : {"qcode", "uri", "literal"})
        if (auto v = attribute(node, name)) return v;
    return std::nullopt;
}

/// A concept's human name: its `name`, else its literal, else the code part of its QCode.
std::optional<std::string> concept_label(const pugi::xml_node& node) {
    if (auto name = non_empty(folded_text(child(node, "name")))) return name;
    if (auto literal = attribute(node, "literal")) return literal;
    if (auto qcode = attribute(node, "qcode")) return std::string(wire::qcode_code(*qcode));
    return std::nullopt;
}

Diagnostic item_diagnostic(DiagnosticKind kind, std::size_t index, std::string reason) {
    return Diagnostic{kind, index, std::move(reason), std::nullopt, std::nullopt, std::nullopt};
}

// ---- itemMeta and rightsInfo -----------------------------------------------------------------

void read_date(const pugi::xml_node& element, const std::string& key, Article& article, ItemResult& out,
               std::size_t index) {
    const auto value = non_empty(folded_text(element));
    if (!value) return;
    if (auto date = text::normalise_date(*value))
        add_meta(article, key, std::move(date));
    else
        out.warnings.push_back(
            item_diagnostic(DiagnosticKind::warning, index, key + ": cannot read the date '" + *value + "'"));
}

void read_item_meta(const pugi::xml_node& meta, Article& article, ItemResult& out, std::size_t index) {
    add_meta(article, "itemClass", concept_code(child(meta, "itemClass")));
    const auto provider = child(meta, "provider");
    add_meta(article, "provider", concept_code(provider));
    article.outlet = concept_label(provider).value_or("");
    read_date(child(meta, "versionCreated"), "versionCreated", article, out, index);
    read_date(child(meta, "firstCreated"), "firstCreated", article, out, index);
    add_meta(article, "pubStatus", concept_code(child(meta, "pubStatus")));
    each(meta, "signal", [&](auto s) { add_meta(article, "signal", concept_code(s)); });
    each(meta, "edNote", [&](auto n) { add_meta(article, "edNote", non_empty(folded_text(n))); });
    each(meta, "title", [&](auto t) { add_meta(article, "itemTitle", non_empty(folded_text(t))); });
    each(meta, "link", [&](auto l) { add_meta(article, "link", attribute(l, "href")); });
}

void read_rights(const pugi::xml_node& item, Article& article) {
    each(item, "rightsInfo", [&](auto rights) {
        add_meta(article, "copyrightHolder", concept_label(child(rights, "copyrightHolder")));
        add_meta(article, "copyrightNotice", non_empty(folded_text(child(rights, "copyrightNotice"))));
        add_meta(article, "usageTerms", non_empty(folded_text(child(rights, "usageTerms"))));
    });
}

// ---- contentMeta -----------------------------------------------------------------------------

/// The main headline: the first without a role or with a "main" role; the others go to meta.
void read_headlines(const pugi::xml_node& meta, Article& article) {
    std::vector<std::pair<std::string, std::string>> headlines; // role, text
    each(meta, "headline", [&](auto h) {
        if (auto text = non_empty(folded_text(h))) headlines.emplace_back(h.attribute("role").value(), *text);
    });
    auto main = std::find_if(headlines.begin(), headlines.end(), [](const auto& h) {
        return h.first.empty() || wire::qcode_code(h.first) == "main";
    });
    if (main == headlines.end() && !headlines.empty()) main = headlines.begin();
    for (auto it = headlines.begin(); it != headlines.end(); ++it) {
        if (it == main)
            article.title = it->second;
        else
            add_meta(article, "headline", it->second);
    }
}

bool is_person(const pugi::xml_node& creator) {
    const std::string type = creator.attribute("type").value();
    return wire::qcode_code(type) == "person";
}

void read_people(const pugi::xml_node& meta, Article& article) {
    each(meta, "by", [&](auto by) {
        const std::string words = folded_text(by);
        add_meta(article, "by", non_empty(words));
        for (auto& name : wire::byline_names(words))
            article.byline.push_back(std::move(name));
    });
    each(meta, "creator", [&](auto c) {
        const auto label = concept_label(c);
        add_meta(article, "creator", label);
        // Without a `by` line, the creators that are people are the byline.
        if (label && is_person(c) && !article.meta.contains("by")) article.byline.push_back(*label);
    });
    each(meta, "contributor", [&](auto c) { add_meta(article, "contributor", concept_label(c)); });
}

void read_concepts(const pugi::xml_node& meta, Article& article) {
    each(meta, "subject", [&](auto s) {
        add_meta(article, "subject", concept_code(s));
        add_meta(article, "subject.name", non_empty(folded_text(child(s, "name"))));
    });
    each(meta, "genre", [&](auto g) { add_meta(article, "genre", concept_code(g)); });
    each(meta, "located", [&](auto l) { add_meta(article, "located", concept_label(l)); });
    each(meta, "infoSource", [&](auto s) { add_meta(article, "infoSource", concept_label(s)); });
    each(meta, "audience", [&](auto a) { add_meta(article, "audience", concept_code(a)); });
    each(meta, "keyword", [&](auto k) { add_meta(article, "keyword", non_empty(folded_text(k))); });
}

void read_content_meta(const pugi::xml_node& meta, Article& article, ItemResult& out, std::size_t index) {
    read_headlines(meta, article);
    read_people(meta, article);
    read_concepts(meta, article);
    add_meta(article, "slugline", non_empty(folded_text(child(meta, "slugline"))));
    add_meta(article, "dateline", non_empty(folded_text(child(meta, "dateline"))));
    add_meta(article, "urgency", non_empty(folded_text(child(meta, "urgency"))));
    each(meta, "description", [&](auto d) { add_meta(article, "description", non_empty(folded_text(d))); });
    read_date(child(meta, "contentCreated"), "contentCreated", article, out, index);
    if (auto tag = attribute(child(meta, "language"), "tag")) article.language = tag;
}

// ---- the body, and what is not a story ---------------------------------------------------------

/// Fills what the item's own metadata left open from the embedded NITF, and takes its body.
void merge_body(Article& article, Article&& body) {
    if (!article.title) article.title = std::move(body.title);
    if (article.byline.empty()) article.byline = std::move(body.byline);
    if (!article.language) article.language = std::move(body.language);
    if (article.outlet.empty()) article.outlet = std::move(body.outlet);
    if (!article.meta.contains("versionCreated") && body.published)
        add_meta(article, "nitf.published", body.published);
    for (auto& [key, values] : body.meta)
        if (!article.meta.contains(key)) article.meta[key] = std::move(values);
    article.paragraphs = std::move(body.paragraphs);
    article.hints = std::move(body.hints);
}

/// The published time: when this version was made, else when the story was first made.
std::optional<std::string> published_of(const Article& article) {
    for (const char* key : {"versionCreated", "firstCreated", "contentCreated", "nitf.published"})
        if (auto it = article.meta.find(key); it != article.meta.end()) return it->second.front();
    return std::nullopt;
}

/// A withdrawn item: pubStatus canceled or withheld, or a kill signal.
std::optional<std::string> kill_reason(const Article& article) {
    if (auto it = article.meta.find("pubStatus"); it != article.meta.end()) {
        const auto code = wire::qcode_code(it->second.front());
        if (code == "canceled" || code == "cancelled" || code == "withheld")
            return "withdrawn by its provider (pubStatus " + it->second.front() + ")";
    }
    if (auto it = article.meta.find("signal"); it != article.meta.end())
        for (const auto& s : it->second)
            if (const auto code = wire::qcode_code(s);
                code == "kill" || code == "killed" || code == "withdrawn")
                return "killed by its provider (signal " + s + ")";
    return std::nullopt;
}

std::optional<std::string> media_class(const Article& article) {
    auto it = article.meta.find("itemClass");
    if (it == article.meta.end()) return std::nullopt;
    const auto code = wire::qcode_code(it->second.front());
    if (std::find(kMediaClasses.begin(), kMediaClasses.end(), code) == kMediaClasses.end())
        return std::nullopt;
    return it->second.front();
}

ItemResult read_news_item(const pugi::xml_node& item, std::size_t index) {
    ItemResult out;
    Article article;
    article.index = index;
    article.id = item_id(item);
    article.language = attribute(item, "xml:lang");
    read_item_meta(child(item, "itemMeta"), article, out, index);
    read_rights(item, article);
    read_content_meta(child(item, "contentMeta"), article, out, index);
    if (auto reason = kill_reason(article)) {
        out.outcome = item_diagnostic(DiagnosticKind::killed, index, *reason);
        return out;
    }
    if (auto media = media_class(article)) {
        out.outcome =
            item_diagnostic(DiagnosticKind::non_text, index, "not a text item: itemClass " + *media);
        return out;
    }
    Article body;
    std::vector<std::string> warnings;
    read_content(child(item, "contentSet"), body, warnings);
    for (auto& w : warnings)
        out.warnings.push_back(item_diagnostic(DiagnosticKind::warning, index, std::move(w)));
    merge_body(article, std::move(body));
    article.published = published_of(article);
    if (!article.title && article.paragraphs.empty()) {
        out.outcome = item_diagnostic(DiagnosticKind::error, index, "no headline and no body text");
        return out;
    }
    if (article.paragraphs.empty())
        out.warnings.push_back(
            item_diagnostic(DiagnosticKind::warning, index, "no body text: the item has a headline only"));
    else if (!article.title)
        out.warnings.push_back(item_diagnostic(DiagnosticKind::warning, index, "no headline"));
    out.article = std::move(article);
    return out;
}

} // namespace

bool is_item(const pugi::xml_node& element) {
    const auto name = xml::local_name(element.name());
    return element.type() == pugi::node_element &&
           std::find(kItems.begin(), kItems.end(), name) != kItems.end();
}

std::string item_id(const pugi::xml_node& item) {
    std::string id = attribute(item, "guid").value_or("");
    if (auto version = attribute(item, "version"); version && !id.empty()) id += ":v" + *version;
    return id;
}

ItemResult read_item(const pugi::xml_node& item, std::size_t index) {
    const auto name = xml::local_name(item.name());
    if (name == "newsItem") return read_news_item(item, index);
    ItemResult out;
    if (name == "packageItem") {
        const auto refs = item.select_nodes(".//*[local-name()='itemRef']").size();
        out.outcome =
            item_diagnostic(DiagnosticKind::non_text, index,
                            "a package grouping " + std::to_string(refs) +
                                " item reference(s); the items are read where the message carries them");
    } else {
        out.outcome =
            item_diagnostic(DiagnosticKind::non_text, index, "not a news item: <" + std::string(name) + ">");
    }
    return out;
}

} // namespace parallax::newsml_g2
