#include "items.hpp"
#include "text/ascii.hpp"

#include "html_text.hpp"
#include "url.hpp"

#include "text/datetime.hpp"
#include "text/encoding.hpp"
#include "text/unicode.hpp"

#include <algorithm>
#include <cctype>
#include <initializer_list>
#include <string_view>
#include <utility>

namespace parallax::feed {
namespace {

using text::ascii_lower;
using text::trim_ascii;

struct StringWriter final : pugi::xml_writer {
    std::string out;
    void write(const void* data, std::size_t size) override {
        out.append(static_cast<const char*>(data), size);
    }
};

/// The characters of a field as markup: text and CDATA as they are (escaped HTML), child
/// elements serialised (HTML written straight into the XML).
std::string markup_of(const pugi::xml_node& node) {
    std::string out;
    for (auto c = node.first_child(); c; c = c.next_sibling()) {
        if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) {
            out += c.value();
        } else if (c.type() == pugi::node_element) {
            StringWriter w;
            c.print(w, "", pugi::format_raw | pugi::format_no_declaration);
            out += w.out;
        }
    }
    return out;
}

/// Only the characters (no markup), for identifiers, links and dates.
std::string chars_of(const pugi::xml_node& node) {
    std::string out;
    for (auto c = node.first_child(); c; c = c.next_sibling())
        if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) out += c.value();
    return std::string(trim_ascii(out));
}

std::string base64_decode(std::string_view in) {
    auto value = [](char c) -> int {
        if (c >= 'A' && c <= 'Z') return c - 'A';
        if (c >= 'a' && c <= 'z') return c - 'a' + 26;
        if (c >= '0' && c <= '9') return c - '0' + 52;
        if (c == '+' || c == '-') return 62;
        if (c == '/' || c == '_') return 63;
        return -1;
    };
    std::string out;
    unsigned buffer = 0;
    int bits = 0;
    for (char c : in) {
        const int v = value(c);
        if (v < 0) continue;
        buffer = (buffer << 6) | static_cast<unsigned>(v);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out += static_cast<char>((buffer >> bits) & 0xFF);
        }
    }
    return out;
}

/// A field's content and how to read it; `text == false` for binary content (a base64 picture).
struct Field {
    bool present = false;
    bool text = true;
    std::string content;
    Markup markup = Markup::html;
};

/// Children serialised as XML, text escaped: XHTML content, where "&lt;p&gt;" is text.
std::string xml_of(const pugi::xml_node& node) {
    StringWriter w;
    for (auto c = node.first_child(); c; c = c.next_sibling())
        c.print(w, "", pugi::format_raw | pugi::format_no_declaration);
    return w.out;
}

/// The xhtml div wrapper's content, or the whole element's when there is no wrapper.
std::string xhtml_of(const pugi::xml_node& node) {
    pugi::xml_node only;
    for (auto c = node.first_child(); c; c = c.next_sibling()) {
        if (c.type() == pugi::node_element) {
            if (only) return xml_of(node);
            only = c;
        } else if (c.type() != pugi::node_pcdata || !trim_ascii(c.value()).empty()) {
            return xml_of(node);
        }
    }
    return only && local_name(only) == "div" ? xml_of(only) : xml_of(node);
}

/// All the text inside, markup dropped (identifiers wrapped in stray tags).
std::string all_text_of(const pugi::xml_node& node) {
    std::string out;
    for (auto n = node.first_child(); n; n = n.next_sibling()) {
        if (n.type() == pugi::node_pcdata || n.type() == pugi::node_cdata)
            out += n.value();
        else if (n.type() == pugi::node_element)
            out += all_text_of(n);
    }
    return std::string(trim_ascii(out));
}

