// The Riyadh samples in samples/ read as the wire formats they show off.
#include "newsml_g2.hpp"
#include "nitf.hpp"
#include "wire_test_support.hpp"

#include <gtest/gtest.h>

#include <map>

namespace {

using parallax::DiagnosticKind;

const std::string kSamples = std::string(PARALLAX_SOURCE_DIR) + "/samples/";

std::string slice(const parallax::Article& a, const parallax::Hint& h) {
    // The samples' hinted words are ASCII, so code points and bytes agree.
    return a.paragraphs[h.para].substr(h.begin, h.end - h.begin);
}

TEST(RiyadhSamples, TheNewsMessageHoldsAPackageTwoStoriesAndAPicture) {
    const auto bytes = wire_test::read_file(kSamples + "riyadh-newsml-g2-message.xml");
    EXPECT_EQ(wire_test::run(parallax::newsml_g2::sniff, bytes), 90);
    const auto r = wire_test::run(parallax::newsml_g2::parse, bytes);
    EXPECT_EQ(r.items, 4u);
    EXPECT_EQ(wire_test::count(r, DiagnosticKind::non_text), 2u); // the package and the picture
    EXPECT_EQ(wire_test::count(r, DiagnosticKind::warning), 0u);  // every reference resolves
    ASSERT_EQ(r.articles.size(), 2u);
    const auto& story = r.articles[0];
    EXPECT_EQ(story.id, "urn:newsml:wire.parallax.example:20250218:riyadh-talks:v3");
    EXPECT_EQ(story.published, "2025-02-18T14:40:00Z");
    EXPECT_EQ(story.language, "en");
    EXPECT_FALSE(story.paragraphs.empty());
    EXPECT_EQ(story.meta.at("package").front(), "urn:newsml:wire.parallax.example:20250218:riyadh-package");
    const auto& explainer = r.articles[1];
    ASSERT_FALSE(explainer.hints.empty()); // its NITF body carries inline markup
    for (const auto& h : explainer.hints) {
        if (h.kind == "quote") {
            EXPECT_EQ(slice(explainer, h), "the beginning of a conversation");
        }
    }
}

TEST(RiyadhSamples, TheNitfStoryKeepsItsInlineMarkupAsHints) {
    const auto bytes = wire_test::read_file(kSamples + "riyadh-nitf-reaction.xml");
    EXPECT_EQ(wire_test::run(parallax::nitf::sniff, bytes), 90);
    const auto r = wire_test::run(parallax::nitf::parse, bytes);
    ASSERT_EQ(r.articles.size(), 1u);
    const auto& a = r.articles[0];
    EXPECT_EQ(a.id, "parallax-sample-agency-20250219-riyadh-reaction");
    EXPECT_EQ(a.published, "2025-02-19T09:00:00Z");
    EXPECT_EQ(a.paragraphs.size(), 5u); // the caption and the crosshead are not paragraphs
    std::map<std::string, int> kinds;
    for (const auto& h : a.hints) {
        ++kinds[h.kind];
        if (h.kind == "money") {
            EXPECT_EQ(slice(a, h), "$324 billion");
        }
    }
    for (const char* kind : {"person", "org", "place", "num", "money", "quote"}) {
        EXPECT_GT(kinds[kind], 0) << kind;
    }
}

} // namespace
