#include "text/encoding.hpp"

#include <unicode/ucnv.h>
#include <unicode/utf8.h>

#include <memory>
#include <stdexcept>

namespace parallax::text {

std::string_view encoding_name(Encoding encoding) {
    switch (encoding) {
    case Encoding::utf8: return "UTF-8";
    case Encoding::utf8_bom: return "UTF-8 (with BOM)";
    case Encoding::utf16le: return "UTF-16LE";
    case Encoding::utf16be: return "UTF-16BE";
    case Encoding::windows1252: return "windows-1252";
    }
    return "unknown";
}

std::optional<std::size_t> find_invalid_utf8(std::string_view bytes) {
    const auto* s = reinterpret_cast<const uint8_t*>(bytes.data());
    const auto length = static_cast<int32_t>(bytes.size());
    int32_t i = 0;
    while (i < length) {
        const int32_t start = i;
        UChar32 c = 0;
        U8_NEXT(s, i, length, c);
        if (c < 0) return static_cast<std::size_t>(start);
    }
    return std::nullopt;
}

bool has_nul(std::string_view bytes) { return bytes.find('\0') != std::string_view::npos; }

std::string to_utf8(std::string_view bytes, const char* from) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, void (*)(UConverter*)> source(ucnv_open(from, &status), ucnv_close);
    if (U_FAILURE(status)) throw std::invalid_argument(std::string("unknown encoding: ") + from);
    std::unique_ptr<UConverter, void (*)(UConverter*)> target(ucnv_open("UTF-8", &status), ucnv_close);
    if (U_FAILURE(status)) throw std::runtime_error("ICU has no UTF-8 converter");

    // Worst case: every byte becomes U+FFFD (3 bytes) or one BMP character (3 bytes).
    std::string out(bytes.size() * 3 + 4, '\0');
    char* out_pos = out.data();
    const char* in_pos = bytes.data();
    ucnv_convertEx(target.get(), source.get(), &out_pos, out.data() + out.size(), &in_pos,
                   bytes.data() + bytes.size(), nullptr, nullptr, nullptr, nullptr, true, true, &status);
    if (U_FAILURE(status)) throw std::runtime_error(std::string("cannot convert from ") + from);
    out.resize(static_cast<std::size_t>(out_pos - out.data()));
    return out;
}

std::optional<Decoded> decode_text(std::string_view bytes) {
    auto starts = [&](std::string_view prefix) { return bytes.substr(0, prefix.size()) == prefix; };
    if (starts("\xEF\xBB\xBF")) {
        auto rest = bytes.substr(3);
        if (auto bad = find_invalid_utf8(rest))
            return Decoded{to_utf8(rest, "windows-1252"), Encoding::windows1252, *bad + 3};
        return Decoded{std::string(rest), Encoding::utf8_bom, std::nullopt};
    }
    if (starts("\xFF\xFE")) return Decoded{to_utf8(bytes.substr(2), "UTF-16LE"), Encoding::utf16le, {}};
    if (starts("\xFE\xFF")) return Decoded{to_utf8(bytes.substr(2), "UTF-16BE"), Encoding::utf16be, {}};
    if (has_nul(bytes)) return std::nullopt;
    if (auto bad = find_invalid_utf8(bytes))
        return Decoded{to_utf8(bytes, "windows-1252"), Encoding::windows1252, *bad};
    return Decoded{std::string(bytes), Encoding::utf8, std::nullopt};
}

} // namespace parallax::text
