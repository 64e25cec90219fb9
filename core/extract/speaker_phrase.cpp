// The noun phrase that names who spoke: a name (with titles and appositions), a pronoun, a role
// noun, a group, a body, a country or a document; several of them joined by "and".
#include "extract/quote_engine.hpp"

#include <algorithm>

namespace parallax::extract::quotes {

namespace {

/// "a resident", "one woman", "another official": one unnamed member of a group that can speak
/// (the group lexicon lists plurals, so the head's plural is looked up there).
bool indefinite_member(const Para& p, std::size_t first, std::string_view head, const Lexicon& lex) {
    // ("two people said", "two of the people said", "several people told": people counted)
    if ((head == "people" || head == "persons") &&
        (p.tok(first).kind == text::TokenKind::number ||
         in(p.norm(first),
            {"two", "three", "four", "five", "six", "several", "many", "some", "few", "both"})))
        return true;
    if (!(p.is(first, "a") || p.is(first, "an") || p.is(first, "one") || p.is(first, "another")))
        return false;
    // ("one of them said", "one of the people said": a member of those just spoken of)
    if (p.is(first, "one") && p.is(first + 1, "of") && (head == "them" || head == "people" || head == "us"))
        return true;
    const std::string singular(head);
    std::string irregular;
    if (singular.size() > 3 && singular.ends_with("man"))
        irregular = singular.substr(0, singular.size() - 3) + "men";
    for (const std::string& plural : {singular + "s", singular + "es", irregular})
        if (!plural.empty() && lex.groups.count(plural)) return true;
    return false;
}

/// "the 58-year-old", "the 23-year-old striker": a person described by age alone.
bool age_description(const Para& p, std::size_t first, std::size_t last) {
    if (!p.is(first, "the")) return false;
    for (std::size_t i = first + 1; i + 4 < last; ++i)
        if (p.tok(i).kind == text::TokenKind::number && p.punct(i + 1, U'-') && p.is(i + 2, "year") &&
            p.punct(i + 3, U'-') && p.is(i + 4, "old"))
            return last - (i + 5) <= 1; // at most one noun after it
    return false;
}

/// Words that may open a speaking noun phrase although they are function words.
bool np_opener(std::string_view w) {
    return title_modifier(w) ||
           in(w, {"the",  "a",    "an",      "his", "her", "its",   "their", "our",   "both",  "all", "some",
                  "many", "most", "several", "one", "two", "three", "other", "these", "those", "each"});
}

/// The head of [first, last): the last word, or the word before an "of"/"for" complement
/// ("the head of the fund" → head); after a part or an amount, the noun of its complement ("one of
/// the columns" → columns, "Hundreds of maize farmers in the North Rift" → farmers).
std::size_t head_of(const Para& p, std::size_t first, std::size_t last) {
    std::size_t end = last;
    while (end > first && !p.word(end - 1))
        --end;
    if (end == first) return last;
    // ("The mum-of-three said", "a father-of-two": the kin noun before its hyphenated count)
    if (end >= first + 5 && p.punct(end - 2, U'-') && p.is(end - 3, "of") && p.punct(end - 4, U'-') &&
        p.word(end - 5))
        return end - 5;
    const bool partitive =
        end - first > 2 && p.is(first + 1, "of") &&
        in(p.norm(first), {"one", "some", "many", "most", "several", "all", "none", "each", "two", "three",
                           "hundreds", "thousands", "dozens", "scores", "millions", "tens"});
    if (partitive) {
        std::size_t k = first + 2;
        while (k < end &&
               !in(p.norm(k), {"in", "at", "from", "on", "with", "across", "near", "of", "for", "by"}))
            ++k;
        return k > first + 2 ? k - 1 : end - 1;
    }
    for (std::size_t i = first + 1; i < end; ++i) {
        // (not inside a hyphenated compound: "Mum-of-three Kelly Brennan")
        if ((p.is(i, "of") || p.is(i, "for")) && i > first && p.word(i - 1)) return i - 1;
        // ("Officials in the region", "Residents near the plant": a place after the noun)
        if (in(p.norm(i), {"in", "at", "from", "near", "across", "inside", "outside"}) && p.word(i - 1) &&
            (!p.tok(i - 1).capitalised || i - 1 == first) && p.has(i - 1, f_group | f_role | f_org))
            return i - 1;
        // ("people familiar with the matter", "one banker involved in the talks": a noun described after
        // it, as anonymous sources are)
        if (describes_source(p.norm(i))) return i - 1;
    }
    return end - 1;
}

/// Whether a phrase of `table` ends [first, last) exactly.
bool phrase_ends(const Para& p, std::size_t first, std::size_t last, const PhraseTable& table,
                 std::uint32_t start_flag) {
    for (std::size_t i = first; i < last; ++i) {
        if (!p.has(i, start_flag)) continue;
        const auto* list = table.starting_with(strip_possessive(p.norm(i)));
        if (!list) continue;
        for (const auto& ph : *list) {
            if (i + ph.words.size() != last) continue;
            bool ok = true;
            for (std::size_t w = 0; w < ph.words.size() && ok; ++w)
                ok = strip_possessive(p.norm(i + w)) == ph.words[w];
            if (ok) return true;
        }
    }
    return false;
}

// multi-word bodies ("white house", "state department") end at the head
bool body_head(const Para& p, std::size_t first, std::size_t last, const Lexicon& lex) {
    return phrase_ends(p, first, last, lex.bodies, f_body_start);
}

/// A role in words whose head alone is none, ending at h: "one senior figure", "a leading Labour figure".
bool worded_role(const Para& p, std::size_t first, std::size_t h, const Lexicon& lex) {
    if (phrase_ends(p, first, h + 1, lex.roles, f_role_start)) return true;
    if (h < first + 2 || !p.cap(h - 1) || !p.has(h - 2, f_role_start)) return false;
    if (const auto* list = lex.roles.starting_with(p.norm(h - 2))) // (a party between: "senior Tory figure")
        for (const auto& ph : *list)
            if (ph.words.size() == 2 && ph.words[1] == strip_possessive(p.norm(h))) return true;
    return false;
}

/// "the people said": Reuters' "people familiar with the matter", named once before.
bool the_people(const Para& p, std::size_t first, std::size_t last) {
    return last == first + 2 && p.is(first, "the") && p.is(first + 1, "people");
}

/// Splits a coordination ("Rubio and Lavrov", "Both Rubio as well as Lavrov") into conjuncts.
std::vector<std::pair<std::size_t, std::size_t>> conjuncts(const Para& p, std::size_t first,
                                                           std::size_t last) {
    std::vector<std::pair<std::size_t, std::size_t>> out;
    std::size_t start = first;
    for (std::size_t i = first; i < last; ++i) {
        std::size_t skip = 0;
        // ("&" joins a firm's name, not two speakers: "a Marks & Spencer spokesperson")
        if (p.is(i, "and"))
            skip = 1;
        else if (p.comma(i))
            skip = 1;
        else if (p.is(i, "as") && p.is(i + 1, "well") && p.is(i + 2, "as"))
            skip = 3;
        if (skip == 0) continue;
        if (i > start) out.emplace_back(start, i);
        start = i + skip;
        i = start - 1;
    }
    if (start < last) out.emplace_back(start, last);
    if (out.size() > 1 && p.is(out[0].first, "both")) ++out[0].first; // "Both Rubio and Lavrov"
    return out;
}

} // namespace

bool title_modifier(std::string_view w) {
    return in(w, {"former", "senior", "chief", "deputy", "acting", "lead", "executive", "managing",
                  "associate", "assistant", "top"});
}

bool describes_source(std::string_view w) {
    return in(w, {"familiar", "involved", "briefed", "knowledgeable", "polled", "surveyed", "close"});
}

bool modifies_next_noun(const Para& p, std::size_t i) {
    const auto w = p.norm(i);
    return p.has(i + 1, f_group | f_role) && !p.tok(i + 1).capitalised && !w.ends_with("ed") &&
           w.back() != 's' && !in(w, {"said", "told", "wrote", "tell", "say"});
}

bool is_finite(const Para& p, std::size_t i, const Lexicon& lex) {
    if (!p.word(i) || p.tok(i).capitalised) return false;
    // the second half of a compound is no verb: "Western-backed", "Tennessee-based"
    if (i > 0 && !p.tok(i).space_before && p.punct(i - 1, U'-')) return false;
    const auto w = p.norm(i);
    if (p.has(i, f_aux)) return true;
    if (!p.has(i, f_verb) && (w.size() < 4 || !w.ends_with("ed"))) return false; // (no verb form at all)
    // after a determiner a verb form is a noun or an adjective: "the accused", "the proposed plan";
    // after a preposition a noun: "in remarks carried by the agency"
    bool determined = i > 0 && p.word(i - 1) &&
                      (np_opener(p.norm(i - 1)) ||
                       in(p.norm(i - 1), {"in", "of", "with", "by", "for", "on", "at", "from"}));
    // (past its adjectives too: "the new report", "the 34-page report", "a five-member panel")
    for (std::size_t j = i; !determined && j-- > 0 && i - j <= 4;) {
        if (p.word(j) && np_opener(p.norm(j)) && j + 1 < i) {
            determined = true;
            break;
        }
        // (a number, a hyphenated compound's parts, an adjective the dictionary knows and no noun)
        const bool compound = p.word(j) && j > 0 && p.punct(j - 1, U'-') && !p.tok(j).space_before;
        const auto parts = p.word(j) && lex.dictionary ? lex.dictionary->parts(p.norm(j)) : text::Parts{};
        const bool adjective = p.word(j) && !p.tok(j).capitalised &&
                               parts.has(text::PartOfSpeech::adjective) &&
                               !parts.has(text::PartOfSpeech::noun);
        const bool modifier =
            p.tok(j).kind == text::TokenKind::number || p.punct(j, U'-') || compound || adjective;
        if (!modifier) break;
    }
    const bool modifies = modifies_next_noun(p, i);
    if (p.has(i, f_verb))
        return !determined && !modifies && !(w.size() > 4 && w.substr(w.size() - 3) == "ing");
    // a past form ("agreed", "raised"; "sued", "fled" when the dictionary knows the verb)
    if (determined || w.size() < 4 || w.substr(w.size() - 2) != "ed") return false;
    if (w.size() > 4) return true;
    if (!lex.dictionary) return false;
    const auto bases = lex.dictionary->bases(w, text::PartOfSpeech::verb);
    return !bases.empty() && bases.back() != w;
}

/// "people familiar with the matter", "two people briefed on the talks": people speak only when described
/// as a source is.
static bool described_people(const Para& p, std::size_t h, std::size_t last) {
    return (p.is(h, "people") || p.is(h, "person") || p.is(h, "those")) && h + 1 < last &&
           describes_source(p.norm(h + 1));
}

bool is_speaker_phrase(const Para& p, std::size_t first, std::size_t last, const Registry& reg) {
    const auto& lex = reg.lex();
    while (first < last && (p.is(first, "but") || p.is(first, "and") || p.is(first, "so")))
        ++first;
    while (last > first && !p.word(last - 1))
        --last;
    if (first >= last || last - first > 14) return false;
    const auto w0 = p.norm(first);
    if (last - first == 1 && p.has(first, f_pronoun)) return true;
    if (p.has(first, f_function) && !np_opener(w0) && !p.tok(first).all_caps) return false;
    // "Speaking to reporters" (but "Streeting" is a name, and "Housing Minister Clara Diaz" a portfolio)
    // ("Shipping company MSC said", "Shipping sector lawmaker Edmund Ho said": a trade before a role or a
    // body)
    const auto role_or_body = [&](std::size_t k) {
        return k < last && p.has(k, f_role | f_role_start | f_body_start);
    };
    if (w0.size() > 4 && w0.substr(w0.size() - 3) == "ing" && !reg.is_name_word(p, first) &&
        !(p.cap(first) && (role_or_body(first + 1) || (role_or_body(first + 2) && !p.cap(first + 1)))))
        return false;
    for (std::size_t i = first; i < last; ++i) {
        // ("one banker involved in the talks": a participle describing the noun before it)
        const auto described = [&] {
            return i > first && p.norm(i).ends_with("ed") &&
                   (lex.is_role_word(p.norm(i - 1)) || lex.groups.count(p.norm(i - 1)));
        };
        // ("an interim report", "the annual report": a document's noun closing the phrase after its
        // adjective)
        const bool document_head = (i + 1 == last || p.is(i + 1, "by") || p.is(i + 1, "from")) &&
                                   i > first + 1 && lex.documents.count(p.norm(i)) > 0 &&
                                   in(p.norm(first), {"a", "an", "the", "its", "their"});
        if (is_finite(p, i, lex) && !described() && !document_head) return false;
        if (p.quote_mark(i)) return false;
        if (p.word(i) && (p.norm(i) == "who" || p.norm(i) == "which" || p.norm(i) == "that")) return false;
    }
    if (age_description(p, first, last)) return true;
    const std::size_t h = head_of(p, first, last);
    if (h >= last) return false;
    const auto head = strip_possessive(p.norm(h));
    // ends in a possessive (but "Moody's said", "McDonald's says": a name with its 's, right before the verb)
    // (and before any verb: "Moody's placed the company on review, saying…")
    if (head.size() != p.norm(h).size() && h + 1 == last &&
        !(p.cap(h) && (p.has(last, f_verb) ||
                       (p.word(last) && p.norm(last).ends_with("ed") &&
                        in(p.norm(last + 1), {"the", "a", "an", "its", "their", "it", "his", "her"})))))
        return false;
    if (reg.is_name_word(p, h)) return true;
    if (lex.is_role_word(head) || lex.groups.count(head) || lex.documents.count(head)) return true;
    if (the_people(p, first, last)) return true;
    if (described_people(p, h, last)) return true;
    if (indefinite_member(p, first, head, lex)) return true;
    if (body_head(p, first, last, lex)) return true;
    if (worded_role(p, first, h, lex)) return true;
    // "the office of Minister Sione Fifita": a body whose head comes before its "of" complement
    if (h + 1 < last && p.is(h + 1, "of") && body_head(p, first, h + 1, lex)) return true;
    return reg.is_place(p, h, h + 1);
}

namespace {

/// A number glued to the word before it is part of a name: "G7", "the P5".
bool name_number(const Para& p, std::size_t i) {
    return i > 0 && p.tok(i).kind == text::TokenKind::number && !p.tok(i).space_before && p.word(i - 1);
}

/// A description that names nobody points back at the person in view, as "he" would.
Resolved refer_back(const Para& p, std::size_t first, const std::string& written, Registry& reg) {
    auto r = reg.resolve_pronoun(p, first, "he", false);
    if (r.entity < 0 || reg.entities()[r.entity].kind != EntityKind::person) return {};
    r.confidence = std::min(r.confidence, 0.6);
    r.reason = "'" + written + "' refers back: " + r.reason;
    return r;
}

/// "the Spaniard joked", "the Wyoming Republican said": a description by nationality or party.
Resolved epithet(const Para& p, std::size_t first, std::size_t last, std::size_t h,
                 const std::string& written, Registry& reg) {
    if (!p.is(first, "the") || h <= first || h >= last || !reg.is_name_word(p, h) || p.tok(h).all_caps ||
        reg.person_for_name(p, h, h + 1, false) >= 0)
        return {};
    return refer_back(p, first, written, reg);
}

/// Whether [first, h) is all capitals ("&", "of" and hyphens between them).
bool capitals(const Para& p, std::size_t first, std::size_t h) {
    for (std::size_t k = first; k < h; ++k)
        if (!(p.is(k, "&") || (k > first && (p.is(k, "of") || p.punct(k, U'-'))) || p.cap(k))) return false;
    return first < h;
}

/// Whether [first, h) is all capitals and holds an institution's word: "S&P Global", "BlackRock Global".
bool capitals_with_institution(const Para& p, std::size_t first, std::size_t h) {
    if (!capitals(p, first, h)) return false;
    for (std::size_t k = first; k < h; ++k)
        if (p.has(k, f_org)) return true;
    return false;
}

Resolved single_speaker(const Para& p, std::size_t first, std::size_t last, Registry& reg) {
    const auto& lex = reg.lex();
    while (first < last && (p.is(first, "but") || p.is(first, "and")))
        ++first;
    // ("Number 10 said", "No 10 said": the prime minister's office by its door)
    if (last >= first + 2 && (p.is(last - 2, "number") || p.is(last - 2, "no")) && p.cap(last - 2) &&
        p.str(last - 1) == "10") {
        const std::string door(p.text(last - 2, last));
        return {reg.body(door, EntityKind::body), door, 0.8, "body: " + door};
    }
    while (last > first && !p.word(last - 1) && !name_number(p, last - 1))
        --last;
    if (first >= last) return {};
    const std::string written(p.text(first, last));
    if (last - first == 1 && lex.pronouns.count(p.norm(first)))
        return reg.resolve_pronoun(p, first, p.norm(first));

    // a personal name: the last non-possessive name run, its titles before it (not one a source is described
    // by: "a source close to Danny Rowe", "people familiar with Smith's thinking")
    std::size_t described_by = last;
    for (std::size_t i = first + 1; i < last && described_by == last; ++i)
        if (describes_source(p.norm(i))) described_by = i;
    // ("Mark from Bordeaux", "Anna Bell from Leeds": where someone comes from is no one's name)
    std::size_t from = last;
    for (std::size_t i = first + 1; i < described_by; ++i)
        if (p.is(i, "from") && reg.is_name_word(p, i - 1)) {
            described_by = from = i;
            break;
        }
    std::size_t best_first = last, best_last = last;
    // ("Analysts at BTG Pactual", "economists at HSBC": a group of an institution, not its name's person)
    const std::size_t group_head = head_of(p, first, last);
    const bool group_of = group_head < last && (lex.groups.count(p.norm(group_head)) > 0);
    for (std::size_t i = first; i < described_by;) {
        const std::size_t end = std::min(reg.name_run_end(p, i), last);
        if (end == i) {
            ++i;
            continue;
        }
        if (group_of && i > group_head && (p.is(i - 1, "at") || p.is(i - 1, "of") || p.is(i - 1, "from"))) {
            i = end;
            continue;
        }
        const bool poss = strip_possessive(p.norm(end - 1)).size() != p.norm(end - 1).size();
        const std::size_t start = reg.name_start_in_run(p, i, end);
        bool titled = false; // a title before the name, not an institution ("Office for National Statistics")
        for (std::size_t k = i; k < start; ++k)
            titled = titled || p.has(k, f_role | f_honorific_start);
        const bool person =
            reg.looks_like_person(p, start, end, titled) || reg.person_for_name(p, start, end, false) >= 0;
        if (!poss && start < end && person) {
            best_first = start;
            best_last = end;
        }
        i = end;
    }
    const std::size_t h = head_of(p, first, last);
    const auto head = h < last ? strip_possessive(p.norm(h)) : std::string_view();
    // "Monzer Akbik of the National Coalition opposition group", "chief economist Raj Patel of HSBC", "Susan
    // Jebb at the University of Oxford": a person of an organisation (the first name run, past a title)
    for (std::size_t i = first; i < last;) {
        const std::size_t end = std::min(reg.name_run_end(p, i), last);
        if (end == i) {
            if (!p.word(i) || p.cap(i) || i - first > 4) break; // (a description in lower case)
            ++i;
            continue;
        }
        // ("Political analyst Meera Iyengar of Jain University": a capital opening the sentence before
        // a role in lower case describes)
        if (i == first && end == i + 1 && end < last && p.has(end, f_role) && !p.cap(end)) {
            i = end + 1;
            continue;
        }
        // (the run may hold the "of" itself, as "Secretary of State" does: "Raj Patel of HSBC")
        std::size_t stop = end;
        for (std::size_t m = i + 1; m < end; ++m)
            if (p.is(m, "of")) {
                stop = m;
                break;
            }
        const std::size_t start = reg.name_start_in_run(p, i, stop);
        // (inside the run only when the organisation closes the phrase and a name, not a title, stands
        // before it: not "Secretary of State Marco Rubio", nor "Scripps Institution of Oceanography at…")
        const bool inside =
            stop < end &&
            (end == last || strip_possessive(p.norm(end - 1)).size() != p.norm(end - 1).size()) &&
            stop - start >= 2 && !lex.is_role_word(p.norm(start));
        const bool of_after = inside || (stop == end && end < last && (p.is(end, "of") || p.is(end, "at")));
        if (start < stop && of_after && reg.looks_like_person(p, start, stop, false)) {
            best_first = start;
            best_last = last = stop;
        }
        break;
    }
    // "the Wyoming Republican" is a description, not a name ("the" stands before no personal name)
    const bool described = best_first > first && p.is(best_first - 1, "the");
    if (best_first < last && (best_last == last || best_last == from) &&
        !reg.is_place(p, best_first, best_last) && !described) {
        const int e = reg.person_for_name(p, best_first, best_last, true);
        if (e >= 0) {
            if (best_first > first) reg.add_role(e, p, first, best_first);
            return {e, reg.entities()[e].name, 0.95, "named: " + written};
        }
    }
    if (age_description(p, first, last)) // "the 58-year-old said"
        if (auto back = refer_back(p, first, written, reg); back.entity >= 0) return back;
    // ("an interim report by government investigators": the document before its issuer's "by")
    bool issued_by = false;
    for (std::size_t i = first + 1; i + 1 < last && !issued_by; ++i)
        issued_by = (p.is(i, "by") || p.is(i, "from")) && lex.documents.count(p.norm(i - 1)) > 0;
    if (lex.documents.count(head) || issued_by) {
        for (std::size_t i = first; i + 1 < last; ++i)
            if (p.is(i, "by") || p.is(i, "from")) {
                auto r = single_speaker(p, i + 1, last, reg);
                if (r.entity >= 0) reg.set_document_issuer(head, r.entity);
                r.reason = "'" + written + "' speaks for its issuer: " + r.reason;
                return r;
            }
        // ("Its statement said", "their letter says": the owner the pronoun points back at issued it)
        if (in(p.norm(first), {"its", "his", "her", "their"})) {
            auto r = reg.resolve_pronoun(p, first, subject_form(p.norm(first)));
            if (r.entity >= 0) {
                reg.set_document_issuer(head, r.entity);
                r.reason = "'" + written + "' speaks for its issuer: " + r.reason;
                return r;
            }
        }
        // ("A new poll suggests…": a document just introduced is none the article has named an issuer for)
        const bool introduced = p.is(first, "a") || p.is(first, "an") || p.is(first, "another");
        const int e = introduced ? -1 : reg.document_issuer(head);
        if (e >= 0)
            return {e, reg.entities()[e].name, 0.75,
                    "'" + written + "' speaks for its issuer " + reg.entities()[e].name};
        return {-1, written, 0.4, "document with no known issuer"};
    }
    // ("A senior finance ministry official told Dawn": someone unnamed, never the minister named before)
    const bool unnamed =
        p.is(first, "a") || p.is(first, "an") || p.is(first, "another") || p.is(first, "one");
    // (a person all the same, whom "she" in the next sentence may point back at)
    const bool role = lex.is_role_word(head) || (h < last && worded_role(p, first, h, lex));
    if (role && unnamed)
        return {reg.body(written, EntityKind::person), written, 0.6, "unnamed holder of a role: " + written};
    if (role) {
        auto r = reg.resolve_role(p, first, last);
        if (r.entity >= 0) {
            reg.add_alias(r.entity, written);
            return r;
        }
        if (auto back = epithet(p, first, last, h, written, reg); back.entity >= 0) return back;
        // ("The mum-of-three said", "The former Leeds Beckett student said": a tabloid's epithet, a
        // described role no one named holds, points back at the person in view)
        // (nouns of a life, not of an office: "The Labour minister" is someone else)
        const bool life = in(head, {"student", "graduate", "pupil", "alumnus", "mum", "mother", "dad",
                                    "father", "grandmother", "grandfather", "grandad", "gran", "star",
                                    "youngster", "teenager", "native", "newcomer", "veteran"});
        bool described = h + 1 < last && p.punct(h + 1, U'-'); // (the kin noun before "-of-three")
        for (std::size_t k = first + 1; k < h && !described; ++k)
            described = p.cap(k) && reg.is_name_word(p, k);
        if (p.is(first, "the") && described && life)
            if (auto back = refer_back(p, first, written, reg); back.entity >= 0) return back;
        return {reg.body(written, EntityKind::group), written, 0.5, "unresolved role: " + written};
    }
    if (lex.groups.count(head) || described_people(p, h, last) || the_people(p, first, last))
        return {reg.body(written, EntityKind::group), written, 0.85, "group: " + written};
    if (indefinite_member(p, first, head, lex))
        return {reg.body(written, EntityKind::group), written, 0.8, "unnamed member of a group: " + written};
    // ("Carmaker Toyota said", "The shipping company MSC said": the name after a body's noun is the body's)
    if (reg.is_name_word(p, h) && h + 1 == last) {
        std::size_t start = h;
        const auto body_noun = [&](std::size_t k) { return reg.single_word_body(p.norm(k)); };
        while (start > first && reg.is_name_word(p, start - 1) && !body_noun(start - 1) &&
               !p.has(start - 1, f_role))
            --start;
        // (a noun in lower case, or opening the phrase: not "Trade Union Congress", "Union Coop")
        if (start > first && body_noun(start - 1) &&
            (!p.cap(start - 1) || (start - 1 == first && !p.has(start - 1, f_org))) &&
            reg.person_for_name(p, start, last, false) < 0) {
            const std::string name(p.text(start, last));
            return {reg.body(name, EntityKind::body), name, 0.75, "a body's name after its noun: " + written};
        }
    }
    if (!body_head(p, first, last, lex) && !lex.org_words.count(head))
        if (auto back = epithet(p, first, last, h, written, reg); back.entity >= 0) return back;
    // ("Health New Zealand", "Statistics South Africa": capitals before a place's name in two words or
    // more, which no one's surname is)
    bool ends_in_place = false;
    for (std::size_t k = first + 1; k + 1 < last && !ends_in_place; ++k)
        ends_in_place = p.cap(k) && last - k >= 2 && reg.is_place(p, k, last) && capitals(p, first, k);
    if (body_head(p, first, last, lex) || reg.is_place(p, first, last) || reg.is_place(p, h, h + 1) ||
        ends_in_place || lex.org_words.count(head))
        return {reg.body(written, EntityKind::body), written, 0.85, "body: " + written};
    // "the RCMP", "NATO": an acronym alone names an organisation ("they" can then point back at it)
    if (reg.is_name_word(p, h) && p.tok(h).all_caps && p.norm(h).size() >= 2 &&
        reg.person_for_name(p, h, h + 1, false) < 0)
        return {reg.body(written, EntityKind::body), written, 0.8, "acronym: " + written};
    // ("Moody's said", "McDonald's says": a name that ends in its 's is a company's)
    if (h + 1 == last && p.cap(h) && strip_possessive(p.norm(h)).size() != p.norm(h).size())
        return {reg.body(written, EntityKind::body), written, 0.7, "a name with its 's: " + written};
    // ("The G7", "the Order of Malta", "The Fraternal Order of Police": a name after "the" is an
    // institution's, not a person's single name)
    if (reg.is_name_word(p, h) && p.is(first, "the"))
        return {reg.body(written, EntityKind::body), written, 0.7, "named body: " + written};
    // ("S&P Global Ratings", "Health New Zealand": capitals holding an institution's word)
    if (reg.is_name_word(p, h) && h + 1 == last && capitals_with_institution(p, first, h)) {
        return {reg.body(written, EntityKind::body), written, 0.7, "named body: " + written};
    }
    if (reg.is_name_word(p, h)) {
        const int e = reg.person_for_name(p, h, h + 1, true);
        return {e, e >= 0 ? reg.entities()[e].name : written, 0.7, "single name: " + written};
    }
    return {};
}

} // namespace

namespace {

using Conjuncts = std::vector<std::pair<std::size_t, std::size_t>>;

/// "Russian and Iranian officials", "US, British and French diplomats": words in capitals that share one
/// group are one speaker.
bool shared_group(const Para& p, const Conjuncts& parts, const Lexicon& lex) {
    if (parts.size() < 2) return false;
    const auto& [a, b] = parts.back();
    return b - a == 2 && p.cap(a) && lex.groups.count(p.norm(a + 1)) &&
           std::all_of(parts.begin(), parts.end() - 1,
                       [&](const auto& c) { return c.second - c.first == 1 && p.cap(c.first); });
}

/// "The Department of Foreign Affairs and Trade", "the Department for Business and Trade", "the National
/// Disaster Risk Reduction and Management Council": an institution's name may hold an "and" — after its
/// "of" or "for", or in a run of capitals its own word closes — before words of English in capitals ("and
/// Trade", not "and Lavrov").
bool institution_with_and(const Para& p, const Conjuncts& parts, const Lexicon& lex) {
    if (parts.size() != 2 || parts[1].second - parts[1].first > 3 || parts[1].second == parts[1].first ||
        !lex.dictionary)
        return false;
    for (std::size_t k = parts[1].first; k < parts[1].second; ++k)
        if (!p.cap(k) || lex.dictionary->parts(p.norm(k)).empty()) return false;
    for (std::size_t k = parts[0].first; k + 1 < parts[0].second; ++k)
        if (p.cap(k) && p.has(k, f_org) && (p.is(k + 1, "of") || p.is(k + 1, "for"))) return true;
    if (!p.has(parts[1].second - 1, f_org) || parts[0].second - parts[0].first < 2) return false;
    for (std::size_t k = parts[0].first; k < parts[0].second; ++k)
        if (!p.cap(k) && !p.is(k, "the")) return false;
    return true;
}

/// "Energy and Climate Minister Ruth Kahn", "Health and Social Care Secretary Anna Brook": a minister's
/// portfolio may hold an "and": words of English in capitals before it, a role after it, one person.
bool portfolio_with_and(const Para& p, const Conjuncts& parts, const Lexicon& lex) {
    if (parts.size() < 2 || !lex.dictionary) return false;
    const auto english = [&](std::size_t k) { return p.cap(k) && !lex.dictionary->parts(p.norm(k)).empty(); };
    for (std::size_t c = 0; c + 1 < parts.size(); ++c)
        for (std::size_t k = parts[c].first; k < parts[c].second; ++k)
            if (p.word(k) && (!english(k) || p.has(k, f_role))) return false;
    const auto& [a, b] = parts.back();
    std::size_t k = a;
    while (k < b && english(k) && !p.has(k, f_role))
        ++k;
    return k > a && k < b && p.has(k, f_role);
}

/// "Doctors in Lagos and Abuja", "forest officials in Uttar Pradesh and Uttarakhand": places joined after the
/// speaker's "in" are one speaker's.
bool places_after_in(const Para& p, const Conjuncts& parts) {
    if (parts.size() < 2) return false;
    const auto& [a, b] = parts.front();
    bool in_place = false;
    for (std::size_t k = a + 1; k + 1 < b; ++k)
        if ((p.is(k, "in") || p.is(k, "at") || p.is(k, "from")) && p.cap(k + 1)) in_place = true;
    if (!in_place) return false;
    for (std::size_t c = 1; c < parts.size(); ++c)
        for (std::size_t k = parts[c].first; k < parts[c].second; ++k)
            if (p.word(k) && !p.cap(k)) return false;
    return true;
}

} // namespace

// (words of English in capitals: "and Lavrov" is another speaker)
bool portfolios_after_of(const Para& p, const std::vector<std::pair<std::size_t, std::size_t>>& parts,
                         const Lexicon& lex) {
    if (parts.size() < 2 || !lex.dictionary) return false;
    const auto& [a, b] = parts.front();
    if (b < a + 3 || !p.is(b - 2, "of") || !p.cap(b - 1)) return false;
    for (std::size_t c = 1; c < parts.size(); ++c)
        for (std::size_t k = parts[c].first; k < parts[c].second; ++k)
            if (p.word(k) && !p.is(k, "and") && (!p.cap(k) || lex.dictionary->parts(p.norm(k)).empty()))
                return false;
    return true;
}

std::vector<Resolved> speakers_of_phrase(const Para& p, std::size_t first, std::size_t last, Registry& reg) {
    std::vector<Resolved> out;
    const auto parts = conjuncts(p, first, last);
    if (parts.size() > 1 && !shared_group(p, parts, reg.lex()) &&
        !institution_with_and(p, parts, reg.lex()) && !portfolio_with_and(p, parts, reg.lex()) &&
        !places_after_in(p, parts) && !portfolios_after_of(p, parts, reg.lex())) {
        bool all = true;
        for (const auto& [a, b] : parts) {
            // a conjunct that is only a title ("Crown Prince and Prime Minister X") is no speaker
            // (nor one, before the last, whose name only qualifies a role: "former Google engineer and
            // Gmail inventor Paul Buchheit" is one person)
            bool named = false;
            for (std::size_t i = a; i < b; ++i)
                if ((reg.is_name_word(p, i) && !reg.lex().is_role_word(p.norm(i))) ||
                    reg.lex().groups.count(p.norm(i)) || reg.lex().pronouns.count(p.norm(i)))
                    named = true;
            std::size_t end = b;
            while (end > a && !p.word(end - 1))
                --end;
            if (b < parts.back().second && end > a && reg.lex().is_role_word(p.norm(end - 1))) named = false;
            all = all && named && is_speaker_phrase(p, a, b, reg);
        }
        if (all) {
            for (const auto& [a, b] : parts) {
                auto r = single_speaker(p, a, b, reg);
                if (r.name.empty()) continue;
                const bool dup = std::any_of(out.begin(), out.end(), [&](const Resolved& x) {
                    return x.entity >= 0 ? x.entity == r.entity : x.name == r.name;
                });
                if (!dup) out.push_back(std::move(r));
            }
            if (!out.empty()) return out;
        }
    }
    auto r = single_speaker(p, first, last, reg);
    if (!r.name.empty()) out.push_back(std::move(r));
    return out;
}

} // namespace parallax::extract::quotes
