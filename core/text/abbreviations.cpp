#include "text/abbreviations.hpp"

#include <fstream>
#include <sstream>
#include <stdexcept>

namespace parallax::text {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

/// The next white-space separated word of `line` from `at`, or "" at the end.
std::string_view next_word(std::string_view line, std::size_t& at) {
    while (at < line.size() && is_space(line[at]))
        ++at;
    const std::size_t start = at;
    while (at < line.size() && !is_space(line[at]))
        ++at;
    return line.substr(start, at - start);
}

enum class Section { none, title, number, other, starters };

Section section_named(std::string_view name) {
    if (name == "[title]") return Section::title;
    if (name == "[number]") return Section::number;
    if (name == "[other]") return Section::other;
    if (name == "[starters]") return Section::starters;
    throw std::runtime_error("abbreviations: unknown section " + std::string(name));
}

} // namespace

Abbreviations Abbreviations::parse(std::string_view text) {
    Abbreviations result;
    Section section = Section::none;
    std::size_t line_start = 0;
    while (line_start < text.size()) {
        std::size_t line_end = text.find('\n', line_start);
        if (line_end == std::string_view::npos) line_end = text.size();
        std::string_view line = text.substr(line_start, line_end - line_start);
        line_start = line_end + 1;
        if (const auto hash = line.find('#'); hash != std::string_view::npos) line = line.substr(0, hash);
        std::size_t at = 0;
        for (auto word = next_word(line, at); !word.empty(); word = next_word(line, at)) {
            if (word.front() == '[') {
                section = section_named(word);
            } else if (section == Section::starters) {
                result.starters_.emplace(word);
            } else if (section != Section::none) {
                const auto kind = section == Section::title    ? AbbreviationClass::title
                                  : section == Section::number ? AbbreviationClass::number
                                                               : AbbreviationClass::other;
                result.entries_[std::string(word)] = kind;
                result.longest_ = std::max(result.longest_, word.size());
            }
        }
    }
    return result;
}

Abbreviations Abbreviations::load(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw std::runtime_error("abbreviations: cannot read " + file.string());
    std::ostringstream text;
    text << in.rdbuf();
    return parse(text.str());
}

AbbreviationClass Abbreviations::find(std::string_view word_with_period) const {
    if (word_with_period.size() > longest_) return AbbreviationClass::none;
    const auto it = entries_.find(word_with_period);
    return it == entries_.end() ? AbbreviationClass::none : it->second;
}

bool Abbreviations::starts_sentence(std::string_view word) const { return starters_.contains(word); }

} // namespace parallax::text
