// Tests of mosulkg/query.hpp, on the hand-made graph of graph_fixture.hpp.
#include "mosulkg/query.hpp"

#include "graph_fixture.hpp"

#include <doctest/doctest.h>

using namespace mosulkg;
using mosulkg::testing::fixture_graph;

namespace {

date::sys_days day(int y, unsigned m, unsigned d) {
    return date::sys_days(date::year(y) / m / d);
}

template <class Nodes>
std::vector<std::string> ids(const Nodes& nodes) {
    std::vector<std::string> out;
    for (const Node& n : nodes) out.push_back(n.id.str());
    return out;
}

std::vector<std::string> relations(const EdgeRefs& edges) {
    std::vector<std::string> out;
    for (const Edge& e : edges) out.push_back(e.relation);
    return out;
}

}  // namespace

TEST_SUITE("query") {
    TEST_CASE("queries answer with references into the graph, not copies") {
        KnowledgeGraph g = fixture_graph();
        const Node* brigade = g.node(EntityId("river_brigade"));
        REQUIRE(brigade != nullptr);
        CHECK(g.find("the brigade") == brigade);
        auto all = neighbours(g, EntityId("river_brigade"));
        REQUIRE_FALSE(all.empty());
        CHECK(all[0].node == g.node(all[0].node->id));
        const auto& storage = g.storage();
        bool points_into_graph = false;
        for (auto e : boost::make_iterator_range(boost::edges(storage)))
            points_into_graph = points_into_graph || &storage[e] == all[0].edge;
        CHECK(points_into_graph);
        auto first = g.nodes().begin();
        CHECK(&*first == g.node(first->id));
        const Edge& edge = g.edges().front();
        bool same_edge = false;
        for (const Neighbour& n : neighbours(g, edge.source)) same_edge = same_edge || n.edge == &edge;
        CHECK(same_edge);
    }

    TEST_CASE("neighbours by relation and direction") {
        KnowledgeGraph g = fixture_graph();
        auto all = neighbours(g, EntityId("river_brigade"));
        REQUIRE(all.size() == 4);  // attacked, captured, leads (incoming), on_date
        CHECK(all[0].edge->relation == "attacked");
        CHECK(all[0].node->id == EntityId("hill_town"));
        auto captured = neighbours(g, EntityId("river_brigade"), "captured");
        REQUIRE(captured.size() == 1);
        CHECK(captured[0].node->label == "Lakeside");
        CHECK(captured[0].outgoing);
        auto led_by = neighbours(g, EntityId("river_brigade"), {}, Direction::incoming);
        REQUIRE(led_by.size() == 1);
        CHECK(led_by[0].node->id == EntityId("karim_saleh"));
        CHECK_FALSE(led_by[0].outgoing);
        CHECK(neighbours(g, EntityId("river_brigade"), "leads", Direction::outgoing).empty());
        CHECK(neighbours(g, EntityId("nobody")).empty());
    }

    TEST_CASE("edges in a time window overlap it and leave out date links") {
        KnowledgeGraph g = fixture_graph();
        CHECK(relations(edges_between(g, day(2015, 5, 1), day(2015, 5, 31))) ==
              std::vector<std::string>{"allied_with", "captured"});
        CHECK(relations(edges_between(g, day(2015, 5, 20), day(2015, 6, 1))) ==
              std::vector<std::string>{"attacked"});
        CHECK(relations(edges_between(g, day(2015, 5, 3), day(2015, 6, 30))) ==
              std::vector<std::string>{"allied_with", "captured", "attacked"});
        CHECK(edges_between(g, day(2016, 1, 1), day(2016, 12, 31)).empty());
    }

    TEST_CASE("what one document says") {
        KnowledgeGraph g = fixture_graph();
        auto d2 = document_content(g, DocId("d2"));
        REQUIRE(d2.has_value());
        CHECK(d2->document->title == "Attack on Hill Town");
        // a view into the graph's documents, not a copy
        const auto& docs = g.documents();
        CHECK(d2->document >= docs.data());
        CHECK(d2->document < docs.data() + docs.size());
        CHECK(d2->document->id == DocId("d2"));
        CHECK(ids(d2->nodes) == std::vector<std::string>{"far_group", "hill_town", "karim_saleh",
                                                         "other_group", "river_brigade"});
        CHECK(relations(d2->edges) == std::vector<std::string>{"allied_with", "attacked"});
        CHECK_FALSE(document_content(g, DocId("d9")).has_value());
    }

    TEST_CASE("shortest path follows edges both ways and never through a date") {
        KnowledgeGraph g = fixture_graph();
        auto p = shortest_path(g, EntityId("karim_saleh"), EntityId("hill_province"));
        REQUIRE(p.has_value());
        CHECK(p->length() == 3);
        CHECK(ids(p->nodes) ==
              std::vector<std::string>{"karim_saleh", "river_brigade", "lakeside", "hill_province"});
        CHECK(relations(p->edges) == std::vector<std::string>{"leads", "captured", "located_in"});
        auto back = shortest_path(g, EntityId("hill_province"), EntityId("karim_saleh"));
        REQUIRE(back.has_value());
        CHECK(back->length() == 3);
        // far_group and river_brigade share only a date node
        CHECK_FALSE(shortest_path(g, EntityId("far_group"), EntityId("river_brigade")).has_value());
        CHECK_FALSE(shortest_path(g, EntityId("far_group"), EntityId("nobody")).has_value());
        auto self = shortest_path(g, EntityId("lakeside"), EntityId("lakeside"));
        REQUIRE(self.has_value());
        CHECK(self->length() == 0);
        CHECK(self->nodes.size() == 1);
    }

    TEST_CASE("neighbourhood of an entity is a graph of its own") {
        KnowledgeGraph g = fixture_graph();
        KnowledgeGraph one = neighbourhood(g, EntityId("karim_saleh"), 1);
        CHECK(ids(one.nodes()) == std::vector<std::string>{"karim_saleh", "river_brigade"});
        CHECK(relations(one.edges()) == std::vector<std::string>{"leads"});
        KnowledgeGraph two = neighbourhood(g, EntityId("karim_saleh"), 2);
        CHECK(ids(two.nodes()) == std::vector<std::string>{"date_2015-05-03", "hill_town", "karim_saleh",
                                                           "lakeside", "river_brigade"});
        CHECK(two.edge_count() == 4);
        CHECK(two.documents().size() == 2);
        CHECK(two.find("Lakeside") != nullptr);
        CHECK(neighbourhood(g, EntityId("nobody"), 3).node_count() == 0);
    }

    TEST_CASE("period keeps the events of a window and their nodes") {
        KnowledgeGraph g = fixture_graph();
        KnowledgeGraph june = period(g, day(2015, 6, 1), day(2015, 6, 30));
        CHECK(ids(june.nodes()) == std::vector<std::string>{"hill_town", "river_brigade"});
        CHECK(relations(june.edges()) == std::vector<std::string>{"attacked"});
        CHECK(june.documents().size() == 2);  // d1 mentions the brigade, d2 reports the attack
        KnowledgeGraph may = period(g, day(2015, 5, 3), day(2015, 5, 3));
        CHECK(may.node_count() == 5);
        CHECK(may.edge_count() == 4);
    }

}  // TEST_SUITE
