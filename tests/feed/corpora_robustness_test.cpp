// Every file of every suite in ../shared/corpora read with the feed plugin forced on it (as
// `--plugin feed` would): no crash, hang or leak (run this under ASan), and every item accounted
// for the way the host checks it.
#include "feed.hpp"

#include <parallax/source_plugin.hpp>

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>

namespace parallax::feed {
namespace {

namespace fs = std::filesystem;

bool accounted(const ParseResult& r) {
    std::size_t n = r.articles.size();
    for (const auto& d : r.diagnostics)
        if ((d.kind == DiagnosticKind::error && d.index) || d.kind == DiagnosticKind::non_text ||
            d.kind == DiagnosticKind::killed)
            ++n;
    return n == r.items;
}

TEST(CorporaRobustness, EveryFileIsReadOrRejectedAndEveryItemAccountedFor) {
    const fs::path root = fs::path(PARALLAX_SHARED_DIR) / "corpora";
    ASSERT_TRUE(fs::is_directory(root)) << root;
    std::size_t files = 0, claimed = 0, articles = 0;
    for (const auto& entry : fs::recursive_directory_iterator(root)) {
        if (!entry.is_regular_file()) continue;
        std::ifstream in(entry.path(), std::ios::binary);
        const std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
        const std::string path = entry.path().string();
        const Input input{path, bytes, nullptr};
        const int confidence = sniff(input);
        EXPECT_TRUE(confidence >= 0 && confidence <= 100) << path;
        const ParseResult r = parse(input);
        EXPECT_TRUE(accounted(r)) << path;
        for (const auto& a : r.articles)
            EXPECT_LT(a.index, r.items) << path;
        ++files;
        claimed += confidence > 0;
        articles += r.articles.size();
    }
    std::cout << "corpora: " << files << " files, " << claimed << " claimed as feeds, " << articles
              << " articles\n";
    EXPECT_GT(files, 4000u);
}

} // namespace
} // namespace parallax::feed
