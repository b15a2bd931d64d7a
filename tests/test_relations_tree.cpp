// Reading acts off dependency trees written by hand (the parser's output shape), so
// that role reading is tested apart from the parser.
#include "relations_tree.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <sstream>

using namespace mosulkg;
using detail::Tree;

namespace {

// A tree from lines "form UPOS head label" (heads 1-based, 0 for the root), as in CoNLL-U;
// "VERB/VBD" gives the fine tag too.
struct HandTree {
    std::vector<std::string> forms;
    std::vector<std::string> labels;
    std::vector<std::string> fine;
    Tree tree{{}, {}, RelationLexicon::defaults()};

    explicit HandTree(const std::string& rows) {
        static const std::map<std::string, Upos> tags = {
            {"ADJ", Upos::adj},     {"ADP", Upos::adp},   {"ADV", Upos::adv},     {"AUX", Upos::aux},
            {"CCONJ", Upos::cconj}, {"DET", Upos::det},   {"NOUN", Upos::noun},   {"NUM", Upos::num},
            {"PART", Upos::part},   {"PRON", Upos::pron}, {"PROPN", Upos::propn}, {"PUNCT", Upos::punct},
            {"SCONJ", Upos::sconj}, {"VERB", Upos::verb}};
        std::istringstream in(rows);
        std::string form, tag, label;
        int head = 0;
        std::vector<Upos> upos;
        std::vector<int> heads;
        while (in >> form >> tag >> head >> label) {
            forms.push_back(form);
            labels.push_back(label);
            const auto slash = tag.find('/');
            fine.push_back(slash == std::string::npos ? "" : tag.substr(slash + 1));
            upos.push_back(tags.at(tag.substr(0, slash)));
            heads.push_back(head - 1);
        }
        Parse parse;
        for (std::size_t i = 0; i < forms.size(); ++i)
            parse.push_back({upos[i], heads[i], labels[i], fine[i]});
        std::vector<std::string_view> words(forms.begin(), forms.end());
        tree = Tree(words, parse, RelationLexicon::defaults());
    }
    int at(const std::string& form) const {
        for (std::size_t i = 0; i < forms.size(); ++i)
            if (forms[i] == form) return static_cast<int>(i);
        FAIL("no word " << form);
        return -1;
    }
};

const RelationLexicon& lex() {
    return RelationLexicon::defaults();
}

}  // namespace

TEST_CASE("relation tree: the subject acts on the object") {
    HandTree t(R"(Iraqi ADJ 2 amod
forces NOUN 3 nsubj
recaptured VERB 0 root
Ramadi PROPN 3 obj
on ADP 6 case
Tuesday PROPN 3 obl
. PUNCT 3 punct)");
    auto act = detail::read_act(t.tree, t.at("recaptured"), false, lex());
    CHECK(act.actor == t.at("forces"));
    CHECK(act.target == t.at("Ramadi"));
    CHECK(act.reported);
    CHECK_FALSE(act.background);
}

TEST_CASE("relation tree: a passive's subject is the target, its by-phrase the actor") {
    HandTree t(R"(Ramadi PROPN 3 nsubj:pass
was AUX 3 aux:pass
recaptured VERB 0 root
by ADP 6 case
Iraqi ADJ 6 amod
forces NOUN 3 obl:agent)");
    auto act = detail::read_act(t.tree, t.at("recaptured"), false, lex());
    CHECK(act.passive);
    CHECK(act.target == t.at("Ramadi"));
    CHECK(act.actor == t.at("forces"));
}

TEST_CASE("relation tree: a nominal act takes its of-phrase as target and by-phrase as actor") {
    HandTree t(R"(the DET 2 det
recapture NOUN 0 root
of ADP 4 case
Ramadi PROPN 2 nmod
by ADP 6 case
forces NOUN 2 nmod)");
    auto act = detail::read_act(t.tree, t.at("recapture"), false, lex());
    CHECK(act.target == t.at("Ramadi"));
    CHECK(act.actor == t.at("forces"));
}

TEST_CASE("relation tree: negated, modal and intended acts are not reported") {
    HandTree neg(R"(IS PROPN 4 nsubj
did AUX 4 aux
not PART 4 advmod
capture VERB 0 root
Mosul PROPN 4 obj)");
    CHECK_FALSE(detail::read_act(neg.tree, neg.at("capture"), false, lex()).reported);
    HandTree modal(R"(IS PROPN 3 nsubj
may AUX 3 aux
retake VERB 0 root
Mosul PROPN 3 obj)");
    CHECK_FALSE(detail::read_act(modal.tree, modal.at("retake"), false, lex()).reported);
    HandTree vow(R"(forces NOUN 2 nsubj
vowed VERB 0 root
to PART 4 mark
retake VERB 2 xcomp
Mosul PROPN 4 obj)");
    CHECK_FALSE(detail::read_act(vow.tree, vow.at("retake"), false, lex()).reported);
    HandTree cond(R"(if SCONJ 3 mark
they PRON 3 nsubj
retake VERB 5 advcl
it PRON 3 obj
ends VERB 0 root)");
    CHECK_FALSE(detail::read_act(cond.tree, cond.at("retake"), false, lex()).reported);
}

TEST_CASE("relation tree: a relative clause is background and its pronoun stands for the noun") {
    HandTree t(R"(Mosul PROPN 0 root
, PUNCT 4 punct
which PRON 4 nsubj
fell VERB 1 acl:relcl
to ADP 6 case
IS PROPN 4 obl
in ADP 9 case
June PROPN 9 compound
2014 NUM 4 obl)");
    auto act = detail::read_act(t.tree, t.at("fell"), true, lex());
    CHECK(act.background);
    CHECK(act.target == t.at("Mosul"));
    CHECK(act.actor == t.at("IS"));
}

TEST_CASE("relation tree: a relative clause without a comma tells who the noun is, not background") {
    HandTree t(R"(IS PROPN 2 compound
militants NOUN 7 nsubj
who PRON 4 nsubj
occupied VERB 2 acl:relcl
Mosul PROPN 4 obj
had AUX 7 aux
targeted VERB 0 root)");
    auto act = detail::read_act(t.tree, t.at("occupied"), false, lex());
    CHECK_FALSE(act.background);
    CHECK(act.actor == t.at("militants"));
    CHECK(act.target == t.at("Mosul"));
}

TEST_CASE("relation tree: who fled is the resident the clause describes, not a group named before") {
    HandTree t(R"(a DET 2 det
resident NOUN 0 root
who PRON 4 nsubj
fled VERB 2 acl:relcl
the DET 6 det
town NOUN 4 obj)");
    auto act = detail::read_act(t.tree, t.at("fled"), false, lex());
    CHECK(act.actor == t.at("resident"));
}

TEST_CASE("relation tree: a light verb's subject launches the act its object names") {
    HandTree t(R"(forces NOUN 2 nsubj
launched VERB 0 root
an DET 4 det
offensive NOUN 2 obj
on ADP 6 case
Mosul PROPN 4 nmod)");
    auto act = detail::read_act(t.tree, t.at("offensive"), false, lex());
    CHECK(act.actor == t.at("forces"));
    CHECK(act.target == t.at("Mosul"));
    CHECK(act.clause == t.at("launched"));
    CHECK_FALSE(act.continued);
}

TEST_CASE("relation tree: continuing an offensive is marked as continued") {
    HandTree t(R"(forces NOUN 2 nsubj
continued VERB 0 root
their PRON 4 nmod:poss
offensive NOUN 2 obj)");
    auto act = detail::read_act(t.tree, t.at("offensive"), false, lex());
    CHECK(act.continued);
}

TEST_CASE("relation tree: a background preposition marks a nominal act") {
    HandTree t(R"(since ADP 3 case
the DET 3 det
capture NOUN 0 root
of ADP 5 case
Baghdad PROPN 3 nmod)");
    auto act = detail::read_act(t.tree, t.at("capture"), false, lex());
    CHECK(act.background);
    CHECK(act.target == t.at("Baghdad"));
}

TEST_CASE("relation tree: a speaker, the content and the addressee of a statement") {
    HandTree t(R"(Allawi PROPN 2 nsubj
told VERB 0 root
Reuters PROPN 2 iobj
IS PROPN 6 nsubj
is AUX 6 cop
talking VERB 2 ccomp)");
    auto s = detail::read_speech(t.tree, t.at("told"), lex());
    CHECK(s.speaker == t.at("Allawi"));
    CHECK(s.addressee == t.at("Reuters"));
    CHECK(s.content == t.at("talking"));
    HandTree inverted(R"(IS PROPN 2 nsubj
attacked VERB 0 root
Mosul PROPN 2 obj
, PUNCT 6 punct
Allawi PROPN 6 nsubj
said VERB 2 parataxis)");
    auto s2 = detail::read_speech(inverted.tree, inverted.at("said"), lex());
    CHECK(s2.speaker == inverted.at("Allawi"));
    CHECK(s2.content == inverted.at("attacked"));
}

