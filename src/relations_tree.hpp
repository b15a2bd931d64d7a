// Reading acts off one sentence's dependency tree: who did what to whom, where, and
// whether the act is reported as having happened. Internal to the relation stage.
//
// Everything here works on token indices within one sentence (0 .. size-1) and is
// linear in the sentence: children lists are built once, and every upward walk is
// bounded by `max_depth`.
#pragma once

#include "mosulkg/relations.hpp"
#include "mosulkg/syntax.hpp"

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

namespace mosulkg::detail {

// One parsed sentence. `words` point into the document text, which must outlive the tree, as
// must `lexicon`, whose cues name the word classes the repairs read ("agent_case": "by").
class Tree {
public:
    static constexpr int max_depth = 24;
    // The longest noun phrase a repair reads word by word (a bound, so repairs stay linear).
    static constexpr int max_phrase = 16;

    Tree(std::vector<std::string_view> words, Parse parse, const RelationLexicon& lexicon);
    const RelationLexicon& lexicon() const noexcept { return *lexicon_; }

    int size() const noexcept { return static_cast<int>(words_.size()); }
    std::string_view word(int t) const { return words_[static_cast<std::size_t>(t)]; }
    const std::string& lower(int t) const { return lower_[static_cast<std::size_t>(t)]; }
    Upos upos(int t) const { return parse_[static_cast<std::size_t>(t)].upos; }
    int head(int t) const { return parse_[static_cast<std::size_t>(t)].head; }
    std::string_view label(int t) const { return parse_[static_cast<std::size_t>(t)].label; }
    // The label without its subtype: "nsubj:pass" -> "nsubj".
    std::string_view base(int t) const;
    const std::vector<int>& children(int t) const { return children_[static_cast<std::size_t>(t)]; }

    // The first child whose label is `label` (exact, "nsubj:pass") or whose base is
    // `label` when it has no subtype ("obl" matches "obl:tmod").
    std::optional<int> child(int t, std::string_view label) const;
    // The word of the `case` or `mark` child of t, lower case; empty when none.
    std::string_view case_word(int t) const;
    // Whether t's phrase only says where something lies from it: its preposition follows a
    // compass word ("airstrikes north and west of Baghdad", "a town northeast of Baghdad";
    // cue direction_noun) or a unit of distance ("Bashiqa, some 15km from Mosul"; cue
    // distance_unit), whatever the tree hangs that word on.
    bool reference_point(int t) const;
    // The first and the last word of t's phrase (its subtree, punctuation aside), within max_depth.
    int leftmost(int t) const { return outermost(t, false); }
    int rightmost(int t) const { return outermost(t, true); }
    // Whether `a` lies in the subtree of `b` (a == b counts), within max_depth.
    bool under(int a, int b) const;
    // Whether t is a past participle: tagged so, or an adjective in -ed/-en ("was liberated"
    // read with a copula).
    bool participle(int t) const;
    // Whether t is tagged as a finite verb form (past, or present of any person).
    bool finite_form(int t) const;
    // Whether t is tagged as a form in -ing ("declaring").
    bool gerund(int t) const;
    // Whether `w` is a double quotation mark (straight, curly or doubled).
    static bool quotation_mark(std::string_view w) {
        return w == "\"" || w == "\xE2\x80\x9C" || w == "\xE2\x80\x9D" || w == "''" || w == "``";
    }
    // Whether t's phrase is a quotation: a quotation mark opens it or stands right before it.
    bool quoted(int t) const;
    // Whether t is tagged a plural noun ("fighters").
    bool plural(int t) const;
    // Whether t's phrase is set off by a comma, a dash or an opening parenthesis before it
    // ("Mosul, which fell", "ISIL (an al Qaeda offshoot)").
    bool set_off(int t) const;
    // The first word with no head (the size where none).
    int first_root() const;
    // Whether v has a noun after it with no preposition: those it was done to, however the
    // tree labels them ("executed [as many as] 1,700 cadets"); an oblique ("Monday") counts
    // only with `obliques`.
    bool bare_noun_after(int v, bool obliques) const;
    bool verbal(int t) const { return upos(t) == Upos::verb || upos(t) == Upos::aux; }
    bool nominal(int t) const { return upos(t) == Upos::noun || upos(t) == Upos::propn; }

