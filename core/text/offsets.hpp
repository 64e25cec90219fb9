// Text layer: code-point and byte offsets into one UTF-8 string.
//
// Every span the pipeline emits is in Unicode code points (the contract's spans); C++ string work is
// in bytes. An OffsetMap converts between the two in O(1) (code point → byte) and O(log n)
// (byte → code point). Pure-ASCII text, most news text, stores nothing: both are the identity.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace parallax::text {

class OffsetMap {
public:
    OffsetMap() = default;
    explicit OffsetMap(std::string_view utf8);

    /// Byte offset where code point `cp` starts; the byte size when `cp` is at or past the end.
    std::size_t byte_of(std::size_t cp) const;
    /// Index of the code point that holds byte `byte` (a continuation byte maps to its lead);
    /// the code-point count when `byte` is at or past the end.
    std::size_t cp_of(std::size_t byte) const;

    std::size_t code_points() const { return code_points_; }
    std::size_t bytes() const { return bytes_; }
    bool ascii() const { return starts_.empty(); }

private:
    std::size_t code_points_ = 0;
    std::size_t bytes_ = 0;
    std::vector<std::uint32_t> starts_; ///< byte start of each code point, plus the size; empty for ASCII
};

/// The bytes of code points [begin, end) of `utf8` (clamped to the string). O(n) without a map.
std::string_view cp_substr(std::string_view utf8, std::size_t begin, std::size_t end);

} // namespace parallax::text
