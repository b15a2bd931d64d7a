// Relations added to the vocabulary by its data files alone (data/relations/): each is read,
// given its roles, summarised and exported with no code of its own.
#include "mosulkg/relations.hpp"

#include "mosulkg/chronology.hpp"
#include "mosulkg/document.hpp"
#include "mosulkg/graph.hpp"
#include "mosulkg/kb.hpp"
#include "mosulkg/linker.hpp"
#include "mosulkg/syntax.hpp"
#include "mosulkg/text.hpp"
#include "mosulkg/timex.hpp"

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

using namespace mosulkg;

namespace {

// The relations of one article published on 6 March 2015 (its date line says so) with `body`.
std::vector<Relation> relations_of(const std::string& body) {
    static const Linker linker(KnowledgeBase::defaults());
    static const TimexTagger tagger;
    Document doc = make_document(DocId("t"), "Workers seized\n\nMarch 6, 2015\n\n" + body + "\n");
    doc.published = date::year(2015) / 3 / 6;
    doc.published_source = DateSource::stated;
    Text text = segment(doc);
    std::vector<Mention> mentions = linker.link(doc, text);
    std::vector<Timex> timexes = tagger.tag(doc.text, text, doc.published);
    return extract_relations(doc, text, mentions, timexes, RelationLexicon::defaults(),
                             KnowledgeBase::defaults(), Parser::defaults());
}

std::vector<Relation> of_type(const std::vector<Relation>& relations, const std::string& type) {
    std::vector<Relation> out;
    for (const Relation& r : relations)
        if (r.type == type) out.push_back(r);
    return out;
}

std::string dump(const std::vector<Relation>& relations) {
    std::string s;
    for (const Relation& r : relations)
        s += "[" + r.type + " a=" + (r.actor ? r.actor->str() : "-") +
             " o=" + (r.target ? r.target->str() : "-") + " place=" + (r.place ? r.place->str() : "-") +
             " date=" + (r.date ? r.date->value : "-") + " '" + r.summary + "'] ";
    return s;
}

}  // namespace

TEST_SUITE("relation_data") {
    TEST_CASE("abducted is a relation of the vocabulary with its CAMEO code and forms") {
        const RelationLexicon& lexicon = RelationLexicon::defaults();
        const RelationInfo* info = lexicon.info("abducted");
        REQUIRE(info);
        CHECK(info->kind == RelationKind::event);
        CHECK(info->cameo == "181");  // Abduct, hijack, or take hostage
        CHECK(lexicon.form("abducted"));
        for (const char* form : {"abducted", "kidnapped", "abduction", "kidnapping"}) {
            INFO(form);
            bool found = false;
            for (std::size_t k : lexicon.triggers_of(form))
                found = found || lexicon.triggers()[k].relation == "abducted";
            CHECK(found);
        }
    }

    TEST_CASE("an abduction told in the active voice has its actor and reads naturally") {
        auto all = relations_of("Islamic State militants abducted 40 Indian workers in Mosul on Tuesday.");
        INFO(dump(all));
        auto rs = of_type(all, "abducted");
        REQUIRE(rs.size() == 1);
        const Relation& r = rs[0];
        CHECK(r.actor == EntityId("islamic_state"));
        CHECK(r.place == EntityId("mosul"));
        REQUIRE(r.date);
        CHECK(r.date->value == "2015-03-03");  // the Tuesday before the article's Friday
        CHECK(r.summary == "Islamic State abducted 40 Indian workers in Mosul");
    }

    TEST_CASE("an abduction told in the passive voice takes its actor from the by phrase") {
        auto all = relations_of("Two engineers were kidnapped by ISIS in Tikrit in February.");
        INFO(dump(all));
        auto rs = of_type(all, "abducted");
        REQUIRE(rs.size() == 1);
        const Relation& r = rs[0];
        CHECK(r.actor == EntityId("islamic_state"));
        CHECK(r.place == EntityId("tikrit"));
        REQUIRE(r.date);
        CHECK(r.date->value == "2015-02");
        CHECK(r.summary == "Islamic State abducted two engineers in Tikrit");
    }

    TEST_CASE("an abduction enters the chronology with its summary and CAMEO code") {
        auto all = relations_of("Islamic State militants abducted 40 Indian workers in Mosul on Tuesday.");
        INFO(dump(all));
        static const KnowledgeGraph graph;
        Chronology c =
            build_chronology(all, graph, KnowledgeBase::defaults(),
                             {date::year(2015) / date::January, date::year(2015) / date::December});
        const ChronologyEntry* entry = nullptr;
        for (const ChronologyEntry& e : c.entries)
            if (e.relation == "abducted") entry = &e;
        REQUIRE(entry);
        CHECK(entry->date.value == "2015-03-03");
        CHECK(entry->cameo == "181");
        CHECK(entry->summary == "Islamic State abducted 40 Indian workers in Mosul");
    }

    TEST_CASE("taking hostages is an abduction, not a capture") {
        auto all = relations_of("ISIS gunmen took hostage a group of nurses in Tikrit on Monday.");
        INFO(dump(all));
        CHECK(of_type(all, "abducted").size() == 1);
        CHECK(of_type(all, "captured").empty());
    }
}  // TEST_SUITE

