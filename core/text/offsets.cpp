#include "text/offsets.hpp"

#include <algorithm>

namespace parallax::text {

namespace {

bool is_lead(unsigned char c) { return (c & 0xC0) != 0x80; }

} // namespace

OffsetMap::OffsetMap(std::string_view utf8) : bytes_(utf8.size()) {
    const auto first_high =
        std::find_if(utf8.begin(), utf8.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
    if (first_high == utf8.end()) {
        code_points_ = utf8.size();
        return;
    }
    // Count, then fill: two tight loops beat a push_back per byte.
    code_points_ = static_cast<std::size_t>(std::count_if(
        utf8.begin(), utf8.end(), [](char c) { return is_lead(static_cast<unsigned char>(c)); }));
    starts_.resize(code_points_ + 1);
    std::uint32_t* out = starts_.data();
    for (std::size_t i = 0; i < utf8.size(); ++i) {
        *out = static_cast<std::uint32_t>(i);
        out += is_lead(static_cast<unsigned char>(utf8[i]));
    }
    starts_[code_points_] = static_cast<std::uint32_t>(utf8.size());
}

std::size_t OffsetMap::byte_of(std::size_t cp) const {
    if (cp >= code_points_) return bytes_;
    return starts_.empty() ? cp : starts_[cp];
}

std::size_t OffsetMap::cp_of(std::size_t byte) const {
    if (byte >= bytes_) return code_points_;
    if (starts_.empty()) return byte;
    // The last code point starting at or before `byte`.
    const auto it = std::upper_bound(starts_.begin(), starts_.end(), static_cast<std::uint32_t>(byte));
    return static_cast<std::size_t>(it - starts_.begin()) - 1;
}

std::string_view cp_substr(std::string_view utf8, std::size_t begin, std::size_t end) {
    std::size_t seen = 0;
    std::size_t from = utf8.size();
    std::size_t to = utf8.size();
    for (std::size_t i = 0; i < utf8.size(); ++i) {
        if (!is_lead(static_cast<unsigned char>(utf8[i]))) continue;
        if (seen == begin) from = i;
        if (seen == end) {
            to = i;
            break;
        }
        ++seen;
    }
    if (from > to) from = to;
    return utf8.substr(from, to - from);
}

} // namespace parallax::text
