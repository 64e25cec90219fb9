// Quotes, sentence by sentence. Each sentence is read for speech cues (speech_verbs.txt,
// cue_phrases.txt) and each cue is tried against the constructions of news attribution:
//
//   trailing    CONTENT, Rubio said.  /  “…,” said Lavrov.  /  A, he said, B.
//   leading     Rubio said (on Tuesday) (that) CONTENT.  /  Lavrov said: “…”  /  … and said CONTENT.
//   according   According to X, CONTENT.  /  CONTENT, according to X.   (not when CONTENT is a figure)
//   backward    This was stated in a statement by X.   (the sentence before is X's)
//   floating    “…”   a quotation standing alone after an attributed one takes its speaker
//
// Trailing attributions are tried first, so that a cue inside their content is not read twice; an
// attribution whose content already holds an attributed report is a relay ("…, Russian media
// reported") and only bounds that report.
#include "extract/quote_engine.hpp"

#include <algorithm>
#include <optional>

namespace parallax::extract::quotes {

namespace {

/// An adverb of time or frequency that may stand between a subject and its verb ("prices still rise",
/// "the data never leaves", "a quintal now sells").
bool adverb_of_time(std::string_view w) {
    return in(
        w, {"still", "often", "now", "already", "also", "rarely", "never", "always", "usually", "sometimes"});
}

bool ends_with_based(std::string_view w) { return w == "based" || w == "headquartered"; }

bool ends_with_ed(std::string_view w) { return w.size() > 4 && w.substr(w.size() - 2) == "ed"; }

bool is_ing(std::string_view w) { return w.size() > 4 && w.substr(w.size() - 3) == "ing"; }

/// An apposition opens with an article or a possessive: ", a spokesperson for X,", ", the union's leader,".
bool opens_apposition(std::string_view w) {
    return in(w, {"a", "an", "the"}) || strip_possessive(w).size() != w.size();
}

bool is_preposition(std::string_view w) {
    return in(w, {"on",    "in",    "at",   "from",  "after",   "during", "following", "before",
                  "of",    "to",    "with", "about", "via",     "by",     "through",   "over",
                  "since", "ahead", "upon", "while", "outside", "inside"});
}

/// Words that open a phrase set before a clause's subject: "Without more rain, …", "By 2030, …".
bool opens_fronted_phrase(std::string_view w) {
    return is_preposition(w) ||
           in(w, {"without", "under", "despite", "for", "within", "unless", "once", "beyond", "until",
                  "eventually", "ultimately", "overall", "otherwise"});
}

bool subject_pronoun(std::string_view w) {
    // (with its verb contracted too: "it's", "they're", "I'm")
    for (const std::string_view tail : {"'s", "'re", "'m", "'ll", "'d", "'ve", "\u2019s", "\u2019re",
                                        "\u2019m", "\u2019ll", "\u2019d", "\u2019ve"})
        if (w.size() > tail.size() && w.ends_with(tail)) {
            w.remove_suffix(tail.size());
            break;
        }
    return in(w, {"he", "she", "it", "they", "we", "i", "you", "there", "this", "these", "those"});
}

bool is_dash(const Para& p, std::size_t i) {
    if (i >= p.size() || p.tok(i).kind != text::TokenKind::punct) return false;
    const char32_t c = p.tok(i).first;
    return c == U'\u2013' || c == U'\u2014' || (c == U'-' && p.tok(i).space_before);
}

bool terminal(const Para& p, std::size_t i) {
    return p.punct(i, U'.') || p.punct(i, U'?') || p.punct(i, U'!') || p.punct(i, U'\u2026') ||
           p.is(i, "...");
}

struct Cue {
    std::size_t first = 0;
    std::size_t last = 0; ///< exclusive
    CueClass cls = CueClass::clause;
    bool done = false;
};

struct Subject {
    bool found = false;
    bool relative = false;       ///< "which X said was…", "what analysts said was…"
    bool coordinated = false;    ///< "… and said", ", saying"
    std::size_t conjunction = 0; ///< where the coordinated verb's "and" (or comma) stands
    std::size_t first = 0, last = 0;
    std::vector<std::pair<std::size_t, std::size_t>> appositions;
};

struct Content {
    enum Mode { none, clause, intro } mode = none;
    std::size_t start = 0;
    int quotation = -1;
};

class Engine {
public:
    Engine(const Lexicon& lex, const text::ArticleText& text, const std::vector<Para>& paras, Registry& reg)
        : lex_(lex), text_(text), paras_(paras), reg_(reg) {
        // one flat array per kind for the whole article; a paragraph's tokens start at Para::base
        const std::size_t tokens = paras.empty() ? 0 : paras.back().base + paras.back().size() + 1;
        claimed_.assign(tokens, 0);
        stop_.assign(tokens, 0);
        open_q_.assign(tokens, -1);
        used_q_.assign(text.quotes.quotations.size(), 0);
        for (std::size_t q = 0; q < text.quotes.quotations.size(); ++q) {
            const auto& mark = text.quotes.marks[text.quotes.quotations[q].open_mark];
            if (text.quotes.quotations[q].depth == 0 && mark.para < paras.size() &&
                mark.token < paras[mark.para].size())
                open_q_[paras[mark.para].base + mark.token] = static_cast<int>(q);
        }
    }

    std::vector<Found> run() {
        for (const auto& p : paras_) {
            if (heading(p)) continue;
            for (std::size_t si = 0; si < p.t->sentences.size(); ++si)
                sentence(p, si);
            floating(p);
        }
        return std::move(found_);
    }

private:
    // ---- quotations -----------------------------------------------------------------------------

    const text::Quotation& quotation(int q) const {
        return text_.quotes.quotations[static_cast<std::size_t>(q)];
    }

    /// The outer quotation holding token i (its words, not its marks), or -1.
    int quotation_at(const Para& p, std::size_t i) const { return i < p.size() ? p.outer_quote[i] : -1; }
    bool inside_quote(const Para& p, std::size_t i) const { return quotation_at(p, i) >= 0; }

    /// Where quotation q's closing mark is: {para, token}; {-1, -1} when it has none.
    std::pair<int, int> close_of(int q) const {
        const auto& x = quotation(q);
        if (x.close_mark < 0) return {-1, -1};
        const auto& m = text_.quotes.marks[static_cast<std::size_t>(x.close_mark)];
        return {static_cast<int>(m.para), static_cast<int>(m.token)};
    }

    /// The quotation that a stretch starting at token i opens with: i is its opening mark, or i
    /// lies inside one that opened before.
    int quotation_opening(const Para& p, std::size_t i) const {
        if (i < p.size() && open_q_[p.base + i] >= 0) return open_q_[p.base + i];
        return quotation_at(p, i);
    }

    /// True when nothing but punctuation stands in tokens (from, to).
    static bool only_punct(const Para& p, std::size_t from, std::size_t to) {
        for (std::size_t k = from + 1; k < to && k < p.size(); ++k)
            if (p.tok(k).kind == text::TokenKind::word || p.tok(k).kind == text::TokenKind::number)
                return false;
        return true;
    }

    /// The quotation q when it runs from `start` to the end of the stretch [start, end): a direct quote.
    int whole_quotation(const Para& p, std::size_t start, std::size_t end) const {
        const int q = quotation_opening(p, start);
        if (q < 0) return -1;
        const auto [cp, ct] = close_of(q);
        if (cp < 0) return static_cast<std::size_t>(quotation(q).parts.back().para) == p.index ? q : -1;
        if (static_cast<std::uint32_t>(cp) != p.index) return -1;
        return only_punct(p, static_cast<std::size_t>(ct), end) ? q : -1;
    }

    bool has_quote_mark(const Para& p, std::size_t a, std::size_t b) const {
        for (std::size_t k = a; k < b && k < p.size(); ++k)
            if (p.quote_mark(k) && open_q_[p.base + k] >= 0) return true;
        return false;
    }

    // ---- paragraphs and sentences ------------------------------------------------------------------

    /// Subheadings and standfirsts end without sentence punctuation: they report nothing. A note in
    /// brackets after the last sentence ("(Reporting by …; Editing by …)", "(MEDIBANK WRAP to come)")
    /// is page furniture, not the paragraph's ending.
    static bool heading(const Para& p) {
        std::size_t i = p.size();
        for (;;) {
            while (i > 0 && p.quote_mark(i - 1))
                --i;
            if (i == 0 || !p.punct(i - 1, U')')) break;
            std::size_t open = i - 1;
            while (open > 0 && !p.punct(open, U'('))
                --open;
            if (!p.punct(open, U'(')) {
                --i; // a lone ")"
                continue;
            }
            if (open == 0 || !terminal(p, open - 1)) {
                --i; // "(…)" inside the sentence: what stands before the ")" decides
                break;
            }
            i = open;
        }
        if (i == 0) return true;
        // (a sentence may end on a dotted abbreviation that holds its full stop: "at 3 p.m.", "in the U.S.")
        const bool abbreviation_stop =
            p.word(i - 1) && p.tok(i - 1).abbreviation && p.str(i - 1).back() == '.' && i > 4;
        return !(terminal(p, i - 1) || p.punct(i - 1, U':') || abbreviation_stop);
    }

    std::vector<Cue> cues(const Para& p, const text::Sentence& s) const {
        std::vector<Cue> out;
        for (std::size_t i = s.first_token; i < s.last_token; ++i) {
            if (!p.word(i) || inside_quote(p, i)) continue;
            const auto w = p.norm(i);
            if (const auto* list = p.has(i, f_cue_start) ? lex_.cue_phrases.starting_with(w) : nullptr) {
                bool hit = false;
                for (const auto& ph : *list) {
                    std::size_t k = 0;
                    while (k < ph.words.size() && i + k < s.last_token && p.norm(i + k) == ph.words[k])
                        ++k;
                    if (k == ph.words.size()) {
                        out.push_back({i, i + k, ph.cue});
                        i += k - 1;
                        hit = true;
                        break;
                    }
                }
                if (hit) continue;
            }
            if (!p.has(i, f_verb)) continue;
            const auto v = lex_.verbs.find(w);
            if (v == lex_.verbs.end() || !usable_verb(p, s, i)) continue;
            out.push_back({i, i + 1, v->second});
        }
        return out;
    }

    /// A speech-verb form used as a verb: not a noun ("the report", "his claims"), not an
    /// infinitive ("declined to say"), not part of a name ("United States"), not passive ("was praised by"),
    /// not a noun after a preposition ("the secretary of state", "unions at state operator SNCF").
    bool usable_verb(const Para& p, const text::Sentence& s, std::size_t i) const {
        if (p.tok(i).capitalised && i != s.first_token) return false;
        const auto v = p.norm(i);
        if (i > s.first_token) {
            const auto prev = p.norm(i - 1);
            if (in(prev, {"the",   "a",  "an",   "this", "that", "his", "her",   "its",  "their",
                          "our",   "my", "your", "to",   "no",   "any", "every", "such", "these",
                          "those", "of", "at",   "in",   "on",   "for", "with",  "from", "into"}))
                return false;
            // (but a name with its 's before a form no noun has: "Moody's said", "McDonald's says")
            const bool never_noun =
                v == "said" || v == "says" || v == "told" || v == "wrote" || ends_with_ed(v);
            if (prev.size() > 2 && prev.substr(prev.size() - 2) == "'s" && !(p.cap(i - 1) && never_noun))
                return false;
            // "have been threatened", "was told that": a passive subject is not the one who spoke
            if (in(prev, {"been", "being", "be", "was", "were", "is", "are", "get", "gets", "got"}) &&
                !is_ing(p.norm(i)))
                return false;
            // "did not say how many…": what was not said is not a quote
            if (prev == "not" || prev == "never" ||
                (prev.size() > 3 && prev.substr(prev.size() - 3) == "n't"))
                return false;
        }
        // "was praised by", "the plan criticised by": an agent after "by" (not "said by phone")
        const bool by_means =
            i + 2 < p.size() && in(p.norm(i + 2), {"phone", "telephone", "email", "e-mail", "text", "video",
                                                   "videolink", "letter", "message", "radio", "satellite"});
        if ((p.is(i + 1, "by") && !by_means) || (p.is(i, "thanks") && p.is(i + 1, "to"))) return false;
        // ("state officials said", "report authors": a base form before a group or a role is a modifier;
        // "asked about the striker", "asked not to be named": a question's topic, a request for oneself)
        if (modifies_next_noun(p, i)) return false;
        if (v.starts_with("ask") && (p.is(i + 1, "about") || (p.is(i + 1, "not") && p.is(i + 2, "to")) ||
                                     (p.is(i + 1, "to") && p.is(i + 2, "remain"))))
            return false;
        // "U.S. states are forced…", "reports say…": a plural noun before its own verb
        if (p.has(i + 1, f_aux | f_verb) && !p.is(i + 1, "that") && p.norm(i).back() == 's') return false;
        // ("state-run funds", "much-touted": the half of a compound)
        if (i > 0 && p.punct(i + 1, U'-') && !p.tok(i + 1).space_before) return false;
        if (i > 0 && p.punct(i - 1, U'-') && !p.tok(i).space_before) return false;
        // ("in the Budget estimates,", "from the Treasury's forecasts": a noun inside a preposition's phrase)
        if (i >= 3 && v.back() == 's' && p.cap(i - 1) && p.is(i - 2, "the") && is_preposition(p.norm(i - 3)))
            return false;
        // ("Signals from the BoJ that…": a plural noun opening the sentence before its preposition)
        if (i == s.first_token && v.back() == 's' && i + 1 < p.size() && is_preposition(p.norm(i + 1)))
            return false;
        return true;
    }

    void sentence(const Para& p, std::size_t si) {
        const auto& s = p.t->sentences[si];
        last_speakers_.clear();
        group_subject(p, s);
        auto list = cues(p, s);
        this_was_said(p, si);
        for (auto& c : list)
            if (c.cls != CueClass::source) c.done = trailing(p, s, c, list);
        for (auto& c : list)
            if (!c.done && c.cls != CueClass::source && !claimed_[p.base + c.first])
                c.done = leading(p, s, c);
        for (auto& c : list)
            if (!c.done && c.cls == CueClass::source && !claimed_[p.base + c.first])
                c.done = according(p, s, c);
        if (list.empty()) labelled(p, s);
        body_subject(p, s);
    }

    /// "Still, some economists have doubts. They note…": a group that is the subject of a sentence is
    /// what "they" in the next one points back at, though it has said nothing yet.
    void group_subject(const Para& p, const text::Sentence& s) {
        const auto [a, b] = leading_np(p, s);
        if (b <= a || has_person_name(p, a, b)) return;
        std::size_t h = b;
        while (h > a && !p.word(h - 1))
            --h;
        if (h == a || !p.has(h - 1, f_group)) return;
        reg_.note_subject(p, a, reg_.body(p.text(a, b), EntityKind::group));
    }

