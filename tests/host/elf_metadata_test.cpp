// Reading a plugin's declared metadata straight from its file.
#include "host/elf_metadata.hpp"

#include <gtest/gtest.h>

#include <filesystem>

using parallax::host::read_elf_metadata;

TEST(ElfMetadata, ReadsTheDeclaredFieldsOfAPlugin) {
    const auto m = read_elf_metadata(std::filesystem::path(PARALLAX_PLUGIN_DIR) / "text.so");
    ASSERT_TRUE(m.is_shared_library) << m.problem;
    ASSERT_TRUE(m.fields.has_value());
    EXPECT_EQ(m.fields->at("name"), "text");
    EXPECT_EQ(m.fields->at("abi"), "1.0");
    EXPECT_FALSE(m.fields->at("toolchain").empty());
}

TEST(ElfMetadata, FindsNoFieldsInALibraryThatDeclaresNone) {
    const auto m = read_elf_metadata(std::filesystem::path(PARALLAX_FIXTURE_PLUGIN_DIR) / "no_entry_point" /
                                     "no_entry_point.so");
    EXPECT_TRUE(m.is_shared_library);
    EXPECT_FALSE(m.fields.has_value());
}

TEST(ElfMetadata, SaysWhyAFileIsNotALibrary) {
    EXPECT_EQ(read_elf_metadata("/no/such/file.so").problem, "cannot open the file");
    EXPECT_EQ(read_elf_metadata(std::filesystem::path(PARALLAX_SOURCE_DIR) / "CMakeLists.txt").problem,
              "not an ELF file");
}
