// Figures: Dates, quarters, decades, durations told by an article, years, and ages.
#include "extract/figure_scanner.hpp"

#include <algorithm>
#include <array>
#include <string_view>

namespace parallax::extract::figures::scan {

// "18 February 2025", "February 18", "Feb. 18, 2025", "February 2022", "18th of February".
// The token of an ordinal suffix glued to the number at k ("18th"), or k.
std::size_t Scanner::after_ordinal(std::size_t k) const {
    const bool suffix = word(k + 1) && glued(k + 1) && in(lx_.ordinal_suffixes, k + 1);
    return suffix ? k + 1 : k;
}

// "on 20 and 21 January 2018", "14-16 June": the first day of a pair takes the second's month and
// year. `j` is the token after the first day.
// ("on Wednesday 16 and Thursday 17 November": the second day may be named by its weekday)
bool Scanner::day_pair_at(std::size_t i, std::size_t j, Candidate& out) const {
    const bool joined = lower_is(j, "and") || lower_is(j, "to") || dash(j);
    if (!joined) return false;
    if (weekday(j + 1)) j += sign(j + 2, ",") ? 2 : 1;
    if (!small_int(j + 1, 1, 31) || t_[j + 1].digits > 2) return false;
    std::size_t at = after_ordinal(j + 1) + 1;
    if (lower_is(at, "of")) ++at;
    const int m = month(at);
    if (m == 0) return false;
    std::size_t k = at + 1;
    if (sign(k, ",")) ++k;
    const double year = year_at(k) ? t_[k].value : year_of_month(m, i, false);
    out = Candidate{};
    out.first = i;
    out.last = after_ordinal(i);
    out.kind = FigureKind::date;
    out.has_unit = true;
    out.drop = year <= 0;
    out.value = date_value(year, m, t_[i].value);
    out.unit = "date";
    return true;
}

bool Scanner::weekday(std::size_t k) const {
    static constexpr std::array<std::string_view, 7> days = {"monday", "tuesday",  "wednesday", "thursday",
                                                             "friday", "saturday", "sunday"};
    return word(k) && std::find(days.begin(), days.end(), t_[k].lower) != days.end();
}

// "June 13 to 15", "June 13-15, 2024": a later day of the same month after the first. `j` is the token
// after the first day; returns the second day's last token, or npos.
std::size_t Scanner::day_span_end(std::size_t j, double day, double& second) const {
    const bool joined = lower_is(j, "to") || lower_is(j, "through") || lower_is(j, "and") || dash(j);
    if (!joined || !small_int(j + 1, 1, 31) || t_[j + 1].digits > 2 || t_[j + 1].value <= day) return npos;
    const std::size_t end = after_ordinal(j + 1);
    // ("June 3 and 4 others", "June 13 to 15 percent" are no days)
    const std::size_t after = end + 1;
    // (but a span of days before the noun it dates is: "at its Dec. 8-9 meeting", "the June 3-4 summit")
    const bool dated_noun =
        dash(j) && glued(j) && glued(j + 1) && word(after) && !is_plural(lx_, t_[after].lower);
    if (month(after) || unit_written(after) || sign(after, ":") ||
        (word(after) && !stop(after) && !dated_noun))
        return npos;
    second = t_[j + 1].value;
    return end;
}

// "11.10.2022": a day, a month and a year written with points, as European agencies write them
// (a run of points that is no such date, "2.4.1" or "192.168.0.1", is no figure at all).
bool Scanner::dotted_date_at(std::size_t i, Candidate& out) const {
    int parts[3] = {0, 0, 0};
    std::size_t n = 0;
    std::size_t digits = 0;
    for (char ch : t_[i].text) {
        if (ch == '.') {
            if (digits == 0 || ++n > 2) return false;
            digits = 0;
        } else if (ch >= '0' && ch <= '9' && digits < 4) {
            parts[n] = parts[n] * 10 + (ch - '0');
            ++digits;
        } else {
            return false;
        }
    }
    if (n != 2 || digits != 4 || parts[0] < 1 || parts[0] > 31 || parts[1] < 1 || parts[1] > 12 ||
        parts[2] < 1900 || parts[2] > 2100)
        return false;
    out = Candidate{};
    out.first = out.last = i;
    out.kind = FigureKind::date;
    out.has_unit = true;
    out.value = date_value(parts[2], parts[1], parts[0]);
    out.unit = "date";
    return true;
}

// "the Spirit of '76", "from 1960 to '70", "the '90s": a year or a decade written with its last two
// digits after an apostrophe, in the century that puts it no later than ten years after the
// publication (without a publication date, POSIX's pivot: 69-99 are the 1900s).
bool Scanner::short_year_at(std::size_t i, Candidate& out) const {
    // (after a function word only: "'20 years ago we had nothing,' she said" opens a quotation)
    if (i < 2 || !(sign(i - 1, "'") || sign(i - 1, "\u2019")) || !glued(i) || t_[i].digits != 2 ||
        t_[i].decimal || t_[i].text.size() != 2 || glued(i - 1) || !stop(i - 2))
        return false;
    const bool decade = lower_is(i + 1, "s") && glued(i + 1) && std::fmod(t_[i].value, 10) == 0;
    if (word(i + 1) && glued(i + 1) && !decade) return false;
    const double recent = 2000 + t_[i].value;
    out = Candidate{};
    out.first = i - 1;
    out.last = decade ? i + 1 : i;
    out.kind = FigureKind::date;
    out.has_unit = true;
    const double latest = ctx_.year > 0 ? ctx_.year + 10 : 2068;
    out.value = recent <= latest ? recent : recent - 100;
    out.unit = "year";
    return true;
}

// "FY26", "FY 2025", "FY'25", "FY24-25": a fiscal year by its code, the year it ends (two years joined
// are a range, as "2023-24").
bool Scanner::fiscal_code_at(std::size_t i, Candidate& out) const {
    if (!word(i) || t_[i].lower != "fy") return false;
    std::size_t k = i + 1;
    if ((sign(k, "'") || sign(k, "\u2019")) && glued(k)) ++k;
    const auto year_part = [&](std::size_t n) {
        return number(n) && !t_[n].decimal && !t_[n].grouped && (t_[n].digits == 2 || t_[n].digits == 4);
    };
    if (!year_part(k)) return false;
    const double latest = ctx_.year > 0 ? ctx_.year + 10 : 2068;
    const auto full = [&](std::size_t n) {
        const double v = t_[n].value;
        if (t_[n].digits == 4) return v;
        return 2000 + v <= latest ? 2000 + v : 1900 + v;
    };
    out = Candidate{};
    out.first = i;
    out.last = k;
    out.kind = FigureKind::date;
    out.has_unit = true;
    out.unit = "year";
    out.value = full(k);
    if ((dash(k + 1) || sign(k + 1, "/")) && glued(k + 1) && glued(k + 2) && year_part(k + 2) &&
        std::fmod(full(k + 2), 100) == std::fmod(out.value + 1, 100)) {
        out.range = std::make_pair(out.value, out.value + 1);
        out.last = k + 2;
    }
    return out.value >= 1900 && out.value <= 2100;
}

// "23/06/2025", "12/31/2025", "09/09/2009", "2025-05-28": a date written in numbers where only one reading
// is possible (the day over 12, or the same either way, or the year first); "03/04/2025" could be March
// or April, and stays no figure.
bool Scanner::numeric_date_at(std::size_t i, Candidate& out) const {
    const auto part = [&](std::size_t k, std::size_t digits) {
        return number(k) && glued(k) && !t_[k].decimal && !t_[k].grouped && t_[k].digits <= digits;
    };
    const auto joined = [&](std::size_t k, bool iso) {
        return glued(k) && (iso ? sign(k, "-") : sign(k, "/"));
    };
    if (!number(i) || t_[i].decimal || t_[i].grouped) return false;
    const bool iso = t_[i].digits == 4;
    if (!joined(i + 1, iso) || !part(i + 2, 2) || !joined(i + 3, iso) || !part(i + 4, iso ? 2 : 4))
        return false;
    if (glued(i + 5) && (number(i + 5) || sign(i + 5, "/") || dash(i + 5))) return false; // a code
    const double a = t_[i].value, b = t_[i + 2].value, c = t_[i + 4].value;
    double year = c, month = 0, day = 0;
    if (iso) {
        year = a, month = b, day = c;
    } else if (t_[i + 4].digits == 2 && ctx_.year > 0) { // "Tuesday, 12/15/15": the century nearest
        year = 2000 + c > ctx_.year + 1 ? 1900 + c : 2000 + c;
        if (a > 12)
            day = a, month = b;
        else if (b > 12)
            month = a, day = b;
    } else if (t_[i + 4].digits != 4) {
        return false;
    } else if (a > 12 || a == b) {
        day = a, month = b;
    } else if (b > 12) {
        month = a, day = b;
    }
    if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) return false;
    static constexpr std::array<int, 12> days = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (day > days[static_cast<std::size_t>(month) - 1]) return false; // ("2/30/25")
    out = Candidate{};
    out.first = i;
    out.last = i + 4;
    out.kind = FigureKind::date;
    out.has_unit = true;
    out.value = date_value(year, static_cast<int>(month), day);
    out.unit = "date";
    return true;
}

