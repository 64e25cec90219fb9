// Text layer: dates as news sources write them, normalised for the Article record.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace parallax::text {

/// Normalises a publication date to the Article's form: "YYYY-MM-DD" when it has no time of day,
/// else UTC "YYYY-MM-DDTHH:MM:SSZ". Reads ISO 8601 / RFC 3339 (extended and basic forms, with
/// or without zone: no zone means UTC), RFC 822 and its real-world variants (day name missing or
/// wrong, two-digit years, no seconds, named, military and "GMT+2" zones, "01-Jan-2004", a.m./p.m.,
/// asctime and JavaScript Date strings) and "18 February 2025" or
/// "February 18, 2025". Returns nullopt when the text is not a date it can read.
std::optional<std::string> normalise_date(std::string_view text);

} // namespace parallax::text
