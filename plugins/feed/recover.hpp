// Reading what a lenient feed reader would from XML that is not well-formed: items cut out and
// parsed one by one, HTML written straight into a field taken as that field's text, and
// references to entities XML does not define found so they can be reported.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace parallax::feed {

/// A byte range [begin, end) of the document.
struct Range {
    std::size_t begin = 0;
    std::size_t end = 0;
};

/// The root element's start tag as written, and its qualified name.
struct RootTag {
    std::string_view tag;  ///< "<rss version=\"2.0\" xmlns:dc=\"…\">"; empty when there is none
    std::string_view name; ///< "rss", "rdf:RDF", "feed"
};
RootTag root_tag(std::string_view text);

/// The elements named `local` (any prefix) at any depth, from their start tag to the end of their
/// end tag, or to where the next one starts when an end tag is missing.
std::vector<Range> element_ranges(std::string_view text, std::string_view local);

/// `item` with the content of its text fields (description, content, summary, title…) wrapped in
/// CDATA, so that HTML written into them unescaped, with bad nesting, reads as text.
std::string protect_fields(std::string_view item);

/// A reference to an entity XML does not define (`&eacute;` without a DTD declaring it) or an
/// '&' that starts no reference. Comments, CDATA sections and the DOCTYPE are skipped.
struct EntityProblem {
    std::size_t offset = 0;
    std::string what; ///< "&eacute;" or "&"
};
std::vector<EntityProblem> entity_problems(std::string_view text, std::size_t limit);

/// True when the document has a DOCTYPE that declares entities.
bool declares_entities(std::string_view text);

/// Replaces references to the DOCTYPE's internal entities whose value is plain text (no
/// reference, no markup) and leaves every other reference alone: nested entities (how an
/// expansion bomb grows), parameter and external entities are never expanded. Stops before the
/// text grows by more than `max_growth` bytes. Returns the number of references replaced.
std::size_t expand_plain_entities(std::string& text, std::size_t max_growth);

} // namespace parallax::feed