/// An Atom text construct (title, summary, content, rights), 1.0 `type` or 0.3 `mode`.
Field atom_field(const pugi::xml_node& node) {
    Field f;
    if (!node) return f;
    f.present = true;
    const std::string type = ascii_lower(trim_ascii(node.attribute("type").value()));
    const std::string mode = ascii_lower(trim_ascii(node.attribute("mode").value()));
    std::string content = mode == "base64" ? base64_decode(chars_of(node)) : std::string();
    const bool xmlish = type == "xhtml" || mode == "xml" || type.ends_with("+xml") || type.ends_with("/xml");
    const bool binary =
        !xmlish && !type.empty() && type != "text" && type != "html" && !type.starts_with("text/");
    if (binary && mode.empty()) { // RFC 4287 4.1.3.3: other media types are base64
        std::string decoded = base64_decode(chars_of(node));
        const bool media = type == "application/octet-stream" || type.starts_with("image/") ||
                           type.starts_with("audio/") || type.starts_with("video/");
        if (!text::find_invalid_utf8(decoded) && !decoded.empty()) {
            f.content = std::move(decoded);
            f.markup = Markup::html;
        } else { // not base64 text after all: a picture, or text under a made-up type
            f.content = markup_of(node);
            f.markup = Markup::text;
            f.text = !media;
        }
        return f;
    }
    if (mode == "base64") {
        f.content = std::move(content);
    } else if (xmlish) {
        f.content = xhtml_of(node);
    } else {
        f.content = markup_of(node);
    }
    if (xmlish || mode == "escaped" || type == "html" || type == "text/html") {
        f.markup = Markup::html;
    } else if (type.empty() || type == "text" || type.starts_with("text/")) {
        f.markup = Markup::text;
    } else {
        f.text = false; // a picture, audio, a PDF…
    }
    return f;
}

/// An RSS field: HTML, escaped or written straight in.
Field rss_field(const pugi::xml_node& node) {
    Field f;
    if (!node) return f;
    f.present = true;
    f.content = markup_of(node);
    return f;
}

/// One item's child elements, each classified once: feeds have tens of thousands of items and
/// every field is looked up by namespace and name.
class Item {
public:
    Item(const pugi::xml_node& node, const Channel& channel)
        : node_(node), channel_(channel), scope_(Scope::at(node.parent()).enter(node)) {
        for (auto c = node.first_child(); c; c = c.next_sibling())
            if (c.type() == pugi::node_element) children_.push_back({scope_.ns(c), local_name(c), c});
    }

    pugi::xml_node child(Ns ns, std::string_view local) const {
        for (const auto& e : children_)
            if (matches(e, ns, local)) return e.node;
        return {};
    }
    std::vector<pugi::xml_node> children(Ns ns, std::string_view local) const {
        std::vector<pugi::xml_node> out;
        for (const auto& e : children_)
            if (matches(e, ns, local)) out.push_back(e.node);
        return out;
    }
    bool is(const pugi::xml_node& n, Ns ns, std::string_view local) const { return scope_.is(n, ns, local); }
    /// Atom 1.0, 0.3, or no namespace at all (read as Atom all the same).
    Ns atom_ns() const {
        const Ns ns = scope_.ns(node_);
        return ns == Ns::atom03 || ns == Ns::none ? ns : Ns::atom;
    }
    const pugi::xml_node& node() const { return node_; }
    const Channel& channel() const { return channel_; }

private:
    struct Entry {
        Ns ns;
        std::string_view local;
        pugi::xml_node node;
    };
    static bool matches(const Entry& e, Ns ns, std::string_view local) {
        if (e.local != local) return false;
        if (ns == Ns::none || ns == Ns::rss) return e.ns == Ns::none || e.ns == Ns::rss;
        return e.ns == ns;
    }

    pugi::xml_node node_;
    const Channel& channel_;
    Scope scope_;
    std::vector<Entry> children_;
};

/// xml:base and xml:lang in force at `node`, inherited from its ancestors.
struct Inherited {
    std::string base;
    std::optional<std::string> language;
};