bool Scanner::date_at(std::size_t i, Candidate& out) const {
    if (number(i) && t_[i].junk) return dotted_date_at(i, out);
    // ("met on Wednesday (17)": a day of the publication's month by its weekday and its number, as Brazilian
    // and Portuguese outlets write it)
    if (weekday(i) && sign(i + 1, "(") && small_int(i + 2, 1, 31) && t_[i + 2].digits <= 2 &&
        sign(i + 3, ")")) {
        out = Candidate{};
        out.first = i;
        out.last = i + 3;
        out.kind = FigureKind::date;
        out.has_unit = true;
        out.unit = "date";
        out.drop = ctx_.year <= 0 || ctx_.month <= 0;
        out.value = date_value(ctx_.year, ctx_.month, t_[i + 2].value);
        return true;
    }
    if (numeric_date_at(i, out) || fiscal_code_at(i, out)) return true;
    if (short_year_at(i, out)) return true;
    std::size_t j = i;
    // ("up from September's 22,000", "October's gain": a month's own, a time told; not "May's government")
    int m = month(i);
    const int owned = m == 0 ? possessed_month(i) : 0;
    if (owned) m = owned;
    double day = 0;
    double second_day = 0; // "June 13 to 15"
    std::size_t last = i;
    // ("a Long March 5 rocket", "the Long March 2F": a month after a word in capitals names something)
    if (m > 0 && i >= 2 && word(i - 1) && starts_capital(t_[i - 1].text) && !sentence_end(i - 2) &&
        same_sentence(i - 1, i) && !weekday(i - 1) && !month(i - 1) && !in(lx_.month_lead_words, i - 1) &&
        !title_case(i) && !(number(i + 1) && !word(i + 2)))
        return false; // (not a byline's dateline: "By Arpan Varghese Jan 30 (Reuters) -")
    if (m > 0) {
        j = i + 1;
        if (sign(j, ".") && glued(j)) ++j;
        const bool time_follows = sign(j + 1, ":") && glued(j + 1) && number(j + 2) && glued(j + 2); // 24:00
        if (small_int(j, 1, 31) && t_[j].digits <= 2 && !time_follows && (year_at(j + 1) || !number(j + 1)) &&
            !unit_written(j + 1)) {
            day = t_[j].value;
            last = j = after_ordinal(j);
            ++j;
            if (const std::size_t end = day_span_end(j, day, second_day); end != npos) {
                last = end;
                j = end + 1;
            }
            if (sign(j, ",")) ++j;
        } else if ((sign(j, ",") || lower_is(j, "of")) && year_at(j + 1)) {
            ++j; // ("July, 2025", "July of 2025")
        }
        if (year_at(j) && !unit_written(j + 1)) {
            last = j;
        } else if (day == 0 && !owned && !month_alone(i)) {
            return false; // ("Theresa May said", "January was warm": a name, or no time told)
        }
    } else if (small_int(i, 1, 31) && t_[i].digits <= 2) {
        j = after_ordinal(i) + 1;
        if (lower_is(j, "of")) ++j;
        m = month(j);
        if (m == 0) return day_pair_at(i, j, out);
        day = t_[i].value;
        last = j;
        if (sign(j + 1, ".") && glued(j + 1)) ++j;
        std::size_t k = j + 1;
        if (sign(k, ",")) ++k;
        if (year_at(k)) last = k;
    } else {
        return false;
    }
    const bool with_year = year_at(last);
    double year = with_year ? t_[last].value : year_of_month(m, i, day == 0);
    // "April last year", "March 10 last year", "May of last year", "between January and April last year":
    // the year told after the month(s)
    if (!with_year && ctx_.year > 0) {
        const bool pair =
            day == 0 &&
            (lower_is(i + 1, "and") || lower_is(i + 1, "to") || lower_is(i + 1, "through") || dash(i + 1)) &&
            month(i + 2) > 0;
        std::size_t k = pair ? i + 3 : last + 1;
        if (lower_is(k, "of")) ++k;
        if (const int offset = year_told_after(k); offset != no_offset) {
            year = ctx_.year + offset;
            if (!pair) last = k + 1;
        } else if (const double end_year = pair_year(last + 1); end_year > 0) {
            // ("from late June to mid-September 2024", "between March and May 2024", "June 3 to
            // September 5, 2024": the year written once, at the end; a span over New Year starts the
            // year before)
            year = m <= month(pair_month(last + 1)) ? end_year : end_year - 1;
        }
    }
    if (m == 5 && day == 0 && t_[i].text != "May") return false;
    // "the September 11 attacks", "the October 7 attack", "the January 6 riot": an event's name, of a
    // year the text does not give
    static constexpr std::array<std::string_view, 12> events = {
        "attack",   "attacks",  "riot",     "riots",    "bombing", "bombings",
        "massacre", "uprising", "invasion", "shooting", "coup",    "earthquake"};
    const bool event = day > 0 && !with_year && word(last + 1) &&
                       std::find(events.begin(), events.end(), t_[last + 1].lower) != events.end();
    out = Candidate{};
    out.first = i;
    out.last = last;
    out.kind = FigureKind::date;
    out.has_unit = true;
    out.drop = event;
    if (day == 0 && !with_year && lower_is(month_lead(i), "around")) out.qualifier = Qualifier::approx;
    if (year <= 0) {
        out.drop = true;
        return true;
    }
    out.value = date_value(year, m, day);
    out.unit = day > 0 ? "date" : "year-month";
    if (second_day > 0) out.range = std::make_pair(out.value, date_value(year, m, second_day));
    if (const std::size_t end = day == 0 && !with_year ? month_span_end(i) : npos; end != npos) {
        // (the year told after the span, or the tense's for its end; a span over New Year starts the
        // year before its end)
        const int m2 = month(end);
        const bool told = year_at(end + 1);
        const double end_year = told ? t_[end + 1].value : m2 < m ? year_of_month(m2, i, true) : year;
        out.value = date_value(m2 < m ? end_year - 1 : end_year, m, 0);
        out.range = std::make_pair(out.value, date_value(end_year, m2, 0));
        out.last = told ? end + 1 : end;
    }
    return true;
}

// "the October-December rains", "in March-May": a span of months written with a dash, not a quarter
// named by them ("the April-June quarter"); the second month's token, or npos.
std::size_t Scanner::month_span_end(std::size_t i) const {
    const std::size_t k = i + 2;
    if (!(dash(i + 1) && glued(i + 1) && glued(k) && month(k) > 0)) return npos;
    if (lower_is(k + 1, "quarter") || lower_is(k + 1, "period")) return npos;
    return k;
}

// The month that closes a span of months from token k, past "and", "to", "through", "until" or a dash
// and "early", "late", "mid-" ("to mid-September"): its token, or npos.
std::size_t Scanner::pair_month(std::size_t k) const {
    if (!(lower_is(k, "and") || lower_is(k, "to") || lower_is(k, "through") || lower_is(k, "until") ||
          dash(k)))
        return npos;
    ++k;
    if (lower_is(k, "early") || lower_is(k, "late") || lower_is(k, "mid")) ++k;
    if (sign(k, "-") && glued(k)) ++k;
    return month(k) > 0 ? k : npos;
}

// The year written after the month that closes a span of months from token k ("to mid-September
// 2024", "and May 2024", "to September 5, 2024", "and July of 2025"), or 0.
double Scanner::pair_year(std::size_t k) const {
    std::size_t j = pair_month(k);
    if (j == npos) return 0;
    ++j;
    if (sign(j, ".") && glued(j)) ++j;
    if (small_int(j, 1, 31) && t_[j].digits <= 2) j = after_ordinal(j) + 1;
    if (sign(j, ",") || lower_is(j, "of")) ++j;
    return year_at(j) ? t_[j].value : 0;
}

// "last year", "this year", "next year" at token k: the year's offset from the publication year.
int Scanner::year_told_after(std::size_t k) const {
    if (!lower_is(k + 1, "year")) return no_offset;
    if (lower_is(k, "last")) return -1;
    if (lower_is(k, "this")) return 0;
    if (lower_is(k, "next")) return 1;
    return no_offset;
}

// The word that leads a month told alone, past "early", "late", "mid-" ("since early May" → "since").
std::size_t Scanner::month_lead(std::size_t i) const {
    std::size_t p = i > 0 ? i - 1 : npos;
    if (p != npos && sign(p, "-") && glued(i) && p > 0) --p; // "mid-March"
    if ((lower_is(p, "early") || lower_is(p, "late") || lower_is(p, "mid")) && p > 0) --p;
    return p;
}

