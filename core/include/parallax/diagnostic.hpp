// Parallax plugin SDK: what a plugin says about problems in its input.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

namespace parallax {

/// What a diagnostic does to the input it is about.
enum class DiagnosticKind {
    error,    ///< the item (or, with no index, the whole input) cannot be read: it is rejected
    warning,  ///< read, but something was odd (an unknown header key, a guessed encoding)
    partial,  ///< read after recovering from damage; some content may be missing
    non_text, ///< an item that is not text (a picture, a video): counted, not emitted
    killed,   ///< an item its source withdrew (a kill signal): counted, not emitted
};

/// One problem found while reading an input, with where it is.
struct Diagnostic {
    DiagnosticKind kind = DiagnosticKind::error;
    std::optional<std::size_t> index;  ///< the item it concerns; nullopt for the whole input
    std::string reason;                ///< one sentence a user can act on
    std::optional<std::size_t> line;   ///< 1-based line in the input, where known
    std::optional<std::size_t> column; ///< 1-based column (in bytes), where known
    std::optional<std::size_t> offset; ///< byte offset into the input, where known
};

} // namespace parallax
