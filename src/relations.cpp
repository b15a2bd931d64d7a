// The relation stage: candidate sentences are parsed, and each trigger's act is read off
// the tree (relations_tree.cpp), its phrases resolved to entities, dated and attributed.
#include "mosulkg/relations.hpp"

#include "mosulkg/syntax.hpp"
#include "normalize.hpp"
#include "relations_candidate.hpp"
#include "relations_tree.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <set>
#include <unordered_map>
#include <unordered_set>

namespace mosulkg {

namespace {

using detail::Act;
using detail::Speech;
using detail::Tree;

bool is_actor(const Mention& m) {
    return m.type == EntityType::person || m.type == EntityType::group;
}

// Where a dateline that ends at `end` of `head` ends with the date set off after it
// ("ERBIL, Kurdistan Region (Kurdistan24) - November 1, 2016 - "): past that date and its dash.
std::size_t dated_end(std::string_view head, std::size_t end) {
    const std::string_view rest = head.substr(end, 24);
    for (std::string_view dash : {" - ", " \xE2\x80\x94 ", " \xE2\x80\x93 ", " -- ", " // "}) {
        const auto at = rest.find(dash);
        if (at == std::string_view::npos || at == 0) continue;
        const std::string_view date = rest.substr(0, at);
        bool digit = false, words_capital = true;
        for (std::size_t i = 0; i < date.size(); ++i) {
            digit = digit || (date[i] >= '0' && date[i] <= '9');
            if ((i == 0 || date[i - 1] == ' ') && date[i] >= 'a' && date[i] <= 'z') words_capital = false;
        }
        if (digit && words_capital) return end + at + dash.size();
    }
    return end;
}

// A dateline ("MOSUL, Iraq, Oct 17 (Reuters) - ") opens the first sentence of a story: its
// place, date and agency are the report's, not an event's. Returns where it ends.
std::size_t dateline_end(std::string_view sentence, std::size_t begin) {
    std::string_view head_text = sentence.substr(0, 120);
    // (each dash holds a hyphen, a slash ("BAGHDAD // ..."), a colon ("Apr 18, Baghdad: ..."), an
    // angle ("BEIRUT >> ...") or the lead byte of an em or en dash)
    if (head_text.find_first_of("-/:>\xE2") == std::string_view::npos) return begin;
    // (an em dash may stand unspaced: "KURDWATCH, June 21, 2015\xE2\x80\x94On June 16, ...")
    for (std::string_view dash :
         {" - ", " \xE2\x80\x94 ", " \xE2\x80\x93 ", " -- ", " // ", " >> ", ": ", "\xE2\x80\x94"}) {
        auto at = head_text.find(dash);
        if (at == std::string_view::npos || at == 0) continue;
        std::string_view head = head_text.substr(0, at);
        bool agency = head.back() == ')';
        bool capitals =
            std::none_of(head.begin(), head.end(), [](char ch) { return ch >= 'a' && ch <= 'z'; });
        // "Mosul, Iraq, Oct 17": a few words, each capitalised or a number ("Last October, the
        // Iraqi army -- backed by ..." is a sentence)
        bool words_capital = true;
        for (std::size_t i = 0; i < head.size(); ++i)
            if ((i == 0 || head[i - 1] == ' ') && head[i] >= 'a' && head[i] <= 'z') words_capital = false;
        bool capital = words_capital && std::count(head.begin(), head.end(), ' ') < 6 &&
                       head.find(',') != std::string_view::npos;
        if (agency || capital || capitals) return begin + dated_end(head_text, at + dash.size());
    }
    return begin;
}

// A dateline of a place alone before a colon ("Baghdad: Iraqi forces have retaken ..."), or of
// a place, a date and an agency in parentheses ("Baghdad, March 16, 2015 (IANS) Kurdish fighters
// ..."): the place is where the story was filed, no party of its sentence. Returns where it
// ends, or `begin` where the sentence opens otherwise. `mi` and `ti` are the first mention and
// timex that may lie in it.
std::size_t place_dateline_end(const Sentence& s, std::string_view text, const std::vector<Mention>& mentions,
                               std::size_t mi, const std::vector<Timex>& timexes, std::size_t ti) {
    while (mi < mentions.size() && mentions[mi].where.span.begin < s.span.begin) ++mi;
    if (mi >= mentions.size() || mentions[mi].where.span.begin != s.span.begin ||
        mentions[mi].type != EntityType::place)
        return s.span.begin;
    const std::size_t end = mentions[mi].where.span.end;
    if (text.substr(end, 2) == ": " && end + 2 < s.span.end) return end + 2;
    while (ti < timexes.size() && timexes[ti].span.begin < end) ++ti;
    if (text.substr(end, 2) != ", " || ti >= timexes.size() || timexes[ti].span.begin != end + 2 ||
        timexes[ti].type != TimexType::date)
        return s.span.begin;
    const std::size_t open = timexes[ti].span.end + 1;
    if (text.substr(timexes[ti].span.end, 2) != " (") return s.span.begin;
    const std::size_t close = text.find(')', open);
    return close != std::string_view::npos && close - open <= 20 && close + 2 < s.span.end ? close + 2
                                                                                           : s.span.begin;
}

// A dateline with no dash ("BAGHDAD Oct 2 Islamic State-led insurgents took ..."): a place
// written in capitals opening the story's first sentence, then a date right after it. Returns
// where the date ends, or `begin` where there is none. `ti` is the first timex that may lie in it.
std::size_t capital_dateline_end(const Sentence& s, std::string_view text, const std::vector<Timex>& timexes,
                                 std::size_t ti) {
    const std::string_view head = s.span.of(text).substr(0, 40);
    std::size_t n = 0;
    while (n < head.size() && ((head[n] >= 'A' && head[n] <= 'Z') || head[n] == ',' || head[n] == ' ')) ++n;
    std::size_t letters = 0;
    for (std::size_t i = 0; i < n; ++i) letters += head[i] >= 'A' && head[i] <= 'Z';
    if (letters < 4) return s.span.begin;
    while (ti < timexes.size() && timexes[ti].span.begin < s.span.begin) ++ti;
    // (the capitals run into the date: "BAGHDAD Oct" reads as "BAGHDAD O", the date's capital)
    if (ti >= timexes.size() || timexes[ti].span.begin + 1 < s.span.begin + n - 1 ||
        timexes[ti].span.begin > s.span.begin + n || timexes[ti].type != TimexType::date)
        return s.span.begin;
    return timexes[ti].span.end;
}

// The head a dash sets off at the start of a sentence after the story's first, when it is a
// date alone with no place or agency ("June 10, 2014 - Islamic State fighters overrun Mosul"):
// the date of a timeline's entry, not a dateline; else nullptr. `ti` is the first timex that
// may lie in the sentence; `dl` where the dateline would end.
const Timex* timeline_date(const Sentence& s, const std::vector<Timex>& timexes, std::size_t ti,
                           std::size_t dl) {
    while (ti < timexes.size() && timexes[ti].span.begin < s.span.begin) ++ti;
    if (ti >= timexes.size() || timexes[ti].span.begin != s.span.begin) return nullptr;
    const Timex& t = timexes[ti];
    // the date runs up to the dash: at most the dash and its spaces lie between
    bool whole = t.span.end + 4 >= dl && t.span.end < dl;
    return whole && t.type == TimexType::date && t.value.anchored() ? &t : nullptr;
}

// What the stage remembers from one sentence to the next within a document.
struct Memory {
    const Mention* last_person = nullptr;
    // the person the last parsed sentence's main clause was about, and that sentence's index:
    // "he" in a subject goes on about him ("Zawahiri attacks Baghdadi ... he says")
    const Mention* subject_person = nullptr;
    std::size_t subject_sentence = 0;
    // the group the last parsed sentence's main clause was about, and that sentence's index:
    // "its fighters" in the next goes on about it ("The PMU vowed to fight IS. Its fighters ...")
    const Mention* subject_group = nullptr;
    std::size_t group_sentence = 0;
    // the same for a place: "it" in the next goes on about it ("The refinery produced 175,000
    // barrels a day ... as the city of Mosul. Iraqi forces retook it in November")
    const Mention* subject_place = nullptr;
    std::size_t place_sentence = 0;
    // the last parsed sentence whose main clause's subject is many the story does not name: "they"
    // opening the next goes on about them, not about a group named in passing
    std::size_t unnamed_subject_sentence = static_cast<std::size_t>(-2);
    std::vector<const Mention*> actors;       // persons and groups named so far (the last 64)
    std::optional<TimeValue> narrative_date;  // the last date of the current paragraph
    bool unanchored_date = false;             // the sentence has a date of its own nothing anchors
    std::size_t block = static_cast<std::size_t>(-1);
    std::size_t body_sentences = 0;                           // body sentences read so far
    std::unordered_map<std::string, TimeValue> speech_dates;  // speaker -> date of their last statement
    // speaker -> the day of the first statement of theirs a sentence dates ("told Reuters in an
    // interview on Monday"), and the sentences that name no date
    std::unordered_map<std::string, TimeValue> told_on;
    std::unordered_set<std::size_t> undated_sentences;
    std::unordered_map<std::string, bool> outlets;  // entity -> whether it is a news outlet
    std::vector<const Mention*> places;             // places named so far (the last 64)
    // the places the sentence being read names only to say where another lies ("Bashiqa, 15 km
    // from Mosul"): "the town" of a later sentence is not one of them
    std::unordered_set<const Mention*> reference_points;
    std::vector<const Mention*> speakers;  // who was named saying something, in order
    mutable std::unordered_map<std::string, std::string> place_kinds;  // entity -> its *_noun cue (a memo)
    // the parties of the last act of each relation told with any ("the operation began on 16
    // October" is the offensive on Mosul the story told of before)
    struct Parties {
        std::optional<EntityId> actor, target, place;
    };
    std::unordered_map<std::string, Parties> last_act;
    // per place noun, the place last introduced with it ("the western city of Ramadi"): what
    // "the city" of a later sentence stands for, before a city only named in passing
    std::unordered_map<std::string, const Mention*> introduced;
    // the statements of the sentence being read: the token heading what each says, and the side
    // its speaker speaks for ("we", "our forces" there), null where none is known
    std::vector<std::pair<int, const Mention*>> voices;
    // the same with the speaker where it is a group ("the coalition said its aircraft ...")
    std::vector<std::pair<int, const Mention*>> group_voices;
    // the tokens heading what is said by a speaker the sentence describes but names not ("Syrian
    // opposition fighters say they captured the town"): "they" there is no party named before
    std::vector<int> unnamed_voices;
    // per last word of a place's name of several words ("refinery", "dam"), the place last named
    // so: what "the refinery" of a later sentence stands for
    std::unordered_map<std::string, const Mention*> named_heads;
    // the same for groups ("the Defense Ministry", then "the ministry"), read for the nouns of
    // institutions only (cue institution_noun): "the group" is no name's last word
    std::unordered_map<std::string, const Mention*> named_groups;
    // per title ("minister", "prime minister"), the person last named with it ("Prime Minister
    // Haider al-Abadi", "Talib Shaghati, the head of ..."): what "the prime minister" stands for
    std::unordered_map<std::string, const Mention*> titled;

