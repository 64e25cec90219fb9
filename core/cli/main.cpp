// The parallax command: wires the stages together; each stage lives in its own library.
#include "extract/extract.hpp"
#include "host/ingest.hpp"
#include "host/inputs.hpp"
#include "host/paths.hpp"
#include "host/plugin_host.hpp"
#include "host/runner.hpp"
#include "render/json.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

namespace {

using namespace parallax;

/// Exit statuses of the contract, the first that applies.
enum Exit : int { ok = 0, usage = 2, rejected = 3, fatal = 4 };

struct Common {
    std::vector<std::string> plugin_dirs;
};

void load_plugins(const Common& common, host::PluginHost& plugins) {
    plugins.load_folder(host::default_plugin_folder(), true);
    for (const auto& dir : common.plugin_dirs) plugins.load_folder(dir);
}

void print_json(const render::Json& json) {
    std::cout << json.dump(1, ' ', false, render::Json::error_handler_t::replace) << '\n';
}

int run_plugins(const Common& common, const std::string& format) {
    host::PluginHost plugins;
    load_plugins(common, plugins);
    if (format == "json") {
        print_json(render::plugins_json(plugins));
    } else {
        fmt::print("{:<12} {:<9} {:<5} {:<24} {}\n", "NAME", "VERSION", "ABI", "FORMATS", "FILE");
        for (const auto& p : plugins.plugins()) {
            const auto& i = p->info();
            fmt::print("{:<12} {:<9} {:<5} {:<24} {}{}\n", i.name, i.version, i.abi,
                       fmt::format("{}", fmt::join(i.formats, ",")), i.file, i.builtin ? " (built-in)" : "");
        }
        for (const auto& r : plugins.rejected())
            fmt::print("rejected {} ({}): {}\n", r.file, host::reject_kind_name(r.kind), r.reason);
    }
    return plugins.plugins().empty() ? fatal : ok;
}

struct ExtractArgs {
    std::vector<std::string> inputs;
    std::string plugin;
    std::string format = "json";
};

int run_extract(const Common& common, const ExtractArgs& args) {
    host::PluginHost plugins;
    load_plugins(common, plugins);
    for (const auto& r : plugins.rejected())
        std::cerr << fmt::format("parallax: plugin {} not loaded ({}): {}\n", r.file, host::reject_kind_name(r.kind), r.reason);
    if (!args.plugin.empty() && !plugins.find(args.plugin)) {
        std::cerr << fmt::format("parallax: no plugin named '{}' (see `parallax plugins`)\n", args.plugin);
        return usage;
    }
    const host::InputList list = host::collect_inputs(args.inputs);
    for (const auto& missing : list.missing) std::cerr << fmt::format("parallax: {}: no such file or folder\n", missing);

    host::IngestOptions options;
    options.forced_plugin = args.plugin;
    Corpus corpus = host::ingest(list.files, plugins, host::InProcessRunner{}, options);
    extract::extract_all(corpus.articles, {host::default_config_folder() / "lexicons"});
    print_json(render::extract_json(corpus));

    if (!list.missing.empty() || corpus.articles.empty()) return fatal;
    return corpus.rejected.empty() ? ok : rejected;
}

} // namespace

int main(int argc, char** argv) {
    CLI::App app{"Parallax: how different news sources covered the same event"};
    app.set_version_flag("--version", std::string("parallax ") + PARALLAX_VERSION);
    app.require_subcommand(1);
    Common common;

    std::string plugins_format = "text";
    auto* plugins_cmd = app.add_subcommand("plugins", "List every plugin found, and the files refused");
    plugins_cmd->add_option("--plugin-dir", common.plugin_dirs, "Another folder of plugins (repeatable)");
    plugins_cmd->add_option("--format", plugins_format, "Output format")->check(CLI::IsMember({"text", "json"}));

    ExtractArgs extract;
    auto* extract_cmd = app.add_subcommand("extract", "Read articles and print one record per article");
    extract_cmd->add_option("inputs", extract.inputs, "Files or folders to read; - for standard input")->required();
    extract_cmd->add_option("--plugin-dir", common.plugin_dirs, "Another folder of plugins (repeatable)");
    extract_cmd->add_option("--plugin", extract.plugin, "Read every input with this plugin");
    extract_cmd->add_option("--format", extract.format, "Output format")->check(CLI::IsMember({"json"}));

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        const int code = app.exit(e);
        return code == 0 ? ok : usage;
    }
    if (*plugins_cmd) return run_plugins(common, plugins_format);
    return run_extract(common, extract);
}
