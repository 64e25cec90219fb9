// The figure scanner's inner parts, shared by the files that implement it (figure_scan*.cpp): the
// candidate a reader builds, and the Scanner that reads one paragraph. Not part of any public API;
// extract/figure_scan.hpp is the stage's entry point.
#pragma once

#include "extract/figure_scan.hpp"
#include "extract/figure_tokens.hpp"

#include "text/ascii.hpp"
#include "text/chars.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <optional>

namespace parallax::extract::figures::scan {
constexpr std::size_t npos = static_cast<std::size_t>(-1);

// (letters beyond ASCII count: "Ávila", "Éric", "Ørsted")
inline bool has_capital(std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
        const auto d = text::chars::decode(s, i);
        if (text::chars::is_upper(d.c)) return true;
        i += d.length;
    }
    return false;
}

inline bool has_lower_case(std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
        const auto d = text::chars::decode(s, i);
        if (text::chars::is_lower(d.c)) return true;
        i += d.length;
    }
    return false;
}

/// Whether the first letter of `s` is a capital (a whole code point, not its first byte).
inline bool starts_capital(std::string_view s) {
    return !s.empty() && text::chars::is_upper(text::chars::decode(s, 0).c);
}

// A date as ANNOTATION.md writes it: 2025.0218 for 18 February 2025, 2022.02 for February 2022 (day 0).
inline double date_value(double year, int month, double day) {
    return std::round((year + month / 100.0 + day / 10000.0) * 10000) / 10000;
}

// "MLS", "NHS": two or more letters, none of them lower case
inline bool is_acronym(const std::string& s) {
    std::size_t letters = 0;
    for (char ch : s) {
        if (ch >= 'a' && ch <= 'z') return false;
        if (ch >= 'A' && ch <= 'Z') ++letters;
    }
    return letters >= 2;
}

// "T", "HK", "YR": capital letters only
inline bool capitals_only(const std::string& s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; });
}

inline bool ends_with(const std::string& s, std::string_view tail) {
    return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

inline bool is_possessive(const std::string& s) { return ends_with(s, "'s") || ends_with(s, "\u2019s"); }

inline std::string strip_possessive(std::string s) {
    if (ends_with(s, "'s"))
        s.resize(s.size() - 2);
    else if (ends_with(s, "\u2019s"))
        s.resize(s.size() - 4);
    return s;
}

// The part after the last hyphen of a compound ("great-grandchildren" → "grandchildren"), which the
// irregular plurals are looked up by.
inline std::string last_part(const std::string& w) {
    const auto dash = w.rfind('-');
    return dash == std::string::npos ? w : w.substr(dash + 1);
}

// How many times the larger of two amounts is the smaller: lists, ranges and restatements join only
// amounts of a like size.
inline double magnitude_ratio(double a, double b) {
    a = std::abs(a);
    b = std::abs(b);
    return std::max(a, b) / std::max(1e-9, std::min(a, b));
}

// 10, 100, 1,000, 100,000…: the round denominator of a rate ("4.9 cases per 100,000 people").
inline bool power_of_ten(double v) { return v >= 10 && std::log10(v) == std::floor(std::log10(v)); }

// A whole number as plain digits ("100000"), as a rate's unit writes its denominator.
inline std::string whole_digits(double v) {
    char buf[32];
    const auto printed = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed, 0);
    return std::string(buf, printed.ptr);
}

// Plural nouns end the counted noun phrase: after a number above one the head noun is plural.
// Irregular plurals are data (plurals.txt); the rest follow the regular English endings.
inline bool is_plural(const Lexicon& lx, const std::string& w) {
    if (lx.plurals.count(w) || lx.plurals.count(last_part(w))) return true;
    if (ends_with(w, "men") && w.size() > 4) return true; // fishermen, servicemen
    if (w.size() < 3 || w.back() != 's') return false;
    return !(ends_with(w, "ss") || ends_with(w, "us") || ends_with(w, "is") || ends_with(w, "'s"));
}

