// NewsML-G2: the body of a news item, from its contentSet.
#pragma once

#include <parallax/article.hpp>

#include <pugixml.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace parallax::newsml_g2 {

/// Reads the first text rendition of a `contentSet` into `body`: `inlineXML` holding NITF
/// (through the NITF reader, so `body` also gets NITF's headline, byline and meta) or XHTML, or
/// `inlineData` holding plain text. Returns false when no rendition holds any text.
bool read_content(const pugi::xml_node& content_set, Article& body, std::vector<std::string>& warnings);

/// Paragraphs of plain wire text: blocks split by blank lines, or by indented first lines where
/// the copy uses them; stray <p>/<br> tags count as paragraph breaks.
std::vector<std::string> plain_paragraphs(std::string_view text);

/// Paragraphs of an XHTML element: `p`, `li`, `pre`, `dd` and loose text in `div`/`body`;
/// headings go to meta "crosshead"; tables, media and scripts are not body text.
void read_xhtml(const pugi::xml_node& element, Article& body);

} // namespace parallax::newsml_g2
