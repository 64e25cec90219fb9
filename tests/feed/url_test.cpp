// Relative references resolved as RFC 3986 section 5.4 says.
#include "url.hpp"

#include <gtest/gtest.h>

namespace parallax::feed {
namespace {

constexpr const char* kBase = "http://a/b/c/d;p?q";

TEST(Resolve, NormalExamplesOfRfc3986) {
    EXPECT_EQ(resolve(kBase, "g"), "http://a/b/c/g");
    EXPECT_EQ(resolve(kBase, "./g"), "http://a/b/c/g");
    EXPECT_EQ(resolve(kBase, "g/"), "http://a/b/c/g/");
    EXPECT_EQ(resolve(kBase, "/g"), "http://a/g");
    EXPECT_EQ(resolve(kBase, "//g"), "http://g");
    EXPECT_EQ(resolve(kBase, "?y"), "http://a/b/c/d;p?y");
    EXPECT_EQ(resolve(kBase, "#s"), "http://a/b/c/d;p?q#s");
    EXPECT_EQ(resolve(kBase, ""), "http://a/b/c/d;p?q");
    EXPECT_EQ(resolve(kBase, ".."), "http://a/b/");
    EXPECT_EQ(resolve(kBase, "../g"), "http://a/b/g");
    EXPECT_EQ(resolve(kBase, "../../g"), "http://a/g");
}

TEST(Resolve, AbnormalExamplesOfRfc3986) {
    EXPECT_EQ(resolve(kBase, "../../../g"), "http://a/g");
    EXPECT_EQ(resolve(kBase, "/./g"), "http://a/g");
    EXPECT_EQ(resolve(kBase, "g."), "http://a/b/c/g.");
    EXPECT_EQ(resolve(kBase, "./../g"), "http://a/b/g");
    EXPECT_EQ(resolve(kBase, "g/../h"), "http://a/b/c/h");
}

TEST(Resolve, AbsoluteReferencesAndMissingBasesAreLeftAlone) {
    EXPECT_EQ(resolve(kBase, "https://x.example.org/y"), "https://x.example.org/y");
    EXPECT_EQ(resolve("", "/relative"), "/relative");
    EXPECT_EQ(resolve("not a url", " g "), "g");
}

} // namespace
} // namespace parallax::feed
