// The parallax command: wires the stages together; each stage lives in its own library.
#include "extract/extract.hpp"
#include "host/child_runner.hpp"
#include "host/config.hpp"
#include "host/ingest.hpp"
#include "host/inputs.hpp"
#include "host/paths.hpp"
#include "host/plugin_host.hpp"
#include "host/runner.hpp"
#include "render/json.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <iostream>
#include <string>
#include <vector>

namespace {

using namespace parallax;
namespace fs = std::filesystem;

/// Exit statuses of the contract, the first that applies.
enum Exit : int { ok = 0, usage = 2, rejected = 3, fatal = 4 };

/// Options every command shares.
struct Common {
    std::vector<std::string> config_files;
    std::vector<std::string> plugin_dirs;
};

void warn(const std::string& message) { std::cerr << "parallax: " << message << '\n'; }

/// The defaults from configs/parallax.ini, then each --config in order. Throws host::ConfigError.
host::Config load_config(const Common& common) {
    host::Config config;
    const fs::path defaults = host::default_config_folder() / "parallax.ini";
    std::error_code ec;
    if (fs::is_regular_file(defaults, ec)) host::read_config(defaults, config);
    for (const auto& file : common.config_files)
        host::read_config(file, config);
    return config;
}

/// Search order: the default folder, the config's folders, then each --plugin-dir.
void load_plugins(const Common& common, const host::Config& config, host::PluginHost& plugins) {
    plugins.load_folder(host::default_plugin_folder(), true);
    for (const auto& dir : config.plugin_folders)
        plugins.load_folder(dir);
    for (const auto& dir : common.plugin_dirs)
        plugins.load_folder(dir);
}

void print_json(const render::Json& json) {
    std::cout << json.dump(1, ' ', false, render::Json::error_handler_t::replace) << '\n';
}

void print_plugins_text(const host::PluginHost& plugins) {
    fmt::print("{:<12} {:<9} {:<5} {:<20} {}\n", "NAME", "VERSION", "ABI", "FORMATS", "FILE");
    for (const auto& p : plugins.plugins()) {
        const auto& i = p->info();
        fmt::print("{:<12} {:<9} {:<5} {:<20} {}{}\n", i.name, i.version, i.abi,
                   fmt::format("{}", fmt::join(i.formats, ",")), i.file, i.builtin ? " (built-in)" : "");
    }
    for (const auto& r : plugins.rejected())
        fmt::print("refused {} ({}): {}\n", r.file, host::reject_kind_name(r.kind), r.reason);
}

int run_plugins(const Common& common, const std::string& format) {
    host::Config config;
    try {
        config = load_config(common);
    } catch (const host::ConfigError& e) {
        warn(e.what());
        return fatal;
    }
    host::PluginHost plugins;
    load_plugins(common, config, plugins);
    if (format == "json")
        print_json(render::plugins_json(plugins));
    else
        print_plugins_text(plugins);
    return plugins.plugins().empty() ? fatal : ok;
}

struct ExtractArgs {
    std::vector<std::string> inputs;
    std::string plugin;
    std::string format = "json";
    bool explain = false;
    bool isolate = false;
    double timeout_seconds = 30;
};

/// Plugins a run needs by name (--plugin, a source's plugin) must exist: a usage error otherwise.
bool named_plugins_exist(const ExtractArgs& args, const host::Config& config, const host::PluginHost& plugins,
                         bool& config_problem) {
    if (!args.plugin.empty() && !plugins.find(args.plugin)) {
        warn(fmt::format("no plugin named '{}' (see `parallax plugins`)", args.plugin));
        return false;
    }
    for (const auto& source : config.sources)
        if (source.plugin && !plugins.find(*source.plugin)) {
            warn(fmt::format("source '{}' names plugin '{}', which is not loaded", source.name,
                             *source.plugin));
            config_problem = true;
        }
    return true;
}

int run_extract(const Common& common, ExtractArgs args) {
    host::Config config;
    bool config_problem = false;
    try {
        config = load_config(common);
    } catch (const host::ConfigError& e) {
        warn(e.what());
        config_problem = true;
    }
    host::PluginHost plugins;
    load_plugins(common, config, plugins);
    for (const auto& r : plugins.rejected())
        warn(fmt::format("plugin {} not loaded ({}): {}", r.file, host::reject_kind_name(r.kind), r.reason));
    if (!named_plugins_exist(args, config, plugins, config_problem)) return usage;
    if (args.inputs.empty())
        for (const auto& source : config.sources)
            args.inputs.push_back(source.path.string());
    if (args.inputs.empty()) {
        warn("nothing to read: give files or folders, or sources in a --config file");
        return usage;
    }

    const host::InputList list = host::collect_inputs(args.inputs);
    for (const auto& missing : list.missing)
        warn(missing + ": no such file or folder");
    host::IngestOptions options{args.plugin, config.plugin_options, config.sources, config.max_input_bytes};
    const host::InProcessRunner in_process;
    const host::ChildProcessRunner isolated(
        std::chrono::milliseconds(static_cast<long>(args.timeout_seconds * 1000)));
    const host::PluginRunner& runner =
        args.isolate ? static_cast<const host::PluginRunner&>(isolated) : in_process;
    Corpus corpus = config_problem ? Corpus{} : host::ingest(list.files, plugins, runner, options);
    try {
        extract::ExtractOptions extract_options;
        extract_options.lexicon_folder = config.lexicons.value_or(host::default_config_folder() / "lexicons");
        if (config.wordnet) extract_options.dictionary_folder = *config.wordnet;
        extract::extract_all(corpus.articles, extract_options);
    } catch (const std::exception& e) {
        warn(std::string("cannot extract: ") + e.what()); // a missing or malformed lexicon or dictionary
        config_problem = true;
    }
    print_json(render::extract_json(corpus, {args.explain}));

    if (config_problem || !list.missing.empty() || corpus.articles.empty()) return fatal;
    return corpus.rejected.empty() ? ok : rejected;
}

void add_common(CLI::App& command, Common& common) {
    // One value per occurrence, so that a repeatable option does not swallow the inputs after it.
    command
        .add_option("--config", common.config_files, "A configuration file (INI, JSON or XML; repeatable)")
        ->expected(1)
        ->allow_extra_args(false)
        ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
    command.add_option("--plugin-dir", common.plugin_dirs, "Another folder of plugins (repeatable)")
        ->expected(1)
        ->allow_extra_args(false)
        ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
}

} // namespace

