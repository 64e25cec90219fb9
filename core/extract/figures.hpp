// Extract stage: the figures an article states (see ../shared/eval/ANNOTATION.md, "Figures").
#pragma once

#include <parallax/article.hpp>
#include <parallax/figure.hpp>

#include "text/dictionary.hpp"

#include <filesystem>
#include <memory>
#include <vector>

namespace parallax::extract {

namespace figures {
struct Lexicon;
}

/// Finds and normalises figures. Built once (it reads its lexicons from `lexicon_folder`/figures and
/// the WordNet dictionary from `dictionary_folder`, throwing std::runtime_error that names the file
/// and line of a missing or malformed one), then used for every article; `find` is const and safe to
/// call from several threads.
class FigureFinder {
public:
    explicit FigureFinder(
        const std::filesystem::path& lexicon_folder,
        const std::filesystem::path& dictionary_folder = text::Dictionary::default_folder());
    ~FigureFinder();
    FigureFinder(FigureFinder&&) noexcept;
    FigureFinder& operator=(FigureFinder&&) noexcept;

    std::vector<Figure> find(const Article& article) const;

private:
    std::unique_ptr<const figures::Lexicon> lexicon_;
    std::shared_ptr<const text::Dictionary> dictionary_;
};

} // namespace parallax::extract