    /// "The World Health Organization has sent experts. It says…": a body the article names (not "the
    /// company", which a role noun resolves) that acts is what "it" in the next sentence points back at;
    /// noted after the sentence, so that its own pronouns do not take it ("Britain, they suggest, …").
    void body_subject(const Para& p, const text::Sentence& s) {
        const auto [a, b] = leading_np(p, s);
        // (an acronym is no person's name: "The ANC has been careful")
        if (b <= a || (has_person_name(p, a, b) && !p.tok(b - 1).all_caps)) return;
        bool named = false;
        for (std::size_t k = a; k < b && !named; ++k)
            named = reg_.is_name_word(p, k) && !p.has(k, f_function);
        if (!named || (b - a == 1 && p.has(a, f_pronoun)) || !is_speaker_phrase(p, a, b, reg_)) return;
        const auto speakers = speakers_of_phrase(p, a, b, reg_);
        if (speakers.size() == 1 && speakers[0].entity >= 0 &&
            reg_.entities()[static_cast<std::size_t>(speakers[0].entity)].kind == EntityKind::body)
            reg_.note_subject(p, a, speakers[0].entity);
    }

    /// "Farouk: “Is Kuwait ready?”", "Salim al-Harthy, Oman's energy minister, opening the meeting:
    /// “…”": a transcript's, interview's or live blog's speaker label, a colon and a quotation.
    bool labelled(const Para& p, const text::Sentence& s) {
        const std::size_t a = content_start(p, s);
        std::size_t colon = a;
        while (colon < s.last_token && colon < a + 24 && !p.punct(colon, U':') && !p.quote_mark(colon) &&
               !is_finite(p, colon, lex_))
            ++colon;
        // ("Lena Ford was unequivocal: “…”", "The minister was blunt:": the speaker, "to be" and how they
        // spoke)
        std::size_t copula = s.last_token;
        if (colon > a && colon + 3 < s.last_token && in(p.norm(colon), {"was", "were", "is", "are"})) {
            std::size_t m = colon + 1;
            while (m < colon + 3 && p.word(m) && !p.cap(m))
                ++m;
            if (m > colon + 1 && p.punct(m, U':')) {
                copula = colon;
                colon = m;
            }
        }
        if (colon == a || colon >= s.last_token || !p.punct(colon, U':') || claimed_[p.base + a])
            return false;
        const int q = introduced_quotation(p, colon, s.last_token);
        if (q < 0 || used_q_[static_cast<std::size_t>(q)]) return false;
        std::size_t label_end = a; // the label's first part names the speaker; the rest describes them
        while (label_end < std::min(colon, copula) && !p.comma(label_end))
            ++label_end;
        // a name, not a date ("1/4/95:") or a heading in capitals ("WHAT THEY'RE SAYING:")
        if (!p.cap(a) || p.tok(a).all_caps || !is_speaker_phrase(p, a, label_end, reg_)) return false;
        auto speakers = speakers_of_phrase(p, a, label_end, reg_);
        if (speakers.empty() || speakers[0].entity < 0) return false;
        used_q_[static_cast<std::size_t>(q)] = 1;
        for (std::size_t m = a; m < s.last_token; ++m)
            claimed_[p.base + m] = 1;
        emit(p, a, std::move(speakers), QuoteKind::direct, quotation(q).parts,
             Cue{colon, colon, CueClass::clause}, "speaker label before a colon");
        return true;
    }

    // ---- subjects ------------------------------------------------------------------------------------

    bool hard_boundary(const Para& p, std::size_t k) const {
        if (p.punct(k, U';') || p.punct(k, U':') || p.punct(k, U'(') || p.punct(k, U')') || is_dash(p, k) ||
            p.quote_mark(k))
            return true;
        const auto w = p.norm(k);
        if (w == "as") return !(p.is(k + 1, "well") && p.is(k + 2, "as")) && !(k > 0 && p.is(k - 1, "well"));
        return in(w, {"which",   "what",     "who",    "whom",  "whose",   "that",  "while", "when",
                      "because", "although", "though", "if",    "whether", "where", "but",   "whereas",
                      "since",   "after",    "before", "until", "once",    "unless"});
    }

    static bool relative_word(std::string_view w) {
        return in(w, {"which", "what", "who", "whom", "whose", "that"});
    }

    /// Skips, leftwards from j, what may stand between a subject and its verb: adverbs, auxiliaries,
    /// "on Tuesday", ", however,", "was quoted as". Returns the new j (may be < lo).
    long skip_left(const Para& p, long j, long lo) const {
        while (j >= lo) {
            const auto w = p.norm(static_cast<std::size_t>(j));
            const auto u = static_cast<std::size_t>(j);
            // (and an adverb in -ly the dictionary knows: "The company quickly said")
            const bool ly = w.size() > 4 && w.ends_with("ly") && lex_.dictionary &&
                            lex_.dictionary->parts(w).only(text::PartOfSpeech::adverb);
            if (p.word(u) && !p.tok(u).capitalised &&
                (p.has(u, f_adverbial) || ly ||
                 in(w,
                    {"is",    "are", "was",   "were", "been", "be",  "did",  "does", "do",   "would", "will",
                     "could", "may", "might", "not",  "also", "has", "have", "had",  "both", "all"}))) {
                --j;
            } else if (p.cap(u) && j - 1 >= lo && p.has(u, f_function) &&
                       in(p.norm(u - 1), {"on", "in", "at", "last", "this", "next", "late", "early"})) {
                j -= 2; // "on Wednesday"
            } else if (p.comma(u) && j - 2 >= lo && p.has(u - 1, f_adverbial) && p.comma(u - 2)) {
                j -= 3;
            } else if (p.comma(u) && j - 5 >= lo && p.is(u - 1, "part") && p.is(u - 3, "for") &&
                       p.comma(u - 4)) {
                j -= 5; // "Apple, for its part, insisted"
            } else if (w == "as" && j - 1 >= lo && p.is(u - 1, "quoted")) {
                j -= 2;
            } else if (const long by = w == "as" ? quoted_by(p, j, lo) : -1; by >= 0) {
                j = by - 2;                // "was quoted by the Interfax news agency as saying"
            } else if (p.punct(u, U')')) { // "Sen. Marisol Ortega (D-Ariz.) said"
                const long open = opening_bracket(p, j, lo, 8);
                if (open < 0) break;
                j = open - 1;
            } else if (p.comma(u) && j - 2 >= lo && p.tok(u - 1).kind == text::TokenKind::number &&
                       p.comma(u - 2)) {
                j -= 3; // "Tom Ellery, 34, said"
            } else {
                break;
            }
        }
        return j;
    }

    /// When "quoted by <outlet>" stands before the "as" at `as` ("quoted by state media as saying"): the
    /// index of "by"; else -1.
    static long quoted_by(const Para& p, long as, long lo) {
        for (long k = as - 1; k - 1 >= lo && as - k <= 6; --k) {
            const auto u = static_cast<std::size_t>(k);
            if (p.is(u, "by")) return p.is(u - 1, "quoted") ? k : -1;
            if (!p.word(u)) return -1;
        }
        return -1;
    }

    /// The "(" that the ")" at `close` closes, within `reach` tokens and after `lo`; else -1.
    static long opening_bracket(const Para& p, long close, long lo, long reach) {
        long open = close - 1;
        while (open > lo && close - open < reach && !p.punct(static_cast<std::size_t>(open), U'('))
            --open;
        return open > lo && p.punct(static_cast<std::size_t>(open), U'(') ? open : -1;
    }

    bool has_person_name(const Para& p, std::size_t a, std::size_t b) const {
        for (std::size_t i = a; i < b;) {
            const std::size_t end = std::min(reg_.name_run_end(p, i), b);
            if (end == i) {
                ++i;
                continue;
            }
            const bool poss = strip_possessive(p.norm(end - 1)).size() != p.norm(end - 1).size();
            std::size_t st = reg_.name_start_in_run(p, i, end);
            if (p.is(st, "one")) ++st; // ("One witness, Felicia Sanders, said": a count opening the sentence)
            if (!poss && st < end && !reg_.is_place(p, st, end)) return true;
            i = end;
        }
        return false;
    }

    Subject subject_left(const Para& p, const text::Sentence& s, const Cue& c) const {
        Subject sub;
        const long lo = s.first_token;
        long j = skip_left(p, static_cast<long>(c.first) - 1, lo);
        if (j < lo) return sub;
        const auto u = static_cast<std::size_t>(j);
        // (or a participle after a comma inside closing marks: '… "scarcity more than mania," noting that …')
        const bool after_comma = p.comma(u) || (p.quote_mark(u) && u > 0 && p.comma(u - 1));
        if (in(p.norm(u), {"and", "but", "or", "yet"}) || (after_comma && is_ing(p.norm(c.first)))) {
            sub.coordinated = true;
            sub.conjunction = u;
            return sub;
        }
        // (", with spokesman Dmitry Peskov telling reporters that…": an absolute clause names its own
        // speaker)
        if (is_ing(p.norm(c.first))) {
            std::size_t a = u + 1;
            while (static_cast<long>(a) > lo && !p.comma(a - 1) && !hard_boundary(p, a - 1) && u + 1 - a < 8)
                --a;
            if (p.is(a, "with") && a < u && is_speaker_phrase(p, a + 1, u + 1, reg_)) {
                sub.found = true;
                sub.first = a + 1;
                sub.last = u + 1;
                return sub;
            }
        }
        // ("…, according to the bank, which said the move would lift demand": the relative's antecedent
        // speaks) (not a clause set off inside the subject: "One mother, who asked the BBC not to use her
        // name, said")
        bool set_off = false;
        for (std::size_t k = c.last; k + 1 < s.last_token && !set_off; ++k)
            set_off = p.comma(k) && p.word(k + 1) && lex_.verbs.count(p.norm(k + 1)) > 0;
        // (and only verbs that say nothing else: not "which maintains the official definition")
        const bool saying =
            in(p.norm(c.first), {"said", "says", "told", "tells", "warned", "warns", "added", "adds"});
        if (!set_off && saying && in(p.norm(u), {"which", "who"}) && u >= 2 &&
            static_cast<long>(u) - 1 > lo && p.comma(u - 1)) {
            std::size_t a = u - 1;
            while (static_cast<long>(a) > lo && !p.comma(a - 1) && !hard_boundary(p, a - 1) && u - a < 10)
                --a;
            if (p.is(a, "according") && p.is(a + 1, "to")) a += 2;
            // ("The strike was led by nurses, who said…": the noun phrase after the clause's last
            // preposition)
            if (a < u - 1 && !is_speaker_phrase(p, a, u - 1, reg_))
                for (std::size_t m = u - 2; m > a; --m)
                    if (in(p.norm(m), {"by", "of", "with", "from", "among", "for"})) {
                        a = m + 1;
                        break;
                    }
            if (a < u - 1 && is_speaker_phrase(p, a, u - 1, reg_)) {
                sub.found = true;
                sub.first = a;
                sub.last = u - 1;
                return sub;
            }
        }
        // ("a result that analysts say gives the party a boost", "levels analysts say are unsustainable", "a
        // move critics say will hurt farmers": a group's speech inside a relative clause; what it says opens
        // on the clause's verb)
        if (!p.comma(u) && u > static_cast<std::size_t>(lo) && lex_.groups.count(p.norm(u)) &&
            in(p.norm(c.first), {"say", "says", "said"}) &&
            (in(p.norm(u - 1), {"that", "which"}) ||
             (u >= 2 && p.word(u - 1) && !p.cap(u - 1) && !p.has(u - 1, f_function | f_group | f_role) &&
              noun_word(p, u - 1) && p.word(u - 2) &&
              (is_finite(p, u - 2, lex_) || irregular_past(p, u - 2))))) { // ("have hit levels analysts say")
            sub.found = true;
            sub.first = u;
            sub.last = u + 1;
            sub.relative = true;
            return sub;
        }
        // ("spoke to an office worker who said the queues were long": a restrictive "who" right before the
        // verb, its noun the speaker)
        if (p.is(u, "who") && u > 0 && !p.comma(u - 1) && saying) {
            std::size_t a = u;
            while (static_cast<long>(a) > lo && u - a < 6 && p.word(a - 1) && !is_finite(p, a - 1, lex_) &&
                   !is_preposition(p.norm(a - 1)) && !p.is(a - 1, "to"))
                --a;
            while (a < u &&
                   !in(p.norm(a), {"a", "an", "the", "one", "two", "some", "many", "his", "her", "their"}) &&
                   !p.cap(a) && u - a > 1)
                ++a; // (from its determiner: "an office worker", not "spoke … worker")
            // (an object's, not the sentence's own subject: "Anyone who said otherwise was wrong")
            if ((a < u) && static_cast<long>(a) > lo && is_speaker_phrase(p, a, u, reg_)) {
                sub.found = true;
                sub.first = a;
                sub.last = u;
                return sub;
            }
        }
        std::vector<std::pair<std::size_t, std::size_t>> nps;
        std::vector<std::pair<std::size_t, std::size_t>> appositions_before; // not speaker phrases themselves
        long pos = p.comma(u) ? j - 1 : j;
        long aside_end = j; // where an aside between the subject and its verb must end
        while (pos >= lo) {
            // ("…, president of the Air Line Pilots' Association (ALPA-S), said": an acronym in brackets
            // is an aside of the phrase before it)
            if (p.punct(static_cast<std::size_t>(pos), U')')) {
                const long open = opening_bracket(p, pos, lo, 10);
                if (open >= 0 && !p.comma(static_cast<std::size_t>(open - 1))) {
                    pos = open - 1;
                    continue;
                }
            }
            long st = pos;
            while (st > lo && !p.comma(static_cast<std::size_t>(st - 1)) &&
                   !hard_boundary(p, static_cast<std::size_t>(st - 1)))
                --st;
            // ", who has lived there since 1950,": a subordinate word inside a relative clause
            for (long m = st - 2; st - 1 >= lo && !relative_word(p.norm(static_cast<std::size_t>(st - 1))) &&
                                  m > lo && !p.comma(static_cast<std::size_t>(m));
                 --m)
                if (relative_word(p.norm(static_cast<std::size_t>(m))) &&
                    p.comma(static_cast<std::size_t>(m - 1))) {
                    st = m + 1;
                    break;
                }
            auto a = static_cast<std::size_t>(st);
            const auto b = static_cast<std::size_t>(pos + 1);
            const long prev = st - 1;
            // ("On Wednesday the minister said": a time set before the subject with no comma)
            if (const std::size_t t = past_fronted_time(p, a, b);
                t > a && t < b && !is_speaker_phrase(p, a, b, reg_) && is_speaker_phrase(p, t, b, reg_))
                a = t;
            if (prev >= lo && relative_word(p.norm(static_cast<std::size_t>(prev)))) {
                // "X, who farms near Listowel, told": a clause set off by commas is skipped, never the
                // subject ("what analysts said was" has no comma before its verb)
                const bool set_off =
                    prev - 1 >= lo && p.comma(static_cast<std::size_t>(prev - 1)) && p.comma(u);
                if (nps.empty() && !set_off && is_speaker_phrase(p, a, b, reg_)) {
                    nps.emplace_back(a, b);
                    sub.relative = true;
                    break;
                }
                if (const std::size_t head = nps.empty() && !set_off ? restricted_head(p, lo, prev, b) : b;
                    head < b) {
                    nps.emplace_back(head, static_cast<std::size_t>(prev));
                    break;
                }
                if (prev - 1 >= lo && p.comma(static_cast<std::size_t>(prev - 1))) { // ", who arrived…,"
                    pos = prev - 2;
                    continue;
                }
                // ("Tan Wei Jie, a commuter who was on the platform, said": an apposition holding a relative
                // clause)
                long open = prev - 1;
                while (open > lo && prev - open < 12 && !p.comma(static_cast<std::size_t>(open)) &&
                       !hard_boundary(p, static_cast<std::size_t>(open)))
                    --open;
                if (nps.empty() && p.comma(u) && open > lo && p.comma(static_cast<std::size_t>(open)) &&
                    opens_apposition(p.norm(static_cast<std::size_t>(open + 1)))) {
                    appositions_before.emplace_back(static_cast<std::size_t>(open + 1), b);
                    pos = open - 1;
                    continue;
                }
                break;
            }
            // "Muhammad Hafiz Ismail, 29, who works in Tuas, says": an age set off by commas
            if (b == a + 1 && p.tok(a).kind == text::TokenKind::number && prev >= lo &&
                p.comma(static_cast<std::size_t>(prev))) {
                pos = prev - 1;
                continue;
            }
            // ", speaking at the White House," between the subject and its verb
            // (and ", in a statement issued on Saturday," too)
            // (", based in Oslo,": or a participle's)
            // ("campaigning in Surrey, B.C., insisted": a province's abbreviation closes the aside's place)
            if (nps.empty() && p.comma(u) && static_cast<long>(b) == aside_end && b == a + 1 &&
                p.tok(a).abbreviation && p.cap(a) && prev - 1 >= lo &&
                p.comma(static_cast<std::size_t>(prev)) && p.cap(static_cast<std::size_t>(prev - 1))) {
                pos = prev - 1;
                aside_end = prev;
                continue;
            }
            if (nps.empty() && p.comma(u) && static_cast<long>(b) == aside_end &&
                (is_ing(p.norm(a)) || in(p.norm(a), {"in", "during", "at", "on", "after"}) ||
                 (!p.cap(a) && ends_with_ed(p.norm(a))) || aside_on_person(p, a)) &&
                prev >= lo && p.comma(static_cast<std::size_t>(prev))) {
                pos = prev - 1;
                continue;
            }
            if (!is_speaker_phrase(p, a, b, reg_)) {
                // ("Residents living near the plant say": a participle's phrase on the speaker)
                if (const std::size_t ing = nps.empty() && pos == j ? participle_on(p, a, b) : b; ing < b) {
                    nps.emplace_back(a, ing);
                    break;
                }
                // "Suzann Pettersen, a golfing partner of Donald Trump, says": an apposition describes
                // the speaker before it, whatever its head
                // (or a role held now or then: "Sam Cole, now a coach, told")
                const bool apposition = nps.empty() && p.comma(u) && prev > lo &&
                                        p.comma(static_cast<std::size_t>(prev)) &&
                                        (opens_apposition(p.norm(a)) ||
                                         (in(p.norm(a), {"now", "then", "formerly", "himself", "herself"}) &&
                                          a + 1 < b && opens_apposition(p.norm(a + 1))));
                if (!apposition) break;
                appositions_before.emplace_back(a, b);
                pos = prev - 1;
                continue;
            }
            nps.insert(nps.begin(), {a, b});
            if (prev >= lo && p.comma(static_cast<std::size_t>(prev))) {
                pos = prev - 1;
                continue;
            }
            break;
        }
        if (nps.empty()) return sub;
        // "The Ministry of Agriculture, Fisheries and Food said": the list of an institution's portfolios
        // after its "of" is one name
        if (portfolios_after_of(p, nps, lex_)) nps = {{nps[0].first, nps.back().second}};
        // "The Knoxville, Tennessee-based company said": a city before its state is no speaker
        if (nps.size() > 1 && p.is(nps[0].first, "the") && p.cap(nps[1].first) &&
            p.punct(nps[1].first + 1, U'-') && p.word(nps[1].first + 2) &&
            ends_with_based(p.norm(nps[1].first + 2)))
            nps.erase(nps.begin());
        // (a full personal name first, the nearest the verb: "A Taliban spokesman, Zabihullah Noori, said"
        // is Noori's, "The Mandan, North Dakota, police chief, Jason Ziegler, has asserted" Ziegler's)
        std::size_t pick = nps.size();
        for (std::size_t k = nps.size(); k-- > 0 && pick == nps.size();)
            if (reg_.name_run_end(p, nps[k].first) == nps[k].second &&
                reg_.looks_like_person(p, nps[k].first, nps[k].second, false))
                pick = k;
        for (std::size_t k = 0; k < nps.size() && pick == nps.size(); ++k)
            if (has_person_name(p, nps[k].first, nps[k].second)) pick = k;
        if (pick == nps.size()) pick = 0;
        sub.found = true;
        sub.first = nps[pick].first;
        sub.last = nps[pick].second;
        for (std::size_t k = 0; k < nps.size(); ++k)
            if (k != pick) sub.appositions.push_back(nps[k]);
        sub.appositions.insert(sub.appositions.end(), appositions_before.begin(), appositions_before.end());
        return sub;
    }

