// Extract stage: the figures an article states (see ../shared/eval/ANNOTATION.md, "Figures").
#pragma once

#include <parallax/article.hpp>
#include <parallax/figure.hpp>

#include <filesystem>
#include <vector>

namespace parallax::extract {

/// Finds and normalises figures. Built once (it reads its lexicons), then used for every article.
class FigureFinder {
public:
    explicit FigureFinder(const std::filesystem::path& lexicon_folder);
    std::vector<Figure> find(const Article& article) const;
};

} // namespace parallax::extract
