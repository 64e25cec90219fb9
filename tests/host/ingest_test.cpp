// ingest: every file is read by the plugin that claims it and accounted for.
#include "host/ingest.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace fs = std::filesystem;
using namespace parallax;

namespace {

struct Folder {
    fs::path root = fs::temp_directory_path() / ("parallax-ingest-" + std::to_string(::getpid()));
    Folder() { fs::create_directories(root); }
    ~Folder() { fs::remove_all(root); }
    void write(const std::string& name, const std::string& bytes) const {
        std::ofstream(root / name, std::ios::binary) << bytes;
    }
};

struct Ingested {
    host::PluginHost plugins;
    Corpus corpus;
    Ingested(const Folder& folder, std::initializer_list<const char*> fixtures,
             const std::string& forced = "") {
        plugins.load_folder(PARALLAX_PLUGIN_DIR, true);
        for (const char* f : fixtures)
            plugins.load_folder(fs::path(PARALLAX_FIXTURE_PLUGIN_DIR) / f);
        host::IngestOptions options;
        options.forced_plugin = forced;
        corpus = host::ingest(host::collect_inputs({folder.root.string()}).files, plugins,
                              host::InProcessRunner{}, options);
    }
};

} // namespace

TEST(Ingest, AFileNoPluginClaimsIsSkippedAndCounted) {
    Folder folder;
    folder.write("a.txt", "Headline\nBody.\n");
    folder.write("README.md", "# Notes\n");
    Ingested run(folder, {});
    EXPECT_EQ(run.corpus.inputs.files, 2u);
    EXPECT_EQ(run.corpus.inputs.skipped, 1u);
    ASSERT_EQ(run.corpus.skipped.size(), 1u);
    EXPECT_EQ(run.corpus.skipped[0].path, (folder.root / "README.md").string());
    EXPECT_EQ(run.corpus.skipped[0].reason, "no plugin claims it");
    EXPECT_EQ(run.corpus.inputs.used, 1u);
}

TEST(Ingest, APluginThatThrowsFromParseRejectsOnlyItsInput) {
    Folder folder;
    folder.write("a.txt", "Headline\nBody.\n");
    folder.write("b.boom", "anything");
    folder.write("c.txt", "Another headline\nMore body.\n");
    Ingested run(folder, {"throws_in_parse"});
    ASSERT_EQ(run.corpus.rejected.size(), 1u);
    const Finding& r = run.corpus.rejected[0];
    EXPECT_EQ(r.path, (folder.root / "b.boom").string());
    EXPECT_EQ(r.plugin, "boom");
    EXPECT_FALSE(r.index.has_value());
    EXPECT_NE(r.reason.find("simulated parser bug"), std::string::npos) << r.reason;
    EXPECT_EQ(run.corpus.articles.size(), 2u);
    EXPECT_EQ(run.corpus.inputs.rejected, 1u);
}

TEST(Ingest, APluginThatThrowsFromSniffMakesNoClaimAndLeavesANote) {
    Folder folder;
    folder.write("a.txt", "Headline\nBody.\n");
    Ingested run(folder, {"throws_in_sniff"});
    EXPECT_EQ(run.corpus.articles.size(), 1u);
    ASSERT_EQ(run.corpus.notes.size(), 1u);
    EXPECT_EQ(run.corpus.notes[0].plugin, "bad-sniff");
    EXPECT_EQ(run.corpus.notes[0].kind, DiagnosticKind::warning);
    EXPECT_NE(run.corpus.notes[0].reason.find("sniff exploded"), std::string::npos);
}

TEST(Ingest, TheHighestSniffWins) {
    Folder folder;
    folder.write("a.echo", "echoed body");
    Ingested run(folder, {"good"});
    ASSERT_EQ(run.corpus.articles.size(), 1u);
    EXPECT_EQ(run.corpus.articles[0].origin.plugin, "echo");
}

TEST(Ingest, AForcedPluginReadsEveryInput) {
    Folder folder;
    folder.write("a.echo", "Headline\nBody.\n");
    folder.write("b.unknown", "Headline\nBody.\n");
    Ingested run(folder, {"good"}, "text");
    ASSERT_EQ(run.corpus.articles.size(), 2u);
    for (const auto& a : run.corpus.articles)
        EXPECT_EQ(a.origin.plugin, "text");
    EXPECT_TRUE(run.corpus.skipped.empty());
}

TEST(Ingest, RepeatedIdsGetANumberInInputOrder) {
    Folder folder;
    folder.write("a.txt", "Same headline\nSame body.\n");
    folder.write("b.txt", "Same headline\nSame body.\n");
    folder.write("c.txt", "Same headline\nSame body.\n");
    Ingested run(folder, {});
    ASSERT_EQ(run.corpus.articles.size(), 3u);
    const std::string id = run.corpus.articles[0].id;
    EXPECT_EQ(run.corpus.articles[1].id, id + "#2");
    EXPECT_EQ(run.corpus.articles[2].id, id + "#3");
}

TEST(Ingest, ItemsAreUsedPlusRejectedPlusNonTextPlusKilled) {
    Folder folder;
    folder.write("a.txt", "Headline\nBody.\n");
    folder.write("b.txt", std::string("binary\0junk", 11));
    folder.write("c.txt", "Title only\n");
    Ingested run(folder, {});
    const auto& n = run.corpus.inputs;
    EXPECT_EQ(n.used, 1u);
    EXPECT_EQ(n.rejected, 2u);
    // the binary file is rejected whole (no item); the title-only file is a rejected item
    EXPECT_EQ(n.items, 2u);
    EXPECT_EQ(n.items, n.used + 1 + n.non_text + n.killed);
}

TEST(Ingest, ParagraphsAreNormalisedToNfc) {
    Folder folder;
    folder.write("a.txt", "Headline\nCafe\xCC\x81 society.\n"); // e + combining acute
    Ingested run(folder, {});
    ASSERT_EQ(run.corpus.articles.size(), 1u);
    EXPECT_EQ(run.corpus.articles[0].article.paragraphs[0], "Caf\xC3\xA9 society.");
}

TEST(Ingest, ContentIdsAreStableAndDependOnTheText) {
    Article a;
    a.outlet = "Outlet";
    a.title = "Title";
    a.paragraphs = {"One."};
    Article b = a;
    b.paragraphs = {"Two."};
    EXPECT_EQ(host::content_id(a), host::content_id(a));
    EXPECT_NE(host::content_id(a), host::content_id(b));
    EXPECT_EQ(host::content_id(a).rfind("px-", 0), 0u);
}
