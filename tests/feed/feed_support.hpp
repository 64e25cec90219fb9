// Helpers for the feed tests: parse a document written in the test, find diagnostics.
#pragma once

#include "feed.hpp"

#include <parallax/source_plugin.hpp>

#include <algorithm>
#include <string>
#include <string_view>

namespace parallax::feed::testing {

inline ParseResult parse_text(std::string_view bytes, std::string_view path = "feed.xml",
                              const Options* options = nullptr) {
    return parse(Input{path, bytes, options});
}

inline int sniff_text(std::string_view bytes, std::string_view path = "feed.xml") {
    return sniff(Input{path, bytes, nullptr});
}

inline std::size_t count(const ParseResult& r, DiagnosticKind kind) {
    return static_cast<std::size_t>(std::count_if(r.diagnostics.begin(), r.diagnostics.end(),
                                                  [&](const Diagnostic& d) { return d.kind == kind; }));
}

/// items = articles + item errors + non-text + killed: what the host checks.
inline bool accounted(const ParseResult& r) {
    std::size_t n = r.articles.size();
    for (const auto& d : r.diagnostics)
        if ((d.kind == DiagnosticKind::error && d.index) || d.kind == DiagnosticKind::non_text ||
            d.kind == DiagnosticKind::killed)
            ++n;
    return n == r.items;
}

inline std::string rss(std::string_view items, std::string_view channel_extra = "") {
    std::string s =
        "<?xml version=\"1.0\"?>\n<rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
        "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">\n<channel>\n<title>Example "
        "News</title>\n"
        "<link>https://news.example.org/</link>\n";
    s.append(channel_extra);
    s.append(items);
    s += "</channel>\n</rss>\n";
    return s;
}

inline std::string atom(std::string_view entries) {
    std::string s =
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n"
        "<title>Atom News</title>\n<link href=\"https://atom.example.org/\"/>\n";
    s.append(entries);
    s += "</feed>\n";
    return s;
}

} // namespace parallax::feed::testing
