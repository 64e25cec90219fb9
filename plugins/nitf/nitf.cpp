#include "nitf.hpp"

#include "byline.hpp"
#include "inline_text.hpp"
#include "wire_xml.hpp"

#include "text/datetime.hpp"
#include "text/unicode.hpp"

#include <algorithm>
#include <array>
#include <string_view>

namespace parallax::nitf {
namespace {

using wire::attribute;
using wire::folded_text;

/// NITF lookups match local names in any namespace: NITF travels without a namespace, with
/// the 3.3 one, the 3.4+ one, and inside NewsML-G2 under whatever its sender declared.
pugi::xml_node any(const pugi::xml_node& parent, std::string_view local) {
    return xml::child(parent, "", local);
}

bool named(const pugi::xml_node& node, std::string_view local) {
    return node.type() == pugi::node_element && xml::local_name(node.name()) == local;
}

void add_meta(Article& article, const std::string& key, std::optional<std::string> value) {
    if (value && !value->empty()) article.meta[key].push_back(std::move(*value));
}

std::optional<std::string> non_empty(std::string s) {
    if (s.empty()) return std::nullopt;
    return s;
}

// ---- head -----------------------------------------------------------------------------------

/// The first of the docdata dates that reads; unreadable ones are worth a warning.
void read_dates(const pugi::xml_node& docdata, Article& article, std::vector<std::string>& warnings) {
    for (const char* name : {"date.release", "date.issue"}) {
        const auto norm = attribute(any(docdata, name), "norm");
        if (!norm) continue;
        auto date = text::normalise_date(*norm);
        if (!date) {
            warnings.push_back(std::string(name) + ": cannot read the date '" + *norm + "'");
            continue;
        }
        if (!article.published) article.published = std::move(date);
        add_meta(article, name, *norm);
    }
}

void read_docdata(const pugi::xml_node& docdata, Article& article, std::vector<std::string>& warnings) {
    if (auto id = attribute(any(docdata, "doc-id"), "id-string")) article.id = *id;
    read_dates(docdata, article, warnings);
    if (auto urgency = attribute(any(docdata, "urgency"), "ed-urg");
        urgency && urgency->size() == 1 && (*urgency)[0] >= '1' && (*urgency)[0] <= '9')
        add_meta(article, "urgency", urgency);
    for (auto keyword : any(docdata, "key-list").children())
        if (named(keyword, "keyword")) add_meta(article, "keyword", attribute(keyword, "key"));
    const auto copyright = any(docdata, "doc.copyright");
    add_meta(article, "copyright", attribute(copyright, "holder"));
    if (article.outlet.empty()) article.outlet = attribute(copyright, "holder").value_or("");
    add_meta(article, "scope", attribute(any(docdata, "doc-scope"), "scope"));
    add_meta(article, "du-key", attribute(any(docdata, "du-key"), "key"));
    add_meta(article, "ed-msg", attribute(any(docdata, "ed-msg"), "info"));
    add_meta(article, "management-status", attribute(docdata, "management-status"));
    for (auto item : any(docdata, "identified-content").children()) {
        if (named(item, "classifier"))
            add_meta(article, "classifier", non_empty(folded_text(item)));
        else if (named(item, "location"))
            add_meta(article, "place", non_empty(folded_text(item)));
        else if (named(item, "person") || named(item, "org"))
            add_meta(article, std::string(xml::local_name(item.name())), non_empty(folded_text(item)));
    }
}

void read_head(const pugi::xml_node& head, Article& article, std::vector<std::string>& warnings) {
    if (auto title = non_empty(folded_text(any(head, "title")))) article.title = std::move(title);
    for (auto meta : head.children())
        if (named(meta, "meta"))
            if (auto name = attribute(meta, "name")) add_meta(article, *name, attribute(meta, "content"));
    for (auto tobject : head.children()) {
        if (!named(tobject, "tobject")) continue;
        add_meta(article, "tobject.type", attribute(tobject, "tobject.type"));
        for (auto subject : tobject.children()) {
            if (!named(subject, "tobject.subject")) continue;
            add_meta(article, "subject", attribute(subject, "tobject.subject.refnum"));
            add_meta(article, "subject.name", attribute(subject, "tobject.subject.matter"));
        }
    }
    read_docdata(any(head, "docdata"), article, warnings);
    // The printed publication names the outlet better than the copyright line.
    const auto pubdata = any(head, "pubdata");
    if (auto name = attribute(pubdata, "name")) article.outlet = *name;
    if (!article.published)
        if (auto date = attribute(pubdata, "date.publication"))
            article.published = text::normalise_date(*date);
}

// ---- body.head ------------------------------------------------------------------------------

/// A byline's words without its title (byttl), which is a job, not a name.
std::string byline_words(const pugi::xml_node& byline) {
    std::string words;
    for (auto n : byline.children())
        if (!named(n, "byttl"))
            (words += n.type() == pugi::node_element ? xml::text_of(n) : n.value()) += ' ';
    return text::fold_whitespace(words);
}

/// A byline's names: its `person` elements when it marks them up, else its words.
std::vector<std::string> byline_of(const pugi::xml_node& byline) {
    std::vector<std::string> people;
    for (auto person : byline.select_nodes(".//*[local-name()='person']"))
        if (auto name = folded_text(person.node()); !name.empty()) people.push_back(name);
    if (!people.empty()) return people;
    return wire::byline_names(byline_words(byline));
}

void read_body_head(const pugi::xml_node& head, Article& article) {
    auto hedline = any(head, "hedline");
    if (!hedline) hedline = any(head, "headline"); // as some senders write it
    if (auto hl1 = non_empty(folded_text(any(hedline, "hl1")))) {
        if (article.title && *article.title != *hl1) add_meta(article, "title", article.title);
        article.title = std::move(hl1);
    }
    for (auto hl2 : hedline.children())
        if (named(hl2, "hl2")) add_meta(article, "subheadline", non_empty(folded_text(hl2)));
    for (auto byline : head.children()) {
        if (!named(byline, "byline")) continue;
        add_meta(article, "byline", non_empty(byline_words(byline)));
        add_meta(article, "byline.title", non_empty(folded_text(any(byline, "byttl"))));
        for (auto& name : byline_of(byline))
            article.byline.push_back(std::move(name));
    }
    const auto dateline = any(head, "dateline");
    add_meta(article, "dateline", non_empty(folded_text(dateline)));
    if (!article.published)
        if (auto norm = attribute(any(dateline, "story.date"), "norm"))
            article.published = text::normalise_date(*norm);
    add_meta(article, "abstract", non_empty(folded_text(any(head, "abstract"))));
    add_meta(article, "distributor", non_empty(folded_text(any(head, "distributor"))));
    add_meta(article, "slugline", non_empty(folded_text(any(head, "slugline"))));
}

// ---- body.content ---------------------------------------------------------------------------

bool has_paragraphs(const pugi::xml_node& node) {
    return static_cast<bool>(node.select_node(".//*[local-name()='p']"));
}

void add_paragraph(wire::ParagraphBuilder& builder, Article& article) {
    if (builder.empty()) return; // an empty <p/> is layout, not a paragraph
    auto paragraph = builder.take();
    for (auto& hint : paragraph.hints) {
        hint.para = article.paragraphs.size();
        article.hints.push_back(std::move(hint));
    }
    article.paragraphs.push_back(std::move(paragraph.text));
}

/// A `pre` block is one paragraph: its layout (tables, team lists) is not sentence structure.
void add_preformatted(const pugi::xml_node& pre, Article& article) {
    wire::ParagraphBuilder builder;
    builder.append_text(xml::text_of(pre));
    add_paragraph(builder, article);
}

/// Paragraphs come from `p`, from list items without paragraphs of their own and from `pre`;
/// `block`, `bq` and lists are walked; media, tables, footnotes and notes are not body text.
void read_blocks(const pugi::xml_node& container, Article& article) {
    static constexpr std::array<std::string_view, 7> kContainers = {"block", "bq", "ol",          "ul",
                                                                    "dl",    "dd", "body.content"};
    for (auto node : container.children()) {
        if (node.type() != pugi::node_element) continue;
        const std::string_view name = xml::local_name(node.name());
        if (name == "p" || (name == "li" && !has_paragraphs(node))) {
            wire::ParagraphBuilder builder(wire::nitf_markup);
            builder.append_children(node);
            add_paragraph(builder, article);
        } else if (name == "pre") {
            add_preformatted(node, article);
        } else if (name == "hl2") {
            add_meta(article, "crosshead", non_empty(folded_text(node)));
        } else if (name == "li" ||
                   std::find(kContainers.begin(), kContainers.end(), name) != kContainers.end()) {
            read_blocks(node, article);
        }
    }
}

void read_body(const pugi::xml_node& body, Article& article) {
    read_body_head(any(body, "body.head"), article);
    for (auto content : body.children())
        if (named(content, "body.content")) read_blocks(content, article);
    const auto end = any(body, "body.end");
    add_meta(article, "tagline", non_empty(folded_text(any(end, "tagline"))));
}

std::optional<std::string> language_of(const pugi::xml_node& nitf) {
    for (const char* name : {"xml:lang", "baselang", "lang"})
        if (auto lang = attribute(nitf, name)) return lang;
    return attribute(any(nitf, "head"), "xml:lang");
}

} // namespace

void read(const pugi::xml_node& element, Article& article, std::vector<std::string>& warnings) {
    const std::string_view name = xml::local_name(element.name());
    if (name == "body.content") {
        read_blocks(element, article);
        return;
    }
    if (name == "body") {
        read_body(element, article);
        return;
    }
    read_head(any(element, "head"), article, warnings);
    read_body(any(element, "body"), article);
    if (!article.language) article.language = language_of(element);
}

int sniff(const Input& input) {
    const auto root = wire::root_tag(input.bytes);
    return root && root->local == "nitf" ? 90 : 0;
}

ParseResult parse(const Input& input) {
    ParseResult result;
    pugi::xml_document document;
    if (auto error = wire::parse_document(input.bytes, document)) {
        result.diagnostics.push_back(std::move(*error));
        return result;
    }
    const auto root = document.document_element();
    if (!named(root, "nitf")) {
        result.diagnostics.push_back(Diagnostic{DiagnosticKind::error, std::nullopt,
                                                "not an NITF document: the root element is <" +
                                                    std::string(root.name()) + ">, not <nitf>",
                                                std::nullopt, std::nullopt, std::nullopt});
        return result;
    }
    result.items = 1;
    Article article;
    std::vector<std::string> warnings;
    read(root, article, warnings);
    for (auto& w : warnings)
        result.diagnostics.push_back(
            Diagnostic{DiagnosticKind::warning, 0, std::move(w), std::nullopt, std::nullopt, std::nullopt});
    if (!article.title && article.paragraphs.empty()) {
        result.diagnostics.push_back(Diagnostic{DiagnosticKind::error, 0, "no headline and no body text",
                                                std::nullopt, std::nullopt, std::nullopt});
        return result;
    }
    if (article.paragraphs.empty())
        result.diagnostics.push_back(Diagnostic{DiagnosticKind::warning, 0,
                                                "no body text: the article has a headline only", std::nullopt,
                                                std::nullopt, std::nullopt});
    result.articles.push_back(std::move(article));
    return result;
}

} // namespace parallax::nitf
