#include "host/runner.hpp"

#include <algorithm>
#include <exception>
#include <new>

namespace parallax::host {
namespace {

// The exception object may belong to the plugin's library; copy its message inside the handler.
template <typename Call> std::optional<std::string> guarded(Call&& call) {
    try {
        call();
        return std::nullopt;
    } catch (const std::bad_alloc&) {
        return std::string("ran out of memory");
    } catch (const std::exception& e) {
        return std::string(e.what());
    } catch (...) {
        return std::string("threw a non-standard exception");
    }
}

} // namespace

SniffOutcome InProcessRunner::sniff(const LoadedPlugin& plugin, const Input& input) const {
    SniffOutcome outcome;
    int confidence = 0;
    outcome.error = guarded([&] { confidence = plugin.instance().sniff(input); });
    outcome.confidence = outcome.error ? 0 : std::clamp(confidence, 0, 100);
    return outcome;
}

ParseOutcome InProcessRunner::parse(const LoadedPlugin& plugin, const Input& input) const {
    ParseOutcome outcome;
    outcome.error = guarded([&] { outcome.result = plugin.instance().parse(input); });
    if (outcome.error) outcome.result = ParseResult{};
    return outcome;
}

} // namespace parallax::host
