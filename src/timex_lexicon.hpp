// The temporal lexicon (data/temporal/) and the pieces of the text stage's tokens the
// tagger matches on.
#pragma once

#include "mosulkg/text.hpp"

#include "word_hash.hpp"

#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace mosulkg {
class DataSource;  // data.hpp
}

namespace mosulkg::detail {

// Everything the lexicon knows about one lower-case word.
struct TimexWord {
    int month = 0;
    bool month_abbr = false;
    bool month_ambiguous = false;
    int weekday = 0;
    bool weekday_abbr = false;
    int cardinal = -1;
    int ordinal = -1;
    char unit = 0;  // Y M W D Q E C L H N S, 0 when not a unit word
    int unit_count = 0;
    bool unit_plural = false;
    std::string_view season;  // "SU" ...
    std::string_view pod;     // part of day "MO" ...
    std::string_view set_value;
    int decade = -1;              // 9 for "nineties"
    bool recurring_noun = false;  // "prayers": a weekday before it recurs ("Friday prayers")
    int rel = -9;                 // -1, 0, +1 for last/this/next words, -9 otherwise
    bool day_word = false;
    int day_offset = 0;
    std::string_view day_pod;
    bool future_cue = false;
    std::vector<std::string_view> future_next;  // a future cue only before one of these ("set to")
    bool past_cue = false;
    bool not_past = false;  // an "-ed" word that gives no tense cue ("armed", "hundred")
    bool starter = false;
    bool timezone = false;  // may begin a temporal expression
};

// The kinds of data/temporal/cues.tsv: the words a rule of the tagger tests for, as bits of
// TimexToken::cues (a word may have several kinds).
struct TimexCue {
    static constexpr std::uint64_t occasion = 1ULL << 0;
    static constexpr std::uint64_t deadline = 1ULL << 1;
    static constexpr std::uint64_t noon = 1ULL << 2;
    static constexpr std::uint64_t noon_idiom = 1ULL << 3;
    static constexpr std::uint64_t midnight = 1ULL << 4;
    static constexpr std::uint64_t clock_lead = 1ULL << 5;
    static constexpr std::uint64_t fiscal = 1ULL << 6;
    static constexpr std::uint64_t year_adjective = 1ULL << 7;
    static constexpr std::uint64_t weekend = 1ULL << 8;
    static constexpr std::uint64_t rate_unit = 1ULL << 9;
    static constexpr std::uint64_t frequency = 1ULL << 10;
    static constexpr std::uint64_t zone_clock_lead = 1ULL << 11;
    static constexpr std::uint64_t month_lead = 1ULL << 12;
    static constexpr std::uint64_t year_lead = 1ULL << 13;
    static constexpr std::uint64_t modal = 1ULL << 14;
    static constexpr std::uint64_t subject = 1ULL << 15;
    static constexpr std::uint64_t more = 1ULL << 16;
    static constexpr std::uint64_t vague_count = 1ULL << 17;
    static constexpr std::uint64_t date_lead = 1ULL << 18;
    static constexpr std::uint64_t weekday_deadline = 1ULL << 19;
    static constexpr std::uint64_t relates_day = 1ULL << 20;
    static constexpr std::uint64_t present = 1ULL << 21;
    static constexpr std::uint64_t perfect = 1ULL << 22;
    static constexpr std::uint64_t relative_pronoun = 1ULL << 23;
    static constexpr std::uint64_t article = 1ULL << 24;
    static constexpr std::uint64_t negation = 1ULL << 25;
    static constexpr std::uint64_t be_future = 1ULL << 26;
    static constexpr std::uint64_t passive = 1ULL << 27;
    static constexpr std::uint64_t spoken_century = 1ULL << 28;
    static constexpr std::uint64_t pod_lead = 1ULL << 29;
    static constexpr std::uint64_t mid_pod = 1ULL << 30;
    static constexpr std::uint64_t term_relative = 1ULL << 31;
    static constexpr std::uint64_t term_verb = 1ULL << 32;
    static constexpr std::uint64_t year_term = 1ULL << 33;
    static constexpr std::uint64_t every = 1ULL << 34;
    static constexpr std::uint64_t conjunction = 1ULL << 35;
    static constexpr std::uint64_t year_ago = 1ULL << 36;
    static constexpr std::uint64_t shift = 1ULL << 37;
    static constexpr std::uint64_t ago = 1ULL << 38;
    static constexpr std::uint64_t event_relation = 1ULL << 39;
    static constexpr std::uint64_t as_soon = 1ULL << 40;
};

// A multi-word entry (reference, modifier, holiday), as lower-case tokens.
struct TimexPhrase {
    std::vector<std::string_view> words;
    std::string_view value;
    std::string_view kind;
};

struct TimexToken {
    std::uint32_t begin = 0;
    std::uint32_t end = 0;
    std::string_view low;  // lower-case surface
    const TimexWord* word = nullptr;
    std::uint64_t cues = 0;   // TimexCue bits of the word
    int num = -1;             // value of an all-digit token (at most 9 digits)
    std::uint8_t digits = 0;  // number of digits of an all-digit token
    bool alpha = false;
    bool cap = false;       // starts with an upper-case letter
    bool space = false;     // not glued to the token before it (a token of the text stage starts here)
    int sentence = 0;       // index into Text::sentences
    std::size_t block = 0;  // the block (Sentence::block) it lies in
};

// Calls fn(begin, end) for every piece of `word` (offsets into it): runs of ASCII letters,
// runs of digits and single other characters (a UTF-8 sequence counts as one character).
// The date grammar reads "1990s" as "1990" "s", "13:10" as "13" ":" "10", "a.m." as
// "a" "." "m" ".".
template <class Fn>
void for_each_piece(std::string_view word, Fn&& fn) {
    auto alpha = [](unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
    auto digit = [](unsigned char c) { return c >= '0' && c <= '9'; };
    std::size_t i = 0;
    const std::size_t n = word.size();
    while (i < n) {
        const std::size_t b = i;
        unsigned char c = static_cast<unsigned char>(word[i]);
        if (alpha(c)) {
            while (i < n && alpha(static_cast<unsigned char>(word[i]))) ++i;
        } else if (digit(c)) {
            while (i < n && digit(static_cast<unsigned char>(word[i]))) ++i;
        } else {
            ++i;
            if (c >= 0x80)
                while (i < n && (static_cast<unsigned char>(word[i]) & 0xC0) == 0x80) ++i;
        }
        fn(b, i);
    }
}

// The pieces of the tokens of every sentence of `text` and `chrome` (the text stage's
// segmentation of `doc_text`, segment and segment_chrome), in text order; a token's
// `sentence` counts the sentences of both. `low` receives the lower-cased text and must
// outlive the tokens.
void timex_tokens(std::string_view doc_text, const Text& text, const Text& chrome, std::string& low,
                  std::vector<TimexToken>& out);

// A read-only open-addressing index over the entries of a map keyed by words: most words
// of a text are in no table, and a miss reads one slot. Points into the map, which must
// outlive it unchanged (a move keeps the entries in place). Lookups may run concurrently.
template <class V>
class WordTable {
public:
    WordTable() = default;
    explicit WordTable(const std::unordered_map<std::string_view, V>& map) {
        std::size_t size = 16;
        while (size < 2 * map.size() + 2) size *= 2;
        slots_.assign(size, Slot{});
        mask_ = size - 1;
        for (const auto& [key, value] : map) {
            std::size_t p = hash(key) & mask_;
            while (slots_[p].value) p = (p + 1) & mask_;
            slots_[p] = Slot{key, &value};
        }
    }
    const V* find(std::string_view w) const noexcept {
        if (slots_.empty()) return nullptr;
        for (std::size_t p = hash(w) & mask_;; p = (p + 1) & mask_) {
            const Slot& s = slots_[p];
            if (!s.value) return nullptr;
            if (s.key.size() == w.size() && std::memcmp(s.key.data(), w.data(), w.size()) == 0)
                return s.value;
        }
    }

private:
    struct Slot {
        std::string_view key;
        const V* value = nullptr;  // nullptr: empty
    };
    std::vector<Slot> slots_;
    std::size_t mask_ = 0;
    static std::size_t hash(std::string_view w) noexcept {
        return static_cast<std::size_t>(word_hash(w) >> 20);
    }
};

// Read-only once built: its lookups may run concurrently. Not copyable (its tables point
// into its maps); movable.
class TimexLexicon {
public:
    explicit TimexLexicon(const DataSource& data);  // data/temporal/ of `data`
    TimexLexicon(const TimexLexicon&) = delete;
    TimexLexicon& operator=(const TimexLexicon&) = delete;
    TimexLexicon(TimexLexicon&&) noexcept = default;
    TimexLexicon& operator=(TimexLexicon&&) noexcept = default;

    const TimexWord* word(std::string_view low) const { return word_table_.find(low); }
    // The TimexCue bits of a word (cues.tsv), 0 for most words.
    std::uint64_t cues(std::string_view low) const {
        const std::uint64_t* c = cue_table_.find(low);
        return c ? *c : 0;
    }
    // Phrases of a kind table ("references", "modifiers", "holidays") starting with `low`,
    // longest first.
    const std::vector<TimexPhrase>* phrases(int table, std::string_view low) const {
        return phrase_tables_[table].find(low);
    }
    enum Table { references = 0, modifiers = 1, holidays = 2 };

private:
    std::vector<std::unique_ptr<const std::string>> files_;  // the files the words point into
    std::unordered_map<std::string_view, TimexWord> words_;
    std::unordered_map<std::string_view, std::vector<TimexPhrase>> phrases_[3];
    std::unordered_map<std::string_view, std::uint64_t> cues_;
    WordTable<TimexWord> word_table_;  // index the lookups read, built last
    WordTable<std::uint64_t> cue_table_;
    WordTable<std::vector<TimexPhrase>> phrase_tables_[3];
};

}  // namespace mosulkg::detail
