// Figures: Reading the paragraph around the figures: months, sentences, the words of verbs and names.
#include "extract/figure_scanner.hpp"

namespace parallax::extract::figures::scan {

int Scanner::month(std::size_t i) const {
    if (!word(i)) return 0;
    const auto it = lx_.months.find(t_[i].lower);
    if (it == lx_.months.end()) return 0;
    // news capitalises months; in lower-cased text only the full names that are no other word count
    // ("january 5"), and in a paragraph written without capitals any month beside a day's number with a
    // preposition of dates or a year ("on 14 march"; "5 may lose limbs", "march 10 miles" are no dates)
    const bool capital = starts_capital(t_[i].text);
    const bool dated = in(lx_.date_prepositions, i - 1) || in(lx_.date_prepositions, i - 2) ||
                       year_at(i + 2) || (sign(i + 2, ",") && year_at(i + 3));
    const std::size_t next = sign(i + 1, ".") && glued(i + 1) ? i + 2 : i + 1; // "on feb. 11"
    const bool by_day = uncased_ && dated && (small_int(i - 1, 1, 31) || small_int(next, 1, 31));
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

// A holiday's name ends at token k: a holiday ("Christmas", holiday_words.txt), or its day told in a
// second word ("Boxing Day", "New Year's Eve", "Easter Sunday").
bool Scanner::holiday_ends(std::size_t k) const {
    if (in(lx_.holiday_words, k)) return true;
    return k > 0 && (in(lx_.holiday_words, k - 1) || is_possessive(t_[k - 1].lower)) &&
           (lower_is(k, "day") || lower_is(k, "eve") || weekday(k));
}

// A period read without the "'s" unpossess_periods took from it ("one day's pay").
bool Scanner::possessed_period(std::size_t k) const {
    if (!word(k)) return false;
    const auto points = std::count_if(t_[k].text.begin(), t_[k].text.end(), [](char ch) {
        return (static_cast<unsigned char>(ch) & 0xC0) != 0x80;
    });
    return t_[k].end - t_[k].begin > static_cast<std::size_t>(points);
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

// The last token of initials written with points at token k ("U.S.", "H.K."), or npos.
std::size_t Scanner::initials_end(std::size_t k) const {
    std::size_t j = k;
    while (word(j) && t_[j].text.size() == 1 && sign(j + 1, ".") && glued(j + 1) && (j == k || glued(j)))
        j += 2;
    return j >= k + 4 ? j - 1 : npos;
}

// "160 million people demands a stable agriculture": a plural that can be a verb, before "a", "an" or
// "the" and no word of a rate ("3 savings accounts a day"), is the verb of its clause.
bool Scanner::verb_before_article(std::size_t k) const {
    if (!(lower_is(k + 1, "a") || lower_is(k + 1, "an") || lower_is(k + 1, "the"))) return false;
    if (in(lx_.per_words, k + 2) || lx_.units.at(t_, k + 2).value) return false;
    return dictionary_.parts(noun_singular(t_[k].lower)).has(text::PartOfSpeech::verb);
}

bool Scanner::sentence_end(std::size_t k) const {
    // ("in the U.K. 37,800": initials' last point before a number ends nothing)
    const bool initials = sign(k, ".") && k >= 3 && initials_end(k - 3) == k && !word(k + 1);
    return (sign(k, ".") || sign(k, "!") || sign(k, "?") || sign(k, ";")) && k + 1 < t_.size() &&
           t_[k + 1].space_before && !initials &&
           (t_[k + 1].type != TokenType::word || starts_capital(t_[k + 1].text));
}

bool Scanner::same_sentence(std::size_t a, std::size_t b) const {
    return a < sentence_.size() && b < sentence_.size() && sentence_[a] == sentence_[b];
}

// The tokens of the sentence that holds token k, as [first, end).
std::pair<std::size_t, std::size_t> Scanner::sentence_of(std::size_t k) const {
    std::size_t first = k, end = k;
    while (first > 0 && same_sentence(first - 1, k))
        --first;
    while (end < t_.size() && same_sentence(end, k))
        ++end;
    return {first, end};
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
    if (!word(k) || starts_capital(t_[k].text)) return false;
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

// Token i opens a clause: it starts its sentence, or a comma, a conjunction or a qualifier comes right
// before it ("nearly half said", "…, and 12 work in shifts").
bool Scanner::opens_clause(std::size_t i) const {
    return i == 0 || sentence_end(i - 1) || sign(i - 1, ",") || in(lx_.clause_conjunctions, i - 1) ||
           lx_.qualifiers.before(t_, i).value;
}

// "totaled", "topped", "passed" at token k: a verb that gives an amount, with the subject before it
// naming what is counted.
bool Scanner::amount_verb(std::size_t k) const {
    return in(lx_.amount_verbs, k) || in(lx_.exceed_verbs, k) || in(lx_.pass_verbs, k);
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

} // namespace parallax::extract::figures::scan
