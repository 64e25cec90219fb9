// Figures: What stands before a number (sign, currency, qualifier, label), and what makes it no figure at
// all: names and codes, telephone numbers, versions, list markers, datelines and page furniture.
#include "extract/figure_scanner.hpp"

namespace parallax::extract::figures::scan {

// A unit, a percent sign or a currency after the number: "Madness 2.4Ghz", "Tylenol 500mg" are
// figures even after a name.
bool Scanner::unit_follows(const Core& c) const {
    std::size_t k = c.last + 1;
    if (sign(k, "-") && glued(k)) ++k;
    if (lower_is(k, "more") && !lower_is(k + 1, "than")) ++k; // "to bring America 50 more years"
    // "Boeing 737 in the final": a unit that must be glued ("5in") is a word when it stands apart
    // ("this Government 10 years from now": a period counted in the plural is no label's)
    // ("Section 80C", "Form 1040A": a single glued capital after a label is part of the name)
    const bool letter = word(k) && glued(k) && t_[k].text.size() == 1 && has_capital(t_[k].text);
    if (const auto u = lx_.units.at(t_, k); u.value && (u.value->where == Where::any || glued(k)) && !letter)
        return u.value->kind == UnitKind::quantity || u.value->kind == UnitKind::percent ||
               (u.value->kind == UnitKind::duration && c.value != 1 && is_plural(lx_, t_[k].lower));
    if (const auto cur = lx_.currencies.at(t_, k); cur.value)
        return cur.value->place != CurrencyPlace::prefix;
    return c.scale > 1;
}

// "575 Wilbraham Road", "9 E 71st St", "16-18 Industrial Avenue": a street number; "the 10700 block of
// Arno Drive": the block of a street, as police reports place things.
bool Scanner::address_follows(const Core& c) const {
    std::size_t k = c.last + 1;
    if (!c.words && !t_[c.first].grouped && c.scale == 1 && c.value >= 100 && lower_is(k, "block") &&
        lower_is(k + 1, "of") && word(k + 2) && (has_capital(t_[k + 2].text) || uncased_))
        return true;
    // "1200 North and 400 East": a street of a grid, named by its number and a point of the compass
    // (not "300 North Korean soldiers")
    static constexpr std::array<std::string_view, 4> compass = {"North", "South", "East", "West"};
    if (!c.words && c.value >= 100 && word(k) &&
        std::find(compass.begin(), compass.end(), t_[k].text) != compass.end() &&
        (!word(k + 1) || stop(k + 1)))
        return true;
    if (dash(k) && number(k + 1)) k += 2;
    for (int n = 0; n < 5 && k < t_.size(); ++n, ++k) {
        if (number(k) || sign(k, ".")) continue;
        if (!word(k)) return false;
        // (without capitals, any word but a function word or a unit may be a street's name)
        const bool named = has_capital(t_[k].text) || (uncased_ && !stop(k) && !lx_.units.at(t_, k).value);
        // (the street's name ends there: "3 Gardens prizes", "2 Circle lines" are counts)
        // ("1204 Barton Road listed for $1m": a verb after it)
        const bool ends = !word(k + 1) || stop(k + 1) || has_capital(t_[k + 1].text) || uncased_ ||
                          !is_plural(lx_, t_[k + 1].lower);
        if (lx_.address_words.count(t_[k].lower) && named && ends) return true;
        if (!named && !(number(k - 1) && glued(k))) return false;
    }
    return false;
}

// "between junctions 10 and 11", "articles 5 to 7", "chapters 4, 5 and 6": a number listed after a
// label names too, unless a noun of its own follows it ("section 8 and 300 people").
bool Scanner::listed_label(const Core& c) const {
    std::size_t i = c.first;
    if (i < 3 || !list_joiner(i - 1)) return false;
    // walk back over the list's earlier members ("4, 5 and")
    while (i >= 5 && number(i - 2) && list_joiner(i - 3) && number(i - 4))
        i -= 2;
    if (!number(i - 2) || t_[i - 2].grouped || !(is_name_word(i - 3) || plural_label(i - 3))) return false;
    const std::size_t after = c.last + 1;
    return !(word(after) && !stop(after)) && !lx_.units.at(t_, after).value;
}

// "[5]", "[2, 3]", "[4-6]": a reference mark, not a figure.
bool Scanner::citation(const Core& c) const {
    const auto in_mark = [&](std::size_t k) { return number(k) || sign(k, ",") || dash(k); };
    std::size_t b = c.first;
    while (b > 0 && in_mark(b - 1))
        --b;
    std::size_t e = c.last + 1;
    while (e < t_.size() && in_mark(e))
        ++e;
    return b > 0 && sign(b - 1, "[") && sign(e, "]");
}

// "…on Spotify with Seven.": a number word capitalised after a lower-case word, with no lower-case word
// after it, is a title's or a name's.
bool Scanner::titled_number_word(const Core& c) const {
    if (!c.words || !starts_capital(t_[c.first].text)) return false;
    const std::size_t after = c.last + 1;
    if (plural_in_a_name(after)) return true;
    if (c.first == 0) return false;
    const std::size_t before = c.first - 1;
    // "under the headline “Three Hours in the Stacks”": a quoted title in capitals
    const bool quote = sign(before, "\"") || sign(before, "\u201c") || sign(before, "\u2018");
    if (quote && before > 0 && word(before - 1) && !has_capital(t_[before - 1].text) && word(after) &&
        starts_capital(t_[after].text) && has_lower_case(t_[after].text))
        return true;
    // "The Three Gorges Dam", "the Five Eyes alliance", "the Three Lions": a name in capitals after "the"
    // (not in a headline written in capitals: "The Four Hostages Released On Saturday Are Safe")
    if (in(lx_.definite_determiners, before) && word(after) && starts_capital(t_[after].text) &&
        has_lower_case(t_[after].text) && !title_case(c.first))
        return true;
    if (!same_sentence(before, c.first) || !word(before) || has_capital(t_[before].text)) return false;
    return !(word(after) && !starts_capital(t_[after].text));
}

// "Six Nations Championship", "Five Eyes Alliance": a plural in capitals that qualifies a noun in capitals
// is a name's, in a headline too ("Four Hostages Released" and "Three Democrats Monday said" still count).
bool Scanner::plural_in_a_name(std::size_t k) const {
    const auto capital = [&](std::size_t j) { return word(j) && starts_capital(t_[j].text); };
    if (!capital(k) || !is_plural(lx_, t_[k].lower) || !capital(k + 1) || !same_sentence(k, k + 1))
        return false;
    const std::size_t n = k + 1;
    if (!has_lower_case(t_[n].text) || is_plural(lx_, t_[n].lower) || weekday(n) ||
        lx_.months.count(t_[n].lower))
        return false;
    const auto parts = dictionary_.parts(t_[n].lower);
    return parts.has(text::PartOfSpeech::noun) && !parts.has(text::PartOfSpeech::verb);
}

// A sentence written in title case, as headlines are: five words or more, and no word but a function
// word in lower case ("The Three Lions face Serbia" is a sentence).
bool Scanner::title_case(std::size_t k) const {
    std::size_t words = 0, lower = 0;
    const auto [from, to] = sentence_of(k);
    for (std::size_t j = from; j < to; ++j) {
        if (!word(j)) continue;
        ++words;
        if (!starts_capital(t_[j].text) && !stop(j)) ++lower;
    }
    return words >= 5 && lower == 0;
}

// A preposition that ties a number to what it measures ("to", "by", "of"), never part of a title.
bool Scanner::tie_word(const std::string& w) const {
    return lx_.compared_words.count(w) || lx_.number_prepositions.count(w) || lx_.time_prepositions.count(w);
}

// The plural of a label word, which labels a list only ("seasons 3 and 4").
bool Scanner::plural_label(std::size_t i) const {
    if (!word(i) || has_capital(t_[i].text) || !ends_with(t_[i].lower, "s")) return false;
    const std::string& w = t_[i].lower;
    return lx_.name_words.count(w) && lx_.name_words.count(w.substr(0, w.size() - 1));
}

bool Scanner::is_name_word(std::size_t i) const {
    if (!word(i)) return false;
    // ("by Christmas 2012", "Over Christmas 300 flights", "the Boxing Day 2004 tsunami")
    if (in(lx_.holiday_words, i) || (holiday_ends(i) && number(i + 1) && t_[i + 1].digits == 4)) return false;
    if (t_[i].text == "CI") return false; // "95% CI 4.8 to 8.1": a confidence interval's bounds
    const Token& w = t_[i];
    // ("on day two", "day 3 of the trial"; but "each day 500 migrants arrive" counts migrants)
    // ("to exit 42 markets", "will route 12 flights": a verb there, counting what follows)
    // ("has type 2 diabetes": a type is always named, whatever follows)
    if (w.lower == "type") return true;
    if (lx_.name_words.count(w.lower))
        return !plural_label(i) &&
               !((period_word(i) || (i > 0 && (lower_is(i - 1, "to") || in(lx_.auxiliary_verbs, i - 1)))) &&
                 number(i + 1) && plural_ahead(i + 2));
    // without capitals, a word the dictionary does not know is taken for a name ("boeing 737 max")
    // (unless a plural noun follows the number: "upto 50 people")
    const bool unknown = uncased_ && !english_word(w.lower) && !lx_.units.at(t_, i).value &&
                         !(number(i + 1) && word(i + 2) && is_plural(lx_, t_[i + 2].lower));
    if (!has_capital(w.text) && !unknown) return false;
    // "Inside Out 2": a capitalised function word inside a run of capitals is part of a title
    // (in upper-case text, "SHOWS OF 2016", every word is capitalised)
    const bool in_title = i > 0 && same_sentence(i - 1, i) && word(i - 1) && starts_capital(t_[i - 1].text) &&
                          has_lower_case(w.text) &&
                          !tie_word(w.lower); // "Death Toll Rises To 45" is a headline's figure
    // ("Sheffield Wednesday 3": a weekday after a name is part of it)
    // (a score line: "Sheffield Wednesday 3 Hull City 1"; not "Cyber Monday 2024", "Super Tuesday 15 states")
    const bool named_day = i > 0 && word(i - 1) && starts_capital(t_[i - 1].text) && !stop(i - 1) &&
                           number(i + 1) && t_[i + 1].digits <= 2 && word(i + 2) &&
                           starts_capital(t_[i + 2].text);
    // ("I'm 68 years old", "They're 20 points ahead": a pronoun's contraction names nothing)
    if (is_possessive(w.text) || stop_contraction(i) || (lx_.stop_words.count(w.lower) && !in_title) ||
        lx_.months.count(w.lower) || (weekday(i) && !named_day) ||
        (turn_word(i) && (i == 0 || sentence_end(i - 1))) || lx_.number_words.count(w.lower) ||
        lx_.fractions.count(w.lower))
        return false;
    if (lx_.qualifiers.before(t_, i + 1).value) return false; // "About 70%", "Nearly 20"

    // ("Walking 10000 steps a day": a verb's -ing opening the sentence, not a name; "Boeing 737" is one)
    if ((i == 0 || sentence_end(i - 1)) && ends_with(w.lower, "ing") && !has_capital(w.text.substr(1)) &&
        !dictionary_.bases(w.lower, text::PartOfSpeech::verb).empty())
        return false;
    return true;
}

void Scanner::qualifier_before(Candidate& f) const {
    auto q = lx_.qualifiers.before(t_, f.first);
    // "roughly every two years", "up to an additional $150 million", "about another 40": a bound told
    // across a word of frequency or of more
    if (!q.value && f.first > 0) {
        const std::size_t skip =
            lower_is(f.first - 1, "every") || lower_is(f.first - 1, "another") ? 1
            : f.first > 1 && (lower_is(f.first - 1, "additional") || lower_is(f.first - 1, "further")) &&
                    (lower_is(f.first - 2, "an") || lower_is(f.first - 2, "a"))
                ? 2
                : 0;
        // (not a preposition's: "phased in over another five years", "under an additional tariff")
        const auto prepositional = [&](std::size_t k) {
            return lower_is(k, "over") || lower_is(k, "under") || lower_is(k, "above") ||
                   lower_is(k, "below");
        };
        if (skip > 0 && f.first > skip) {
            q = lx_.qualifiers.before(t_, f.first - skip);
            if (q.value && q.length == 1 && prepositional(f.first - skip - 1)) q = {};
            if (q.value) q.length += skip;
        }
    }
    // ("versus 7.8 mln tonnes estimated a week ago": a participle before an article is a verb's)
    const bool article = lower_is(f.first, "a") || lower_is(f.first, "an");
    if (q.value && article && ends_with(t_[f.first - 1].lower, "ed")) return;
    if (q.value && q.length == 1 && lower_is(f.first - 1, "over") && over_a_period(f)) return;
    if (q.value) {
        f.qualifier = *q.value;
        f.first -= q.length;
    }
}

// "a 22% rise over two years", "$1.3 billion over three years", "15% over 68 weeks": "over" before a
// period is the time a change or an amount spreads across, not a bound on it ("for over 10 years",
// "lasted over three hours", "over 20 years ago" are more than).
bool Scanner::over_a_period(const Candidate& f) const {
    const auto unit = lx_.units.at(t_, f.core.last + 1);
    if (!unit.value || unit.value->kind != UnitKind::duration) return false;
    const std::size_t after = f.core.last + 1 + unit.length;
    if (lower_is(after, "ago") || lower_is(after, "old") || lower_is(after, "earlier") ||
        lower_is(after, "later"))
        return false;
    // ("Over one day, 30 cm of rain fell": opening the sentence, the span of what follows)
    if (f.first == 1 || (f.first >= 2 && !same_sentence(f.first - 2, f.first - 1))) return sign(after, ",");
    if (f.first < 2) return false;
    const std::size_t before = f.first - 2; // the token before "over": a figure's end or a word of change
    const bool after_figure = last_end_ != npos && last_end_ == before;
    // ("was built over three years", "will be phased in over two years": a passive spreads the work
    // across the period; "worked over 40 hours", "existed over 20 years" are more than)
    const std::size_t verb =
        (lower_is(before, "in") || lower_is(before, "out")) && before > 0 ? before - 1 : before;
    const bool passive =
        verb > 0 && ends_with(t_[verb].lower, "ed") && !in(lx_.over_bound_words, verb) &&
        (lower_is(verb - 1, "was") || lower_is(verb - 1, "were") || lower_is(verb - 1, "be") ||
         lower_is(verb - 1, "been") || lower_is(verb - 1, "is") || lower_is(verb - 1, "are"));
    return passive || ((after_figure || in(lx_.change_words, before)) && !in(lx_.over_bound_words, before));
}

// A time-of-day marker at token k ("9 PM", "6am", "10 GMT"). ("2 am I": a spaced lower-case "am"
// before a word that carries on the clause is the verb; "8 AM and 9 PM", "8 am local time" are times.)
bool Scanner::time_of_day_at(std::size_t k) const {
    const bool verb_am = lower_is(k, "am") && !glued(k) && t_[k].text == "am" && word(k + 1) &&
                         !stop(k + 1) && !lower_is(k + 1, "local");
    return lx_.time_words.at(t_, k).value && !verb_am;
}

// "salary minus 20% tax", "180 votes minus 12 abstentions": "minus" (at token m) after a noun or a
// number takes one amount from another; after a verb, a preposition or nothing it is a sign ("fell to
// minus 5C", "minus 15C overnight").
bool Scanner::subtracted(std::size_t m) const {
    if (m == 0 || sentence_end(m - 1)) return false;
    const std::size_t b = m - 1;
    if (number(b)) return true;
    if (!word(b) || stop(b) || verb_follows(b) || in(lx_.auxiliary_verbs, b) || in(lx_.change_words, b))
        return false;
    const auto parts = dictionary_.parts(t_[b].lower);
    return parts.has(text::PartOfSpeech::noun) &&
           (!parts.has(text::PartOfSpeech::verb) || is_plural(lx_, t_[b].lower)); // ("votes minus 12")
}

// Sign, currency before, names and codes around the number, qualifier before.
bool Scanner::left_context(const Core& c, Candidate& f, bool after_connector) const {
    if (!c.words && citation(c)) return false;
    std::size_t left = c.first;
    bool negative = false;
    if (!c.words && !after_connector && left > 0 && glued(left) &&
        (sign(left - 1, "-") || sign(left - 1, "\u2212") || sign(left - 1, "+") ||
         sign(left - 1, "\u2013"))) {
        const bool attached = left >= 2 && glued(left - 1);
        if (!attached || sign(left - 2, "(")) {
            negative = !sign(left - 1, "+");
            --left;
        } else if (word(left - 2)) {
            const std::string& w = t_[left - 2].lower;
            const auto q = lx_.qualifiers.at(t_, left - 2);
            if (w == "minus") {
                negative = true;
                left -= 2;
            } else if (q.value && q.length == 1) { // "sub-300 sq m"
                f.qualifier = *q.value;
                left -= 2;
            } else if (w == "by" && left >= 4 && hyphenated_by(left - 3)) {
                // "9-by-6 foot": the second side of a dimension
            } else if (!(c.year_like && lx_.year_prefixes.count(w)) &&
                       !lx_.units_before.before(t_, left - 1).value) {
                return false; // COVID-19, TA-35, F-16: a code ("magnitude-5.8" is a unit written before)
            }
        } else {
            return false; // the second number of "2-1" or "16-18" that no range took
        }
    } else if (left > 0 && lower_is(left - 1, "minus")) {
        // "plus or minus 3 points" is a margin, not a negative number
        // (a temperature is below zero whatever stands before it: "temperatures minus 15C")
        const auto u = lx_.units.at(t_, c.last + 1);
        const bool cold = u.value && (u.value->unit == "°C" || u.value->unit == "°F" || u.value->unit == "°");
        // (and a noun after the amount: "salary minus 20% tax"; "Exports minus 4.1 percent," is a sign)
        std::size_t after = c.last + 1;
        if (const auto v = lx_.units.at(t_, after); v.value) after += v.length;
        const bool noun_after = word(after) && !stop(after) && !has_capital(t_[after].text);
        const bool taken = subtracted(left - 1) && !cold && noun_after;
        negative = !(left >= 3 && lower_is(left - 2, "or") && lower_is(left - 3, "plus")) && !taken;
        if (!taken) --left;
    }
    // currency written before the amount
    auto cur = lx_.currencies.before(t_, left);
    // ("A $2 billion deal": a single letter apart from the sign is a word of its own, not "A$")
    if (cur.value && cur.length >= 2 && t_[left - cur.length].text.size() == 1 &&
        !glued(left - cur.length + 1)) {
        const std::size_t rest = left - cur.length + 1;
        const auto sign_only = lx_.currencies.at(t_, rest);
        cur = rest + sign_only.length == left ? sign_only : decltype(cur){};
    }
    const auto place = cur.value ? cur.value->place : CurrencyPlace::suffix;
    if (place == CurrencyPlace::prefix || place == CurrencyPlace::both || place == CurrencyPlace::guarded) {
        // (a country's letters before a small bare amount: "R25", not "the R21" road or "R7610" model)
        const bool road = left > cur.length && lower_is(left - cur.length - 1, "the");
        // (not capitals that name other things too: "PS4" in a story naming London is a console, "flight QR
        // 701" and "QR701 diverted" in one naming Doha an airline's)
        const std::size_t code_at = left - cur.length;
        const bool flight =
            code_at > 0 && (lower_is(code_at - 1, "flight") || lower_is(code_at - 1, "flights"));
        const bool travelled = glued(left) && word(c.last + 1) && !has_capital(t_[c.last + 1].text) &&
                               ends_with(t_[c.last + 1].lower, "ed") && !in(lx_.price_words, c.last + 1);
        const bool stand_in =
            t_[code_at].text == "PS" || flight || (t_[code_at].text.size() >= 2 && travelled);
        const bool local = ctx_.named_codes.count(cur.value->code) && c.value < 1000 && !road && !stand_in;
        if (place != CurrencyPlace::guarded || written_like_money(c) || local ||
            (!road && !(word(c.last + 1) && is_plural(lx_, t_[c.last + 1].lower)) && // ("N95 masks")
             letter_money(left - cur.length))) {
            f.has_currency = true;
            f.has_unit = true;
            f.kind = FigureKind::money;
            f.unit = (cur.length == 1 && t_[left - 1].text == "$")
                         ? dollar_here(left - 1)
                         : local_code(*cur.value, left - cur.length);
            f.value *= cur.value->factor;
            f.factor = cur.value->factor;
            left -= cur.length;
            // "minus $37.63 a barrel", "negative $2 billion": the sign stands before the currency
            if (!negative && left > 0 && (lower_is(left - 1, "minus") || lower_is(left - 1, "negative")) &&
                !subtracted(left - 1)) {
                negative = true;
                --left;
            }
            // "-$450 million": a minus glued to the sign (not the dash of "$2-$3")
            const bool glued_minus = left > 0 && (sign(left - 1, "-") || sign(left - 1, "\u2212")) &&
                                     glued(left) &&
                                     !(left >= 2 && glued(left - 1) && (number(left - 2) || word(left - 2)));
            if (!negative && glued_minus) {
                negative = true;
                --left;
            }
        }
    }
    // "negative 2%", "was negative 50,000": below zero ("tested negative 3 times" is no sign)
    if (!negative && !f.has_currency && left == c.first && left > 0 && lower_is(left - 1, "negative")) {
        const auto u = lx_.units.at(t_, c.last + 1);
        const bool stated = left >= 2 && (in(lx_.auxiliary_verbs, left - 2) || lower_is(left - 2, "at") ||
                                          lower_is(left - 2, "to") || lower_is(left - 2, "of"));
        if ((u.value && u.value->kind == UnitKind::percent) || stated) {
            negative = true;
            --left;
        }
    }
    if (!f.has_currency && left == c.first && left > 0 && !after_connector) {
        if (word(left - 1) && glued(left)) return false; // G7, S23, mk5
        if (sign(left - 1, ".") && glued(left) && word(left - 2) && glued(left - 1)) return false; // ID.3
        if (sign(left - 1, "#")) return false;
        // "No. 1", "vol. 106, p. 135", "art. 12": an abbreviated label (not the pence of "3p. 1 Color",
        // nor a sentence that ends in a label word: "…won the game. 25,000 fans cheered")
        // (and not an acronym ending a sentence: "…a matter for the SEC. 12 firms were fined")
        if (sign(left - 1, ".") && glued(left - 1) && !(left >= 3 && number(left - 3) && glued(left - 2)) &&
            in(lx_.label_abbreviations, left - 2) && !is_acronym(t_[left - 2].text) && !c.words &&
            !t_[c.first].grouped)
            return false;
        // Boeing 737, section 427; labels are written without thousands separators ("seat 60,000 fans")
        // a number word in lower case is not a name's label ("for the Roosters two weeks ago"), though
        // it may be a label word's ("category one")
        const bool lower_word =
            c.words && !has_capital(t_[c.first].text) && !lx_.name_words.count(t_[left - 1].lower);
        if (listed_label(c)) return false;
        // "options 2 and 3": the plural of a label word labels the list it opens
        if (plural_label(left - 1) && !t_[c.first].grouped && (list_joiner(c.last + 1) || dash(c.last + 1)) &&
            number(c.last + 2)) // (and "pages 12-15")
            return false;
        if (age_after_name(c)) {
            make_age(f);
        } else if (is_name_word(left - 1) && !unit_follows(c) && !t_[c.first].grouped && !lower_word &&
                   !lower_is(c.last + 1, "times") && // ("has taken part 3 times": a multiplier)
                   !result_after_name(c) && !gapped_member(c)) {
            return false;
        }
        if (c.words && sign(left - 1, "-") && glued(left) && word(left - 2) && glued(left - 1)) return false;
    }
    if (!f.has_currency && !c.words && address_follows(c)) return false;
    if (titled_number_word(c)) return false;
    if (negative) f.value = -f.value;
    f.first = left;
    if (!after_connector) qualifier_before(f);
    if (f.first > 0 && lower_is(f.first - 1, "from")) f.from = true;
    if (f.first > 0 && lower_is(f.first - 1, "between")) f.between = true;
    // "aged 19", "aged just 19", "at the age of 71", "at age five", "under the age 15", "He was 38.",
    // "children under 13"
    const bool aged = f.first > 0 &&
                      (lower_is(f.first - 1, "aged") || (lower_is(f.first - 1, "ages") && plain_age(c)) ||
                       said_age(c, f) || (t_[f.first - 1].text == "age" && plain_age(c)) || bound_age(c, f) ||
                       (f.first > 1 && lower_is(f.first - 1, "of") && lower_is(f.first - 2, "age")) ||
                       (f.first > 1 && lower_is(f.first - 2, "aged") && word(f.first - 1) &&
                        !has_capital(t_[f.first - 1].text)));
    if ((aged || averaged_age(c, f) || age_of_life(c, f)) && !f.has_unit) {
        make_age(f);
        // ("aged 19", "at age five", "the age of 71": the words that say it is an age are its text)
        if (lower_is(f.first - 1, "aged") || lower_is(f.first - 1, "ages") || t_[f.first - 1].text == "age")
            f.first -= 1;
        else if (f.first > 1 && lower_is(f.first - 1, "of") && lower_is(f.first - 2, "age"))
            f.first -= 2;
    }
    return true;
}

// "raise the retirement age from 64 to 65", "raising the age to 65", "work until 65", "retire at 62", "At 65
// my back will be gone": an age told as a step of working life, or a sentence opening on it.
bool Scanner::age_of_life(const Core& c, const Candidate& f) const {
    if (f.first == 0 || !plain_age(c) || c.value < 14 || c.value > 110 || t_[c.first].grouped || c.words)
        return false;
    const std::size_t p = f.first - 1;
    if (!(lower_is(p, "from") || lower_is(p, "to") || lower_is(p, "at") || lower_is(p, "until") ||
          lower_is(p, "of")))
        return false;
    // (the age named just before, with no other number between: "the legal retirement age from 64")
    for (std::size_t k = p, n = 0; k-- > 0 && n < 5 && same_sentence(k, p); ++n) {
        if (number(k)) break;
        if (lower_is(k, "age")) return true;
    }
    static constexpr std::array<std::string_view, 8> working = {"work",   "working", "works",    "worked",
                                                                "retire", "retired", "retiring", "retires"};
    if (p > 0 && word(p - 1) && std::find(working.begin(), working.end(), t_[p - 1].lower) != working.end() &&
        (lower_is(p, "until") || lower_is(p, "at")))
        return true;
    // ("At 65 my back will be gone", "At 19, she moved"): a sentence that opens on the speaker's age
    static constexpr std::array<std::string_view, 12> persons = {"i",  "my",  "he",   "his",   "she", "her",
                                                                 "we", "our", "they", "their", "you", "your"};
    std::size_t k = c.last + 1;
    if (sign(k, ",")) ++k;
    return lower_is(p, "at") && t_[p].text == "At" && (p == 0 || sentence_end(p - 1)) && word(k) &&
           std::find(persons.begin(), persons.end(), t_[k].lower) != persons.end();
}

// "The median age rose to 41.9 from 41.6", "the average age of newcomers is around 30": a level of an
// average age, a few words after it in its clause.
bool Scanner::averaged_age(const Core& c, const Candidate& f) const {
    if (c.value < 1 || c.value > 120 || f.has_currency) return false;
    for (std::size_t k = f.first; k-- > 0 && f.first - k <= 8 && same_sentence(k, f.first);) {
        if (sign(k, ",") || sign(k, ";") || sign(k, ":") || lower_is(k, "and") || lower_is(k, "but") ||
            (number(k) && k + 1 < f.first && !lower_is(k + 1, "from")))
            return false;
        if (lower_is(k, "age") && k > 0 &&
            (lower_is(k - 1, "median") || lower_is(k - 1, "average") || lower_is(k - 1, "mean")))
            return true;
    }
    return false;
}

// A currency written by a name several countries use ("pesos", "Rs", "shillings";
// shared_currency_names.txt) means the local one where the article says so; a code, a sign or a name
// that says whose ("KES", "₹", "Mexican pesos") means what it says. `first` is its first token.
// ("35 cents", "300 dollars" and "45c" in an Australian outlet are Australian, as its bare "$" is)
std::string Scanner::local_code(const Currency& currency, std::size_t first) const {
    const bool plain_dollar = lower_is(first, "dollars") || lower_is(first, "dollar") ||
                              lower_is(first, "cents") || lower_is(first, "cent") || lower_is(first, "c") ||
                              sign(first, "\u00a2");
    if (currency.code == "USD" && plain_dollar) {
        // ("93c a litre" in a South African outlet: the rand's cents, unless the sentence names the US)
        const bool cent = !lower_is(first, "dollars") && !lower_is(first, "dollar");
        return cent && ctx_.cents != ctx_.dollar ? (names_the_us(first) ? "USD" : ctx_.cents)
                                                 : dollar_here(first);
    }
    if (!word(first) || !lx_.shared_currency_names.count(t_[first].lower)) return currency.code;
    // ("Saudi Aramco paid 30 billion riyals" in an Omani paper: the country its sentence names goes first)
    if (const auto countries = lx_.local_currencies.find(currency.code);
        countries != lx_.local_currencies.end()) {
        std::string named;
        bool several = false;
        const auto [from, to] = sentence_of(first);
        for (std::size_t j = from; j < to; ++j) {
            if (!word(j)) continue;
            const auto it = countries->second.find(strip_possessive(t_[j].text)); // ("Qatar's budget")
            if (it == countries->second.end() || it->second == named) continue;
            several = several || !named.empty();
            named = it->second;
        }
        if (!named.empty() && !several) return named;
    }
    const auto it = ctx_.local_codes.find(currency.code);
    return it == ctx_.local_codes.end() ? currency.code : it->second;
}

// The dollar a bare "$" or "dollars" at token k means: the outlet's own, unless its sentence names the
// United States ("In the US, eggs cost 6 dollars", "73 cents US").
std::string Scanner::dollar_here(std::size_t k) const {
    return ctx_.dollar == "USD" || names_the_us(k) ? "USD" : ctx_.dollar;
}

// Whether the sentence of token k names the United States or Americans.
bool Scanner::names_the_us(std::size_t k) const {
    const auto [from, to] = sentence_of(k);
    for (std::size_t j = from; j < to; ++j) {
        if (!word(j)) continue;
        const std::string& w = t_[j].text;
        const bool initials = w == "U" && sign(j + 1, ".") && j + 2 < t_.size() && t_[j + 2].text == "S";
        const bool states = w == "United" && j + 1 < t_.size() && t_[j + 1].text == "States";
        // ("US$324 billion", "$US8 million" are the sign, not the country named)
        const bool sign_part = (sign(j + 1, "$") && glued(j + 1)) || (j > 0 && sign(j - 1, "$") && glued(j));
        if (((w == "US" || w == "USA" || w == "U.S." || w == "U.S") && !sign_part) ||
            t_[j].lower == "american" || t_[j].lower == "americans" || t_[j].lower == "america" || initials ||
            states)
            return true;
    }
    return false;
}

// Number words that are pronouns ("one of", "no one", "one-time") rather than amounts.
bool Scanner::pronoun(const Core& c) const {
    if (!c.words) return false;
    const bool one = c.value == 1 && lower_is(c.first, "one") && c.first == c.last;
    // "one in five", "one in every 900"
    const bool one_in = lower_is(c.last + 1, "in") &&
                        (core_at(c.last + 2) || (lower_is(c.last + 2, "every") && core_at(c.last + 3)));
    // "one or two more days", "one or more vandals": the first of two numbers, or a bound, no pronoun
    if (lower_is(c.last + 1, "or") && (core_at(c.last + 2) || lx_.qualifiers_after.at(t_, c.last + 1).value))
        return false;
    // ("one to two hours": the first end of a range)
    if (lower_is(c.last + 1, "to") && core_at(c.last + 2) && !lower_is(c.last + 2, "one")) return false;
    // "a one-gram sample", "a one-year ban": one of a unit
    const bool one_unit = sign(c.last + 1, "-") && glued(c.last + 1) && glued(c.last + 2) &&
                          lx_.units.at(t_, c.last + 2).value != nullptr;
    // ("a one-bedroom flat", "a one-room shack": one of a noun, in a compound before another noun; not
    // "one-off", "a one-time champion", "one-sided", "a one-stop shop")
    static constexpr std::array<std::string_view, 13> idioms = {
        "off", "time", "way", "sided", "liner", "on", "man", "stop", "click", "hit", "piece", "size", "shot"};
    const std::size_t part = c.last + 2;
    const bool one_compound =
        sign(c.last + 1, "-") && glued(c.last + 1) && word(part) && glued(part) && !glued(part + 1) &&
        std::find(idioms.begin(), idioms.end(), t_[part].lower) == idioms.end() &&
        dictionary_.parts(t_[part].lower).has(text::PartOfSpeech::noun) && word(part + 1) &&
        !stop(part + 1) && dictionary_.parts(t_[part + 1].lower).has(text::PartOfSpeech::noun);
    if (one && !one_in && !one_unit && !one_compound &&
        (lower_is(c.last + 1, "of") || lower_is(c.last + 1, "another") || !word(c.last + 1) ||
         stop(c.last + 1)))
        return true;
    // "no one", "every one", "which one" (but "found that one in five adults")
    if (one && !one_in && c.first > 0 && in(lx_.pronoun_one_words, c.first - 1)) return true;
    if (one && !one_in && one_as_article(c)) return true;
    // "an accusation or two", "a letter or two": a vague few, no count (not "a week or two": a span)
    if (c.words && c.value == 2 && c.first == c.last && c.first >= 3 && lower_is(c.first - 1, "or") &&
        word(c.first - 2) && !stop(c.first - 2) && !period_word(c.first - 2) &&
        (lower_is(c.first - 3, "a") || lower_is(c.first - 3, "an")))
        return true;
    // "one way or the other", "one way or another"
    if (one && lower_is(c.last + 1, "way") && lower_is(c.last + 2, "or")) return true;
    // "for one thing", "from one discovery to another", "one crisis after another": idioms
    if (one && c.first > 0 && lower_is(c.first - 1, "for") && lower_is(c.last + 1, "thing")) return true;
    if (one && word(c.last + 1) && (lower_is(c.last + 2, "to") || lower_is(c.last + 2, "after")) &&
        lower_is(c.last + 3, "another"))
        return true;
    // "One day, I realised", "one day we will": a time told, not a period ("in one day, we…" is one)
    // (with a comma after it, only at the head of a sentence or clause: "the strike lasted one day, …")
    const bool clause_head = c.first == 0 || sentence_end(c.first - 1) || sign(c.first - 1, ",") ||
                             in(lx_.clause_conjunctions, c.first - 1);
    const bool told =
        clause_head ? sign(c.last + 2, ",") || in(lx_.subject_pronouns, c.last + 2)
                    : in(lx_.subject_pronouns, c.last + 2) && !stop(c.first - 1) && !number(c.first - 1);
    if (one && lower_is(c.last + 1, "day") && told) return true;
    return one && sign(c.last + 1, "-") && glued(c.last + 1) && lower_is(c.last + 2, "time"); // one-time
}

// "one" said the way "a" is, of one of many, not counting: an unnamed source ("one official said",
// "One study found", "according to one analysis"), a member then named ("One witness, Felicia Sanders,
// described"; "one customer, Inmarsat, which"; "One woman, 86, lost") or an instance ("one example",
// "That's one solution", "In one case"). A qualifier keeps the count ("only one way", "just one witness").
bool Scanner::one_as_article(const Core& c) const {
    if (c.first > 0 && (lx_.qualifiers.before(t_, c.first).value || lower_is(c.first - 1, "only") ||
                        lower_is(c.first - 1, "just") || lower_is(c.first - 1, "than")))
        return false;
    if (c.first >= 2 && lower_is(c.first - 2, "according") && lower_is(c.first - 1, "to")) return true;
    std::size_t end = c.last; // the last word of the noun phrase after "one" ("one former adviser")
    // (a stop word's contraction ends it too: "One thing that's wrong")
    while (end - c.last < 4 && word(end + 1) && !stop(end + 1) && !stop_contraction(end + 1) &&
           !in(lx_.one_source_verbs, end + 1))
        ++end;
    if (end == c.last) return false;
    // ("said one banker involved in the talks": the source after its verb, as only verbs of saying have it;
    // "found one error" counts)
    static constexpr std::array<std::string_view, 12> inverted = {
        "said",     "says",      "added",  "wrote",    "noted", "warned",
        "admitted", "explained", "argued", "recalled", "joked", "insisted"};
    // (not the subject of what was said: "Police said one officer was hurt")
    if (word(c.first - 1) &&
        std::find(inverted.begin(), inverted.end(), t_[c.first - 1].lower) != inverted.end() &&
        !in(lx_.auxiliary_verbs, end + 1) && !verb_follows(end + 1))
        return true;
    if (in(lx_.one_instance_nouns, end)) return true;
    const std::size_t next =
        (word(end + 1) && ends_with(t_[end + 1].lower, "ly")) || lower_is(end + 1, "also") ? end + 2
                                                                                           : end + 1;
    if (in(lx_.one_source_verbs, next)) return true;
    if (!sign(end + 1, ",")) return false;
    // ("One study, from the non-profit Environmental Defense Fund, found")
    std::size_t close = end + 2;
    while (close - end < 16 && close < t_.size() && !sign(close, ",") && same_sentence(close, end))
        ++close;
    return named_aside(end + 2) || (sign(close, ",") && in(lx_.one_source_verbs, close + 1));
}

// A stop word's contraction: "that's", "I'm", "they're" (a possessive, "Tom's", is none).
bool Scanner::stop_contraction(std::size_t k) const {
    if (!word(k)) return false;
    const std::string& w = t_[k].lower;
    const std::size_t mark = std::min(w.find('\''), w.find("\u2019"));
    return mark != std::string::npos && lx_.stop_words.count(w.substr(0, mark)) > 0;
}

// An aside from k to its closing comma that names someone or gives an age: "Felicia Sanders,", "Inmarsat,",
// "78-year-old Farida Siddiqui,", "86,". Not an attribution ("police said") nor a clause.
bool Scanner::named_aside(std::size_t k) const {
    bool named = false;
    std::size_t n = 0;
    for (; k < t_.size() && !sign(k, ",") && n < 7; ++k, ++n) {
        if (number(k) || sign(k, "-")) continue;
        if (!word(k)) return false;
        if (starts_capital(t_[k].text))
            named = true;
        else if (!ends_with(t_[k].lower, "old") && !lower_is(k, "year"))
            return false;
    }
    return n > 0 && sign(k, ",") && (named || (n == 1 && number(k - 1)));
}

// "stood", "remains", "was put": a verb that sets a level ("the toll stood at nine").
bool Scanner::level_verb(std::size_t k) const {
    static constexpr std::array<std::string_view, 12> verbs = {"stood",   "stands",    "stand", "remained",
                                                               "remains", "remain",    "put",   "pegged",
                                                               "capped",  "estimated", "fixed", "set"};
    return word(k) && std::find(verbs.begin(), verbs.end(), t_[k].lower) != verbs.end();
}

// Numerals that are parts of something else: times (10:27), slashed codes and dates (24/7,
// 12/05/2019), list markers, ordinals and decades (22nd, 1990s), codes (5G, 4K). `resume` skips
// what was read.
bool Scanner::part_of_something_else(const Core& c, std::size_t& resume) const {
    // "a 401(k) plan", "a 501(c)(3) charity", "his 401k": a section of the tax code names the plan
    const auto section = [&](std::size_t k) {
        return sign(k, "(") && glued(k) && glued(k + 1) && t_[k + 1].text.size() == 1 && sign(k + 2, ")");
    };
    if (!c.words && c.last == c.first && section(c.last + 1)) {
        resume = c.last + 4;
        while (section(resume))
            resume += 3;
        return true;
    }
    // "DOI: 10.1056/NEJMoa2605123", "doi:10.1038/s41586": a document's identifier
    const std::size_t id = c.last + 2; // (a code in capitals or with digits, not a unit: "2.5/day")
    if (!c.words && sign(c.last + 1, "/") && glued(c.last + 1) && word(id) && glued(id) &&
        t_[c.first].decimal && (has_capital(t_[id].text) || (number(id + 1) && glued(id + 1))) &&
        !lx_.units.at(t_, id).value)
        return true;
    const double plan = c.value / c.scale;
    if (!c.words && c.scale == 1000 && lower_is(c.last, "k") && (plan == 401 || plan == 403 || plan == 457))
        return true;
    // "to win the MVP one day", "who one day looked", "One day in July": a day told, not counted ("for
    // one day", "in one day", "one day after" count it)
    if (c.words && c.value == 1 && lower_is(c.first, "one") &&
        (lower_is(c.last + 1, "day") || lower_is(c.last + 1, "night") || lower_is(c.last + 1, "morning") ||
         lower_is(c.last + 1, "evening") || lower_is(c.last + 1, "afternoon")) &&
        !(c.first > 0 && word(c.first - 1) &&
          (in(lx_.time_prepositions, c.first - 1) || in(lx_.over_bound_words, c.first - 1) ||
           in(lx_.determiners, c.first - 1) || lx_.qualifiers.before(t_, c.first).value ||
           lower_is(c.first - 1, "than") || lower_is(c.first - 1, "for") || lower_is(c.first - 1, "within") ||
           lower_is(c.first - 1, "over") || lower_is(c.first - 1, "only") ||
           lower_is(c.first - 1, "just"))) &&
        !(word(c.last + 2) &&
          (in(lx_.relative_time_words, c.last + 2) || lower_is(c.last + 2, "after") ||
           lower_is(c.last + 2, "before") || lower_is(c.last + 2, "of") || lower_is(c.last + 2, "off") ||
           lower_is(c.last + 2, "a") || lower_is(c.last + 2, "per") || lower_is(c.last + 2, "each"))) &&
        !possessed_period(c.last + 1)) {
        resume = c.last + 2;
        return true;
    }
    // "a 30 Rock writer", "the 14 Mission bus": a whole number above one before a singular word in
    // capitals that no plural follows is part of a name ("4 Chinese nationals", "120 Boeing aircraft",
    // "3 Democrats" count)
    // ("Italy's 5 Star Movement lost": or two such words; "2 Apple Watch models" count)
    const auto capital_single = [&](std::size_t k) {
        return word(k) && starts_capital(t_[k].text) && has_lower_case(t_[k].text) &&
               !is_plural(lx_, t_[k].lower) && !lx_.units.at(t_, k).value &&
               !lx_.currencies.at(t_, k).value && !month(k) && !weekday(k) && !stop(k);
    };
    const auto lower_word = [&](std::size_t k) { return word(k) && !stop(k) && !starts_capital(t_[k].text); };
    if (!c.words && c.scale == 1 && c.last == c.first && !t_[c.first].decimal && !t_[c.first].grouped &&
        t_[c.first].digits <= 3 && c.value >= 2 && c.first > 0 && !sentence_end(c.first - 1) &&
        capital_single(c.last + 1) && !title_case(c.first) &&
        ((lower_word(c.last + 2) && !plural_ahead(c.last + 2)) ||
         (capital_single(c.last + 2) && lower_word(c.last + 3) && !plural_ahead(c.last + 3) &&
          !is_plural(lx_, t_[c.last + 3].lower)))) {
        resume = c.last + 2;
        return true;
    }
    // "the rapper 50 Cent": a cent in capitals after a number that is not one is a name's
    if (c.value != 1 && word(c.last + 1) && t_[c.last + 1].text == "Cent") {
        resume = c.last + 2;
        return true;
    }
    // "zero-hours contracts", "zero-emission vehicles", "a zero-tolerance policy": a kind, no amount
    // ("zero-percent financing" is 0%)
    if (c.words && c.value == 0 && lower_is(c.first, "zero") && sign(c.last + 1, "-") && glued(c.last + 1) &&
        word(c.last + 2) && glued(c.last + 2) &&
        !(lx_.units.at(t_, c.last + 2).value &&
          lx_.units.at(t_, c.last + 2).value->kind == UnitKind::percent)) {
        resume = c.last + 3;
        return true;
    }
    // "net zero by 2050", "net-zero emissions": a goal's name, no amount
    if (c.words && c.value == 0 && lower_is(c.first, "zero") && c.first > 0 &&
        (lower_is(c.first - 1, "net") ||
         (dash(c.first - 1) && glued(c.first) && lower_is(c.first - 2, "net"))))
        return true;
    // "ground zero", "patient zero", "zero tolerance", "a zero-sum game": idioms, no amount
    if (c.words && c.value == 0 && lower_is(c.first, "zero") &&
        ((c.first > 0 && (lower_is(c.first - 1, "ground") || lower_is(c.first - 1, "patient") ||
                          lower_is(c.first - 1, "year"))) ||
         lower_is(c.last + 1, "tolerance") || lower_is(c.last + 1, "sum") || lower_is(c.last + 1, "hour")))
        return true;
    // a whole number of one to twelve, which may tell the hour
    const bool hour =
        c.scale == 1 && c.value >= 1 && c.value <= 12 && c.last == c.first && !t_[c.first].decimal;
    // "at five in the morning", "at 9 at night": a time of day told by the hour
    if (hour &&
        ((lower_is(c.last + 1, "in") && lower_is(c.last + 2, "the") && in(lx_.day_part_words, c.last + 3) &&
          !(word(c.last + 4) && !stop(c.last + 4))) || // ("three in the morning shift" are people)
         (lower_is(c.last + 1, "at") && lower_is(c.last + 2, "night"))))
        return true;
    // "every morning at eight", "Dinner is at seven", "at 8 tonight": an hour near a part of the day
    // ("the toll stood at nine" tonight is a level)
    if (hour && c.first > 1 && lower_is(c.first - 1, "at") &&
        !(word(c.first - 2) && (lx_.change_words.count(t_[c.first - 2].lower) ||
                                lx_.amount_verbs.count(t_[c.first - 2].lower) || level_verb(c.first - 2)))) {
        bool day_part = in(lx_.day_part_words, c.last + 1);
        for (std::size_t k = c.first - 1, n = 0; k-- > 0 && n < 4 && same_sentence(k, c.first) && !day_part;
             ++n)
            day_part = in(lx_.day_part_words, k);
        if (day_part && !(word(c.last + 1) && !stop(c.last + 1) && !in(lx_.day_part_words, c.last + 1)))
            return true;
    }
    // "the Group of Seven", "the Group of 20 summit": a forum named by its members' number
    if (c.first >= 2 && lower_is(c.first - 1, "of") && t_[c.first - 2].text == "Group") return true;
    // "half past six", "quarter to nine": a time told by the hour ("fell by half to 10" is no time)
    const bool past =
        lower_is(c.first - 1, "past") && (lower_is(c.first - 2, "half") || lower_is(c.first - 2, "quarter"));
    const bool to = lower_is(c.first - 1, "to") && lower_is(c.first - 2, "quarter");
    if (c.first >= 2 && c.value <= 12 && c.scale == 1 && !word(c.last + 1) && (past || to)) return true;
    if (c.words) return false;
    const std::size_t k = c.last + 1;
    if (sign(k, ":") && glued(k) && number(k + 1) && glued(k + 1)) { // 10:27, 1:36.6
        resume = k + 2;
        return true;
    }
    if (season_years(c)) return false; // 2023/24, read as a range of years
    // "the asteroid 2024 YR4", "2014 MU69": a designation, a year and a code
    if (c.first == c.last && t_[c.first].digits == 4 && word(k) && !glued(k) && t_[k].text.size() >= 2 &&
        t_[k].text.size() <= 3 && capitals_only(t_[k].text) && number(k + 1) && glued(k + 1)) {
        resume = k + 2;
        return true;
    }
    // "rules 1 and 1b", "Clade 1b", "section 4a": a numbered item with its letter
    if (c.first == c.last && !t_[c.first].decimal && c.scale == 1 && word(k) && glued(k) &&
        (t_[k].text == "a" || t_[k].text == "b") && !(c.first > 0 && glued(c.first) && !word(c.first - 1)) &&
        !plural_ahead(k + 1) && !lx_.units.at(t_, k + 1).value) { // ("1b users", "2b cubic metres")
        resume = k + 1;
        return true;
    }
    // "24x7": all the time
    if (c.value == 24 && c.first == c.last &&
        ((word(k) && t_[k].text == "x7" && glued(k)) ||
         (lower_is(k, "x") && glued(k) && number(k + 1) && glued(k + 1) && t_[k + 1].value == 7))) {
        resume = t_[k].text == "x7" ? k + 1 : k + 2;
        return true;
    }
    // "Image 1 of 8": a gallery's counter
    const bool gallery =
        c.first > 0 && (t_[c.first - 1].text == "Image" || t_[c.first - 1].text == "Photo" ||
                        t_[c.first - 1].text == "Picture" || t_[c.first - 1].text == "Slide");
    if (gallery && lower_is(k, "of") && number(k + 1) && k + 2 >= t_.size()) {
        resume = k + 2;
        return true;
    }
    if (code_around(c)) {
        resume = k + 1;
        return true;
    }
    // "the Companies Act, 2013", "Finance Bill 2024": a law's name ends in its year
    const std::size_t named = c.first > 0 && sign(c.first - 1, ",") ? c.first - 2 : c.first - 1;
    if (c.year_like && c.first == c.last && t_[c.first].digits == 4 && named < c.first &&
        in(lx_.statute_words, named))
        return true;
    // "Covid cases per 100,000 fell to 12", "deaths per 1,000 live births": the denominator of a rate
    // named before any figure of it
    if (c.first >= 2 && lower_is(c.first - 1, "per") && word(c.first - 2) && c.value >= 100 &&
        power_of_ten(c.value) && !lx_.currencies.at(t_, k).value && !lx_.units.at(t_, k).value) {
        std::string noun;
        const std::size_t end = noun_phrase(k, c.value, noun);
        resume = end == npos ? k : end + 1;
        return true;
    }
    // "the 777-300ER": a model's number and its variant's code
    if (c.last == c.first && sign(k, "-") && glued(k) && number(k + 1) && glued(k + 1) && word(k + 2) &&
        glued(k + 2) && is_acronym(t_[k + 2].text)) {
        resume = k + 3;
        return true;
    }
    if (model_name_follows(c)) {
        resume = k + 1;
        return true;
    }
    // "24 x 7", "24x7": all the time, as "24/7" (the size "24 x 7 inches" has its unit)
    if (c.value == 24 && dimension_follows(k) && t_[k + 1].value == 7 && !lx_.units.at(t_, k + 2).value) {
        resume = k + 2;
        return true;
    }
    if (const std::size_t end = phone_number_end(c.first); end != npos) {
        resume = end + 1;
        return true;
    }
    if (const std::size_t end = dialled(c); end != npos) {
        resume = end + 1;
        return true;
    }
    // "Sky Sports 2 0630": a time of day written as four digits led by 0 (no telephone group after it)
    if (c.last == c.first && t_[c.first].digits == 4 && !t_[c.first].decimal && !t_[c.first].grouped &&
        t_[c.first].text[0] == '0' && std::fmod(t_[c.first].value, 100) < 60 && t_[c.first].value < 2400)
        return true;
    // "kick-off at 20h30", "from 9h15": a time of day as French and other outlets write it (not "took
    // 2h05", a race's time)
    if (c.last == c.first && lower_is(k, "h") && glued(k) && number(k + 1) && glued(k + 1) &&
        t_[k + 1].digits == 2 && t_[k + 1].value < 60 && small_int(c.first, 0, 24) && c.first > 0 &&
        (lower_is(c.first - 1, "at") || in(lx_.time_prepositions, c.first - 1))) {
        resume = k + 2;
        return true;
    }
    // "4x2 and 4x4 variants": a drive, no multiplier
    if (c.last == c.first && lower_is(k, "x") && glued(k) && number(k + 1) && glued(k + 1) &&
        t_[k + 1].digits == 1 && t_[c.first].digits == 1) {
        resume = k + 2;
        return true;
    }
    // "on Saturday 5 and Sunday 6": a day of a month not named (not "On Saturday 5 people died")
    const auto listed_day = [&](std::size_t d) {
        return d > 0 && weekday(d - 1) && small_int(d, 1, 31) && t_[d].digits <= 2;
    };
    const bool joined_after = k >= t_.size() || sign(k, ".") || sign(k, ",") || sign(k, ";") ||
                              lower_is(k, "and") || lower_is(k, "to") || lower_is(k, "or");
    const bool joined_before = c.first >= 4 &&
                               (lower_is(c.first - 2, "and") || lower_is(c.first - 2, "to")) &&
                               listed_day(c.first - 3);
    if (listed_day(c.first) && (joined_after || joined_before)) return true;
    if (slash_ratio(c)) return false; // "scored 389/400"
    // ".342/.370/.567": a batting line, each rate a figure
    const auto point_led = [&](std::size_t n) { return t_[n].text.size() > 1 && t_[n].text[0] == '.'; };
    if (sign(k, "/") && glued(k) && number(k + 1) && glued(k + 1) && point_led(c.first) && point_led(k + 1))
        return false;
    if (sign(k, "/") && glued(k) && number(k + 1) && glued(k + 1)) { // 24/7, 12/05/2019
        resume = k + 2;
        while (sign(resume, "/") && number(resume + 1))
            resume += 2;
        return true;
    }
    if (time_of_day_at(k)) return true;
    // "between 8 and 9 AM", "from 10 to 11pm": the first of two times the second's marker tells
    if ((lower_is(k, "and") || lower_is(k, "to") || lower_is(k, "or") || dash(k)) && number(k + 1) &&
        !t_[k + 1].grouped && time_of_day_at(k + 2))
        return true;

    // "the 911 call", "a 999 call": an emergency number names a service
    if (c.last == c.first && lx_.emergency_numbers.count(t_[c.first].text) && in(lx_.call_words, k))
        return true;
    if (list_marker(c)) return true;
    // "because 1) it gets hot … and 2) when troops go": a small number closing a bracket no bracket
    // opened in its sentence marks an item of a list
    if (c.last == c.first && sign(k, ")") && glued(k) && small_int(c.first, 1, 20)) {
        bool opened = false;
        for (std::size_t j = c.first; j-- > 0 && same_sentence(j, c.first) && !opened;)
            opened = sign(j, "(");
        if (!opened) return true;
    }
    // "an Under-21 international", "the U-19 side": a team's age group names it
    if (c.first >= 2 && sign(c.first - 1, "-") && glued(c.first) && glued(c.first - 1) &&
        (t_[c.first - 2].text == "Under" || t_[c.first - 2].text == "U"))
        return true;
    // "3-D", "2-D", "4-H": a number and a single letter joined by a hyphen name something
    if (c.last == c.first && sign(k, "-") && glued(k) && word(k + 1) && glued(k + 1) &&
        t_[k + 1].text.size() == 1 && !(sign(k + 2, "-") && glued(k + 2))) {
        resume = k + 2;
        return true;
    }
    // "the '419' scam", "a \u201c1984\u201d moment": a number alone in quotation marks is named, not stated
    // (after a determiner, as a name is used: 'he said "40", then' states a number)
    if (c.first > 1 && quote_mark(c.first - 1) && glued(c.first) && quote_mark(k) && glued(k) &&
        (lower_is(c.first - 2, "the") || lower_is(c.first - 2, "a") || lower_is(c.first - 2, "an")))
        return true;
    if (c.first >= 2 && sign(c.first - 1, ":") && glued(c.first) && glued(c.first - 1) && number(c.first - 2))
        return true; // the seconds of 10:00:00
    if (word(k) && glued(k) && !c.ambiguous_m && c.last == c.first) {
        const std::string& w = t_[k].lower;
        // 22nd, 1990s (but "0.204s" is seconds)
        if (in(lx_.ordinal_suffixes, k) || (w == "s" && !t_[c.last].decimal)) return true;
        if (w == "s" && !sign(k + 1, "/")) return false;
        // (a capital T is trillions only after a currency's sign: "$3.5T"; "a 3T scanner" is a code)
        const bool signed_amount =
            c.first > 0 && glued(c.first) && !word(c.first - 1) && !number(c.first - 1);
        const bool scale = lx_.scales.at(t_, k).value && (t_[k].text != "T" || signed_amount);
        // (a currency's sign that stands only before its amount says nothing glued after one: "Runway 32R")
        const auto cur = lx_.currencies.at(t_, k).value;
        const bool known =
            lx_.units.at(t_, k).value ||
            (cur && cur->place != CurrencyPlace::prefix && cur->place != CurrencyPlace::guarded) || scale;
        // ("net worth = $3,013,518He's cheering", "3,200staff": a space lost in a page's text; a
        // code's digits are not grouped in thousands)
        const bool run_together = t_[c.first].grouped && w.size() > 1 && !has_capital(t_[k].text.substr(1));
        if (!known && !run_together) return true; // 5G, 4K, 9AB
    }
    // "(00, 01, 10, 11)", "code 0427": digits led by a zero are a code's, no amount
    if (!c.words && c.last == c.first && t_[c.first].digits >= 2 && !t_[c.first].decimal &&
        !t_[c.first].grouped && t_[c.first].text.front() == '0' && c.scale == 1)
        return true; // (after the telephone numbers and codes above, which take them whole)
    return false;
}

bool Scanner::quote_mark(std::size_t k) const {
    return sign(k, "'") || sign(k, "\"") || sign(k, "\u2018") || sign(k, "\u2019") || sign(k, "\u201c") ||
           sign(k, "\u201d");
}

// A telephone number, no figure: an area code led by 0 and groups of digits ("(02) 9322 8405", "0808
// 2000 247"), three or more groups joined by hyphens ("1-800-222-8477"), or two where the second is
// four digits led by 0 ("555-0142"). Returns the last token, or npos.
std::size_t Scanner::phone_number_end(std::size_t i) const {
    if (t_[i].decimal || t_[i].grouped || (i > 0 && sign(i - 1, "-") && glued(i))) return npos;
    // "(02) 9322 8405", "02 93228738": an area code led by 0, then groups of digits
    if (t_[i].text.size() >= 2 && t_[i].text.size() <= 5 && t_[i].text[0] == '0') {
        std::size_t k = sign(i + 1, ")") ? i + 2 : i + 1;
        // ("0800 555 111": or two groups of three)
        const bool three_groups = number(k) && t_[k].text.size() == 3 && number(k + 1) &&
                                  !t_[k + 1].decimal && t_[k + 1].text.size() >= 3;
        if (number(k) && !t_[k].decimal && (t_[k].text.size() >= 4 || three_groups)) {
            while (number(k + 1) && !t_[k + 1].decimal && t_[k + 1].text.size() >= 3)
                ++k;
            return k;
        }
    }
    // "1800 425 1111", "1300 655 506": three groups of digits with nothing between them
    const auto group = [&](std::size_t k) {
        return number(k) && !t_[k].decimal && !t_[k].grouped && t_[k].digits >= 3 && t_[k].digits <= 4;
    };
    // (not a year and a number spaced by thousands: "In 2023 120 000 tourists")
    if (group(i) && group(i + 1) && group(i + 2) && !glued(i + 1) && !glued(i + 2)) {
        const bool thousands = t_[i + 2].text == "000" || t_[i + 1].text == "000";
        const bool year = i > 0 && in(lx_.time_prepositions, i - 1);
        if (!thousands && !year) return i + 2;
    }
    std::size_t last = i;
    std::size_t groups = 1;
    while (sign(last + 1, "-") && glued(last + 1) && number(last + 2) && glued(last + 2) &&
           !t_[last + 2].decimal && !t_[last + 2].grouped) {
        last += 2;
        ++groups;
    }
    const bool zero_led = groups == 2 && t_[last].digits == 4 && t_[last].text[0] == '0';
    return groups >= 3 || zero_led ? last : npos;
}

// "its 737 Max fleet", "787 Dreamliner production": a model's number before the rest of its name, a
// capitalised singular that a lower-case singular noun follows (not "12 Republican senators", "300
// Americans", "15 March": plurals count, and dates are read before).
bool Scanner::model_name_follows(const Core& c) const {
    const std::size_t i = c.first, k = c.last + 1;
    // (a model's number is rarely round: "120 Boeing aircraft", "its 100 Max aircraft" count)
    if (c.last != c.first || t_[i].grouped || t_[i].decimal || c.value < 100 || c.year_like ||
        std::fmod(c.value, 10) == 0)
        return false;
    if (!word(k) || glued(k) || !starts_capital(t_[k].text) || is_plural(lx_, t_[k].lower)) return false;
    if (lx_.units.at(t_, k).value || lx_.currencies.at(t_, k).value || lx_.scales.at(t_, k).value || month(k))
        return false;
    // ("$500 US bail", "330 European currency unit", "500 Federal advisory", "100 MT warhead": an
    // amount, an adjective, an acronym)
    if (lx_.currencies.before(t_, i).value ||
        dictionary_.parts(t_[k].lower).has(text::PartOfSpeech::adjective) || is_acronym(t_[k].text))
        return false;
    return word(k + 1) && !has_capital(t_[k + 1].text) && !stop(k + 1) && !is_plural(lx_, t_[k + 1].lower) &&
           !plural_ahead(k + 1); // ("150 Conservative party members")
}

// A number told to be dialled: "its hotline 1555", "freephone 0800 1111" (a word of phone_words.txt
// right before), "contact Samaritans on 116 123", "text HELLO to 50808" (a word of calling_words.txt,
// a name, then "on", "at" or "to"). Not "the hotline's 1,500 calls" nor "call 50 witnesses": no decimal, no
// grouping by commas, nothing counted after it.
std::size_t Scanner::dialled(const Core& c) const {
    const std::size_t i = c.first;
    if (i == 0 || t_[i].decimal || c.scale > 1 || c.words || t_[i].text.find(',') != std::string::npos)
        return npos;
    std::size_t end = c.last; // and the groups of digits that follow: "0800 555 111"
    while (number(end + 1) && !t_[end + 1].decimal && t_[end + 1].text.find(',') == std::string::npos)
        ++end;
    const bool service = lx_.emergency_numbers.count(t_[i].text) > 0;
    // "031 336 5300", "0800 111 222": a trunk zero, then groups of digits, is a number to dial wherever
    // it stands
    if (t_[i].text.size() >= 2 && t_[i].text[0] == '0' && t_[i].digits <= 5 && end > c.last &&
        t_[end].digits >= 3)
        return end;
    const bool counted = word(end + 1) && is_plural(lx_, t_[end + 1].lower); // "call 50 witnesses"
    const bool word_after = word(end + 1) && !stop(end + 1);
    // right after a verb of calling: a service's number, a long one or one in groups ("call 101
    // quoting…", "text 85258", "call 1195 free of charge")
    // (not a year: "he called 2019 a lost year")
    if (in(lx_.calling_words, i - 1) && !counted &&
        (service || (t_[i].digits >= 4 && !(c.year_like && lower_is(i - 1, "called"))) || end > c.last))
        return end;
    // whom to call, then "on", "at" or "to": "contact police on 101", "contact Samaritans on 116 123",
    // "text HELLO to 50808", "the helpline on 0300 123 4567"
    if (lower_is(i - 1, "on") || lower_is(i - 1, "at") || lower_is(i - 1, "to")) {
        bool calling = false;
        for (std::size_t j = i - 1, n = 0; j-- > 0 && n < 3 && word(j) && !calling; ++n)
            calling = in(lx_.calling_words, j) || in(lx_.phone_words, j);
        if (calling && (service || !word_after)) return end;
    }
    if (word_after) return npos;
    if (in(lx_.phone_words, i - 1)) return end;
    // "a helpline, 104, was operating": the number set off after the word
    if (i >= 2 && sign(i - 1, ",") && in(lx_.phone_words, i - 2) && sign(end + 1, ",")) return end;
    // "+91 98765 43210": a country's code, then the number's groups
    return sign(i - 1, "+") && glued(i) && end > c.last ? end : npos;
}

// "the 2.6 release", "many 8.0 clients": a decimal before a word of versions (`version_words.txt`) in
// the singular, or followed by ".0" before one in the plural, is a version's number; "4.9 cases" stay.
bool Scanner::version_label(const Core& c, const Candidate& f) const {
    if (c.words || !t_[c.first].decimal || c.scale != 1 || c.last != c.first || f.kind != FigureKind::count ||
        f.unit.empty() || f.unit.find('/') != std::string::npos)
        return false;
    const std::size_t next = c.last + 1;
    if (!word(next)) return false;
    if (lx_.version_words.count(t_[next].lower)) return true;
    return ends_with(t_[c.first].text, ".0") && lx_.version_words.count(noun_singular(t_[next].lower));
}

// "Dengue cases passed 4 million", "shares topped $40": a verb of going past a mark says "more than".
void Scanner::passed_mark(Candidate& f) const {
    // ("a law passed 10 years ago" gives no bound)
    if (f.qualifier != Qualifier::exact || f.kind == FigureKind::date || f.kind == FigureKind::duration ||
        f.first == 0 || !word(f.first - 1))
        return;
    const std::string& verb = t_[f.first - 1].lower;
    const bool counted = f.kind == FigureKind::count && !f.unit.empty();
    if (lx_.exceed_verbs.count(verb) || (!counted && lx_.pass_verbs.count(verb)))
        f.qualifier = Qualifier::at_least;
}

std::size_t Scanner::dateline_end() const {
    // "WASHINGTON, February 19th. /tass/." or "MOSCOW, February 28 (TASS) -": an upper-case place,
    // then the date, closed by the agency or a dash.
    // ("(ANSA) - BRUSSELS, JUN 21 -": the agency first)
    const std::size_t s0 = t_.size() > 4 && sign(0, "(") && word(1) && sign(2, ")") && dash(3) ? 4 : 0;
    if (t_.size() <= s0 || !word(s0) || t_[s0].text.size() < 3 || !starts_capital(t_[s0].text)) return 0;
    if (has_lower_case(t_[s0].text)) return s0 == 0 ? agency_dateline_end() : 0;
    for (std::size_t k = s0 + 1; k < t_.size() && k < s0 + 16; ++k) {
        // a dateline holds names, dates and the agency only: "HSBC will buy … after pre-tax" is a sentence
        if (word(k) && !starts_capital(t_[k].text) && !month(k) && !(glued(k) && number(k - 1))) return 0;
        if (dash(k) && glued(k) && glued(k + 1)) continue; // "Sharm el-Sheikh", "pre-tax"
        if (dash(k) || sign(k, "/") || sign(k, ")") || sign(k, ":") || sign(k, "\u2014")) return t_[k].end;
    }
    return 0;
}

// A bar or a dot that divides a page's stamp line ("Tracy Neal | 05:00", "CBC News · Posted").
bool Scanner::line_bar(std::size_t k) const { return sign(k, "|") || sign(k, "\u00b7") || sign(k, "\u2022"); }

// "By Kate Burke | July 18, 2024", "By Jessica Conditt · Updated Wed, Apr 2, 2025", "By Allison Johnson, a
// reviewer with 10 years of experience": a byline left in the body, with its stamp or its author's note.
// A short first sentence opening with "By" and a name in capitals, marked as a byline by a bar, a dot, a
// stamp or a word of the trade ("By Christmas Day, 40 shops had closed" is news). Returns the token
// after it, or 0.
std::size_t Scanner::byline_end() const {
    static constexpr std::array<std::string_view, 9> marks = {"updated",  "published",     "posted",
                                                              "reporter", "correspondent", "editor",
                                                              "writer",   "reviewer",      "staff"};
    const auto among = [](const auto& list, const std::string& w) {
        return std::find(list.begin(), list.end(), w) != list.end();
    };
    const auto [from, to] = sentence_of(0);
    std::size_t words = 0;
    bool bar = false, marked = false, clock = false, dated = false;
    for (std::size_t k = from; k < to; ++k) {
        words += word(k);
        bar = bar || line_bar(k);
        marked = marked || among(marks, t_[k].lower);
        clock = clock || (sign(k, ":") && number(k - 1) && number(k + 1) && glued(k) && glued(k + 1));
        dated = dated || month(k) > 0 || year_at(k);
    }
    // ("Tracy Neal | 05:00, Mar 10 2025", "· CBC News · Posted: Mar 3, 2025": a stamp line with no "By",
    // marked by a bar or a dot and a stamp or a clock, and dated; "16:30 | Tallies so far: 132 seats" is
    // a live blog's entry)
    if (!lower_is(0, "by")) return bar && (marked || clock) && dated && words <= 15 ? to : 0;
    const std::size_t n = sign(1, ":") ? 2 : 1; // ("By: Jane Doe")
    if (!word(n) || !word(n + 1) || weekday(n) || month(n) || stop(n)) return 0;
    const auto capital = [&](std::size_t k) { return word(k) && starts_capital(t_[k].text); };
    // ("By business reporter Jess Lamb Posted Thu 16 Mar 2028 at 5:30am": the trade before the name)
    if (!capital(n) || !capital(n + 1)) return dated && marked && words <= 20 ? to : 0;
    // ("By Dominic Powell / June 30, 2023": a slash after the name, before the date; "By Haruka Ito March
    // 13, 2028 at 7:02 PM": a date and its clock)
    const bool slashed = sign(n + 2, "/") && dated;
    return (bar || marked || slashed || (dated && clock)) && words <= 20 ? to : 0;
}

// "Related: How Trump's $50m golf club became $1.4m…", "Read more: …": a link a feed left in the
// body, page furniture rather than the article's own figures.
bool Scanner::furniture_line() const {
    // "This report by The Canadian Press was first published July 3, 2020."
    std::vector<const std::string*> words;
    for (const auto& t : t_)
        if (t.type == TokenType::word) words.push_back(&t.lower);
    for (const auto& [phrase, anywhere] : lx_.furniture_phrases)
        for (std::size_t k = 0; k + phrase.size() <= words.size() && (anywhere || k == 0); ++k)
            if (std::equal(phrase.begin(), phrase.end(), words.begin() + static_cast<std::ptrdiff_t>(k),
                           [](const std::string& a, const std::string* b) { return a == *b; }))
                return true;
    // "dpa ab/mk xx z2 sde / 241124 Nov 24", "afp xx/yy / 030326 Mar 03": an agency's sign-off of
    // initials in lower case, with its own time code
    if (t_.size() <= 16 && word(0) && !has_capital(t_[0].text) && t_[0].text.size() >= 2 &&
        t_[0].text.size() <= 4 && word(1) && sign(2, "/") && glued(2) && word(3) && glued(3) &&
        t_[1].text.size() <= 4 && t_[3].text.size() <= 4)
        return true;
    std::string label;
    // ("Also read | …", "[Related] Prosecutors to decide…": or in brackets)
    const bool bracket = sign(0, "[");
    for (std::size_t k = bracket ? 1 : 0; k < t_.size() && k < 5; ++k) {
        if (bracket ? sign(k, "]") : sign(k, ":") || sign(k, "|")) {
            // ("Photo: Rescuers search the rubble in Sleman on Wednesday, Aug. 12, 2026.": a caption after a
            // credit's label is news; "Photo: Getty Images" is not)
            const bool credit = label == "photo" || label == "picture" || label == "photograph";
            std::size_t words = 0;
            for (std::size_t j = k + 1; j < t_.size(); ++j)
                words += word(j) ? 1 : 0;
            // ("READ MORE SPORT:", "Related Topics:": a link's label goes on past its first words)
            const bool link = label.starts_with("read more ") || label.starts_with("related ") ||
                              label.starts_with("more from ") || label.starts_with("also read ");
            return (lx_.furniture_labels.count(label) > 0 || link) && !(credit && words >= 10);
        }
        if (!word(k)) return false;
        label += (label.empty() ? "" : " ") + t_[k].lower;
    }
    return false;
}

// "(Adds comments, detail)", "(In Jan. 3 story, corrects last paragraph…)": an agency's bracketed note
// on the story itself, opening the paragraph. Returns the token after it, or 0.
std::size_t Scanner::correction_note_end() const {
    if (!sign(0, "(") || !word(1) || !starts_capital(t_[1].text)) return 0;
    const bool opens_with_verb = in(lx_.correction_words, 1);
    bool about_story = false; // "(In Jan. 3 story, corrects…)"
    for (std::size_t k = 1; k < t_.size(); ++k) {
        if (sign(k, ")")) {
            // (a bracket that opens with such a word and is the whole paragraph may be an aside:
            // "(Changes to the rules, approved 9-2, take effect July 1.)")
            const bool news_follows = k + 1 < t_.size() && !sign(k + 1, ".");
            return about_story || (opens_with_verb && news_follows) ? k + 1 : 0;
        }
        if (lower_is(k, "story") && sign(k + 1, ",") && in(lx_.correction_words, k + 2)) about_story = true;
    }
    return 0;
}

// "Labour won 411 seats, the Conservatives 121 and the Lib Dems 72": a name and its number in a list
// whose verb and noun the first member gave (a capitalised name opened by a comma or "and", the number
// closing the member, and a number before with its noun or unit); "Windows 10 and Windows 11" name.
bool Scanner::gapped_member(const Core& c) const {
    if (c.words || t_[c.first].decimal || c.first < 3) return false;
    const std::size_t after = c.last + 1;
    if (!(after >= t_.size() || sign(after, ",") || sign(after, ".") || sign(after, ";") ||
          list_joiner(after)))
        return false;
    std::size_t k = c.first;
    while (k > 0 && c.first - k < 3 && word(k - 1) && starts_capital(t_[k - 1].text) && !stop(k - 1))
        --k;
    if (k == c.first || k < 2) return false;
    if (lower_is(k - 1, "the")) --k;
    if (!(sign(k - 1, ",") || lower_is(k - 1, "and"))) return false;
    // (the first member opens its clause with its own name: "Labour won 411 seats", "Piastri 186 pts";
    // and no name repeats, as in "Windows 10 and Windows 11")
    for (std::size_t j = k - 1; j-- > 0 && same_sentence(j, k - 1);) {
        if (!number(j) || !word(j + 1) || glued(j + 1)) continue;
        const bool named = is_plural(lx_, t_[j + 1].lower) && !has_capital(t_[j + 1].text);
        if (!named && !lx_.units.at(t_, j + 1).value) continue;
        // (the first member ends at its noun, as this one ends at its number: not "Season 4 continues")
        if (!(sign(j + 2, ",") || sign(j + 2, ";") || lower_is(j + 2, "and"))) return false;
        std::size_t open = j;
        while (open > 0 && same_sentence(open - 1, j) && !sign(open - 1, ":") && !sign(open - 1, ","))
            --open;
        if (j - open > 4 || !word(open) || !starts_capital(t_[open].text) || stop(open)) return false;
        for (std::size_t n = open; n < k; ++n)
            if (word(n) && t_[n].text == t_[c.first - 1].text) return false;
        return true;
    }
    return false;
}

// "the 7.42 from Brighton", "the 18.05 to Leeds": a train named by its time, as British news writes it.
bool Scanner::timetabled(const Core& c) const {
    const std::string& x = t_[c.first].text;
    const std::size_t point = x.find('.');
    if (c.first != c.last || c.first == 0 || !lower_is(c.first - 1, "the") || point == std::string::npos ||
        x.size() - point != 3 || c.value >= 24 || std::stoi(x.substr(point + 1)) >= 60)
        return false;
    const std::size_t k = c.last + 1;
    return (lower_is(k, "from") || lower_is(k, "to")) && word(k + 1) && starts_capital(t_[k + 1].text);
}

// "(7203.T)", "(1211.HK)": a ticker; "*234#": a code to dial; "06572-290324": a telephone number with its
// trunk prefix.
bool Scanner::code_around(const Core& c) const {
    if (c.words) return false;
    if (timetabled(c)) return true;
    if (t_[c.first].decimal) return false;
    // "a 4K TV", "8K video": a screen's resolution, not thousands
    if (c.last == c.first + 1 && t_[c.last].text == "K" && glued(c.last) &&
        (c.value == 4e3 || c.value == 8e3) && word(c.last + 1) &&
        (is_acronym(t_[c.last + 1].text) || lx_.screen_words.count(t_[c.last + 1].lower)))
        return true;
    // "24K gold", "an 18k gold chain": the gold's carats, not thousands
    if (c.last == c.first + 1 && lower_is(c.last, "k") && glued(c.last) && c.value <= 24e3 &&
        lower_is(c.last + 1, "gold"))
        return true;
    // "1080p", "1440p at 120Hz": a video's lines, not pence
    static constexpr std::array<double, 6> lines = {480, 720, 1080, 1440, 2160, 4320};
    if (c.first == c.last && lower_is(c.last + 1, "p") && glued(c.last + 1) && !t_[c.first].decimal &&
        std::find(lines.begin(), lines.end(), c.value) != lines.end() &&
        !(c.first > 0 && (in(lx_.price_words, c.first - 1) || in(lx_.change_words, c.first - 1))))
        return true;
    if (c.first != c.last) return false;
    const std::size_t k = c.last + 1;
    const bool ticker = sign(k, ".") && glued(k) && word(k + 1) && glued(k + 1) &&
                        t_[k + 1].text.size() <= 2 && capitals_only(t_[k + 1].text) &&
                        (sign(k + 2, ")") || (c.first > 0 && sign(c.first - 1, "(")));
    const bool dialled_code =
        (c.first > 0 && sign(c.first - 1, "*") && glued(c.first)) || (sign(k, "#") && glued(k));
    // ("0x47666": a number in hexadecimal)
    const bool hex = t_[c.first].text == "0" && word(k) && glued(k) && (t_[k].text[0] == 'x') &&
                     (t_[k].text.size() > 1 || (number(k + 1) && glued(k + 1)));
    const bool trunk = t_[c.first].text.size() >= 3 && t_[c.first].text[0] == '0' && dash(k) && glued(k) &&
                       number(k + 1) && glued(k + 1) && t_[k + 1].digits >= 6 && !t_[k + 1].grouped;
    // "(TSE: 6758)": an exchange's code and the ticker; "© 2025": a copyright line
    const bool exchange = c.first >= 3 && sign(c.first - 1, ":") && word(c.first - 2) &&
                          is_acronym(t_[c.first - 2].text) && sign(c.first - 3, "(") && sign(k, ")");
    const bool copyright = c.first > 0 && (sign(c.first - 1, "\u00a9") || lower_is(c.first - 1, "copyright"));
    // "the John Deere 8R 410": a series' digit and letter, then the model's number
    const bool series = t_[c.first].digits <= 2 && word(k) && glued(k) && t_[k].text.size() == 1 &&
                        capitals_only(t_[k].text) && !lx_.scales.at(t_, k).value &&
                        !lx_.units.at(t_, k).value && number(k + 1) && !glued(k + 1);
    return ticker || dialled_code || trunk || hex || exchange || copyright || series;
}

// A page stamp's verb: "Published", "Updated", "Posted", "Filed", "Modified".
bool Scanner::stamp_word(std::size_t k) const {
    static constexpr std::array<std::string_view, 5> stamps = {"published", "updated", "posted", "filed",
                                                               "modified"};
    return word(k) && std::find(stamps.begin(), stamps.end(), t_[k].lower) != stamps.end();
}

// "Published 10:32 AM EDT, June 10, 2025.", "Updated 10 June 2025", "(Filed: 28/08/2002)": a page's own
// stamp opening a sentence, a line or a bracket, not a date the news tells ("The novel was first
// published in 1962" is).
// ("Published on 3 March 2025, the report found…" tells the news: a clause goes on after the date)
bool Scanner::stamped(std::size_t date, std::size_t last) const {
    // a time of day around the date: "14:32 BST", "at 2:31 p.m. ET", "10:32 AM EDT,"
    const auto clock = [&](std::size_t k) {
        return number(k) || sign(k, ":") || sign(k, ",") || sign(k, ".") || lower_is(k, "at") ||
               lower_is(k, "on") || time_of_day_at(k) || lower_is(k, "p") || lower_is(k, "a") ||
               lower_is(k, "m") || (word(k) && t_[k].text.size() <= 4 && is_acronym(t_[k].text));
    };
    // ("Updated 10 June 2025, 14:32 BST", "Published: 10 June 2025 09:14 BST")
    std::size_t after = last + 1;
    if ((sign(after, ",") && number(after + 1)) || lower_is(after, "at") ||
        (number(after) && sign(after + 1, ":")))
        while (after < t_.size() && clock(after) && !(sign(after, ".") && !word(after - 1)))
            ++after;
    const auto closes = [&](std::size_t k) {
        return k >= t_.size() || sign(k, ".") || sign(k, ")") || sign(k, "]") || sign(k, "|") ||
               (sign(k - 1, ".") && sentence_end(k - 1));
    };
    if (!closes(after)) return false;
    const auto opens = [&](std::size_t k) {
        // ("TOI Sports Desk / Updated: Mar 8, 2026, 23:41 IST", "CNA · Published 3 May")
        return k == 0 || sentence_end(k - 1) || sign(k - 1, "(") || sign(k - 1, "[") || line_bar(k - 1) ||
               sign(k - 1, "/");
    };
    for (std::size_t k = date, n = 0; k-- > 0 && n < 10; ++n) {
        if (stamp_word(k)) {
            if (starts_capital(t_[k].text)) return opens(k);
            // "Last updated", "First published", "Originally posted"
            const bool led = k > 0 && (t_[k - 1].text == "Last" || t_[k - 1].text == "First" ||
                                       t_[k - 1].text == "Originally");
            return led && opens(k - 1);
        }
        if (!clock(k)) return false;
    }
    return false;
}

// "Sat Oct 10 2026 - 06:00", "Thu 15 Oct 2026 // 11:30 UTC", "10.08.2026 • 13:25", "March 3, 2026", "Sports |
// 09/28/2026 | Jonas Fischer": a line that holds a day's date and nothing a sentence would — its other
// words are weekdays, a clock's parts, zones, stamp words, or names beside a bar or a bullet — is the
// page's own stamp, and none of its numbers is news.
bool Scanner::stamp_line(const std::vector<Candidate>& found) const {
    // (the lower-case words of a stamp and of the byline beside it: "By Dan Bloom / March 2, 2026 4:00 am
    // CET", "Harry Dempsey in London and Ilya Gridneff in Sydney / April 10 2026", "Posted 2h ago")
    // ("Emma Graham in London and agencies", "Tom Allinson with AFP, Reuters, dpa")
    static constexpr std::array<std::string_view, 34> stamp_words = {
        "last",     "first",  "originally",  "on",     "at",    "by", "with",     "in",
        "and",      "of",     "for",         "ago",    "am",    "pm", "editor",   "correspondent",
        "reporter", "writer", "contributor", "author", "staff", "de", "da",       "van",
        "von",      "al",     "bin",         "del",    "di",    "la", "agencies", "agency",
        "wires",    "dpa"};
    bool dated = false;
    for (const auto& f : found) {
        dated = dated || (f.kind == FigureKind::date && f.unit == "date");
        // (an amount is news: "3. The Great British Bake Off (BBC One), September 14: 13.29 million"; a
        // day's number read apart from its month is not)
        const bool stray_day = f.kind == FigureKind::count && f.unit.empty() && f.value <= 31;
        if (f.kind != FigureKind::date && f.kind != FigureKind::duration && !stray_day) return false;
    }
    bool ago = false, posted = false;
    for (std::size_t k = 0; k < t_.size(); ++k) {
        ago = ago || lower_is(k, "ago");
        posted = posted || stamp_word(k);
    }
    if (!dated && !(ago && posted)) return false;
    std::vector<bool> covered(t_.size(), false);
    for (const auto& f : found)
        for (std::size_t k = f.first; k <= f.last && k < t_.size(); ++k)
            covered[k] = true;
    std::size_t names = 0;
    for (std::size_t k = 0; k < t_.size(); ++k) {
        if (covered[k] || !word(k) || weekday(k) || time_of_day_at(k) || is_acronym(t_[k].text) ||
            t_[k].text.size() == 1)
            continue;
        const std::string_view w = t_[k].lower;
        static constexpr std::array<std::string_view, 7> day_names = {"mon", "tue", "wed", "thu",
                                                                      "fri", "sat", "sun"};
        const bool day_short = std::find(day_names.begin(), day_names.end(), w) != day_names.end();
        if (day_short || stamp_word(k) ||
            std::find(stamp_words.begin(), stamp_words.end(), w) != stamp_words.end())
            continue;
        // (a name, a desk or a section in capitals: "Sports | … | Jonas Fischer", "Health 23 June 2026")
        if (starts_capital(t_[k].text) && ++names <= 12) continue;
        return false;
    }
    return true;
}

// "Jan 30 (Reuters) - Gold rose…", "Jan. 12 (BusinessDesk) -": the agency in brackets and a dash after
// a date make it a dateline, wherever the feed put it.
bool Scanner::agency_follows(std::size_t k) const {
    if (!sign(k, "(") || !word(k + 1) || !starts_capital(t_[k + 1].text) || !sign(k + 2, ")")) return false;
    const std::size_t after = sign(k + 3, ".") ? k + 4 : k + 3;
    return dash(after);
}

// "Bengaluru, Feb 11 (PTI)", "Tegucigalpa, Jan 2 (EFE).-": a place written in mixed case, a comma, the
// date and the agency in brackets.
std::size_t Scanner::agency_dateline_end() const {
    std::size_t k = 0;
    while (k < t_.size() && k < 5 && word(k) && starts_capital(t_[k].text) && !month(k))
        ++k;
    if (k == 0 || !sign(k, ",")) return 0;
    bool dated = false;
    for (++k; k < t_.size() && !sign(k, "(") && !sign(k, ":"); ++k) {
        if (!(month(k) || number(k) || sign(k, ",") || sign(k, ".") || in(lx_.ordinal_suffixes, k))) return 0;
        dated = dated || month(k);
    }
    if (!dated || k >= t_.size()) return 0;
    if (sign(k, ":")) return t_[k].end; // "Mangaluru, May 10: On the occasion…"
    if (!word(k + 1) || !starts_capital(t_[k + 1].text) || !sign(k + 2, ")")) return 0;
    return t_[k + 2].end;
}

// A letter that is a currency only before an amount written like money (R, Sh, N; at token sign_at)
// is one before a plain amount too: after a word of price_words.txt ("a taxi costs R200"), beside an
// amount in the same letters that its sentence writes like money ("fell R45 to R3,210"), or where a
// price or a change tells one of the two ("up from R180", "rose Sh5 to Sh150"; not "diverted from R21
// to R24", "routes N1 to N5").
bool Scanner::letter_money(std::size_t sign_at) const {
    if (sign_at == 0) return false;
    if (in(lx_.price_words, sign_at - 1)) return true;
    auto changed = [&](std::size_t w) { return in(lx_.price_words, w) || in(lx_.change_words, w); };
    auto told = [&](std::size_t s) { // a price or a change before it, or before its "to" or "from"
        return s > 0 && (changed(s - 1) ||
                         ((lower_is(s - 1, "to") || lower_is(s - 1, "from")) && s > 1 && changed(s - 2)));
    };
    auto beside = [&](std::size_t j) {
        if (t_[j].text != t_[sign_at].text || !glued(j + 1)) return false;
        const auto amount = core_at(j + 1);
        if (!amount) return false;
        return written_like_money(*amount) ||
               (!(j > 0 && lower_is(j - 1, "the")) && (told(sign_at) || told(j)));
    };
    for (std::size_t j = sign_at; j-- > 0 && same_sentence(j, sign_at);)
        if (beside(j)) return true;
    for (std::size_t j = sign_at + 1; j < t_.size() && same_sentence(j, sign_at); ++j)
        if (beside(j)) return true;
    return false;
}

// "R3,210", "R18bn", "R12.40", "£5m": an amount written as money is written with separators,
// decimals or a scale.
bool Scanner::written_like_money(const Core& c) const {
    return c.scale > 1 || c.ambiguous_m || t_[c.first].decimal || t_[c.first].grouped;
}

// "1) Richard Östman", "4. The round": the number of an item in a list or a numbered paragraph.
bool Scanner::list_marker(const Core& c) const {
    const std::size_t i = c.first;
    const std::size_t k = c.last + 1;
    // "1B) At Bilpin": the letter is no billion
    const bool lettered = c.last == i + 1 && word(c.last) && t_[c.last].text.size() == 1 && glued(c.last) &&
                          sign(k, ")") && glued(k);
    if (c.words || (c.last != i && !lettered) || t_[i].decimal || t_[i].grouped || t_[i].value > 100)
        return false;
    // ("(6-30 years).2. The Fed chose": run into the last item's full stop, a page's lost line break)
    const bool run_in =
        i >= 2 && sign(i - 1, ".") && glued(i) && glued(i - 1) && (sign(i - 2, ")") || quote_mark(i - 2));
    const bool opens =
        i == 0 || sign(i - 1, ",") || sign(i - 1, ";") || sign(i - 1, ":") || sentence_end(i - 1) || run_in;
    if (!opens || !glued(k)) return false;
    if (sign(k, ")")) return true;
    // "1C) Live cross…": a number and a letter
    if (word(k) && t_[k].text.size() == 1 && glued(k + 1) && sign(k + 1, ")")) return true;
    // "1. Richard…" heading a paragraph, "Answers: 1. Al-Saadi Gaddafi; 2. 2003; 3. South Africa"
    const bool listed = i == 0 || sign(i - 1, ";") || sign(i - 1, ":") || run_in;
    return listed && sign(k, ".") && (word(k + 1) || (i > 0 && number(k + 1))) && !glued(k + 1);
}

} // namespace parallax::extract::figures::scan
