// Mapping one RSS item or Atom entry onto an Article, given what the feed says around it.
#pragma once

#include "names.hpp"

#include <parallax/article.hpp>
#include <parallax/diagnostic.hpp>

#include <pugixml.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace parallax::feed {

enum class Dialect { rss, atom };

/// What a feed says once for all its items.
struct Channel {
    Dialect dialect = Dialect::rss;
    std::string outlet; ///< the feed's title (or the configured outlet)
    std::string base;   ///< where relative links point: xml:base, else the feed link
    std::optional<std::string> language;
    std::vector<std::string> authors; ///< Atom: entries without an author inherit these
};

/// The dialect of a root element, or nullopt when it is not a feed.
std::optional<Dialect> dialect_of(const pugi::xml_node& root);

/// Reads the feed-level fields. `outlet` non-empty overrides the feed title.
Channel read_channel(const pugi::xml_node& root, Dialect dialect, const std::string& outlet);

/// The item/entry elements, in document order.
std::vector<pugi::xml_node> find_items(const pugi::xml_node& root, Dialect dialect);

/// One item's outcome: an article, or a diagnostic that accounts for it (non_text), plus notes.
struct ItemResult {
    std::optional<Article> article;
    std::vector<Diagnostic> diagnostics;
};

/// Reads the item at `index`. Thread-safe: it only reads the document.
ItemResult read_item(const pugi::xml_node& item, const Channel& channel, std::size_t index);

} // namespace parallax::feed
