#include "html_text.hpp"

#include <gumbo.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <memory>
#include <optional>
#include <utility>

namespace parallax::feed {
namespace {

/// Elements whose content is never article text. Not object and applet: what they hold is the
/// fallback a browser shows in their place, and in a feed nothing else can be shown. Not iframe
/// either, whose content is handled apart (see walk).
bool dropped_tag(GumboTag tag) {
    switch (tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_NOEMBED:
    case GUMBO_TAG_NOFRAMES:
    case GUMBO_TAG_FRAMESET:
    case GUMBO_TAG_FRAME:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_NOSCRIPT: return true;
    default: return false;
    }
}

/// `<iframe … />` written as if empty: HTML reads what follows as its fallback content, but the
/// author meant it to end there, so what follows is kept (never for script and style).
bool self_closed(const GumboElement& e) {
    const GumboStringPiece& tag = e.original_tag;
    return tag.length >= 2 && tag.data[tag.length - 2] == '/' && e.tag != GUMBO_TAG_SCRIPT &&
           e.tag != GUMBO_TAG_STYLE;
}

/// Only HTML's own elements are dropped: an SVG <title> is text.
bool dropped(const GumboElement& e) {
    return e.tag_namespace == GUMBO_NAMESPACE_HTML && dropped_tag(e.tag) && !self_closed(e);
}

/// Elements that begin and end a paragraph.
bool block(GumboTag tag) {
    switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_BR:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_HGROUP:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_HTML: return true;
    default: return false;
    }
}

/// Table cells and list-like inline boxes are separated by a space, not glued.
bool spaced(const GumboElement& e) {
    return e.tag == GUMBO_TAG_TD || e.tag == GUMBO_TAG_TH || e.tag == GUMBO_TAG_IMG ||
           e.tag_namespace == GUMBO_NAMESPACE_MATHML; // <mi>a</mi><mo>+</mo> reads "a + b"
}

/// The code point of the UTF-8 sequence at `i` and its length; invalid bytes come back as
/// themselves, length 1 (NFC in the host turns them into U+FFFD).
std::pair<std::uint32_t, std::size_t> decode_at(std::string_view s, std::size_t i) {
    const auto c = static_cast<unsigned char>(s[i]);
    const std::size_t n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    if (n == 1 || i + n > s.size()) return {c, 1};
    std::uint32_t cp = c & (0xFF >> (n + 1));
    for (std::size_t k = 1; k < n; ++k) {
        const auto cc = static_cast<unsigned char>(s[i + k]);
        if ((cc & 0xC0) != 0x80) return {c, 1};
        cp = (cp << 6) | (cc & 0x3F);
    }
    return {cp, n};
}

/// Unicode White_Space, plus the zero-width space, as text::fold_whitespace reads it.
bool unicode_space(std::uint32_t cp) {
    return cp == 0x85 || cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x2028 ||
           cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000;
}

/// White space folded to single spaces and trimmed, as text::fold_whitespace does, without a
/// property lookup per character: this runs on every paragraph of every item.
std::string fold(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    bool pending = false;
    for (std::size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c > ' ' && c < 0x80) {
            if (pending) out += ' ';
            pending = false;
            out += static_cast<char>(c);
            ++i;
            continue;
        }
        std::size_t n = 1;
        bool space = c == ' ' || (c >= '\t' && c <= '\r');
        if (!space && (c < ' ' || c == 0x7F)) { // control characters are not text
            ++i;
            continue;
        }
        if (c >= 0x80) {
            const auto [cp, length] = decode_at(s, i);
            n = length;
            space = unicode_space(cp);
        }
        if (space) {
            pending = !out.empty();
        } else {
            if (pending) out += ' ';
            pending = false;
            out.append(s.substr(i, n));
        }
        i += n;
    }
    return out;
}

class Collector {
public:
    explicit Collector(bool split) : split_(split) {}

    void text(const char* s) { current_ += s; }
    void space() { current_ += ' '; }
    void boundary() {
        if (!split_) {
            space();
            return;
        }
        if (auto p = fold(current_); !p.empty()) paragraphs_.push_back(std::move(p));
        current_.clear();
    }
    std::vector<std::string> take() {
        boundary();
        return std::move(paragraphs_);
    }
    std::string line() { return fold(current_); }

private:
    bool split_;
    std::string current_;
    std::vector<std::string> paragraphs_;
};

/// Walks the tree without recursion: hostile HTML can nest tags thousands deep.
void parse_html(std::string_view html, Collector& out, int depth);

/// An iframe's content is unparsed text to HTML (old fallback for browsers without frames): it
/// is read as HTML once more, and an iframe inside that is dropped.
void iframe_fallback(const GumboElement& e, Collector& out, int depth) {
    if (depth > 0) return;
    for (unsigned i = 0; i < e.children.length; ++i) {
        const auto* child = static_cast<const GumboNode*>(e.children.data[i]);
        if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_WHITESPACE)
            parse_html(child->v.text.text, out, depth + 1);
    }
}