// The tense a month told alone is spoken of in, by the nearest verb before its word of time (up to six
// words back) or, when the month opens its sentence, after it: 1 ahead ("will", "to close", "expected",
// "due", "will be paid"), -1 past ("stopped", "was", "had", "held"), 0 unknown.
int Scanner::month_tense(std::size_t i) const {
    const auto be_before = [&](std::size_t k,
                               int& out) { // "will be paid", "has been paid", "will be fully hedged"
        if (k >= 2 && word(k - 1) && ends_with(t_[k - 1].lower, "ly")) --k;
        if (k == 0 || !(lower_is(k - 1, "be") || lower_is(k - 1, "been"))) return false;
        out =
            k >= 2 && (lower_is(k - 2, "will") || lower_is(k - 2, "to") || lower_is(k - 2, "would")) ? 1 : -1;
        return true;
    };
    const auto tense_at = [&](std::size_t k, bool back) {
        if (!word(k)) return 0;
        const std::string& w = t_[k].lower;
        // ("weaker than expected in March", "as expected": a comparison, no time ahead)
        const bool compared = k > 0 && (lower_is(k - 1, "than") || lower_is(k - 1, "as"));
        // ("could return in July", "the next auction is in June", "is cutting 300 jobs in June", "Trading
        // begins in July": a modal, a next one, a present progressive or a start told ahead)
        const bool modal = w == "could" || w == "might" || w == "should" || t_[k].text == "may";
        const bool progressive = back && ends_with(w, "ing") && k > 0 &&
                                 (lower_is(k - 1, "is") || lower_is(k - 1, "are") || lower_is(k - 1, "am"));
        const bool starts =
            w == "begins" || w == "starts" || w == "opens" || w == "resumes" || w == "expires";
        if ((w == "expected" && !compared) || w == "will" || w == "would" || w == "shall" || w == "due" ||
            w == "scheduled" || w == "slated" || w == "upcoming" || w == "next" || w == "expect" ||
            w == "expects" || modal || progressive || starts)
            return 1;
        if (compared && w == "expected") return -1;
        // ("since leaving the club in March": what has happened since)
        if (w == "was" || w == "were" || w == "had" || w == "did" || (back && w == "since")) return -1;
        // ("expected to close in October"; not "tied to a ruling in September", nor "to identify" after it)
        // (after a word of intent only: not "had started to show at a gala in March")
        const auto intent = [&](std::size_t j) {
            static constexpr std::array<std::string_view, 14> words = {
                "expected", "set",   "due",     "plans", "plan", "planned", "going",
                "aims",     "hopes", "intends", "is",    "are",  "likely",  "poised"};
            return word(j) && std::find(words.begin(), words.end(), t_[j].lower) != words.end();
        };
        if (back && k > 1 && lower_is(k - 1, "to") && intent(k - 2) && !stop(k) && !number_word(k) &&
            dictionary_.parts(w).has(text::PartOfSpeech::verb) && !ends_with(w, "ed"))
            return 1;
        // ("a planned rate hike in July", "a retrospective planned for December": a plan tells no tense)
        if (w == "planned" || w == "proposed") return 0;
        if ((ends_with(w, "ed") && w.size() > 4) || lx_.past_tenses.count(w)) {
            int out = -1;
            be_before(k, out);
            return out;
        }
        if (back && past_or_present(k)) return -1;
        return 0;
    };
    const std::size_t lead = month_lead(i);
    std::size_t words = 0;
    for (std::size_t k = lead; k-- > 0 && words < 6 && same_sentence(k, i);) {
        if (const int t = tense_at(k, true); t != 0) return t;
        words += word(k) ? 1 : 0; // (words only: "rose 3% in the 12 months to September")
    }
    // (or after it, when it opens the sentence or ends a period and nothing before tells: "In January,
    // his team published", "Sales in the year to June rose 6%"; not "For the quarter ending in April,
    // Nutrisystem said")
    if ((lead != npos && (lead == 0 || !same_sentence(lead - 1, lead) || lower_is(lead, "to"))) ||
        statistics_month(i))
        for (std::size_t k = i + 1, n = 0; k < t_.size() && n < 20 && same_sentence(k, i); ++k, ++n)
            if (const int t = tense_at(k, false); t != 0) return t; // (past an aside: "In January, after…")
    return 0;
}

// A verb whose past is its present ("cut", "hit", "set") told as a verb, between a subject and its
// object ("The bank cut rates in February", "The storm hit the coast in January"): news tells such a
// verb before a month in the past. Not a noun ("a rate cut in February"), nor after "to", a modal or a
// negation, whose own word tells the tense ("would cut in February", "plans to cut rates in March").
bool Scanner::past_or_present(std::size_t k) const {
    static constexpr std::array<std::string_view, 16> verbs = {
        "cut",  "hit", "set",   "put",   "cost", "quit",  "shut",   "bet",
        "hurt", "let", "split", "burst", "beat", "upset", "spread", "bid"};
    if (k == 0 || !word(k) || !word(k - 1) ||
        std::find(verbs.begin(), verbs.end(), t_[k].lower) == verbs.end())
        return false;
    static constexpr std::array<std::string_view, 9> subjects = {"it", "he",  "she",   "they", "we",
                                                                 "i",  "who", "which", "that"};
    const std::string& before = t_[k - 1].lower;
    const bool subject = std::find(subjects.begin(), subjects.end(), before) != subjects.end() ||
                         (!stop(k - 1) && !in(lx_.determiners, k - 1) && !number_word(k - 1));
    const bool object = number(k + 1) || (word(k + 1) && (!stop(k + 1) || in(lx_.determiners, k + 1)));
    return subject && object;
}

// Whether a verb of saying stands before token k in its sentence ("said", "says", "told"): what follows
// is reported speech.
bool Scanner::reported(std::size_t k) const {
    for (std::size_t j = k; j-- > 0 && same_sentence(j, k);)
        if (lower_is(j, "said") || lower_is(j, "says") || lower_is(j, "told") || lower_is(j, "tells"))
            return true;
    return false;
}

// The year of a month told without one, by the publication date: after "last", "next", "this", the
// one named; in the past (after "since", or a month alone in a sentence told in the past: "stopped in
// January") the latest up to the publication month; ahead (a month alone spoken of as to come, or after
// "by" and "until") the next from it; else the nearest such month ("on 1 January" in November is next
// year's). A day's date is not read by tense: "approved a budget for the year that begins July 1".
double Scanner::year_of_month(int m, std::size_t first, bool alone) const {
    if (ctx_.year <= 0 || ctx_.month <= 0) return ctx_.year;
    const int y = ctx_.year;
    const int d = m - ctx_.month;
    const std::size_t p = month_lead(first);
    if (lower_is(p, "last")) return d < 0 ? y : y - 1;
    if (lower_is(p, "next")) return d > 0 ? y : y + 1;
    if (lower_is(p, "this")) return y;
    // ("was postponed to July", "punting a decision to July": a month a thing is put off to is ahead,
    // whatever the tense; "the year to March", "the 12 months to June", "from January to March" are not)
    // (and "until" in reported speech, whose past is the speaker's present: "said food stocks were adequate
    // until June")
    const bool until = lower_is(p, "until") || lower_is(p, "till");
    const bool put_off = alone && p > 0 && word(p - 1) &&
                         ((lower_is(p, "to") && !period_word(p - 1) && !is_plural(lx_, t_[p - 1].lower) &&
                           month(p - 1) == 0) ||
                          (until && (ends_with(t_[p - 1].lower, "ed") || reported(p))));
    // (a month before its noun is not read by tense: "The September contract rose")
    // (but a statistic's month is: "August exports fell" in February is last year's)
    const bool led = in(lx_.month_lead_words, p) || lower_is(p, "of") || lower_is(p, "as") ||
                     lower_is(p, "for") || lower_is(p, "to") || statistics_month(first);
    const int tense = alone && !put_off && led ? month_tense(first) : 0;
    if (lower_is(p, "since") || tense < 0) return d <= 0 ? y : y - 1;
    const bool ahead = lower_is(p, "by") || lower_is(p, "until") || lower_is(p, "till");
    if (tense > 0 || put_off || (ahead && alone)) return d >= 0 ? y : y + 1;
    return d > 6 && !ahead ? y - 1 : d < -6 ? y + 1 : y;
}

// The month of a possessive written in capitals ("September's"), but a person's name's ("May's", "June's")
// and a title's ("The Fed's September's Outlook") are not.
int Scanner::possessed_month(std::size_t i) const {
    if (!word(i) || !is_possessive(t_[i].text) || !starts_capital(t_[i].text)) return 0;
    const std::string& w = t_[i].lower;
    const auto it = lx_.months.find(w.substr(0, w.size() - (ends_with(w, "'s") ? 2 : 4)));
    if (it == lx_.months.end() || it->first.size() < 4 || it->first == "sept") return 0;
    // ("June's survey", "April's figures": a month's, before a word of results; "June's husband" a woman's)
    const bool results = in(lx_.quarter_nouns, i + 1) || lower_is(i + 1, "survey") ||
                         lower_is(i + 1, "data") || lower_is(i + 1, "poll") || lower_is(i + 1, "election") ||
                         lower_is(i + 1, "meeting") || lower_is(i + 1, "reading") ||
                         lower_is(i + 1, "numbers");
    if (((it->first == "april" || it->first == "june") && !results) || title_case(i)) return 0;
    return it->second;
}

