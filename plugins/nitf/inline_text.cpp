#include "inline_text.hpp"

#include "xml/xml.hpp"

#include <limits>

namespace parallax::wire {
namespace {

constexpr std::size_t kUnset = std::numeric_limits<std::size_t>::max();
constexpr std::string_view kReplacement = "\xEF\xBF\xBD";

/// Decodes the code point at the start of `s`; `length` is 0 for an invalid sequence.
char32_t decode(std::string_view s, std::size_t& length) {
    const auto b0 = static_cast<unsigned char>(s[0]);
    length = 0;
    if (b0 < 0x80) {
        length = 1;
        return b0;
    }
    std::size_t n = 0;
    char32_t c = 0;
    char32_t min = 0;
    if ((b0 & 0xE0) == 0xC0) {
        n = 2;
        c = b0 & 0x1F;
        min = 0x80;
    } else if ((b0 & 0xF0) == 0xE0) {
        n = 3;
        c = b0 & 0x0F;
        min = 0x800;
    } else if ((b0 & 0xF8) == 0xF0) {
        n = 4;
        c = b0 & 0x07;
        min = 0x10000;
    } else
        return 0;
    if (s.size() < n) return 0;
    for (std::size_t i = 1; i < n; ++i) {
        const auto b = static_cast<unsigned char>(s[i]);
        if ((b & 0xC0) != 0x80) return 0;
        c = (c << 6) | (b & 0x3F);
    }
    // Overlong forms, surrogates and values past U+10FFFF are not UTF-8.
    if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return 0;
    length = n;
    return c;
}

} // namespace

bool is_space(char32_t c) {
    if (c == ' ' || (c >= 0x09 && c <= 0x0D)) return true;
    if (c < 0x85) return false;
    return c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200B) || c == 0x2028 ||
           c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

std::optional<Markup> nitf_markup(const pugi::xml_node& element) {
    const std::string_view name = xml::local_name(element.name());
    const std::string value = element.attribute("value").value();
    if (name == "person" || name == "org") return Markup{std::string(name), value};
    if (name == "location") return Markup{"place", value};
    if (name == "num") return Markup{"num", value};
    if (name == "money") return Markup{"money", value.empty() ? element.attribute("unit").value() : value};
    if (name == "q") return Markup{"quote", element.attribute("quote-source").value()};
    return std::nullopt;
}

void ParagraphBuilder::append_children(const pugi::xml_node& element) {
    for (auto n = element.first_child(); n; n = n.next_sibling())
        append_node(n);
}

void ParagraphBuilder::append_node(const pugi::xml_node& node) {
    if (node.type() == pugi::node_pcdata || node.type() == pugi::node_cdata) {
        append_text(node.value());
        return;
    }
    if (node.type() != pugi::node_element) return;
    if (xml::local_name(node.name()) == "br") {
        append_break();
        return;
    }
    const auto markup = rule_ ? rule_(node) : std::nullopt;
    if (!markup) {
        append_children(node);
        return;
    }
    const std::size_t slot = hints_.size();
    hints_.push_back(Hint{markup->kind, 0, kUnset, kUnset, markup->value});
    unstarted_.push_back(slot);
    append_children(node);
    if (hints_[slot].begin == kUnset) {
        // Empty markup (<org/>) marks nothing. Drop it, and anything nested in it.
        hints_.resize(slot);
        std::erase_if(unstarted_, [slot](std::size_t i) { return i >= slot; });
    } else {
        hints_[slot].end = code_points_;
    }
}

void ParagraphBuilder::append_text(std::string_view utf8) {
    while (!utf8.empty()) {
        std::size_t length = 0;
        const char32_t c = decode(utf8, length);
        if (length == 0) {
            append_code_point(0xFFFD, kReplacement);
            utf8.remove_prefix(1);
        } else {
            append_code_point(c, utf8.substr(0, length));
            utf8.remove_prefix(length);
        }
    }
}

void ParagraphBuilder::append_code_point(char32_t c, std::string_view bytes) {
    if (is_space(c)) {
        pending_space_ = !text_.empty();
        return;
    }
    if (pending_space_) {
        text_ += ' ';
        ++code_points_;
        pending_space_ = false;
    }
    for (std::size_t slot : unstarted_)
        hints_[slot].begin = code_points_;
    unstarted_.clear();
    text_ += bytes;
    ++code_points_;
}

Paragraph ParagraphBuilder::take() {
    Paragraph p{std::move(text_), std::move(hints_)};
    *this = ParagraphBuilder(rule_);
    return p;
}

} // namespace parallax::wire