    /// Whether token k is a noun (the dictionary knows it as one, whatever else it is).
    bool noun_word(const Para& p, std::size_t k) const {
        return lex_.dictionary && lex_.dictionary->parts(p.norm(k)).has(text::PartOfSpeech::noun);
    }

    /// Past a time set before a subject with no comma ("On Wednesday the minister", "Last week officials",
    /// "In March the company"): the token after it, or a. The time is told as after a verb of saying.
    static std::size_t past_fronted_time(const Para& p, std::size_t a, std::size_t b) {
        if (a < b && in(p.norm(a), {"earlier", "overnight"})) return a + 1;
        const std::size_t k = a < b && (p.is(a, "on") || p.is(a, "in")) ? a + 1 : a;
        if (const std::size_t t = past_time_told(p, k, b); t > k) return t;
        if (k > a && k < b && p.cap(k) &&
            in(p.norm(k), {"january", "february", "march", "april", "june", "july", "august", "september",
                           "october", "november", "december"}))
            return k + 1; // ("In March the company said"; not "in May", a name as often)
        return a;
    }

    /// An aside set off after a person's name that says where they are from or what they are now:
    /// ", from Seville,", ", of Uppsala University,", ", one of 46 researchers …,", ", now 52 and …,".
    static bool aside_on_person(const Para& p, std::size_t a) {
        const auto w = p.norm(a);
        if (w == "from" || w == "of") return p.cap(a + 1) || p.is(a + 1, "the");
        if (w == "one") return p.is(a + 1, "of");
        return in(w, {"now", "then", "formerly", "aged"}) && p.tok(a + 1).kind == text::TokenKind::number;
    }

    /// The "who" opening a relative clause on the speaker phrase that starts at `first` and ends before
    /// `last`
    /// ("a woman who gave her name only as Amina"); else last.
    std::size_t who_clause(const Para& p, std::size_t first, std::size_t last) const {
        for (std::size_t w = first + 1; w < last; ++w)
            if (p.is(w, "who") && is_speaker_phrase(p, first, w, reg_)) return w;
        return last;
    }

    /// When [a, b) is a speaker phrase and a participle's phrase on it ("Residents living near the plant"):
    /// the participle's index; else b.
    std::size_t participle_on(const Para& p, std::size_t a, std::size_t b) const {
        for (std::size_t r = a + 1; r < b && r < a + 5; ++r) {
            if (!p.word(r) || p.cap(r) || !is_ing(p.norm(r))) continue;
            if (b - r > 10 || !p.has(r - 1, f_role | f_group) || !is_speaker_phrase(p, a, r, reg_)) return b;
            for (std::size_t k = r + 1; k < b; ++k)
                if (p.quote_mark(k) || is_finite(p, k, lex_)) return b;
            return r;
        }
        return b;
    }

    /// "A senior official who did not wish to be named said": when the "who" at `who` opens a clause with a
    /// verb of its own, up to the speech verb at `b` and not set off by commas, the first token of the
    /// speaker phrase before it; else b.
    std::size_t restricted_head(const Para& p, long lo, long who, std::size_t b) const {
        if (!p.is(static_cast<std::size_t>(who), "who") || b - static_cast<std::size_t>(who) > 12) return b;
        // (a verb in the present after "who" is often a noun too: "People who live near the plant say")
        const auto after = static_cast<std::size_t>(who) + 1;
        bool verb = p.word(after) && !p.cap(after) && lex_.dictionary &&
                    lex_.dictionary->parts(p.norm(after)).has(text::PartOfSpeech::verb);
        for (auto k = after; k < b && !verb; ++k)
            verb = is_finite(p, k, lex_) || in(p.norm(k), {"did", "does", "had", "has", "have", "was", "were",
                                                           "is", "are", "asked", "spoke", "declined"});
        long h = who;
        while (h > lo && who - h < 12 && !p.comma(static_cast<std::size_t>(h - 1)) &&
               !hard_boundary(p, static_cast<std::size_t>(h - 1)))
            --h;
        const auto head = static_cast<std::size_t>(h);
        // (an apposition's relative clause is the apposition's: "Tan Wei Jie, a commuter who was there,
        // said")
        const bool after_name =
            h - 1 > lo && p.comma(head - 1) &&
            (reg_.is_name_word(p, head - 2) || p.tok(head - 2).kind == text::TokenKind::number);
        if (!verb || h == who || after_name ||
            (h > lo && !p.comma(head - 1) && !hard_boundary(p, head - 1)) ||
            !is_speaker_phrase(p, head, static_cast<std::size_t>(who), reg_))
            return b;
        return head;
    }

    /// `Jones said, "Is it over?" Wiig smiles and says, "…"`: a question in marks need not end the
    /// sentence, so a clause opening after the closing mark has a subject of its own (before its first
    /// verb) that the coordinated verb at `conjunction` shares.
    std::pair<std::size_t, std::size_t> subject_after_quotation(const Para& p, const text::Sentence& s,
                                                                std::size_t conjunction) const {
        std::size_t m = conjunction;
        while (m > s.first_token && !p.quote_mark(m - 1))
            --m;
        if (m == s.first_token || !inside_quote(p, m - 2)) return {0, 0};
        std::size_t verb = m;
        // (a verb in the present is often a noun too: "Wiig smiles and says")
        while (verb < conjunction && !is_finite(p, verb, lex_) && !verb_s(p, verb))
            ++verb;
        if (verb == m || verb == conjunction || !is_speaker_phrase(p, m, verb, reg_)) return {0, 0};
        return {m, verb};
    }

    /// The subject at the start of the sentence, after introductory phrases ("At the talks, Russia …").
    std::pair<std::size_t, std::size_t> leading_np(const Para& p, const text::Sentence& s) const {
        std::size_t st = content_start(p, s);
        while (st < s.last_token && in(p.norm(st), {"but", "and", "yet", "so"}))
            ++st;
        for (int guard = 0; guard < 4; ++guard) {
            std::size_t c = st;
            while (c < s.last_token && !p.comma(c))
                ++c;
            if (c >= s.last_token) break;
            const auto w = p.norm(st);
            // (a personal pronoun is the subject: "He would not comment, but said …")
            const bool intro =
                is_preposition(w) || is_ing(w) || p.has(st, f_adverbial) ||
                (p.has(st, f_function) && !in(w, {"the", "both", "his", "her", "its", "their"}) &&
                 !(p.has(st, f_pronoun) && st + 1 < c && is_finite(p, st + 1, lex_)));
            if (!intro || is_speaker_phrase(p, st, c, reg_)) break;
            st = c + 1;
        }
        while (st < s.last_token && in(p.norm(st), {"but", "and", "yet", "so"}))
            ++st;
        std::size_t end = st;
        // (a bracket after the name is an aside: "Rep. Anna Cole (D-Texas) criticised the bill and said")
        while (end < s.last_token && !p.comma(end) && !p.quote_mark(end) && !p.punct(end, U'(') &&
               !is_finite(p, end, lex_) && end - st < 12)
            ++end;
        while (end > st && !is_speaker_phrase(p, st, end, reg_))
            --end;
        return {st, end};
    }

    std::vector<Resolved> subject_speakers(const Para& p, const text::Sentence& s, const Subject& sub) {
        if (sub.coordinated) {
            if (const auto [a, b] = subject_after_quotation(p, s, sub.conjunction); b > a)
                return speakers_of_phrase(p, a, b, reg_);
            if (!last_speakers_.empty()) return last_speakers_;
            const auto [a, b] = leading_np(p, s);
            if (b <= a) return {};
            return speakers_of_phrase(p, a, b, reg_);
        }
        if (!sub.found) return {};
        auto speakers = speakers_of_phrase(p, sub.first, sub.last, reg_);
        if (speakers.size() == 1 && speakers[0].entity >= 0)
            for (const auto& [a, b] : sub.appositions)
                reg_.add_role(speakers[0].entity, p, a, b);
        return speakers;
    }

    // ---- content ---------------------------------------------------------------------------------------

    /// A quotation introduced at token j (":" “…”, ", “…”", “…”), when it runs to its sentence's end.
    int introduced_quotation(const Para& p, std::size_t j, std::size_t sentence_end) const {
        std::size_t k = j;
        if (p.punct(k, U':') || p.comma(k)) {
            ++k;
            if (k >= p.size() && p.index + 1 < paras_.size()) { // "…, saying:" ¶ “…”
                const auto& next = paras_[p.index + 1];
                return next.size() > 0 ? open_q_[next.base + 0] : -1;
            }
        }
        if (k >= p.size() || open_q_[p.base + k] < 0) return -1;
        const int q = open_q_[p.base + k];
        const auto [cp, ct] = close_of(q);
        if (cp < 0 || static_cast<std::uint32_t>(cp) != p.index) return q; // runs on: a whole quotation
        const auto ce = static_cast<std::size_t>(ct);
        // (`Jones said, "Is it over?" Wiig smiles…`: a question or an exclamation closed inside the marks
        // ends the sentence when a capital follows, though the sentence splitter cannot tell it from
        // `"Is it over?" Wiig asked`)
        if (ce > 0 && (p.punct(ce - 1, U'?') || p.punct(ce - 1, U'!')) && p.word(ce + 1) && p.cap(ce + 1))
            return q;
        const auto& cs = p.t->sentences[p.t->sentence_of(ce)];
        return only_punct(p, ce, std::max<std::size_t>(cs.last_token, sentence_end)) ? q : -1;
    }