// A month whose name is a person's too.
bool Scanner::name_month(std::size_t i) const {
    return lower_is(i, "may") || lower_is(i, "april") || lower_is(i, "june");
}

// A month whose name is a person's too ("May", "April", "June") names that person before a verb, "who", a
// comma after a word other than "in" ("endorsed by May, who"), "and" or "to" with a name ("between May
// and Juncker", "from May to EU leaders") or "in" and a year ("by May in 2018").
bool Scanner::person_month(std::size_t i, std::size_t lead) const {
    const std::string& w = t_[i].lower;
    if (!name_month(i)) return false;
    const std::size_t next = i + 1;
    // (a prime minister's name: "Since May left office", "endorsed by May, who")
    const bool spoken_of_in =
        lower_is(lead, "in") || lower_is(lead, "during") || lead != i - 1 ||
        (lead > 0 && month(lead - 1) > 0) || // ("between February and May, exports")
        (lower_is(lead, "to") && lead > 0 &&
         (period_word(lead - 1) || is_plural(lx_, t_[lead - 1].lower))); // ("11 months to May,")
    if (lower_is(next, "who")) return true;
    if (w == "may" && (verb_follows(next) || in(lx_.auxiliary_verbs, next))) return !spoken_of_in;
    if (w == "may" && sign(next, ","))
        return !spoken_of_in && !lower_is(lead, "from") && !lower_is(lead, "since");
    // ("between May and Juncker", "between May and her chancellor")
    const bool her =
        w == "may" && (lower_is(next + 1, "her") || lower_is(next + 1, "his") || lower_is(next + 1, "their"));
    if ((lower_is(next, "and") || lower_is(next, "or") || lower_is(next, "to")) && word(next + 1) &&
        ((starts_capital(t_[next + 1].text) && month(next + 1) == 0) || her))
        return true;
    return lower_is(next, "in") && year_at(next + 1);
}

// "September industrial output rose", "August exports fell": the month a statistic covers, opening the
// sentence before a word of month_data_words.txt or quarter_nouns.txt (not a name: "June Carter sang").
bool Scanner::statistics_month(std::size_t i) const {
    const std::size_t next = i + 1;
    return (i == 0 || sentence_end(i - 1)) && word(next) && !starts_capital(t_[next].text) &&
           (in(lx_.month_data_words, next) || in(lx_.quarter_nouns, next));
}

// "in March", "since September", "in early May", "until after December", "the end of June", "next April",
// "a cloudy December afternoon", "in May and June": a month named alone as a time, written out in full
// (not a habit: "usually peaks in May", "every year in June").
bool Scanner::month_alone(std::size_t i) const {
    const std::string& w = t_[i].lower;
    if (uncased_ || (w.size() < 5 && w != "may" && w != "june" && w != "july")) return false;
    const std::size_t span = month_span_end(i); // ("the March-May rains": what follows the span)
    const std::size_t next = span != npos ? span + 1 : i + 1;
    if (statistics_month(i)) return true;
    if (i == 0) return false;
    if (title_case(i) || (word(next) && starts_capital(t_[next].text) && !stop(next) && !month(next)))
        return false;
    if (sign(next, "'") || sign(next, "\u2019")) return false; // "May's"
    if (sign(next, "-")) return false;                         // ("the April-June quarter")
    if (lower_is(next, "quarter") || lower_is(next, "half")) return false;
    std::size_t p = i - 1;
    if (sign(p, "-") && glued(i) && p > 0) --p; // "mid-March"
    // ("a Long March rocket", "The Women's March organisers", "Theresa May": a name's part)
    if (word(p) && starts_capital(t_[p].text) && p > 0 && !sentence_end(p - 1) &&
        !in(lx_.month_lead_words, p))
        return false;
    // (in its clause: "Sales usually slow in summer, but they fell sharply in July" is a date)
    const auto habit = [&](std::size_t k) {
        return in(lx_.habit_words, k) ||
               ((lower_is(k, "every") || lower_is(k, "each")) && lower_is(k + 1, "year"));
    };
    const auto clause_ends = [&](std::size_t k) {
        return sign(k, ",") || sign(k, ";") || lower_is(k, "but");
    };
    for (std::size_t k = i; k-- > 0 && same_sentence(k, i) && !clause_ends(k);)
        if (habit(k)) return false;
    for (std::size_t k = i + 1; k < t_.size() && same_sentence(k, i) && !clause_ends(k); ++k)
        if (habit(k)) return false; // ("is held in January every year")
    if (person_month(i, month_lead(i))) return false;
    if (in(lx_.month_lead_words, p) || lower_is(p, "last") || lower_is(p, "next") || lower_is(p, "this"))
        return true;
    // ("and July this year", "May last year": the year told right after it)
    if (lower_is(i + 2, "year") &&
        (lower_is(i + 1, "this") || lower_is(i + 1, "last") || lower_is(i + 1, "next")))
        return true;
    // "to July", "for March": not before a name's month ("said to May")
    // ("in the year to June", "the 12 months to May": after a period, a name's month too)
    const bool name = name_month(i);
    if ((lower_is(p, "to") || lower_is(p, "for")) &&
        (!name || (p > 0 && (period_word(p - 1) || is_plural(lx_, t_[p - 1].lower) || lower_is(p - 1, "up") ||
                             lower_is(p - 1, "back") || lower_is(p - 1, "forward")))))
        return true;
    // ("the second week of September", "the last weekend of May")
    if (lower_is(p, "of") && p > 0 &&
        (in(lx_.month_lead_words, p - 1) || lower_is(p - 1, "as") || lower_is(p - 1, "week") ||
         lower_is(p - 1, "weekend")))
        return true;
    if (lower_is(p, "as") && p > 0 && (lower_is(p - 1, "early") || lower_is(p - 1, "late"))) return true;
    // "in May and June", "between May and July"
    if ((lower_is(p, "and") || lower_is(p, "or") || lower_is(p, "to") || lower_is(p, "through")) && p > 0 &&
        month(p - 1) > 0 && month_alone(p - 1))
        return true;
    // "a cloudy December afternoon", "The September contract": a month before a noun of its own, after a
    // determiner and at most one adjective (not "the biggest March snowfall", any March's)
    const bool determined = in(lx_.determiners, p) || (p > 0 && in(lx_.determiners, p - 1) && word(p) &&
                                                       !ends_with(t_[p].lower, "est") && !glued(p));
    // ("before the May elections", "the May figures": right after "the" and before a plural, May is no
    // prime minister; "the May government" may be hers)
    const bool may_ok = w != "may" || (lower_is(p, "the") && word(next) && is_plural(lx_, t_[next].lower));
    // ("the October-December short rains": a span of months after a determiner names no one)
    if (span != npos && determined) return true;
    return may_ok && determined && word(next) && !stop(next) &&
           dictionary_.parts(t_[next].lower).has(text::PartOfSpeech::noun);
}

// "the second quarter of 2025", "Q2 2025", "2025 Q2", "third-quarter 2024".
bool Scanner::quarter_at(std::size_t i, Candidate& out) const {
    int q = 0;
    std::size_t j = i;
    if (const auto o = lx_.ordinals.find(t_[i].lower); o != lx_.ordinals.end() && o->second <= 4)
        q = o->second;
    // ("the final quarter of 2026": the fourth, when a year or "of" tells whose)
    if (t_[i].lower == "final" && lower_is(i + 1, "quarter") && (lower_is(i + 2, "of") || year_at(i + 2)))
        q = 4;
    if (q > 0) {
        j = i + 1;
        if (sign(j, "-")) ++j;
        if (!lower_is(j, "quarter")) return false;
        ++j;
        if (lower_is(j, "of")) {
            if (quarter_of_year_told(i, q, j + 1, out)) return true; // "the first quarter of next year"
            ++j;
            // ("the third quarter of fiscal 2027": the fiscal year's quarter)
            if ((lower_is(j, "fiscal") || lower_is(j, "financial")) && year_at(j + 1)) ++j;
        }
        // "third-quarter profit", "second quarter results": a quarter of the publication year (a
        // game's "third quarter" names no results)
        if (!year_at(j)) {
            if (lower_is(j - 1, "of")) --j; // (not "the first quarter of the tournament")
            return quarter_of_this_year(i, q, j, out) || told_quarter(i, q, j - 1, out);
        }
    } else if ((t_[i].text == "Q") && small_int(i + 1, 1, 4) && glued(i + 1)) {
        q = static_cast<int>(t_[i + 1].value);
        j = i + 2;
        if (!year_at(j)) return told_quarter(i, q, i + 1, out); // "sales rose 4% in Q1"
    } else if (const int m = month(i); m > 0) {
        // "the June quarter", "the April-June quarter", "the October–December quarter": a quarter named
        // by its months, as Australian and Indian results are
        j = i + 1;
        int ends = m;
        if (dash(j) && month(j + 1) > 0) {
            ends = month(j + 1);
            j += 2;
        }
        if (!lower_is(j, "quarter") || ends % 3 != 0 || (ends != m && ends - m != 2)) return false;
        q = ends / 3;
        ++j;
        if (lower_is(j, "of")) ++j;
        if (!year_at(j)) return told_quarter(i, q, j - 1, out, true);
    } else {
        return false;
    }
    out = Candidate{};
    out.first = i;
    out.last = j;
    out.kind = FigureKind::date;
    out.unit = "year-quarter";
    out.value = t_[j].value + q / 10.0;
    out.has_unit = true;
    return true;
}