    // A name of several words is one phrase: where the parse hangs two words of one name on
    // words outside it ("the coalition led by the United States bombed" read with "States" as
    // a second subject of "bombed"), the name's first word keeps its attachment and the others
    // hang on it. `name_of` gives each token the index of the name it belongs to, or -1.
    // Returns whether it changed the tree.
    bool join_names(const std::vector<int>& name_of);
    // A date read as a second subject of a verb ("militants Friday staged an attack") is when,
    // not who: `dated` marks the head word of each date. Returns whether it changed the tree.
    bool dates_as_modifiers(const std::vector<bool>& dated);
    // The name first..last (when `name`) the tree hangs away from the title right before it
    // ("according to Vice President Ayad Allawi" with "Ayad" an apposition of an earlier noun)
    // is the title's apposition. Returns whether it changed the tree.
    bool hang_on_title(int first, int last, bool name);

private:
    // Hangs t on `head` (-1: the root) with `label`, which must outlive the tree (a literal or a
    // label of the parse).
    void attach(int t, int head, std::string_view label);
    int outermost(int t, bool last) const;
    // The first root and its first two subjects ("nsubj"), -1 for those missing (and both where
    // the root is no verb).
    std::tuple<int, int, int> root_subjects() const;
    void link_children();
    // A greedy parse reads "the offensive to retake Mosul began" as a clause "Mosul began"
    // under "retake": there the name is the infinitive's object and the finite verb's
    // subject is the noun the infinitive describes. Returns whether it changed the tree.
    bool reattach_infinitive_objects();
    // A preposition read as the head of its noun phrase ("overrun by Islamic State" with "by"
    // an oblique and "Islamic" its conjunct): the noun right after it heads the phrase, in its
    // place, and the preposition is its case. Returns whether it changed the tree.
    bool reattach_headed_preposition();
    // A clause read as a noun phrase alone, "Daesh [on Sunday night] [called on ...]", with
    // the verb a reduced relative on the phrase between, or a finite verb read as a reduced
    // relative right after the noun ("Kurdish fighters drove ..."): the verb is the root and
    // the noun its subject. Returns whether it changed the tree.
    bool reattach_verbless_root();
    // "On 7 November 2016, the Peshmerga retook Bashiqa": with no verb at the root, a verb
    // read as the modifier of the noun right after it, the name right before it hung on that
    // noun too, is the clause's verb, the name its subject and the noun its object; so is a
    // finite verb hung on the root with the name before it as its compound. Returns whether it
    // changed the tree.
    bool reattach_name_modifier_verb();
    // "Iraqi forces retook Hammam al-Alil on Monday, officials said" read as two subjects of a
    // "said" coordinated with the act: the first is the act's object, the verb of saying,
    // after a comma, its speaker's. Returns whether it changed the tree.
    bool reattach_object_from_speaker();
    // "Iraqi forces retook Tikrit on Tuesday, Haider al-Abadi said" read with the name right
    // before the verb of saying, after a comma, hung on the clause before (an apposition of its
    // object or date) and the object as the subject of "said": the name is the speaker, the
    // object the act's. Returns whether it changed the tree.
    bool reattach_appositive_speaker();
    // "IS seized Palmyra on Sunday, opposition activists and the group reported" read with the
    // verb of saying at the end coordinated with the act and the speakers split between them:
    // the nouns after the comma are its subjects (coordinated), the verb is a side clause of
    // the act. Returns whether it changed the tree.
    bool reattach_final_speakers();
    // "The army and the militias completed the encirclement" read as two subjects of the verb
    // with the conjunction between them hung on it: the second is the first's conjunct.
    // Returns whether it changed the tree.
    bool join_coordinated_subjects();
    // "the ministry says coalition jets attacked five positions" read with the start of the
    // subject as the object of "says" and the act as its relative clause: the act is what was
    // said, the object a word of its subject; and "told reporters Iraqi troops had retaken it"
    // read with whom it was said to as the subject of what was said. Returns whether it
    // changed the tree.
    bool reattach_bare_content();
    // "from Tal Afar" with "from" hung on "Tal", the first word of a name whose head is its
    // last: the preposition is the name's. Returns whether it changed the tree.
    bool reattach_case_of_name();
    // "On 17 March, a coalition air strike killed 100 civilians" read as a date whose noun
    // a clause modifies: with no verb at the root, a date, a verb with an object modifying a
    // noun of the date's is the root and the noun its subject. Returns whether it changed the
    // tree.
    bool reattach_clause_under_date();
    // Makes v the root, `subject` its subject and the date at `root` its oblique. Returns true.
    bool clause_of_date(int root, int subject, int v);
    // "In August 2014, Barack Obama authorized strikes" read with the fronted phrase as the
    // subject and the name as a list with it: the name is the subject, the phrase an oblique.
    // Returns whether it changed the tree.
    bool subject_after_fronted_phrase();
    // "was launched on Aug. 20 by Haider al-Abadi" with the "by" phrase hung on the date: the
    // agent of the passive verb that has none. Returns whether it changed the tree.
    bool reattach_agent_from_phrase();
    // ", according to officials" hung on a noun, or read as a verb with "officials" its object:
    // the phrase is the clause's. Returns whether it changed the tree.
    bool reattach_according_phrase();
    // "liberated most of Tal Afar" with "most" an oblique: a word of part (cue part_noun) with an
    // "of" phrase right after a verb with no object is its object. Returns whether it changed
    // the tree.
    bool reattach_quantity_object();
    // "Iraqi troops pushed into Falluja on Friday, a month after the offensive began" read as two
    // subjects of "began", the first with "pushed" as its modifier: that verb is the root, the
    // first subject its own, the other verb its adverbial clause; but a second subject right
    // after a present participle ("the coalition fighting Islamic State said") is its object.
    // Returns whether it changed the tree.
    bool reattach_first_subject_clause();
    // "took over the town", "shot down a warplane": the particle a trigger needs next (cue
    // verb_particle), read as the preposition of the noun after it, is the verb's particle and
    // the noun its object.
    bool reattach_particle_object();
    // "entered the district on Tuesday and seized the base a day later" read with "later" on the
    // first verb: a word that counts a stretch forward (cue later_shift) after a coordinated verb
    // is that verb's. Returns whether it changed the tree.
    bool reattach_later_to_conjunct();
    // "A spokesman for the coalition fighting Islamic State said" read with "Islamic State" a
    // second subject of "said": the name right after a participle in -ing describing the first
    // subject's phrase, with no object of its own, is its object. Returns whether it changed the
    // tree.
    bool reattach_participle_object();
    // "fled since the offensive to retake the city began on 17 October" read with "since" the
    // preposition of "offensive": a verb of beginning or going on (cues beginning, continuation)
    // after the noun opens the clause "since" subordinates, the noun its subject, an infinitive
    // between them the noun's. Returns whether it changed the tree.
    bool reattach_since_clause();
    // "told Pentagon reporters" read as two objects: a name right before a common noun, both
    // objects of one verb, is the noun's compound. Returns whether it changed the tree.
    bool join_compound_objects();
    // "the recapture of the mosque, which IS blew up" read with the clause on "recapture": a
    // relative clause whose verb is a trigger of an act describes the thing named last before it,
    // not an act named further back (an act is not blown up). Returns whether it changed the tree.
    bool reattach_relative_to_thing();
    // "the vast swathes of territory that the group seized" read with the clause on a noun
    // further back ("the country" the swathes are in): a relative clause whose pronoun follows a
    // common noun inside the phrase it hangs on describes that noun. Returns whether it changed
    // the tree.
    bool reattach_relative_to_nearest();
    int phrase_between(int noun, int v) const;
    // Whether v, hung on the sentence's root noun, is the sentence's only verb ("ISIS fighters
    // retreated toward the desert": no reduced relative), and no act done to people without
    // whom it was done to after it ("Soldiers killed in an ambush" is a caption's passive).
    // `verbs` counts the verbal words before each word (and in all, last). Constant time but
    // for the phrase's edges.
    bool sole_verb(int v, int root, const std::vector<int>& verbs) const;
    // Of two subjects read for one verb, one led by a preposition ("Abadi [on Sunday]
    // announced") is an oblique. Returns whether it changed the tree.
    bool demote_prepositional_subjects();
    // A clausal complement that is a noun with a preposition ("said on Thursday, two weeks after
    // the launch of an offensive") is an oblique. Returns whether it changed the tree.
    bool demote_prepositional_complements();
    // A word tagged as an auxiliary that is none ("along the Qayyarah axis managed", "axis"
    // read as a passive auxiliary): a noun hung on the word before it, so the verb keeps its
    // active subject. Returns whether it changed the tree.
    bool demote_false_auxiliaries();
    // A name the parse hung as an auxiliary or a copula ("IS later broke off", the group's name
    // read as the verb "is") before its verb: the verb's subject where it has none, else a
    // dependent, so the verb is not read as a passive. Returns whether it changed the tree.
    bool names_as_subjects();
    // A content clause told before its speaker ("X is in talks with Y about Z, A said") read
    // with the content's words hung on the verb of saying: what lies before the comma that
    // sets off the speaker belongs to the content, and a second subject before the content is
    // the content's own where it has none. Returns whether it changed the tree.
    bool reattach_fronted_content();
    // The phrase between the last comma after the content c and the verb of saying h, made
    // h's subject; returns the comma, or -1 when the words there are not one nominal phrase.
    int set_off_speaker(int c, int h);
    // "said on Monday that IS is holding talks": a clause of a complementizer with its own
    // subject read as describing the time phrase of a verb of saying is what the verb says.
    // Returns whether it changed the tree.
    bool reattach_content_from_time();
    // "the military said Sunday it launched airstrikes" read with the day as a second subject of
    // the verb of saying, the pronoun its object and the clause a modifier of the day (or with
    // the day as the subject of what was said, the pronoun the day's object): the clause is what
    // was said, the pronoun its subject, the day the time of saying. Returns whether it changed
    // the tree.
    bool reattach_content_after_day();
    // "said high-ranking commanders and their families had sold their belongings" read with the
    // first subject as the object of the verb of saying and the clause as its conjunct: the
    // clause is what was said, with both subjects. Returns whether it changed the tree.
    bool reattach_content_from_object();
    // "said the government would not allow ..." read with the noun as the object of the verb
    // of saying and its clause, which has no subject, hung elsewhere: the clause right after the
    // noun is what is said, and the noun its subject ("saying the government would ...", the
    // clause on an earlier verb of saying: the noun its subject there). Returns whether it
    // changed the tree.
    bool reattach_subjectless_content();
    // "U.S. commandos mounted a raid, killing a leader, capturing his wife, the Pentagon said"
    // read with the last participle as what the verb of saying says: a participle with no subject
    // right before the speaker of a verb of saying set off after a clause is that clause's, and
    // the clause is what is said. Returns whether it changed the tree.
    bool reattach_participle_before_speaker();
    // "X warned that talks will end, a statement says" read with the clause as what the final
    // verb of saying says: it is what the first one, which says nothing else, says. Returns
    // whether it changed the tree.
    bool reattach_content_to_first_saying();
    // "have taken near complete control of Manbij" read with "near" as the preposition of the
    // noun: it modifies the adjective after it, and the noun is the verb's object. Returns
    // whether it changed the tree.
    bool reattach_near_adjective();
    // "Asked how long it will take, al-Abadi told the AP ..." read with the opening participle
    // as the root and the clause after the comma hung on it: that clause is the root, the
    // participle a clause on it. Returns whether it changed the tree.
    bool reattach_opening_participle();
    // "recaptured Manbij following a two-month battle" read with the name as the subject of the
    // participle after it, a clause of the verb's: the name is the verb's object, the
    // participle a clause on the verb. Returns whether it changed the tree.
    bool reattach_object_before_participle();
    // "an official declaration of victory was proclaimed on 10 July" read with the verb as a
    // clause modifying the noun (a reduced relative cannot take "was"): the noun is the verb's
    // subject (passive with a passive auxiliary), the verb takes the noun's place. Returns
    // whether it changed the tree.
    bool reattach_finite_noun_clause();
    // "raised the flag above the complex after the city was \"fully liberated\"" read with
    // "after" as the preposition of the noun and the verb without a subject: the subordinator
    // (cue background) marks the verb's clause, the noun before its auxiliary is its subject,
    // and the clause modifies the verb the noun's phrase hung on. Returns whether it changed
    // the tree.
    bool reattach_subject_from_case();
    // "militants attacked government buildings, killing ..." read with the verb a modifier of
    // its object and the two noun phrases subjects of the participle after: a verb right after
    // a noun phrase and before its own noun is the clause's verb, the phrase its subject, the
    // noun its object, and the participle an adverbial clause of it. Returns whether it
    // changed the tree.
    bool reattach_verb_modifier();
    // "Iraqi troops backed by coalition airstrikes recaptured ..." read with the "by" phrase as
    // the verb's subject and the troops an oblique: a phrase of the agent preposition is no
    // subject; the bare noun before it is, and the phrase is the agent of the participle
    // between. Returns whether it changed the tree.
    bool demote_agent_subjects();
    // "special forces pushed into the city but were forced to withdraw" read with the first
    // verb a reduced relative of the subject and the second the clause's verb: a clause verb
    // with a coordinator of its own between it and that verb is the second of two conjuncts,
    // so the first verb heads the clause and the noun is its subject. Returns whether it
    // changed the tree.
    bool reattach_coordinated_relative();
    // "A senior commander, Name, was killed" read with the name a second subject of the verb:
    // a subject set off by commas right after another is that one's apposition. Returns
    // whether it changed the tree.
    bool appositions_as_subjects();
    // "forces have retaken half of Mosul since the offensive began" read with "since the
    // offensive" a phrase of the verb before or of its object: a phrase of a background
    // subordinator right before a finite verb is that verb's subject, the subordinator its
    // mark, and the verb an adverbial clause of the verb before (a subject read before the
    // phrase is that verb's object). Returns whether it changed the tree.
    bool reattach_subordinate_clause();
    // "the museum, where militants had smashed statues in 2015" read with the verb a modifier
    // of its object: a verb with a subject or an auxiliary of its own is a clause's verb, the
    // noun it modified its object, and the clause a relative one of the noun that noun hung on.
    // Returns whether it changed the tree.
    bool reattach_clause_modifier();
    // "Nimrud, which militants had bulldozed" read with the pronoun a passive subject beside the
    // real subject: a relative pronoun before a subject of its verb, with no passive auxiliary,
    // is the verb's object, and the clause a relative one of the noun before the comma.
    // Returns whether it changed the tree.
    bool reattach_relative_object();
    // Words hung on a punctuation mark ("the leader of Islamic State," read with "of" and
    // "Islamic" under the comma): a preposition goes to the nominal after it hung there too, and
    // that nominal to the mark's head, as a modifier. Returns whether it changed the tree.
    bool reattach_from_punctuation();
    // "Topzawa, a village south of Mosul, was retaken" read with "was" a plain auxiliary and
    // the name a plain subject: a past participle with a form of "be" as its auxiliary is a
    // passive (cue passive_be). Returns whether it changed the tree.
    bool passive_of_be();
    // "the town of Bashiqa, which had been held by IS since 2014, on Sunday" read with the
    // relative clause a clause of the verb and the time after it the relative clause's: a
    // clause of a relative pronoun set off by a comma describes the noun before the comma, and
    // a phrase set off after it by another comma is the verb's. Returns whether it changed the tree.
    bool reattach_set_off_relative();
    // "told state TV that troops had entered Gogjali" read with "that" a relative pronoun and
    // the clause describing "TV": a "that" read as the object (or subject) of a verb that has
    // one of its own is a complementizer, and the clause is what the verb of saying above it
    // says. Returns whether it changed the tree.
    bool reattach_that_clause();
    // "recaptured Bartella yesterday", "stormed the base Sunday" read with the name (or a noun
    // with its article, before a named day) a compound of the bare time phrase: a proper noun
    // compounded to a bare noun phrase of the verb, where the verb has no object, is the object.
    // Returns whether it changed the tree.
    bool reattach_object_before_time();
    // "took control a day earlier of much of Mosul", "seized control Wednesday of Tikrit" read
    // with the "of" phrase on the time that stands between it and the verb's object: it is the
    // object's. Returns whether it changed the tree.
    bool reattach_genitive_after_time();
    // "seized full control of both ancient and modern Palmyra", "carried out attacks on towns
    // in western and northern Iraq" read as two objects of the verb, the preposition on a word
    // inside the second: the second object, opened by a preposition right after the first, is
    // a phrase of the first (its "of" phrase, where it has none yet). Returns whether it
    // changed the tree.
    bool reattach_second_object_of();
    // "an airstrike by U.S.-led forces of a residential area of Mosul", "the capture by IS of
    // Mosul" read with the "of" phrase on the agent: the noun of the act, with no "of" phrase of
    // its own, takes it. Returns whether it changed the tree.
    bool reattach_genitive_after_agent();
    // "had seized the city years prior" read with the noun a compound of the stretch of time
    // (cue time_unit) that an adverb of its end (cue span_adverb) modifies: the noun is the
    // verb's object and the stretch its bare time phrase. Returns whether it changed the tree.
    bool reattach_object_before_span();
    // "captured by U.S.-backed Syrian militias" read with the name before the hyphen as the head
    // of the phrase and the noun the participle modifies hung elsewhere: the noun heads the
    // phrase in the name's place, and the name is the participle's (its backer). Returns
    // whether it changed the tree.
    bool reattach_hyphened_backer();
    // "soldiers, backed by fighters from pro-government Popular Mobilization Units, seized" read
    // with the name the object of the passive participle: a participle with its agent before
    // takes no object; a name right after a noun ending the agent's phrase heads that noun's
    // phrase in its place. Returns whether it changed the tree.
    bool reattach_name_after_agent();
    // "although it remains in firm control of Mosul" read with "it" an expletive: a pronoun so
    // read on a verb with no subject and no clause that could be its subject ("it is clear that
    // ...") is the verb's subject. Returns whether it changed the tree.
    bool expletive_subjects();
    // "took Iraq's second largest city, Mosul" read with "Iraq" an object of its own: an object
    // that ends with a possessive marker, before another object of the same verb, is that
    // object's possessor (the words between, hung on the verb, its modifiers). Returns whether
    // it changed the tree.
    bool reattach_possessive_object();
    // "to announce the formation of the caliphate declared by his group" read with the
    // participle a complement of the verb: a past participle with an agent right after the
    // verb's object describes the noun its object ends with. Returns whether it changed the tree.
    bool reattach_reduced_relative();
    // "Tal Afar, ... torn apart by violence for six years, had been taken by the group" read with a
    // noun the root, the first phrase its subject and the verb set beside it: a root noun with a
    // subject and no copula is no clause; a verb after it with an auxiliary and no subject of its
    // own is the root, and the subject its. Returns whether it changed the tree.
    bool verb_for_nominal_root();
    // "The attack followed a bombing last Sunday at a Baghdad shopping area": the place phrases
    // a verb of sequence (cue sequence_verb) holds after its object, an act noun, are that
    // act's. Returns whether it changed the tree.
    bool reattach_sequence_phrases();
    // "the army had \"fully retaken\" the town" read with a passive subject: a verb with a
    // perfect auxiliary (cues perfect_aux, background_aux) and no passive one is active, its
    // subject a subject.
    // Returns whether it changed the tree.
    bool active_perfect_subjects();
    // "Iraq's armed forces, backed by Shi'ite militia, attacked ..." read with the noun as the root
    // and the verb after the second comma hung inside the participle's phrase: the verb is the
    // root, the noun its subject, the participle's phrase set off between commas the noun's.
    // Returns whether it changed the tree.
    bool reattach_verb_after_set_off_participle();
    // "November 13, 2016 - Iraqi troops retook Nimrud" read with the date as the root and the
    // clause hung on it: a clause set off by a dash after a verbless root is the root, and what
    // stood before the dash (a timeline's date) its oblique. Returns whether it changed the tree.
    bool reattach_dashed_clause();
    // "Islamic State fighters overrun Mosul" read with the first word of the name as the root
    // and the clause a relative one on it: a verbless root right before the subject of a
    // finite relative clause on it, with no relative pronoun, modifies that subject, and the
    // clause's verb is the root. Returns whether it changed the tree.
    bool reattach_subject_modifier_root();
    // Whether t is a form of a verb of saying (a trigger of a speech relation).
    bool speech_word(int t) const;
    // "Iraq's elite troops took ..." read with the possessor as the root and the verb hung on
    // it: the verb is the root and the possessor its subject's. Returns whether it changed the tree.
    bool reattach_possessive_root();
    // "U.S. warplanes struck IS positions" read as a noun with an object and the verb an
    // adjective of that object: the verb is the root, the noun its subject, the object its own.
    // A name's first word read so ("[Islamic] State fighters") is the object's compound.
    bool reattach_noun_object();

