// Relative references in feeds (item links, xml:base) resolved as RFC 3986 section 5 says.
#pragma once

#include <string>
#include <string_view>

namespace parallax::feed {

/// True when `ref` has a scheme ("http:", "mailto:"…).
bool is_absolute(std::string_view ref);

/// `ref` resolved against `base`. When `base` is not absolute, `ref` comes back unchanged
/// (trimmed): there is nothing to resolve against.
std::string resolve(std::string_view base, std::string_view ref);

} // namespace parallax::feed
