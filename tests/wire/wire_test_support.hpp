// Helpers for the wire-format tests: reading corpus files and counting what a parse reported.
#pragma once

#include <parallax/source_plugin.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

namespace wire_test {

inline std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

/// One call of `parse` (a reader's parse or sniff) on `bytes`.
template <typename Parse>
auto run(Parse parse, const std::string& bytes, const std::string& path = "test.xml") {
    parallax::Input input{path, bytes, nullptr};
    return parse(input);
}

inline std::size_t count(const parallax::ParseResult& r, parallax::DiagnosticKind kind,
                         bool items_only = true) {
    return static_cast<std::size_t>(
        std::count_if(r.diagnostics.begin(), r.diagnostics.end(),
                      [&](const auto& d) { return d.kind == kind && (!items_only || d.index.has_value()); }));
}

/// The contract every parse keeps: items = articles + item errors + non-text + killed.
inline bool balanced(const parallax::ParseResult& r) {
    using K = parallax::DiagnosticKind;
    return r.items == r.articles.size() + count(r, K::error) + count(r, K::non_text) + count(r, K::killed);
}

/// The reason of the first diagnostic of `kind`, or "".
inline std::string reason(const parallax::ParseResult& r, parallax::DiagnosticKind kind) {
    for (const auto& d : r.diagnostics)
        if (d.kind == kind) return d.reason;
    return {};
}

/// An index.tsv from the shared corpora: one map of column → value per row.
inline std::vector<std::map<std::string, std::string>> read_tsv(const std::filesystem::path& path) {
    std::vector<std::map<std::string, std::string>> rows;
    std::istringstream in(read_file(path));
    std::string line;
    std::vector<std::string> header;
    auto split = [](const std::string& l) {
        std::vector<std::string> cells;
        std::string cell;
        std::istringstream ls(l);
        while (std::getline(ls, cell, '\t'))
            cells.push_back(cell);
        if (!l.empty() && l.back() == '\t') cells.emplace_back();
        return cells;
    };
    while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (header.empty()) {
            header = split(line);
            continue;
        }
        const auto cells = split(line);
        std::map<std::string, std::string> row;
        for (std::size_t i = 0; i < header.size(); ++i)
            row[header[i]] = i < cells.size() ? cells[i] : "";
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace wire_test