Inherited inherited(const pugi::xml_node& node, const std::string& fallback_base) {
    std::vector<pugi::xml_node> chain;
    for (auto n = node; n && n.type() == pugi::node_element; n = n.parent())
        chain.push_back(n);
    Inherited out;
    for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
        if (auto b = it->attribute("xml:base"))
            out.base = out.base.empty() ? std::string(trim_ascii(b.value())) : resolve(out.base, b.value());
        if (auto l = it->attribute("xml:lang")) out.language = std::string(trim_ascii(l.value()));
    }
    if (!is_absolute(out.base))
        out.base = out.base.empty() ? fallback_base : resolve(fallback_base, out.base);
    return out;
}

std::string link_href(const pugi::xml_node& link, const std::string& base) {
    const std::string href = std::string(trim_ascii(link.attribute("href").value()));
    if (auto b = link.attribute("xml:base")) return resolve(resolve(base, b.value()), href);
    return resolve(base, href);
}

/// BCP 47 casing: "en-us" → "en-US"; "" stays absent.
std::optional<std::string> language_tag(std::string_view raw) {
    std::string tag(trim_ascii(raw));
    if (tag.empty()) return std::nullopt;
    std::replace(tag.begin(), tag.end(), '_', '-');
    tag = ascii_lower(tag);
    const auto dash = tag.find('-');
    if (dash != std::string::npos && tag.size() - dash - 1 == 2)
        for (std::size_t i = dash + 1; i < tag.size(); ++i)
            tag[i] = static_cast<char>(std::toupper(static_cast<unsigned char>(tag[i])));
    return tag;
}

/// "jane@example.com (Jane Doe)" and "Jane Doe <jane@example.com>" → "Jane Doe"; "By X" → "X".
std::string person_name(std::string value) {
    value = text::fold_whitespace(value);
    const auto open = value.find('(');
    const auto close = value.rfind(')');
    if (open != std::string::npos && close != std::string::npos && close > open && value.find('@') < open)
        value = std::string(trim_ascii(std::string_view(value).substr(open + 1, close - open - 1)));
    const auto lt = value.find('<');
    if (lt != std::string::npos && lt > 0 && value.find('@', lt) != std::string::npos)
        value = std::string(trim_ascii(std::string_view(value).substr(0, lt)));
    if (value.size() > 3 && ascii_lower(value.substr(0, 3)) == "by ") value = value.substr(3);
    return value;
}

void add_meta(Article& a, const std::string& key, std::string value) {
    if (!value.empty()) a.meta[key].push_back(std::move(value));
}

std::vector<std::string> atom_people(const Item& item, Ns ns, std::string_view role) {
    std::vector<std::string> out;
    for (const auto& person : item.children(ns, role)) {
        std::string name;
        for (const char* part : {"name", "email", "uri"}) {
            for (auto c = person.first_child(); c && name.empty(); c = c.next_sibling())
                if (c.type() == pugi::node_element && local_name(c) == part)
                    name = one_line(chars_of(c), Markup::text);
            if (!name.empty()) break;
        }
        if (!name.empty()) out.push_back(std::move(name));
    }
    return out;
}

void read_dates(const Item& item, const std::vector<pugi::xml_node>& candidates, Article& a,
                std::vector<Diagnostic>& diagnostics) {
    std::string unreadable;
    for (const auto& node : candidates) {
        if (!node) continue;
        const std::string raw = chars_of(node);
        if (raw.empty()) continue;
        if (auto date = text::normalise_date(raw)) {
            a.published = std::move(date);
            return;
        }
        if (unreadable.empty()) unreadable = raw;
    }
    if (!unreadable.empty()) {
        diagnostics.push_back(Diagnostic{
            DiagnosticKind::warning, a.index, "cannot read the date '" + unreadable + "'", std::nullopt,
            std::nullopt, static_cast<std::size_t>(std::max<std::ptrdiff_t>(0, item.node().offset_debug()))});
        add_meta(a, "published_raw", unreadable);
    }
}

