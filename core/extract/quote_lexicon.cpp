#include "extract/quote_lexicon.hpp"

#include "text/normalize.hpp"

#include <algorithm>
#include <cstring>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace parallax::extract::quotes {

namespace {

namespace fs = std::filesystem;

/// One non-comment line of a lexicon file, with where it came from for error messages.
struct Line {
    std::string text;
    std::size_t number = 0;
};

std::string trim(std::string_view s) {
    const auto first = s.find_first_not_of(" \t\r");
    if (first == std::string_view::npos) return {};
    const auto last = s.find_last_not_of(" \t\r");
    return std::string(s.substr(first, last - first + 1));
}

std::vector<std::string> split_words(std::string_view s) {
    std::vector<std::string> out;
    std::istringstream in{std::string(s)};
    for (std::string w; in >> w;)
        out.push_back(w);
    return out;
}

std::vector<std::string> split_on(std::string_view s, char sep) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= s.size()) {
        const auto at = s.find(sep, start);
        const auto end = at == std::string_view::npos ? s.size() : at;
        out.push_back(trim(s.substr(start, end - start)));
        if (at == std::string_view::npos) break;
        start = at + 1;
    }
    return out;
}

[[noreturn]] void fail(const fs::path& file, std::size_t line, const std::string& why) {
    throw std::runtime_error("lexicon " + file.string() + ":" + std::to_string(line) + ": " + why);
}

/// The meaningful lines of a file: comments ('#' to the end) and blank lines dropped.
std::vector<Line> read_lines(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw std::runtime_error("lexicon " + file.string() + ": cannot be read");
    std::vector<Line> lines;
    std::string raw;
    for (std::size_t n = 1; std::getline(in, raw); ++n) {
        if (const auto hash = raw.find('#'); hash != std::string::npos) raw.erase(hash);
        std::string t = trim(raw);
        if (n == 1 && t.rfind("\xEF\xBB\xBF", 0) == 0) t = trim(t.substr(3));
        if (!t.empty()) lines.push_back({std::move(t), n});
    }
    return lines;
}

/// Folded words of an entry; '_' joins the words of a multi-word verb form ("pointed_out").
std::vector<std::string> folded_words(std::string_view entry) {
    std::string spaced(entry);
    std::replace(spaced.begin(), spaced.end(), '_', ' ');
    std::vector<std::string> words;
    for (auto& w : split_words(spaced))
        words.push_back(fold(w));
    return words;
}

CueClass parse_cue(const fs::path& file, const Line& line, std::string_view name) {
    static const std::pair<std::string_view, CueClass> names[] = {
        {"clause", CueClass::clause}, {"tell", CueClass::tell},   {"judge", CueClass::judge},
        {"accuse", CueClass::accuse}, {"topic", CueClass::topic}, {"source", CueClass::source},
        {"demand", CueClass::demand}, {"noun", CueClass::noun}};
    for (const auto& [n, c] : names)
        if (n == name) return c;
    fail(file, line.number,
         "unknown class '" + std::string(name) +
             "' (expected clause, tell, judge, accuse, topic, source or noun)");
}

void load_verbs(const fs::path& file, Lexicon& lex) {
    for (const auto& line : read_lines(file)) {
        const auto words = split_words(line.text);
        if (words.size() < 2) fail(file, line.number, "expected CLASS followed by verb forms");
        const CueClass cue = parse_cue(file, line, words[0]);
        for (std::size_t i = 1; i < words.size(); ++i) {
            auto form = folded_words(words[i]);
            if (form.size() == 1)
                lex.verbs[form[0]] = cue;
            else
                lex.cue_phrases.add(std::move(form), cue);
        }
    }
}

void load_cue_phrases(const fs::path& file, Lexicon& lex) {
    for (const auto& line : read_lines(file)) {
        const auto words = split_words(line.text);
        if (words.size() < 2) fail(file, line.number, "expected CLASS followed by the words of the cue");
        const CueClass cue = parse_cue(file, line, words[0]);
        std::vector<std::string> phrase;
        for (std::size_t i = 1; i < words.size(); ++i)
            phrase.push_back(fold(words[i]));
        lex.cue_phrases.add(std::move(phrase), cue);
    }
}

