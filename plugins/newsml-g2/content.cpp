#include "content.hpp"

#include "inline_text.hpp"
#include "nitf.hpp"
#include "wire_xml.hpp"

#include "text/unicode.hpp"

#include <algorithm>
#include <array>
#include <cctype>

namespace parallax::newsml_g2 {
namespace {

template <std::size_t N> bool one_of(std::string_view name, const std::array<std::string_view, N>& names) {
    return std::find(names.begin(), names.end(), name) != names.end();
}

constexpr std::array<std::string_view, 14> kContainers = {
    "html", "body", "div", "section", "article", "main",  "blockquote",
    "ul",   "ol",   "dl",  "header",  "footer",  "aside", "center"};
constexpr std::array<std::string_view, 5> kParagraphs = {"p", "li", "pre", "dd", "dt"};
constexpr std::array<std::string_view, 6> kHeadings = {"h1", "h2", "h3", "h4", "h5", "h6"};
constexpr std::array<std::string_view, 12> kNotText = {"head",   "script", "style",    "table",
                                                       "figure", "img",    "object",   "video",
                                                       "audio",  "iframe", "noscript", "form"};

void flush(wire::ParagraphBuilder& builder, Article& body) {
    if (builder.empty()) return;
    auto paragraph = builder.take();
    for (auto& hint : paragraph.hints) {
        hint.para = body.paragraphs.size();
        body.hints.push_back(std::move(hint));
    }
    body.paragraphs.push_back(std::move(paragraph.text));
}

bool has_block_children(const pugi::xml_node& node) {
    for (auto c : node.children())
        if (c.type() == pugi::node_element) {
            const auto name = xml::local_name(c.name());
            if (one_of(name, kParagraphs) || one_of(name, kContainers)) return true;
        }
    return false;
}

// ---- plain text -------------------------------------------------------------------------------

/// Turns paragraph-ish tags into blank lines and drops the others, decoding the common entities.
std::string untag(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '<') {
            const auto close = text.find('>', i);
            if (close == std::string_view::npos) break;
            std::string name;
            for (std::size_t j = i + 1;
                 j < close && (std::isalnum(static_cast<unsigned char>(text[j])) || text[j] == '/'); ++j)
                name += static_cast<char>(std::tolower(static_cast<unsigned char>(text[j])));
            if (name == "p" || name == "/p" || name == "div" || name == "/div")
                out += "\n\n";
            else if (name == "br" || name == "br/")
                out += '\n';
            i = close;
            continue;
        }
        if (text[i] == '&') {
            static constexpr std::array<std::pair<std::string_view, std::string_view>, 6> entities = {
                {{"&amp;", "&"},
                 {"&lt;", "<"},
                 {"&gt;", ">"},
                 {"&quot;", "\""},
                 {"&#39;", "'"},
                 {"&nbsp;", " "}}};
            auto it = std::find_if(entities.begin(), entities.end(),
                                   [&](const auto& e) { return text.substr(i, e.first.size()) == e.first; });
            if (it != entities.end()) {
                out += it->second;
                i += it->first.size() - 1;
                continue;
            }
        }
        out += text[i];
    }
    return out;
}

std::vector<std::string_view> lines_of(std::string_view text) {
    std::vector<std::string_view> lines;
    std::size_t start = 0;
    while (start <= text.size()) {
        auto end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        auto line = text.substr(start, end - start);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        lines.push_back(line);
        start = end + 1;
    }
    return lines;
}

bool blank(std::string_view line) { return text::fold_whitespace(line).empty(); }
bool indented(std::string_view line) {
    return !line.empty() && (line[0] == ' ' || line[0] == '\t') && !blank(line);
}

} // namespace

std::vector<std::string> plain_paragraphs(std::string_view raw) {
    const std::string text = raw.find('<') == std::string_view::npos ? std::string(raw) : untag(raw);
    const auto lines = lines_of(text);
    // Wire copy marks a new paragraph with an indented first line; inside a block that uses the
    // convention, an indent starts a paragraph, and so does a blank line everywhere.
    std::vector<std::string> paragraphs;
    std::string current;
    auto flush_current = [&] {
        if (auto p = text::fold_whitespace(current); !p.empty()) paragraphs.push_back(std::move(p));
        current.clear();
    };
    const bool uses_indent = std::count_if(lines.begin(), lines.end(), indented) >= 2;
    const bool uses_blank_lines = std::any_of(lines.begin(), lines.end(), blank);
    for (auto line : lines) {
        if (blank(line))
            flush_current();
        else if (uses_indent && indented(line))
            flush_current();
        else if (!uses_indent && !uses_blank_lines)
            flush_current();
        (current += line) += ' ';
    }
    flush_current();
    return paragraphs;
}

void read_xhtml(const pugi::xml_node& element, Article& body) {
    wire::ParagraphBuilder loose; // text not inside any paragraph element
    for (auto node : element.children()) {
        if (node.type() != pugi::node_element) {
            loose.append(node);
            continue;
        }
        const auto name = xml::local_name(node.name());
        if (one_of(name, kContainers) || ((name == "li" || name == "dd") && has_block_children(node))) {
            flush(loose, body);
            read_xhtml(node, body);
        } else if (one_of(name, kParagraphs)) {
            flush(loose, body);
            wire::ParagraphBuilder builder;
            builder.append_children(node);
            flush(builder, body);
        } else if (one_of(name, kHeadings)) {
            flush(loose, body);
            if (auto h = wire::folded_text(node); !h.empty()) body.meta["crosshead"].push_back(std::move(h));
        } else if (one_of(name, kNotText)) {
            flush(loose, body);
        } else {
            loose.append(node);
        }
    }
    flush(loose, body);
}

bool read_content(const pugi::xml_node& content_set, Article& body, std::vector<std::string>& warnings) {
    for (auto rendition : content_set.children()) {
        if (rendition.type() != pugi::node_element) continue;
        const auto name = xml::local_name(rendition.name());
        const std::string type = rendition.attribute("contenttype").value();
        if (name == "inlineXML") {
            const auto root =
                rendition.find_child([](const pugi::xml_node& n) { return n.type() == pugi::node_element; });
            const auto root_name = xml::local_name(root.name());
            if (!root) continue;
            if (type.find("nitf") != std::string::npos || root_name == "nitf" || root_name == "body.content")
                nitf::read(root, body, warnings);
            else
                read_xhtml(rendition, body);
        } else if (name == "inlineData") {
            if (type.find("html") != std::string::npos || type.find("text") != std::string::npos ||
                type.empty())
                body.paragraphs = plain_paragraphs(xml::text_of(rendition));
        }
        if (!body.paragraphs.empty()) return true;
    }
    return false;
}

} // namespace parallax::newsml_g2