// "another cut in the fourth quarter", "rate cuts": a cut told as a noun is a policy move, like a hike (not
// "the Lakers cut the deficit")
bool Scanner::policy_cut(std::size_t k) const {
    return (lower_is(k, "cut") || lower_is(k, "cuts")) && k > 0 &&
           (lower_is(k - 1, "rate") || lower_is(k - 1, "another") || lower_is(k - 1, "further") ||
            lower_is(k - 1, "a") || lower_is(k - 1, "the") || lower_is(k - 1, "output") ||
            lower_is(k - 1, "production") || lower_is(k - 1, "supply"));
}

// "sales rose 4% in the first quarter", "profit fell in Q3": a quarter with no year, in a sentence about
// results (a word of quarter_nouns.txt or a percent) and not about a game (game_words.txt), is the
// latest such quarter by the publication date. `last` is the quarter's last token.
bool Scanner::told_quarter(std::size_t i, int q, std::size_t last, Candidate& out, bool named) const {
    // ("in the fourth quarter", "in its fourth quarter", "for its fiscal second quarter")
    const std::size_t own = i > 1 && lower_is(i - 1, "fiscal") ? i - 1 : i;
    const std::size_t lead =
        own > 0 && (lower_is(own - 1, "the") || lower_is(own - 1, "its") || lower_is(own - 1, "their"))
            ? own - 1
            : own;
    // ("until at least the September quarter": a quarter named by its month needs no word before it)
    if (!named && (lead == 0 ||
                   !(lower_is(lead - 1, "in") || lower_is(lead - 1, "during") || lower_is(lead - 1, "for") ||
                     lower_is(lead - 1, "over") || lower_is(lead - 1, "from") || lower_is(lead - 1, "into") ||
                     lower_is(lead - 1, "until") || lower_is(lead - 1, "through"))))
        return false;
    // ("a quarter of the century" is 25 years)
    if (lower_is(last + 1, "of") && lower_is(last + 2, "the") && lower_is(last + 3, "century")) return false;
    bool results = false, percent = false, amount = false, change = false, ahead = false, planned = false;
    const auto [from, to] = sentence_of(i);
    for (std::size_t k = from; k < to; ++k) {
        if (in(lx_.game_words, k)) return false;
        const auto u = lx_.units.at(t_, k).value;
        results = results || in(lx_.quarter_nouns, k) || policy_cut(k);
        percent = percent || (u && u->kind == UnitKind::percent);
        // ("lost 238,000 subscribers in the second quarter": a large amount changed)
        amount = amount || (number(k) && (t_[k].grouped || t_[k].value >= 1000) && !year_at(k));
        change = change || (word(k) && lx_.change_words.count(t_[k].lower));
        // ("expects GDP to grow 2% in the third quarter", "will rise in the fourth quarter": ahead of it)
        // (or "at the earliest": "pushes the first cut into the December quarter at the earliest")
        ahead = ahead || lower_is(k, "will") || lower_is(k, "expects") || lower_is(k, "expect") ||
                lower_is(k, "could") || in(lx_.forecast_verbs, k) ||
                (lower_is(k, "earliest") && lower_is(k - 1, "the") && lower_is(k - 2, "at"));
        // ("plans to file for approval in the fourth quarter": a plan's time, a date ahead)
        planned = planned || lower_is(k, "plans") || lower_is(k, "planned") || lower_is(k, "aims") ||
                  lower_is(k, "intends") || lower_is(k, "scheduled") || lower_is(k, "targets");
    }
    ahead = ahead || planned;
    if (!named && !results && !planned && !((percent || amount) && change)) return false;
    if (!quarter_of_this_year(i, q, last + 1, out, true)) return false;
    // (a quarter ahead that this year has already passed is next year's, when its own clause tells it ahead:
    // "could be extended into the second quarter" in November)
    bool ahead_here = false;
    for (std::size_t k = i; k-- > from && !sign(k, ",") && !sign(k, ";");)
        ahead_here = ahead_here || lower_is(k, "will") || lower_is(k, "could") || lower_is(k, "expects") ||
                     lower_is(k, "expected");
    // (its figures still awaited for two months after it ends: "expected growth of 0.1% in the second
    // quarter" in August is this year's)
    if (ahead) out.value = ctx_.year + (ahead_here && ctx_.month > 3 * q + 2 ? 1 : 0) + q / 10.0;
    return true;
}

// "the first quarter of next year", "the second quarter of last year": the year told by its offset.
bool Scanner::quarter_of_year_told(std::size_t i, int q, std::size_t k, Candidate& out) const {
    const int offset = year_told_after(k);
    if (offset == no_offset || ctx_.year <= 0) return false;
    out = Candidate{};
    out.first = i;
    out.last = k + 1;
    out.kind = FigureKind::date;
    out.unit = "year-quarter";
    out.value = ctx_.year + offset + q / 10.0;
    out.has_unit = true;
    return true;
}

bool Scanner::quarter_of_this_year(std::size_t i, int q, std::size_t j, Candidate& out, bool told) const {
    if (ctx_.year <= 0 || (!told && !in(lx_.quarter_nouns, j))) return false;
    // results come after their quarter: "fourth-quarter profit" in February is last year's
    const int year = ctx_.month > 0 && ctx_.month < 3 * q - 2 ? ctx_.year - 1 : ctx_.year;
    out = Candidate{};
    out.first = i;
    out.last = j - 1;
    out.kind = FigureKind::date;
    out.unit = "year-quarter";
    out.value = year + q / 10.0;
    out.has_unit = true;
    return true;
}

// "the 1960s", "since the 1990s": a decade, one date named by its first year (as annotators of the rule
// book write it; a range would be two figures).
// ("the early 2000s", "the mid-1960s", "the late 1960s": told roughly; "the 1960s and 70s": the second
// in the first's century)
bool Scanner::decade_at(std::size_t i, Candidate& out) const {
    if (!number(i) || t_[i].decimal || t_[i].grouped) return false;
    const bool plural = glued(i + 1) && (lower_is(i + 1, "s") || lower_is(i + 1, "'s"));
    if (std::fmod(t_[i].value, 10) != 0 || !plural) return false;
    double start = t_[i].value;
    if (t_[i].digits == 2) {
        const bool listed = i >= 4 &&
                            (lower_is(i - 1, "and") || lower_is(i - 1, "or") || lower_is(i - 1, "to")) &&
                            lower_is(i - 2, "s") && number(i - 3) && t_[i - 3].digits == 4;
        if (!listed) return false;
        start += std::floor(t_[i - 3].value / 100) * 100;
    } else if (t_[i].digits != 4 || !small_int(i, 1000, 2090)) {
        return false;
    }
    const auto rough = [&](std::size_t k) {
        return lower_is(k, "mid") || lower_is(k, "early") || lower_is(k, "late");
    };
    const bool part = i >= 2 && sign(i - 1, "-") && glued(i) && glued(i - 1) && rough(i - 2);
    if (i > 0 && glued(i) && (word(i - 1) || sign(i - 1, "-")) && !part) return false; // "G-1990s"
    out = Candidate{};
    out.first = part ? i - 2 : i;
    out.last = i + 1;
    out.kind = FigureKind::date;
    out.unit = "year";
    out.value = start;
    out.has_unit = true;
    if (part || (i > 0 && rough(i - 1))) out.qualifier = Qualifier::approx;
    return true;
}

// "1m21.446s", "1min 05.817sec": a lap time in minutes and seconds written with their letters, each part
// as written (as a race clock's are). Returns its last token, or npos.
std::size_t Scanner::lap_time_at(std::size_t i, std::vector<Candidate>& found) const {
    const auto is = [&](std::size_t k, std::string_view a, std::string_view b) {
        return lower_is(k, a) || lower_is(k, b);
    };
    if (!number(i) || t_[i].decimal || t_[i].digits > 2 || !is(i + 1, "m", "min") || !glued(i + 1) ||
        !number(i + 2) || t_[i + 2].digits != 2 || !is(i + 3, "s", "sec") || !glued(i + 3))
        return npos;
    for (const auto& [value, unit] :
         {std::pair{t_[i].value, "minute"}, std::pair{t_[i + 2].value, "second"}}) {
        Candidate f;
        f.first = i;
        f.last = i + 3;
        f.kind = FigureKind::duration;
        f.value = value;
        f.unit = unit;
        f.has_unit = true;
        qualifier_before(f);
        found.push_back(std::move(f));
    }
    return i + 3;
}

