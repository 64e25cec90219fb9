// Feed bytes to UTF-8: the encoding comes from the byte-order mark, else the XML declaration,
// else UTF-8 when the bytes are valid UTF-8, else windows-1252 (what browsers do).
#pragma once

#include <parallax/diagnostic.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace parallax::feed {

struct DecodedFeed {
    std::string text;     ///< UTF-8, no BOM, no white space before the first '<'
    std::string encoding; ///< the encoding it was read as
    std::vector<Diagnostic> notes;
};

/// The encoding named by the declaration `<?xml … encoding="…"?>` at the start of ASCII-compatible
/// bytes, or "" when there is none.
std::string declared_encoding(std::string_view bytes);

/// Decodes a whole feed. Never throws: an encoding ICU cannot convert is reported as a warning and
/// the bytes are read as UTF-8 or windows-1252.
DecodedFeed decode(std::string_view bytes);

} // namespace parallax::feed
