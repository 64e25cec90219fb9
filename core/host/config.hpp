// Host: the configuration, read from INI, JSON or XML into one typed, validated struct.
#pragma once

#include <parallax/source_plugin.hpp>

#include <cstddef>
#include <filesystem>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace parallax::host {

/// A configured source: a file or folder, and how to read what is in it.
struct SourceConfig {
    std::string name;                  ///< the section's name ("reuters")
    std::filesystem::path path;        ///< resolved against the config file's folder
    std::optional<std::string> outlet; ///< names the outlet of every article read from it
    std::optional<std::string> plugin; ///< the plugin that reads it, instead of sniffing
    Options options;                   ///< handed to that plugin for these files
};

/// Everything a configuration can set. Several files merge in the order they are read: folders
/// and sources add up, single values and options are overridden.
struct Config {
    std::vector<std::filesystem::path> plugin_folders; ///< searched after the default folder
    std::map<std::string, Options> plugin_options;     ///< per plugin name
    std::vector<SourceConfig> sources;
    std::optional<std::filesystem::path> lexicons; ///< analysis.lexicons: replaces the default lexicon folder
    std::optional<std::filesystem::path> wordnet;  ///< analysis.wordnet: the WordNet database folder
    std::size_t max_input_bytes = std::size_t{1} << 30; ///< analysis.max_input_bytes
    std::string report_format = "text";                 ///< report.format: text, md, html, json or csv
    std::optional<std::string> report_title;            ///< report.title
};

/// A configuration that cannot be used: which file, which key, which line (when the reader knows).
class ConfigError : public std::runtime_error {
public:
    ConfigError(const std::filesystem::path& file, const std::string& key, std::optional<std::size_t> line,
                const std::string& reason);
    const std::string& file() const { return file_; }
    const std::string& key() const { return key_; }
    std::optional<std::size_t> line() const { return line_; }

private:
    std::string file_;
    std::string key_;
    std::optional<std::size_t> line_;
};

/// Reads `file` (syntax by extension: .ini, .json, .xml) on top of `into`. Throws ConfigError.
void read_config(const std::filesystem::path& file, Config& into);

} // namespace parallax::host