    void remember(const std::vector<const Mention*>& mentions, std::size_t sentence) {
        // where the tree told no subject, the first person named (a subject tends to come first)
        bool told = subject_person && subject_sentence == sentence;
        bool told_group = subject_group && group_sentence == sentence;
        for (const Mention* m : mentions)
            if (!told && m->type == EntityType::person) {
                subject_person = m;
                subject_sentence = sentence;
                told = true;
            } else if (!told_group && m->type == EntityType::group) {
                subject_group = m;
                group_sentence = sentence;
                told_group = true;
            }
        for (const Mention* m : mentions) {
            if (m->type == EntityType::place && !reference_points.count(m)) places.push_back(m);
            // "the Baiji oil refinery", then "the refinery": a named place by its last word
            if (auto space = m->text.rfind(' '); m->type != EntityType::person && space != std::string::npos)
                (m->type == EntityType::place
                     ? named_heads
                     : named_groups)[detail::fold_word(std::string_view(m->text).substr(space + 1))] = m;
            if (!is_actor(*m)) continue;
            if (m->type == EntityType::person) last_person = m;
            actors.push_back(m);
        }
        if (actors.size() > 128) actors.erase(actors.begin(), actors.end() - 64);
        if (places.size() > 128) places.erase(places.begin(), places.end() - 64);
        reference_points.clear();
    }
};

// One candidate sentence with its parse, and what lies on its tokens.
// How many body sentences open a story with its news: what they say was said undated was said
// on the story's day.
constexpr std::size_t top_sentences = 3;

struct Parsed {
    const Sentence* sentence = nullptr;
    std::size_t index = 0;
    std::vector<std::size_t> tokens;  // per word of the tree: its token in the text
    Tree tree;
    std::vector<const Mention*> mention_at;  // per token
    std::vector<const Timex*> timex_at;      // per token: the date whose head it is
    std::vector<int> trigger_at;             // per token: index into the lexicon's triggers, or -1
    bool lead = false;                       // the story's first body sentence
    bool top = false;                        // one of the story's first few (top_sentences)
    // per token: the nearest person named before it, and whether a group is, since the last
    // quotation mark ("he" looks back no further)
    std::vector<const Mention*> person_before;
    std::vector<bool> group_before;
    // per token: the first token at or after it a group's name covers (the size where none),
    // and whether a subject comes before it
    std::vector<int> group_from;
    std::vector<bool> subject_before;
    bool tally = false;  // the sentence counts up to its telling ("to date", cue tally_idiom)
};

struct Context {
    const Document& doc;
    const Text& text;
    const RelationLexicon& lexicon;
    const KnowledgeBase& kb;
};

// ------------------------------------------------------------------ candidates

// "re-captured", "over-ran", three words to the tokenizer: the form a prefix (cue hyphen_prefix),
// a hyphen and a word make where it is a trigger's ("recaptured"), else empty.
std::string hyphen_joined(const RelationLexicon& lexicon, std::string_view prefix, std::string_view hyphen,
                          std::string_view word) {
    if (hyphen != "-" || !lexicon.cue("hyphen_prefix", prefix)) return {};
    std::string joined = std::string(prefix) + std::string(word);
    return lexicon.triggers_of(joined).empty() ? std::string() : joined;
}

// The trigger at token i of a sentence, if any (the highest priority of its forms).
const RelationLexicon::Trigger* trigger_at(const Context& cx, const std::vector<std::string>& lower,
                                           std::size_t i) {
    const RelationLexicon::Trigger* best = nullptr;
    int best_priority = -1000;
    const std::string joined =
        i >= 2 ? hyphen_joined(cx.lexicon, lower[i - 2], lower[i - 1], lower[i]) : std::string();
    for (std::size_t k : cx.lexicon.triggers_of(joined.empty() ? lower[i] : joined)) {
        const auto* trig = &cx.lexicon.triggers()[k];
        if (!trig->next.empty()) {
            const bool after_object = cx.lexicon.cue("after_object", trig->next);
            bool follows = i + 1 < lower.size() && lower[i + 1] == trig->next && !after_object;
            // a particle may follow the verb's object: "drove the militants out"
            const bool separable = after_object || cx.lexicon.cue("separable_particle", trig->next);
            for (std::size_t k = i + 2;
                 !follows && !trig->next_negated && separable && k < lower.size() && k <= i + 5; ++k)
                follows = lower[k] == trig->next;
            if (follows == trig->next_negated) continue;
        }
        int p = cx.lexicon.info(trig->relation)->priority + trig->weight;
        if (p > best_priority) best = trig, best_priority = p;
    }
    return best;
}

// Whether a word of tokens [first, end) of the text is a form of a trigger (a sentence with
// none is no candidate).
bool trigger_word(const Context& cx, std::size_t first, std::size_t end) {
    std::string folded;
    auto word = [&](std::size_t t) { return detail::fold_word(cx.text.tokens[t].span.of(cx.doc.text)); };
    for (std::size_t t = first; t < end; ++t) {
        const std::string_view w = detail::fold_word(cx.text.tokens[t].span.of(cx.doc.text), folded);
        if (!cx.lexicon.triggers_of(w).empty()) return true;
        // ("over-ran": looked at only at a hyphen)
        if (w == "-" && t > first && t + 1 < end &&
            !hyphen_joined(cx.lexicon, word(t - 1), w, word(t + 1)).empty())
            return true;
    }
    return false;
}

// Tags the trigger lexicon can correct, since the tagger learned on web text, not war news:
// a noun form ("offensive", "battle") tagged as an adjective where no noun follows it is a
// noun ("began their offensive to retake"); a verb form ("retook") tagged as a noun where no
// determiner precedes it is a verb; "that" after a speech verb opens its complement.
// "captured", "taken", "fighting", "overrun": forms a verb takes after a determiner.
bool participle_form(const Context& cx, const std::string& w) {
    return cx.lexicon.ends_with_cue("past_ending", w, 2) ||
           cx.lexicon.ends_with_cue("progressive_ending", w, 2) || cx.lexicon.cue("past_form", w);
}

bool quote_mark(std::string_view w) {
    return detail::Tree::quotation_mark(w);
}

// The tags of word i corrected where names and hyphens around it mislead the tagger
// (corrected's rules of names and modifiers).
void corrected_around_names(const Context& cx, std::vector<Upos>& tags, const std::vector<std::string>& lower,
                            const std::vector<const RelationLexicon::Trigger*>& trig,
                            const std::vector<std::string_view>& words, const std::vector<bool>& named,
                            std::size_t i) {
    // "attacked Islamic State strongholds": a plural noun after a name that a verb's object
    // opens is that name's noun, not a verb
    if (tags[i] == Upos::verb && !trig[i] && i > 1 && named[i - 1] && lower[i].size() > 3 &&
        lower[i].back() == 's') {
        std::size_t j = i - 1;
        while (j > 0 && named[j - 1]) --j;
        if (j > 0 && tags[j - 1] == Upos::verb) tags[i] = Upos::noun;
    }
    // "U.S.-backed Syrian militias", "Russian-backed regime forces": a participle of backing
    // (cue backing_participle) hyphened to a name or a word of a people modifies the party
    // after it; it is no verb (an act noun after it, "a US-backed offensive", the tagger reads
    // well)
    if (tags[i] == Upos::verb && i >= 2 && i + 1 < tags.size() && words[i - 1] == "-" &&
        (named[i - 2] || tags[i - 2] == Upos::propn || tags[i - 2] == Upos::adj) &&
        (tags[i + 1] == Upos::noun || tags[i + 1] == Upos::propn || tags[i + 1] == Upos::adj) &&
        !trig[i + 1] && cx.lexicon.cue("backing_participle", lower[i]))
        tags[i] = Upos::adj;
    // "took control a day earlier of much of Mosul": a noun of control (cue control_noun)
    // read as a verb right after a past verb is its object
    if (tags[i] == Upos::verb && i > 0 && tags[i - 1] == Upos::verb &&
        cx.lexicon.cue("control_noun", lower[i]) &&
        (cx.lexicon.cue("past_form", lower[i - 1]) ||
         cx.lexicon.ends_with_cue("regular_past_ending", lower[i - 1], 2)))
        tags[i] = Upos::noun;
    // "an operation to free Amerli", "to clear the town": a word that is both an adjective and
    // a verb (cue adjective_verb) read as the adjective after an infinitive mark and before a
    // name or a determiner is the infinitive, and the mark its mark
    if (tags[i] == Upos::adj && i > 0 && i + 1 < tags.size() && !named[i] &&
        cx.lexicon.cue("infinitive_mark", lower[i - 1]) && cx.lexicon.cue("adjective_verb", lower[i]) &&
        (named[i + 1] || tags[i + 1] == Upos::det || tags[i + 1] == Upos::propn))
        tags[i - 1] = Upos::part, tags[i] = Upos::verb;
    // "the coalition fighting Islamic State said": a present participle read as a noun
    // between a party and a name is the participle that modifies the party
    if (tags[i] == Upos::noun && !named[i] && i > 0 && i + 1 < tags.size() && named[i - 1] && named[i + 1] &&
        (tags[i - 1] == Upos::noun || tags[i - 1] == Upos::propn) &&
        cx.lexicon.ends_with_cue("progressive_ending", lower[i], 2))
        tags[i] = Upos::verb;
}

std::vector<Upos> corrected(const Context& cx, std::vector<Upos> tags, const std::vector<std::string>& lower,
                            const std::vector<const RelationLexicon::Trigger*>& trig,
                            const std::vector<std::string_view>& words, const std::vector<bool>& named) {
    for (std::size_t i = 0; i < tags.size(); ++i) {
        // a capitalised word of a name the linker found is a proper noun ("Mosul", "IS")
        bool capital = !words[i].empty() && words[i][0] >= 'A' && words[i][0] <= 'Z';
        // (but "Iraqi" in "Iraqi troops" stays the adjective it is)
        bool modifier = tags[i] == Upos::adj && i + 1 < tags.size() && named[i + 1] &&
                        !words[i + 1].empty() && words[i + 1][0] >= 'a' && words[i + 1][0] <= 'z';
        // (and an acronym of one, "the ISF", is no common noun)
        const bool acronym = words[i].size() > 1 && std::all_of(words[i].begin(), words[i].end(), [](char c) {
                                 return (c >= 'A' && c <= 'Z') || c == '-';
                             });
        if (named[i] && capital && !modifier && tags[i] != Upos::propn && (tags[i] != Upos::noun || acronym))
            tags[i] = Upos::propn;
        // "Twelve Islamic State fighters": a count word is no name, capitalised or not
        if (!named[i] && tags[i] == Upos::propn && cx.lexicon.cue("count_word", lower[i]))
            tags[i] = Upos::num;
        // "12 Islamic State fighters": a noun of members of a group is never a verb
        if (tags[i] == Upos::verb && cx.lexicon.cue("member_noun", lower[i])) tags[i] = Upos::noun;
        // a finite verb form cannot follow a determiner ("the Islamic caliphate"): a noun, unless
        // it is a participle ("the captured rebels")
        bool after_det = (i > 0 && tags[i - 1] == Upos::det) ||
                         (i > 1 && tags[i - 1] == Upos::adj && tags[i - 2] == Upos::det);
        if (tags[i] == Upos::verb && after_det && !participle_form(cx, lower[i])) tags[i] = Upos::noun;
        // "launched an offensive Sunday": a trigger read as an adjective after a determiner, with
        // no noun after it for it to modify, is the noun
        if (tags[i] == Upos::adj && trig[i] && i > 0 && tags[i - 1] == Upos::det &&
            (i + 1 == tags.size() ||
             (tags[i + 1] != Upos::noun && tags[i + 1] != Upos::adj && !named[i + 1])))
            tags[i] = Upos::noun;
        // "U.S. warplanes struck": a plural noun read as a verb right before a past verb form
        // of a trigger
        if (i > 0 && i + 1 < tags.size() && tags[i] == Upos::verb && trig[i + 1] && lower[i].size() > 3 &&
            lower[i].back() == 's' && (tags[i - 1] == Upos::propn || tags[i - 1] == Upos::adj) &&
            (participle_form(cx, lower[i + 1]) || cx.lexicon.cue("past_form", lower[i + 1])))
            tags[i] = Upos::noun;
        // "since the group overran Mosul": a subordinator read as a preposition before the
        // subject of a past verb of a trigger and the start of its object
        if (tags[i] == Upos::adp && cx.lexicon.cue("background", lower[i]) && lower[i] != "following") {
            std::size_t v = i + 1;
            while (v < tags.size() && v <= i + 5 && !trig[v] &&
                   (tags[v] == Upos::det || tags[v] == Upos::adj || tags[v] == Upos::noun ||
                    tags[v] == Upos::propn || tags[v] == Upos::num))
                ++v;
            const Upos object = v + 1 < tags.size() ? tags[v + 1] : Upos::punct;  // (its object's first word)
            if (v > i + 1 && v < tags.size() && trig[v] && trig[v]->weight >= 0 &&
                (tags[v - 1] == Upos::noun || tags[v - 1] == Upos::propn) &&
                (object == Upos::det || object == Upos::propn || object == Upos::noun ||
                 object == Upos::num || object == Upos::pron) &&
                (cx.lexicon.ends_with_cue("regular_past_ending", lower[v], 2) ||
                 cx.lexicon.cue("past_form", lower[v])))
                tags[i] = Upos::sconj, tags[v] = Upos::verb;
        }
        corrected_around_names(cx, tags, lower, trig, words, named, i);
        if (!trig[i]) continue;
        Upos next = i + 1 < tags.size() ? tags[i + 1] : Upos::punct;
        Upos prev = i > 0 ? tags[i - 1] : Upos::punct;
        bool nominal_next =
            next == Upos::noun || next == Upos::propn || next == Upos::adj || next == Upos::num;
        if (trig[i]->weight < 0 && tags[i] == Upos::adj && !nominal_next) tags[i] = Upos::noun;
        // "Coalition airstrikes supporting ...": a trigger that is only ever a noun (cue
        // noun_only), read as a verb right after a name, is the noun of that name's act
        if (tags[i] == Upos::verb && i > 0 && named[i - 1] && cx.lexicon.cue("noun_only", lower[i]))
            tags[i] = Upos::noun;
        bool verb_form = trig[i]->weight >= 0 && lower[i].size() > 3 &&
                         (cx.lexicon.ends_with_cue("regular_past_ending", lower[i], 2) ||
                          cx.lexicon.cue("past_form", lower[i]));
        if (verb_form && (tags[i] == Upos::noun || tags[i] == Upos::propn) && prev != Upos::det &&
            prev != Upos::adj && prev != Upos::pron)
            tags[i] = Upos::verb;
        // "The Peshmerga recapture Bashiqa", "Iraqi forces storm the airport": a present form
        // read as a noun between a party and what it acts on
        bool party_before = i > 0 && (named[i - 1] || cx.lexicon.cue("member_noun", lower[i - 1])) &&
                            (prev == Upos::propn || prev == Upos::noun);
        bool object_after = i + 1 < tags.size() && (named[i + 1] || next == Upos::det || next == Upos::num ||
                                                    (next == Upos::adj && i + 2 < tags.size() && !named[i]));
        if (tags[i] == Upos::noun && !named[i] && party_before && object_after &&
            !cx.lexicon.cue("member_noun", lower[i]) && !cx.lexicon.cue("title_noun", lower[i]) &&
            (trig[i]->weight >= 0 || cx.lexicon.cue("verb_too", lower[i])))
            tags[i] = Upos::verb;
        // "fell to IS", "which Daesh overran in 2014": a verb form read as an adjective or an
        // adverb before a preposition or a name
        bool followed = next == Upos::adp || next == Upos::propn || next == Upos::det;
        if (trig[i]->weight >= 0 && (tags[i] == Upos::adj || tags[i] == Upos::adv) &&
            cx.lexicon.cue("past_form", lower[i]) && followed)
            tags[i] = Upos::verb;
        // 'had "fully retaken" eastern Mosul': a past form read as an adjective after an
        // auxiliary (across quotation marks and adverbs) is the verb
        if (trig[i]->weight >= 0 && tags[i] == Upos::adj && verb_form) {
            std::size_t b = i;
            while (b > 0 && (quote_mark(words[b - 1]) || tags[b - 1] == Upos::adv)) --b;
            if (b > 0 && tags[b - 1] == Upos::aux) tags[i] = Upos::verb;
        }
        // "forces retook eastern Mosul": a past form read as a preposition is none
        if (trig[i]->weight >= 0 && tags[i] == Upos::adp && verb_form) tags[i] = Upos::verb;
        if (cx.lexicon.info(trig[i]->relation)->kind == RelationKind::speech && i + 1 < tags.size() &&
            cx.lexicon.cue("complementizer", lower[i + 1]))
            tags[i + 1] = Upos::sconj;
    }
    return tags;
}

// Whether the sentence holds a date that nothing anchors ("earlier this week" in a story with
// no date of its own); `ti` is its first temporal expression.
bool unanchored_date(const Sentence& s, const std::vector<Timex>& timexes, std::size_t ti) {
    for (std::size_t k = ti; k < timexes.size() && timexes[k].span.end <= s.span.end; ++k)
        if (timexes[k].span.begin >= s.span.begin && timexes[k].type == TimexType::date &&
            !timexes[k].value.anchored())
            return true;
    return false;
}

// The sentence's mentions and calendar dates outside its dateline (which ends at dl).
void collect(const Sentence& s, const std::vector<Mention>& mentions, const std::vector<Timex>& timexes,
             std::size_t dl, std::size_t& mi, std::size_t& ti, std::vector<const Mention*>& sm,
             std::vector<const Timex*>& st) {
    while (mi < mentions.size() && mentions[mi].where.span.begin < s.span.begin) ++mi;
    for (std::size_t k = mi; k < mentions.size() && mentions[k].where.span.end <= s.span.end; ++k)
        if (mentions[k].where.span.begin >= dl) sm.push_back(&mentions[k]);
    while (ti < timexes.size() && timexes[ti].span.begin < s.span.begin) ++ti;
    for (std::size_t k = ti; k < timexes.size() && timexes[k].span.end <= s.span.end; ++k) {
        const Timex& t = timexes[k];
        if ((t.type == TimexType::date || t.type == TimexType::time) && t.value.anchored() &&
            t.value.granularity != Granularity::century && t.span.begin >= dl)
            st.push_back(&t);
    }
}

// The text a word of the tree stands for: its token, or the whole name it was left for
// (collapse_names).
Span word_span(const Context& cx, const Parsed& p, int t) {
    Span ws = cx.text.tokens[p.tokens[static_cast<std::size_t>(t)]].span;
    if (const Mention* m = p.mention_at[static_cast<std::size_t>(t)]) {
        ws.begin = std::min(ws.begin, m->where.span.begin);
        ws.end = std::max(ws.end, m->where.span.end);
    }
    return ws;
}

// "al-Qaida-inspired militants", "an IS-linked group": a name a hyphen joins to a word of
// affiliation (cue affiliation_suffix) modifies the noun after it; it names no party there.
// Nor does one a hyphen joins after a word of stance ("anti-IS forces", "pro-Assad militias",
// cue stance_prefix).
bool affiliated(const Context& cx, const Mention& m) {
    const std::string& text = cx.doc.text;
    if (std::size_t b = m.where.span.begin; b >= 2 && text[b - 1] == '-') {
        std::size_t a = b - 1;
        while (a > 0 && b - 1 - a < 16 && std::isalpha(static_cast<unsigned char>(text[a - 1]))) --a;
        std::string word;
        for (std::size_t k = a; k < b - 1; ++k)
            word += static_cast<char>(std::tolower(static_cast<unsigned char>(text[k])));
        if (cx.lexicon.cue("stance_prefix", word)) return true;
    }
    std::size_t at = m.where.span.end;
    if (at >= text.size() || text[at] != '-') return false;
    std::string word;
    for (++at; at < text.size() && word.size() < 16 && std::isalpha(static_cast<unsigned char>(text[at]));
         ++at)
        word += static_cast<char>(std::tolower(static_cast<unsigned char>(text[at])));
    return cx.lexicon.cue("affiliation_suffix", word);
}

// Maps mentions, dates and triggers onto the tokens of a parsed sentence (two pointers: linear).
void map_tokens(const Context& cx, Parsed& p, const std::vector<const Mention*>& sm,
                const std::vector<const Timex*>& st,
                const std::vector<const RelationLexicon::Trigger*>& trig) {
    std::size_t n = p.tokens.size();
    p.mention_at.assign(n, nullptr);
    p.timex_at.assign(n, nullptr);
    std::size_t m = 0, t = 0;
    std::size_t affiliation_of = sm.size();  // the mention `affiliation` was read for
    bool affiliation = false;
    std::vector<bool> in_date(n, false);
    for (std::size_t i = 0; i < n; ++i) {
        Span ws = cx.text.tokens[p.tokens[i]].span;
        while (m < sm.size() && sm[m]->where.span.end <= ws.begin) ++m;
        if (m < sm.size() && sm[m]->where.span.contains(ws)) {
            if (m != affiliation_of) {  // (read once a name)
                affiliation_of = m;
                affiliation = affiliated(cx, *sm[m]);
            }
            if (!affiliation) p.mention_at[i] = sm[m];
        }
        while (t < st.size() && st[t]->span.end <= ws.begin) ++t;
        in_date[i] = t < st.size() && st[t]->span.contains(ws);
        if (in_date[i]) {
            // the date's head: its token whose head lies outside the date
            int h = p.tree.head(static_cast<int>(i));
            bool outside =
                h < 0 || !st[t]->span.contains(cx.text.tokens[p.tokens[static_cast<std::size_t>(h)]].span);
            if (outside) p.timex_at[i] = st[t];
        }
    }
    // "Turkey's Euphrates Shield offensive": a place's name that a capitalised word no name
    // covers goes on is part of another name, none of that place's
    for (std::size_t i = 0; i + 1 < n; ++i) {
        const Mention* m = p.mention_at[i];
        if (!m || m->type != EntityType::place || p.mention_at[i + 1] || p.timex_at[i + 1] || in_date[i + 1])
            continue;
        const int a = static_cast<int>(i), b = a + 1;
        const std::string_view next = p.tree.word(b);
        const bool joined = p.tree.head(a) == b || p.tree.head(b) == a ||
                            (p.tree.head(a) == p.tree.head(b) && p.tree.base(b) == "compound");
        if (p.tree.upos(b) != Upos::propn || next.empty() ||
            !std::isupper(static_cast<unsigned char>(next[0])) || !joined)
            continue;
        for (std::size_t k = i + 1; k-- > 0 && p.mention_at[k] == m;) p.mention_at[k] = nullptr;
    }
    p.group_from.assign(n + 1, static_cast<int>(n));
    for (std::size_t i = n; i-- > 0;)
        p.group_from[i] = p.mention_at[i] && p.mention_at[i]->type == EntityType::group ? static_cast<int>(i)
                                                                                        : p.group_from[i + 1];
    p.subject_before.assign(n + 1, false);
    for (std::size_t i = 0; i < n; ++i)
        p.subject_before[i + 1] = p.subject_before[i] || p.tree.base(static_cast<int>(i)) == "nsubj";
    p.person_before.assign(n, nullptr);
    p.group_before.assign(n, false);
    const Mention* person = nullptr;
    bool group = false;
    for (std::size_t i = 0; i < n; ++i) {
        p.person_before[i] = person, p.group_before[i] = group;
        if (quote_mark(p.tree.word(static_cast<int>(i)))) {
            person = nullptr, group = false;
        } else if (const Mention* m = p.mention_at[i]; m && is_actor(*m)) {
            if (m->type == EntityType::person)
                person = m;
            else
                group = true;
        }
    }
    p.trigger_at.assign(n, -1);
    const auto& all = cx.lexicon.triggers();
    for (std::size_t i = 0; i < n; ++i)
        // (nor a word of a date: "in the fall of 2013")
        if (trig[i] && !p.mention_at[i] && !in_date[i])
            p.trigger_at[i] = static_cast<int>(trig[i] - all.data());
}

// Makes each name the linker found one phrase of the tree (Tree::join_names).
void join_names(Parsed& p) {
    std::vector<int> name_of(p.mention_at.size(), -1);
    for (std::size_t i = 0; i < name_of.size(); ++i)
        if (p.mention_at[i])
            name_of[i] =
                i > 0 && p.mention_at[i - 1] == p.mention_at[i] ? name_of[i - 1] : static_cast<int>(i);
    p.tree.join_names(name_of);
}

// ------------------------------------------------------------------ entities

bool outlet(const Context& cx, Memory& mem, const EntityId& id) {
    auto it = mem.outlets.find(id.str());
    if (it != mem.outlets.end()) return it->second;
    bool yes = false;
    for (const auto& f : cx.kb.facts_about(id))
        if (f.subject == id && cx.lexicon.fact_role(f.relation, FactRole::instance) &&
            cx.lexicon.cue("source_class", f.value))
            yes = true;
    mem.outlets.emplace(id.str(), yes);
    return yes;
}

// Whether the name at token t is set apart from what its clause tells: "without the militias".
bool excluded(const Context& cx, const Tree& tree, int t) {
    int h = t;
    for (int d = 0; d < 3 && tree.head(h) >= 0 &&
                    (tree.base(h) == "compound" || tree.base(h) == "flat" || tree.base(h) == "amod");
         ++d)
        h = tree.head(h);
    return cx.lexicon.cue("excluding_case", tree.case_word(h));
}

// The most recent actor a generic noun or pronoun of class `cls` stands for (none set apart
// from the act, excluded).
const Mention* recent(const Context& cx, const Memory& mem, const Parsed& p, int before, std::string_view cls,
                      const Mention* besides = nullptr) {
    auto fits = [&](const Mention* m) {
        if (besides && m->entity == besides->entity) return false;
        if (cls == "person") return m->type == EntityType::person;
        if (cls == "group") return m->type == EntityType::group;
        return cx.lexicon.generic_member(cls, m->entity);
    };
    for (int i = before - 1; i >= 0; --i)
        if (const Mention* m = p.mention_at[static_cast<std::size_t>(i)];
            m && is_actor(*m) && fits(m) && !excluded(cx, p.tree, i))
            return m;
    for (auto it = mem.actors.rbegin(); it != mem.actors.rend(); ++it)
        if (fits(*it)) return *it;
    return nullptr;
}

// What kind of place the knowledge base makes of an entity, as the cue of the noun that
// stands for it: "settlement_noun", "province_noun", "country_noun", or "" (a district, a site).
const std::string& place_kind(const Context& cx, const Memory& mem, const EntityId& id) {
    auto [it, added] = mem.place_kinds.try_emplace(id.str());
    if (!added) return it->second;
    // (a river or a lake is none of these, nor an area: "strikes in the area" after "the Tigris
    // River" are not on the river; cue waterway_noun, a word of its name)
    if (auto e = cx.kb.find(id)) {
        const std::string& name = e->get().name;
        for (std::size_t b = 0, x; b < name.size(); b = x + 1) {
            x = std::min(name.find(' ', b), name.size());
            if (cx.lexicon.cue("waterway_noun", detail::fold_word(name.substr(b, x - b))))
                return it->second = "waterway_noun";
        }
    }
    const int depth = cx.kb.place_depth(id, cx.lexicon);
    const bool holds = cx.kb.holds_places(id, cx.lexicon);
    if (depth <= 1 && holds)
        it->second = "country_noun";
    else if (depth == 2 && holds)
        it->second = "province_noun";
    else if (depth == 3 || (depth >= 1 && depth <= 2 && !holds))
        it->second = "settlement_noun";
    return it->second;
}

// The last place of the kind a definite noun names ("the city"; any place for an empty kind;
// any but a country for "area": "the area" is no country), in this sentence before t (but a
// reference point) or earlier.
const Mention* recent_place(const Context& cx, const Memory& mem, const Parsed& p, int t,
                            const std::string& kind) {
    auto fits = [&](const Mention* m) {
        if (kind == "area")
            return place_kind(cx, mem, m->entity) != "country_noun" &&
                   place_kind(cx, mem, m->entity) != "waterway_noun";
        return kind.empty() || place_kind(cx, mem, m->entity) == kind;
    };
    // (not a place named only to say where another lies: "Qayyarah, 60 kilometers south of Mosul",
    // "Ramadi, the capital of Anbar province")
    const Tree& tree = p.tree;
    // (a place in the phrase of a description set beside another: the description's)
    auto locator = [&](int i) {
        int j = i;  // (from a word of the name to the name's head)
        while (tree.head(j) >= 0 && p.mention_at[static_cast<std::size_t>(tree.head(j))] ==
                                        p.mention_at[static_cast<std::size_t>(i)])
            j = tree.head(j);
        const int h = tree.head(j);
        return h >= 0 && tree.base(h) == "appos" && tree.nominal(h) &&
               !p.mention_at[static_cast<std::size_t>(h)];
    };
    for (int i = t - 1; i >= 0; --i)
        if (const Mention* m = p.mention_at[static_cast<std::size_t>(i)];
            m && m->type == EntityType::place && fits(m) && !tree.reference_point(i) && !locator(i))
            return m;
    if (!kind.empty())
        if (auto it = mem.introduced.find(p.tree.lower(t)); it != mem.introduced.end()) return it->second;
    for (auto it = mem.places.rbegin(); it != mem.places.rend(); ++it)
        if (fits(*it)) return *it;
    return nullptr;
}

// Remembers the places the sentence introduces with a place noun: "the western city of
// Ramadi", "Tikrit, a city on the Tigris".
void remember_introductions(const Context& cx, Memory& mem, const Parsed& p) {
    const Tree& tree = p.tree;
    for (int t = 0; t < tree.size(); ++t) {
        const std::string& w = tree.lower(t);
        bool place_noun = false;
        for (const char* kind : {"settlement_noun", "province_noun", "country_noun"})
            place_noun = place_noun || cx.lexicon.cue(kind, w);
        if (!place_noun || p.mention_at[static_cast<std::size_t>(t)]) continue;
        for (int c : tree.children(t))
            if (const Mention* m = p.mention_at[static_cast<std::size_t>(c)];
                m && m->type == EntityType::place && tree.base(c) == "nmod" &&
                cx.lexicon.cue("genitive_case", tree.case_word(c)))
                mem.introduced[w] = m;
        if (tree.base(t) == "appos" && tree.head(t) >= 0)
            if (const Mention* m = p.mention_at[static_cast<std::size_t>(tree.head(t))];
                m && m->type == EntityType::place)
                mem.introduced[w] = m;
    }
}

const Mention* entity_of(const Context& cx, const Memory& mem, const Parsed& p, int t, int depth = 0);

// Remembers the titles a sentence gives persons, right before a name ("Prime Minister Haider
// al-Abadi") or in the phrase set after it ("Younis Koran, a Peshmerga officer,"), by the title
// word alone and with the word before it ("prime minister"). Reads the sentence's tokens, parsed
// or not; `sm` are its mentions in text order.
void remember_titles(const Context& cx, Memory& mem, const Sentence& s,
                     const std::vector<const Mention*>& sm) {
    const auto& tokens = cx.text.tokens;
    auto lower = [&](std::size_t t) { return detail::fold_word(tokens[t].span.of(cx.doc.text)); };
    auto title = [&](std::size_t t, const Mention* m) {
        std::string w = lower(t);
        if (!cx.lexicon.cue("title_noun", w)) return false;
        mem.titled[w] = m;
        if (t > s.first_token) mem.titled[lower(t - 1) + ' ' + w] = m;
        return true;
    };
    std::size_t t = s.first_token;
    for (const Mention* m : sm) {
        if (m->type != EntityType::person) continue;
        while (t < s.end_token && tokens[t].span.end <= m->where.span.begin) ++t;
        if (t > s.first_token) title(t - 1, m);
        std::size_t end = t;
        while (end < s.end_token && tokens[end].span.begin < m->where.span.end) ++end;
        if (end >= s.end_token || tokens[end].span.of(cx.doc.text) != ",") continue;
        for (std::size_t j = end + 1; j < s.end_token && j <= end + 5; ++j) {
            char c = tokens[j].span.of(cx.doc.text).front();
            if (!std::isalpha(static_cast<unsigned char>(c)) || title(j, m)) break;
        }
    }
}

// The sentence's mentions less those that only say whose offshoot a group is ("an al Qaeda
// splinter group": not al Qaeda, cue offshoot_noun), which "the militants" never stands for.
// `sm` are its mentions in text order; linear in the sentence.
std::vector<const Mention*> parties_named(const Context& cx, const Sentence& s,
                                          const std::vector<const Mention*>& sm) {
    const auto& tokens = cx.text.tokens;
    std::vector<const Mention*> out;
    std::size_t t = s.first_token;
    for (const Mention* m : sm) {
        while (t < s.end_token && tokens[t].span.begin < m->where.span.end) ++t;
        if (t < s.end_token &&
            cx.lexicon.cue("offshoot_noun", detail::fold_word(tokens[t].span.of(cx.doc.text))))
            continue;
        out.push_back(m);
    }
    return out;
}

// Remembers the places the sentence names only to say where another it names lies: a place
// right after a preposition (cue reference_case) after a compass word or a unit of distance
// ("Bashiqa, northeast of Mosul", "Bashiqa, 15 km from Mosul"; not "gathered south of Tal
// Afar"), parsed or not. `sm` are its mentions in text order;
// linear in the sentence.
void remember_reference_points(const Context& cx, Memory& mem, const Sentence& s,
                               const std::vector<const Mention*>& sm) {
    const auto& tokens = cx.text.tokens;
    auto word = [&](std::size_t t) { return detail::fold_word(tokens[t].span.of(cx.doc.text)); };
    std::size_t t = s.first_token;
    bool located = false;  // a place named before, which a reference point may locate
    for (const Mention* m : sm) {
        while (t < s.end_token && tokens[t].span.begin < m->where.span.begin) ++t;
        if (m->type != EntityType::place) continue;
        if (located && t >= s.first_token + 2 && cx.lexicon.cue("reference_case", word(t - 1)) &&
            detail::reference_word(cx.lexicon, word(t - 2)))
            mem.reference_points.insert(m);
        located = true;
    }
}

// The person a definite title stands for ("the prime minister", "the spokesman"): the one the
// story last named with it; with a word before the title, only with that word too.
const Mention* titled_person(const Context& cx, const Memory& mem, const Tree& tree, int t) {
    const std::string& w = tree.lower(t);
    if (!cx.lexicon.cue("title_noun", w)) return nullptr;
    int before = t - 1;
    bool modified = before >= 0 && tree.head(before) == t &&
                    (tree.base(before) == "amod" || tree.base(before) == "compound");
    auto it = mem.titled.find(modified ? tree.lower(before) + ' ' + w : w);
    return it == mem.titled.end() ? nullptr : it->second;
}

// For a generic noun counted as two ("the two groups", "both groups") that stands for
// `first`, the party named before it of the same class; nullptr otherwise.
const Mention* pair_partner(const Context& cx, const Memory& mem, const Parsed& p, int t,
                            const Mention* first) {
    const Tree& tree = p.tree;
    if (t < 0 || p.mention_at[static_cast<std::size_t>(t)]) return nullptr;
    const std::string* cls = cx.lexicon.generic_class(tree.lower(t));
    bool two = false;
    for (int c : tree.children(t))
        two = two || ((tree.base(c) == "nummod" || tree.base(c) == "det") &&
                      cx.lexicon.cue("pair_word", tree.lower(c)));
    return cls && two ? recent(cx, mem, p, t, *cls, first) : nullptr;
}

// "The two groups split from one another", "IS and al-Qaeda fought each other": with no
// target read, the other of the act's two parties is its target.
void read_reciprocal(const Context& cx, const Memory& mem, const Parsed& p, const Act& act,
                     const Mention*& actor, const Mention*& target) {
    if (target || !actor) return;
    // ("one another" within the few words after the verb: parsers split the pair)
    bool reciprocal = false;
    for (int k = act.trigger + 2; k < p.tree.size() && k <= act.trigger + 4; ++k)
        reciprocal = reciprocal || cx.lexicon.cue("reciprocal", p.tree.lower(k - 1) + " " + p.tree.lower(k));
    if (!reciprocal) return;
    // a generic noun counted as two: the last two parties of its class, told in the order they
    // were named (the first named acts)
    if (const Mention* pair = pair_partner(cx, mem, p, act.actor, actor)) {
        target = actor;
        actor = pair;
        return;
    }
    // "IS and al-Qaeda split from one another": the other conjunct
    if (!act.co_actors.empty())
        if (const Mention* m = entity_of(cx, mem, p, act.co_actors.front()); m && m->entity != actor->entity)
            target = m;
}

// Whether the noun at t has a determiner that refers back ("the", "this": cue definite).
bool determined(const Context& cx, const Tree& tree, int t) {
    for (int c : tree.children(t))
        if (tree.base(c) == "det" && cx.lexicon.cue("definite", tree.lower(c))) return true;
    return false;
}

// The person "he" at t stands for: as a subject, the person the story's last sentence was
// about, else the last person named.
const Mention* person_meant(const Memory& mem, const Parsed& p, int t) {
    // a person named before it in the sentence; none when only groups are ("the General Command
    // announced ..., where he managed": translated copy, no person of an earlier sentence)
    // (the names of a quote before it are not: '"... Baghdadi ...", he said')
    if (const Mention* m = p.person_before[static_cast<std::size_t>(t)]) return m;
    if (p.group_before[static_cast<std::size_t>(t)] && t > 2) return nullptr;
    bool subject = p.tree.base(t) == "nsubj";
    if (subject && mem.subject_person && p.index <= mem.subject_sentence + 2 &&
        p.index > mem.subject_sentence)
        return mem.subject_person;
    return mem.last_person;
}

// The side a first-person word at t speaks for: that of the statement it is said in, else none.
const Mention* voice(const Memory& mem, const Tree& tree, int t) {
    for (auto [content, side] : mem.voices)
        if (tree.under(t, content)) return side;
    return nullptr;
}

// The group whose statement holds t, unless what it says names a group before t ("the
// military said IS has lost the territory it seized"); null where none.
const Mention* speaking_group(const Memory& mem, const Parsed& p, int t) {
    for (auto [content, group] : mem.group_voices)
        if (p.tree.under(t, content))
            return p.group_from[static_cast<std::size_t>(p.tree.leftmost(content))] < t ? nullptr : group;
    return nullptr;
}

// The group "its" or "their" before the members at t stands for: a group whose statement
// says it ("the coalition said its aircraft struck"), else the first group the sentence names
// before ("The PMU did not attack, and its fighters took the airport"), else, with no subject
// before, the group the sentence before was about ("The PMU vowed to fight IS. Its fighters
// took the airport"); null where none.
const Mention* possessing_group(const Memory& mem, const Parsed& p, int t) {
    if (const Mention* m = speaking_group(mem, p, t)) return m;
    int from = 0;  // (in what is said, the first group it names: "said IS used its drones")
    for (auto [content, side] : mem.voices)
        if (p.tree.under(t, content)) from = p.tree.leftmost(content);
    if (const int g = p.group_from[static_cast<std::size_t>(from)]; g < t)
        return p.mention_at[static_cast<std::size_t>(g)];
    // ("Russia's defence ministry claimed that its warplanes ...": a subject before)
    if (!p.subject_before[static_cast<std::size_t>(t)] && mem.subject_group &&
        mem.group_sentence + 1 == p.index)
        return mem.subject_group;
    return nullptr;
}

// The entity a phrase headed at token t names: a mention on its head, or on a name
// inside it ("the town of Tel Keppe", "IS fighters", "the emir, Abu Faruq"), or the
// actor a pronoun or generic noun ("the militants") stands for.
// Whether a phrase of place stands between t and its apposition c ("the hospital in western
// Mosul, the capital of Nineveh": the apposition describes Mosul).
bool described_between(const Context& cx, const Parsed& p, int t, int c) {
    const Tree& tree = p.tree;
    for (int d : tree.children(t)) {
        const Mention* m = p.mention_at[static_cast<std::size_t>(d)];
        if (d > t && d < c && tree.base(d) == "nmod" &&
            ((m && m->type == EntityType::place) || cx.lexicon.cue("place_case", tree.case_word(d))))
            return true;
    }
    return false;
}

// The group "they" at t stands for (entity_of's rule of group pronouns).
const Mention* group_meant(const Context& cx, const Memory& mem, const Parsed& p, int t, int depth) {
    const Tree& tree = p.tree;
    // "Iraqi forces said they had retaken the mosque": in what a group says, the group
    if (const Mention* m = speaking_group(mem, p, t)) return m;
    // "the militants had numbered only hundreds when they entered", "IS fighters forced the
    // peshmerga to retreat as they swept toward Erbil": a generic noun before it in the
    // sentence, determined or plural, is what "they" stands for
    // (and none when that noun names no one the story named: "to kill local forces as they
    // retake the city")
    // ("Iraq's army ... since it fled": a possessor makes the noun definite too)
    for (int g = t - 1; g >= 0; --g)
        if (!p.mention_at[static_cast<std::size_t>(g)] && cx.lexicon.generic_class(tree.lower(g)) &&
            (determined(cx, tree, g) || tree.plural(g) || tree.child(g, "nmod:poss")))
            return entity_of(cx, mem, p, g, depth + 1);
    // "Iraq's armed forces attacked Islamic State strongholds as they launched an offensive":
    // the subject of a clause on the verb is the verb's group subject
    if (const int c = tree.head(t); tree.base(t) == "nsubj" && c >= 0 &&
                                    (tree.base(c) == "advcl" || tree.base(c) == "conj") && tree.head(c) >= 0)
        if (auto s = tree.child(tree.head(c), "nsubj"); s && *s < t)
            if (const Mention* m = p.mention_at[static_cast<std::size_t>(*s)];
                m && m->type == EntityType::group)
                return m;
    // (in what a speaker the story does not name says, "they" is that speaker)
    for (int content : mem.unnamed_voices)
        if (tree.under(t, content)) return nullptr;
    if (tree.base(t) == "nsubj" && !p.group_before[static_cast<std::size_t>(t)] &&
        mem.unnamed_subject_sentence + 1 == p.index)
        return nullptr;
    return recent(cx, mem, p, t, "group");
}

// Whether a place noun has a phrase of a place it lies in: "the old city in Raqqa" is a part
// of Raqqa said as written, not the city told before (cue within_case).
bool located_within(const Context& cx, const Parsed& p, int t) {
    for (int c : p.tree.children(t))
        if (c > t && p.tree.base(c) == "nmod" && cx.lexicon.cue("within_case", p.tree.case_word(c)))
            if (const Mention* m = p.mention_at[static_cast<std::size_t>(c)];
                m && m->type == EntityType::place)
                return true;
    return false;
}

// The place an "of" phrase names for a place noun ("the western Anbar town of Rutba") or a
// compass word read as an adverb ("captured villages west of Mosul"); entity_of's rule.
const Mention* place_of_phrase(const Context& cx, const Memory& mem, const Parsed& p, int t, int depth) {
    const Tree& tree = p.tree;
    // "the western Anbar town of Rutba", "the northern Iraq city of Sinjar", "the IS bastion of
    // al-Bab": a place noun's "of" phrase names it; the name compounded before it only locates it
    if (cx.lexicon.cue("settlement_noun", tree.lower(t)) || cx.lexicon.cue("province_noun", tree.lower(t)) ||
        cx.lexicon.cue("held_place_noun", tree.lower(t)))
        for (int c : tree.children(t))
            if (c > t && tree.base(c) == "nmod" && cx.lexicon.cue("genitive_case", tree.case_word(c)))
                if (const Mention* m = p.mention_at[static_cast<std::size_t>(c)];
                    m && m->type == EntityType::place)
                    return m;
    // "captured villages west of Mosul", the compass word read as an adverb of the verb: the
    // place of its "of" phrase
    // (or of the compass word coordinated with it: "north and west of Baghdad")
    if (cx.lexicon.cue("direction_noun", tree.lower(t)) && tree.upos(t) == Upos::adv && depth < 2)
        for (int c : tree.children(t))
            if (c > t && tree.base(c) == "conj" && cx.lexicon.cue("direction_noun", tree.lower(c)))
                if (const Mention* m = place_of_phrase(cx, mem, p, c, depth + 1)) return m;
    if (cx.lexicon.cue("direction_noun", tree.lower(t)) && tree.upos(t) == Upos::adv)
        for (int c : tree.children(t))
            if (c > t && tree.base(c) == "obl" && cx.lexicon.cue("genitive_case", tree.case_word(c)) &&
                depth < 2)
                if (const Mention* m = entity_of(cx, mem, p, c, depth + 1); m && m->type == EntityType::place)
                    return m;
    return nullptr;
}

// "IS militants", whatever the tree makes of the name: a name heading a word of the noun's
// own phrase right before it, or a bare group's name right before a noun of members the tree
// made the root ("IS forces launched ..."); null where there is none.
const Mention* name_before_noun(const Context& cx, const Parsed& p, int t) {
    const Tree& tree = p.tree;
    for (int c : tree.children(t))
        if (c < t && p.mention_at[static_cast<std::size_t>(c)] && tree.rightmost(c) == t - 1 &&
            tree.label(c) != "acl:relcl" && tree.label(c) != "nmod:poss" && tree.base(c) != "conj")
            return p.mention_at[static_cast<std::size_t>(c)];
    if (t > 0 && (cx.lexicon.cue("member_noun", tree.lower(t)) || cx.lexicon.generic_class(tree.lower(t))))
        if (const Mention* m = p.mention_at[static_cast<std::size_t>(t - 1)];
            m && m->type == EntityType::group && tree.head(t - 1) < 0 &&
            p.mention_at[static_cast<std::size_t>(t)] != m)
            return m;
    return nullptr;
}

const Mention* entity_of(const Context& cx, const Memory& mem, const Parsed& p, int t, int depth) {
    if (t < 0) return nullptr;
    const Tree& tree = p.tree;
    if (const Mention* m = p.mention_at[static_cast<std::size_t>(t)]) return m;
    // "an al Qaeda splinter group" is not al Qaeda: the names before such a noun are not its own
    // and "the Mosul-Erbil highway" is neither town (cue route_noun)
    bool offshoot = cx.lexicon.cue("route_noun", tree.lower(t)) ||
                    std::any_of(tree.children(t).begin(), tree.children(t).end(), [&](int c) {
                        return c < t && cx.lexicon.cue("offshoot_noun", tree.lower(c));
                    });
    if (const Mention* m = place_of_phrase(cx, mem, p, t, depth)) return m;
    for (std::string_view want : {"appos", "flat", "compound", "nmod"})
        for (int c : tree.children(t)) {
            // (and "fighters from ISIL": members of what their "from" phrase names, cue member_case)
            // (or "a spokesman for the coalition": the party a title serves, cue representative_case)
            const bool members = (cx.lexicon.cue("member_case", tree.case_word(c)) &&
                                  cx.lexicon.cue("member_noun", tree.lower(t))) ||
                                 (cx.lexicon.cue("representative_case", tree.case_word(c)) &&
                                  cx.lexicon.cue("title_noun", tree.lower(t)));
            if (tree.base(c) != want ||
                (want == "nmod" && !members && !cx.lexicon.cue("genitive_case", tree.case_word(c))))
                continue;
            if (offshoot && want != "appos") continue;
            // ("withdrew from the town ..., according to a commander": no apposition has a preposition)
            if (want == "appos" && (tree.child(c, "case") || described_between(cx, p, t, c))) continue;
            if (p.trigger_at[static_cast<std::size_t>(c)] >= 0) continue;  // an act names no party
            if (cx.lexicon.cue("route_noun", tree.lower(c))) continue;
            if (const Mention* m = p.mention_at[static_cast<std::size_t>(c)]) return m;
            for (int g : tree.children(c))
                if (tree.base(g) == "compound" || tree.base(g) == "flat")
                    if (const Mention* m = p.mention_at[static_cast<std::size_t>(g)]) return m;
            // "control of the city of Mosul": what the "of" phrase names
            if (want == "nmod" && depth < 2)
                if (const Mention* m = entity_of(cx, mem, p, c, depth + 1)) return m;
        }
    // "the last pocket, the district of al-Ayadiya": what the apposition names
    for (int c : tree.children(t))
        if (tree.base(c) == "appos" && depth < 2 && p.trigger_at[static_cast<std::size_t>(c)] < 0 &&
            !tree.child(c, "case") && !described_between(cx, p, t, c))
            if (const Mention* m = entity_of(cx, mem, p, c, depth + 1)) return m;
    if (offshoot) return nullptr;
    if (const Mention* m = name_before_noun(cx, p, t)) return m;
    // "messengers representing Baghdadi", "fighters loyal to IS": the party they stand for
    for (int c : tree.children(t))
        if ((tree.base(c) == "acl" || tree.base(c) == "amod") &&
            cx.lexicon.cue("representing", tree.lower(c)))
            for (int g : tree.children(c))
                if (tree.base(g) == "obj" || tree.base(g) == "obl")
                    if (const Mention* m = p.mention_at[static_cast<std::size_t>(g)]) return m;
    // "Mosul, the group's last stronghold, which was overrun": the name the noun is in apposition to
    if (tree.base(t) == "appos" && tree.head(t) >= 0)
        if (const Mention* m = p.mention_at[static_cast<std::size_t>(tree.head(t))]) return m;
    // "Ramadi had been the group's biggest prize, seized in May": a predicate noun of a copula
    // names the place its subject names
    if (tree.child(t, "cop"))
        if (auto s = tree.child(t, "nsubj"); s && *s < t)
            if (const Mention* m = p.mention_at[static_cast<std::size_t>(*s)];
                m && m->type == EntityType::place)
                return m;
    // "the organization Daesh" read as two subjects: the name right after the noun
    if (t + 1 < tree.size() && tree.head(t + 1) == tree.head(t) && tree.label(t + 1) == tree.label(t))
        if (const Mention* m = p.mention_at[static_cast<std::size_t>(t + 1)]) return m;
    const std::string& w = tree.lower(t);
    // "we", "our forces": the speaker's side
    auto possessor = tree.child(t, "nmod:poss");
    if (cx.lexicon.cue("first_person", w) ||
        (possessor && cx.lexicon.cue("first_person", tree.lower(*possessor))))
        return voice(mem, tree, t);
    bool definite = determined(cx, tree, t) || possessor;
    // (not "the town of Bashiqa's outskirts": its "of" phrase says which, if not what it names)
    const auto of = tree.child(t, "nmod");
    const bool said_which =
        (of && tree.nominal(*of) && cx.lexicon.cue("genitive_case", tree.case_word(*of))) ||
        located_within(cx, p, t);
    for (const char* kind : {"settlement_noun", "province_noun", "country_noun"})
        if (definite && !said_which && cx.lexicon.cue(kind, w)) return recent_place(cx, mem, p, t, kind);
    // (not "their region": an area of people's is not the place told before; "their town" is)
    const bool peoples = possessor && tree.upos(*possessor) == Upos::pron &&
                         !cx.lexicon.cue("place_pronoun", tree.lower(*possessor));
    // (not "the United Nations' refugee agency" after another agency: a possessor says whose)
    if (auto it = mem.named_heads.find(w); definite && it != mem.named_heads.end() &&
                                           !tree.child(t, "nmod") &&
                                           !(possessor && p.mention_at[static_cast<std::size_t>(*possessor)]))
        return it->second;
    if (const Mention* m = definite ? titled_person(cx, mem, tree, t) : nullptr) return m;
    // (not "Russia's defence ministry": a possessor says whose)
    if (auto it = mem.named_groups.find(w); definite && it != mem.named_groups.end() && !possessor &&
                                            !tree.child(t, "nmod") && cx.lexicon.cue("institution_noun", w))
        return it->second;
    if (definite && !said_which && !peoples && cx.lexicon.cue("area_noun", w))
        return recent_place(cx, mem, p, t, "area");
    if (cx.lexicon.cue("person_pronoun", w)) return person_meant(mem, p, t);
    if (cx.lexicon.cue("group_pronoun", w)) return group_meant(cx, mem, p, t, depth);
    // "its fighters", "their forces": the members of the group the pronoun stands for
    if (possessor && cx.lexicon.cue("group_possessive", tree.lower(*possessor)) &&
        (cx.lexicon.cue("member_noun", w) || cx.lexicon.cue("instrument_noun", w) ||
         cx.lexicon.generic_class(w)))
        if (const Mention* m = possessing_group(mem, p, t)) return m;
    // (a bare plural as the doer, "militants staged an attack", "seized by militants", is those
    // named before too; not one a modifier tells apart: "Shiite militants")
    const bool bare_doer =
        tree.plural(t) &&
        std::all_of(tree.children(t).begin(), tree.children(t).end(),
                    [&](int c) { return tree.base(c) == "case" || tree.upos(c) == Upos::punct; }) &&
        (tree.base(t) == "nsubj" || cx.lexicon.cue("agent_case", tree.case_word(t)));
    if (const std::string* cls = cx.lexicon.generic_class(w)) {
        // "the United Nations' refugee agency": a group's body is that group's
        if (const Mention* m = possessor ? p.mention_at[static_cast<std::size_t>(*possessor)] : nullptr;
            m && m->type == EntityType::group && *cls == "group")
            return m;
        if (definite || bare_doer) return recent(cx, mem, p, t, *cls);
    }
    return nullptr;
}

// The name that ends right before token t, across a comma or a dash; -1 when none.
int name_token_before(const Parsed& p, int t) {
    for (int i = t - 1, skipped = 0; i >= 0 && skipped <= 1; --i, ++skipped) {
        if (p.mention_at[static_cast<std::size_t>(i)]) return i;
        if (p.tree.upos(i) != Upos::punct) return -1;
    }
    return -1;
}

// What the relative pronoun at t stands for when the tree's antecedent (`noun`) names nothing:
// the name right before the pronoun ("from the Islamic State, which captured"), unless that name
// only modifies the noun ("Daesh's last stronghold in northern Iraq, which"): then the name the
// noun is set beside ("Mosul — Daesh's last stronghold ..., which").
const Mention* name_before(const Parsed& p, int t, int noun) {
    int at = name_token_before(p, t);
    if (at < 0) return nullptr;
    if (noun < 0 || noun == at || !p.tree.nominal(noun) || !p.tree.under(at, noun))
        return p.mention_at[static_cast<std::size_t>(at)];
    int beside = name_token_before(p, p.tree.leftmost(noun));
    if (beside < 0 || beside == p.tree.leftmost(noun) - 1) return nullptr;  // a punctuation mark sets it off
    return p.mention_at[static_cast<std::size_t>(beside)];
}

// "Ramadi, the capital of Anbar province, which the militants overran": for the description
// at `at` (or the name in its "of" phrase) set beside another name after a comma, that name,
// which a relative pronoun after the description stands for; null otherwise.
const Mention* described_name(const Context& cx, const Memory& mem, const Parsed& p, int at) {
    const Tree& tree = p.tree;
    if (at < 0) return nullptr;
    int h = at;  // the description's noun
    if (p.mention_at[static_cast<std::size_t>(at)] && cx.lexicon.cue("genitive_case", tree.case_word(at)))
        h = tree.head(at);
    if (h < 0 || h > at || !tree.nominal(h) || !tree.child(h, "det") ||
        p.mention_at[static_cast<std::size_t>(h)])
        return nullptr;
    const Mention* named = entity_of(cx, mem, p, h);
    const int beside = name_token_before(p, tree.leftmost(h));
    if (beside < 0 || beside >= tree.leftmost(h) - 1 || !named ||
        p.mention_at[static_cast<std::size_t>(beside)]->type != named->type)
        return nullptr;
    return p.mention_at[static_cast<std::size_t>(beside)];
}

// Whether the relative pronoun at t opens a clause set off by a comma ("..., which").
bool nonrestrictive_at(const Tree& tree, int t) {
    return t > 0 && tree.word(t - 1) == ",";
}

// What a relative pronoun at t hung on a word naming nothing (`noun`) stands for: the name
// before it, or the noun that name only locates ("Daesh's last stronghold in northern Iraq,
// which was overrun": the stronghold, Mosul), or the name the noun is set beside.
const Mention* relative_referent(const Context& cx, const Memory& mem, const Parsed& p, int t, int noun) {
    const Tree& tree = p.tree;
    int at = name_token_before(p, t);
    // "from Islamic State militants who have occupied the city", the clause hung elsewhere: the
    // noun right before the pronoun, by the name its phrase holds
    if (at < 0 && t > 0 && tree.nominal(t - 1)) return entity_of(cx, mem, p, t - 1);
    if (at < 0) return nullptr;
    // a name inside a phrase set beside another name: that name ("Fallujah, an hour's drive
    // west of Baghdad, which the militants have held")
    auto phrase = [&](int n) {  // a noun phrase, whatever the tag says ("an hour's drive")
        return !tree.verbal(n) || tree.child(n, "det") || tree.child(n, "nmod:poss");
    };
    for (int n = at, d = 0; n >= 0 && d < 4 && phrase(n); n = tree.head(n), ++d)
        if (n != at && tree.base(n) == "appos" && tree.head(n) >= 0 && tree.head(n) < n)
            if (const Mention* m = p.mention_at[static_cast<std::size_t>(tree.head(n))]) return m;
    int h = tree.head(at);
    if (h >= 0 && h < at && tree.nominal(h) && tree.base(at) == "nmod" &&
        cx.lexicon.cue("place_case", tree.case_word(at)))
        if (const Mention* m = entity_of(cx, mem, p, h)) return m;
    if (const Mention* m = described_name(cx, mem, p, at)) return m;
    // a name that only says where the phrase lies ("an hour's drive west of Baghdad, which"):
    // the name before the phrase's opening comma
    if (h >= 0 && cx.lexicon.cue("direction_noun", tree.lower(h)))
        for (int i = at - 1; i > 0; --i)
            if (tree.word(i) == ",") {
                int before = name_token_before(p, i);
                if (before >= 0) return p.mention_at[static_cast<std::size_t>(before)];
                break;
            }
    return name_before(p, t, noun);
}

// Copy translated in the order verb, subject, object ("Swept through the organization Daesh
// large areas of Iraqi cities in June 2014"): a sentence-initial verb with no subject has the
// first party named after it, before any comma, as its subject.
const Mention* verb_first_subject(const Parsed& p, int trigger) {
    const Tree& tree = p.tree;
    if (trigger != 0 || tree.upos(0) != Upos::verb || tree.head(0) >= 0) return nullptr;
    for (int i = 1; i < tree.size() && tree.word(i) != ","; ++i)
        if (const Mention* m = p.mention_at[static_cast<std::size_t>(i)]; m && is_actor(*m)) return m;
    return nullptr;
}

std::optional<EntityId> id_of(const Mention* m) {
    if (!m) return std::nullopt;
    return m->entity;
}

// ------------------------------------------------------------------ dates

// The dates of the predicates of one sentence: index by token.
// A date phrase right after a nominal act's phrase is the act's, wherever the tree hangs it
// higher up: "the largest battle since the capture of Baghdad in 2003".
std::vector<std::optional<TimeValue>> predicate_dates(const Parsed& p, const std::vector<bool>& acts,
                                                      const RelationLexicon& lex, std::string_view text) {
    // (a date that writes its year says more than one counted from another: "five days
    // earlier, on June 29, 2014")
    auto written_year = [&](const Timex& t) {
        const std::string_view w = t.span.of(text);
        int run = 0;
        for (char c : w) {
            run = c >= '0' && c <= '9' ? run + 1 : 0;
            if (run == 4) return true;
        }
        return false;
    };
    const auto& tree = p.tree;
    std::vector<std::optional<TimeValue>> out(static_cast<std::size_t>(tree.size()));
    std::vector<bool> with_year(static_cast<std::size_t>(tree.size()),
                                false);                                      // the date there writes its year
    std::vector<int> act_ending(static_cast<std::size_t>(tree.size()), -1);  // last word -> nominal act
    for (int i = 0; i < tree.size(); ++i) {
        int k = p.trigger_at[static_cast<std::size_t>(i)];
        if (k >= 0 && tree.nominal(i) &&
            lex.info(lex.triggers()[static_cast<std::size_t>(k)].relation)->kind == RelationKind::event)
            act_ending[static_cast<std::size_t>(tree.rightmost(i))] = i;
    }
    for (int i = 0; i < tree.size(); ++i) {
        const Timex* t = p.timex_at[static_cast<std::size_t>(i)];
        // (a date said to be something, or what something is said to be, dates nothing: "2016
        // will be the year of victory")
        if (!t || tree.child(i, "cop") ||
            (tree.base(i) == "nsubj" && tree.head(i) >= 0 && tree.nominal(tree.head(i)) &&
             tree.child(tree.head(i), "cop")))
            continue;
        int pred = detail::governing_predicate(tree, i, acts, false);
        int before = tree.leftmost(i) - 1;
        int adjacent = before >= 0 ? act_ending[static_cast<std::size_t>(before)] : -1;
        if (adjacent >= 0 && pred >= 0 && adjacent != pred && tree.under(adjacent, pred) &&
            !tree.under(i, adjacent))
            pred = adjacent;
        if (pred < 0) continue;
        TimeValue v = t->value;
        if (v.granularity == Granularity::time) v = day_value(date::year_month_day(*v.first));
        auto& slot = out[static_cast<std::size_t>(pred)];
        auto year = with_year[static_cast<std::size_t>(pred)];
        if (!slot || v.granularity < slot->granularity ||
            (v.granularity == slot->granularity && !year && written_year(*t))) {
            slot = v;
            year = written_year(*t);
        }
    }
    return out;
}

// The date of an act: its own, else that of the clause it is coordinated with or
// subordinate to (never across a relative clause or a background phrase, nor to a clause
// told as coming later).
// The date of a predicate's purpose clause, reporting noun or the act it is part of: "began an
// offensive to retake Mosul in October 2016", "told Reuters in an interview on Monday",
// "pushed them out in a two-day operation last week".
std::optional<TimeValue> dependent_date(const Tree& tree, const std::vector<std::optional<TimeValue>>& dates,
                                        int pred, const RelationLexicon& lex,
                                        const std::vector<const Timex*>& timex_at) {
    for (int c : tree.children(pred)) {
        std::string_view l = tree.base(c);
        bool purpose =
            (l == "acl" || l == "advcl" || l == "xcomp") && lex.cue("infinitive_mark", tree.case_word(c));
        bool report = (l == "obl" || l == "nmod") && lex.cue("reporting_noun", tree.lower(c));
        // "pushed them out in a two-day operation last week"
        bool part = l == "obl" && tree.nominal(c) && lex.cue("during_case", tree.case_word(c));
        if ((purpose || report || part) && dates[static_cast<std::size_t>(c)])
            return dates[static_cast<std::size_t>(c)];
        // "declared victory in Raqqa, declaring the city free, on Friday": a participle set off
        // after the predicate tells the same time, where the date is its own (not one of a clause
        // inside it: "hailing the biggest success since the jihadists overran the north last June")
        if (l == "advcl" && c > pred && tree.gerund(c) && !tree.child(c, "mark") && tree.set_off(c) &&
            dates[static_cast<std::size_t>(c)])
            for (int g : tree.children(c))
                if (tree.base(g) == "obl" && timex_at[static_cast<std::size_t>(g)])
                    return dates[static_cast<std::size_t>(c)];
        // "When IS overran Sinjar in August 2014, thousands were killed": the time of a clause of
        // cue when_mark (its predicate's date, or one of a verb the tree hangs on it)
        if (l == "advcl" && (lex.cue("when_mark", tree.case_word(c)) ||
                             std::any_of(tree.children(c).begin(), tree.children(c).end(), [&](int g) {
                                 return g < c && tree.base(g) == "advmod" &&
                                        lex.cue("when_mark", tree.lower(g));
                             }))) {
            if (dates[static_cast<std::size_t>(c)]) return dates[static_cast<std::size_t>(c)];
            for (int g : tree.children(c))
                if (tree.verbal(g) && dates[static_cast<std::size_t>(g)])
                    return dates[static_cast<std::size_t>(g)];
        }
        // (the act hung on the verb's place: "out of the town in a two-day operation")
        if (l == "obl" || l == "obj")
            for (int g : tree.children(c))
                if (tree.base(g) == "nmod" && tree.nominal(g) && lex.cue("during_case", tree.case_word(g)) &&
                    dates[static_cast<std::size_t>(g)])
                    return dates[static_cast<std::size_t>(g)];
    }
    // (the when-clause read as the main clause, the act its complement: "When IS overran Sinjar
    // in August 2014, [thousands were killed]")
    const int h = tree.head(pred);
    if (h >= 0 && h < pred && (tree.base(pred) == "ccomp" || tree.base(pred) == "parataxis") &&
        dates[static_cast<std::size_t>(h)])
        for (int g : tree.children(h))
            if (g < h && (tree.base(g) == "advmod" || tree.base(g) == "mark") &&
                lex.cue("when_mark", tree.lower(g)))
                return dates[static_cast<std::size_t>(h)];
    return std::nullopt;
}

std::optional<TimeValue> clause_date(const Tree& tree, const std::vector<std::optional<TimeValue>>& dates,
                                     const Act& act, const RelationLexicon& lex,
                                     const std::vector<const Timex*>& timex_at) {
    for (int t : {act.trigger, act.clause, act.paired})
        if (t >= 0 && dates[static_cast<std::size_t>(t)]) return dates[static_cast<std::size_t>(t)];
    // the date the tree hangs on the verb's object: "seized control of the city on Tuesday",
    // "detonated a truck at a market in Sadr City on Sunday" (at most three phrases down)
    if (auto o = tree.child(act.trigger, "obj"); o && tree.verbal(act.trigger))
        for (int at = *o, depth = 0; at >= 0 && depth < 4; ++depth) {
            if (dates[static_cast<std::size_t>(at)]) return dates[static_cast<std::size_t>(at)];
            int next = -1;
            for (int c : tree.children(at))
                if (next < 0 && (tree.base(c) == "nmod" || tree.base(c) == "appos")) next = c;
            at = next;
        }
    for (int t : {act.trigger, act.clause})
        if (auto d = dependent_date(tree, dates, t, lex, timex_at)) return d;
    int p = act.clause;
    for (int d = 0; d < 6 && p >= 0; ++d) {
        std::string_view l = tree.base(p);
        if (l != "conj" && l != "xcomp" && l != "advcl" && l != "parataxis") break;
        // "stormed Bashiqa on Monday, a week after troops launched an offensive": a clause set
        // before or after the one it hangs on has a date of its own, but one just before it
        // ("took Mosul on Tuesday after soldiers fled") is dated by it (cue prior_case)
        if (const std::string_view mark = tree.case_word(p); lex.cue("background", mark)) {
            const int before = tree.leftmost(p) - 1;
            const bool stretch = before >= 0 && tree.upos(before) == Upos::noun;  // "a week after"
            if (!lex.cue("prior_case", mark) || stretch) return std::nullopt;
        }
        // "... by 2004, but IS later broke off": a clause told as coming after keeps no date
        for (int c : tree.children(p))
            if (tree.base(c) == "advmod" && lex.cue("sequel_adverb", tree.lower(c))) return std::nullopt;
        p = tree.head(p);
        if (p >= 0 && dates[static_cast<std::size_t>(p)]) return dates[static_cast<std::size_t>(p)];
    }
    return std::nullopt;
}

bool present_tense(const Tree& tree, int pred, const RelationLexicon& lex) {
    for (int c : tree.children(pred))
        if ((tree.base(c) == "aux" || tree.base(c) == "cop") && lex.cue("present", tree.lower(c)))
            return true;
    return lex.cue("present", tree.lower(pred));
}

// Whether pred is told in the present perfect ("have launched").
// "Has since seized" sets the act back in time, not in the story's day: no perfect of news.
bool perfect(const Tree& tree, int pred, const RelationLexicon& lex) {
    bool perfect = false;
    for (int c : tree.children(pred)) {
        if (tree.base(c) == "aux" && lex.cue("perfect_aux", tree.lower(c))) perfect = true;
        if (tree.base(c) == "advmod" && lex.cue("background", tree.lower(c))) return false;
    }
    return perfect;
}

// A week ("last week") is reported as the month of its Thursday: chronology dates are
// days, months, seasons and years.
TimeValue reportable(TimeValue v) {
    if (v.granularity != Granularity::week || !v.anchored()) return v;
    // (a weekend is in the month of its Saturday, a week in that of its Thursday)
    const bool weekend = *v.last - *v.first < date::days(6);
    date::year_month_day thursday{*v.first + date::days(weekend ? 0 : 3)};
    return month_value(date::year_month{thursday.year(), thursday.month()});
}

// ------------------------------------------------------------------ relations

// Labels of the entities a document names that the knowledge base does not know.
using Labels = std::unordered_map<std::string, std::string>;

Labels labels_of(const std::vector<Mention>& mentions) {
    Labels out;
    for (const Mention& m : mentions) out.emplace(m.entity.str(), m.label);
    return out;
}

std::string label_of(const Context& cx, const EntityId& id, const Labels& labels) {
    if (auto e = cx.kb.find(id)) return e->get().name;
    if (auto it = labels.find(id.str()); it != labels.end()) return it->second;
    return id.str();
}

// The line a person reads: "Iraqi forces recaptured Ramadi", "Ramadi was recaptured", said as
// the chronology says it (say_act); else with the vocabulary's passive form.
std::string summary_of(const Context& cx, const Relation& r, const Labels& labels) {
    auto label = [&](const std::optional<EntityId>& id) {
        return id ? label_of(cx, *id, labels) : std::string();
    };
    std::optional<EntityId> target = r.target;
    std::optional<EntityId> place = r.place;
    // "recaptured East Mosul", not "recaptured Mosul in East Mosul": the side names the act's target
    if (r.target && r.place && *r.target != *r.place)
        for (const auto& f : cx.kb.facts_about(*r.place))
            if (f.subject == *r.place && cx.lexicon.fact_role(f.relation, FactRole::part) &&
                f.object == *r.target)
                target = place;
    std::string target_label = label(target);
    // "declared himself": the act's actor as its own target
    if (target && r.actor && *target == *r.actor) {
        auto e = cx.kb.find(*target);
        target_label = e && e->get().type == EntityType::person ? "himself" : "itself";
    }
    // (a thing said as written names no place, so a place the act is on is said as its place:
    // "attacked the hospital in West Mosul")
    if (!r.thing.empty() && target && !place)
        if (auto e = cx.kb.find(*target); !e || e->get().type == EntityType::place) place = target;
    std::string place_label = r.thing_names_place ? std::string() : label(place);
    std::string according =
        r.attributed_to && r.attributed_to != r.actor ? label(r.attributed_to) : std::string();
    // an act taken to be its announcer's ("Abadi declared the full liberation of eastern Mosul")
    const bool announced = told_as_announced(cx.lexicon, r.type, r.actor, r.attributed_to);
    std::string out =
        announced ? say_announced(cx.lexicon, r.type, label(r.actor), target_label, place_label, r.near)
                  : say_act(cx.lexicon, r.type, label(r.actor), target_label, place_label, according, r.thing,
                            r.near, r.one_thing, r.thing_has_verb);
    if (!out.empty()) return out;
    const RelationInfo* info = cx.lexicon.info(r.type);
    std::string passive = info ? info->passive : "{t}: " + r.type;
    auto at = passive.find("{t}");
    std::optional<EntityId> named = target ? target : place;
    if (named && at != std::string::npos) passive.replace(at, 3, label(named));
    out = passive;
    if (place && named && *place != *named)
        out +=
            (r.near ? " " + std::string(cx.lexicon.first_cue_word("near_case")) + " " : std::string(" in ")) +
            label(place);
    if (!according.empty()) out += ", according to " + according;
    if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
    return out;
}

// The first place a phrase list names.
// `near` tells whether the phrase puts the act near the place, not in it: a direction noun
// ("northeast of Mosul") or a "near" phrase.
std::optional<EntityId> place_of(const Context& cx, const Memory& mem, const Parsed& p,
                                 const std::vector<int>& heads, bool& near) {
    for (int h : heads) {
        // "killed in a US strike": an act's noun is no place, whatever names its doer
        if (p.trigger_at[static_cast<std::size_t>(h)] >= 0 && !p.mention_at[static_cast<std::size_t>(h)])
            continue;
        if (const Mention* m = entity_of(cx, mem, p, h); m && m->type == EntityType::place) {
            near = (!p.mention_at[static_cast<std::size_t>(h)] &&
                    cx.lexicon.cue("direction_noun", p.tree.lower(h))) ||
                   cx.lexicon.cue("near_case", p.tree.case_word(h)) || p.tree.reference_point(h);
            return m->entity;
        }
    }
    // "at a checkpoint in Kirkuk", "in a market near Baghdad": where the phrase's own noun lies
    // (two phrases down: "in the early hours of Friday across Kirkuk")
    for (int h : heads)
        for (int c : p.tree.children(h)) {
            if (p.tree.base(c) != "nmod") continue;
            for (int g : p.tree.children(c))
                if (p.tree.base(g) == "nmod" && cx.lexicon.cue("place_case", p.tree.case_word(g)) &&
                    !cx.lexicon.cue("place_case", p.tree.case_word(c)))
                    if (const Mention* m = p.mention_at[static_cast<std::size_t>(g)];
                        m && m->type == EntityType::place) {
                        near = cx.lexicon.cue("near_case", p.tree.case_word(g));
                        return m->entity;
                    }
            if (!cx.lexicon.cue("place_case", p.tree.case_word(c))) continue;
            if (const Mention* m = p.mention_at[static_cast<std::size_t>(c)];
                m && m->type == EntityType::place) {
                near = cx.lexicon.cue("near_case", p.tree.case_word(c));
                return m->entity;
            }
        }
    return std::nullopt;
}

// "detonated a truck at a market in Sadr City": the place a phrase under the verb's object
// names, which the tree hung there and not on the verb (at most three phrases down, through a
// participle that describes the object: "the last district held by militants in the city of
// Falluja").
std::optional<EntityId> place_in_object(const Context& cx, const Memory& mem, const Parsed& p, int object,
                                        bool& near) {
    const Tree& tree = p.tree;
    int at = object;
    for (int depth = 0; depth < 3; ++depth) {
        int next = -1;
        for (int c : tree.children(at)) {
            const std::string_view l = tree.base(c);
            // (the participle and its phrases are passed through, never the place themselves)
            const bool through = (l == "acl" && tree.participle(c)) || (l == "obl" && tree.participle(at));
            // ("seized vast areas north and west of Baghdad": a compass word on the object)
            if (l == "advmod" && cx.lexicon.cue("direction_noun", tree.lower(c)))
                if (const Mention* m = entity_of(cx, mem, p, c); m && m->type == EntityType::place) {
                    near = true;
                    return m->entity;
                }
            if (l != "nmod" && l != "appos" && !through) continue;
            if (!through && cx.lexicon.cue("place_case", tree.case_word(c)))
                if (const Mention* m = entity_of(cx, mem, p, c); m && m->type == EntityType::place) {
                    near = cx.lexicon.cue("near_case", tree.case_word(c));
                    return m->entity;
                }
            if (next < 0) next = c;
        }
        if (next < 0) break;
        at = next;
    }
    return std::nullopt;
}

// Whether the target is a country named by a phrase of place ("an offensive in Iraq").
bool country_phrase(const Context& cx, const Memory& mem, const Parsed& p, const Act& act,
                    const Mention* target) {
    return target && target->type == EntityType::place && act.target >= 0 &&
           p.mention_at[static_cast<std::size_t>(act.target)] == target &&
           cx.lexicon.cue("place_case", p.tree.case_word(act.target)) &&
           place_kind(cx, mem, target->entity) == "country_noun";
}

// The place an act's infinitive of purpose names ("an assault on the group to retake Falluja"),
// on the act's noun or on its clause; none where it names no place.
const Mention* purpose_place(const Context& cx, const Memory& mem, const Parsed& p, const Act& act) {
    int goal = detail::purpose_object(p.tree, act.trigger, {"acl", "advcl"}, -1);
    if (goal < 0 && act.clause != act.trigger && p.tree.verbal(act.clause))
        goal = detail::purpose_object(p.tree, act.clause, {"advcl", "xcomp"}, act.trigger);
    const Mention* m = entity_of(cx, mem, p, goal);
    return m && m->type == EntityType::place ? m : nullptr;
}

// "made major gains in Syria": ground taken in a country, not the country. Whether the
// target became the place: 0 where not, 2 where the object is a part of the country said as
// written ("seized swaths of northern Iraq"), else 1.
int ground_in_country(const Context& cx, const Memory& mem, const Parsed& p, const Act& act, Relation& r,
                      const Mention* target) {
    if (!target || target->type != EntityType::place || !cx.lexicon.cue("place_target", r.type) ||
        act.target < 0 || place_kind(cx, mem, target->entity) != "country_noun")
        return 0;
    // "gains in Syria", "seized large swaths of Syria", "the territory that the group seized
    // as it rampaged across Iraq"
    bool gains_in =
        p.tree.nominal(act.trigger) && cx.lexicon.cue("within_case", p.tree.case_word(act.target));
    int object = act.target;
    if (cx.lexicon.cue("relative", p.tree.lower(object)) && act.relative_head >= 0)
        object = act.relative_head;
    const bool part = cx.lexicon.cue("part_noun", p.tree.lower(object));
    if (!gains_in && !part) return 0;
    r.place = target->entity;
    r.near = false;
    r.target.reset();
    return part && !gains_in && object == act.target ? 2 : 1;
}

// Whether the knowledge base makes an entity one that orders acts: a group (a command, a
// ministry), or a person who leads one or holds an office.
bool commands(const Context& cx, const EntityId& id) {
    auto e = cx.kb.find(id);
    if (!e) return false;
    if (e->get().type == EntityType::group) return true;
    for (const auto& f : cx.kb.facts_about(id)) {
        if (f.subject != id) continue;
        if (cx.lexicon.fact_role(f.relation, FactRole::leader)) return true;
        // an office that commands; a spokesman only tells what others did
        if (cx.lexicon.fact_role(f.relation, FactRole::office) &&
            !cx.lexicon.cue("speaking_office", detail::fold_word(f.value.substr(0, f.value.find(' ')))))
            return true;
    }
    return false;
}

// The force a command leads ("the General Command of the Armed Forces" leads the Iraqi forces,
// data/kb/facts.tsv); none for a person or a group that leads none.
std::optional<EntityId> led_force(const Context& cx, const EntityId& id) {
    auto e = cx.kb.find(id);
    if (!e || e->get().type != EntityType::group) return std::nullopt;
    for (const auto& f : cx.kb.facts_about(id))
        if (f.subject == id && !f.object.empty() && cx.lexicon.fact_role(f.relation, FactRole::leader))
            return f.object;
    return std::nullopt;
}

// "The operation", "this offensive": an act noun that refers back to one the story told of.
bool definite_act(const Context& cx, const Parsed& p, int t) {
    const Tree& tree = p.tree;
    return tree.nominal(t) && determined(cx, tree, t);
}

// Text as written, on one line, without its straight and curly double quotation marks.
std::string unquoted(std::string_view text) {
    std::string out;
    for (std::string_view rest = text; !rest.empty();) {
        if (rest.rfind("\xe2\x80\x9c", 0) == 0 || rest.rfind("\xe2\x80\x9d", 0) == 0) {  // curly quotes
            rest.remove_prefix(3);
            continue;
        }
        char c = rest.front();
        rest.remove_prefix(1);
        if (c != '"') out += c == '\n' || c == '\r' ? ' ' : c;
    }
    return out;
}

// The first and last word of t's phrase as phrase_text says it.
std::pair<int, int> phrase_extent(const Context& cx, const Parsed& p, int t, int keep, int most) {
    const Tree& tree = p.tree;
    int first = t, last = t;
    // (a name's phrase ends before what a comma sets off after it: "most of Tal Abyad[, a
    // strategically important town near the border]")
    // (nor does any noun's phrase take in a clause on it: "the formation of a caliphate[ declared
    // by the group]")
    auto core_end = [&](int c) {
        const bool name = tree.upos(c) == Upos::propn;
        int end = c;
        for (int g : tree.children(c)) {
            if (g < c) continue;
            const std::string_view gl = tree.base(g);
            if (gl == "acl" || (name && (gl == "appos" || gl == "parataxis" || tree.upos(g) == Upos::punct)))
                break;
            end = std::max(end, tree.rightmost(g));
        }
        return end;
    };
    for (int c : tree.children(t)) {
        std::string_view l = tree.base(c);
        if (c < t && l != "case" && l != "mark" && l != "punct" && l != "cc")
            first = std::min(first, tree.leftmost(c));
        if (c < t) continue;
        bool part = l == "nmod" || l == "amod" || l == "compound" || l == "flat" || l == "nummod";
        // (the preposition may be read as an adverb: "civilians [near] Hit")
        const auto adverb = tree.child(c, "advmod");
        // (or a direction from a place: "villages [to the south of Mosul]")
        const bool place = cx.lexicon.cue("place_case", tree.case_word(c)) ||
                           (adverb && *adverb < c && cx.lexicon.cue("place_case", tree.lower(*adverb))) ||
                           cx.lexicon.cue("direction_noun", tree.lower(c));
        // (nor a date the tree hangs on it: "recaptured parts of Kobani [on Sunday]")
        if (!part || (c != keep && place) || p.timex_at[static_cast<std::size_t>(c)]) break;
        last = core_end(c);
    }
    // (a date ends the phrase, wherever the tree hangs it: "parts of Kobani [on Sunday]"; so does
    // a place phrase deeper in it: "the ruins of an ancient mosque [in Mosul]")
    for (int i = t + 1; i <= last; ++i)
        if (const int h = tree.head(i);
            tree.base(i) == "case" && h > i && h != keep && cx.lexicon.cue("place_case", tree.lower(i)) &&
            p.mention_at[static_cast<std::size_t>(h)] &&
            p.mention_at[static_cast<std::size_t>(h)]->type == EntityType::place) {
            last = i - 1;
            break;
        }
    for (int i = t + 1; i <= last; ++i)
        if (p.timex_at[static_cast<std::size_t>(i)] && tree.upos(i) != Upos::num) {
            last = i - 1;
            while (last > t && (tree.base(last) == "case" || tree.upos(last) == Upos::punct)) --last;
            break;
        }
    // (a phrase too long keeps its head's own phrases without those inside them: "the
    // deployment of 450 more U.S. troops[ to Anbar]"; else its head alone)
    if (last - first >= most) {
        int cut = last + 1;
        for (int i = t + 2; i <= last && cut > last; ++i)
            if (tree.base(i) == "case" && tree.head(i) > i && tree.head(tree.head(i)) != t) cut = i;
        last = cut - 1 - first < most ? cut - 1 : t;
    }
    while (first < last && tree.upos(first) == Upos::punct) ++first;
    while (last > first && tree.upos(last) == Upos::punct) --last;
    return {first, last};
}

// The words of t's phrase as written ("victory over ISIL"): its modifiers and its "of" or
// "over" phrases, not its preposition, a clause on it, or a place phrase other than `keep`
// ("a curfew [in Mosul]": the summary adds the place). A phrase longer than `most` words
// keeps its head and what precedes it. Quotation marks are left out.
std::string phrase_text(const Context& cx, const Parsed& p, int t, int keep, int most = 8) {
    const Tree& tree = p.tree;
    const auto [first, last] = phrase_extent(cx, p, t, keep, most);
    const Span span{word_span(cx, p, first).begin, word_span(cx, p, last).end};
    std::string text = unquoted(span.of(cx.doc.text));
    // "A Peshmerga fighter was abducted": the capital of the sentence's first word is not its own
    const std::string_view w = tree.word(first);
    if (first == 0 && !p.mention_at[0] && tree.upos(0) != Upos::propn &&
        (w.size() == 1 || (w[1] >= 'a' && w[1] <= 'z')) && !text.empty() && text[0] >= 'A' && text[0] <= 'Z')
        text[0] = static_cast<char>(text[0] - 'A' + 'a');
    return text;
}

// "declared himself caliph": whether the act is on its own actor, and what the actor declared
// itself ("himself caliph"), where the relation keeps such a thing (cue self_target).
std::pair<bool, std::string> self_reference(const Context& cx, const Parsed& p, const Act& act,
                                            std::string_view type) {
    auto reflexive = [&](int t) { return t >= 0 && cx.lexicon.cue("reflexive", p.tree.lower(t)); };
    bool self = reflexive(act.target);
    if (act.target >= 0)  // "himself caliph", however the tree joins the two
        for (int c : p.tree.children(act.target)) self = self || reflexive(c);
    // what he declared himself: "the caliph of all Muslims", a second object or complement
    int reflexive_at = -1, role = -1;
    for (int c : p.tree.children(act.trigger)) {
        std::string_view l = p.tree.base(c);
        if (l == "obj" || l == "iobj" || l == "xcomp") (reflexive(c) ? reflexive_at : role) = c;
    }
    if (reflexive_at < 0 && self && act.target >= 0 && !reflexive(act.target)) {
        for (int c : p.tree.children(act.target))
            if (reflexive(c)) reflexive_at = c;
        role = act.target;
    }
    self = self || reflexive_at >= 0;
    std::string thing;
    if (reflexive_at >= 0 && role >= 0 && p.tree.nominal(role) && cx.lexicon.cue("self_target", type))
        thing = std::string(p.tree.word(reflexive_at)) + " " + phrase_text(cx, p, role, -1);
    return {self, thing};
}

// Whether an act of taking ground has people or things as its object ("recruits captured at
// Camp Speicher", "captured dozens of soldiers"): cue captive_noun.
bool captives(const Context& cx, const Parsed& p, const Act& act, const RelationInfo& info) {
    const Tree& tree = p.tree;
    // (an offensive against militants is no taking of them: only acts of taking ground, cue
    // ground_taken)
    if (act.target < 0 || p.mention_at[static_cast<std::size_t>(act.target)] ||
        !cx.lexicon.cue("ground_taken", info.name))
        return false;
    // (and a person named by an office: "captured the group's governor of Nineveh")
    if (cx.lexicon.cue("captive_noun", tree.lower(act.target)) ||
        cx.lexicon.cue("title_noun", tree.lower(act.target)))
        return true;
    for (int c : tree.children(act.target))
        if (tree.base(c) == "nmod" && cx.lexicon.cue("genitive_case", tree.case_word(c)) &&
            cx.lexicon.cue("captive_noun", tree.lower(c)))
            return true;
    return false;
}

// Whether the verb at t has a particle of direction ("fled up Mount Sinjar", cue
// destination_case).
bool toward_particle(const Context& cx, const Parsed& p, int t) {
    for (int c : p.tree.children(t))
        if (p.tree.base(c) == "compound" && cx.lexicon.cue("destination_case", p.tree.lower(c))) return true;
    return false;
}

// The act's locative phrases that tell where it happened: "fleeing into Turkey" tells where
// people fled to, not from; "seized Baiji during their advance from Mosul" where an act on a
// place came from.
std::vector<int> act_places(const Context& cx, const Parsed& p, const Act& act, const std::string& type,
                            const Mention* target) {
    std::vector<int> places = act.places;
    const bool origin = cx.lexicon.cue("origin_place", type);
    const bool on_place = target && target->type == EntityType::place;
    // ("fled up Mount Sinjar": a particle of direction makes the bare place where they went)
    const bool toward = toward_particle(cx, p, act.trigger);
    // (nor a place inside the phrase of where it went: "withdrew to their territory in Tadef")
    auto inside_destination = [&](int t) {
        for (int a = p.tree.head(t), d = 0; a >= 0 && a != act.trigger && a != act.clause && d < 3;
             a = p.tree.head(a), ++d)
            if (cx.lexicon.cue("destination_case", p.tree.case_word(a))) return true;
        // (or in the phrases right after it, the parse hanging them on the verb: "withdrew to
        // their territory in the towns of Tadef ... in north Aleppo province")
        if (const int h = p.tree.head(t); h >= 0) {
            int end = -2;  // the last word of the destination's phrases so far
            for (int c : p.tree.children(h)) {
                if (cx.lexicon.cue("destination_case", p.tree.case_word(c)))
                    end = p.tree.rightmost(c);
                else if (p.tree.leftmost(c) == end + 1)
                    end = c == t ? end : p.tree.rightmost(c);
                else
                    end = -2;
                if (c == t) return p.tree.leftmost(c) == end + 1 || end == p.tree.rightmost(c);
            }
        }
        return false;
    };
    places.erase(std::remove_if(places.begin(), places.end(),
                                [&](int t) {
                                    const std::string_view w = p.tree.case_word(t);
                                    return (origin && cx.lexicon.cue("destination_case", w)) ||
                                           (origin && inside_destination(t)) ||
                                           (origin && toward && w.empty()) ||
                                           (on_place && cx.lexicon.cue("source_case", w));
                                }),
                 places.end());
    return places;
}

// A relation noun set beside a name: "Ramadi, Daesh's last stronghold in western Iraq" is
// about that place (a state); "ISIL, an al Qaeda offshoot" has that party as its actor (cue
// appositive_actor).
void appositive_party(const Context& cx, const Memory& mem, const Parsed& p, const Act& act,
                      const RelationInfo& info, const Mention*& actor, const Mention*& target) {
    if (!p.tree.nominal(act.trigger)) return;
    // "the leader of Islamic State, Abu Bakr al-Baghdadi": the name set after the noun
    if (!actor && cx.lexicon.cue("appositive_actor", info.name))
        for (int c : p.tree.children(act.trigger))
            if (p.tree.base(c) == "appos" && c > act.trigger && !p.tree.child(c, "case") &&
                p.tree.set_off(c) && p.mention_at[static_cast<std::size_t>(c)])
                if (const Mention* m = p.mention_at[static_cast<std::size_t>(c)];
                    is_actor(*m) && (!target || target->entity != m->entity))
                    actor = m;
    // (set off from the name: "[the head of al Qaeda, Ayman]" is no apposition of a name before)
    if (p.tree.base(act.trigger) != "appos" || !p.tree.set_off(act.trigger)) return;
    const Mention* m = entity_of(cx, mem, p, p.tree.head(act.trigger));
    if (!m) return;
    if (info.kind == RelationKind::state && m->type == EntityType::place) target = m;
    if (cx.lexicon.cue("appositive_actor", info.name) && is_actor(*m) &&
        (!target || target->entity != m->entity)) {
        if (actor && actor->entity != m->entity && !target) target = actor;
        actor = m;
    }
}

// "Continued their offensive": ongoing fighting, not its start; "the liberation of Mosul
// began": an offensive was launched; "talks began" stay talks. The relation an event act makes.
// The relation a one-line cue of cues.tsv names ("continued_as attacked"), or `otherwise`.
std::string cued_relation(const Context& cx, std::string_view cue, const std::string& otherwise) {
    for (const auto& t : cx.lexicon.triggers())
        if (cx.lexicon.cue(cue, t.relation)) return t.relation;
    return otherwise;
}

std::string act_type(const Context& cx, const Act& act, const RelationInfo& info) {
    const char* cue = act.continued ? "continued_as" : act.begun ? "begun_as" : nullptr;
    if (!cue || info.kind != RelationKind::event || !cx.lexicon.cue("campaign_act", info.name))
        return info.name;
    return cued_relation(cx, cue, info.name);
}

// "lost Ramadi to ISIS": the party of the "to" phrase, on the verb or (as the tree may hang it)
// on its object, took what the subject lost; null when none is named.
const Mention* taker_of_loss(const Context& cx, const Memory& mem, const Parsed& p, const Act& act) {
    for (int at : {act.trigger, act.target}) {
        if (at < 0) continue;
        for (int c : p.tree.children(at))
            if ((p.tree.base(c) == "obl" || p.tree.base(c) == "nmod") &&
                cx.lexicon.cue("inverse_agent_case", p.tree.case_word(c)))
                return entity_of(cx, mem, p, c);
    }
    return nullptr;
}

// "the operation began", "claimed responsibility for the attack": a definite act noun with no
// target or place is the act of that relation the story told of, done by no one named or by
// the same party; it takes that act's parties.
void told_before(const Memory& mem, Relation& r) {
    auto it = mem.last_act.find(r.type);
    if (it == mem.last_act.end() || (r.actor && it->second.actor && it->second.actor != r.actor)) return;
    if (!r.actor) r.actor = it->second.actor;
    r.target = it->second.target, r.place = it->second.place;
}

// The place an object pronoun of the act stands for: what the clause the act's clause is
// subordinate to is about, its subject or else its object ("The town ... was home to Yazidis
// before IS seized it": the town, the last place named before it; "used the town of Bartella as
// a base since they overran it"), else the last place named before the pronoun.
// "retook the dam from militants who seized it": in a relative clause on a phrase of a verb,
// the object pronoun is the verb's object: the place it names, or none (nullptr) where it
// names none; nullopt where the act is in no such clause.
std::optional<const Mention*> relative_object_place(const Context& cx, const Memory& mem, const Parsed& p,
                                                    const Act& act) {
    const Tree& tree = p.tree;
    if (tree.label(act.clause) != "acl:relcl" || tree.head(act.clause) < 0) return std::nullopt;
    const int noun = tree.head(act.clause);
    // (the noun may hang on the object: "retook the dam [from militants who seized it]")
    int n = noun;
    for (int d = 0; d < 3 && tree.base(n) == "nmod" && tree.head(n) >= 0; ++d) n = tree.head(n);
    std::optional<int> o;
    if (n != noun && tree.base(n) == "obj")
        o = n;
    else if (n == noun && tree.base(n) != "obj" && tree.head(n) >= 0 && tree.verbal(tree.head(n)))
        o = tree.child(tree.head(n), "obj");
    if (!o || *o > noun) return std::nullopt;
    const Mention* m = entity_of(cx, mem, p, *o);
    return m && m->type == EntityType::place ? m : nullptr;
}

const Mention* pronoun_place(const Context& cx, const Memory& mem, const Parsed& p, const Act& act) {
    const Tree& tree = p.tree;
    for (int c = act.clause, d = 0; c >= 0 && d < 4; ++d) {
        std::string_view l = tree.base(c);
        if (l != "advcl" && l != "conj") break;
        c = tree.head(c);
        if (c < 0) break;
        bool told = false;  // (a clause with neither, "fled" joined to the clause before, goes on up)
        for (const char* role : {"nsubj", "nsubj:pass", "obj"}) {
            auto s = tree.child(c, role);
            if (!s) continue;
            told = true;
            if (const Mention* m = entity_of(cx, mem, p, *s); m && m->type == EntityType::place) return m;
            if (cx.lexicon.cue("settlement_noun", tree.lower(*s))) return recent_place(cx, mem, p, *s, "");
            // ("Residents of Qaraqosh fled after IS took control of it": the place of its "of" phrase)
            for (int g : tree.children(*s))
                if (const Mention* m = p.mention_at[static_cast<std::size_t>(g)];
                    m && m->type == EntityType::place && tree.base(g) == "nmod" &&
                    cx.lexicon.cue("genitive_case", tree.case_word(g)))
                    return m;
        }
        if (told) return nullptr;
    }
    // (a place the sentence names before it, else the place the sentence before was about)
    bool named_before = false;
    for (int i = 0; i < act.target && !named_before; ++i)
        if (const Mention* m = p.mention_at[static_cast<std::size_t>(i)])
            named_before = m->type == EntityType::place;
    if (!named_before && mem.subject_place && mem.place_sentence + 1 == p.index) return mem.subject_place;
    // (a country is not taken: "seized it" goes on about a town or an area)
    return recent_place(cx, mem, p, act.target, "area");
}

// The party a phrase naming a place stands for as the one an act on people was done to
// ("killed Islamic State's governor of Mosul, Abu Hafs"): a person named in apposition in it,
// else its possessor; nullptr when it names none.
const Mention* victim_in(const Context& cx, const Memory& mem, const Parsed& p, int t) {
    const Tree& tree = p.tree;
    auto person = [&](int c) -> const Mention* {
        const Mention* m = p.mention_at[static_cast<std::size_t>(c)];
        return tree.base(c) == "appos" && m && m->type == EntityType::person ? m : nullptr;
    };
    for (int c : tree.children(t)) {
        if (const Mention* m = person(c)) return m;
        if (tree.base(c) == "nmod")
            for (int g : tree.children(c))
                if (const Mention* m = person(g)) return m;
    }
    for (int c : tree.children(t))
        if (tree.label(c) == "nmod:poss")
            if (const Mention* m = entity_of(cx, mem, p, c); m && is_actor(*m)) return m;
    return nullptr;
}

// The doer of a nominal act a name beside the noun gives: "coalition airstrikes", "a U.S. air
// strike" (a party or a country named as the act's compound is its actor, also one given up
// for an "on" phrase: "an IS mortar attack on the district"); "air strikes of the US-led
// coalition" (an armed party in the "of" phrase of a strike is the striker, cue genitive_agent;
// a place there is what was struck).
void nominal_striker(const Context& cx, const Memory& mem, const Parsed& p, const Act& act,
                     const std::string& type, const Mention*& actor, const Mention*& target) {
    if (act.compound_target && target && !actor &&
        (is_actor(*target) || place_kind(cx, mem, target->entity) == "country_noun"))
        std::swap(actor, target);
    if (!actor && act.set_aside >= 0)
        if (const Mention* m = entity_of(cx, mem, p, act.set_aside); m && is_actor(*m)) actor = m;
    if (!actor && target && is_actor(*target) && act.target >= 0 && p.tree.nominal(act.trigger) &&
        cx.lexicon.cue("genitive_case", p.tree.case_word(act.target)) &&
        cx.lexicon.cue("genitive_agent", type))
        std::swap(actor, target);
}

// Whether the phrase at t names members of a group: "fighters", "dozens of fighters".
bool members_at(const Context& cx, const Tree& tree, int t) {
    if (cx.lexicon.cue("member_noun", tree.lower(t))) return true;
    for (int c : tree.children(t))
        if (tree.base(c) == "nmod" && cx.lexicon.cue("genitive_case", tree.case_word(c)) &&
            cx.lexicon.cue("member_noun", tree.lower(c)))
            return true;
    return false;
}

// What an act names besides its parties, as written: what a declaration declares, what one
// declared himself, what was destroyed where it names no party, or the members of a group an act on people
// was done to ("killed a senior Islamic State leader", "five Peshmerga fighters were killed").
// Whether a noun phrase names nothing the story knows: no word of it a name, a date, a
// pronoun or a generic noun of a party ("four small villages", "the second zone").
bool unnamed(const Context& cx, const Parsed& p, int t, int except = -1) {
    const Tree& tree = p.tree;
    const std::string& w = tree.lower(t);
    // (nor a noun of a place the story would have named: "the capital", "the town"; but one a
    // modifier or an article makes new, "a hilltop area", "a town", is said as written)
    const bool place_noun = cx.lexicon.cue("area_noun", w) || cx.lexicon.cue("settlement_noun", w) ||
                            cx.lexicon.cue("province_noun", w) || cx.lexicon.cue("country_noun", w) ||
                            cx.lexicon.cue("vague_place_noun", w);
    // (so is one an article makes new: "seized a town in Homs")
    const bool modified = std::any_of(tree.children(t).begin(), tree.children(t).end(), [&](int c) {
        return c < t && (tree.base(c) == "compound" || tree.base(c) == "amod" || tree.base(c) == "det");
    });
    if (!tree.nominal(t) || cx.lexicon.generic_class(w) ||
        (place_noun && (determined(cx, tree, t) || !modified) && !located_within(cx, p, t)))
        return false;
    const auto [first, last] = phrase_extent(cx, p, t, -1, 8);  // the words phrase_text says
    // (a building named after its place names it only to say where: "the Ramadi government
    // compound", cue route_noun)
    const bool after_place = cx.lexicon.cue("route_noun", w);
    // (nor does a place's possessive: "part of Iraq's largest dam" says where the dam is)
    auto where = [&](int i) {
        return p.mention_at[static_cast<std::size_t>(i)]->type == EntityType::place &&
               ((after_place && i < t) || (tree.label(i) == "nmod:poss" && tree.head(i) != t));
    };
    for (int i = first; i <= last; ++i)
        // (a count is no date: "15 civilians")
        if ((p.mention_at[static_cast<std::size_t>(i)] && !where(i)) ||
            (p.timex_at[static_cast<std::size_t>(i)] && tree.upos(i) != Upos::num) ||
            p.trigger_at[static_cast<std::size_t>(i)] >= 0 || (tree.upos(i) == Upos::pron && i != except) ||
            tree.upos(i) == Upos::verb)
            return false;
    return true;
}

// "taking its state television building": a thing of the place "its" stands for, said with
// the article, in that place (the place told before, cue place_pronoun).
void place_possessed(const Context& cx, const Memory& mem, const Parsed& p, int t, Relation& r) {
    const auto poss = p.tree.child(t, "nmod:poss");
    if (!poss || *poss > t || !cx.lexicon.cue("place_pronoun", p.tree.lower(*poss)) ||
        !unnamed(cx, p, t, *poss))
        return;
    const Mention* place = recent_place(cx, mem, p, *poss, "");
    std::string text = phrase_text(cx, p, t, -1);
    const std::string_view pronoun = p.tree.word(*poss);
    if (!place || text.compare(0, pronoun.size() + 1, std::string(pronoun) + " ") != 0) return;
    r.thing = "the " + text.substr(pronoun.size() + 1);
    if (!r.place) r.place = place->entity, r.near = false;
}

// Whether the act's object names people and no party or place ("residents", "3,000 Turkmen
// who were expelled"): a noun no name or generic party noun stands on.
bool people_at(const Context& cx, const Parsed& p, const Act& act) {
    int t = act.target;
    if (t >= 0 && cx.lexicon.cue("relative", p.tree.lower(t))) t = act.relative_head;
    if (t < 0 || !p.tree.nominal(t) || p.mention_at[static_cast<std::size_t>(t)] ||
        cx.lexicon.generic_class(p.tree.lower(t)))
        return false;
    for (const char* kind : {"settlement_noun", "province_noun", "country_noun", "area_noun", "part_noun"})
        if (cx.lexicon.cue(kind, p.tree.lower(t))) return false;
    return true;
}

std::string thing_of(const Context& cx, const Parsed& p, const Act& act, const std::string& type,
                     const Mention* target, const std::string& self_thing) {
    if (act.thing >= 0)
        if (std::string t = phrase_text(cx, p, act.thing, act.target); !t.empty()) {
            // ("declared victory [over the Islamic State group]", the tree hanging the phrase
            // on the verb: whom it was declared over is part of what was declared)
            if (const int o = act.target; o > act.thing && p.tree.head(o) != act.thing &&
                                          cx.lexicon.cue("declared_over_case", p.tree.case_word(o)))
                t += " " + std::string(p.tree.case_word(o)) + " " + phrase_text(cx, p, o, -1);
            return t;
        }
    if (!self_thing.empty()) return self_thing;
    // "destroyed 12 Iraqi tanks", "an Islamic State weapons factory": what is no party itself, as
    // written (cue thing_object)
    if (act.target >= 0 && p.tree.nominal(act.target) && cx.lexicon.cue("thing_object", type) &&
        (!target ||
         (target->type == EntityType::group && !p.mention_at[static_cast<std::size_t>(act.target)])))
        return phrase_text(cx, p, act.target, -1);
    if (target && target->type == EntityType::group && act.target >= 0 &&
        !p.mention_at[static_cast<std::size_t>(act.target)] && cx.lexicon.cue("party_target", type) &&
        members_at(cx, p.tree, act.target))
        return phrase_text(cx, p, act.target, -1);
    // "killed the Islamic State's finance minister", "seven civilians were killed": an office
    // whose holder the story names not, or people it names not
    if ((!target || target->type == EntityType::group) && act.target >= 0 && p.tree.nominal(act.target) &&
        !p.mention_at[static_cast<std::size_t>(act.target)] && cx.lexicon.cue("party_target", type) &&
        (cx.lexicon.cue("title_noun", p.tree.lower(act.target)) || (!target && people_at(cx, p, act))))
        return phrase_text(cx, p, act.target, -1);
    return {};
}

// What the kind of act makes of its parties: a possessive place pronoun is what was taken,
// entering what names no place is a raid, a striker named in the act's noun is its actor, an
// act named as what was done holds no target, no place is killed or abducted. May change the
// relation `type` (cue entered_as).
void parties_by_kind(const Context& cx, const Memory& mem, const Parsed& p, const Act& act, std::string& type,
                     const Mention*& actor, const Mention*& target) {
    // "withdrew to their territory in Tadef": where an act of leaving went is not what it left
    if (target && act.target >= 0 && cx.lexicon.cue("origin_place", type) &&
        cx.lexicon.cue("destination_case", p.tree.case_word(act.target)))
        target = nullptr;
    // "before its capture by ISIS": the possessive is what was captured, the last place named
    if (!target && act.target >= 0 && act.target == act.possessive &&
        cx.lexicon.cue("place_pronoun", p.tree.lower(act.target)))
        target = recent_place(cx, mem, p, act.target, "");
    // "entered a protest camp in the Hawijah area": going into something that names no place
    // takes no ground; it is a raid there
    if (!target && act.target >= 0 && p.tree.base(act.target) == "obj" &&
        cx.lexicon.cue("entry_verb", p.tree.lower(act.trigger)))
        type = cued_relation(cx, "entered_as", type);
    // "two suicide bombers blew themselves up in a market": destroying oneself is an attack
    // there, on no one named (cues reflexive_pronoun, self_destroyed, reflexive_as)
    if (act.target >= 0 && cx.lexicon.cue("reflexive_pronoun", p.tree.lower(act.target)) &&
        cx.lexicon.cue("self_destroyed", type)) {
        type = cued_relation(cx, "reflexive_as", type);
        target = nullptr;
    }
    nominal_striker(cx, mem, p, act, type, actor, target);
    // "authorized US air strikes against IS": an act named as what was done is said as written
    // (cue thing_object); no name inside it is the target
    if (act.target >= 0 && p.tree.nominal(act.target) &&
        p.trigger_at[static_cast<std::size_t>(act.target)] >= 0 &&
        !p.mention_at[static_cast<std::size_t>(act.target)] && cx.lexicon.cue("thing_object", type))
        target = nullptr;
    // "fled up Mount Sinjar": the object of a particle of direction is where they went
    if (target && cx.lexicon.cue("origin_place", type) && toward_particle(cx, p, act.trigger))
        target = nullptr;
    // no place is killed or abducted (cue party_target)
    if (target && target->type == EntityType::place && act.target >= 0 &&
        cx.lexicon.cue("party_target", type))
        target = victim_in(cx, mem, p, act.target);
}

// The parties the tree names for an act, through relative pronouns and descriptions.
void named_parties(const Context& cx, const Memory& mem, const Parsed& p, const Act& act,
                   const Mention*& actor, const Mention*& target) {
    actor = entity_of(cx, mem, p, act.actor);
    target = entity_of(cx, mem, p, act.target);
    // the tree hangs a relative clause on a word that names nothing: the name right before the
    // pronoun is what it stands for ("... from the Islamic State, which captured the area")
    if (act.actor_relative >= 0 && (!actor || !is_actor(*actor)))
        if (const Mention* m = relative_referent(cx, mem, p, act.actor_relative, -1); m && is_actor(*m))
            actor = m;
    if (!target && act.target_relative >= 0)
        target = relative_referent(cx, mem, p, act.target_relative, act.relative_head);
    else if (act.target_relative >= 0 && nonrestrictive_at(p.tree, act.target_relative))
        if (const Mention* m = described_name(cx, mem, p, act.target)) target = m;
    // a town does no act but where its own name is the subject ("Baghdad demanded"): not one a
    // relative clause or a phrase of the subject merely holds ("forces to the south of the
    // city"); a country may ("U.S.-led air strikes")
    if (actor && actor->type == EntityType::place &&
        (act.actor < 0 || p.mention_at[static_cast<std::size_t>(act.actor)] != actor) &&
        place_kind(cx, mem, actor->entity) != "country_noun")
        actor = nullptr;
    if (!actor && act.actor < 0 && !act.passive) actor = verb_first_subject(p, act.trigger);
}

// The longest phrase of ground in a place said as written, in words ("a section of the town of
// al-Dour").
constexpr int part_words = 12;

// "recaptured parts of Kobani", "several Mosul neighbourhoods": ground taken in a place named in
// the object's phrase is not the place (nor is controlling "80 percent of Mosul"); the object is
// said as written (by the caller), the place is where (cues ground_act, part_noun,
// district_noun). Moves the target to the place; returns the word of the ground (the object,
// or the "of" phrase of control taken of it: "took control of two districts of eastern Mosul"),
// -1 where the target stays.
// What an object of control names ("took control of the Division 17 military base": the base);
// the object itself where it is no noun of control (cue control_noun).
int controlled(const Context& cx, const Parsed& p, int object) {
    if (object < 0 || !cx.lexicon.cue("control_noun", p.tree.lower(object))) return object;
    for (int c : p.tree.children(object))
        if (c > object && p.tree.base(c) == "nmod" && cx.lexicon.cue("genitive_case", p.tree.case_word(c)))
            return c;
    return object;
}

int ground_in_part(const Context& cx, const Memory& mem, const Parsed& p, const Act& act, Relation& r) {
    // ("almost all of Tal Afar", "nearly the entire city": what an adverb of cue
    // approximating_adverb makes less than the whole)
    auto approximated = [&](int t) {
        for (int c : p.tree.children(t))
            if (p.tree.base(c) == "advmod" && cx.lexicon.cue("approximating_adverb", p.tree.lower(c)))
                return true;
        return false;
    };
    if (!r.target || act.target < 0 || !cx.lexicon.cue("ground_act", r.type)) return -1;
    const int object = controlled(cx, p, act.target);
    // ("controls much of northern Iraq", the parse hanging the share on the name: a share)
    const Tree& tree = p.tree;
    if (const Mention* m = p.mention_at[static_cast<std::size_t>(object)]; m && m->entity == *r.target)
        for (int c : tree.children(object))
            if (c < object && tree.base(c) == "amod" && cx.lexicon.cue("part_noun", tree.lower(c)) &&
                c + 1 < tree.size() && cx.lexicon.cue("genitive_case", tree.lower(c + 1))) {
                if (!r.place) r.place = r.target, r.near = false;
                r.target.reset();
                return object;
            }
    // ("the provincial capital of Ramadi" is the town; "the capital of Anbar province" a part of it)
    if (cx.lexicon.cue("seat_noun", p.tree.lower(object)) &&
        place_kind(cx, mem, *r.target) == "settlement_noun")
        return -1;
    if (p.mention_at[static_cast<std::size_t>(object)] ||
        (!cx.lexicon.cue("part_noun", p.tree.lower(object)) &&
         !cx.lexicon.cue("district_noun", p.tree.lower(object)) && !approximated(object)))
        return -1;
    // (the place named in the phrase: not "overran the area", the area told before)
    const auto [first, last] = phrase_extent(cx, p, object, -1, part_words);
    bool named = false;
    for (int i = first; i <= last && !named; ++i) {
        const Mention* m = p.mention_at[static_cast<std::size_t>(i)];
        named = m && (m->entity == *r.target || m->entity == r.place);  // (or the side of it named)
    }
    if (!named) return -1;
    if (!r.place) r.place = r.target, r.near = false;
    r.target.reset();
    return object;
}

// "drove IS militants out of 10 villages in Kirkuk province": the unnamed ground (cues
// ground_noun, part_noun, district_noun) a phrase of leaving (cue left_case) under the act's
// object or verb names, in a place named after it or nowhere; -1 where there is none.
int ground_left(const Context& cx, const Parsed& p, const Act& act) {
    const Tree& tree = p.tree;
    auto left = [&](int c) {
        for (int k : tree.children(c))
            if (tree.base(k) == "case" && cx.lexicon.cue("left_case", tree.lower(k))) return true;
        return false;
    };
    // (a share says of what: "much of the region", not "much"; and no clause the phrase would
    // lose describes it: "the part of Mosul that lies east of the Tigris")
    auto said_whole = [&](int c) {
        bool of = false;
        for (int k : tree.children(c)) {
            if (tree.base(k) == "acl") return false;
            of = of || (tree.base(k) == "nmod" && cx.lexicon.cue("genitive_case", tree.case_word(k)));
        }
        // (nor one too long to be said, of which a summary would keep the share alone)
        const auto [first, last] = phrase_extent(cx, p, c, -1, 8);
        return !cx.lexicon.cue("part_noun", tree.lower(c)) || (of && last > c);
    };
    for (int h : {act.target, act.trigger})
        for (int c : h < 0 ? std::vector<int>{} : tree.children(h)) {
            const std::string& w = tree.lower(c);
            if ((tree.base(c) == "nmod" || tree.base(c) == "obl") && left(c) &&
                !p.mention_at[static_cast<std::size_t>(c)] &&
                (cx.lexicon.cue("ground_noun", w) || cx.lexicon.cue("part_noun", w) ||
                 cx.lexicon.cue("district_noun", w)) &&
                said_whole(c))
                return c;
        }
    return -1;
}

// Whether what the parse read tells no act of the relation `type`: "militants who have
// regained ground and momentum", a figure of speech; "took positions", "take cover", what a
// verb of taking (cue take_verb) takes of cue taken_figure; "commanders and their families
// fled Mosul", an act of a party as a whole (cue whole_party_act) that only some of its ranks
// (cue rank_noun) did.
bool no_act(const Context& cx, const Parsed& p, const Act& act, const std::string& type) {
    const Tree& tree = p.tree;
    if (act.target >= 0 && tree.base(act.target) == "obj" &&
        (cx.lexicon.cue("figurative_object", tree.lower(act.target)) ||
         (cx.lexicon.cue("take_verb", tree.lower(act.trigger)) &&
          cx.lexicon.cue("taken_figure", tree.lower(act.target)))))
        return true;
    return act.actor >= 0 && !p.mention_at[static_cast<std::size_t>(act.actor)] &&
           cx.lexicon.cue("whole_party_act", type) && cx.lexicon.cue("rank_noun", tree.lower(act.actor));
}

// relation_of's parties and place: a news outlet reports acts, it is never a party to them;
// a country the act is in is where, not its target ("continues an offensive in western Iraq").
void set_parties(const Context& cx, Memory& mem, const Parsed& p, const Act& act, const Mention*& actor,
                 const Mention*& target, Relation& r) {
    if (actor && outlet(cx, mem, actor->entity)) actor = nullptr;
    if (target && outlet(cx, mem, target->entity)) target = nullptr;
    const Mention* country = country_phrase(cx, mem, p, act, target) ? target : nullptr;
    if (country) target = nullptr;
    r.actor = id_of(actor);
    r.target = id_of(target);
    r.place = place_of(cx, mem, p, act_places(cx, p, act, r.type, target), r.near);
    if (!r.place && country) r.place = country->entity;
    if (!r.place && !target && act.target >= 0 && p.tree.verbal(act.trigger))
        r.place = place_in_object(cx, mem, p, act.target, r.near);
}

// relation_of's rule of acts whose target is a place (cue place_target): a group in the
// target's position lost the place, which becomes the target; returns the word of the ground
// it was driven from that no name gives (-1 when none). `target` is cleared where the group
// is set aside among `co`.
int place_as_target(const Context& cx, const Memory& mem, const Parsed& p, const Act& act, Relation& r,
                    const Mention*& target, std::vector<EntityId>& co) {
    int ground = -1;
    const bool country = r.place && place_kind(cx, mem, *r.place) == "country_noun";
    // (launched, not only named: "the campaign against Islamic State" is none; and the group
    // named itself, not in a modifier: "an assault on the last IS-held pocket")
    const bool against_group =
        target && target->type != EntityType::place && cx.lexicon.cue("place_target", r.type) &&
        !cx.lexicon.cue("ground_taken", r.type) && (!r.place || country) && act.target >= 0 &&
        act.clause != act.trigger && p.tree.base(act.trigger) == "obj" &&
        (p.mention_at[static_cast<std::size_t>(act.target)] == target ||
         members_at(cx, p.tree, act.target)) &&  // (or its members: "against IS militants")
        (cx.lexicon.cue("target_case", p.tree.case_word(act.target)) || act.aimed);
    if (against_group)
        if (const Mention* goal = purpose_place(cx, mem, p, act)) r.target = r.place = goal->entity;
    if (cx.lexicon.cue("place_target", r.type) && target && target->type != EntityType::place &&
        (!against_group || r.target != target->entity)) {
        co.push_back(target->entity);
        ground = ground_left(cx, p, act);
        r.target = ground < 0 && !country ? r.place : std::nullopt;
        target = nullptr;
    }
    // ... also one named by a generic noun alone ("drove the militants out of Fallujah")
    // (but not a country it lies in: "to retake the last pocket of territory in the country")
    if (cx.lexicon.cue("place_target", r.type) && !target && !r.target && act.target >= 0 && ground < 0 &&
        cx.lexicon.generic_class(p.tree.lower(act.target)) &&
        !(r.place && place_kind(cx, mem, *r.place) == "country_noun"))
        r.target = r.place;
    return ground;
}

// "Kobane fell to an IS siege": the taker an inverse act's phrase names through an act's noun
// (its compound or possessive), or null.
const Mention* taker_in_act_noun(const Parsed& p, const Act& act) {
    if (act.target < 0 || p.trigger_at[static_cast<std::size_t>(act.target)] < 0) return nullptr;
    for (int c : p.tree.children(act.target))
        if (const Mention* m = p.mention_at[static_cast<std::size_t>(c)];
            m && is_actor(*m) && (p.tree.base(c) == "compound" || p.tree.label(c) == "nmod:poss"))
            return m;
    return nullptr;
}

// "launched 632 vehicle bombs against Iraqi forces": a verb of a campaign (cue campaign_act) whose
// object is a munition (cue munition_noun) tells an attack (cue munition_as) on what its "against"
// phrase names. The act as read, or so changed; `type` is set to the attack's relation.
Act munition_act(const Context& cx, const Parsed& p, const Act& act, std::string& type) {
    const Tree& tree = p.tree;
    const auto o = tree.verbal(act.trigger) ? tree.child(act.trigger, "obj") : std::nullopt;
    if (!o || !cx.lexicon.cue("campaign_act", type) || !cx.lexicon.cue("munition_noun", tree.lower(*o)))
        return act;
    type = cued_relation(cx, "munition_as", type);
    Act shot = act;
    if (shot.target == *o) shot.target = -1;
    for (int at : {act.trigger, *o})  // (on the verb, or as the tree may hang it, on the munition)
        for (int c : tree.children(at))
            if (shot.target < 0 && c > *o && (tree.base(c) == "obl" || tree.base(c) == "nmod") &&
                cx.lexicon.cue("target_case", tree.case_word(c)))
                shot.target = c;
    return shot;
}

// An act on a side of a city (the target) is an act on the city, told in that side ("retook
// eastern Mosul").
void side_as_place(const Context& cx, Relation& r) {
    for (const auto& f : cx.kb.facts_about(*r.target))
        if (f.subject == *r.target && cx.lexicon.fact_role(f.relation, FactRole::part) &&
            cx.kb.find(f.object) && cx.kb.find(f.object)->get().type == EntityType::place) {
            r.place = r.target;
            r.near = false;
            r.target = f.object;
            return;
        }
}

std::optional<Relation> relation_of(const Context& cx, Memory& mem, const Parsed& p, const Act& read,
                                    const RelationLexicon::Trigger& trig) {
    std::string type = trig.relation;
    const Act act = munition_act(cx, p, read, type);
    const RelationInfo* info = cx.lexicon.info(type);
    if (no_act(cx, p, act, type)) return std::nullopt;
    // "recruits captured at Camp Speicher", "seized dozens of weapons": people or things
    // taken, no ground ("pushed the militants out" drives a party off it)
    if (trig.next.empty() && captives(cx, p, act, *info)) return std::nullopt;
    Relation r;
    r.type = act_type(cx, act, *info);
    const Mention* actor = nullptr;
    const Mention* target = nullptr;
    named_parties(cx, mem, p, act, actor, target);
    appositive_party(cx, mem, p, act, *cx.lexicon.info(trig.relation), actor, target);
    // (a place first: "it" may stand for a party too; "took control of it" as well)
    if (act.target >= 0 && p.tree.base(act.target) == "obj" &&
        cx.lexicon.cue("place_object_pronoun", p.tree.lower(controlled(cx, p, act.target))) &&
        cx.lexicon.cue("ground_act", trig.relation)) {
        if (auto rel = relative_object_place(cx, mem, p, act))
            target = *rel;
        else if (const Mention* m = pronoun_place(cx, mem, p, act))
            target = m;
    }
    // "declared himself caliph": the act's own actor
    auto [self, self_thing] = self_reference(cx, p, act, r.type);
    if (self) target = actor;
    parties_by_kind(cx, mem, p, act, r.type, actor, target);
    // "the YPG expelled IS": who expels flees nothing; only those expelled flee (cue expel_verb)
    if (!act.passive && cx.lexicon.cue("expel_verb", p.tree.lower(act.trigger)) &&
        cx.lexicon.cue("fled_as", r.type))
        return std::nullopt;
    // "drove residents from their homes", "Turkmen who were expelled from Tal Afar": people
    // driven out of a place, no party, fled it (cues drives_out, fled_as)
    if (!target && !trig.next.empty() && cx.lexicon.cue("drives_out", r.type) && people_at(cx, p, act)) {
        r.type = cued_relation(cx, "fled_as", r.type);
        actor = nullptr;
    }
    if (trig.swap) std::swap(actor, target = target ? target : taker_in_act_noun(p, act));
    // "government forces lost Ramadi to ISIS": the loser is a party, the "to" phrase the taker
    const Mention* loser = trig.loss ? actor : nullptr;
    if (trig.loss) {
        if (!target) return std::nullopt;
        actor = taker_of_loss(cx, mem, p, act);
    }
    read_reciprocal(cx, mem, p, act, actor, target);
    // "pulled out its troops": what the actor moves is its own, no party to the act
    if (target && act.target >= 0 && p.tree.base(act.target) == "obj" && cx.lexicon.cue("own_object", r.type))
        target = nullptr;
    set_parties(cx, mem, p, act, actor, target, r);
    std::vector<EntityId> co;
    if (loser && is_actor(*loser) && (!actor || loser->entity != actor->entity)) co.push_back(loser->entity);
    // what is captured is a place: a group in the target's position lost it ("IS was pushed out"),
    // and the ground it was driven from, where no name gives it, is said as written
    // (an offensive said to be against a group, with no place but a country, is against the
    // group: "launched offensives against the Islamic State in Iraq"; one with a purpose that
    // names a place is against that place: "an assault on the group to retake Falluja")
    const int ground = place_as_target(cx, mem, p, act, r, target, co);
    if (!r.place && target && target->type == EntityType::place) r.place = target->entity, r.near = false;
    const int in_country = ground_in_country(cx, mem, p, act, r, target);
    if (in_country) target = nullptr;
    if (r.target && target && target->type == EntityType::place) side_as_place(cx, r);
    // no act on oneself, but "declared himself caliph"
    if (r.actor && r.target && *r.actor == *r.target && !cx.lexicon.cue("self_target", r.type))
        r.target.reset();
    for (int c : act.co_actors)
        if (const Mention* m = entity_of(cx, mem, p, c);
            m && (!r.actor || m->entity != *r.actor) && !outlet(cx, mem, m->entity))
            co.push_back(m->entity);
    if (info->parties == 2 && !r.actor && co.size() >= 2) r.actor = co.front(), co.erase(co.begin());
    if (info->parties == 2 && !r.target && !co.empty()) r.target = co.front(), co.erase(co.begin());
    if (info->parties == 2 && (!r.actor || !r.target)) return std::nullopt;
    // "the operation began": the act the story told of; "the operation is expected to be the most
    // complex": something said of it, no report of it
    bool said_of = p.tree.base(act.trigger) == "nsubj" && !act.begun && !act.continued;
    // (only an act said to begin or go on, one a light verb tells, or one the parse leaves
    // as the root: "kept away from the battle" tells no act)
    bool told = act.begun || act.continued || act.clause != act.trigger || p.tree.head(act.trigger) < 0;
    if (!r.target && !r.place && definite_act(cx, p, act.trigger) && !said_of && told) told_before(mem, r);
    // (nor does an act's noun only named, with nothing it was done to or where: "U.S. airstrikes
    // played a critical role", "supported by US airstrikes", "killed during a U.S. raid"; a
    // declaration is one: "answered a call to arms by Sistani")
    const bool named_only = (!told || (said_of && p.tree.label(act.trigger) == "nsubj")) &&
                            p.tree.nominal(act.trigger) && !cx.lexicon.cue("declared_as", r.type);
    if ((!r.actor || named_only) && !r.target && !r.place) return std::nullopt;
    const int part = ground_in_part(cx, mem, p, act, r);
    mem.last_act[r.type] = {r.actor, r.target, r.place};
    if (r.actor) r.participants.push_back(*r.actor);
    for (const auto& c : co) r.participants.push_back(c);
    if (r.target &&
        std::find(r.participants.begin(), r.participants.end(), *r.target) == r.participants.end())
        r.participants.push_back(*r.target);
    r.background = act.background;
    r.thing = thing_of(cx, p, act, r.type, target, self_thing);
    // (not a word compounded to the act's noun: "12 air strikes")
    if (r.thing.empty() && (part >= 0 || in_country == 2)) {
        r.thing = phrase_text(cx, p, part >= 0 ? part : act.target, -1, part_words);
        r.thing_names_place = true;
    }
    const int taken = controlled(cx, p, act.target);
    if (r.thing.empty() && !r.target && taken >= 0 && cx.lexicon.cue("written_object", r.type) &&
        !act.compound_target && p.tree.base(act.target) != "compound" && unnamed(cx, p, taken))
        r.thing = phrase_text(cx, p, taken, -1);
    if (r.thing.empty() && !r.target && taken >= 0 && cx.lexicon.cue("written_object", r.type) &&
        !act.compound_target)
        place_possessed(cx, mem, p, taken, r);
    if (r.thing.empty() && ground >= 0) r.thing = phrase_text(cx, p, ground, -1);
    // "destroyed multiple ISIL weapons systems": a thing of a party's (cue owned_object) is not
    // the party; the thing is what the act is on (the party stays a participant)
    if (!r.thing.empty() && r.target && target && target->type == EntityType::group && act.target >= 0 &&
        p.mention_at[static_cast<std::size_t>(act.target)] != target &&
        cx.lexicon.cue("owned_object", r.type))
        r.target.reset();
    r.one_thing = !r.thing.empty() && act.thing < 0 && self_thing.empty() && act.target >= 0 &&
                  !p.tree.plural(act.target);
    r.trigger = std::string(p.tree.word(act.trigger));
    r.evidence = Provenance{cx.doc.id, p.index, p.sentence->span};
    r.sentence = std::string(p.sentence->span.of(cx.doc.text));
    return r;
}

// A "leader", "chief" or "head": the person it describes leads the group it names.
void read_state_noun(const Context& cx, const Memory& mem, const Parsed& p, Act& act) {
    const Tree& tree = p.tree;
    int t = act.trigger;
    int group = -1, person = -1;
    auto names_person = [&](int c) {
        const Mention* m = entity_of(cx, mem, p, c);
        return m && m->type == EntityType::person;
    };
    for (int c : tree.children(t)) {
        std::string_view l = tree.base(c);
        if (l == "compound" || tree.label(c) == "nmod:poss" ||
            (l == "nmod" && cx.lexicon.cue("genitive_case", tree.case_word(c))))
            group = c;
        // the first name set beside it ("[IS leader Abu Bakr] Baghdadi and ... al Zawahiri": Baghdadi)
        if ((l == "appos" || l == "flat") && person < 0 && names_person(c)) person = c;
    }
    int h = tree.head(t);
    // (a title the tree hangs on another title, "the head of al Qaeda" on "leader", names no one)
    if (person < 0 && h >= 0 && (tree.base(t) == "compound" || tree.base(t) == "appos") &&
        p.trigger_at[static_cast<std::size_t>(h)] < 0)
        person = h;
    const Mention* g = entity_of(cx, mem, p, group);
    const Mention* who = entity_of(cx, mem, p, person);
    act.actor = who && who->type == EntityType::person ? person : -1;
    act.target = g && g->type == EntityType::group ? group : -1;
}

bool speech_at(const Context& cx, const Parsed& p, int t) {
    int k = p.trigger_at[static_cast<std::size_t>(t)];
    if (k < 0) return false;
    return cx.lexicon.info(cx.lexicon.triggers()[static_cast<std::size_t>(k)].relation)->kind ==
           RelationKind::speech;
}

// A date inside a statement's own words, outside what was said: "told Reuters in an
// interview on Monday that ...".
std::optional<TimeValue> statement_date(const Context& cx, const Parsed& p, const Speech& sp) {
    if (sp.verb < 0 || sp.content < 0 || p.tree.nominal(sp.verb) || !p.tree.under(sp.content, sp.verb))
        return std::nullopt;
    // (nor one inside what was said, wherever the tree hangs it: "vowed that 2016 would be")
    const int first = p.tree.leftmost(sp.content), last = p.tree.rightmost(sp.content);
    for (int i = 0; i < p.tree.size(); ++i) {
        const Timex* t = p.timex_at[static_cast<std::size_t>(i)];
        if (!t || !p.tree.under(i, sp.verb) || p.tree.under(i, sp.content)) continue;
        if ((i >= first && i <= last) ||
            (i > sp.verb && i > 0 && cx.lexicon.cue("complementizer", p.tree.lower(i - 1))))
            continue;
        bool in_act = false;  // a date of another act's phrase ("the battle of 2014"), not a reporting noun's
        for (int a = p.tree.head(i), d = 0; a >= 0 && a != sp.verb && d < detail::Tree::max_depth;
             a = p.tree.head(a), ++d)
            in_act = in_act || (p.trigger_at[static_cast<std::size_t>(a)] >= 0 && !speech_at(cx, p, a)) ||
                     p.tree.label(a) == "acl:relcl";  // (or of a relative clause: "which closed ... in 2013")
        if (in_act) continue;
        TimeValue v = t->value;
        if (v.granularity == Granularity::time) v = day_value(date::year_month_day(*v.first));
        return v;
    }
    return std::nullopt;
}

// Who speaks in a statement: the name its phrase gives; for "he" or "the organization", the
// last one named saying something whose kind fits (a story goes on quoting its source), else
// the last one named.
const Mention* speaker_of(const Context& cx, Memory& mem, const Parsed& p, int t) {
    const Mention* who = entity_of(cx, mem, p, t);
    if (!who || t < 0) return who;
    const std::string& w = p.tree.lower(t);
    bool stands_for = !p.mention_at[static_cast<std::size_t>(t)] &&
                      (cx.lexicon.cue("person_pronoun", w) || cx.lexicon.cue("group_pronoun", w) ||
                       cx.lexicon.generic_class(w));
    // (not a noun its own phrase names: "the Syrian Observatory for Human Rights monitoring group",
    // "the United Nations' refugee agency")
    for (int c : p.tree.children(t))
        if ((p.tree.base(c) == "compound" || p.tree.base(c) == "flat" || p.tree.label(c) == "nmod:poss") &&
            p.mention_at[static_cast<std::size_t>(c)] == who)
            stands_for = false;
    if (stands_for && cx.lexicon.cue("person_pronoun", w) && person_meant(mem, p, t) == mem.subject_person &&
        mem.subject_person)
        return mem.subject_person;
    if (stands_for)
        for (auto it = mem.speakers.rbegin(); it != mem.speakers.rend() && it - mem.speakers.rbegin() < 64;
             ++it)
            if ((*it)->type == who->type) return *it;
    if (!stands_for && is_actor(*who)) mem.speakers.push_back(who);
    if (mem.speakers.size() > 128) mem.speakers.erase(mem.speakers.begin(), mem.speakers.end() - 64);
    return who;
}

// The side a speaker speaks for: a group itself; for a person, the group his description names
// ("Younis Koran, a Peshmerga officer"), else one named in the story or the sentence that the
// knowledge base says he leads or belongs to.
const Mention* side_of(const Context& cx, const Memory& mem, const Parsed& p, int t, const Mention* who) {
    if (!who || who->type == EntityType::group) return who;
    if (who->type != EntityType::person) return nullptr;
    auto group_of = [&](int c) {
        const Mention* m = entity_of(cx, mem, p, c, 1);
        return m && m->type == EntityType::group ? m : nullptr;
    };
    for (int c : p.tree.children(t)) {
        if (p.tree.base(c) != "appos") continue;
        if (const Mention* m = group_of(c)) return m;
        for (int g : p.tree.children(c))  // "the spokesman for the Iraqi military"
            if (p.tree.base(g) == "nmod")
                if (const Mention* m = group_of(g)) return m;
    }
    std::vector<EntityId> groups;
    for (const auto& f : cx.kb.facts_about(who->entity))
        if (f.subject == who->entity && (cx.lexicon.fact_role(f.relation, FactRole::leader) ||
                                         cx.lexicon.fact_role(f.relation, FactRole::member)))
            groups.push_back(f.object);
    auto known = [&](const Mention* m) {
        return m && std::find(groups.begin(), groups.end(), m->entity) != groups.end();
    };
    for (const Mention* m : p.mention_at)
        if (known(m)) return m;
    for (auto it = mem.actors.rbegin(); it != mem.actors.rend(); ++it)
        if (known(*it)) return *it;
    return nullptr;
}

// Whether what a statement at `content` says speaks of `who` in the third person, as "the
// militants" or the like: then a speaker told only as "the organization" is someone else.
bool spoken_of(const Context& cx, const Memory& mem, const Parsed& p, int content, const Mention* who) {
    const Tree& tree = p.tree;
    if (content < 0 || !who) return false;
    for (int i = tree.leftmost(content); i <= tree.rightmost(content); ++i)
        if (!p.mention_at[static_cast<std::size_t>(i)] && cx.lexicon.generic_class(tree.lower(i)) &&
            determined(cx, tree, i) && !tree.child(i, "nmod:poss") && tree.under(i, content))
            if (const Mention* m = entity_of(cx, mem, p, i); m && m->entity == who->entity) return true;
    return false;
}

// "claimed they took villages, while air strikes reportedly killed dozens": an act told as
// hearsay (an adverb of cue hearsay_adverb on its verb) is no claim of the speaker around it.
bool hearsay(const Context& cx, const Parsed& p, const Act& act) {
    for (int t : {act.trigger, act.clause})
        for (int c : t < 0 ? std::vector<int>{} : p.tree.children(t))
            if (p.tree.base(c) == "advmod" && cx.lexicon.cue("hearsay_adverb", p.tree.lower(c))) return true;
    return false;
}

// The statements of a sentence.
struct Statement {
    Speech speech;
    const Mention* who = nullptr;     // the speaker's mention, as speaker_of finds it
    std::optional<EntityId> speaker;  // none when unnamed or a news outlet
    std::optional<EntityId> addressee;
    std::optional<TimeValue> date;
    bool dated_by_story = false;  // the date is the story's, the text gives none
    bool has_act = false;         // its content holds an act of its own
};

// Whether t lies in a relative clause ("which fell in 2014"), within Tree::max_depth.
bool in_relative_clause(const Tree& tree, int t) {
    for (int d = 0; d < Tree::max_depth && t >= 0; ++d, t = tree.head(t))
        if (tree.label(t) == "acl:relcl") return true;
    return false;
}

std::vector<Statement> statements(const Context& cx, Memory& mem, const Parsed& p,
                                  const std::vector<std::optional<TimeValue>>& dates,
                                  const std::vector<TimeValue>& loose) {
    std::vector<Statement> out;
    const auto& all = cx.lexicon.triggers();
    std::vector<int> dates_before(static_cast<std::size_t>(p.tree.size()) + 1, 0);  // dates before each word
    for (std::size_t i = 0; i < p.timex_at.size() && i + 1 < dates_before.size(); ++i)
        dates_before[i + 1] = dates_before[i] + (p.timex_at[i] ? 1 : 0);
    // (a date of a relative clause is what it describes: "The United States, which pulled out
    // its troops two and a half years ago, pledged ...")
    bool undated_sentence = true;
    for (int t = 0; t < p.tree.size() && undated_sentence; ++t)
        undated_sentence = !p.timex_at[static_cast<std::size_t>(t)] || in_relative_clause(p.tree, t);
    for (int i = 0; i < p.tree.size(); ++i) {
        int k = p.trigger_at[static_cast<std::size_t>(i)];
        if (k < 0 || cx.lexicon.info(all[static_cast<std::size_t>(k)].relation)->kind != RelationKind::speech)
            continue;
        // "said in a statement": the noun is the verb's statement, not another one
        if (p.tree.nominal(i) && p.tree.head(i) >= 0 && speech_at(cx, p, p.tree.head(i))) continue;
        Statement st;
        st.speech = detail::read_speech(p.tree, i, cx.lexicon);
        const Mention* who = speaker_of(cx, mem, p, st.speech.speaker);
        // "..., the organization said": not the party its words call "the militants"
        if (who && st.speech.speaker >= 0 && !p.mention_at[static_cast<std::size_t>(st.speech.speaker)] &&
            spoken_of(cx, mem, p, st.speech.content, who))
            who = nullptr;
        st.who = who;
        if (who && is_actor(*who) && !outlet(cx, mem, who->entity)) st.speaker = who->entity;
        // "Turkey said", "Washington pledged": a country or a capital that is the subject of a
        // verb of saying speaks as its government
        if (who && who->type == EntityType::place && st.speech.speaker >= 0 &&
            p.mention_at[static_cast<std::size_t>(st.speech.speaker)] == who &&
            p.tree.base(st.speech.speaker) == "nsubj" && p.tree.verbal(i))
            st.speaker = who->entity;
        const Mention* to = entity_of(cx, mem, p, st.speech.addressee);
        // ("told Pentagon reporters": the name compounded to whom it was told is not them)
        if (to && !p.mention_at[static_cast<std::size_t>(st.speech.addressee)])
            for (int c : p.tree.children(st.speech.addressee))
                if (p.tree.base(c) == "compound" && p.mention_at[static_cast<std::size_t>(c)] == to)
                    to = nullptr;
        if (to && is_actor(*to) && !outlet(cx, mem, to->entity)) st.addressee = to->entity;
        st.date = dates[static_cast<std::size_t>(i)];
        // "visited the city on Tuesday and said": the date of the predicate it is coordinated with
        if (!st.date && p.tree.base(i) == "conj" && p.tree.head(i) >= 0)
            st.date = dates[static_cast<std::size_t>(p.tree.head(i))];
        // "released a video on Saturday": a message noun is dated by the verb that issued it
        if (!st.date && p.tree.nominal(i) && p.tree.base(i) == "obj" && p.tree.head(i) >= 0 &&
            cx.lexicon.cue("light_verb", p.tree.lower(p.tree.head(i))))
            st.date = dates[static_cast<std::size_t>(p.tree.head(i))];
        if (!st.date) st.date = dependent_date(p.tree, dates, i, cx.lexicon, p.timex_at);
        if (!st.date) st.date = statement_date(cx, p, st.speech);
        // "On July 4, dressed in black robes, he gave the sermon": the sentence's one date the
        // tree ties to no act
        // (not one inside what was said: "vowed that 2016 would be the year")
        const int said_from = st.speech.content >= 0 ? p.tree.leftmost(st.speech.content) : 0;
        const int said_to = st.speech.content >= 0 ? p.tree.rightmost(st.speech.content) + 1 : 0;
        const bool dated_content = dates_before[static_cast<std::size_t>(said_to)] >
                                   dates_before[static_cast<std::size_t>(said_from)];
        if (!st.date && loose.size() == 1 && !dated_content) st.date = loose.front();
        if (st.speaker) {
            if (st.date) {
                mem.speech_dates[st.speaker->str()] = *st.date;
                if (st.date->granularity == Granularity::day)
                    mem.told_on.emplace(st.speaker->str(), *st.date);
            } else if (auto it = mem.speech_dates.find(st.speaker->str()); it != mem.speech_dates.end())
                st.date = it->second;
        }
        // a news story reports what was said for it: an undated statement was made on the day
        // the story bears (or the day before: the chronology joins statements a day apart)
        if (!st.date && st.speaker && cx.doc.published && !p.tree.nominal(i) && undated_sentence) {
            st.date = day_value(*cx.doc.published);
            // (the lead of a story is its news: what it says was said is the story's event)
            st.dated_by_story = !p.lead;
        }
        out.push_back(st);
    }
    return out;
}

// Whether a word is a dash that may set off an aside (an em or en dash, or two hyphens).
bool aside_dash(std::string_view w) {
    return w == "\xE2\x80\x94" || w == "\xE2\x80\x93" || w == "--";
}

// The words first..last of a sentence as written, without quotation marks ('were "under
// control"'), punctuation at either end, cut after `most` words with an ellipsis. Empty
// where only punctuation is left.
std::string words_text(const Context& cx, const Parsed& p, int first, int last, int most) {
    const Tree& tree = p.tree;
    while (first <= last && tree.upos(first) == Upos::punct) ++first;
    while (last >= first && tree.upos(last) == Upos::punct) --last;
    if (first > last) return {};
    bool cut = false;
    int words = 0;
    for (int i = first; i <= last; ++i) {
        // (the words end where an aside between dashes was left out of the parse: "reached the
        // city centre – a district of old markets – after heavy fighting")
        const std::size_t after = i > first ? p.tokens[static_cast<std::size_t>(i - 1)] + 1 : 0;
        if (i > first && p.tokens[static_cast<std::size_t>(i)] > after &&
            aside_dash(cx.text.tokens[after].span.of(cx.doc.text))) {
            last = i - 1;
            break;
        }
        if (tree.upos(i) != Upos::punct && ++words > most) {
            last = i - 1;
            cut = true;
            break;
        }
    }
    while (last > first && tree.upos(last) == Upos::punct) --last;
    const Span span{word_span(cx, p, first).begin, word_span(cx, p, last).end};
    std::string out = unquoted(span.of(cx.doc.text));
    if (cut) out += "\xe2\x80\xa6";  // an ellipsis
    return out;
}

// `text`, words of the sentence from token `first` on, as the inside of another sentence: a
// common word loses the capital that opened its own sentence; a name or a word that may be
// one ("Iraqi planes") keeps it; a word of quantity ("Several hundred vehicles", cue
// quantifier) is common whatever its tag.
std::string sentence_inner(const Context& cx, const Parsed& p, int first, std::string text) {
    const Upos u = p.tree.upos(first);
    bool common = u == Upos::det || u == Upos::pron || u == Upos::num || u == Upos::noun || u == Upos::adv ||
                  (u == Upos::adj && cx.lexicon.cue("quantifier", p.tree.lower(first)));
    if (common && !p.mention_at[static_cast<std::size_t>(first)] && text.size() > 1 && text[0] >= 'A' &&
        text[0] <= 'Z' && !(text[1] >= 'A' && text[1] <= 'Z'))
        text[0] = static_cast<char>(text[0] - 'A' + 'a');
    return text;
}

// The statement whose content holds token t, if any.
Statement* statement_of(std::vector<Statement>& sts, const Tree& tree, int t) {
    for (auto& st : sts)
        if (st.speech.content >= 0 && st.speech.verb != t && tree.under(t, st.speech.content) &&
            (tree.under(st.speech.content, st.speech.verb) || !tree.under(t, st.speech.verb)))
            return &st;
    return nullptr;
}

// "announced that they were close to recapturing the mosque, where al-Baghdadi declared the
// caliphate": an act told in a relative clause within what is said describes a thing the
// statement names (the writer's background), no claim of the speaker's.
// (the tree may hang such a clause on a verb: one a relative pronoun or adverb opens, "from
// which he declared", "where he made his only appearance", cue relative_adverb, is one too)
bool described_in_content(const Context& cx, const Tree& tree, const Act& act, const Statement& st) {
    auto relative_word = [&](int c) {
        const std::string_view l = tree.base(c);
        return (l == "nsubj" || l == "obj" || l == "obl" || l == "advmod") &&
               (cx.lexicon.cue("relative_adverb", tree.lower(c)) ||
                (cx.lexicon.cue("relative", tree.lower(c)) && tree.upos(c) == Upos::pron));
    };
    int t = act.clause;
    for (int d = 0; d < detail::Tree::max_depth && t >= 0 && t != st.speech.content; ++d, t = tree.head(t)) {
        if (tree.label(t) == "acl:relcl") return true;
        for (int c : tree.children(t))
            if (c < t && relative_word(c)) return true;
    }
    return false;
}

// What a statement says, as written: its content clause without the words that say who spoke
// ("that the villages lie southwest of Tal Afar"), in quotation marks where it is a quote, and
// cut after `most` words. Empty where the content surrounds nothing of its own.
std::string content_text(const Context& cx, const Parsed& p, const Speech& sp, int most = 30) {
    const Tree& tree = p.tree;
    // (a call to act, "called on its fighters to retreat", is no clause that says something)
    if (sp.content < 0 || sp.verb < 0) return {};
    for (int c : tree.children(sp.content))
        if (tree.base(c) == "mark" && cx.lexicon.cue("infinitive_mark", tree.lower(c))) return {};
    // (a saying the tree hangs inside a relative clause of a long quotation says the whole of it)
    int content = sp.content;
    if (in_relative_clause(tree, content))
        for (int d = 0; d < detail::Tree::max_depth && tree.head(content) >= 0; ++d)
            content = tree.head(content);
    int first = tree.leftmost(content), last = tree.rightmost(content);
    if (tree.under(sp.verb, content)) {  // "... ,\" he says": the words of the saying are not said
        int vs = tree.leftmost(sp.verb), ve = tree.rightmost(sp.verb);
        for (int c = sp.verb; tree.head(c) >= 0 && tree.head(c) != content; c = tree.head(c))
            vs = std::min(vs, tree.leftmost(tree.head(c))), ve = std::max(ve, tree.rightmost(tree.head(c)));
        // (a saying inside what is said: "Even if IS loses its territory, Allawi said, it will
        // not go away" says both parts)
        if (vs > first && ve < last && !tree.quoted(content)) {
            const std::string before = words_text(cx, p, first, vs - 1, most),
                              after = words_text(cx, p, ve + 1, last, most);
            if (!before.empty() && !after.empty()) return sentence_inner(cx, p, first, before + ", " + after);
        }
        if (vs > first)
            last = vs - 1;
        else
            first = ve + 1;
    }
    // (", deputy prime minister Numan Kurtulmus said": a word of rank, cue title_modifier, that
    // the tree left in what is said before the saying opens the speaker's phrase)
    if (last < sp.verb && last - 1 > first && tree.word(last - 1) == "," &&
        cx.lexicon.cue("title_modifier", tree.lower(last)))
        last -= 2;
    while (first <= last && tree.upos(first) == Upos::punct) ++first;
    // ("Meanwhile, Turkey is faced with ...": an adverb set off at its start links it to the story)
    if (first + 2 <= last && tree.upos(first) == Upos::adv && tree.word(first + 1) == ",") first += 2;
    // (and a phrase of a preposition and a word of quantity: "In all, Kurdish forces cleared ...")
    if (first + 3 <= last && tree.upos(first) == Upos::adp && tree.word(first + 2) == "," &&
        (tree.upos(first + 1) == Upos::det || tree.upos(first + 1) == Upos::pron ||
         tree.upos(first + 1) == Upos::adv))
        first += 3;
    // (what is said ends where a dash or a semicolon sets off an aside or another thought:
    // "demanded that Muslims pledge allegiance to the caliph – whose real name is ...")
    for (int i = first + 4; i <= last && i - first <= most; ++i)
        if (tree.word(i) == "\xE2\x80\x93" || tree.word(i) == "\xE2\x80\x94" || tree.word(i) == ";") {
            last = i - 1;
            break;
        }
    // (a name or two with no verb is no thought the parse could read: "SOHR said Kobani")
    bool verb = false;
    for (int i = first; i <= last && !verb; ++i) verb = tree.verbal(i) || tree.upos(i) == Upos::aux;
    if (!verb && last - first < 2 && !tree.quoted(content)) return {};
    // (nor a clause that opens with its verb and has no subject: "said claiming to have ...")
    if (tree.verbal(content) && !tree.quoted(content) && first == tree.leftmost(content) &&
        (tree.upos(first) == Upos::verb || tree.upos(first) == Upos::aux) && !tree.child(content, "nsubj") &&
        !tree.child(content, "nsubj:pass") && !tree.child(content, "expl"))
        return {};
    std::string out = words_text(cx, p, first, last, most);
    if (out.empty()) return {};
    if (tree.quoted(content)) return "\"" + out + "\"";
    // "Hundreds were killed, Amnesty said" -> "Amnesty said hundreds were killed"
    return sentence_inner(cx, p, first, out);
}

// A call to act made with the speech verb at `verb` ("called on its fighters to retreat from
// the town", "asked parliament to declare a state of emergency"): whom it calls on and what
// they are to do, told with the call modal ("its fighters should retreat from the town"). Empty
// where the verb makes no such call.
std::string call_text(const Context& cx, const Parsed& p, int verb, int most = 20) {
    const Tree& tree = p.tree;
    auto mark_of = [&](int c) {  // the infinitive mark of a verb after the speech verb, or -1
        if (c <= verb || !tree.verbal(c)) return -1;
        for (int m : tree.children(c))
            if (m < c && tree.base(m) == "mark" && cx.lexicon.cue("infinitive_mark", tree.lower(m))) return m;
        return -1;
    };
    int who = -1, act = -1;
    for (int c : tree.children(verb)) {
        std::string_view b = tree.base(c);
        // the one called on: the object, or a phrase whose preposition follows the verb ("on")
        // (never a date: "vowed on Tuesday to retake")
        bool called = (b == "obj" || b == "iobj" ||
                       (b == "obl" && tree.leftmost(c) == verb + 1 &&
                        cx.lexicon.cue("call_case", tree.case_word(c)))) &&
                      !p.timex_at[static_cast<std::size_t>(c)];
        if (who < 0 && c > verb && called && tree.nominal(c))
            who = c;
        else if (act < 0 && mark_of(c) >= 0)
            act = c;
    }
    if (who >= 0 && act < 0)  // "asked parliament to declare": the infinitive hangs on the noun
        for (int c : tree.children(who)) {
            if (tree.base(c) == "acl" && mark_of(c) >= 0) act = c;
            // (or on a date the tree hangs there: "told civilians on Monday to leave the city")
            if (p.timex_at[static_cast<std::size_t>(c)])
                for (int g : tree.children(c))
                    if (act < 0 && tree.base(g) == "acl" && mark_of(g) >= 0) act = g;
        }
    if (who < 0 || act < 0 || act < who) return {};
    // (one called on is a party or people: "announced the end of a war to drive IS out" tells
    // what the war was for)
    const std::string& w = tree.lower(who);
    if (!p.mention_at[static_cast<std::size_t>(who)] && !tree.plural(who) && !cx.lexicon.generic_class(w) &&
        !cx.lexicon.cue("member_noun", w) && !cx.lexicon.cue("title_noun", w) &&
        !cx.lexicon.cue("institution_noun", w))
        return {};
    int mark = mark_of(act), first = tree.leftmost(who), last = who;
    for (int c : tree.children(who))  // ("parliament on Tuesday": the date is the call's)
        if (c != act && !p.timex_at[static_cast<std::size_t>(c)]) last = std::max(last, tree.rightmost(c));
    if (tree.base(first) == "case") ++first;
    if (last >= mark || first > last) return {};
    for (int i = first; i <= last; ++i)  // a plain phrase: no clause of its own ("reporters that ...")
        if (tree.verbal(i) || tree.base(i) == "mark" || tree.base(i) == "cop") return {};
    std::string whom = words_text(cx, p, first, last, most),
                what = words_text(cx, p, mark + 1, tree.rightmost(act), most);
    if (whom.empty() || what.empty()) return {};
    return sentence_inner(cx, p, first, whom) + " " + std::string(cx.lexicon.first_cue_word("call_modal")) +
           " " + what;
}

// What a group or a country means to do, told with the verb of saying at `verb` ("pledged to
// help Iraqi leaders", "vowed to retake the city"): said as its intention ("it would help Iraqi
// leaders", cues intention_pronoun and intention_modal). Empty where no infinitive follows.
std::string intention_text(const Context& cx, const Parsed& p, int verb, int most = 20) {
    const Tree& tree = p.tree;
    for (int c : tree.children(verb)) {
        if (c <= verb || (tree.base(c) != "xcomp" && tree.base(c) != "advcl") || !tree.verbal(c)) continue;
        for (int m : tree.children(c))
            if (m < c && tree.base(m) == "mark" && cx.lexicon.cue("infinitive_mark", tree.lower(m))) {
                std::string what = words_text(cx, p, m + 1, tree.rightmost(c), most);
                if (what.empty()) return {};
                return std::string(cx.lexicon.first_cue_word("intention_pronoun")) + " " +
                       std::string(cx.lexicon.first_cue_word("intention_modal")) + " " + what;
            }
    }
    return {};
}

// What a denial takes back, said with its verb as written ("retracted a statement issued one
// day earlier in which it claimed ...", "denied that the town had fallen"): from the verb to
// the end of its object or complement after it. Empty where none follows the verb.
std::string denial_text(const Context& cx, const Parsed& p, int verb, int most = 20) {
    const Tree& tree = p.tree;
    int last = -1;
    for (int c : tree.children(verb)) {
        std::string_view b = tree.base(c);
        if (c > verb && (b == "obj" || b == "ccomp" || b == "xcomp"))
            last = std::max(last, tree.rightmost(c));
    }
    return last < 0 ? std::string() : words_text(cx, p, verb, last, most);
}

// The verb at v and what it says after it, as written, up to a date ("reported more gains
// against ISIL [on Saturday]"); empty where nothing follows.
std::string verb_text(const Context& cx, const Parsed& p, int v, int most = 20) {
    const Tree& tree = p.tree;
    int last = -1;
    for (int c : tree.children(v))
        if (c > v && (tree.base(c) == "obj" || tree.base(c) == "obl" || tree.base(c) == "xcomp") &&
            !p.timex_at[static_cast<std::size_t>(c)])
            last = std::max(last, tree.rightmost(c));
    for (int i = v + 1; i <= last; ++i)
        if (p.timex_at[static_cast<std::size_t>(i)] && tree.upos(i) != Upos::num) {
            last = std::min(i, tree.leftmost(i)) - 1;  // (the date's whole phrase: ", a day after")
            while (last > v && (tree.base(last) == "case" || tree.upos(last) == Upos::punct ||
                                tree.upos(last) == Upos::det || tree.upos(last) == Upos::num))
                --last;
            break;
        }
    for (int i = v + 1; i <= last; ++i)  // (nor past a comma: "more gains against ISIL, a day after")
        if (tree.word(i) == ",") {
            last = i - 1;
            break;
        }
    return last <= v ? std::string() : words_text(cx, p, v, last, most);
}

// Whether the verb of saying at v (cue object_speech) says a noun or a phrase after it (its
// object, or a "for" phrase right after it: "asked for $284 million"), not a person it is told to.
bool said_object(const Context& cx, const Tree& tree, int v) {
    if (!cx.lexicon.cue("object_speech", tree.lower(v))) return false;  // ("said two officers": no)
    for (int c : tree.children(v))
        // (not a party read as the object: "..., said two officers")
        // (an amount is a noun too: "asked for $284 million")
        if (c > v && (tree.nominal(c) || tree.upos(c) == Upos::sym || tree.upos(c) == Upos::num) &&
            tree.upos(c) != Upos::propn && !cx.lexicon.generic_class(tree.lower(c)) &&
            !cx.lexicon.cue("member_noun", tree.lower(c)) && !cx.lexicon.cue("title_noun", tree.lower(c)) &&
            (tree.base(c) == "obj" || (tree.base(c) == "obl" && tree.leftmost(c) == v + 1)))
            return true;
    return false;
}

// A statement with no act of its own in its content is itself the event.
std::optional<Relation> statement_relation(const Context& cx, const Parsed& p, const Statement& st) {
    if (!st.speaker || st.has_act) return std::nullopt;
    // "will announce", "did not say": no statement was made
    if (detail::unreal(p.tree, st.speech.verb, cx.lexicon)) return std::nullopt;
    Relation r;
    // the speech relation of the lexicon (the trigger of the statement names it)
    int k = p.trigger_at[static_cast<std::size_t>(st.speech.verb)];
    if (k < 0) return std::nullopt;
    r.type = cx.lexicon.triggers()[static_cast<std::size_t>(k)].relation;
    r.actor = st.speaker;
    r.target = st.addressee;  // whom it was said to; never a name that merely appears in the quote
    if (r.target && *r.target == *r.actor) r.target.reset();
    r.participants.push_back(*r.actor);
    if (r.target) r.participants.push_back(*r.target);
    // talk the text does not date is no event of the chronology, unless the top of the story
    // tells it: its first paragraphs are the day's news ("The United States pledged to help")
    if (!st.dated_by_story || p.top) r.date = st.date;
    r.confidence = 0.7;
    r.trigger = std::string(p.tree.word(st.speech.verb));
    r.thing = content_text(cx, p, st.speech);
    if (r.thing.empty()) r.thing = call_text(cx, p, st.speech.verb);
    if (r.thing.empty() && st.who && st.who->type != EntityType::person &&
        cx.lexicon.cue("plan_verb", p.tree.lower(st.speech.verb)))
        r.thing = intention_text(cx, p, st.speech.verb);
    if (cx.lexicon.cue("denial_verb", p.tree.lower(st.speech.verb)))
        r.thing = denial_text(cx, p, st.speech.verb);
    // "reported more gains", "asked for $284 million to prepare aid": what a verb of saying with
    // no clause of content says, with its own verb (not "according to", not a noun of saying)
    if (r.thing.empty() && st.speech.content < 0 && p.tree.verbal(st.speech.verb) &&
        !cx.lexicon.cue("according", p.tree.lower(st.speech.verb)) &&
        said_object(cx, p.tree, st.speech.verb)) {
        r.thing = verb_text(cx, p, st.speech.verb);
        r.thing_has_verb = !r.thing.empty();
    }
    // "released a video of its leader preaching in Mosul": a noun of saying with no content,
    // the object of a verb, is said with that verb as written
    if (const int v = p.tree.head(st.speech.verb);
        r.thing.empty() && st.speech.content < 0 && v >= 0 && p.tree.nominal(st.speech.verb) &&
        p.tree.base(st.speech.verb) == "obj" && p.tree.verbal(v) && v < st.speech.verb) {
        r.thing = verb_text(cx, p, v);
        r.thing_has_verb = !r.thing.empty();
    }
    // (an attribution whose content the parse cannot read makes no statement of its own)
    if (r.thing.empty() && cx.lexicon.cue("according", p.tree.lower(st.speech.verb))) return std::nullopt;
    r.evidence = Provenance{cx.doc.id, p.index, p.sentence->span};
    r.sentence = std::string(p.sentence->span.of(cx.doc.text));
    return r;
}

// Whether a predicate describes a noun by a state it has reached ("the group that has overrun
// much of Syria"): such a clause never takes a date the tree ties to another word.
bool described(const Tree& tree, int pred, const RelationLexicon& lex) {
    if (tree.base(pred) != "acl") return false;
    for (int c : tree.children(pred))
        if (tree.base(c) == "aux" && lex.cue("perfect_aux", tree.lower(c))) return true;
    return false;
}

// Whether every date of a parsed sentence lies in a relative clause set off from its noun
// ("Mosul, which was seized by the Islamic State in June 2014"): an aside's date is not the
// date the paragraph goes on narrating.
bool asides_only(const Parsed& p) {
    const Tree& tree = p.tree;
    bool any = false;
    for (int i = 0; i < tree.size(); ++i) {
        if (!p.timex_at[static_cast<std::size_t>(i)]) continue;
        any = true;
        bool aside = false;
        for (int a = i, d = 0; a >= 0 && d < Tree::max_depth && !aside; a = tree.head(a), ++d)
            aside = tree.label(a) == "acl:relcl" && tree.set_off(a);
        if (!aside) return false;
    }
    return any;
}

// Whether an act in a main clause may take the date the paragraph narrates.
bool narrated(const Tree& tree, const Act& act, const RelationLexicon& lex) {
    if (!tree.verbal(act.clause) || present_tense(tree, act.clause, lex)) return false;
    for (int c : tree.children(act.clause))
        if (tree.base(c) == "aux" && lex.cue("perfect_aux", tree.lower(c))) return false;
    int p = act.clause;
    for (int d = 0; d < 4 && p >= 0 && tree.base(p) == "conj"; ++d) p = tree.head(p);
    return p >= 0 && tree.head(p) < 0;
}

// The dates of one sentence, as the acts may take them.
struct SentenceDates {
    std::vector<std::optional<TimeValue>> of;     // per predicate (predicate_dates)
    std::vector<std::optional<TimeValue>> since;  // per predicate: a date it holds "since"
    std::vector<TimeValue> loose;                 // dates the tree ties to no act
};

SentenceDates sentence_dates(const Context& cx, const Parsed& p, const std::vector<bool>& acts) {
    const Tree& tree = p.tree;
    SentenceDates d;
    d.of = predicate_dates(p, acts, cx.lexicon, cx.doc.text);
    d.since.resize(static_cast<std::size_t>(tree.size()));
    // (a date since which, or of a noun since which: "since the bloodletting of 2006")
    auto since_phrase = [&](int t) {
        for (int k = 0; k < 3 && t >= 0; ++k) {
            if (cx.lexicon.cue("since_case", tree.case_word(t))) return true;
            if (tree.base(t) != "nmod" || !tree.nominal(tree.head(t))) return false;
            t = tree.head(t);
        }
        return false;
    };
    for (int i = 0; i < tree.size(); ++i)
        if (p.timex_at[static_cast<std::size_t>(i)] && since_phrase(i))
            if (int pred = detail::governing_predicate(tree, i, acts, false); pred >= 0)
                d.since[static_cast<std::size_t>(pred)] = p.timex_at[static_cast<std::size_t>(i)]->value;
    for (int i = 0; i < tree.size(); ++i) {
        // a predicate that is no trigger holding a date: often a misparse (but a relative
        // clause's date is that of what its noun names: "the civil war that erupted in 2011",
        // and a verb with a subject of its own tells an act of its own: "the museum, where
        // militants had smashed statues in 2015")
        const auto& v = d.of[static_cast<std::size_t>(i)];
        bool own_clause = tree.upos(i) == Upos::verb && tree.child(i, "nsubj");
        // (nor where a span began: "the worst violence since the bloodletting of 2006")
        const auto& since = d.since[static_cast<std::size_t>(i)];
        if (v && !acts[static_cast<std::size_t>(i)] && tree.label(i) != "acl:relcl" && !own_clause &&
            !(since && *since == *v) && std::find(d.loose.begin(), d.loose.end(), *v) == d.loose.end())
            d.loose.push_back(*v);
    }
    return d;
}

// The acts of a sentence, read off its tree: a noun's act absorbs its light verb's when both
// name one relation ("launched an offensive to retake Mosul").
// A speech verb whose object is a thing declared ("announced the establishment of a caliphate")
// declares it: the relation named by the declared_as cue, else none.
// Whether t names a thing declared: "a caliphate", "the establishment of a caliphate".
bool declared_thing(const Context& cx, const Tree& tree, int t) {
    bool thing = cx.lexicon.cue("declared_thing", tree.lower(t));
    for (int c : tree.children(t))
        thing = thing || (tree.base(c) == "nmod" && cx.lexicon.cue("declared_thing", tree.lower(c)));
    return thing;
}

const std::string* declaration(const Context& cx, const Parsed& p, int verb, int& declared) {
    const Tree& tree = p.tree;
    if (!tree.verbal(verb)) return nullptr;
    auto o = tree.child(verb, "obj");
    // "the caliphate that the group announced": a relative clause's gap is the noun it describes
    std::string_view l = tree.label(verb);
    bool relative_clause = (l == "acl:relcl" || l == "acl") && tree.head(verb) >= 0;
    if (relative_clause && (!o || cx.lexicon.cue("relative", tree.lower(*o)))) o = tree.head(verb);
    // (a parser may hang it elsewhere as a "that" complement: the noun right before "that"
    // is then the gap's)
    if (!o)
        for (int c : tree.children(verb))
            if (tree.base(c) == "mark" && cx.lexicon.cue("relative", tree.lower(c)) && c > 0 &&
                tree.nominal(c - 1))
                o = c - 1;
    if (!o) return nullptr;
    if (!declared_thing(cx, tree, *o)) return nullptr;
    declared = *o;
    for (const auto& t : cx.lexicon.triggers())
        if (cx.lexicon.cue("declared_as", t.relation)) return &t.relation;
    return nullptr;
}

// What a declaration declares is no party; whom it is declared over is ("victory over IS").
void read_declared(const Context& cx, const Tree& tree, int declared, Act& act) {
    act.target = -1;
    act.thing = declared;
    for (int c : tree.children(declared))
        if (tree.base(c) == "nmod" && cx.lexicon.cue("declared_over_case", tree.case_word(c))) act.target = c;
    // (the tree may hang "over ISIL" on the verb, or on the noun of declaring: "a declaration of
    // victory over IS"; "on" there is a date's or a place's)
    if (act.target < 0 && tree.head(declared) >= 0)
        for (int c : tree.children(tree.head(declared)))
            if (c > declared && (tree.base(c) == "obl" || tree.base(c) == "nmod") &&
                cx.lexicon.cue("declared_over_case", tree.case_word(c)) &&
                !cx.lexicon.cue("place_case", tree.case_word(c)))
                act.target = c;
}

// "air strikes targeting IS positions", "launched its operation, targeting IS": what a
// participle of aiming (cue aiming_verb) on the act or its clause takes as its object is the
// act's target.
void aimed_target(const Tree& tree, const std::vector<int>& aims, Act& act) {
    // (the parse may hang it on a word of the act's phrase: "an air campaign on Monday targeting IS")
    auto under_act = [&](int c) {
        for (int a = tree.head(c), d = 0; a >= 0 && d < 3; a = tree.head(a), ++d)
            if (a == act.trigger || a == act.clause) return true;
        return false;
    };
    for (int c : aims)
        if (c > act.trigger && under_act(c))
            if (auto o = tree.child(c, "obj")) {
                act.target = *o;
                act.aimed = true;
                act.compound_target = false;
                return;
            }
}

// The participles of aiming of a sentence (cue aiming_verb), read once for all its acts.
std::vector<int> aiming_participles(const Context& cx, const Tree& tree) {
    std::vector<int> aims;
    for (int c = 0; c < tree.size(); ++c) {
        const std::string_view l = tree.base(c);
        if ((l == "acl" || l == "advcl" || l == "xcomp") && cx.lexicon.cue("aiming_verb", tree.lower(c)))
            aims.push_back(c);
    }
    return aims;
}

// "carried out strikes on Tuesday against IS": a date the tree gave an act as its target is
// none; a later phrase of a target's preposition on the same word is.
void skip_date_target(const Context& cx, const Parsed& p, Act& act) {
    if (act.target < 0 || !p.timex_at[static_cast<std::size_t>(act.target)] || p.tree.head(act.target) < 0)
        return;
    const int date = act.target;
    act.target = -1;
    for (int c : p.tree.children(p.tree.head(date)))
        if (act.target < 0 && c > date && (p.tree.base(c) == "nmod" || p.tree.base(c) == "obl") &&
            cx.lexicon.cue("target_case", p.tree.case_word(c)) && !p.timex_at[static_cast<std::size_t>(c)])
            act.target = c;
    // ("launched an offensive on Sunday to retake Tal Afar": the purpose hung on the verb)
    // (or on the act's noun: "an offensive on Sunday to capture villages")
    if (p.tree.nominal(act.trigger))
        detail::take_purpose(p.tree, act.trigger, {"acl"}, date, cx.lexicon, act);
    if (act.clause != act.trigger && p.tree.verbal(act.clause))
        detail::take_purpose(p.tree, act.clause, {"advcl", "xcomp"}, act.trigger, cx.lexicon, act);
}

std::vector<std::optional<Act>> read_acts(const Context& cx, const Memory& mem, const Parsed& p,
                                          std::vector<const std::string*>& renamed) {
    const Tree& tree = p.tree;
    const auto& all = cx.lexicon.triggers();
    std::vector<std::optional<Act>> read(static_cast<std::size_t>(tree.size()));
    renamed.assign(static_cast<std::size_t>(tree.size()), nullptr);
    const std::vector<int> aims = aiming_participles(cx, tree);
    for (int i = 0; i < tree.size(); ++i) {
        int k = p.trigger_at[static_cast<std::size_t>(i)];
        if (k < 0) continue;
        const auto& trig = all[static_cast<std::size_t>(k)];
        const RelationInfo* info = cx.lexicon.info(trig.relation);
        if (info->kind == RelationKind::speech) {
            int declared = -1;
            if (const std::string* as = declaration(cx, p, i, declared)) {
                renamed[static_cast<std::size_t>(i)] = as;
                Act act = detail::read_act(tree, i, false, cx.lexicon);
                if (!act.reported) detail::purpose_of_arrival(tree, i, cx.lexicon, act);
                read_declared(cx, tree, declared, act);
                read[static_cast<std::size_t>(i)] = act;
            }
            continue;
        }
        if (tree.upos(i) == Upos::adj && tree.base(i) == "amod") continue;  // "the besieged town"
        // a quoted name for something ("called the demolition \"an official declaration of
        // defeat\""): words about it, no act
        if (tree.nominal(i) && (tree.base(i) == "appos" || tree.base(i) == "xcomp") && tree.quoted(i))
            continue;
        // an act noun modifying another names no act: "the Anbar operations command",
        // "attack helicopters"
        if (tree.nominal(i) && tree.base(i) == "compound" && tree.head(i) > i && tree.nominal(tree.head(i)) &&
            p.trigger_at[static_cast<std::size_t>(tree.head(i))] < 0)
            continue;
        // a form listed as the noun of an operation ("drive", "battle") names none as a verb:
        // "forces drive down a road"; unless the verb is the act too ("able to recapture")
        if (trig.weight < 0 && tree.upos(i) == Upos::verb && !cx.lexicon.cue("verb_too", tree.lower(i)))
            continue;
        Act act = detail::read_act(tree, i, trig.inverse, cx.lexicon);
        skip_date_target(cx, p, act);
        // (or one for the compound of its noun that names none: "air strikes targeting IS")
        if (act.target < 0 || (act.compound_target && !p.mention_at[static_cast<std::size_t>(act.target)]))
            aimed_target(tree, aims, act);
        // "declared victory", "victory was declared", "the declaration of victory": a
        // declaration that names its thing
        // (or a relative pronoun there: "the caliphate which the group declared")
        const int slot = act.target_relative >= 0 ? act.target_relative : act.target;
        bool thing_slot = act.target >= 0 &&
                          (tree.base(slot) == "obj" || tree.label(slot) == "nsubj:pass" ||
                           (tree.nominal(i) && cx.lexicon.cue("genitive_case", tree.case_word(act.target))));
        if (thing_slot && cx.lexicon.cue("declared_as", trig.relation) &&
            declared_thing(cx, tree, act.target))
            read_declared(cx, tree, act.target, act);
        if (info->kind == RelationKind::state && tree.nominal(i) &&
            cx.lexicon.cue("office_state", info->name))
            read_state_noun(cx, mem, p, act);
        read[static_cast<std::size_t>(i)] = act;
    }
    auto relation_at = [&](int t) -> const std::string* {
        int k = t >= 0 ? p.trigger_at[static_cast<std::size_t>(t)] : -1;
        return k >= 0 ? &all[static_cast<std::size_t>(k)].relation : nullptr;
    };
    std::vector<int> ending(static_cast<std::size_t>(tree.size()), -1);  // last word -> nominal act
    for (int i = 0; i < tree.size(); ++i)
        if (read[static_cast<std::size_t>(i)] && tree.nominal(i))
            ending[static_cast<std::size_t>(tree.rightmost(i))] = i;
    for (int i = 0; i < tree.size(); ++i) {
        auto& act = read[static_cast<std::size_t>(i)];
        if (!act) continue;
        const std::string* mine = relation_at(i);
        if (act->clause != i && relation_at(act->clause) && *relation_at(act->clause) == *mine)
            read[static_cast<std::size_t>(act->clause)].reset();
        // "the offensive ..., which was launched on 17 October": one act, dated by its verb
        int h = tree.head(i);
        // (the tree may hang the clause elsewhere: then the act whose phrase ends at the comma)
        int pronoun = std::max(act->actor_relative, act->target_relative);
        if (tree.base(i) == "acl" && pronoun > 1 && tree.upos(pronoun - 1) == Upos::punct)
            if (int j = ending[static_cast<std::size_t>(pronoun - 2)];
                j >= 0 && relation_at(j) && *relation_at(j) == *mine)
                h = j;
        // (a means phrase's act is dated by its own verb too: "retook it in an offensive launched
        // in October")
        if (tree.base(i) == "acl" && h >= 0 && relation_at(h) && *relation_at(h) == *mine &&
            read[static_cast<std::size_t>(h)] &&
            (read[static_cast<std::size_t>(h)]->clause == h || read[static_cast<std::size_t>(h)]->means)) {
            read[static_cast<std::size_t>(h)]->clause = i;
            act.reset();
        }
    }
    // "launched an attack", "launched a wave of attacks": a light verb whose object names an act
    // of another relation tells that act, not one of its own
    for (int i = 0; i < tree.size(); ++i) {
        auto o = tree.child(i, "obj");
        if (!read[static_cast<std::size_t>(i)] || !o || !cx.lexicon.cue("light_verb", tree.lower(i)))
            continue;
        int named = read[static_cast<std::size_t>(*o)] ? *o : -1;
        if (named < 0 && cx.lexicon.cue("light_noun", tree.lower(*o)))
            for (int c : tree.children(*o))
                if (named < 0 && tree.base(c) == "nmod" && read[static_cast<std::size_t>(c)]) named = c;
        if (named >= 0 && *relation_at(named) != *relation_at(i)) read[static_cast<std::size_t>(i)].reset();
    }
    // "liberated nine villages in the second phase of their offensive": an operation told as the
    // means of another act, with no verb of its own, is the frame that act happened in, not a
    // launch (cue frame_act); so is one told as the means of a verb coordinated with the act
    // ("recaptured the area and reopened a road in another operation")
    auto acts_at = [&](int v) {
        return read[static_cast<std::size_t>(v)] ||
               (tree.base(v) == "conj" && tree.head(v) >= 0 && read[static_cast<std::size_t>(tree.head(v))]);
    };
    for (int i = 0; i < tree.size(); ++i) {
        auto& act = read[static_cast<std::size_t>(i)];
        if (act && act->means && act->clause != i && acts_at(act->clause) &&
            cx.lexicon.cue("frame_act", *relation_at(i)))
            act.reset();
    }
    return read;
}

// An act that announces another ("declared the full liberation of eastern Mosul", "declared
// that Iraqi forces had liberated it") is a statement of it, not an act of its own.
struct Announcement {
    int content = -1;
    std::optional<EntityId> by;
    std::optional<TimeValue> date;
};

std::vector<Announcement> announcements(const Context& cx, const Memory& mem, const Parsed& p,
                                        std::vector<std::optional<Act>>& read, const SentenceDates& dates) {
    std::vector<Announcement> out;
    for (int i = 0; i < p.tree.size(); ++i) {
        auto& act = read[static_cast<std::size_t>(i)];
        int k = p.trigger_at[static_cast<std::size_t>(i)];
        if (!act ||
            !cx.lexicon.cue("announcing", cx.lexicon.triggers()[static_cast<std::size_t>(k)].relation))
            continue;
        int content = -1;
        if (auto c = p.tree.child(act->clause, "ccomp"))
            content = *c;
        else if (act->target >= 0 && p.trigger_at[static_cast<std::size_t>(act->target)] >= 0)
            content = act->target;
        // "launched a wave of attacks": the act the light noun's phrase names
        else if (act->target >= 0 && cx.lexicon.cue("light_noun", p.tree.lower(act->target)))
            for (int c : p.tree.children(act->target))
                if (content < 0 && p.tree.base(c) == "nmod" && p.trigger_at[static_cast<std::size_t>(c)] >= 0)
                    content = c;
        // "declared the city liberated" (the form may hang on the object)
        auto object = p.tree.child(act->clause, "obj");
        for (int at : {act->clause, object.value_or(-1)}) {
            if (at < 0) continue;
            for (int c : p.tree.children(at))
                if (content < 0 && p.trigger_at[static_cast<std::size_t>(c)] >= 0 &&
                    detail::small_clause_subject(p.tree, c, cx.lexicon) >= 0)
                    content = c;
        }
        if (content < 0) continue;
        const Mention* by = entity_of(cx, mem, p, act->actor);
        out.push_back({content, by && is_actor(*by) ? std::optional<EntityId>(by->entity) : std::nullopt,
                       clause_date(p.tree, dates.of, *act, cx.lexicon, p.timex_at)});
        act.reset();
    }
    return out;
}

// "still controls the towns of Qaim, Hawija and Tal Afar": the same state to each further place
// or party of the target's kind coordinated with the target. An event's further targets ("blew
// up the mosque and its minaret") are participants of its one act.
std::vector<Relation> conjoined_targets(const Context& cx, const Memory& mem, const Parsed& p, const Act& act,
                                        Relation& r) {
    std::vector<Relation> out;
    if (!r.target || act.target < 0) return out;
    const Mention* first = entity_of(cx, mem, p, act.target);
    if (!first || first->entity != *r.target) return out;
    // the names of an "of" phrase hang on its noun ("the towns of Qaim, Hawija and Tal Afar")
    int head = act.target;
    for (int c : p.tree.children(act.target))
        if (!p.mention_at[static_cast<std::size_t>(act.target)] &&
            p.mention_at[static_cast<std::size_t>(c)] == first)
            head = c;
    for (int c : p.tree.children(head)) {
        if (p.tree.base(c) != "conj") continue;
        const Mention* m = entity_of(cx, mem, p, c);  // a name, or "the town of Qaraqosh"
        if (!m || m->type != first->type || m->entity == *r.target || (r.actor && m->entity == *r.actor))
            continue;
        const RelationInfo* info = cx.lexicon.info(r.type);
        if (!info || info->kind != RelationKind::state) {
            if (std::find(r.participants.begin(), r.participants.end(), m->entity) == r.participants.end())
                r.participants.push_back(m->entity);
            continue;
        }
        Relation more = r;
        if (m->type == EntityType::place || more.place == r.target) more.place = m->entity;
        for (auto& id : more.participants)
            if (id == *r.target) id = m->entity;
        more.target = m->entity;
        out.push_back(std::move(more));
    }
    return out;
}

// Whether a date of the phrase of t has the value `date` ("since the start of operations on 19
// February"). Linear in the phrase.
bool dated_within(const Parsed& p, int t, const TimeValue& date) {
    for (int i = p.tree.leftmost(t); i <= p.tree.rightmost(t); ++i)
        if (const Timex* x = p.timex_at[static_cast<std::size_t>(i)]; x && x->value.value == date.value)
            return true;
    return false;
}

// The date of an event act, from the tree, its statement or announcement, the story or the paragraph.
// `held_since`: the trigger is read with a "since" after it ("held since"), whose date is the act's.
std::optional<TimeValue> act_date(const Context& cx, const Memory& mem, const Parsed& p, const Act& act,
                                  const RelationInfo& info, const Statement* st, const Announcement* ann,
                                  const SentenceDates& dates, bool held_since) {
    const Tree& tree = p.tree;
    // "troops surrounded for years by the jihadists", "besieged the town for two months": an act
    // told over a stretch of time (a phrase of cues duration_case and time_unit) is no act of
    // one day
    for (int t : {act.trigger, act.clause}) {
        if (t < 0) continue;
        for (int c : tree.children(t))
            if (tree.base(c) == "obl" && cx.lexicon.cue("duration_case", tree.case_word(c)) &&
                cx.lexicon.cue("time_unit", tree.lower(c)))
                return std::nullopt;
    }
    auto date = clause_date(tree, dates.of, act, cx.lexicon, p.timex_at);
    // "have killed 35 civilians to date": a tally up to the telling in the perfect, with no date
    // of its own, is no act of the day it was told ("struck so far to the east" is none)
    if (!date && p.tally && perfect(tree, act.clause, cx.lexicon)) return std::nullopt;
    // "has carried out 10,000 strikes since August 2014", "800 fighters have been killed since the
    // start of the operation": what is counted over a span is no act of one day ("entered the
    // city on Tuesday for the first time since 2014" is, by its own date, told in the past)
    for (int t : {act.trigger, act.clause}) {
        if (date && !held_since && dates.since[static_cast<std::size_t>(t)] == date) return std::nullopt;
        for (int c : tree.children(t)) {
            if (!held_since && (tree.base(c) == "obl" || tree.base(c) == "nmod") &&
                cx.lexicon.cue("since_case", tree.case_word(c)) &&
                (!date || perfect(tree, t, cx.lexicon) || dated_within(p, c, *date)))
                return std::nullopt;
            // ("has launched 632 car bombs since the offensive began": counted since an act)
            if (!held_since && tree.base(c) == "advcl" && c > t &&
                cx.lexicon.cue("since_case", tree.case_word(c)) && perfect(tree, t, cx.lexicon))
                return std::nullopt;
        }
    }
    // what was said happened when it was said, unless the story's date stands for the
    // statement's and the act is told in a past tense ("they declared the caliphate")
    bool present =
        present_tense(tree, act.clause, cx.lexicon) || present_tense(tree, act.trigger, cx.lexicon);
    // (an act told as background, "since the offensive began", is not dated by the telling)
    if (!date && !act.background && st && st->date && (!st->dated_by_story || present)) date = st->date;
    if (!date && !act.background && ann && ann->date) date = ann->date;
    if (!date && info.dated_by_article_when_present && cx.doc.published &&
        present_tense(tree, act.clause, cx.lexicon))
        date = day_value(*cx.doc.published);
    // the lead of a story tells its news: an act it tells in the present perfect with no date
    // in the sentence ("forces have launched a new push") happened by the story's day
    if (!date && p.lead && cx.doc.published && !act.background && info.kind == RelationKind::event &&
        perfect(tree, act.clause, cx.lexicon) &&
        std::none_of(p.timex_at.begin(), p.timex_at.end(), [](const Timex* t) { return t; }))
        date = day_value(*cx.doc.published);
    // the tree ties the act to no date, and the sentence has exactly one date tied to no
    // other act: the act's (before a date of the paragraph's earlier sentences)
    if (!date && !act.background && !st && dates.loose.size() == 1 &&
        !described(tree, act.clause, cx.lexicon))
        date = dates.loose.front();
    // (not one the sentence gives a date of its own that nothing anchors: "earlier this week" in
    // a story with no date of its own is no week of the paragraph's year)
    if (!date && mem.narrative_date && !mem.unanchored_date && !act.background &&
        narrated(tree, act, cx.lexicon))
        date = mem.narrative_date;
    if (date) date = reportable(*date);
    return date;
}

// The person the sentence's main clause is about, for "he" in the next sentences.
void remember_subject(const Context& cx, Memory& mem, const Parsed& p) {
    const Tree& tree = p.tree;
    for (int i = 0; i < tree.size(); ++i) {
        auto s = tree.head(i) < 0 ? tree.child(i, "nsubj") : std::nullopt;
        const Mention* m = s ? entity_of(cx, mem, p, *s) : nullptr;
        // ("Pro-government forces launched an offensive ... with a U.S.-led coalition. They took")
        if (s && !m && tree.nominal(*s) && tree.plural(*s)) mem.unnamed_subject_sentence = p.index;
        if (m && m->type == EntityType::person) {
            mem.subject_person = m;
            mem.subject_sentence = p.index;
        } else if (m && m->type == EntityType::group) {
            mem.subject_group = m;
            mem.group_sentence = p.index;
        } else if (m && m->type == EntityType::place) {
            mem.subject_place = m;
            mem.place_sentence = p.index;
        }
    }
}

// "destroyed by a U.S. air strike", "airstrikes which have destroyed whole houses": an act
// of a means_act relation that is the doer of another act is how that act was done, not an
// event of its own; but where that act names no one it was done to ("a bombing that killed
// seven people"), the means is the event and the act its toll. The act kept takes the date and
// places of the one dropped where the tree gives it none; a passive with no agent takes its
// means phrase as its doer ("was killed in an air strike"). Linear in the sentence.
void drop_means(const Context& cx, const Memory& mem, const Parsed& p,
                std::vector<std::optional<Act>>& read) {
    const auto& all = cx.lexicon.triggers();
    auto means = [&](int t) {
        if (t < 0 || !read[static_cast<std::size_t>(t)] || !p.tree.nominal(t)) return false;
        int k = p.trigger_at[static_cast<std::size_t>(t)];
        return k >= 0 && cx.lexicon.cue("means_act", all[static_cast<std::size_t>(k)].relation);
    };
    std::vector<int> dropped;
    for (std::size_t j = 0; j < read.size(); ++j) {
        auto& act = read[j];
        if (!act || !act->reported) continue;
        // "was killed in an air strike": a passive's means phrase names its doer; "killed him in an
        // air strike": an active one is how its named target was struck
        int by_means = -1;
        for (int c : p.tree.children(act->clause))
            if (c != static_cast<int>(j) && p.tree.base(c) == "obl" &&
                cx.lexicon.cue("means_case", p.tree.case_word(c)) && means(c))
                by_means = c;
        if (by_means >= 0 && act->passive && act->actor < 0) act->actor = by_means;
        int doer = act->actor_relative >= 0 ? act->relative_head : act->actor;
        if (by_means >= 0 && doer != by_means && entity_of(cx, mem, p, act->target)) doer = by_means;
        if (doer == static_cast<int>(j) || !means(doer)) continue;
        // (and so is one an act on people names by an office: "a senior commander was killed in
        // an air strike"; a count of people killed is the toll of the means, "seven civilians were
        // killed in an air strike")
        const int k = p.trigger_at[j];
        const bool office = act->target >= 0 && k >= 0 &&
                            cx.lexicon.cue("party_target", all[static_cast<std::size_t>(k)].relation) &&
                            cx.lexicon.cue("title_noun", p.tree.lower(act->target));
        bool named = act->target_relative >= 0 || entity_of(cx, mem, p, act->target) || office;
        const int keep = named ? static_cast<int>(j) : doer, drop = named ? doer : static_cast<int>(j);
        dropped.push_back(drop);
        Act& kept = *read[static_cast<std::size_t>(keep)];
        const Act& other = *read[static_cast<std::size_t>(drop)];
        // (the means' doer does the act it is the means of: "a bombing by IS killed seven")
        if (keep == static_cast<int>(j) && kept.actor == doer && other.actor >= 0) kept.actor = other.actor;
        kept.paired = drop;  // its date and places are the kept act's too
        kept.places.insert(kept.places.end(), other.places.begin(), other.places.end());
    }
    for (int t : dropped) read[static_cast<std::size_t>(t)].reset();
}

// Whether the party named at t is an institution, by a word of its name (cue institution_noun:
// "the Ministry of Interior", "Amaq News Agency"): one that tells of acts more than it fights.
bool institution_at(const Context& cx, const Parsed& p, int t) {
    const Mention* m = t >= 0 ? p.mention_at[static_cast<std::size_t>(t)] : nullptr;
    if (!m) return false;
    std::string_view rest = m->text;
    while (!rest.empty()) {
        const auto space = rest.find(' ');
        if (cx.lexicon.cue("institution_noun", detail::fold_word(rest.substr(0, space)))) return true;
        rest = space == std::string_view::npos ? std::string_view() : rest.substr(space + 1);
    }
    return false;
}

// A statement that says nothing the text gives (no content, no one addressed; or only its own
// verb as written) by a party whose act the same sentence tells ("IS released a video claiming
// to have executed the journalist"): the act is the news, and the statement adds nothing to it. `from` is the
// sentence's first relation in `out`; linear in the sentence's relations.
void drop_empty_statements(const RelationLexicon& lexicon, std::vector<Relation>& out, std::size_t from) {
    auto speech = [&](const Relation& r) {
        const RelationInfo* info = lexicon.info(r.type);
        return info && info->kind == RelationKind::speech;
    };
    std::unordered_set<std::string> acting;
    for (std::size_t i = from; i < out.size(); ++i)
        if (!speech(out[i]) && out[i].actor) acting.insert(out[i].actor->str());
    auto empty = [&](const Relation& r) {
        return speech(r) && r.actor && !r.target && (r.thing.empty() || r.thing_has_verb) &&
               acting.count(r.actor->str());
    };
    out.erase(std::remove_if(out.begin() + static_cast<std::ptrdiff_t>(from), out.end(), empty), out.end());
}

// "declared victory over IS in Raqqa, declaring the city free": a participle clause that tells
// again the act of the verb it hangs on is that act, not another one. Linear in the sentence.
void drop_restatements(const Context& cx, const Parsed& p, std::vector<std::optional<Act>>& read,
                       const std::vector<const std::string*>& renamed) {
    const Tree& tree = p.tree;
    const auto& all = cx.lexicon.triggers();
    auto relation = [&](int t) -> const std::string& {
        if (const std::string* r = renamed[static_cast<std::size_t>(t)]) return *r;
        return all[static_cast<std::size_t>(p.trigger_at[static_cast<std::size_t>(t)])].relation;
    };
    for (int t = 0; t < tree.size(); ++t) {
        const int h = tree.head(t);
        // (not one a conjunction opens: "captured families after seizing a town" tells two acts)
        if (!read[static_cast<std::size_t>(t)] || !tree.gerund(t) || tree.base(t) != "advcl" || h < 0 ||
            tree.child(t, "mark") || !read[static_cast<std::size_t>(h)] ||
            p.trigger_at[static_cast<std::size_t>(t)] < 0 || p.trigger_at[static_cast<std::size_t>(h)] < 0)
            continue;
        if (relation(t) == relation(h)) read[static_cast<std::size_t>(t)].reset();
    }
}

// Every relation of one parsed sentence.
void read_sentence(const Context& cx, Memory& mem, const Parsed& p, std::vector<Relation>& out) {
    const Tree& tree = p.tree;
    const auto& all = cx.lexicon.triggers();
    std::vector<bool> acts(static_cast<std::size_t>(tree.size()), false);
    for (int i = 0; i < tree.size(); ++i)
        acts[static_cast<std::size_t>(i)] = p.trigger_at[static_cast<std::size_t>(i)] >= 0;
    // (a relative clause keeps its date: "Turkey, which closed its border two years ago, said")
    std::vector<bool> holders = acts;
    for (int i = 0; i < tree.size(); ++i)
        if (tree.label(i) == "acl:relcl" && tree.verbal(i)) holders[static_cast<std::size_t>(i)] = true;
    SentenceDates dates = sentence_dates(cx, p, holders);
    auto sts = statements(cx, mem, p, dates.of, dates.loose);
    mem.voices.clear();
    mem.group_voices.clear();
    mem.unnamed_voices.clear();
    for (const auto& st : sts) {
        if (st.speech.content < 0) continue;
        if (st.speech.speaker >= 0 && !st.who && tree.nominal(st.speech.speaker) &&
            !p.mention_at[static_cast<std::size_t>(st.speech.speaker)])
            mem.unnamed_voices.push_back(st.speech.content);
        mem.voices.emplace_back(st.speech.content,
                                st.speaker ? side_of(cx, mem, p, st.speech.speaker, st.who) : nullptr);
        // (a group named as the speaker in the sentence, not one a noun stands for)
        if (st.speaker && st.who && st.who->type == EntityType::group &&
            p.sentence->span.contains(st.who->where.span))
            mem.group_voices.emplace_back(st.speech.content, st.who);
    }
    std::vector<const std::string*> renamed;
    auto read = read_acts(cx, mem, p, renamed);
    auto anns = announcements(cx, mem, p, read, dates);
    for (auto& st : sts)  // a statement that declares is its declaration
        if (renamed[static_cast<std::size_t>(st.speech.verb)]) st.has_act = true;
    drop_means(cx, mem, p, read);
    drop_restatements(cx, p, read, renamed);
    for (int i = 0; i < tree.size(); ++i) {
        if (!read[static_cast<std::size_t>(i)] || !read[static_cast<std::size_t>(i)]->reported) continue;
        const Act& act = *read[static_cast<std::size_t>(i)];
        auto trig = all[static_cast<std::size_t>(p.trigger_at[static_cast<std::size_t>(i)])];
        if (renamed[static_cast<std::size_t>(i)]) trig.relation = *renamed[static_cast<std::size_t>(i)];
        const RelationInfo* info = cx.lexicon.info(trig.relation);
        auto r = relation_of(cx, mem, p, act, trig);
        if (!r) continue;
        Statement* st = statement_of(sts, tree, i);
        // "announced the start of the offensive": the statement's object is the act
        for (auto& other : sts)
            if (other.speech.verb == act.clause) other.has_act = true;
        const Announcement* ann = nullptr;
        for (const auto& a : anns)
            if (tree.under(i, a.content)) ann = &a;
        if (st) st->has_act = true;
        auto speaker = st && !hearsay(cx, p, act) && !described_in_content(cx, tree, act, *st) ? st->speaker
                       : ann                                                                   ? ann->by
                                                                                               : std::nullopt;
        // a leader or command announcing the start of an offensive, or a liberation with no
        // force named, is its actor
        bool announced =
            speaker && !r->actor && cx.lexicon.cue("announcer_acts", r->type) && commands(cx, *speaker);
        if (announced) {  // the actor is its own source: the chronology tells such actors apart
            // (a command announces what the forces it leads did: theirs, by its word)
            auto force = led_force(cx, *speaker);
            r->actor = force ? force : speaker;
            r->participants.insert(r->participants.begin(), *r->actor);
        }
        if (speaker && (!r->actor || *r->actor != *speaker || announced)) r->attributed_to = speaker;
        // "the General Command announced the start of the battle": a command's announcement of
        // an act is the act of the forces it leads, by the command's word
        // (and a leader's announcement of one that announcers tell, "Barzani announced the
        // liberation of Sinjar", is told as his word: no edge says he took the town)
        if (r->actor && !speaker && act.clause != act.trigger && speech_at(cx, p, act.clause)) {
            if (auto force = led_force(cx, *r->actor)) {
                r->attributed_to = r->actor;
                r->actor = force;
                r->participants.insert(r->participants.begin(), *force);
            } else if (cx.lexicon.cue("announcer_acts", r->type) && commands(cx, *r->actor)) {
                r->attributed_to = r->actor;
            } else if (!cx.lexicon.cue("announcer_acts", r->type) && institution_at(cx, p, act.actor)) {
                // ("the ministry announced the killing of X": an institution that tells of an act
                // did not do it; "the army announced the capture of Hawija" did)
                r->attributed_to = r->actor;
                r->participants.erase(r->participants.begin());
                r->actor.reset();
            }
        }
        // "Mosul has been under IS control since June 2014": the state began with an act, then
        if (info->kind == RelationKind::state && cx.lexicon.cue("since_state", r->type))
            for (int t : {act.trigger, act.clause})
                if (dates.since[static_cast<std::size_t>(t)] && r->actor && r->target) {
                    r->type = cued_relation(cx, "since_as", r->type);
                    r->date = reportable(*dates.since[static_cast<std::size_t>(t)]);
                    r->background = true;
                    break;
                }
        if (info->kind == RelationKind::event)
            r->date =
                act_date(cx, mem, p, act, *info, st, ann, dates, cx.lexicon.cue("since_case", trig.next));
        r->confidence = r->date && dates.of[static_cast<std::size_t>(act.clause)] ? 0.8 : 0.6;
        auto also = conjoined_targets(cx, mem, p, act, *r);
        out.push_back(std::move(*r));
        for (auto& more : also) out.push_back(std::move(more));
    }
    mem.voices.clear();  // token indices of this sentence's tree only
    mem.unnamed_voices.clear();
    remember_subject(cx, mem, p);
    remember_introductions(cx, mem, p);
    for (const auto& st : sts)
        if (auto r = statement_relation(cx, p, st)) {
            if (r->date) r->date = reportable(*r->date);
            out.push_back(std::move(*r));
        }
}

// An act an article tells again without a date ("the capture of the northern city by ISIL",
// after "seized control of Mosul on Tuesday"; "retaken most of Tal Abyad", after "the town had
// been liberated" on Monday) is its dated act of the same relation on the same target, by the
// same actor or by one it did not name: it takes that act's date. Where the
// article dates such acts differently, the retelling stays undated.
void date_retold(const RelationLexicon& lex, std::vector<Relation>& out) {
    struct Told {
        const Relation* first = nullptr;
        bool ambiguous = false;
    };
    std::unordered_map<std::string, Told> dated;
    // (ground said as written in a place, "most of Tal Abyad", is told of that place)
    auto object = [](const Relation& r) {
        return r.target ? r.target : r.thing_names_place ? r.place : std::optional<EntityId>();
    };
    auto key = [&](const Relation& r) { return r.type + '\t' + object(r)->str(); };
    for (const Relation& r : out) {
        const RelationInfo* info = lex.info(r.type);
        if (!r.date || !r.target || r.background || !info || info->kind != RelationKind::event) continue;
        Told& t = dated[key(r)];
        if (!t.first)
            t.first = &r;
        else if (!(*t.first->date == *r.date) || t.first->actor != r.actor)
            t.ambiguous = true;
    }
    for (Relation& r : out) {
        if (r.date || !object(r) || r.background) continue;
        auto it = dated.find(key(r));
        if (it == dated.end() || it->second.ambiguous) continue;
        const Relation& d = *it->second.first;
        if (d.actor && d.actor != r.actor) continue;
        // (what a speaker says of an act the story tells as its own is his word, on his day:
        // "will provide all kinds of support to the Jarablus operation, Cavusoglu said")
        if (r.attributed_to && !d.attributed_to) continue;
        r.date = d.date;
        r.confidence = std::min(r.confidence, 0.5);
    }
}

// A statement that gives the detail of an act the sentence before reported from the same source
// ("the ministry announced that seven villages had fallen to security forces on Wednesday." /
// "\"Federal Police forces ... managed to retake the villages of A, B and C,\" the ministry
// said"): an undated act it tells of the same kind (the same CAMEO code), on the same target or
// on ground the report left unnamed, is that act, and takes its date.
void date_elaborated(const RelationLexicon& lex, std::vector<Relation>& out) {
    std::vector<const Relation*> before, current;  // dated reported acts of the last two sentences
    std::size_t at = static_cast<std::size_t>(-1);
    auto cameo = [&](const Relation& r) {
        const RelationInfo* info = lex.info(r.type);
        return info && info->kind == RelationKind::event ? info->cameo : std::string();
    };
    for (Relation& r : out) {
        if (r.evidence.sentence != at) {
            before = r.evidence.sentence == at + 1 ? std::move(current) : std::vector<const Relation*>();
            current.clear();
            at = r.evidence.sentence;
        }
        if (!r.attributed_to || r.background || cameo(r).empty()) continue;
        if (r.date) {
            current.push_back(&r);
            continue;
        }
        for (const Relation* d : before)
            if (d->attributed_to == r.attributed_to && cameo(*d) == cameo(r) &&
                (!d->target || d->target == r.target)) {
                r.date = d->date;
                r.confidence = std::min(r.confidence, 0.5);
                break;
            }
    }
}

// A story tells when its speaker spoke once ("Allawi told Reuters in an interview on Monday")
// and dates the rest of what he said by its own day: a statement of his, or an act he is the
// source of, in a sentence naming no date takes the day he spoke, within the week before the
// story's day.
void date_by_speaker(const Context& cx, const Memory& mem, std::vector<Relation>& out) {
    if (!cx.doc.published || mem.told_on.empty()) return;
    const TimeValue story = day_value(*cx.doc.published);
    for (Relation& r : out) {
        if (!r.date || !(*r.date == story) || r.background ||
            !mem.undated_sentences.count(r.evidence.sentence))
            continue;
        const RelationInfo* info = cx.lexicon.info(r.type);
        std::optional<EntityId> speaker = r.attributed_to;
        if (!speaker && info && info->kind == RelationKind::speech) speaker = r.actor;
        if (!speaker) continue;
        auto it = mem.told_on.find(speaker->str());
        if (it == mem.told_on.end() || !it->second.first || !story.first) continue;
        auto before = *story.first - *it->second.first;
        if (before > date::days(0) && before <= date::days(7)) r.date = it->second;
    }
}

}  // namespace

bool detail::candidate_sentence(const RelationLexicon& lexicon, const SentenceCues& cues) {
    // triggers outside names (the tree's acts and statements), and acts' inside them
    bool act = false, speech = false, act_in_name = false, name_speaks = false;
    for (std::size_t i = 0; i < cues.triggers.size(); ++i) {
        if (!cues.triggers[i]) continue;
        if (lexicon.info(cues.triggers[i]->relation)->kind != RelationKind::speech)
            (cues.named[i] ? act_in_name : act) = true;
        else if (!cues.named[i])
            speech = true;
    }
    // ("Turkey said", "The United States, which ..., pledged": a name that opens the sentence
    // may speak, whatever it names)
    const std::size_t opening = !cues.lower.empty() && lexicon.cue("definite", cues.lower[0]) ? 1 : 0;
    name_speaks = speech && opening < cues.named.size() && cues.named[opening];
    if (!act && !speech) return false;
    const auto& sm = cues.mentions;
    bool known = std::any_of(sm.begin(), sm.end(), [](const Mention* m) { return m->in_kb; });
    // with no name in the sentence, a party can only be a word standing for one named before
    auto stands_in = [&](const std::string& w) {
        for (const char* cue : {"person_pronoun", "group_pronoun", "place_pronoun", "settlement_noun",
                                "province_noun", "country_noun"})
            if (lexicon.cue(cue, w)) return true;
        return lexicon.generic_class(w) != nullptr;
    };
    // "the operation", "these heroic operations": an act that refers back to one told before
    auto act_back = [&] {
        for (std::size_t i = 1; i < cues.triggers.size(); ++i)
            if (cues.triggers[i] && (lexicon.cue("definite", cues.lower[i - 1]) ||
                                     (i > 1 && lexicon.cue("definite", cues.lower[i - 2]))))
                return true;
        return false;
    };
    auto for_act = [&] {
        return known || (cues.dated &&
                         (!sm.empty() ||
                          (cues.named_before &&
                           (std::any_of(cues.lower.begin(), cues.lower.end(), stands_in) || act_back()))));
    };
    if (act) return for_act();  // (a statement's conditions imply an act's)
    if (!((!sm.empty() && cues.dated) || (act_in_name && for_act()))) return false;
    if (cues.named_before || name_speaks ||
        std::any_of(sm.begin(), sm.end(), [](const Mention* m) { return is_actor(*m); }))
        return true;
    return std::any_of(cues.lower.begin(), cues.lower.end(),
                       [&](const std::string& w) { return lexicon.cue("declared_thing", w); });
}

// Leaves out of a sentence's words the asides in parentheses or between dashes that hold no
// trigger word ("announced today (19 February) the start", "the Islamic State (IS or ISIS)
// said"): they
// are glosses a parser hangs anywhere. An aside holding the sentence's only date, or all of
// the sentence, stays. So do adverbial idioms ("to date") and hedges before a name
// ("so-called"). Returns whether one of those idioms counts up to the telling (cue
// tally_idiom: "to date"). Linear in the sentence.
bool drop_asides(const Context& cx, const std::vector<const Timex*>& st, std::vector<std::size_t>& tokens,
                 std::vector<std::string_view>& words, std::vector<std::string>& lower,
                 std::vector<const RelationLexicon::Trigger*>& trig, std::vector<bool>& named) {
    std::vector<bool> keep(words.size(), true);
    std::size_t dates_in_asides = 0, dropped = 0, next_date = 0;
    // (and between two dashes: "volunteer fighters — commonly known as the Popular
    // Mobilization Units — joined")
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (words[i] != "(" && !aside_dash(words[i])) continue;
        const std::string_view closer = words[i] == "(" ? std::string_view(")") : words[i];
        std::size_t close = i + 1;
        bool trigger = false;
        // (a clause between dashes, "– Baghdadi's real name is ... –", is read with the sentence)
        while (close < words.size() && words[close] != closer && words[close] != "(")
            trigger |= trig[close] != nullptr || (closer != ")" && cx.lexicon.cue("auxiliary", lower[close])),
                ++close;
        if (close >= words.size() || words[close] != closer || trigger) continue;
        Span aside{cx.text.tokens[tokens[i]].span.begin, cx.text.tokens[tokens[close]].span.end};
        std::size_t dates = 0;  // the sentence's dates are in text order: one pass over them
        while (next_date < st.size() && st[next_date]->span.begin < aside.begin) ++next_date;
        while (next_date < st.size() && aside.contains(st[next_date]->span)) ++dates, ++next_date;
        if (dates && dates_in_asides + dates >= st.size()) continue;
        dates_in_asides += dates;
        for (std::size_t k = i; k <= close; ++k) keep[k] = false;
        dropped += close - i + 1;
        i = close;
    }
    // "its most extensive air assault to date on Tuesday": an idiom of two words (cue
    // aside_idiom) a parser hangs what follows on
    bool tally = false;
    for (std::size_t i = 0; i + 1 < words.size(); ++i)
        if (keep[i] && !trig[i] && !named[i])
            if (const std::string pair = lower[i] + ' ' + lower[i + 1]; cx.lexicon.cue("aside_idiom", pair)) {
                keep[i] = keep[i + 1] = false;
                dropped += 2;
                tally = tally || cx.lexicon.cue("tally_idiom", pair);
            }
    // "re-captured": the prefix of a trigger written with a hyphen (the trigger is the whole form)
    for (std::size_t i = 0; i + 2 < words.size(); ++i)
        if (keep[i] && trig[i + 2] &&
            !hyphen_joined(cx.lexicon, lower[i], lower[i + 1], lower[i + 2]).empty()) {
            keep[i] = keep[i + 1] = false;
            dropped += 2;
        }
    // "the so-called Islamic State": a hyphenated hedge before a name (cue name_hedge), three
    // words to the tokenizer, that a parser reads as a verb
    for (std::size_t i = 0; i + 2 < words.size(); ++i)
        if (keep[i] && words[i + 1] == "-" && !named[i] &&
            cx.lexicon.cue("name_hedge", lower[i] + '-' + lower[i + 2])) {
            keep[i] = keep[i + 1] = keep[i + 2] = false;
            dropped += 3;
        }
    if (dropped == 0 || dropped == words.size()) return tally;
    std::size_t out = 0;
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (!keep[i]) continue;
        if (out != i) {  // a string moved onto itself is left empty
            tokens[out] = tokens[i], words[out] = words[i], lower[out] = std::move(lower[i]);
            trig[out] = trig[i], named[out] = named[i];
        }
        ++out;
    }
    tokens.resize(out), words.resize(out), lower.resize(out), trig.resize(out), named.resize(out);
    return tally;
}

