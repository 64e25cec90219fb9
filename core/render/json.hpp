// Render: the JSON documents of the command-line contract.
#pragma once

#include "host/plugin_host.hpp"

#include <parallax/corpus.hpp>

#include <nlohmann/json.hpp>

namespace parallax::render {

using Json = nlohmann::ordered_json;

/// `parallax plugins --format json`: schema "parallax.plugins/1".
Json plugins_json(const host::PluginHost& host);

/// What the JSON includes beyond the contract's fields.
struct JsonOptions {
    bool explain = false; ///< each quote's attribution confidence and reason
};

/// One article record as `extract` and `compare` share it.
Json article_json(const ArticleRecord& record, const JsonOptions& options = {});

/// The `inputs`, `skipped`, `rejected` and `notes` members, added to `out`.
void add_accounting(const Corpus& corpus, Json& out);

/// `parallax extract`: schema "parallax.extract/1".
Json extract_json(const Corpus& corpus, const JsonOptions& options = {});

/// The contract's name of a diagnostic kind ("warning", "non_text"…).
const char* kind_name(DiagnosticKind kind);

} // namespace parallax::render
