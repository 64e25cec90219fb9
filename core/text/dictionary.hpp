// Text layer: which parts of speech an English word form can be, and its base forms, from the
// WordNet database as Debian's `wordnet-base` installs it (/usr/share/wordnet).
//
// WordNet lists lemmas (index.noun, index.verb, index.adj, index.adv) and irregular forms
// (noun.exc "geese goose", verb.exc "fell fall"); regular forms are found the way WordNet's own
// morphy does, by taking off an inflection ("fouls" → foul, "proves" → prove) and keeping the bases
// that are lemmas. It knows words, not sentences: "fouls" can be a noun or a verb, and which one a
// sentence uses is for the caller's rules to decide.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace parallax::text {

/// A part of speech; `Parts` sets combine them ("record": noun | verb).
enum class PartOfSpeech : std::uint8_t { noun = 1, verb = 2, adjective = 4, adverb = 8 };

/// A set of parts of speech.
class Parts {
public:
    constexpr Parts() = default;
    constexpr explicit Parts(std::uint8_t bits) : bits_(bits) {}
    constexpr bool has(PartOfSpeech p) const { return (bits_ & static_cast<std::uint8_t>(p)) != 0; }
    /// True when `p` is the only part of speech in the set ("gunman": only a noun).
    constexpr bool only(PartOfSpeech p) const { return bits_ == static_cast<std::uint8_t>(p); }
    constexpr bool empty() const { return bits_ == 0; }
    constexpr std::uint8_t bits() const { return bits_; }
    constexpr Parts operator|(PartOfSpeech p) const { return Parts(bits_ | static_cast<std::uint8_t>(p)); }

private:
    std::uint8_t bits_ = 0;
};

class Dictionary {
public:
    /// Reads the WordNet database in `folder`. Throws std::runtime_error naming the file (and line) that
    /// is missing or malformed.
    explicit Dictionary(const std::filesystem::path& folder);

    /// The parts of speech `form` can have, as written or inflected; empty for a word WordNet does not
    /// know. `form` is lower case; multi-word lemmas are written with spaces ("ice cream").
    Parts parts(std::string_view form) const;
    /// The base forms of `form` as part of speech `p`, the form itself first when it is a lemma:
    /// ("geese", noun) → {"goose"}; ("fell", verb) → {"fell", "fall"}; ("news", noun) → {"news"}.
    std::vector<std::string> bases(std::string_view form, PartOfSpeech p) const;
    /// True when `form` is a noun's plural: a noun base that differs from the form ("fouls", "geese"),
    /// and the form is not itself a noun lemma of its own ("news", "series" and "species" are not).
    bool plural_noun(std::string_view form) const;
    /// How many lemmas were read, for reports and tests.
    std::size_t size() const { return lemmas_.size(); }

    /// The folder the build found WordNet in (CMake's PARALLAX_WORDNET_DIR, /usr/share/wordnet).
    static std::filesystem::path default_folder();
    /// One dictionary per folder for the whole process, read on first use: reading takes a tenth of
    /// a second, and every finder of every stage shares it. Thread-safe; throws like the constructor.
    static std::shared_ptr<const Dictionary> shared(const std::filesystem::path& folder);

private:
    std::unordered_map<std::string, std::uint8_t> lemmas_;                    ///< lemma → Parts bits
    std::unordered_map<std::string, std::vector<std::string>> exceptions_[4]; ///< per part of speech
};

} // namespace parallax::text