// Leaves each name of several words to the parser as its last word ("Islamic State" as
// "State", "Haider al-Abadi" as "Abadi"), for a sentence whose parse split a name
// (splits_names). The word kept stands for the whole name (map_tokens, word_span). Linear in
// the sentence.
void collapse_names(const Context& cx, const std::vector<const Mention*>& sm,
                    std::vector<std::size_t>& tokens, std::vector<std::string_view>& words,
                    std::vector<std::string>& lower, std::vector<const RelationLexicon::Trigger*>& trig,
                    std::vector<bool>& named) {
    std::size_t out = 0, m = 0, cover = 0;  // the end of the names begun at or before the word
    for (std::size_t i = 0; i < words.size(); ++i) {
        const Span ws = cx.text.tokens[tokens[i]].span;
        for (; m < sm.size() && sm[m]->where.span.begin <= ws.begin; ++m)
            cover = std::max(cover, sm[m]->where.span.end);
        // (a word of a name that the name goes on after is left out; a name inside another,
        // "Iraq" in "Iraq's Defense Ministry", is part of it)
        if (ws.end <= cover && i + 1 < words.size() && cx.text.tokens[tokens[i + 1]].span.end <= cover)
            continue;
        if (out != i) {
            tokens[out] = tokens[i], words[out] = words[i], lower[out] = std::move(lower[i]);
            trig[out] = trig[i], named[out] = named[i];
        }
        ++out;
    }
    tokens.resize(out), words.resize(out), lower.resize(out), trig.resize(out), named.resize(out);
}

