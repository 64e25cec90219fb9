// Configuration: one meaning in INI, JSON and XML; every mistake named by file, key and line.
#include "host/config.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace fs = std::filesystem;
using parallax::host::Config;
using parallax::host::ConfigError;
using parallax::host::read_config;

namespace {

const fs::path data = fs::path(PARALLAX_SOURCE_DIR) / "tests" / "host" / "data";

Config read(const fs::path& file) {
    Config c;
    read_config(file, c);
    return c;
}

struct TempFile {
    fs::path path;
    TempFile(const std::string& name, const std::string& text)
        : path(fs::temp_directory_path() / ("parallax-config-" + std::to_string(::getpid()) + "-" + name)) {
        std::ofstream(path) << text;
    }
    ~TempFile() { fs::remove(path); }
};

/// The error a configuration text raises.
ConfigError error_of(const std::string& name, const std::string& text) {
    TempFile file(name, text);
    try {
        read(file.path);
    } catch (const ConfigError& e) {
        return e;
    }
    ADD_FAILURE() << "no error for " << name;
    return ConfigError(file.path, "", std::nullopt, "");
}

bool same(const Config& a, const Config& b) {
    if (a.sources.size() != b.sources.size()) return false;
    for (std::size_t i = 0; i < a.sources.size(); ++i) {
        const auto &x = a.sources[i], &y = b.sources[i];
        if (x.name != y.name || x.path != y.path || x.outlet != y.outlet || x.plugin != y.plugin ||
            x.options != y.options)
            return false;
    }
    return a.plugin_folders == b.plugin_folders && a.plugin_options == b.plugin_options &&
           a.lexicons == b.lexicons && a.wordnet == b.wordnet && a.max_input_bytes == b.max_input_bytes &&
           a.report_format == b.report_format && a.report_title == b.report_title;
}

} // namespace

TEST(Config, MeansTheSameInIniJsonAndXml) {
    const Config ini = read(data / "full.ini");
    EXPECT_TRUE(same(ini, read(data / "full.json")));
    EXPECT_TRUE(same(ini, read(data / "full.xml")));
}

TEST(Config, ReadsEveryKindOfSetting) {
    const Config c = read(data / "full.ini");
    EXPECT_EQ(c.plugin_folders, (std::vector<fs::path>{data / "plugins-a", "/opt/parallax/plugins"}));
    EXPECT_EQ(c.plugin_options.at("feed").at("outlet"), "Example Wire");
    ASSERT_EQ(c.sources.size(), 2u);
    EXPECT_EQ(c.sources[0].name, "reuters");
    EXPECT_EQ(c.sources[0].path, data / "feeds/reuters");
    EXPECT_EQ(c.sources[0].outlet, "Reuters");
    EXPECT_EQ(c.sources[0].plugin, "feed");
    EXPECT_EQ(c.sources[0].options.at("max_items"), "500");
    EXPECT_EQ(c.sources[1].path, "/srv/desk");
    EXPECT_FALSE(c.sources[1].outlet.has_value());
    EXPECT_EQ(c.lexicons, data / "my-lexicons");
    EXPECT_EQ(c.wordnet, data / "my-wordnet");
    EXPECT_EQ(c.max_input_bytes, 1048576u);
    EXPECT_EQ(c.report_format, "html");
    EXPECT_EQ(c.report_title, "Riyadh talks");
}

TEST(Config, ResolvesRelativePathsAgainstTheFilesFolder) {
    const Config c = read(data / "full.json");
    EXPECT_EQ(c.sources[0].path, data / "feeds" / "reuters");
}

TEST(Config, AddsFoldersAndSourcesAndOverridesSingleValuesWhenMerged) {
    Config c = read(data / "full.ini");
    TempFile more("more.ini", "plugin_folders = extra\n[report]\nformat = md\n[source.extra]\npath = x\n");
    read_config(more.path, c);
    EXPECT_EQ(c.plugin_folders.size(), 3u);
    EXPECT_EQ(c.sources.size(), 3u);
    EXPECT_EQ(c.report_format, "md");
    EXPECT_EQ(c.report_title, "Riyadh talks");
}

TEST(ConfigErrors, NameTheUnknownKeyAndTheFile) {
    const auto e = error_of("unknown.json", R"({"report": {"colour": "blue"}})");
    EXPECT_EQ(e.key(), "report.colour");
    EXPECT_NE(std::string(e.what()).find("unknown.json"), std::string::npos);
    EXPECT_NE(std::string(e.what()).find("report.colour"), std::string::npos);
}

TEST(ConfigErrors, NameTheKeyOfABadValue) {
    EXPECT_EQ(error_of("bad.ini", "[analysis]\nmax_input_bytes = lots\n").key(), "analysis.max_input_bytes");
    EXPECT_EQ(error_of("neg.ini", "[analysis]\nmax_input_bytes = -5\n").key(), "analysis.max_input_bytes");
    EXPECT_EQ(error_of("fmt.xml", "<parallax><report format=\"pdf\"/></parallax>").key(), "report.format");
    EXPECT_EQ(error_of("name.ini", "[plugin.Bad Name]\nx = 1\n").key(), "plugin.Bad Name");
}

TEST(ConfigErrors, RequireAPathForEverySource) {
    EXPECT_EQ(error_of("nopath.ini", "[source.a]\noutlet = A\n").key(), "source.a.path");
}

TEST(ConfigErrors, GiveTheLineOfASyntaxError) {
    EXPECT_EQ(error_of("syntax.json", "{\n  \"report\": {\n    \"format\": \"md\",\n  }\n}\n").line(), 4u);
    EXPECT_EQ(error_of("syntax.ini", "[report]\nformat = md\n[analysis\n").line(), 3u);
    EXPECT_EQ(error_of("syntax.xml", "<parallax>\n<report>\n</parallax>\n").line().has_value(), true);
}

TEST(ConfigErrors, RefuseAnUnknownSyntaxAndAMissingFile) {
    EXPECT_NE(std::string(error_of("conf.yaml", "a: b\n").what()).find("unknown configuration syntax"),
              std::string::npos);
    Config c;
    EXPECT_THROW(read_config("/no/such/config.ini", c), ConfigError);
}

TEST(ConfigErrors, LeaveTheConfigurationAsItWas) {
    Config c = read(data / "full.ini");
    TempFile bad("half.ini", "plugin_folders = more\n[report]\nformat = pdf\n");
    EXPECT_THROW(read_config(bad.path, c), ConfigError);
    EXPECT_EQ(c.plugin_folders.size(), 2u);
}

TEST(ConfigDefaults, TheShippedDefaultsAreValid) {
    const Config c = read(fs::path(PARALLAX_SOURCE_DIR) / "configs" / "parallax.ini");
    EXPECT_EQ(c.report_format, "text");
    EXPECT_EQ(c.max_input_bytes, std::size_t{1} << 30);
}