// "a week", "about a month", "within an hour": one unit of time written with the article.
// "won in 2:09:56", "ran 64:41 for the half", "with 1:12 left": a time on a clock that measures a race or
// a game, not the time of day, given as each of its parts is written (hours, minutes, seconds), as
// "5 hours and 9 minutes" is two durations. Returns the clock's last token, or npos.
std::size_t Scanner::race_time_at(std::size_t i, std::vector<Candidate>& found) const {
    if (const std::size_t end = lap_time_at(i, found); end != npos) return end;
    const auto part = [&](std::size_t k) { return number(k) && glued(k) && t_[k].digits == 2; };
    if (!number(i) || t_[i].decimal || t_[i].digits > 2 || !sign(i + 1, ":") || !glued(i + 1) || !part(i + 2))
        return npos;
    const bool three = sign(i + 3, ":") && glued(i + 3) && part(i + 4);
    const std::size_t last = three ? i + 4 : i + 2;
    if (sign(last + 1, ":") || time_of_day_at(last + 1) || (word(last + 1) && is_acronym(t_[last + 1].text)))
        return npos; // ("10:30 am", "11:30 UTC")
    // (a clock after "at", "by", "until" anywhere in the sentence tells times of day: "ran at 10:15 and
    // 11:45")
    static constexpr std::array<std::string_view, 11> clock_before = {
        "at", "by", "until", "till", "from", "before", "after", "around", "since", "about", "to"};
    const auto [from, to] = sentence_of(i);
    for (std::size_t k = from; k + 2 < to; ++k)
        if (word(k) && number(k + 1) && sign(k + 2, ":") &&
            std::find(clock_before.begin(), clock_before.end(), t_[k].lower) != clock_before.end())
            return npos;
    static constexpr std::array<std::string_view, 20> race = {
        "marathon",   "race", "ran", "run",  "runner", "record", "finish", "finished",  "clocked", "km",
        "kilometres", "mile", "lap", "swim", "sprint", "stage",  "left",   "remaining", "quarter", "half"};
    bool raced = false, marathon = false;
    for (std::size_t k = from; k < to; ++k) {
        raced = raced || (word(k) && std::find(race.begin(), race.end(), t_[k].lower) != race.end());
        marathon = marathon || lower_is(k, "marathon");
    }
    if (!raced && !(three && t_[i].value <= 9)) return npos;
    // ("under 2:04" in a marathon is hours and minutes; "64:41", "1:12 left" minutes and seconds)
    const bool hours = three || (marathon && t_[i].value <= 4);
    const std::array<std::pair<double, std::string_view>, 3> parts = {
        std::pair{t_[i].value, hours ? "hour" : "minute"},
        std::pair{t_[i + 2].value, hours ? "minute" : "second"},
        std::pair{three ? t_[i + 4].value : 0.0, "second"}};
    for (const auto& [value, unit] : parts) {
        if (value <= 0) continue;
        Candidate f;
        f.first = i;
        f.last = last;
        f.kind = FigureKind::duration;
        f.value = value;
        f.unit = std::string(unit);
        f.has_unit = true;
        qualifier_before(f);
        found.push_back(std::move(f));
    }
    return last;
}

bool Scanner::article_duration_at(std::size_t i, Candidate& out) const {
    if (!(lower_is(i, "a") || lower_is(i, "an") || lower_is(i, "another")) || !word(i + 1)) return false;
    // ("in a single day", "the option of a further year", "a full month")
    const bool modifier = lower_is(i + 1, "single") || lower_is(i + 1, "further") ||
                          lower_is(i + 1, "full") || lower_is(i + 1, "whole") ||
                          lower_is(i + 1, "additional");
    const std::size_t w = modifier ? i + 2 : i + 1;
    const auto u = lx_.units.at(t_, w);
    if (!u.value || u.value->kind != UnitKind::duration || u.value->where != Where::any) return false;
    if (sign(w + u.length, "-")) return false; // "a year-long war"
    // ("for a second day", "for a second straight day")
    if (lower_is(w, "second") && word(w + 1) && (!stop(w + 1) || lower_is(w + 1, "straight"))) return false;
    // ("hundreds of dollars a month": money by the month, told vaguely, is a rate and no span)
    if (i > 0 && word(i - 1) && lx_.currencies.at(t_, i - 1).value && is_plural(lx_, t_[i - 1].lower) &&
        !lower_is(w + u.length, "ago") && !lower_is(w + u.length, "earlier"))
        return false;
    // ("41,000 shillings ($317) a month", "Sh2,000 extra a month": money by the month past its bracketed
    // conversion or a word of more, a rate and no span)
    if (i > 1 && (sign(i - 1, ")") || lower_is(i - 1, "extra") || lower_is(i - 1, "more")) &&
        !lower_is(w + u.length, "ago") && !lower_is(w + u.length, "earlier")) {
        std::size_t k = i - 1;
        while (k > 0 && i - k < 10 && !sign(k, "(") && !(number(k) && !sign(i - 1, ")")))
            --k;
        const std::size_t before = sign(k, "(") ? k : k + 1; // (the amount before its bracket or its "extra")
        for (std::size_t m = before; m-- > 0 && before - m <= 4;)
            if (lx_.currencies.at(t_, m).value) return false;
    }
    // ("if there ever came a day when", "a year that changed…": a time the clause names, no span)
    const std::size_t next = w + u.length;
    // ("on a night shift", "a day trip": a day or a night before a noun makes a compound, no span)
    if ((u.value->unit == "night" || u.value->unit == "day") && word(next) && !stop(next) &&
        !has_capital(t_[next].text) && !in(lx_.relative_time_words, next) &&
        !lx_.adjective_forms.count(t_[next].lower) &&
        dictionary_.parts(t_[next].lower).has(text::PartOfSpeech::noun) && !verb_follows(next))
        return false;
    if ((lower_is(next, "when") || (lower_is(next, "that") && verb_follows(next + 1))) &&
        !(i > 0 && in(lx_.over_bound_words, i - 1))) // ("The trip takes a day when the roads are clear")
        return false;
    // "a year ago", "a month earlier" span a year and a month, as "three years ago" spans three
    if (i > 0) {
        // ("$42 a share" and "40 km an hour" are rates; "€11.1bn a year earlier" is a level and the time
        // it was measured at)
        const std::size_t after = w + u.length;
        const bool back = lower_is(after, "ago") || lower_is(after, "earlier") || lower_is(after, "before") ||
                          lower_is(after, "previously");
        if ((number(i - 1) || (last_end_ != npos && last_end_ + 1 == i)) && !back) return false;
        // "twice a year" is a rate and "better than a year ago" a comparison; "more than a year" is
        // a bound on a duration
        // ("fewer than a year earlier" is a span back, as "from a year earlier" is; "better than a year ago"
        // compares with a time)
        const bool earlier = lower_is(after, "earlier") || lower_is(after, "before");
        const bool rate_or_comparison =
            in(lx_.frequency_words, i - 1) || (lower_is(i - 1, "than") && !earlier);
        if (rate_or_comparison && !lx_.qualifiers.before(t_, i).value) return false;
    }
    out = Candidate{};
    out.first = i;
    out.last = w - 1 + u.length;
    out.kind = FigureKind::duration;
    out.value = 1;
    if (const std::size_t half = and_a_half(out.last + 1); half != npos) { // "an hour and a half"
        out.value = 1.5;
        out.last = half;
    }
    out.unit = u.value->unit;
    out.has_unit = true;
    out.compound = true; // "from a year earlier to 7,114": no level a bare number is compared with
    qualifier_before(out);
    return true;
}

// A number that can be an age as written: 1 to 120, no decimals, no noun after it ("in the digital age 3
// billion people" counts people).
bool Scanner::plain_age(const Core& c) const {
    const std::size_t k = c.last + 1;
    const bool noun_after = word(k) && !stop(k) && !verb_follows(k); // ("people over 50 rose" are aged)
    return c.value >= 1 && c.value <= 120 && !t_[c.first].decimal && !noun_after &&
           !lower_is(k, "of"); // ("300 people, over 100 of whom were hurt")
}

// "children under 13", "people over 65": a bound after people is on their age.
bool Scanner::bound_age(const Core& c, const Candidate& f) const {
    const bool bound = lower_is(f.first, "under") || lower_is(f.first, "over") ||
                       lower_is(f.first, "above") || lower_is(f.first, "below");
    return bound && f.first > 0 && in(lx_.age_bound_nouns, f.first - 1) && plain_age(c);
}

// "day", "quarter": a word of a period of time, which "ago" or "earlier" may follow.
bool Scanner::period_word(std::size_t k) const {
    const auto u = lx_.units.at(t_, k);
    return lower_is(k, "quarter") || (u.value && u.length == 1 && u.value->kind == UnitKind::duration);
}

// "versus 305,000 week ago": wire shorthand for a level and the time it was measured at, not 305,000
// weeks (a period word in the singular after any number but one).
bool Scanner::period_ago(std::size_t k, double value) const {
    return value != 1 && period_word(k) && !is_plural(lx_, t_[k].lower) && in(lx_.relative_time_words, k + 1);
}

// "2023/24", "2023/2024": a season or a fiscal year, the year and the next one joined by a slash.
bool Scanner::season_years(const Core& c) const {
    const std::size_t k = c.last + 1;
    if (!c.year_like || c.words || !sign(k, "/") || !glued(k) || !number(k + 1) || !glued(k + 1))
        return false;
    const Token& next = t_[k + 1];
    if (next.decimal || next.grouped) return false;
    if (next.digits == 4) return next.value == c.value + 1;
    return next.digits == 2 && next.value == std::fmod(c.value + 1, 100);
}

