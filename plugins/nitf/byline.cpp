#include "byline.hpp"

#include "text/unicode.hpp"

#include <algorithm>
#include <cctype>

namespace parallax::wire {
namespace {

bool starts_with_by(std::string_view s) {
    return s.size() > 3 && (s[0] == 'B' || s[0] == 'b') && (s[1] == 'Y' || s[1] == 'y') && s[2] == ' ';
}

/// Everything before the affiliation, which follows the first comma or " / ".
std::string_view names_part(std::string_view s) {
    const auto comma = s.find(',');
    const auto slash = s.find(" / ");
    return s.substr(0, std::min(comma, slash));
}

} // namespace

std::vector<std::string> byline_names(std::string_view byline) {
    std::string folded = text::fold_whitespace(byline);
    std::string_view rest = folded;
    if (starts_with_by(rest)) rest.remove_prefix(3);
    rest = names_part(rest);
    std::vector<std::string> names;
    auto add = [&](std::string_view name) {
        if (auto n = text::fold_whitespace(name); !n.empty()) names.push_back(std::move(n));
    };
    std::size_t start = 0;
    for (std::size_t i = 0; i < rest.size(); ++i) {
        std::size_t skip = 0;
        if (rest[i] == '&' || rest[i] == ';')
            skip = 1;
        else if (rest.substr(i, 5) == " and ")
            skip = 5;
        if (skip == 0) continue;
        add(rest.substr(start, i - start));
        start = i + skip;
        i = start - 1;
    }
    add(rest.substr(start));
    return names;
}

} // namespace parallax::wire
