// The command line as scripts see it: output, exit statuses, paths. Runs the built `parallax`.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

struct Result {
    int status = -1;
    std::string out;
    json parsed() const { return json::parse(out); }
};

/// Runs a shell command line in `dir` and returns its exit status and standard output.
Result sh(const std::string& command, const fs::path& dir = PARALLAX_BUILD_DIR) {
    const std::string line = "cd '" + dir.string() + "' && " + command + " 2>/dev/null";
    Result r;
    FILE* pipe = popen(line.c_str(), "r");
    if (!pipe) return r;
    std::array<char, 4096> buffer{};
    std::size_t n = 0;
    while ((n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0)
        r.out.append(buffer.data(), n);
    const int raw = pclose(pipe);
    r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
    return r;
}

const std::string parallax = std::string(PARALLAX_BUILD_DIR) + "/parallax";
const fs::path fixtures = PARALLAX_FIXTURE_PLUGIN_DIR;

/// The shared folder as reached from the project root, e.g. "../shared".
std::string shared_from_source() {
    return fs::relative(PARALLAX_SHARED_DIR, PARALLAX_SOURCE_DIR).generic_string();
}

struct TempDir {
    fs::path path =
        fs::temp_directory_path() / ("parallax-cli-" + std::to_string(::getpid()) + "-" +
                                     ::testing::UnitTest::GetInstance()->current_test_info()->name());
    TempDir() { fs::create_directories(path); }
    ~TempDir() { fs::remove_all(path); }
    fs::path write(const std::string& name, const std::string& bytes) const {
        std::ofstream(path / name, std::ios::binary) << bytes;
        return path / name;
    }
};

} // namespace

TEST(CliExtract, ReadsTheSeedAsFortyEightParagraphsWithoutATitle) {
    const auto r = sh(parallax + " extract " + shared_from_source() + "/seeds/riyadh-talks-2025-02-18.txt",
                      PARALLAX_SOURCE_DIR);
    ASSERT_EQ(r.status, 0);
    const json a = r.parsed()["articles"][0];
    EXPECT_EQ(a["paragraphs"].size(), 48u);
    EXPECT_TRUE(a["title"].is_null());
    EXPECT_EQ(a["origin"]["plugin"], "text");
}

TEST(CliExtract, GivesEveryFileOfAFolderItsPathAsReachedFromTheArgument) {
    const std::string folder = shared_from_source() + "/eval/articles";
    const auto r = sh(parallax + " extract " + folder, PARALLAX_SOURCE_DIR);
    ASSERT_EQ(r.status, 0);
    const json out = r.parsed();
    ASSERT_EQ(out["articles"].size(), 11u);
    for (const auto& a : out["articles"]) {
        const std::string path = a["origin"]["path"];
        EXPECT_EQ(path.rfind(folder + "/", 0), 0u) << path;
        EXPECT_EQ(path.find('/', folder.size() + 1), std::string::npos) << path;
        EXPECT_EQ(a["origin"]["index"], 0);
    }
    EXPECT_EQ(out["inputs"]["files"], 11);
    EXPECT_EQ(out["inputs"]["used"], 11);
}

TEST(CliExtract, GivesEveryArticleAUniqueId) {
    TempDir dir;
    dir.write("a.txt", "Same\nSame body.\n");
    dir.write("b.txt", "Same\nSame body.\n");
    const json out = sh(parallax + " extract " + dir.path.string()).parsed();
    ASSERT_EQ(out["articles"].size(), 2u);
    EXPECT_NE(out["articles"][0]["id"], out["articles"][1]["id"]);
}

TEST(CliExtract, ReadsStandardInputAsDash) {
    const auto r = sh("printf 'Headline here\\nBody text.\\n' | " + parallax + " extract -");
    ASSERT_EQ(r.status, 0);
    const json a = r.parsed()["articles"][0];
    EXPECT_EQ(a["origin"]["path"], "-");
    EXPECT_EQ(a["origin"]["plugin"], "text");
    EXPECT_EQ(a["title"], "Headline here");
}