TEST_CASE("relation tree: a that clause hung on whom it was said to is what was said") {
    HandTree t(R"(Rasool PROPN 2 nsubj
told VERB 0 root
reporters NOUN 2 obj
that SCONJ 7 mark
fighting NOUN 7 nsubj
was AUX 7 cop
underway ADJ 3 acl)");
    auto s = detail::read_speech(t.tree, t.at("told"), lex());
    CHECK(s.addressee == t.at("reporters"));
    CHECK(s.content == t.at("underway"));
}

TEST_CASE("relation tree: a speech verb hung on a word that is no clause has no content there") {
    HandTree t(R"(Iraqi ADJ 0 root
Maliki PROPN 4 nsubj
had AUX 4 aux
asked VERB 1 parataxis
Washington PROPN 4 obj)");
    auto s = detail::read_speech(t.tree, t.at("asked"), lex());
    CHECK(s.content == -1);
}

TEST_CASE("relation tree: walks stay bounded on a malformed tree") {
    // a cycle the parser would never give: heads 2 -> 1 -> 2
    HandTree t(R"(a NOUN 2 nsubj
b VERB 1 root)");
    CHECK_FALSE(t.tree.under(0, 5));
    auto act = detail::read_act(t.tree, 1, false, lex());
    CHECK(act.trigger == 1);
}

TEST_CASE("relation tree: a participle with an object of its own is the noun's verb") {
    HandTree t(R"(Iraqi ADJ 2 amod
forces NOUN 0 root
recaptured VERB 2 acl
Mosul PROPN 3 obj)");
    auto act = detail::read_act(t.tree, t.at("recaptured"), false, lex());
    CHECK_FALSE(act.passive);
    CHECK(act.actor == t.at("forces"));
    CHECK(act.target == t.at("Mosul"));
    HandTree killed(R"(militants NOUN 0 root
killed VERB 1 acl
in ADP 4 case
strike NOUN 2 obl)");
    auto k = detail::read_act(killed.tree, killed.at("killed"), false, lex());
    CHECK(k.passive);
    CHECK(k.target == killed.at("militants"));
}

TEST_CASE("relation tree: a copular nominal act takes its subject as actor, or as target under 'under'") {
    HandTree talks(R"(leader NOUN 4 nsubj
is AUX 4 cop
in ADP 4 case
talks NOUN 0 root
with ADP 6 case
Qaeda PROPN 4 nmod)");
    auto act = detail::read_act(talks.tree, talks.at("talks"), false, lex());
    CHECK(act.actor == talks.at("leader"));
    HandTree control(R"(Mosul PROPN 5 nsubj
has AUX 5 aux
been AUX 5 cop
under ADP 5 case
control NOUN 0 root
since ADP 7 case
June PROPN 5 nmod)");
    act = detail::read_act(control.tree, control.at("control"), false, lex());
    CHECK(act.target == control.at("Mosul"));
    CHECK(act.actor == -1);
    // a copula without a preposition tells what something is, not who acts: "It was the
    // largest battle"
    HandTree battle(R"(It PRON 4 nsubj
was AUX 4 cop
the DET 4 det
battle NOUN 0 root)");
    act = detail::read_act(battle.tree, battle.at("battle"), false, lex());
    CHECK(act.actor == -1);
}

TEST_CASE("relation tree: an act inside a vow or a modal clause is not reported") {
    HandTree t(R"(Abadi PROPN 2 nsubj
vowed VERB 0 root
that SCONJ 7 mark
2016 NUM 7 nsubj
would AUX 7 aux
be AUX 7 cop
year NOUN 2 ccomp
in ADP 10 case
which PRON 10 obl
Iraq PROPN 11 nsubj
regains VERB 7 acl:relcl
ground NOUN 11 obj)");
    auto act = detail::read_act(t.tree, t.at("regains"), false, lex());
    CHECK_FALSE(act.reported);
}

TEST_CASE("relation tree: a relative pronoun in a slot is kept beside the noun the tree gives") {
    HandTree t(R"(State PROPN 0 root
, PUNCT 4 punct
which PRON 4 nsubj
captured VERB 1 acl:relcl
area NOUN 4 obj)");
    auto act = detail::read_act(t.tree, t.at("captured"), false, lex());
    CHECK(act.actor == t.at("State"));  // the noun the clause describes
    CHECK(act.actor_relative == t.at("which"));
    CHECK(act.relative_head == t.at("State"));
    CHECK(act.background);  // set off by a comma: what is already known
}

TEST_CASE("relation tree: a trailing speech clause after a comma reports the whole sentence") {
    HandTree t(R"(leader NOUN 4 nsubj
is AUX 4 cop
in ADP 4 case
talks NOUN 0 root
with ADP 6 case
Qaeda PROPN 4 nmod
, PUNCT 9 punct
Allawi PROPN 9 nsubj
said VERB 6 acl:relcl)");
    auto sp = detail::read_speech(t.tree, t.at("said"), lex());
    CHECK(sp.speaker == t.at("Allawi"));
    CHECK(sp.content == t.at("talks"));
}

TEST_CASE("relation tree: the first and last words of a phrase") {
    HandTree t(R"(the DET 2 det
capture NOUN 5 nmod
of ADP 4 case
Baghdad PROPN 2 nmod
battle NOUN 0 root
. PUNCT 5 punct)");
    CHECK(t.tree.leftmost(t.at("capture")) == t.at("the"));
    CHECK(t.tree.rightmost(t.at("capture")) == t.at("Baghdad"));
    CHECK(t.tree.rightmost(t.at("battle")) == t.at("battle"));  // punctuation aside
}

TEST_CASE("relation tree: the subject of 'the group's stronghold' is what the group holds") {
    HandTree t(R"(Mosul PROPN 8 nsubj
is AUX 8 cop
the DET 4 det
group NOUN 8 nmod:poss
's PART 4 case
last ADJ 8 amod
major ADJ 8 amod
stronghold NOUN 0 root
in ADP 10 case
Iraq PROPN 8 nmod)");
    auto act = detail::read_act(t.tree, t.at("stronghold"), false, lex());
    CHECK(act.actor == t.at("group"));
    CHECK(act.target == t.at("Mosul"));
    CHECK(std::find(act.places.begin(), act.places.end(), t.at("Iraq")) != act.places.end());
}

TEST_CASE("relation tree: a 'by' phrase the tree hangs on a nominal act's target is its actor") {
    HandTree t(R"(The DET 2 det
capture NOUN 0 root
of ADP 5 case
the DET 5 det
city NOUN 2 nmod
by ADP 8 case
the DET 8 det
State PROPN 5 nmod)");
    auto act = detail::read_act(t.tree, t.at("capture"), false, lex());
    CHECK(act.target == t.at("city"));
    CHECK(act.actor == t.at("State"));
}

TEST_CASE("relation tree: a name read as the subject of a clause under an infinitive is its object") {
    // the greedy parse of "The offensive to retake Mosul began on Monday."
    HandTree t(R"(The DET 2 det
offensive NOUN 0 root
to PART 4 mark
retake VERB 2 acl
Mosul PROPN 6 nsubj
began VERB 4 ccomp
on ADP 8 case
Monday PROPN 6 obl)");
    CHECK(t.tree.head(t.at("Mosul")) == t.at("retake"));
    CHECK(t.tree.label(t.at("Mosul")) == "obj");
    CHECK(t.tree.head(t.at("began")) == -1);
    CHECK(t.tree.label(t.at("offensive")) == "nsubj");
    auto act = detail::read_act(t.tree, t.at("offensive"), false, lex());
    CHECK(act.begun);
    CHECK(act.target == t.at("Mosul"));
}

TEST_CASE("relation tree: a relative clause after a comma keeps its subject") {
    HandTree t(R"(the DET 2 det
offensive NOUN 0 root
to PART 4 mark
liberate VERB 2 acl
Nineveh PROPN 4 obj
, PUNCT 9 punct
which PRON 9 nsubj:pass
was AUX 9 aux:pass
launched VERB 4 ccomp)");
    CHECK(t.tree.head(t.at("launched")) == t.at("liberate"));
    CHECK(t.tree.head(t.at("offensive")) == -1);
}

TEST_CASE("relation tree: a verb read as a reduced relative after a date phrase is the clause's verb") {
    // the greedy parse of "Daesh on Sunday night called on its fighters to retreat."
    HandTree t(R"(Daesh PROPN 0 root
on ADP 4 case
Sunday PROPN 4 compound
night NOUN 1 nmod
called VERB 1 acl
on ADP 8 case
its PRON 8 nmod:poss
fighters NOUN 5 obl)");
    CHECK(t.tree.head(t.at("called")) == -1);
    CHECK(t.tree.head(t.at("Daesh")) == t.at("called"));
    CHECK(t.tree.label(t.at("Daesh")) == "nsubj");
    CHECK(t.tree.head(t.at("night")) == t.at("called"));
    CHECK(t.tree.label(t.at("night")) == "obl");
}

TEST_CASE("relation tree: a noun phrase with a passive participle stays a noun phrase") {
    HandTree t(R"(Residents NOUN 0 root
of ADP 3 case
Mosul PROPN 1 nmod
displaced VERB 1 acl
by ADP 6 case
fighting NOUN 4 obl)");
    CHECK(t.tree.head(t.at("Residents")) == -1);
    CHECK(t.tree.head(t.at("displaced")) == t.at("Residents"));
}

