// collect_inputs: arguments become files, with paths exactly as reached from the argument.
#include "host/inputs.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace fs = std::filesystem;
using parallax::host::collect_inputs;

namespace {
struct Tree {
    fs::path root = fs::temp_directory_path() / ("parallax-inputs-" + std::to_string(::getpid()));
    Tree() {
        fs::create_directories(root / "b" / "c");
        for (const char* f : {"z.txt", "a.txt", "b/c/d.txt", "b/a.txt"})
            std::ofstream(root / f) << "x\n";
    }
    ~Tree() { fs::remove_all(root); }
};
} // namespace

TEST(Inputs, AFolderIsEveryFileBelowItInSortedPathOrder) {
    Tree tree;
    const auto list = collect_inputs({tree.root.string()});
    std::vector<std::string> paths;
    for (const auto& f : list.files)
        paths.push_back(f.path);
    const std::string r = tree.root.string();
    EXPECT_EQ(paths,
              (std::vector<std::string>{r + "/a.txt", r + "/b/a.txt", r + "/b/c/d.txt", r + "/z.txt"}));
}

TEST(Inputs, AFolderArgumentWithATrailingSlashGetsNoDoubleSlash) {
    Tree tree;
    const auto list = collect_inputs({tree.root.string() + "/"});
    ASSERT_FALSE(list.files.empty());
    EXPECT_EQ(list.files.front().path, tree.root.string() + "/a.txt");
}

TEST(Inputs, AFileIsItselfAndDashIsStandardInput) {
    Tree tree;
    const auto list = collect_inputs({(tree.root / "z.txt").string(), "-"});
    ASSERT_EQ(list.files.size(), 2u);
    EXPECT_EQ(list.files[0].path, (tree.root / "z.txt").string());
    EXPECT_TRUE(list.files[1].is_stdin);
    EXPECT_EQ(list.files[1].path, "-");
}

TEST(Inputs, AMissingPathIsReportedNotDropped) {
    const auto list = collect_inputs({"/no/such/path/anywhere"});
    EXPECT_TRUE(list.files.empty());
    EXPECT_EQ(list.missing, std::vector<std::string>{"/no/such/path/anywhere"});
}

TEST(Inputs, ATooLargeFileIsRefusedWithTheReason) {
    Tree tree;
    std::string error;
    const auto bytes = parallax::host::read_input({(tree.root / "a.txt").string(), false}, 1, error);
    EXPECT_FALSE(bytes.has_value());
    EXPECT_NE(error.find("larger than the limit"), std::string::npos);
}
