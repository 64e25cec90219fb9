// Parallax data model: an act of speech an article reports.
#pragma once

#include <parallax/span.hpp>

#include <optional>
#include <string>
#include <vector>

namespace parallax {

enum class QuoteKind {
    direct,   ///< words inside quotation marks
    mixed,    ///< reported speech carrying quoted words
    indirect, ///< reported speech without marks
};

/// Who a quote is attributed to: a Person of the same article.
struct SpeakerRef {
    std::string id;
    std::string name;
};

/// One quote. `text` is exactly the paragraphs' text at `parts`, joined by one space.
struct Quote {
    std::optional<SpeakerRef> speaker; ///< nullopt when the article names no speaker
    QuoteKind kind = QuoteKind::direct;
    std::string text;
    std::vector<Span> parts; ///< the first part is the quote's `para`/`span`
    std::string cue;         ///< the speech verb or phrase ("told", "according to")
    double confidence = 0;   ///< how sure the attribution is, 0..1 (shown with --explain)
    std::string reason;      ///< how the speaker was found ("pronoun 'he' → last named man") (--explain)
};

} // namespace parallax
