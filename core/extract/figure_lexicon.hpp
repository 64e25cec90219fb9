// Figures: the word lists the figure finder reads from configs/lexicons/figures/ (see the README
// there for the file formats). Everything language-specific lives in those files, not in the code.
#pragma once

#include "extract/figure_tokens.hpp"

#include <parallax/figure.hpp>

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace parallax::extract::figures {

/// Phrases of one or more tokens. A phrase written in lower case matches any capitalisation; one
/// holding a capital matches only as written.
template <typename T> class PhraseTable {
public:
    void add(const std::string& surface, T value);

    struct Match {
        const T* value = nullptr;
        std::size_t length = 0; ///< tokens matched
    };
    /// The longest phrase that starts at token `i`.
    Match at(const std::vector<Token>& tokens, std::size_t i) const;
    /// The longest phrase that ends just before token `end`.
    Match before(const std::vector<Token>& tokens, std::size_t end) const;

private:
    Match lookup(const std::vector<Token>& tokens, std::size_t from, std::size_t length) const;
    std::unordered_map<std::string, T> exact_;
    std::unordered_map<std::string, T> folded_;
    std::size_t longest_ = 0;
};

enum class Where { any, glued };

struct Scale {
    double multiplier = 1;
    Where where = Where::any;
};

/// Where a currency stands: before the amount, after it, either; after it only when the amount has a
/// scale word ("5 million pounds"); glued after it ("164p"); or before an amount written like money
/// only ("PS6m", "R5 billion").
enum class CurrencyPlace { prefix, suffix, both, scaled, glued, guarded };

struct Currency {
    std::string code;
    double factor = 1;
    CurrencyPlace place = CurrencyPlace::prefix;
};

enum class UnitKind { quantity, percent, duration, count, age };

struct Unit {
    UnitKind kind = UnitKind::quantity;
    std::string unit;
    Where where = Where::any;
};

struct Lexicon {
    std::unordered_map<std::string, double> number_words;
    PhraseTable<Scale> scales;
    PhraseTable<Currency> currencies;
    PhraseTable<Unit> units;
    PhraseTable<Qualifier> qualifiers;
    PhraseTable<Qualifier> qualifiers_after;
    PhraseTable<bool> time_words;
    std::unordered_map<std::string, double> fractions;
    std::unordered_map<std::string, int> months;
    std::unordered_set<std::string> name_words;
    std::unordered_set<std::string> address_words;
    std::unordered_set<std::string> stop_words;
    std::unordered_map<std::string, std::string> plurals;         ///< irregular plural → singular
    std::unordered_set<std::string> past_tenses;                  ///< irregular past tenses ("fell", "lost")
    std::unordered_map<std::string, std::string> adjective_forms; ///< "smaller" → "small"
    std::unordered_set<std::string> per_words;
    std::unordered_set<std::string> change_words;
    std::unordered_set<std::string> length_words;
    std::unordered_map<std::string, std::string> local_dollars; ///< country domain → ISO code

    /// Reads every file; a missing or malformed file throws std::runtime_error naming file and line.
    static Lexicon load(const std::filesystem::path& folder);
};

} // namespace parallax::extract::figures
