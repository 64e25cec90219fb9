#include "text/unicode.hpp"

#include "text/encoding.hpp"

#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/utf8.h>
#include <utf8proc.h>

#include <cstdlib>
#include <memory>

namespace parallax::text {

namespace {

/// True when every code point is NFC-stable on its own with no combining mark (ICU's quick check),
/// so the text is already NFC: nearly all news text, checked without converting anything.
bool surely_nfc(std::string_view utf8) {
    const auto* s = reinterpret_cast<const uint8_t*>(utf8.data());
    const auto length = static_cast<int32_t>(utf8.size());
    int32_t i = 0;
    while (i < length) {
        if (s[i] < 0x80) {
            ++i;
            continue;
        }
        UChar32 c = 0;
        U8_NEXT(s, i, length, c);
        if (c < 0 || u_getCombiningClass(c) != 0 ||
            u_getIntPropertyValue(c, UCHAR_NFC_QUICK_CHECK) != UNORM_YES)
            return false;
    }
    return true;
}

} // namespace

std::string nfc(std::string_view utf8) {
    if (surely_nfc(utf8)) return std::string(utf8);
    std::string valid;
    if (find_invalid_utf8(utf8)) {
        valid = to_utf8(utf8, "UTF-8"); // ICU replaces each bad sequence with U+FFFD
        utf8 = valid;
    }
    utf8proc_uint8_t* out = nullptr;
    const auto length = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(utf8.data()),
                                     static_cast<utf8proc_ssize_t>(utf8.size()), &out,
                                     static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
    if (length < 0) return std::string(utf8);
    std::unique_ptr<utf8proc_uint8_t, void (*)(void*)> owner(out, std::free);
    return std::string(reinterpret_cast<const char*>(out), static_cast<std::size_t>(length));
}

std::size_t code_points(std::string_view utf8) {
    std::size_t count = 0;
    for (unsigned char c : utf8)
        count += (c & 0xC0) != 0x80;
    return count;
}

std::size_t byte_offset(std::string_view utf8, std::size_t index) {
    std::size_t seen = 0;
    for (std::size_t i = 0; i < utf8.size(); ++i) {
        if ((static_cast<unsigned char>(utf8[i]) & 0xC0) == 0x80) continue;
        if (seen == index) return i;
        ++seen;
    }
    return utf8.size();
}

std::string fold_whitespace(std::string_view utf8) {
    std::string out;
    out.reserve(utf8.size());
    const auto* s = reinterpret_cast<const uint8_t*>(utf8.data());
    const auto length = static_cast<int32_t>(utf8.size());
    bool pending_space = false;
    int32_t i = 0;
    while (i < length) {
        const int32_t start = i;
        UChar32 c = 0;
        U8_NEXT(s, i, length, c);
        if (c >= 0 && (u_isUWhiteSpace(c) || c == 0x200B)) {
            pending_space = !out.empty();
            continue;
        }
        if (pending_space) out += ' ';
        pending_space = false;
        out.append(utf8.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(i - start)));
    }
    return out;
}

} // namespace parallax::text
