// The `text` plugin: plain-text articles, with or without a `key: value` header.
#pragma once

#include <parallax/source_plugin.hpp>

namespace parallax::plain_text {

/// How sure we are that `input` is a plain-text article: .txt/.text files and files that begin
/// with a header claim it; anything else does not.
int sniff(const Input& input);

/// Reads one article (item 0). See docs/FORMATS.md for the rules on encodings, header, title
/// and paragraphs.
ParseResult parse(const Input& input);

} // namespace parallax::plain_text
