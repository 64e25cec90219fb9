// Parallax data model: everything one run read, with the account of what it could not use.
#pragma once

#include <parallax/diagnostic.hpp>
#include <parallax/record.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace parallax {

/// A file no plugin claimed.
struct Skipped {
    std::string path;
    std::string reason;
};

/// A file or item a plugin claimed but could not read, or a note about one it could.
struct Finding {
    std::string path;
    std::optional<std::size_t> index; ///< nullopt: the whole file
    std::string plugin;               ///< "" when no plugin was involved (an unreadable file)
    DiagnosticKind kind = DiagnosticKind::error;
    std::string reason;
    std::optional<std::size_t> line;
    std::optional<std::size_t> column;
    std::optional<std::size_t> offset;
};

/// The counts of the BRIEF's `inputs` object; items = used + rejected items + non_text + killed.
struct InputCounts {
    std::size_t files = 0;    ///< files reached, skipped ones included
    std::size_t skipped = 0;  ///< files no plugin claimed
    std::size_t items = 0;    ///< items in claimed files
    std::size_t used = 0;     ///< articles emitted
    std::size_t rejected = 0; ///< entries in `rejected` (files and items)
    std::size_t non_text = 0;
    std::size_t killed = 0;
};

/// The articles of one run and the account of its inputs.
struct Corpus {
    InputCounts inputs;
    std::vector<Skipped> skipped;
    std::vector<Finding> rejected; ///< kind is always error
    std::vector<Finding> notes;    ///< warnings, partial recoveries, non-text and killed items
    std::vector<ArticleRecord> articles;
};

} // namespace parallax
