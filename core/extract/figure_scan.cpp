// Figures: the scanner's driver. run() tries the readers at each token left to right; build() grows a
// figure from its core outward (context, units, rate, range, year, counted noun); the passes over the
// paragraph's figures follow (figure_scan_levels.cpp), then to_figure() writes the records.
#include "extract/figure_scanner.hpp"

namespace parallax::extract::figures {

namespace scan {

// "Park Jin-ho", "Kim Min-jun": a given name's lower-case second part after a hyphen ends a name.
bool Scanner::hyphened_name(std::size_t k) const {
    return k >= 3 && word(k) && glued(k) && dash(k - 1) && glued(k - 1) && word(k - 2) &&
           starts_capital(t_[k - 2].text) && word(k - 3) && starts_capital(t_[k - 3].text) && !stop(k - 3);
}

std::size_t Scanner::semicolons() const {
    return static_cast<std::size_t>(std::count_if(
        t_.begin(), t_.end(), [](const Token& t) { return t.type == TokenType::sign && t.text == ";"; }));
}

// Whether token k is "to be" after a personal pronoun ("I am", "she was") or the two written as one ("I'm",
// "he's").
bool Scanner::copula_age(std::size_t k) const {
    static const std::initializer_list<std::string_view> contracted = {
        "i'm",   "i’m",   "he's",    "he’s",    "she's",  "she’s",
        "we're", "we’re", "they're", "they’re", "you're", "you’re"};
    const auto w = t_[k].lower;
    if (std::find(contracted.begin(), contracted.end(), w) != contracted.end()) return true;
    if (k == 0 || !(w == "am" || w == "is" || w == "was" || w == "are" || w == "were")) return false;
    const auto s = t_[k - 1].lower;
    return s == "i" || s == "he" || s == "she" || s == "we" || s == "they" || s == "you";
}

// A number written with no unit: an age, one side of a dimension, or a count of the noun after it.
// False when it is no figure at all: a pronoun, a rank or a definite reference.
bool Scanner::unitless(const Core& c, Candidate& f) const {
    const bool plain = !c.words && !f.range && f.qualifier == Qualifier::exact;
    // "Maddon, 66, has…", "Page, now 28, hated it": an age after a name
    // (with "now", a person's two names that no preposition or determiner opens: "Larry Page, now 28,";
    // not "cases in Ohio, now 112,")
    // ("The minister, now 58,", "Mr Salvati, a former truck driver, now 69,": or a person named by a role)
    // (or one name no dictionary knows, after no preposition: "Sokolova, now 81 and living in Tbilisi",
    // "was Amal, now six and living…")
    // (one that is a word too if not plural: "Page, now 28, hated it"; not "Sales, now 112,")
    const auto lone_name = [&](std::size_t k) {
        return word(k) && starts_capital(t_[k].text) && !stop(k) &&
               (!english_word(t_[k].lower) || !is_plural(lx_, t_[k].lower)) &&
               !(k > 0 && (in(lx_.place_prepositions, k - 1) || in(lx_.number_prepositions, k - 1) ||
                           lower_is(k - 1, "for") || lower_is(k - 1, "with")));
    };
    // ("Jones, then 30, left": or the age at the time told)
    const bool now = f.first > 2 && (lower_is(f.first - 1, "now") || lower_is(f.first - 1, "then")) &&
                     sign(f.first - 2, ",") &&
                     ((f.first > 3 && has_capital(t_[f.first - 3].text) && word(f.first - 4) &&
                       has_capital(t_[f.first - 4].text) &&
                       !(f.first > 4 && (in(lx_.place_prepositions, f.first - 5) || stop(f.first - 5)))) ||
                      role_before(f.first - 3) || lone_name(f.first - 3));
    const std::size_t b = now ? f.first - 1 : f.first;
    // ("now 81 and living in Tbilisi": with "now", the age may open a list of what the person is)
    // (or an item of a list of people closed by a semicolon or the sentence's end: "Ana Ruiz, 34; her son,
    // Leo, 9; and a neighbour, Paul Moss, 71.")
    // (not a place's: "Cases rose in New York, 112.")
    // (not a table's rows: "Yelich, Milwaukee, 31; Alonso, New York, 28; …")
    const bool listed =
        (sign(f.last + 1, ";") && semicolons() <= 3) ||
        (sign(f.last + 1, ".") && b >= 4 && word(b - 3) && starts_capital(t_[b - 3].text) && !stop(b - 3) &&
         !in(lx_.place_prepositions, b - 4) && !in(lx_.number_prepositions, b - 4));
    const bool closes =
        sign(f.last + 1, ",") || sign(f.last + 1, ")") || (now && lower_is(f.last + 1, "and")) || listed;
    const bool spelled = now && c.words && c.scale == 1 && f.qualifier == Qualifier::exact && !f.range;
    if ((plain || spelled) && c.value >= 1 && c.value <= 120 && !t_[c.first].decimal && b >= 2 &&
        sign(b - 1, ",") && word(b - 2) &&
        (has_capital(t_[b - 2].text) || hyphened_name(b - 2) || described_person(b - 2) ||
         role_before(b - 2) || uncased_name(f)) &&
        closes) {
        make_age(f);
        return true;
    }
    // "The suspect 27 was remanded": the same in text without its commas
    // (a person: not "passed the test 17 out of 20 times")
    if (plain && c.value >= 16 && c.value <= 110 && c.last == c.first && t_[c.first].digits == 2 &&
        f.first >= 2 && described_person(f.first - 1) && person_noun(f.first - 1) &&
        predicate_follows(f.last + 1)) {
        make_age(f);
        return true;
    }
    // "I am 19 and I don't need much", "She is 88", "when I was 19", "He's six": a person's age told with
    // the verb "to be" (not "It is 5", a thing's; not "We are 3 points behind", which has its unit)
    const bool small = plain || (c.words && c.scale == 1 && f.qualifier == Qualifier::exact && !f.range);
    if (small && c.value >= 1 && c.value <= 120 && !t_[c.first].decimal && f.first >= 1 &&
        copula_age(f.first - 1) &&
        (sign(f.last + 1, ",") || sign(f.last + 1, ".") || sign(f.last + 1, ";") || f.last + 1 >= t_.size() ||
         lower_is(f.last + 1, "and") || lower_is(f.last + 1, "when") || lower_is(f.last + 1, "now"))) {
        make_age(f);
        return true;
    }
    // "Now 68, she keeps…": the age of the subject that follows
    if (plain && c.value >= 16 && c.value <= 110 && c.last == c.first && f.first >= 1 &&
        lower_is(f.first - 1, "now") && (f.first == 1 || sentence_end(f.first - 2)) &&
        sign(f.last + 1, ",") && (in(lx_.subject_pronouns, f.last + 2) || has_capital(t_[f.last + 2].text))) {
        make_age(f);
        return true;
    }
    if (!f.unit.empty()) return true;
    if (dimension_follows(f.last + 1)) {
        f.inherit = true; // "2 x 4 inches": both sides are inches
        return true;
    }
    counted(f);
    one_as_pronoun(c, f);
    group_member(f);
    premodifier(f);
    rate(f);
    if (version_label(c, f)) return false;
    // a number word that counts nothing named is a pronoun ("one"), a rank ("the bottom three") or
    // a reference ("all three"); "twelve were taken to hospital" is a figure
    const bool small_word = c.words && c.scale == 1 && c.value <= 10 && f.kind == FigureKind::count;
    if (small_word && f.unit.empty() && !f.inherit && !f.range && !listed_by_place(f) &&
        (c.value == 1 || referring(f.first)))
        return false;
    // "the two sides": a definite reference to a pair, not a figure ("the nine provinces", "the five
    // people killed" count)
    return !(small_word && c.value == 2 && f.first > 0 && !f.compound &&
             in(lx_.definite_determiners, f.first - 1));
}

bool Scanner::build(const Core& c, Candidate& f, std::size_t& resume, bool allow_range,
                    bool after_connector) const {
    f = Candidate{};
    f.core = c;
    f.first = c.first;
    f.last = c.last;
    f.value = c.value;
    resume = c.last + 1;
    if (pronoun(c) || part_of_something_else(c, resume)) return false;
    if (era_before(c)) {
        make_year(f);
        return true;
    }
    if (!left_context(c, f, after_connector)) {
        if (season_years(c)) resume = c.last + 3; // "der Saison 2018/19": the label's whole season
        return false;
    }
    if (c.plus && f.qualifier == Qualifier::exact) f.qualifier = Qualifier::at_least;
    millions_or_metres(c, f);
    right_units(f);
    left_unit(f);
    rate(f);
    const bool temporal_before = f.first > 0 && in(lx_.time_prepositions, f.first - 1);
    // ("in 2014 to 2017" is two dates; "in 2014-15" and "in 1981/82" are one)
    if (allow_range && (!(c.year_like && temporal_before) || dash(f.last + 1) || season_years(c)))
        join_range(f);
    if (f.drop) {
        resume = f.last + 1;
        return false;
    }
    year(c, f, temporal_before);
    // "15 or so failing tests", "10,000 or more people": the counted noun comes after the qualifier
    if (const auto qa = lx_.qualifiers_after.at(t_, f.last + 1);
        !f.has_unit && qa.value && word(f.last + 1) && word(f.last + 1 + qa.length) &&
        !stop(f.last + 1 + qa.length)) {
        if (f.qualifier == Qualifier::exact) f.qualifier = *qa.value;
        f.last += qa.length;
        right_units(f); // "10 or more percent"
        if (f.has_unit) rate(f);
    }
    if (!f.has_unit && !unitless(c, f)) return false;
    passed_mark(f);
    // qualifiers after: "10,000 or more", "20,000-plus"
    std::size_t k = f.last + 1;
    if (sign(k, "-") && glued(k) && lower_is(k + 1, "plus")) ++k;
    const auto qa = lx_.qualifiers_after.at(t_, k);
    // ("aged 16 and over can vote"; not "12,000 and over the weekend", "30 and under the bridge")
    const std::size_t past = k + (qa.value ? qa.length : 0);
    const bool preposition = qa.value && (lower_is(past - 1, "over") || lower_is(past - 1, "under")) &&
                             (in(lx_.determiners, past) || number(past));
    if (qa.value && !preposition && !(sign(k, "+") && (!glued(k) || (number(k + 1) && glued(k + 1))))) {
        if (f.qualifier == Qualifier::exact) f.qualifier = *qa.value;
        f.last = k + qa.length - 1;
        // "every American who is 55 or older": a bound on an age
        if (f.kind == FigureKind::count && f.unit.empty() &&
            (lower_is(f.last, "older") || lower_is(f.last, "younger")))
            make_age(f);
    }
    resume = f.last + 1;
    return true;
}

std::string Scanner::measures(const Candidate& f) const {
    std::string out;
    auto add = [&](std::size_t a, std::size_t b) {
        for (std::size_t k = a; k <= b && k < t_.size(); ++k) {
            if (!out.empty() && t_[k].space_before) out += ' ';
            out += t_[k].text;
        }
    };
    if (f.measures_from != npos) {
        add(f.measures_from, f.measures_to);
        return out;
    }
    std::size_t k = f.last + 1;
    if (lower_is(k, "of")) { // "5 percent of their GDP"
        // ("a third of the 2,000 employees", "92% of its 18,000 UK employees": past the determiner and
        // the whole's number to the noun)
        std::size_t from = k + 1;
        const bool det = in(lx_.whole_determiners, from) || (word(from) && is_possessive(t_[from].text));
        if (const auto whole = core_at(det ? from + 1 : from); whole && !whole->year_like)
            from = whole->last + 1;
        std::size_t end = k;
        for (std::size_t j = from; j < t_.size() && j <= from + 3 && word(j); ++j) {
            if ((stop(j) || verb_follows(j)) && j > from) break;
            end = j;
            if (is_plural(lx_, t_[j].lower) && !has_capital(t_[j].text)) break; // (the head noun ends it)
        }
        if (end > k) {
            add(from, end);
            return out;
        }
    }
    std::size_t from = f.first;
    bool says = false; // ("A 34-year-old", "both 34": function words alone say nothing)
    for (int n = 0; n < 4 && from > 0 && word(from - 1); ++n)
        says = !stop(--from) || says;
    if (from < f.first && says) add(from, f.first - 1);
    return out;
}

// "according to the IMF" in the same sentence credits every figure of it
std::string Scanner::source_of(std::size_t token) const {
    return token < sentence_.size() ? sources_[sentence_[token]] : std::string();
}

// 66.4 × 10⁶ is 66400000.00000001 in binary floating point; twelve significant digits are plenty.
double tidy(double v) {
    if (!std::isfinite(v) || v == 0) return v;
    char buf[64];
    const auto printed = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::general, 12);
    double out = v;
    if (printed.ec == std::errc()) std::from_chars(buf, printed.ptr, out);
    return out;
}

// "a 38-17 win", "Sunday's 13-6 pounding", "by a 5-0 vote": the result a determined pair names (not "won
// 2-1 thanks to…", "were 2-0 down").
std::string Scanner::score_noun(const Candidate& f) const {
    const std::size_t pair = f.core.first;
    std::size_t after = f.core.last + 3;
    // ("a 3-0 home win", "a 4-3 extra-time win": one modifier between)
    if (word(after) && !in(lx_.result_words, after) && word(after + 1) && in(lx_.result_words, after + 1))
        after += 1;
    else if (word(after) && dash(after + 1) && glued(after + 1) && in(lx_.result_words, after + 3))
        after += 3;
    if (pair == 0 || after > f.last + 1 || !word(after) || !in(lx_.result_words, after)) return {};
    const std::size_t d = pair - 1;
    const bool determined =
        in(lx_.determiners, d) || lower_is(d, "by") || (word(d) && is_possessive(t_[d].text));
    return determined ? noun_singular(t_[after].lower) : std::string();
}

Figure Scanner::to_figure(const Candidate& f) const {
    Figure out;
    out.kind = f.score ? FigureKind::count : f.kind; // (no unit from the list or level it stands in)
    out.value = tidy(f.value);
    out.unit = f.score ? score_noun(f) : f.unit;
    out.qualifier = f.score ? Qualifier::exact : f.qualifier; // ("passed 52-48": no lower bound)
    out.of = f.of;
    if (f.range) out.range = std::make_pair(tidy(f.range->first), tidy(f.range->second));
    out.span = Span{para_, t_[f.first].begin, t_[f.last].end};
    out.text = encode_utf8(text_.substr(out.span.begin, out.span.end - out.span.begin));
    out.measures = measures(f);
    as_age(out);
    // "a quarter-point cut", "half a point" in a sentence about rates: a percentage point
    // (and "a one-point rise in rates": a point told as a compound)
    const bool compound = out.value == 1 && out.text.find("-point") != std::string::npos;
    if (out.kind == FigureKind::quantity && out.unit == "point" && out.value > 0 &&
        (out.value < 1 || compound) && rates_told(f.first)) {
        out.kind = FigureKind::percent;
        out.unit = "percentage point";
    }
    // "25 basis points" is 0.25 of a percentage point: told either way, the same cut compares alike
    if (out.kind == FigureKind::percent && out.unit == "basis point") {
        out.value = tidy(out.value / 100);
        if (out.range)
            out.range = std::make_pair(tidy(out.range->first / 100), tidy(out.range->second / 100));
        out.unit = "percentage point";
    }
    // a price is in its currency and a span in its unit, per what the rate names ("USD" per "barrel")
    if (const auto slash = out.unit.find('/');
        slash != std::string::npos && (out.kind == FigureKind::money || out.kind == FigureKind::duration)) {
        out.per = out.unit.substr(slash + 1);
        out.unit.erase(slash);
    }
    if (auto s = source_of(f.first); !s.empty()) out.source = s;
    return out;
}

// An age is the time a person has lived: a duration in the unit it is told in ("a 34-year-old", "Smith,
// 34," → 34 year; "a six-month-old" → 6 month), measuring their age. The scan keeps "years old" to the
// end, where ranges, lists and levels of ages have been read alike.
void Scanner::as_age(Figure& out) {
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 4> ages = {
        {{"years old", "year"}, {"months old", "month"}, {"weeks old", "week"}, {"days old", "day"}}};
    for (const auto& [age, span] : ages)
        if (out.unit == age) {
            out.kind = FigureKind::duration;
            out.unit = span;
            if (out.measures.empty()) out.measures = "age";
            return;
        }
}

// "make one yourself", "one gets at his rejection": "one" before a reflexive or a verb's -s is a
// pronoun; what it names is no noun counted ("one goal", "one in five adults" are figures).
void Scanner::one_as_pronoun(const Core& c, Candidate& f) const {
    if (!c.words || c.value != 1 || c.first != c.last || f.unit.empty()) return;
    const std::size_t k = c.last + 1;
    if (!word(k)) return;
    const std::string& w = t_[k].lower;
    const bool reflexive = ends_with(w, "self") || ends_with(w, "selves");
    const bool verb_s = is_plural(lx_, w) && !dictionary_.bases(w, text::PartOfSpeech::verb).empty() &&
                        (stop(k + 1) || in(lx_.number_prepositions, k + 1));
    if (reflexive || verb_s) f.unit.clear();
}

// "a 10k route", "the 2.5k fun run", "a 5k or 10k race": a "k" glued to a distance run or walked is
// kilometres, not thousands ("10k followers" are thousands).
void Scanner::run_distance(Candidate& f) const {
    static constexpr std::array<std::string_view, 10> runs = {
        "route", "run", "race", "walk", "course", "loop", "trail", "swim", "marathon", "ultramarathon"};
    // (the head of the counted phrase: "fun run", "charity walk")
    const std::size_t space = f.unit.rfind(' ');
    const std::string head = space == std::string::npos ? f.unit : f.unit.substr(space + 1);
    if (f.kind != FigureKind::count || f.has_currency || f.core.scale != 1e3 || !lower_is(f.core.last, "k") ||
        !glued(f.core.last))
        return;
    // (or a point of a race told bare: "dropped out at 35K", "the 30K mark", in a sentence about running)
    const auto race_sentence = [&] {
        static constexpr std::array<std::string_view, 9> race = {
            "marathon", "race", "runner", "runners", "split", "splits", "pace", "halfway", "kilometres"};
        const auto [from, to] = sentence_of(f.first);
        for (std::size_t k = from; k < to; ++k)
            if (word(k) && std::find(race.begin(), race.end(), t_[k].lower) != race.end()) return true;
        return false;
    };
    const bool point = (head.empty() || head == "mark" || head == "point") && f.core.value <= 100e3;
    if (std::find(runs.begin(), runs.end(), head) == runs.end() && !(point && (ctx_.race || race_sentence())))
        return;
    f.kind = FigureKind::quantity;
    f.value /= 1e3;
    f.core.value /= 1e3;
    f.core.scale = 1;
    f.unit = "km";
    f.last = f.core.last;
    f.measures_from = npos;
}

// A sentence about interest rates or yields (at token k): its points are percentage points.
bool Scanner::rates_told(std::size_t k) const {
    static constexpr std::array<std::string_view, 6> words = {"rate",  "rates",  "interest",
                                                              "yield", "yields", "mortgage"};
    const auto [from, to] = sentence_of(k);
    for (std::size_t j = from; j < to; ++j)
        if (word(j) && std::find(words.begin(), words.end(), t_[j].lower) != words.end()) return true;
    return false;
}

std::vector<Figure> Scanner::run() {
    index_sentences();
    if (furniture_line()) return {};
    std::vector<Candidate> found;
    std::size_t i = std::max(correction_note_end(), byline_end());
    while (i < t_.size()) {
        Candidate f;
        if (date_at(i, f) || quarter_at(i, f) || decade_at(i, f) || fraction_at(i, f) ||
            article_duration_at(i, f) || fold_at(i, f)) {
            if (!f.drop &&
                !(f.kind == FigureKind::date && (agency_follows(f.last + 1) || stamped(f.first, f.last))))
                found.push_back(f);
            last_end_ = f.last;
            i = f.last + 1;
            continue;
        }
        if (const std::size_t end = race_time_at(i, found); end != npos) {
            last_end_ = end;
            i = end + 1;
            continue;
        }
        const auto c = core_at(i);
        if (!c) {
            ++i;
            continue;
        }
        std::size_t resume = i + 1;
        // ("14 million twenty-foot equivalent units": the name of the unit a count is in, not a length)
        const auto unit_name = [&] { return f.unit == "ft" && lower_is(f.last + 1, "equivalent"); };
        if (build(*c, f, resume, true, false) && !unit_name()) {
            found.push_back(f);
            last_end_ = f.last;
        }
        i = std::max(resume, i + 1);
    }
    if (stamp_line(found)) return {};
    take_next_units(found);
    // (before any bare number borrows a unit: "at 86.42 per dollar" after "the 10-year yield" is a rate)
    exchange_rates(found);
    for (auto& f : found)
        run_distance(f);
    shared_head(found);
    poll_points(found);
    zero_rates(found);
    share_levels(found);
    listed_rates(found);
    for (auto& f : found)
        implied_noun(f);
    implied_from(found);
    fronted_wholes(found);
    const std::size_t dateline = dateline_end();
    std::vector<Figure> out;
    for (const auto& f : found) {
        if (t_[f.first].begin < dateline) continue;
        out.push_back(to_figure(f));
    }
    return out;
}

} // namespace scan

std::vector<Figure> scan_paragraph(std::u32string_view paragraph, std::size_t para, const Language& language,
                                   const ArticleContext& context) {
    return scan::Scanner(paragraph, para, language, context).run();
}

} // namespace parallax::extract::figures
