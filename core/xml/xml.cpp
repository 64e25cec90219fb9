#include "xml/xml.hpp"

namespace parallax::xml {

std::string_view local_name(std::string_view qualified) {
    const auto colon = qualified.find(':');
    return colon == std::string_view::npos ? qualified : qualified.substr(colon + 1);
}

std::string namespace_uri(const pugi::xml_node& element) {
    const std::string_view name = element.name();
    const auto colon = name.find(':');
    const std::string attribute = colon == std::string_view::npos
                                      ? std::string("xmlns")
                                      : "xmlns:" + std::string(name.substr(0, colon));
    for (auto node = element; node; node = node.parent())
        if (auto a = node.attribute(attribute.c_str())) return a.value();
    return {};
}

bool is(const pugi::xml_node& element, std::string_view uri, std::string_view local) {
    if (element.type() != pugi::node_element || local_name(element.name()) != local) return false;
    return uri.empty() || namespace_uri(element) == uri;
}

pugi::xml_node child(const pugi::xml_node& parent, std::string_view uri, std::string_view local) {
    for (auto c : parent.children())
        if (is(c, uri, local)) return c;
    return {};
}

std::string text_of(const pugi::xml_node& node) {
    std::string out;
    for (auto n = node.first_child(); n; n = n.next_sibling()) {
        if (n.type() == pugi::node_pcdata || n.type() == pugi::node_cdata)
            out += n.value();
        else if (n.type() == pugi::node_element)
            out += text_of(n);
    }
    return out;
}

Position position_of(std::string_view bytes, std::size_t offset) {
    Position p;
    for (std::size_t i = 0; i < offset && i < bytes.size(); ++i) {
        if (bytes[i] == '\n') {
            ++p.line;
            p.column = 1;
        } else {
            ++p.column;
        }
    }
    return p;
}

void parse(std::string_view bytes, Parsed& out) {
    const auto result =
        out.document.load_buffer(bytes.data(), bytes.size(), pugi::parse_default | pugi::parse_declaration);
    out.ok = static_cast<bool>(result);
    if (!out.ok) {
        out.error = result.description();
        out.offset = static_cast<std::size_t>(result.offset);
        out.position = position_of(bytes, *out.offset);
    }
}

} // namespace parallax::xml
