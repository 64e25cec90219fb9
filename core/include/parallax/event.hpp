// Parallax data model: one real-world happening and the articles that cover it.
#pragma once

#include <string>
#include <vector>

namespace parallax {

/// A group of articles found to cover the same happening (filled by the align stage).
struct Event {
    std::string id;
    std::string label;
    std::vector<std::string> articles; ///< ArticleRecord ids
    std::vector<std::string> terms;    ///< the shared terms that explain the grouping
    std::vector<std::string> entities; ///< the shared names that explain the grouping
};

} // namespace parallax
