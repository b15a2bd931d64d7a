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

// A set of kinds of data/temporal/cues.tsv, as bits (a word may have several kinds).
class TimexCues {
public:
    constexpr TimexCues() = default;
    // the set of the one kind numbered `bit`
    static constexpr TimexCues kind(unsigned bit) {
        TimexCues c;
        c.bits_[bit / 64] = std::uint64_t{1} << (bit % 64);
        return c;
    }
    constexpr TimexCues operator|(TimexCues o) const {
        TimexCues c;
        c.bits_[0] = bits_[0] | o.bits_[0];
        c.bits_[1] = bits_[1] | o.bits_[1];
        return c;
    }
    constexpr TimexCues operator&(TimexCues o) const {
        TimexCues c;
        c.bits_[0] = bits_[0] & o.bits_[0];
        c.bits_[1] = bits_[1] & o.bits_[1];
        return c;
    }
    TimexCues& operator|=(TimexCues o) { return *this = *this | o; }
    constexpr explicit operator bool() const { return bits_[0] || bits_[1]; }

private:
    std::uint64_t bits_[2] = {0, 0};
};

// The kinds of data/temporal/cues.tsv: the words a rule of the tagger tests for, as the
// TimexCues of TimexToken::cues.
struct TimexCue {
    static constexpr TimexCues occasion = TimexCues::kind(0);
    static constexpr TimexCues deadline = TimexCues::kind(1);
    static constexpr TimexCues noon = TimexCues::kind(2);
    static constexpr TimexCues noon_idiom = TimexCues::kind(3);
    static constexpr TimexCues midnight = TimexCues::kind(4);
    static constexpr TimexCues clock_lead = TimexCues::kind(5);
    static constexpr TimexCues fiscal = TimexCues::kind(6);
    static constexpr TimexCues year_adjective = TimexCues::kind(7);
    static constexpr TimexCues weekend = TimexCues::kind(8);
    static constexpr TimexCues rate_unit = TimexCues::kind(9);
    static constexpr TimexCues frequency = TimexCues::kind(10);
    static constexpr TimexCues zone_clock_lead = TimexCues::kind(11);
    static constexpr TimexCues month_lead = TimexCues::kind(12);
    static constexpr TimexCues year_lead = TimexCues::kind(13);
    static constexpr TimexCues modal = TimexCues::kind(14);
    static constexpr TimexCues subject = TimexCues::kind(15);
    static constexpr TimexCues more = TimexCues::kind(16);
    static constexpr TimexCues vague_count = TimexCues::kind(17);
    static constexpr TimexCues date_lead = TimexCues::kind(18);
    static constexpr TimexCues weekday_deadline = TimexCues::kind(19);
    static constexpr TimexCues relates_day = TimexCues::kind(20);
    static constexpr TimexCues present = TimexCues::kind(21);
    static constexpr TimexCues perfect = TimexCues::kind(22);
    static constexpr TimexCues relative_pronoun = TimexCues::kind(23);
    static constexpr TimexCues article = TimexCues::kind(24);
    static constexpr TimexCues negation = TimexCues::kind(25);
    static constexpr TimexCues be_future = TimexCues::kind(26);
    static constexpr TimexCues passive = TimexCues::kind(27);
    static constexpr TimexCues spoken_century = TimexCues::kind(28);
    static constexpr TimexCues pod_lead = TimexCues::kind(29);
    static constexpr TimexCues mid_pod = TimexCues::kind(30);
    static constexpr TimexCues term_relative = TimexCues::kind(31);
    static constexpr TimexCues term_verb = TimexCues::kind(32);
    static constexpr TimexCues year_term = TimexCues::kind(33);
    static constexpr TimexCues every = TimexCues::kind(34);
    static constexpr TimexCues conjunction = TimexCues::kind(35);
    static constexpr TimexCues year_ago = TimexCues::kind(36);
    static constexpr TimexCues shift = TimexCues::kind(37);
    static constexpr TimexCues ago = TimexCues::kind(38);
    static constexpr TimexCues event_relation = TimexCues::kind(39);
    static constexpr TimexCues as_soon = TimexCues::kind(40);
    static constexpr TimexCues ordinal_suffix = TimexCues::kind(41);
    static constexpr TimexCues spoken_millennium = TimexCues::kind(42);
    static constexpr TimexCues thousand = TimexCues::kind(43);
    static constexpr TimexCues spoken_year_and = TimexCues::kind(44);
    static constexpr TimexCues spoken_year_lead = TimexCues::kind(45);
    static constexpr TimexCues indefinite = TimexCues::kind(46);
    static constexpr TimexCues few = TimexCues::kind(47);
    static constexpr TimexCues couple = TimexCues::kind(48);
    static constexpr TimexCues dozen = TimexCues::kind(49);
    static constexpr TimexCues genitive = TimexCues::kind(50);
    static constexpr TimexCues zone_local = TimexCues::kind(51);
    static constexpr TimexCues zone_time = TimexCues::kind(52);
    static constexpr TimexCues clock_pod_lead = TimexCues::kind(53);
    static constexpr TimexCues definite = TimexCues::kind(54);
    static constexpr TimexCues night_lead = TimexCues::kind(55);
    static constexpr TimexCues night = TimexCues::kind(56);
    static constexpr TimexCues am_letter = TimexCues::kind(57);
    static constexpr TimexCues pm_letter = TimexCues::kind(58);
    static constexpr TimexCues meridiem_letter = TimexCues::kind(59);
    static constexpr TimexCues am = TimexCues::kind(60);
    static constexpr TimexCues pm = TimexCues::kind(61);
    static constexpr TimexCues since = TimexCues::kind(62);
    static constexpr TimexCues as_frame = TimexCues::kind(63);
    static constexpr TimexCues looks_back = TimexCues::kind(64);
    static constexpr TimexCues nearest_deadline = TimexCues::kind(65);
    static constexpr TimexCues postposed_last = TimexCues::kind(66);
    static constexpr TimexCues past_stretch = TimexCues::kind(67);
    static constexpr TimexCues not_from_anchor = TimexCues::kind(68);
    static constexpr TimexCues mid = TimexCues::kind(69);
    static constexpr TimexCues mid_morning = TimexCues::kind(70);
    static constexpr TimexCues mid_afternoon = TimexCues::kind(71);
    static constexpr TimexCues last_pod = TimexCues::kind(72);
    static constexpr TimexCues day_clock_lead = TimexCues::kind(73);
    static constexpr TimexCues clock_day_lead = TimexCues::kind(74);
    static constexpr TimexCues year_noun = TimexCues::kind(75);
    static constexpr TimexCues month_noun = TimexCues::kind(76);
    static constexpr TimexCues week_noun = TimexCues::kind(77);
    static constexpr TimexCues day_noun = TimexCues::kind(78);
    static constexpr TimexCues quarter_noun = TimexCues::kind(79);
    static constexpr TimexCues period_noun = TimexCues::kind(80);
    static constexpr TimexCues century_noun = TimexCues::kind(81);
    static constexpr TimexCues decade_plural = TimexCues::kind(82);
    static constexpr TimexCues possessive = TimexCues::kind(83);
    static constexpr TimexCues current = TimexCues::kind(84);
    static constexpr TimexCues latest = TimexCues::kind(85);
    static constexpr TimexCues most = TimexCues::kind(86);
    static constexpr TimexCues recent = TimexCues::kind(87);
    static constexpr TimexCues half = TimexCues::kind(88);
    static constexpr TimexCues half_and = TimexCues::kind(89);
    static constexpr TimexCues half_article = TimexCues::kind(90);
    static constexpr TimexCues season_verb = TimexCues::kind(91);
    static constexpr TimexCues approx_or = TimexCues::kind(92);
    static constexpr TimexCues approx_so = TimexCues::kind(93);
    static constexpr TimexCues hence_from = TimexCues::kind(94);
    static constexpr TimexCues hence_now = TimexCues::kind(95);
    static constexpr TimexCues narrative_ago = TimexCues::kind(96);
    static constexpr TimexCues duration_lead = TimexCues::kind(97);
    static constexpr TimexCues one = TimexCues::kind(98);
    static constexpr TimexCues age = TimexCues::kind(99);
    static constexpr TimexCues rate_article = TimexCues::kind(100);
    static constexpr TimexCues per = TimexCues::kind(101);
    static constexpr TimexCues ordinal_unit = TimexCues::kind(102);
    static constexpr TimexCues every_other = TimexCues::kind(103);
    static constexpr TimexCues anaphor = TimexCues::kind(104);
    static constexpr TimexCues same = TimexCues::kind(105);
    static constexpr TimexCues event_before = TimexCues::kind(106);
    static constexpr TimexCues end = TimexCues::kind(107);
    static constexpr TimexCues day_relative = TimexCues::kind(108);
    static constexpr TimexCues modifier_in = TimexCues::kind(109);
    static constexpr TimexCues contraction = TimexCues::kind(110);
    static constexpr TimexCues contracted_negation = TimexCues::kind(111);
    static constexpr TimexCues next = TimexCues::kind(112);
    static constexpr TimexCues next_to = TimexCues::kind(113);
    static constexpr TimexCues been = TimexCues::kind(114);
    static constexpr TimexCues be = TimexCues::kind(115);
    // endings: a word has the kind when it ends with a word of it
    static constexpr TimexCues past_suffix = TimexCues::kind(116);
    static constexpr TimexCues not_past_suffix = TimexCues::kind(117);
    static constexpr TimexCues adverb_suffix = TimexCues::kind(118);
    static constexpr TimexCues plural_suffix = TimexCues::kind(119);
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
    TimexCues cues;           // the kinds of cues.tsv of the word
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
    // The kinds of cues.tsv of a word, none for most words.
    const TimexCues& cues(std::string_view low) const {
        const TimexCues* c = cue_table_.find(low);
        return c ? *c : no_cues_;
    }
    // The kinds of cues.tsv whose words are endings (past_suffix ...) that `low` ends with.
    TimexCues suffix_cues(std::string_view low) const {
        TimexCues c;
        for (const auto& [suffix, kind] : suffixes_)
            if (low.size() >= suffix.size() && low.substr(low.size() - suffix.size()) == suffix) c |= kind;
        return c;
    }
    // `low` without the plural ending it ends with ("nights" -> "night"), or `low` itself.
    std::string_view plural_stem(std::string_view low) const {
        for (const auto& [suffix, kind] : suffixes_)
            if ((kind & TimexCue::plural_suffix) && low.size() > suffix.size() &&
                low.substr(low.size() - suffix.size()) == suffix)
                return low.substr(0, low.size() - suffix.size());
        return low;
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
    std::unordered_map<std::string_view, TimexCues> cues_;
    static constexpr TimexCues no_cues_{};
    std::vector<std::pair<std::string_view, TimexCues>> suffixes_;  // the endings of cues.tsv
    WordTable<TimexWord> word_table_;                               // index the lookups read, built last
    WordTable<TimexCues> cue_table_;
    WordTable<std::vector<TimexPhrase>> phrase_tables_[3];
};

}  // namespace mosulkg::detail
