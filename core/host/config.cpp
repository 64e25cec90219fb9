// The only file that includes Boost.PropertyTree: every syntax is first brought to one tree shape,
// then validated once.
#include "host/config.hpp"

#include "host/plugin_host.hpp"
#include "text/ascii.hpp"

#include <boost/property_tree/exceptions.hpp>
#include <boost/property_tree/ini_parser.hpp>
#include <boost/property_tree/json_parser.hpp>
#include <boost/property_tree/ptree.hpp>
#include <boost/property_tree/xml_parser.hpp>

#include <algorithm>
#include <cctype>
#include <set>

namespace parallax::host {
namespace pt = boost::property_tree;
namespace fs = std::filesystem;

namespace {

std::string trim(std::string_view s) { return std::string(text::trim_ascii(s)); }

/// PropertyTree's messages read "file(12): what"; split out the line.
[[noreturn]] void rethrow_parse_error(const fs::path& file, const pt::file_parser_error& e) {
    const std::optional<std::size_t> line =
        e.line() > 0 ? std::optional<std::size_t>(e.line()) : std::nullopt;
    throw ConfigError(file, "", line, e.message());
}

/// XML: the root element's content, with attributes as ordinary children.
pt::ptree flatten_xml(const pt::ptree& node) {
    pt::ptree out;
    out.data() = trim(node.data());
    for (const auto& [key, child] : node) {
        if (key == "<xmlcomment>") continue;
        if (key == "<xmlattr>") {
            for (const auto& [attribute, value] : child)
                out.put_child(pt::ptree::path_type(attribute, '\0'), value);
            continue;
        }
        out.push_back({key, flatten_xml(child)});
    }
    return out;
}

/// INI section names such as "source.reuters" are one key to PropertyTree; nest them.
pt::ptree nest_ini_sections(const pt::ptree& tree) {
    pt::ptree out;
    for (const auto& [key, child] : tree) {
        const auto dot = key.find('.');
        if (dot == std::string::npos) {
            out.push_back({key, child});
            continue;
        }
        const pt::ptree::path_type group(key.substr(0, dot), '\0');
        if (!out.get_child_optional(group)) out.put_child(group, pt::ptree{});
        out.get_child(group).push_back({key.substr(dot + 1), child});
    }
    return out;
}

pt::ptree read_tree(const fs::path& file) {
    const std::string ext = text::ascii_lower(file.extension().string());
    pt::ptree tree;
    try {
        if (ext == ".ini" || ext == ".conf") {
            pt::read_ini(file.string(), tree);
            return nest_ini_sections(tree);
        }
        if (ext == ".json") {
            pt::read_json(file.string(), tree);
            return tree;
        }
        if (ext == ".xml") {
            pt::read_xml(file.string(), tree, pt::xml_parser::trim_whitespace | pt::xml_parser::no_comments);
            if (tree.size() != 1 || tree.begin()->first != "parallax")
                throw ConfigError(file, "", std::nullopt, "the root element must be <parallax>");
            return flatten_xml(tree.begin()->second);
        }
    } catch (const pt::file_parser_error& e) {
        rethrow_parse_error(file, e);
    }
    throw ConfigError(file, "", std::nullopt,
                      "unknown configuration syntax '" + ext + "' (use .ini, .json or .xml)");
}

class Reader {
public:
    Reader(const fs::path& file, Config& config) : file_(file), base_(file.parent_path()), config_(config) {}

    void read(const pt::ptree& root) {
        for (const auto& [key, node] : root) {
            if (key == "plugin_folders")
                for (const auto& f : list(node, key))
                    config_.plugin_folders.push_back(resolve(f));
            else if (key == "plugin")
                read_plugin_options(node);
            else if (key == "source")
                read_sources(node);
            else if (key == "analysis")
                read_analysis(node);
            else if (key == "report")
                read_report(node);
            else
                fail(key, "unknown key (expected plugin_folders, plugin, source, analysis or report)");
        }
    }

private:
    [[noreturn]] void fail(const std::string& key, const std::string& reason) const {
        throw ConfigError(file_, key, std::nullopt, reason);
    }

    fs::path resolve(const std::string& path) const {
        const fs::path p(path);
        return p.is_absolute() || base_.empty() ? p : base_ / p;
    }

    std::string value(const pt::ptree& node, const std::string& key) const {
        if (!node.empty()) fail(key, "expected a single value, found a group");
        const std::string v = trim(node.data());
        if (v.empty()) fail(key, "empty value");
        return v;
    }

