// Host: turning command-line arguments into the list of input files.
#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace parallax::host {

/// One file to read. `path` is as reached from the argument, never made absolute.
struct InputFile {
    std::string path;
    bool is_stdin = false;
};

struct InputList {
    std::vector<InputFile> files;
    std::vector<std::string> missing; ///< arguments that name nothing
};

/// Expands each argument: "-" is standard input, a file is itself, a folder is every regular file
/// below it in sorted path order (the argument joined with the path below it).
InputList collect_inputs(const std::vector<std::string>& arguments);

/// Reads a whole file (or standard input). On failure returns nullopt and sets `error`; a file
/// larger than `max_bytes` is refused rather than read.
std::optional<std::string> read_input(const InputFile& file, std::size_t max_bytes, std::string& error);

} // namespace parallax::host