/// Body paragraphs from the first field that has text, summary kept in meta when content wins.
/// True when the body already says what the summary says (a teaser cut from the article, with or
/// without a trailing ellipsis).
bool repeats(const std::vector<std::string>& body, const std::vector<std::string>& summary) {
    std::string said, teaser;
    for (const auto& p : body)
        (said += p) += ' ';
    for (const auto& p : summary)
        (teaser += p) += ' ';
    teaser = text::fold_whitespace(teaser);
    for (std::string_view tail : {"[\xE2\x80\xA6]", "[...]", "\xE2\x80\xA6", "..."})
        if (teaser.ends_with(tail))
            teaser = text::fold_whitespace(teaser.substr(0, teaser.size() - tail.size()));
    return teaser.empty() || said.find(teaser) != std::string::npos;
}

/// The content's paragraphs, led by the summary when the content does not already say it (a
/// standfirst written apart from the article).
void read_body(const Field& content, const Field& summary, Article& a) {
    if (content.present && content.text) a.paragraphs = paragraphs(content.content, content.markup);
    if (!summary.present || !summary.text) return;
    auto lead = paragraphs(summary.content, summary.markup);
    if (a.paragraphs.empty()) {
        a.paragraphs = std::move(lead);
    } else if (!repeats(a.paragraphs, lead)) {
        a.paragraphs.insert(a.paragraphs.begin(), std::make_move_iterator(lead.begin()),
                            std::make_move_iterator(lead.end()));
    }
}

bool media_only(const Article& a, const std::vector<std::string>& media_types) {
    if (a.title || !a.paragraphs.empty() || media_types.empty()) return false;
    return std::all_of(media_types.begin(), media_types.end(), [](const std::string& t) {
        return t.starts_with("image/") || t.starts_with("video/") || t.starts_with("audio/");
    });
}

/// What an item says in HTML on one line (titles, names, categories).
std::string html_line(const pugi::xml_node& node) { return one_line(markup_of(node), Markup::html); }

/// The first of `candidates` that the item has.
pugi::xml_node first_of(const Item& item, std::initializer_list<std::pair<Ns, std::string_view>> candidates) {
    for (const auto& [ns, local] : candidates)
        if (auto n = item.child(ns, local)) return n;
    return {};
}

void rss_identity(const Item& item, const Inherited& where, Article& a) {
    if (auto t = first_of(
            item, {{Ns::none, "title"}, {Ns::dc, "title"}, {Ns::media, "title"}, {Ns::none, "TITLE"}}))
        a.title = html_line(t);
    const auto guid = item.child(Ns::none, "guid");
    a.id = all_text_of(guid);
    if (a.id.empty()) a.id = std::string(trim_ascii(item.node().attribute("rdf:about").value()));

    if (auto href = item.node().attribute("HREF")) { // CDF
        a.url = resolve(where.base, href.value());
    } else if (auto link = item.child(Ns::none, "link"); link && !chars_of(link).empty()) {
        a.url = resolve(where.base, chars_of(link));
    } else {
        for (const auto& l : item.children(Ns::atom, "link"))
            if (const std::string rel = l.attribute("rel").value(); rel.empty() || rel == "alternate") {
                a.url = link_href(l, where.base);
                break;
            }
        // RSS 2.0: a guid is a permalink unless it says otherwise; we also want it to look like one.
        const std::string permalink = ascii_lower(trim_ascii(guid.attribute("isPermaLink").value()));
        if (!a.url && !a.id.empty() && permalink != "false" && (permalink == "true" || is_absolute(a.id)))
            a.url = resolve(where.base, a.id);
    }
}

void rss_byline(const Item& item, Article& a) {
    for (auto [ns, local] : std::initializer_list<std::pair<Ns, std::string_view>>{
             {Ns::dc, "creator"}, {Ns::none, "author"}, {Ns::dc, "author"}, {Ns::itunes, "author"}}) {
        for (const auto& c : item.children(ns, local))
            a.byline.push_back(person_name(html_line(c)));
        std::erase(a.byline, std::string());
        if (!a.byline.empty()) return;
    }
    a.byline = atom_people(item, Ns::atom, "author");
}

