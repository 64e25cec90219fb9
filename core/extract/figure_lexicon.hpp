// Figures: the word lists the figure finder reads from configs/lexicons/figures/ (see the README
// there for the file formats). Everything language-specific lives in those files, not in the code.
#pragma once

#include "extract/figure_tokens.hpp"

#include <parallax/figure.hpp>

#include <algorithm>
#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace parallax::extract::figures {

/// Phrases of one or more tokens. A phrase written in lower case matches any capitalisation; one
/// holding a capital matches only as written.
template <typename T> class PhraseTable {
public:
    void add(const std::string& surface, T value);

    struct Match {
        const T* value = nullptr;
        std::size_t length = 0; ///< tokens matched
    };
    /// The longest phrase that starts at token `i`.
    Match at(const std::vector<Token>& tokens, std::size_t i) const;
    /// The longest phrase that ends just before token `end`.
    Match before(const std::vector<Token>& tokens, std::size_t end) const;
    /// Calls `f` with every word that a phrase holds in capitals ("US" of "US$", "RM", "Gt", "R").
    template <typename F> void each_capital_word(F f) const;
    /// Whether a phrase of one token matches `lower` in any capitalisation.
    bool has_folded(const std::string& lower) const { return folded_.count(lower) != 0; }
    /// The value of the one-token phrase `lower` that matches in any capitalisation, or nullptr.
    const T* folded(const std::string& lower) const {
        const auto it = folded_.find(lower);
        return it == folded_.end() ? nullptr : &it->second;
    }

private:
    Match lookup(const std::vector<Token>& tokens, std::size_t from, std::size_t length) const;
    std::unordered_map<std::string, T> exact_;
    std::unordered_map<std::string, T> folded_;
    std::size_t longest_ = 0;
};

