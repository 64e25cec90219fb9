// Host: the one place where plugin code is called.
#pragma once

#include "host/plugin_host.hpp"

#include <optional>
#include <string>

namespace parallax::host {

struct SniffOutcome {
    int confidence = 0;               ///< clamped to 0..100
    std::optional<std::string> error; ///< the plugin failed; confidence is then 0
};

struct ParseOutcome {
    ParseResult result;
    std::optional<std::string> error; ///< the plugin failed; the input is rejected
};

/// Calls a plugin's `sniff` and `parse`. Every call to plugin code goes through one of these, so
/// that a runner isolating plugins in a child process can replace the in-process one.
class PluginRunner {
public:
    virtual ~PluginRunner() = default;
    virtual SniffOutcome sniff(const LoadedPlugin& plugin, const Input& input) const = 0;
    virtual ParseOutcome parse(const LoadedPlugin& plugin, const Input& input) const = 0;
};

/// Runs plugins in this process and turns whatever they throw into an error outcome.
class InProcessRunner final : public PluginRunner {
public:
    SniffOutcome sniff(const LoadedPlugin& plugin, const Input& input) const override;
    ParseOutcome parse(const LoadedPlugin& plugin, const Input& input) const override;
};

} // namespace parallax::host
