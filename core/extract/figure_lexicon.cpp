#include "extract/figure_lexicon.hpp"

#include "text/ascii.hpp"

#include <cctype>
#include <charconv>
#include <cmath>
#include <fstream>
#include <functional>
#include <stdexcept>

namespace parallax::extract::figures {

namespace {

std::string key_of(const std::vector<Token>& tokens, std::size_t from, std::size_t length, bool folded) {
    std::string key;
    for (std::size_t k = from; k < from + length; ++k) {
        if (k > from) key += ' ';
        key += folded ? tokens[k].lower : tokens[k].text;
    }
    return key;
}

bool has_capital(const std::string& s) {
    for (char c : s)
        if (c >= 'A' && c <= 'Z') return true;
    return false;
}

std::string trim(std::string_view s) { return std::string(text::trim_ascii(s)); }

class LineError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Calls `row` with the fields of every entry line; errors name the file and the line.
void read_rows(const std::filesystem::path& path, std::size_t fields, std::size_t optional,
               const std::function<void(const std::vector<std::string>&)>& row) {
    std::ifstream in(path);
    if (!in) throw std::runtime_error("figure lexicon " + path.string() + ": cannot open the file");
    std::string line;
    std::size_t number = 0;
    std::unordered_map<std::string, std::size_t> first_seen; // an entry given twice is a slip, not a wish
    while (std::getline(in, line)) {
        ++number;
        const std::string t = trim(line);
        if (t.empty() || t[0] == '#') continue;
        std::vector<std::string> parts;
        std::size_t start = 0;
        while (true) {
            // " | " separates fields, so a surface may itself be "|"-free signs like "b/d"
            const auto bar = t.find(" | ", start);
            parts.push_back(
                trim(t.substr(start, bar == std::string::npos ? std::string::npos : bar - start)));
            if (bar == std::string::npos) break;
            start = bar + 3;
        }
        const auto where = path.string() + ":" + std::to_string(number) + ": ";
        if (parts.size() < fields || parts.size() > fields + optional)
            throw std::runtime_error("figure lexicon " + where + "expected " + std::to_string(fields) +
                                     (optional ? " or " + std::to_string(fields + optional) : std::string()) +
                                     " field(s) separated by \" | \", found " + std::to_string(parts.size()));
        for (const auto& p : parts)
            if (p.empty()) throw std::runtime_error("figure lexicon " + where + "empty field");
        if (const auto [it, fresh] = first_seen.emplace(parts[0], number); !fresh)
            throw std::runtime_error("figure lexicon " + where + "\"" + parts[0] + "\" is already on line " +
                                     std::to_string(it->second));
        try {
            row(parts);
        } catch (const LineError& e) {
            throw std::runtime_error("figure lexicon " + where + e.what());
        }
    }
}

void read_rows(const std::filesystem::path& path, std::size_t fields,
               const std::function<void(const std::vector<std::string>&)>& row) {
    read_rows(path, fields, 0, row);
}

double number_field(const std::string& s) {
    double v = 0;
    const auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || p != s.data() + s.size()) throw LineError("not a number: \"" + s + "\"");
    return v;
}

Where where_field(const std::string& s) {
    if (s == "any") return Where::any;
    if (s == "glued") return Where::glued;
    throw LineError("expected any or glued, found \"" + s + "\"");
}

Qualifier qualifier_field(const std::string& s) {
    if (s == "exact") return Qualifier::exact;
    if (s == "approx") return Qualifier::approx;
    if (s == "at_least") return Qualifier::at_least;
    if (s == "at_most") return Qualifier::at_most;
    throw LineError("expected exact, approx, at_least or at_most, found \"" + s + "\"");
}

CurrencyPlace place_field(const std::string& s) {
    if (s == "prefix") return CurrencyPlace::prefix;
    if (s == "suffix") return CurrencyPlace::suffix;
    if (s == "both") return CurrencyPlace::both;
    if (s == "scaled") return CurrencyPlace::scaled;
    if (s == "glued") return CurrencyPlace::glued;
    if (s == "guarded") return CurrencyPlace::guarded;
    throw LineError("expected prefix, suffix, both, scaled, glued or guarded, found \"" + s + "\"");
}

UnitKind kind_field(const std::string& s) {
    if (s == "quantity") return UnitKind::quantity;
    if (s == "percent") return UnitKind::percent;
    if (s == "duration") return UnitKind::duration;
    if (s == "count") return UnitKind::count;
    if (s == "age") return UnitKind::age;
    throw LineError("expected quantity, percent, duration, count or age, found \"" + s + "\"");
}

std::string lower(std::string_view s) { return text::ascii_lower(s); }

void read_set(const std::filesystem::path& path, std::unordered_set<std::string>& out) {
    read_rows(path, 1, [&](const auto& f) { out.insert(lower(f[0])); });
}

} // namespace