TEST_CASE("relation tree: a word tagged as an auxiliary that is none leaves the verb active") {
    HandTree t(R"(forces NOUN 6 nsubj:pass
along ADP 4 case
the DET 4 det
road NOUN 1 nmod
axis AUX 6 aux:pass
retook VERB 0 root
Baiji PROPN 6 obj)");
    auto act = detail::read_act(t.tree, t.at("retook"), false, lex());
    CHECK_FALSE(act.passive);
    CHECK(act.actor == t.at("forces"));
    CHECK(act.target == t.at("Baiji"));
    HandTree real(R"(Baiji PROPN 3 nsubj:pass
was AUX 3 aux:pass
retaken VERB 0 root)");
    CHECK(detail::read_act(real.tree, real.at("retaken"), false, lex()).passive);
}

TEST_CASE("relation tree: a content clause told before its speaker keeps its words") {
    // the greedy parse of "The Kurdish leader is in talks with the Iraqi army about Sinjar,
    // a senior official said.": the name after "with" read as a second subject of "said"
    HandTree t(R"(The DET 3 det
Kurdish ADJ 3 amod
leader NOUN 6 nsubj
is AUX 6 cop
in ADP 6 case
talks NOUN 17 ccomp
with ADP 10 case
the DET 10 det
Iraqi ADJ 10 amod
army NOUN 17 nsubj
about ADP 12 case
Sinjar PROPN 17 obl
, PUNCT 12 punct
a DET 16 det
senior ADJ 16 amod
official NOUN 17 nsubj
said VERB 0 root)");
    CHECK(t.tree.head(t.at("army")) == t.at("talks"));
    CHECK(t.tree.label(t.at("army")) == "nmod");
    CHECK(t.tree.head(t.at("Sinjar")) == t.at("talks"));
    CHECK(t.tree.head(t.at("official")) == t.at("said"));
    CHECK(t.tree.label(t.at("official")) == "nsubj");
    CHECK(t.tree.head(t.at("leader")) == t.at("talks"));
}

TEST_CASE("relation tree: a second subject before a fronted content without one is the content's") {
    // "Kurdish forces have seized the bridge, the commander said." with "forces" hung on "said"
    HandTree t(R"(Kurdish ADJ 2 amod
forces NOUN 10 nsubj
have AUX 4 aux
seized VERB 10 ccomp
the DET 6 det
bridge NOUN 4 obj
, PUNCT 9 punct
the DET 9 det
commander NOUN 10 nsubj
said VERB 0 root)");
    CHECK(t.tree.head(t.at("forces")) == t.at("seized"));
    CHECK(t.tree.label(t.at("forces")) == "nsubj");
    CHECK(t.tree.head(t.at("commander")) == t.at("said"));
    auto act = detail::read_act(t.tree, t.at("seized"), false, lex());
    CHECK(act.actor == t.at("forces"));
    CHECK(act.target == t.at("bridge"));
}

TEST_CASE("relation tree: a that clause read as describing the day of a statement is what was said") {
    // "The mayor said on Friday that militants had shelled the market."
    HandTree t(R"(The DET 2 det
mayor NOUN 3 nsubj
said VERB 0 root
on ADP 5 case
Friday PROPN 3 obl
that SCONJ 9 mark
militants NOUN 9 nsubj
had AUX 9 aux
shelled VERB 5 acl
the DET 11 det
market NOUN 9 obj)");
    CHECK(t.tree.head(t.at("shelled")) == t.at("said"));
    CHECK(t.tree.label(t.at("shelled")) == "ccomp");
    // a clause on the day of an act that is no saying stays where it is
    HandTree other(R"(Troops NOUN 2 nsubj
entered VERB 0 root
on ADP 5 case
the DET 5 det
day NOUN 2 obl
that SCONJ 8 mark
militants NOUN 8 nsubj
shelled VERB 5 acl
the DET 10 det
market NOUN 8 obj)");
    CHECK(other.tree.head(other.at("shelled")) == other.at("day"));
}

TEST_CASE("relation tree: a verb read as a modifier of its object is the clause's verb") {
    // the greedy parse of "Gunmen attacked police posts near Hawija overnight, wounding four."
    HandTree t(R"(Gunmen NOUN 9 nsubj
attacked VERB 4 amod
police NOUN 4 compound
posts NOUN 9 nsubj
near ADP 6 case
Hawija PROPN 4 nmod
overnight NOUN 9 nsubj
, PUNCT 9 punct
wounding VERB 0 root
four NUM 9 obj)");
    CHECK(t.tree.head(t.at("attacked")) == -1);
    CHECK(t.tree.head(t.at("Gunmen")) == t.at("attacked"));
    CHECK(t.tree.label(t.at("posts")) == "obj");
    CHECK(t.tree.head(t.at("wounding")) == t.at("attacked"));
    CHECK(t.tree.label(t.at("overnight")) == "obl");
    auto act = detail::read_act(t.tree, t.at("attacked"), false, lex());
    CHECK(act.actor == t.at("Gunmen"));
    CHECK(act.target == t.at("posts"));
    // a participle before the noun it describes, after a determiner, stays a modifier
    HandTree adj(R"(the DET 3 det
wounded VERB 3 amod
soldiers NOUN 4 nsubj
arrived VERB 0 root)");
    CHECK(adj.tree.label(adj.at("wounded")) == "amod");
}

TEST_CASE("relation tree: a by phrase read as the subject leaves the subject to the noun before it") {
    // the greedy parse of "Kurdish fighters backed by coalition jets took the village."
    HandTree t(R"(Kurdish ADJ 2 amod
fighters NOUN 7 obl
backed VERB 2 acl
by ADP 6 case
coalition NOUN 6 compound
jets NOUN 7 nsubj
took VERB 0 root
the DET 9 det
village NOUN 7 obj)");
    CHECK(t.tree.label(t.at("fighters")) == "nsubj");
    CHECK(t.tree.head(t.at("jets")) == t.at("backed"));
    auto act = detail::read_act(t.tree, t.at("took"), false, lex());
    CHECK(act.actor == t.at("fighters"));
    CHECK(act.target == t.at("village"));
}

TEST_CASE(
    "relation tree: a verb read as a reduced relative before a coordinated clause verb heads the clause") {
    // the greedy parse of "Special forces pushed into the city but were forced to withdraw."
    HandTree t(R"(Special ADJ 2 amod
forces NOUN 9 nsubj:pass
pushed VERB/VBD 2 acl
into ADP 6 case
the DET 6 det
city NOUN 3 obl
but CCONJ 9 cc
were AUX 9 aux:pass
forced VERB/VBN 0 root
to PART 11 mark
withdraw VERB 9 xcomp)");
    CHECK(t.tree.head(t.at("pushed")) == -1);
    CHECK(t.tree.label(t.at("forces")) == "nsubj");
    CHECK(t.tree.head(t.at("forced")) == t.at("pushed"));
    CHECK(t.tree.label(t.at("forced")) == "conj");
    auto act = detail::read_act(t.tree, t.at("pushed"), false, lex());
    CHECK(act.actor == t.at("forces"));
    CHECK_FALSE(act.passive);
    // a reduced relative with an agent stays one: "troops backed by jets but ..." is not rebuilt
    HandTree agent(R"(Troops NOUN 6 nsubj
backed VERB/VBN 1 acl
by ADP 4 case
jets NOUN 2 obl:agent
and CCONJ 6 cc
advanced VERB/VBD 0 root)");
    CHECK(agent.tree.head(agent.at("backed")) == agent.at("Troops"));
}

TEST_CASE("relation tree: a subject set off by commas right after another is its apposition") {
    // the greedy parse of "A commander , Abu Omar , was killed"
    HandTree t(R"(A DET 2 det
commander NOUN 8 nsubj:pass
, PUNCT 2 punct
Abu PROPN 8 nsubj:pass
Omar PROPN 4 flat
, PUNCT 4 punct
was AUX 9 aux:pass
killed VERB/VBN 0 root)");
    CHECK(t.tree.head(t.at("Abu")) == t.at("commander"));
    CHECK(t.tree.label(t.at("Abu")) == "appos");
    // two subjects with no commas between them are left as they are
    HandTree bare(R"(leader NOUN 3 nsubj
Baghdadi PROPN 3 nsubj
declared VERB/VBD 0 root)");
    CHECK(bare.tree.label(bare.at("Baghdadi")) == "nsubj");
}

