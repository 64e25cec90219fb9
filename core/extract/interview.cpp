// Extract stage (quotes): the answers of a question-and-answer interview. A Q&A prints the interviewer's
// questions and the interviewee's answers with no quotation marks and no verb of saying; every answer is
// nonetheless the interviewee's speech, so it is a direct quote of theirs.
#include "extract/quote_engine.hpp"

#include <algorithm>

namespace parallax::extract::quotes {

namespace {

/// Whether sentence `s` of `p` ends on a question mark (past closing marks and brackets).
bool asks(const Para& p, const text::Sentence& s) {
    std::size_t k = s.last_token;
    while (k > s.first_token && (p.quote_mark(k - 1) || p.punct(k - 1, U')')))
        --k;
    return k > s.first_token && p.punct(k - 1, U'?');
}

/// Whether tokens [a, b) of `p` hold a word of the first person outside quotation marks.
bool first_person(const Para& p, std::size_t a, std::size_t b) {
    for (std::size_t k = a; k < b; ++k)
        if (p.word(k) && p.outer_quote[k] < 0 &&
            in(p.norm(k), {"i", "i'm", "i’m", "i've", "i’ve", "i'd", "i’d", "i'll", "i’ll", "me", "my", "we",
                           "we're", "we’re", "we've", "we’ve", "us", "our"}))
            return true;
    return false;
}

bool addresses_you(const Para& p, std::size_t a, std::size_t b) {
    for (std::size_t k = a; k < b; ++k)
        if (p.word(k) && in(p.norm(k), {"you", "your", "you're", "you’re", "you've", "you’ve"})) return true;
    return false;
}

/// "Q: …", "TNH: …", "Ferreira: …": a speaker's label of at most three words in capitals and a colon
/// opening the paragraph; the colon's token, or 0.
std::size_t label(const Para& p) {
    for (std::size_t k = 0; k < p.size() && k < 4; ++k) {
        if (p.punct(k, U':')) return k > 0 && k + 1 < p.size() ? k : 0;
        if (!p.cap(k) && !(p.word(k) && p.tok(k).all_caps)) return 0;
    }
    return 0;
}

struct Answer {
    Span span;
    bool addressed = false;     ///< the question said "you"
    bool first = false;         ///< the answer said "I" or "we"
    std::uint32_t labelled = 0; ///< tokens of the answer's label ("Ferreira:"), 0 for none
};

/// The question-and-answer pairs of the article, in order: a paragraph that asks, then the paragraph that
/// answers; or one paragraph that asks in its first sentence and answers in the rest; or "Q:" and "A:".
std::vector<Answer> answers(const std::vector<Para>& paras) {
    std::vector<Answer> out;
    for (std::size_t i = 0; i < paras.size(); ++i) {
        const Para& p = paras[i];
        const auto& ss = p.t->sentences;
        if (ss.empty()) continue;
        // (labelled turns: the interviewer's question, then the answer under another label)
        // (the question may end on its premise: "Q: Was it worth it? Eleven days of strikes.")
        const auto asks_any = [&](const Para& x) {
            return std::any_of(x.t->sentences.begin(), x.t->sentences.end(),
                               [&](const auto& sentence) { return asks(x, sentence); });
        };
        if (const std::size_t q = label(p), a = i + 1 < paras.size() ? label(paras[i + 1]) : 0;
            q > 0 && a > 0 && asks_any(p) && p.text(0, q) != paras[i + 1].text(0, a)) {
            const Para& n = paras[i + 1];
            out.push_back({{n.index, n.tok(a + 1).begin, n.tok(n.size() - 1).end},
                           true,
                           true, // (turns under labels are an interview whatever their words)
                           static_cast<std::uint32_t>(a)});
            ++i;
            continue;
        }
        std::size_t q = 0; // the first sentence that asks, among the first three
        while (q < ss.size() && q < 3 && !asks(p, ss[q]))
            ++q;
        if (q == ss.size() || q == 3) continue;
        const bool you = addresses_you(p, ss[0].first_token, ss[q].last_token);
        // (the answer follows in the same paragraph, unless the next paragraph answers: "What about the
        // rupee? It has lost 3% since January." is the interviewer's question with its premise)
        const auto asks_early = [&](const Para& x) {
            for (std::size_t k = 0; k < x.t->sentences.size() && k < 3; ++k)
                if (asks(x, x.t->sentences[k])) return true;
            return false;
        };
        const bool next_answers = q + 1 < ss.size() && ss.size() <= 3 && i + 1 < paras.size() &&
                                  !paras[i + 1].t->sentences.empty() && !asks_early(paras[i + 1]) &&
                                  label(paras[i + 1]) == 0 &&
                                  first_person(paras[i + 1], 0, paras[i + 1].size()) &&
                                  !first_person(p, ss[q + 1].first_token, p.size());
        if (q + 1 < ss.size() && !next_answers) {
            const std::size_t from = ss[q + 1].first_token;
            out.push_back({{p.index, p.tok(from).begin, p.tok(p.size() - 1).end},
                           you,
                           first_person(p, from, p.size())});
            continue;
        }
        if (i + 1 >= paras.size()) continue;
        const Para& a = paras[i + 1];
        const auto& as = a.t->sentences;
        if (as.empty() || asks(a, as.back())) continue;
        out.push_back(
            {{a.index, a.tok(0).begin, a.tok(a.size() - 1).end}, you, first_person(a, 0, a.size())});
        ++i;
    }
    return out;
}

/// The person the interview is with: named in the title or the first paragraphs (the introduction), the
/// title's first, else the most mentioned (the first of equals); else -1.
int interviewee(const Registry& registry, std::string_view title) {
    const std::string folded = fold(title);
    std::vector<char> introduced(registry.entities().size(), 0);
    for (const auto& m : registry.mentions())
        if (m.para < 3 && m.entity >= 0) introduced[static_cast<std::size_t>(m.entity)] = 1;
    int best = -1;
    std::size_t best_score = 0;
    const auto& entities = registry.entities();
    for (std::size_t e = 0; e < entities.size(); ++e) {
        const auto& x = entities[e];
        // (a given name and a surname, not an acronym's name: "DC Comics")
        const auto space = x.name.find(' ');
        const bool acronym =
            std::none_of(x.name.begin(), x.name.begin() + static_cast<long>(std::min(space, x.name.size())),
                         [](char c) { return c >= 'a' && c <= 'z'; });
        if (x.kind != EntityKind::person || x.given.empty() || acronym ||
            registry.lex().org_words.count(x.surname))
            continue;
        const bool titled = !x.surname.empty() && folded.find(x.surname) != std::string::npos;
        const std::size_t score = x.mentions + (titled ? 1000 : 0);
        if ((titled || introduced[e]) && (best < 0 || score > best_score)) {
            best = static_cast<int>(e);
            best_score = score;
        }
    }
    return best;
}

/// Whether a paragraph notes that the article is an interview ("This interview has been edited and
/// condensed for clarity.", "The interview was edited for length").
bool marked_interview(const std::vector<Para>& paras) {
    for (const auto& p : paras) {
        const std::string text = fold(p.text(0, p.size()));
        if (text.find("interview has been edited") != std::string::npos ||
            text.find("interview was edited") != std::string::npos ||
            text.find("edited and condensed") != std::string::npos ||
            text.find("edited for length") != std::string::npos ||
            text.find("edited for clarity") != std::string::npos)
            return true;
    }
    return false;
}

bool inside(const Span& inner, const Span& outer) {
    return inner.para == outer.para && inner.begin >= outer.begin && inner.end <= outer.end;
}

} // namespace

void add_interview_answers(const std::vector<Para>& paras, std::string_view title, Registry& registry,
                           std::vector<Found>& found) {
    const auto list = answers(paras);
    // (an explainer's questions seldom say "you", and its answers are in the third person)
    const auto addressed =
        std::count_if(list.begin(), list.end(), [](const Answer& a) { return a.addressed; });
    const auto first = std::count_if(list.begin(), list.end(), [](const Answer& a) { return a.first; });
    const auto n = static_cast<long>(list.size());
    // (or a note says it is an interview, "This interview has been edited and condensed": its questions
    // may ask without "you", "Is a hike on the table?")
    const bool spoken = addressed * 2 >= n && first * 2 >= n;
    if (n < 3 || !(spoken || (marked_interview(paras) && first * 2 >= n))) return;
    const int who = interviewee(registry, title);
    // speech the interviewee reports inside an answer is part of the answer
    std::erase_if(found, [&](const Found& f) {
        return std::any_of(list.begin(), list.end(), [&](const Answer& a) {
            return std::all_of(f.parts.begin(), f.parts.end(),
                               [&](const Span& s) { return inside(s, a.span); });
        });
    });
    // (with nobody the article names in full more than once, the answers are still quotes, of nobody known;
    // a label that names a person the article knows answers for them: "Ferreira:")
    for (const auto& a : list) {
        const Para& p = paras[a.span.para];
        const int named = a.labelled > 0 ? registry.person_for_name(p, 0, a.labelled, false) : -1;
        const int e = named >= 0 ? named : who;
        Found f;
        f.kind = QuoteKind::direct;
        f.parts = {a.span};
        f.confidence = e >= 0 ? 0.7 : 0.3;
        f.reason = "an answer of a question-and-answer interview";
        f.speakers = {{e, e >= 0 ? registry.entities()[static_cast<std::size_t>(e)].name : std::string(),
                       f.confidence, e >= 0 ? "the person the interview is with" : "nobody named"}};
        registry.count_quote(e);
        found.push_back(std::move(f));
    }
}

} // namespace parallax::extract::quotes
