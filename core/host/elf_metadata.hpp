// Host: reading a plugin's declared metadata from its file, without loading it.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>

namespace parallax::host {

/// What a file is, as far as its first bytes and section table tell.
struct ElfMetadata {
    bool is_shared_library = false; ///< an ELF shared object (ET_DYN)
    std::string problem;            ///< why it is not, when it is not
    /// The key/values of the `.parallax_plugin` section (abi, toolchain, name, version, formats);
    /// nullopt when the library has no such section.
    std::optional<std::map<std::string, std::string>> fields;
};

/// Reads the ELF header, the section table and the `.parallax_plugin` section of `file`. Never
/// throws; a damaged or foreign file is reported in `problem`.
ElfMetadata read_elf_metadata(const std::filesystem::path& file);

} // namespace parallax::host
