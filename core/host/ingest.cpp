#include "host/ingest.hpp"

#include "text/unicode.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <iterator>
#include <unordered_map>

namespace parallax::host {
namespace {

Finding finding(const InputFile& file, const std::string& plugin, const Diagnostic& d) {
    return Finding{file.path, d.index, plugin, d.kind, d.reason, d.line, d.column, d.offset};
}

/// NFC for every text field; hint spans are moved to where their text now stands.
void normalise(Article& article, const InputFile& file, const std::string& plugin, Corpus& corpus) {
    if (article.title) *article.title = text::nfc(*article.title);
    article.outlet = text::nfc(article.outlet);
    for (auto& name : article.byline)
        name = text::nfc(name);
    std::vector<std::string> original = article.paragraphs;
    for (auto& paragraph : article.paragraphs)
        paragraph = text::nfc(paragraph);

    std::vector<Hint> kept;
    for (auto& hint : article.hints) {
        const bool valid = hint.para < original.size() && hint.begin <= hint.end &&
                           hint.end <= text::code_points(original[hint.para]);
        if (!valid) {
            corpus.notes.push_back(
                Finding{file.path, article.index, plugin, DiagnosticKind::warning,
                        "dropped a '" + hint.kind + "' hint whose span lies outside its paragraph",
                        std::nullopt, std::nullopt, std::nullopt});
            continue;
        }
        const std::string& before = original[hint.para];
        if (before != article.paragraphs[hint.para]) {
            const auto to_new = [&](std::size_t cp) {
                return text::code_points(
                    text::nfc(std::string_view(before).substr(0, text::byte_offset(before, cp))));
            };
            hint.begin = to_new(hint.begin);
            hint.end = to_new(hint.end);
        }
        kept.push_back(std::move(hint));
    }
    article.hints = std::move(kept);
}

std::shared_ptr<const LoadedPlugin> choose(const InputFile& file, const Input& input, const PluginHost& host,
                                           const PluginRunner& runner, Corpus& corpus) {
    std::shared_ptr<const LoadedPlugin> best;
    int best_confidence = 0;
    for (const auto& plugin : host.plugins()) {
        const SniffOutcome outcome = runner.sniff(*plugin, input);
        if (outcome.error)
            corpus.notes.push_back(Finding{file.path, std::nullopt, plugin->info().name,
                                           DiagnosticKind::warning,
                                           "sniff failed, counted as no claim: " + *outcome.error,
                                           std::nullopt, std::nullopt, std::nullopt});
        if (outcome.confidence > best_confidence) {
            best = plugin;
            best_confidence = outcome.confidence;
        }
    }
    if (!best && file.is_stdin) best = host.find("text");
    return best;
}

void reject_file(const InputFile& file, const std::string& plugin, std::string reason, Corpus& corpus) {
    corpus.rejected.push_back(Finding{file.path, std::nullopt, plugin, DiagnosticKind::error,
                                      std::move(reason), std::nullopt, std::nullopt, std::nullopt});
}

/// The configured source a file lies in: the one with the longest path that contains it.
const SourceConfig* source_of(const InputFile& file, const std::vector<SourceConfig>& sources) {
    if (file.is_stdin || sources.empty()) return nullptr;
    std::error_code ec;
    const auto path = std::filesystem::weakly_canonical(file.path, ec);
    const SourceConfig* best = nullptr;
    std::size_t best_depth = 0;
    for (const auto& source : sources) {
        const auto root = std::filesystem::weakly_canonical(source.path, ec);
        const auto [root_end, _] = std::mismatch(root.begin(), root.end(), path.begin(), path.end());
        const auto depth = static_cast<std::size_t>(std::distance(root.begin(), root.end()));
        if (root_end == root.end() && depth > best_depth) {
            best = &source;
            best_depth = depth;
        }
    }
    return best;
}

std::shared_ptr<const LoadedPlugin> plugin_for(const InputFile& file, const Input& input,
                                               const SourceConfig* source, const PluginHost& host,
                                               const PluginRunner& runner, const IngestOptions& options,
                                               Corpus& corpus) {
    if (!options.forced_plugin.empty()) return host.find(options.forced_plugin);
    if (source && source->plugin) return host.find(*source->plugin);
    return choose(file, input, host, runner, corpus);
}

void read_one(const InputFile& file, const PluginHost& host, const PluginRunner& runner,
              const IngestOptions& options, Corpus& corpus) {
    ++corpus.inputs.files;
    std::string error;
    const auto bytes = read_input(file, options.max_input_bytes, error);
    if (!bytes) {
        reject_file(file, "", error, corpus);
        return;
    }
    Input input{file.path, *bytes, nullptr};
    const SourceConfig* source = source_of(file, options.sources);
    const auto plugin = plugin_for(file, input, source, host, runner, options, corpus);
    if (!plugin) {
        corpus.skipped.push_back({file.path, "no plugin claims it"});
        return;
    }
    const std::string& name = plugin->info().name;
    Options plugin_options;
    if (auto it = options.plugin_options.find(name); it != options.plugin_options.end())
        plugin_options = it->second;
    if (source) {
        for (const auto& [key, value] : source->options)
            plugin_options[key] = value;
        if (source->outlet) plugin_options.emplace("outlet", *source->outlet);
    }
    input.options = &plugin_options;

    ParseOutcome outcome = runner.parse(*plugin, input);
    if (outcome.error) {
        reject_file(file, name, "plugin '" + name + "' failed: " + *outcome.error, corpus);
        return;
    }
    std::size_t accounted = outcome.result.articles.size();
    for (const auto& d : outcome.result.diagnostics) {
        switch (d.kind) {
        case DiagnosticKind::error:
            corpus.rejected.push_back(finding(file, name, d));
            accounted += d.index.has_value();
            break;
        case DiagnosticKind::non_text:
            corpus.notes.push_back(finding(file, name, d));
            ++corpus.inputs.non_text;
            ++accounted;
            break;
        case DiagnosticKind::killed:
            corpus.notes.push_back(finding(file, name, d));
            ++corpus.inputs.killed;
            ++accounted;
            break;
        default: corpus.notes.push_back(finding(file, name, d));
        }
    }
    if (outcome.result.items != accounted)
        corpus.notes.push_back(Finding{file.path, std::nullopt, name, DiagnosticKind::warning,
                                       "plugin reported " + std::to_string(outcome.result.items) +
                                           " items but accounted for " + std::to_string(accounted),
                                       std::nullopt, std::nullopt, std::nullopt});
    corpus.inputs.items += accounted;
    for (auto& article : outcome.result.articles) {
        if (source && source->outlet) article.outlet = *source->outlet;
        normalise(article, file, name, corpus);
        ArticleRecord record;
        record.origin = Origin{file.path, article.index, name};
        record.article = std::move(article);
        corpus.articles.push_back(std::move(record));
    }
}

void assign_ids(Corpus& corpus) {
    std::unordered_map<std::string, std::size_t> seen;
    for (auto& record : corpus.articles) {
        std::string id = record.article.id.empty() ? content_id(record.article) : record.article.id;
        const std::size_t n = ++seen[id];
        if (n > 1) id.append("#").append(std::to_string(n));
        record.id = std::move(id);
    }
    // A generated "x#2" could collide with a source id that is literally "x#2": make those unique too.
    std::unordered_map<std::string, std::size_t> final_ids;
    for (auto& record : corpus.articles)
        if (const std::size_t n = ++final_ids[record.id]; n > 1)
            record.id.append("~").append(std::to_string(n));
}

} // namespace

std::string content_id(const Article& article) {
    std::uint64_t hash = 0xcbf29ce484222325ULL; // FNV-1a: stable across runs and platforms
    auto add = [&](std::string_view s) {
        for (unsigned char c : s) {
            hash ^= c;
            hash *= 0x100000001b3ULL;
        }
        hash ^= 0x1f;
        hash *= 0x100000001b3ULL;
    };
    add(article.outlet);
    add(article.title.value_or(""));
    for (const auto& paragraph : article.paragraphs)
        add(paragraph);
    char buffer[24];
    std::snprintf(buffer, sizeof buffer, "px-%016llx", static_cast<unsigned long long>(hash));
    return buffer;
}

Corpus ingest(const std::vector<InputFile>& files, const PluginHost& host, const PluginRunner& runner,
              const IngestOptions& options) {
    Corpus corpus;
    for (const auto& file : files)
        read_one(file, host, runner, options, corpus);
    corpus.inputs.skipped = corpus.skipped.size();
    corpus.inputs.rejected = corpus.rejected.size();
    corpus.inputs.used = corpus.articles.size();
    assign_ids(corpus);
    return corpus;
}

} // namespace parallax::host