// Whether a dependency relation is one between the words of a name ("Islamic State", "Haider
// al-Abadi", "Iraq's Ministry of Defence").
bool name_relation(std::string_view label) {
    const std::string_view base = label.substr(0, label.find(':'));
    for (std::string_view l : {"compound", "flat", "amod", "det", "case", "punct", "nmod", "cc", "conj",
                               "nummod", "appos", "fixed", "goeswith"})
        if (base == l) return true;
    return false;
}

// Whether a parse splits a name of several words, as a parser trained on other text does with
// names it has not seen ("Islamic" read as the root, "State" as its subject): more than one of
// its words hangs outside it, or one hangs on another by a clause's relation. Linear in the
// sentence.
bool splits_names(const Context& cx, const std::vector<const Mention*>& sm,
                  const std::vector<std::size_t>& tokens, const Tree& tree) {
    std::size_t m = 0, cover = 0;
    int start = -1;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const Span ws = cx.text.tokens[tokens[i]].span;
        for (; m < sm.size() && sm[m]->where.span.begin <= ws.begin; ++m)
            cover = std::max(cover, sm[m]->where.span.end);
        if (ws.end > cover) continue;
        if (start < 0) start = static_cast<int>(i);
        if (i + 1 < tokens.size() && cx.text.tokens[tokens[i + 1]].span.end <= cover) continue;
        const int first = start, last = static_cast<int>(i);
        start = -1;
        int outside = 0;
        bool clause = false;  // a word of the name hangs on another by a clause's relation
        for (int k = first; k <= last; ++k) {
            if (tree.head(k) < first || tree.head(k) > last)
                ++outside;
            else
                clause = clause || !name_relation(tree.label(k));
        }
        if (outside > 1 || clause) return true;
    }
    return false;
}

