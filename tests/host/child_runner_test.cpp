// ChildProcessRunner: a plugin that crashes, hangs or throws costs only the input it was reading.
#include "host/child_runner.hpp"
#include "host/ingest.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace fs = std::filesystem;
using namespace parallax;
using namespace std::chrono_literals;

namespace {

struct Folder {
    fs::path root = fs::temp_directory_path() / ("parallax-child-" + std::to_string(::getpid()));
    Folder() { fs::create_directories(root); }
    ~Folder() { fs::remove_all(root); }
    void write(const std::string& name, const std::string& bytes) const {
        std::ofstream(root / name) << bytes;
    }
};

Corpus ingest_isolated(const Folder& folder, host::PluginHost& plugins) {
    plugins.load_folder(PARALLAX_PLUGIN_DIR, true);
    for (const char* f : {"crashes_in_parse", "hangs_in_parse", "throws_in_parse"})
        plugins.load_folder(fs::path(PARALLAX_FIXTURE_PLUGIN_DIR) / f);
    return host::ingest(host::collect_inputs({folder.root.string()}).files, plugins,
                        host::ChildProcessRunner(2s), host::IngestOptions{});
}

const Finding* rejection_of(const Corpus& corpus, const std::string& plugin) {
    for (const auto& r : corpus.rejected)
        if (r.plugin == plugin) return &r;
    return nullptr;
}

} // namespace

TEST(ChildProcessRunner, ReturnsWhatThePluginReadUnchanged) {
    Folder folder;
    folder.write("a.txt",
                 "title: T\noutlet: O\npublished: 2025-02-18\ndesk: x\n---\nCaf\xC3\xA9 one.\n\nTwo.\n");
    host::PluginHost plugins;
    const Corpus corpus = ingest_isolated(folder, plugins);
    ASSERT_EQ(corpus.articles.size(), 1u);
    const Article& a = corpus.articles[0].article;
    EXPECT_EQ(a.title, "T");
    EXPECT_EQ(a.outlet, "O");
    EXPECT_EQ(a.published, "2025-02-18");
    EXPECT_FALSE(a.url.has_value());
    EXPECT_EQ(a.paragraphs, (std::vector<std::string>{"Caf\xC3\xA9 one.", "Two."}));
    EXPECT_EQ(a.meta.at("desk"), std::vector<std::string>{"x"});
    ASSERT_EQ(corpus.notes.size(), 1u);
    EXPECT_EQ(corpus.notes[0].line, 4u);
}

TEST(ChildProcessRunner, RejectsTheInputOfAPluginThatCrashes) {
    Folder folder;
    folder.write("a.crash", "x");
    folder.write("b.txt", "Headline\nBody.\n");
    host::PluginHost plugins;
    const Corpus corpus = ingest_isolated(folder, plugins);
    const Finding* r = rejection_of(corpus, "crash");
    ASSERT_NE(r, nullptr);
    EXPECT_NE(r->reason.find("crashed"), std::string::npos) << r->reason;
    EXPECT_EQ(corpus.articles.size(), 1u);
}

TEST(ChildProcessRunner, StopsAPluginThatHangs) {
    Folder folder;
    folder.write("a.hang", "x");
    host::PluginHost plugins;
    const auto start = std::chrono::steady_clock::now();
    const Corpus corpus = ingest_isolated(folder, plugins);
    EXPECT_LT(std::chrono::steady_clock::now() - start, 30s);
    const Finding* r = rejection_of(corpus, "hang");
    ASSERT_NE(r, nullptr);
    EXPECT_NE(r->reason.find("did not finish"), std::string::npos) << r->reason;
}

TEST(ChildProcessRunner, PassesOnTheMessageOfAPluginThatThrows) {
    Folder folder;
    folder.write("a.boom", "x");
    host::PluginHost plugins;
    const Corpus corpus = ingest_isolated(folder, plugins);
    const Finding* r = rejection_of(corpus, "boom");
    ASSERT_NE(r, nullptr);
    EXPECT_NE(r->reason.find("simulated parser bug"), std::string::npos) << r->reason;
}