// "AD 79", "between A.D. 1000 and 1260": the common era's sign before a year.
bool Scanner::era_before(const Core& c) const {
    const std::size_t i = c.first;
    if (c.words || t_[i].decimal || t_[i].grouped || c.scale != 1 || c.last != c.first) return false;
    return (i >= 1 && t_[i - 1].text == "AD") || (i >= 4 && sign(i - 1, ".") && t_[i - 2].text == "D" &&
                                                  t_[i - 4].text == "A" && initials_end(i - 4) == i - 1);
}

// "5,316 BCE", "79 AD", "300 B.C.", "AD 79": a year of an era, whatever its size; the years before the
// common era count back from nought.
bool Scanner::era_year(const Core& c, Candidate& f) const {
    if (f.has_unit || f.range || c.words || t_[c.first].decimal || c.scale != 1) return false;
    std::size_t k = f.last + 1;
    if (!word(k) || !t_[k].space_before) return false;
    std::string era;
    const std::size_t dots = initials_end(k); // "B.C.", "A.D."
    for (std::size_t j = k; j <= (dots == npos ? k : dots); ++j)
        era += t_[j].text;
    const bool before = era == "BC" || era == "BCE" || era == "B.C." || era == "B.C.E.";
    if (!before && era != "AD" && era != "CE" && era != "A.D." && era != "C.E.") return false;
    if (dots == npos && word(k + 1) && has_capital(t_[k + 1].text)) return false; // "300 AD Corp"
    make_year(f);
    f.value = before ? -c.value : c.value;
    f.last = dots == npos ? k : dots;
    return true;
}

// "in the Philippines circa 1905,", "as of about 1950, the best way…", "until at least 2023", "this
// shawl around 1897.", "from around 1845.": a year told roughly or bounded, no noun after it ("a
// population of around 1900", "rose by about 2000", "fell from around 2000 to 1500" count).
bool Scanner::roughly_told_year(const Candidate& f) const {
    if (lower_is(f.first, "circa")) return true;
    if (f.first == 0) return false;
    const std::size_t j = f.first - 1;
    if (sign(j, ",")) return f.qualifier == Qualifier::approx;
    if (j > 0 && lower_is(j, "of") && lower_is(j - 1, "as")) return true;
    const bool clause_ends = !word(f.last + 1) || lower_is(f.last + 1, "when");
    if (lower_is(j, "from"))
        return clause_ends && !lower_is(f.last + 1, "to") && f.qualifier == Qualifier::approx;
    if (lower_is(j, "of")) return false;
    if (lower_is(j, "by")) return j > 0 && !verb_follows(j - 1); // ("rose by", "cut by")
    if (in(lx_.time_prepositions, j)) return true;
    // a thing dated by the year that ends the clause: "gave Tubman this shawl around 1897."
    const auto parts = word(j) ? dictionary_.parts(t_[j].lower) : text::Parts{};
    return f.qualifier == Qualifier::approx && clause_ends && !stop(j) && !has_capital(t_[j].text) &&
           parts.only(text::PartOfSpeech::noun) && !in(lx_.amount_nouns, j);
}

// A year: "in 2014", "the 2022 invasion"; but "2000 hires" counts and "the 2024 Olympics" names an
// event of that year.
void Scanner::year(const Core& c, Candidate& f, bool temporal_before) const {
    if (era_year(c, f) || f.has_unit || f.range || !c.year_like) return;
    // ("up from 1212 last weekend", "against 1,389 a week earlier": a level at a time told after it; not
    // "since 2011 this year")
    const std::size_t k = f.last + 1;
    const bool dated =
        f.first > 0 && in(lx_.time_prepositions, f.first - 1) && c.value >= 1900 && c.value <= 2100;
    if ((lower_is(k, "last") || lower_is(k, "this") || lower_is(k, "the")) &&
        (period_word(k + 1) || lower_is(k + 1, "weekend")) &&
        !(lower_is(k, "the") && !lower_is(k + 2, "before")) && !dated)
        return;
    if (!dated && (lower_is(k, "a") || lower_is(k, "one")) && period_word(k + 1) &&
        (lower_is(k + 2, "earlier") || lower_is(k + 2, "ago") || lower_is(k + 2, "before")))
        return;
    std::string unit;
    const std::size_t end = noun_phrase(f.last + 1, 2, unit);
    // "over 2005 levels", "below 1990 levels"; "1878: Two local teams…" heading an item
    const bool levels = unit == "level" && end == f.last + 1;
    const bool heading =
        c.first == f.first && (f.first == 0 || sentence_end(f.first - 1)) && sign(f.last + 1, ":");
    if (levels || heading) {
        make_year(f);
        f.qualifier = Qualifier::exact;
        return;
    }
    if (f.qualifier != Qualifier::exact && end == npos && c.first == c.last && t_[c.first].digits == 4 &&
        roughly_told_year(f)) {
        make_year(f);
        return;
    }
    if (f.qualifier != Qualifier::exact) return;
    // "had 1986 sales of 86 mln dlrs", "fiscal 1986 earnings per share of 24 cts": a noun measured by
    // a figure of its own is the year's, not counted by it
    std::size_t of = end + 1;
    if (end != npos && lower_is(of, "per") && word(of + 1)) of += 2;
    const bool measured = end != npos && lower_is(of, "of") &&
                          (core_at(of + 1).has_value() || lx_.currencies.at(t_, of + 1).value);
    const bool fiscal = f.first > 0 && lower_is(f.first - 1, "fiscal");
    // "Obama's 2008 campaigns", "the 2022 floods", "in 2020 cut global emissions": a year that
    // belongs to a noun's owner, a definite year, or a year with a verb after it
    std::size_t lead = f.first; // (past the years listed before it: "Obama's 2008 and 2012 campaigns")
    while (lead >= 2 && list_joiner(lead - 1) && !lower_is(lead - 1, "to") && number(lead - 2) &&
           t_[lead - 2].digits == 4 && !t_[lead - 2].grouped)
        lead -= 2;
    // (not "the 1000 people"; and a round number is a count: "the company's 2000 employees"; "her 2018
    // disclosure report shows", "his 2016 tax returns": after "the" or a possessive, a year)
    const bool owned = lead > 0 && c.first == f.first && t_[c.first].digits == 4 &&
                       std::fmod(c.value, 100) != 0 &&
                       (is_possessive(t_[lead - 1].lower) ||
                        (in(lx_.person_determiners, lead - 1) && c.value >= 1900 && c.value <= 2100));
    // ("the Boxing Day 2004 tsunami", "a New Year's Eve 2019 party", "Christmas 2012 sales": a holiday's
    // year)
    const bool holiday = lead > 0 && c.value >= 1900 && c.value <= 2100 && holiday_ends(lead - 1);
    // ("in 2020 cut global emissions", "In 2010 floods killed 2,000 people")
    const bool verb_after =
        temporal_before && ((end > f.last + 1 && verb_follows(f.last + 1)) ||
                            (end != npos && (verb_follows(end + 1) || in(lx_.auxiliary_verbs, end + 1))));
    // ("a 2019 law banning flavored vaping products": one thing of that year, no count)
    const bool indefinite = lead > 0 && (lower_is(lead - 1, "a") || lower_is(lead - 1, "an"));
    // ("opened in 1943 carries more", "built in 1925 marks the": a verb's -s, the commas left out)
    // (a round number counts: "invested in 2000 homes across the region")
    // ("So as 2016 comes to a close", "As 2019 ends,": or a year that opens a clause as its subject)
    const bool opens = f.first == 0 || sentence_end(f.first - 1) || lower_is(f.first - 1, "as") ||
                       lower_is(f.first - 1, "when") || lower_is(f.first - 1, "until") ||
                       lower_is(f.first - 1, "before");
    const bool verb_s = (temporal_before || (opens && c.value >= 1900 && c.value <= 2100)) &&
                        end == f.last + 1 && std::fmod(c.value, 100) != 0 && !verb_follows(end + 1) &&
                        !in(lx_.auxiliary_verbs, end + 1) && // ("1985 shares were sold")
                        // (its object or where it goes, not a place or a time: "fitted in 1925 homes across
                        // the county", "paid in 1950 cases last year")
                        (in(lx_.determiners, end + 1) || lower_is(end + 1, "to") ||
                         lower_is(end + 1, "more") || number(end + 1) || sign(end + 1, ",")) &&
                        !dictionary_.bases(t_[end].lower, text::PartOfSpeech::verb).empty();
    // ("issued a bulletin in 2024 reminding crews": a participle after the year opens a phrase of its own)
    const bool participle =
        temporal_before && word(f.last + 1) && ends_with(t_[f.last + 1].lower, "ing") &&
        t_[f.last + 1].lower.size() > 5 && c.value >= 1900 && c.value <= 2100 &&
        std::fmod(c.value, 100) != 0 && // (a round number counts: "in 2000 housing units")
        !dictionary_.parts(t_[f.last + 1].lower).has(text::PartOfSpeech::noun);
    const bool counted_noun =
        end != npos && !participle && is_plural(lx_, t_[end].lower) && !in(lx_.year_nouns, end) && !verb_s &&
        !indefinite && !has_capital(t_[f.last + 1].text) && !measured && !fiscal && !owned && !verb_after &&
        !holiday && !(verb_follows(end + 1) && f.first > 0 && lower_is(f.first - 1, "and"));
    const bool prep = temporal_before || (f.first > 0 && in(lx_.year_lead_words, f.first - 1));
    if (!counted_noun && (c.value >= 1900 || prep)) make_year(f);
}

