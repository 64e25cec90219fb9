// Helpers shared by the text-layer tests: results as plain strings, so a test reads like the text.
#pragma once

#include "text/analysis.hpp"

#include <string>
#include <vector>

namespace parallax::text::testing {

/// The sentences of a paragraph, as written.
inline std::vector<std::string> sentences_of(std::string_view paragraph) {
    const auto p = analyse_paragraph(paragraph);
    std::vector<std::string> out;
    for (const auto& s : p.sentences)
        out.emplace_back(p.str(s.begin, s.end));
    return out;
}

/// The tokens of a paragraph, as written.
inline std::vector<std::string> tokens_of(std::string_view paragraph) {
    std::vector<std::string> out;
    for (const auto& t : tokenize(paragraph))
        out.emplace_back(t.str(paragraph));
    return out;
}

/// The kinds of a paragraph's tokens ("word", "number"…).
inline std::vector<std::string> kinds_of(std::string_view paragraph) {
    std::vector<std::string> out;
    for (const auto& t : tokenize(paragraph))
        out.emplace_back(kind_name(t.kind));
    return out;
}

/// The quotations of an article: each one's parts joined by " | ".
inline std::vector<std::string> quotations_of(const std::vector<std::string>& paragraphs) {
    const auto article = analyse(paragraphs);
    std::vector<std::string> out;
    for (const auto& q : article.quotes.quotations) {
        std::string text;
        for (const auto& part : q.parts) {
            if (!text.empty()) text += " | ";
            text += article.paragraphs[part.para].str(part.begin, part.end);
        }
        out.push_back(text);
    }
    return out;
}

/// The roles of an article's quote marks ("open", "close", "apostrophe"…), in text order.
inline std::vector<std::string> roles_of(const std::vector<std::string>& paragraphs) {
    const auto article = analyse(paragraphs);
    std::vector<std::string> out;
    for (const auto& m : article.quotes.marks)
        out.emplace_back(role_name(m.role));
    return out;
}

} // namespace parallax::text::testing
