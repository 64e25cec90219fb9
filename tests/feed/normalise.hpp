// Text compared as a reader sees it, the way ../shared/eval/feeds_check.py compares it: script
// and style blocks removed, tags stripped, entities decoded, white space folded.
#pragma once

#include <string>
#include <string_view>

namespace parallax::feed::testing {

std::string reader_text(std::string_view s);

/// White space folded, nothing else: for text that is already plain.
std::string fold(std::string_view s);

/// `want` and `got` equal as reader text; a U+FFFD in `want` matches any one character (a peer
/// that mis-decoded Latin-1 wrote it), and white space between tags is not held against `got`.
bool same_text(std::string_view want, std::string_view got);

/// `want` found inside `got`, both as reader text (a summary inside the body).
bool contains_text(std::string_view got, std::string_view want);

} // namespace parallax::feed::testing
