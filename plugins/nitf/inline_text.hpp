// Wire XML: one paragraph built from mixed content, with the spans of its inline markup.
//
// News markup (NITF `p` with `person`/`org`/`q`…, XHTML `p` with `a`/`em`…) carries line breaks
// and indentation that are not part of the text, so white space is folded while the text is
// built, and the spans of marked-up stretches are counted in code points of the folded text —
// the very string the Article carries.
#pragma once

#include <parallax/article.hpp>

#include <pugixml.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace parallax::wire {

/// What an inline element means, when it means something: a Hint kind and the source's value.
struct Markup {
    std::string kind;
    std::string value;
};

/// Decides which inline elements become hints. Returns nullopt for plain formatting.
using MarkupRule = std::optional<Markup> (*)(const pugi::xml_node& element);

/// NITF's inline markup: person, org, location → place, num, money, q (value: quote-source).
std::optional<Markup> nitf_markup(const pugi::xml_node& element);

/// A paragraph's text and hints (with `para` left at 0 for the caller to set).
struct Paragraph {
    std::string text;
    std::vector<Hint> hints;
};

/// Builds one paragraph. Runs of white space (ASCII and Unicode) become one space, leading and
/// trailing space is dropped, invalid UTF-8 becomes U+FFFD and `br` is a space.
class ParagraphBuilder {
public:
    explicit ParagraphBuilder(MarkupRule rule = nullptr) : rule_(rule) {}

    /// Appends the content of `element` (not the element's own markup).
    void append_children(const pugi::xml_node& element);
    /// Appends one node: text, or an inline element with its content (a hint when it is markup).
    void append(const pugi::xml_node& node) { append_node(node); }
    /// Appends raw text.
    void append_text(std::string_view utf8);
    /// A break between words (a `br`, a line end).
    void append_break() { pending_space_ = !text_.empty(); }

    bool empty() const { return text_.empty(); }
    Paragraph take();

private:
    void append_node(const pugi::xml_node& node);
    void append_code_point(char32_t c, std::string_view bytes);

    MarkupRule rule_;
    std::string text_;
    std::size_t code_points_ = 0;
    bool pending_space_ = false;
    std::vector<Hint> hints_;
    std::vector<std::size_t> unstarted_; ///< hints whose first character is still to come
};

/// True for the code points Unicode calls white space (and U+200B, which folds like one).
bool is_space(char32_t c);

} // namespace parallax::wire