TEST_CASE("relation tree: a background subordinator read as a preposition before a verb leads its clause") {
    // "forces have retaken Mosul since the war ended on Monday", the clause read as a reduced
    // relative of "war"
    HandTree relative(R"(forces NOUN 3 nsubj
have AUX 3 aux
retaken VERB/VBN 0 root
Mosul PROPN 3 obj
since ADP 7 case
the DET 7 det
war NOUN 3 obl
ended VERB/VBD 7 acl
on ADP 10 case
Monday PROPN 8 obl)");
    CHECK(relative.tree.head(relative.at("ended")) == relative.at("retaken"));
    CHECK(relative.tree.label(relative.at("ended")) == "advcl");
    CHECK(relative.tree.head(relative.at("war")) == relative.at("ended"));
    CHECK(relative.tree.label(relative.at("since")) == "mark");
    // "... half of Mosul since the offensive began": the object read as the verb's subject
    HandTree subject(R"(forces NOUN 3 nsubj
have AUX 3 aux
retaken VERB/VBN 0 root
half NOUN 9 nsubj
of ADP 6 case
Mosul PROPN 4 nmod
since ADP 8 case
offensive NOUN 4 nmod
began VERB/VBD 3 conj)");
    CHECK(subject.tree.head(subject.at("half")) == subject.at("retaken"));
    CHECK(subject.tree.label(subject.at("half")) == "obj");
    CHECK(subject.tree.label(subject.at("offensive")) == "nsubj");
    CHECK(subject.tree.label(subject.at("began")) == "advcl");
    CHECK(subject.tree.case_word(subject.at("began")) == "since");
    // a bare noun phrase after "since" is left alone: "fled since the offensive"
    HandTree phrase(R"(people NOUN 2 nsubj
fled VERB/VBD 0 root
since ADP 4 case
October PROPN 2 obl)");
    CHECK(phrase.tree.label(phrase.at("since")) == "case");
}

TEST_CASE("relation tree: a verb with its own subject read as a modifier of its object heads a clause") {
    // the greedy parse of "forces took the museum , where militants had smashed statues in 2015"
    HandTree t(R"(forces NOUN 2 nsubj
took VERB/VBD 0 root
the DET 4 det
museum NOUN 2 obj
, PUNCT 10 punct
where ADV 9 advmod
militants NOUN 9 nsubj
had AUX/VBD 9 aux
smashed VERB/VBN 10 amod
statues NOUN 4 appos
in ADP 12 case
2015 NUM 10 nmod)");
    CHECK(t.tree.head(t.at("smashed")) == t.at("museum"));
    CHECK(t.tree.label(t.at("smashed")) == "acl:relcl");
    CHECK(t.tree.head(t.at("statues")) == t.at("smashed"));
    CHECK(t.tree.label(t.at("statues")) == "obj");
    // an adjective-like participle with no subject or auxiliary stays a modifier
    HandTree plain(R"(the DET 3 det
destroyed VERB/VBN 3 amod
bridge NOUN 0 root)");
    CHECK(plain.tree.label(plain.at("destroyed")) == "amod");
}

TEST_CASE("relation tree: a relative pronoun read as a passive subject beside a subject is the object") {
    // the greedy parse of "the city of Nimrud , which militants had bulldozed and blown up"
    HandTree t(R"(took VERB/VBD 0 root
the DET 3 det
city NOUN 1 obj
of ADP 5 case
Nimrud PROPN 3 nmod
, PUNCT 10 punct
which PRON 10 nsubj:pass
militants NOUN 10 nsubj
had AUX/VBD 10 aux
bulldozed VERB/VBN 1 ccomp
and CCONJ 12 cc
blown VERB/VBN 10 conj
up ADP 12 compound:prt)");
    CHECK(t.tree.label(t.at("which")) == "obj");
    CHECK(t.tree.head(t.at("bulldozed")) == t.at("city"));
    CHECK(t.tree.label(t.at("bulldozed")) == "acl:relcl");
    // the second conjunct shares the pronoun as its object, the noun described as its target
    auto act = detail::read_act(t.tree, t.at("blown"), false, lex());
    CHECK(act.actor == t.at("militants"));
    CHECK(act.target_relative == t.at("which"));
    CHECK(act.relative_head == t.at("city"));
    CHECK_FALSE(act.passive);
}

TEST_CASE("relation tree: a preposition and its noun hung on a comma go back to the noun before") {
    // the greedy parse of "Baghdadi , the leader of Islamic State , was seen"
    HandTree t(R"(Baghdadi PROPN 9 nsubj:pass
, PUNCT 4 punct
the DET 4 det
leader NOUN 1 appos
of ADP 8 case
Islamic PROPN 8 reparandum
State PROPN 6 flat
, PUNCT 4 punct
seen VERB/VBN 0 root)");
    CHECK(t.tree.head(t.at("of")) == t.at("Islamic"));
    CHECK(t.tree.head(t.at("Islamic")) == t.at("leader"));
    CHECK(t.tree.label(t.at("Islamic")) == "nmod");
}

TEST_CASE("relation tree: a participle with a form of be as a plain auxiliary is a passive") {
    // "Topzawa was retaken" read with "was" a plain auxiliary and "retaken" tagged a gerund
    HandTree t(R"(Topzawa PROPN 3 nsubj
was AUX/VBD 3 aux
retaken VERB/VBG 0 root)");
    CHECK(t.tree.label(t.at("was")) == "aux:pass");
    CHECK(t.tree.label(t.at("Topzawa")) == "nsubj:pass");
    auto act = detail::read_act(t.tree, t.at("retaken"), false, lex());
    CHECK(act.passive);
    CHECK(act.target == t.at("Topzawa"));
    // a perfect stays active
    HandTree perfect(R"(forces NOUN 3 nsubj
have AUX/VBP 3 aux
retaken VERB/VBN 0 root
Topzawa PROPN 3 obj)");
    CHECK(perfect.tree.label(perfect.at("forces")) == "nsubj");
}

TEST_CASE("relation tree: a relative clause set off by commas describes the noun before it") {
    // "fighters recaptured the town , which had been held by IS since 2014 , on Sunday"
    HandTree t(R"(fighters NOUN 2 nsubj
recaptured VERB/VBD 0 root
the DET 4 det
town NOUN 2 obj
, PUNCT 9 punct
which PRON 9 nsubj:pass
had AUX/VBD 9 aux
been AUX/VBN 9 aux:pass
held VERB/VBN 2 parataxis
by ADP 11 case
IS PROPN 9 obl:agent
, PUNCT 14 punct
on ADP 14 case
Sunday PROPN 9 obl)");
    CHECK(t.tree.head(t.at("held")) == t.at("town"));
    CHECK(t.tree.label(t.at("held")) == "acl:relcl");
    CHECK(t.tree.head(t.at("Sunday")) == t.at("recaptured"));
    CHECK(t.tree.head(t.at("IS")) == t.at("held"));
}

TEST_CASE(
    "relation tree: a that read as the object of a verb with an object of its own is a complementizer") {
    // the greedy parse of "Rasool told state TV that troops had entered Gogjali"
    HandTree t(R"(Rasool PROPN 2 nsubj
told VERB/VBD 0 root
state NOUN 4 compound
TV NOUN 2 iobj
that PRON 8 obj
troops NOUN 8 nsubj
had AUX/VBD 8 aux
entered VERB/VBN 4 acl:relcl
Gogjali PROPN 8 obj)");
    CHECK(t.tree.label(t.at("that")) == "mark");
    CHECK(t.tree.head(t.at("entered")) == t.at("told"));
    CHECK(t.tree.label(t.at("entered")) == "ccomp");
    // a real relative clause keeps its pronoun: "the town that IS seized"
    HandTree relative(R"(the DET 2 det
town NOUN 0 root
that PRON 5 obj
IS PROPN 5 nsubj
seized VERB/VBD 2 acl:relcl)");
    CHECK(relative.tree.label(relative.at("that")) == "obj");
}

TEST_CASE("relation tree: a name compounded to a bare time phrase is the verb's object") {
    // the greedy parse of "forces recaptured Bartella yesterday"
    HandTree t(R"(forces NOUN 2 nsubj
recaptured VERB/VBD 0 root
Bartella PROPN 4 compound
yesterday NOUN 2 obl:unmarked)");
    CHECK(t.tree.head(t.at("Bartella")) == t.at("recaptured"));
    CHECK(t.tree.label(t.at("Bartella")) == "obj");
    // not where the verb has an object already: "took the town Monday night"
    HandTree object(R"(forces NOUN 2 nsubj
took VERB/VBD 0 root
Mosul PROPN 2 obj
Monday PROPN 5 compound
night NOUN 2 obl:unmarked)");
    CHECK(object.tree.label(object.at("Monday")) == "compound");
}

TEST_CASE("relation tree: a name in a time phrase with other words of its own stays there") {
    // the greedy parse of "forces liberated nine villages east of Mosul yesterday"
    HandTree t(R"(forces NOUN 2 nsubj
liberated VERB/VBD 0 root
nine NUM 4 nummod
villages NOUN 8 nmod:unmarked
east ADV 4 advmod
of ADP 5 fixed
Mosul PROPN 8 compound
yesterday NOUN 2 obl:unmarked)");
    CHECK(t.tree.label(t.at("Mosul")) == "compound");
}

TEST_CASE("relation tree: a clause after a dash under a verbless root is the root") {
    // "November 13 , 2016 - troops retook Nimrud" read with the date as the root
    HandTree t(R"(November PROPN 2 nmod:unmarked
13 NUM 0 root
, PUNCT 2 punct
2016 NUM 2 nmod:unmarked
- PUNCT 7 punct
troops NOUN 7 nsubj
retook VERB/VBD 2 parataxis
Nimrud PROPN 7 obj)");
    CHECK(t.tree.head(t.at("retook")) == -1);
    CHECK(t.tree.head(t.at("13")) == t.at("retook"));
}