std::string category_label(const pugi::xml_node& c) {
    const bool labelled = !trim_ascii(c.attribute("label").value()).empty();
    return text::fold_whitespace(labelled ? c.attribute("label").value() : c.attribute("term").value());
}

void rss_categories(const Item& item, Article& a) {
    for (const auto& c : item.children(Ns::none, "category"))
        add_meta(a, "categories", html_line(c));
    for (const auto& c : item.children(Ns::dc, "subject"))
        add_meta(a, "categories", html_line(c));
    for (const auto& c : item.children(Ns::atom, "category"))
        add_meta(a, "categories", category_label(c));
    if (auto k = item.child(Ns::itunes, "keywords")) {
        const std::string words = html_line(k);
        for (std::size_t start = 0; start <= words.size();) {
            const auto comma = std::min(words.find(',', start), words.size());
            add_meta(a, "categories",
                     std::string(trim_ascii(std::string_view(words).substr(start, comma - start))));
            start = comma + 1;
        }
    }
}

void rss_extras(const Item& item, const Inherited& where, Article& a, std::vector<std::string>& media_types) {
    for (const auto& e : item.children(Ns::none, "enclosure")) {
        add_meta(a, "enclosures", resolve(where.base, e.attribute("url").value()));
        media_types.push_back(ascii_lower(e.attribute("type").value()));
    }
    for (const auto& m : item.children(Ns::media, "content")) {
        add_meta(a, "media", resolve(where.base, m.attribute("url").value()));
        const std::string medium = ascii_lower(m.attribute("medium").value());
        media_types.push_back(medium.empty() ? ascii_lower(m.attribute("type").value()) : medium + "/");
    }
    if (auto c = item.child(Ns::none, "comments")) add_meta(a, "comments", resolve(where.base, chars_of(c)));
    if (auto s = item.child(Ns::none, "source")) {
        add_meta(a, "source", html_line(s));
        add_meta(a, "source_url", std::string(trim_ascii(s.attribute("url").value())));
    }
    if (auto r = item.child(Ns::dc, "rights")) add_meta(a, "rights", html_line(r));
    if (auto l = item.child(Ns::dc, "language")) a.language = language_tag(chars_of(l));
}

void rss_body(const Item& item, Article& a) {
    Field content = rss_field(first_of(item, {{Ns::content, "encoded"},
                                              {Ns::xhtml, "body"},
                                              {Ns::none, "body"},
                                              {Ns::none, "fullitem"},
                                              {Ns::none, "summary"}}));
    if (!content.present) content = atom_field(item.child(Ns::atom, "content"));
    Field summary = rss_field(first_of(item, {{Ns::none, "description"}, {Ns::dc, "description"}}));
    if (!summary.present) summary = atom_field(item.child(Ns::atom, "summary"));
    if (!summary.present)
        summary = rss_field(first_of(item, {{Ns::itunes, "summary"}, {Ns::none, "ABSTRACT"}}));
    read_body(content, summary, a);
}

void read_rss(const Item& item, const Inherited& where, Article& a, std::vector<std::string>& media_types,
              std::vector<Diagnostic>& diagnostics) {
    rss_identity(item, where, a);
    read_dates(item,
               {item.child(Ns::none, "pubDate"), item.child(Ns::dc, "date"),
                item.child(Ns::dcterms, "issued"), item.child(Ns::dcterms, "created"),
                item.child(Ns::atom, "published"), item.child(Ns::dcterms, "modified"),
                item.child(Ns::atom, "updated")},
               a, diagnostics);
    rss_byline(item, a);
    rss_categories(item, a);
    rss_extras(item, where, a, media_types);
    rss_body(item, a);
}

