#include "host/paths.hpp"

#include <vector> // Boost 1.74's Boost.DLL headers need it first with BOOST_DLL_USE_STD_FS

#include <boost/dll/runtime_symbol_info.hpp>

#include <system_error>

namespace parallax::host {
namespace {

std::filesystem::path beside_or_installed(const char* beside_name, const std::filesystem::path& installed) {
    std::error_code ec;
    const auto exe_dir = boost::dll::program_location(ec).parent_path();
    const auto beside = exe_dir / beside_name;
    if (std::filesystem::is_directory(beside, ec)) return beside;
    return exe_dir.parent_path() / installed;
}

} // namespace

std::filesystem::path default_plugin_folder() {
    return beside_or_installed("plugins", std::filesystem::path("lib") / "parallax" / "plugins");
}

std::filesystem::path default_config_folder() {
    return beside_or_installed("configs", std::filesystem::path("share") / "parallax" / "configs");
}

} // namespace parallax::host