TEST_CASE("relation tree: a name's first word read as the root before its clause modifies the subject") {
    // "Islamic State fighters overrun Mosul" read with "Islamic" as the root
    HandTree t(R"(Islamic PROPN 0 root
State PROPN 3 compound
fighters NOUN 4 nsubj
overrun VERB/VBP 1 acl:relcl
Mosul PROPN 4 obj)");
    CHECK(t.tree.head(t.at("overrun")) == -1);
    CHECK(t.tree.head(t.at("Islamic")) == t.at("fighters"));
    auto act = detail::read_act(t.tree, t.at("overrun"), false, lex());
    CHECK(act.actor == t.at("fighters"));
    CHECK(act.target == t.at("Mosul"));
}

TEST_CASE("relation tree: a verb read as a modifier of its object before a speaker is what was said") {
    // the greedy parse of "warplanes bombed IS positions , the military said"
    HandTree t(R"(warplanes NOUN 8 nsubj
bombed VERB/VBN 4 amod
IS PROPN 4 compound
positions NOUN 8 nsubj
, PUNCT 8 punct
the DET 7 det
military NOUN 8 nsubj
said VERB/VBD 0 root)");
    CHECK(t.tree.head(t.at("bombed")) == t.at("said"));
    CHECK(t.tree.label(t.at("bombed")) == "ccomp");
    CHECK(t.tree.label(t.at("positions")) == "obj");
    auto act = detail::read_act(t.tree, t.at("bombed"), false, lex());
    CHECK(act.actor == t.at("warplanes"));
    CHECK(act.target == t.at("positions"));
}

TEST_CASE("relation tree: a verb read as a relative on the last of coordinated subjects is the root") {
    // the greedy parse of "the army and the Forces jointly retook the town"
    HandTree t(R"(the DET 2 det
army NOUN 0 root
and CCONJ 5 cc
the DET 5 det
Forces PROPN 2 conj
jointly ADV 7 advmod
retook VERB/VBD 5 acl
the DET 9 det
town NOUN 7 obj)");
    CHECK(t.tree.head(t.at("retook")) == -1);
    CHECK(t.tree.head(t.at("army")) == t.at("retook"));
    auto act = detail::read_act(t.tree, t.at("retook"), false, lex());
    CHECK(act.actor == t.at("army"));
    REQUIRE(act.co_actors.size() == 1);
    CHECK(act.co_actors[0] == t.at("Forces"));
}

TEST_CASE("relation tree: a verb read as the modifier of a name under a verbless root is the root") {
    // the greedy parse of "On 7 November, the Peshmerga retook Bashiqa"
    HandTree t(R"(On ADP 2 case
7 NUM 0 root
November PROPN 2 nmod:unmarked
, PUNCT 2 punct
the DET 6 det
Peshmerga PROPN 8 compound
retook VERB/VBN 8 amod
Bashiqa PROPN 2 nmod:unmarked)");
    CHECK(t.tree.head(t.at("retook")) == -1);
    CHECK(t.tree.label(t.at("Peshmerga")) == "nsubj");
    CHECK(t.tree.head(t.at("the")) == t.at("Peshmerga"));
    CHECK(t.tree.label(t.at("Bashiqa")) == "obj");
    CHECK(t.tree.head(t.at("7")) == t.at("retook"));
    auto act = detail::read_act(t.tree, t.at("retook"), false, lex());
    CHECK(act.actor == t.at("Peshmerga"));
    CHECK(act.target == t.at("Bashiqa"));
}

TEST_CASE("relation tree: a modifier verb with a verb at the root stays a modifier") {
    // "the Islamic State held town": a root verb of its own, no repair
    HandTree t(R"(Troops NOUN 2 nsubj
entered VERB/VBD 0 root
the DET 6 det
IS PROPN 6 compound
held VERB/VBN 6 amod
town NOUN 2 obj)");
    CHECK(t.tree.head(t.at("held")) == t.at("town"));
    CHECK(t.tree.head(t.at("entered")) == -1);
}

TEST_CASE("relation tree: two subjects of a trailing verb of saying give the first to the act") {
    // the greedy parse of "Iraqi forces retook Hammam on Monday, officials said"
    HandTree t(R"(Iraqi ADJ 2 amod
forces NOUN 3 nsubj
retook VERB/VBD 0 root
Hammam PROPN 9 nsubj
on ADP 6 case
Monday PROPN 9 obl
, PUNCT 8 punct
officials NOUN 9 nsubj
said VERB/VBD 3 conj)");
    CHECK(t.tree.head(t.at("Hammam")) == t.at("retook"));
    CHECK(t.tree.label(t.at("Hammam")) == "obj");
    CHECK(t.tree.head(t.at("Monday")) == t.at("retook"));
    CHECK(t.tree.label(t.at("said")) == "parataxis");
    CHECK(t.tree.head(t.at("officials")) == t.at("said"));
    auto act = detail::read_act(t.tree, t.at("retook"), false, lex());
    CHECK(act.target == t.at("Hammam"));
}

TEST_CASE("relation tree: a preposition hung on the first word of a name is the name's") {
    HandTree t(R"(fighters NOUN 2 nsubj
withdrew VERB/VBD 0 root
from ADP 4 case
Tal PROPN 5 compound
Afar PROPN 2 obl)");
    CHECK(t.tree.head(t.at("from")) == t.at("Afar"));
    CHECK(t.tree.case_word(t.at("Afar")) == "from");
}

TEST_CASE("relation tree: a finite verb hung on a verbless root with a name as its compound is the root") {
    // the greedy parse of "On 15 November, the Peshmerga retook Tel Skuf."
    HandTree t(R"(On ADP 2 case
15 NUM 0 root
November PROPN 2 nmod:unmarked
, PUNCT 2 punct
the DET 7 det
Peshmerga PROPN 7 compound
retook VERB/VBD 2 nmod:unmarked
Skuf PROPN 7 obj
. PUNCT 2 punct)");
    CHECK(t.tree.head(t.at("retook")) == -1);
    CHECK(t.tree.label(t.at("Peshmerga")) == "nsubj");
    CHECK(t.tree.head(t.at("the")) == t.at("Peshmerga"));
    CHECK(t.tree.head(t.at("15")) == t.at("retook"));
    CHECK(t.tree.head(t.at(".")) == t.at("retook"));
}

TEST_CASE("relation tree: a name set off after a fronted phrase read as the subject is the subject") {
    // the greedy parse of "In August, Obama authorized strikes"
    HandTree t(R"(In ADP 2 case
August PROPN 6 nsubj
, PUNCT 4 punct
Barack PROPN 5 compound
Obama PROPN 2 list
authorized VERB/VBD 0 root
strikes NOUN 6 obj)");
    CHECK(t.tree.label(t.at("Obama")) == "nsubj");
    CHECK(t.tree.head(t.at("Obama")) == t.at("authorized"));
    CHECK(t.tree.label(t.at("August")) == "obl");
}

TEST_CASE("relation tree: a name's first word read as a verb with the named noun as object is its compound") {
    // the greedy parse of "Islamic State fighters retreated toward the desert"
    HandTree t(R"(Islamic PROPN 0 root
State PROPN 3 compound
fighters NOUN 1 obj
retreated VERB/VBN 3 acl
toward ADP 6 case
desert NOUN 4 obl)");
    CHECK(t.tree.head(t.at("retreated")) == -1);
    CHECK(t.tree.head(t.at("fighters")) == t.at("retreated"));
    CHECK(t.tree.head(t.at("Islamic")) == t.at("fighters"));
}

TEST_CASE("relation tree: an according phrase hung on a name is the clause's, a part of a place the object") {
    // the greedy parse of "forces have liberated most of Tal Afar, according to officials"
    HandTree t(R"(forces NOUN 3 nsubj
have AUX 3 aux
liberated VERB/VBN 0 root
most ADJ 3 obl:unmarked
of ADP 6 case
Afar PROPN 4 nmod
, PUNCT 10 punct
according VERB/VBG 10 case
to ADP 8 fixed
officials NOUN 6 nmod)");
    CHECK(t.tree.head(t.at("officials")) == t.at("liberated"));
    CHECK(t.tree.label(t.at("most")) == "obj");
}

TEST_CASE("relation tree: a modifier verb of a root's first subject, before its second, is the root") {
    // the greedy parse of "troops pushed into Falluja on Friday, a month after the offensive began"
    HandTree t(R"(troops NOUN 10 nsubj
pushed VERB/VBD 1 acl
into ADP 4 case
Falluja PROPN 2 obl
, PUNCT 7 punct
a DET 7 det
month NOUN 10 nsubj
after ADP 9 case
offensive NOUN 7 nmod
began VERB/VBD 0 root)");
    CHECK(t.tree.head(t.at("pushed")) == -1);
    CHECK(t.tree.label(t.at("troops")) == "nsubj");
    CHECK(t.tree.head(t.at("troops")) == t.at("pushed"));
    CHECK(t.tree.head(t.at("began")) == t.at("pushed"));
}