    /// A clause begins at i: "that", a subject pronoun, quoted words, or a finite verb close ahead.
    bool clause_at(const Para& p, std::size_t i, std::size_t e, bool verb_first) const {
        if (i >= e) return false;
        const auto w = p.norm(i);
        if (w == "that" || subject_pronoun(w) || p.quote_mark(i)) return true;
        if (verb_first && (is_finite(p, i, lex_) || verb_s(p, i) || p.has(i, f_aux))) return true;
        // (a clause has a subject before its verb: "The IMF report was published" reports nothing)
        if (!verb_first && p.has(i, f_aux)) return false;
        // ("said sorry to shareholders", "said thanks": an apology or thanks, not a report)
        if (in(w, {"sorry", "thanks", "goodbye", "hello"})) return false;
        // "said about 40 vessels were waiting": a preposition before a number qualifies it
        // (or a bound: "said at least a third of the clearing had no licence")
        const bool qualifier = is_preposition(w) && i + 1 < e &&
                               (p.tok(i + 1).kind == text::TokenKind::number ||
                                (in(w, {"about", "around", "nearly", "roughly", "almost", "over"}) &&
                                 in(p.norm(i + 1), {"one", "two", "three", "four", "five", "half", "a"})) ||
                                (w == "at" && (p.is(i + 1, "least") || p.is(i + 1, "most"))));
        if ((is_preposition(w) && !qualifier) || w == "to" || w == "for" || w == "whether" || w == "if")
            return false;
        // ('said as she left the stadium': a clause of time alone is when it was said; 'said when the police
        // arrived they had fled' reports its main clause)
        if (in(w, {"as", "when", "while", "because", "since", "until"})) {
            std::size_t verbs = 0;
            for (std::size_t k = i + 1; k < e && verbs < 2; ++k)
                verbs += is_finite(p, k, lex_) ? 1 : 0;
            for (std::size_t k = i + 1; k < e && verbs < 2; ++k)
                verbs += plural_present(p, k) ? 1 : 0;
            if (verbs < 2) return false;
        }
        for (std::size_t k = i, reach = i + 12; k < e && k < reach; ++k) {
            if (p.quote_mark(k) && open_q_[p.base + k] >= 0)
                return true;                                         // quoted words: said nurses "deserve…"
            if (qualifier && k > i && p.is(k, "that")) return false; // ("said at least once that …")
            // "said the shipment, financed under a credit line, was the first", "said Hurricane Rosa,
            // which struck Georgia in October, kept 52,000 people from work": a participle or a relative
            // clause set off by commas between the subject and its verb
            // (or an apposition: "said the driver, a 40-year-old man from Leeds, was arrested"; and an
            // irregular participle: "said the mission, known as LUPEX, remained on track")
            const bool aside = p.comma(k) && k > i && p.word(k + 1);
            // ("said the only exit, Highway 24, had been jammed", "said 14 structures, including homes,
            // had burned", "says the collapse, from 18 to 14 percent, handed…": any aside whose closing comma
            // the subject's verb follows)
            const bool any_aside =
                p.comma(k) && k > i && k + 1 < e && !p.quote_mark(k + 1) && !terminal(p, k + 1);
            const auto w1 = aside ? p.norm(k + 1) : std::string_view();
            const bool participle =
                aside && !p.cap(k + 1) &&
                (ends_with_ed(w1) || (is_ing(w1) && w1 != "including") ||
                 (!p.has(k + 1, f_aux) && !w1.ends_with('s') && !is_ing(w1) && lex_.dictionary &&
                  lex_.dictionary->parts(w1).has(text::PartOfSpeech::verb) &&
                  inflected(w1, text::PartOfSpeech::verb)));
            const bool relative = aside && in(w1, {"which", "who", "whose"});
            if (any_aside) {
                const std::size_t close = closing_comma(p, k, e, relative ? 20 : 14);
                // (an apposition's subject has its verb right after: not "reported a net profit of Dh6.9
                // billion, a 57 per cent rise, helped by…")
                const bool verb_next =
                    close + 1 < e && is_finite(p, close + 1, lex_) && !p.is(close + 2, "by");
                // (an aside has no verb of its own: not "…, Department of Natural Resources figures show,
                // compared with…")
                bool verbless = close != k;
                for (std::size_t m = k + 1; m < close && verbless; ++m) {
                    // (a noun after its determiner is no verb: "₹52,491 crore in the Budget estimates")
                    const bool nominal = (m >= 1 && in(p.norm(m - 1), {"the", "a", "an"})) ||
                                         (m >= 2 && in(p.norm(m - 2), {"the", "a", "an"}) && p.word(m - 1));
                    verbless = nominal || (!is_finite(p, m, lex_) && !plural_present(p, m));
                }
                // (an apposition may hold a clause of its own: "Lyall, a retired teacher who ran a school,")
                const bool apposition = aside && opens_apposition(w1);
                if (close != k && (participle || relative || (verb_next && (verbless || apposition)))) {
                    k = close;
                    reach = close + 6;
                    continue;
                }
            }
            // (a bracket's aside has no verb of the clause: "told broadcaster rbb (translated from German)",
            // "said the company (founded in 1990) had failed")
            if (p.punct(k, U'(')) {
                std::size_t close = k + 1;
                while (close < e && close < k + 12 && !p.punct(close, U')'))
                    ++close;
                if (close < e && p.punct(close, U')')) {
                    reach += close - k;
                    k = close;
                    continue;
                }
            }
            // ("said Spain, Italy and Greece had all asked": a list of names in the subject; "said 87
            // firefighters, four helicopters and 11 pieces of equipment were assigned": of anything)
            if (p.comma(k) && k > i && p.cap(k - 1) && p.cap(k + 1) && !p.quote_mark(k + 1)) continue;
            if (p.comma(k) && k > i && listed_subject(p, k, e)) continue;
            // (nor a verb after "but", the subject's own next act: "acknowledged the burden on borrowers but
            // said")
            // (nor after "and" and a verb: "reported record revenue and forecast sales…"; nor past a
            // conjunction of time: "added 45 not out as the hosts won")
            if (p.comma(k) || p.punct(k, U';') || p.quote_mark(k) || in(p.norm(k), {"which", "who", "but"}) ||
                (p.is(k, "to") && !p.is(k + 1, "and") && infinitive(p, k)) ||
                (k > i &&
                 in(p.norm(k), {"as", "when", "while", "because", "since", "until", "unless", "although"})) ||
                (p.is(k, "and") && is_finite(p, k + 1, lex_) && !present_before(p, i, k)))
                break;
            if (k > i && (is_finite(p, k, lex_) || verb_form(p, k) || plural_present(p, k) ||
                          singular_present(p, i, k) || irregular_past(p, k)))
                return true;
        }
        return false;
    }

    /// After the comma at k, the last members of a list ("…, four helicopters and 11 pieces of
    /// equipment") and then the clause's verb.
    bool listed_subject(const Para& p, std::size_t k, std::size_t e) const {
        std::size_t j = k + 1;
        while (j < e && j < k + 8 && !p.is(j, "and") && !p.is(j, "or") && !p.comma(j) && !p.quote_mark(j) &&
               !terminal(p, j) && !is_finite(p, j, lex_))
            ++j;
        if (j >= e || !(p.is(j, "and") || p.is(j, "or")) || j == k + 1) return false;
        for (std::size_t v = j + 2; v < e && v < j + 9; ++v) {
            if (p.comma(v) || p.quote_mark(v) || terminal(p, v)) return false;
            if (!is_finite(p, v, lex_) && !plural_present(p, v)) continue;
            // (not an attribution's subject and verb: "…, the US and Saudi Arabia have announced")
            const std::size_t verb = p.has(v, f_aux) && v + 1 < e ? v + 1 : v;
            return lex_.verbs.count(p.norm(verb)) == 0 && lex_.verbs.count(p.norm(v)) == 0;
        }
        return false;
    }

    /// A verb's -s form after its subject noun, a clause opening at i with a determiner or a name ("said the
    /// plan works", "says the data never leaves the phone", "said Acme supplies the parts").
    /// (after a verb that takes nothing but a clause: "recalls his weekend adventures" names a topic)
    bool singular_present(const Para& p, std::size_t i, std::size_t k) const {
        if (k < i + 2 || k > i + 3 || !verb_s(p, k)) return false;
        bool saying = false;
        for (std::size_t v = i; v-- > 0 && i - v <= 3 && !saying;)
            saying =
                in(p.norm(v), {"said", "says", "say", "told", "tells", "added", "adds", "insisted", "insists",
                               "argued", "argues", "claimed", "claims", "warned", "warns", "stressed"});
        if (!saying) return false;
        std::size_t n = k - 1;
        if (adverb_of_time(p.norm(n))) --n;
        if (n != i + 1 || !p.word(n) || p.has(n, f_function) || verb_s(p, n) || is_ing(p.norm(n)))
            return false;
        return in(p.norm(i),
                  {"the", "a", "an", "its", "their", "this", "that", "his", "her", "our", "each", "every"}) ||
               (p.cap(i) && p.cap(n));
    }

    /// An irregular past form ("swept", "fled", "rose") right after a word that is no determiner.
    bool irregular_past(const Para& p, std::size_t k) const {
        if (k == 0 || !p.word(k) || !p.word(k - 1) || p.tok(k).capitalised || !lex_.dictionary ||
            p.has(k - 1, f_function))
            return false;
        const auto w = p.norm(k);
        if (w.ends_with("s") || w.ends_with("ed") || is_ing(w)) return false;
        // (a past that is its own base, before its object: "The storm cut power", "the seat cost the agency
        // 95 million euros", "A cyberattack shut down the terminals"; not "the rate cut was", "a tax cut of")
        if (in(w, {"cut", "shut", "cost", "put", "set", "hit", "hurt", "spread", "split", "quit", "burst",
                   "upset", "let", "bid", "shed"}))
            return k + 1 < p.size() &&
                   (p.tok(k + 1).kind == text::TokenKind::number ||
                    (p.word(k + 1) && !p.has(k + 1, f_aux) && !is_preposition(p.norm(k + 1)) &&
                     !in(p.norm(k + 1), {"and", "or", "but", "for", "to", "that", "which", "who"})) ||
                    in(p.norm(k + 1), {"down", "off", "up", "back", "out"}));
        const auto bases = lex_.dictionary->bases(w, text::PartOfSpeech::verb);
        return !bases.empty() && bases.front() != w &&
               !lex_.dictionary->parts(w).has(text::PartOfSpeech::noun);
    }

    /// A word that may be a verb's -s form, though often a noun's plural too ("faces", "smiles", "needs").
    bool verb_s(const Para& p, std::size_t k) const {
        const auto w = p.norm(k);
        return p.word(k) && !p.tok(k).capitalised && w.size() > 3 && w.back() == 's' && !w.ends_with("ss") &&
               lex_.dictionary && inflected(w, text::PartOfSpeech::verb);
    }

    /// A word in [a, b) that may be a verb's -s form ("the city faces a shortfall and needs…").
    bool present_before(const Para& p, std::size_t a, std::size_t b) const {
        for (std::size_t m = a + 1; m < b; ++m)
            if (verb_s(p, m)) return true;
        return false;
    }

    /// A verb's plain form right after a plural subject: "landlords keep", "prices rise", "students work".
    bool plural_present(const Para& p, std::size_t k) const {
        if (k == 0 || !p.word(k) || !p.word(k - 1) || p.tok(k).capitalised || !lex_.dictionary) return false;
        // (past an adverb of frequency or time: "prices still rise", "buyers often wait")
        const std::size_t s = k >= 2 && adverb_of_time(p.norm(k - 1)) ? k - 2 : k - 1;
        if (!p.word(s)) return false;
        const auto subject = p.norm(s);
        const auto w = p.norm(k);
        // (a plural without its -s too: "7.3 million people cast ballots")
        if (in(subject, {"people", "children", "men", "women", "police"}) && !p.has(k, f_function) &&
            w.back() != 's' && !is_ing(w) && lex_.dictionary->parts(w).has(text::PartOfSpeech::verb))
            return true;
        if (subject.size() < 4 || subject.back() != 's' || subject.ends_with("ss") || p.has(s, f_function) ||
            p.has(k, f_function) || w.back() == 's' || is_ing(w))
            return false;
        // (a noun's plural, not an adjective in -s: "previous position")
        return inflected(subject, text::PartOfSpeech::noun) &&
               lex_.dictionary->parts(w).has(text::PartOfSpeech::verb);
    }

    /// A form that can only be an inflected verb: "the valuation ignores", "the vessels took". (Words
    /// that are nouns too, such as "cuts" or "plans", prove nothing.)
    bool verb_form(const Para& p, std::size_t k) const {
        if (!p.word(k) || p.tok(k).capitalised || !lex_.dictionary) return false;
        const auto w = p.norm(k);
        if (is_ing(w) || !lex_.dictionary->parts(w).only(text::PartOfSpeech::verb)) return false;
        return inflected(w, text::PartOfSpeech::verb);
    }

    /// A form the dictionary derives from another of the part given ("rose" from "rise", "prices" from
    /// "price"). Needs the dictionary.
    bool inflected(std::string_view w, text::PartOfSpeech part) const {
        // (any base but the word itself: "bridges" is a poet's name in the dictionary too)
        const auto bases = lex_.dictionary->bases(w, part);
        return std::any_of(bases.begin(), bases.end(), [&](const auto& b) { return b != w; });
    }

    /// Words in capitals between the quotation mark at j and its close, at most six: a title.
    static bool title_in_marks(const Para& p, std::size_t j) {
        std::size_t k = j + 1, words = 0;
        for (; k < p.size() && !p.quote_mark(k) && words <= 6; ++k) {
            if (p.word(k) && !p.cap(k)) return false;
            words += p.word(k) ? 1 : 0;
        }
        return k < p.size() && p.quote_mark(k) && words > 0 && words <= 6;
    }

