// Text layer: Unicode normalisation and code-point counting.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace parallax::text {

/// The NFC form of UTF-8 text (invalid sequences become U+FFFD first).
std::string nfc(std::string_view utf8);

/// Number of code points in UTF-8 text.
std::size_t code_points(std::string_view utf8);

/// Byte offset of code point `index` in UTF-8 text (the size when past the end).
std::size_t byte_offset(std::string_view utf8, std::size_t index);

/// Collapses runs of white space (ASCII and Unicode) into one space and trims both ends.
std::string fold_whitespace(std::string_view utf8);

} // namespace parallax::text
