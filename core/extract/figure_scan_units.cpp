// Figures: Units and currencies after the number, rates ("a barrel", "per 100,000 people"), millions or
// metres.
#include "extract/figure_scanner.hpp"

namespace parallax::extract::figures::scan {

// A word of `words` anywhere in the paragraph ("temperatures", "heated").
bool Scanner::speaks_of(const WordSet& words) const {
    return std::any_of(t_.begin(), t_.end(),
                       [&](const Token& t) { return t.type == TokenType::word && words.count(t.lower); });
}

// "per dollar", "to the euro", "against the dollar" at token k: what comes before is a currency's rate.
bool Scanner::priced_in_currency(std::size_t k) const {
    std::size_t j = lower_is(k, "per") || lower_is(k, "a") ? k + 1 : npos;
    if ((lower_is(k, "to") || lower_is(k, "against")) && lower_is(k + 1, "the")) j = k + 2;
    if (!word(j)) return false;
    const auto cur = lx_.currencies.at(t_, j);
    return cur.value && cur.value->place != CurrencyPlace::prefix && cur.value->place != CurrencyPlace::glued;
}

// A word of paying or costing among the few words before token k, or an equals sign right before it.
bool Scanner::priced_before(std::size_t k) const {
    if (k > 0 && sign(k - 1, "=")) return true;
    for (std::size_t j = k; j-- > 0 && k - j <= 4;) {
        if (!word(j)) return false;
        if (in(lx_.price_words, j)) return true;
    }
    return false;
}

// Percent, units and currencies after the number.
void Scanner::right_units(Candidate& f) const {
    std::size_t k = f.last + 1;
    if (sign(k, "-") && glued(k) && word(k + 1) && glued(k + 1)) ++k; // "6.1-inch", "five-year"
    if (k >= t_.size()) return;
    if (!f.has_currency) {
        const auto cur = lx_.currencies.at(t_, k);
        // ("400 TL-D tubes": a code that goes on after a dash with a capital; "28-dlr-a-share" is money)
        const std::size_t past = k + cur.length;
        const bool code = dash(past) && glued(past) && word(past + 1) && glued(past + 1) &&
                          t_[past + 1].text.size() == 1 && has_capital(t_[past + 1].text);
        if (cur.value && !code) {
            const auto place = cur.value->place;
            const bool ok =
                place == CurrencyPlace::suffix || place == CurrencyPlace::both ||
                (place == CurrencyPlace::scaled && f.core.scale > 1) ||
                // ("56,100 won", "50,000 dong" in a story naming Korea or Vietnam: thousands written
                // out; not pounds, a weight too, nor "1,100 won compensation", "4,000 Dong people")
                (place == CurrencyPlace::scaled && t_[f.core.first].grouped && !lx_.units.at(t_, k).value &&
                 !(has_capital(t_[k].text) && word(k + 1) && !stop(k + 1)) &&
                 (ctx_.named_codes.count(cur.value->code) > 0 ||
                  (f.first > 0 && in(lx_.price_words, f.first - 1)))) ||
                (place == CurrencyPlace::glued && glued(k) && !f.core.words) ||
                // ("about 50 pounds per dollar", "15 kroner to the euro": an exchange rate)
                (place == CurrencyPlace::scaled && priced_in_currency(k + cur.length)) ||
                // ("could pay up to 110 pounds a year", "($1 = 0.7395 pounds)": a price, or a rate's other
                // side)
                (place == CurrencyPlace::scaled && priced_before(f.core.first));
            if (ok) {
                f.kind = FigureKind::money;
                f.unit = local_code(*cur.value, k);
                f.value *= cur.value->factor;
                f.factor = cur.value->factor;
                f.has_unit = f.has_currency = true;
                f.last = k + cur.length - 1;
                return;
            }
        }
    } else {
        const auto cur = lx_.currencies.at(t_, k); // "$500 USD", "$31.20 US"
        if ((cur.value && cur.value->place != CurrencyPlace::prefix) || (t_[k].text == "US" && !glued(k)))
            f.last = k + (cur.value ? cur.length : 1) - 1;
        return;
    }
    // ("0.204s", "+12.504s": a glued "s" is seconds after a decimal, never a plural: "the 1990s", "747s")
    if (t_[k].text == "s" && glued(k) && t_[f.core.last].decimal && k == f.core.last + 1 &&
        !sign(k + 1, "/")) {
        f.kind = FigureKind::duration;
        f.unit = "second";
        f.has_unit = true;
        f.last = k;
        return;
    }
    const auto u = lx_.units.at(t_, k);
    if (!u.value) return;
    // ("caps rents at 2% in 2027 and 2028 in stressed areas": a year before "in" is no length in inches)
    if (lower_is(k, "in") && f.core.year_like && !t_[f.core.first].decimal) return;
    // ("a one-in-three chance": "in" between hyphens joins a part to its whole, no inches)
    if (lower_is(k, "in") && sign(k + 1, "-") && glued(k + 1) && (number(k + 2) || number_word(k + 2)))
        return;
    const std::size_t after = k + u.length;
    // ("40 F/A-18 Super Hornets": a slash glued on goes on with a name)
    const bool clause_end = after >= t_.size() ||
                            (t_[after].type == TokenType::sign && t_[after].text != "-" &&
                             !(t_[after].text == "/" && glued(after) && t_[k].text.size() == 1)) ||
                            lower_is(after, "of"); // "816 000 t of grain"
    // ("heated to about 300 C at…": a spaced degree sign's letter standing alone, before a sign or a
    // function word, where the paragraph speaks of heat; not "40 F-16 jets", "3 C grades")
    const bool alone = (!word(after) && !(sign(after, "-") && glued(after))) || stop(after);
    const bool degrees_letter = (u.value->unit == "°C" || u.value->unit == "°F") && u.length == 1 && alone &&
                                (speaks_of(lx_.temperature_words) || speaks_of(lx_.heat_words));
    if (u.value->where == Where::glued && !glued(k) && !clause_end && !degrees_letter) return;

    if (u.value->kind == UnitKind::duration && f.core.words && f.core.value == 1 &&
        lower_is(f.core.first, "one") && f.core.first > 0 && lower_is(f.core.first - 1, "at"))
        return;
    if (period_ago(k, f.core.value)) return;
    // "a 26-20 Week 15 win", "after Day 3": a period in capitals before its number is a label
    if (u.value->kind == UnitKind::duration && starts_capital(t_[k].text) && number(after) && !title_case(k))
        return;
    // "connecting at 1200bps": bits per second; basis points run to hundreds, or are grouped ("1,200bps")
    if (u.value->unit == "basis point" && lower_is(k, "bps") && glued(k) && f.value >= 1000 &&
        !t_[f.core.first].grouped) {
        f.kind = FigureKind::quantity;
        f.unit = "bit/s";
        f.has_unit = true;
        f.last = after - 1;
        return;
    }
    // "reported 2002 second-quarter earnings": an ordinal, no seconds
    const std::size_t part = sign(k + 1, "-") && glued(k + 1) ? k + 2 : k + 1;
    if (lower_is(k, "second") && (lower_is(part, "quarter") || lower_is(part, "half"))) return;
    f.kind = kind_of(u.value->kind);
    f.unit = u.value->unit;
    f.value *= u.value->factor;
    f.factor = u.value->factor;
    f.has_unit = true;
    f.last = after - 1;
    // "25 degrees below zero": a temperature under nought (below_zero reads it back)
    const bool degrees = f.unit == "°" || f.unit == "°C" || f.unit == "°F";
    if (degrees && lower_is(after, "below") && lower_is(after + 1, "zero")) {
        f.value = -f.value;
        f.last = after + 1;
    }
}

// "a magnitude 7.5 earthquake": a unit written before the number, when none follows.
void Scanner::left_unit(Candidate& f) const {
    if (f.has_unit || f.first == 0) return;
    const bool hyphen = f.first >= 2 && sign(f.first - 1, "-") && glued(f.first) && glued(f.first - 1);
    const auto u = lx_.units_before.before(t_, hyphen ? f.first - 1 : f.first); // "magnitude-5.8"
    if (!u.value) return;
    f.kind = kind_of(u.value->kind);
    f.unit = u.value->unit;
    f.has_unit = true;
}

// A price is per a unit's name ("USD/barrel", as NewsQuant's conversion writes it, and as one
// writes "$82 a barrel" and "$82 per bbl" alike); a quantity's rate keeps the symbol ("bbl/d").
std::string Scanner::price_unit(const std::string& symbol) const {
    const auto it = lx_.unit_names.find(symbol);
    return it == lx_.unit_names.end() ? symbol : it->second;
}

// "$3,500 a month", "$21.25 per square foot", "five percent a year".
void Scanner::rate(Candidate& f) const {
    if (f.unit.find('/') != std::string::npos) return;
    if (per_round_number(f)) return;
    // a count with a counted noun is a rate too: "500 cars a day", "three goals per game"
    const bool counted_rate = f.kind == FigureKind::count && !f.unit.empty() && !f.range;
    if (!(f.kind == FigureKind::money || f.kind == FigureKind::quantity || f.kind == FigureKind::percent ||
          f.kind == FigureKind::duration || counted_rate))
        return;
    std::size_t k = f.last + 1;
    // "3 grams of sugar per serving", "2.5 litres of water a day", "150 minutes of moderate exercise a
    // week": the substance or the pastime stands between
    const bool substance = (f.kind == FigureKind::quantity || f.kind == FigureKind::duration) &&
                           lower_is(k, "of") && word(k + 1) && !stop(k + 1);
    // ("95 g of CO2 per km": a formula's digits are part of the substance)
    std::size_t past = substance && number(k + 2) && glued(k + 2) ? k + 3 : k + 2;
    if (substance && word(past) && !stop(past) && !has_capital(t_[past].text)) ++past;
    if (substance && (lower_is(past, "per") || lower_is(past, "a") || lower_is(past, "an"))) k = past;
    // ("0.33 ounce gold per short ton": or without "of")
    if (f.kind == FigureKind::quantity && word(k) && !stop(k) && lower_is(k + 1, "per") &&
        !has_capital(t_[k].text) && !lx_.units.at(t_, k).value &&
        dictionary_.parts(t_[k].lower).has(text::PartOfSpeech::noun))
        k += 1;
    // "0.155 degrees Celsius (about 0.28° Fahrenheit) per decade": past a conversion in brackets, or
    // out of one, the rate is both sides'; the text keeps to the figure
    std::size_t aside = npos;
    if (f.kind == FigureKind::quantity && sign(k, "(")) {
        for (std::size_t j = k + 1; j < k + 9 && same_sentence(j, k); ++j)
            if (sign(j, ")")) {
                if (lower_is(j + 1, "per")) {
                    aside = f.last;
                    k = j + 1;
                }
                break;
            }
    } else if (f.kind == FigureKind::quantity && sign(k, ")") && lower_is(k + 1, "per") && f.first > 0 &&
               (sign(f.first - 1, "(") || (f.first > 1 && sign(f.first - 2, "(")))) {
        aside = f.last;
        k += 1;
    }
    std::string per;
    // "142.10 yen to the dollar", "$1.08 per euro": an exchange rate is the price of a currency
    const std::size_t j = lower_is(k, "to") && lower_is(k + 1, "the")                   ? k + 2
                          : lower_is(k, "per") || lower_is(k, "a") || lower_is(k, "an") ? k + 1
                                                                                        : npos;
    // ("12 cents per pound" is a price of weight: a word that is also a unit is that unit there)
    if (f.kind == FigureKind::money && !f.unit.empty() && word(j) &&
        !(j == k + 1 && lx_.units.at(t_, j).value)) {
        const auto cur = lx_.currencies.at(t_, j);
        const auto place = cur.value ? cur.value->place : CurrencyPlace::prefix;
        const bool name = place == CurrencyPlace::suffix || place == CurrencyPlace::both ||
                          place == CurrencyPlace::scaled; // the word of a currency, not a sign
        if (name && cur.value->factor == 1 && f.unit != cur.value->code) {
            f.unit += "/" + cur.value->code;
            f.last = j + cur.length - 1;
            return;
        }
    }
    if ((lower_is(k, "per") || sign(k, "/")) && word(k + 1)) {
        const auto u = lx_.units.at(t_, k + 1);
        if (u.value && u.value->kind != UnitKind::percent) {
            // ("$3 per Mcf": a symbol that holds a scale is priced as written)
            per = u.value->factor != 1          ? t_[k + 1].lower
                  : f.kind == FigureKind::money ? price_unit(u.value->unit)
                                                : u.value->unit;
            k += u.length;
        } else if (word(k + 2) && !stop(k + 1) && lx_.per_words.count(t_[k + 2].lower)) {
            per = t_[k + 1].lower + " " + noun_singular(t_[k + 2].lower); // "per bearer share"
            k += 2;
        } else {
            per = lower_is(k + 1, "annum") ? "year" : noun_singular(t_[k + 1].lower); // "per annum"
            k += 1;
        }
    } else if (lower_is(k, "a") || lower_is(k, "an") || (sign(k, "-") && glued(k) && lower_is(k + 1, "a"))) {
        std::size_t j = lower_is(k, "a") || lower_is(k, "an") ? k + 1 : k + 2; // "A$2.20-a-share"
        if (sign(j, "-") && glued(j)) ++j;
        // "Rs 80 a kilo", "$1,900 an ounce": a unit of measure names itself by its symbol
        const auto u = word(j) ? lx_.units.at(t_, j) : decltype(lx_.units.at(t_, j)){};
        const bool measure = u.value && u.value->kind == UnitKind::quantity && u.value->where == Where::any;
        if (!word(j) || (!lx_.per_words.count(t_[j].lower) && !measure)) return;
        // ("320 apartments a quarter of which…": a share of them, in text without its commas)
        if (lower_is(j + 1, "of")) return;
        // "3.7% a month earlier", "a year ago", "a year after", "a year on,": a point in time, not a
        // rate ("56 cents a share on revenue of…", "R3.48 a share after profit rose" are rates)
        // ("32 goals a season ago", "3 goals a match before, against Everton": any word, when the point
        // in time is told by an adverb)
        const bool adverb_of_time = in(lx_.relative_time_words, j + 1) &&
                                    !((lower_is(j + 1, "before") || lower_is(j + 1, "after")) && word(j + 2));
        if (adverb_of_time ||
            (period_word(j) && (in(lx_.relative_time_words, j + 1) || lower_is(j + 1, "after") ||
                                (lower_is(j + 1, "on") && !word(j + 2)))))
            return;
        per = !measure                      ? t_[j].lower
              : f.kind == FigureKind::money ? price_unit(u.value->unit)
                                            : u.value->unit;
        k = measure ? j + u.length - 1 : j;
    } else {
        return;
    }
    if (lx_.stop_words.count(per)) return;
    // "10 hours a day" is a rate of time; "two years a share" is nothing
    if (f.kind == FigureKind::duration && !lx_.duration_per_words.count(per)) return;
    f.unit += "/" + per;
    f.last = k;
    // "$3,000 per child per year", "per child, per year": and per period of time; "30,000 readings per
    // day per satellite": and per another thing
    const std::size_t q = sign(k + 1, ",") ? k + 2 : k + 1;
    const std::size_t p = q + 1;
    const bool period = word(p) && lx_.duration_per_words.count(t_[p].lower) &&
                        !lx_.duration_per_words.count(per) &&
                        (lower_is(q, "per") || (q == k + 1 && lower_is(q, "a"))) &&
                        !in(lx_.relative_time_words, p + 1) && !lower_is(p + 1, "after");
    // (a singular noun standing alone: not "per year per reports", "per federal law", "per data from ICE")
    const bool thing = lower_is(q, "per") && q == k + 1 && word(p) && !stop(p) && !has_capital(t_[p].text) &&
                       !is_plural(lx_, t_[p].lower) &&
                       dictionary_.parts(t_[p].lower).has(text::PartOfSpeech::noun) &&
                       (!word(p + 1) || (stop(p + 1) && !lower_is(p + 1, "from") && !lower_is(p + 1, "of")));
    if (period || thing) {
        f.unit += "/" + (period ? t_[p].lower : noun_singular(t_[p].lower));
        f.last = p;
    }
    if (aside != npos) f.last = aside;
}

// "4.9 cases per 100,000 people", "3.6 per 100,000", "$5 per 1,000 gallons": a rate per a round number
// of people or things; that number is the rate's denominator, no figure of its own.
bool Scanner::per_round_number(Candidate& f) const {
    const std::size_t k = f.last + 1;
    if (!lower_is(k, "per") || f.kind == FigureKind::date || f.range) return false;
    const auto base = core_at(k + 1);
    if (!base || base->year_like || base->words || !power_of_ten(base->value)) return false;
    std::string per = whole_digits(base->value);
    std::size_t end = base->last;
    if (const auto u = lx_.units.at(t_, end + 1);
        u.value && u.value->kind != UnitKind::percent && unit_written(end + 1)) {
        per += " " + u.value->unit; // "per 1,000 gallons"
        end += u.length;
    } else if (std::string noun; !sign(end + 1, ",")) {
        const std::size_t last = noun_phrase(end + 1, base->value, noun);
        if (last != npos) {
            per += " " + noun; // "per 100,000 people", "per 1,000 live births"
            end = last;
        }
    }
    f.unit += "/" + per;
    f.last = end;
    return true;
}

// "£5m", "1.2m people" are millions; "37m (121ft)", "the 100m in 9.58 seconds", "the 1,500m title"
// (a count of millions is written "1.5bn") and "1500m world record" are metres.
void Scanner::millions_or_metres(const Core& c, Candidate& f) const {
    if (!c.ambiguous_m) return;
    const std::size_t next = c.last + 2;
    const bool length_after =
        word(next + 1) && lx_.length_words.count(t_[next + 1].lower) && !is_plural(lx_, t_[next].lower);
    // "bought 1.2m, 800,000 and 650,000 tonnes": listed beside thousands, it is millions
    const bool listed_large = (sign(next, ",") || lower_is(next, "and") || lower_is(next, "or")) &&
                              number(next + 1) && (t_[next + 1].grouped || t_[next + 1].value >= 1000);
    const bool million = f.has_currency || listed_large ||
                         (word(next) && !stop(next) && !lx_.length_words.count(t_[next].lower) &&
                          !lx_.time_words.at(t_, next).value && !t_[c.first].grouped && !length_after);
    if (million) {
        f.value *= 1e6;
        f.core.scale = 1e6;
        f.core.value *= 1e6;
        f.last = c.last + 1;
    }
}

// "2 x 4 inches", "10 × 12": the sign of a dimension, then its other side.
bool Scanner::dimension_follows(std::size_t k) const {
    const bool by = lower_is(k, "x") || sign(k, "\u00d7") || lower_is(k, "\u00d7") || lower_is(k, "by");
    return (by && !glued(k) && number(k + 1)) || hyphenated_by(k);
}

// "9-by-6 foot cells": the sign of a dimension written with hyphens.
bool Scanner::hyphenated_by(std::size_t k) const {
    return sign(k, "-") && glued(k) && lower_is(k + 1, "by") && glued(k + 1) && sign(k + 2, "-") &&
           glued(k + 2) && number(k + 3) && glued(k + 3);
}

// "a day", "an hour", "per week" at token k: what comes before is a rate ("42 a year earlier" is a
// level at a point in time).
bool Scanner::per_period_follows(std::size_t k) const {
    return (lower_is(k, "a") || lower_is(k, "an") || lower_is(k, "per")) && word(k + 1) &&
           lx_.per_words.count(t_[k + 1].lower) && !in(lx_.relative_time_words, k + 2);
}

} // namespace parallax::extract::figures::scan