void walk(const GumboNode* root, Collector& out, int depth) {
    struct Frame {
        const GumboNode* node;
        unsigned next;
    };
    std::vector<Frame> stack{{root, 0}};
    while (!stack.empty()) {
        Frame& f = stack.back();
        const GumboElement& e = f.node->v.element;
        if (f.next == e.children.length) {
            if (block(e.tag))
                out.boundary();
            else if (spaced(e))
                out.space();
            stack.pop_back();
            continue;
        }
        const auto* child = static_cast<const GumboNode*>(e.children.data[f.next++]);
        switch (child->type) {
        case GUMBO_NODE_TEXT:
        case GUMBO_NODE_CDATA:
        case GUMBO_NODE_WHITESPACE: out.text(child->v.text.text); break;
        case GUMBO_NODE_ELEMENT:
        case GUMBO_NODE_TEMPLATE:
            if (dropped(child->v.element)) break;
            if (child->v.element.tag == GUMBO_TAG_IFRAME &&
                child->v.element.tag_namespace == GUMBO_NAMESPACE_HTML) {
                out.space();
                iframe_fallback(child->v.element, out, depth);
                out.space();
                break;
            }
            if (block(child->v.element.tag))
                out.boundary();
            else if (spaced(child->v.element))
                out.space();
            stack.push_back({child, 0});
            break;
        default: break;
        }
    }
}

constexpr int kMaxNesting = 512;

bool void_or_implied(std::string_view name) {
    static constexpr std::array<std::string_view, 21> names = {
        "br",    "img",    "hr",    "meta", "link", "input", "wbr", "area", "base", "col",   "embed",
        "param", "source", "track", "p",    "li",   "td",    "tr",  "dt",   "dd",   "option"};
    return std::find(names.begin(), names.end(), name) != names.end();
}

/// How deep the tags nest, roughly: gumbo's time grows with the square of the depth, so a
/// hostile field with 100,000 unclosed <div>s would take minutes.
bool too_deep(std::string_view html) {
    int depth = 0;
    for (std::size_t i = html.find('<'); i != std::string_view::npos && i + 1 < html.size();
         i = html.find('<', i + 1)) {
        if (html[i + 1] == '/') {
            depth = std::max(0, depth - 1);
            continue;
        }
        if (!std::isalpha(static_cast<unsigned char>(html[i + 1]))) continue;
        std::size_t j = i + 1;
        std::string name;
        while (j < html.size() && std::isalnum(static_cast<unsigned char>(html[j])) && name.size() < 16)
            name += static_cast<char>(std::tolower(static_cast<unsigned char>(html[j++])));
        const auto gt = html.find('>', j);
        const bool self_closing = gt != std::string_view::npos && gt > 0 && html[gt - 1] == '/';
        if (!self_closing && !void_or_implied(name) && ++depth > kMaxNesting) return true;
    }
    return false;
}

/// The text of HTML nested too deep to parse, in one paragraph: scripts and styles cut out, tags
/// dropped, references decoded.
std::string flattened(std::string_view html) {
    std::string out;
    std::string lower(html);
    for (auto& c : lower)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (std::size_t i = 0; i < html.size();) {
        if (html[i] != '<') {
            out += html[i++];
            continue;
        }
        std::size_t end = html.find('>', i);
        for (std::string_view block : {"<script", "<style"})
            if (std::string_view(lower).substr(i).starts_with(block)) {
                const auto close = lower.find("</" + std::string(block.substr(1)), i);
                end = close == std::string::npos ? std::string::npos : lower.find('>', close);
            }
        if (end == std::string_view::npos) break;
        out += ' ';
        i = end + 1;
    }
    std::string escaped; // what is left has no tags; a stray '<' is text
    for (char c : out)
        escaped += c == '<' ? std::string("&lt;") : std::string(1, c);
    return escaped;
}

void parse_html(std::string_view html, Collector& out, int depth) {
    if (too_deep(html)) {
        const std::string flat = flattened(html);
        parse_html(flat, out, depth);
        return;
    }
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 0; // we never read gumbo's error list; recording it is most of its cost
    options.fragment_context = GUMBO_TAG_DIV;
    std::unique_ptr<GumboOutput, void (*)(GumboOutput*)> parsed(
        gumbo_parse_with_options(&options, html.data(), html.size()),
        [](GumboOutput* o) { gumbo_destroy_output(&kGumboDefaultOptions, o); });
    if (parsed && parsed->root->type == GUMBO_NODE_ELEMENT) walk(parsed->root, out, depth);
}

