#include "host/plugin_host.hpp"

#include "host/elf_metadata.hpp"

#include <parallax/version.hpp>

// Boost 1.74's library_info needs <vector> first when BOOST_DLL_USE_STD_FS is on.
#include <vector>

#include <boost/dll/library_info.hpp>
#include <boost/dll/shared_library.hpp>

#include <algorithm>
#include <exception>
#include <optional>
#include <system_error>

namespace parallax::host {
namespace {

constexpr std::string_view kEntryPrefix = "parallax_plugin_create_v";
const std::string kEntry = kEntryPrefix.data() + std::to_string(PARALLAX_ABI_MAJOR);
const std::string kHostAbi = std::to_string(PARALLAX_ABI_MAJOR) + "." + std::to_string(PARALLAX_ABI_MINOR);

using Factory = std::unique_ptr<SourcePlugin>();

std::vector<std::string> split_list(const std::string& text) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= text.size()) {
        auto end = text.find(',', start);
        if (end == std::string::npos) end = text.size();
        if (end > start) out.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    return out;
}

/// The ABI majors of the entry points a library exports ("parallax_plugin_create_v2" → 2).
std::vector<std::string> exported_entry_versions(const std::filesystem::path& file, std::string& error) {
    std::vector<std::string> versions;
    try {
        boost::dll::library_info info(file);
        for (const auto& symbol : info.symbols())
            if (symbol.rfind(kEntryPrefix, 0) == 0) versions.push_back(symbol.substr(kEntryPrefix.size()));
    } catch (const std::exception& e) {
        error = e.what();
    }
    return versions;
}

struct Abi {
    int major = -1;
    int minor = -1;
};

Abi parse_abi(const std::string& text) {
    Abi abi;
    const auto dot = text.find('.');
    try {
        abi.major = std::stoi(text.substr(0, dot));
        abi.minor = dot == std::string::npos ? 0 : std::stoi(text.substr(dot + 1));
    } catch (const std::exception&) {
        return Abi{};
    }
    return abi;
}

} // namespace

std::string_view reject_kind_name(RejectKind kind) {
    switch (kind) {
    case RejectKind::not_a_library: return "not_a_library";
    case RejectKind::no_entry_point: return "no_entry_point";
    case RejectKind::abi_mismatch: return "abi_mismatch";
    case RejectKind::toolchain_mismatch: return "toolchain_mismatch";
    case RejectKind::load_error: return "load_error";
    case RejectKind::factory_error: return "factory_error";
    case RejectKind::duplicate: return "duplicate";
    }
    return "load_error";
}

bool valid_plugin_name(std::string_view name) {
    return !name.empty() && name.size() <= 64 && std::all_of(name.begin(), name.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    });
}

LoadedPlugin::LoadedPlugin(std::shared_ptr<boost::dll::shared_library> library, PluginInfo info,
                           std::unique_ptr<SourcePlugin> instance)
    : library_(std::move(library)), info_(std::move(info)), instance_(std::move(instance)) {}

LoadedPlugin::~LoadedPlugin() {
    instance_.reset(); // the instance's destructor is code in the library: run it while it is mapped
}

void PluginHost::load_folder(const std::filesystem::path& folder, bool builtin) {
    std::error_code ec;
    if (!std::filesystem::is_directory(folder, ec)) return;
    // the default folder named again with --plugin-dir or in a config is not a second set of plugins
    const auto canonical = std::filesystem::weakly_canonical(folder, ec);
    if (std::find(folders_.begin(), folders_.end(), canonical) != folders_.end()) return;
    folders_.push_back(canonical);
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(folder, ec))
        if (entry.path().extension() == ".so" && !entry.is_directory(ec)) files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    for (const auto& file : files)
        load_file(file, builtin);
}

bool PluginHost::load_file(const std::filesystem::path& file, bool builtin) {
    const std::string path = file.string();
    auto refuse = [&](RejectKind kind, std::string reason) {
        rejected_.push_back({path, kind, std::move(reason)});
        return false;
    };

    // 1. What the file declares, read without running any of its code.
    const ElfMetadata elf = read_elf_metadata(file);
    if (!elf.is_shared_library)
        return refuse(RejectKind::not_a_library, "not a shared library: " + elf.problem);
    std::string symbol_error;
    const auto versions = exported_entry_versions(file, symbol_error);
    if (std::find(versions.begin(), versions.end(), std::to_string(PARALLAX_ABI_MAJOR)) == versions.end()) {
        if (!versions.empty())
            return refuse(RejectKind::abi_mismatch, "built for plugin ABI " + versions.front() +
                                                        ".x; this host speaks ABI " + kHostAbi);
        return refuse(RejectKind::no_entry_point,
                      "no " + kEntry + " entry point" +
                          (symbol_error.empty() ? ": not a Parallax plugin" : " (" + symbol_error + ")"));
    }
    if (!elf.fields) return refuse(RejectKind::no_entry_point, "no .parallax_plugin metadata section");
    const auto& fields = *elf.fields;
    auto field = [&](const char* key) {
        auto it = fields.find(key);
        return it == fields.end() ? std::string{} : it->second;
    };
    PluginInfo info{field("name"), field("version"), field("abi"), split_list(field("formats")),
                    path,          builtin};

    // 2. The checks that decide whether its code may run at all.
    const Abi abi = parse_abi(info.abi);
    if (abi.major != PARALLAX_ABI_MAJOR || abi.minor > PARALLAX_ABI_MINOR || abi.minor < 0)
        return refuse(RejectKind::abi_mismatch, "plugin '" + info.name + "' needs ABI " + info.abi +
                                                    "; this host speaks ABI " + kHostAbi);
    if (field("toolchain") != PARALLAX_TOOLCHAIN_TAG)
        return refuse(RejectKind::toolchain_mismatch, "plugin '" + info.name + "' was built with " +
                                                          field("toolchain") + "; the host with " +
                                                          PARALLAX_TOOLCHAIN_TAG);
    if (!valid_plugin_name(info.name))
        return refuse(RejectKind::load_error, "invalid plugin name '" + info.name +
                                                  "' (lower case letters, digits, '-' and '_' only)");
    if (auto other = find(info.name))
        return refuse(RejectKind::duplicate,
                      "a plugin named '" + info.name + "' was already loaded from " + other->info().file);

    // 3. Load with immediate binding, so that a missing symbol is an error now, not a crash later.
    std::shared_ptr<boost::dll::shared_library> library;
    try {
        library = std::make_shared<boost::dll::shared_library>(file, boost::dll::load_mode::rtld_now |
                                                                         boost::dll::load_mode::rtld_local);
    } catch (const std::exception& e) {
        return refuse(RejectKind::load_error, e.what());
    }
    std::unique_ptr<SourcePlugin> instance;
    try {
        instance = library->get_alias<Factory>(kEntry)();
    } catch (const std::exception& e) {
        return refuse(RejectKind::factory_error, "plugin '" + info.name + "' factory threw: " + e.what());
    } catch (...) {
        return refuse(RejectKind::factory_error,
                      "plugin '" + info.name + "' factory threw a non-standard exception");
    }
    if (!instance)
        return refuse(RejectKind::factory_error, "plugin '" + info.name + "' factory returned nothing");
    plugins_.push_back(
        std::make_shared<const LoadedPlugin>(std::move(library), std::move(info), std::move(instance)));
    return true;
}

std::shared_ptr<const LoadedPlugin> PluginHost::find(std::string_view name) const {
    for (const auto& plugin : plugins_)
        if (plugin->info().name == name) return plugin;
    return nullptr;
}

} // namespace parallax::host
