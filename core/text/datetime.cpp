#include "text/datetime.hpp"
#include "text/ascii.hpp"

#include <array>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

namespace parallax::text {
namespace {

using text::ascii_lower;
using text::trim_ascii;

struct Parts {
    int year = 0, month = 0, day = 0;
    bool has_time = false;
    int hour = 0, minute = 0, second = 0;
    int offset_minutes = 0; // local time minus UTC
};

bool all_digits(std::string_view s) {
    if (s.empty()) return false;
    for (char c : s)
        if (!std::isdigit(static_cast<unsigned char>(c))) return false;
    return true;
}

int to_int(std::string_view s) {
    int v = 0;
    for (char c : s)
        v = v * 10 + (c - '0');
    return v;
}

int month_number(std::string_view word) {
    static const std::array<const char*, 12> names = {"jan", "feb", "mar", "apr", "may", "jun",
                                                      "jul", "aug", "sep", "oct", "nov", "dec"};
    std::string w = ascii_lower(word);
    if (w.size() > 3 && w.back() == '.') w.pop_back();
    if (w.size() < 3) return 0;
    for (int i = 0; i < 12; ++i)
        if (w.compare(0, 3, names[static_cast<std::size_t>(i)]) == 0) {
            static const std::array<const char*, 12> full = {"january",   "february", "march",    "april",
                                                             "may",       "june",     "july",     "august",
                                                             "september", "october",  "november", "december"};
            const std::string f = full[static_cast<std::size_t>(i)];
            // "Sept" and the full name are fine; anything else must be the three-letter form.
            if (w.size() == 3 || w == f || (i == 8 && w == "sept") || f.compare(0, w.size(), w) == 0)
                return i + 1;
        }
    return 0;
}

bool valid_date(const Parts& p) {
    using namespace std::chrono;
    return year_month_day{year{p.year}, month{static_cast<unsigned>(p.month)},
                          day{static_cast<unsigned>(p.day)}}
        .ok();
}

bool valid_time(const Parts& p) {
    return p.hour >= 0 && p.hour <= 24 && p.minute >= 0 && p.minute < 60 && p.second >= 0 && p.second <= 60;
}

/// "+05:30", "-0800", "+02", "Z", "UT", "GMT", "EST", military letters. Returns false if unknown.
bool parse_zone(std::string_view z, int& offset) {
    if (z.empty()) return true;
    if (z[0] == '+' || z[0] == '-') {
        std::string digits;
        for (char c : z.substr(1))
            if (c != ':') digits += c;
        if (digits.size() == 1 || digits.size() == 3) digits = '0' + digits; // "+2", "+530"
        if (!all_digits(digits) || (digits.size() != 2 && digits.size() != 4)) return false;
        const int h = to_int(std::string_view(digits).substr(0, 2));
        const int m = digits.size() == 4 ? to_int(std::string_view(digits).substr(2, 2)) : 0;
        if (h > 23 || m > 59) return false;
        offset = (z[0] == '-' ? -1 : 1) * (h * 60 + m);
        return true;
    }
    // North American zones (RFC 822's own) and the others feeds use. Ambiguous abbreviations
    // take their most common reading in English-language news (IST: India, BST: British Summer).
    struct Named {
        const char* name;
        int minutes;
    };
    static const std::array<Named, 38> named = {
        {{"ut", 0},     {"utc", 0},     {"gmt", 0},     {"z", 0},      {"wet", 0},    {"est", -300},
         {"edt", -240}, {"cst", -360},  {"cdt", -300},  {"mst", -420}, {"mdt", -360}, {"pst", -480},
         {"pdt", -420}, {"akst", -540}, {"akdt", -480}, {"hst", -600}, {"ast", -240}, {"adt", -180},
         {"nst", -210}, {"ndt", -150},  {"bst", 60},    {"ist", 330},  {"west", 60},  {"cet", 60},
         {"cest", 120}, {"met", 60},    {"mest", 120},  {"eet", 120},  {"eest", 180}, {"msk", 180},
         {"sgt", 480},  {"hkt", 480},   {"jst", 540},   {"kst", 540},  {"awst", 480}, {"acst", 570},
         {"aest", 600}, {"nzst", 720}}};
    std::string w = ascii_lower(z);
    // "GMT+2", "UTC-05:00": a named zone followed by an offset from it.
    for (const char* base : {"gmt", "utc", "ut"})
        if (w.size() > std::strlen(base) && w.compare(0, std::strlen(base), base) == 0 &&
            (w[std::strlen(base)] == '+' || w[std::strlen(base)] == '-'))
            return parse_zone(z.substr(std::strlen(base)), offset);
    if (w == "aedt")
        w = "aest", offset = 60; // daylight time: one hour ahead of standard
    else if (w == "nzdt")
        w = "nzst", offset = 60;
    else
        offset = 0;
    for (const auto& n : named)
        if (w == n.name) {
            offset += n.minutes;
            return true;
        }
    if (w.size() == 1 && w[0] >= 'a' && w[0] <= 'y' && w[0] != 'j') { // RFC 822 military zones
        const char c = w[0];
        offset = c <= 'i' ? (c - 'a' + 1) : c <= 'm' ? (c - 'a') : -(c - 'n' + 1);
        offset *= 60;
        return true;
    }
    return false;
}

/// "14:05", "14:05:30", "14:05:30.123" → parts. Returns false if it is not a time.
bool parse_clock(std::string_view t, Parts& p) {
    const auto dot = t.find('.');
    if (dot != std::string_view::npos) {
        if (!all_digits(t.substr(dot + 1))) return false;
        t = t.substr(0, dot);
    }
    std::vector<std::string_view> fields;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= t.size(); ++i)
        if (i == t.size() || t[i] == ':') {
            fields.push_back(t.substr(start, i - start));
            start = i + 1;
        }
    if (fields.size() < 2 || fields.size() > 3) return false;
    for (auto f : fields)
        if (!all_digits(f) || f.size() > 2) return false;
    p.hour = to_int(fields[0]);
    p.minute = to_int(fields[1]);
    p.second = fields.size() == 3 ? to_int(fields[2]) : 0;
    p.has_time = true;
    return valid_time(p);
}

/// ISO 8601 extended ("2025-02-18T14:05:00+03:00") and basic ("20250218T140500Z").
bool parse_iso(std::string_view s, Parts& p) {
    std::string_view date = s, rest;
    const auto t = s.find_first_of("Tt ");
    if (t != std::string_view::npos) {
        date = s.substr(0, t);
        rest = s.substr(t + 1);
    }
    if (date.size() == 10 && date[4] == date[7] && (date[4] == '-' || date[4] == '/') &&
        all_digits(date.substr(0, 4)) && all_digits(date.substr(5, 2)) && all_digits(date.substr(8, 2))) {
        p.year = to_int(date.substr(0, 4));
        p.month = to_int(date.substr(5, 2));
        p.day = to_int(date.substr(8, 2));
    } else if (date.size() == 8 && all_digits(date)) {
        p.year = to_int(date.substr(0, 4));
        p.month = to_int(date.substr(4, 2));
        p.day = to_int(date.substr(6, 2));
    } else {
        return false;
    }
    if (!valid_date(p)) return false;
    if (rest.empty()) return t == std::string_view::npos;

    auto zone_at = rest.find_first_of("Zz+-");
    std::string_view clock = rest.substr(0, zone_at);
    std::string_view zone = zone_at == std::string_view::npos ? std::string_view{} : rest.substr(zone_at);
    while (!clock.empty() && clock.back() == ' ')
        clock.remove_suffix(1);
    if (clock.size() >= 4 && clock.find(':') == std::string_view::npos && all_digits(clock.substr(0, 4))) {
        // basic form "140500" or "1405"
        std::string expanded(clock.substr(0, 2));
        expanded += ':';
        expanded += clock.substr(2, 2);
        if (clock.size() >= 6) {
            expanded += ':';
            expanded += clock.substr(4);
        }
        if (!parse_clock(expanded, p)) return false;
    } else if (!parse_clock(clock, p)) {
        return false;
    }
    return parse_zone(zone, p.offset_minutes);
}

/// Words split at spaces and commas; "01-Jan-2004" (the cookie form) splits at its hyphens too.
std::vector<std::string_view> split_words(std::string_view s) {
    std::vector<std::string_view> words;
    std::size_t i = 0;
    while (i < s.size()) {
        while (i < s.size() && (s[i] == ' ' || s[i] == ',' || s[i] == '\t'))
            ++i;
        std::size_t j = i;
        while (j < s.size() && s[j] != ' ' && s[j] != ',' && s[j] != '\t')
            ++j;
        std::string_view w = s.substr(i, j - i);
        const auto dash = w.find('-');
        const bool hyphenated = dash != std::string_view::npos && dash > 0 &&
                                w.find('-', dash + 1) != std::string_view::npos &&
                                std::isalpha(static_cast<unsigned char>(w[dash + 1]));
        while (hyphenated && !w.empty()) {
            const auto d = w.find('-');
            words.push_back(w.substr(0, d));
            w = d == std::string_view::npos ? std::string_view{} : w.substr(d + 1);
        }
        if (!w.empty()) words.push_back(w);
        i = j;
    }
    return words;
}

bool is_day_name(std::string_view w) {
    static const std::array<const char*, 7> days = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
    const std::string l = ascii_lower(w);
    if (l.size() < 3) return false;
    for (const char* d : days)
        if (l.compare(0, 3, d) == 0) return true;
    return false;
}

int full_year(std::string_view digits) {
    int y = to_int(digits);
    if (digits.size() == 2) y += y < 50 ? 2000 : 1900; // RFC 2822's reading of two-digit years
    return y;
}

int day_of(std::string_view w) {
    std::string_view digits = w;
    for (std::string_view suffix : {"st", "nd", "rd", "th", "."})
        if (w.size() > suffix.size() && w.ends_with(suffix)) {
            digits = w.substr(0, w.size() - suffix.size());
            break;
        }
    return all_digits(digits) && digits.size() <= 2 ? to_int(digits) : 0;
}

bool is_year(std::string_view w) { return all_digits(w) && (w.size() == 4 || w.size() == 2); }

/// "14:05", "14:05:00Z", "14:05:00+0300" (zone glued on), "2:05 PM": the clock, then the zone.
bool parse_time_and_zone(const std::vector<std::string_view>& words, std::size_t i, Parts& p) {
    std::string_view clock = words[i++];
    std::string_view zone;
    if (auto z = clock.find_first_of("+-Zz"); z != std::string_view::npos) {
        zone = clock.substr(z);
        clock = clock.substr(0, z);
    }
    if (!parse_clock(clock, p)) return false;
    if (i < words.size() && (ascii_lower(words[i]) == "am" || ascii_lower(words[i]) == "pm")) {
        if (p.hour > 12 || p.hour == 0) return false;
        p.hour = p.hour % 12 + (ascii_lower(words[i]) == "pm" ? 12 : 0);
        ++i;
    }
    if (zone.empty() && i < words.size() && words[i].front() != '(' && !is_year(words[i])) zone = words[i++];
    if (i < words.size() && is_year(words[i]) && p.year == 0) p.year = full_year(words[i++]); // asctime
    if (i < words.size() && words[i].front() != '(') {
        int ignored = 0; // "+0000 GMT": the name repeats the offset
        if (!parse_zone(words[i], ignored)) return false;
        ++i;
    }
    if (i < words.size() && words[i].front() != '(') return false; // "+0000 (UTC)" and the like end it
    return parse_zone(zone, p.offset_minutes);
}

/// RFC 822 and the prose forms: words in any of the usual orders, the day name ignored (feeds
/// get it wrong), asctime's "Thu Jan  1 19:48:21 2004" and JavaScript's Date.toString too.
bool parse_words(std::string_view s, Parts& p) {
    auto words = split_words(s);
    std::size_t i = 0;
    if (i < words.size() && is_day_name(words[i]) && !month_number(words[i])) ++i;
    if (words.size() < i + 3) return false;
    if (int d = day_of(words[i]); d && month_number(words[i + 1])) {
        p.day = d;
        p.month = month_number(words[i + 1]);
    } else if (int m = month_number(words[i]); m && day_of(words[i + 1])) {
        p.month = m;
        p.day = day_of(words[i + 1]);
    } else {
        return false;
    }
    i += 2;
    if (is_year(words[i])) {
        p.year = full_year(words[i++]);
        if (!valid_date(p)) return false;
        if (i == words.size()) return true;
        return parse_time_and_zone(words, i, p) && valid_date(p);
    }
    // asctime: the clock comes before the year
    if (!parse_time_and_zone(words, i, p) || p.year == 0) return false;
    return valid_date(p);
}

std::string format(const Parts& p) {
    using namespace std::chrono;
    char buffer[32];
    if (!p.has_time) {
        std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", p.year, p.month, p.day);
        return buffer;
    }
    const sys_days day_point{year{p.year} / month{static_cast<unsigned>(p.month)} /
                             day{static_cast<unsigned>(p.day)}};
    const auto t = day_point + hours{p.hour} + minutes{p.minute - p.offset_minutes} + seconds{p.second};
    const auto d = floor<days>(t);
    const year_month_day ymd{d};
    const hh_mm_ss hms{floor<seconds>(t - d)};
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02uT%02d:%02d:%02dZ", static_cast<int>(ymd.year()),
                  static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()),
                  static_cast<int>(hms.hours().count()), static_cast<int>(hms.minutes().count()),
                  static_cast<int>(hms.seconds().count()));
    return buffer;
}

} // namespace

std::optional<std::string> normalise_date(std::string_view text) {
    text = trim_ascii(text);
    if (text.empty() || text.size() > 100) return std::nullopt;
    Parts p;
    if (parse_iso(text, p)) return format(p);
    p = Parts{};
    if (parse_words(text, p)) return format(p);
    return std::nullopt;
}

} // namespace parallax::text
