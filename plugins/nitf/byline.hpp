// Wire XML: the names in a byline ("By Jane Smith and John Roe, Reuters" → two names).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace parallax::wire {

/// The people a byline credits: a leading "By" goes, an affiliation after the first comma or
/// " / " goes ("By Jane Smith, Press Association" → "Jane Smith"), and " and ", "&" and ";"
/// separate names.
std::vector<std::string> byline_names(std::string_view byline);

} // namespace parallax::wire
