#include "render/json.hpp"

namespace parallax::render {
namespace {

template <typename T> Json or_null(const std::optional<T>& value) {
    return value ? Json(*value) : Json(nullptr);
}

Json text_or_null(const std::string& text) { return text.empty() ? Json(nullptr) : Json(text); }

Json finding_json(const Finding& f, bool with_kind) {
    Json j;
    j["path"] = f.path;
    j["index"] = or_null(f.index);
    j["plugin"] = text_or_null(f.plugin);
    if (with_kind) j["kind"] = kind_name(f.kind);
    j["reason"] = f.reason;
    j["line"] = or_null(f.line);
    j["column"] = or_null(f.column);
    j["offset"] = or_null(f.offset);
    return j;
}

const char* quote_kind(QuoteKind kind) {
    switch (kind) {
    case QuoteKind::direct: return "direct";
    case QuoteKind::mixed: return "mixed";
    case QuoteKind::indirect: return "indirect";
    }
    return "direct";
}

const char* figure_kind(FigureKind kind) {
    static const char* names[] = {"count", "percent", "money", "ratio", "quantity", "date", "duration"};
    return names[static_cast<int>(kind)];
}

const char* qualifier_name(Qualifier q) {
    static const char* names[] = {"exact", "approx", "at_least", "at_most"};
    return names[static_cast<int>(q)];
}

Json span_json(const Span& s) { return Json::array({s.begin, s.end}); }

Json quote_json(const Quote& q, const JsonOptions& options) {
    Json j;
    j["speaker"] = q.speaker ? Json{{"id", q.speaker->id}, {"name", q.speaker->name}} : Json(nullptr);
    j["kind"] = quote_kind(q.kind);
    j["text"] = q.text;
    const Span first = q.parts.empty() ? Span{} : q.parts.front();
    j["para"] = first.para;
    j["span"] = span_json(first);
    Json parts = Json::array();
    for (const auto& p : q.parts)
        parts.push_back(Json::array({p.para, p.begin, p.end}));
    j["parts"] = parts;
    j["cue"] = q.cue;
    if (options.explain) j["explain"] = {{"confidence", q.confidence}, {"reason", q.reason}};
    return j;
}

Json figure_json(const Figure& f) {
    Json j;
    j["kind"] = figure_kind(f.kind);
    j["text"] = f.text;
    j["value"] = f.value;
    j["unit"] = f.unit;
    j["qualifier"] = qualifier_name(f.qualifier);
    j["of"] = or_null(f.of);
    j["per"] = or_null(f.per);
    j["range"] = f.range ? Json::array({f.range->first, f.range->second}) : Json(nullptr);
    j["para"] = f.span.para;
    j["span"] = span_json(f.span);
    j["measures"] = f.measures;
    j["source"] = or_null(f.source);
    return j;
}

} // namespace

const char* kind_name(DiagnosticKind kind) {
    switch (kind) {
    case DiagnosticKind::error: return "error";
    case DiagnosticKind::warning: return "warning";
    case DiagnosticKind::partial: return "partial";
    case DiagnosticKind::non_text: return "non_text";
    case DiagnosticKind::killed: return "killed";
    }
    return "warning";
}

Json plugins_json(const host::PluginHost& host) {
    Json out;
    out["schema"] = "parallax.plugins/1";
    Json plugins = Json::array();
    for (const auto& plugin : host.plugins()) {
        const auto& info = plugin->info();
        plugins.push_back({{"name", info.name},
                           {"version", info.version},
                           {"abi", info.abi},
                           {"formats", info.formats},
                           {"file", info.file},
                           {"builtin", info.builtin}});
    }
    out["plugins"] = plugins;
    Json rejected = Json::array();
    for (const auto& r : host.rejected())
        rejected.push_back(
            {{"file", r.file}, {"kind", host::reject_kind_name(r.kind)}, {"reason", r.reason}});
    out["rejected"] = rejected;
    return out;
}

Json article_json(const ArticleRecord& record, const JsonOptions& options) {
    const Article& a = record.article;
    Json j;
    j["id"] = record.id;
    j["origin"] = {
        {"path", record.origin.path}, {"index", record.origin.index}, {"plugin", record.origin.plugin}};
    j["outlet"] = text_or_null(a.outlet);
    j["title"] = or_null(a.title);
    j["published"] = or_null(a.published);
    j["url"] = or_null(a.url);
    j["byline"] = a.byline;
    j["language"] = or_null(a.language);
    j["paragraphs"] = a.paragraphs;
    Json meta = Json::object();
    for (const auto& [key, values] : a.meta)
        meta[key] = values;
    j["meta"] = meta;
    Json hints = Json::array();
    for (const auto& h : a.hints)
        hints.push_back({{"kind", h.kind},
                         {"para", h.para},
                         {"span", Json::array({h.begin, h.end})},
                         {"value", h.value}});
    j["hints"] = hints;
    Json people = Json::array();
    for (const auto& p : record.people)
        people.push_back({{"id", p.id},
                          {"name", p.name},
                          {"aliases", p.aliases},
                          {"roles", p.roles},
                          {"mentions", p.mentions}});
    j["people"] = people;
    Json quotes = Json::array();
    for (const auto& q : record.quotes)
        quotes.push_back(quote_json(q, options));
    j["quotes"] = quotes;
    Json figures = Json::array();
    for (const auto& f : record.figures)
        figures.push_back(figure_json(f));
    j["figures"] = figures;
    return j;
}

void add_accounting(const Corpus& corpus, Json& out) {
    const auto& n = corpus.inputs;
    out["inputs"] = {{"files", n.files},  {"skipped", n.skipped},   {"items", n.items},
                     {"used", n.used},    {"rejected", n.rejected}, {"non_text", n.non_text},
                     {"killed", n.killed}};
    Json skipped = Json::array();
    for (const auto& s : corpus.skipped)
        skipped.push_back({{"path", s.path}, {"reason", s.reason}});
    out["skipped"] = skipped;
    Json rejected = Json::array();
    for (const auto& r : corpus.rejected)
        rejected.push_back(finding_json(r, false));
    out["rejected"] = rejected;
    Json notes = Json::array();
    for (const auto& note : corpus.notes)
        notes.push_back(finding_json(note, true));
    out["notes"] = notes;
}

Json extract_json(const Corpus& corpus, const JsonOptions& options) {
    Json out;
    out["schema"] = "parallax.extract/1";
    add_accounting(corpus, out);
    Json articles = Json::array();
    for (const auto& record : corpus.articles)
        articles.push_back(article_json(record, options));
    out["articles"] = articles;
    return out;
}

} // namespace parallax::render