inline std::string singular(const Lexicon& lx, const std::string& w) {
    if (const auto it = lx.plurals.find(w); it != lx.plurals.end()) return it->second;
    if (const auto it = lx.plurals.find(last_part(w)); it != lx.plurals.end())
        return w.substr(0, w.size() - it->first.size()) + it->second; // "great-grandchild"
    if (ends_with(w, "men") && w.size() > 4) return w.substr(0, w.size() - 3) + "man";
    // "countries" -> "country", but the short words keep their "ie": "pies", "ties", "lies"
    if (w.size() > 4 && ends_with(w, "ies")) return w.substr(0, w.size() - 3) + "y";
    if (w.size() > 3 && (ends_with(w, "ches") || ends_with(w, "shes") || ends_with(w, "sses") ||
                         ends_with(w, "xes") || ends_with(w, "zzes") ||
                         (ends_with(w, "zes") && w.size() > 4 &&
                          std::string_view("aeiou").find(w[w.size() - 4]) == std::string_view::npos)))
        // ("waltzes", "blitzes": -es; "prizes", "sizes": -s)
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
    bool plus = false; ///< "10+ million": a lower bound written between the number and its scale
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
    double factor = 1;         ///< the currency's or the unit's factor (0.01 for cents, 1e9 for bcm)
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

inline FigureKind kind_of(UnitKind k) {
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
    bool month_alone(std::size_t i) const;
    std::size_t month_span_end(std::size_t i) const;
    bool possessed_period(std::size_t k) const;
    bool holiday_ends(std::size_t k) const;
    bool name_month(std::size_t i) const;
    int possessed_month(std::size_t i) const;
    bool line_bar(std::size_t k) const;
    std::size_t month_lead(std::size_t i) const;
    int month_tense(std::size_t i) const;
    bool past_or_present(std::size_t k) const;
    bool reported(std::size_t k) const;
    bool person_month(std::size_t i, std::size_t lead) const;
    double year_of_month(int m, std::size_t first, bool alone) const;
    static constexpr int no_offset = 100;
    int year_told_after(std::size_t k) const;
    std::size_t pair_month(std::size_t k) const;
    double pair_year(std::size_t k) const;
    bool dotted_date_at(std::size_t i, Candidate& out) const;
    bool short_year_at(std::size_t i, Candidate& out) const;
    bool weekday(std::size_t k) const;
    std::string dollar_here(std::size_t k) const;
    bool names_the_us(std::size_t k) const;
    bool title_case(std::size_t k) const;
    bool turn_word(std::size_t k) const;
    bool fiscal_code_at(std::size_t i, Candidate& out) const;
    bool numeric_date_at(std::size_t i, Candidate& out) const;
    bool day_pair_at(std::size_t i, std::size_t j, Candidate& out) const;
    std::size_t after_ordinal(std::size_t k) const;
    bool quarter_at(std::size_t i, Candidate& out) const;
    bool decade_at(std::size_t i, Candidate& out) const;
    bool quarter_of_this_year(std::size_t i, int q, std::size_t j, Candidate& out, bool told = false) const;
    bool policy_cut(std::size_t k) const;
    bool quarter_of_year_told(std::size_t i, int q, std::size_t k, Candidate& out) const;
    bool statistics_month(std::size_t i) const;
    std::size_t semicolons() const;
    bool told_quarter(std::size_t i, int q, std::size_t last, Candidate& out, bool named = false) const;
    bool fraction_at(std::size_t i, Candidate& out) const;
    bool fraction_of_scale(std::size_t first, std::size_t scale, double fraction, Candidate& out) const;
    std::size_t race_time_at(std::size_t i, std::vector<Candidate>& found) const;
    std::size_t lap_time_at(std::size_t i, std::vector<Candidate>& found) const;
    bool article_duration_at(std::size_t i, Candidate& out) const;
    bool multiplier_at(std::size_t i, Candidate& out) const;
    bool fold_at(std::size_t i, Candidate& out) const;
    bool kin_count_at(std::size_t i, Candidate& out) const;
    bool unit_follows(const Core& c) const;
    bool address_follows(const Core& c) const;
    bool build(const Core& c, Candidate& f, std::size_t& resume, bool allow_range,
               bool after_connector) const;
    bool one_as_article(const Core& c) const;
    bool named_aside(std::size_t k) const;
    bool pronoun(const Core& c) const;
    std::size_t phone_number_end(std::size_t i) const;
    bool season_years(const Core& c) const;
    bool part_of_something_else(const Core& c, std::size_t& resume) const;
    bool level_verb(std::size_t k) const;
    void millions_or_metres(const Core& c, Candidate& f) const;
    void year(const Core& c, Candidate& f, bool temporal_before) const;
    bool hyphened_name(std::size_t k) const;
    bool copula_age(std::size_t k) const;
    bool unitless(const Core& c, Candidate& f) const;
    bool left_context(const Core& c, Candidate& f, bool after_connector) const;
    std::string local_code(const Currency& currency, std::size_t first) const;
    bool period_word(std::size_t k) const;
    bool version_label(const Core& c, const Candidate& f) const;
    std::size_t past_most(std::size_t j) const;
    bool quote_mark(std::size_t k) const;
    bool speaks_of(const WordSet& words) const;
    bool parallel_member(const Candidate& f) const;
    bool span_of_time(std::size_t first) const;
    bool listed_by_place(const Candidate& f) const;
    bool bare_scale_of_money(std::size_t i) const;
    bool priced_in_currency(std::size_t k) const;
    bool priced_before(std::size_t k) const;
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
    bool role_before(std::size_t noun) const;
    bool person_noun(std::size_t noun) const;
    static bool round_whole(double whole);
    bool compared_through_the(const Candidate& f) const;
    bool forecasters(const Candidate& f, std::size_t end) const;
    bool referring(std::size_t first) const;
    void join_range(Candidate& f) const;
    bool per_round_number(Candidate& f) const;
    std::size_t dialled(const Core& c) const;
    bool over_a_period(const Candidate& f) const;
    bool subtracted(std::size_t m) const;
    bool time_of_day_at(std::size_t k) const;
    bool model_name_follows(const Core& c) const;
    bool letter_money(std::size_t sign_at) const;
    bool written_like_money(const Core& c) const;
    double shared_scale(const Core& first, const Core& second) const;
    double shared_groups(const Core& first, const Core& second) const;
    bool model_variant(const Core& first, const Core& second) const;
    bool score(const Core& first, const Core& second) const;
    std::string score_noun(const Candidate& f) const;
    bool result_told(std::size_t pair, std::size_t after) const;
    bool result_after_name(const Core& c) const;
    std::size_t noun_phrase(std::size_t from, double value, std::string& unit) const;
    bool modifier_of_plural(std::size_t k) const;
    bool plural_ahead(std::size_t k) const;
    std::size_t model_label_end(std::size_t k) const;
    std::size_t initials_end(std::size_t k) const;
    std::string label_code(std::size_t first, std::size_t last) const;
    bool singular_continues(std::size_t k) const;
    std::size_t head_complement(std::size_t end, std::vector<std::string>& words) const;
    std::string phrase_name(const std::vector<std::string>& words) const;
    bool names_nothing(const std::vector<std::string>& words, std::size_t start, std::size_t end, bool plural,
                       double value) const;
    void qualifier_before(Candidate& f) const;
    bool titled_number_word(const Core& c) const;
    bool plural_in_a_name(std::size_t k) const;
    bool listed_label(const Core& c) const;
    bool citation(const Core& c) const;
    bool plural_label(std::size_t i) const;
    bool verb_before_article(std::size_t k) const;
    bool capital_plural_ahead(std::size_t k) const;
    bool age_of_life(const Core& c, const Candidate& f) const;
    bool bound_age(const Core& c, const Candidate& f) const;
    bool plain_age(const Core& c) const;
    bool roughly_told_year(const Candidate& f) const;
    bool era_year(const Core& c, Candidate& f) const;
    bool era_before(const Core& c) const;
    /// A temperature read as "… below zero" (negative, its text ending in "zero").
    bool below_zero(const Candidate& f) const { return f.value < 0 && lower_is(f.last, "zero"); }
    bool tie_word(const std::string& w) const;
    bool is_name_word(std::size_t i) const;

    std::size_t dateline_end() const;
    std::size_t agency_dateline_end() const;
    bool gapped_member(const Core& c) const;
    bool code_around(const Core& c) const;
    bool timetabled(const Core& c) const;
    bool stamp_word(std::size_t k) const;
    bool stop_contraction(std::size_t k) const;
    bool stamp_line(const std::vector<Candidate>& found) const;
    bool stamped(std::size_t date, std::size_t last) const;
    bool agency_follows(std::size_t k) const;
    bool furniture_line() const;
    std::size_t byline_end() const;
    std::size_t correction_note_end() const;
    bool fraction_of_one_unit(std::size_t i, Candidate& out) const;
    void of_one_unit(Candidate& out, const Unit& unit, double share, std::size_t last) const;
    bool sentence_end(std::size_t k) const;
    bool same_sentence(std::size_t a, std::size_t b) const;
    std::pair<std::size_t, std::size_t> sentence_of(std::size_t k) const;
    bool elliptical(const Candidate& level, const Candidate& bare) const;
    bool continues_list(const Candidate& before, const Candidate& after) const;
    bool dimension_follows(std::size_t k) const;
    bool hyphenated_by(std::size_t k) const;
    bool list_marker(const Core& c) const;
    bool said_age(const Core& c, const Candidate& f) const;
    bool averaged_age(const Core& c, const Candidate& f) const;
    void make_year(Candidate& f) const;
    void make_age(Candidate& f) const;
    bool compared_after(std::size_t k) const;
    bool comparative(std::size_t k) const;
    bool verb_follows(std::size_t k) const;
    bool plural_noun_at(std::size_t k) const;
    bool verb_only(std::size_t k) const;
    bool opens_clause(std::size_t i) const;
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
    void shared_head(std::vector<Candidate>& found) const;
    void poll_points(std::vector<Candidate>& found) const;
    void zero_rates(std::vector<Candidate>& found) const;
    void fronted_wholes(std::vector<Candidate>& found) const;
    void exchange_rates(std::vector<Candidate>& found) const;
    std::string denominator_before(std::size_t& last) const;
    void implied_from(std::vector<Candidate>& found) const;
    std::string counted_before(const std::vector<Candidate>& found, std::size_t k) const;
    std::string plural_before_from_to(const Candidate& f) const;
    void millions_like(const Candidate& before, Candidate& f) const;
    void same_rate(std::vector<Candidate>& found, std::size_t k) const;
    void implied_noun(Candidate& f) const;
    void index_sentences();
    std::string measures(const Candidate& f) const;
    std::string source_of(std::size_t token) const;
    Figure to_figure(const Candidate& f) const;
    static void as_age(Figure& out);
    void one_as_pronoun(const Core& c, Candidate& f) const;
    void run_distance(Candidate& f) const;
    bool rates_told(std::size_t k) const;

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

} // namespace parallax::extract::figures::scan
