#include "normalise.hpp"

#include "html_text.hpp"

#include <cctype>
#include <vector>

namespace parallax::feed::testing {
namespace {

std::vector<std::u32string::value_type> code_points(std::string_view s) {
    std::vector<char32_t> out;
    for (std::size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        const std::size_t n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
        char32_t cp = n == 1 ? c : c & (0xFF >> (n + 1));
        for (std::size_t k = 1; k < n && i + k < s.size(); ++k)
            cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
        out.push_back(cp);
        i += n;
    }
    return out;
}

std::string without_spaces(std::string_view s) {
    std::string out;
    for (char c : s)
        if (c != ' ') out += c;
    return out;
}

bool equal_with_wildcards(std::string_view want, std::string_view got) {
    const auto w = code_points(want), g = code_points(got);
    if (w.size() != g.size()) return false;
    for (std::size_t i = 0; i < w.size(); ++i)
        if (w[i] != g[i] && w[i] != 0xFFFD) return false;
    return true;
}

std::string lower(std::string_view s) {
    std::string out(s);
    for (auto& c : out)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

/// feeds_check's re.sub(r"<(script|style)\b.*?</\1\s*>", " ") then re.sub(r"<[^>]*>", " "),
/// written out: std::regex recurses per character and overflows on long bodies.
std::string strip_tags(std::string_view s) {
    const std::string l = lower(s);
    std::string out;
    std::size_t i = 0;
    while (i < s.size()) {
        if (s[i] != '<') {
            out += s[i++];
            continue;
        }
        bool removed_block = false;
        for (std::string_view name : {"script", "style"}) {
            const std::string_view rest = std::string_view(l).substr(i + 1);
            const bool boundary =
                rest.size() > name.size() && !std::isalnum(static_cast<unsigned char>(rest[name.size()]));
            if (!rest.starts_with(name) || !boundary) continue;
            const auto close = l.find("</" + std::string(name), i);
            const auto gt = close == std::string::npos ? close : l.find('>', close);
            if (gt == std::string::npos) continue;
            out += ' ';
            i = gt + 1;
            removed_block = true;
            break;
        }
        if (removed_block) continue;
        const auto gt = s.find('>', i);
        if (gt == std::string_view::npos) {
            out += s[i++];
            continue;
        }
        out += ' ';
        i = gt + 1;
    }
    return out;
}

} // namespace

std::string reader_text(std::string_view s) {
    // What is left has no tags: only references to decode, and white space to fold.
    std::string escaped;
    for (char c : strip_tags(s))
        escaped += c == '<' ? std::string("&lt;") : std::string(1, c);
    return one_line(escaped, Markup::html);
}

std::string fold(std::string_view s) { return one_line(s, Markup::text); }

bool same_text(std::string_view want, std::string_view got) {
    const std::string w = reader_text(want), g = reader_text(got);
    return equal_with_wildcards(w, g) || equal_with_wildcards(without_spaces(w), without_spaces(g));
}

bool contains_text(std::string_view got, std::string_view want) {
    const std::string w = reader_text(want), g = reader_text(got);
    return w.empty() || g.find(w) != std::string::npos ||
           without_spaces(g).find(without_spaces(w)) != std::string::npos;
}

} // namespace parallax::feed::testing
