// Figures: finds the figures of one paragraph (see ../shared/eval/ANNOTATION.md, "Figures").
#pragma once

#include "extract/figure_lexicon.hpp"
#include "text/dictionary.hpp"

#include <string>
#include <unordered_map>
#include <unordered_set>

#include <parallax/figure.hpp>

#include <string_view>
#include <vector>

namespace parallax::extract::figures {

/// What the paragraph's article tells the scanner.
struct ArticleContext {
    int year = 0;               ///< publication year: dates written without one take it (0: unknown)
    int month = 0;              ///< publication month (0: unknown): results name an earlier quarter
    std::string dollar = "USD"; ///< what a bare "$" means for this outlet
    std::string cents = "USD"; ///< whose cents a bare "93c" or "10 cents" are: the dollar's, or the rand's…
    /// what a bare currency name means in this article, by the country it is about: "pesos" are
    /// MXN unless the article speaks of the Philippines ("MXN" → "PHP")
    std::unordered_map<std::string, std::string> local_codes;
    /// the currencies of the countries the article names: a letter that is a currency only before an
    /// amount written like money ("R5 billion") is one before any amount here ("R25" in Cape Town)
    std::unordered_set<std::string> named_codes;
    /// the article is about a race run ("marathon" in its title or text): a bare "at 35K" is kilometres
    bool race = false;
};

/// What the scanner reads words with: its own lexicons and the English dictionary.
struct Language {
    const Lexicon& lexicon;
    const text::Dictionary& dictionary;
};

/// Every figure the paragraph states, in text order; spans are code points into `paragraph`.
std::vector<Figure> scan_paragraph(std::u32string_view paragraph, std::size_t para, const Language& language,
                                   const ArticleContext& context);

} // namespace parallax::extract::figures