// Leaves out the description set between commas after a name that opens the sentence's
// subject ("Yehiya Rasoul, a spokesman for the Joint Operations Command, told reporters"),
// when it holds no trigger word and a verb follows it: a parser hangs the verb on the
// description's last noun. Whether it left one out. Linear in the sentence.
bool drop_appositive(std::vector<std::size_t>& tokens, std::vector<std::string_view>& words,
                     std::vector<std::string>& lower, std::vector<const RelationLexicon::Trigger*>& trig,
                     std::vector<bool>& named, std::vector<Upos>& tags) {
    std::size_t open = 0;
    while (open < words.size() && words[open] != ",") ++open;
    // (a description: "a spokesman for ...", or where it lies: "on the Euphrates, west of ...",
    // "about 55 miles west of Baghdad", "60 km south of Mosul")
    const Upos opens = open + 2 < words.size() ? tags[open + 1] : Upos::x;
    if (open == 0 || open + 2 >= words.size() || !named[open - 1] || tags[open - 1] != Upos::propn ||
        (opens != Upos::det && opens != Upos::adp && opens != Upos::adv && opens != Upos::num))
        return false;
    for (std::size_t i = 0; i < open; ++i)  // the subject is the name (with its title) alone
        if (tags[i] != Upos::propn && !(i == 0 && tags[i] == Upos::det) && words[i] != "-") return false;
    std::size_t close = open + 1;
    while (close < words.size() && close - open <= 20 && words[close] != "," &&
           !(trig[close] && !named[close]))
        ++close;
    if (close + 1 >= words.size() || words[close] != "," || tags[close + 1] != Upos::verb) return false;
    std::size_t gone = close - open + 1;
    auto cut = [&](auto& v) {
        v.erase(v.begin() + static_cast<std::ptrdiff_t>(open),
                v.begin() + static_cast<std::ptrdiff_t>(close + 1));
    };
    cut(tokens), cut(words), cut(lower), cut(trig), cut(tags);
    named.erase(named.begin() + static_cast<std::ptrdiff_t>(open),
                named.begin() + static_cast<std::ptrdiff_t>(open + gone));
    return true;
}

