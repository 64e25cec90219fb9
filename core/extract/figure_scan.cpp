#include "extract/figure_scan.hpp"

#include "text/ascii.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <optional>

namespace parallax::extract::figures {

namespace {

constexpr std::size_t npos = static_cast<std::size_t>(-1);

bool has_capital(const std::string& s) {
    for (char c : s)
        if (c >= 'A' && c <= 'Z') return true;
    return false;
}

bool has_lower_case(const std::string& s) {
    for (char c : s)
        if (c >= 'a' && c <= 'z') return true;
    return false;
}

// A date as ANNOTATION.md writes it: 2025.0218 for 18 February 2025, 2022.02 for February 2022 (day 0).
double date_value(double year, int month, double day) {
    return std::round((year + month / 100.0 + day / 10000.0) * 10000) / 10000;
}

// "MLS", "NHS": two or more letters, none of them lower case
bool is_acronym(const std::string& s) {
    std::size_t letters = 0;
    for (char ch : s) {
        if (ch >= 'a' && ch <= 'z') return false;
        if (ch >= 'A' && ch <= 'Z') ++letters;
    }
    return letters >= 2;
}

bool ends_with(const std::string& s, std::string_view tail) {
    return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

bool is_possessive(const std::string& s) { return ends_with(s, "'s") || ends_with(s, "\u2019s"); }

std::string strip_possessive(std::string s) {
    if (ends_with(s, "'s"))
        s.resize(s.size() - 2);
    else if (ends_with(s, "\u2019s"))
        s.resize(s.size() - 4);
    return s;
}

// The part after the last hyphen of a compound ("great-grandchildren" → "grandchildren"), which the
// irregular plurals are looked up by.
std::string last_part(const std::string& w) {
    const auto dash = w.rfind('-');
    return dash == std::string::npos ? w : w.substr(dash + 1);
}

// How many times the larger of two amounts is the smaller: lists, ranges and restatements join only
// amounts of a like size.
double magnitude_ratio(double a, double b) {
    a = std::abs(a);
    b = std::abs(b);
    return std::max(a, b) / std::max(1e-9, std::min(a, b));
}

// Plural nouns end the counted noun phrase: after a number above one the head noun is plural.
// Irregular plurals are data (plurals.txt); the rest follow the regular English endings.
bool is_plural(const Lexicon& lx, const std::string& w) {
    if (lx.plurals.count(w) || lx.plurals.count(last_part(w))) return true;
    if (ends_with(w, "men") && w.size() > 4) return true; // fishermen, servicemen
    if (w.size() < 3 || w.back() != 's') return false;
    return !(ends_with(w, "ss") || ends_with(w, "us") || ends_with(w, "is") || ends_with(w, "'s"));
}

std::string singular(const Lexicon& lx, const std::string& w) {
    if (const auto it = lx.plurals.find(w); it != lx.plurals.end()) return it->second;
    if (const auto it = lx.plurals.find(last_part(w)); it != lx.plurals.end())
        return w.substr(0, w.size() - it->first.size()) + it->second; // "great-grandchild"
    if (ends_with(w, "men") && w.size() > 4) return w.substr(0, w.size() - 3) + "man";
    // "countries" -> "country", but the short words keep their "ie": "pies", "ties", "lies"
    if (w.size() > 4 && ends_with(w, "ies")) return w.substr(0, w.size() - 3) + "y";
    if (w.size() > 3 && (ends_with(w, "ches") || ends_with(w, "shes") || ends_with(w, "sses") ||
                         ends_with(w, "xes") || ends_with(w, "zes")))
        return w.substr(0, w.size() - 2);
    if (is_plural(lx, w) && w.back() == 's') return w.substr(0, w.size() - 1);
    return w;
}

struct Core {
    std::size_t first = 0;
    std::size_t last = 0; ///< inclusive: the number and its scale word
    double value = 0;
    double scale = 1;
    bool words = false;
    bool ambiguous_m = false; ///< "37m": metres or millions, decided by what follows
    bool year_like = false;
};

struct Candidate {
    std::size_t first = 0;
    std::size_t last = 0; ///< inclusive token range of the record's text
    FigureKind kind = FigureKind::count;
    double value = 0;
    std::string unit;
    Qualifier qualifier = Qualifier::exact;
    std::optional<double> of;
    std::optional<std::pair<double, double>> range;
    Core core;
    bool has_unit = false;     ///< a unit, currency or percent was found
    bool has_currency = false; ///< written with its own currency marker
    double factor = 1;         ///< the currency's factor (0.01 for cents)
    bool inherit = false;      ///< "7- or 8-inch": takes the unit of the figure after it
    bool range_start = false;  ///< "18- to 24-year-olds": and makes a range with it
    bool from = false;
    bool between = false;
    bool drop = false;                ///< consumed but not a figure (a date with no year to give it)
    bool score = false;               ///< "2-1": a result or a tally, counting no unit of its own
    bool compound = false;            ///< "a four-cylinder engine", "the 650-seat Commons": a modifier
    std::size_t measures_from = npos; ///< first token of the counted noun phrase, if any
    std::size_t measures_to = npos;
};

FigureKind kind_of(UnitKind k) {
    switch (k) {
    case UnitKind::percent: return FigureKind::percent;
    case UnitKind::duration: return FigureKind::duration;
    case UnitKind::count: return FigureKind::count;
    case UnitKind::quantity:
    case UnitKind::age: return FigureKind::quantity;
    }
    return FigureKind::quantity;
}

class Scanner {
public:
    Scanner(std::u32string_view text, std::size_t para, const Language& language, const ArticleContext& ctx)
        : text_(text), para_(para), lx_(language.lexicon), dictionary_(language.dictionary), ctx_(ctx),
          t_(tokenize(text)) {
        recase();
        unpossess_periods();
    }

    std::vector<Figure> run();

private:
    // token helpers
    bool word(std::size_t i) const { return i < t_.size() && t_[i].type == TokenType::word; }
    bool number(std::size_t i) const { return i < t_.size() && t_[i].type == TokenType::number; }
    bool sign(std::size_t i, std::string_view s) const {
        return i < t_.size() && t_[i].type == TokenType::sign && t_[i].text == s;
    }
    bool lower_is(std::size_t i, std::string_view s) const { return i < t_.size() && t_[i].lower == s; }
    bool glued(std::size_t i) const { return i < t_.size() && !t_[i].space_before; }
    bool dash(std::size_t i) const { return sign(i, "-") || sign(i, "\u2013") || sign(i, "\u2014"); }
    /// What joins the members of a list of labels or numbers: "and", "or", "to", a comma.
    bool list_joiner(std::size_t i) const {
        return lower_is(i, "and") || lower_is(i, "or") || lower_is(i, "to") || sign(i, ",");
    }
    bool number_word(std::size_t i) const { return word(i) && lx_.number_words.count(t_[i].lower) > 0; }
    bool stop(std::size_t i) const { return in(lx_.stop_words, i); }
    /// Token i is one of the words of a lexicon list.
    bool in(const WordSet& words, std::size_t i) const {
        return i < t_.size() && words.count(t_[i].lower) > 0;
    }
    int month(std::size_t i) const;
    /// A unit at token i as it may be written there: "in" spaced is a preposition, "5in" inches.
    bool unit_written(std::size_t i) const {
        const auto u = lx_.units.at(t_, i);
        return u.value && (u.value->where == Where::any || glued(i));
    }
    void recase();
    void unpossess_periods();
    bool english_word(const std::string& w) const;
    std::string noun_singular(const std::string& w) const;
    bool participle(std::size_t k) const;
    bool uncased_name(const Candidate& f) const;
    bool uncased_name_opens(std::size_t end) const;
    bool small_int(std::size_t i, double lo, double hi) const;
    bool year_at(std::size_t i) const;

    std::optional<Core> core_at(std::size_t i) const;
    bool mixed_fraction(Core& c) const;
    bool simple_fraction(Core& c) const;
    std::size_t and_a_half(std::size_t k) const;
    std::optional<Core> words_at(std::size_t i) const;
    std::size_t day_span_end(std::size_t j, double day, double& second) const;
    bool date_at(std::size_t i, Candidate& out) const;
    bool dotted_date_at(std::size_t i, Candidate& out) const;
    bool short_year_at(std::size_t i, Candidate& out) const;
    bool day_pair_at(std::size_t i, std::size_t j, Candidate& out) const;
    std::size_t after_ordinal(std::size_t k) const;
    bool quarter_at(std::size_t i, Candidate& out) const;
    bool decade_at(std::size_t i, Candidate& out) const;
    bool quarter_of_this_year(std::size_t i, int q, std::size_t j, Candidate& out) const;
    bool fraction_at(std::size_t i, Candidate& out) const;
    bool fraction_of_scale(std::size_t first, std::size_t scale, double fraction, Candidate& out) const;
    bool article_duration_at(std::size_t i, Candidate& out) const;
    bool fold_at(std::size_t i, Candidate& out) const;
    bool unit_follows(const Core& c) const;
    bool address_follows(const Core& c) const;
    bool build(const Core& c, Candidate& f, std::size_t& resume, bool allow_range,
               bool after_connector) const;
    bool pronoun(const Core& c) const;
    std::size_t phone_number_end(std::size_t i) const;
    bool season_years(const Core& c) const;
    bool part_of_something_else(const Core& c, std::size_t& resume) const;
    void millions_or_metres(const Core& c, Candidate& f) const;
    void year(const Core& c, Candidate& f, bool temporal_before) const;
    bool unitless(const Core& c, Candidate& f) const;
    bool left_context(const Core& c, Candidate& f, bool after_connector) const;
    std::string local_code(const Currency& currency, std::size_t first) const;
    bool period_word(std::size_t k) const;
    bool version_label(const Core& c, const Candidate& f) const;
    std::size_t past_most(std::size_t j) const;
    bool quote_mark(std::size_t k) const;
    bool speaks_of(const WordSet& words) const;
    bool parallel_member(const Candidate& f) const;
    bool listed_by_place(const Candidate& f) const;
    bool bare_scale_of_money(std::size_t i) const;
    std::size_t half_dozen_end(std::size_t i) const;
    bool period_ago(std::size_t k, double value) const;
    void right_units(Candidate& f) const;
    void left_unit(Candidate& f) const;
    std::string price_unit(const std::string& symbol) const;
    void rate(Candidate& f) const;
    bool slash_ratio(const Core& c) const;
    void counted(Candidate& f) const;
    void group_member(Candidate& f) const;
    void premodifier(Candidate& f) const;
    std::size_t past_size(std::size_t k) const;
    bool described_person(std::size_t noun) const;
    static bool round_whole(double whole);
    bool compared_through_the(const Candidate& f) const;
    bool forecasters(const Candidate& f, std::size_t end) const;
    bool referring(std::size_t first) const;
    void join_range(Candidate& f) const;
    bool per_round_number(Candidate& f) const;
    std::size_t dialled(const Core& c) const;
    bool model_name_follows(const Core& c) const;
    bool money_beside(std::size_t sign_at) const;
    bool sign_money_at(std::size_t j, const std::string& letters) const;
    double shared_scale(const Core& first, const Core& second) const;
    double shared_groups(const Core& first, const Core& second) const;
    bool score(const Core& first, const Core& second) const;
    bool result_after_name(const Core& c) const;
    std::size_t noun_phrase(std::size_t from, double value, std::string& unit) const;
    bool modifier_of_plural(std::size_t k) const;
    bool plural_ahead(std::size_t k) const;
    std::size_t model_label_end(std::size_t k) const;
    std::size_t initials_end(std::size_t k) const;
    std::string label_code(std::size_t first, std::size_t last) const;
    bool singular_continues(std::size_t k) const;
    std::size_t head_complement(std::size_t end, std::vector<std::string>& words) const;
    bool names_nothing(const std::vector<std::string>& words, std::size_t start, std::size_t end, bool plural,
                       double value) const;
    void qualifier_before(Candidate& f) const;
    bool titled_number_word(const Core& c) const;
    bool listed_label(const Core& c) const;
    bool citation(const Core& c) const;
    bool plural_label(std::size_t i) const;
    bool verb_before_article(std::size_t k) const;
    bool capital_plural_ahead(std::size_t k) const;
    bool bound_age(const Core& c, const Candidate& f) const;
    bool plain_age(const Core& c) const;
    /// A temperature read as "… below zero" (negative, its text ending in "zero").
    bool below_zero(const Candidate& f) const { return f.value < 0 && lower_is(f.last, "zero"); }
    bool tie_word(const std::string& w) const;
    bool is_name_word(std::size_t i) const;

    std::size_t dateline_end() const;
    std::size_t agency_dateline_end() const;
    bool agency_follows(std::size_t k) const;
    bool furniture_line() const;
    std::size_t correction_note_end() const;
    bool fraction_of_one_unit(std::size_t i, Candidate& out) const;
    void of_one_unit(Candidate& out, const Unit& unit, double share, std::size_t last) const;
    bool sentence_end(std::size_t k) const;
    bool same_sentence(std::size_t a, std::size_t b) const;
    bool elliptical(const Candidate& level, const Candidate& bare) const;
    bool continues_list(const Candidate& before, const Candidate& after) const;
    bool dimension_follows(std::size_t k) const;
    bool hyphenated_by(std::size_t k) const;
    bool list_marker(const Core& c) const;
    bool said_age(const Core& c, const Candidate& f) const;
    void make_age(Candidate& f) const;
    bool compared_after(std::size_t k) const;
    bool verb_follows(std::size_t k) const;
    bool plural_noun_at(std::size_t k) const;
    bool verb_only(std::size_t k) const;
    bool subject_of_clause(const Candidate& f) const;
    bool per_period_follows(std::size_t k) const;
    void price_per_other(std::vector<Candidate>& found, std::size_t k) const;
    bool noun_before(std::size_t k) const;
    bool amount_verb(std::size_t k) const;
    std::string numbers_subject(const Candidate& f) const;
    std::string number_of_after(const Candidate& f) const;
    void passed_mark(Candidate& f) const;
    bool age_after_name(const Core& c) const;
    bool predicate_follows(std::size_t k) const;
    void share_levels(std::vector<Candidate>& found) const;
    void listed_rates(std::vector<Candidate>& found) const;
    void take_next_units(std::vector<Candidate>& found) const;
    std::string counted_before(const std::vector<Candidate>& found, std::size_t k) const;
    std::string plural_before_from_to(const Candidate& f) const;
    void millions_like(const Candidate& before, Candidate& f) const;
    void same_rate(std::vector<Candidate>& found, std::size_t k) const;
    void implied_noun(Candidate& f) const;
    void index_sentences();
    std::string measures(const Candidate& f) const;
    std::string source_of(std::size_t token) const;
    Figure to_figure(const Candidate& f) const;

    std::u32string_view text_;
    std::size_t para_;
    const Lexicon& lx_;
    const text::Dictionary& dictionary_;
    const ArticleContext& ctx_;
    std::vector<Token> t_;
    bool uncased_ = false; ///< the paragraph is written without capitals ("rm23.50", "hk $3.7 billion")
    std::size_t last_end_ = npos; ///< last token of the figure emitted before, for "a month" after "$3,500"
    std::vector<std::size_t> sentence_; ///< sentence number of each token
    std::vector<std::string> sources_;  ///< "according to …" of each sentence, or ""
};

int Scanner::month(std::size_t i) const {
    if (!word(i)) return 0;
    const auto it = lx_.months.find(t_[i].lower);
    if (it == lx_.months.end()) return 0;
    // news capitalises months; in lower-cased text only the full names that are no other word count
    // ("january 5"), and in a paragraph written without capitals any month beside a day's number with a
    // preposition of dates or a year ("on 14 march"; "5 may lose limbs", "march 10 miles" are no dates)
    const bool capital = has_capital(t_[i].text.substr(0, 1));
    const bool dated = in(lx_.date_prepositions, i - 1) || in(lx_.date_prepositions, i - 2) ||
                       year_at(i + 2) || (sign(i + 2, ",") && year_at(i + 3));
    const bool by_day = uncased_ && dated && (small_int(i - 1, 1, 31) || small_int(i + 1, 1, 31));
    if (!capital && !by_day && !lx_.lower_case_months.count(t_[i].lower)) return 0;
    return it->second;
}

// Some sources lower-case whole sentences. There a currency's or a unit's capitals are gone ("rm23.50",
// "hk $3.7 billion", "5 gt"), so such words get them back when nothing else reads them: a word the
// dictionary knows ("try", "can") only when glued to a number or a dollar sign. A "c" glued to a number
// is Celsius, not cents, where the paragraph speaks of temperatures ("dropping to -8c").
void Scanner::recase() {
    // English only: the lexicons are, and a paragraph in another script has no A-Z to lose
    std::size_t letters = 0;
    std::size_t other = 0;
    for (const auto c : text_) {
        if (c >= U'A' && c <= U'Z') return;
        if (c >= U'a' && c <= U'z')
            ++letters;
        else if (c > 0x7F && c != 0xA0 && !(c >= 0x2000 && c <= 0x206F))
            ++other; // not spaces, dashes, quotes
    }
    // a paragraph that opens with a word in lower case says the capitals are gone; one that opens with
    // a figure and names nobody ("40 road deaths were recorded") may simply have none
    std::size_t first = 0;
    while (first < t_.size() && !word(first) && !number(first))
        ++first;
    uncased_ = letters >= 12 && other * 10 < letters && word(first);
    if (!uncased_) return;
    const bool temperatures = speaks_of(lx_.temperature_words);
    for (std::size_t i = 0; i < t_.size(); ++i) {
        if (!word(i)) continue;
        const bool closes = number(i - 1) && glued(i);    // "45c"
        const bool opens = number(i + 1) && glued(i + 1); // "r3.48"
        auto beside = [&](std::string_view s) {
            return (sign(i - 1, s) && glued(i)) || (sign(i + 1, s) && glued(i + 1));
        };
        const bool by_dollar = beside("$");
        if (temperatures && closes && (t_[i].text == "c" || t_[i].text == "f")) {
            t_[i].text = t_[i].text == "c" ? "C" : "F";
            continue;
        }
        // a single letter only glued to a dollar sign ("a$5", "$us"), to the ampersand of a name
        // ("s&p 500") or, when a currency's, to the amount it opens ("r3.48", "n189.7 billion")
        if (t_[i].text.size() == 1) {
            if (by_dollar || beside("&") || (opens && lx_.currency_letters.count(t_[i].lower)))
                t_[i].text = text::ascii_upper(t_[i].text);
            continue;
        }
        const auto it = lx_.capital_words.find(t_[i].lower);
        if (it == lx_.capital_words.end()) continue;
        if (closes || opens || by_dollar || !english_word(t_[i].lower)) t_[i].text = it->second;
    }
}

// "one month's debt", "one day's pay": a counted period in the possessive is the period; the token
// is read without its "'s" (the figure's text, taken from the paragraph, keeps it). "a month's
// supply", "a year's worth" are ways of saying an amount, not periods, and "last month's" counts
// nothing. ("two weeks' notice" needs nothing: the apostrophe is a token of its own.)
void Scanner::unpossess_periods() {
    for (std::size_t i = 1; i < t_.size(); ++i) {
        auto& t = t_[i];
        if (t.type != TokenType::word || !is_possessive(t.lower) || !(number(i - 1) || number_word(i - 1)))
            continue;
        const std::string stem = strip_possessive(t.lower);
        const Unit* unit = lx_.units.folded(stem);
        if (stem.empty() || !unit || unit->kind != UnitKind::duration) continue;
        t.text.resize(t.text.size() - (t.lower.size() - stem.size()));
        t.lower = stem;
    }
}

// A verb's past participle or past tense at token k, as the dictionary knows it ("authorized"; not
// "seed" or "bed", which end so as nouns).
bool Scanner::participle(std::size_t k) const {
    if (!word(k) || !ends_with(t_[k].lower, "ed")) return false;
    for (const auto& base : dictionary_.bases(t_[k].lower, text::PartOfSpeech::verb))
        if (base != t_[k].lower) return true;
    return false;
}

// The singular of a counted noun: the rules of `singular`, but an "-ies" plural ends in "-ie" where the
// dictionary knows that noun ("movies" -> movie, not "movy"; "cookies", "calories", "hippies"; no
// "citie" or "partie" is one).
std::string Scanner::noun_singular(const std::string& w) const {
    std::string s = singular(lx_, w);
    if (s == w || w.size() <= 4 || !ends_with(w, "ies") || !ends_with(s, "y")) return s;
    const std::string ie = w.substr(0, w.size() - 1);
    return dictionary_.parts(ie).has(text::PartOfSpeech::noun) ? ie : s;
}

// A word of the language as written, not a letter's plural ("us", "can"; not "rs", which WordNet
// reads as the plural of "r").
bool Scanner::english_word(const std::string& w) const {
    for (const auto p : {text::PartOfSpeech::noun, text::PartOfSpeech::verb, text::PartOfSpeech::adjective,
                         text::PartOfSpeech::adverb})
        for (const auto& base : dictionary_.bases(w, p))
            if (base.size() > 1) return true;
    return false;
}

bool Scanner::small_int(std::size_t i, double lo, double hi) const {
    return number(i) && !t_[i].decimal && !t_[i].grouped && !t_[i].junk && t_[i].value >= lo &&
           t_[i].value <= hi;
}

bool Scanner::year_at(std::size_t i) const { return small_int(i, 1000, 2100) && t_[i].digits == 4; }

// "2 1/2 inches", "1½ cups", "1-1/2 pct": a whole number and a fraction of one are one amount.
bool Scanner::mixed_fraction(Core& c) const {
    const std::size_t i = c.first;
    if (t_[i].decimal || t_[i].grouped) return false;
    static const std::pair<const char*, double> vulgar[] = {{"\u00bd", 0.5},     {"\u00bc", 0.25},
                                                            {"\u00be", 0.75},    {"\u2153", 1.0 / 3},
                                                            {"\u2154", 2.0 / 3}, {"\u215b", 0.125}};
    for (const auto& [sym, part] : vulgar)
        if (sign(i + 1, sym) && glued(i + 1)) {
            c.value += part;
            c.last = i + 1;
            c.year_like = false;
            return true;
        }
    // a space, or in agency copy a hyphen ("1-1/2 pct", "99-3/4"), then a proper fraction with a small
    // denominator written with a slash (bond prices go to 32nds)
    const bool hyphen = sign(i + 1, "-") && glued(i + 1) && glued(i + 2);
    const std::size_t n = hyphen ? i + 2 : i + 1;
    if (!number(n) || (!hyphen && glued(n)) || !sign(n + 1, "/") || !glued(n + 1) || !number(n + 2) ||
        !glued(n + 2) || sign(n + 3, "/"))
        return false;
    const double num = t_[n].value, den = t_[n + 2].value;
    if (t_[n].decimal || t_[n + 2].decimal || den < 2 || den > (hyphen ? 32 : 16) || num < 1 || num >= den)
        return false;
    c.value += num / den;
    c.last = n + 2;
    c.year_like = false;
    return true;
}

std::optional<Core> Scanner::core_at(std::size_t i) const {
    if (i >= t_.size()) return std::nullopt;
    const Token& t = t_[i];
    if (t.type == TokenType::word) return words_at(i);
    if (t.type != TokenType::number || t.junk) return std::nullopt;
    Core c;
    c.first = c.last = i;
    c.value = t.value;
    c.year_like = year_at(i);
    if (mixed_fraction(c) || simple_fraction(c)) return c;
    if (const std::size_t half = and_a_half(i + 1); half != npos) { // "13-and-a-half million"
        c.value += 0.5;
        c.last = half;
        c.year_like = false;
    }
    const std::size_t after = c.last + 1;
    const std::size_t s =
        (sign(after, "-") && glued(after) && glued(after + 1) && word(after + 1)) ? after + 1 : after;
    if (word(s)) { // "324bn", "4.7 billion", "$2.5-billion"
        const auto m = lx_.scales.at(t_, s);
        const bool spelled = m.value && m.value->where == Where::any && t_[s].text.size() > 2;
        if (m.value && m.length == 1 && (s == after || spelled) &&
            (m.value->where == Where::any || glued(s))) {
            if (t_[s].text == "m") {
                c.ambiguous_m = true;
            } else {
                c.scale = m.value->multiplier;
                c.value *= c.scale;
                c.last = s;
                c.year_like = false;
                // "Rs 11.11 lakh crore": a second scale word multiplies the first
                const auto m2 = word(s + 1) ? lx_.scales.at(t_, s + 1) : decltype(m){};
                if (m2.value && m2.length == 1 && m2.value->where == Where::any &&
                    t_[s + 1].text.size() > 2) {
                    c.scale *= m2.value->multiplier;
                    c.value *= m2.value->multiplier;
                    c.last = s + 1;
                }
            }
        }
    }
    return c;
}

std::optional<Core> Scanner::words_at(std::size_t i) const {
    Core c;
    c.first = i;
    c.words = true;
    double total = 0;
    double current = 0;
    bool any = false;
    bool after_scale = false;
    std::size_t j = i;
    if (const std::size_t end = half_dozen_end(i); end != npos) {
        c.value = 6;
        c.last = end;
        return c;
    }
    if (lower_is(i, "a") || lower_is(i, "an")) {
        const auto m = lx_.scales.at(t_, i + 1);
        const bool scale = m.value && m.length == 1 && m.value->where == Where::any;
        if (!scale && !lower_is(i + 1, "dozen")) return std::nullopt;
        current = 1;
        j = i + 1;
    } else if (i > 0 && lower_is(i - 1, "the") && bare_scale_of_money(i)) {
        current = 1; // "the billion dollar Asian Development Bank" (not "the million-dollar question")
    } else if (lower_is(i, "dozen") && i > 0 &&
               (lower_is(i - 1, "few") || lower_is(i - 1, "several") || lower_is(i - 1, "many"))) {
        return std::nullopt; // "a few dozen", "several dozen": a vague amount, as "dozens"
    }
    while (j < t_.size() && t_[j].type == TokenType::word) {
        const std::string& w = t_[j].lower;
        if (w == "dozen") {
            current = (current > 0 ? current : 1) * 12;
            any = true;
            ++j;
            continue;
        }
        if (const auto it = lx_.number_words.find(w); it != lx_.number_words.end()) {
            double v = it->second;
            if (any && !after_scale) break; // "one two" is two numbers
            std::size_t next = j + 1;
            if (v >= 20 && v < 100 && sign(j + 1, "-") && glued(j + 1) && glued(j + 2)) { // twenty-one
                const auto u = word(j + 2) ? lx_.number_words.find(t_[j + 2].lower) : lx_.number_words.end();
                if (u != lx_.number_words.end() && u->second >= 1 && u->second <= 9) {
                    v += u->second;
                    next = j + 3;
                }
            }
            // "a one-billion-dollar deal", "two-million-strong": the scale joined by a hyphen
            if (sign(next, "-") && glued(next) && glued(next + 1) && word(next + 1)) {
                const auto m = lx_.scales.at(t_, next + 1);
                // (not odds: "a one-thousand-to-one shot")
                const bool odds = sign(next + 2, "-") && glued(next + 2) && lower_is(next + 3, "to");
                if (m.value && m.length == 1 && m.value->where == Where::any && m.value->multiplier >= 1000 &&
                    !odds)
                    ++next;
            }
            current += v;
            any = true;
            after_scale = false;
            j = next;
            continue;
        }
        const auto m = lx_.scales.at(t_, j);
        if (m.value && m.length == 1 && m.value->where == Where::any && (any || current > 0)) {
            const double mult = m.value->multiplier;
            if (mult < 1000) {
                current = (current > 0 ? current : 1) * mult;
            } else {
                total += (current > 0 ? current : 1) * mult;
                current = 0;
            }
            c.scale = mult;
            any = true;
            after_scale = true;
            ++j;
            continue;
        }
        if (w == "and" && after_scale && number_word(j + 1)) { // "three hundred and six"
            ++j;
            continue;
        }
        break;
    }
    if (!any) return std::nullopt;
    c.value = total + current;
    c.last = j - 1;
    if (const std::size_t half = and_a_half(j); half != npos) { // "one and a half", "two-and-a-half"
        c.value += 0.5;
        c.last = half;
        // "two and a half million people": the scale after the half scales the whole
        const auto m = word(half + 1) ? lx_.scales.at(t_, half + 1) : decltype(lx_.scales.at(t_, 0)){};
        if (c.scale == 1 && m.value && m.length == 1 && m.value->where == Where::any &&
            m.value->multiplier >= 1000) {
            c.scale = m.value->multiplier;
            c.value *= c.scale;
            c.last = half + 1;
        }
    }
    return c;
}

// "billion dollar Asian Development Bank": a scale word of a million or more and, spaced or
// hyphenated, the name of a currency in the singular, as a compound modifier writes them, before a
// name ("the million-dollar question" states no amount).
bool Scanner::bare_scale_of_money(std::size_t i) const {
    const auto m = word(i) ? lx_.scales.at(t_, i) : decltype(lx_.scales.at(t_, i)){};
    if (!m.value || m.length != 1 || m.value->where != Where::any || m.value->multiplier < 1e6) return false;
    const std::size_t k = sign(i + 1, "-") && glued(i + 1) ? i + 2 : i + 1;
    const auto cur = word(k) ? lx_.currencies.at(t_, k) : decltype(lx_.currencies.at(t_, k)){};
    return cur.value &&
           (cur.value->place == CurrencyPlace::suffix || cur.value->place == CurrencyPlace::both) &&
           !is_plural(lx_, t_[k].lower) && word(k + cur.length) && has_capital(t_[k + cur.length].text);
}

// "a half-dozen", "a half dozen", "half a dozen": six. Returns the token of "dozen", or npos.
std::size_t Scanner::half_dozen_end(std::size_t i) const {
    const std::size_t h = lower_is(i, "a") ? i + 1 : i;
    if (!lower_is(h, "half")) return npos;
    if (lower_is(h + 1, "dozen")) return h + 1;
    if (sign(h + 1, "-") && glued(h + 1) && glued(h + 2) && lower_is(h + 2, "dozen")) return h + 2;
    if (h == i && lower_is(h + 1, "a") && lower_is(h + 2, "dozen")) return h + 2;
    return npos;
}

// "3/4 cup", "1/2 mile": a proper fraction with a small denominator before a word. "24/7", "9/11"
// and dates ("on 3/4") are not amounts.
bool Scanner::simple_fraction(Core& c) const {
    const std::size_t i = c.first;
    if (!sign(i + 1, "/") || !glued(i + 1) || !number(i + 2) || !glued(i + 2) || sign(i + 3, "/"))
        return false;
    const double num = t_[i].value, den = t_[i + 2].value;
    if (t_[i].decimal || t_[i + 2].decimal || den < 2 || den > 16 || num < 1 || num >= den) return false;
    // fractions are halves, thirds, quarters, eighths… : "the 9/11 anniversary" names a date
    if (den == 7 || den == 9 || den == 11 || den == 13 || den == 14 || den == 15) return false;
    const bool noun_after = word(i + 3) && (!stop(i + 3) || lower_is(i + 3, "of"));
    const bool date_before = i > 0 && (sign(i - 1, "/") || in(lx_.date_prepositions, i - 1));
    if (!noun_after || date_before) return false;
    c.value = num / den;
    c.last = i + 2;
    c.year_like = false;
    return true;
}

// "and a half", "and one-half" or "-and-a-half" starting at token k: the token of "half", or npos.
std::size_t Scanner::and_a_half(std::size_t k) const {
    if (lower_is(k, "and") && lower_is(k + 1, "a") && lower_is(k + 2, "half")) return k + 2;
    if (lower_is(k, "and") && lower_is(k + 1, "one")) { // "three and one-half years"
        if (lower_is(k + 2, "half")) return k + 2;
        if (sign(k + 2, "-") && glued(k + 2) && glued(k + 3) && lower_is(k + 3, "half")) return k + 3;
    }
    const bool hyphenated = sign(k, "-") && lower_is(k + 1, "and") && sign(k + 2, "-") &&
                            lower_is(k + 3, "a") && sign(k + 4, "-") && lower_is(k + 5, "half");
    if (!hyphenated) return npos;
    for (std::size_t j = k; j <= k + 5; ++j)
        if (!glued(j)) return npos;
    return k + 5;
}

// "18 February 2025", "February 18", "Feb. 18, 2025", "February 2022", "18th of February".
// The token of an ordinal suffix glued to the number at k ("18th"), or k.
std::size_t Scanner::after_ordinal(std::size_t k) const {
    const bool suffix = word(k + 1) && glued(k + 1) && in(lx_.ordinal_suffixes, k + 1);
    return suffix ? k + 1 : k;
}

// "on 20 and 21 January 2018", "14-16 June": the first day of a pair takes the second's month and
// year. `j` is the token after the first day.
bool Scanner::day_pair_at(std::size_t i, std::size_t j, Candidate& out) const {
    const bool joined = lower_is(j, "and") || lower_is(j, "to") || dash(j);
    if (!joined || !small_int(j + 1, 1, 31) || t_[j + 1].digits > 2) return false;
    std::size_t at = after_ordinal(j + 1) + 1;
    if (lower_is(at, "of")) ++at;
    const int m = month(at);
    if (m == 0) return false;
    std::size_t k = at + 1;
    if (sign(k, ",")) ++k;
    const double year = year_at(k) ? t_[k].value : ctx_.year;
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

// "June 13 to 15", "June 13-15, 2024": a later day of the same month after the first. `j` is the token
// after the first day; returns the second day's last token, or npos.
std::size_t Scanner::day_span_end(std::size_t j, double day, double& second) const {
    const bool joined = lower_is(j, "to") || lower_is(j, "through") || lower_is(j, "and") || dash(j);
    if (!joined || !small_int(j + 1, 1, 31) || t_[j + 1].digits > 2 || t_[j + 1].value <= day) return npos;
    const std::size_t end = after_ordinal(j + 1);
    // ("June 3 and 4 others", "June 13 to 15 percent" are no days)
    const std::size_t after = end + 1;
    if (month(after) || unit_written(after) || sign(after, ":") || (word(after) && !stop(after))) return npos;
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
    if (decade) out.range = std::make_pair(out.value, out.value + 9);
    return true;
}

bool Scanner::date_at(std::size_t i, Candidate& out) const {
    if (number(i) && t_[i].junk) return dotted_date_at(i, out);
    if (short_year_at(i, out)) return true;
    std::size_t j = i;
    int m = month(i);
    double day = 0;
    double second_day = 0; // "June 13 to 15"
    std::size_t last = i;
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
        } else if (sign(j, ",") && year_at(j + 1)) {
            ++j;
        }
        if (year_at(j) && !unit_written(j + 1)) {
            last = j;
        } else if (day == 0) {
            return false; // a month alone is not a number
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
    const double year = with_year ? t_[last].value : ctx_.year;
    if (m == 5 && day == 0 && t_[i].text != "May") return false;
    out = Candidate{};
    out.first = i;
    out.last = last;
    out.kind = FigureKind::date;
    out.has_unit = true;
    if (year <= 0) {
        out.drop = true;
        return true;
    }
    out.value = date_value(year, m, day);
    out.unit = day > 0 ? "date" : "year-month";
    if (second_day > 0) out.range = std::make_pair(out.value, date_value(year, m, second_day));
    return true;
}

// "the second quarter of 2025", "Q2 2025", "2025 Q2", "third-quarter 2024".
bool Scanner::quarter_at(std::size_t i, Candidate& out) const {
    int q = 0;
    std::size_t j = i;
    if (const auto o = lx_.ordinals.find(t_[i].lower); o != lx_.ordinals.end() && o->second <= 4)
        q = o->second;
    if (q > 0) {
        j = i + 1;
        if (sign(j, "-")) ++j;
        if (!lower_is(j, "quarter")) return false;
        ++j;
        if (lower_is(j, "of")) ++j;
        // "third-quarter profit", "second quarter results": a quarter of the publication year (a
        // game's "third quarter" names no results)
        if (!year_at(j)) return quarter_of_this_year(i, q, j, out);
    } else if ((t_[i].text == "Q") && small_int(i + 1, 1, 4) && glued(i + 1) && year_at(i + 2)) {
        q = static_cast<int>(t_[i + 1].value);
        j = i + 2;
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

bool Scanner::quarter_of_this_year(std::size_t i, int q, std::size_t j, Candidate& out) const {
    if (ctx_.year <= 0 || !in(lx_.quarter_nouns, j)) return false;
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

// "the 1960s", "since the 1990s": the ten years of a decade, as a range of years.
bool Scanner::decade_at(std::size_t i, Candidate& out) const {
    if (!number(i) || t_[i].digits != 4 || t_[i].decimal || t_[i].grouped || !small_int(i, 1000, 2090))
        return false;
    if (std::fmod(t_[i].value, 10) != 0 || !(glued(i + 1) && (lower_is(i + 1, "s") || lower_is(i + 1, "'s"))))
        return false;
    if (i > 0 && glued(i) && (word(i - 1) || sign(i - 1, "-"))) return false; // "mid-1990s": no range
    out = Candidate{};
    out.first = i;
    out.last = i + 1;
    out.kind = FigureKind::date;
    out.unit = "year";
    out.value = t_[i].value;
    out.range = std::make_pair(out.value, out.value + 9);
    out.has_unit = true;
    return true;
}

// "a quarter-mile stretch", "a half-hour shift", "a half mile more": half or a quarter of one unit
// (the other fraction words are ordinals too: "a third-quarter loss", "a fifth-year senior"; and a
// batsman's "half-century" is fifty runs).
bool Scanner::fraction_of_one_unit(std::size_t i, Candidate& out) const {
    if (!lower_is(i, "a") || !(lower_is(i + 1, "half") || lower_is(i + 1, "quarter"))) return false;
    const auto share = lx_.fractions.find(t_[i + 1].lower);
    const std::size_t k = sign(i + 2, "-") && glued(i + 2) && glued(i + 3) ? i + 3 : i + 2;
    const auto u = lx_.units.at(t_, k);
    if (share == lx_.fractions.end() || !u.value || u.value->where != Where::any ||
        u.value->unit == "century")
        return false;
    out = Candidate{};
    out.first = i;
    of_one_unit(out, *u.value, share->second / 100, k + u.length - 1);
    return true;
}

// The record of `share` of one `unit`, ending at token `last`.
void Scanner::of_one_unit(Candidate& out, const Unit& unit, double share, std::size_t last) const {
    out.kind = kind_of(unit.kind);
    out.value = share;
    out.unit = unit.unit;
    out.last = last;
    out.has_unit = true;
    qualifier_before(out);
}

// "half its mineral wealth", "a third of", "two-thirds of", "half an hour".
bool Scanner::fraction_at(std::size_t i, Candidate& out) const {
    if (!word(i)) return false;
    if (fraction_of_one_unit(i, out)) return true;
    double numerator = 1;
    std::size_t j = i;
    const std::string& w = t_[i].lower;
    if ((w == "a" || w == "one") && word(i + 1) && lx_.fractions.count(t_[i + 1].lower) &&
        t_[i + 1].lower != "half") {
        j = i + 1;
    } else if (w == "one" && sign(i + 1, "-") && glued(i + 1) && glued(i + 2) && word(i + 2) &&
               lx_.fractions.count(t_[i + 2].lower)) { // "one-third of"
        j = i + 2;
    } else if (number_word(i) && lx_.number_words.at(w) >= 2 && lx_.number_words.at(w) <= 10) {
        j = (sign(i + 1, "-") && glued(i + 1) && glued(i + 2)) ? i + 2 : i + 1;
        if (!word(j) || !lx_.fractions.count(t_[j].lower) || !is_plural(lx_, t_[j].lower)) return false;
        numerator = lx_.number_words.at(w);
    } else if (w != "half") {
        return false;
    }
    const auto frac = lx_.fractions.find(t_[j].lower);
    if (frac == lx_.fractions.end()) return false;
    if (sign(j + 1, "-") && glued(j + 1)) return false; // half-staff, half-time
    // "the first two quarters of his campaign", "two quarters of growth": quarters of a year
    const bool ordinal_before =
        i > 0 && (lx_.ordinals.count(t_[i - 1].lower) > 0 || lower_is(i - 1, "last") ||
                  lower_is(i - 1, "next") || lower_is(i - 1, "past"));
    if (t_[j].lower == "quarters" && (numerator == 2 || ordinal_before)) return false;
    if (lower_is(j + 1, "past")) return false; // "by half past six": a time of day
    // "cut by a third", "fell by half", "a fifth opposed it": a fraction that needs no "of"
    const bool by = i > 0 && (lower_is(i - 1, "by") ||
                              (i > 2 && lower_is(i - 3, "by") && lx_.qualifiers.at(t_, i - 2).length == 2) ||
                              (i > 1 && lower_is(i - 2, "by") && lx_.qualifiers.at(t_, i - 1).length == 1));
    const bool subject = (w == "a" || numerator > 1) && verb_follows(j + 1);
    out = Candidate{};
    out.first = i;
    out.last = j;
    if (t_[j].lower == "half") {
        if (i > 0 && in(lx_.named_half_words, i - 1)) return false; // "the second half"
        // "two and half" belongs to the number before; "…, and half a dozen were held" starts a new one
        if (i > 1 && lower_is(i - 1, "and") && (number(i - 2) || number_word(i - 2))) return false;
        if ((lower_is(j + 1, "an") || lower_is(j + 1, "a")) && word(j + 2)) {
            if (fraction_of_scale(i, j + 2, 0.5, out)) return true; // "half a million people"
            const auto u = lx_.units.at(t_, j + 2);
            if (u.value && u.value->where == Where::any) { // "half an hour", "half a percentage point"
                out.kind = kind_of(u.value->kind);
                out.value = 0.5;
                out.unit = u.value->unit;
                out.last = j + 1 + u.length;
                out.has_unit = true;
                return true;
            }
            return false;
        }
        if (!lower_is(j + 1, "of") && !in(lx_.whole_determiners, j + 1) && !by)
            return false; // "half its wealth"
    } else if (fraction_of_scale(i, j + 1, numerator * frac->second / 100, out)) {
        return true; // "a quarter million viewers"
    } else if (!lower_is(j + 1, "of") && !(j == i + 2 && sign(i + 1, "-")) && !by && !subject) {
        return false; // "two thirds" needs its "of"; "a two-thirds majority" is a fraction as written
    } else if ((lower_is(j + 2, "a") || lower_is(j + 2, "an")) &&
               fraction_of_scale(i, j + 3, numerator * frac->second / 100, out)) {
        return true; // "a quarter of a million jobs", "three-quarters of a billion dollars"
    } else if ((lower_is(j + 2, "a") || lower_is(j + 2, "an")) && word(j + 3)) {
        // "a quarter of a percentage point", "a third of a mile": a fraction of one unit
        const auto u = lx_.units.at(t_, j + 3);
        if (u.value && u.value->where == Where::any) {
            of_one_unit(out, *u.value, numerator * frac->second / 100, j + 2 + u.length);
            return true;
        }
    }
    out.kind = FigureKind::percent;
    out.unit = "percent";
    out.value = std::round(numerator * frac->second * 100) / 100;
    out.has_unit = true;
    qualifier_before(out);
    std::size_t k = j + 1;
    if (lower_is(k, "of")) ++k;
    std::string unit;
    if (in(lx_.whole_determiners, k)) ++k;
    const std::size_t end = noun_phrase(k, 2, unit);
    if (end != npos) {
        out.measures_from = k;
        out.measures_to = end;
        out.last = end;
    }
    return true;
}

// "half a million people", "a quarter of a billion dollars", "half a dozen officers": a fraction of a
// scale word is that many of what follows, money when a currency follows.
bool Scanner::fraction_of_scale(std::size_t first, std::size_t scale, double fraction, Candidate& out) const {
    if (!word(scale)) return false;
    const auto sc = lx_.scales.at(t_, scale);
    const bool dozen = lower_is(scale, "dozen"); // "half a dozen officers" is six
    if (!dozen &&
        !(sc.value && sc.length == 1 && sc.value->where == Where::any && sc.value->multiplier >= 1000))
        return false;
    out = Candidate{};
    out.first = first;
    out.last = scale;
    out.kind = FigureKind::count;
    out.value = fraction * (dozen ? 12 : sc.value->multiplier);
    out.core = Core{first, scale, out.value, dozen ? 12 : sc.value->multiplier, true, false, false};
    right_units(out);
    if (!out.has_unit) {
        std::string unit;
        if (const std::size_t end = noun_phrase(scale + 1, 2, unit); end != npos) {
            out.unit = unit;
            out.measures_from = scale + 1;
            out.measures_to = end;
            out.last = end;
        }
    }
    qualifier_before(out);
    return true;
}

// "a week", "about a month", "within an hour": one unit of time written with the article.
bool Scanner::article_duration_at(std::size_t i, Candidate& out) const {
    if (!(lower_is(i, "a") || lower_is(i, "an") || lower_is(i, "another")) || !word(i + 1)) return false;
    const auto u = lx_.units.at(t_, i + 1);
    if (!u.value || u.value->kind != UnitKind::duration || u.value->where != Where::any) return false;
    if (sign(i + 1 + u.length, "-")) return false;                              // "a year-long war"
    if (lower_is(i + 1, "second") && word(i + 2) && !stop(i + 2)) return false; // "for a second day"
    // "a year ago", "a month earlier" span a year and a month, as "three years ago" spans three
    if (i > 0) {
        if (number(i - 1) || (last_end_ != npos && last_end_ + 1 == i)) return false;
        // "twice a year" is a rate and "better than a year ago" a comparison; "more than a year" is
        // a bound on a duration
        const bool rate_or_comparison = in(lx_.frequency_words, i - 1) || lower_is(i - 1, "than");
        if (rate_or_comparison && !lx_.qualifiers.before(t_, i).value) return false;
    }
    out = Candidate{};
    out.first = i;
    out.last = i + u.length;
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

// "sixfold", "tenfold": a multiplier written as one word.
bool Scanner::fold_at(std::size_t i, Candidate& out) const {
    if (!word(i) || !ends_with(t_[i].lower, "fold") || t_[i].lower.size() <= 4) return false;
    const auto it = lx_.number_words.find(t_[i].lower.substr(0, t_[i].lower.size() - 4));
    if (it == lx_.number_words.end()) return false;
    out = Candidate{};
    out.first = out.last = i;
    out.kind = FigureKind::count;
    out.value = it->second;
    out.unit = "times";
    out.has_unit = true;
    qualifier_before(out);
    return true;
}

// A unit, a percent sign or a currency after the number: "Madness 2.4Ghz", "Tylenol 500mg" are
// figures even after a name.
bool Scanner::unit_follows(const Core& c) const {
    std::size_t k = c.last + 1;
    if (sign(k, "-") && glued(k)) ++k;
    if (lower_is(k, "more") && !lower_is(k + 1, "than")) ++k; // "to bring America 50 more years"
    // "Boeing 737 in the final": a unit that must be glued ("5in") is a word when it stands apart
    // ("this Government 10 years from now": a period counted in the plural is no label's)
    if (const auto u = lx_.units.at(t_, k); u.value && (u.value->where == Where::any || glued(k)))
        return u.value->kind == UnitKind::quantity || u.value->kind == UnitKind::percent ||
               (u.value->kind == UnitKind::duration && c.value != 1 && is_plural(lx_, t_[k].lower));
    if (const auto cur = lx_.currencies.at(t_, k); cur.value)
        return cur.value->place != CurrencyPlace::prefix;
    return c.scale > 1;
}

// "575 Wilbraham Road", "9 E 71st St", "16-18 Industrial Avenue": a street number.
bool Scanner::address_follows(const Core& c) const {
    std::size_t k = c.last + 1;
    if (dash(k) && number(k + 1)) k += 2;
    for (int n = 0; n < 5 && k < t_.size(); ++n, ++k) {
        if (number(k) || sign(k, ".")) continue;
        if (!word(k)) return false;
        // (without capitals, any word but a function word or a unit may be a street's name)
        const bool named = has_capital(t_[k].text) || (uncased_ && !stop(k) && !lx_.units.at(t_, k).value);
        if (lx_.address_words.count(t_[k].lower) && named) return true;
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
    if (!c.words || c.first == 0 || !has_capital(t_[c.first].text.substr(0, 1))) return false;
    const std::size_t before = c.first - 1;
    const std::size_t after = c.last + 1;
    // "under the headline “Three Hours in the Stacks”": a quoted title in capitals
    const bool quote = sign(before, "\"") || sign(before, "\u201c") || sign(before, "\u2018");
    if (quote && before > 0 && word(before - 1) && !has_capital(t_[before - 1].text) && word(after) &&
        has_capital(t_[after].text.substr(0, 1)) && has_lower_case(t_[after].text))
        return true;
    if (!same_sentence(before, c.first) || !word(before) || has_capital(t_[before].text)) return false;
    return !(word(after) && !has_capital(t_[after].text.substr(0, 1)));
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
    const Token& w = t_[i];
    // ("on day two", "day 3 of the trial"; but "each day 500 migrants arrive" counts migrants)
    if (lx_.name_words.count(w.lower))
        return !plural_label(i) && !(period_word(i) && number(i + 1) && plural_ahead(i + 2));
    // without capitals, a word the dictionary does not know is taken for a name ("boeing 737 max")
    // (unless a plural noun follows the number: "upto 50 people")
    const bool unknown = uncased_ && !english_word(w.lower) && !lx_.units.at(t_, i).value &&
                         !(number(i + 1) && word(i + 2) && is_plural(lx_, t_[i + 2].lower));
    if (!has_capital(w.text) && !unknown) return false;
    // "Inside Out 2": a capitalised function word inside a run of capitals is part of a title
    // (in upper-case text, "SHOWS OF 2016", every word is capitalised)
    const bool in_title = i > 0 && same_sentence(i - 1, i) && word(i - 1) &&
                          has_capital(t_[i - 1].text.substr(0, 1)) && has_lower_case(w.text) &&
                          !tie_word(w.lower); // "Death Toll Rises To 45" is a headline's figure
    if (is_possessive(w.text) || (lx_.stop_words.count(w.lower) && !in_title) || lx_.months.count(w.lower) ||
        lx_.number_words.count(w.lower) || lx_.fractions.count(w.lower))
        return false;
    if (lx_.qualifiers.before(t_, i + 1).value) return false; // "About 70%", "Nearly 20"
    return true;
}

void Scanner::qualifier_before(Candidate& f) const {
    const auto q = lx_.qualifiers.before(t_, f.first);
    // ("versus 7.8 mln tonnes estimated a week ago": a participle before an article is a verb's)
    const bool article = lower_is(f.first, "a") || lower_is(f.first, "an");
    if (q.value && article && ends_with(t_[f.first - 1].lower, "ed")) return;
    if (q.value) {
        f.qualifier = *q.value;
        f.first -= q.length;
    }
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
        negative = !(left >= 3 && lower_is(left - 2, "or") && lower_is(left - 3, "plus"));
        --left;
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
        const bool written_as_money =
            c.scale > 1 || c.ambiguous_m || t_[c.first].decimal || t_[c.first].grouped;
        // (a country's letters before a small bare amount: "R25", not "the R21" road or "R7610" model)
        const bool road = left > cur.length && lower_is(left - cur.length - 1, "the");
        const bool local = ctx_.named_codes.count(cur.value->code) && c.value < 1000 && !road;
        if (place != CurrencyPlace::guarded || written_as_money || local ||
            (!road && money_beside(left - cur.length))) {
            f.has_currency = true;
            f.has_unit = true;
            f.kind = FigureKind::money;
            f.unit = (cur.length == 1 && t_[left - 1].text == "$")
                         ? ctx_.dollar
                         : local_code(*cur.value, left - cur.length);
            f.value *= cur.value->factor;
            f.factor = cur.value->factor;
            left -= cur.length;
            // "minus $37.63 a barrel", "negative $2 billion": the sign stands before the currency
            if (!negative && left > 0 && (lower_is(left - 1, "minus") || lower_is(left - 1, "negative"))) {
                negative = true;
                --left;
            }
        }
    }
    // "negative 2%": a rate below zero ("tested negative 3 times" is no sign)
    if (!negative && !f.has_currency && left == c.first && left > 0 && lower_is(left - 1, "negative")) {
        const auto u = lx_.units.at(t_, c.last + 1);
        if (u.value && u.value->kind == UnitKind::percent) {
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
        if (plural_label(left - 1) && !t_[c.first].grouped && list_joiner(c.last + 1) && number(c.last + 2))
            return false;
        if (age_after_name(c)) {
            make_age(f);
        } else if (is_name_word(left - 1) && !unit_follows(c) && !t_[c.first].grouped && !lower_word &&
                   !lower_is(c.last + 1, "times") && // ("has taken part 3 times": a multiplier)
                   !result_after_name(c)) {
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
    const bool aged =
        f.first > 0 &&
        (lower_is(f.first - 1, "aged") || said_age(c, f) || (t_[f.first - 1].text == "age" && plain_age(c)) ||
         bound_age(c, f) || (f.first > 1 && lower_is(f.first - 1, "of") && lower_is(f.first - 2, "age")) ||
         (f.first > 1 && lower_is(f.first - 2, "aged") && word(f.first - 1) &&
          !has_capital(t_[f.first - 1].text)));
    if (aged && !f.has_unit) {
        make_age(f);
    }
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

// A currency written by a name several countries use ("pesos", "Rs", "shillings";
// shared_currency_names.txt) means the local one where the article says so; a code, a sign or a name
// that says whose ("KES", "₹", "Mexican pesos") means what it says. `first` is its first token.
std::string Scanner::local_code(const Currency& currency, std::size_t first) const {
    if (!word(first) || !lx_.shared_currency_names.count(t_[first].lower)) return currency.code;
    const auto it = ctx_.local_codes.find(currency.code);
    return it == ctx_.local_codes.end() ? currency.code : it->second;
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

// A word of `words` anywhere in the paragraph ("temperatures", "heated").
bool Scanner::speaks_of(const WordSet& words) const {
    return std::any_of(t_.begin(), t_.end(),
                       [&](const Token& t) { return t.type == TokenType::word && words.count(t.lower); });
}

// Percent, units and currencies after the number.
void Scanner::right_units(Candidate& f) const {
    std::size_t k = f.last + 1;
    if (sign(k, "-") && glued(k) && word(k + 1) && glued(k + 1)) ++k; // "6.1-inch", "five-year"
    if (k >= t_.size()) return;
    if (!f.has_currency) {
        const auto cur = lx_.currencies.at(t_, k);
        if (cur.value) {
            const auto place = cur.value->place;
            const bool ok = place == CurrencyPlace::suffix || place == CurrencyPlace::both ||
                            (place == CurrencyPlace::scaled && f.core.scale > 1) ||
                            (place == CurrencyPlace::glued && glued(k) && !f.core.words);
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
    const auto u = lx_.units.at(t_, k);
    if (!u.value) return;
    const std::size_t after = k + u.length;
    const bool clause_end = after >= t_.size() ||
                            (t_[after].type == TokenType::sign && t_[after].text != "-") ||
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
    // "3 grams of sugar per serving", "2.5 litres of water a day": the substance stands between
    const bool substance = f.kind == FigureKind::quantity && lower_is(k, "of") && word(k + 1) && !stop(k + 1);
    if (substance && (lower_is(k + 2, "per") || lower_is(k + 2, "a") || lower_is(k + 2, "an"))) k += 2;
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
            per = f.kind == FigureKind::money ? price_unit(u.value->unit) : u.value->unit;
            k += u.length;
        } else if (word(k + 2) && !stop(k + 1) && lx_.per_words.count(t_[k + 2].lower)) {
            per = t_[k + 1].lower + " " + noun_singular(t_[k + 2].lower); // "per bearer share"
            k += 2;
        } else {
            per = noun_singular(t_[k + 1].lower);
            k += 1;
        }
    } else if (lower_is(k, "a") || lower_is(k, "an") || (sign(k, "-") && glued(k) && lower_is(k + 1, "a"))) {
        std::size_t j = lower_is(k, "a") || lower_is(k, "an") ? k + 1 : k + 2; // "A$2.20-a-share"
        if (sign(j, "-") && glued(j)) ++j;
        // "Rs 80 a kilo", "$1,900 an ounce": a unit of measure names itself by its symbol
        const auto u = word(j) ? lx_.units.at(t_, j) : decltype(lx_.units.at(t_, j)){};
        const bool measure = u.value && u.value->kind == UnitKind::quantity && u.value->where == Where::any;
        if (!word(j) || (!lx_.per_words.count(t_[j].lower) && !measure)) return;
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
    if (!base || base->year_like || base->words || base->value < 10) return false;
    if (const double tens = std::log10(base->value); tens != std::floor(tens)) return false;
    char buf[32];
    const auto printed = std::to_chars(buf, buf + sizeof buf, base->value, std::chars_format::fixed, 0);
    std::string per(buf, printed.ptr);
    std::size_t end = base->last;
    if (const auto u = lx_.units.at(t_, end + 1); u.value && u.value->kind != UnitKind::percent) {
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

// "11 straight games", "44 home runs", "four single wide graphics cards": words that end a phrase
// after a number ("won 11 straight", "2 metres wide", "came home") modify a plural noun after them.
bool Scanner::modifier_of_plural(std::size_t k) const {
    return in(lx_.plural_modifiers, k) && plural_ahead(k + 1);
}

// A lower-case plural noun within the next few words, before anything that ends a phrase; a model's
// label on the way ("Airbus A321XLR jets") is passed over.
bool Scanner::plural_ahead(std::size_t k) const {
    for (std::size_t j = k, n = 0; n < 3; ++j, ++n) {
        if (const std::size_t label = model_label_end(j); label != npos) j = label + 1;
        if (!word(j) || stop(j) || number_word(j)) return false;
        if (!has_capital(t_[j].text) && is_plural(lx_, t_[j].lower)) return true;
    }
    return false;
}

// The last token of a model's label at token k: a capitalised word with digits glued to it ("A321XLR",
// "F-35") or a plain number right after a capitalised name ("Boeing 737"); npos when there is none.
std::size_t Scanner::model_label_end(std::size_t k) const {
    if (k >= t_.size() || k == 0) return npos;
    const bool after_name = word(k - 1) && has_capital(t_[k - 1].text.substr(0, 1)) && !stop(k - 1);
    const bool led_by_word = word(k) && has_capital(t_[k].text.substr(0, 1)) && glued(k + 1) &&
                             (number(k + 1) || (sign(k + 1, "-") && glued(k + 2) && number(k + 2)));
    if (!led_by_word && !(number(k) && after_name && !t_[k].grouped && !t_[k].decimal)) return npos;
    std::size_t end = k;
    while (
        end + 1 < t_.size() && glued(end + 1) &&
        (word(end + 1) || number(end + 1) || (sign(end + 1, "-") && glued(end + 2) && !sign(end + 2, "-"))))
        ++end;
    return sign(end, "-") ? end - 1 : end;
}

// A capitalised plural at token k or right after it that ends a name ("Americans", "American States").
bool Scanner::capital_plural_ahead(std::size_t k) const {
    for (std::size_t j = k; j <= k + 1 && word(j) && has_capital(t_[j].text.substr(0, 1)); ++j)
        if (is_plural(lx_, t_[j].lower) && !is_acronym(t_[j].text) &&
            !(word(j + 1) && has_capital(t_[j + 1].text.substr(0, 1))))
            return true;
    return false;
}

// The last token of initials written with points at token k ("U.S.", "H.K."), or npos.
std::size_t Scanner::initials_end(std::size_t k) const {
    std::size_t j = k;
    while (word(j) && t_[j].text.size() == 1 && sign(j + 1, ".") && glued(j + 1) && (j == k || glued(j)))
        j += 2;
    return j >= k + 4 ? j - 1 : npos;
}

// The tokens `first` to `last` of a model's label as one lower-case word ("dc-10", "a321xlr").
std::string Scanner::label_code(std::size_t first, std::size_t last) const {
    std::string code;
    for (std::size_t j = first; j <= last; ++j)
        code += t_[j].lower;
    return code;
}

// "160 million people demands a stable agriculture": a plural that can be a verb, before "a", "an" or
// "the" and no word of a rate ("3 savings accounts a day"), is the verb of its clause.
bool Scanner::verb_before_article(std::size_t k) const {
    if (!(lower_is(k + 1, "a") || lower_is(k + 1, "an") || lower_is(k + 1, "the"))) return false;
    if (in(lx_.per_words, k + 2) || lx_.units.at(t_, k + 2).value) return false;
    return dictionary_.parts(noun_singular(t_[k].lower)).has(text::PartOfSpeech::verb);
}

// After "one", the head noun is singular and cannot be told by its ending: "one parking space" goes on
// to a plain lower-case word, while "one team wins", "one man to…" and "one player scored" stop.
bool Scanner::singular_continues(std::size_t k) const {
    if (!word(k) || stop(k) || number_word(k) || month(k) || has_capital(t_[k].text)) return false;
    const std::string& w = t_[k].lower;
    if (ends_with(w, "s") || ends_with(w, "ed") || ends_with(w, "ing") || ends_with(w, "ly")) return false;
    return !lx_.past_tenses.count(w) && !lx_.time_words.at(t_, k).value && !lx_.units.at(t_, k).value;
}

// "80 planes and helicopters", "40 expressions of interest", "1,500 species of fish": a second
// plural joined by "and", or a bare noun after "of", belongs to what is counted. Returns the new
// last token.
std::size_t Scanner::head_complement(std::size_t end, std::vector<std::string>& words) const {
    const std::size_t k = end + 1;
    // (without capitals, a word the dictionary does not know is a name's: "of atlantis")
    auto plain = [&](std::size_t j) {
        return word(j) && !stop(j) && !number_word(j) && !month(j) && !has_capital(t_[j].text) &&
               !(uncased_ && !english_word(t_[j].lower)) && !lx_.time_words.at(t_, j).value &&
               !lx_.units.at(t_, j).value;
    };
    // "11000 people and ships to customers": a verb with its object is not a noun
    auto object_follows = [&](std::size_t j) {
        const auto q = lx_.qualifiers.at(t_, j); // ("and draws up to 1,000 watts")
        return in(lx_.object_words, j) || core_at(j).has_value() ||
               lx_.currencies.at(t_, j).value != nullptr || // "and measures 850 sq ft"
               (q.value && core_at(j + q.length).has_value());
    };
    if (lower_is(k, "and")) {
        for (std::size_t j = k + 1; j < k + 3 && plain(j); ++j) {
            // ("952 patients and results of three studies": a plural with a figure of its own heads its own
            // phrase; "200 men and women of the 5th Battalion" are both counted)
            const bool own_figure = lower_is(j + 1, "of") && core_at(j + 2).has_value();
            if (is_plural(lx_, t_[j].lower) && !ends_with(t_[j].lower, "ed") && !object_follows(j + 1) &&
                !own_figure) {
                for (std::size_t m = k + 1; m <= j; ++m)
                    words.push_back(noun_singular(t_[m].lower));
                return j;
            }
        }
        return end;
    }
    // ("71 mln shares of authorized, but unissued shares": a participle after "of" is no noun)
    if (!lower_is(k, "of") || !plain(k + 1) || ends_with(t_[k + 1].lower, "ing") || participle(k + 1))
        return end;
    std::size_t last = k + 1;
    // "snaps of man coverage", but not "loaves of bread cost $7"
    auto continues = [&](std::size_t j) {
        return plain(j + 1) && !is_plural(lx_, t_[j].lower) && !core_at(j + 2) &&
               !lx_.currencies.at(t_, j + 2).value;
    };
    if (continues(last)) ++last;
    // ("800 reports of big cat sightings": a third word when it ends the phrase in the plural)
    if (last == k + 2 && continues(last) && is_plural(lx_, t_[last + 1].lower) && plural_noun_at(last + 1) &&
        !dictionary_.parts(t_[last + 1].lower).has(text::PartOfSpeech::verb)) // ("of red meat increases")
        ++last;
    for (std::size_t m = k + 1; m <= last; ++m)
        words.push_back(m == last && m > k + 2 ? noun_singular(t_[m].lower) : t_[m].lower);
    return last;
}

// The noun phrase a count counts: up to its first plural noun ("13000 workers", "96 Liverpool fans").
std::size_t Scanner::noun_phrase(std::size_t from, double value, std::string& unit) const {
    std::size_t k = from;
    // words that qualify the count rather than name what is counted
    if (in(lx_.count_qualifying_words, k)) ++k;
    const std::size_t start = k;
    std::size_t end = npos;
    std::vector<std::string> words;
    std::vector<std::size_t> ends; // last token of each word
    bool lower_seen = false;
    bool plural = false;
    auto compound_at = [&](std::size_t j) { // most-watched, out-of-memory
        return sign(j + 1, "-") && glued(j + 1) && word(j + 2) && glued(j + 2);
    };
    for (int n = 0; n < 5 && k < t_.size(); ++n) {
        // "digital and physical sales", "Kia and Hyundai vehicles", "timeout and out-of-memory failures",
        // "wasteful or bloated programs"
        if ((lower_is(k, "and") || lower_is(k, "or")) && !words.empty() && word(k + 1) &&
            (!stop(k + 1) || compound_at(k + 1)))
            ++k;
        // "all 400 DC-10s", "four MD-11's": the model itself, in the plural, is what is counted
        if (const std::size_t label = model_label_end(k); label != npos && words.empty()) {
            const bool s_glued = lower_is(label, "s") && number(label - 1);
            const bool apostrophe_s = (sign(label + 1, "'") || sign(label + 1, "\u2019")) &&
                                      glued(label + 1) && lower_is(label + 2, "s") && glued(label + 2);
            if (s_glued || apostrophe_s) {
                words.push_back(label_code(k, s_glued ? label - 1 : label));
                ends.push_back(apostrophe_s ? label + 2 : label);
                end = ends.back();
                plural = true;
                break;
            }
        }
        // "12 new Airbus A321XLR jets", "40 F-35 fighters", "three Boeing 737 jets": a model's label
        // before the plural noun is part of what is counted
        if (const std::size_t label = model_label_end(k); label != npos && plural_ahead(label + 1)) {
            words.push_back(label_code(k, label));
            ends.push_back(label);
            end = label;
            k = label + 1;
            continue;
        }
        // "four of its U.S. assembly plants": letters with points are one word
        if (const std::size_t dots = initials_end(k); dots != npos) {
            std::string initials;
            for (std::size_t j = k; j <= dots; ++j)
                initials += t_[j].text;
            words.push_back(initials);
            ends.push_back(dots);
            end = dots;
            k = dots + 1;
            lower_seen = true; // ("two U.S. Marines": what follows is part of the phrase)
            continue;
        }
        if (!word(k) || month(k) || lx_.number_words.count(t_[k].lower)) break;
        if (stop(k) && !modifier_of_plural(k) && !compound_at(k)) break;
        // "closed 5 higher", "ended 12 lower": a comparative with no noun after it describes a change
        if (lx_.adjective_forms.count(t_[k].lower) && !(word(k + 1) && !stop(k + 1))) break;
        // a name starts after a lower-case word ("the 1988 horror film Childs Play", "the 2019 film Little
        // Women") unless a plural noun follows it ("two other Illinois counties") or, after an adjective,
        // a capitalised plural ends the phrase ("ten million uninsured Americans", "20 different American
        // States")
        const bool capital_plural = k > 0 && word(k - 1) &&
                                    dictionary_.parts(t_[k - 1].lower).has(text::PartOfSpeech::adjective) &&
                                    capital_plural_ahead(k);
        if (lower_seen && has_capital(t_[k].text.substr(0, 1)) && !plural_ahead(k + 1) && !capital_plural)
            break;
        lower_seen = lower_seen || !has_capital(t_[k].text.substr(0, 1));
        if (lx_.time_words.at(t_, k).value) break;
        // "peaking at 13.1 million shortly after": a word that can only be an adverb names nothing
        // ("20 decently sized plants": one that describes the next word stays)
        // ("9,000 previously-neglected neighborhoods": an adverb in a compound describes its partner)
        if (dictionary_.parts(t_[k].lower).only(text::PartOfSpeech::adverb) && !compound_at(k) &&
            (!word(k + 1) || stop(k + 1)))
            break;
        std::string w = strip_possessive(t_[k].lower);
        std::size_t last = k;
        while (sign(last + 1, "-") && glued(last + 1) && word(last + 2) && glued(last + 2)) { // coal-fired
            w += "-" + t_[last + 2].lower;
            last += 2;
        }
        // "14 MLS games", "the NHS": an acronym ending in S is not a plural
        const bool acronym = is_acronym(t_[k].text);
        if (value == 1 && words.empty() && ends_with(w, "ly")) return npos; // "one deeply democratic"
        plural = is_plural(lx_, w) && !acronym;
        // "2,500 police personnel", "news outlets": a noun that is its own plural may modify the next
        // and so may a plural before a plural noun: "graphics cards", "savings accounts"
        if (plural && word(last + 1) && !stop(last + 1) && !has_capital(t_[last + 1].text) &&
            is_plural(lx_, t_[last + 1].lower) && !verb_follows(last + 1) && !verb_before_article(last + 1) &&
            (noun_singular(w) == w || plural_noun_at(last + 1)))
            plural = false;
        // (a modifier keeps its own form: "savings accounts" are no "saving accounts")
        const bool modifier = !plural && is_plural(lx_, w) && !acronym;
        // ("TV-subscription services": a compound opened by an acronym is kept as written)
        std::string written;
        for (std::size_t j = k; acronym && j <= last; ++j)
            written += t_[j].text;
        words.push_back(acronym ? written : modifier ? w : noun_singular(w));
        ends.push_back(last);
        end = last;
        k = last + 1;
        if (plural || (value == 1 && !singular_continues(k))) break;
    }
    if (end == npos) return npos;
    // "25 million need humanitarian aid", "9,300 sheltering": after a large number, a phrase with no
    // plural in it that opens with a word that can be a verb is that verb and its object (small
    // numbers make compounds: "a three course meal", "the 18-19 age group")
    if (value >= 1000 && !plural && word(start) && !has_capital(t_[start].text) && verb_only(start))
        return npos;
    if (names_nothing(words, start, end, plural, value)) return npos;
    // "14 fell ill": an irregular past tense is the verb, and the phrase stops before it
    for (std::size_t n = 0; n < words.size(); ++n)
        if (lx_.past_tenses.count(words[n])) {
            words.resize(n);
            ends.resize(n);
            if (words.empty()) return npos;
            end = ends.back();
            break;
        }
    // "a dozen fled", "12 officials attended": a past tense after the count is its verb, not its noun
    const std::string& tail = t_[end].lower;
    // ("12 dead and 40 injured.": a lone adjective in -ed that ends the clause names people, after a
    // numeral; "the top five advanced." is a verb's)
    const bool people = words.size() == 1 && start > 0 && number(start - 1) &&
                        dictionary_.parts(tail).has(text::PartOfSpeech::adjective) &&
                        !dictionary_.parts(tail).has(text::PartOfSpeech::noun) &&
                        (!word(end + 1) || lower_is(end + 1, "and") || lower_is(end + 1, "or"));
    if (tail.size() >= 4 && ends_with(tail, "ed") && t_[end].type == TokenType::word && !people) {
        words.pop_back();
        ends.pop_back();
        if (words.empty()) return npos;
        end = ends.back();
    }
    if (plural && end == ends.back()) {
        end = head_complement(end, words);
        ends.resize(words.size(), end);
    }
    // participles the dictionary knows only as a verb's and adverbs describe rather than name: "decently
    // sized plants"
    std::string out;
    bool adverb_before = false;
    for (std::size_t n = 0; n < words.size(); ++n) {
        const std::string& w = words[n];
        // ("monthly users" are a kind of user: adverbs that end phrases are kept as modifiers)
        // ("600 elderly victims": an adjective in -ly names a kind; so does one in -ed that is no
        // verb's form, "undocumented migrants", or whose adjective means more, "armed groups")
        const auto parts = dictionary_.parts(w);
        // ("assembly plants": a noun in -ly names too)
        const bool adverb = ends_with(w, "ly") && !parts.has(text::PartOfSpeech::adjective) &&
                            !parts.has(text::PartOfSpeech::noun);
        const bool participle = ends_with(w, "ed") && !parts.has(text::PartOfSpeech::adjective);
        // (what an adverb describes describes too: "decently sized")
        const bool described = n > 0 && adverb_before;
        const bool describing = n + 1 < words.size() && w.size() > 4 && w.find('-') == std::string::npos &&
                                (participle || adverb || described) && !lx_.stop_words.count(w);
        adverb_before = describing && adverb;
        if (describing) continue;
        if (!out.empty()) out += ' ';
        const auto base = n + 1 < words.size() ? lx_.adjective_forms.find(w) : lx_.adjective_forms.end();
        out += base != lx_.adjective_forms.end() ? base->second : w;
    }
    unit = out;
    return end;
}

// A phrase of one or two words after a number that is a verb or an adjective standing alone, no noun
// (`start` and `end` are its first and last tokens; `plural`, whether it ends in a plural).
bool Scanner::names_nothing(const std::vector<std::string>& words, std::size_t start, std::size_t end,
                            bool plural, double value) const {
    if (plural || words.size() > 2) return false;
    const auto parts = dictionary_.parts(words[0]);
    const bool adjective_only =
        parts.has(text::PartOfSpeech::adjective) && !parts.has(text::PartOfSpeech::noun);
    const std::size_t next = end + 1;
    if (words.size() == 1) {
        // "to 7-3/4 from 7-1/2 effective immediately": an adjective before an adverb ("3 dead, 12 injured
        // and 5 missing" name people)
        if (adjective_only && !parts.has(text::PartOfSpeech::verb) && word(next) &&
            dictionary_.parts(t_[next].lower).only(text::PartOfSpeech::adverb))
            return true;
        // "a family of four living on $20,000": an -ing word before a function word is a verb's form
        // ("one building on fire" is a building; "5 missing after the landslide", an adjective, people)
        if (value != 1 && ends_with(words[0], "ing") && (!word(next) || stop(next)) && !adjective_only)
            return true;
    }
    // "25 and 34 live with their parents", "only 20 remain", "a dozen remain missing": a verb in its
    // base form that is no noun is the verb of the number, its subject
    if (!parts.has(text::PartOfSpeech::noun) && parts.has(text::PartOfSpeech::verb) &&
        !has_capital(t_[start].text) &&
        (words.size() == 1 || !(parts.has(text::PartOfSpeech::adjective) ||
                                parts.has(text::PartOfSpeech::adverb)))) { // ("two further aircraft")
        const auto bases = dictionary_.bases(words[0], text::PartOfSpeech::verb);
        if (std::find(bases.begin(), bases.end(), words[0]) != bases.end()) return true;
    }
    // "a group of 50 gathered outside": a verb's past and an adverb are a verb phrase ("18 wounded" are
    // people: the dictionary knows the word as a noun; "4.81 earned run average" names one)
    // ("12 dead and 40 injured.": an adjective in -ed that ends the clause names people)
    const bool ends_clause = words.size() == 1 && parts.has(text::PartOfSpeech::adjective) &&
                             (!word(next) || lower_is(next, "and") || lower_is(next, "or"));
    return words[0].size() >= 4 && ends_with(words[0], "ed") && !has_capital(t_[start].text) &&
           !parts.has(text::PartOfSpeech::noun) && !ends_clause &&
           (words.size() == 1 || dictionary_.parts(words[1]).has(text::PartOfSpeech::adverb));
}

// "eight million 250ml bottles", "40 20-foot containers": a size between a count and its noun is
// a figure of its own; the count goes on to the noun after it.
std::size_t Scanner::past_size(std::size_t k) const {
    if (!number(k)) return k;
    std::size_t u = k + 1;
    if (sign(u, "-") && glued(u)) ++u;
    const auto unit = lx_.units.at(t_, u);
    if (!unit.value || unit.value->kind == UnitKind::percent || unit.value->kind == UnitKind::duration)
        return k;
    const std::size_t after = u + unit.length;
    return word(after) && !stop(after) ? after : k;
}

// "scored 389/400": a part of a larger whole written with a slash, where one side is too large for a
// day or a month. Not "24/7", "12/05/2019", "04/2013" or "Law 13/2024".
bool Scanner::slash_ratio(const Core& c) const {
    const std::size_t k = c.last + 1;
    if (c.words || !sign(k, "/") || !glued(k) || !number(k + 1) || !glued(k + 1) || sign(k + 2, "/"))
        return false;
    const Token& whole = t_[k + 1];
    if (whole.decimal || whole.value <= c.value || whole.value < 10) return false;
    if (whole.digits == 4 && whole.value >= 1900 && whole.value <= 2100)
        return false; // "04/2013", "Law 13/2024"
    return c.value > 31 || whole.value > 31;
}

// "a crew of seven", "a mother of two", "a family of four living on…": a number that ends a group's
// phrase counts its members.
void Scanner::group_member(Candidate& f) const {
    const std::size_t k = f.last + 1;
    const bool noun_after = word(k) && !stop(k) && !ends_with(t_[k].lower, "ing") && !verb_follows(k);
    if (!f.unit.empty() || f.kind != FigureKind::count || f.first < 2 || !lower_is(f.first - 1, "of") ||
        !word(f.first - 2) || noun_after)
        return;
    if (const auto it = lx_.group_nouns.find(t_[f.first - 2].lower); it != lx_.group_nouns.end())
        f.unit = it->second;
}

// "most experienced workers": the adverb of a superlative is no part of the counted noun; returns the
// token after it, or j.
std::size_t Scanner::past_most(std::size_t j) const {
    const bool adverb = lower_is(j, "most"); // ("least developed" is a kind of its own)
    return adverb && word(j + 1) && dictionary_.parts(t_[j + 1].lower).has(text::PartOfSpeech::adjective)
               ? j + 1
               : j;
}

// Counts, ratios ("23 of the 32 members", "one in five", "389/400") and the noun they count.
void Scanner::counted(Candidate& f) const {
    std::size_t k = f.last + 1;
    if (slash_ratio(f.core) && f.last == f.core.last) {
        f.kind = FigureKind::ratio;
        f.of = t_[k + 1].value;
        f.last = k + 1;
        return;
    }
    const bool one = f.core.value == 1;
    auto skip_det = [&](std::size_t j) {
        if (!in(lx_.whole_determiners, j)) return j;
        // "seven of the top 10 banks", "two of its last three games": one adjective may stand
        // between the determiner and the whole
        if (word(j + 1) && !has_capital(t_[j + 1].text) && core_at(j + 2) && !number_word(j + 1))
            return j + 2;
        return j + 1;
    };
    if (lower_is(k, "of") || (lower_is(k, "out") && lower_is(k + 1, "of")) || lower_is(k, "in")) {
        std::size_t j = lower_is(k, "out") ? k + 2 : k + 1;
        j = skip_det(j);
        const auto whole = core_at(j);
        // "one in five", but "eight in 24 hours" is a count and a duration
        // ("2 in 5 in 2022": a spaced "in" after the whole is the preposition, not inches)
        const std::size_t u = whole ? whole->last + 1 : npos;
        const bool unit_after = whole && lx_.units.at(t_, u).value && !(lower_is(u, "in") && !glued(u));
        const bool in_ok =
            !lower_is(k, "in") || (whole && whole->value <= 1000 && (one || f.core.scale == 1) &&
                                   !unit_after && (one || round_whole(whole->value)));
        if (whole && in_ok && !whole->year_like && whole->value > f.core.value) {
            f.kind = FigureKind::ratio;
            f.of = whole->value;
            f.last = whole->last;
            std::string unit;
            // "three out of four of its spires", "eight of the 10 most populous states"
            std::size_t from = whole->last + 1;
            if (sign(from, "-") && glued(from) && lower_is(from + 1, "plus")) from += 2; // "the 2,000-plus"
            if (lower_is(from, "of")) from = skip_det(from + 1);
            from = past_most(from);
            const std::size_t end = noun_phrase(from, 2, unit);
            if (end != npos) {
                f.unit = unit;
                f.measures_from = from;
                f.measures_to = end;
                f.last = end;
            }
            return;
        }
        if (lower_is(k, "in")) return;
        if (lower_is(k, "of")) {
            std::string unit;
            const std::size_t from = past_most(skip_det(k + 1)); // "two of his most experienced workers"
            const std::size_t end = noun_phrase(from, 2, unit);
            if (end != npos && f.core.value >= 2) {
                f.unit = unit;
                f.measures_from = from;
                f.measures_to = end;
            }
        }
        return;
    }
    std::string unit;
    double head_count = f.core.value; // how many the head noun names: its number decides its form
    if (f.last > f.core.last && lower_is(f.last, "more")) head_count = 2;     // "one or more online vandals"
    if (sign(k, "-") && glued(k) && lower_is(k + 1, "odd") && glued(k + 1)) { // "3,000-odd buses"
        if (f.qualifier == Qualifier::exact) f.qualifier = Qualifier::approx;
        f.last = k + 1;
        k += 2;
    } else if (sign(k, "-") && glued(k) && lower_is(k + 1, "strong") && glued(k + 1)) {
        f.last = k + 1; // "a 3,000-strong crowd" is one crowd of 3,000
        k += 2;
        head_count = 1;
    } else if (sign(k, "-") && glued(k) && word(k + 1) && glued(k + 1)) { // "a four-cylinder engine"
        if (stop(k + 1)) return;
        f.unit = noun_singular(t_[k + 1].lower);
        f.measures_from = f.measures_to = k + 1;
        f.last = k + 1;
        f.compound = true;
        // "the 400-patches-per-day velocity": a rate written into the compound
        const std::size_t per = k + 3;
        if (sign(k + 2, "-") && glued(k + 2) && glued(per) && (lower_is(per, "per") || lower_is(per, "a")) &&
            sign(per + 1, "-") && glued(per + 1) && glued(per + 2) && word(per + 2) &&
            lx_.per_words.count(t_[per + 2].lower)) {
            f.unit += "/" + t_[per + 2].lower;
            f.last = per + 2;
        }
        return;
    }
    if (period_ago(k, f.core.value)) return;
    const std::size_t noun = past_size(k);
    const std::size_t end = noun_phrase(noun, head_count, unit);
    if (end != npos && forecasters(f, end)) return;
    if (end != npos) {
        f.unit = unit;
        f.measures_from = noun;
        f.measures_to = end;
        if (noun == k) f.last = end; // else the text stops before the size, which is read next
        // "the 18-19 age group"
        if (lx_.age_group_words.count(unit)) {
            make_age(f);
            return;
        }
        // "517 rushing yards", "the 50 previous years", "50 more years of peace": the head noun is a unit
        std::size_t head = end;
        for (std::size_t j = noun; j < end; ++j)
            if (lower_is(j + 1, "of")) {
                head = j;
                break;
            }
        const auto u = lx_.units.at(t_, head);
        if (u.value && u.length == 1 && u.value->where == Where::any &&
            (u.value->kind == UnitKind::quantity || u.value->kind == UnitKind::duration)) {
            f.kind = kind_of(u.value->kind);
            f.unit = u.value->unit;
            f.has_unit = true;
            return;
        }
        // "for one full calendar year": a period in the singular after one's adjectives ends the phrase
        const auto period = lx_.units.at(t_, end + 1);
        // (not "one half hour", nor a compound: "one new year resolution")
        const bool ends = !word(end + 2) || stop(end + 2);
        if (f.core.value == 1 && end + 1 - noun <= 2 && period.value && period.length == 1 &&
            period.value->kind == UnitKind::duration && period_word(end + 1) &&
            !is_plural(lx_, t_[end + 1].lower) && ends && !lx_.fractions.count(t_[noun].lower)) {
            f.kind = FigureKind::duration;
            f.unit = period.value->unit;
            f.has_unit = true;
            f.last = end + 1;
            f.measures_from = f.measures_to = npos;
        }
    }
}

// The wholes "N in M" takes its parts of: small or round ("three in 10 voters", "2 in 5", "9 in 100");
// "12 in 275 games" is a count in so many games.
bool Scanner::round_whole(double whole) {
    return whole <= 20 || whole == 25 || whole == 50 || whole == 100 || whole == 1000;
}

// "fewer than the 2,500", "short of the roughly 449,000": a number compared with one before it,
// with or without "the" between.
bool Scanner::compared_through_the(const Candidate& f) const {
    std::size_t k = f.first;
    // "from an expected 2.2 mln", "against a revised 310,000", "to a record 72,340": an estimate's
    // participle or an adjective between
    const bool described =
        k >= 2 && word(k - 1) && !stop(k - 1) && !has_capital(t_[k - 1].text) &&
        (participle(k - 1) || lower_is(k - 1, "record") || // (a noun as the dictionary has it)
         dictionary_.parts(t_[k - 1].lower).has(text::PartOfSpeech::adjective));
    // (after a word that compares levels: "with a record 40,000 in March" adds, it does not compare)
    const bool comparing =
        k >= 3 && (lower_is(k - 3, "to") || lower_is(k - 3, "from") || lower_is(k - 3, "against") ||
                   lower_is(k - 3, "than") || lower_is(k - 3, "versus"));
    if (described && comparing && (lower_is(k - 2, "an") || lower_is(k - 2, "a"))) k -= 2;
    if (k >= 2 && lower_is(k - 1, "the")) {
        // ("well above the 180,000 economists had forecast", "below the 2% analysts expected")
        const bool beside = lower_is(k - 2, "above") || lower_is(k - 2, "below") ||
                            lower_is(k - 2, "beyond") || lower_is(k - 2, "under") || lower_is(k - 2, "over");
        return compared_after(k - 2) || lower_is(k - 2, "of") || beside;
    }
    // "slightly up on 800,000 in 1984", "down on last year's 41,000"
    if (k >= 2 && lower_is(k - 1, "on") && (lower_is(k - 2, "up") || lower_is(k - 2, "down"))) return true;
    return k >= 1 && compared_after(k - 1);
}

// "fewer than the 240,000 economists had expected": the plural after a compared number is the subject
// of a verb of expecting, and the number counts what was counted before it.
bool Scanner::forecasters(const Candidate& f, std::size_t end) const {
    if (!compared_through_the(f)) return false;
    std::size_t v = end + 1;
    if (in(lx_.auxiliary_verbs, v)) ++v;
    return in(lx_.forecast_verbs, v);
}

// "the top three", "all three", "their two", "the other two": the words before a small number that
// make it point back at things already named rather than state how many there are.
bool Scanner::referring(std::size_t first) const {
    if (first == 0) return false;
    if (in(lx_.referring_words, first - 1)) return true;
    return word(first - 1) &&
           (is_possessive(t_[first - 1].text) || (first >= 2 && lower_is(first - 2, "the")));
}

// "the mayor, 52,": a noun after "the" or a possessive, set off by commas with a small number, is a
// person described by role, and the number is their age like "Maddon, 66,".
bool Scanner::described_person(std::size_t noun) const {
    if (noun < 1 || !word(noun) || stop(noun) || number_word(noun) || lx_.units.at(t_, noun).value)
        return false;
    if (is_plural(lx_, t_[noun].lower)) return false; // "of the 300 passengers, 52, …" counts people
    const std::size_t d = noun - 1;
    return in(lx_.person_determiners, d) || (word(d) && is_possessive(t_[d].text));
}

// An adjective between a determiner and the number describes what is counted: "the previous two
// sessions" counts previous sessions, "a record 32 goals" record goals. Participles ("an estimated",
// "the remaining") and closed-class words are left out.
void Scanner::premodifier(Candidate& f) const {
    // (right before the number: "an article about five prisoners" has its qualifier between)
    if (f.kind != FigureKind::count || f.unit.empty() || f.range || f.first < 2 || f.first != f.core.first)
        return;
    const std::size_t m = f.first - 1;
    const std::size_t d = f.first - 2;
    const bool determined = (word(d) && is_possessive(t_[d].text)) || in(lx_.determiners, d);
    if (!determined || !word(m) || has_capital(t_[m].text) || is_possessive(t_[m].text) ||
        t_[m].lower.size() < 3)
        return;
    const std::string& w = t_[m].lower;
    if (lx_.ranks.count(w) || lx_.added_words.count(w))
        return; // "the first two spacewalks" counts spacewalks
    // "had met the gunman one time": a word that can only be a noun is the object before the count
    if (dictionary_.parts(w).only(text::PartOfSpeech::noun)) return;
    if (stop(m) || number_word(m) || month(m) || ends_with(w, "ing") || ends_with(w, "ed") ||
        lx_.units.at(t_, m).value || lx_.currencies.at(t_, m).value || lx_.qualifiers.at(t_, m).value)
        return;
    const auto base = lx_.adjective_forms.find(w);
    f.unit = (base != lx_.adjective_forms.end() ? base->second : w) + " " + f.unit;
}

// "4-5 hours", "2012–13", "15 to 22 miles per hour", "between 10 and 12", "$800,000 to $1.3 million".
// "beat Charlton 2-1", "Minnesota 122-108": a result after a name, not the name's label; a label's
// second part is larger or in hundreds ("Boeing 737-800", "777-200").
bool Scanner::result_after_name(const Core& c) const {
    const std::size_t k = c.last + 1;
    if (!dash(k) || !glued(k) || !glued(k + 1) || !number(k + 1)) return false;
    const double second = t_[k + 1].value;
    if (second > c.value || (second >= 100 && std::fmod(second, 100) == 0)) return false;
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
    const bool named = word(k) && has_capital(t_[k].text.substr(0, 1));
    return whole(first) && whole(second) && !first.words && !third && !number(k) && !named;
}

// "30-40,000 workers", "200-300,000 households", "5-10,000": the thousands a hyphened range writes
// once, on its second end, when the first is of the size of the second's leading group.
double Scanner::shared_groups(const Core& first, const Core& second) const {
    if (first.scale != 1 || first.words || t_[first.first].grouped || t_[first.first].decimal) return 1;
    double groups = 1;
    while (second.value >= groups * 1000 && std::fmod(second.value, groups * 1000) == 0)
        groups *= 1000;
    const double lead = second.value / groups;
    return groups > 1 && first.value < lead && first.value * 10 >= lead ? groups : 1;
}

// The scale a range's first end takes from its second: "four to five thousand" (1000), "two to three
// hundred thousand" (100,000: the second's hundreds too), "2 to 3,000" (none: the first is whole).
double Scanner::shared_scale(const Core& first, const Core& second) const {
    if (first.scale != 1 || second.scale <= 1) return 1;
    const double mantissa = second.value / second.scale;
    if (first.value >= mantissa * 10) return 1;
    const bool hundreds = first.words && second.words && mantissa >= 100 && mantissa < 1000 &&
                          std::fmod(mantissa, 100) == 0 && first.value < mantissa / 100;
    return hundreds ? second.scale * 100 : second.scale;
}

void Scanner::join_range(Candidate& f) const {
    std::size_t k = f.last + 1;
    if (lx_.qualifiers_after.at(t_, k).value) return; // "20 or more rifles and 4 trucks": no list
    // "7- or 8-inch", "four-, five- and six-cylinder", "8 or $9": a bare number takes the next one's unit
    const bool dangling =
        sign(k, "-") && glued(k) &&
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
    if (c2->ambiguous_m && f.has_currency) { // "£2-3m", "£2m-3m": millions of the first's currency
        c2->ambiguous_m = false;
        c2->value *= 1e6;
        c2->scale = 1e6;
        c2->last += 1;
    }
    // "in calendar 1988 to 2.4 mln tonnes": a year and a scaled amount are no range
    if (f.core.year_like && !f.has_unit && c2->scale > 1) return;
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
    // ...but "cut 2,000 to 3,000 jobs" is a range: a bare number, then a larger count of a noun
    if (after_change && !(g.kind == FigureKind::count && !g.unit.empty() && g.value > f.value)) return;
    if (after_by && !g.has_unit && !(g.kind == FigureKind::count && !g.unit.empty())) return;
    if (after_by && f.has_unit) return; // "rose by Rs 480 to Rs 58,720": the change, then the level
    const bool g_extends = f.has_unit && g.kind == f.kind && g.unit.rfind(f.unit + "/", 0) == 0;
    bool ok = false;
    if (!f.has_unit && g.has_unit)
        ok = true;
    else if (f.has_unit && g.has_unit)
        ok = (f.kind == g.kind && f.unit == g.unit) || g_extends;
    else if (f.has_unit && !g.has_unit)
        ok = f.from || f.between || hyphen || f.unit == "years old";
    else
        ok = !hyphen || g.value > f.value;
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
    const double spread =
        hyphen && t_[c2->first].grouped ? shared_groups(f.core, *c2) : shared_scale(f.core, g.core);
    if (f.has_currency && f.kind == FigureKind::money && (g.kind == FigureKind::money || !g.has_unit))
        low *= spread;
    if (!f.has_unit || g_extends) {
        if (!f.has_unit) {
            if (!f.has_currency) low *= spread;
            if (g.kind == FigureKind::money && !f.has_currency) low *= g.factor; // "10 to 20 cents"
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

// Number words that are pronouns ("one of", "no one", "one-time") rather than amounts.
bool Scanner::pronoun(const Core& c) const {
    if (!c.words) return false;
    const bool one = c.value == 1 && lower_is(c.first, "one") && c.first == c.last;
    const bool one_in = lower_is(c.last + 1, "in") && core_at(c.last + 2); // "one in five"
    // "one or two more days", "one or more vandals": the first of two numbers, or a bound, no pronoun
    if (lower_is(c.last + 1, "or") && (core_at(c.last + 2) || lx_.qualifiers_after.at(t_, c.last + 1).value))
        return false;
    // "a one-gram sample", "a one-year ban": one of a unit
    const bool one_unit = sign(c.last + 1, "-") && glued(c.last + 1) && glued(c.last + 2) &&
                          lx_.units.at(t_, c.last + 2).value != nullptr;
    if (one && !one_in && !one_unit &&
        (lower_is(c.last + 1, "of") || lower_is(c.last + 1, "another") || !word(c.last + 1) ||
         stop(c.last + 1)))
        return true;
    // "no one", "every one", "which one" (but "found that one in five adults")
    if (one && !one_in && c.first > 0 && in(lx_.pronoun_one_words, c.first - 1)) return true;
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
    return sign(c.last + 1, "-") && glued(c.last + 1) && lower_is(c.last + 2, "time"); // one-time
}

// Numerals that are parts of something else: times (10:27), slashed codes and dates (24/7,
// 12/05/2019), list markers, ordinals and decades (22nd, 1990s), codes (5G, 4K). `resume` skips
// what was read.
bool Scanner::part_of_something_else(const Core& c, std::size_t& resume) const {
    if (c.words) return false;
    const std::size_t k = c.last + 1;
    if (sign(k, ":") && glued(k) && number(k + 1) && glued(k + 1)) { // 10:27, 1:36.6
        resume = k + 2;
        return true;
    }
    if (season_years(c)) return false; // 2023/24, read as a range of years
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
    // "4x2 and 4x4 variants": a drive, no multiplier
    if (c.last == c.first && lower_is(k, "x") && glued(k) && number(k + 1) && glued(k + 1) &&
        t_[k + 1].digits == 1 && t_[c.first].digits == 1) {
        resume = k + 2;
        return true;
    }
    if (slash_ratio(c)) return false;                                // "scored 389/400"
    if (sign(k, "/") && glued(k) && number(k + 1) && glued(k + 1)) { // 24/7, 12/05/2019
        resume = k + 2;
        while (sign(resume, "/") && number(resume + 1))
            resume += 2;
        return true;
    }
    // ("2 am I": a spaced lower-case "am" before a word that carries on the clause is the verb; "8 AM and
    // 9 PM", "8 am local time" are times)
    const bool verb_am = lower_is(k, "am") && !glued(k) && t_[k].text == "am" && word(k + 1) &&
                         !stop(k + 1) && !lower_is(k + 1, "local");
    if (lx_.time_words.at(t_, k).value && !verb_am) return true;
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
        if (in(lx_.ordinal_suffixes, k) || w == "s") return true; // 22nd, 1990s
        const bool known =
            lx_.units.at(t_, k).value || lx_.currencies.at(t_, k).value || lx_.scales.at(t_, k).value;
        if (!known) return true; // 5G, 4K, 9AB
    }
    return false;
}

bool Scanner::quote_mark(std::size_t k) const {
    return sign(k, "'") || sign(k, "\"") || sign(k, "\u2018") || sign(k, "\u2019") || sign(k, "\u201c") ||
           sign(k, "\u201d");
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
    if (c.last != c.first || t_[i].grouped || t_[i].decimal || c.value < 100 || c.year_like) return false;
    if (!word(k) || glued(k) || !has_capital(t_[k].text.substr(0, 1)) || is_plural(lx_, t_[k].lower))
        return false;
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
    if (word(end + 1) && !stop(end + 1)) return npos;
    if (in(lx_.phone_words, i - 1)) return end;
    // "+91 98765 43210": a country's code, then the number's groups
    if (sign(i - 1, "+") && glued(i) && end > c.last) return end;
    // "call 101", "text 85258": a verb of calling right before a service's number or a long one
    if (in(lx_.calling_words, i - 1) &&
        (lx_.emergency_numbers.count(t_[i].text) || t_[i].digits >= 4 || end > c.last))
        return end;
    if (!(lower_is(i - 1, "on") || lower_is(i - 1, "at") || lower_is(i - 1, "to"))) return npos;
    if (i >= 2 && in(lx_.phone_words, i - 2)) return end; // "the helpline on 0300 123 4567"
    std::size_t j = i - 1;                                // back over the name: one or two capitalised words
    while (j > 0 && i - 1 - j < 2 && word(j - 1) && has_capital(t_[j - 1].text) &&
           !in(lx_.calling_words, j - 1))
        --j;
    return j < i - 1 && j > 0 && in(lx_.calling_words, j - 1) ? end : npos;
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
        f.last = c.last + 1;
    }
}

// A year: "in 2014", "the 2022 invasion"; but "2000 hires" counts and "the 2024 Olympics" names an
// event of that year.
void Scanner::year(const Core& c, Candidate& f, bool temporal_before) const {
    if (f.has_unit || f.range || !c.year_like) return;
    std::string unit;
    const std::size_t end = noun_phrase(f.last + 1, 2, unit);
    // "over 2005 levels", "below 1990 levels"; "1878: Two local teams…" heading an item
    const bool levels = unit == "level" && end == f.last + 1;
    const bool heading =
        c.first == f.first && (f.first == 0 || sentence_end(f.first - 1)) && sign(f.last + 1, ":");
    if (levels || heading) {
        f.kind = FigureKind::date;
        f.unit = "year";
        f.has_unit = true;
        f.qualifier = Qualifier::exact;
        return;
    }
    // "in the Philippines circa 1905,", "as of about 1950, the best way…": a year told roughly
    if (f.qualifier == Qualifier::approx && end == npos && c.first == c.last && t_[c.first].digits == 4) {
        const bool circa = lower_is(f.first, "circa");
        const bool timed =
            f.first > 0 && (in(lx_.time_prepositions, f.first - 1) || sign(f.first - 1, ",") ||
                            (f.first > 1 && lower_is(f.first - 1, "of") && lower_is(f.first - 2, "as")));
        if (circa || timed) {
            f.kind = FigureKind::date;
            f.unit = "year";
            f.has_unit = true;
            return;
        }
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
    const bool owned = lead > 0 && c.first == f.first && t_[c.first].digits == 4 &&
                       (is_possessive(t_[lead - 1].lower) || (lower_is(lead - 1, "the") && c.value >= 1900 &&
                                                              c.value <= 2100)); // ("the 1000 people")
    const bool verb_after = temporal_before && end > f.last + 1 && verb_follows(f.last + 1);
    const bool counted_noun = end != npos && is_plural(lx_, t_[end].lower) && !in(lx_.year_nouns, end) &&
                              !has_capital(t_[f.last + 1].text) && !measured && !fiscal && !owned &&
                              !verb_after &&
                              !(verb_follows(end + 1) && f.first > 0 && lower_is(f.first - 1, "and"));
    const bool prep = temporal_before || (f.first > 0 && in(lx_.year_lead_words, f.first - 1));
    if (!counted_noun && (c.value >= 1900 || prep)) {
        f.kind = FigureKind::date;
        f.unit = "year";
        f.has_unit = true;
    }
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

// A number written with no unit: an age, one side of a dimension, or a count of the noun after it.
// False when it is no figure at all: a pronoun, a rank or a definite reference.
bool Scanner::unitless(const Core& c, Candidate& f) const {
    const bool plain = !c.words && !f.range && f.qualifier == Qualifier::exact;
    // "Maddon, 66, has…", "Page, now 28, hated it": an age after a name
    // (with "now", a person's two names that no preposition or determiner opens: "Larry Page, now 28,";
    // not "cases in Ohio, now 112," nor "Tesla, now 20,")
    const bool now = f.first > 3 && lower_is(f.first - 1, "now") && sign(f.first - 2, ",") &&
                     has_capital(t_[f.first - 3].text) && word(f.first - 4) &&
                     has_capital(t_[f.first - 4].text) &&
                     !(f.first > 4 && (in(lx_.place_prepositions, f.first - 5) || stop(f.first - 5)));
    const std::size_t b = now ? f.first - 1 : f.first;
    if (plain && c.value >= 1 && c.value <= 120 && !t_[c.first].decimal && b >= 2 && sign(b - 1, ",") &&
        word(b - 2) && (has_capital(t_[b - 2].text) || described_person(b - 2) || uncased_name(f)) &&
        (sign(f.last + 1, ",") || sign(f.last + 1, ")"))) {
        make_age(f);
        return true;
    }
    // "The suspect 27 was remanded": the same in text without its commas
    if (plain && c.value >= 16 && c.value <= 110 && c.last == c.first && t_[c.first].digits == 2 &&
        f.first >= 2 && described_person(f.first - 1) && predicate_follows(f.last + 1)) {
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
    // "the two sides": a definite reference, not a figure
    return !(small_word && c.value >= 2 && f.first > 0 && !f.compound &&
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
    if (!left_context(c, f, after_connector)) {
        if (season_years(c)) resume = c.last + 3; // "der Saison 2018/19": the label's whole season
        return false;
    }
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
    if (qa.value && !(sign(k, "+") && (!glued(k) || (number(k + 1) && glued(k + 1))))) {
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
    if (t_.empty() || !word(0) || t_[0].text.size() < 3 || !has_capital(t_[0].text.substr(0, 1))) return 0;
    if (has_lower_case(t_[0].text)) return agency_dateline_end();
    for (std::size_t k = 1; k < t_.size() && k < 16; ++k) {
        // a dateline holds names, dates and the agency only: "HSBC will buy … after pre-tax" is a sentence
        if (word(k) && !has_capital(t_[k].text.substr(0, 1)) && !month(k) && !(glued(k) && number(k - 1)))
            return 0;
        if (dash(k) && glued(k) && glued(k + 1)) continue; // "Sharm el-Sheikh", "pre-tax"
        if (dash(k) || sign(k, "/") || sign(k, ")") || sign(k, ":") || sign(k, "\u2014")) return t_[k].end;
    }
    return 0;
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
    std::string label;
    for (std::size_t k = 0; k < t_.size() && k < 4; ++k) {
        if (sign(k, ":")) return lx_.furniture_labels.count(label) > 0;
        if (!word(k)) return false;
        label += (label.empty() ? "" : " ") + t_[k].lower;
    }
    return false;
}

// "(Adds comments, detail)", "(In Jan. 3 story, corrects last paragraph…)": an agency's bracketed note
// on the story itself, opening the paragraph. Returns the token after it, or 0.
std::size_t Scanner::correction_note_end() const {
    if (!sign(0, "(") || !word(1) || !has_capital(t_[1].text.substr(0, 1))) return 0;
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

// "Jan 30 (Reuters) - Gold rose…", "Jan. 12 (BusinessDesk) -": the agency in brackets and a dash after
// a date make it a dateline, wherever the feed put it.
bool Scanner::agency_follows(std::size_t k) const {
    if (!sign(k, "(") || !word(k + 1) || !has_capital(t_[k + 1].text.substr(0, 1)) || !sign(k + 2, ")"))
        return false;
    const std::size_t after = sign(k + 3, ".") ? k + 4 : k + 3;
    return dash(after);
}

// "Bengaluru, Feb 11 (PTI)", "Tegucigalpa, Jan 2 (EFE).-": a place written in mixed case, a comma, the
// date and the agency in brackets.
std::size_t Scanner::agency_dateline_end() const {
    std::size_t k = 0;
    while (k < t_.size() && k < 5 && word(k) && has_capital(t_[k].text.substr(0, 1)) && !month(k))
        ++k;
    if (k == 0 || !sign(k, ",")) return 0;
    bool dated = false;
    for (++k; k < t_.size() && !sign(k, "(") && !sign(k, ":"); ++k) {
        if (!(month(k) || number(k) || sign(k, ",") || sign(k, ".") || in(lx_.ordinal_suffixes, k))) return 0;
        dated = dated || month(k);
    }
    if (!dated || k >= t_.size()) return 0;
    if (sign(k, ":")) return t_[k].end; // "Mangaluru, May 10: On the occasion…"
    if (!word(k + 1) || !has_capital(t_[k + 1].text.substr(0, 1)) || !sign(k + 2, ")")) return 0;
    return t_[k + 2].end;
}

bool Scanner::sentence_end(std::size_t k) const {
    // ("in the U.K. 37,800": initials' last point before a number ends nothing)
    const bool initials = sign(k, ".") && k >= 3 && initials_end(k - 3) == k && !word(k + 1);
    return (sign(k, ".") || sign(k, "!") || sign(k, "?") || sign(k, ";")) && k + 1 < t_.size() &&
           t_[k + 1].space_before && !initials &&
           (t_[k + 1].type != TokenType::word || has_capital(t_[k + 1].text.substr(0, 1)));
}

// "Naspers fell R45 to R3,210": a letter that is a currency only before an amount written like money
// (R, Sh, N) is one before a plain amount too when its sentence writes it so beside it.
bool Scanner::money_beside(std::size_t sign_at) const {
    const std::string& letters = t_[sign_at].text;
    for (std::size_t j = sign_at; j-- > 0 && same_sentence(j, sign_at);)
        if (sign_money_at(j, letters)) return true;
    for (std::size_t j = sign_at + 1; j < t_.size() && same_sentence(j, sign_at); ++j)
        if (sign_money_at(j, letters)) return true;
    return false;
}

bool Scanner::sign_money_at(std::size_t j, const std::string& letters) const {
    if (t_[j].text != letters || !glued(j + 1) || !number(j + 1)) return false;
    const auto& n = t_[j + 1];
    const bool scaled = word(j + 2) && lx_.scales.at(t_, j + 2).value;
    return n.grouped || n.decimal || scaled;
}

bool Scanner::same_sentence(std::size_t a, std::size_t b) const {
    return a < sentence_.size() && b < sentence_.size() && sentence_[a] == sentence_[b];
}

void Scanner::index_sentences() {
    sentence_.assign(t_.size(), 0);
    std::size_t id = 0;
    for (std::size_t k = 0; k < t_.size(); ++k) {
        sentence_[k] = id;
        if (sentence_end(k)) ++id;
    }
    sources_.assign(id + 1, std::string());
    for (std::size_t k = 0; k + 1 < t_.size(); ++k) {
        if (!(lower_is(k, "according") && lower_is(k + 1, "to")) || !sources_[sentence_[k]].empty()) continue;
        std::size_t j = k + 2;
        if (lower_is(j, "the")) ++j;
        std::string out;
        for (std::size_t n = 0; n < 8 && j < t_.size() && sentence_[j] == sentence_[k] &&
                                (word(j) || sign(j, "(") || sign(j, ")") || sign(j, "'"));
             ++n, ++j) {
            if (!out.empty() && t_[j].space_before) out += ' ';
            out += t_[j].text;
        }
        sources_[sentence_[k]] = out;
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

// "Nick Hague 44 has spent…": text stripped of its commas still gives a person's age after their
// name. A first and last name (two or three capitalised words), a two-digit number, then a verb or
// a function word; "Boeing 737", "Windows 11" and "Super Bowl 50 yards" stay labels.
bool Scanner::age_after_name(const Core& c) const {
    const std::size_t i = c.first;
    if (c.words || c.last != i || t_[i].digits != 2 || t_[i].decimal || t_[i].value < 16 || i < 2)
        return false;
    std::size_t names = 0;
    for (std::size_t k = i; k-- > 0 && names < 4;) {
        if (!word(k) || !has_capital(t_[k].text.substr(0, 1)) || stop(k) || month(k) ||
            is_possessive(t_[k].text))
            break;
        ++names;
    }
    return names >= 2 && names <= 3 && predicate_follows(i + 1);
}

// Without capitals: the words before token `end` open the sentence, are two or more, hold no function
// word and at least one word the dictionary does not know, as a person's names do ("brianne
// randall-gay"; not "the stock price").
bool Scanner::uncased_name_opens(std::size_t end) const {
    std::size_t names = 0;
    bool unknown = false;
    std::size_t k = end;
    for (; k-- > 0;) {
        if (word(k) && !stop(k)) {
            ++names;
            unknown = unknown || !english_word(t_[k].lower);
        } else if (!(dash(k) && glued(k) && glued(k + 1))) {
            break;
        }
    }
    const bool opens = k == npos || sentence_end(k);
    return opens && names >= 2 && unknown;
}

// "medvedev, 27, said…": without capitals a name is a word the dictionary does not know ("the death
// toll, 45, was" is no age), when a verb follows the age as it follows a subject.
bool Scanner::uncased_name(const Candidate& f) const {
    return uncased_ && !stop(f.first - 2) && !number_word(f.first - 2) &&
           !english_word(t_[f.first - 2].lower) && sign(f.last + 1, ",") && predicate_follows(f.last + 2);
}

// A verb or an auxiliary at token k, as after the subject of a clause: "… 44 has spent", "… 27 was
// remanded", "… 25 said".
bool Scanner::predicate_follows(std::size_t k) const {
    if (!word(k) || has_capital(t_[k].text.substr(0, 1))) return false;
    const bool verb = stop(k) || verb_follows(k) || lower_is(k, "says");
    return verb && !lx_.units.at(t_, k).value && !lx_.time_words.at(t_, k).value &&
           !in(lx_.number_prepositions, k);
}

// A verb in the past or of change at token k: the noun before it is a subject, not a counted noun.
bool Scanner::verb_follows(std::size_t k) const {
    if (!word(k)) return false;
    const std::string& w = t_[k].lower;
    return ends_with(w, "ed") || lx_.past_tenses.count(w) || lx_.change_words.count(w);
}

// "…, but only 31,000 turned up", "and 300 were laid off": the figure opens a clause (after a comma or
// a conjunction, with at most "only" or "just" between) and a verb follows it.
bool Scanner::subject_of_clause(const Candidate& f) const {
    std::size_t b = f.first;
    if (b > 0 && in(lx_.clause_adverbs, b - 1)) --b;
    if (b == 0 || !(sign(b - 1, ",") || sign(b - 1, ";") || in(lx_.clause_conjunctions, b - 1))) return false;
    const std::size_t v = f.last + 1;
    return verb_follows(v) || in(lx_.auxiliary_verbs, v);
}

// "totaled", "topped", "passed" at token k: a verb that gives an amount, with the subject before it
// naming what is counted.
bool Scanner::amount_verb(std::size_t k) const {
    return in(lx_.amount_verbs, k) || in(lx_.exceed_verbs, k) || in(lx_.pass_verbs, k);
}

// "brings to 228 the number of convenience stores", "raising to 45 the total of dead": what is
// counted, named by "the number of" right after the figure; empty when nothing is named so.
std::string Scanner::number_of_after(const Candidate& f) const {
    const std::size_t k = f.last + 1;
    // (a level, "to 228": "among children under 5 the number of deaths fell" counts no deaths)
    if (f.first == 0 || !lower_is(f.first - 1, "to")) return {};
    if (!lower_is(k, "the") ||
        !(lower_is(k + 1, "number") || lower_is(k + 1, "total") || lower_is(k + 1, "tally")) ||
        !lower_is(k + 2, "of"))
        return {};
    std::string unit;
    return noun_phrase(k + 3, f.value, unit) == npos ? std::string{} : unit;
}

// "passenger numbers rose 9% to 184 million", "visitor figures passed 2 million": the noun before
// "numbers" at the head of the subject of the verb of change before the figure; empty when none.
std::string Scanner::numbers_subject(const Candidate& f) const {
    if (f.first < 3 || !(lower_is(f.first - 1, "to") || amount_verb(f.first - 1))) return {};
    for (std::size_t k = f.first; k-- > 1 && same_sentence(k, f.first) && f.first - k <= 6;) {
        const bool verb = word(k) && (lx_.change_words.count(t_[k].lower) || amount_verb(k));
        if (!verb) continue;
        const std::size_t head = k - 1;
        // (a capital that only opens the sentence names nothing: "Visitor figures passed…")
        const bool opens = head == 1 || (head > 1 && sentence_end(head - 2));
        if (!in(lx_.amount_nouns, head) || !word(head - 1) || stop(head - 1) ||
            (has_capital(t_[head - 1].text) && !opens))
            return {};
        return noun_singular(t_[head - 1].lower);
    }
    return {};
}

// A lower-case plural noun at token k that is no verb of change ("centres"; not "rises" or "jumps"),
// after a determiner or a modifier rather than opening the clause.
bool Scanner::noun_before(std::size_t k) const {
    if (k == 0 || !plural_noun_at(k) || has_capital(t_[k].text) || stop(k) ||
        lx_.change_words.count(t_[k].lower))
        return false;
    // ("cut rates to 4.5": after a verb of change the plural is its object, not what is counted)
    return word(k - 1) && !has_capital(t_[k - 1].text) && same_sentence(k - 1, k) &&
           !lx_.change_words.count(t_[k - 1].lower);
}

// "a day", "an hour", "per week" at token k: what comes before is a rate ("42 a year earlier" is a
// level at a point in time).
bool Scanner::per_period_follows(std::size_t k) const {
    return (lower_is(k, "a") || lower_is(k, "an") || lower_is(k, "per")) && word(k + 1) &&
           lx_.per_words.count(t_[k + 1].lower) && !in(lx_.relative_time_words, k + 2);
}

// A word that can be a verb and no noun, or a present participle ("sheltering"): "a 60,000 seat
// stadium" and "a 1,000 page report" keep their nouns.
bool Scanner::verb_only(std::size_t k) const {
    const auto parts = dictionary_.parts(t_[k].lower);
    return parts.has(text::PartOfSpeech::verb) &&
           (!parts.has(text::PartOfSpeech::noun) || ends_with(t_[k].lower, "ing"));
}

// A plural noun at token k as the dictionary knows it: after a plural subject an -s word is no verb.
bool Scanner::plural_noun_at(std::size_t k) const {
    return word(k) && is_plural(lx_, t_[k].lower) &&
           dictionary_.parts(t_[k].lower).has(text::PartOfSpeech::noun);
}

// "He was 38.", "she was 17 when…": a person's age as the whole predicate.
bool Scanner::said_age(const Core& c, const Candidate& f) const {
    if (f.first < 1 || f.has_unit || c.scale != 1 || c.value < 1 || c.value > 110 ||
        c.value != std::floor(c.value))
        return false;
    const std::size_t k = c.last + 1;
    const bool ends = k >= t_.size() || sign(k, ".") || sign(k, ",") || sign(k, ";") || lower_is(k, "when");
    if (!ends) return false;
    // "He was 38.", "Randall-Gay was 17 when…", "an orphan who was 10 when…"
    const bool be = lower_is(f.first - 1, "was") || lower_is(f.first - 1, "is");
    if (be && f.first >= 2) {
        if (in(lx_.person_pronouns, f.first - 2)) return true;
        std::size_t names = 0; // a first and last name, hyphens inside it allowed
        for (std::size_t k = f.first - 1; k-- > 0;) {
            if (word(k) && has_capital(t_[k].text.substr(0, 1)) && !stop(k))
                ++names;
            else if (!(dash(k) && glued(k) && glued(k + 1)))
                break;
        }
        if (names >= 2) return true;
        if (uncased_ && uncased_name_opens(f.first - 1)) return true; // "brianne randall-gay was 17 when"
    }
    // "dies at 90", "has passed away at 94", and "At 10, she was taken…" opening a sentence
    if (!lower_is(f.first - 1, "at")) return false;
    if (f.first >= 2 && in(lx_.death_words, f.first - 2)) return true;
    return (f.first == 1 || sentence_end(f.first - 2)) && sign(k, ",") && c.value <= 20 &&
           !t_[c.first].decimal;
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
    const bool opens =
        i == 0 || sign(i - 1, ",") || sign(i - 1, ";") || sign(i - 1, ":") || sentence_end(i - 1);
    if (!opens || !glued(k)) return false;
    if (sign(k, ")")) return true;
    // "1C) Live cross…": a number and a letter
    if (word(k) && t_[k].text.size() == 1 && glued(k + 1) && sign(k + 1, ")")) return true;
    // "1. Richard…" heading a paragraph, "Answers: 1. Al-Saadi Gaddafi; 2. 2003; 3. South Africa"
    const bool listed = i == 0 || sign(i - 1, ";") || sign(i - 1, ":");
    return listed && sign(k, ".") && (word(k + 1) || (i > 0 && number(k + 1))) && !glued(k + 1);
}

// An age: kind quantity in years ("Maddon, 66,", "aged 19", "the 18-19 age group").
void Scanner::make_age(Candidate& f) const {
    f.kind = FigureKind::quantity;
    f.unit = "years old";
    f.has_unit = true;
}

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
    bool past_place = false;
    for (std::size_t k = head; k > 1 && head - k < 3 && same_sentence(k, change); --k)
        if (in(lx_.place_prepositions, k - 1) && has_capital(t_[k].text)) {
            head = k - 2;
            past_place = true;
            break;
        }
    if (!word(head) || stop(head) || has_capital(t_[head].text) || !is_plural(lx_, t_[head].lower)) return;
    std::size_t start = head;
    while (start > 0 && head - start < 2 && same_sentence(start - 1, head) && word(start - 1) &&
           !stop(start - 1) && !number_word(start - 1)) {
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
    f.unit = unit;
    rate(f); // "searches jumped to 250 a minute"
}

// "4.5m paying subscribers … up from 3.9m a year earlier": an "m" read as metres for want of a noun
// is millions when it is compared with millions.
void Scanner::millions_like(const Candidate& before, Candidate& f) const {
    if (!f.core.ambiguous_m || f.kind != FigureKind::quantity || f.core.scale != 1 || f.has_currency) return;
    if (!before.core.ambiguous_m || before.core.scale != 1e6 || !same_sentence(before.last, f.first)) return;
    if (!compared_after(f.first - 1)) return;
    f.value *= 1e6;
    f.core.scale = 1e6;
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
    if (level.kind == FigureKind::money) return (bare.core.scale > 1 || same_noun) && level.factor == 1;
    if (level.kind != FigureKind::percent || bare.core.year_like || bare.value > 100 || level.first == 0)
        return false;
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
    if (lower_is(j, "and") || lower_is(j, "or") || sign(j, ",") || (lower_is(j, "from") && alike))
        f.unit = before.unit;
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
        if (!f.inherit || !named || (g.first > f.last + 2 && !oxford && !by) || g.kind == FigureKind::date ||
            !alike)
            continue;
        // ("15 and 25 degrees below zero": both are)
        f.value = below_zero(g) ? -own : own;
        // "6 or 7 cents": the sub-unit's factor too
        if (g.kind == FigureKind::money && f.kind != FigureKind::money) {
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
        const bool joined =
            lower_is(f.first - 1, "of") || lower_is(f.first - 1, "for") || compared_after(f.core.first - 1) ||
            compared_through_the(f) || in(lx_.subset_words, f.first - 1) || in(lx_.more_words, f.last + 1) ||
            // "479 equity positions, 614 in the debt area": a share of the count, by place
            (sign(f.first - 1, ",") && in(lx_.place_prepositions, f.last + 1)) || parallel_member(f);
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
        if (joined || changed || lower_is(f.first - 1, "by") || f.core.scale > 1) {
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
                if (!(joined || (scaled_count && g.kind == FigureKind::count)) || !measured(g)) continue;
                // "27 goals in 31 appearances, three more": what a preposition ties to an earlier count
                // is not what is counted again
                // ("3 planes in 10 years, one in 2014": whatever its kind)
                if (p > 0 && in(lx_.place_prepositions, g.first - 1) &&
                    same_sentence(found[p - 1].last, g.first) && measured(found[p - 1]) &&
                    (found[p - 1].kind == g.kind || listed_by_place(f)))
                    continue;
                // "2,300 containers in 18 hours, or roughly 128 an hour" counts containers, not hours
                if (g.kind == FigureKind::duration && per_period_follows(f.last + 1)) continue;
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
    const bool modifier = word(head - 1) && !stop(head - 1) && !has_capital(t_[head - 1].text) &&
                          dictionary_.parts(t_[head - 1].lower).only(text::PartOfSpeech::noun);
    return (modifier ? t_[head - 1].lower + " " : "") + noun_singular(t_[head].lower);
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
        std::size_t end = k;
        for (std::size_t j = k + 1; j < t_.size() && j <= k + 4 && word(j); ++j) {
            if (stop(j) && j > k + 1) break;
            end = j;
        }
        if (end > k) {
            add(k + 1, end);
            return out;
        }
    }
    std::size_t from = f.first;
    for (int n = 0; n < 4 && from > 0 && word(from - 1); ++n)
        --from;
    if (from < f.first) add(from, f.first - 1);
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

Figure Scanner::to_figure(const Candidate& f) const {
    Figure out;
    out.kind = f.score ? FigureKind::count : f.kind; // (no unit from the list or level it stands in)
    out.value = tidy(f.value);
    out.unit = f.score ? std::string() : f.unit;
    out.qualifier = f.qualifier;
    out.of = f.of;
    if (f.range) out.range = std::make_pair(tidy(f.range->first), tidy(f.range->second));
    out.span = Span{para_, t_[f.first].begin, t_[f.last].end};
    out.text = encode_utf8(text_.substr(out.span.begin, out.span.end - out.span.begin));
    out.measures = measures(f);
    if (auto s = source_of(f.first); !s.empty()) out.source = s;
    return out;
}

std::vector<Figure> Scanner::run() {
    index_sentences();
    if (furniture_line()) return {};
    std::vector<Candidate> found;
    std::size_t i = correction_note_end();
    while (i < t_.size()) {
        Candidate f;
        if (date_at(i, f) || quarter_at(i, f) || decade_at(i, f) || fraction_at(i, f) ||
            article_duration_at(i, f) || fold_at(i, f)) {
            if (!f.drop && !(f.kind == FigureKind::date && agency_follows(f.last + 1))) found.push_back(f);
            last_end_ = f.last;
            i = f.last + 1;
            continue;
        }
        const auto c = core_at(i);
        if (!c) {
            ++i;
            continue;
        }
        std::size_t resume = i + 1;
        if (build(*c, f, resume, true, false)) {
            found.push_back(f);
            last_end_ = f.last;
        }
        i = std::max(resume, i + 1);
    }
    take_next_units(found);
    share_levels(found);
    listed_rates(found);
    for (auto& f : found)
        implied_noun(f);
    const std::size_t dateline = dateline_end();
    std::vector<Figure> out;
    for (const auto& f : found) {
        if (t_[f.first].begin < dateline) continue;
        out.push_back(to_figure(f));
    }
    return out;
}

} // namespace

std::vector<Figure> scan_paragraph(std::u32string_view paragraph, std::size_t para, const Language& language,
                                   const ArticleContext& context) {
    return Scanner(paragraph, para, language, context).run();
}

} // namespace parallax::extract::figures