/// Atom links: the alternate one is the article's, else the first that is not the feed itself.
void atom_links(const Item& item, Ns ns, const Inherited& where, Article& a,
                std::vector<std::string>& media_types) {
    std::optional<std::string> other;
    for (const auto& l : item.children(ns, "link")) {
        const std::string rel = trim_ascii(l.attribute("rel").value()).empty()
                                    ? "alternate"
                                    : ascii_lower(trim_ascii(l.attribute("rel").value()));
        if (rel == "enclosure") {
            add_meta(a, "enclosures", link_href(l, where.base));
            media_types.push_back(ascii_lower(l.attribute("type").value()));
        } else if (rel == "alternate" && !a.url) {
            a.url = link_href(l, where.base);
        } else if (rel != "self" && rel != "alternate" && !other) {
            other = link_href(l, where.base);
        }
    }
    if (!a.url) a.url = other;
}

void atom_people_and_categories(const Item& item, Ns ns, Article& a) {
    a.byline = atom_people(item, ns, "author");
    if (a.byline.empty())
        for (const auto& c : item.children(Ns::dc, "creator"))
            a.byline.push_back(person_name(one_line(chars_of(c), Markup::text)));
    if (a.byline.empty()) a.byline = item.channel().authors;
    for (auto& name : atom_people(item, ns, "contributor"))
        add_meta(a, "contributors", std::move(name));
    for (const auto& c : item.children(ns, "category"))
        add_meta(a, "categories", category_label(c));
    for (const auto& c : item.children(Ns::dc, "subject"))
        add_meta(a, "categories", one_line(chars_of(c), Markup::text));
}

std::string atom_line(const pugi::xml_node& node) {
    const Field f = atom_field(node);
    return one_line(f.content, f.markup);
}

void atom_body(const Item& item, Ns ns, const Inherited& where, Article& a) {
    if (auto r = item.child(ns, "rights")) add_meta(a, "rights", atom_line(r));
    if (auto s = item.child(ns, "source"))
        for (auto c = s.first_child(); c; c = c.next_sibling())
            if (item.is(c, ns, "title")) add_meta(a, "source", atom_line(c));
    const auto content_node = item.child(ns, "content");
    Field content = atom_field(content_node);
    if (content_node && content_node.attribute("src")) { // the content is elsewhere
        add_meta(a, "content_src", resolve(where.base, content_node.attribute("src").value()));
        content.present = false;
    }
    Field summary = atom_field(item.child(ns, "summary"));
    if (!content.present && !summary.present) summary = rss_field(item.child(Ns::content, "encoded"));
    read_body(content, summary, a);
}

void read_atom(const Item& item, const Inherited& where, Article& a, std::vector<std::string>& media_types,
               std::vector<Diagnostic>& diagnostics) {
    const Ns ns = item.atom_ns();
    if (auto t = item.child(ns, "title")) a.title = atom_line(t);
    a.id = all_text_of(item.child(ns, "id"));
    atom_links(item, ns, where, a, media_types);
    read_dates(item,
               {item.child(ns, "published"), item.child(ns, "issued"), item.child(ns, "created"),
                item.child(Ns::dc, "date"), item.child(ns, "updated"), item.child(ns, "modified")},
               a, diagnostics);
    atom_people_and_categories(item, ns, a);
    atom_body(item, ns, where, a);
}

} // namespace

std::optional<Dialect> dialect_of(const pugi::xml_node& root) {
    const std::string_view local = local_name(root);
    const Ns ns = Scope::at(root).ns(root);
    if (local == "rss" || (local == "RDF" && ns == Ns::rdf) || local == "channel" || local == "CHANNEL")
        return Dialect::rss;
    if (local == "feed" && (ns == Ns::atom || ns == Ns::atom03 || ns == Ns::none)) return Dialect::atom;
    return std::nullopt;
}