void append_utf8(std::string& out, std::uint32_t cp) {
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

/// HTML5 reads &#128;–&#159; as windows-1252, as feeds written on Windows mean them.
std::uint32_t windows1252(std::uint32_t cp) {
    static constexpr std::array<std::uint16_t, 32> table = {
        0x20AC, 0x81,   0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0x8D,   0x017D, 0x8F,   0x90,   0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D,   0x017E, 0x0178};
    return cp >= 0x80 && cp <= 0x9F ? table[cp - 0x80] : cp;
}

/// Length of the reference at `s` ("&#233;", "&amp;") and its decoded text, or 0 when it is not
/// one of the references this fast path knows.
std::size_t simple_reference(std::string_view s, std::string& out) {
    const auto semi = s.find(';');
    if (semi == std::string_view::npos || semi > 12) return 0;
    const std::string_view name = s.substr(1, semi - 1);
    if (!name.empty() && name.front() == '#') {
        const bool hex = name.size() > 1 && (name[1] == 'x' || name[1] == 'X');
        const std::string_view digits = name.substr(hex ? 2 : 1);
        if (digits.empty()) return 0;
        std::uint32_t cp = 0;
        for (char c : digits) {
            const int v = c >= '0' && c <= '9'          ? c - '0'
                          : hex && c >= 'a' && c <= 'f' ? c - 'a' + 10
                          : hex && c >= 'A' && c <= 'F' ? c - 'A' + 10
                                                        : -1;
            if (v < 0) return 0;
            cp = std::min<std::uint32_t>(cp * (hex ? 16 : 10) + static_cast<std::uint32_t>(v), 0x110000);
        }
        append_utf8(out, windows1252(cp));
        return semi + 1;
    }
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 6> known = {
        {{"amp", "&"}, {"lt", "<"}, {"gt", ">"}, {"quot", "\""}, {"apos", "'"}, {"nbsp", "\xC2\xA0"}}};
    for (const auto& [n, value] : known)
        if (name == n) {
            out += value;
            return semi + 1;
        }
    return 0;
}

/// Decodes text with no tags without building a tree; nullopt when it holds a reference only
/// the full HTML parser knows (one of the 2,000-odd named ones).
std::optional<std::string> decode_simple(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] != '&') {
            out += s[i];
            continue;
        }
        const char next = i + 1 < s.size() ? s[i + 1] : ' ';
        const bool reference_like = next == '#' || std::isalpha(static_cast<unsigned char>(next));
        if (!reference_like) {
            out += '&';
            continue;
        }
        const std::size_t used = simple_reference(s.substr(i), out);
        if (used == 0) return std::nullopt;
        i += used - 1;
    }
    return out;
}

/// Plain text: paragraphs at blank lines.
std::vector<std::string> text_paragraphs(std::string_view s) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start < s.size()) {
        std::size_t end = start;
        for (;;) { // a blank line: a newline, then only spaces or tabs, then a newline
            end = s.find('\n', end);
            if (end == std::string_view::npos) break;
            const auto next = s.find_first_not_of(" \t\r", end + 1);
            if (next != std::string_view::npos && s[next] == '\n') break;
            ++end;
        }
        const std::string_view block = s.substr(start, end == std::string_view::npos ? s.npos : end - start);
        if (auto p = fold(block); !p.empty()) out.push_back(std::move(p));
        if (end == std::string_view::npos) break;
        start = end + 1;
    }
    return out;
}

bool has_tag(std::string_view s) { return s.find('<') != std::string_view::npos; }

/// U+0080–U+009F (from "&#146;" in XML, or windows-1252 bytes read as Latin-1) as windows-1252
/// means them: what HTML does with such references.
std::string demoronise(std::string s) {
    if (s.find('\xC2') == std::string::npos) return s;
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto next = i + 1 < s.size() ? static_cast<unsigned char>(s[i + 1]) : 0;
        if (static_cast<unsigned char>(s[i]) == 0xC2 && next >= 0x80 && next <= 0x9F) {
            append_utf8(out, windows1252(next));
            ++i;
        } else {
            out += s[i];
        }
    }
    return out;
}

std::vector<std::string> paragraphs_of(std::string_view content, Markup markup) {
    if (markup == Markup::text) return text_paragraphs(content);
    if (!has_tag(content)) {
        if (content.find('&') == std::string_view::npos) return text_paragraphs(content);
        if (auto decoded = decode_simple(content)) return text_paragraphs(*decoded);
    }
    Collector out(true);
    parse_html(content, out, 0);
    return out.take();
}

std::string line_of(std::string_view content, Markup markup) {
    if (markup == Markup::text || !has_tag(content)) {
        if (markup == Markup::text || content.find('&') == std::string_view::npos) return fold(content);
        if (auto decoded = decode_simple(content)) return fold(*decoded);
    }
    Collector out(false);
    parse_html(content, out, 0);
    return out.line();
}

} // namespace

std::vector<std::string> paragraphs(std::string_view content, Markup markup) {
    auto out = paragraphs_of(content, markup);
    for (auto& p : out)
        p = demoronise(std::move(p));
    return out;
}

std::string one_line(std::string_view content, Markup markup) { return demoronise(line_of(content, markup)); }

} // namespace parallax::feed