template <typename T> void PhraseTable<T>::add(const std::string& surface, T value) {
    const auto tokens = tokenize(decode_utf8(surface));
    if (tokens.empty()) throw LineError("empty phrase");
    // single letters are units or scales only as written: "g" is a gram, "G" in "5G" is not
    const bool exact =
        has_capital(surface) || (surface.size() == 1 && std::isalpha(static_cast<unsigned char>(surface[0])));
    (exact ? exact_ : folded_)[key_of(tokens, 0, tokens.size(), !exact)] = std::move(value);
    longest_ = std::max(longest_, tokens.size());
}

template <typename T>
typename PhraseTable<T>::Match PhraseTable<T>::lookup(const std::vector<Token>& tokens, std::size_t from,
                                                      std::size_t length) const {
    if (auto it = exact_.find(key_of(tokens, from, length, false)); it != exact_.end())
        return {&it->second, length};
    if (auto it = folded_.find(key_of(tokens, from, length, true)); it != folded_.end())
        return {&it->second, length};
    return {};
}

template <typename T>
typename PhraseTable<T>::Match PhraseTable<T>::at(const std::vector<Token>& tokens, std::size_t i) const {
    for (std::size_t n = std::min(longest_, tokens.size() - std::min(i, tokens.size())); n > 0; --n)
        if (auto m = lookup(tokens, i, n); m.value) return m;
    return {};
}

template <typename T>
typename PhraseTable<T>::Match PhraseTable<T>::before(const std::vector<Token>& tokens,
                                                      std::size_t end) const {
    for (std::size_t n = std::min(longest_, end); n > 0; --n)
        if (auto m = lookup(tokens, end - n, n); m.value) return m;
    return {};
}

template class PhraseTable<Scale>;
template class PhraseTable<Currency>;
template class PhraseTable<Unit>;
template class PhraseTable<Qualifier>;
template class PhraseTable<bool>;

