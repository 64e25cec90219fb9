// PluginHost: how plugins are found, checked and refused. Each fixture plugin lives alone in
// <build>/tests/fixture-plugins/<case>/.
#include "host/plugin_host.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace fs = std::filesystem;
using parallax::host::PluginHost;
using parallax::host::RejectKind;

namespace {

fs::path fixture(const std::string& name) { return fs::path(PARALLAX_FIXTURE_PLUGIN_DIR) / name; }

/// Loads one fixture folder and returns the single rejection it must produce.
parallax::host::PluginRejection only_rejection(const std::string& name) {
    PluginHost host;
    host.load_folder(fixture(name));
    EXPECT_TRUE(host.plugins().empty()) << name;
    EXPECT_EQ(host.rejected().size(), 1u) << name;
    return host.rejected().empty() ? parallax::host::PluginRejection{} : host.rejected().front();
}

struct TempDir {
    fs::path path = fs::temp_directory_path() / ("parallax-host-" + std::to_string(::getpid()) + "-" +
                                                 std::to_string(reinterpret_cast<std::uintptr_t>(this)));
    TempDir() { fs::create_directories(path); }
    ~TempDir() { fs::remove_all(path); }
};

} // namespace

TEST(PluginHost, LoadsTheBuiltInPluginsWithTheirDeclaredMetadata) {
    PluginHost host;
    host.load_folder(PARALLAX_PLUGIN_DIR, true);
    auto text = host.find("text");
    ASSERT_NE(text, nullptr);
    EXPECT_EQ(text->info().abi, "1.0");
    EXPECT_TRUE(text->info().builtin);
    EXPECT_EQ(text->info().formats, std::vector<std::string>{"text"});
}

TEST(PluginHost, LoadsAWellFormedPlugin) {
    PluginHost host;
    host.load_folder(fixture("good"));
    ASSERT_EQ(host.plugins().size(), 1u);
    EXPECT_EQ(host.plugins().front()->info().name, "echo");
    EXPECT_EQ(host.plugins().front()->info().version, "0.1.0");
    EXPECT_FALSE(host.plugins().front()->info().builtin);
    EXPECT_TRUE(host.rejected().empty());
}

TEST(PluginHost, RefusesATextFileNamedLikeALibrary) {
    TempDir dir;
    std::ofstream(dir.path / "x.so") << "this is not a shared library\n";
    PluginHost host;
    host.load_folder(dir.path);
    ASSERT_EQ(host.rejected().size(), 1u);
    EXPECT_EQ(host.rejected()[0].kind, RejectKind::not_a_library);
    EXPECT_NE(host.rejected()[0].file.find("x.so"), std::string::npos);
    EXPECT_NE(host.rejected()[0].reason.find("not an ELF file"), std::string::npos);
}

TEST(PluginHost, RefusesAnEmptyFileNamedLikeALibrary) {
    TempDir dir;
    std::ofstream(dir.path / "empty.so");
    PluginHost host;
    host.load_folder(dir.path);
    ASSERT_EQ(host.rejected().size(), 1u);
    EXPECT_EQ(host.rejected()[0].kind, RejectKind::not_a_library);
}

TEST(PluginHost, RefusesALibraryWithoutTheEntryPoint) {
    const auto r = only_rejection("no_entry_point");
    EXPECT_EQ(r.kind, RejectKind::no_entry_point);
    EXPECT_NE(r.reason.find("parallax_plugin_create_v1"), std::string::npos);
}

TEST(PluginHost, RefusesAPluginBuiltForAnotherAbiMajorWithoutLoadingIt) {
    const auto r = only_rejection("other_abi_major");
    EXPECT_EQ(r.kind, RejectKind::abi_mismatch);
    EXPECT_NE(r.reason.find("ABI 2.x"), std::string::npos) << r.reason;
}

TEST(PluginHost, RefusesAPluginThatNeedsANewerMinorAbi) {
    const auto r = only_rejection("newer_abi_minor");
    EXPECT_EQ(r.kind, RejectKind::abi_mismatch);
    EXPECT_NE(r.reason.find("needs ABI 1.9"), std::string::npos) << r.reason;
    EXPECT_NE(r.reason.find("'newer'"), std::string::npos) << r.reason;
}

TEST(PluginHost, RefusesAPluginBuiltWithAnotherContainerLayout) {
    const auto r = only_rejection("toolchain_mismatch");
    EXPECT_EQ(r.kind, RejectKind::toolchain_mismatch);
    EXPECT_NE(r.reason.find("debug-1"), std::string::npos) << r.reason;
}

TEST(PluginHost, RefusesAPluginWhoseSymbolsCannotBeResolved) {
    const auto r = only_rejection("unresolved");
    EXPECT_EQ(r.kind, RejectKind::load_error);
    EXPECT_NE(r.reason.find("helper_that_does_not_exist"), std::string::npos) << r.reason;
}

TEST(PluginHost, RefusesAPluginWhoseFactoryThrows) {
    const auto r = only_rejection("throws_in_factory");
    EXPECT_EQ(r.kind, RejectKind::factory_error);
    EXPECT_NE(r.reason.find("cannot initialise"), std::string::npos) << r.reason;
}

TEST(PluginHost, KeepsTheFirstOfTwoPluginsWithOneName) {
    PluginHost host;
    host.load_folder(PARALLAX_PLUGIN_DIR, true);
    host.load_folder(fixture("duplicate"));
    const auto text = host.find("text");
    ASSERT_NE(text, nullptr);
    EXPECT_TRUE(text->info().builtin);
    ASSERT_EQ(host.rejected().size(), 1u);
    EXPECT_EQ(host.rejected()[0].kind, RejectKind::duplicate);
    EXPECT_NE(host.rejected()[0].reason.find("'text'"), std::string::npos);
}

TEST(PluginHost, GoesOnAfterEveryRefusal) {
    PluginHost host;
    for (const char* name : {"no_entry_point", "other_abi_major", "good", "throws_in_factory", "unresolved"})
        host.load_folder(fixture(name));
    ASSERT_EQ(host.plugins().size(), 1u);
    EXPECT_EQ(host.plugins()[0]->info().name, "echo");
    EXPECT_EQ(host.rejected().size(), 4u);
}

TEST(PluginHost, ReadsAFolderNamedTwiceOnce) {
    PluginHost host;
    host.load_folder(PARALLAX_PLUGIN_DIR, true);
    const auto builtins = host.plugins().size();
    host.load_folder(std::filesystem::path(PARALLAX_PLUGIN_DIR) / "." / "");
    EXPECT_EQ(host.plugins().size(), builtins);
    EXPECT_TRUE(host.rejected().empty());
}

TEST(PluginHost, IgnoresAMissingFolder) {
    PluginHost host;
    host.load_folder(fixture("no-such-folder"));
    EXPECT_TRUE(host.plugins().empty());
    EXPECT_TRUE(host.rejected().empty());
}

TEST(PluginHost, KnowsWhichNamesAreValid) {
    EXPECT_TRUE(parallax::host::valid_plugin_name("newsml-g2"));
    EXPECT_TRUE(parallax::host::valid_plugin_name("my_plugin2"));
    EXPECT_FALSE(parallax::host::valid_plugin_name("Feed"));
    EXPECT_FALSE(parallax::host::valid_plugin_name("a b"));
    EXPECT_FALSE(parallax::host::valid_plugin_name(""));
}
