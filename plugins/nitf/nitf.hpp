// The `nitf` plugin: IPTC NITF 3.x documents (with or without a namespace, DTD-era or not).
// docs/formats/wire.md lists what is read and where it goes in the Article.
#pragma once

#include <parallax/source_plugin.hpp>

#include <pugixml.hpp>

#include <string>
#include <vector>

namespace parallax::nitf {

/// 90 when the root element is `nitf`, else 0.
int sniff(const Input& input);

/// Reads the one article of an NITF document (item 0).
ParseResult parse(const Input& input);

/// Maps an `nitf` element (or a bare `body` / `body.content`, as NewsML-G2 may carry) onto
/// `article`: title, id, published, byline, language, outlet, paragraphs, hints and meta.
/// Things worth a warning (an unreadable date) are added to `warnings`.
void read(const pugi::xml_node& element, Article& article, std::vector<std::string>& warnings);

} // namespace parallax::nitf
