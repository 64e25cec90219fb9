// The `feed` plugin: RSS 0.9x, RSS 1.0 (RDF), RSS 2.0 and Atom 1.0 (and 0.3), one article per
// item or entry. docs/formats/feed.md lists what is read and where it goes.
#pragma once

#include <parallax/source_plugin.hpp>

namespace parallax::feed {

/// 90 when the root element is a feed's (rss, rdf:RDF, feed), 0 otherwise, whatever the file is
/// called: a .xml file that is not a feed is left to other plugins.
int sniff(const Input& input);

/// Reads every item. Options: "outlet" replaces the feed's title as the articles' outlet.
ParseResult parse(const Input& input);

} // namespace parallax::feed