TEST_CASE(
    "relation tree: a particle a trigger needs, read as the preposition of the next noun, is the verb's") {
    // the greedy parse of "militants took over the town"
    HandTree t(R"(militants NOUN 2 nsubj
took VERB/VBD 0 root
over ADP 5 case
the DET 5 det
town NOUN 2 obl)");
    CHECK(t.tree.label(t.at("over")) == "compound:prt");
    CHECK(t.tree.head(t.at("over")) == t.at("took"));
    CHECK(t.tree.label(t.at("town")) == "obj");
    // a preposition no trigger needs stays one
    HandTree u(R"(militants NOUN 2 nsubj
went VERB/VBD 0 root
over ADP 5 case
the DET 5 det
bridge NOUN 2 obl)");
    CHECK(u.tree.label(u.at("over")) == "case");
    CHECK(u.tree.label(u.at("bridge")) == "obl");
}

TEST_CASE("relation tree: a name right before a verb of saying after a comma is its speaker") {
    // the greedy parse of "forces retook Tikrit on Tuesday, Haider al-Abadi said"
    HandTree t(R"(forces NOUN 2 nsubj
retook VERB/VBD 0 root
Tikrit PROPN 11 nsubj
on ADP 5 case
Tuesday PROPN 3 nmod
, PUNCT 7 punct
Haider PROPN 3 appos
al PROPN 7 flat
- PUNCT 10 punct
Abadi PROPN 7 flat
said VERB/VBD 2 discourse
. PUNCT 11 punct)");
    CHECK(t.tree.head(t.at("Tikrit")) == t.at("retook"));
    CHECK(t.tree.label(t.at("Tikrit")) == "obj");
    CHECK(t.tree.head(t.at("Haider")) == t.at("said"));
    CHECK(t.tree.label(t.at("Haider")) == "nsubj");
    CHECK(t.tree.head(t.at("Abadi")) == t.at("Haider"));
    CHECK(t.tree.label(t.at("said")) == "parataxis");
}

TEST_CASE("relation tree: a stretch counted forward after a coordinated verb is that verb's") {
    // the greedy parse of "forces entered the town on Tuesday and seized the base a day later"
    HandTree t(R"(forces NOUN 2 nsubj
entered VERB/VBD 0 root
town NOUN 2 obj
on ADP 5 case
Tuesday PROPN 3 nmod
and CCONJ 7 cc
seized VERB/VBD 2 conj
base NOUN 7 obj
a DET 10 det
day NOUN 11 obl:unmarked
later ADV 2 advmod)");
    CHECK(t.tree.head(t.at("later")) == t.at("seized"));
    CHECK(t.tree.head(t.at("day")) == t.at("later"));
}

TEST_CASE("relation tree: a preposition read as the head of its noun phrase is the noun's case") {
    // the greedy parse of "the towns were overrun by Islamic State in August"
    HandTree t(R"(the DET 2 det
towns NOUN 4 nsubj:pass
were AUX 4 aux:pass
overrun VERB/VBN 0 root
by ADP 4 obl
Islamic PROPN 5 conj
State PROPN 6 flat
in ADP 9 case
August PROPN 6 nmod)");
    CHECK(t.tree.head(t.at("Islamic")) == t.at("overrun"));
    CHECK(t.tree.label(t.at("Islamic")) == "obl");
    CHECK(t.tree.head(t.at("by")) == t.at("Islamic"));
    CHECK(t.tree.label(t.at("by")) == "case");
    CHECK(t.tree.case_word(t.at("Islamic")) == "by");
    // a preposition heading no noun right after it is left alone ("went over")
    HandTree u(R"(militants NOUN 2 nsubj
fled VERB/VBD 0 root
away ADV 2 advmod
by ADP 2 obl)");
    CHECK(u.tree.label(u.at("by")) == "obl");
}

TEST_CASE("relation tree: a day read as a second subject of a verb of saying is its time") {
    // the greedy parse of "the military said Sunday it launched airstrikes"
    HandTree t(R"(the DET 2 det
military NOUN 3 nsubj
said VERB/VBD 0 root
Sunday PROPN 3 nsubj
it PRON 4 obj
launched VERB/VBD 4 acl
airstrikes NOUN 6 obj)");
    CHECK(t.tree.head(t.at("launched")) == t.at("said"));
    CHECK(t.tree.label(t.at("launched")) == "ccomp");
    CHECK(t.tree.head(t.at("it")) == t.at("launched"));
    CHECK(t.tree.label(t.at("it")) == "nsubj");
    CHECK(t.tree.head(t.at("Sunday")) == t.at("said"));
    // the day read as the subject of what was said, the pronoun as the day's object
    HandTree v(R"(the DET 2 det
military NOUN 3 nsubj
said VERB/VBD 0 root
Sunday PROPN 6 nsubj
it PRON 4 obj
launched VERB/VBD 3 ccomp
airstrikes NOUN 6 obj)");
    CHECK(v.tree.head(v.at("it")) == v.at("launched"));
    CHECK(v.tree.label(v.at("it")) == "nsubj");
    CHECK(v.tree.head(v.at("Sunday")) == v.at("said"));
    CHECK(v.tree.label(v.at("Sunday")) == "obl:tmod");
    // a name after the verb with no clause under it is its speaker still ("..., said Smith")
    HandTree u(R"(troops NOUN 2 nsubj
advanced VERB/VBD 0 root
, PUNCT 4 punct
said VERB/VBD 2 parataxis
Smith PROPN 4 nsubj)");
    CHECK(u.tree.label(u.at("Smith")) == "nsubj");
}

TEST_CASE("relation tree: a phrase after a compass word only says where something lies") {
    HandTree t(R"(airstrikes NOUN 0 root
north ADV 1 advmod
of ADP 4 case
Baghdad PROPN 1 nmod)");
    CHECK(t.tree.reference_point(t.at("Baghdad")));
    HandTree u(R"(the DET 2 det
recapture NOUN 0 root
of ADP 4 case
Baghdad PROPN 2 nmod)");
    CHECK_FALSE(u.tree.reference_point(u.at("Baghdad")));
}

TEST_CASE("relation tree: a party read as the object of 'said' right after a comma said it") {
    // the greedy parse of "soldiers retook control Sunday of a town, said an official and state TV"
    HandTree t(R"(soldiers NOUN 8 nsubj
retook VERB/VBD 4 det
control NOUN 4 compound
Sunday PROPN 8 obl:tmod
of ADP 6 case
town NOUN 4 nmod
, PUNCT 4 punct
said VERB/VBD 0 root
an DET 10 det
official NOUN 8 obj
and CCONJ 12 cc
TV NOUN 10 conj)");
    auto s = detail::read_speech(t.tree, t.at("said"), lex());
    CHECK(s.speaker == t.at("official"));
    // "told reporters" addresses them
    HandTree u(R"(troops NOUN 2 nsubj
advanced VERB/VBD 0 root
, PUNCT 4 punct
told VERB/VBD 2 parataxis
reporters NOUN 4 obj)");
    auto r = detail::read_speech(u.tree, u.at("told"), lex());
    CHECK(r.speaker != u.at("reporters"));
}

TEST_CASE("relation tree: a subject read as the object of 'said', its clause as a conjunct, is said") {
    // the greedy parse of "the minister said commanders and their families had sold their homes"
    HandTree t(R"(minister NOUN 2 nsubj
said VERB/VBD 0 root
commanders NOUN 2 obj
and CCONJ 8 cc
their PRON 6 nmod:poss
families NOUN 8 nsubj
had AUX 8 aux
sold VERB/VBN 3 conj
homes NOUN 8 obj)");
    CHECK(t.tree.head(t.at("sold")) == t.at("said"));
    CHECK(t.tree.label(t.at("sold")) == "ccomp");
    CHECK(t.tree.head(t.at("commanders")) == t.at("sold"));
    CHECK(t.tree.label(t.at("commanders")) == "nsubj");
    CHECK(t.tree.head(t.at("families")) == t.at("commanders"));
    // "told reporters" keeps whom it was told to
    HandTree u(R"(minister NOUN 2 nsubj
told VERB/VBD 0 root
reporters NOUN 2 obj
and CCONJ 6 cc
officials NOUN 6 nsubj
left VERB/VBD 3 conj)");
    CHECK(u.tree.label(u.at("reporters")) == "obj");
}

TEST_CASE("relation tree: what a closing 'a statement says' took from the first verb of saying is its") {
    // the greedy parse of "X warned that talks will end, a statement says"
    HandTree t(R"(leader NOUN 2 nsubj
warned VERB/VBD 0 root
that SCONJ 6 mark
talks NOUN 6 nsubj
will AUX 6 aux
end VERB/VB 10 ccomp
, PUNCT 9 punct
a DET 9 det
statement NOUN 10 nsubj
says VERB/VBZ 2 advcl)");
    CHECK(t.tree.head(t.at("end")) == t.at("warned"));
    CHECK(t.tree.label(t.at("end")) == "ccomp");
}

TEST_CASE("relation tree: 'near' before an adjective of the verb's noun modifies the adjective") {
    // the greedy parse of "forces have taken near complete control of the city"
    HandTree t(R"(forces NOUN 3 nsubj
have AUX 3 aux
taken VERB/VBN 0 root
near ADP 6 case
complete ADJ 6 amod
control NOUN 3 obl
of ADP 8 case
city NOUN 6 nmod)");
    CHECK(t.tree.label(t.at("control")) == "obj");
    CHECK(t.tree.head(t.at("near")) == t.at("complete"));
    // "fighting near complete ruins" keeps the phrase (the verb has its object)
    HandTree u(R"(they PRON 2 nsubj
hid VERB/VBD 0 root
weapons NOUN 2 obj
near ADP 6 case
old ADJ 6 amod
ruins NOUN 2 obl)");
    CHECK(u.tree.label(u.at("ruins")) == "obl");
}

