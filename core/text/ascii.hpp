// Text layer: ASCII-only helpers for keywords, tags and header names, where Unicode case rules
// would be wrong (a Turkish dotted I must not turn "LINK" into something else) or wasted.
#pragma once

#include <string>
#include <string_view>

namespace parallax::text {

/// `s` with A–Z turned to a–z; every other byte unchanged.
inline std::string ascii_lower(std::string_view s) {
    std::string out(s);
    for (auto& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

/// `s` with a–z turned to A–Z; every other byte unchanged.
inline std::string ascii_upper(std::string_view s) {
    std::string out(s);
    for (auto& c : out)
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    return out;
}

/// `s` without leading and trailing ASCII white space (space, tab, CR, LF, FF, VT).
inline std::string_view trim_ascii(std::string_view s) {
    constexpr std::string_view space = " \t\r\n\f\v";
    const auto begin = s.find_first_not_of(space);
    if (begin == std::string_view::npos) return {};
    return s.substr(begin, s.find_last_not_of(space) - begin + 1);
}

} // namespace parallax::text
