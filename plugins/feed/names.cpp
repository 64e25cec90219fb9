#include "names.hpp"

#include <array>
#include <cctype>
#include <string>

namespace parallax::feed {
namespace {

std::string_view prefix_of(std::string_view qualified) {
    const auto colon = qualified.find(':');
    return colon == std::string_view::npos ? std::string_view{} : qualified.substr(0, colon);
}

/// The prefix an attribute declares ("" for xmlns=), or false when it declares none.
bool declares(const pugi::xml_attribute& a, std::string_view& prefix) {
    const std::string_view name = a.name();
    if (name == "xmlns") {
        prefix = {};
        return true;
    }
    if (name.size() > 6 && name.substr(0, 6) == "xmlns:") {
        prefix = name.substr(6);
        return true;
    }
    return false;
}

/// Prefixes used without being declared: read as what they conventionally mean.
Ns conventional(std::string_view prefix) {
    struct Known {
        std::string_view prefix;
        Ns ns;
    };
    static constexpr std::array<Known, 10> known = {{{"dc", Ns::dc},
                                                     {"dcterms", Ns::dcterms},
                                                     {"content", Ns::content},
                                                     {"atom", Ns::atom},
                                                     {"media", Ns::media},
                                                     {"itunes", Ns::itunes},
                                                     {"rdf", Ns::rdf},
                                                     {"xhtml", Ns::xhtml},
                                                     {"xml", Ns::xml},
                                                     {"rss", Ns::rss}}};
    for (const auto& k : known)
        if (k.prefix == prefix) return k.ns;
    return prefix.empty() ? Ns::none : Ns::other;
}

} // namespace

std::string_view local_name(const pugi::xml_node& element) {
    const std::string_view name = element.name();
    const auto colon = name.find(':');
    return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

Ns vocabulary(std::string_view uri) {
    while (!uri.empty() && (uri.front() == ' ' || uri.front() == '\t' || uri.front() == '\n'))
        uri.remove_prefix(1);
    while (!uri.empty() && (uri.back() == ' ' || uri.back() == '\t' || uri.back() == '\n'))
        uri.remove_suffix(1);
    struct Known {
        std::string_view uri;
        Ns ns;
    };
    static constexpr std::array<Known, 15> known = {{
        {"", Ns::none},
        {"http://purl.org/rss/1.0/", Ns::rss},
        {"http://my.netscape.com/rdf/simple/0.9/", Ns::rss},
        {"http://backend.userland.com/rss2", Ns::rss},
        {"http://backend.userland.com/rss", Ns::rss},
        {"http://www.w3.org/2005/Atom", Ns::atom},
        {"http://purl.org/atom/ns#", Ns::atom03},
        {"http://www.w3.org/1999/02/22-rdf-syntax-ns#", Ns::rdf},
        {"http://purl.org/dc/elements/1.1/", Ns::dc},
        {"http://purl.org/dc/terms/", Ns::dcterms},
        {"http://purl.org/rss/1.0/modules/content/", Ns::content},
        {"http://www.w3.org/1999/xhtml", Ns::xhtml},
        {"http://search.yahoo.com/mrss/", Ns::media},
        {"http://www.itunes.com/dtds/podcast-1.0.dtd", Ns::itunes},
        {"http://www.w3.org/XML/1998/namespace", Ns::xml},
    }};
    for (const auto& k : known)
        if (k.uri == uri) return k.ns;
    if (uri == "http://search.yahoo.com/mrss") return Ns::media;
    std::string lowered(uri);
    for (auto& c : lowered)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (lowered == "http://www.itunes.com/dtds/podcast-1.0.dtd") return Ns::itunes; // spelt every which way

    return Ns::other;
}

Scope Scope::at(const pugi::xml_node& element) {
    std::vector<pugi::xml_node> chain;
    for (auto n = element; n && n.type() == pugi::node_element; n = n.parent())
        chain.push_back(n);
    Scope scope;
    for (auto it = chain.rbegin(); it != chain.rend(); ++it)
        scope = scope.enter(*it);
    return scope;
}

Scope Scope::enter(const pugi::xml_node& element) const {
    Scope inner = *this;
    std::string_view prefix;
    for (auto a = element.first_attribute(); a; a = a.next_attribute())
        if (declares(a, prefix)) inner.bindings_.emplace_back(prefix, a.value());
    return inner;
}

Ns Scope::ns(const pugi::xml_node& element) const {
    const std::string_view prefix = prefix_of(element.name());
    if (prefix == "xml") return Ns::xml;
    std::string_view declared;
    for (auto a = element.first_attribute(); a; a = a.next_attribute())
        if (declares(a, declared) && declared == prefix) return vocabulary(a.value());
    for (auto it = bindings_.rbegin(); it != bindings_.rend(); ++it)
        if (it->first == prefix) return vocabulary(it->second);
    return conventional(prefix);
}

bool Scope::is(const pugi::xml_node& element, Ns wanted, std::string_view local) const {
    if (element.type() != pugi::node_element || local_name(element) != local) return false;
    const Ns actual = ns(element);
    if (wanted == Ns::none || wanted == Ns::rss) return actual == Ns::none || actual == Ns::rss;
    return actual == wanted;
}

} // namespace parallax::feed