    Content content_after(const Para& p, const text::Sentence& s, const Cue& c, bool relative) const {
        const std::size_t e = s.last_token;
        // ("As one analyst put it, the market is spooked": the clause after the comma is what was put)
        if (c.last > c.first + 1 && p.is(c.last - 1, "it") && p.comma(c.last) && c.last + 1 < e &&
            !p.quote_mark(c.last + 1) && clause_at(p, c.last + 1, e, false))
            return {Content::clause, c.last + 1, -1};
        // ("said last month it would…": "last" is an adverbial of its own too)
        std::size_t i = past_time_told(p, c.last, e);
        while (i < e && p.has(i, f_adverbial) && !p.tok(i).capitalised)
            ++i;
        // "said Sunday (morning) that…" (AP style: a day with no "on")
        i = past_time_told(p, i, e);
        if (p.comma(i) && i + 2 < e && p.has(i + 1, f_adverbial) && p.comma(i + 2)) i += 3;
        const auto that_within = [&](std::size_t from, std::size_t reach) -> std::size_t {
            for (std::size_t k = from; k < e && k < from + reach; ++k) {
                if (p.is(k, "that")) return k;
                // ("told state radio, in comments made in German, that…": past an aside on how it was said)
                if (p.comma(k) && k + 1 < e && in(p.norm(k + 1), {"in", "on", "at", "during", "speaking"})) {
                    const std::size_t close = closing_comma(p, k, e, 12);
                    if (close != k && p.is(close + 1, "that")) return close + 1;
                }
                // (the addressee's first word is a noun whatever else it may be: "told state radio")
                if (p.comma(k) || p.quote_mark(k) || p.punct(k, U':') ||
                    ((k > from || c.cls != CueClass::tell) && is_finite(p, k, lex_)))
                    break;
                if (infinitive(p, k)) break; // "agreed to mend ties that …": then a relative "that"
            }
            return e;
        };
        const auto intro_or_clause = [&](std::size_t j) -> Content {
            // ('told CNBC\'s "Squawk Box Asia"': a programme's title after its outlet's possessive is no
            // content)
            if (j > 0 && p.quote_mark(j) && p.word(j - 1) &&
                strip_possessive(p.norm(j - 1)).size() != p.norm(j - 1).size() && title_in_marks(p, j))
                return {};
            if (const int q = introduced_quotation(p, j, e); q >= 0) return {Content::intro, j, q};
            if (p.punct(j, U':') && j + 1 < e) return {Content::clause, j + 1, -1};
            if (clause_at(p, j, e, relative)) return {Content::clause, p.is(j, "that") ? j + 1 : j, -1};
            return {};
        };
        switch (c.cls) {
        case CueClass::tell: {
            if (const auto t = that_within(i, 9); t < e) return {Content::clause, t + 1, -1};
            if (const Content asked = addressee_to_do(p, i, e); asked.mode != Content::none) return asked;
            std::size_t j = i;
            while (j < e && j - i < 6 && p.word(j) && !p.is(j, "that") && !subject_pronoun(p.norm(j)) &&
                   !is_finite(p, j, lex_))
                ++j;
            if (j == i) return {};
            // the addressee ends with a noun that can be told something, and a clause follows
            for (std::size_t k = i + 1; k <= j && k < e; ++k) {
                // (the longest addressee: "told the club website he was", not "the club")
                if (!addressee_end(p, k - 1) ||
                    (p.word(k) && !p.cap(k) && !p.has(k, f_function | f_pronoun | f_group | f_role) &&
                     addressee_end(p, k)))
                    continue;
                const Content got = intro_or_clause(k);
                if (got.mode != Content::none) return got;
                // (or the occasion first: "told reporters on a call the decision was…")
                if (const std::size_t to = std::min(e, k + 8); is_preposition(p.norm(k)))
                    if (const std::size_t m = clause_after_occasion(p, k + 2, to, e); m < to)
                        return {Content::clause, m, -1};
            }
            return {};
        }
        case CueClass::judge:
        case CueClass::accuse:
        case CueClass::topic:
            if (i < e && !p.comma(i) && !terminal(p, i) && !is_preposition(p.norm(i)))
                return {Content::clause, i, -1}; // checked against its class once its end is known
            return {};
        case CueClass::source: return {};
        // ("raised concerns about the brine that plants discharge": a topic, and its relative "that")
        case CueClass::noun:
            if (i < e && in(p.norm(i), {"about", "over", "regarding", "around", "on"})) return {};
            break;
        default: break;
        }
        if (Content got = intro_or_clause(i); got.mode != Content::none) return got;
        if (c.cls == CueClass::demand) // "urged both sides to return to talks", "vowed to table a motion"
            for (std::size_t k = i; k < e && k < i + 7 && !p.comma(k) && !p.quote_mark(k); ++k)
                if (infinitive(p, k)) return {Content::clause, k == i ? k : i, -1};
        if (p.norm(c.first).starts_with("warn")) // "warned parents not to give children adult doses"
            if (const Content asked = addressee_to_do(p, i, e); asked.mode != Content::none) return asked;
        if (const auto t = that_within(i, 10); t < e) return {Content::clause, t + 1, -1};
        if (i < e && is_preposition(p.norm(i)) && !infinitive(p, i)) { // "said on Tuesday (that) he …"
            std::size_t j = i;
            while (j < e && j - i < 9 && !p.is(j, "that") && !subject_pronoun(p.norm(j)) &&
                   !p.punct(j, U':') && !p.comma(j) && !p.quote_mark(j) && !is_finite(p, j, lex_))
                ++j;
            // (a demonstrative opens a clause only with a verb of its own: not "responded to 1,870 fires
            // this year")
            // ("said in a note the rally would fade", "said in a briefing the bureau would…": a clause right
            // after the document or the occasion it was said in)
            if (const std::size_t k = clause_after_occasion(p, i + 2, j, e); k < j)
                return {Content::clause, k, -1};
            if (j > i && j < e) {
                const Content got = intro_or_clause(j);
                const bool demonstrative = in(p.norm(got.start), {"this", "these", "those"});
                if (got.mode != Content::clause || !demonstrative || reports_something(p, got.start, e))
                    return got;
            }
        }
        return {};
    }

    /// ("said in a note the rally would fade", "said on Monday the border would reopen", "told reporters on
    /// a call the decision was…"): a clause right after the document, the occasion or the day it was said
    /// on, in [from, to); else to.
    std::size_t clause_after_occasion(const Para& p, std::size_t from, std::size_t to, std::size_t e) const {
        static const std::initializer_list<std::string_view> occasions = {
            "briefing",  "interview", "speech", "conference", "call",      "podcast", "monday",  "tuesday",
            "wednesday", "thursday",  "friday", "saturday",   "sunday",    "week",    "weekend", "morning",
            "afternoon", "evening",   "night",  "today",      "yesterday", "tonight"};
        for (std::size_t k = from; k < to; ++k)
            if ((lex_.documents.count(p.norm(k - 1)) || in(p.norm(k - 1), occasions)) &&
                opens_apposition(p.norm(k)) && clause_at(p, k, e, false))
                return k;
        return to;
    }

    /// "advised drivers to avoid the motorway", "warned parents not to give…": an addressee (a short noun
    /// phrase with no verb) and what they are to do or not, the content from the addressee on.
    Content addressee_to_do(const Para& p, std::size_t i, std::size_t e) const {
        for (std::size_t k = i + 1; k < e && k < i + 6; ++k) {
            if (!p.word(k) || is_finite(p, k, lex_) || p.is(k, "that")) return {};
            const std::size_t to = p.is(k, "not") ? k + 1 : k;
            if (p.is(to, "to") && infinitive(p, to) && addressee_end(p, k - 1))
                return {Content::clause, i, -1};
        }
        return {};
    }

    /// A word that can end the addressee of a verb of telling ("told reporters", "told the BBC").
    bool addressee_end(const Para& p, std::size_t k) const {
        if (!p.word(k) || (p.cap(k) && p.cap(k + 1))) return false; // inside a name
        const auto w = strip_possessive(p.norm(k));
        if (p.cap(k) || p.has(k, f_group | f_role)) return true;
        return in(w, {"reporters",   "journalists", "lawmakers",   "parliament", "congress",   "media",
                      "agency",      "newspaper",   "broadcaster", "television", "radio",      "audience",
                      "crowd",       "supporters",  "students",    "delegates",  "conference", "summit",
                      "interviewer", "me",          "us",          "him",        "her",        "them",
                      "outlet",      "reporter",    "station",     "channel",    "network",    "press",
                      "court",       "jury",        "committee",   "council",    "commission", "inquiry",
                      "hearing",     "panel",       "tribunal",    "senate",     "assembly",   "magistrates",
                      "company",     "firm",        "paper",       "website",    "podcast",    "public",
                      "nation",      "country",     "staff",       "board",      "club",       "team",
                      "website",     "magazine",    "programme",   "program",    "show",       "site"});
    }

    /// "to" before a verb ("agreed to mend"), not before an addressee ("said to reporters").
    bool infinitive(const Para& p, std::size_t k) const {
        if (!p.is(k, "to") || !p.word(k + 1) || p.cap(k + 1)) return false;
        const auto n = p.norm(k + 1);
        return !p.has(k + 1, f_function | f_group | f_role) &&
               !in(n, {"reporters", "journalists", "media", "lawmakers", "parliament", "congress"});
    }

    /// The comma that closes an aside opened by the comma at k, within `reach` tokens and before any
    /// quotation mark or sentence end; k when there is none.
    static std::size_t closing_comma(const Para& p, std::size_t k, std::size_t e, std::size_t reach) {
        std::size_t close = k + 2;
        while (close < e && close < k + reach && !p.comma(close) && !p.quote_mark(close) &&
               !terminal(p, close))
            ++close;
        return close < e && p.comma(close) ? close : k;
    }

    /// For a relative clause opened by the comma at k, the comma that closes it when the subject's own
    /// verb follows ("the families, who have received compensation, would gather"); else k.
    std::size_t subject_relative_end(const Para& p, std::size_t k, std::size_t e) const {
        const std::size_t close = closing_comma(p, k, e, 20);
        if (close == k) return k;
        const std::size_t v = close + 1;
        const bool verb = is_finite(p, v, lex_) || verb_form(p, v) || (p.word(v) && ends_with_ed(p.norm(v)));
        return verb ? close : k;
    }

    /// A verb of saying in [from, to), before any comma, said by someone named or by a role or a group
    /// ("the minister said"; not "no incident was reported").
    bool another_report(const Para& p, std::size_t from, std::size_t to) const {
        // (an indefinite speaker described at length: "but another person familiar with the bank's thinking
        // said")
        if (in(p.norm(from), {"another", "a", "an", "one", "some", "other"}))
            for (std::size_t v = from + 1; v < to && v < from + 12 && !p.comma(v) && !p.quote_mark(v); ++v)
                if (lex_.verbs.count(p.norm(v)) && !is_ing(p.norm(v)) && is_finite(p, v, lex_) &&
                    !p.has(v - 1, f_function | f_aux))
                    return true;
        for (std::size_t v = from + 1; v < to; ++v) {
            // ("and a former prosecutor, who asked not to be named, warned that": past the speaker's aside)
            if (p.comma(v)) {
                const std::size_t close = relative_word(p.norm(v + 1)) ? closing_comma(p, v, to, 14) : v;
                if (close == v) return false;
                v = close;
                continue;
            }
            if (lex_.verbs.count(p.norm(v)) && !is_ing(p.norm(v)) && is_finite(p, v, lex_) &&
                (p.word(v - 1) || p.comma(v - 1)) && (!p.has(v - 1, f_function | f_aux) || p.comma(v - 1)) &&
                (p.cap(v - 1) || p.has(v - 1, f_role | f_group) || p.comma(v - 1)))
                return true;
        }
        return false;
    }

    bool has_finite(const Para& p, std::size_t a, std::size_t b) const {
        for (std::size_t k = a; k < b; ++k)
            if (is_finite(p, k, lex_)) return true;
        return false;
    }

    /// Where reported content starting at `start` ends (exclusive).
    /// A clause from `from` with a subject of its own that is no pronoun (a determiner, a number or a name
    /// first) and its finite verb within ten words, with no quoted words to the sentence's end.
    bool writers_contrast(const Para& p, std::size_t from, std::size_t e) const {
        if (from >= e || has_quote_mark(p, from, e) || subject_pronoun(p.norm(from)) ||
            p.has(from, f_pronoun))
            return false;
        const bool subject = in(p.norm(from), {"the", "a", "an", "at", "some", "many", "most", "other",
                                               "others", "few", "several", "critics", "analysts"}) ||
                             p.tok(from).kind == text::TokenKind::number || p.cap(from);
        if (!subject) return false;
        for (std::size_t k = from + 1; k < e && k < from + 11; ++k) {
            if (p.comma(k)) return false;
            if (!is_finite(p, k, lex_)) continue;
            // (a modal is the report's tense shifted back, the speaker's still: "said activity had declined,
            // but the alert would remain"; unless the new subject's own act follows: "would not say")
            if (in(p.norm(k), {"would", "could", "might", "should"}))
                return p.is(k + 1, "not") && (p.is(k + 2, "say") || p.is(k + 2, "comment"));
            return true;
        }
        return false;
    }

    /// A speech verb in -ing within `reach` words from `from`, before any comma: the absolute clause
    /// ", with spokesman Dmitry Peskov telling reporters…" is another speaker's report.
    static bool speech_ing_within(const Para& p, std::size_t from, std::size_t e, std::size_t reach) {
        for (std::size_t k = from; k < e && k < from + reach; ++k) {
            if (p.comma(k) || p.quote_mark(k) || terminal(p, k)) return false;
            if (p.has(k, f_verb) && is_ing(p.norm(k))) return true;
        }
        return false;
    }

    std::size_t content_end(const Para& p, const text::Sentence& s, std::size_t start) const {
        std::size_t e = s.last_token;
        // ("When the governor announced that rates would stay on hold, few were surprised": a report inside
        // a clause of time opening the sentence ends at the comma that closes it)
        const bool subordinate =
            in(p.norm(s.first_token), {"when", "after", "before", "once", "although", "though", "because",
                                       "if", "while", "until", "since"});
        bool comma_before = false;
        for (std::size_t k = s.first_token; k < start && subordinate && !comma_before; ++k)
            comma_before = p.comma(k);
        if (subordinate && !comma_before)
            for (std::size_t k = start; k < e; ++k)
                if (p.comma(k) && !inside_quote(p, k) && k + 1 < e && clause_at(p, k + 1, e, false)) {
                    e = k;
                    break;
                }
        // a quotation still open at the sentence's end carries the content on to its close
        if (e > 0) {
            const int q = quotation_at(p, e - 1);
            const auto [cp, ct] = q >= 0 ? close_of(q) : std::pair<int, int>{-1, -1};
            if (q >= 0 && static_cast<std::uint32_t>(cp) == p.index && static_cast<std::size_t>(ct) >= e) {
                const auto& cs = p.t->sentences[p.t->sentence_of(static_cast<std::size_t>(ct))];
                e = cs.last_token;
            }
        }
        for (std::size_t k = start; k < e; ++k) {
            if (k > start && (stop_[p.base + k] || claimed_[p.base + k]))
                return p.quote_mark(k) && open_q_[p.base + k] < 0 ? k + 1 : k; // keep a closing mark
            // (`would “normalize identity gates,” while child-safety groups…`: a contrast after the closing
            // mark's comma is the writer's)
            if (p.quote_mark(k) && open_q_[p.base + k] < 0 && k > start && p.comma(k - 1) && k + 1 < e &&
                in(p.norm(k + 1), {"while", "whereas", "although", "though"}))
                return k + 1;
            // (`… "scarcity more than mania," noting that…`: a participle's act after the closing mark's
            // comma, as after a plain comma)
            if (p.quote_mark(k) && open_q_[p.base + k] < 0 && k > start && p.comma(k - 1) && k + 1 < e &&
                is_ing(p.norm(k + 1)) && p.has(k + 1, f_verb) && !p.is(k + 1, "adding")) {
                const auto v = lex_.verbs.find(p.norm(k + 1));
                if (v == lex_.verbs.end() || v->second != CueClass::judge) return k + 1;
            }
            if (inside_quote(p, k) || p.quote_mark(k)) continue;
            const auto w = p.norm(k);
            if (k > start && w == "according" && p.is(k + 1, "to")) return k;
            // ("Unions claim 2.3 million marched; the Interior Ministry counted 1.27 million": a clause of
            // its own after a semicolon; not a list's next item, "captured; evaporated at the surface; …",
            // nor inside brackets, "¥580m ($3.6m; £2.8m)")
            if (k > start && p.punct(k, U';') && k + 1 < e && !inside_brackets(p, start, k) &&
                p.word(k + 1)) {
                const std::size_t n = in(p.norm(k + 1), {"or", "and"}) && k + 2 < e ? k + 2 : k + 1;
                const bool item =
                    p.has(n, f_aux) || is_finite(p, n, lex_) || ends_with_ed(p.norm(n)) || p.is(n, "been");
                if (!item && clause_at(p, k + 1, e, false)) return k;
            }
            if (p.comma(k) && k + 1 < e) {
                const auto n = p.norm(k + 1);
                if (in(n, {"in", "without", "despite", "amid", "while", "whereas", "when", "unlike",
                           "although", "though"}))
                    return k;
                if (n == "even" && (p.is(k + 2, "as") || p.is(k + 2, "though") || p.is(k + 2, "if")))
                    return k; // (", even as his own party promised free power": the writer's contrast)
                if (n == "as" && !p.is(k + 2, "well")) return k;
                // (", a decision that makes passage likely": the writer's comment on the report, in
                // apposition)
                if ((n == "a" || n == "an") && k + 3 < e && p.word(k + 2) &&
                    (p.is(k + 3, "that") || p.is(k + 3, "which")) && !has_quote_mark(p, k, e) &&
                    in(p.norm(k + 2),
                       {"decision", "move", "step", "sign", "figure", "rise", "fall", "increase", "drop",
                        "claim", "development", "prospect", "level", "record", "jump"}))
                    return k;
                if (n == "with" && speech_ing_within(p, k + 2, e, 8)) return k; // ", with Peskov telling…"
                // (", but the minister said talks would continue": another speaker's report)
                if ((n == "but" || n == "and") && another_report(p, k + 2, std::min(e, k + 24))) return k;
                // (", but at least two large militias rejected the talks": the writer's contrast, a new
                // subject and its verb, no quoted words)
                if (n == "but" && writers_contrast(p, k + 2, e)) return k;
                // (", but it did not say whether…", ", but he declined to…": what the speaker did not say)
                if (n == "but" && k + 3 < e && subject_pronoun(p.norm(k + 2)) &&
                    (in(p.norm(k + 3), {"declined", "refused", "declines", "refuses"}) ||
                     (in(p.norm(k + 3), {"did", "would", "could", "does", "will"}) && p.is(k + 4, "not") &&
                      in(p.norm(k + 5), {"say", "comment", "elaborate", "specify", "confirm"}))))
                    return k;
                // (", carrying 268 passengers, was travelling": a participle set off inside the report's
                // subject, its verb after it)
                if (is_ing(n) && n != "including" && !p.has(k + 1, f_verb)) {
                    const std::size_t close = closing_comma(p, k, e, 14);
                    if (close != k && close + 1 < e && is_finite(p, close + 1, lex_) &&
                        !reports_something(p, start, k)) {
                        k = close;
                        continue;
                    }
                }
                if (is_ing(n) && n != "including") {
                    // (", adding that …" goes on with the same report, as the rule book's own files have it,
                    // and so does a judgement, ", calling it …"; ", saying …", ", noting …", ", warning …"
                    // are an act of their own)
                    const auto v = lex_.verbs.find(n);
                    const bool goes_on =
                        n == "adding" || (v != lex_.verbs.end() && v->second == CueClass::judge);
                    if (!goes_on || p.punct(k + 2, U':') || p.quote_mark(k + 2)) return k;
                }
                // (a clause on what came before ends the report when it is the writer's background: "any
                // deal imposed on his country, which lost nearly 20 percent of its territory"; it goes on
                // with it when it forecasts or has a subject of its own: "a 0.2% contraction, which would be
                // the first fall since 2020", "a rise, which she expects to top 1,200"; one inside the
                // subject is passed over: "Hurricane Rosa, which struck Georgia, kept 52,000 people from
                // work")
                if ((n == "which" || n == "who") && !has_quote_mark(p, k, e)) {
                    const std::size_t close = subject_relative_end(p, k, e);
                    if (close != k) {
                        k = close;
                        continue;
                    }
                    if (n == "which" && !speakers_relative(p, k + 1, e)) return k;
                }
                if (time_after(p, k + 1, e)) return k; // ", three months after the river burst its banks"
            }
            if (in(w, {"and", "but"}) && k > start && k + 1 < e) {
                const auto n = p.norm(k + 1);
                const auto v = lex_.verbs.find(n);
                // (or another act of the speaker's: "and thanked the engineers", "but declined to say")
                const bool verb = (v != lex_.verbs.end() && !is_ing(n) &&
                                   (v->second != CueClass::topic || has_finite(p, start, k))) ||
                                  in(n, {"declined", "refused", "declines", "refuses"});
                const bool phrase = lex_.cue_phrases.starting_with(n) != nullptr && n != "according";
                if (verb || phrase || new_speaker_after(p, k + 1, e)) return p.comma(k - 1) ? k - 1 : k;
            }
            if (is_dash(p, k) && k > start) {
                // a pair of dashes sets off an aside inside the content; a lone one adds a comment
                std::size_t before = 0, after = 0;
                for (std::size_t m = start; m < k; ++m)
                    before += is_dash(p, m);
                for (std::size_t m = k + 1; m < e; ++m)
                    after += is_dash(p, m);
                if (before % 2 == 0 && after == 0 && !has_quote_mark(p, k, e)) return k;
            }
        }
        return e;
    }

