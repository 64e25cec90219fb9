// Text layer: turning the bytes of an input into UTF-8.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace parallax::text {

/// The encoding a byte string was read as.
enum class Encoding { utf8, utf8_bom, utf16le, utf16be, windows1252 };

/// The encoding's usual name ("UTF-8", "UTF-16LE", "windows-1252").
std::string_view encoding_name(Encoding encoding);

/// Byte offset of the first byte that is not part of well-formed UTF-8, or nullopt when all are.
std::optional<std::size_t> find_invalid_utf8(std::string_view bytes);

/// True when the bytes hold a NUL byte (a sign of binary content or of UTF-16 without a BOM).
bool has_nul(std::string_view bytes);

/// Converts bytes in `from` (any ICU converter name: "UTF-16LE", "windows-1252", "KOI8-R"…) to
/// UTF-8. Bytes that cannot be converted become U+FFFD. Throws std::invalid_argument for an
/// encoding ICU does not know.
std::string to_utf8(std::string_view bytes, const char* from);

/// Result of decoding a plain-text input.
struct Decoded {
    std::string text; ///< UTF-8, without BOM
    Encoding encoding = Encoding::utf8;
    std::optional<std::size_t> invalid_at; ///< for windows-1252: where UTF-8 first failed
};

/// Decodes text by the BOM (UTF-8, UTF-16LE/BE); otherwise UTF-8 when valid, else windows-1252.
/// Returns nullopt for binary content: a NUL byte and no UTF-16 BOM.
std::optional<Decoded> decode_text(std::string_view bytes);

} // namespace parallax::text