TEST_CASE("relation tree: an opening participle read as the root hangs on the clause after its comma") {
    // the greedy parse of "Asked about the city, the minister told reporters ..."
    HandTree t(R"(Asked VERB/VBN 0 root
about ADP 4 case
the DET 4 det
city NOUN 1 obl
, PUNCT 7 punct
minister NOUN 7 nsubj
told VERB/VBD 1 parataxis
reporters NOUN 7 iobj
. PUNCT 1 punct)");
    CHECK(t.tree.head(t.at("told")) == -1);
    CHECK(t.tree.head(t.at("Asked")) == t.at("told"));
    CHECK(t.tree.label(t.at("Asked")) == "advcl");
    CHECK(t.tree.head(t.at(".")) == t.at("told"));
}

TEST_CASE("relation tree: a quotation hung on a verb of saying is what it says") {
    HandTree t(R"(minister NOUN 2 nsubj
told VERB/VBD 0 root
reporters NOUN 2 iobj
" PUNCT 6 punct
we PRON 6 nsubj
won VERB/VBD 2 parataxis
" PUNCT 6 punct)");
    auto s = detail::read_speech(t.tree, t.at("told"), lex());
    CHECK(s.content == t.at("won"));
    // a clause beside it with no quotation is not
    HandTree u(R"(minister NOUN 2 nsubj
spoke VERB/VBD 0 root
; PUNCT 5 punct
we PRON 5 nsubj
won VERB/VBD 2 parataxis)");
    auto r = detail::read_speech(u.tree, u.at("spoke"), lex());
    CHECK(r.content < 0);
}

TEST_CASE("relation tree: a name read as the subject of a participle after the verb is its object") {
    // the greedy parse of "fighters recaptured Manbij following a battle"
    HandTree t(R"(fighters NOUN 2 nsubj
recaptured VERB/VBD 0 root
Manbij PROPN 4 nsubj
following VERB/VBG 2 ccomp
a DET 6 det
battle NOUN 4 obj)");
    CHECK(t.tree.head(t.at("Manbij")) == t.at("recaptured"));
    CHECK(t.tree.label(t.at("Manbij")) == "obj");
    CHECK(t.tree.label(t.at("following")) == "advcl");
}

TEST_CASE("relation tree: a verb with a finite auxiliary read as a noun's modifier has it as subject") {
    // the greedy parse of "... and an official declaration of victory was proclaimed on 10 July"
    HandTree t(R"(arrived VERB/VBD 0 root
and CCONJ 4 cc
a DET 4 det
declaration NOUN 1 conj
of ADP 6 case
victory NOUN 4 nmod
was AUX 8 aux:pass
proclaimed VERB/VBN 4 acl
on ADP 10 case
July PROPN 8 obl)");
    CHECK(t.tree.head(t.at("proclaimed")) == t.at("arrived"));
    CHECK(t.tree.label(t.at("proclaimed")) == "conj");
    CHECK(t.tree.head(t.at("declaration")) == t.at("proclaimed"));
    CHECK(t.tree.label(t.at("declaration")) == "nsubj:pass");
    // a reduced relative keeps its noun: "a declaration proclaimed on 10 July"
    HandTree u(R"(arrived VERB/VBD 0 root
a DET 3 det
declaration NOUN 1 obj
proclaimed VERB/VBN 3 acl
on ADP 6 case
July PROPN 4 obl)");
    CHECK(u.tree.head(u.at("proclaimed")) == u.at("declaration"));
}

TEST_CASE("relation tree: a subordinator read as a noun's preposition marks the clause after it") {
    // the greedy parse of "raised the flag above the complex after the city was liberated"
    HandTree t(R"(forces NOUN 2 nsubj
raised VERB/VBD 0 root
the DET 4 det
flag NOUN 2 obj
above ADP 7 case
the DET 7 det
complex NOUN 4 nmod
after ADP 10 case
the DET 10 det
city NOUN 7 nmod
was AUX 12 aux:pass
liberated VERB/VBN 2 ccomp)");
    CHECK(t.tree.head(t.at("city")) == t.at("liberated"));
    CHECK(t.tree.label(t.at("city")) == "nsubj:pass");
    CHECK(t.tree.label(t.at("after")) == "mark");
    CHECK(t.tree.head(t.at("liberated")) == t.at("raised"));
    CHECK(t.tree.label(t.at("liberated")) == "advcl");
}

TEST_CASE("relation tree: a name right after a participle on the subject is its object") {
    // the greedy parse of "the coalition fighting Islamic State said ..."
    HandTree t(R"(the DET 2 det
coalition NOUN 5 nsubj
fighting VERB/VBG 2 acl
State PROPN 5 nsubj
said VERB/VBD 0 root
it PRON 7 nsubj
struck VERB/VBD 5 ccomp)");
    CHECK(t.tree.head(t.at("State")) == t.at("fighting"));
    CHECK(t.tree.label(t.at("State")) == "obj");
    CHECK(t.tree.head(t.at("coalition")) == t.at("said"));
    CHECK(t.tree.label(t.at("coalition")) == "nsubj");
}

TEST_CASE("relation tree: an of phrase hung on a time after the object is the object's") {
    // the greedy parse of "took control a day earlier of much of Mosul"
    HandTree t(R"(took VERB/VBD 0 root
control NOUN 1 obj
a DET 4 det
day NOUN 5 obl:unmarked
earlier ADV 1 advmod
of ADP 7 case
much ADJ 5 obl
of ADP 9 case
Mosul PROPN 7 obl)");
    CHECK(t.tree.head(t.at("much")) == t.at("control"));
    CHECK(t.tree.label(t.at("much")) == "nmod");
    CHECK(t.tree.label(t.at("Mosul")) == "nmod");
    // a direction is no time: "seized villages 30 miles south of Erbil"
    HandTree u(R"(seized VERB/VBD 0 root
villages NOUN 1 obj
30 NUM 4 nummod
miles NOUN 5 obl:unmarked
south ADV 1 advmod
of ADP 7 case
Erbil PROPN 5 obl)");
    CHECK(u.tree.head(u.at("Erbil")) == u.at("south"));
}

TEST_CASE("relation tree: a noun compounded to a stretch of time that ends it is the object") {
    // the greedy parse of "which had seized the city years prior in June 2014"
    HandTree t(R"(seized VERB/VBD 0 root
the DET 4 det
city NOUN 4 compound
years NOUN 1 obj
prior ADJ 4 amod
in ADP 7 case
June PROPN 1 obl)");
    CHECK(t.tree.head(t.at("city")) == t.at("seized"));
    CHECK(t.tree.label(t.at("city")) == "obj");
    CHECK(t.tree.head(t.at("the")) == t.at("city"));
    CHECK(t.tree.label(t.at("years")) == "obl:unmarked");
}

TEST_CASE("relation tree: a name hyphened to a participle of backing is the backer of the noun after it") {
    // the greedy parse of "captured by U.S.-backed Syrian militias"
    HandTree t(R"(captured VERB/VBN 0 root
by ADP 3 case
U.S. PROPN 1 obl:agent
- PUNCT 5 punct
backed ADJ 7 amod
Syrian ADJ 7 amod
militias NOUN 1 appos)");
    CHECK(t.tree.head(t.at("militias")) == t.at("captured"));
    CHECK(t.tree.label(t.at("militias")) == "obl:agent");
    CHECK(t.tree.head(t.at("by")) == t.at("militias"));
    CHECK(t.tree.head(t.at("U.S.")) == t.at("backed"));
}

TEST_CASE("relation tree: the phrases after the act a verb of sequence names are that act's") {
    HandTree t(R"(attack NOUN 2 nsubj
followed VERB/VBD 0 root
bombing NOUN 2 obj
Sunday PROPN 2 obl:unmarked
at ADP 6 case
area NOUN 2 obl)");
    CHECK(t.tree.head(t.at("area")) == t.at("bombing"));
    CHECK(t.tree.head(t.at("Sunday")) == t.at("bombing"));
}

TEST_CASE(
    "relation tree: a passive subject of a verb with a perfect auxiliary and no passive one is its subject") {
    HandTree t(R"(army NOUN 4 nsubj:pass
had AUX 4 aux
fully ADV 4 advmod
retaken VERB/VBN 0 root
town NOUN 4 obj)");
    CHECK(t.tree.label(t.at("army")) == "nsubj");
    HandTree u(R"(town NOUN 4 nsubj:pass
had AUX 4 aux
been AUX 4 aux:pass
retaken VERB/VBN 0 root)");
    CHECK(u.tree.label(u.at("town")) == "nsubj:pass");
}