namespace {

std::string read_data_file(const std::string& name) {
    std::ifstream in(std::string(MOSULKG_SOURCE_DIR) + "/data/relations/" + name);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// The installed lexicon with `extra` lines added to its cues.tsv.
RelationLexicon with_cues(const std::string& extra) {
    static const std::string relations = read_data_file("relations.tsv"),
                             triggers = read_data_file("triggers.tsv"),
                             generic = read_data_file("generic_actors.tsv"),
                             same_time = read_data_file("same_time.txt"), forms = read_data_file("forms.tsv");
    static std::string cues;
    cues = read_data_file("cues.tsv") + extra;
    return RelationLexicon::parse({relations, triggers, cues, generic, same_time, forms}, "test");
}

}  // namespace

TEST_SUITE("relation_data") {
    TEST_CASE("the endings a cue lists are read with the stem they need") {
        const RelationLexicon& lexicon = RelationLexicon::defaults();
        CHECK(lexicon.ends_with_cue("past_ending", "liberated", 3));
        CHECK(lexicon.ends_with_cue("past_ending", "retaken", 3));
        CHECK_FALSE(lexicon.ends_with_cue("past_ending", "red", 3));
        CHECK_FALSE(lexicon.ends_with_cue("past_ending", "storming", 3));
        CHECK(lexicon.ends_with_cue("progressive_ending", "storming", 2));
    }

    TEST_CASE("a verb that reports its complement done is data: implicative") {
        Document doc = make_document(
            DocId("t"), "Workers\n\nMarch 6, 2015\n\nIraqi troops contrived to retake Baiji on Friday.\n");
        doc.published = date::year(2015) / 3 / 6;
        doc.published_source = DateSource::stated;
        static const Linker linker(KnowledgeBase::defaults());
        static const TimexTagger tagger;
        Text text = segment(doc);
        std::vector<Mention> mentions = linker.link(doc, text);
        std::vector<Timex> timexes = tagger.tag(doc.text, text, doc.published);
        auto run = [&](const RelationLexicon& lexicon) {
            return of_type(extract_relations(doc, text, mentions, timexes, lexicon, KnowledgeBase::defaults(),
                                             Parser::defaults()),
                           "recaptured");
        };
        CHECK(run(RelationLexicon::defaults()).empty());
        RelationLexicon tuned = with_cues("implicative\tcontrived\n");
        auto found = run(tuned);
        REQUIRE(found.size() == 1);
        CHECK(found[0].target == EntityId("baiji"));
    }
}
