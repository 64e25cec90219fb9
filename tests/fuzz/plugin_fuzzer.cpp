// Feeds arbitrary bytes to one plugin's sniff and parse through the in-process runner.
//   PARALLAX_FUZZ_PLUGIN=feed build-fuzz/plugin_fuzzer -max_total_time=60 CORPUS_DIR
// The plugin is loaded from the build's plugin folder; the file name given to it is chosen by
// PARALLAX_FUZZ_PATH (default "input"), since some plugins look at the extension.
#include "host/paths.hpp"
#include "host/plugin_host.hpp"
#include "host/runner.hpp"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>

namespace {

struct Target {
    parallax::host::PluginHost host;
    std::shared_ptr<const parallax::host::LoadedPlugin> plugin;
    std::string path;
};

Target& target() {
    static Target t = [] {
        Target t;
        const char* name = std::getenv("PARALLAX_FUZZ_PLUGIN");
        const char* path = std::getenv("PARALLAX_FUZZ_PATH");
        t.path = path ? path : "input";
        t.host.load_folder(parallax::host::default_plugin_folder(), true);
        t.plugin = t.host.find(name ? name : "text");
        if (!t.plugin) {
            std::fprintf(stderr, "plugin_fuzzer: no plugin '%s' in %s\n", name ? name : "text",
                         parallax::host::default_plugin_folder().c_str());
            std::abort();
        }
        return t;
    }();
    return t;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    Target& t = target();
    const parallax::Input input{t.path, std::string_view(reinterpret_cast<const char*>(data), size), nullptr};
    const parallax::host::InProcessRunner runner;
    (void)runner.sniff(*t.plugin, input);
    const auto outcome = runner.parse(*t.plugin, input);
    // Every article must be internally consistent: hints inside their paragraphs.
    for (const auto& article : outcome.result.articles)
        for (const auto& hint : article.hints)
            if (hint.para >= article.paragraphs.size() || hint.begin > hint.end) std::abort();
    return 0;
}
