// mosulkg/relations.hpp: stage 6, typed and dated relations between entities.
//
// A `Relation` is one statement of a sentence: who (subject) did what
// (relation, from the vocabulary in data/relations/triggers.tsv) to whom
// (object), where (place), when (date, from the clause's own temporal
// expression, never silently from the publication date), and according to
// whom (attributed_to, for reported speech). Each carries the evidence span.
//
// A relation with a date is an *event*: the chronology is built from those.
#pragma once

#include "mosulkg/document.hpp"
#include "mosulkg/linker.hpp"
#include "mosulkg/span.hpp"
#include "mosulkg/text.hpp"
#include "mosulkg/time_value.hpp"
#include "mosulkg/timex.hpp"

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace mosulkg {

struct Relation {
    std::string type;                    // leads, member_of, talks_with, said, captured, ...
    std::optional<EntityId> actor;       // who did it (the speaker of a statement); none when the text names none
    std::optional<EntityId> target;      // what it was done to; none for one-place acts ("IS declared a caliphate")
    std::vector<EntityId> participants;  // every party of the act, actor first
    std::optional<EntityId> place;
    std::optional<TimeValue> date;
    std::optional<EntityId> attributed_to;  // the speaker, for claims and reported speech
    // A past act told as background ("since the capture of Mosul in 2014", "Mosul, which
    // fell in June 2014"): it may support an entry of the chronology, never make or name one.
    bool background = false;
    double confidence = 0.5;
    Provenance evidence;                 // the sentence span it was read from
    std::string sentence;                // the evidence sentence's text, as written
    std::string trigger;                 // the word that signalled it, as written
    std::string summary;                 // one line a person reads

    bool is_event() const noexcept { return date.has_value(); }
};

enum class RelationKind { event, state, speech };

// One relation of the vocabulary (data/relations/relations.tsv).
struct RelationInfo {
    std::string name;                 // "recaptured"
    RelationKind kind = RelationKind::event;
    int priority = 0;                 // which relation a clause with several triggers makes
    std::string cameo;                // CAMEO code, or empty
    std::string phrase;               // how a summary says it
    bool dated_by_article_when_present = false;  // "X is in talks with Y" happens on the article's date
};

// The relation vocabulary and its trigger words (data/relations/).
class RelationLexicon {
public:
    struct Trigger {
        std::string form;      // the word as written, lower case ("recaptured")
        std::string relation;  // a relation of the vocabulary
        std::string next;      // the word that must follow, or empty ("took" + "over")
        bool next_negated = false;  // `next` must NOT follow ("took" but not "took part")
        int weight = 0;        // added to the relation's priority for this form
    };

    static const RelationLexicon& defaults();
    // Throws Error naming `origin` and the line for a malformed line or an unknown relation.
    static RelationLexicon parse(std::string_view relations_tsv, std::string_view triggers_tsv,
                                 std::string_view origin);

    const std::vector<Trigger>& triggers() const noexcept { return triggers_; }
    const RelationInfo* info(std::string_view relation) const;   // nullptr when unknown

private:
    std::map<std::string, RelationInfo> relations_;
    std::vector<Trigger> triggers_;
};

// Extracts relations from one document, given its sentences, mentions and
// temporal expressions (with values already resolved against its date).
std::vector<Relation> extract_relations(const Document& doc, const Text& text,
                                        const std::vector<Mention>& mentions,
                                        const std::vector<Timex>& timexes,
                                        const RelationLexicon& lexicon,
                                        const KnowledgeBase& kb);

}  // namespace mosulkg
