// mosulkg/relations.hpp: stage 6, typed and dated relations between entities.
//
// A `Relation` is one statement of a sentence: who (actor) did what (relation,
// from the vocabulary in data/relations/) to whom (target), where (place), when
// (date, from the act's own temporal expression in the dependency tree, or its
// clause's, never silently from the publication date), and according to whom
// (attributed_to, for reported speech). Roles are read off the sentence's
// dependency parse (syntax.hpp): the subject or a passive's "by" agent or a
// nominal's possessor is the actor; the object, a passive's subject or a
// nominal's "of" phrase is the target. Negated, modal, planned and conditional
// acts are not reported; acts told as background are marked. Each relation
// carries the evidence span and sentence.
//
// A relation with a date is an *event*: the chronology is built from those.
#pragma once

#include "mosulkg/data.hpp"
#include "mosulkg/document.hpp"
#include "mosulkg/linker.hpp"
#include "mosulkg/span.hpp"
#include "mosulkg/text.hpp"
#include "mosulkg/time_value.hpp"
#include "mosulkg/timex.hpp"

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace mosulkg {

namespace detail {
class WordIndex;
}

struct Relation {
    std::string type;               // leads, member_of, talks_with, said, captured, ...
    std::optional<EntityId> actor;  // who did it (the speaker of a statement); none when the text names none
    std::optional<EntityId>
        target;  // what it was done to; none for one-place acts ("IS declared a caliphate")
    std::vector<EntityId> participants;  // every party of the act, actor first
    std::optional<EntityId> place;
    // The act happened near the place, not in it ("captured villages northeast of Mosul").
    bool near = false;
    std::optional<TimeValue> date;
    std::optional<EntityId> attributed_to;  // the speaker, for claims and reported speech
    // A past act told as background ("since the capture of Mosul in 2014", "Mosul, which
    // fell in June 2014"): it may support an entry of the chronology, never make or name one.
    bool background = false;
    double confidence = 0.5;
    Provenance evidence;   // the sentence span it was read from
    std::string sentence;  // the evidence sentence's text, as written
    std::string trigger;   // the word that signalled it, as written
    // What a declaration declares, as written ("victory over ISIL", "a state of emergency");
    // empty for other acts and when the text names nothing declared.
    std::string thing;
    // `thing` names one ("a senior Islamic State leader"), not several: said with "was".
    bool one_thing = false;
    // `thing` is a statement told with its own verb ("reported more gains against ISIL", "asked
    // for $284 million to prepare aid"): said after the speaker, not after "said".
    bool thing_has_verb = false;
    // `thing` names the place itself ("most of Tal Abyad"): a summary says no place after it.
    bool thing_names_place = false;
    std::string summary;  // one line a person reads

    bool is_event() const noexcept { return date.has_value(); }
};

// event: happens at a time; state: holds over time; speech: a statement; date: the link the
// graph draws from an act's actor to the date node of the act (never read from text).
enum class RelationKind { event, state, speech, date };

// How a fact of the knowledge base with this relation is read (the `facts` column).
//   leader: the subject leads the object: his acts may be the object's, and he is one who acts;
//   within: the subject, a place, lies within the object, a place;
//   part: the subject is a part of the object (a side of a city, a unit of a force): an act on
//         a side of a city is an act on the city, told in that side;
//   office: the subject holds an office, named by the fact's text (he is one who acts);
//   instance: the subject is of a kind named by the fact's text (cues.tsv `source_class` names
//         the kinds whose members are sources of reports, never parties to them).
enum class FactRole { none, leader, within, part, office, instance, member };

// One relation of the vocabulary (data/relations/relations.tsv).
struct RelationInfo {
    std::string name;  // "recaptured"
    RelationKind kind = RelationKind::event;
    int priority = 0;     // which relation a clause with several triggers makes
    std::string cameo;    // CAMEO code, or empty
    std::string phrase;   // how a summary says it with an actor: "{actor} <phrase> {target}"
    std::string passive;  // how a summary says it without one: "{t} was recaptured"
    bool dated_by_article_when_present = false;  // "X is in talks with Y" happens on the article's date
    int parties = 1;                             // 2: the act needs two parties (talks, an alliance)
    FactRole facts = FactRole::none;             // how a knowledge-base fact of it is read
};

// The relation vocabulary, its trigger words, and the words that tell how to read a
// dependency tree (data/relations/). Loaded once; immutable and safe to share
// between threads.
class RelationLexicon {
public:
    struct Trigger {
        std::string form;           // the word as written, lower case ("recaptured")
        std::string relation;       // a relation of the vocabulary
        std::string next;           // the word that must follow, or empty ("took" + "over")
        bool next_negated = false;  // `next` must NOT follow ("took" but not "took part")
        int weight = 0;             // added to the relation's priority for this form
        bool inverse = false;       // the subject is the target, a "to" phrase the actor ("fell to")
        bool swap = false;  // the grammatical actor is the relation's target ("Y backed X": X supported_by Y)
        bool loss = false;  // the subject lost the object, a "to" phrase took it ("lost Ramadi to IS")
    };
    // How a line says an act (data/relations/forms.tsv): a form for each combination of
    // named parties ({a} actor, {o} target, {p} place; empty: no such form), whether the
    // act is symmetric ("A with B" is "B with A"), and the forms for an act that names a
    // thing ({x}: what a declaration declares) with and without its actor, and without its
    // actor for one thing where "{x} were" says several.
    struct Form {
        std::string actor_target, actor_only, target_only, place_only;
        bool symmetric = false;
        std::string actor_thing, thing_only, one_thing_only;
    };
    // The data files of one lexicon (each the text of a file of data/relations/).
    struct Files {
        std::string_view relations, triggers, cues, generic_actors, same_time, forms;
    };

    // The lexicon of the installed data source (data.hpp), read once.
    static const RelationLexicon& defaults();
    // The lexicon of `data`'s files of relations/. Throws Error as parse does.
    static RelationLexicon from_data(const DataSource& data);
    // Throws Error naming `origin` and the line for a malformed line or an unknown relation.
    static RelationLexicon parse(const Files& files, std::string_view origin);
    // The relations of the vocabulary, the text of a relations.tsv, in file order: the one
    // reading of its columns (parse and the knowledge base use it). Throws Error as parse does.
    static std::vector<RelationInfo> parse_relations(std::string_view relations_tsv, std::string_view origin);

    const std::vector<Trigger>& triggers() const noexcept { return triggers_; }
    // The positions in triggers() of the triggers of one word form (lower case), in file
    // order; empty when the word is no trigger. Built once when the lexicon is parsed.
    const std::vector<std::size_t>& triggers_of(std::string_view form) const;
    const RelationInfo* info(std::string_view relation) const;  // nullptr when unknown
    const Form* form(std::string_view relation) const;          // nullptr when forms.tsv has none
    // Whether facts of the knowledge base with `relation` play `role` (false when unknown).
    bool fact_role(std::string_view relation, FactRole role) const;
    // The relation of kind `date` (the first in the file), or nullptr when the vocabulary has none.
    const RelationInfo* date_relation() const;
    // Whether `word` (lower case) is listed under `cue` in cues.tsv ("negation", "modal", ...).
    bool cue(std::string_view cue, std::string_view word) const;
    // The first word listed under `cue`, or an empty view when none is.
    std::string_view first_cue_word(std::string_view cue) const;
    // Whether `word` ends in an ending listed under `cue` ("past_ending": ed, en) with at least
    // `stem` letters before it.
    bool ends_with_cue(std::string_view cue, std::string_view word, std::size_t stem) const;
    // The class of a generic actor noun ("militants" -> "insurgent"), or nullptr.
    const std::string* generic_class(std::string_view noun) const;
    // Whether an entity belongs to a generic class ("group": every group does).
    bool generic_member(std::string_view cls, const EntityId& id) const;
    // Whether a sentence opening keeps the time of the report before it ("At the same time").
    bool same_time_opening(std::string_view sentence) const;

private:
    std::vector<RelationInfo> relations_;  // by name, each name once
    std::vector<Trigger> triggers_;
    // form -> triggers_ positions, and the cues of cues.tsv: "cue<TAB>word"
    std::vector<std::pair<std::string, std::vector<std::size_t>>> trigger_forms_;
    std::vector<std::string> cues_;
    std::vector<std::pair<std::string, std::string>> generic_nouns_;  // noun -> class, by noun
    // open-addressing indexes of the trigger forms, cues, relations and generic nouns
    // (src/word_hash.hpp), built once by parse (index()); immutable, shared by copies
    std::shared_ptr<const detail::WordIndex> trigger_index_, cue_index_, relation_index_, generic_index_;
    void index();
    std::set<std::pair<std::string, std::string>, std::less<>> generic_members_;
    std::vector<std::string> same_time_;
    std::string date_relation_;  // the name of the relation of kind date, or empty
    std::map<std::string, Form, std::less<>> forms_;
};

// The line a person reads for an act of `relation`, by what it names (labels; empty when
// not named): the form of data/relations/forms.tsv, with " in PLACE" when the form names
// no place and does not name it as the target (PLACE == TARGET), and ", according to X" for
// reported content; `thing` is what the act names
// besides its parties (Relation::thing), said by the form for it when there is one. Empty
// when no form fits: the caller then says it another way. The relation stage and the
// chronology say acts alike. With `near`, the act happened near the place (Relation::near):
// "near PLACE" (cue near_case) instead of "in PLACE". With `one_thing`, the thing is one
// (Relation::one_thing). With `thing_has_verb`, the thing is said right after the actor
// (Relation::thing_has_verb).
std::string say_act(const RelationLexicon& lexicon, std::string_view relation, const std::string& actor,
                    const std::string& target, const std::string& place, const std::string& according_to,
                    const std::string& thing = {}, bool near = false, bool one_thing = false,
                    bool thing_has_verb = false);
// Whether an act is told as announced by its actor (cue announcer_acts: an offensive or a
// liberation whose announcer is its actor, its own source): said as announced, never as done.
bool told_as_announced(const RelationLexicon& lexicon, std::string_view relation,
                       const std::optional<EntityId>& actor, const std::optional<EntityId>& attributed_to);
// The line for an act its announcer is taken to have done (cue announcer_acts: a leader
// announcing an offensive or a liberation no force is named for): "Haider al-Abadi announced
// that East Mosul was recaptured". Empty when no form fits.
std::string say_announced(const RelationLexicon& lexicon, std::string_view relation,
                          const std::string& announcer, const std::string& target, const std::string& place,
                          bool near = false);

class Parser;

// Extracts relations from one document, given its sentences, mentions and
// temporal expressions (with values already resolved against its date). Only
// candidate sentences (a trigger word, and a linked entity or a date) are parsed,
// with `parser`; roles come from the dependency tree. Linear in the document.
std::vector<Relation> extract_relations(const Document& doc, const Text& text,
                                        const std::vector<Mention>& mentions,
                                        const std::vector<Timex>& timexes, const RelationLexicon& lexicon,
                                        const KnowledgeBase& kb, const Parser& parser);

}  // namespace mosulkg