    /// Whether token k stands inside brackets opened after `from`.
    static bool inside_brackets(const Para& p, std::size_t from, std::size_t k) {
        int depth = 0;
        for (std::size_t m = from; m < k; ++m)
            depth += p.punct(m, U'(') ? 1 : p.punct(m, U')') ? -1 : 0;
        return depth > 0;
    }

    /// A relative clause at `which` that belongs to the report: a modal's forecast ("which would be the
    /// first fall") or a subject of its own ("which she expects to top 1,200", "which they say…").
    bool speakers_relative(const Para& p, std::size_t which, std::size_t e) const {
        // (the speaker's "she", "they"; not the writer's "we": "which we can all agree is a good start")
        if (which + 1 < e && in(p.norm(which + 1), {"we", "i", "you"})) return false;
        // (not another report by the speaker: "which she called “the next big fight”", "which she said
        // could reach 1.7 million bpd")
        if (which + 2 < e && subject_pronoun(p.norm(which + 1)) && lex_.verbs.count(p.norm(which + 2)))
            return false;
        if (which + 1 < e && subject_pronoun(p.norm(which + 1))) return true;
        for (std::size_t k = which + 1; k < e && k < which + 4 && !p.comma(k); ++k)
            if (in(p.norm(k), {"would", "could", "might", "should", "will", "may", "can"})) return true;
        return false;
    }

    /// "…, and its spokesman, Oleg Tverdokhlebov, said …": after "and", a new subject and its verb of
    /// saying start another report.
    bool new_speaker_after(const Para& p, std::size_t i, std::size_t e) const {
        for (std::size_t k = i + 1; k < e && k < i + 10; ++k) {
            if (p.quote_mark(k) || terminal(p, k) || p.punct(k, U';')) return false;
            const auto v = p.word(k) ? lex_.verbs.find(p.norm(k)) : lex_.verbs.end();
            if (v != lex_.verbs.end() && !is_ing(p.norm(k)) && v->second != CueClass::topic)
                return p.comma(k - 1); // "…, X, said": an apposition set off before the verb
        }
        return false;
    }

    /// ", three months after …", ", a week later", ", hours before …": when the report was made, not
    /// what it says.
    static bool time_after(const Para& p, std::size_t i, std::size_t e) {
        for (std::size_t k = i + 1; k < e && k < i + 4; ++k)
            if (in(p.norm(k), {"after", "before", "later", "earlier", "ago"}))
                return in(p.norm(k - 1), {"seconds", "minutes", "hours", "days", "weeks", "months", "years",
                                          "minute", "hour", "day", "week", "month", "year"});
        return false;
    }

    /// Judgement verbs need a judgement, accusations an "of"/"for", topic verbs quoted words.
    bool class_content_ok(const Para& p, CueClass cls, std::size_t a, std::size_t b) const {
        const bool marks = has_quote_mark(p, a, b);
        if (cls == CueClass::accuse) {
            for (std::size_t k = a + 1; k < b; ++k)
                if (p.is(k, "of") || p.is(k, "for")) return true;
            return marks;
        }
        if (cls == CueClass::topic) {
            for (std::size_t k = a; k < b; ++k) // a judgement; ", saying …" is a quote of its own
                if (p.is(k, "calling") || p.is(k, "describing")) return true;
            return marks;
        }
        if (cls != CueClass::judge) return true;
        if (marks) return true;
        for (std::size_t k = a; k < b; ++k) {
            const auto w = p.norm(k);
            if (w == "as" && k > a) return true;
            if (in(w, {"very", "extremely", "highly", "completely", "entirely", "totally", "deeply", "quite",
                       "absolutely", "utterly", "particularly", "too", "so", "really", "rather", "most"}))
                return true;
            if ((w == "it" || w == "them" || w == "him" || w == "her" || w == "this") &&
                in(p.norm(k + 1), {"a", "an"}))
                return true;
        }
        // an adjective to close the clause: "called the talks useful"
        std::size_t last = b;
        while (last > a && !p.word(last - 1))
            --last;
        if (last <= a + 1) return false;
        const auto w = p.norm(last - 1);
        for (const std::string_view suffix :
             {"ful", "able", "ible", "ive", "ous", "less", "ant", "ent", "ic", "ary"})
            if (w.size() > suffix.size() + 2 && w.substr(w.size() - suffix.size()) == suffix) return true;
        return false;
    }

    /// Content starts after a wire dateline ("RIYADH (Reuters) -", "KUALA LUMPUR, May 14 —").
    std::size_t content_start(const Para& p, const text::Sentence& s) const {
        const std::size_t a = s.first_token;
        for (std::size_t k = a; k < s.last_token && k < a + 14; ++k)
            if (is_dash(p, k) || (p.norm(k) == "-" && k > a && p.punct(k - 1, U')'))) {
                bool dateline =
                    k > a && (p.punct(k - 1, U')') || p.tok(k - 1).all_caps ||
                              (p.tok(a).all_caps && p.tok(k - 1).kind == text::TokenKind::number));
                if (dateline) return k + 1;
                break;
            }
        return a;
    }

    bool reports_something(const Para& p, std::size_t a, std::size_t b) const {
        if (has_quote_mark(p, a, b)) return true;
        std::size_t words = 0;
        bool finite = false;
        for (std::size_t k = a; k < b; ++k) {
            // ("Prices jumped 5%": a number is a word of the report)
            words += p.word(k) || p.tok(k).kind == text::TokenKind::number;
            finite = finite || is_finite(p, k, lex_) || verb_form(p, k);
        }
        // ("Three patients remain in intensive care, she said": a plural subject's plain verb; "Floodwaters
        // swept through Bangladesh": an irregular past after its subject — the dictionary asked last)
        for (std::size_t k = a; k < b && !finite && words >= 3; ++k)
            finite = plural_present(p, k) || irregular_past(p, k);
        // ("The economy faces a slowdown": a verb's -s right after a determiner and its noun, where a
        // report opens)
        if (!finite && b > a + 3 && in(p.norm(a), {"the", "a", "an", "its", "their", "this"}) &&
            p.word(a + 1) && !p.has(a + 1, f_function))
            finite = verb_s(p, a + 2);
        // ("a quintal of maize now sells for 9,500 birr": a verb's -s after an adverb of time after its noun)
        for (std::size_t k = a + 2; k < b && !finite && words >= 3; ++k)
            finite =
                verb_s(p, k) && adverb_of_time(p.norm(k - 1)) && p.word(k - 2) && !p.has(k - 2, f_function);
        return finite && words >= 3;
    }

    /// True when [a, b) holds an attributed report of its own (so an attribution after it relays).
    bool holds_attribution(const Para& p, const text::Sentence& s, std::size_t a, std::size_t b,
                           const std::vector<Cue>& list) const {
        for (const auto& c : list) {
            if (c.first < a || c.first >= b || c.cls == CueClass::source) continue;
            const Subject sub = subject_left(p, s, c);
            if (!sub.found) continue;
            if (content_after(p, s, c, sub.relative).mode != Content::none) return true;
        }
        return false;
    }

    // ---- constructions ----------------------------------------------------------------------------------

    bool trailing(const Para& p, const text::Sentence& s, const Cue& c, const std::vector<Cue>& list) {
        if (claimed_[p.base + c.first] || is_ing(p.norm(c.first))) return false;
        const long lo = s.first_token;
        const long j = skip_left(p, static_cast<long>(c.first) - 1, lo);
        std::size_t np_last = static_cast<std::size_t>(j + 1);
        std::size_t k = np_last;
        while (static_cast<long>(k) > lo && !p.comma(k - 1) && !p.quote_mark(k - 1) && !is_dash(p, k - 1) &&
               np_last - k < 12)
            --k;
        std::pair<std::size_t, std::size_t> named{0, 0}; // "a company spokesman, John Reed, said"
        if (k ==
            np_last) { // "…," one woman, who asked not to be named, told Reuters: skip the relative clause
            auto before = relative_clause_start(p, k, lo);
            if (!before) {
                named = name_apposition(p, k, lo);
                if (named.second > named.first) {
                    std::size_t comma = named.first - 1; // the comma that opens the apposition
                    while (!p.comma(comma))
                        --comma;
                    before = comma;
                }
            }
            if (!before) before = apposition_start(p, k, lo);
            if (before) {
                np_last = *before;
                k = np_last;
                while (static_cast<long>(k) > lo && !p.comma(k - 1) && !p.quote_mark(k - 1) &&
                       !is_dash(p, k - 1) && np_last - k < 12)
                    --k;
            }
        }
        std::size_t np_first, boundary, attr_end;
        bool inverted = false;
        int second = -1;    // the quotation after the attribution of a split quote
        if (k == np_last) { // ", said Lavrov."
            // A verb of telling takes its addressee as object: ", told Reuters" is never an inversion,
            // and a verb of judging names: "its joint venture with Total, called Samsung Total,".
            if (c.cls == CueClass::tell || c.cls == CueClass::judge) return false;
            if (static_cast<long>(k) - 1 < lo || !(p.comma(k - 1) || p.quote_mark(k - 1))) return false;
            std::size_t b = c.last;
            // ("said one of the officials": a part of a group; "said the Bank of England")
            const auto partitive_of = [&](std::size_t k) {
                return p.is(k, "of") &&
                       (p.cap(k + 1) ||
                        (k == c.last + 1 && in(p.norm(c.last), {"one", "two", "some", "many", "several"})));
            };
            while (b < s.last_token && !p.comma(b) && !terminal(p, b) && !p.quote_mark(b) &&
                   !(b > c.last && is_preposition(p.norm(b)) && !partitive_of(b)))
                ++b;
            // ('"…," said a woman who gave her name only as Amina': the relative clause is no part of it)
            b = who_clause(p, c.last, b);
            if (!is_speaker_phrase(p, c.last, b, reg_)) return false;
            np_first = c.last;
            np_last = b;
            boundary = k - 1;
            named = name_after_role(p, s, c.last, b);
            attr_end = speaker_apposition_end(p, s, named.second > named.first ? named.second : b);
            inverted = true;
            // ('"We are ready," said Holm, "and we will win."': the split quotation's second part)
            if (p.quote_mark(boundary) && whole_quotation(p, content_start(p, s), boundary + 1) >= 0)
                second = p.comma(attr_end) ? introduced_quotation(p, attr_end, s.last_token) : -1;
        } else {
            if (static_cast<long>(k) <= lo) return false;
            np_first = k;
            boundary = k - 1;
            if (!(p.comma(boundary) || p.quote_mark(boundary))) return false;
            if (!is_speaker_phrase(p, np_first, np_last, reg_)) {
                // ('"…," a witness who asked not to be named told the BBC', '…, residents living nearby
                // said'; not an apposition after a name: '"…," Brett Kappel, a lawyer who advises…, told')
                if (reg_.is_name_word(p, boundary - 1)) return false;
                std::size_t cut = participle_on(p, np_first, np_last);
                for (std::size_t w = np_first + 1; w < np_last && cut == np_last; ++w)
                    if (p.is(w, "who") && restricted_head(p, lo, static_cast<long>(w), np_last) == np_first)
                        cut = w;
                if (cut == np_last) return false;
                np_last = cut;
            }
            // ('"If the results hold," she says, "we will…"': a quotation split by its attribution is two
            // records, one each side)
            if (const Content after = content_after(p, s, c, false);
                after.mode == Content::intro && whole_quotation(p, content_start(p, s), boundary + 1) >= 0)
                second = after.quotation;
            else if (after.mode != Content::none || !attribution_tail(p, s, c))
                return false;
            attr_end = c.last;
            while (attr_end < s.last_token && !p.comma(attr_end) && !terminal(p, attr_end))
                ++attr_end;
        }
        // the content before the attribution
        std::size_t cf = content_start(p, s);
        std::size_t cl = boundary + (p.quote_mark(boundary) ? 1 : 0);
        if (cl <= cf) return false;
        std::vector<Span> parts;
        QuoteKind kind = QuoteKind::indirect;
        const int q = whole_quotation(p, cf, cl);
        if (q >= 0) {
            parts = quotation(q).parts;
            kind = QuoteKind::direct;
            used_q_[static_cast<std::size_t>(q)] = 1;
        } else {
            if (holds_attribution(p, s, cf, boundary, list)) { // a relay: "…, Russian media reported"
                for (std::size_t m = boundary; m < attr_end; ++m)
                    stop_[p.base + m] = 1;
                return false;
            }
            // ("According to a Vietnamese official who took part, Hanoi insisted…": a source's phrase is no
            // report of the subject after it)
            if (p.is(cf, "according") && p.is(cf + 1, "to")) return false;
            // "… to which, Mr Zelenskyy said, Ukraine was not invited": the content is after
            std::size_t before_last = boundary;
            while (before_last > cf && !p.word(before_last - 1))
                --before_last;
            const bool relative_before = before_last > cf && relative_word(p.norm(before_last - 1));
            // ("The government, he said, would not need to import more": the report's subject before the
            // attribution, its verb after)
            const bool split_subject = !reports_something(p, cf, cl) && p.comma(attr_end) &&
                                       attr_end + 1 < s.last_token && is_finite(p, attr_end + 1, lex_);
            // ("Without more rain, the ministry warned, the harvest would fail": a fronted phrase, then
            // the attribution, then the report's clause)
            const bool fronted = !split_subject && c.cls != CueClass::tell && !reports_something(p, cf, cl) &&
                                 p.comma(attr_end) && opens_fronted_phrase(p.norm(cf)) && cl - cf <= 8 &&
                                 continuation(p, s, attr_end + 1);
            if (!relative_before) {
                if (!reports_something(p, cf, cl) && !split_subject && !fronted) return false;
                add_part(p, cf, cl, parts);
            }
            if (p.comma(attr_end) && (continuation(p, s, attr_end + 1) || split_subject || fronted)) {
                const std::size_t end = content_end(p, s, attr_end + 1);
                add_part(p, attr_end + 1, end, parts);
                for (std::size_t m = attr_end; m < end; ++m)
                    claimed_[p.base + m] = 1;
            }
            if (parts.empty()) return false;
            kind = has_quote_mark(p, cf, attr_end) ? QuoteKind::mixed : QuoteKind::indirect;
            if (relative_before && !parts.empty()) kind = QuoteKind::indirect;
        }
        auto speakers = named.second > named.first ? speakers_of_phrase(p, named.first, named.second, reg_)
                                                   : speakers_of_phrase(p, np_first, np_last, reg_);
        if (named.second > named.first && speakers.size() == 1 && speakers[0].entity >= 0)
            reg_.add_role(speakers[0].entity, p, np_first, np_last);
        if (inverted) document_relative(p, np_first, np_last, s, speakers);
        if (speakers.empty()) return false;
        for (std::size_t m = cf; m < attr_end; ++m)
            claimed_[p.base + m] = 1;
        const auto again = second >= 0 ? speakers : std::vector<Resolved>{};
        emit(p, c.first, std::move(speakers), kind, std::move(parts), c,
             inverted ? "inverted attribution after the content" : "attribution after the content");
        if (second >= 0) {
            used_q_[static_cast<std::size_t>(second)] = 1;
            for (std::size_t m = attr_end; m < s.last_token; ++m)
                claimed_[p.base + m] = 1;
            emit(p, c.first, again, QuoteKind::direct, quotation(second).parts, c,
                 "the second part of a quotation split by its attribution");
        }
        return true;
    }

