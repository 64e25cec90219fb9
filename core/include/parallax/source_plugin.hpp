// Parallax plugin SDK: the interface a source plugin implements.
#pragma once

#include <parallax/article.hpp>
#include <parallax/diagnostic.hpp>

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#if defined(__GNUC__)
#define PARALLAX_VISIBLE __attribute__((visibility("default")))
#else
#define PARALLAX_VISIBLE
#endif

namespace parallax {

/// A plugin's own options from the configuration, as string key/values.
using Options = std::map<std::string, std::string>;

/// One input handed to a plugin. The views are valid only during the call.
struct Input {
    std::string_view path;            ///< the path as the user reached it; "-" for standard input
    std::string_view bytes;           ///< the whole content, as read from disk
    const Options* options = nullptr; ///< this plugin's options; null when there are none

    /// The option `key`, or `fallback` when it is not set.
    std::string option(const std::string& key, const std::string& fallback = {}) const {
        if (options == nullptr) return fallback;
        auto it = options->find(key);
        return it == options->end() ? fallback : it->second;
    }
};

/// What `parse` returns: the articles, and everything it has to say about the input.
struct ParseResult {
    std::size_t items = 0;         ///< items found in the input (articles + rejected + non-text + killed)
    std::vector<Article> articles; ///< one per readable text item, each with its `index`
    std::vector<Diagnostic> diagnostics;
};

/// A source format reader. The host creates one instance per plugin and may call it from several
/// threads at once, hence `const`. Report problems as diagnostics; an exception that escapes is
/// caught by the host and rejects the input, but that is a bug report, not an API.
class PARALLAX_VISIBLE SourcePlugin {
public:
    virtual ~SourcePlugin() = default;

    /// How sure the plugin is that it can read `input`: 0 (not mine) to 100 (certain). Look at the
    /// path and a prefix of the bytes only; it runs for every input and every plugin.
    virtual int sniff(const Input& input) const = 0;

    /// Reads every item of `input`.
    virtual ParseResult parse(const Input& input) const = 0;
};

} // namespace parallax
