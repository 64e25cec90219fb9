// Extract stage (quotes): the word lists that drive quote and speaker finding, read from
// configs/lexicons/quotes/ (see the README there). Everything is stored folded (lower case, one
// apostrophe) so that it can be matched against text::ParagraphText::norm().
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "text/dictionary.hpp"

namespace parallax::extract::quotes {

/// How a cue carries what was said (speech_verbs.txt, cue_phrases.txt).
enum class CueClass : unsigned char {
    clause, ///< said (that) CLAUSE
    tell,   ///< told ADDRESSEE (that) CLAUSE
    judge,  ///< called X Y, described X as Y
    accuse, ///< accused X of Y
    topic,  ///< thanked X: a quote only with quoted words or a judgement
    demand, ///< urged X to Y, vowed to Y, demanded that CLAUSE
    source, ///< according to X
    noun,   ///< expressed hope (that) CLAUSE
};

/// Lets string_views look up std::string keys without a copy.
struct ViewHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
using WordSet = std::unordered_set<std::string, ViewHash, std::equal_to<>>;
template <class T> using WordMap = std::unordered_map<std::string, T, ViewHash, std::equal_to<>>;

/// A multi-word entry, as folded words.
struct Phrase {
    std::vector<std::string> words;
    CueClass cue = CueClass::clause;
};

/// Multi-word entries looked up by their first word, longest first.
class PhraseTable {
public:
    void add(std::vector<std::string> words, CueClass cue = CueClass::clause);
    const std::vector<Phrase>* starting_with(std::string_view word) const;
    void for_each(const std::function<void(const Phrase&)>& f) const;
    bool empty() const { return by_first_.empty(); }

private:
    WordMap<std::vector<Phrase>> by_first_;
};

struct Place {
    std::string name;               ///< "Ukraine"
    std::vector<std::string> forms; ///< every folded form that names it or its people
};

/// What a folded word is in every list at once, looked up once per token (Lexicon::flags).
enum Flag : std::uint32_t {
    f_function = 1u << 0,         ///< function_words.txt (possessive stripped)
    f_adverbial = 1u << 1,        ///< adverbials.txt
    f_verb = 1u << 2,             ///< a one-word speech verb form
    f_aux = 1u << 3,              ///< auxiliaries.txt
    f_role = 1u << 4,             ///< a one-word role noun (possessive stripped)
    f_group = 1u << 5,            ///< groups.txt (possessive stripped)
    f_document = 1u << 6,         ///< documents.txt (possessive stripped)
    f_org = 1u << 7,              ///< org_words.txt (possessive stripped)
    f_particle = 1u << 8,         ///< name_particles.txt
    f_pronoun = 1u << 9,          ///< pronouns.txt
    f_role_start = 1u << 10,      ///< first word of a role phrase
    f_honorific_start = 1u << 11, ///< first word of an honorific
    f_place_start = 1u << 12,     ///< first word of a place form
    f_body_start = 1u << 13,      ///< first word of a body noun
    f_cue_start = 1u << 14,       ///< first word of a cue phrase
};

struct Lexicon {
    WordMap<CueClass> verbs;                         ///< one-word speech verb forms
    PhraseTable cue_phrases;                         ///< "according to", "pointed out", "expressed hope"
    PhraseTable roles;                               ///< "foreign minister", "spokesperson"
    WordMap<std::vector<std::string>> role_families; ///< "leader" → {"president", …}
    PhraseTable honorifics;                          ///< "mr", "prime minister"
    WordMap<std::string> pronouns;                   ///< "he" → "person"
    WordMap<char> genders;                           ///< "mrs", "father", "maria" → 'f' or 'm'
    WordSet groups;                                  ///< "analysts"
    PhraseTable bodies;                              ///< "ministry", "white house"
    WordSet documents;                               ///< "statement"
    std::vector<Place> places;
    PhraseTable place_forms;          ///< every form of every place; `cue` unused, index in place_index
    WordMap<std::size_t> place_index; ///< folded form joined by spaces → index into places
    WordSet particles;                ///< "bin", "van"
    WordSet function_words;
    WordSet auxiliaries;
    WordSet adverbials;
    WordSet org_words; ///< folded
    /// Parts of speech of words no list names ("ignores", "took"); set by QuoteFinder, never null there.
    std::shared_ptr<const text::Dictionary> dictionary;

    /// Reads every file of `folder` (configs/lexicons/quotes). Throws std::runtime_error naming the
    /// file and line of the first problem.
    static Lexicon load(const std::filesystem::path& folder);

    bool is_role_word(std::string_view w) const;
    /// Every Flag that applies to a folded word.
    std::uint32_t flags(std::string_view folded) const;

private:
    void index_flags();
    std::uint32_t flags_of(std::string_view w) const;
    /// Every listed word → its flags, in an open-addressing table probed with FNV-1a: a lookup per
    /// token is the stage's hottest operation, and most tokens are in no list.
    struct FlagSlot {
        std::string word;
        std::uint32_t flags = 0;
        bool used = false;
    };
    std::vector<FlagSlot> flag_table_;
    std::size_t flag_mask_ = 0;
};

/// Folds a lexicon entry or a token the way text::ParagraphText::norm does.
std::string fold(std::string_view word);

/// "russia's" → "russia"; "leaders'" → "leaders"; else the word.
std::string_view strip_possessive(std::string_view folded);

} // namespace parallax::extract::quotes