    /// A list is a comma-separated value (INI) or children whatever their key (JSON arrays, XML
    /// repeated elements).
    std::vector<std::string> list(const pt::ptree& node, const std::string& key) const {
        std::vector<std::string> items;
        if (node.empty()) {
            std::string all = node.data();
            std::size_t start = 0;
            while (start <= all.size()) {
                const auto end = std::min(all.find(',', start), all.size());
                if (auto item = trim(all.substr(start, end - start)); !item.empty()) items.push_back(item);
                start = end + 1;
            }
        } else {
            for (const auto& [k, child] : node)
                items.push_back(value(child, key + "." + (k.empty() ? "[]" : k)));
        }
        return items;
    }

    Options options(const pt::ptree& node, const std::string& key) const {
        Options out;
        for (const auto& [name, child] : node)
            out[name] = value(child, key + "." + name);
        return out;
    }

    void read_plugin_options(const pt::ptree& node) {
        for (const auto& [name, child] : node) {
            if (!valid_plugin_name(name)) fail("plugin." + name, "not a valid plugin name");
            for (auto& [k, v] : options(child, "plugin." + name))
                config_.plugin_options[name][k] = v;
        }
    }

    void read_sources(const pt::ptree& node) {
        for (const auto& [name, child] : node) {
            const std::string at = "source." + name;
            SourceConfig source{name, {}, std::nullopt, std::nullopt, {}};
            for (const auto& [key, v] : child) {
                if (key == "path")
                    source.path = resolve(value(v, at + ".path"));
                else if (key == "outlet")
                    source.outlet = value(v, at + ".outlet");
                else if (key == "plugin")
                    source.plugin = value(v, at + ".plugin");
                else if (key == "options")
                    source.options = options(v, at + ".options");
                else if (key.rfind("options.", 0) == 0)
                    source.options[key.substr(8)] = value(v, at + "." + key);
                else
                    fail(at + "." + key, "unknown key (expected path, outlet, plugin or options)");
            }
            if (source.path.empty()) fail(at + ".path", "a source needs a path");
            if (source.plugin && !valid_plugin_name(*source.plugin))
                fail(at + ".plugin", "not a valid plugin name");
            config_.sources.push_back(std::move(source));
        }
    }

    void read_analysis(const pt::ptree& node) {
        for (const auto& [key, v] : node) {
            const std::string at = "analysis." + key;
            if (key == "lexicons") {
                config_.lexicons = resolve(value(v, at));
            } else if (key == "wordnet") {
                config_.wordnet = resolve(value(v, at));
            } else if (key == "max_input_bytes") {
                const auto n = v.get_value_optional<unsigned long long>();
                if (!n || *n == 0 || value(v, at).find('-') != std::string::npos)
                    fail(at, "expected a positive whole number of bytes, got '" + v.data() + "'");
                config_.max_input_bytes = static_cast<std::size_t>(*n);
            } else {
                fail(at, "unknown key (expected lexicons, wordnet or max_input_bytes)");
            }
        }
    }

    void read_report(const pt::ptree& node) {
        static const std::set<std::string> formats = {"text", "md", "html", "json", "csv"};
        for (const auto& [key, v] : node) {
            const std::string at = "report." + key;
            if (key == "format") {
                config_.report_format = value(v, at);
                if (!formats.count(config_.report_format))
                    fail(at, "expected text, md, html, json or csv, got '" + config_.report_format + "'");
            } else if (key == "title") {
                config_.report_title = value(v, at);
            } else {
                fail(at, "unknown key (expected format or title)");
            }
        }
    }

    fs::path file_;
    fs::path base_;
    Config& config_;
};

std::string describe(const fs::path& file, const std::string& key, std::optional<std::size_t> line,
                     const std::string& reason) {
    std::string where = file.string();
    if (line) where += ":" + std::to_string(*line);
    if (!key.empty()) where += ": " + key;
    return where + ": " + reason;
}

} // namespace

ConfigError::ConfigError(const fs::path& file, const std::string& key, std::optional<std::size_t> line,
                         const std::string& reason)
    : std::runtime_error(describe(file, key, line, reason)), file_(file.string()), key_(key), line_(line) {}

void read_config(const fs::path& file, Config& into) {
    std::error_code ec;
    if (!fs::is_regular_file(file, ec)) throw ConfigError(file, "", std::nullopt, "no such file");
    Config next = into; // all or nothing: a bad file leaves `into` as it was
    Reader(file, next).read(read_tree(file));
    into = std::move(next);
}

} // namespace parallax::host
