// Host: running plugin code in a child process, so that a plugin that crashes or hangs costs only
// the input it was reading.
#pragma once

#include "host/runner.hpp"

#include <chrono>

namespace parallax::host {

/// Forks for every call: the child runs the plugin and sends the result back through a pipe; the
/// parent waits at most `timeout`, then kills it. A crash, a hang or an exception becomes an error
/// outcome naming what happened. Slower than InProcessRunner (a fork per call), so it is opt-in
/// (`--isolate`).
class ChildProcessRunner final : public PluginRunner {
public:
    explicit ChildProcessRunner(std::chrono::milliseconds timeout = std::chrono::seconds(30));
    SniffOutcome sniff(const LoadedPlugin& plugin, const Input& input) const override;
    ParseOutcome parse(const LoadedPlugin& plugin, const Input& input) const override;

private:
    std::chrono::milliseconds timeout_;
};

} // namespace parallax::host
