#include "host/inputs.hpp"

#include <algorithm>
#include <fstream>
#include <iostream>
#include <iterator>
#include <system_error>

namespace parallax::host {
namespace fs = std::filesystem;

namespace {

std::string join(const std::string& argument, const fs::path& below) {
    std::string out = argument;
    if (!out.empty() && out.back() != '/') out.push_back('/');
    out.append(below.generic_string());
    return out;
}

void add_folder(const std::string& argument, InputList& list) {
    std::error_code ec;
    std::vector<fs::path> below;
    const fs::path root(argument);
    for (auto it = fs::recursive_directory_iterator(root, fs::directory_options::skip_permission_denied, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        std::error_code type_ec;
        if (it->is_regular_file(type_ec)) below.push_back(it->path().lexically_relative(root));
    }
    std::sort(below.begin(), below.end());
    for (const auto& path : below)
        list.files.push_back({join(argument, path), false});
}

} // namespace

InputList collect_inputs(const std::vector<std::string>& arguments) {
    InputList list;
    for (const auto& argument : arguments) {
        if (argument == "-") {
            list.files.push_back({"-", true});
            continue;
        }
        std::error_code ec;
        const auto status = fs::status(argument, ec);
        if (ec || !fs::exists(status))
            list.missing.push_back(argument);
        else if (fs::is_directory(status))
            add_folder(argument, list);
        else
            list.files.push_back({argument, false});
    }
    return list;
}

std::optional<std::string> read_input(const InputFile& file, std::size_t max_bytes, std::string& error) {
    std::string bytes;
    if (file.is_stdin) {
        bytes.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    } else {
        std::error_code ec;
        const auto size = fs::file_size(file.path, ec);
        if (!ec && size > max_bytes) {
            error = "file is " + std::to_string(size) + " bytes, larger than the limit of " +
                    std::to_string(max_bytes);
            return std::nullopt;
        }
        std::ifstream in(file.path, std::ios::binary);
        if (!in) {
            error = "cannot open the file for reading";
            return std::nullopt;
        }
        // One sized read: the file's size is known, and a character-by-character copy is slow.
        if (!ec) bytes.resize(static_cast<std::size_t>(size));
        in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        bytes.resize(static_cast<std::size_t>(in.gcount()));
        if (in.bad()) {
            error = "read error";
            return std::nullopt;
        }
        // A file that grew after we looked (or whose size the system does not report) is read to its end.
        bytes.append(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
    if (bytes.size() > max_bytes) {
        error = "input is larger than the limit of " + std::to_string(max_bytes) + " bytes";
        return std::nullopt;
    }
    return bytes;
}

} // namespace parallax::host
