// Text layer: folding text for matching (NFC, case folding and optional looser forms), with a map
// from every folded code point back to the code point of the original text it came from.
//
// Matching runs on folded text ("SAID" and "said", "won’t" and "won't", "Erdoğan" and "Erdogan"
// when marks are stripped); the answer must point into the paragraph as emitted. `Folded::origin`
// carries that link, so `to_source` turns a folded span into an original code-point span.
// Folding is done by utf8proc (Unicode's own tables), one grapheme-like segment (a starter and the
// combining marks after it) at a time, so every folded code point has exactly one origin.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace parallax::text {

struct FoldOptions {
    bool case_fold = true;    ///< Unicode full case folding: "Straße" → "strasse", "SAID" → "said"
    bool compat = false;      ///< NFKC compatibility forms: "ﬁ" → "fi", "²" → "2", fullwidth → ASCII
    bool strip_marks = false; ///< drop combining marks: "Erdoğan" → "erdogan", "é" → "e"
    bool unify_punctuation = false; ///< ’ ‘ ‛ ′ → ', “ ” „ « » ″ → ", ‐ ‑ ‒ – — − → -, … → ...,
                                    ///< and every Unicode space → ' '
};

/// Options for matching words against lexicons: case fold, compatibility forms, one apostrophe,
/// one quote, one dash. (Marks are kept: "é" stays "é".)
inline constexpr FoldOptions matching_fold{true, true, false, true};

/// Folded text and its way back to the source.
struct Folded {
    std::string text; ///< folded UTF-8
    /// origin[i] = code point of the source where folded code point i came from; one extra last entry
    /// holds the source's code-point length. Non-decreasing.
    std::vector<std::uint32_t> origin;

    std::size_t code_points() const { return origin.empty() ? 0 : origin.size() - 1; }
    /// The source code-point span [begin, end) that folded code points [begin, end) came from. A
    /// span that starts or ends inside the expansion of one source character ("ß" → "ss") widens
    /// to cover that character.
    std::pair<std::size_t, std::size_t> to_source(std::size_t begin, std::size_t end) const;
};

/// Folds UTF-8 text (invalid bytes become U+FFFD, one per bad sequence) keeping the origin map.
Folded fold(std::string_view utf8, const FoldOptions& options = {});

/// Folds UTF-8 text without the map: for lexicon entries and keys.
std::string fold_string(std::string_view utf8, const FoldOptions& options = {});

/// Appends the folded form of `utf8` to `out` (no map); the fast path used for tokens.
void append_folded(std::string& out, std::string_view utf8, const FoldOptions& options = {});

} // namespace parallax::text
