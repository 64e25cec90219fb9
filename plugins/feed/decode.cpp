#include "decode.hpp"
#include "text/ascii.hpp"

#include "text/encoding.hpp"

#include <algorithm>
#include <cctype>
#include <optional>

namespace parallax::feed {
namespace {

using text::ascii_lower;

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

/// A byte-order mark, or the first bytes of `<?xml` in a wide encoding that has none.
struct Signature {
    const char* encoding = nullptr;
    std::size_t skip = 0; ///< BOM length
};

Signature signature(std::string_view b) {
    using namespace std::string_view_literals;
    if (starts_with(b, "\xEF\xBB\xBF")) return {"UTF-8", 3};
    if (starts_with(b, "\x00\x00\xFE\xFF"sv)) return {"UTF-32BE", 4};
    if (starts_with(b, "\xFF\xFE\x00\x00"sv)) return {"UTF-32LE", 4};
    if (starts_with(b, "\xFE\xFF")) return {"UTF-16BE", 2};
    if (starts_with(b, "\xFF\xFE")) return {"UTF-16LE", 2};
    if (starts_with(b, "\x00\x00\x00\x3C"sv)) return {"UTF-32BE", 0};
    if (starts_with(b, "\x3C\x00\x00\x00"sv)) return {"UTF-32LE", 0};
    if (starts_with(b, "\x00\x3C\x00\x3F"sv)) return {"UTF-16BE", 0};
    if (starts_with(b, "\x3C\x00\x3F\x00"sv)) return {"UTF-16LE", 0};
    if (starts_with(b, "\x4C\x6F\xA7\x94")) return {"ibm-37", 0}; // "<?xm" in EBCDIC
    return {};
}

/// Encodings whose declaration we read as another: what browsers and lenient feed readers do.
std::string effective(std::string name) {
    name = ascii_lower(name);
    if (name == "iso-8859-1" || name == "latin1" || name == "latin-1" || name == "iso8859-1" ||
        name == "us-ascii" || name == "ascii" || name == "iso_8859-1" || name == "cp1252")
        return "windows-1252";
    if (name == "utf8") return "utf-8";
    return name;
}

Diagnostic warning(std::string reason, std::optional<std::size_t> offset = std::nullopt) {
    return Diagnostic{
        DiagnosticKind::warning, std::nullopt, std::move(reason), std::nullopt, std::nullopt, offset};
}

bool is_wide(std::string_view name) {
    const std::string n = ascii_lower(name);
    return starts_with(n, "utf-16") || starts_with(n, "utf-32") || starts_with(n, "ucs");
}

/// Converts with ICU; nullopt when ICU does not know the encoding.
std::optional<std::string> convert(std::string_view bytes, const std::string& from) {
    try {
        return text::to_utf8(bytes, from.c_str());
    } catch (const std::exception&) {
        return std::nullopt;
    }
}

/// UTF-8 as declared (or undeclared); invalid bytes make an undeclared feed windows-1252.
void read_ascii_compatible(std::string_view bytes, const std::string& declared, DecodedFeed& out) {
    const auto bad = text::find_invalid_utf8(bytes);
    if (!bad) {
        out.text.assign(bytes);
        out.encoding = "utf-8";
        return;
    }
    if (declared == "utf-8") {
        out.text.assign(bytes);
        out.encoding = "utf-8";
        out.notes.push_back(warning("not valid UTF-8 although declared so; bad bytes read as U+FFFD", *bad));
        return;
    }
    out.text = text::to_utf8(bytes, "windows-1252");
    out.encoding = "windows-1252";
    if (declared.empty())
        out.notes.push_back(warning("no encoding declared and not valid UTF-8; read as windows-1252", *bad));
}

void strip_leading_space(std::string& text) {
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first != std::string::npos && first > 0 && text[first] == '<') text.erase(0, first);
}

} // namespace

std::string declared_encoding(std::string_view bytes) {
    bytes = bytes.substr(0, 512);
    const auto space = bytes.find_first_not_of(" \t\r\n");
    if (space == std::string_view::npos || !starts_with(bytes.substr(space), "<?xml")) return {};
    const auto end = bytes.find("?>");
    const std::string_view decl =
        bytes.substr(space, end == std::string_view::npos ? bytes.npos : end - space);
    const auto key = decl.find("encoding");
    if (key == std::string_view::npos) return {};
    auto i = decl.find_first_of("\"'", key);
    if (i == std::string_view::npos) return {};
    const auto close = decl.find(decl[i], i + 1);
    if (close == std::string_view::npos) return {};
    return std::string(decl.substr(i + 1, close - i - 1));
}

DecodedFeed decode(std::string_view bytes) {
    DecodedFeed out;
    const Signature sig = signature(bytes);
    if (sig.encoding != nullptr && std::string_view(sig.encoding) != "UTF-8") {
        auto wide = convert(bytes.substr(sig.skip), sig.encoding);
        out.text = wide ? std::move(*wide) : std::string();
        out.encoding = ascii_lower(sig.encoding);
        if (std::string_view(sig.encoding) == "ibm-37") { // EBCDIC: the declaration names the code page
            const std::string named = declared_encoding(out.text);
            if (auto again = named.empty() ? std::nullopt : convert(bytes, named)) {
                out.text = std::move(*again);
                out.encoding = ascii_lower(named);
            }
        }
        strip_leading_space(out.text);
        return out;
    }
    const std::string_view body = bytes.substr(sig.skip);
    const std::string declared = effective(declared_encoding(body));
    if (declared.empty() || declared == "utf-8" || is_wide(declared)) {
        read_ascii_compatible(body, declared == "utf-8" ? declared : std::string(), out);
    } else if (auto converted = convert(body, declared)) {
        out.text = std::move(*converted);
        out.encoding = declared;
    } else {
        out.notes.push_back(warning("unknown encoding '" + declared + "'; read as UTF-8 or windows-1252"));
        read_ascii_compatible(body, {}, out);
    }
    strip_leading_space(out.text);
    return out;
}

} // namespace parallax::feed
