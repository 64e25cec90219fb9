#include "extract/figures.hpp"

namespace parallax::extract {

// Not implemented yet: figures stay empty until the figures extractor lands.
FigureFinder::FigureFinder(const std::filesystem::path&) {}

std::vector<Figure> FigureFinder::find(const Article&) const { return {}; }

} // namespace parallax::extract