// "Nick Hague 44 has spent…": text stripped of its commas still gives a person's age after their
// name. A first and last name (two or three capitalised words), a two-digit number, then a verb or
// a function word; "Boeing 737", "Windows 11" and "Super Bowl 50 yards" stay labels. With one of the
// two commas left ("Haaland, 23 has scored", "The singer 29, announced") one name, or a role, will do
// when a verb follows.
bool Scanner::age_after_name(const Core& c) const {
    const std::size_t i = c.first;
    if (c.words || c.last != i || t_[i].digits != 2 || t_[i].decimal || t_[i].value < 16 || i < 1)
        return false;
    if (lower_is(i + 1, "not") && lower_is(i + 2, "out")) return false; // "Beau Webster 39 not out": runs
    const bool comma_before = sign(i - 1, ",");
    const bool comma_after = sign(i + 1, ",");
    if (comma_before && comma_after) return false;    // the written form, read elsewhere
    const std::size_t end = comma_before ? i - 1 : i; // the name ends before this token
    std::size_t names = 0;
    std::size_t start = end;
    for (std::size_t k = end; k-- > 0 && names < 4;) {
        // ("Sam Bankman-Fried 30 was arrested": a name's parts joined by a hyphen are one)
        if (dash(k) && glued(k) && glued(k + 1) && k > 0 && word(k - 1) && names > 0) continue;
        if (!word(k) || !starts_capital(t_[k].text) || stop(k) || month(k) || is_possessive(t_[k].text))
            break;
        if (!(k + 1 < end && dash(k + 1) && glued(k + 1))) ++names;
        start = k;
    }
    const bool one_comma = comma_before || comma_after;
    // (not a place or a time: "In Ohio, 40 were arrested", "By Friday, 15 had died"; nor an adverb:
    // "Meanwhile, 40 were")
    if (names > 0 && start > 0 && word(start - 1) && stop(start - 1)) return false;
    const auto parts = names == 1 ? dictionary_.parts(t_[end - 1].lower) : text::Parts{};
    const bool plain_noun = parts.has(text::PartOfSpeech::noun) && !parts.has(text::PartOfSpeech::adverb) &&
                            !is_plural(lx_, t_[end - 1].lower);
    const bool surname = names == 1 && one_comma && (!english_word(t_[end - 1].lower) || plain_noun);
    const bool role = names == 0 && one_comma && end >= 2 && role_before(end - 1);
    if (!one_comma) return names >= 2 && names <= 3 && predicate_follows(i + 1);
    // (with one comma, a verb must follow: "Agent 47, and Mario", "Article 50, the", "Yesh Atid 25,
    // and" are names and counts)
    const std::size_t v = comma_after ? i + 2 : i + 1;
    const bool verb = predicate_follows(v) && (verb_follows(v) || in(lx_.auxiliary_verbs, v));
    return ((names >= 2 && names <= 3) || surname || role) && verb;
}

// "He was 38.", "she was 17 when…": a person's age as the whole predicate.
bool Scanner::said_age(const Core& c, const Candidate& f) const {
    if (f.first < 1 || f.has_unit || c.scale != 1 || c.value < 1 || c.value > 110 ||
        c.value != std::floor(c.value))
        return false;
    const std::size_t k = c.last + 1;
    // "who turns 39 next week", "turned 40 in May"
    const bool turn = turn_word(f.first - 1);
    if (turn && c.value >= 2 && plain_age(c) && !lower_is(k, "percent") &&
        !(lx_.units.at(t_, k).value && !stop(k))) // ("turn 18 in May": "in" is no inch here)
        return true;
    const bool ends = k >= t_.size() || sign(k, ".") || sign(k, ",") || sign(k, ";") || lower_is(k, "when");
    // "signed by McLaren's junior programme at 16", "began karting at 16 and turned professional at 19",
    // "moved to London at 17": the age a step of a life was taken at
    if (lower_is(f.first - 1, "at") && (ends || lower_is(k, "and")) && plain_age(c) && !t_[c.first].decimal) {
        static constexpr std::array<std::string_view, 22> steps = {
            "signed",   "joined",    "left",      "moved",    "started", "began",   "debuted", "married",
            "retired",  "quit",      "turned",    "arrived",  "fled",    "learned", "learnt",  "became",
            "enrolled", "diagnosed", "emigrated", "orphaned", "dropped", "won"};
        // (not a price: "Shares started trading at 16")
        for (std::size_t j = f.first - 1, n = 0; j-- > 0 && n < 7 && (word(j) || sign(j, "'")) &&
                                                 !lower_is(j, "trading") && !lower_is(j, "shares");
             ++n)
            if (std::find(steps.begin(), steps.end(), t_[j].lower) != steps.end()) return true;
    }
    if (!ends) return false;
    // "Vintila and Bogdan Radu, both 34, were charged", "The couple, both 70, died": one age of two
    if (lower_is(f.first - 1, "both") && f.first >= 3 && sign(f.first - 2, ",") && sign(k, ",") &&
        plain_age(c) && word(f.first - 3) &&
        (starts_capital(t_[f.first - 3].text) ||
         lx_.person_nouns.count(noun_singular(t_[f.first - 3].lower))))
        return true;
    // "Mother and daughter, 61 and 34, were rescued", "John and Mary Hale, 45 and 43,": the ages of two
    const auto person_at = [&](std::size_t j) { // (a name of two words, or of two people: not "in Paris")
        const bool name = word(j) && starts_capital(t_[j].text) && j > 0 &&
                          ((word(j - 1) && starts_capital(t_[j - 1].text)) || lower_is(j - 1, "and"));
        return name || (word(j) && lx_.person_nouns.count(noun_singular(t_[j].lower)) > 0);
    };
    const bool first_of_two = f.first >= 2 && sign(f.first - 1, ",") && person_at(f.first - 2) &&
                              lower_is(k, "and") && number(k + 1) && sign(k + 2, ",") && plain_age(c);
    const bool second_of_two = f.first >= 4 && lower_is(f.first - 1, "and") && number(f.first - 2) &&
                               sign(f.first - 3, ",") && person_at(f.first - 4) && sign(k, ",") &&
                               plain_age(c) && t_[f.first - 2].value <= 110;
    if (first_of_two || second_of_two) return true;
    // "He was 38.", "Randall-Gay was 17 when…", "an orphan who was 10 when…"
    const bool be = lower_is(f.first - 1, "was") || lower_is(f.first - 1, "is");
    if (be && f.first >= 2) {
        // ("she was 17 when", "The teenager was 15 when")
        if (in(lx_.person_pronouns, f.first - 2) ||
            (described_person(f.first - 2) && person_noun(f.first - 2)))
            return true;
        std::size_t names = 0; // a first and last name, hyphens inside it allowed
        for (std::size_t k = f.first - 1; k-- > 0;) {
            if (word(k) && starts_capital(t_[k].text) && !stop(k))
                ++names;
            else if (!(dash(k) && glued(k) && glued(k + 1)))
                break;
        }
        if (names >= 2) return true;
        if (uncased_ && uncased_name_opens(f.first - 1)) return true; // "brianne randall-gay was 17 when"
    }
    // "dies at 90", "has passed away at 94", and "At 10, she was taken…" opening a sentence
    if (!lower_is(f.first - 1, "at")) return false;
    // ("died last week at 102", "died in hospital on Monday at 94")
    for (std::size_t j = f.first - 1, n = 0; j-- > 0 && n < 5 && word(j); ++n)
        if (in(lx_.death_words, j)) return true;
    return (f.first == 1 || sentence_end(f.first - 2)) && sign(k, ",") && c.value <= 20 &&
           !t_[c.first].decimal;
}

// "turns", "turned", "turning", "turn": the verb of a birthday.
bool Scanner::turn_word(std::size_t k) const {
    return lower_is(k, "turns") || lower_is(k, "turned") || lower_is(k, "turning") || lower_is(k, "turn");
}

// A year: kind date, unit year ("in 2014", "around 1897", "AD 79").
void Scanner::make_year(Candidate& f) const {
    f.kind = FigureKind::date;
    f.unit = "year";
    f.has_unit = true;
}

// An age: kind quantity in years ("Maddon, 66,", "aged 19", "the 18-19 age group").
void Scanner::make_age(Candidate& f) const {
    f.kind = FigureKind::quantity;
    f.unit = "years old";
    f.has_unit = true;
}

} // namespace parallax::extract::figures::scan
