// Host: reading every input through the plugin that claims it, into one Corpus.
#pragma once

#include "host/config.hpp"
#include "host/inputs.hpp"
#include "host/plugin_host.hpp"
#include "host/runner.hpp"

#include <parallax/corpus.hpp>

#include <cstddef>
#include <map>
#include <string>
#include <vector>

namespace parallax::host {

struct IngestOptions {
    std::string forced_plugin;                     ///< --plugin NAME: reads every input; "" for sniffing
    std::map<std::string, Options> plugin_options; ///< per-plugin options from the configuration
    std::vector<SourceConfig> sources;             ///< per-path outlet, plugin and options
    std::size_t max_input_bytes = std::size_t{1} << 30;
};

/// Reads `files` in order: picks a plugin for each (the forced one, else the plugin of the configured
/// source the file lies in, else the highest `sniff`; for standard input that nothing claims, `text`), parses
/// it, normalises the articles (NFC), gives each a unique id and accounts for every file and item in the
/// Corpus.
Corpus ingest(const std::vector<InputFile>& files, const PluginHost& host, const PluginRunner& runner,
              const IngestOptions& options);

/// The id an article without one of its own gets: a hash of outlet, title and paragraphs.
std::string content_id(const Article& article);

} // namespace parallax::host
