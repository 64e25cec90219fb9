// Figures: Passes over a paragraph's figures: a level compared with another, lists, rates and nouns shared by
// neighbours ("16.6 billion euros, down from 45.6 billion").
#include "extract/figure_scanner.hpp"

namespace parallax::extract::figures::scan {

// A word that puts a level beside another: "up from 2.4 million", "compared with 63", "8 or $9".
bool Scanner::compared_after(std::size_t k) const { return in(lx_.compared_words, k); }

// "19, 22 and 25": only a comma, "and" or "or" stands between the two figures.
bool Scanner::continues_list(const Candidate& before, const Candidate& after) const {
    for (std::size_t k = before.last + 1; k < after.first; ++k)
        if (!sign(k, ",") && !lower_is(k, "and") && !lower_is(k, "or")) return false;
    return after.first > before.last + 1;
}

// "the number of job vacancies fell by 43,000 to 957,000", "Knife crime offences rose by 7% to
// 50,489": a bare count in a sentence about how many of something there are counts that thing.
void Scanner::implied_noun(Candidate& f) const {
    if (f.kind != FigureKind::count || !f.unit.empty() || f.range || f.core.words || f.first == 0) return;
    if (f.value < 1 || (t_[f.core.first].decimal && f.core.scale == 1)) return; // "(0.27)" counts nothing
    std::size_t change = npos; // the verb of change nearest before the number, in its sentence
    for (std::size_t k = f.first; k-- > 0 && same_sentence(k, f.first) && f.first - k <= 12;) {
        if (lower_is(k, "of") && k > 0 && lower_is(k - 1, "number")) {
            std::string unit;
            const std::size_t from = lower_is(k + 1, "the") ? k + 2 : k + 1;
            if (noun_phrase(from, 2, unit) != npos) f.unit = unit;
            return;
        }
        if (change == npos && word(k) && lx_.change_words.count(t_[k].lower)) change = k;
    }
    // "New hirings totaled 500,363", "Dengue cases passed 4 million": a verb of amount right before
    if (amount_verb(f.first - 1)) change = f.first - 1;
    const bool after_amount_verb = change == f.first - 1;
    if (change == npos || change == 0 ||
        !(after_amount_verb || lower_is(f.first - 1, "to") || lower_is(f.first - 1, "at")))
        return;
    // the subject right before the verb: a plural noun and up to two modifiers, perhaps with a place
    // after it ("Dengue cases in Brazil passed")
    std::size_t head = change - 1;
    const std::string per = denominator_before(head); // ("Covid cases per 100,000 fell to 12")
    bool past_place = false;
    for (std::size_t k = head; k > 1 && head - k < 3 && same_sentence(k, change); --k)
        if (in(lx_.place_prepositions, k - 1) && has_capital(t_[k].text)) {
            head = k - 2;
            past_place = true;
            break;
        }
    // ("Applications rose to 12,400": a capital that only opens the sentence names nothing)
    const bool opens = head == 0 || sentence_end(head - 1);
    // (a level right after the verb: "Shares rose 4% to 312" is a price after a change)
    const bool level_only = after_amount_verb || change + 2 == f.first;
    const bool capital =
        has_capital(t_[head].text) && !(opens && level_only && !has_capital(t_[head].text.substr(1)));
    // ("deliveries in the first two months increased to 57,000": the span is no subject)
    const auto span = lx_.units.at(t_, head).value;
    if (!word(head) || stop(head) || capital || !is_plural(lx_, t_[head].lower) ||
        in(lx_.measure_subjects, head) || (span && span->kind == UnitKind::duration))
        return;
    std::size_t start = head;
    // (not a verb before the subject: "which showed pretax profits rising to", "it said sales declined")
    while (start > 0 && head - start < 2 && same_sentence(start - 1, head) && word(start - 1) &&
           !stop(start - 1) && !number_word(start - 1) &&
           !(verb_follows(start - 1) && !(start >= 2 && sign(start - 2, "-") && glued(start - 1)))) {
        --start;
        // ("earthquake-related searches": a hyphenated modifier is one word)
        if (start >= 2 && sign(start - 1, "-") && glued(start - 1) && glued(start) && word(start - 2))
            start -= 2;
    }
    // (and then the phrase must open the sentence: "the death toll from the landslides in Wayanad"
    // counts no landslides)
    const std::size_t before = start > 0 && in(lx_.definite_determiners, start - 1) ? start - 1 : start;
    if (past_place && before > 0 && same_sentence(before - 1, head)) return;
    std::string unit;
    for (std::size_t k = start; k <= head; ++k) {
        if (!unit.empty() && !glued(k)) unit += ' ';
        unit += k == head ? noun_singular(t_[k].lower) : t_[k].lower;
    }
    f.unit = unit + per;
    if (per.empty()) rate(f); // "searches jumped to 250 a minute"
}

// "cases per 100,000 fell", "deaths per 1,000 live births dropped": the round denominator of a rate
// that ends at token `last`, as a unit's "/100000" or "/1000 live birth"; `last` moves to the noun
// before "per". Empty, and `last` unchanged, when there is none.
std::string Scanner::denominator_before(std::size_t& last) const {
    std::size_t base = last;
    std::string noun;
    if (word(last) && is_plural(lx_, t_[last].lower)) { // ("per 1,000 live births")
        std::size_t k = last;
        while (k > 0 && word(k - 1) && !stop(k - 1) && last - k < 2)
            --k;
        if (k == 0 || !number(k - 1)) return {};
        for (std::size_t j = k; j <= last; ++j)
            noun += " " + (j == last ? noun_singular(t_[j].lower) : t_[j].lower);
        base = k - 1;
    }
    const auto core = number(base) ? core_at(base) : std::nullopt;
    if (!core || core->last != base || core->words || base < 2 || !lower_is(core->first - 1, "per") ||
        !power_of_ten(core->value))
        return {};
    last = core->first - 2;
    std::string out = "/"; // (appended, not summed: g++ 12 warns of "/" + string, -Wrestrict)
    out += whole_digits(core->value);
    out += noun;
    return out;
}

// "Cases rose to 42, up from 15", "Car exports fell to 45,000 in May, from 52,000", "Measles cases rose
// to 1,603 in 2023, compared with 54": the level a count came from counts what its subject names too.
void Scanner::implied_from(std::vector<Candidate>& found) const {
    for (std::size_t k = 1; k < found.size(); ++k) {
        Candidate& f = found[k];
        // ("rose to 1,603 in 2023, compared with 54": past the year the level was in)
        std::size_t p = k - 1;
        if (p > 0 && found[p].kind == FigureKind::date) --p;
        const Candidate& g = found[p];
        const bool compared =
            f.first > 0 && (lower_is(f.first - 1, "with") || lower_is(f.first - 1, "against") ||
                            lower_is(f.first - 1, "versus") || lower_is(f.first - 1, "vs"));
        if (f.kind != FigureKind::count || !f.unit.empty() || f.range || f.first == 0 ||
            !(lower_is(f.first - 1, "from") || compared) || g.kind != FigureKind::count || g.unit.empty() ||
            g.range || !same_sentence(g.last, f.first) || f.first - g.last > 6 ||
            magnitude_ratio(f.value, g.value) > (compared ? 100 : 10))
            continue;
        // (the level the count rose "to", then where it came "from")
        if (g.first == 0 || !lower_is(g.first - 1, "to")) continue;
        f.unit = g.unit;
    }
}

// "4.5m paying subscribers … up from 3.9m a year earlier": an "m" read as metres for want of a noun
// is millions when it is compared with millions.
void Scanner::millions_like(const Candidate& before, Candidate& f) const {
    if (!f.core.ambiguous_m || f.kind != FigureKind::quantity || f.core.scale != 1 || f.has_currency) return;
    if (!before.core.ambiguous_m || before.core.scale != 1e6 || !same_sentence(before.last, f.first)) return;
    if (!compared_after(f.first - 1)) return;
    f.value *= 1e6;
    f.core.scale = 1e6;
    f.core.value *= 1e6;
    f.kind = before.kind;
    f.unit = before.unit;
}

// "16.6 billion euros, down from 45.6 billion", "fell to 3.9 percent from 4.1": a compared level
// that drops the currency or the percent sign still means it. A bare "45.6 billion" is money only
// after money (a bare "553,000" only as the amount of the same noun); a bare "4.1" only after a
// percent written the same way.
bool Scanner::elliptical(const Candidate& level, const Candidate& bare) const {
    // ("a net loss of 820,000 dlrs, compared to a loss of 553,000": or the same thing's amount)
    const bool same_noun = level.first >= 2 && bare.first >= 2 && lower_is(level.first - 1, "of") &&
                           lower_is(bare.first - 1, "of") && word(bare.first - 2) &&
                           t_[level.first - 2].lower == t_[bare.first - 2].lower;
    // (a price per unit lends nothing to a scaled total: "Rs 181.7 a month, while its base reached 470.9
    // million")
    if (level.kind == FigureKind::money)
        return (bare.core.scale > 1 || same_noun) && level.factor == 1 &&
               (level.unit.find('/') == std::string::npos || magnitude_ratio(level.value, bare.value) <= 100);
    if (level.kind != FigureKind::percent || bare.core.year_like || bare.value > 100 || level.first == 0)
        return false;
    // "by 58 per cent to 42", "52% to 48": the two shares of a split, which make a whole ("rose 40% to
    // 60" is a change, then a level)
    const double whole = level.value + bare.value;
    const bool changed = word(level.first - 1) && lx_.change_words.count(t_[level.first - 1].lower);
    if (lower_is(level.last + 1, "to") && bare.first == level.last + 2 && level.unit == "percent" &&
        whole >= 99 && whole <= 101 && !changed)
        return true;
    // "rose 8.15% to 3.65" is a change and then a price: a level is compared with a level ("to 3.9
    // percent from 4.1") and a change with a change ("rose by 2 percent while the Nasdaq fell by 1")
    const std::size_t l = level.first - 1;
    const std::size_t b = bare.first - 1;
    const bool level_word = in(lx_.level_words, l);
    if (level_word && in(lx_.compared_level_words, b)) return true;
    if (word(l) && word(b) && lx_.change_words.count(t_[l].lower) && lx_.change_words.count(t_[b].lower))
        return true; // "Nokia rose 2% while Ericsson fell 1"
    return (level_word || lower_is(l, "by")) && word(b) && t_[l].lower == t_[b].lower;
}

// "Rs 94.72 a litre in Delhi and Rs 104.21 in Mumbai", "96.8 cents/litre for 97 octane and 90.2 cents
// for 92 octane", "firmed to 20.19 rupees per kilo from 20.05 rupees": a price listed beside a price per
// unit in the same currency, or the level it came from, is per the same unit. A compared price keeps
// the unit it is written with ("45p per kWh this winter, compared with 34p"), as NewsQuant annotates it.
void Scanner::same_rate(std::vector<Candidate>& found, std::size_t k) const {
    Candidate& f = found[k];
    if (f.kind != FigureKind::money || f.range || f.unit.find('/') != std::string::npos) return;
    std::size_t b = k;
    while (b > 0 && found[b - 1].kind != FigureKind::money)
        --b;
    if (b == 0) return;
    const Candidate& before = found[b - 1];
    const auto slash = before.unit.find('/');
    if (slash == std::string::npos || before.unit.compare(0, slash, f.unit) != 0 ||
        !same_sentence(before.last, f.first))
        return;
    const std::size_t j = f.first - 1;
    // (the level it came from is of the same size: not "subsidies from $2 billion" after "$1.50 a litre")
    const bool alike = magnitude_ratio(f.value, before.value) <= 3;
    // ("rose by 2.5p a litre to 145.9p": the level a change per unit went to is per that unit)
    const bool changed = before.first > 0 && (lower_is(before.first - 1, "by") ||
                                              lx_.change_words.count(t_[before.first - 1].lower));
    // (not a price of something else: "rose by 2.5p a litre to £80 for a full tank")
    const bool level_to = lower_is(j, "to") && before.last + 1 == j && changed &&
                          magnitude_ratio(f.value, before.value) <= 200 && !lower_is(f.last + 1, "for");
    // ("$30 per set and $912 million statewide": a listed price is of the same size too)
    const bool listed = (lower_is(j, "and") || lower_is(j, "or") || sign(j, ",")) &&
                        magnitude_ratio(f.value, before.value) <= 1000;
    if (listed || (lower_is(j, "from") && alike) || level_to) f.unit = before.unit;
}

// "140 Swiss francs per bearer share and 45 per registered share": a bare number listed after a price
// per one thing, and priced per another, is in the same currency.
void Scanner::price_per_other(std::vector<Candidate>& found, std::size_t k) const {
    Candidate& f = found[k];
    const Candidate& g = found[k - 1];
    if (f.kind != FigureKind::count || !f.unit.empty() || f.range || !lower_is(f.last + 1, "per")) return;
    const auto slash = g.unit.find('/');
    if (g.kind != FigureKind::money || slash == std::string::npos || !continues_list(g, f) ||
        !same_sentence(g.last, f.first))
        return;
    Candidate priced = f;
    priced.kind = FigureKind::money;
    priced.unit = g.unit.substr(0, slash);
    priced.value *= g.factor;
    priced.factor = g.factor;
    rate(priced);
    // ("$50 per person, and 2 per household are allowed": a limit, the subject of a verb)
    const std::size_t next = priced.last + 1;
    if (word(next) && !lower_is(next, "and") && !lower_is(next, "or")) return;
    f = priced;
}

// "in the first five months", "over three years", "for the past 12 months": the span a period told at
// token `first` is opened as.
bool Scanner::span_of_time(std::size_t first) const {
    static constexpr std::array<std::string_view, 7> opens = {"in",     "for",   "over", "during",
                                                              "within", "after", "since"};
    static constexpr std::array<std::string_view, 6> between = {"the",  "first", "last",
                                                                "past", "next",  "previous"};
    for (std::size_t k = first, n = 0; k-- > 0 && n < 4 && word(k); ++n) {
        if (std::find(opens.begin(), opens.end(), t_[k].lower) != opens.end()) return true;
        if (std::find(between.begin(), between.end(), t_[k].lower) == between.end()) return false;
    }
    return false;
}

// "7- or 8-inch", "8 or $9", "4 or 5 million people": a bare number marked to inherit takes the unit
// (and the scale, sub-unit and sign) of the figure after it.
void Scanner::take_next_units(std::vector<Candidate>& found) const {
    for (std::size_t k = found.size(); k-- > 1;) {
        Candidate& f = found[k - 1];
        const Candidate& g = found[k];
        const bool named = g.has_unit || (g.kind == FigureKind::count && !g.unit.empty());
        const bool oxford = g.first == f.last + 3 && sign(f.last + 1, ",") &&
                            (lower_is(f.last + 2, "and") || lower_is(f.last + 2, "or"));
        // "4 or 5 million people": the scale of the next number covers a bare one
        const double own = f.core.scale == 1 && g.core.scale > 1 ? f.value * g.core.scale : f.value;
        // ("a loss of 553,000 or 11 cts a share": a total restated per share lends it nothing)
        const bool alike = magnitude_ratio(own, g.value / g.factor) <= 100;
        const bool by = hyphenated_by(f.last + 1) && g.first == f.last + 4; // "9-by-6 foot"
        // ("for 2023 and $452 million for 2024": a year after a preposition is no amount of the next)
        const bool year = f.core.year_like && f.first > 0 &&
                          (in(lx_.time_prepositions, f.first - 1) || lower_is(f.first - 1, "for"));
        if (!f.inherit || !named || (g.first > f.last + 2 && !oxford && !by) || g.kind == FigureKind::date ||
            !alike || year)
            continue;
        // ("15 and 25 degrees below zero": both are)
        f.value = below_zero(g) ? -own : own;
        // "6 or 7 cents", "4 or 5 bcm": the sub-unit's or the symbol's factor too
        if (g.factor != 1 && f.kind != g.kind) {
            f.value *= g.factor;
            f.factor = g.factor;
        }
        f.kind = g.kind;
        f.unit = g.unit;
        f.has_unit = true;
        f.measures_from = npos;
        if (f.range_start && !g.range) { // "18- to 24-year-olds", "15- to 20-minute drive"
            f.range = std::make_pair(f.value, g.value);
            f.last = g.last;
            f.measures_from = g.measures_from;
            f.measures_to = g.measures_to;
            found.erase(found.begin() + static_cast<std::ptrdiff_t>(k));
        }
    }
    // ("a 33-to-1 ratio": a dangling hyphen that joined nothing is no part of the text)
    for (auto& f : found)
        if (f.range_start && !f.range && f.last > f.core.last && sign(f.last, "-")) f.last = f.core.last;
}

// "rose 5 points to 34%", "a 17-point lead in the polls": points before a percent level, or tied to a
// standing in a sentence about polls, are percentage points (an index's "fell 50 points, or 0.7%" and
// "the confidence index fell 4.5 points, the survey showed" stay points).
void Scanner::poll_points(std::vector<Candidate>& found) const {
    for (std::size_t k = 0; k < found.size(); ++k) {
        Candidate& f = found[k];
        if (f.kind != FigureKind::quantity || f.unit != "point") continue;
        const Candidate* g = k + 1 < found.size() ? &found[k + 1] : nullptr;
        const bool to_percent = g && g->kind == FigureKind::percent && g->unit == "percent" &&
                                g->first == f.last + 2 &&
                                (lower_is(f.last + 1, "to") || lower_is(f.last + 1, "from"));
        // (one pass over the sentence: its words of polls, of elections, of an index)
        bool poll = false, election = false, index = false;
        for (std::size_t j = 0; j < t_.size(); ++j) {
            if (!same_sentence(j, f.first)) continue;
            poll = poll || in(lx_.poll_words, j);
            election = election || lower_is(j, "election") || lower_is(j, "elections");
            index = index || lower_is(j, "index") || lower_is(j, "indices") || lower_is(j, "indexes");
        }
        // ("The confidence index fell 4.5 points, the survey showed")
        const bool electoral = (poll || election) && !index;
        // (tied to a standing: "an 18-point lead", "his approval rating fell 6 points")
        bool standing = in(lx_.poll_point_words, f.last + 1);
        for (std::size_t j = f.first; j-- > 0 && f.first - j <= 8 && same_sentence(j, f.first) && !standing;)
            standing = in(lx_.poll_point_words, j);
        poll = poll && standing;
        // ("up from 41 percent – an 11-point rise": a change in points told after percent levels)
        bool levels = false;
        for (const auto& g : found)
            levels = levels || (g.kind == FigureKind::percent && g.unit == "percent" && g.last < f.first &&
                                same_sentence(g.last, f.first));
        // ("an 11-point rise"; "Turnout of 66.5% was three points below 2025")
        const bool change =
            (lower_is(f.last, "point") && word(f.last + 1) && lx_.change_words.count(t_[f.last + 1].lower)) ||
            (lower_is(f.last, "points") && (lower_is(f.last + 1, "below") || lower_is(f.last + 1, "above") ||
                                            lower_is(f.last + 1, "higher") || lower_is(f.last + 1, "lower")));
        // ("won 38% of the vote, up 5 points", "the Greens gained about 4 points" in an election: a party's
        // or a candidate's points moved) (an index's points run to hundreds: "rose 2%, up 50 points" is not
        // moved by a few) (nor points a percent restates: "up 17.5 points, or 0.22%")
        const bool moved = f.first > 0 && word(f.first - 1) &&
                           lx_.change_words.count(t_[f.first - 1].lower) && f.value <= 30 &&
                           !(sign(f.last + 1, ",") && lower_is(f.last + 2, "or"));
        if (!to_percent && !poll && !(levels && (change || moved)) && !(moved && electoral)) continue;
        f.kind = FigureKind::percent;
        f.unit = "percentage point";
    }
}

// "Of the 19 victims, 14 were migrant workers", "of the 51 cases that reached a verdict, only two": a whole
// told first and its part after the comma are one ratio, `N of M`, read from "of" to the part.
void Scanner::fronted_wholes(std::vector<Candidate>& found) const {
    for (std::size_t n = 0; n + 1 < found.size(); ++n) {
        const Candidate& whole = found[n];
        if (whole.kind != FigureKind::count || whole.range || whole.first < 1) continue;
        const std::size_t of =
            in(lx_.whole_determiners, whole.first - 1) && whole.first >= 2 && !lower_is(whole.first - 1, "of")
                ? whole.first - 2
                : whole.first - 1;
        const bool opens = of == 0 || sentence_end(of - 1) || sign(of - 1, ",") || sign(of - 1, ";") ||
                           lower_is(of - 1, "and") || lower_is(of - 1, "but") || lower_is(of - 1, "that");
        if (!lower_is(of, "of") || !opens) continue;
        std::size_t comma = whole.last + 1;
        while (comma - whole.last < 14 && comma < t_.size() && !sign(comma, ",") && same_sentence(comma, of))
            ++comma;
        if (!sign(comma, ",")) continue;
        const auto part = std::find_if(found.begin() + static_cast<std::ptrdiff_t>(n) + 1, found.end(),
                                       [&](const Candidate& g) { return g.first > comma; });
        if (part == found.end() || part->first > comma + 2 || part->kind != FigureKind::count ||
            part->range || part->core.value >= whole.core.value ||
            (!part->unit.empty() && part->unit != whole.unit))
            continue;
        part->kind = FigureKind::ratio;
        part->of = whole.value;
        part->first = of;
        if (part->unit.empty()) part->unit = whole.unit;
        found.erase(found.begin() + static_cast<std::ptrdiff_t>(n));
        // (in text order again: "of the 51 cases … since 2022, only two" now opens before 2022)
        std::stable_sort(found.begin(), found.end(),
                         [](const Candidate& a, const Candidate& b) { return a.first < b.first; });
    }
}

// "The rupee closed at 281.45 to the dollar", "the yen weakened to 158.40 per dollar", "trading at 156.2 per
// greenback": a currency's price in another is an amount of the first, named before it in the sentence.
void Scanner::exchange_rates(std::vector<Candidate>& found) const {
    const auto dollar_like = [&](std::size_t k) {
        return lower_is(k, "dollar") || lower_is(k, "greenback") || lower_is(k, "euro") ||
               lower_is(k, "pound");
    };
    std::string code; // the last rate's currency, in its sentence
    std::size_t rate_at = npos;
    for (auto& f : found) {
        if (f.kind != FigureKind::count || !f.unit.empty() || f.range || f.core.words) continue;
        // ("…, from 157.80", "…, against 535 in Sanaa": the level compared with a rate just read)
        if (rate_at != npos && same_sentence(rate_at, f.first) && f.first > 0 &&
            (lower_is(f.first - 1, "from") || lower_is(f.first - 1, "against") ||
             lower_is(f.first - 1, "versus"))) {
            f.kind = FigureKind::money;
            f.unit = code;
            f.has_unit = true;
            continue;
        }
        std::size_t k = f.last + 1;
        if (!(lower_is(k, "to") || lower_is(k, "per") || lower_is(k, "against"))) continue;
        ++k;
        if (lower_is(k, "the")) ++k;
        if (word(k) && (t_[k].text == "US" || t_[k].text == "U.S.")) ++k;
        if (!dollar_like(k)) continue;
        // (the currency priced: the nearest named before the figure, in its sentence)
        for (std::size_t j = f.first; j-- > 0 && same_sentence(j, f.first);) {
            if (!word(j) || dollar_like(j)) continue;
            const auto cur = lx_.currencies.at(t_, j);
            if (!cur.value || cur.value->factor != 1) continue;
            f.kind = FigureKind::money;
            f.unit = local_code(*cur.value, j);
            f.has_unit = true;
            f.has_currency = true;
            code = f.unit;
            rate_at = f.first;
            break;
        }
    }
}

// "interest rates near zero", "cut rates to zero", "zero interest rates": a rate at nought is 0 percent.
void Scanner::zero_rates(std::vector<Candidate>& found) const {
    const auto rate_word = [&](std::size_t j) {
        return lower_is(j, "rate") || lower_is(j, "rates") || lower_is(j, "inflation");
    };
    for (auto& f : found) {
        if (f.kind != FigureKind::count || f.value != 0 || f.range) continue;
        const bool named = f.unit == "rate" || ends_with(f.unit, " rate");
        bool told = false;
        for (std::size_t j = f.first, n = 0; f.unit.empty() && j-- > 0 && n < 4 && same_sentence(j, f.first);
             ++n)
            told = told || rate_word(j);
        if (!named && !told) continue;
        f.kind = FigureKind::percent;
        f.unit = "percent";
        f.measures_from = f.measures_to = npos;
    }
}

// "four gold, three silver and two bronze medals", "Four Labour and two Tory MPs": the members of a
// list whose modifier stands alone share the noun the last one names.
void Scanner::shared_head(std::vector<Candidate>& found) const {
    for (std::size_t k = found.size(); k-- > 1;) {
        Candidate& f = found[k - 1];
        const Candidate& g = found[k];
        if (f.kind != FigureKind::count || g.kind != FigureKind::count || f.range || g.range) continue;
        const auto space = g.unit.rfind(' ');
        // (one word, no plural, right before the next member: "four gold, three…", "Four Labour and…")
        if (f.unit.empty() || f.unit.find(' ') != std::string::npos || space == std::string::npos ||
            is_plural(lx_, t_[f.last].lower) || f.last == f.core.last)
            continue;
        const bool joined = (g.first == f.last + 2 && (sign(f.last + 1, ",") || list_joiner(f.last + 1))) ||
                            (g.first == f.last + 3 && sign(f.last + 1, ",") && list_joiner(f.last + 2));
        if (!joined || !same_sentence(f.first, g.first)) continue;
        f.unit += g.unit.substr(space);
    }
}

// "$5k, $7k, $10k per month": the prices of a list take the rate its last one gives.
void Scanner::listed_rates(std::vector<Candidate>& found) const {
    for (std::size_t k = found.size(); k-- > 1;) {
        Candidate& f = found[k - 1];
        const Candidate& next = found[k];
        if (f.kind != FigureKind::money || next.kind != FigureKind::money || f.range || next.range) continue;
        const auto slash = next.unit.find('/');
        if (slash == std::string::npos || f.unit.find('/') != std::string::npos ||
            next.unit.compare(0, slash, f.unit) != 0 || next.first != f.last + 2)
            continue;
        // (a list of three or more, or two alike: "$1,000 and $50 per month" is a price and a fee, and
        // "$355 million or $1.02 a share" a total restated per share)
        const double ratio = magnitude_ratio(f.value, next.value);
        const std::size_t j = f.last + 1;
        const bool longer = k >= 2 && found[k - 2].kind == FigureKind::money &&
                            found[k - 2].last + 2 == f.first && sign(f.first - 1, ",");
        const bool third = k + 1 < found.size() && found[k + 1].kind == FigureKind::money &&
                           next.last + 2 == found[k + 1].first;
        if ((sign(j, ",") || lower_is(j, "and")) && ratio <= (longer || third ? 100 : 3)) f.unit = next.unit;
    }
    // "averaged 27.4 points, 11.2 rebounds and 6.1 assists per game", "makes 500 cars and 300 trucks a
    // day": the counts of a list take the period its last one is per
    for (std::size_t k = found.size(); k-- > 1;) {
        Candidate& f = found[k - 1];
        const Candidate& next = found[k];
        const auto counted = [](const Candidate& c) {
            return (c.kind == FigureKind::count || c.kind == FigureKind::quantity) && !c.unit.empty() &&
                   !c.range;
        };
        const auto slash = next.unit.find('/');
        if (!counted(f) || !counted(next) || slash == std::string::npos ||
            f.unit.find('/') != std::string::npos || next.first != f.last + 2 ||
            !(sign(f.last + 1, ",") || lower_is(f.last + 1, "and")))
            continue;
        const std::string per = next.unit.substr(slash + 1);
        if (lx_.duration_per_words.count(per) || in(lx_.game_words, next.last)) f.unit += "/" + per;
    }
}

// A bare level compared with a counted or measured one counts the same thing: "3.9 million headsets,
// up from 2.4 million", "460 vehicles compared with 63", "16369.03, up 58.06 points".
void Scanner::share_levels(std::vector<Candidate>& found) const {
    // "Seven MPs were absent and six were absent": number words above one share too, and "one in 2001"
    auto bare = [this](const Candidate& f) {
        return f.kind == FigureKind::count && f.unit.empty() &&
               (!f.core.words || std::abs(f.value) >= 2 || listed_by_place(f));
    };
    // "elected 263 women to the 650-seat Commons, up from 220": a compound modifier is not a level
    auto measured = [](const Candidate& f) {
        return ((f.kind == FigureKind::count && !f.unit.empty() && f.unit != "times") ||
                f.kind == FigureKind::quantity || f.kind == FigureKind::duration) &&
               !f.compound;
    };
    for (std::size_t k = 0; k < found.size(); ++k) {
        Candidate& f = found[k];
        if (k > 0 && f.first > 0) millions_like(found[k - 1], f);
        if (k > 0 && f.first > 0) same_rate(found, k);
        if (k > 0 && f.first > 0) price_per_other(found, k);
        // "Two gunmen died, and three others": the others of what was counted before
        if (f.kind == FigureKind::count && f.unit == "other" && k > 0)
            if (const std::string noun = counted_before(found, k);
                !noun.empty() && noun.rfind("other", 0) != 0)
                f.unit = "other " + noun;
        if (!bare(f) || f.first == 0) continue;
        // "2,400 people … fewer than 40 of them", "188 buildings, 43 of which": the pronoun points back
        // at the counted noun
        if (lower_is(f.last + 1, "of") && in(lx_.back_pronouns, f.last + 2)) {
            f.unit = counted_before(found, k);
            continue;
        }
        if (k > 0 && continues_list(found[k - 1], f) && found[k - 1].unit == "years old" && f.value <= 120) {
            f.kind = found[k - 1].kind; // "aged 19, 22 and 25"
            f.unit = found[k - 1].unit;
            continue;
        }
        // "brings to 228 the number of convenience stores": the number named after the figure
        if (const std::string noun = number_of_after(f); !noun.empty()) {
            f.unit = noun;
            continue;
        }
        // "passenger numbers rose 9% to 184 million": a level of the numbers of a thing counts it
        if (const std::string noun = numbers_subject(f); !noun.empty()) {
            f.unit = noun;
            continue;
        }
        if (const std::string noun = plural_before_from_to(f); !noun.empty()) {
            f.unit = noun;
            continue;
        }
        // "killed more than 50,000 people … and displaced 1.2 million": a scaled number with no noun
        // of its own after a counted one
        const bool scaled_count = f.core.scale > 1 && !f.core.ambiguous_m;
        // ("420 spaces, including 24 for…", "27 goals …, three more than Salah", "and expand 15 more")
        // ("cancelled 1,200 flights … and another 800", "damaged a further 9,000": more of the same)
        const bool more_of_it = f.core.first > 0 && (lower_is(f.core.first - 1, "another") ||
                                                     in(lx_.added_words, f.core.first - 1));
        const bool joined = more_of_it || lower_is(f.first - 1, "of") || lower_is(f.first - 1, "for") ||
                            compared_after(f.core.first - 1) || compared_through_the(f) ||
                            in(lx_.subset_words, f.first - 1) || in(lx_.more_words, f.last + 1) ||
                            // "479 equity positions, 614 in the debt area": a share of the count, by place
                            (sign(f.first - 1, ",") && in(lx_.place_prepositions, f.last + 1)) ||
                            parallel_member(f);
        // "a net profit of 133 billion won … a net loss of 14.5 billion": a scaled amount after money
        const bool changed = word(f.first - 1) && lx_.change_words.count(t_[f.first - 1].lower);
        // "an average yield of 15.473 pct, down from 15.870": the level the last one came from
        // (right after it: "held at 4.1%, while payrolls were up from 150,000" is no such level)
        if (k > 0 && f.first >= 4 && lower_is(f.first - 1, "from") &&
            (lower_is(f.first - 2, "down") || lower_is(f.first - 2, "up")) && sign(f.first - 3, ",")) {
            const Candidate& g = found[k - 1];
            const bool level = g.first > 0 && g.last + 1 == f.first - 3 &&
                               !lx_.change_words.count(t_[g.first - 1].lower) && !lower_is(g.first - 1, "by");
            if (g.kind == FigureKind::percent && level && same_sentence(g.last, f.first)) {
                f.kind = g.kind;
                f.unit = g.unit;
                continue;
            }
        }
        // "has infected 4,200 people and killed 310", "arrested 12 men and charged eight": the object of a
        // second verb, as the first's was
        const bool second_object = f.first >= 2 && verb_follows(f.first - 1) &&
                                   (lower_is(f.first - 2, "and") || sign(f.first - 2, ",")) &&
                                   !lx_.change_words.count(t_[f.first - 1].lower);
        if (joined || changed || second_object || lower_is(f.first - 1, "by") || f.core.scale > 1) {
            for (std::size_t p = k; p-- > 0 && k - p <= 8;) {
                const Candidate& g = found[p];
                if (!same_sentence(g.last, f.first)) break;
                // "133 billion won (about $A140.7 million) …, a net loss of 14.5 billion": a figure in
                // brackets is an aside, a conversion, not the level compared
                if (g.first > 0 && sign(g.first - 1, "(") && !(f.first > 0 && sign(f.first - 1, "(")))
                    continue;
                if (elliptical(g, f)) {
                    f.kind = g.kind;
                    f.unit = g.unit;
                    break;
                }
                const bool first_object = second_object && p + 1 == k && g.kind == FigureKind::count &&
                                          g.first > 0 && verb_follows(g.first - 1) && g.last < f.first - 2;
                if (!(joined || first_object || (scaled_count && g.kind == FigureKind::count)) ||
                    !measured(g))
                    continue;
                // "27 goals in 31 appearances, three more": what a preposition ties to an earlier count
                // is not what is counted again
                // ("3 planes in 10 years, one in 2014": whatever its kind)
                if (p > 0 && in(lx_.place_prepositions, g.first - 1) &&
                    same_sentence(found[p - 1].last, g.first) && measured(found[p - 1]) &&
                    (found[p - 1].kind == g.kind || listed_by_place(f)))
                    continue;
                // "2,300 containers in 18 hours, or roughly 128 an hour" counts containers, not hours
                if (g.kind == FigureKind::duration && per_period_follows(f.last + 1)) continue;
                // ("Two days after the quake, the toll stood at 452": a span that sets the time of the
                // clause)
                if (g.kind == FigureKind::duration &&
                    (lower_is(g.last + 1, "after") || lower_is(g.last + 1, "into") ||
                     lower_is(g.last + 1, "before") || lower_is(g.last + 1, "later") ||
                     lower_is(g.last + 1, "ago") || (g.first > 0 && lower_is(g.first - 1, "after"))))
                    continue;
                // ("every four to six hours, with no more than eight in 24 hours": a count within a span)
                // ("For two hours… no more than 50 in the hall": or a count somewhere)
                if (g.kind == FigureKind::duration && lower_is(f.last + 1, "in") &&
                    ((number(f.last + 2) && !year_at(f.last + 2)) || in(lx_.determiners, f.last + 2)))
                    break;
                // ("waited 14 hours, and 125 waited longer": a span or a length does nothing; "2 were
                // spent on the tarmac" is one)
                if ((g.kind == FigureKind::duration || g.kind == FigureKind::quantity) &&
                    verb_follows(f.last + 1) && !in(lx_.auxiliary_verbs, f.last + 1))
                    continue;
                // ("waiting more than 18 weeks, and 180,242 more than a year", "aged 65 and over grew to
                // 61.2 million": no span runs to thousands of its unit, no age to millions)
                if ((g.kind == FigureKind::duration && std::abs(f.value) >= 1000) ||
                    (g.unit == "years old" && std::abs(f.value) > 120))
                    continue;
                // "fell 32% in the first five months of 2025, to 152": the span the change took, not a level
                // ("took 3 hours, compared with 5" compares spans)
                // ("for two hours on Thursday, four on Friday" lists spans)
                const bool level = lower_is(f.first - 1, "to") || lower_is(f.first - 1, "from");
                if (g.kind == FigureKind::duration && level && span_of_time(g.core.first)) continue;
                // "40 injured and 3,000 without power": people in another state, told by its own phrase
                const auto state = dictionary_.parts(g.unit);
                if (g.kind == FigureKind::count && state.has(text::PartOfSpeech::adjective) &&
                    !state.has(text::PartOfSpeech::noun) && in(lx_.stop_words, f.last + 1) &&
                    !lower_is(f.last + 1, "and") && !lower_is(f.last + 1, "or"))
                    break;
                f.kind = g.kind;
                // "1.6 million barrels a day, below its quota of 1.78 million" keeps the rate;
                // "22 burglaries a week, against 20 per week" and "300 cars a day or 100,000 a year"
                // give their own
                f.unit = per_period_follows(f.last + 1) || lower_is(f.last + 1, "per")
                             ? g.unit.substr(0, g.unit.find('/'))
                             : g.unit;
                rate(f);
                break;
            }
        }
        // "holds 74,500 spectators, but only 31,000 turned up": a bare number that is the subject of
        // its clause stands for the nearest thing counted before it in the sentence
        if (bare(f) && k > 0 && subject_of_clause(f)) f.unit = counted_before(found, k);
        const std::size_t u = sign(f.last + 1, ",") ? f.last + 2 : f.last + 1;
        if (bare(f) && k + 1 < found.size() && (lower_is(u, "up") || lower_is(u, "down")) &&
            found[k + 1].first == u + 1 && found[k + 1].kind == FigureKind::quantity) {
            f.kind = found[k + 1].kind;
            f.unit = found[k + 1].unit;
        }
    }
}

// "three deaths in 2000, one in 2001 and two this year", "one in Paris": a member of a list by year
// or place, after a comma.
bool Scanner::listed_by_place(const Candidate& f) const {
    return f.first > 0 && sign(f.first - 1, ",") && in(lx_.place_prepositions, f.last + 1) &&
           (year_at(f.last + 2) || has_capital(t_[f.last + 2].text));
}

// "France received 34,500 tonnes, in the U.K. 37,800, in Belgium 18,500", "plus 2.4 points for the
// Netherlands, minus two for Denmark": a member of a list whose members name a place or a party, after
// the comma, before the number or after it.
bool Scanner::parallel_member(const Candidate& f) const {
    if (lower_is(f.last + 1, "for") && has_capital(t_[f.last + 2].text) && f.first > 0 &&
        sign(f.first - 1, ","))
        return true;
    std::size_t k = f.first;
    while (k > 0 && f.first - k < 5 &&
           (has_capital(t_[k - 1].text) || ((sign(k - 1, ".") || sign(k - 1, "-")) && glued(k - 1))))
        --k;
    if (k == f.first || k < 2) return false;
    // "Kenya won six gold medals, Ethiopia four and Uganda two": a name and its number, the verb left out
    const bool ends = !word(f.last + 1) || list_joiner(f.last + 1);
    // ("…, the Conservatives 121 and the Lib Dems 72")
    const std::size_t opener = lower_is(k - 1, "the") ? k - 2 : k - 1;
    if (f.first - k <= 2 && ends && (sign(opener, ",") || lower_is(opener, "and")) && !month(k)) return true;
    if (lower_is(k - 1, "the")) --k;
    return k >= 2 && in(lx_.place_prepositions, k - 1) && (sign(k - 2, ",") || lower_is(k - 2, "and"));
}

// The counted noun of the nearest count before found[k] in its sentence; empty when there is none.
std::string Scanner::counted_before(const std::vector<Candidate>& found, std::size_t k) const {
    for (std::size_t p = k; p-- > 0;) {
        const Candidate& g = found[p];
        if (!same_sentence(g.last, found[k].first)) break;
        if (g.kind == FigureKind::count && !g.compound && !g.unit.empty() && g.unit != "times") return g.unit;
    }
    return {};
}

// "increasing its data centres from 20 to 29": the plural before "from" or "to" (with a noun before
// it) is what the bare number counts; empty when there is none.
std::string Scanner::plural_before_from_to(const Candidate& f) const {
    if (f.first < 2 || !(lower_is(f.first - 1, "from") || lower_is(f.first - 1, "to")) ||
        !noun_before(f.first - 2))
        return {};
    const std::size_t head = f.first - 2;
    // ("rose 8% in the past three months to 4,210": the span counts nothing)
    if (const auto u = lx_.units.at(t_, head).value; u && u->kind == UnitKind::duration) return {};
    const bool modifier = word(head - 1) && !stop(head - 1) && !has_capital(t_[head - 1].text) &&
                          dictionary_.parts(t_[head - 1].lower).only(text::PartOfSpeech::noun);
    return (modifier ? t_[head - 1].lower + " " : "") + noun_singular(t_[head].lower);
}

} // namespace parallax::extract::figures::scan
