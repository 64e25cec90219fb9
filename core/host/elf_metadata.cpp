#include "host/elf_metadata.hpp"

#include <elf.h>

#include <cstring>
#include <fstream>
#include <string_view>
#include <vector>

namespace parallax::host {
namespace {

constexpr std::string_view kSection = ".parallax_plugin";
constexpr std::string_view kMagic = "parallax-plugin";
constexpr std::uint64_t kMaxSectionSize = 1 << 16;

bool read_at(std::ifstream& in, std::uint64_t offset, void* out, std::size_t size) {
    in.clear();
    in.seekg(static_cast<std::streamoff>(offset));
    in.read(static_cast<char*>(out), static_cast<std::streamsize>(size));
    return static_cast<std::size_t>(in.gcount()) == size;
}

std::map<std::string, std::string> parse_fields(const std::vector<char>& bytes) {
    std::map<std::string, std::string> fields;
    std::string_view all(bytes.data(), bytes.size());
    bool first = true;
    while (!all.empty()) {
        const auto end = all.find('\0');
        const std::string_view entry = all.substr(0, end);
        all = end == std::string_view::npos ? std::string_view{} : all.substr(end + 1);
        if (first) {
            first = false;
            if (entry != kMagic) return {};
            continue;
        }
        if (const auto eq = entry.find('='); eq != std::string_view::npos)
            fields.emplace(entry.substr(0, eq), entry.substr(eq + 1));
    }
    return fields;
}

} // namespace

ElfMetadata read_elf_metadata(const std::filesystem::path& file) {
    ElfMetadata result;
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        result.problem = "cannot open the file";
        return result;
    }
    Elf64_Ehdr header{};
    if (!read_at(in, 0, &header, sizeof header) || std::memcmp(header.e_ident, ELFMAG, SELFMAG) != 0) {
        result.problem = "not an ELF file";
        return result;
    }
    if (header.e_ident[EI_CLASS] != ELFCLASS64 || header.e_ident[EI_DATA] != ELFDATA2LSB) {
        result.problem = "an ELF file for another architecture";
        return result;
    }
    if (header.e_type != ET_DYN) {
        result.problem = "an ELF file that is not a shared library";
        return result;
    }
    if (header.e_shentsize != sizeof(Elf64_Shdr) || header.e_shnum == 0 ||
        header.e_shstrndx >= header.e_shnum) {
        result.problem = "a shared library with a damaged section table";
        return result;
    }
    std::vector<Elf64_Shdr> sections(header.e_shnum);
    if (!read_at(in, header.e_shoff, sections.data(), sections.size() * sizeof(Elf64_Shdr))) {
        result.problem = "a truncated shared library";
        return result;
    }
    result.is_shared_library = true;

    const Elf64_Shdr& names = sections[header.e_shstrndx];
    if (names.sh_size > (1u << 24)) return result;
    std::vector<char> name_table(names.sh_size + 1, '\0');
    if (!read_at(in, names.sh_offset, name_table.data(), names.sh_size)) return result;
    for (const auto& section : sections) {
        if (section.sh_name >= names.sh_size) continue;
        if (std::string_view(name_table.data() + section.sh_name) != kSection) continue;
        if (section.sh_size == 0 || section.sh_size > kMaxSectionSize) return result;
        std::vector<char> bytes(section.sh_size);
        if (!read_at(in, section.sh_offset, bytes.data(), bytes.size())) return result;
        auto fields = parse_fields(bytes);
        if (!fields.empty()) result.fields = std::move(fields);
        return result;
    }
    return result;
}

} // namespace parallax::host