void load_set(const fs::path& file, WordSet& set) {
    for (const auto& line : read_lines(file)) {
        if (split_words(line.text).size() != 1) fail(file, line.number, "expected one word per line");
        set.insert(fold(line.text));
    }
}

void load_phrases(const fs::path& file, PhraseTable& table) {
    for (const auto& line : read_lines(file))
        table.add(folded_words(line.text));
}

void load_pronouns(const fs::path& file, Lexicon& lex) {
    for (const auto& line : read_lines(file)) {
        const auto words = split_words(line.text);
        if (words.size() != 2 || (words[1] != "person" && words[1] != "group" && words[1] != "body"))
            fail(file, line.number, "expected PRONOUN person|group|body");
        lex.pronouns[fold(words[0])] = words[1];
    }
}

void load_genders(const fs::path& file, Lexicon& lex) {
    for (const auto& line : read_lines(file)) {
        const auto words = split_words(line.text);
        if (words.size() < 2 || (words[0] != "m" && words[0] != "f"))
            fail(file, line.number, "expected m|f word…");
        for (std::size_t i = 1; i < words.size(); ++i)
            lex.genders[fold(words[i])] = words[0][0];
    }
}

void load_families(const fs::path& file, Lexicon& lex) {
    for (const auto& line : read_lines(file)) {
        const auto eq = line.text.find('=');
        if (eq == std::string::npos) fail(file, line.number, "expected 'general = specific, specific…'");
        const std::string general = fold(trim(std::string_view(line.text).substr(0, eq)));
        if (general.empty()) fail(file, line.number, "no general role before '='");
        auto& into = lex.role_families[general];
        for (const auto& s : split_on(std::string_view(line.text).substr(eq + 1), ','))
            if (!s.empty()) into.push_back(fold(s));
    }
}

void load_places(const fs::path& file, Lexicon& lex) {
    for (const auto& line : read_lines(file)) {
        const auto fields = split_on(line.text, '|');
        if (fields.size() != 3 || fields[0].empty())
            fail(file, line.number, "expected 'Name | adjectives | other names'");
        Place place{fields[0], {fold(fields[0])}};
        for (std::size_t f = 1; f < 3; ++f)
            for (const auto& form : split_on(fields[f], ','))
                if (!form.empty()) place.forms.push_back(fold(form));
        const std::size_t index = lex.places.size();
        for (const auto& form : place.forms) {
            lex.place_index.emplace(form, index);
            lex.place_forms.add(folded_words(form));
        }
        lex.places.push_back(std::move(place));
    }
}

} // namespace

std::string fold(std::string_view word) { return text::fold_string(word, text::matching_fold); }

std::string_view strip_possessive(std::string_view w) {
    if (w.size() > 2 && w.substr(w.size() - 2) == "'s") return w.substr(0, w.size() - 2);
    if (w.size() > 1 && w.back() == '\'') return w.substr(0, w.size() - 1);
    return w;
}

void PhraseTable::add(std::vector<std::string> words, CueClass cue) {
    if (words.empty()) return;
    auto& list = by_first_[words.front()];
    list.push_back({std::move(words), cue});
    std::stable_sort(list.begin(), list.end(),
                     [](const Phrase& a, const Phrase& b) { return a.words.size() > b.words.size(); });
}

void PhraseTable::for_each(const std::function<void(const Phrase&)>& f) const {
    for (const auto& [first, list] : by_first_)
        for (const auto& ph : list)
            f(ph);
}

const std::vector<Phrase>* PhraseTable::starting_with(std::string_view word) const {
    const auto it = by_first_.find(word);
    return it == by_first_.end() ? nullptr : &it->second;
}

bool Lexicon::is_role_word(std::string_view w) const {
    w = strip_possessive(w);
    const auto* list = roles.starting_with(w);
    if (list)
        for (const auto& p : *list)
            if (p.words.size() == 1) return true;
    return false;
}

namespace {
/// Flags looked up on the word with its possessive stripped ("Russia's" is a place).
constexpr std::uint32_t stripped_flags = f_function | f_role | f_group | f_document | f_org | f_role_start |
                                         f_honorific_start | f_place_start | f_body_start;
} // namespace

