// The dictionary: parts of speech and base forms of English words, from WordNet.
#include "text/dictionary.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>
#include <unistd.h>

using parallax::text::Dictionary;
using parallax::text::PartOfSpeech;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

namespace {

const Dictionary& wordnet() {
    static const Dictionary d(PARALLAX_WORDNET_DIR);
    return d;
}

// A folder holding a small database of the same form, for the error cases.
std::filesystem::path small_database(const std::string& index_noun) {
    const auto dir =
        std::filesystem::temp_directory_path() / ("parallax-wordnet-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    for (const char* name :
         {"index.noun", "index.verb", "index.adj", "index.adv", "noun.exc", "verb.exc", "adj.exc", "adv.exc"})
        std::ofstream(dir / name) << "";
    std::ofstream(dir / "index.noun") << "  1 This software and database is being provided\n" << index_noun;
    std::ofstream(dir / "noun.exc") << "geese goose\n";
    return dir;
}

} // namespace

TEST(Dictionary, ReadsTheWholeDatabase) { EXPECT_GT(wordnet().size(), 140000u); }

TEST(Dictionary, APartOfSpeechForEveryWayAWordIsUsed) {
    EXPECT_TRUE(wordnet().parts("gunman").only(PartOfSpeech::noun));
    const auto record = wordnet().parts("record");
    EXPECT_TRUE(record.has(PartOfSpeech::noun));
    EXPECT_TRUE(record.has(PartOfSpeech::verb));
    EXPECT_TRUE(wordnet().parts("previous").only(PartOfSpeech::adjective));
    EXPECT_TRUE(wordnet().parts("xqzt").empty());
}

TEST(Dictionary, InflectedFormsHaveThePartsOfTheirBase) {
    EXPECT_TRUE(wordnet().parts("proves").only(PartOfSpeech::verb));
    const auto fouls = wordnet().parts("fouls");
    EXPECT_TRUE(fouls.has(PartOfSpeech::noun) && fouls.has(PartOfSpeech::verb));
    EXPECT_TRUE(wordnet().parts("fell").has(PartOfSpeech::verb)); // an irregular past, from verb.exc
    EXPECT_TRUE(wordnet().parts("bigger").has(PartOfSpeech::adjective));
}

TEST(Dictionary, BaseFormsFromRulesAndFromTheExceptionLists) {
    EXPECT_THAT(wordnet().bases("fouls", PartOfSpeech::noun), ElementsAre("foul"));
    EXPECT_THAT(wordnet().bases("geese", PartOfSpeech::noun), ElementsAre("goose"));
    EXPECT_THAT(wordnet().bases("batteries", PartOfSpeech::noun), ElementsAre("battery"));
    EXPECT_THAT(wordnet().bases("glass", PartOfSpeech::noun), ElementsAre("glass"));
    EXPECT_THAT(wordnet().bases("ice cream", PartOfSpeech::noun), ElementsAre("ice cream"));
    EXPECT_TRUE(wordnet().bases("quickly", PartOfSpeech::noun).empty());
}

TEST(Dictionary, APluralNounIsAnInflectedNounNotALemmaEndingInS) {
    EXPECT_TRUE(wordnet().plural_noun("fouls"));
    EXPECT_TRUE(wordnet().plural_noun("children"));
    EXPECT_FALSE(wordnet().plural_noun("news"));
    EXPECT_FALSE(wordnet().plural_noun("series"));
    EXPECT_FALSE(wordnet().plural_noun("proves"));
    EXPECT_FALSE(wordnet().plural_noun("foul"));
}

TEST(Dictionary, AMissingFileIsNamed) {
    const auto dir = small_database("");
    std::filesystem::remove(dir / "verb.exc");
    try {
        Dictionary d(dir);
        ADD_FAILURE() << "no error for a missing verb.exc";
    } catch (const std::runtime_error& e) {
        EXPECT_THAT(e.what(), HasSubstr("verb.exc"));
        EXPECT_THAT(e.what(), HasSubstr("wordnet-base"));
    }
    std::filesystem::remove_all(dir);
}

TEST(Dictionary, AMalformedLineIsNamedWithItsFileAndLine) {
    const auto dir = small_database("goose n 1 1 @ 1 0 01855672\nnofields\n");
    try {
        Dictionary d(dir);
        ADD_FAILURE() << "no error for a line with no fields";
    } catch (const std::runtime_error& e) {
        EXPECT_THAT(e.what(), HasSubstr("index.noun:3"));
    }
    std::filesystem::remove_all(dir);
}

TEST(Dictionary, ASmallDatabaseReadsLikeTheWholeOne) {
    const auto dir = small_database("goose n 1 1 @ 1 0 01855672\n");
    const Dictionary d(dir);
    EXPECT_EQ(d.size(), 1u);
    EXPECT_TRUE(d.plural_noun("geese"));
    EXPECT_TRUE(d.parts("gooses").has(PartOfSpeech::noun));
    std::filesystem::remove_all(dir);
}