    /// When the tokens just before `end` are ", a spokesperson for X ," (an apposition: an article or a
    /// possessive, and no verb), the index of the comma that opens it: the speaker stands before it.
    std::optional<std::size_t> apposition_start(const Para& p, std::size_t end, long lo) const {
        if (end < 2 || !p.comma(end - 1)) return std::nullopt;
        for (std::size_t i = end - 1; static_cast<long>(i) > lo && end - i < 16; --i) {
            if (p.quote_mark(i - 1) || is_finite(p, i - 1, lex_)) return std::nullopt;
            if (!p.comma(i - 1)) continue;
            // (or a role: "Rachel Ibarra, chief economist at Keel Securities, wrote"; or where the person is
            // from: "Dr. Holm, now 52 and a professor at Lund, says")
            const bool opens = opens_apposition(p.norm(i)) || p.has(i, f_role) || title_modifier(p.norm(i)) ||
                               aside_on_person(p, i);
            return opens && i < end - 1 ? std::optional<std::size_t>(i - 1) : std::nullopt;
        }
        return std::nullopt;
    }

    /// ", said Daniel Mutua, head of trading at a Nairobi lender, who asked not to be identified, …": past
    /// the speaker's apposition (and a relative clause on it) after the comma at b; else b.
    std::size_t speaker_apposition_end(const Para& p, const text::Sentence& s, std::size_t b) const {
        if (!p.comma(b) || b + 1 >= s.last_token) return b;
        const auto w = p.norm(b + 1);
        if (!opens_apposition(w) && !p.has(b + 1, f_role) && !title_modifier(w)) return b;
        std::size_t y = b + 1;
        while (y < s.last_token && !p.comma(y) && !terminal(p, y) && !p.quote_mark(y)) {
            if (is_finite(p, y, lex_)) return b;
            ++y;
        }
        if (p.comma(y) && y + 1 < s.last_token && in(p.norm(y + 1), {"who", "whose"})) {
            ++y;
            while (y < s.last_token && !p.comma(y) && !terminal(p, y) && !p.quote_mark(y))
                ++y;
        }
        return y;
    }

    /// When a role told without a name is followed by one in commas (", said a local resident, Maria Santos,
    /// who…"): the name's first and last token; else {0, 0}.
    std::pair<std::size_t, std::size_t> name_after_role(const Para& p, const text::Sentence& s,
                                                        std::size_t first, std::size_t b) const {
        if (!p.comma(b) || b < first + 1 || p.cap(first) || !p.has(b - 1, f_role)) return {0, 0};
        const std::size_t st = b + 1, e = reg_.name_run_end(p, st);
        if (e == st || !reg_.looks_like_person(p, st, e, false)) return {0, 0};
        if (e < s.last_token && !p.comma(e) && !terminal(p, e)) return {0, 0};
        return {st, e};
    }

    /// When the tokens just before `end` are ", John Reed ," after a role ("a company spokesman, John Reed,
    /// said"): the name's first and last token, the role standing before it; else {0, 0}.
    std::pair<std::size_t, std::size_t> name_apposition(const Para& p, std::size_t end, long lo) const {
        if (end < 3 || !p.comma(end - 1)) return {0, 0};
        std::size_t i = end - 1;
        while (static_cast<long>(i) > lo && end - i < 6 && !p.comma(i - 1))
            --i;
        if (static_cast<long>(i) <= lo + 1 || !p.comma(i - 1)) return {0, 0};
        // (the role may end in its portfolio: "the Minister of Health, Dr Ana Silva,")
        bool role = false;
        for (std::size_t r = i - 2; static_cast<long>(r) > lo && i - r <= 6 && !p.comma(r) && !role; --r)
            role = p.has(r, f_role) && (r == i - 2 || p.is(r + 1, "of") || p.is(r + 1, "for"));
        if (!role) return {0, 0};
        // (", the engineer David Marsh,": a role of the name's own before it)
        std::size_t st = i;
        while (st + 1 < end - 1 && (p.is(st, "the") || (p.word(st) && !p.cap(st)) || p.has(st, f_role)) &&
               !reg_.is_name_word(p, st))
            ++st;
        if (!reg_.looks_like_person(p, st, end - 1, false) || reg_.name_run_end(p, st) != end - 1)
            return {0, 0};
        return {st, end - 1};
    }

    /// When the tokens just before `end` are ", who … ," (a non-restrictive relative clause), the
    /// index of the comma that opens it: the speaker stands before it.
    std::optional<std::size_t> relative_clause_start(const Para& p, std::size_t end, long lo) const {
        if (end == 0 || !p.comma(end - 1)) return std::nullopt;
        for (std::size_t i = end - 1; static_cast<long>(i) > lo && end - i < 20; --i) {
            if (!p.comma(i - 1)) continue;
            const bool relative = i < end - 1 && in(p.norm(i), {"who", "whom", "whose", "which"});
            return relative ? std::optional<std::size_t>(i - 1) : std::nullopt;
        }
        return std::nullopt;
    }

    /// What may follow the verb of an attribution placed after its content: nothing, a comma, a
    /// prepositional phrase ("said on Tuesday", "said following the meeting"), or for verbs of telling
    /// an addressee ("told the Associated Press"). An object or an infinitive makes it a main clause.
    bool attribution_tail(const Para& p, const text::Sentence& s, const Cue& c) const {
        // ("said last month": "last" is an adverbial of its own too)
        std::size_t i = past_time_told(p, c.last, s.last_token);
        while (i < s.last_token && p.has(i, f_adverbial) && !p.tok(i).capitalised)
            ++i;
        i = past_time_told(p, i, s.last_token);
        const auto ends = [&](std::size_t k) {
            // (or a bracket's aside: "told broadcaster rbb (translated from German)")
            // (or a clause of time: '"…," Lopez said as she left the stadium')
            return k >= s.last_token || p.comma(k) || terminal(p, k) || p.punct(k, U';') || p.quote_mark(k) ||
                   is_dash(p, k) || p.punct(k, U'(') ||
                   (in(p.norm(k), {"as", "when", "while", "before", "after"}) && k + 1 < s.last_token &&
                    (subject_pronoun(p.norm(k + 1)) || opens_apposition(p.norm(k + 1)) || p.cap(k + 1))) ||
                   (p.word(k) && is_preposition(p.norm(k)) && !infinitive(p, k));
        };
        if (ends(i)) return true;
        if (c.cls != CueClass::tell) return false;
        for (std::size_t k = i; k < s.last_token && k < i + 7; ++k) {
            // "told al-Mansouri as she delivered the sentence": a clause of time or manner after the
            // addressee belongs to the attribution
            if (k > i && in(p.norm(k), {"as", "when", "while", "after", "before", "because"})) return true;
            // (the addressee's first word is a noun whatever else it may be: "told state broadcaster ERT")
            if (k > i && is_finite(p, k, lex_)) return false;
            if (ends(k)) return true;
        }
        return false;
    }

