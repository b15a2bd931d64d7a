// Tests of mosulkg/graph.hpp.
#include "mosulkg/error.hpp"
#include "mosulkg/graph.hpp"

#include "graph_fixture.hpp"

#include <doctest/doctest.h>

using namespace mosulkg;
using mosulkg::testing::fixture_graph;

namespace {

// The mention of `surface` in d's text (its first occurrence at or after `from`).
Mention mention_in(const Document& d, const char* surface, const char* id, EntityType type, const char* label,
                   std::size_t from = 0) {
    Mention m;
    const std::size_t at = d.text.find(surface, from);
    m.where = {d.id, 0, {at, at + std::string(surface).size()}};
    m.text = surface;
    m.entity = EntityId(id);
    m.type = type;
    m.label = label;
    return m;
}

}  // namespace

TEST_SUITE("graph") {
    TEST_CASE("add merges mentions by id and dates events with a date node") {
        Document d;
        d.id = DocId("note");
        d.text = "Amal Haddad met the Hill Guard in Lakeside on 2 March 2015. Haddad left.";
        auto mention = [&](const char* surface, const char* id, EntityType type, const char* label,
                           std::size_t from = 0) { return mention_in(d, surface, id, type, label, from); };
        std::vector<Mention> mentions = {
            mention("Amal Haddad", "amal_haddad", EntityType::person, "Amal Haddad"),
            mention("Hill Guard", "hill_guard", EntityType::group, "Hill Guard"),
            mention("Lakeside", "lakeside", EntityType::place, "Lakeside"),
            mention("Haddad", "amal_haddad", EntityType::person, "Amal Haddad", 20)};
        Relation r;
        r.type = "talks_with";
        r.actor = EntityId("amal_haddad");
        r.target = EntityId("hill_guard");
        r.place = EntityId("lakeside");
        r.date = parse_time_value("2015-03-02");
        r.evidence = {d.id, 0, {0, 60}};
        KnowledgeGraph g;
        g.add(d, mentions, {r}, KnowledgeBase(), RelationLexicon::defaults());
        g.finalize();
        CHECK(g.node_count() == 4);  // three entities and one date
        CHECK(g.edge_count() == 2);  // the relation and its on_date link
        auto haddad = g.node(EntityId("amal_haddad"));
        REQUIRE(haddad != nullptr);
        CHECK(haddad->mentions.size() == 2);
        CHECK(haddad->aliases == std::vector<std::string>{"Haddad"});
        CHECK(g.node(EntityId("date_2015-03-02")) != nullptr);
        CHECK(g.documents().size() == 1);
    }

    TEST_CASE("an act with no target is an edge to its place only where acting there is acting on it") {
        Document d;
        d.id = DocId("note");
        d.text = "The Hill Guard took villages near Lakeside and shelled Lakeside on 2 March 2015.";
        auto act = [&](const char* type) {
            Relation r;
            r.type = type;
            r.actor = EntityId("hill_guard");
            r.place = EntityId("lakeside");
            r.date = parse_time_value("2015-03-02");
            r.evidence = {d.id, 0, {0, 80}};
            return r;
        };
        KnowledgeGraph g;
        g.add(d, {}, {act("captured"), act("attacked")}, KnowledgeBase(), RelationLexicon::defaults());
        g.finalize();
        std::vector<std::string> to_place;
        for (const Edge& e : g.edges())
            if (e.target == EntityId("lakeside")) to_place.push_back(e.relation);
        CHECK(to_place == std::vector<std::string>{"attacked"});
    }

    TEST_CASE("an act in a country is no edge to the country") {
        Document d;
        d.id = DocId("note");
        d.text = "The peshmerga launched an offensive in Iraq on 20 November 2014.";
        Relation r;
        r.type = "launched_offensive";
        r.actor = EntityId("peshmerga");
        r.place = EntityId("iraq");
        r.date = parse_time_value("2014-11-20");
        r.evidence = {d.id, 0, {0, 63}};
        Relation in_town = r;
        in_town.place = EntityId("mosul");
        KnowledgeGraph g;
        g.add(d, {}, {r, in_town}, KnowledgeBase::defaults(), RelationLexicon::defaults());
        g.finalize();
        std::vector<std::string> targets;
        for (const Edge& e : g.edges())
            if (e.relation == "launched_offensive") targets.push_back(e.target.str());
        CHECK(targets == std::vector<std::string>{"mosul"});
    }

    TEST_CASE("a leader announcing a liberation is no edge saying he took the town") {
        Document d;
        d.id = DocId("note");
        d.text = "Amal Haddad announced the liberation of Lakeside on 2 March 2015.";
        const Mention m = mention_in(d, "Amal Haddad", "amal_haddad", EntityType::person, "Amal Haddad");
        Relation r;
        r.type = "recaptured";
        r.actor = EntityId("amal_haddad");
        r.attributed_to = EntityId("amal_haddad");
        r.target = EntityId("lakeside");
        r.date = parse_time_value("2015-03-02");
        r.evidence = {d.id, 0, {0, 64}};
        KnowledgeGraph g;
        g.add(d, {m}, {r}, KnowledgeBase(), RelationLexicon::defaults());
        g.finalize();
        for (const Edge& e : g.edges()) CHECK(e.relation != "recaptured");
        // a force that says it took the town did, by its word
        r.actor = r.attributed_to = EntityId("hill_guard");
        KnowledgeGraph forces;
        forces.add(d, {}, {r}, KnowledgeBase(), RelationLexicon::defaults());
        forces.finalize();
        int taken = 0;
        for (const Edge& e : forces.edges()) taken += e.relation == "recaptured";
        CHECK(taken == 1);
    }

    TEST_CASE("find looks up ids, labels, surface forms and case-folded names") {
        KnowledgeGraph g = fixture_graph();
        CHECK(g.find("river_brigade")->label == "The \"River\" Brigade, East");
        CHECK(g.find("The \"River\" Brigade, East")->id == EntityId("river_brigade"));
        CHECK(g.find("the brigade")->id == EntityId("river_brigade"));
        CHECK(g.find("HILL TOWN")->id == EntityId("hill_town"));
        CHECK(g.find("Valley Town") == nullptr);
        CHECK(g.find("") == nullptr);
    }

    TEST_CASE("find prefers the entity whose label the name is") {
        KnowledgeGraph g;
        Node a;
        a.id = EntityId("north_town");
        a.label = "North Town";
        Node b;
        b.id = EntityId("north_town_district");
        b.label = "North Town District";
        b.aliases = {"North Town"};
        g.add_node(b);
        g.add_node(a);
        CHECK(g.find("North Town")->id == EntityId("north_town"));
        CHECK(g.find("north town")->id == EntityId("north_town"));
    }

    TEST_CASE("add_node and add_edge refuse what would break the graph") {
        KnowledgeGraph g = fixture_graph();
        Node dup;
        dup.id = EntityId("lakeside");
        CHECK_THROWS_AS(g.add_node(dup), Error);
        Edge e;
        e.source = EntityId("lakeside");
        e.target = EntityId("nowhere");
        CHECK_THROWS_AS(g.add_edge(e), Error);
        CHECK(g.vertex(EntityId("lakeside")).has_value());
        CHECK_FALSE(g.vertex(EntityId("nowhere")).has_value());
    }

    TEST_CASE("nodes and edges come out sorted") {
        KnowledgeGraph g = fixture_graph();
        auto nodes = g.nodes();
        CHECK(std::is_sorted(nodes.begin(), nodes.end(),
                             [](const Node& a, const Node& b) { return a.id < b.id; }));
        auto edges = g.edges();
        REQUIRE(edges.size() == 7);
        CHECK(edges.front().get().source == EntityId("far_group"));
    }

}  // TEST_SUITE
