// Folding for matching, with offsets back to the paragraph as emitted.
#include "text/normalize.hpp"
#include "text/offsets.hpp"
#include "text/unicode.hpp"

#include <gtest/gtest.h>

using namespace parallax::text;

TEST(Fold, CaseFoldsAsciiAndBeyond) {
    EXPECT_EQ(fold_string("Kremlin SPOKESMAN"), "kremlin spokesman");
    EXPECT_EQ(fold_string("ЛАВРОВ Straße"), "лавров strasse");
}

TEST(Fold, ComposesToNfc) {
    EXPECT_EQ(fold_string("Erdog\u0306an", {false, false, false, false}), "Erdoğan");
}

TEST(Fold, StripsMarksWhenAsked) {
    FoldOptions options;
    options.strip_marks = true;
    EXPECT_EQ(fold_string("Erdoğan in Genève", options), "erdogan in geneve");
}

TEST(Fold, CompatibilityFormsWhenAsked) {
    FoldOptions options;
    options.compat = true;
    EXPECT_EQ(fold_string("ﬁnal ２０２５", options), "final 2025");
}

TEST(Fold, UnifiesQuotesDashesAndSpacesForMatching) {
    EXPECT_EQ(fold_string("“Don’t” — «non»\u00A0ok", matching_fold), "\"don't\" - \"non\" ok");
}

TEST(Fold, OriginMapsEveryFoldedCodePointBack) {
    const auto folded = fold("Straße Ü", {});
    EXPECT_EQ(folded.text, "strasse ü");
    ASSERT_EQ(folded.code_points(), 9u);
    EXPECT_EQ(folded.origin[4], 4u); // first s of "ss" comes from ß at 4
    EXPECT_EQ(folded.origin[5], 4u); // and so does the second
    EXPECT_EQ(folded.origin[6], 5u);
    EXPECT_EQ(folded.origin.back(), 8u); // the source's length
}

TEST(Fold, FoldedSpansGoBackToSourceSpans) {
    const std::string source = "“STRASSE” Straße, said";
    const auto folded = fold(source, matching_fold);
    const auto at = folded.text.find("said");
    ASSERT_NE(at, std::string::npos);
    const auto begin = code_points(std::string_view(folded.text).substr(0, at));
    const auto [b, e] = folded.to_source(begin, begin + 4);
    EXPECT_EQ(cp_substr(source, b, e), "said");
    // A match that ends inside an expansion covers the whole source character.
    const auto ss = folded.text.find("stras", 5); // "stras|se": the match ends inside "ß" → "ss"
    const auto sb = code_points(std::string_view(folded.text).substr(0, ss));
    const auto [b2, e2] = folded.to_source(sb, sb + 5);
    EXPECT_EQ(cp_substr(source, b2, e2), "Straß");
}

TEST(Fold, DecomposedInputMapsBothCodePointsToOne) {
    const auto folded = fold("e\u0301t\u00E9", {});
    EXPECT_EQ(folded.text, "\u00E9t\u00E9");
    EXPECT_EQ(folded.to_source(0, 1), std::make_pair(std::size_t{0}, std::size_t{2}));
    EXPECT_EQ(folded.to_source(1, 3), std::make_pair(std::size_t{2}, std::size_t{4}));
}

TEST(Offsets, AsciiTextIsTheIdentity) {
    const OffsetMap map("plain text");
    EXPECT_TRUE(map.ascii());
    EXPECT_EQ(map.byte_of(3), 3u);
    EXPECT_EQ(map.cp_of(3), 3u);
    EXPECT_EQ(map.byte_of(99), 10u);
}

TEST(Offsets, ConvertsBothWays) {
    const std::string text = "“Ja” – Erdoğan";
    const OffsetMap map(text);
    EXPECT_FALSE(map.ascii());
    EXPECT_EQ(map.code_points(), 14u);
    EXPECT_EQ(map.byte_of(1), 3u);
    EXPECT_EQ(map.byte_of(7), 13u); // E: after “ ” – (three bytes each) and five one-byte code points
    EXPECT_EQ(map.cp_of(13), 7u);
    EXPECT_EQ(map.cp_of(1), 0u); // inside “
    EXPECT_EQ(map.byte_of(14), text.size());
}

TEST(Offsets, CpSubstr) {
    EXPECT_EQ(cp_substr("“Ja” – nein", 1, 3), "Ja");
    EXPECT_EQ(cp_substr("abc", 2, 10), "c");
}

TEST(Nfc, LeavesNfcTextAloneAndComposesTheRest) {
    EXPECT_EQ(nfc("Erdoğan’s"), "Erdoğan’s");
    EXPECT_EQ(nfc("Erdog\u0306an"), "Erdoğan");
}