    const RelationLexicon* lexicon_;
    std::vector<std::string_view> words_;
    std::vector<std::string> lower_;
    Parse parse_;
    std::vector<std::vector<int>> children_;
};

// What the tree says of one trigger word. Slots hold token indices (-1: none).
struct Act {
    int trigger = -1;
    int clause = -1;           // the predicate whose dependents date the act (the trigger or its light verb)
    int actor = -1;            // head of the actor phrase
    int target = -1;           // head of the target phrase
    int relative_head = -1;    // the noun the tree hangs the relative clause on
    int possessive = -1;       // a nominal act's possessive, when a "by" phrase names the actor
    int actor_relative = -1;   // the relative pronoun the actor was read from ("IS, which seized")
    int target_relative = -1;  // the same for the target ("Mosul, which IS seized")
    int thing = -1;            // what a declaration declares ("declared [a caliphate]"), no party
    std::vector<int> co_actors;  // conjuncts of the actor ("X and Y launched")
    std::vector<int> places;     // heads of locative phrases
    bool passive = false;
    bool reported = true;          // false: negated, modal, planned, conditional or an infinitive of purpose
    bool background = false;       // "since the capture of ...", "which fell in ...", "had seized"
    bool continued = false;        // "continued their offensive": ongoing, not begun
    bool compound_target = false;  // the target is a compound of a nominal act ("coalition airstrikes")
    bool aimed = false;            // the target is what a participle of aiming takes ("targeting IS")
    int set_aside = -1;            // a compound read first and given up for an "on" phrase ("an IS mortar
                                   // attack on the district"): the actor where it names a party
    bool begun = false;            // a named act said to begin ("the liberation of Mosul began")
    bool means = false;  // the act through which its clause's subject acts ("retook it in an offensive")
    int paired = -1;     // the other act of a means and its toll ("a bomb that killed eight
                         // soldiers on Monday", "killed in an air strike on Monday"): its date
                         // is this act's where the tree gives this one none
};

// Roles of the act triggered at `trigger`. `inverse`: the subject is the target
// and a "to" phrase the actor ("Mosul fell to IS").
Act read_act(const Tree& tree, int trigger, bool inverse, const RelationLexicon& lexicon);
// The object of an infinitive of purpose hung on t with one of `labels`, after token `after`:
// "an offensive to retake Mosul" (Mosul), or the place it drives its object from ("to dislodge
// Islamic State from Hawija": Hawija); -1 when none.
int purpose_object(const Tree& tree, int t, std::initializer_list<std::string_view> labels, int after);
// With no target in `act` yet: the purpose_object as its target, and the places of the
// purpose's verb among its places.
void take_purpose(const Tree& tree, int t, std::initializer_list<std::string_view> labels, int after,
                  const RelationLexicon& lexicon, Act& act);

// The subject of the bare past form at t that a verb of declaring takes as its complement
// ("declared Mosul liberated", "declared the city \"fully liberated\""): its own, or the
// declaring verb's object; the form is then a passive. -1 when t is no such form.
int small_clause_subject(const Tree& tree, int t, const RelationLexicon& lexicon);
// Whether the predicate at t is itself negated, modal or conditional ("did not say", "will
// announce", "if they retake"), whatever the clauses above it.
bool unreal(const Tree& tree, int t, const RelationLexicon& lexicon);

// Whether a word, before the preposition of a place's phrase, makes that place a reference
// point: a compass word ("north of Mosul", cue direction_noun) or a unit of distance, glued to
// its number or not ("15km from Mosul", cue distance_unit).
bool reference_word(const RelationLexicon& lexicon, std::string_view word);
// Whether t is a past form: tagged as one, or a verb in -ed or -en.
bool past_form(const Tree& tree, int t);
// "arrived in Mosul to announce the victory": a statement that is the purpose of an arrival
// told as done was made there and then. When t is such an infinitive, marks `act` reported,
// dated and placed by the arrival (its subject the actor when it has none) and returns true.
bool purpose_of_arrival(const Tree& tree, int t, const RelationLexicon& lexicon, Act& act);

// A statement: the speaker's phrase, the addressee's, and the root of what was said.
struct Speech {
    int verb = -1;
    int speaker = -1;
    int addressee = -1;
    int content = -1;  // root of the reported content (-1: none in this sentence)
};

// The statement made with the speech word at `t` ("said", "told", "according to").
Speech read_speech(const Tree& tree, int t, const RelationLexicon& lexicon);

// The predicate a token's phrase depends on: the first ancestor (or the token itself
// when `self`) that is a verb or one of `acts`; -1 at the root.
int governing_predicate(const Tree& tree, int t, const std::vector<bool>& acts, bool self);

}  // namespace mosulkg::detail
