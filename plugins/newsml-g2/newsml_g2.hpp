// The `newsml-g2` plugin: IPTC NewsML-G2 documents — a newsMessage of items, or one item.
// docs/formats/wire.md lists what is read and where it goes in the Article.
#pragma once

#include <parallax/source_plugin.hpp>

namespace parallax::newsml_g2 {

/// 90 when the root is a NewsML-G2 message or item in the IPTC namespace, 60 when it has the
/// right name but no such namespace, else 0. Fragments (contentSet, groupSet…) are not claimed.
int sniff(const Input& input);

/// Reads every item. In a newsMessage, `index` is the item's position in its itemSet; a lone
/// item is item 0. Packages resolve their references to items of the same message.
ParseResult parse(const Input& input);

} // namespace parallax::newsml_g2
