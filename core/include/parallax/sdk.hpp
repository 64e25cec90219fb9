// Parallax plugin SDK: the one header a source plugin includes.
//
//   #include <parallax/sdk.hpp>
//   class MyPlugin : public parallax::SourcePlugin { … };
//   PARALLAX_PLUGIN(MyPlugin, "my-format", "0.1.0", "myformat")
//
// PARALLAX_PLUGIN exports two things:
//  - a metadata record in the ELF section `.parallax_plugin` (ABI version, toolchain tag, name,
//    version, formats), which the host reads from the file without running any of the plugin's code;
//  - the factory `parallax_plugin_create_v<ABI major>`, a Boost.DLL alias, called only after the
//    metadata has been checked.
#pragma once

#include <parallax/article.hpp>
#include <parallax/diagnostic.hpp>
#include <parallax/source_plugin.hpp>
#include <parallax/version.hpp>

#include <boost/dll/alias.hpp>

#include <memory>

/// Name of the factory symbol for this ABI major, e.g. "parallax_plugin_create_v1".
#define PARALLAX_CREATE_SYMBOL "parallax_plugin_create_v" PARALLAX_STRINGIZE(PARALLAX_ABI_MAJOR)

#define PARALLAX_CONCAT_IMPL(a, b) a##b
#define PARALLAX_CONCAT(a, b) PARALLAX_CONCAT_IMPL(a, b)

/// Exports `Class` (default-constructible, derived from parallax::SourcePlugin) as a plugin.
/// `Name`: lower case letters, digits, '-' and '_'. `Version`: the plugin's own version.
/// `Formats`: comma-separated format names it reads, e.g. "rss,atom". Use once per plugin.
#define PARALLAX_PLUGIN(Class, Name, Version, Formats)                                                       \
    namespace parallax_plugin_entry {                                                                        \
    __attribute__((used, section(".parallax_plugin"))) extern const char metadata[] =                        \
        "parallax-plugin\0abi=" PARALLAX_STRINGIZE(PARALLAX_ABI_MAJOR) "." PARALLAX_STRINGIZE(               \
            PARALLAX_ABI_MINOR) "\0toolchain=" PARALLAX_TOOLCHAIN_TAG "\0name=" Name "\0version=" Version    \
                                "\0formats=" Formats "\0";                                                   \
    std::unique_ptr<::parallax::SourcePlugin> create() { return std::make_unique<Class>(); }                 \
    }                                                                                                        \
    BOOST_DLL_ALIAS(parallax_plugin_entry::create,                                                           \
                    PARALLAX_CONCAT(parallax_plugin_create_v, PARALLAX_ABI_MAJOR))
