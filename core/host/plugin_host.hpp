// Host: finding, checking and loading source plugins.
#pragma once

#include <parallax/source_plugin.hpp>

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace boost::dll {
class shared_library;
}

namespace parallax::host {

/// A plugin's declared identity, read from its file before any of its code runs.
struct PluginInfo {
    std::string name;
    std::string version;
    std::string abi;                  ///< "1.0"
    std::vector<std::string> formats; ///< "rss", "atom"…
    std::string file;                 ///< the library's path
    bool builtin = false;             ///< found in the default folder
};

/// Why a file in a plugin folder was not loaded.
enum class RejectKind {
    not_a_library,
    no_entry_point,
    abi_mismatch,
    toolchain_mismatch,
    load_error,
    factory_error,
    duplicate,
};

/// The contract's name for a RejectKind ("abi_mismatch").
std::string_view reject_kind_name(RejectKind kind);

struct PluginRejection {
    std::string file;
    RejectKind kind = RejectKind::load_error;
    std::string reason;
};

/// A loaded plugin: its library, its metadata and the instance its factory made. The library is
/// declared first so that it is unloaded last, after every object that came from it.
class LoadedPlugin {
public:
    LoadedPlugin(std::shared_ptr<boost::dll::shared_library> library, PluginInfo info,
                 std::unique_ptr<SourcePlugin> instance);
    ~LoadedPlugin();
    LoadedPlugin(const LoadedPlugin&) = delete;
    LoadedPlugin& operator=(const LoadedPlugin&) = delete;

    const PluginInfo& info() const { return info_; }
    const SourcePlugin& instance() const { return *instance_; }

private:
    std::shared_ptr<boost::dll::shared_library> library_;
    PluginInfo info_;
    std::unique_ptr<SourcePlugin> instance_;
};

/// The plugins of one run, in search order, and the files that were refused.
class PluginHost {
public:
    /// Loads every `*.so` file of `folder` in sorted name order. A missing folder is not an error
    /// (a config may name one that does not exist yet); every refused file is recorded.
    void load_folder(const std::filesystem::path& folder, bool builtin = false);

    /// Checks and loads one library. Returns false (and records why) when it is refused.
    bool load_file(const std::filesystem::path& file, bool builtin = false);

    const std::vector<std::shared_ptr<const LoadedPlugin>>& plugins() const { return plugins_; }
    const std::vector<PluginRejection>& rejected() const { return rejected_; }

    /// The plugin called `name`, or null.
    std::shared_ptr<const LoadedPlugin> find(std::string_view name) const;

private:
    std::vector<std::shared_ptr<const LoadedPlugin>> plugins_;
    std::vector<PluginRejection> rejected_;
    std::vector<std::filesystem::path> folders_; ///< folders searched, canonical: each is read once
};

/// True when `name` is a valid plugin name: lower case letters, digits, '-' and '_'.
bool valid_plugin_name(std::string_view name);

} // namespace parallax::host
