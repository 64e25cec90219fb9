// Figures: The noun a count counts, and ratios ("23 of the 32 members").
#include "extract/figure_scanner.hpp"

namespace parallax::extract::figures::scan {

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
    const bool after_name = word(k - 1) && starts_capital(t_[k - 1].text) && !stop(k - 1);
    const bool led_by_word = word(k) && starts_capital(t_[k].text) && glued(k + 1) &&
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
    for (std::size_t j = k; j <= k + 1 && word(j) && starts_capital(t_[j].text); ++j)
        if (is_plural(lx_, t_[j].lower) && !is_acronym(t_[j].text) &&
            !(word(j + 1) && starts_capital(t_[j + 1].text)))
            return true;
    return false;
}

// The tokens `first` to `last` of a model's label as one lower-case word ("dc-10", "a321xlr").
std::string Scanner::label_code(std::size_t first, std::size_t last) const {
    std::string code;
    for (std::size_t j = first; j <= last; ++j)
        code += t_[j].lower;
    return code;
}

// After "one", the head noun is singular and cannot be told by its ending: "one parking space" goes on
// to a plain lower-case word, while "one team wins", "one man to…" and "one player scored" stop.
// ("one big weakness", "one companywide meeting": a noun in -ness or -ing after an adjective goes on;
// "One Nevada Democrat", "one Social Security trust fund": a capital after a capital goes on.)
bool Scanner::singular_continues(std::size_t k) const {
    if (!word(k) || stop(k) || number_word(k) || month(k)) return false;
    const bool after_capital = k > 0 && word(k - 1) && starts_capital(t_[k - 1].text);
    if (has_capital(t_[k].text) && !after_capital) return false;
    const std::string& w = t_[k].lower;
    const auto parts = dictionary_.parts(w);
    // (a word the dictionary does not know before it is taken for an adjective: "companywide")
    const auto before = k > 0 && word(k - 1) ? dictionary_.parts(t_[k - 1].lower) : text::Parts{};
    const bool after_adjective = k > 0 && word(k - 1) && !after_capital && !number_word(k - 1) &&
                                 (before.has(text::PartOfSpeech::adjective) || before.empty());
    const bool noun_in_ing = ends_with(w, "ing") && after_adjective && parts.has(text::PartOfSpeech::noun) &&
                             (!word(k + 1) || stop(k + 1)) && !in(lx_.determiners, k + 1);
    if ((ends_with(w, "s") && is_plural(lx_, w)) || ends_with(w, "ed") || ends_with(w, "ly") ||
        (ends_with(w, "ing") && !noun_in_ing) || is_possessive(w) || lx_.qualifiers_after.at(t_, k).value)
        return false;
    // ("one area ripe for improvement", "one person responsible for it": an adjective after the noun
    // opens a phrase of its own)
    if (parts.has(text::PartOfSpeech::adjective) && !parts.has(text::PartOfSpeech::noun) && word(k + 1) &&
        stop(k + 1))
        return false;
    // ("one person close to the company", "one man familiar with the deal": also when the adjective is a
    // noun too, before the preposition it takes)
    if (parts.has(text::PartOfSpeech::adjective) &&
        (lower_is(k + 1, "to") || lower_is(k + 1, "with") || lower_is(k + 1, "on")))
        return false;
    // ("one Democratic Governor put it": a verb with its object)
    if (parts.has(text::PartOfSpeech::verb) && in(lx_.object_words, k + 1) && !lower_is(k + 1, "to"))
        return false;
    // ("One Labour MP": an acronym after a name is no unit)
    const bool unit = lx_.units.at(t_, k).value && !(after_capital && is_acronym(t_[k].text));
    return !lx_.past_tenses.count(w) && !lx_.time_words.at(t_, k).value && !unit;
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
    if (!lower_is(k, "of") || !plain(k + 1) || ends_with(t_[k + 1].lower, "ing") || participle(k + 1) ||
        dictionary_.parts(t_[k + 1].lower).only(text::PartOfSpeech::adverb)) // ("of newly issued stock")
        return end;
    std::size_t last = k + 1;
    // "snaps of man coverage", but not "loaves of bread cost $7"
    // ("2,500 species of fish live in…": not into a verb)
    auto continues = [&](std::size_t j) {
        const auto parts = plain(j + 1) ? dictionary_.parts(t_[j + 1].lower) : text::Parts{};
        const bool verb = !parts.has(text::PartOfSpeech::noun) && parts.has(text::PartOfSpeech::verb) &&
                          (!parts.has(text::PartOfSpeech::adjective) || !word(j + 2) || stop(j + 2));
        return plain(j + 1) && !is_plural(lx_, t_[j].lower) && !core_at(j + 2) &&
               !lx_.currencies.at(t_, j + 2).value && !verb;
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

// The words of a counted noun phrase as its unit: participles the dictionary knows only as a verb's and
// adverbs describe rather than name ("decently sized plants" → "plant"), and comparatives before the
// head name their base ("two smaller tenancies" → "small tenancy").
std::string Scanner::phrase_name(const std::vector<std::string>& words) const {
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
    return out;
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
    // ("40 'terrorists'", "15 “ghost” schools": quotation marks around a word of the phrase)
    bool opened = false;
    auto quote = [&](std::size_t j) {
        return sign(j, "'") || sign(j, "\"") || sign(j, "\u2018") || sign(j, "\u2019") || sign(j, "\u201c") ||
               sign(j, "\u201d");
    };
    for (int n = 0; n < 5 && k < t_.size(); ++n) {
        // (an opening mark closes within two words: not '20.9 mln "due to be shipped"')
        const bool closes = (quote(k + 2) && glued(k + 2)) || (word(k + 2) && quote(k + 3) && glued(k + 3));
        if (quote(k) && (words.empty() ? !glued(k) && word(k + 1) && glued(k + 1) && closes
                                       : glued(k) && word(k + 1) && !glued(k + 1))) {
            opened = opened || words.empty();
            ++k;
        }
        // "digital and physical sales", "Kia and Hyundai vehicles", "timeout and out-of-memory failures",
        // "wasteful or bloated programs"
        if ((lower_is(k, "and") || lower_is(k, "or")) && !words.empty() && word(k + 1) &&
            (!stop(k + 1) || compound_at(k + 1)))
            ++k;
        // "one simple but powerful way": adjectives set against each other
        if (lower_is(k, "but") && !words.empty() && word(k - 1) && word(k + 1) &&
            dictionary_.parts(t_[k - 1].lower).has(text::PartOfSpeech::adjective) &&
            dictionary_.parts(t_[k + 1].lower).has(text::PartOfSpeech::adjective))
            ++k;
        // "two civil, substantive combatants": adjectives in a row, a comma between them
        if (sign(k, ",") && !words.empty() && word(k - 1) && word(k + 1) && !has_capital(t_[k + 1].text) &&
            dictionary_.parts(t_[k - 1].lower).has(text::PartOfSpeech::adjective) &&
            dictionary_.parts(t_[k + 1].lower).has(text::PartOfSpeech::adjective) &&
            !is_plural(lx_, t_[k + 1].lower) && plural_ahead(k + 2))
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
        // ("the ten or so he's sent": a pronoun and its verb)
        if (is_possessive(t_[k].text) && lx_.subject_pronouns.count(strip_possessive(t_[k].lower))) break;
        // ("three US soldiers": the country, not the pronoun)
        if (stop(k) && !modifier_of_plural(k) && !compound_at(k) &&
            !(is_acronym(t_[k].text) && plural_ahead(k + 1)))
            break;
        // "closed 5 higher", "ended 12 lower": a comparative with no noun after it describes a change
        if (lx_.adjective_forms.count(t_[k].lower) && !(word(k + 1) && !stop(k + 1)) &&
            !(compound_at(k) && (plural_ahead(k + 3) || capital_plural_ahead(k + 3))))
            break;
        // a name starts after a lower-case word ("the 1988 horror film Childs Play", "the 2019 film Little
        // Women") unless a plural noun follows it ("two other Illinois counties") or, after an adjective,
        // a capitalised plural ends the phrase ("ten million uninsured Americans", "20 different American
        // States")
        const bool capital_plural = k > 0 && word(k - 1) &&
                                    dictionary_.parts(t_[k - 1].lower).has(text::PartOfSpeech::adjective) &&
                                    capital_plural_ahead(k);
        // ("17 kidnapped Ugandan and Congolese fishermen": two capitals joined, then the plural)
        const bool capital_pair = (lower_is(k + 1, "and") || lower_is(k + 1, "or")) && word(k + 2) &&
                                  starts_capital(t_[k + 2].text) && plural_ahead(k + 3);
        if (lower_seen && starts_capital(t_[k].text) && !plural_ahead(k + 1) && !capital_plural &&
            !capital_pair)
            break;
        lower_seen = lower_seen || !starts_capital(t_[k].text);
        if (lx_.time_words.at(t_, k).value) break;
        // "a seven story building sitting metres away": a participle after a phrase of two nouns opens a
        // clause
        const auto measure = lx_.units.at(t_, k + 1).value;
        if (words.size() >= 2 && !plural && ends_with(t_[k].lower, "ing") && word(k + 1) &&
            !lower_is(k + 1, "of") && !has_capital(t_[k].text) &&
            (!plural_ahead(k + 1) || (measure && measure->kind == UnitKind::quantity)) &&
            dictionary_.parts(t_[k].lower).has(text::PartOfSpeech::verb))
            break;
        // "peaking at 13.1 million shortly after": a word that can only be an adverb names nothing
        // ("20 decently sized plants": one that describes the next word stays)
        // ("9,000 previously-neglected neighborhoods": an adverb in a compound describes its partner)
        if (dictionary_.parts(t_[k].lower).only(text::PartOfSpeech::adverb) && !compound_at(k) &&
            (!word(k + 1) || stop(k + 1)))
            break;
        std::string w = strip_possessive(t_[k].lower);
        // ("One woman's arm was broken": a possessor in the singular is what is counted)
        const bool possessor = is_possessive(t_[k].text) && !is_plural(lx_, w) && words.empty() && k > 0 &&
                               (number(k - 1) || number_word(k - 1));
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
        if (possessor) break;
        // ("one simple but powerful way": past an adjective set against another)
        const bool but_adjective = lower_is(k, "but") && word(k - 1) && word(k + 1) &&
                                   dictionary_.parts(t_[k - 1].lower).has(text::PartOfSpeech::adjective) &&
                                   dictionary_.parts(t_[k + 1].lower).has(text::PartOfSpeech::adjective);
        if (plural || (value == 1 && !singular_continues(k) && !but_adjective)) break;
    }
    if (end == npos) return npos;
    // "25 million need humanitarian aid", "9,300 sheltering": after a large number, a phrase with no
    // plural in it that opens with a word that can be a verb is that verb and its object (small
    // numbers make compounds: "a three course meal", "the 18-19 age group")
    if (value >= 1000 && !plural && word(start) && !has_capital(t_[start].text) && verb_only(start))
        return npos;
    if (names_nothing(words, start, end, plural, value)) return npos;
    // "14 fell ill": an irregular past tense is the verb, and the phrase stops before it
    // ("300 privately held companies", "120 newly built homes": after an adverb and before the noun it
    // is a participle that describes)
    for (std::size_t n = 0; n < words.size(); ++n)
        if (lx_.past_tenses.count(words[n]) &&
            !(n > 0 && n + 1 < words.size() && ends_with(words[n - 1], "ly") && plural)) {
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
    // ("12 dead and 40 wounded.": the dictionary's noun of the word is those people too)
    const auto tail_parts = dictionary_.parts(tail);
    const bool people = words.size() == 1 && start > 0 && number(start - 1) &&
                        tail_parts.has(text::PartOfSpeech::adjective) &&
                        (!tail_parts.has(text::PartOfSpeech::noun) || !word(end + 1)) &&
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
    unit = phrase_name(words);
    return opened && quote(end + 1) && glued(end + 1) ? end + 1 : end; // (the closing mark too)
}

// A phrase of one or two words after a number that is a verb or an adjective standing alone, no noun
// (`start` and `end` are its first and last tokens; `plural`, whether it ends in a plural).
bool Scanner::names_nothing(const std::vector<std::string>& words, std::size_t start, std::size_t end,
                            bool plural, double value) const {
    if (words.size() == 1 && word(start) && end == start) {
        // "another 9,000 overseas", "20 abroad": an adverb that is no noun; "1.2 million depends": a
        // verb's -s that no noun has
        // ("one new", "two spacewalks of Atlantis": an adjective before more words, a noun the dictionary
        // lacks)
        const auto written = dictionary_.parts(t_[start].lower);
        const bool alone = !word(end + 1) || stop(end + 1);
        if (written.has(text::PartOfSpeech::adverb) && !written.has(text::PartOfSpeech::noun) &&
            (!written.has(text::PartOfSpeech::adjective) || alone))
            return true;
        const auto base = dictionary_.parts(words[0]);
        if (plural && !written.has(text::PartOfSpeech::noun) && base.only(text::PartOfSpeech::verb) &&
            (value >= 1000 || in(lx_.object_words, end + 1)))
            return true;
    }
    // "900 badly damaged": an adverb and a participle
    if (words.size() == 2 && dictionary_.parts(words[0]).only(text::PartOfSpeech::adverb) &&
        (ends_with(words[1], "ed") || lx_.past_tenses.count(words[1])))
        return true;
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
        // "The 12 work in shifts", "20 live in tents": after a number above one, a singular that is
        // a verb's base form, then a preposition, is the verb of its subject
        // (the number opens its clause: not "a 9-2 lead in", "a 319,000 gain in")
        const std::size_t n = start - 1;
        const bool opens =
            start >= 1 && number(n) && !t_[n].decimal && (opens_clause(n) || lower_is(n - 1, "the"));
        if (value > 1 && opens && !is_plural(lx_, words[0]) && parts.has(text::PartOfSpeech::verb) &&
            (in(lx_.place_prepositions, next) || lower_is(next, "as") || lower_is(next, "with"))) {
            const auto bases = dictionary_.bases(words[0], text::PartOfSpeech::verb);
            if (std::find(bases.begin(), bases.end(), words[0]) != bases.end()) return true;
        }
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
    std::size_t u = k + 1;
    const bool hyphen = sign(u, "-") && glued(u);
    if (!number(k) && !(number_word(k) && hyphen)) return k; // ("two four-year terms")
    if (hyphen) ++u;
    const auto unit = lx_.units.at(t_, u);
    // ("three 10-year contracts", "six 60-seat buses", "two 500-bed hospitals": a duration or a count
    // joined by a hyphen is a size too)
    const bool counted = hyphen && !unit.value && word(u) && glued(u) && !stop(u) &&
                         !is_plural(lx_, t_[u].lower) && plural_ahead(u + 1);
    if (counted) return u + 1;
    if (!unit.value || unit.value->kind == UnitKind::percent ||
        (unit.value->kind == UnitKind::duration && !hyphen))
        return k;
    const std::size_t after = u + unit.length;
    if (ends_with(t_[after - 1].lower, "olds")) return k; // ("three 16-year-olds" are the people counted)
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
        if (lower_is(j, "every") && core_at(j + 1)) return j + 1; // "four of every 10 graduates"
        // "14 of Kenya's 47 counties": an owner before the whole is no part of it ("two of Johnson's
        // deputies" keeps its owner, as annotators do)
        if (word(j) && is_possessive(t_[j].text) && !stop(j) && core_at(j + 1)) return j + 1;
        if (!in(lx_.whole_determiners, j)) return j;
        // ("61 of the Knesset's 120 seats": or an owner after the determiner)
        if (word(j + 1) && is_possessive(t_[j + 1].text) && core_at(j + 2)) return j + 2;
        // "seven of the top 10 banks", "two of its last three games": one adjective may stand
        // between the determiner and the whole
        if (word(j + 1) && !has_capital(t_[j + 1].text) && core_at(j + 2) && !number_word(j + 1))
            return j + 2;
        // ("752 of the more than 1,200 people detained": or a bound of two words)
        if (const auto q = lx_.qualifiers.at(t_, j + 1);
            q.value && q.length >= 2 && core_at(j + 1 + q.length))
            return j + 1 + q.length;
        return j + 1;
    };
    // ("a one-in-three chance", "a one-in-100-year flood": "in" between hyphens)
    const bool hyphened_in = sign(k, "-") && glued(k) && lower_is(k + 1, "in") && glued(k + 1) &&
                             sign(k + 2, "-") && glued(k + 2) && glued(k + 3);
    if (hyphened_in) ++k;
    if (lower_is(k, "of") || (lower_is(k, "out") && lower_is(k + 1, "of")) || lower_is(k, "in")) {
        std::size_t j = lower_is(k, "out") ? k + 2 : hyphened_in ? k + 2 : k + 1;
        j = skip_det(j);
        const auto whole = core_at(j);
        // "one in five", but "eight in 24 hours" is a count and a duration
        // ("2 in 5 in 2022": a spaced "in" after the whole is the preposition, not inches)
        const std::size_t u = whole ? whole->last + 1 : npos;
        const bool unit_after = whole && lx_.units.at(t_, u).value && !(lower_is(u, "in") && !glued(u));
        const bool in_ok =
            !lower_is(k, "in") || (whole && whole->value <= 1000 && (one || f.core.scale == 1) &&
                                   !unit_after && (one || round_whole(whole->value)));
        // ("17 out of 17 times", "all 12 of 12 races": a whole may be met in full)
        const bool in_full = whole && whole->value == f.core.value && !lower_is(k, "in");
        if (whole && in_ok && !whole->year_like && (whole->value > f.core.value || in_full)) {
            f.kind = FigureKind::ratio;
            f.of = whole->value;
            f.last = whole->last;
            std::string unit;
            // "three out of four of its spires", "eight of the 10 most populous states"
            std::size_t from = whole->last + 1;
            if (sign(from, "-") && glued(from) && lower_is(from + 1, "plus")) from += 2; // "the 2,000-plus"
            // ("60 of Mexico's 430 or so creditor banks": past a qualifier after the whole)
            if (const auto qa = lx_.qualifiers_after.at(t_, from); qa.value && word(from + qa.length))
                from += qa.length;
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
        // ("the three-time world champion": how many times; "a one-time payment" is no count)
        if (stop(k + 1) && !(lower_is(k + 1, "time") && f.core.value >= 2)) return;
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
        const bool label = starts_capital(t_[head].text) && number(head + 1); // "Week 15"
        if (u.value && u.length == 1 && u.value->where == Where::any && !label &&
            (u.value->kind == UnitKind::quantity || u.value->kind == UnitKind::duration)) {
            f.kind = kind_of(u.value->kind);
            f.unit = u.value->unit;
            f.has_unit = true;
            return;
        }
        // "Seven voters in 10 back the plan": the noun between the part and its round whole
        if (noun == k && lower_is(end + 1, "in")) {
            const auto whole = core_at(end + 2);
            const std::size_t after = whole ? whole->last + 1 : npos;
            if (whole && !whole->year_like && whole->value > f.core.value && round_whole(whole->value) &&
                f.core.scale == 1 && !lx_.units.at(t_, after).value &&
                (!word(after) || stop(after) || verb_follows(after) ||
                 (!is_plural(lx_, t_[after].lower) && !has_capital(t_[after].text)))) {
                f.kind = FigureKind::ratio;
                f.of = whole->value;
                f.last = whole->last;
                return;
            }
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
// A noun of a person by kin, age or role ("the minister", "his mother", "chief executive").
bool Scanner::person_noun(std::size_t noun) const { return in(lx_.person_nouns, noun); }

// "The minister", "the former minister", "Mr Salvati, a former truck driver": a person named by a role,
// up to three plain words between the determiner and the noun (an indefinite one in apposition only).
bool Scanner::role_before(std::size_t noun) const {
    if (noun >= t_.size() || !person_noun(noun) || is_plural(lx_, t_[noun].lower)) return false;
    for (std::size_t k = noun, n = 0; k > 0 && n < 4; --k, ++n) {
        const std::size_t d = k - 1;
        if (in(lx_.person_determiners, d) || (word(d) && is_possessive(t_[d].text))) return true;
        // ("The Wallabies' coach")
        if ((sign(d, "'") || sign(d, "\u2019")) && glued(d) && d > 0 && word(d - 1) &&
            t_[d - 1].lower.back() == 's')
            return true;
        if ((lower_is(d, "a") || lower_is(d, "an")) && d > 0 && sign(d - 1, ",")) return true;
        // ("the Chicago Fire actor, 35,": a name in capitals may describe the role)
        if (!word(d) || stop(d)) return false;
    }
    return false;
}

bool Scanner::described_person(std::size_t noun) const {
    if (noun < 1 || !word(noun) || stop(noun) || number_word(noun) || lx_.units.at(t_, noun).value)
        return false;
    if (is_plural(lx_, t_[noun].lower)) return false; // "of the 300 passengers, 52, …" counts people
    const std::size_t d = noun - 1;
    // ("His mother, 67, and father, 70,": the next of a list of people)
    const bool listed = lower_is(d, "and") && d > 0 && sign(d - 1, ",") && person_noun(noun);
    // ("A woman, 86, lost", "One victim, 78, told": a person of a kind, by a noun of a person only)
    const bool someone = (lower_is(d, "a") || lower_is(d, "an") || lower_is(d, "one")) && person_noun(noun);
    return in(lx_.person_determiners, d) || (word(d) && is_possessive(t_[d].text)) || listed || someone;
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
    // ("The states 4,000 public schools": a plural noun there is an owner with its apostrophe lost)
    if (is_plural(lx_, w) && dictionary_.parts(w).has(text::PartOfSpeech::noun)) return;
    if (stop(m) || number_word(m) || month(m) || ends_with(w, "ing") || ends_with(w, "ed") ||
        lx_.units.at(t_, m).value || lx_.currencies.at(t_, m).value || lx_.qualifiers.at(t_, m).value)
        return;
    const auto base = lx_.adjective_forms.find(w);
    f.unit = (base != lx_.adjective_forms.end() ? base->second : w) + " " + f.unit;
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
        // ("the death toll has now risen to 238": past an adverb and the auxiliary)
        std::size_t head = k - 1;
        if (head > 1 && word(head) && dictionary_.parts(t_[head].lower).has(text::PartOfSpeech::adverb) &&
            !in(lx_.amount_nouns, head))
            --head;
        if (head > 1 && in(lx_.auxiliary_verbs, head)) --head;
        // ("Kenya's death toll from the floods has risen": past a place or a cause after the noun)
        if (head > 3 && !in(lx_.amount_nouns, head) && word(head) && in(lx_.definite_determiners, head - 1) &&
            (lower_is(head - 2, "from") || lower_is(head - 2, "in")) && in(lx_.amount_nouns, head - 3))
            head -= 3;
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

} // namespace parallax::extract::figures::scan