namespace {
/// A hash of a short word from its first and last eight bytes and its length: words are short, and
/// a byte-by-byte hash showed in profiles.
std::uint64_t fnv1a(std::string_view s) {
    std::uint64_t a = 0, b = 0;
    const std::size_t n = s.size();
    std::memcpy(&a, s.data(), n < 8 ? n : 8);
    if (n > 8) std::memcpy(&b, s.data() + n - 8, 8);
    std::uint64_t h = (a ^ (b * 0x9E3779B97F4A7C15ull) ^ n) * 0xFF51AFD7ED558CCDull;
    return h ^ (h >> 29);
}
} // namespace

void Lexicon::index_flags() {
    WordMap<std::uint32_t> all;
    const auto mark = [&](const std::string& w, std::uint32_t f) { all[w] |= f; };
    for (const auto& w : function_words)
        mark(w, f_function);
    for (const auto& w : adverbials)
        mark(w, f_adverbial);
    for (const auto& [w, c] : verbs)
        mark(w, f_verb);
    for (const auto& w : auxiliaries)
        mark(w, f_aux);
    for (const auto& w : groups)
        mark(w, f_group);
    for (const auto& w : documents)
        mark(w, f_document);
    for (const auto& w : org_words)
        mark(w, f_org);
    for (const auto& w : particles)
        mark(w, f_particle);
    for (const auto& [w, c] : pronouns)
        mark(w, f_pronoun);
    const auto starts = [&](const PhraseTable& t, std::uint32_t f, std::uint32_t single) {
        t.for_each([&](const Phrase& ph) {
            mark(ph.words.front(), f);
            if (ph.words.size() == 1) mark(ph.words.front(), single);
        });
    };
    starts(roles, f_role_start, f_role);
    starts(honorifics, f_honorific_start, 0);
    starts(place_forms, f_place_start, 0);
    starts(bodies, f_body_start, 0);
    starts(cue_phrases, f_cue_start, 0);
    std::size_t size = 64;
    while (size < all.size() * 4)
        size *= 2; // at most a quarter full: short probes
    flag_table_.assign(size, {});
    flag_mask_ = size - 1;
    for (auto& [w, f] : all) {
        std::size_t i = fnv1a(w) & flag_mask_;
        while (flag_table_[i].used)
            i = (i + 1) & flag_mask_;
        flag_table_[i] = {w, f, true};
    }
}

std::uint32_t Lexicon::flags_of(std::string_view w) const {
    if (flag_table_.empty()) return 0;
    for (std::size_t i = fnv1a(w) & flag_mask_; flag_table_[i].used; i = (i + 1) & flag_mask_)
        if (flag_table_[i].word == w) return flag_table_[i].flags;
    return 0;
}

std::uint32_t Lexicon::flags(std::string_view w) const {
    const auto bare = strip_possessive(w);
    const std::uint32_t whole = flags_of(w);
    const std::uint32_t base = bare.size() == w.size() ? whole : flags_of(bare);
    return (whole & ~stripped_flags) | (base & stripped_flags);
}

Lexicon Lexicon::load(const fs::path& folder) {
    Lexicon lex;
    const auto at = [&](const char* name) { return folder / name; };
    load_verbs(at("speech_verbs.txt"), lex);
    load_cue_phrases(at("cue_phrases.txt"), lex);
    load_phrases(at("roles.txt"), lex.roles);
    load_families(at("role_families.txt"), lex);
    load_phrases(at("honorifics.txt"), lex.honorifics);
    load_pronouns(at("pronouns.txt"), lex);
    load_genders(at("genders.txt"), lex);
    load_set(at("groups.txt"), lex.groups);
    load_phrases(at("bodies.txt"), lex.bodies);
    load_set(at("documents.txt"), lex.documents);
    load_places(at("places.txt"), lex);
    load_set(at("name_particles.txt"), lex.particles);
    load_set(at("function_words.txt"), lex.function_words);
    load_set(at("auxiliaries.txt"), lex.auxiliaries);
    load_set(at("adverbials.txt"), lex.adverbials);
    load_set(at("org_words.txt"), lex.org_words);
    lex.index_flags();
    return lex;
}

} // namespace parallax::extract::quotes