TEST(CliExtract, LeavesPeopleQuotesAndFiguresAsArraysAndMetaAsAnObject) {
    const json a = sh("printf 'Headline\\nBody.\\n' | " + parallax + " extract -").parsed()["articles"][0];
    EXPECT_TRUE(a["people"].is_array());
    EXPECT_TRUE(a["quotes"].is_array());
    EXPECT_TRUE(a["figures"].is_array());
    EXPECT_TRUE(a["meta"].is_object());
    EXPECT_TRUE(a["hints"].is_array());
}

TEST(CliExit, IsThreeWhenSomethingIsRejectedAndTheRestIsStillRead) {
    TempDir dir;
    dir.write("a.txt", "Headline\nBody.\n");
    dir.write("b.boom", "x");
    const auto r = sh(parallax + " extract --plugin-dir " + (fixtures / "throws_in_parse").string() + " " +
                      dir.path.string());
    EXPECT_EQ(r.status, 3);
    const json out = r.parsed();
    ASSERT_EQ(out["rejected"].size(), 1u);
    EXPECT_EQ(out["rejected"][0]["plugin"], "boom");
    EXPECT_NE(out["rejected"][0]["reason"].get<std::string>().find("simulated parser bug"),
              std::string::npos);
    EXPECT_EQ(out["articles"].size(), 1u);
}

TEST(CliExit, IsFourForAMissingPathButTheOutputIsStillWritten) {
    TempDir dir;
    dir.write("a.txt", "Headline\nBody.\n");
    const auto r = sh(parallax + " extract " + dir.path.string() + " /no/such/path");
    EXPECT_EQ(r.status, 4);
    EXPECT_EQ(r.parsed()["articles"].size(), 1u);
}

TEST(CliExit, IsFourWhenNoArticleIsEmitted) {
    TempDir dir;
    dir.write("README.md", "# Notes\n");
    const auto r = sh(parallax + " extract " + dir.path.string());
    EXPECT_EQ(r.status, 4);
    const json out = r.parsed();
    EXPECT_EQ(out["inputs"]["skipped"], 1);
    EXPECT_EQ(out["skipped"][0]["reason"], "no plugin claims it");
}

TEST(CliExit, IsTwoForAUsageError) {
    EXPECT_EQ(sh(parallax + " extract").status, 2);
    EXPECT_EQ(sh(parallax + " extract --format xml x.txt").status, 2);
    EXPECT_EQ(sh(parallax + " extract --plugin no-such-plugin x.txt").status, 2);
    EXPECT_EQ(sh(parallax + " frobnicate").status, 2);
}

TEST(CliHelp, ListsTheCommandsAndExitsZero) {
    const auto r = sh(parallax + " --help");
    EXPECT_EQ(r.status, 0);
    EXPECT_NE(r.out.find("plugins"), std::string::npos);
    EXPECT_NE(r.out.find("extract"), std::string::npos);
}

TEST(CliVersion, PrintsTheVersion) {
    const auto r = sh(parallax + " --version");
    EXPECT_EQ(r.status, 0);
    EXPECT_EQ(r.out.rfind("parallax ", 0), 0u) << r.out;
}

TEST(CliPlugins, ListsTheBuiltInPluginsAndTheRefusedFiles) {
    std::string dirs;
    for (const char* d : {"other_abi_major", "no_entry_point", "duplicate", "good"})
        dirs += " --plugin-dir " + (fixtures / d).string();
    const auto r = sh(parallax + " plugins --format json" + dirs);
    ASSERT_EQ(r.status, 0);
    const json out = r.parsed();
    EXPECT_EQ(out["schema"], "parallax.plugins/1");
    bool text_builtin = false, echo = false;
    for (const auto& p : out["plugins"]) {
        text_builtin |= p["name"] == "text" && p["builtin"] == true;
        echo |= p["name"] == "echo" && p["builtin"] == false;
    }
    EXPECT_TRUE(text_builtin);
    EXPECT_TRUE(echo);
    std::vector<std::string> kinds;
    for (const auto& rej : out["rejected"])
        kinds.push_back(rej["kind"]);
    EXPECT_EQ(kinds, (std::vector<std::string>{"abi_mismatch", "no_entry_point", "duplicate"}));
}

