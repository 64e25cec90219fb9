// Turning a feed field (plain text or HTML) into clean text: paragraphs for bodies, one line for
// titles and names. HTML goes through gumbo, a real HTML5 parser, so every named and numeric
// entity, unclosed tag and stray '<' is read as a browser would read it.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace parallax::feed {

/// How the characters of a field are to be read.
enum class Markup {
    text, ///< literal characters (Atom type="text"): '<' and '&' are themselves
    html, ///< HTML: tags, entities (RSS fields, Atom type="html", xhtml serialised)
};

/// Body paragraphs. HTML: block elements (p, div, li, h1–h6, blockquote, br, tr…) end a paragraph;
/// script, style, iframe, object and their like are dropped. Text: blank lines end a paragraph.
/// White space is folded and empty paragraphs are left out.
std::vector<std::string> paragraphs(std::string_view content, Markup markup);

/// The whole field on one line, white space folded (titles, names, categories).
std::string one_line(std::string_view content, Markup markup);

} // namespace parallax::feed
