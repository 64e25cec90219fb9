#include "text/dictionary.hpp"

#include <algorithm>
#include <array>
#include <fstream>
#include <map>
#include <mutex>
#include <stdexcept>

namespace parallax::text {
namespace {

struct FileSet {
    PartOfSpeech part;
    const char* index;
    const char* exceptions;
};

constexpr std::array<FileSet, 4> kFiles{{{PartOfSpeech::noun, "index.noun", "noun.exc"},
                                         {PartOfSpeech::verb, "index.verb", "verb.exc"},
                                         {PartOfSpeech::adjective, "index.adj", "adj.exc"},
                                         {PartOfSpeech::adverb, "index.adv", "adv.exc"}}};

std::size_t slot(PartOfSpeech p) {
    switch (p) {
    case PartOfSpeech::noun: return 0;
    case PartOfSpeech::verb: return 1;
    case PartOfSpeech::adjective: return 2;
    case PartOfSpeech::adverb: return 3;
    }
    return 0;
}

// WordNet writes the spaces of multi-word lemmas as underscores.
std::string spaced(std::string s) {
    std::replace(s.begin(), s.end(), '_', ' ');
    return s;
}

std::ifstream open(const std::filesystem::path& file) {
    std::ifstream in(file);
    if (!in)
        throw std::runtime_error(file.string() +
                                 ": cannot read the WordNet database (Debian package wordnet-base)");
    return in;
}

[[noreturn]] void malformed(const std::filesystem::path& file, std::size_t line, const char* why) {
    throw std::runtime_error(file.string() + ":" + std::to_string(line) + ": " + why);
}

// The inflections morphy takes off, per part of speech (ending, replacement), in WordNet's order.
struct Detach {
    std::string_view ending;
    std::string_view replacement;
};
constexpr Detach kNoun[] = {{"s", ""},      {"ses", "s"},   {"xes", "x"},   {"zes", "z"},
                            {"ches", "ch"}, {"shes", "sh"}, {"men", "man"}, {"ies", "y"}};
constexpr Detach kVerb[] = {{"s", ""},   {"ies", "y"}, {"es", "e"},  {"es", ""},
                            {"ed", "e"}, {"ed", ""},   {"ing", "e"}, {"ing", ""}};
constexpr Detach kAdjective[] = {{"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"}};

std::pair<const Detach*, std::size_t> detachments(PartOfSpeech p) {
    switch (p) {
    case PartOfSpeech::noun: return {kNoun, std::size(kNoun)};
    case PartOfSpeech::verb: return {kVerb, std::size(kVerb)};
    case PartOfSpeech::adjective: return {kAdjective, std::size(kAdjective)};
    case PartOfSpeech::adverb: break;
    }
    return {nullptr, 0};
}

} // namespace

Dictionary::Dictionary(const std::filesystem::path& folder) {
    for (const FileSet& set : kFiles) {
        const auto index = folder / set.index;
        auto in = open(index);
        std::string line;
        for (std::size_t n = 1; std::getline(in, line); ++n) {
            if (line.empty() || line[0] == ' ') continue; // the licence at the top
            const auto space = line.find(' ');
            if (space == std::string::npos || space == 0)
                malformed(index, n, "expected a lemma and its fields");
            lemmas_[spaced(line.substr(0, space))] |= static_cast<std::uint8_t>(set.part);
        }
        const auto exceptions = folder / set.exceptions;
        auto exc = open(exceptions);
        auto& table = exceptions_[slot(set.part)];
        for (std::size_t n = 1; std::getline(exc, line); ++n) {
            if (line.empty()) continue;
            const auto space = line.find(' ');
            if (space == std::string::npos) malformed(exceptions, n, "expected a form and its base");
            auto& bases = table[spaced(line.substr(0, space))];
            for (std::size_t from = space + 1; from < line.size();) {
                const auto end = std::min(line.find(' ', from), line.size());
                if (end > from) bases.push_back(spaced(line.substr(from, end - from)));
                from = end + 1;
            }
        }
    }
    if (lemmas_.empty())
        throw std::runtime_error(folder.string() + ": the WordNet index files hold no lemma");
}

std::vector<std::string> Dictionary::bases(std::string_view form, PartOfSpeech p) const {
    std::vector<std::string> out;
    auto add = [&](std::string base) {
        const auto it = lemmas_.find(base);
        if (it == lemmas_.end() || !Parts(it->second).has(p)) return;
        if (std::find(out.begin(), out.end(), base) == out.end()) out.push_back(std::move(base));
    };
    add(std::string(form));
    const auto& table = exceptions_[slot(p)];
    if (const auto it = table.find(std::string(form)); it != table.end())
        for (const auto& base : it->second)
            add(base);
    const auto [rules, count] = detachments(p);
    for (std::size_t i = 0; i < count; ++i) {
        const Detach& d = rules[i];
        if (form.size() <= d.ending.size() || form.substr(form.size() - d.ending.size()) != d.ending)
            continue;
        // "glass" is no plural of "glas": morphy never takes the s off a double s
        if (p == PartOfSpeech::noun && d.ending == "s" && form.size() >= 2 && form[form.size() - 2] == 's')
            continue;
        std::string base(form.substr(0, form.size() - d.ending.size()));
        base += d.replacement;
        add(std::move(base));
    }
    return out;
}

Parts Dictionary::parts(std::string_view form) const {
    Parts out;
    for (const FileSet& set : kFiles)
        if (!bases(form, set.part).empty()) out = out | set.part;
    return out;
}

std::filesystem::path Dictionary::default_folder() { return PARALLAX_WORDNET_DIR; }

std::shared_ptr<const Dictionary> Dictionary::shared(const std::filesystem::path& folder) {
    static std::mutex mutex;
    static std::map<std::filesystem::path, std::shared_ptr<const Dictionary>> read;
    const std::lock_guard lock(mutex);
    auto& slot = read[folder.lexically_normal()];
    if (!slot) slot = std::make_shared<const Dictionary>(folder);
    return slot;
}

bool Dictionary::plural_noun(std::string_view form) const {
    const auto found = bases(form, PartOfSpeech::noun);
    if (found.empty() || found.front() == form) return false;
    return true;
}

} // namespace parallax::text
