// Parallax plugin SDK: the neutral article record every source plugin produces.
//
// Plain data only (strings, vectors, maps, optionals), so an Article may outlive the plugin
// library that made it. Changing the layout of anything here is an ABI major change
// (see parallax/version.hpp).
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace parallax {

/// Format-specific metadata: categories, provider, subjects, rights… Each key holds its values in
/// document order.
using Meta = std::map<std::string, std::vector<std::string>>;

/// Markup the source itself carries about a stretch of a paragraph (NITF `person`, `org`, `num`, `q`…).
struct Hint {
    std::string kind;      ///< "person", "org", "place", "num", "money" or "quote"
    std::size_t para = 0;  ///< paragraph index
    std::size_t begin = 0; ///< span start, in Unicode code points into the paragraph
    std::size_t end = 0;   ///< span end (exclusive), in code points
    std::string value;     ///< the source's normalised value (a quote's source, a number's value), or ""
};

/// One article read from one item of one input.
struct Article {
    std::size_t index = 0;                ///< 0-based position of the item in its input
    std::string id;                       ///< the source's own identifier, or "" (the host then hashes)
    std::string outlet;                   ///< publishing outlet; "" when the source does not say
    std::optional<std::string> title;     ///< headline; never a paragraph
    std::optional<std::string> published; ///< "YYYY-MM-DD" or UTC "YYYY-MM-DDTHH:MM:SSZ"
    std::optional<std::string> url;
    std::vector<std::string> byline;     ///< one entry per credited author
    std::optional<std::string> language; ///< BCP 47 tag ("en", "de-CH")
    std::vector<std::string> paragraphs; ///< body text, UTF-8, in body order
    Meta meta;
    std::vector<Hint> hints;
};

} // namespace parallax
