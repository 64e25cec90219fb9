#include "wire_xml.hpp"

#include "text/unicode.hpp"

#include <cctype>

namespace parallax::wire {
namespace {

constexpr std::size_t kSniffBytes = 4096;

/// UTF-16 text narrowed to its low bytes: enough to read ASCII markup names.
std::string narrow_utf16(std::string_view bytes, bool little_endian) {
    std::string out;
    for (std::size_t i = little_endian ? 0 : 1; i < bytes.size(); i += 2)
        out += bytes[i];
    return out;
}

/// Skips what may come before the root element. Returns the position of the root's '<', or npos.
std::size_t skip_prolog(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size()) {
        if (std::isspace(static_cast<unsigned char>(s[i]))) {
            ++i;
        } else if (s.substr(i, 4) == "<!--") {
            i = s.find("-->", i);
            if (i != std::string_view::npos) i += 3;
        } else if (s.substr(i, 2) == "<?") {
            i = s.find("?>", i);
            if (i != std::string_view::npos) i += 2;
        } else if (s.substr(i, 9) == "<!DOCTYPE") {
            const auto subset = s.find('[', i);
            const auto close = s.find('>', i);
            // An internal subset may hold '>' characters; it ends with "]>".
            if (subset != std::string_view::npos && subset < close) i = s.find("]>", subset);
            if (i != std::string_view::npos) i = s.find('>', i);
            if (i != std::string_view::npos) ++i;
        } else {
            return s[i] == '<' ? i : std::string_view::npos;
        }
    }
    return std::string_view::npos;
}

} // namespace

std::optional<RootTag> root_tag(std::string_view bytes) {
    std::string prefix;
    if (bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF")
        prefix = narrow_utf16(bytes.substr(2, 2 * kSniffBytes), bytes[0] == '\xFF');
    else
        prefix = std::string(bytes.substr(bytes.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0, kSniffBytes));
    const auto start = skip_prolog(prefix);
    if (start == std::string::npos) return std::nullopt;
    std::size_t end = start + 1;
    while (end < prefix.size() && !std::isspace(static_cast<unsigned char>(prefix[end])) &&
           prefix[end] != '>' && prefix[end] != '/')
        ++end;
    const std::string name = prefix.substr(start + 1, end - start - 1);
    if (name.empty()) return std::nullopt;
    const auto close = prefix.find('>', start);
    return RootTag{std::string(xml::local_name(name)),
                   prefix.substr(start, close == std::string::npos ? close : close - start + 1)};
}

std::optional<Diagnostic> parse_document(std::string_view bytes, pugi::xml_document& document) {
    const auto result =
        document.load_buffer(bytes.data(), bytes.size(), pugi::parse_default | pugi::parse_ws_pcdata);
    if (result) return std::nullopt;
    const auto offset = static_cast<std::size_t>(result.offset);
    const auto where = xml::position_of(bytes, offset);
    return Diagnostic{DiagnosticKind::error,
                      std::nullopt,
                      std::string("not well-formed XML: ") + result.description(),
                      where.line,
                      where.column,
                      offset};
}

std::string folded_text(const pugi::xml_node& node) { return text::fold_whitespace(xml::text_of(node)); }

pugi::xml_node child(const pugi::xml_node& parent, std::string_view local) {
    return xml::child(parent, xml::namespace_uri(parent), local);
}

std::optional<std::string> attribute(const pugi::xml_node& node, const char* name) {
    std::string value = text::fold_whitespace(node.attribute(name).value());
    if (value.empty()) return std::nullopt;
    return value;
}

std::string_view qcode_code(std::string_view qcode) {
    const auto colon = qcode.find(':');
    return colon == std::string_view::npos ? qcode : qcode.substr(colon + 1);
}

} // namespace parallax::wire
