// Wire XML: what the NITF and NewsML-G2 readers share about reading XML documents.
#pragma once

#include "xml/xml.hpp"

#include <parallax/diagnostic.hpp>

#include <pugixml.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace parallax::wire {

/// The root element's start tag as found in the first bytes of a document.
struct RootTag {
    std::string local; ///< local name ("nitf", "newsMessage")
    std::string tag;   ///< the start tag's text, to look for namespace declarations
};

/// Finds the root start tag in `bytes` (a prefix is enough) past the BOM, the XML declaration,
/// comments, processing instructions and the DOCTYPE. UTF-16 with a BOM is read too.
std::optional<RootTag> root_tag(std::string_view bytes);

/// Parses a whole document, keeping white-space-only text: in mixed content
/// (`<person>A</person> <org>B</org>`) that space separates words. nullopt when it parsed;
/// otherwise the whole-input error, with where it failed.
std::optional<Diagnostic> parse_document(std::string_view bytes, pugi::xml_document& document);

/// All the text below `node`, white space folded.
std::string folded_text(const pugi::xml_node& node);

/// The first child element named `local` in the namespace of `parent` (or in none).
pugi::xml_node child(const pugi::xml_node& parent, std::string_view local);

/// The value of an attribute, or nullopt when absent or blank.
std::optional<std::string> attribute(const pugi::xml_node& node, const char* name);

/// The part of a QCode after the scheme alias: "ninat:text" → "text".
std::string_view qcode_code(std::string_view qcode);

} // namespace parallax::wire
