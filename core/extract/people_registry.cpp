// People and bodies of one article: names with their titles and appositions (pass 1), and the
// resolution of pronouns and role nouns against them (pass 2, while quotes are found).
#include "extract/quote_engine.hpp"

#include <algorithm>
#include <array>

namespace parallax::extract::quotes {

namespace {

bool is_hyphen(const Para& p, std::size_t i) {
    return i < p.size() && p.tok(i).kind == text::TokenKind::punct && p.norm(i) == "-";
}

bool glued(const Para& p, std::size_t i) { return i < p.size() && !p.tok(i).space_before; }

/// Words that stop a role phrase from reaching further left.
bool is_determiner(std::string_view w) {
    return w == "the" || w == "a" || w == "an" || w == "his" || w == "her" || w == "its" || w == "their" ||
           w == "our" || w == "this" || w == "that";
}

bool is_preposition(std::string_view w) {
    static const std::string_view list[] = {
        "of", "with", "to",   "by",    "for",   "from",   "about",   "against", "between", "at",    "in",
        "on", "into", "over", "under", "among", "toward", "towards", "than",    "like",    "after", "before"};
    return std::find(std::begin(list), std::end(list), w) != std::end(list);
}

/// "'he': <what>", built by appending (GCC 12 warns falsely on "'" + std::string + "…").
std::string why(std::string_view pronoun, std::string_view what) {
    std::string out;
    out.reserve(pronoun.size() + what.size() + 2);
    out += '\'';
    out += pronoun;
    out += '\'';
    out += what;
    return out;
}

void join_word(std::string& out, std::string_view word) {
    if (!out.empty()) out += ' ';
    out += word;
}

bool is_ing(std::string_view w) { return w.size() > 4 && w.substr(w.size() - 3) == "ing"; }

bool possessive(std::string_view folded) { return strip_possessive(folded).size() != folded.size(); }

/// The folded words of tokens [first, first + n), possessives stripped: a role's head as the lexicon spells
/// it.
std::string folded_words(const Para& p, std::size_t first, std::size_t n) {
    std::string out;
    for (std::size_t k = first; k < first + n; ++k)
        if (p.word(k)) join_word(out, strip_possessive(p.norm(k)));
    return out;
}

/// Longest phrase of `table` that starts at token i (folded, possessive stripped on its last word):
/// the number of tokens it covers, or 0.
std::size_t phrase_at(const Para& p, std::size_t i, std::size_t end, const PhraseTable& table,
                      std::uint32_t flag) {
    if (!p.has(i, flag)) return 0;
    const auto* list = table.starting_with(strip_possessive(p.norm(i)));
    if (!list) return 0;
    for (const auto& phrase : *list) {
        std::size_t t = i, w = 0;
        for (; w < phrase.words.size() && t < end; ++w) {
            while (t < end && is_hyphen(p, t))
                ++t;
            if (t >= end || !p.word(t)) break;
            const auto n = w + 1 == phrase.words.size() ? strip_possessive(p.norm(t)) : p.norm(t);
            if (n != phrase.words[w]) break;
            ++t;
        }
        if (w == phrase.words.size()) return t - i;
    }
    return 0;
}

} // namespace

std::string_view Para::text(std::size_t first, std::size_t last) const {
    if (first >= last || last > size()) return {};
    const auto b = tok(first).byte_begin, e = tok(last - 1).byte_end;
    return t->text.substr(b, e - b);
}

Registry::Registry(const Lexicon& lex, const std::vector<Para>& paras,
                   const std::vector<std::uint32_t>& sentence_base)
    : lex_(lex), paras_(paras), sentence_base_(sentence_base) {
    // whether a token can be part of a name is asked many times per token: answer it once
    name_word_.assign(paras.empty() ? 0 : paras.back().base + paras.back().size(), 0);
    for (const auto& p : paras)
        for (std::size_t i = 0; i < p.size(); ++i)
            name_word_[p.base + i] = compute_name_word(p, i) ? 1 : 0;
}

std::uint32_t Registry::sentence_number(const Para& p, std::size_t token) const {
    return sentence_base_[p.index] + static_cast<std::uint32_t>(p.t->sentence_of(token));
}

std::optional<std::size_t> Registry::place_of(std::string_view folded) const {
    const auto it = lex_.place_index.find(strip_possessive(folded));
    if (it == lex_.place_index.end()) return std::nullopt;
    return it->second;
}

bool Registry::is_name_word(const Para& p, std::size_t i) const {
    if (i >= p.size()) return false;
    return name_word_[p.base + i] != 0;
}

bool Registry::compute_name_word(const Para& p, std::size_t i) const {
    if (i >= 2 && is_hyphen(p, i - 1) && glued(p, i - 1) && glued(p, i) && given_name_part(p, i)) return true;
    if (!p.cap(i)) return false;
    const auto w = strip_possessive(p.norm(i));
    if (p.has(i, f_function) && !p.tok(i).all_caps) return false; // "US" is no pronoun
    if (p.has(i, f_adverbial)) return false;
    // A capitalised participle or speech verb opening a sentence ("Speaking to reporters, …").
    const bool first_of_sentence = p.t->sentences[p.t->sentence_of(i)].first_token == i;
    if (first_of_sentence && (p.has(i, f_verb) || (w.size() > 4 && w.substr(w.size() - 3) == "ing")))
        return false;
    // "Afterwards, …", "Separately, …": a sentence adverb
    if (first_of_sentence && p.comma(i + 1) &&
        ((w.size() > 4 && w.substr(w.size() - 2) == "ly") ||
         (w.size() > 6 && w.substr(w.size() - 5) == "wards")))
        return false;
    return true;
}

bool Registry::is_place(const Para& p, std::size_t first, std::size_t last) const {
    std::size_t i = first;
    while (i < last) {
        const auto n = phrase_at(p, i, last, lex_.place_forms, f_place_start);
        if (n == 0) return false;
        i += n;
    }
    return first < last;
}

// "Ji-hoon", "Jong-un": the lower-case second half of a hyphenated given name is no English word
// ("Trump-backed", "Biden-era" are).
// After a surname and a short first syllable ("Kim Hye-won", "Park Jin-ho") the second may be a word of
// English too, but not one of a compound's usual second halves.
bool Registry::given_name_part(const Para& p, std::size_t i) const {
    if (!p.word(i) || p.tok(i).capitalised || i < 2 || !p.cap(i - 2) || p.tok(i - 2).all_caps) return false;
    const auto w = p.norm(i);
    if (w.size() > 5 || !lex_.dictionary) return false;
    if (lex_.dictionary->parts(w).empty()) return true;
    static constexpr std::array<std::string_view, 16> halves = {
        "era", "style", "born", "made",  "like",  "wide", "run",  "owned",
        "led", "held",  "type", "level", "class", "free", "area", "zone"};
    const bool surname_before = i >= 3 && p.cap(i - 3) && !p.tok(i - 3).all_caps && p.norm(i - 2).size() <= 4;
    return surname_before && !w.ends_with("ed") && std::find(halves.begin(), halves.end(), w) == halves.end();
}

std::size_t Registry::name_run_end(const Para& p, std::size_t i) const {
    if (!is_name_word(p, i)) return i;
    std::size_t j = i;
    while (j < p.size()) {
        if (is_name_word(p, j) || (p.word(j) && p.tok(j).abbreviation && p.tok(j).capitalised)) {
            const bool poss = possessive(p.norm(j));
            ++j;
            if (poss) break; // "Russia's" ends the name it belongs to
            continue;
        }
        // particles and hyphens only inside a run: "bin Salman", "al-Saud"
        const bool inner = j > i && j + 1 < p.size();
        if (inner && p.word(j) && p.has(j, f_particle)) {
            std::size_t k = j + 1; // "van der Berg", "de la Cruz": particles run on to the name
            while (k < p.size() && k < j + 3 && p.word(k) && p.has(k, f_particle) && !p.tok(k).capitalised)
                ++k;
            if (k < p.size() && (is_name_word(p, k) || is_hyphen(p, k))) {
                j = k;
                continue;
            }
        }
        if (inner && is_hyphen(p, j) && glued(p, j) && glued(p, j + 1) &&
            (is_name_word(p, j + 1) || p.has(j + 1, f_particle))) {
            ++j;
            continue;
        }
        // "of" and "&" only between capitals: "Bank of England", "Marks & Spencer"
        if (inner && (p.is(j, "of") || p.is(j, "&")) && is_name_word(p, j + 1)) {
            ++j;
            continue;
        }
        break;
    }
    while (j > i && !p.word(j - 1))
        --j;
    return j;
}

bool Registry::single_word_body(std::string_view w) const {
    if (const auto* list = lex_.bodies.starting_with(w))
        for (const auto& ph : *list)
            if (ph.words.size() == 1) return true;
    return false;
}

std::size_t Registry::name_start_in_run(const Para& p, std::size_t first, std::size_t last) const {
    std::size_t start = first;
    // ("Minister for Health Stephen Donnelly", "Secretary of State for Trade Niamh Cullen": a portfolio after
    // a title's "for", then the given name and the surname)
    // (or "Chancellor of the Exchequer Helen Marchetti": the title's own words after "of the")
    std::size_t lead = first >= 1 && p.is(first - 1, "the") ? first - 1 : first;
    if (lead >= 2 && (p.is(lead - 1, "for") || (lead < first && p.is(lead - 1, "of"))) && p.cap(lead - 2) &&
        last - first >= 3) {
        std::size_t t = lead - 2;
        while (t > 0 && (p.cap(t - 1) || p.is(t - 1, "of")))
            --t;
        // (a particle's name is one word longer: "Jan de Boer")
        const std::size_t name = p.has(last - 2, f_particle) && last - first >= 4 ? last - 3 : last - 2;
        for (std::size_t k = t; k < lead - 1; ++k)
            if (p.has(k, f_role)) return name;
    }
    for (std::size_t i = first; i < last;) {
        // "College of Nursing", "Bank of England": the institution's name goes on after "of"
        if (p.is(i, "of") && i > first && p.has(i - 1, f_org)) {
            std::size_t k = i + 1;
            while (k < last && is_name_word(p, k) && !possessive(p.norm(k)))
                ++k;
            if (k < last && is_name_word(p, k)) ++k;
            i = start = k;
            continue;
        }
        std::size_t n = phrase_at(p, i, last, lex_.roles, f_role_start);
        n = std::max(n, phrase_at(p, i, last, lex_.honorifics, f_honorific_start));
        n = std::max(n, phrase_at(p, i, last, lex_.place_forms, f_place_start));
        if (n == 0 && p.has(i, f_org) && p.cap(i)) n = 1; // not the "san" of "Kim Ji-san"
        // ("Carmaker Toyota", "Regulator Ofcom": a body's noun before its name, not a given name)
        if (n == 0 && i == first && i + 1 < last && p.cap(i) && single_word_body(p.norm(i)) &&
            p.t->sentences[p.t->sentence_of(i)].first_token == i)
            n = 1;
        if (n == 0 && p.is(i, "of")) n = 1;
        if (n > 0) {
            i += n;
            start = i;
        } else {
            ++i;
        }
    }
    while (start < last && !p.word(start))
        ++start;
    return start;
}

namespace {

/// A particle of a name ("bin Salman", "van der Berg"), except "Ben" opening a name, which is far more
/// often the given name ("Ben Crump", "Ben Stokes") than a particle (those are hyphenated: "Ben-Gvir").
bool particle(const Para& p, std::size_t i, std::size_t first) {
    return p.has(i, f_particle) && !(i == first && p.is(i, "ben") && p.cap(i) && !is_hyphen(p, i + 1));
}

} // namespace

bool Registry::looks_like_person(const Para& p, std::size_t first, std::size_t last, bool titled) const {
    if (first >= last) return false;
    std::size_t words = 0;
    for (std::size_t i = first; i < last; ++i) {
        if (!p.word(i)) continue;
        if ((p.has(i, f_org) && p.cap(i)) || (p.has(i, f_function) && !p.tok(i).all_caps)) return false;
        if (!particle(p, i, first)) ++words;
    }
    if (is_place(p, first, last)) return false;
    // "NEW YORK (AP) -", "TELSTRA WRAP", "PA SPORT QUIZ": datelines and slugs are set in capitals
    std::size_t capitals = 0;
    for (std::size_t i = first; i < last; ++i)
        if (p.word(i) && p.tok(i).all_caps && !particle(p, i, first)) ++capitals;
    if (!titled && capitals >= 2 && capitals == words) return false;
    if (titled) return words >= 1;
    // "Trump-Putin", "Israeli-Palestinian": a hyphenated compound is a modifier, not a name
    if (last - first == 3 && is_hyphen(p, first + 1)) return false;
    return words >= 2;
}

int Registry::find_person(std::string_view surname, std::string_view given) const {
    for (std::size_t e = 0; e < entities_.size(); ++e) {
        const auto& x = entities_[e];
        if (x.kind != EntityKind::person) continue;
        // (an initial matches a given name, two given names their first two letters: "J. Smith" is John
        // Smith and "Sergei" is "Sergey", but "Lee Jung-hoon" is not "Lee Jae-myung")
        const auto initial = [](std::string_view g) {
            return g.size() == 1 || (g.size() == 2 && g[1] == '.');
        };
        const std::size_t n = initial(given) || initial(x.given) ? 1 : 2;
        if (x.surname == surname &&
            (given.empty() || x.given.empty() || given.substr(0, n) == x.given.substr(0, n)))
            return static_cast<int>(e);
    }
    // a titled first name alone ("Prince Mohammed", "Sheikh Mohamed")
    if (given.empty())
        for (std::size_t e = 0; e < entities_.size(); ++e)
            if (entities_[e].kind == EntityKind::person && entities_[e].given == surname)
                return static_cast<int>(e);
    return -1;
}

int Registry::person_for_name(const Para& p, std::size_t first, std::size_t last, bool create) {
    std::vector<std::size_t> words;
    for (std::size_t i = first; i < last; ++i)
        if (p.word(i) && !particle(p, i, first)) words.push_back(i);
    if (words.empty()) return -1;
    // "Kim Ji-san", "Lee Kun-hee": before a hyphenated given name with a lower-case half stands the
    // family name, which is what the article calls them next ("Kim said")
    const bool family_first = words.size() >= 3 && given_name_part(p, words.back());
    const std::string surname(strip_possessive(p.norm(family_first ? words.front() : words.back())));
    const std::string given = family_first       ? std::string(p.norm(words[1]))
                              : words.size() > 1 ? std::string(p.norm(words.front()))
                                                 : std::string();
    std::string written(p.text(first, last));
    if (possessive(p.norm(last - 1))) {
        const auto cut = written.find_last_of("'\xE2"); // ASCII or the first byte of ’
        if (cut != std::string::npos && cut > 0) written.erase(cut);
    }
    int e = find_person(surname, given);
    if (e < 0 && given == "ben") { // "Ben Gvir" after "Itamar Ben Gvir": the particle was no given name
        const int named = find_person(surname, {});
        if (named >= 0 &&
            entities_[named].name.find("Ben " + std::string(p.text(words.back(), words.back() + 1))) !=
                std::string::npos)
            e = named;
    }
    if (e < 0) {
        if (!create) return -1;
        Entity x;
        x.kind = EntityKind::person;
        x.name = written;
        x.surname = surname;
        x.given = given;
        entities_.push_back(std::move(x));
        return static_cast<int>(entities_.size() - 1);
    }
    auto& x = entities_[e];
    const auto count_words = [](std::string_view s) { return std::count(s.begin(), s.end(), ' ') + 1; };
    if (written != x.name) {
        if (count_words(written) > count_words(x.name)) {
            add_alias(e, x.name);
            x.name = written;
            if (!given.empty()) x.given = given;
        } else {
            add_alias(e, written);
        }
    }
    return e;
}

int Registry::person_named(std::string_view name) {
    std::vector<std::string> words;
    for (std::size_t i = 0; i < name.size();) {
        const auto j = std::min(name.find(' ', i), name.size());
        if (j > i) words.push_back(fold(name.substr(i, j - i)));
        i = j + 1;
    }
    if (words.empty()) return -1;
    const int e =
        find_person(strip_possessive(words.back()), words.size() > 1 ? words.front() : std::string());
    if (e >= 0) return e;
    Entity x;
    x.name = std::string(name);
    x.surname = std::string(strip_possessive(words.back()));
    if (words.size() > 1) x.given = words.front();
    entities_.push_back(std::move(x));
    return static_cast<int>(entities_.size() - 1);
}

void Registry::hinted_person(const Para& p, std::size_t first, std::size_t last) {
    while (first < last && !p.word(first))
        ++first;
    while (last > first && !p.word(last - 1))
        --last;
    if (first >= last) return;
    const int e = person_for_name(p, first, last, true);
    record_mention(p, first, last, e);
    std::sort(mentions_.begin(), mentions_.end(), [](const Mention& a, const Mention& b) {
        return a.para != b.para ? a.para < b.para : a.token < b.token;
    });
}

int Registry::body(std::string_view name, EntityKind kind) {
    std::string key = fold(name);
    for (std::size_t e = 0; e < entities_.size(); ++e)
        if (!entities_[e].key.empty() && entities_[e].key == key) return static_cast<int>(e);
    Entity x;
    x.kind = kind;
    x.name = std::string(name);
    x.key = std::move(key);
    entities_.push_back(std::move(x));
    return static_cast<int>(entities_.size() - 1);
}

void Registry::add_alias(int entity, std::string_view alias) {
    if (entity < 0 || alias.empty()) return;
    auto& x = entities_[entity];
    if (alias == x.name) return;
    if (std::find(x.aliases.begin(), x.aliases.end(), alias) == x.aliases.end())
        x.aliases.emplace_back(alias);
}

void Registry::add_role(int entity, const Para& p, std::size_t first, std::size_t last) {
    if (entity < 0 || first >= last) return;
    while (first < last && (p.is(first, "the") || p.is(first, "and") || p.is(first, "of") || !p.word(first)))
        ++first;
    while (last > first && !p.word(last - 1))
        --last;
    if (first >= last) return;
    auto& x = entities_[entity];
    const auto written = p.text(first, last);
    if (std::find(x.roles.begin(), x.roles.end(), written) != x.roles.end()) return; // known already
    std::vector<std::string> heads;
    std::vector<std::size_t> nations;
    for (std::size_t i = first; i < last; ++i) {
        if (const auto n = phrase_at(p, i, last, lex_.roles, f_role_start); n > 0)
            heads.push_back(folded_words(p, i, n));
        if (p.word(i))
            if (const auto place = place_of(p.norm(i))) nations.push_back(*place);
        if (const auto n = phrase_at(p, i, last, lex_.place_forms, f_place_start); n > 1) {
            std::string form;
            for (std::size_t k = i; k < i + n; ++k)
                if (p.word(k)) join_word(form, strip_possessive(p.norm(k)));
            if (const auto place = place_of(form)) nations.push_back(*place);
        }
    }
    if (heads.empty()) return;
    const std::string role(p.text(first, last));
    if (std::find(x.roles.begin(), x.roles.end(), role) == x.roles.end()) x.roles.push_back(role);
    for (auto& h : heads) {
        if (const auto g = lex_.genders.find(h); g != lex_.genders.end()) note_gender(x, g->second);
        if (std::find(x.role_heads.begin(), x.role_heads.end(), h) == x.role_heads.end())
            x.role_heads.push_back(h);
    }
    for (auto n : nations)
        if (std::find(x.nations.begin(), x.nations.end(), n) == x.nations.end()) x.nations.push_back(n);
}

std::size_t Registry::role_prefix_start(const Para& p, std::size_t name_first, std::size_t floor) const {
    std::size_t start = name_first;
    bool seen_role = false;
    int loose = 0;
    for (std::size_t i = name_first; i > floor;) {
        const std::size_t k = i - 1;
        if (!p.word(k) && !is_hyphen(p, k)) break;
        const auto w = strip_possessive(p.norm(k));
        if (is_finite(p, k, lex_)) break;
        if (w == "and" && !(k > floor && p.has(k - 1, f_role))) break;
        const bool role =
            p.has(k, f_role) || phrase_at(p, k, name_first, lex_.honorifics, f_honorific_start) > 0;
        // ("Mum-of-three Kelly Brennan", "father-of-two": a kin noun and its children, hyphenated)
        if (!role && k >= floor + 4 && is_hyphen(p, k - 1) && p.is(k - 2, "of") && is_hyphen(p, k - 3) &&
            p.has(k - 4, f_role)) {
            seen_role = true;
            i = k - 4;
            start = k - 4;
            continue;
        }
        if (role) {
            seen_role = true;
        } else if (is_hyphen(p, k) || p.cap(k)) {
            if (p.has(k, f_function) && !p.tok(k).all_caps &&
                !(w == "the" && k > floor && is_preposition(p.norm(k - 1))))
                break;
        } else if ((w == "of" || w == "for" || w == "to") && k > floor &&
                   (p.cap(k - 1) || p.has(k - 1, f_role))) {
            // inside a title: "Head of the …", "Assistant to the President for …"
        } else if (w == "and") {
        } else if (w == "the" && k > floor &&
                   (p.is(k - 1, "of") || p.is(k - 1, "to") || p.is(k - 1, "for"))) {
        } else if (seen_role && !is_determiner(w) && !p.has(k, f_function) && !is_ing(w) && ++loose <= 3) {
            // lower-case modifiers of a role: "foreign affairs adviser"
        } else {
            break;
        }
        i = k;
        start = k;
    }
    while (start < name_first && (p.is(start, "of") || p.is(start, "for") || p.is(start, "to") ||
                                  p.is(start, "and") || p.is(start, "the") || is_hyphen(p, start)))
        ++start;
    return seen_role ? start : name_first;
}

void Registry::note_gender(Entity& x, char g) { x.gender = x.gender == 0 || x.gender == g ? g : '?'; }

char Registry::gender_of(const Entity& x) const {
    if (x.gender != 0 || x.kind != EntityKind::person) return x.gender;
    const auto g = lex_.genders.find(x.given);
    return g != lex_.genders.end() ? g->second : 0;
}

void Registry::record_mention(const Para& p, std::size_t first, std::size_t last, int entity) {
    if (entity < 0) return;
    ++entities_[entity].mentions;
    // ("Mrs Hall", "Mr. Brown": a courtesy title before the name)
    if (first > 0 && p.word(first - 1))
        if (const auto g = lex_.genders.find(strip_possessive(p.norm(first - 1))); g != lex_.genders.end())
            note_gender(entities_[entity], g->second);
    Mention m;
    m.para = p.index;
    m.token = static_cast<std::uint32_t>(first);
    m.sentence = sentence_number(p, first);
    m.entity = entity;
    const bool poss = possessive(p.norm(last - 1));
    const bool after_prep = first > 0 && p.word(first - 1) && is_preposition(p.norm(first - 1));
    // ("For Carlos Ruiz, president of the traders' association, the delay is a disaster": the person a
    // sentence opens on is its topic, whom the next "he said" is about)
    const bool topic = first > 0 && (p.is(first - 1, "for") || p.is(first - 1, "to")) &&
                       p.t->sentences[p.t->sentence_of(first)].first_token == first - 1;
    m.subject = !poss && (!after_prep || topic);
    mentions_.push_back(m);
}

void Registry::appositions(const Para& p, const text::Sentence& s, std::size_t first, std::size_t last,
                           int entity) {
    const auto is_stop = [&](std::size_t k) {
        return p.comma(k) || p.quote_mark(k) || p.punct(k, U'(') || p.punct(k, U')') || p.norm(k) == "-" ||
               p.punct(k, U':') || p.punct(k, U';');
    };
    const auto role_segment = [&](std::size_t a, std::size_t b) {
        if (b <= a || b - a > 10) return false;
        bool role = false;
        for (std::size_t k = a; k < b; ++k) {
            if (is_finite(p, k, lex_)) return false;
            if (p.has(k, f_role)) role = true;
        }
        // "Secretary of State Marco Rubio, National Security Adviser Mike Waltz": a list, not an apposition
        for (std::size_t k = a; k < b;) {
            const std::size_t end = std::min(name_run_end(p, k), b);
            if (end == k) {
                ++k;
                continue;
            }
            const std::size_t st = name_start_in_run(p, k, end);
            if (looks_like_person(p, st, end, false)) return false;
            k = end;
        }
        return role;
    };
    // after: "Kirill Dmitriev, the head of the fund, said"
    if (p.comma(last)) {
        std::size_t b = last + 1;
        while (b < s.last_token && !is_stop(b))
            ++b;
        if (b > last + 1 && !is_name_word(p, last + 1) && role_segment(last + 1, b))
            add_role(entity, p, last + 1, b);
    }
    // before: "his Russian counterpart, Sergey Lavrov"
    const std::size_t pre = role_prefix_start(p, first, s.first_token);
    if (pre > s.first_token && p.comma(pre - 1)) {
        std::size_t a = pre - 1;
        while (a > s.first_token && !is_stop(a - 1) && pre - a < 8) {
            const auto w = p.norm(a - 1);
            if (is_preposition(w) && w != "of" && w != "for") break;
            if (is_finite(p, a - 1, lex_)) break;
            --a;
        }
        if (role_segment(a, pre - 1)) add_role(entity, p, a, pre - 1);
    }
}

bool Registry::given_name_after_role(const Para& p, const text::Sentence& s, std::size_t i) {
    const std::size_t role = role_before_comma(p, i, s.first_token);
    const bool set_off = p.comma(i + 1) || i + 1 == s.last_token || (i + 2 == s.last_token && !p.word(i + 1));
    if (role == i || !set_off || possessive(p.norm(i)) || !looks_like_person(p, i, i + 1, true)) return false;
    // the person the article names in full elsewhere ("his wife, Elizabeth" … "Elizabeth Tilson")
    const auto w = p.norm(i);
    int e = -1;
    for (std::size_t k = 0; k < entities_.size() && e < 0; ++k)
        if (entities_[k].kind == EntityKind::person && (entities_[k].given == w || entities_[k].surname == w))
            e = static_cast<int>(k);
    if (e < 0)
        e = person_for_name(p, i, i + 1, true);
    else
        add_alias(e, p.str(i));
    add_role(e, p, role, i - 1);
    record_mention(p, i, i + 1, e);
    return true;
}

std::size_t Registry::role_before_comma(const Para& p, std::size_t name, std::size_t floor) const {
    if (name < floor + 2 || !p.comma(name - 1) || !p.has(name - 2, f_role)) return name;
    std::size_t a = name - 2;
    while (a > floor && name - a < 7 && p.word(a - 1) && !is_finite(p, a - 1, lex_) &&
           !(is_preposition(p.norm(a - 1)) && !p.is(a - 1, "of")))
        --a;
    return a;
}

void Registry::collect_sentence(const Para& p, const text::Sentence& s) {
    for (std::size_t i = s.first_token; i < s.last_token;) {
        const std::size_t end = name_run_end(p, i);
        if (end == i) {
            ++i;
            continue;
        }
        // ("the Chancellor of the Exchequer": the end of a title in words is nobody's name)
        bool in_title = false;
        for (std::size_t k = i >= 4 ? i - 4 : 0; k < i && !in_title; ++k)
            in_title = p.cap(k) && phrase_at(p, k, end, lex_.roles, f_role_start) >= end - k;
        if (in_title) {
            i = end;
            continue;
        }
        const std::size_t start = name_start_in_run(p, i, end);
        bool titled_in_run = false; // a title, not a place or an institution, before the name
        for (std::size_t k = i; k < start && !titled_in_run; ++k)
            titled_in_run = phrase_at(p, k, start, lex_.roles, f_role_start) > 0 ||
                            phrase_at(p, k, start, lex_.honorifics, f_honorific_start) > 0;
        const std::size_t pre = role_prefix_start(p, start, s.first_token);
        const bool titled = titled_in_run || pre < start;
        // "the Wyoming Republican", "the Australian": "the" before capitals describes, it names nobody
        const bool described = !titled && start > s.first_token && p.is(start - 1, "the");
        if (start < end && !described && looks_like_person(p, start, end, titled) &&
            (titled || end - start >= 2)) {
            const int e = person_for_name(p, start, end, true);
            if (pre < start) add_role(e, p, pre, start);
            appositions(p, s, start, end, e);
            record_mention(p, start, end, e);
        }
        i = end;
    }
}

void Registry::collect_names() {
    for (const auto& p : paras_)
        for (const auto& s : p.t->sentences)
            collect_sentence(p, s);
    // single surnames ("Rubio said") once every full name is known
    for (const auto& p : paras_)
        for (const auto& s : p.t->sentences)
            for (std::size_t i = s.first_token; i < s.last_token; ++i) {
                if (!is_name_word(p, i)) continue;
                const bool alone = name_run_end(p, i) == i + 1 && (i == 0 || !is_name_word(p, i - 1));
                if (!alone) continue;
                const bool titled = i > 0 && (p.has(i - 1, f_role) ||
                                              phrase_at(p, i - 1, i, lex_.honorifics, f_honorific_start) > 0);
                if (titled) continue; // counted by collect_sentence
                if (given_name_after_role(p, s, i)) continue;
                const int e = find_person(strip_possessive(p.norm(i)), {});
                if (e >= 0) {
                    std::string written(p.str(i));
                    if (possessive(p.norm(i)))
                        written = std::string(p.str(i).substr(0, strip_possessive(p.norm(i)).size()));
                    add_alias(e, written);
                    record_mention(p, i, i + 1, e);
                }
            }
    std::sort(mentions_.begin(), mentions_.end(), [](const Mention& a, const Mention& b) {
        return a.para != b.para ? a.para < b.para : a.token < b.token;
    });
}

void Registry::note_speaker(const Para& p, std::size_t token, int entity) { note(p, token, entity, true); }

void Registry::note_subject(const Para& p, std::size_t token, int entity) { note(p, token, entity, false); }

void Registry::note(const Para& p, std::size_t token, int entity, bool speaker) {
    if (entity < 0) return;
    Mention m;
    m.para = p.index;
    m.token = static_cast<std::uint32_t>(token);
    m.sentence = sentence_number(p, token);
    m.entity = entity;
    m.subject = true;
    m.speaker = speaker;
    const auto at =
        std::upper_bound(mentions_.begin(), mentions_.end(), m, [](const Mention& a, const Mention& b) {
            return a.para != b.para ? a.para < b.para : a.token < b.token;
        });
    mentions_.insert(at, m);
}

Resolved Registry::resolve_pronoun(const Para& p, std::size_t token, std::string_view pronoun,
                                   bool by_gender) const {
    const auto cls = lex_.pronouns.find(pronoun);
    const bool person = cls != lex_.pronouns.end() && cls->second == "person";
    const std::uint32_t here = sentence_number(p, token);
    // the first occurrence of this pronoun in the sentence: later ones share its referent
    const auto& sent = p.t->sentences[p.t->sentence_of(token)];
    std::size_t first = token;
    for (std::size_t k = sent.first_token; k < token; ++k)
        if (p.norm(k) == pronoun) {
            first = k;
            break;
        }
    // ("he" is no woman's pronoun: a person known to be of the other gender is skipped)
    const char other = by_gender ? excluded_gender(pronoun) : 0;
    const auto wanted = [&](const Mention& m) {
        // (a name inside quoted words is the quote's topic, never who said it: '"Samuel is strong," he said')
        if (const Para& mp = paras_[m.para]; mp.outer_quote && mp.outer_quote[m.token] >= 0) return false;
        const auto& x = entities_[m.entity];
        if (!person) return x.kind != EntityKind::person;
        return x.kind == EntityKind::person && (other == 0 || gender_of(x) != other);
    };
    const auto before = [&](const Mention& m) {
        return m.para < p.index || (m.para == p.index && m.token < first);
    };
    // 1. a subject earlier in the same sentence: "Trump questioned … as he demanded …"; its speaker first
    // ("Minister of State for Petroleum Resources, Adaeze Okonkwo, said …, which she said…")
    for (const bool speaking : {true, false})
        for (const auto& m : mentions_)
            if (m.sentence == here && before(m) && m.subject && wanted(m) && (!speaking || m.speaker))
                return {m.entity, entities_[m.entity].name, 0.8,
                        why(pronoun, ": subject earlier in the sentence")};
    // 2. the latest sentence before with a speaker, else a subject ("they" and "it" look back one
    // sentence only: a group the article does not register, "some economists have doubts. They…",
    // must not hand its words to an older speaker)
    const std::uint32_t reach = person ? 6 : 1;
    for (std::uint32_t back = 1; back <= reach && back <= here; ++back) {
        const std::uint32_t sn = here - back;
        const Mention* speaker = nullptr;
        const Mention* subject = nullptr;
        for (const auto& m : mentions_) {
            if (m.sentence != sn || !wanted(m)) continue;
            if (m.speaker) speaker = &m;
            if (m.subject && !subject) subject = &m;
        }
        if (speaker)
            return {speaker->entity, entities_[speaker->entity].name, 0.8 - 0.05 * back,
                    why(pronoun, ": speaker of a preceding sentence")};
        if (subject)
            return {subject->entity, entities_[subject->entity].name, 0.7 - 0.05 * back,
                    why(pronoun, ": subject of a preceding sentence")};
    }
    return {-1, std::string(pronoun), 0.0, why(pronoun, ": no antecedent")};
}

bool Registry::role_matches(const Entity& e, const std::vector<std::string>& heads,
                            const std::vector<std::size_t>& nations) const {
    bool head = false;
    for (const auto& h : heads)
        for (const auto& eh : e.role_heads) {
            if (h == eh) head = true;
            for (const auto* pair : {&h, &eh}) {
                const auto fam = lex_.role_families.find(*pair);
                const auto& other = pair == &h ? eh : h;
                if (fam != lex_.role_families.end() &&
                    std::find(fam->second.begin(), fam->second.end(), other) != fam->second.end())
                    head = true;
            }
        }
    if (!head) return false;
    if (nations.empty() || e.nations.empty()) return true;
    for (auto n : nations)
        if (std::find(e.nations.begin(), e.nations.end(), n) != e.nations.end()) return true;
    return false;
}

Resolved Registry::resolve_role(const Para& p, std::size_t first, std::size_t last) const {
    std::vector<std::string> heads;
    std::vector<std::size_t> nations;
    std::size_t stop = last;
    for (std::size_t i = first; i < last; ++i)
        if (p.is(i, "of") || p.is(i, "for")) {
            stop = i;
            break;
        }
    for (std::size_t i = first; i < last; ++i) {
        if (i < stop)
            if (const auto n = phrase_at(p, i, stop, lex_.roles, f_role_start); n > 0)
                heads.push_back(folded_words(p, i, n));
        if (p.word(i))
            if (const auto place = place_of(p.norm(i))) nations.push_back(*place);
    }
    const std::string written(p.text(first, last));
    if (heads.empty()) return {-1, written, 0.0, "no role noun"};
    int best = -1;
    int best_score = -1;
    std::size_t best_seen = 0;
    for (std::size_t e = 0; e < entities_.size(); ++e) {
        const auto& x = entities_[e];
        if (x.kind != EntityKind::person || !role_matches(x, heads, nations)) continue;
        int score = 0;
        for (auto n : nations)
            if (std::find(x.nations.begin(), x.nations.end(), n) != x.nations.end()) score += 2;
        for (const auto& h : heads)
            if (std::find(x.role_heads.begin(), x.role_heads.end(), h) != x.role_heads.end()) score += 1;
        // the latest mention before here breaks ties
        std::size_t seen = 0;
        for (const auto& m : mentions_)
            if (m.entity == static_cast<int>(e) &&
                (m.para < p.index || (m.para == p.index && m.token < first)))
                seen = 1 + m.para * 100000u + m.token;
        if (score > best_score || (score == best_score && seen > best_seen)) {
            best = static_cast<int>(e);
            best_score = score;
            best_seen = seen;
        }
    }
    if (best < 0) return {-1, written, 0.5, "role '" + written + "' matches nobody named"};
    return {best, entities_[best].name, best_score >= 2 ? 0.85 : 0.7,
            "role '" + written + "' → " + entities_[best].name};
}

int Registry::document_issuer(std::string_view noun) const {
    for (auto it = issuers_.rbegin(); it != issuers_.rend(); ++it)
        if (it->first == noun) return it->second;
    return issuers_.empty() ? -1 : issuers_.back().second;
}

void Registry::set_document_issuer(std::string_view noun, int entity) {
    if (entity >= 0) issuers_.emplace_back(std::string(noun), entity);
}

void Registry::emit(std::vector<Person>& people, std::vector<std::string>& ids) const {
    ids.assign(entities_.size(), std::string());
    std::size_t n = 0;
    for (std::size_t e = 0; e < entities_.size(); ++e) {
        const auto& x = entities_[e];
        if (x.kind != EntityKind::person && x.quotes == 0) continue;
        if (x.mentions == 0 && x.quotes == 0) continue;
        ids[e] = std::string(1, 'p').append(std::to_string(++n));
        people.push_back({ids[e], x.name, x.aliases, x.roles, std::max<std::size_t>(x.mentions, 1)});
    }
}

} // namespace parallax::extract::quotes
