// Host: where the installed or built program finds its plugins and configuration.
#pragma once

#include <filesystem>

namespace parallax::host {

/// The folder holding the built-in plugins: "plugins" beside the executable (the build folder),
/// else the installed "<prefix>/lib/parallax/plugins".
std::filesystem::path default_plugin_folder();

/// The folder holding the default configuration and lexicons: "configs" beside the executable,
/// else the installed "<prefix>/share/parallax/configs".
std::filesystem::path default_config_folder();

} // namespace parallax::host
