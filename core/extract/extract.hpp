// Extract stage: everything the pipeline learns from one article's own text.
#pragma once

#include <parallax/record.hpp>

#include "text/dictionary.hpp"

#include <filesystem>

namespace parallax::extract {

struct ExtractOptions {
    std::filesystem::path lexicon_folder; ///< where the lexicon files live (configs/lexicons)
    std::filesystem::path dictionary_folder = text::Dictionary::default_folder(); ///< WordNet's database
    std::size_t threads = 0; ///< worker threads; 0: one per core
};

/// Fills `people`, `quotes` and `figures` of every record. Throws std::runtime_error when a lexicon
/// cannot be read.
void extract_all(std::vector<ArticleRecord>& records, const ExtractOptions& options);

} // namespace parallax::extract