std::vector<pugi::xml_node> find_items(const pugi::xml_node& root, Dialect dialect) {
    std::vector<pugi::xml_node> out;
    const std::string_view wanted = dialect == Dialect::rss ? "item" : "entry";
    auto collect = [&](const pugi::xml_node& parent) {
        for (auto c = parent.first_child(); c; c = c.next_sibling())
            if (c.type() == pugi::node_element &&
                (local_name(c) == wanted || (dialect == Dialect::rss && local_name(c) == "ITEM")))
                out.push_back(c);
    };
    collect(root);
    if (dialect == Dialect::rss)
        for (auto c = root.first_child(); c; c = c.next_sibling())
            if (c.type() == pugi::node_element && local_name(c) == "channel") collect(c);
    std::sort(out.begin(), out.end(),
              [](const auto& x, const auto& y) { return x.offset_debug() < y.offset_debug(); });
    return out;
}

Channel read_channel(const pugi::xml_node& root, Dialect dialect, const std::string& outlet) {
    Channel ch;
    ch.dialect = dialect;
    const Scope scope = Scope::at(root);
    pugi::xml_node head = root;
    if (dialect == Dialect::rss)
        for (auto c = root.first_child(); c; c = c.next_sibling())
            if (c.type() == pugi::node_element && local_name(c) == "channel") head = c;
    const Scope inner = head == root ? scope : scope.enter(head);
    auto child = [&](Ns ns, std::string_view local) {
        for (auto c = head.first_child(); c; c = c.next_sibling())
            if (inner.is(c, ns, local)) return c;
        return pugi::xml_node{};
    };
    const Inherited where = inherited(head, "");
    if (dialect == Dialect::rss) {
        ch.outlet = one_line(markup_of(child(Ns::none, "title")), Markup::html);
        ch.base = resolve(where.base, chars_of(child(Ns::none, "link")));
        ch.language = language_tag(chars_of(child(Ns::none, "language")));
        if (!ch.language) ch.language = language_tag(chars_of(child(Ns::dc, "language")));
    } else {
        const Ns ns = inner.ns(head) == Ns::atom03 || inner.ns(head) == Ns::none ? inner.ns(head) : Ns::atom;
        const Field title = atom_field(child(ns, "title"));
        ch.outlet = one_line(title.content, title.markup);
        for (auto c = head.first_child(); c; c = c.next_sibling()) {
            const std::string rel = ascii_lower(trim_ascii(c.attribute("rel").value()));
            if (inner.is(c, ns, "link") && (rel.empty() || rel == "alternate")) {
                ch.base = link_href(c, where.base);
                break;
            }
        }
        for (auto c = head.first_child(); c; c = c.next_sibling())
            if (inner.is(c, ns, "author"))
                for (auto n = c.first_child(); n; n = n.next_sibling())
                    if (n.type() == pugi::node_element && local_name(n) == "name")
                        ch.authors.push_back(one_line(chars_of(n), Markup::text));
    }
    if (!is_absolute(ch.base)) ch.base = where.base;
    if (!ch.language && where.language) ch.language = language_tag(*where.language);
    if (!outlet.empty()) ch.outlet = outlet;
    return ch;
}

ItemResult read_item(const pugi::xml_node& node, const Channel& channel, std::size_t index) {
    ItemResult result;
    Article a;
    a.index = index;
    a.outlet = channel.outlet;
    const Item item(node, channel);
    const Inherited where = inherited(node, channel.base);
    std::vector<std::string> media_types;
    if (channel.dialect == Dialect::rss)
        read_rss(item, where, a, media_types, result.diagnostics);
    else
        read_atom(item, where, a, media_types, result.diagnostics);
    if (!a.language && where.language) a.language = language_tag(*where.language);
    if (!a.language) a.language = channel.language;
    if (a.title && a.title->empty()) a.title.reset();
    if (media_only(a, media_types)) {
        result.diagnostics.push_back(Diagnostic{
            DiagnosticKind::non_text, index, "the item holds only a media file (" + media_types.front() + ")",
            std::nullopt, std::nullopt, std::nullopt});
        return result;
    }
    result.article = std::move(a);
    return result;
}

} // namespace parallax::feed
