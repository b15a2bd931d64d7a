// Which sentences the relation stage parses. Internal to the relation stage.
#pragma once

#include "mosulkg/linker.hpp"
#include "mosulkg/relations.hpp"

#include <string>
#include <vector>

namespace mosulkg::detail {

// What the candidate test knows of one body sentence (after its dateline) before any parse.
// References must outlive the call.
struct SentenceCues {
    const std::vector<std::string>& lower;                         // per word, lower case
    const std::vector<const RelationLexicon::Trigger*>& triggers;  // per word: its trigger, or nullptr
    const std::vector<bool>& named;                                // per word: inside a mention
    const std::vector<const Mention*>& mentions;                   // the sentence's mentions
    bool dated = false;                                            // the sentence holds a calendar date
    bool named_before = false;  // the story named a person or group in an earlier sentence
};

// Whether a parse of the sentence may yield a relation: false only where no parse can.
//   - an act's trigger with a known entity, or with a date and a name in the sentence; or
//     with a date and, when the sentence names no one, a word that stands for a person,
//     group or place named earlier in the story ("they seized the city in June 2014": a
//     pronoun, a generic noun such as "the militants", "the city"; data/relations/cues.tsv
//     and generic_actors.tsv), since the tree takes a party from nothing else;
//   - a statement with a name and a date (undated talk is no event, and its edges mislead);
//     a statement beside an act's trigger is read as the act is, dated or not.
// Two kinds of sentence meeting these are not parsed, since their parse reads nothing:
//   - every trigger lies inside a name ("the Battle of Mosul"): a name is no act;
//   - its triggers outside names are statements, and no one can have said them (no person
//     or group named in the sentence or before it), nor is a thing declared (cue
//     declared_thing: "announced the establishment of a caliphate").
// Linear in the sentence.
bool candidate_sentence(const RelationLexicon& lexicon, const SentenceCues& cues);

}  // namespace mosulkg::detail