int main(int argc, char** argv) {
    CLI::App app{"Parallax: how different news sources covered the same event"};
    app.set_version_flag("--version", std::string("parallax ") + PARALLAX_VERSION);
    app.require_subcommand(1);
    Common common;

    std::string plugins_format = "text";
    auto* plugins_cmd = app.add_subcommand("plugins", "List every plugin found, and the files refused");
    add_common(*plugins_cmd, common);
    plugins_cmd->add_option("--format", plugins_format, "Output format")
        ->check(CLI::IsMember({"text", "json"}));

    ExtractArgs extract;
    auto* extract_cmd = app.add_subcommand("extract", "Read articles and print one record per article");
    extract_cmd->add_option("inputs", extract.inputs, "Files or folders to read; - for standard input");
    add_common(*extract_cmd, common);
    extract_cmd->add_option("--plugin", extract.plugin, "Read every input with this plugin");
    extract_cmd->add_option("--format", extract.format, "Output format")->check(CLI::IsMember({"json"}));
    extract_cmd->add_flag("--explain", extract.explain, "Add each quote's attribution confidence and reason");
    extract_cmd->add_flag("--isolate", extract.isolate,
                          "Run plugins in a child process: a crash or hang rejects only that input");
    extract_cmd
        ->add_option("--timeout", extract.timeout_seconds,
                     "With --isolate: seconds a plugin may take per call")
        ->check(CLI::PositiveNumber);

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        const int code = app.exit(e);
        return code == 0 ? ok : usage;
    }
    if (*plugins_cmd) return run_plugins(common, plugins_format);
    return run_extract(common, extract);
}
