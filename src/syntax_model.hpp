// The inside of the syntax stage, shared by the runtime (syntax.cpp) and the
// trainer (syntax_train.cpp): word features, the hashed feature templates of the
// tagger and of the arc-hybrid parser, the transition system and its weights.
#pragma once

#include "mosulkg/syntax.hpp"

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace mosulkg::detail {

// ---- hashing ----------------------------------------------------------------

inline std::uint64_t splitmix(std::uint64_t x) noexcept {
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    x ^= x >> 31;
    return x;
}

inline std::uint64_t hash_bytes(std::string_view s) noexcept {
    std::uint64_t h = 0xcbf29ce484222325ULL;
    for (unsigned char c : s) h = (h ^ c) * 0x100000001b3ULL;
    return splitmix(h);
}

// The key of one feature: its template number and up to three values. Never 0.
inline std::uint64_t feature(std::uint64_t templ, std::uint64_t a, std::uint64_t b = 0,
                             std::uint64_t c = 0) noexcept {
    std::uint64_t h = splitmix(templ * 0x9e3779b97f4a7c15ULL + a);
    h = splitmix(h ^ (b + 0x632be59bd9b4e019ULL));
    h = splitmix(h ^ (c + 0x85ebca77c2b2ae63ULL));
    return h | 1;
}

// ---- words ------------------------------------------------------------------

// What the feature templates know of one word, as hashes.
struct WordInfo {
    std::uint64_t form = 0;   // normalised form (curly quotes straightened, digits folded)
    std::uint64_t lower = 0;  // the same, lower-cased
    std::uint64_t suf1 = 0, suf2 = 0, suf3 = 0, suf4 = 0;  // lower-cased suffixes
    std::uint64_t pre1 = 0;                                // first byte, case kept
    std::uint64_t pre3 = 0;                                // first three bytes, lower-cased
    std::uint64_t shape = 0;                               // "Xxxx" -> "Xx", "2014" -> "d", "U.S." -> "X.X."
};

// The normalised form of a word: ’ ‘ ′ -> ', “ ” „ « » -> ", – — -> -- ; numbers
// with four digits -> "!YEAR", other numbers -> "!NUM". Case is kept.
std::string normalise_word(std::string_view word);

std::vector<WordInfo> word_infos(const std::vector<std::string_view>& words);

// ---- weights ----------------------------------------------------------------

// The 32 bits of a feature key that a model file keeps. Never 0.
inline std::uint32_t short_key(std::uint64_t feature_key) noexcept {
    return static_cast<std::uint32_t>(feature_key >> 32) | 1u;
}

// Memory for a large table read at random: aligned to, and on Linux backed by, 2 MB
// pages where the system allows, so that a lookup seldom misses the TLB as well as the cache.
void* allocate_large(std::size_t bytes);
void free_large(void* p, std::size_t bytes) noexcept;

template <class T>
struct LargePageAllocator {
    using value_type = T;
    LargePageAllocator() = default;
    template <class U>
    LargePageAllocator(const LargePageAllocator<U>&) noexcept {}
    T* allocate(std::size_t n) { return static_cast<T*>(allocate_large(n * sizeof(T))); }
    void deallocate(T* p, std::size_t n) noexcept { free_large(p, n * sizeof(T)); }
    template <class U>
    bool operator==(const LargePageAllocator<U>&) const noexcept {
        return true;
    }
    template <class U>
    bool operator!=(const LargePageAllocator<U>&) const noexcept {
        return false;
    }
};

// The averaged weights as loaded from a model file: feature key -> (class, weight)
// pairs, in an open-addressing table. Immutable once built.
class WeightTable {
public:
    struct Raw {  // as stored in the file
        std::uint32_t classes = 0;
        float scale = 1;                   // weight = scale * entry_weight
        std::vector<std::uint32_t> keys;   // short keys, increasing
        std::vector<std::uint8_t> counts;  // entries of each feature (at least 1)
        std::vector<std::uint8_t> entry_class;
        std::vector<std::int16_t> entry_weight;
    };
    static constexpr std::size_t max_entries = std::size_t{1} << 24;

    WeightTable() = default;
    // Requires keys increasing and non-zero, counts summing to the entries (< max_entries).
    explicit WeightTable(Raw raw);

    std::uint32_t classes() const noexcept { return raw_.classes; }
    const Raw& raw() const noexcept { return raw_; }
    // Adds the weights of the n features to scores[0..classes), in units of raw().scale.
    void score(const std::uint64_t* features, std::size_t n, std::int32_t* scores) const noexcept;

private:
    // A feature with few weights keeps them as (class, weight) entries; one with
    // many as a dense row of `stride_` weights, added with vector instructions.
    static constexpr std::uint32_t dense_from = 12;
    struct Slot {
        std::uint32_t key = 0;
        std::uint32_t entries = 0;  // first entry << 8 | count, or dense row << 8 | 0
    };
    Raw raw_;
    struct Entry {
        std::uint16_t cls;
        std::int16_t weight;
    };
    std::vector<Entry, LargePageAllocator<Entry>> entries_;
    std::vector<std::int16_t, LargePageAllocator<std::int16_t>> dense_;
    std::uint32_t stride_ = 0;
    std::vector<Slot, LargePageAllocator<Slot>> slots_;
    std::uint32_t mask_ = 0;
    std::uint32_t shift_ = 28;  // 32 - log2(slots)
    // A filter of the keys, a sixteenth of the slots' size (at least 8 bits for each key),
    // read before them: two bits of one word set for every key. Most absent keys find a bit
    // clear and cost no slot read (at most about 1 in 20 does not).
    std::vector<std::uint64_t, LargePageAllocator<std::uint64_t>> filter_;
    std::uint32_t filter_shift_ = 32;  // 32 - log2(filter words)
    std::size_t filter_word(std::uint32_t key) const noexcept {
        return static_cast<std::size_t>(std::uint64_t{key} >> filter_shift_);
    }
    static std::uint64_t filter_bits(std::uint32_t key) noexcept {
        return std::uint64_t{1} << (key & 63) | std::uint64_t{1} << (key >> 6 & 63);
    }
    // The first slot to probe for a key: its high bits, so that the keys, inserted in
    // increasing order, fill the table front to back.
    std::uint32_t home(std::uint32_t key) const noexcept { return key >> shift_; }
};

// ---- the model --------------------------------------------------------------

// The tagger predicts fine tags, pairs of a UPOS and an XPOS of the treebank
// ("VERB|VBN"); the parser reads fine tags. Numbers past the fine tags:
inline constexpr int max_fine_tags = 250;
inline constexpr int tag_none = 253;   // no word here
inline constexpr int tag_root = 254;   // the artificial root
inline constexpr int tag_start = 255;  // before the first word (tagger context)

struct SyntaxModel {
    std::vector<std::string> labels;  // relation labels; their order numbers the transitions
    int root_label = 0;
    std::vector<std::string> tags;                                   // fine tags, "UPOS|XPOS"
    std::vector<std::uint8_t> tag_upos;                              // the Upos of each fine tag
    std::unordered_map<std::uint64_t, std::uint8_t> tag_dictionary;  // form hash -> the only fine tag
    // The ambiguity class of the words seen in training (the set of fine tags they take):
    // form hash -> class, and lower-cased form hash ^ lower_key -> class. Never 0.
    std::unordered_map<std::uint64_t, std::uint32_t> ambiguity;
    // Derived from the tags: whether each fine tag is a finite verb (VERB or AUX with the XPOS
    // VBD, VBZ, VBP or MD).
    std::vector<std::uint8_t> tag_finite;
    WeightTable tagger;  // upos_count classes
    WeightTable parser;  // 1 + 2 * labels.size() classes
};

std::string serialise(const SyntaxModel& model);
SyntaxModel deserialise(std::string_view bytes, std::string_view origin);

// ---- tagger features -----------------------------------------------------------

inline constexpr std::uint64_t lower_key = 0x2545f4914f6cdd1dULL;
// Bits of an ambiguity class: the word can be a finite verb; it is always one.
inline constexpr std::uint32_t class_can_be_finite = 1u << 31, class_always_finite = 1u << 30;
// The ambiguity class of each word (0: unknown): that of its form, else of its lower-cased form.
std::vector<std::uint32_t> ambiguity_classes(const SyntaxModel& m, const std::vector<WordInfo>& words);
// Fills m.tag_finite from m.tags and m.tag_upos.
void derive_tag_classes(SyntaxModel& m);

// What the tagger knows of the words of a sentence besides the words themselves.
struct TaggerInput {
    std::vector<std::uint32_t> ambiguity;  // each word's ambiguity class
    // Whether a word right of each word is always (2) or can be (1) a finite verb, or none (0).
    std::vector<std::uint8_t> finite_later;
};
TaggerInput tagger_input(const SyntaxModel& m, const std::vector<WordInfo>& words);

// What the tagger has decided left of the word it tags.
struct TagContext {
    int prev = tag_start, prev2 = tag_start;
};

inline constexpr std::size_t tagger_feature_count = 38;
// The features of word i given the tags to its left.
void tagger_features(const std::vector<WordInfo>& words, const TaggerInput& input, std::size_t i,
                     const TagContext& context, std::uint64_t* out) noexcept;
// The context after word i takes `tag`.
inline void advance(TagContext& c, int tag) noexcept {
    c.prev2 = c.prev;
    c.prev = tag;
}

// ---- the arc-hybrid transition system -------------------------------------------
//
// Words 0..n-1 and the root n. The buffer front b moves from 0 to n; the root
// stays at the end of the buffer. Moves: shift (push b), left(l) (the stack top
// gets head b and label l, pop), right(l) (the stack top gets head s1, pop).
// When the root is the buffer front, only right moves are allowed until one word
// is left, which then takes the root label: exactly one word heads the sentence,
// and a sentence of n words takes exactly 2n moves.

enum class Move : std::uint8_t { shift, left, right };

struct ParseState {
    explicit ParseState(std::size_t n);

    std::size_t n = 0;
    std::size_t b = 0;
    std::vector<int> stack;
    std::vector<int> heads;                         // -1 unattached; n: the root
    std::vector<int> labels;                        // -1 unattached
    std::vector<int> left1, left2, right1, right2;  // leftmost / rightmost two children, -1 none
    std::vector<std::uint8_t> left_count, right_count;
    std::vector<std::uint64_t> left_labels, right_labels;  // label sets as bits

    bool done() const noexcept { return b >= n && stack.empty(); }
    bool valid(Move m) const noexcept;
    void apply(Move m, int label) noexcept;
};

inline int move_class(Move m, int label, int n_labels) noexcept {
    return m == Move::shift ? 0 : m == Move::left ? 1 + label : 1 + n_labels + label;
}
inline Move class_move(int c, int n_labels) noexcept {
    return c == 0 ? Move::shift : c <= n_labels ? Move::left : Move::right;
}
inline int class_label(int c, int n_labels) noexcept {
    return c == 0 ? -1 : c <= n_labels ? c - 1 : c - 1 - n_labels;
}
// Whether class c may be taken now: the move is valid and its label fits
// (the root label exactly when the last word goes to the root).
bool class_valid(const ParseState& s, int c, int n_labels, int root_label) noexcept;

inline constexpr std::size_t parser_feature_count = 95;
// A tagged sentence as the parser's features read it. `words` and `tags` must outlive it.
struct ParserInput {
    const std::vector<WordInfo>* words = nullptr;
    const std::vector<int>* tags = nullptr;  // fine tags
    // How many punctuation marks and verbs stand before each word (n + 1 entries), to count
    // those between two words in constant time.
    std::vector<std::uint16_t> punct_before, verbs_before;
};
ParserInput parser_input(const SyntaxModel& m, const std::vector<WordInfo>& words,
                         const std::vector<int>& tags);
void parser_features(const ParseState& s, const ParserInput& in, std::uint64_t* out) noexcept;

// Fine tags for the words; with `given`, each the best fine tag of the given UPOS.
std::vector<int> predict_tags(const SyntaxModel& m, const std::vector<WordInfo>& words,
                              const std::vector<Upos>* given = nullptr);
// The same with the tagger input computed already (`input` = tagger_input(m, words)). With
// `prior` (the fine tags predict_tags gave the same words without `given`), word i takes
// prior[i] without being scored when its given UPOS is that of prior[i] and the tags of
// words i-1 and i-2 equal their prior ones: the scores, and so the choice, would be the same.
std::vector<int> predict_tags(const SyntaxModel& m, const std::vector<WordInfo>& words,
                              const TaggerInput& input, const std::vector<Upos>* given,
                              const std::vector<int>* prior);

// A sentence tagged without given tags, kept for a parse with corrected ones (TaggedSentence).
struct Tagging {
    const SyntaxModel* model = nullptr;  // the model that tagged it
    std::vector<WordInfo> words;
    TaggerInput input;
    std::vector<int> fine;  // fine tags
};
// The tree the parser weights build over the words and fine tags.
ParseState predict_tree(const WeightTable& parser, int n_labels, int root_label, const ParserInput& in);
// The class with the highest score among classes [from, to) but `skip`, if it beats
// scores[best] (or best < 0): the first of equals. Without branches on the scores.
template <class Score>
int better_class(const Score* scores, int from, int to, int skip, int best) noexcept {
    Score top = best < 0 ? Score{} : scores[best];
    for (int c = from; c < to; ++c) {
        const bool better = (c != skip) & ((best < 0) | (scores[c] > top));
        best = better ? c : best;
        top = better ? scores[c] : top;
    }
    return best;
}

// The valid class with the highest score (the first of equals).
template <class Score>
int best_valid_class(const ParseState& s, const Score* scores, int n_labels, int root_label) noexcept {
    int best = s.valid(Move::shift) ? 0 : -1;
    if (s.valid(Move::left)) {
        if (s.b >= s.n) {
            const int c = 1 + root_label;
            if (best < 0 || scores[c] > scores[best]) best = c;
        } else {
            best = better_class(scores, 1, 1 + n_labels, 1 + root_label, best);
        }
    }
    if (s.valid(Move::right))
        best = better_class(scores, 1 + n_labels, 1 + 2 * n_labels, 1 + n_labels + root_label, best);
    return best;
}

}  // namespace mosulkg::detail
