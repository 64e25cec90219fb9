// Parallax data model: where a record's text stands in its article.
#pragma once

#include <cstddef>

namespace parallax {

/// A stretch of one paragraph, in Unicode code points: [begin, end).
struct Span {
    std::size_t para = 0;
    std::size_t begin = 0;
    std::size_t end = 0;
};

} // namespace parallax
