// NewsML-G2: a large newsMessage split into its items without building the whole tree.
//
// A message is a list of independent items, so a big one is read an item at a time: a light scan
// finds where each item of the itemSet starts and ends, and each is parsed on its own. Memory then
// follows the largest item, not the message, and a damaged item costs only itself.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace parallax::newsml_g2 {

/// Where one item element lies in the input: bytes [begin, end).
struct ItemSpan {
    std::size_t begin = 0;
    std::size_t end = 0;
};

/// The items of a newsMessage and the namespace declarations in scope for them.
struct MessageLayout {
    std::string namespaces;      ///< xmlns attributes of newsMessage and itemSet, ready to re-declare
    std::vector<ItemSpan> items; ///< item elements (newsItem, packageItem…) in document order
};

/// Scans a UTF-8 newsMessage. Returns nullopt for anything the scan does not handle on its own —
/// another root, another encoding, a DOCTYPE, unbalanced markup — so the caller reads the whole
/// document instead (and reports damage with its position).
std::optional<MessageLayout> scan_message(std::string_view bytes);

/// The item at `span` wrapped in an element that re-declares the message's namespaces, ready to
/// be parsed alone; `prefix_length` is set to the bytes added before the item.
std::string wrap_item(std::string_view bytes, const MessageLayout& layout, const ItemSpan& span,
                      std::size_t& prefix_length);

} // namespace parallax::newsml_g2
