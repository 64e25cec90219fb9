#include "extract/quotes.hpp"

#include "extract/quote_engine.hpp"
#include "extract/quote_lexicon.hpp"
#include "text/analysis.hpp"

#include <algorithm>

namespace parallax::extract {

namespace {

using namespace quotes;

std::string join_parts(const text::ArticleText& text, const std::vector<Span>& parts) {
    std::string out;
    for (const auto& s : parts) {
        if (!out.empty()) out += ' ';
        out += text.paragraphs[s.para].str(s.begin, s.end);
    }
    return out;
}

/// A speaker no rule could resolve ("he" with nothing before it) goes to the person the article
/// quotes most: a lead cut from the article usually named them (not a woman for "he", a man for "she").
int main_speaker(const Registry& registry, std::string_view pronoun) {
    const auto& entities = registry.entities();
    const char other = Registry::excluded_gender(pronoun);
    int best = -1;
    for (std::size_t e = 0; e < entities.size(); ++e) {
        const auto& x = entities[e];
        if (x.kind != EntityKind::person || (other != 0 && registry.gender_of(x) == other)) continue;
        if (best < 0 || x.quotes > entities[best].quotes ||
            (x.quotes == entities[best].quotes && x.mentions > entities[best].mentions))
            best = static_cast<int>(e);
    }
    return best;
}

/// For every token, the outer quotation whose words hold it (marks excluded), or -1.
void mark_quotations(const text::ArticleText& text, const std::vector<std::size_t>& base,
                     std::vector<int>& outer) {
    const auto& qs = text.quotes.quotations;
    for (std::size_t q = 0; q < qs.size(); ++q) {
        if (qs[q].parent >= 0) continue;
        for (const auto& part : qs[q].parts) {
            if (part.para + 1 >= base.size()) continue;
            const auto& pt = text.paragraphs[part.para];
            for (std::size_t t = pt.token_at(part.begin);
                 t < pt.tokens.size() && pt.tokens[t].begin < part.end; ++t)
                if (pt.tokens[t].kind != text::TokenKind::quote || pt.tokens[t].begin > part.begin)
                    outer[base[part.para] + t] = static_cast<int>(q);
        }
    }
}

/// NITF `q` elements: a quote the source marked up itself, with its `quote-source` as speaker, kept
/// where the rules found nothing over the same words.
void add_hinted_quotes(const Article& article, const text::ArticleText& text, const std::vector<Para>& paras,
                       Registry& registry, std::vector<Found>& found) {
    for (const auto& h : article.hints) {
        if (h.kind != "quote" || h.para >= paras.size() || h.begin >= h.end) continue;
        const auto& p = paras[h.para];
        const auto& pt = text.paragraphs[h.para];
        std::size_t a = pt.token_at(h.begin), b = pt.token_at(h.end);
        while (a < b && !p.word(a) && p.tok(a).kind != text::TokenKind::number)
            ++a;
        while (b > a && (p.quote_mark(b - 1) || p.comma(b - 1)))
            --b;
        if (b <= a) continue;
        const Span span{h.para, p.tok(a).begin, p.tok(b - 1).end};
        const bool known = std::any_of(found.begin(), found.end(), [&](const Found& f) {
            return std::any_of(f.parts.begin(), f.parts.end(), [&](const Span& s) {
                return s.para == span.para && s.begin < span.end && span.begin < s.end;
            });
        });
        if (known) continue;
        Found f;
        f.kind = QuoteKind::direct;
        f.parts = {span};
        f.confidence = h.value.empty() ? 0.5 : 0.9;
        f.reason = "marked up as a quote by the source";
        const int e = h.value.empty() ? -1 : registry.person_named(h.value);
        if (e >= 0) registry.count_quote(e);
        f.speakers = {{e, e >= 0 ? registry.entities()[e].name : std::string(), f.confidence,
                       h.value.empty() ? "no quote-source" : "quote-source: " + h.value}};
        found.push_back(std::move(f));
    }
}

} // namespace

QuoteFinder::QuoteFinder(const std::filesystem::path& lexicon_folder,
                         const std::filesystem::path& dictionary_folder)
    : lexicon_(std::make_unique<Lexicon>(Lexicon::load(lexicon_folder / "quotes"))) {
    lexicon_->dictionary = text::Dictionary::shared(dictionary_folder);
}

QuoteFinder::~QuoteFinder() = default;
QuoteFinder::QuoteFinder(QuoteFinder&&) noexcept = default;
QuoteFinder& QuoteFinder::operator=(QuoteFinder&&) noexcept = default;

void QuoteFinder::find(const Article& article, std::vector<Person>& people, std::vector<Quote>& out) const {
    const text::ArticleText text = text::analyse(article.paragraphs);
    // per-token data for the whole article in two flat arrays; paragraph i starts at base[i]
    const auto n = text.paragraphs.size();
    std::vector<std::size_t> base(n + 1, 0);
    for (std::size_t i = 0; i < n; ++i)
        base[i + 1] = base[i] + text.paragraphs[i].tokens.size();
    std::vector<std::uint32_t> flags(base[n], 0);
    std::vector<int> outer(base[n], -1);
    std::vector<std::uint32_t> sentence_base;
    std::uint32_t sentences = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const auto& pt = text.paragraphs[i];
        for (std::size_t t = 0; t < pt.tokens.size(); ++t)
            if (pt.tokens[t].kind == text::TokenKind::word)
                flags[base[i] + t] = lexicon_->flags(pt.norm(pt.tokens[t]));
        sentence_base.push_back(sentences);
        sentences += static_cast<std::uint32_t>(pt.sentences.size());
    }
    mark_quotations(text, base, outer);
    std::vector<Para> paras;
    paras.reserve(n);
    for (std::size_t i = 0; i < n; ++i)
        paras.push_back({&text.paragraphs[i], static_cast<std::uint32_t>(i), base[i], flags.data() + base[i],
                         outer.data() + base[i]});
    Registry registry(*lexicon_, paras, sentence_base);
    registry.collect_names();
    for (const auto& h : article.hints)
        if (h.kind == "person" && h.para < n && h.begin < h.end) {
            const auto& pt = text.paragraphs[h.para];
            registry.hinted_person(paras[h.para], pt.token_at(h.begin), pt.token_at(h.end));
        }
    auto found = find_quotes(*lexicon_, text, paras, registry);
    add_hinted_quotes(article, text, paras, registry, found);
    add_interview_answers(paras, article.title ? *article.title : std::string_view(), registry, found);

