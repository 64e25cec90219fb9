// Parallax data model: a number an article states, normalised.
#pragma once

#include <parallax/span.hpp>

#include <optional>
#include <string>
#include <utility>

namespace parallax {

enum class FigureKind { count, percent, money, ratio, quantity, date, duration };
enum class Qualifier { exact, approx, at_least, at_most };

/// One figure. `text` is exactly the paragraph's text at `span`.
struct Figure {
    FigureKind kind = FigureKind::count;
    std::string text;
    double value = 0; ///< normalised (324000000000 for "$324bn"); a range's low end
    std::string unit; ///< ISO 4217 for money, singular noun for counts, "" for none
    Qualifier qualifier = Qualifier::exact;
    std::optional<double> of; ///< a ratio's whole ("23 of the 32")
    /// What a price or a span of time is per ("barrel" for "$84 a barrel", "day" for "ten hours a day"):
    /// `unit` then holds the currency or the time unit alone, as the rule book writes them. Counts and
    /// quantities keep a rate in their unit ("train/week", "km/h").
    std::optional<std::string> per;
    std::optional<std::pair<double, double>> range;
    Span span;
    std::string measures;              ///< a few words saying what is counted
    std::optional<std::string> source; ///< who the article credits the figure to
};

} // namespace parallax
