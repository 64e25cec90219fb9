// Extract stage (quotes), internal: one article's worth of state while its quotes are found.
//
//   people_registry.cpp  names, titles, appositions → entities (persons, bodies, groups)
//   speaker_phrase.cpp   a noun phrase before or after a speech verb → speaker(s)
//   quote_engine.cpp     cues, content and attribution, sentence by sentence
//   interview.cpp        the answers of a question-and-answer interview
#pragma once

#include "extract/quote_lexicon.hpp"
#include "extract/quotes.hpp"
#include "text/analysis.hpp"

#include <parallax/article.hpp>
#include <parallax/person.hpp>
#include <parallax/quote.hpp>

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace parallax::extract::quotes {

inline bool in(std::string_view w, std::initializer_list<std::string_view> list) {
    return std::find(list.begin(), list.end(), w) != list.end();
}

/// The subject form of a personal pronoun or possessive ("him", "his" → "he"; "its" → "it"), else "".
inline std::string_view subject_form(std::string_view w) {
    if (w == "him" || w == "his") return "he";
    if (w == "her") return "she";
    if (w == "its") return "it";
    if (w == "them" || w == "their") return "they";
    return {};
}

/// A stretch of tokens [first, last) of one paragraph.
struct Range {
    std::uint32_t para = 0;
    std::uint32_t first = 0;
    std::uint32_t last = 0;
    bool empty() const { return first >= last; }
};

/// Helpers over one analysed paragraph.
struct Para {
    const text::ParagraphText* t = nullptr;
    std::uint32_t index = 0;
    std::size_t base = 0;                 ///< index of its first token among all the article's tokens
    const std::uint32_t* flags = nullptr; ///< Lexicon::flags of each token (0 for non-words)
    const int* outer_quote = nullptr;     ///< the outer quotation holding each token's words, or -1

    bool has(std::size_t i, std::uint32_t f) const { return i < size() && (flags[i] & f) != 0; }

    std::size_t size() const { return t->tokens.size(); }
    const text::Token& tok(std::size_t i) const { return t->tokens[i]; }
    std::string_view norm(std::size_t i) const { return t->norm(t->tokens[i]); }
    std::string_view str(std::size_t i) const { return t->str(t->tokens[i]); }
    bool is(std::size_t i, std::string_view w) const { return i < size() && norm(i) == w; }
    bool word(std::size_t i) const { return i < size() && tok(i).kind == text::TokenKind::word; }
    bool cap(std::size_t i) const { return word(i) && tok(i).capitalised; }
    bool punct(std::size_t i, char32_t c) const {
        return i < size() && tok(i).kind == text::TokenKind::punct && tok(i).first == c;
    }
    bool comma(std::size_t i) const { return punct(i, U','); }
    bool quote_mark(std::size_t i) const { return i < size() && tok(i).kind == text::TokenKind::quote; }
    /// The paragraph's text from token `first` to the end of token `last - 1`, as written.
    std::string_view text(std::size_t first, std::size_t last) const;
};

enum class EntityKind : unsigned char { person, body, group };

/// A person or body of the article.
struct Entity {
    EntityKind kind = EntityKind::person;
    std::string name;                    ///< fullest name
    std::vector<std::string> aliases;    ///< other surface forms, in order of appearance
    std::vector<std::string> roles;      ///< role phrases as written
    std::vector<std::string> role_heads; ///< folded role nouns found in the roles
    std::vector<std::size_t> nations;    ///< places (Lexicon::places) the roles tie them to
    std::string surname;                 ///< folded last word of the name
    std::string given;                   ///< folded first word when the name has several
    std::size_t mentions = 0;
    std::size_t quotes = 0; ///< quotes attributed to it
    std::string key;        ///< folded name of a body or group, to find it again
    char gender =
        0; ///< 'm' or 'f' from a courtesy title or a role ("Mrs", "her father"); '?' when they disagree
};

/// Where an entity is mentioned: for pronoun and role-noun resolution.
struct Mention {
    std::uint32_t para = 0;
    std::uint32_t token = 0;
    std::uint32_t sentence = 0; ///< article-wide sentence number
    int entity = -1;
    bool subject = false; ///< not after a preposition and not a possessive
    bool speaker = false; ///< the speaker of a quote
};

/// Who a found quote is attributed to, with how sure the resolution is.
struct Resolved {
    int entity = -1; ///< index into the registry, or -1 (then `name` stands alone)
    std::string name;
    double confidence = 0;
    std::string reason;
};

/// People and bodies of one article, and the history that pronouns and role nouns resolve against.
class Registry {
public:
    Registry(const Lexicon& lex, const std::vector<Para>& paras,
             const std::vector<std::uint32_t>& sentence_base);

    /// Pass 1: every personal name with its titles and appositions.
    void collect_names();

    /// The entity a (non-possessive) name run [first, last) denotes, creating it if needed.
    int person_for_name(const Para& p, std::size_t first, std::size_t last, bool create);
    /// A person known only by a name string (an NITF quote-source), found by surname or created.
    int person_named(std::string_view name);
    /// A person the source itself marked up (an NITF `person` hint) over tokens [first, last).
    void hinted_person(const Para& p, std::size_t first, std::size_t last);
    /// A body or group named by `name` (as written), created on first use.
    int body(std::string_view name, EntityKind kind);

    /// `by_gender`: "he" skips a person known to be a woman, "she" one known to be a man.
    Resolved resolve_pronoun(const Para& p, std::size_t token, std::string_view pronoun,
                             bool by_gender = true) const;
    Resolved resolve_role(const Para& p, std::size_t first, std::size_t last) const;
    /// The issuer of the document a noun such as "statement" refers to, or -1.
    int document_issuer(std::string_view noun) const;
    void set_document_issuer(std::string_view noun, int entity);

    void note_speaker(const Para& p, std::size_t token, int entity);
    /// Records `entity` as the subject of the sentence at `token` (for "they" and "it" after it).
    void note_subject(const Para& p, std::size_t token, int entity);
    void count_quote(int entity) {
        if (entity >= 0) ++entities_[entity].quotes;
    }
    void add_alias(int entity, std::string_view alias);
    void add_role(int entity, const Para& p, std::size_t first, std::size_t last);

    const std::vector<Entity>& entities() const { return entities_; }
    /// Every mention recorded so far, in article order once names are collected.
    const std::vector<Mention>& mentions() const { return mentions_; }
    const Lexicon& lex() const { return lex_; }
    std::uint32_t sentence_number(const Para& p, std::size_t token) const;

    /// Person records for the output: every person named, and every body or group that spoke.
    void emit(std::vector<Person>& people, std::vector<std::string>& ids) const;

    // Name-run analysis shared with the speaker finder.
    bool is_name_word(const Para& p, std::size_t i) const;
    bool is_place(const Para& p, std::size_t first, std::size_t last) const;
    std::optional<std::size_t> place_of(std::string_view folded) const;
    /// The end (exclusive) of a name run starting at `i`, or `i` when none starts there.
    std::size_t name_run_end(const Para& p, std::size_t i) const;
    /// True when token `i` is the lower-case half of a hyphenated given name ("Ji-hoon").
    bool given_name_part(const Para& p, std::size_t i) const;
    /// Splits a capitalised run into its title part and the personal name after it: returns the
    /// first token of the personal name (== last when there is none).
    std::size_t name_start_in_run(const Para& p, std::size_t first, std::size_t last) const;
    /// Whether w is an institution's noun of one word ("carmaker", "regulator", "council").
    bool single_word_body(std::string_view w) const;
    bool looks_like_person(const Para& p, std::size_t first, std::size_t last, bool titled) const;
    /// 'm' or 'f' when a title, a role or the given name tells; else 0 ('?' when they disagree).
    char gender_of(const Entity& x) const;
    /// The gender a pronoun cannot stand for: 'f' for "he", 'm' for "she", else 0.
    static char excluded_gender(std::string_view pronoun) {
        return pronoun == "he" ? 'f' : pronoun == "she" ? 'm' : 0;
    }

private:
    bool compute_name_word(const Para& p, std::size_t i) const;
    void collect_sentence(const Para& p, const text::Sentence& s);
    void note(const Para& p, std::size_t token, int entity, bool speaker);
    void record_mention(const Para& p, std::size_t first, std::size_t last, int entity);
    static void note_gender(Entity& x, char g);
    std::size_t role_prefix_start(const Para& p, std::size_t name_first, std::size_t floor) const;
    /// Registers a given name set off after a role ("Reeves' wife, Karen, said"); false when token i is none.
    bool given_name_after_role(const Para& p, const text::Sentence& s, std::size_t i);
    /// When ", Name" follows a role noun ("Reeves' wife, Karen"): the role phrase's first token; else name.
    std::size_t role_before_comma(const Para& p, std::size_t name, std::size_t floor) const;
    void appositions(const Para& p, const text::Sentence& s, std::size_t first, std::size_t last, int entity);
    int find_person(std::string_view surname, std::string_view given) const;
    bool role_matches(const Entity& e, const std::vector<std::string>& heads,
                      const std::vector<std::size_t>& nations) const;

    const Lexicon& lex_;
    const std::vector<Para>& paras_;
    const std::vector<std::uint32_t>& sentence_base_;
    std::vector<Entity> entities_;
    std::vector<Mention> mentions_;
    std::vector<std::pair<std::string, int>> issuers_; ///< document noun → issuer, latest last
    std::vector<char> name_word_;                      ///< is_name_word of every token (at Para::base)
};

/// A found quote before it becomes a parallax::Quote.
struct Found {
    std::vector<Resolved> speakers; ///< one record per speaker
    QuoteKind kind = QuoteKind::indirect;
    std::vector<Span> parts; ///< code points
    std::string cue;
    double confidence = 0;
    std::string reason;
};

/// Finds the quotes of one article.
std::vector<Found> find_quotes(const Lexicon& lex, const text::ArticleText& text,
                               const std::vector<Para>& paras, Registry& registry);

/// Adds the answers of a question-and-answer interview as direct quotes of the person it is with (and drops
/// what the rules found inside them); does nothing to an article that is no such interview.
void add_interview_answers(const std::vector<Para>& paras, std::string_view title, Registry& registry,
                           std::vector<Found>& found);

/// The speaker(s) a noun phrase [first, last) of `p` names, resolved; empty when it names none.
std::vector<Resolved> speakers_of_phrase(const Para& p, std::size_t first, std::size_t last,
                                         Registry& registry);

/// True when [first, last) reads as a noun phrase that can speak (name, pronoun, role, group, body,
/// document), with no finite verb in it.
bool is_speaker_phrase(const Para& p, std::size_t first, std::size_t last, const Registry& registry);

/// True for a finite verb or auxiliary ("was", "agreed", "would").
bool is_finite(const Para& p, std::size_t i, const Lexicon& lex);

/// True when the verb form at i is a base form modifying the group or role after it ("state officials",
/// "report authors"), so no verb.
bool modifies_next_noun(const Para& p, std::size_t i);

/// "The Ministry of Agriculture, Fisheries and Food": the first of `parts` ends in "of" and a capital and the
/// others are words of English in capitals, an institution's portfolios after its "of": one name.
bool portfolios_after_of(const Para& p, const std::vector<std::pair<std::size_t, std::size_t>>& parts,
                         const Lexicon& lex);

/// A word that qualifies a title before it ("former", "senior", "chief", "deputy"…).
bool title_modifier(std::string_view w);

/// A participle or adjective that describes an unnamed source after its noun ("people familiar with the
/// matter", "one banker involved in the talks", "economists polled").
bool describes_source(std::string_view w);

} // namespace parallax::extract::quotes
