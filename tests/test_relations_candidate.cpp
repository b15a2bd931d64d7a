// Tests for src/relations_candidate.hpp: which sentences the relation stage parses.
#include "relations_candidate.hpp"

#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <vector>

using namespace mosulkg;
using detail::candidate_sentence;
using detail::SentenceCues;

namespace {

const RelationLexicon& lex() {
    return RelationLexicon::defaults();
}

// One sentence's words (lower case); a word written "[word:type]" or "[word:type:new]" is a
// mention (of a known entity, or of one the knowledge base does not know).
struct Words {
    std::vector<std::string> lower;
    std::vector<const RelationLexicon::Trigger*> triggers;
    std::vector<bool> named;
    std::vector<Mention> mentions;
    std::vector<const Mention*> sm;

    explicit Words(const std::string& text) {
        std::istringstream in(text);
        for (std::string w; in >> w;) {
            bool name = w.front() == '[';
            Mention m;
            if (name) {
                w = w.substr(1, w.size() - 2);
                auto colon = w.find(':');
                std::string type = w.substr(colon + 1);
                w = w.substr(0, colon);
                m.in_kb = type.find(":new") == std::string::npos;
                type = type.substr(0, type.find(':'));
                m.type = type == "person"  ? EntityType::person
                         : type == "place" ? EntityType::place
                                           : EntityType::group;
                mentions.push_back(m);
            }
            const auto& forms = lex().triggers_of(w);
            lower.push_back(w);
            triggers.push_back(forms.empty() ? nullptr : &lex().triggers()[forms.front()]);
            named.push_back(name);
        }
        for (const auto& m : mentions) sm.push_back(&m);
    }
    bool candidate(bool dated, bool named_before = false) const {
        return candidate_sentence(lex(), SentenceCues{lower, triggers, named, sm, dated, named_before});
    }
};

}  // namespace

TEST_CASE("relation candidates: the lexicon finds a form's triggers in file order") {
    const auto& took = lex().triggers_of("took");
    REQUIRE(took.size() >= 2);
    for (std::size_t k : took) CHECK(lex().triggers()[k].form == "took");
    for (std::size_t i = 1; i < took.size(); ++i) CHECK(took[i - 1] < took[i]);
    CHECK(lex().triggers_of("weather").empty());
    CHECK(lex().triggers_of("Captured").empty());  // forms are lower case
    CHECK(!lex().triggers_of("captured").empty());
}

TEST_CASE("relation candidates: an act's trigger with a known entity") {
    CHECK(Words("[mosul:place] was captured").candidate(false));
    CHECK_FALSE(Words("[mosul:place] was quiet").candidate(true, true));  // no trigger
    CHECK_FALSE(Words("the town was captured").candidate(false));         // no name
}

TEST_CASE("relation candidates: a trigger inside a name makes no act") {
    CHECK_FALSE(Words("[battle:place] [mosul:place] ended").candidate(true, true));
    CHECK(Words("the battle for [mosul:place] ended").candidate(false));
}

TEST_CASE("relation candidates: an unknown name or an earlier actor needs a date") {
    CHECK_FALSE(Words("[qayyarah:place:new] was captured").candidate(false));
    CHECK(Words("[qayyarah:place:new] was captured").candidate(true));
    CHECK_FALSE(Words("they captured the town").candidate(true));
    CHECK(Words("they captured the town").candidate(true, true));
    CHECK_FALSE(Words("they captured the town").candidate(false, true));
}

TEST_CASE("relation candidates: with no name, a word must stand for one named before") {
    CHECK(Words("the town was captured").candidate(true, true));  // the last town named
    CHECK(Words("he captured it").candidate(true, true));
    CHECK_FALSE(Words("he captured it").candidate(true, false));  // no one named before
    CHECK_FALSE(Words("nothing was captured").candidate(true, true));
    CHECK_FALSE(Words("an area was captured").candidate(true, true));
}

TEST_CASE("relation candidates: a statement needs a name, a date and someone to have said it") {
    CHECK(Words("[smith:person:new] said the roads were open").candidate(true));
    CHECK_FALSE(Words("[smith:person:new] said the roads were open").candidate(false, true));
    CHECK_FALSE(Words("he said the roads were open").candidate(true, true));  // no name in it
    // only a place is named, and no person or group before: no speaker
    CHECK_FALSE(Words("officials in [paris:place] said the roads were open").candidate(true));
    CHECK(Words("officials in [paris:place] said the roads were open").candidate(true, true));
    CHECK(Words("officials in [paris:group] said the roads were open").candidate(true));
    // a declaration needs no speaker: what is declared is named
    CHECK(Words("[paris:place] announced a curfew").candidate(true));
}

TEST_CASE("relation candidates: a statement beside a trigger inside a name is read as before") {
    // an act's trigger inside a name, a known entity: parsed, undated, for the statement
    CHECK(Words("[smith:person:new] said the [battle:place] [mosul:place] ended").candidate(false));
    CHECK_FALSE(Words("[smith:person:new] said [mosul:place] is calm").candidate(false));
    CHECK_FALSE(Words("officials said the [battle:place] [mosul:place] ended").candidate(true));
}
