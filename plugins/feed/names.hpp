// Which vocabulary an element belongs to, by namespace URI rather than prefix. pugixml is not
// namespace-aware, so a Scope carries the xmlns bindings down the tree; one is built per item
// from its ancestors, which keeps lookups cheap on feeds with tens of thousands of items.
#pragma once

#include <pugixml.hpp>

#include <string_view>
#include <utility>
#include <vector>

namespace parallax::feed {

enum class Ns {
    none,   ///< no namespace (RSS 0.9x/2.0)
    rss,    ///< RSS 1.0, RSS 0.90 and the Userland RSS 2.0 namespace: read as plain RSS
    atom,   ///< Atom 1.0
    atom03, ///< Atom 0.3
    rdf,
    dc,
    dcterms,
    content, ///< content:encoded
    xhtml,
    media,
    itunes,
    xml, ///< the xml: prefix (xml:base, xml:lang)
    other,
};

class Scope {
public:
    /// The bindings in force at `element` (its own declarations and its ancestors').
    static Scope at(const pugi::xml_node& element);

    /// This scope plus the declarations on `element`.
    Scope enter(const pugi::xml_node& element) const;

    /// The vocabulary of `element`, whose parent is where this scope was made.
    Ns ns(const pugi::xml_node& element) const;

    /// True when `element` is `local` in `ns`. RSS elements match with or without an RSS namespace.
    bool is(const pugi::xml_node& element, Ns ns, std::string_view local) const;

private:
    std::vector<std::pair<std::string_view, std::string_view>> bindings_; ///< prefix → URI, innermost last
};

/// The part of a qualified name after the prefix.
std::string_view local_name(const pugi::xml_node& element);

/// The vocabulary a namespace URI names.
Ns vocabulary(std::string_view uri);

} // namespace parallax::feed
