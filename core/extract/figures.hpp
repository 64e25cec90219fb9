// Extract stage: the figures an article states (see ../shared/eval/ANNOTATION.md, "Figures").
#pragma once

#include <parallax/article.hpp>
#include <parallax/figure.hpp>

#include <filesystem>
#include <memory>
#include <vector>

namespace parallax::extract {

namespace figures {
struct Lexicon;
}

/// Finds and normalises figures. Built once (it reads its lexicons from `lexicon_folder`/figures,
/// throwing std::runtime_error that names the file and line of a missing or malformed one), then
/// used for every article; `find` is const and safe to call from several threads.
class FigureFinder {
public:
    explicit FigureFinder(const std::filesystem::path& lexicon_folder);
    ~FigureFinder();
    FigureFinder(FigureFinder&&) noexcept;
    FigureFinder& operator=(FigureFinder&&) noexcept;

    std::vector<Figure> find(const Article& article) const;

private:
    std::unique_ptr<const figures::Lexicon> lexicon_;
};

} // namespace parallax::extract