    for (auto& f : found)
        for (auto& s : f.speakers) {
            if (s.entity >= 0 || !lexicon_->pronouns.count(fold(s.name)) ||
                lexicon_->pronouns.at(fold(s.name)) != "person")
                continue;
            const int fallback = main_speaker(registry, fold(s.name));
            if (fallback >= 0) {
                s.reason += "; taken as the article's main speaker";
                s.entity = fallback;
                s.name = registry.entities()[fallback].name;
                s.confidence = 0.3;
                registry.count_quote(fallback);
            }
        }

    std::stable_sort(found.begin(), found.end(), [](const Found& a, const Found& b) {
        const Span& x = a.parts.front();
        const Span& y = b.parts.front();
        return x.para != y.para ? x.para < y.para : x.begin < y.begin;
    });
    std::vector<std::string> ids;
    registry.emit(people, ids);
    for (const auto& f : found) {
        const std::string text_of = join_parts(text, f.parts);
        if (text_of.empty()) continue;
        for (const auto& s : f.speakers) {
            Quote q;
            if (s.entity >= 0 && !ids[static_cast<std::size_t>(s.entity)].empty())
                q.speaker =
                    SpeakerRef{ids[static_cast<std::size_t>(s.entity)], registry.entities()[s.entity].name};
            q.kind = f.kind;
            q.text = text_of;
            q.parts = f.parts;
            q.cue = f.cue;
            q.confidence = std::min(f.confidence, s.confidence);
            q.reason = f.reason + "; " + s.reason;
            out.push_back(std::move(q));
        }
    }
}

} // namespace parallax::extract
