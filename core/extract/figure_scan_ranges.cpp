// Figures: Ranges ("4-5 hours", "$5-6 billion", "between 10 and 12") and scores ("2-1").
#include "extract/figure_scanner.hpp"

namespace parallax::extract::figures::scan {

// "4-5 hours", "2012–13", "15 to 22 miles per hour", "between 10 and 12", "$800,000 to $1.3 million".
// "beat Charlton 2-1", "Minnesota 122-108": a result after a name, not the name's label; a label's
// second part is larger or in hundreds ("Boeing 737-800", "777-200").
bool Scanner::result_after_name(const Core& c) const {
    const std::size_t k = c.last + 1;
    if (!dash(k) || !glued(k) || !glued(k + 1) || !number(k + 1)) return false;
    if (t_[k + 1].value > c.value) return false;
    const auto other = core_at(k + 1);
    // (then the clause goes on or ends: not "the Saab 9-3 Aero", a model's name)
    const std::size_t after = other ? other->last + 1 : npos;
    return other && score(c, *other) && (!word(after) || stop(after));
}

// "beat Charlton 2-1", "a 38-17 win", "ruled 6-3", "passed 124-65": a result or a tally, kept as the
// pair it is (the two sides in the order written); not "4-3-3", "12-14 61-1/2": no third number.
bool Scanner::score(const Core& first, const Core& second) const {
    const auto whole = [&](const Core& c) {
        return c.last == c.first && !t_[c.first].decimal && !t_[c.first].grouped && c.value < 1000;
    };
    const std::size_t k = second.last + 1;
    const bool third = (dash(k) || sign(k, "/")) && glued(k) && number(k + 1);
    // ("the 9-3 Aero Sedan": a capitalised word after the pair makes it a model's name)
    // ("beat Chelsea 2-1 Sunday": not a weekday or a month)
    const bool named = word(k) && starts_capital(t_[k].text) && !weekday(k) && !month(k);
    // ("Remain led 51.9-48.1": a split of a hundred, told to the tenth)
    const bool split = t_[first.first].decimal && t_[second.first].decimal && first.last == first.first &&
                       second.last == second.first && std::abs(first.value + second.value - 100) < 0.5;
    return ((whole(first) && whole(second)) || split) && !first.words && !third && !number(k) && !named &&
           !model_variant(first, second) && result_told(first.first, k);
}

// A word of result_words.txt in the sentence before a pair (up to twelve words back) or right after it:
// "Bristol City beat Charlton 2-1", "a 38-17 win", "2-0 down"; or a record in brackets after a name.
bool Scanner::result_told(std::size_t pair, std::size_t after) const {
    // ("Final odds had the grey at 7-2", "the 5-1 favourite": odds, whatever else the sentence says)
    for (std::size_t j = 0; j < t_.size(); ++j)
        if (same_sentence(j, pair) && in(lx_.odds_words, j)) return false;
    if (in(lx_.result_words, after) || lower_is(pair - 1, "by"))
        return true; // ("gained confidence by 106-80")
    // "Houston (9-3) plays San Diego State (10-3)": a team's record in brackets after its name
    if (pair >= 2 && sign(pair - 1, "(") && word(pair - 2) && starts_capital(t_[pair - 2].text) &&
        sign(after, ")"))
        return true;
    for (std::size_t j = pair, n = 0; j-- > 0 && n < 12 && same_sentence(j, pair); ++n)
        if (in(lx_.result_words, j)) return true;
    return false;
}

// "737-800 jets", "a 777-200", "the 787-9": a model and its variant, no range nor score ("500-600 jobs"
// is a range: its ends are round alike; "110-100" a score).
bool Scanner::model_variant(const Core& first, const Core& second) const {
    if (first.words || first.value < 100) return false;
    return (second.value < 10 && second.value > 0) || // ("passed 412-0": a vote with none against)
           (second.value >= 100 && std::fmod(second.value, 100) == 0 && std::fmod(first.value, 10) != 0);
}

// "30-40,000 workers", "200-300,000 households", "5-10,000", "between 50 and 60,000 fans": the
// thousands a range writes once, on its second end, when the first is of the size of the second's
// leading group.
double Scanner::shared_groups(const Core& first, const Core& second) const {
    if (first.scale != 1 || first.words || t_[first.first].grouped || t_[first.first].decimal) return 1;
    double groups = 1;
    while (second.value >= groups * 1000 && std::fmod(second.value, groups * 1000) == 0)
        groups *= 1000;
    const double lead = second.value / groups;
    return groups > 1 && first.value < lead && first.value * 10 > lead ? groups : 1;
}

// The scale a range's first end takes from its second: "four to five thousand" (1000), "two to three
// hundred thousand" (100,000: the second's hundreds too), "2 to 3,000" (none: the first is whole).
double Scanner::shared_scale(const Core& first, const Core& second) const {
    // ("three hundred to five hundred billion dollars": hundreds of the second's scale)
    const bool hundreds_of = first.scale == 100 && second.scale >= 1000;
    if ((first.scale != 1 && !hundreds_of) || second.scale <= 1) return 1;
    const double mantissa = second.value / second.scale;
    if (first.value >= mantissa * 10) return 1;
    const bool hundreds = first.words && second.words && mantissa >= 100 && mantissa < 1000 &&
                          std::fmod(mantissa, 100) == 0 && first.value < mantissa / 100;
    return hundreds ? second.scale * 100 : second.scale;
}

void Scanner::join_range(Candidate& f) const {
    std::size_t k = f.last + 1;
    if (lx_.qualifiers_after.at(t_, k).value) return; // "20 or more rifles and 4 trucks": no list
    std::size_t joined_to = npos;
    // "a six-to-seven minute conversation", "a 10-to-12 hour shift": "to" joined by hyphens before a
    // unit (not odds, "33-to-1", nor a ratio, "1-to-3")
    if (sign(k, "-") && glued(k) && lower_is(k + 1, "to") && glued(k + 1) && sign(k + 2, "-") &&
        glued(k + 2) && glued(k + 3)) {
        const auto second = core_at(k + 3);
        const std::size_t u = second && sign(second->last + 1, "-") ? second->last + 2 : npos;
        const std::size_t after = second ? (u != npos ? u : second->last + 1) : npos;
        if (second && second->value > f.core.value && after != npos && lx_.units.at(t_, after).value)
            joined_to = k += 2;
    }

    // "7- or 8-inch", "four-, five- and six-cylinder", "8 or $9": a bare number takes the next one's unit
    const bool dangling =
        joined_to == npos && sign(k, "-") && glued(k) &&
        (sign(k + 1, ",") || lower_is(k + 1, "or") || lower_is(k + 1, "and") || lower_is(k + 1, "to"));
    // ("1.2m, 800,000 and 650,000 tonnes": a comma list of bare numbers ends in their unit too)
    const auto listed = sign(k, ",") ? core_at(k + 1) : std::nullopt;
    // ("seven, eight, and ten years": the last comma of a list may stand before its "and")
    // (a year is no member of a list of amounts: "between dec 23 and 31, 1986, and 50 cts")
    // (and only after an earlier member: "the toll rose to 40, and 60 percent of…" is no list)
    bool comma_list = sign(k, ",") && (lower_is(k + 1, "and") || lower_is(k + 1, "or")) && core_at(k + 2) &&
                      !f.core.year_like && f.first >= 2 && sign(f.first - 1, ",") &&
                      (number(f.first - 2) || number_word(f.first - 2));
    if (!comma_list && listed && !listed->year_like) {
        const std::size_t after = listed->last + 1;
        comma_list = lower_is(after, "and") || lower_is(after, "or") || sign(after, ",");
    }
    if (dangling ||
        (!f.has_unit && (lower_is(k, "or") || (lower_is(k, "and") && !f.between) || comma_list))) {
        if (!f.has_unit) {
            f.inherit = true;
            f.range_start = dangling && lower_is(k + 1, "to");
            if (dangling) f.last = k;
        }
        return;
    }
    const bool hyphen = dash(k) && (sign(k, "-") ? glued(k) && glued(k + 1) : true);
    // "from 10 up to 15 dollars", "from 21 mpg combined to 23" are ranges too
    if (f.from && lower_is(k, "up") && lower_is(k + 1, "to")) ++k;
    if (f.from && f.has_unit && word(k) && !stop(k) && lower_is(k + 1, "to") && core_at(k + 2)) ++k;
    const bool to = lower_is(k, "to") || (f.between && lower_is(k, "and"));
    if (!hyphen && !to && !season_years(f.core)) return;
    // "rose 18 sen to RM23.50", "fell by 43,000 to 957,000": a change, then the new level
    const bool after_change =
        to && !f.from && !f.between && f.first > 0 && lx_.change_words.count(t_[f.first - 1].lower);
    const bool after_by = to && !f.from && !f.between && f.first > 0 && lower_is(f.first - 1, "by");
    if (after_change && f.has_unit) return;
    std::size_t j = k + 1;
    // "increased from 14 to over 100": a bound on the second end leaves the range as written
    if (to && f.from) {
        if (const auto q = lx_.qualifiers.at(t_, j); q.value && core_at(j + q.length)) j += q.length;
    }
    if (f.kind == FigureKind::money) {
        const auto cur = lx_.currencies.at(t_, j);
        if (cur.value && cur.value->place != CurrencyPlace::suffix) j += cur.length;
    }
    // years: "2012–13", "2014-15", "2012-2013", and seasons and fiscal years "2023/24"
    if ((hyphen || season_years(f.core)) && f.core.year_like && !f.has_unit && number(j) && !t_[j].decimal) {
        double second = t_[j].value;
        if (t_[j].digits == 2) second += std::floor(f.core.value / 100) * 100;
        if ((t_[j].digits == 2 || t_[j].digits == 4) && second > f.core.value &&
            second - f.core.value < 100) {
            f.kind = FigureKind::date;
            f.unit = "year";
            f.range = std::make_pair(f.value, second);
            f.last = j;
            f.has_unit = true;
            return;
        }
    }
    auto c2 = core_at(j);
    if (!c2) return;
    // ("cut from 150% to 20-30%": the second end is a range of its own; the first stands alone)
    if (to && !hyphen && sign(c2->last + 1, "-") && glued(c2->last + 1) && glued(c2->last + 2) &&
        number(c2->last + 2))
        return;
    // "the 9-11 Commission", "a 24-7 Wall St report": a pair glued by a hyphen before a name in capitals is
    // part of the name (not in a headline written in capitals)
    const std::size_t named = c2->last + 1;
    if (hyphen && sign(k, "-") && !f.has_unit && !f.core.words && !c2->words && c2->last == c2->first &&
        word(named) && starts_capital(t_[named].text) && has_lower_case(t_[named].text) && !month(named) &&
        !weekday(named) && !lx_.units.at(t_, named).value && !title_case(named) &&
        !result_told(f.first, named)) {
        f.last = c2->last;
        f.drop = true;
        return;
    }
    if (c2->ambiguous_m && f.has_currency) { // "£2-3m", "£2m-3m": millions of the first's currency
        c2->ambiguous_m = false;
        c2->value *= 1e6;
        c2->scale = 1e6;
        c2->last += 1;
    }
    // "in calendar 1988 to 2.4 mln tonnes", "raised its forecast for 2028 to 4.0%": a year and a scaled
    // amount, a decimal or a percentage are no range
    if (f.core.year_like && !f.has_unit &&
        (c2->scale > 1 || t_[c2->first].decimal || sign(c2->last + 1, "%") ||
         lower_is(c2->last + 1, "percent") || lower_is(c2->last + 1, "per")))
        return;
    if (f.core.year_like &&
        c2->year_like) { // "from 2014 to 2017": two dates, "from 1000 to 2000 hires" a range
        std::string unit;
        const std::size_t end = noun_phrase(c2->last + 1, 2, unit);
        if (end == npos || !is_plural(lx_, t_[end].lower)) return;
        if (verb_follows(end + 1)) return; // "between 1600 and 1900 world temperatures dropped"
    }
    Candidate g;
    std::size_t resume = 0;
    if (!build(*c2, g, resume, false, true)) return;
    // "from 25.0 mln dlrs to 20.0", "from 2.5 billion to 3": the second end, bare, is in the first's scale
    if (to && !g.has_unit && !t_[c2->first].grouped && shared_scale(*c2, f.core) > 1) {
        g.value *= f.core.scale;
        g.core.value *= f.core.scale;
        g.core.scale = f.core.scale;
    }
    // ...but "cut 2,000 to 3,000 jobs" and "have risen 25 to 30 per cent" are ranges: a bare number, then
    // a larger count of a noun or a larger percent
    const bool larger_count = g.kind == FigureKind::count && !g.unit.empty() && g.value > f.value;
    // (of one size: "rose 5 to 34 per cent" is a change, then the level; "3 to 4 per cent a month")
    const bool larger_percent = g.kind == FigureKind::percent && g.value > f.value && f.value * 2 >= g.value;
    // (or a bare number, then a larger sum of the same size: "could rise 1 to 2 cents")
    const bool larger_money = g.kind == FigureKind::money && !f.has_unit && f.value * g.factor < g.value &&
                              f.value * g.factor * 2 >= g.value;
    if (after_change && !larger_count && !larger_percent && !larger_money) return;
    // ("voted by 31 to 17", "won by 3 to 1": a tally, not a change and a level)
    if (after_by && !f.has_unit && !g.has_unit && f.first >= 2 && in(lx_.result_words, f.first - 2) &&
        !lx_.change_words.count(t_[f.first - 2].lower) && score(f.core, *c2)) {
        f.last = g.last;
        f.range = std::make_pair(f.value, g.value);
        f.score = true;
        return;
    }
    if (after_by && !g.has_unit && !(g.kind == FigureKind::count && !g.unit.empty())) return;
    if (after_by && f.has_unit) return; // "rose by Rs 480 to Rs 58,720": the change, then the level
    // "the 6-foot-8 forward": a height in feet and inches, not a range
    if (hyphen && f.unit == "ft" && !g.has_unit && !c2->words && !t_[c2->first].decimal && g.value < 12 &&
        word(f.last) && glued(f.last)) {
        f.value += g.value / 12;
        f.last = g.last;
        return;
    }
    const bool g_extends = f.has_unit && g.kind == f.kind && g.unit.rfind(f.unit + "/", 0) == 0;
    bool ok = false;
    if (!f.has_unit && g.has_unit)
        ok = true;
    else if (f.has_unit && g.has_unit)
        ok = (f.kind == g.kind && f.unit == g.unit) || g_extends;
    else if (f.has_unit && !g.has_unit)
        // ("spent Rs 200 to 300 crore": a bare amount in a larger scale is the same money's high end)
        ok = f.from || f.between || hyphen || f.unit == "years old" ||
             (f.has_currency && to && shared_scale(f.core, g.core) > 1);
    else
        ok = (!hyphen || g.value > f.value) && !(hyphen && model_variant(f.core, *c2));
    if (f.has_currency && g.has_currency && f.factor != g.factor) { // "10.4 cents to US $2.24"
        // (two figures, each in its own sub-unit; "96 cents to $1.01 per share" are both per share)
        if (g_extends) f.unit = g.unit;
        ok = false;
    }
    if (f.kind == FigureKind::date || g.kind == FigureKind::date) ok = false;
    if (!ok) {
        if (hyphen && !f.has_unit && !g.has_unit) {
            f.last = g.last;
            if (score(f.core, *c2)) {
                f.range = std::make_pair(f.value, g.value);
                f.score = true;
                return;
            }
            f.drop = true;
        }
        return;
    }
    double low = f.value;
    // "four to five thousand people", "$5-6 billion", "$3 to $4 billion": the scale of the second
    // covers the first
    // (and "₹18,000-20,000 crore": grouped digits on both ends, the scale word after the second)
    double spread = t_[c2->first].grouped && (hyphen || f.between) ? shared_groups(f.core, *c2)
                                                                   : shared_scale(f.core, g.core);
    if (spread == 1 && g.core.scale > 1) spread = shared_scale(f.core, g.core);
    if (f.has_currency && f.kind == FigureKind::money && (g.kind == FigureKind::money || !g.has_unit))
        low *= spread;
    if (!f.has_unit || g_extends) {
        if (!f.has_unit) {
            if (!f.has_currency) low *= spread;
            if (!f.has_currency) low *= g.factor; // "10 to 20 cents", "5-10 bcm"
        }
        f.kind = g.kind;
        f.unit = g.unit;
        f.has_unit = g.has_unit;
        f.measures_from = g.measures_from;
        f.measures_to = g.measures_to;
    }
    if (below_zero(g) && low > 0) low = -low; // "from 10 to 15 degrees below zero"
    f.range = std::make_pair(low, g.value);
    f.value = low;
    f.last = g.last;
    if (f.qualifier == Qualifier::exact) f.qualifier = g.qualifier;
}

} // namespace parallax::extract::figures::scan