// The tree of a candidate sentence's words: tagged, the tags corrected, a description after
// its subject's name left out (drop_appositive), and, where the repaired tree still splits a
// name, parsed again with each name as one word (collapse_names). The vectors keep the words
// parsed.
Tree parse_candidate(const Context& cx, const Parser& parser, const std::vector<const Mention*>& sm,
                     std::vector<std::size_t>& tokens, std::vector<std::string_view>& words,
                     std::vector<std::string>& lower, std::vector<const RelationLexicon::Trigger*>& trig,
                     std::vector<bool>& named) {
    const TaggedSentence first = parser.tag_sentence(words);
    auto tags = corrected(cx, first.tags(), lower, trig, words, named);
    // (with a description left out the first tagging no longer fits the words: tag again)
    bool dropped = drop_appositive(tokens, words, lower, trig, named, tags);
    Tree tree(words, dropped ? parser.parse(words, tags) : parser.parse(words, tags, first), cx.lexicon);
    if (!splits_names(cx, sm, tokens, tree)) return tree;
    collapse_names(cx, sm, tokens, words, lower, trig, named);
    // (the parse with the corrected tags reuses this tagging where they agree with it)
    const TaggedSentence second = parser.tag_sentence(words);
    auto again = corrected(cx, second.tags(), lower, trig, words, named);
    for (std::size_t i = 0; i < words.size(); ++i)  // ("State" left for "Islamic State" is a name)
        if (named[i] && !words[i].empty() && words[i][0] >= 'A' && words[i][0] <= 'Z') again[i] = Upos::propn;
    return Tree(words, parser.parse(words, again, second), cx.lexicon);
}