TEST_CASE("relation tree: a verb after a participle set off by commas is the root and the noun its subject") {
    // the greedy parse of "forces, backed by militia, attacked strongholds on Monday"
    HandTree t(R"(forces NOUN 0 root
, PUNCT 3 punct
backed VERB/VBN 1 acl
by ADP 5 case
militia NOUN 3 obl:agent
, PUNCT 7 punct
attacked VERB/VBD 5 acl
strongholds NOUN 7 obj
on ADP 10 case
Monday PROPN 3 obl)");
    CHECK(t.tree.head(t.at("attacked")) == -1);
    CHECK(t.tree.head(t.at("forces")) == t.at("attacked"));
    CHECK(t.tree.label(t.at("forces")) == "nsubj");
    CHECK(t.tree.head(t.at("Monday")) == t.at("attacked"));
}

TEST_CASE(
    "relation tree: a noun read as the object of saying before a clause with no subject is its subject") {
    // "announced a mobilization, saying the government would not allow it", the clause on the
    // first verb of saying
    HandTree t(R"(announced VERB/VBD 0 root
mobilization NOUN 1 obj
saying VERB/VBG 1 advcl
the DET 5 det
government NOUN 3 obj
would AUX 8 aux
not PART 8 advmod
allow VERB/VB 1 ccomp
it PRON 8 obj)");
    CHECK(t.tree.head(t.at("government")) == t.at("allow"));
    CHECK(t.tree.label(t.at("government")) == "nsubj");
    CHECK(t.tree.head(t.at("allow")) == t.at("announced"));
    // "officials said the government would not allow it", the clause a conjunct
    HandTree u(R"(officials NOUN 2 nsubj
said VERB/VBD 0 root
government NOUN 2 obj
would AUX 6 aux
not PART 6 advmod
allow VERB/VB 2 conj
it PRON 6 obj)");
    CHECK(u.tree.head(u.at("allow")) == u.at("said"));
    CHECK(u.tree.label(u.at("allow")) == "ccomp");
    CHECK(u.tree.head(u.at("government")) == u.at("allow"));
}

TEST_CASE("relation tree: an of phrase hung on the agent of an act's noun is the noun's") {
    // "the capture by Islamic State of Palmyra"
    HandTree t(R"(the DET 2 det
capture NOUN 0 root
by ADP 4 case
State PROPN 2 nmod
of ADP 6 case
Palmyra PROPN 4 nmod)");
    CHECK(t.tree.head(t.at("Palmyra")) == t.at("capture"));
    CHECK(t.tree.head(t.at("State")) == t.at("capture"));
    // (an act noun with an "of" phrase of its own keeps the agent's)
    HandTree u(R"(the DET 2 det
capture NOUN 0 root
of ADP 4 case
Palmyra PROPN 2 nmod
by ADP 6 case
fighters NOUN 2 nmod
of ADP 8 case
State PROPN 6 nmod)");
    CHECK(u.tree.head(u.at("State")) == u.at("fighters"));
}

TEST_CASE("relation tree: the of phrase of members who did an act stays theirs") {
    // "an attack by fighters of the Islamic State"
    HandTree t(R"(an DET 2 det
attack NOUN 0 root
by ADP 4 case
fighters NOUN 2 nmod
of ADP 6 case
State PROPN 4 nmod)");
    CHECK(t.tree.head(t.at("State")) == t.at("fighters"));
}

TEST_CASE("relation tree: a relative clause right after a common noun inside a phrase describes that noun") {
    // "in the country from the swathes of territory that the group seized"
    HandTree t(R"(in ADP 3 case
the DET 3 det
country NOUN 0 root
from ADP 5 case
swathes NOUN 3 nmod
of ADP 7 case
territory NOUN 5 nmod
that PRON 11 obj
the DET 10 det
group NOUN 11 nsubj
seized VERB/VBD 3 acl:relcl)");
    CHECK(t.tree.head(t.at("seized")) == t.at("territory"));
    CHECK(t.tree.label(t.at("seized")) == "acl:relcl");
}

TEST_CASE("relation tree: a noun with its article compounded to a named day is the verb's object") {
    // "stormed the base Sunday"
    HandTree t(R"(fighters NOUN 2 nsubj
stormed VERB/VBD 0 root
the DET 4 det
base NOUN 5 compound
Sunday PROPN 2 obl:unmarked)");
    CHECK(t.tree.head(t.at("base")) == t.at("stormed"));
    CHECK(t.tree.label(t.at("base")) == "obj");
}

TEST_CASE("relation tree: a participle before the speaker set off after a clause is the clause's") {
    // "commandos mounted a raid, capturing his wife, the Pentagon said"
    HandTree t(R"(commandos NOUN 2 nsubj
mounted VERB/VBD 0 root
raid NOUN 2 obj
, PUNCT 5 punct
capturing VERB/VBG 9 ccomp
wife NOUN 5 obj
, PUNCT 8 punct
Pentagon PROPN 9 nsubj
said VERB/VBD 2 parataxis)");
    CHECK(t.tree.head(t.at("capturing")) == t.at("mounted"));
    CHECK(t.tree.label(t.at("capturing")) == "advcl");
}

TEST_CASE(
    "relation tree: a name read as the object of a passive participle with its agent before heads the "
    "agent's phrase") {
    // "soldiers, backed by fighters from pro-government Popular Mobilization Units, seized"
    HandTree t(R"(soldiers NOUN 9 nsubj
, PUNCT 3 punct
backed VERB/VBN 1 acl
by ADP 5 case
fighters NOUN 3 obl:agent
from ADP 7 case
government NOUN 5 nmod
Units PROPN 3 obj
seized VERB/VBD 0 root)");
    CHECK(t.tree.head(t.at("Units")) == t.at("fighters"));
    CHECK(t.tree.label(t.at("Units")) == "nmod");
    CHECK(t.tree.head(t.at("government")) == t.at("Units"));
    CHECK(t.tree.head(t.at("from")) == t.at("Units"));
}

TEST_CASE(
    "relation tree: a pronoun read as an expletive on a verb with no subject and no subject clause is its "
    "subject") {
    // "although it remains in control of Mosul"
    HandTree t(R"(although SCONJ 3 mark
it PRON 3 expl
remains VERB/VBZ 0 root
in ADP 5 case
control NOUN 3 obl)");
    CHECK(t.tree.label(t.at("it")) == "nsubj");
    // "it is clear that the town fell": the clause is the subject
    HandTree c(R"(it PRON 3 expl
is AUX 3 cop
clear ADJ 0 root
that SCONJ 7 mark
the DET 6 det
town NOUN 7 nsubj
fell VERB/VBD 3 ccomp)");
    CHECK(c.tree.label(c.at("it")) == "expl");
}

TEST_CASE(
    "relation tree: a past participle with its agent right after the object describes the object's last "
    "noun") {
    // "to proclaim the founding of a state declared by the group"
    HandTree t(R"(to PART 2 mark
proclaim VERB 0 root
the DET 4 det
founding NOUN 2 obj
of ADP 7 case
a DET 7 det
state NOUN 4 nmod
declared VERB/VBN 2 xcomp
by ADP 11 case
the DET 11 det
group NOUN 8 obl:agent)");
    CHECK(t.tree.head(t.at("declared")) == t.at("state"));
    CHECK(t.tree.label(t.at("declared")) == "acl");
}

TEST_CASE(
    "relation tree: a name read as part of the date before it is the subject its appositive was read as") {
    // "in March Abu Ali, the deputy, was killed"
    HandTree t(R"(in ADP 2 case
March PROPN 7 obl
Ali PROPN 2 flat
, PUNCT 5 punct
deputy NOUN 7 nsubj:pass
was AUX 7 aux:pass
killed VERB/VBN 0 root)");
    t.tree.dates_as_modifiers({false, true, false, false, false, false, false});
    CHECK(t.tree.head(t.at("Ali")) == t.at("killed"));
    CHECK(t.tree.label(t.at("Ali")) == "nsubj:pass");
    CHECK(t.tree.head(t.at("deputy")) == t.at("Ali"));
    CHECK(t.tree.label(t.at("March")) == "obl");
}

TEST_CASE("relation tree: a particle a trigger needs, read as a phrase of the verb, is its particle") {
    // "had taken over a bridge"
    HandTree t(R"(militants NOUN 3 nsubj
had AUX 3 aux
taken VERB/VBN 0 root
over ADP 3 obl
a DET 6 det
bridge NOUN 4 obj)");
    CHECK(t.tree.label(t.at("over")) == "compound:prt");
    CHECK(t.tree.head(t.at("bridge")) == t.at("taken"));
    CHECK(t.tree.label(t.at("bridge")) == "obj");
}

TEST_CASE(
    "relation tree: a noun read as the root with a subject and no copula gives way to the verb after it") {
    // "Tal Afar, torn apart by violence, had been taken by the group"
    HandTree t(R"(Afar PROPN 5 nsubj
, PUNCT 3 punct
torn PROPN 5 amod
by ADP 5 case
violence NOUN 0 root
, PUNCT 9 punct
had AUX 9 aux
been AUX 9 aux:pass
taken VERB/VBN 5 parataxis
by ADP 11 case
group NOUN 9 obl:agent)");
    CHECK(t.tree.head(t.at("taken")) == -1);
    CHECK(t.tree.head(t.at("Afar")) == t.at("taken"));
    CHECK(t.tree.label(t.at("Afar")) == "nsubj:pass");
    CHECK(t.tree.head(t.at("violence")) == t.at("taken"));
}
