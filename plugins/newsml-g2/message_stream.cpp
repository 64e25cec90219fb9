#include "message_stream.hpp"
#include "text/ascii.hpp"

#include "xml/xml.hpp"

#include <pugixml.hpp>

#include <algorithm>
#include <array>
#include <cctype>

namespace parallax::newsml_g2 {
namespace {

using text::ascii_lower;

constexpr std::array<std::string_view, 6> kItemNames = {"newsItem",      "packageItem",  "conceptItem",
                                                        "knowledgeItem", "planningItem", "catalogItem"};

enum class Kind { start, end, empty, other };

struct Tag {
    Kind kind = Kind::other;
    std::size_t begin = 0;  ///< the '<'
    std::size_t end = 0;    ///< one past the closing '>'
    std::string_view local; ///< local name of a start, end or empty tag
};

/// Skips to one past `terminator`, or npos.
std::size_t past(std::string_view s, std::size_t from, std::string_view terminator) {
    const auto at = s.find(terminator, from);
    return at == std::string_view::npos ? at : at + terminator.size();
}

/// The end of a start or empty tag, honouring quoted attribute values.
std::size_t tag_end(std::string_view s, std::size_t from) {
    char quote = 0;
    for (std::size_t i = from; i < s.size(); ++i) {
        if (quote) {
            if (s[i] == quote) quote = 0;
        } else if (s[i] == '"' || s[i] == '\'') {
            quote = s[i];
        } else if (s[i] == '>') {
            return i + 1;
        }
    }
    return std::string_view::npos;
}

std::string_view tag_name(std::string_view s, std::size_t from) {
    std::size_t end = from;
    while (end < s.size() && !std::isspace(static_cast<unsigned char>(s[end])) && s[end] != '>' &&
           s[end] != '/')
        ++end;
    return xml::local_name(s.substr(from, end - from));
}

/// The next markup at or after `pos`; nullopt at the end of input or on a DOCTYPE or broken markup.
std::optional<Tag> next_tag(std::string_view s, std::size_t pos) {
    const auto lt = s.find('<', pos);
    if (lt == std::string_view::npos) return std::nullopt;
    Tag tag;
    tag.begin = lt;
    if (s.substr(lt, 4) == "<!--")
        tag.end = past(s, lt + 4, "-->");
    else if (s.substr(lt, 9) == "<![CDATA[")
        tag.end = past(s, lt + 9, "]]>");
    else if (s.substr(lt, 2) == "<?")
        tag.end = past(s, lt + 2, "?>");
    else if (s.substr(lt, 2) == "<!")
        return std::nullopt; // a DOCTYPE may declare entities: read it whole
    else if (s.substr(lt, 2) == "</") {
        tag.kind = Kind::end;
        tag.local = tag_name(s, lt + 2);
        tag.end = past(s, lt + 2, ">");
    } else {
        tag.end = tag_end(s, lt + 1);
        if (tag.end == std::string_view::npos) return std::nullopt;
        tag.kind = s[tag.end - 2] == '/' ? Kind::empty : Kind::start;
        tag.local = tag_name(s, lt + 1);
    }
    if (tag.end == std::string_view::npos || ((tag.kind != Kind::other) && tag.local.empty()))
        return std::nullopt;
    return tag;
}

/// UTF-8 (the default) is the only encoding scanned; anything declared otherwise is read whole.
bool declared_utf8(std::string_view s) {
    if (s.substr(0, 5) != "<?xml") return true;
    const std::string declaration = ascii_lower(s.substr(0, s.find("?>")));
    const auto at = declaration.find("encoding");
    return at == std::string::npos || declaration.find("utf-8", at) != std::string::npos ||
           declaration.find("utf8", at) != std::string::npos;
}

std::string escape_attribute(std::string_view value) {
    std::string out;
    for (char c : value) {
        if (c == '&')
            out += "&amp;";
        else if (c == '<')
            out += "&lt;";
        else if (c == '"')
            out += "&quot;";
        else
            out += c;
    }
    return out;
}

/// The xmlns attributes of a start tag, as attribute text.
std::string namespaces_of(std::string_view start_tag) {
    std::string empty(start_tag.substr(0, start_tag.size() - 1));
    empty += "/>";
    pugi::xml_document doc;
    if (!doc.load_buffer(empty.data(), empty.size())) return {};
    std::string out;
    for (auto a : doc.document_element().attributes()) {
        const std::string_view name = a.name();
        if (name == "xmlns" || name.substr(0, 6) == "xmlns:")
            out.append(" ").append(name).append("=\"").append(escape_attribute(a.value())).append("\"");
    }
    return out;
}

bool is_item_name(std::string_view local) {
    return std::find(kItemNames.begin(), kItemNames.end(), local) != kItemNames.end();
}

} // namespace

std::optional<MessageLayout> scan_message(std::string_view bytes) {
    const std::size_t bom = bytes.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
    const std::string_view s = bytes.substr(bom);
    if (!declared_utf8(s)) return std::nullopt;
    MessageLayout layout;
    std::size_t depth = 0;
    std::size_t item_set_depth = 0; // depth inside an itemSet's children, 0 when outside
    std::optional<std::size_t> item_begin;
    for (auto tag = next_tag(s, 0); tag; tag = next_tag(s, tag->end)) {
        if (tag->kind == Kind::other) continue;
        const std::string_view text = s.substr(tag->begin, tag->end - tag->begin);
        if (tag->kind == Kind::end) {
            if (depth == 0) return std::nullopt;
            --depth;
            if (item_begin && depth == item_set_depth) {
                layout.items.push_back({bom + *item_begin, bom + tag->end});
                item_begin.reset();
            }
            if (item_set_depth && depth < item_set_depth) item_set_depth = 0;
            if (depth == 0) return layout; // the root closed; anything after it is the parser's business
            continue;
        }
        if (depth == 0 && tag->local != "newsMessage") return std::nullopt;
        // An itemSet's declarations come first: they are closer to the items than the root's.
        if (depth == 0) layout.namespaces += namespaces_of(text);
        if (depth == 1 && tag->local == "itemSet")
            layout.namespaces = namespaces_of(text) + layout.namespaces;
        if (item_set_depth && depth == item_set_depth && !item_begin && is_item_name(tag->local)) {
            if (tag->kind == Kind::empty)
                layout.items.push_back({bom + tag->begin, bom + tag->end});
            else
                item_begin = tag->begin;
        }
        if (tag->kind == Kind::start) {
            ++depth;
            if (depth == 2 && tag->local == "itemSet") item_set_depth = 2;
        }
    }
    return std::nullopt; // the root never closed
}

std::string wrap_item(std::string_view bytes, const MessageLayout& layout, const ItemSpan& span,
                      std::size_t& prefix_length) {
    std::string wrapped = "<itemSet" + layout.namespaces + ">";
    prefix_length = wrapped.size();
    wrapped += bytes.substr(span.begin, span.end - span.begin);
    wrapped += "</itemSet>";
    return wrapped;
}

} // namespace parallax::newsml_g2
