// Parallax plugin SDK: the ABI version a plugin is built against, and the toolchain tag.
//
// Compatibility rules (docs/PLUGINS.md explains them in full):
//  - ABI major: any change to the layout of a type passed across the boundary (Article, Hint,
//    Diagnostic, Input, ParseResult, Options) or to SourcePlugin's virtual functions. The entry
//    point's symbol name carries the major, so the host can refuse an old plugin without loading it.
//  - ABI minor: a compatible addition. The host loads plugins whose minor is at most its own.
#pragma once

#include <string> // defines _GLIBCXX_RELEASE and _GLIBCXX_USE_CXX11_ABI used below

#define PARALLAX_ABI_MAJOR 1
#define PARALLAX_ABI_MINOR 0

#define PARALLAX_STRINGIZE_IMPL(x) #x
#define PARALLAX_STRINGIZE(x) PARALLAX_STRINGIZE_IMPL(x)

#ifdef _GLIBCXX_DEBUG
#define PARALLAX_DEBUG_CONTAINERS "1"
#else
#define PARALLAX_DEBUG_CONTAINERS "0"
#endif

/// What the layout of std::string and std::vector depends on: host and plugin must agree on it.
#define PARALLAX_TOOLCHAIN_TAG                                                                               \
    "gxxabi-" PARALLAX_STRINGIZE(__GXX_ABI_VERSION) ";glibcxx-" PARALLAX_STRINGIZE(                          \
        _GLIBCXX_RELEASE) ";cxx11abi-" PARALLAX_STRINGIZE(_GLIBCXX_USE_CXX11_ABI) ";debug"                   \
                                                                                  "-" PARALLAX_DEBUG_CONTAINERS

namespace parallax {

inline constexpr int abi_major = PARALLAX_ABI_MAJOR;
inline constexpr int abi_minor = PARALLAX_ABI_MINOR;

} // namespace parallax