// The days a duration date `x` of sentence `s` counts forward: "three days later", "a week
// later" (a stretch of days or weeks followed by a word of cue later_shift); nullopt where it
// does not. `t` is a token of the sentence at or before the duration's end (moved on past it).
std::optional<int> later_days(const Context& cx, const Sentence& s, const Timex& x, std::size_t& t) {
    const std::string& v = x.value.value;  // "P3D", "P2W"
    if (x.type != TimexType::duration || x.span.begin < s.span.begin || v.size() < 3 || v[0] != 'P' ||
        (v.back() != 'D' && v.back() != 'W'))
        return std::nullopt;
    int n = 0;
    for (std::size_t i = 1; i + 1 < v.size(); ++i) {
        if (v[i] < '0' || v[i] > '9' || n > 1000) return std::nullopt;
        n = n * 10 + (v[i] - '0');
    }
    while (t < s.end_token && cx.text.tokens[t].span.begin < x.span.end) ++t;
    if (t == s.end_token ||
        !cx.lexicon.cue("later_shift", detail::fold_word(cx.text.tokens[t].span.of(cx.doc.text))))
        return std::nullopt;
    return v.back() == 'W' ? 7 * n : n;
}

// "Three days later, IS blew up the mosque": a stretch counted forward (later_days), in a
// sentence `s` with no date of its own, moves the narrative's day `at` by that stretch; nullopt
// where there is none or the narrative is at no day. `ti` is the first date that may lie in the
// sentence.
std::optional<TimeValue> later_day(const Context& cx, const Sentence& s, const std::vector<Timex>& timexes,
                                   std::size_t ti, const std::optional<TimeValue>& at) {
    if (!at || at->granularity != Granularity::day || !at->first) return std::nullopt;
    std::size_t t = s.first_token;
    for (; ti < timexes.size() && timexes[ti].span.begin < s.span.end; ++ti)
        if (auto n = later_days(cx, s, timexes[ti], t))
            return day_value(date::year_month_day(*at->first + date::days(*n)));
    return std::nullopt;
}