template <typename T> template <typename F> void PhraseTable<T>::each_capital_word(F f) const {
    for (const auto& [key, value] : exact_) {
        std::size_t start = 0;
        while (start <= key.size()) {
            const auto space = std::min(key.find(' ', start), key.size());
            const auto part = key.substr(start, space - start);
            if (part.find_first_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ") != std::string::npos) f(part);
            start = space + 1;
        }
    }
}

enum class Where { any, glued };

struct Scale {
    double multiplier = 1;
    Where where = Where::any;
};

/// Where a currency stands: before the amount, after it, either; after it only when the amount has a
/// scale word ("5 million pounds"); glued after it ("164p"); or before an amount written like money
/// only ("PS6m", "R5 billion").
enum class CurrencyPlace { prefix, suffix, both, scaled, glued, guarded };

struct Currency {
    std::string code;
    double factor = 1;
    CurrencyPlace place = CurrencyPlace::prefix;
};

enum class UnitKind { quantity, percent, duration, count, age };

struct Unit {
    UnitKind kind = UnitKind::quantity;
    std::string unit;
    Where where = Where::any;
    double factor = 1; ///< a scale the symbol holds: "bcm" is a billion m3, "mb/d" a million bbl/d
};

/// Words of one class, in lower case.
using WordSet = std::unordered_set<std::string>;

struct Lexicon {
    std::unordered_map<std::string, double> number_words;
    PhraseTable<Scale> scales;
    PhraseTable<Currency> currencies;
    PhraseTable<Unit> units;
    std::unordered_map<std::string, std::string> unit_names; ///< unit symbol → name ("bbl" → "barrel")
    PhraseTable<Unit> units_before; ///< units written before the number ("magnitude 7.5")
    PhraseTable<Qualifier> qualifiers;
    PhraseTable<Qualifier> qualifiers_after;
    PhraseTable<bool> time_words;
    std::unordered_map<std::string, double> fractions;
    std::unordered_map<std::string, int> months;
    WordSet name_words;
    WordSet address_words;
    WordSet stop_words;
    std::unordered_map<std::string, std::string> plurals;         ///< irregular plural → singular
    WordSet past_tenses;                                          ///< irregular past tenses ("fell", "lost")
    std::unordered_map<std::string, std::string> adjective_forms; ///< "smaller" → "small"
    std::unordered_map<std::string, std::string>
        group_nouns;             ///< "crew of seven" → "crew", "mother" → "child"
    WordSet age_bound_nouns;     ///< "children under 13": people whose bound is an age
    WordSet year_nouns;          ///< "1987 results": plurals a year before names the period of
    WordSet added_words;         ///< "an additional 200,000 workers": qualify the count before it
    WordSet label_abbreviations; ///< "No. 1", "p. 135": label words written short with a point
    WordSet per_words;
    WordSet change_words;
    WordSet length_words;
    std::unordered_map<std::string, std::string> local_dollars; ///< country domain → ISO code
    WordSet shared_currency_names; ///< "pesos", "Rs": currency names several countries use
    std::unordered_map<std::string, std::string> outlet_dollars; ///< outlet name → ISO code of its "$"
    /// country domain (".za") or outlet name → ISO code of its bare cents, where not its dollar's
    std::unordered_map<std::string, std::string> outlet_cents;
    std::unordered_map<std::string, std::string> home_countries; ///< ".pk" or outlet name → country word
    /// a bare currency name's usual code → (a country's word → the code it means there)
    std::unordered_map<std::string, std::unordered_map<std::string, std::string>> local_currencies;

    // dates and years
    /// a capitalised word of a currency or unit by its lower-case form ("rm" → "RM"), for text
    /// written without capitals; none whose lower-case form is a currency or unit of its own ("nm")
    std::unordered_map<std::string, std::string> capital_words;
    WordSet currency_letters;  ///< "r", "n": a currency's single capital letter ("R25"), in lower case
    WordSet temperature_words; ///< "temperature", "chill": "-8c" there is Celsius, not cents
    WordSet heat_words;        ///< "heated", "warming": with the above, "300 C at" is Celsius
    WordSet version_words;     ///< "release", "kernel": "the 2.6 release" is a version's number
    WordSet lower_case_months; ///< months that are months in lower case too ("january", not "may")
    std::unordered_map<std::string, int> ordinals; ///< "second" → 2, for "the second quarter"
    WordSet ordinal_suffixes;                      ///< "st", "th" of "22nd", "18th"
    WordSet date_prepositions;                     ///< "on", "since" before a slashed date ("on 3/4")
    WordSet time_prepositions; ///< "in", "fiscal": the year-like number after them is a year
    WordSet year_lead_words;   ///< "the", "between": the same when no counted noun follows
    WordSet statute_words;     ///< "act", "bill": a year after one of them is part of a law's name
    WordSet game_words;        ///< "points", "scored": "in the first quarter" is then a period of play
    WordSet year_prefixes;     ///< "mid", "pre" hyphened before a year ("mid-2024")
    // rates and durations
    WordSet duration_per_words;  ///< periods a duration is a rate of ("10 hours a day")
    WordSet frequency_words;     ///< "twice", "per" before "a year": a rate, not a duration
    WordSet relative_time_words; ///< "ago", "earlier" after "a year": a point in time
    // levels put beside one another
    WordSet compared_words;       ///< "from", "than", "versus": a level put beside another
    WordSet level_words;          ///< "to", "at" before a level rather than a change
    WordSet compared_level_words; ///< "from", "than" before a bare level compared with one
    WordSet amount_verbs;         ///< "totaled": the plural noun before it is what is counted
    WordSet clause_adverbs;       ///< "only", "just" between such a conjunction and the number
    WordSet clause_conjunctions;  ///< "but", "while" before a bare number that opens a clause
    WordSet auxiliary_verbs;      ///< "were", "have" after it: the number is the clause's subject
    WordSet emergency_numbers;    ///< "911", "999": before a word of calling, a service's number
    WordSet call_words;           ///< "call", "dispatcher" after such a number
    WordSet price_words;          ///< "costs", "fare": before R, Sh, N they make a plain amount a price
    WordSet odds_words;           ///< "odds", "favourite": a hyphened pair in their sentence is odds
    WordSet poll_words;           ///< "poll", "survey": a sentence about polls
    WordSet poll_point_words;     ///< "lead", "approval": points tied to a standing in a poll
    WordSet measure_subjects;     ///< "temperatures", "scores": a level after them counts none of them
    WordSet person_nouns;         ///< "minister", "mother": a bare number told of one is an age
    WordSet result_words;         ///< "beat", "win": they make a hyphened pair a result ("2-1")
    WordSet over_bound_words;     ///< "for", "lasted": before "over" and a period, "over" is "more than"
    WordSet phone_words;          ///< "hotline", "dial": right before a telephone number
    WordSet calling_words;        ///< "contact", "text": before a name, "on" and a telephone number
    WordSet furniture_labels;     ///< "related", "read more" before a colon opening a paragraph: a link
    WordSet screen_words;     ///< "resolution", "video" after "4K"/"8K": a screen's resolution, not thousands
    WordSet day_part_words;   ///< "morning", "dinner" near "at eight": an hour of the day, no figure
    WordSet month_lead_words; ///< "in", "since", "early" before a month named alone: a date
    WordSet holiday_words;    ///< "Christmas" before a year: the year, no name's number
    WordSet habit_words;      ///< "usually", "every": a sentence of habits names no month's date
    /// "this article was first published": a line about the article, not the news (words, lower case),
    /// and whether it may stand anywhere in the paragraph rather than open it
    std::vector<std::pair<std::vector<std::string>, bool>> furniture_phrases;
    WordSet correction_words; ///< "adds", "corrects" opening an agency's bracketed note on the story
    WordSet amount_nouns; ///< "numbers", "figures": "passenger numbers rose to 184 million" counts passengers
    WordSet quarter_nouns;      ///< "profit" after "third-quarter": a quarter of the publication year
    WordSet month_data_words;   ///< "exports" after "August" opening a sentence: the month a statistic covers
    WordSet forecast_verbs;     ///< "expected" after "than the 240,000 economists (had)": they forecast
    WordSet subset_words;       ///< "including" before a bare number: part of what was just counted
    WordSet more_words;         ///< "more", "fewer" after a bare number: more of what was counted
    WordSet back_pronouns;      ///< "them", "which" after "40 of": what was counted before
    WordSet place_prepositions; ///< "in", "across" before a name after a subject ("cases in Brazil")
    WordSet exceed_verbs;       ///< "topped", "exceeds" before a figure: more than it
    WordSet pass_verbs; ///< "passed", "crossed": the same unless a noun is counted ("passed 12 bills")
    // what a count counts, and counts that are references
    WordSet named_half_words;       ///< "the", "other" before "half": one half, not a fraction
    WordSet whole_determiners;      ///< "the", "its" after "of": "23 of the 32 members"
    WordSet determiners;            ///< before an adjective and a count ("a record 32 goals")
    WordSet ranks;                  ///< "first", "last" there: no description of what is counted
    WordSet count_qualifying_words; ///< "more", "total" between a count and its noun
    WordSet plural_modifiers;       ///< "straight", "monthly" before a plural noun ("11 straight games")
    WordSet object_words;           ///< "to", "them" after a verb: its object follows
    WordSet definite_determiners;   ///< "the", "these" before a small number word: a reference
    WordSet referring_words;        ///< "all", "top" before a small number word: a reference
    WordSet pronoun_one_words;      ///< "no", "every" before "one": a pronoun
    WordSet one_source_verbs;       ///< "said" after "one official": an unnamed source
    WordSet one_instance_nouns;     ///< "example" after "one": an instance, not a count
    // ages
    WordSet age_group_words;     ///< "age group": the numbers before it are ages
    WordSet person_determiners;  ///< "the", "his" before a role: "the mayor, 52," is an age
    WordSet person_pronouns;     ///< "he", "who" before "was" and an age
    WordSet subject_pronouns;    ///< "we", "I" after "one day": a time told, not a period
    WordSet death_words;         ///< "died", "away" before "at" and an age
    WordSet number_prepositions; ///< "of", "per" after a number: no predicate, so no age

    /// Reads every file; a missing or malformed file throws std::runtime_error naming file and line.
    static Lexicon load(const std::filesystem::path& folder);
};

} // namespace parallax::extract::figures