Lexicon Lexicon::load(const std::filesystem::path& folder) {
    const auto dir = folder / "figures";
    Lexicon lx;
    read_rows(dir / "number_words.txt", 2,
              [&](const auto& f) { lx.number_words[lower(f[0])] = number_field(f[1]); });
    read_rows(dir / "scales.txt", 3, [&](const auto& f) {
        lx.scales.add(f[0], Scale{number_field(f[1]), where_field(f[2])});
    });
    read_rows(dir / "currencies.txt", 4, [&](const auto& f) {
        lx.currencies.add(f[0], Currency{f[1], number_field(f[2]), place_field(f[3])});
    });
    read_rows(dir / "units.txt", 4, 1, [&](const auto& f) {
        lx.units.add(f[0],
                     Unit{kind_field(f[1]), f[2], where_field(f[3]), f.size() > 4 ? number_field(f[4]) : 1});
    });
    read_rows(dir / "unit_names.txt", 2, [&](const auto& f) { lx.unit_names[f[0]] = f[1]; });
    read_rows(dir / "units_before.txt", 3, [&](const auto& f) {
        lx.units_before.add(f[0], Unit{kind_field(f[1]), f[2], Where::any});
    });
    read_rows(dir / "qualifiers.txt", 2,
              [&](const auto& f) { lx.qualifiers.add(f[0], qualifier_field(f[1])); });
    read_rows(dir / "qualifiers_after.txt", 2,
              [&](const auto& f) { lx.qualifiers_after.add(f[0], qualifier_field(f[1])); });
    read_rows(dir / "time_words.txt", 1, [&](const auto& f) { lx.time_words.add(lower(f[0]), true); });
    read_rows(dir / "fractions.txt", 2,
              [&](const auto& f) { lx.fractions[lower(f[0])] = number_field(f[1]); });
    read_rows(dir / "months.txt", 2, [&](const auto& f) {
        const double m = number_field(f[1]);
        if (m < 1 || m > 12) throw LineError("a month number is 1 to 12");
        lx.months[lower(f[0])] = static_cast<int>(m);
    });
    read_set(dir / "name_words.txt", lx.name_words);
    read_set(dir / "address_words.txt", lx.address_words);
    read_set(dir / "stop_words.txt", lx.stop_words);
    read_set(dir / "past_tenses.txt", lx.past_tenses);
    read_rows(dir / "plurals.txt", 2, [&](const auto& f) { lx.plurals[lower(f[0])] = lower(f[1]); });
    read_rows(dir / "group_nouns.txt", 2, [&](const auto& f) { lx.group_nouns[lower(f[0])] = lower(f[1]); });
    read_set(dir / "age_bound_nouns.txt", lx.age_bound_nouns);
    read_set(dir / "year_nouns.txt", lx.year_nouns);
    read_set(dir / "added_words.txt", lx.added_words);
    read_set(dir / "label_abbreviations.txt", lx.label_abbreviations);
    read_rows(dir / "adjective_forms.txt", 2,
              [&](const auto& f) { lx.adjective_forms[lower(f[0])] = lower(f[1]); });
    read_set(dir / "per_words.txt", lx.per_words);
    read_set(dir / "change_words.txt", lx.change_words);
    read_set(dir / "length_words.txt", lx.length_words);
    read_rows(dir / "local_dollars.txt", 2, [&](const auto& f) { lx.local_dollars[lower(f[0])] = f[1]; });
    read_set(dir / "shared_currency_names.txt", lx.shared_currency_names);
    read_rows(dir / "outlet_dollars.txt", 2, [&](const auto& f) { lx.outlet_dollars[f[0]] = f[1]; });
    read_rows(dir / "outlet_cents.txt", 2, [&](const auto& f) { lx.outlet_cents[f[0]] = f[1]; });
    read_rows(dir / "home_countries.txt", 2, [&](const auto& f) { lx.home_countries[f[0]] = f[1]; });
    read_rows(dir / "local_currencies.txt", 3,
              [&](const auto& f) { lx.local_currencies[f[1]][f[0]] = f[2]; });
    read_set(dir / "lower_case_months.txt", lx.lower_case_months);
    read_set(dir / "temperature_words.txt", lx.temperature_words);
    read_set(dir / "heat_words.txt", lx.heat_words);
    read_set(dir / "version_words.txt", lx.version_words);
    const auto add_capital_word = [&](const std::string& word) {
        const auto low = lower(word);
        if (word.size() < 2) return; // "C", "A": too many other things in lower case
        if (lx.currencies.has_folded(low) || lx.units.has_folded(low) || lx.scales.has_folded(low)) return;
        // two spellings of one lower-case form ("MB", "Mb"): the upper-case one, else the first in order,
        // so the choice does not hang on the order of a hash table
        auto [it, fresh] = lx.capital_words.emplace(low, word);
        const auto upper_case = [](const std::string& w) {
            return w.find_first_of("abcdefghijklmnopqrstuvwxyz") == std::string::npos;
        };
        if (!fresh && (upper_case(word) > upper_case(it->second) ||
                       (upper_case(word) == upper_case(it->second) && word < it->second)))
            it->second = word;
    };
    lx.currencies.each_capital_word([&](const std::string& word) {
        if (word.size() == 1) lx.currency_letters.insert(lower(word));
        add_capital_word(word);
    });
    lx.units.each_capital_word(add_capital_word);
    read_rows(dir / "ordinals.txt", 2, [&](const auto& f) {
        const double n = number_field(f[1]);
        if (n < 1 || n != std::floor(n)) throw LineError("an ordinal's number is a whole number from 1");
        lx.ordinals[lower(f[0])] = static_cast<int>(n);
    });
    read_set(dir / "ordinal_suffixes.txt", lx.ordinal_suffixes);
    read_set(dir / "date_prepositions.txt", lx.date_prepositions);
    read_set(dir / "time_prepositions.txt", lx.time_prepositions);
    read_set(dir / "year_lead_words.txt", lx.year_lead_words);
    read_set(dir / "statute_words.txt", lx.statute_words);
    read_set(dir / "game_words.txt", lx.game_words);
    read_set(dir / "year_prefixes.txt", lx.year_prefixes);
    read_set(dir / "duration_per_words.txt", lx.duration_per_words);
    read_set(dir / "frequency_words.txt", lx.frequency_words);
    read_set(dir / "relative_time_words.txt", lx.relative_time_words);
    read_set(dir / "compared_words.txt", lx.compared_words);
    read_set(dir / "level_words.txt", lx.level_words);
    read_set(dir / "compared_level_words.txt", lx.compared_level_words);
    read_set(dir / "amount_verbs.txt", lx.amount_verbs);
    read_set(dir / "clause_conjunctions.txt", lx.clause_conjunctions);
    read_set(dir / "clause_adverbs.txt", lx.clause_adverbs);
    read_set(dir / "auxiliary_verbs.txt", lx.auxiliary_verbs);
    read_set(dir / "exceed_verbs.txt", lx.exceed_verbs);
    read_set(dir / "place_prepositions.txt", lx.place_prepositions);
    read_set(dir / "subset_words.txt", lx.subset_words);
    read_set(dir / "forecast_verbs.txt", lx.forecast_verbs);
    read_set(dir / "quarter_nouns.txt", lx.quarter_nouns);
    read_set(dir / "month_data_words.txt", lx.month_data_words);
    read_set(dir / "amount_nouns.txt", lx.amount_nouns);
    read_set(dir / "furniture_labels.txt", lx.furniture_labels);
    read_set(dir / "screen_words.txt", lx.screen_words);
    read_set(dir / "day_part_words.txt", lx.day_part_words);
    read_set(dir / "month_lead_words.txt", lx.month_lead_words);
    read_set(dir / "habit_words.txt", lx.habit_words);
    read_set(dir / "holiday_words.txt", lx.holiday_words);
    read_rows(dir / "furniture_phrases.txt", 2, [&](const auto& f) {
        std::vector<std::string> words;
        for (const auto& t : tokenize(decode_utf8(f[0])))
            if (t.type == TokenType::word) words.push_back(t.lower);
        if (words.empty()) throw LineError("a phrase needs a word");
        if (f[1] != "start" && f[1] != "any")
            throw LineError("expected start or any, found \"" + f[1] + "\"");
        lx.furniture_phrases.emplace_back(std::move(words), f[1] == "any");
    });
    read_set(dir / "correction_words.txt", lx.correction_words);
    read_set(dir / "emergency_numbers.txt", lx.emergency_numbers);
    read_set(dir / "call_words.txt", lx.call_words);
    read_set(dir / "phone_words.txt", lx.phone_words);
    read_set(dir / "over_bound_words.txt", lx.over_bound_words);
    read_set(dir / "result_words.txt", lx.result_words);
    read_set(dir / "odds_words.txt", lx.odds_words);
    read_set(dir / "poll_words.txt", lx.poll_words);
    read_set(dir / "poll_point_words.txt", lx.poll_point_words);
    read_set(dir / "measure_subjects.txt", lx.measure_subjects);
    read_set(dir / "person_nouns.txt", lx.person_nouns);
    read_set(dir / "price_words.txt", lx.price_words);
    read_set(dir / "calling_words.txt", lx.calling_words);
    read_set(dir / "more_words.txt", lx.more_words);
    read_set(dir / "back_pronouns.txt", lx.back_pronouns);
    read_set(dir / "pass_verbs.txt", lx.pass_verbs);
    read_set(dir / "named_half_words.txt", lx.named_half_words);
    read_set(dir / "whole_determiners.txt", lx.whole_determiners);
    read_set(dir / "determiners.txt", lx.determiners);
    read_set(dir / "ranks.txt", lx.ranks);
    read_set(dir / "count_qualifying_words.txt", lx.count_qualifying_words);
    read_set(dir / "plural_modifiers.txt", lx.plural_modifiers);
    read_set(dir / "object_words.txt", lx.object_words);
    read_set(dir / "definite_determiners.txt", lx.definite_determiners);
    read_set(dir / "referring_words.txt", lx.referring_words);
    read_set(dir / "pronoun_one_words.txt", lx.pronoun_one_words);
    read_set(dir / "one_source_verbs.txt", lx.one_source_verbs);
    read_set(dir / "one_instance_nouns.txt", lx.one_instance_nouns);
    read_set(dir / "age_group_words.txt", lx.age_group_words);
    read_set(dir / "person_determiners.txt", lx.person_determiners);
    read_set(dir / "person_pronouns.txt", lx.person_pronouns);
    read_set(dir / "subject_pronouns.txt", lx.subject_pronouns);
    read_set(dir / "death_words.txt", lx.death_words);
    read_set(dir / "number_prepositions.txt", lx.number_prepositions);
    return lx;
}

} // namespace parallax::extract::figures