TEST(CliPlugins, ExitsFourWhenNoPluginLoads) {
    TempDir dir;
    fs::copy_file(parallax, dir.path / "parallax");
    const auto r = sh("./parallax plugins --format json", dir.path);
    EXPECT_EQ(r.status, 4);
    EXPECT_TRUE(r.parsed()["plugins"].empty());
}

TEST(CliConfig, ReadsTheConfiguredSourcesWithTheirOutletAndPlugin) {
    TempDir dir;
    fs::create_directories(dir.path / "desk");
    dir.write("desk/story.md", "Headline\nBody.\n");
    dir.write("config.ini", "[source.desk]\npath = desk\noutlet = The Desk\nplugin = text\n");
    const auto r = sh(parallax + " extract --config " + (dir.path / "config.ini").string());
    ASSERT_EQ(r.status, 0);
    const json a = r.parsed()["articles"][0];
    EXPECT_EQ(a["outlet"], "The Desk");
    EXPECT_EQ(a["origin"]["plugin"], "text");
}

TEST(CliConfig, ABadConfigurationExitsFour) {
    TempDir dir;
    dir.write("a.txt", "Headline\nBody.\n");
    dir.write("bad.json", "{\"report\": {\"colour\": \"blue\"}}");
    EXPECT_EQ(sh(parallax + " extract --config " + (dir.path / "bad.json").string() + " " + dir.path.string())
                  .status,
              4);
    EXPECT_EQ(sh(parallax + " extract --config /no/such.ini " + dir.path.string()).status, 4);
    EXPECT_EQ(sh(parallax + " plugins --config " + (dir.path / "bad.json").string()).status, 4);
}

TEST(CliConfig, AddsItsPluginFoldersToTheSearch) {
    TempDir dir;
    dir.write("config.json", "{\"plugin_folders\": [\"" + (fixtures / "good").string() + "\"]}");
    const json out =
        sh(parallax + " plugins --format json --config " + (dir.path / "config.json").string()).parsed();
    bool echo = false;
    for (const auto& p : out["plugins"])
        echo |= p["name"] == "echo";
    EXPECT_TRUE(echo);
}

TEST(CliIsolate, RejectsTheInputOfACrashingPluginAndReadsTheRest) {
    TempDir dir;
    dir.write("a.txt", "Headline\nBody.\n");
    dir.write("b.crash", "x");
    const auto r = sh(parallax + " extract --isolate --plugin-dir " +
                      (fixtures / "crashes_in_parse").string() + " " + dir.path.string());
    EXPECT_EQ(r.status, 3);
    const json out = r.parsed();
    ASSERT_EQ(out["rejected"].size(), 1u);
    EXPECT_EQ(out["rejected"][0]["plugin"], "crash");
    EXPECT_EQ(out["articles"].size(), 1u);
}

TEST(CliConfig, AWordNetFolderWithoutTheDatabaseIsABadConfigurationThatNamesTheFile) {
    TempDir dir;
    dir.write("a.txt", "Headline\nBody.\n");
    fs::create_directories(dir.path / "wordnet");
    dir.write("config.ini", "[analysis]\nwordnet = wordnet\n");
    const std::string command = parallax + " extract --config " + (dir.path / "config.ini").string() + " " +
                                (dir.path / "a.txt").string();
    const auto r = sh(command);
    EXPECT_EQ(r.status, 4);
    EXPECT_NO_THROW(r.parsed());
    const auto message = sh("( " + command + " 2>&1 >/dev/null )").out;
    EXPECT_NE(message.find("index.noun"), std::string::npos) << message;
    EXPECT_NE(message.find("wordnet-base"), std::string::npos) << message;
}

TEST(CliConfig, ABrokenLexiconFolderIsABadConfiguration) {
    TempDir dir;
    dir.write("a.txt", "Headline\nBody.\n");
    fs::create_directories(dir.path / "lexicons");
    dir.write("config.ini", "[analysis]\nlexicons = lexicons\n");
    const auto r = sh(parallax + " extract --config " + (dir.path / "config.ini").string() + " " +
                      (dir.path / "a.txt").string());
    EXPECT_EQ(r.status, 4);
    EXPECT_NO_THROW(r.parsed());
}
