// Times the wire readers alone (no host, no text or extract stages): reads each file named on the
// command line, parses it with the plugin that sniffs highest, and prints items, articles and the
// CPU seconds spent parsing (CPU time, not wall time: the benchmark machine is shared).
// bench/wire/run reports it beside the full `parallax extract` run. PARALLAX_WIRE_STREAM_THRESHOLD
// sets the newsml-g2 option `stream-threshold` (0 reads every message item by item).
#include "newsml_g2.hpp"
#include "nitf.hpp"

#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

std::vector<std::filesystem::path> files_of(const char* argument) {
    std::vector<std::filesystem::path> files;
    if (std::filesystem::is_directory(argument)) {
        for (const auto& entry : std::filesystem::recursive_directory_iterator(argument))
            if (entry.is_regular_file()) files.push_back(entry.path());
    } else {
        files.emplace_back(argument);
    }
    return files;
}

} // namespace

int main(int argc, char** argv) {
    parallax::Options options;
    if (const char* threshold = std::getenv("PARALLAX_WIRE_STREAM_THRESHOLD"))
        options["stream-threshold"] = threshold;
    std::size_t items = 0;
    std::size_t articles = 0;
    double parsing = 0; // CPU seconds
    for (int i = 1; i < argc; ++i) {
        for (const auto& path : files_of(argv[i])) {
            const std::string bytes = read_file(path);
            const std::string name = path.string();
            const parallax::Input input{name, bytes, &options};
            const std::clock_t start = std::clock();
            const auto result = parallax::nitf::sniff(input) >= parallax::newsml_g2::sniff(input)
                                    ? parallax::nitf::parse(input)
                                    : parallax::newsml_g2::parse(input);
            parsing += static_cast<double>(std::clock() - start) / CLOCKS_PER_SEC;
            items += result.items;
            articles += result.articles.size();
        }
    }
    std::printf("items=%zu articles=%zu seconds=%.3f\n", items, articles, parsing);
    return items > 0 ? 0 : 1;
}