    /// Past a time told without a preposition after a verb of saying: "said Friday", "said late Monday",
    /// "said Tuesday night", "said last month", "said this week". Returns the token after it, or i.
    static std::size_t past_time_told(const Para& p, std::size_t i, std::size_t end) {
        static const std::initializer_list<std::string_view> days = {
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
        static const std::initializer_list<std::string_view> parts = {"night", "morning", "afternoon",
                                                                      "evening"};
        std::size_t k = i;
        if (k < end && in(p.norm(k), {"yesterday", "today", "tonight"})) return k + 1;
        // ("said late on Monday", "said shortly after midnight": the adverb leads a phrase of time)
        if (k + 1 < end && in(p.norm(k), {"late", "early", "shortly", "soon", "just", "right"}) &&
            in(p.norm(k + 1), {"on", "in", "at", "after", "before", "during", "following"}))
            return k + 1;
        if (k < end && in(p.norm(k), {"late", "early"})) ++k;
        if (k < end && in(p.norm(k), days)) {
            ++k;
            if (k < end && in(p.norm(k), parts)) ++k;
            return k;
        }
        if (k + 1 < end && in(p.norm(k), {"last", "this", "next"}) &&
            (in(p.norm(k + 1), {"week", "month", "year", "weekend", "night"}) || in(p.norm(k + 1), days)))
            return k + 2;
        return i;
    }

    /// ", A said, but they should…": the clause after a parenthetical attribution goes on.
    bool continuation(const Para& p, const text::Sentence& s, std::size_t i) const {
        while (i < s.last_token && in(p.norm(i), {"but", "and", "yet", "so"}))
            ++i;
        if (i >= s.last_token) return false;
        // (", but officials warned that…": another speaker's report of its own)
        if (i > 0 && another_report(p, i - 1, std::min<std::size_t>(s.last_token, i + 24))) return false;
        const auto w = p.norm(i);
        const bool opener =
            p.quote_mark(i) ||
            (p.word(i) && !is_preposition(w) && !is_ing(w) && !p.has(i, f_verb) &&
             !in(w, {"when", "while", "as", "if", "after", "before", "because", "although", "though",
                     "whereas", "which", "who", "whom", "where", "then", "adding", "according"}));
        if (!opener) return false;
        for (std::size_t k = i; k < s.last_token; ++k)
            if (is_finite(p, k, lex_)) return true;
        return false;
    }

    /// "read the document, which Kirill Dmitriev … showed": a document's issuer named after it.
    void document_relative(const Para& p, std::size_t a, std::size_t b, const text::Sentence& s,
                           std::vector<Resolved>& speakers) {
        if (!p.comma(b) || !(p.is(b + 1, "which") || p.is(b + 1, "that"))) return;
        std::size_t h = b;
        while (h > a && !p.word(h - 1))
            --h;
        if (h == a || !lex_.documents.count(strip_possessive(p.norm(h - 1)))) return;
        for (std::size_t i = b + 2; i < s.last_token && i < b + 14; ++i) {
            const std::size_t end = reg_.name_run_end(p, i);
            if (end == i) {
                if (is_finite(p, i, lex_)) break;
                continue;
            }
            const std::size_t st = reg_.name_start_in_run(p, i, end);
            if (st < end && !reg_.is_place(p, st, end)) {
                const int e = reg_.person_for_name(p, st, end, true);
                if (e < 0) return;
                reg_.set_document_issuer(strip_possessive(p.norm(h - 1)), e);
                reg_.add_alias(e, p.text(a, b));
                speakers = {{e, reg_.entities()[e].name, 0.8,
                             "'" + std::string(p.text(a, b)) + "' was issued by " + reg_.entities()[e].name}};
                return;
            }
            i = end - 1;
        }
    }

    bool leading(const Para& p, const text::Sentence& s, const Cue& c) {
        if (inside_quote(p, c.first)) return false;
        const Subject sub = subject_left(p, s, c);
        if (!sub.found && !sub.coordinated) return false;
        const Content con = content_after(p, s, c, sub.relative);
        if (con.mode == Content::none) return false;
        auto speakers = subject_speakers(p, s, sub);
        if (speakers.empty()) return false;
        std::vector<Span> parts;
        QuoteKind kind;
        std::size_t claim_end;
        if (con.mode == Content::intro) {
            parts = quotation(con.quotation).parts;
            used_q_[static_cast<std::size_t>(con.quotation)] = 1;
            kind = QuoteKind::direct;
            claim_end = s.last_token;
            if (const auto [cp, ct] = close_of(con.quotation);
                cp >= 0 && static_cast<std::uint32_t>(cp) == p.index)
                claim_end = std::min<std::size_t>(claim_end, static_cast<std::size_t>(ct) + 1);
        } else {
            const std::size_t end = std::min(content_end(p, s, con.start), subordinate_end(p, s, c.first));
            if (!class_content_ok(p, c.cls, con.start, end)) return false;
            if (end <= con.start) return false;
            add_part(p, con.start, end, parts);
            if (parts.empty()) return false;
            kind = has_quote_mark(p, con.start, end) ? QuoteKind::mixed : QuoteKind::indirect;
            for (std::size_t k = con.start; k < end; ++k) {
                const int q = open_q_[p.base + k];
                if (q >= 0) used_q_[static_cast<std::size_t>(q)] = 1;
            }
            claim_end = end;
        }
        for (std::size_t m = sub.found ? sub.first : c.first; m < claim_end; ++m)
            claimed_[p.base + m] = 1;
        emit(p, c.first, std::move(speakers), kind, std::move(parts), c,
             sub.coordinated ? "speech verb sharing the clause's subject" : "speaker, speech verb, content");
        return true;
    }

    /// "When he said the talks were over, the crowd cheered": a report inside a clause put before the
    /// main one ends where that clause does (not after "As he said, …", whose report is the main clause).
    /// Returns the paragraph's end when no such clause holds the cue.
    std::size_t subordinate_end(const Para& p, const text::Sentence& s, std::size_t cue) const {
        const std::size_t st = content_start(p, s);
        if (st >= cue || !in(p.norm(st), {"when", "after", "before", "if", "although", "though", "because",
                                          "since", "while", "once", "until", "whereas", "unless"}))
            return p.size();
        for (std::size_t k = st; k < cue; ++k)
            if (p.comma(k)) return p.size();
        for (std::size_t k = cue; k < s.last_token; ++k) {
            if (!p.comma(k) || inside_quote(p, k)) continue;
            if (!relative_word(p.norm(k + 1))) return k;
            // (", which employs 300," inside the report)
            for (++k; k + 1 < s.last_token && !p.comma(k + 1);)
                ++k;
            ++k;
        }
        return p.size();
    }

    static bool has_figure(const Para& p, std::size_t a, std::size_t b) {
        for (std::size_t k = a; k < b; ++k) {
            if (p.tok(k).kind == text::TokenKind::symbol) return true;
            if (p.tok(k).kind != text::TokenKind::number) continue;
            // ("the death toll rose to 52": a level a verb of change reaches)
            if (k >= 2 && p.is(k - 1, "to") &&
                in(p.norm(k - 2), {"rose", "risen", "fell", "fallen", "climbed", "jumped", "dropped",
                                   "increased", "decreased", "grew", "reached", "hit"}))
                return true;
            // ("burned some 44,000 hectares", "added 48,000 jobs": an amount of its own; not a year,
            // nor a day's number)
            const auto digits = p.norm(k);
            const bool year = digits.size() == 4 && (digits.front() == '1' || digits.front() == '2');
            if (digits.find(',') != std::string_view::npos || (digits.size() >= 3 && !year)) return true;
            // (", down from 14 in 2024", "up by 3": a change from or by an amount)
            if (k >= 2 && in(p.norm(k - 1), {"from", "by"}) && in(p.norm(k - 2), {"up", "down"})) return true;
            // ("at least 40 people are missing": an amount told with its bound)
            if (k >= 2 && ((p.is(k - 2, "at") && (p.is(k - 1, "least") || p.is(k - 1, "most"))) ||
                           (in(p.norm(k - 2), {"more", "fewer", "less"}) && p.is(k - 1, "than"))))
                return true;
            for (std::size_t m = k + 1; m < b && m < k + 3; ++m)
                if (in(p.norm(m),
                       {"percent", "per", "%", "bn", "billion", "million", "trillion", "m", "tn", "pct"}))
                    return true;
        }
        return false;
    }

    /// A plan or a forecast, more than a figure: "the group wants to cut around 10,000 jobs", "is likely to
    /// raise its rate to 1%".
    static bool intends(const Para& p, std::size_t a, std::size_t z) {
        for (std::size_t k = a; k < z; ++k)
            if (in(p.norm(k), {"will", "would", "could", "might", "wants", "plans", "aims", "intends",
                               "expects", "likely", "seeks", "hopes", "going"}))
                return true;
        return false;
    }

    bool according(const Para& p, const text::Sentence& s, const Cue& c) {
        std::size_t b = c.last;
        while (b < s.last_token && !p.comma(b) && !terminal(p, b) && !p.quote_mark(b))
            ++b;
        if (b == c.last) return false;
        std::size_t a, z;
        if (c.first == content_start(p, s)) {
            if (!p.comma(b)) return false;
            a = b + 1;
            // ("According to a study by Susan Levine, a professor at Chicago, boys opt…": past the
            // apposition)
            if (p.is(a, "a") || p.is(a, "an"))
                if (const std::size_t close = closing_comma(p, b, s.last_token, 14);
                    close != b && !reports_something(p, a, close))
                    a = close + 1;
            // ("According to the Focus survey, which polls more than 100 banks, the market expects…": past
            // the relative clause on the source)
            if (p.is(a, "which") || p.is(a, "who"))
                if (const std::size_t close = closing_comma(p, b, s.last_token, 20); close != b)
                    a = close + 1;
            z = content_end(p, s, a);
            if (has_figure(p, a, z) && !intends(p, a, z)) return false; // the source of a figure, not a quote
        } else {
            if (!last_speakers_.empty()) return false; // a relay of what the sentence already attributes
            a = content_start(p, s);
            z = c.first;
            if (has_figure(p, a, z) && !intends(p, a, z)) return false; // the source of a figure, not a quote
        }
        if (z <= a || !reports_something(p, a, z)) return false;
        // ("according to a Vietnamese official who took part in the talks": the source before its "who")
        auto speakers = speakers_of_phrase(p, c.last, who_clause(p, c.last, b), reg_);
        // ("According to him, …": the object pronoun points back as its subject form would)
        if (b == c.last + 1 && in(p.norm(c.last), {"him", "her", "them"}))
            if (auto r = reg_.resolve_pronoun(p, c.last, subject_form(p.norm(c.last))); !r.name.empty())
                speakers = {std::move(r)};
        if (speakers.empty()) return false;
        std::vector<Span> parts;
        add_part(p, a, z, parts);
        if (parts.empty()) return false;
        for (std::size_t m = std::min(a, c.first); m < std::max(z, b); ++m)
            claimed_[p.base + m] = 1;
        const auto kind = has_quote_mark(p, a, z) ? QuoteKind::mixed : QuoteKind::indirect;
        emit(p, c.first, std::move(speakers), kind, std::move(parts), c, "according to");
        return true;
    }

    /// "This is stated in a statement by X." — the sentence before is X's.
    void this_was_said(const Para& p, std::size_t si) {
        const auto& s = p.t->sentences[si];
        std::size_t k = s.first_token;
        if (!in(p.norm(k), {"this", "that", "it"})) return;
        ++k;
        while (k < s.last_token && in(p.norm(k), {"is", "was", "has", "had", "been", "also"}))
            ++k;
        if (k >= s.last_token || k == s.first_token + 1 || !lex_.verbs.count(p.norm(k))) return;
        std::size_t by = k + 1;
        while (by < s.last_token && !p.is(by, "by"))
            ++by;
        if (by >= s.last_token) return;
        std::size_t a = by + 1, z = s.last_token;
        while (z > a && !p.word(z - 1))
            --z;
        // "a statement by X": X issued the statement
        std::string noun;
        for (std::size_t m = k + 1; m < by; ++m)
            if (lex_.documents.count(p.norm(m))) noun = std::string(p.norm(m));
        auto speakers = apposed_speakers(p, a, z);
        if (speakers.empty()) return;
        if (!noun.empty() && speakers[0].entity >= 0) reg_.set_document_issuer(noun, speakers[0].entity);
        // the sentence before, in this paragraph or the one before
        const Para* cp = &p;
        const text::Sentence* prev = nullptr;
        if (si > 0)
            prev = &p.t->sentences[si - 1];
        else if (p.index > 0 && !paras_[p.index - 1].t->sentences.empty()) {
            cp = &paras_[p.index - 1];
            prev = &cp->t->sentences.back();
        }
        if (!prev) return;
        const std::size_t ps = content_start(*cp, *prev);
        for (std::size_t m = ps; m < prev->last_token; ++m)
            if (claimed_[cp->base + m]) return;
        if (!reports_something(*cp, ps, prev->last_token)) return;
        std::vector<Span> parts;
        add_part(*cp, ps, prev->last_token, parts);
        if (parts.empty()) return;
        for (std::size_t m = ps; m < prev->last_token; ++m)
            claimed_[cp->base + m] = 1;
        for (std::size_t m = s.first_token; m < s.last_token; ++m)
            claimed_[p.base + m] = 1;
        Cue c{k, k + 1, CueClass::clause};
        emit(*cp, ps, std::move(speakers), QuoteKind::indirect, std::move(parts), c,
             "pointed back to by 'this'");
        (void)p;
    }

    /// The speakers of a phrase with appositions: the comma-separated part that names a person.
    std::vector<Resolved> apposed_speakers(const Para& p, std::size_t a, std::size_t z) {
        std::vector<std::pair<std::size_t, std::size_t>> segs;
        std::size_t st = a;
        for (std::size_t m = a; m <= z; ++m)
            if (m == z || p.comma(m)) {
                if (m > st) segs.emplace_back(st, m);
                st = m + 1;
            }
        for (const auto& [x, y] : segs)
            if (has_person_name(p, x, y)) {
                auto r = speakers_of_phrase(p, x, y, reg_);
                if (r.size() == 1 && r[0].entity >= 0)
                    for (const auto& [u, v] : segs)
                        if (u != x) reg_.add_role(r[0].entity, p, u, v);
                return r;
            }
        return segs.empty() ? std::vector<Resolved>{}
                            : speakers_of_phrase(p, segs[0].first, segs[0].second, reg_);
    }

    /// Quotations left over that stand as whole sentences after an attributed quote take its speaker.
    void floating(const Para& p) {
        for (std::size_t o = 0; o < p.size(); ++o) {
            const int q = open_q_[p.base + o];
            if (q < 0 || used_q_[static_cast<std::size_t>(q)] || claimed_[p.base + o]) continue;
            const auto& s = p.t->sentences[p.t->sentence_of(o)];
            bool opens_sentence = true;
            for (std::size_t k = s.first_token; k < o; ++k)
                opens_sentence = opens_sentence && !p.word(k);
            if (!opens_sentence) continue;
            const auto [cp, ct] = close_of(q);
            if (cp >= 0) {
                const auto& cpara = paras_[static_cast<std::size_t>(cp)];
                const auto& cs = cpara.t->sentences[cpara.t->sentence_of(static_cast<std::size_t>(ct))];
                if (!only_punct(cpara, static_cast<std::size_t>(ct), cs.last_token)) continue;
            }
            std::size_t length = 0;
            for (const auto& part : quotation(q).parts)
                length += part.end - part.begin;
            if (length < 12) continue;
            const auto speakers = previous_speakers(p, o);
            if (speakers.empty()) continue;
            used_q_[static_cast<std::size_t>(q)] = 1;
            Cue c{o, o, CueClass::clause};
            emit(p, o, speakers, QuoteKind::direct, quotation(q).parts, c,
                 "quotation continuing an attributed one");
            found_.back().confidence *= 0.85;
            found_.back().cue.clear();
        }
    }

    std::vector<Resolved> previous_speakers(const Para& p, std::size_t o) const {
        for (auto it = anchors_.rbegin(); it != anchors_.rend(); ++it) {
            const auto idx = static_cast<std::size_t>(it - anchors_.rbegin());
            const auto& f = found_[found_.size() - 1 - idx];
            if (it->first == p.index && it->second < o) return f.speakers;
            if (it->first + 1 == p.index) return f.speakers;
            if (it->first + 1 < p.index) break;
        }
        return {};
    }

    // ---- output -------------------------------------------------------------------------------------

    void add_part(const Para& p, std::size_t a, std::size_t b, std::vector<Span>& parts) const {
        while (a < b && (p.is(a, "that") || p.comma(a) || p.punct(a, U':') || is_dash(p, a)))
            ++a;
        while (b > a && (p.tok(b - 1).kind == text::TokenKind::punct) && !p.punct(b - 1, U')'))
            --b;
        while (b > a && p.quote_mark(b - 1) && open_q_[p.base + b - 1] >= 0)
            --b; // a mark that opens nothing inside
        if (b <= a) return;
        parts.push_back({p.index, p.tok(a).begin, p.tok(b - 1).end});
    }

    /// "In a statement, the Canadian Armed Forces said …", "X said in an emailed statement": the
    /// speaker issued the document, which may speak for them later ("the statement says").
    void note_issuer(const Para& p, std::size_t anchor, int entity) {
        if (entity < 0 || anchor >= p.size()) return;
        const auto& s = p.t->sentences[p.t->sentence_of(anchor)];
        for (std::size_t k = s.first_token; k < s.last_token; ++k) {
            if (!p.is(k, "in")) continue;
            for (std::size_t m = k + 1; m < s.last_token && m < k + 4; ++m)
                if (p.word(m) && lex_.documents.count(p.norm(m))) {
                    reg_.set_document_issuer(p.norm(m), entity);
                    return;
                }
        }
    }

    void emit(const Para& p, std::size_t anchor, std::vector<Resolved> speakers, QuoteKind kind,
              std::vector<Span> parts, const Cue& c, std::string reason) {
        if (parts.empty() || speakers.empty()) return;
        Found f;
        f.kind = kind;
        f.parts = std::move(parts);
        f.cue = c.last > c.first ? std::string(p.text(c.first, c.last)) : std::string();
        double conf = 1.0;
        for (const auto& s : speakers) {
            conf = std::min(conf, s.confidence);
            reg_.note_speaker(p, anchor, s.entity);
            reg_.count_quote(s.entity);
        }
        f.confidence = conf;
        f.reason = std::move(reason);
        f.speakers = std::move(speakers);
        if (f.speakers.size() == 1) note_issuer(p, anchor, f.speakers[0].entity);
        last_speakers_ = f.speakers;
        found_.push_back(std::move(f));
        anchors_.emplace_back(p.index, anchor);
    }

    const Lexicon& lex_;
    const text::ArticleText& text_;
    const std::vector<Para>& paras_;
    Registry& reg_;
    std::vector<char> claimed_; ///< tokens that belong to a found quote or its attribution
    std::vector<char> stop_;    ///< tokens where a relayed attribution starts: content ends there
    std::vector<int> open_q_;   ///< the outer quotation a token opens, or -1
    std::vector<char> used_q_;
    std::vector<Found> found_;
    std::vector<std::pair<std::uint32_t, std::size_t>> anchors_;
    std::vector<Resolved> last_speakers_;
};

} // namespace

std::vector<Found> find_quotes(const Lexicon& lex, const text::ArticleText& text,
                               const std::vector<Para>& paras, Registry& registry) {
    return Engine(lex, text, paras, registry).run();
}

} // namespace parallax::extract::quotes
