// NewsML-G2: one item of a document (newsItem, packageItem, conceptItem…) and what it becomes.
#pragma once

#include <parallax/article.hpp>
#include <parallax/diagnostic.hpp>

#include <pugixml.hpp>

#include <optional>
#include <string>
#include <vector>

namespace parallax::newsml_g2 {

/// The elements a NewsML-G2 document may carry as items.
bool is_item(const pugi::xml_node& element);

/// What one item yields: an article, or the diagnostic that counts it (error, non-text, killed),
/// plus warnings about it.
struct ItemResult {
    std::optional<Article> article;
    std::optional<Diagnostic> outcome;
    std::vector<Diagnostic> warnings;
};

/// Reads the item element at `index`. Packages and concept/planning/catalog items are counted as
/// non-text; the caller resolves a package's references.
ItemResult read_item(const pugi::xml_node& item, std::size_t index);

/// The Article id of an item: its guid, with ":v" and the version when it has one
/// ("urn:newsml:example.com:20250218:talks:v3"), so that versions of one story stay apart.
std::string item_id(const pugi::xml_node& item);

} // namespace parallax::newsml_g2