// "entered the district on Tuesday and seized the base a day later": a stretch counted forward
// after a day the sentence names is a date of its own, that day moved by it, where the stretch
// is written. Appended to `st` (the sentence's dates, in text order) and kept in `kept`.
void later_in_sentence(const Context& cx, const Sentence& s, const std::vector<Timex>& timexes,
                       std::size_t ti, std::vector<const Timex*>& st, std::vector<Timex>& kept) {
    kept.clear();
    if (st.empty()) return;
    std::size_t t = s.first_token, d = 0;
    const Timex* day = nullptr;
    for (; ti < timexes.size() && timexes[ti].span.begin < s.span.end; ++ti) {
        for (; d < st.size() && st[d]->span.begin < timexes[ti].span.begin; ++d)
            day = st[d]->value.granularity == Granularity::day && st[d]->value.first ? st[d] : nullptr;
        if (!day) continue;
        if (auto n = later_days(cx, s, timexes[ti], t)) {
            Timex shifted = timexes[ti];
            shifted.type = TimexType::date;
            shifted.value = day_value(date::year_month_day(*day->value.first + date::days(*n)));
            kept.push_back(std::move(shifted));
        }
    }
    if (kept.empty()) return;
    std::vector<const Timex*> all;
    all.reserve(st.size() + kept.size());
    std::size_t k = 0;
    for (const Timex* x : st) {
        for (; k < kept.size() && kept[k].span.begin < x->span.begin; ++k) all.push_back(&kept[k]);
        all.push_back(x);
    }
    for (; k < kept.size(); ++k) all.push_back(&kept[k]);
    st = std::move(all);
}

std::vector<Relation> extract_relations(const Document& doc, const Text& text,
                                        const std::vector<Mention>& mentions,
                                        const std::vector<Timex>& timexes, const RelationLexicon& lexicon,
                                        const KnowledgeBase& kb, const Parser& parser) {
    Context cx{doc, text, lexicon, kb};
    Memory mem;
    std::vector<Relation> out;
    std::vector<Timex> shifted;  // the sentence's dates counted forward ("a day later")
    std::size_t mi = 0, ti = 0;
    for (std::size_t si = 0; si < text.sentences.size(); ++si) {
        const Sentence& s = text.sentences[si];
        if (s.block != mem.block) {
            mem.block = s.block;
            if (!lexicon.same_time_opening(s.span.of(doc.text))) mem.narrative_date.reset();
        }
        std::vector<const Mention*> sm;
        std::vector<const Timex*> st;
        std::size_t dl = dateline_end(s.span.of(doc.text), s.span.begin);
        if (dl == s.span.begin && mem.body_sentences == 0)
            dl = capital_dateline_end(s, doc.text, timexes, ti);
        if (dl == s.span.begin) dl = place_dateline_end(s, doc.text, mentions, mi, timexes, ti);
        // (a timeline's entry, "June 10, 2014 - ...", is dated by its head like a paragraph)
        if (dl > s.span.begin && mem.body_sentences > 0)
            if (const Timex* d = timeline_date(s, timexes, ti, dl)) mem.narrative_date = reportable(d->value);
        const std::size_t first_timex = ti;
        collect(s, mentions, timexes, dl, mi, ti, sm, st);
        mem.unanchored_date = unanchored_date(s, timexes, ti);
        // (not across a paragraph break: the last date of the one before may be any it names)
        if (st.empty())
            if (auto later = later_day(cx, s, timexes, first_timex, mem.narrative_date))
                mem.narrative_date = later;
        later_in_sentence(cx, s, timexes, first_timex, st, shifted);
        // the dateline ("MOSUL, Iraq (Reuters) - ") is no part of the sentence's syntax; only
        // the body's sentences are read
        std::size_t first = s.first_token;
        while (first < s.end_token && text.tokens[first].span.begin < dl) ++first;
        bool tally = false;
        std::vector<std::size_t> tokens;
        std::vector<std::string_view> words;
        std::vector<std::string> lower;
        std::vector<const RelationLexicon::Trigger*> trig;
        std::vector<bool> named;
        if (doc.blocks[s.block].kind == BlockKind::body) {
            ++mem.body_sentences;
            const bool triggered = trigger_word(cx, first, s.end_token);
            for (std::size_t t = first; triggered && t < s.end_token; ++t) {
                tokens.push_back(t);
                words.push_back(text.tokens[t].span.of(doc.text));
                lower.push_back(detail::fold_word(words.back()));
            }
            trig.assign(words.size(), nullptr);
            named.assign(words.size(), false);
            for (std::size_t i = 0, m = 0; i < words.size(); ++i) {
                trig[i] = trigger_at(cx, lower, i);
                Span ws = text.tokens[first + i].span;
                while (m < sm.size() && sm[m]->where.span.end <= ws.begin) ++m;
                named[i] = m < sm.size() && sm[m]->where.span.contains(ws);
            }
            tally = drop_asides(cx, st, tokens, words, lower, trig, named);
        }
        bool aside_dates = false;  // the sentence's dates all in asides: no date of the narrative
        if (!words.empty() &&
            detail::candidate_sentence(lexicon, {lower, trig, named, sm, !st.empty(), !mem.actors.empty()})) {
            Tree tree = parse_candidate(cx, parser, sm, tokens, words, lower, trig, named);
            Parsed p{&s, si, std::move(tokens), std::move(tree), {}, {}, {}, false, false, {}, {}, {}, {}};
            p.lead = mem.body_sentences == 1;
            p.top = mem.body_sentences <= top_sentences;
            p.tally = tally;
            map_tokens(cx, p, sm, st, trig);
            join_names(p);
            std::vector<bool> dated(p.timex_at.size());
            for (std::size_t i = 0; i < dated.size(); ++i) dated[i] = p.timex_at[i] != nullptr;
            p.tree.dates_as_modifiers(dated);
            const std::size_t before = out.size();
            read_sentence(cx, mem, p, out);
            drop_empty_statements(lexicon, out, before);
            aside_dates = asides_only(p);
        }
        if (st.empty()) mem.undated_sentences.insert(si);
        if (!st.empty() && !aside_dates)
            mem.narrative_date = reportable(st.back()->value.granularity == Granularity::time
                                                ? day_value(date::year_month_day(*st.back()->value.first))
                                                : st.back()->value);
        remember_titles(cx, mem, s, sm);
        remember_reference_points(cx, mem, s, sm);
        mem.remember(parties_named(cx, s, sm), si);
    }
    date_retold(lexicon, out);
    date_elaborated(lexicon, out);
    date_by_speaker(cx, mem, out);
    Labels labels = labels_of(mentions);
    for (Relation& r : out) r.summary = summary_of(cx, r, labels);
    return out;
}

}  // namespace mosulkg
