// XML helpers shared by the XML-based plugins: namespace-aware lookups on top of pugixml (which
// is not namespace-aware) and a parse that reports where it failed.
#pragma once

#include <pugixml.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace parallax::xml {

/// The part of a qualified name after the prefix: "nar:newsItem" → "newsItem".
std::string_view local_name(std::string_view qualified);

/// The namespace URI an element's name is bound to, looking up xmlns declarations on it and its
/// ancestors; "" when it has none.
std::string namespace_uri(const pugi::xml_node& element);

/// True when `element` is `local` in namespace `uri` (any prefix). An empty `uri` matches any
/// namespace.
bool is(const pugi::xml_node& element, std::string_view uri, std::string_view local);

/// The first child element that `is(uri, local)`, or an empty node.
pugi::xml_node child(const pugi::xml_node& parent, std::string_view uri, std::string_view local);

/// All text below `node`, in document order.
std::string text_of(const pugi::xml_node& node);

/// Where a byte offset lies: 1-based line and column (in bytes).
struct Position {
    std::size_t line = 1;
    std::size_t column = 1;
};
Position position_of(std::string_view bytes, std::size_t offset);

/// The result of parsing a document. pugixml never fetches external entities and does not expand
/// DTD entities, so entity bombs and external entities cannot hurt; they are reported as errors.
struct Parsed {
    pugi::xml_document document;
    bool ok = false;
    std::string error;                 ///< pugixml's description when !ok
    std::optional<std::size_t> offset; ///< byte offset of the error
    Position position;                 ///< line/column of the error
};

/// Parses `bytes` (pugixml detects the encoding from the BOM/prolog) keeping whitespace-only text
/// out. Never throws.
void parse(std::string_view bytes, Parsed& out);

} // namespace parallax::xml
