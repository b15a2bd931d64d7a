// Tests of graph_dot's handling of large graphs (mosulkg/export.hpp): the node and
// edge caps, merged edges, type filters, and stable output.
#include "graph_fixture.hpp"
#include "mosulkg/export.hpp"

#include "export_dot_plan.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <algorithm>
#include <set>
#include <sstream>
#include <string>
#include <vector>

using namespace mosulkg;
using mosulkg::testing::make_node;

namespace {

Edge relation_edge(const std::string& source, const std::string& target, const char* relation,
                   const char* date = "") {
    Edge e;
    e.source = EntityId(source);
    e.target = EntityId(target);
    e.relation = relation;
    if (*date) e.date = parse_time_value(date);
    e.summary = fmt::format("{} {} {}", source, relation, target);
    return e;
}

// Five hubs with 30, 25, 20, 15 and 10 spokes each (a spoke has one relation),
// the hubs in a chain, and a pair of nodes that only know each other.
KnowledgeGraph make_hubs() {
    KnowledgeGraph g;
    auto node = [&](const std::string& id, EntityType type, const std::string& label) {
        Node n;
        n.id = EntityId(id);
        n.type = type;
        n.label = label;
        g.add_node(std::move(n));
    };
    for (int h = 0; h < 5; ++h) {
        node(fmt::format("hub{}", h), EntityType::group, fmt::format("Hub \"{}\" <{}> \\", h, h));
        for (int s = 0; s < 30 - 5 * h; ++s) {
            std::string spoke = fmt::format("spoke{}_{:02}", h, s);
            node(spoke, s % 2 ? EntityType::place : EntityType::person, fmt::format("Spoke {} of {}", s, h));
            g.add_edge(relation_edge(fmt::format("hub{}", h), spoke, "attacked", "2015-05-03"));
        }
        if (h > 0)
            g.add_edge(relation_edge(fmt::format("hub{}", h - 1), fmt::format("hub{}", h), "allied_with"));
    }
    node("x_pair_a", EntityType::person, "Pair A");
    node("x_pair_b", EntityType::person, "Pair B");
    g.add_edge(relation_edge("x_pair_a", "x_pair_b", "met"));
    g.finalize();
    return g;
}

// The ids of the entity nodes a DOT text draws (legend entries left out).
std::set<std::string> drawn_nodes(const std::string& dot) {
    std::set<std::string> ids;
    std::istringstream in(dot);
    for (std::string line; std::getline(in, line);) {
        std::size_t start = line.find_first_not_of('\t');
        if (start == 0 || start == std::string::npos) continue;
        std::size_t tab = line.find('\t', start);
        if (tab == std::string::npos || line.compare(tab, 2, "\t[") != 0) continue;
        std::string id = line.substr(start, tab - start);
        if (id.find(" -> ") != std::string::npos || id.rfind("_legend", 0) == 0) continue;
        ids.insert(id);
    }
    return ids;
}

std::size_t drawn_edges(const std::string& dot) {
    std::size_t n = 0;
    for (std::size_t at = dot.find(" -> "); at != std::string::npos; at = dot.find(" -> ", at + 1)) ++n;
    return n;
}

}  // namespace

TEST_SUITE("export") {
    TEST_CASE("the node cap keeps the most connected nodes and says how many are left out") {
        KnowledgeGraph g = make_hubs();
        DotOptions options;
        options.max_nodes = 10;
        std::string dot = graph_dot(g, {}, options);
        std::set<std::string> ids = drawn_nodes(dot);
        CHECK(ids.size() == 10);
        for (int h = 0; h < 5; ++h) CHECK_MESSAGE(ids.count(fmt::format("hub{}", h)), "hub" << h);
        // the other five places go to spokes of the first hub, in id order (equal rank)
        for (int s = 0; s < 5; ++s) CHECK(ids.count(fmt::format("spoke0_{:02}", s)));
        CHECK_FALSE(ids.count("spoke0_05"));
        CHECK_FALSE(ids.count("x_pair_a"));  // as connected as a spoke, but a larger id
        std::size_t entities = g.node_count();
        CHECK(dot.find(fmt::format("drawn: 10 of {} entities", entities)) != std::string::npos);
        CHECK(dot.find(fmt::format("({} more entities not drawn,", entities - 10)) != std::string::npos);
        CHECK(dot.find("see graph.json") != std::string::npos);
    }

    TEST_CASE("without a cap every node with a relation is drawn, and no note is written") {
        KnowledgeGraph g = make_hubs();
        DotOptions options;
        options.max_nodes = 0;
        options.max_edges = 0;
        std::string dot = graph_dot(g, {}, options);
        CHECK(drawn_nodes(dot).size() == g.node_count());
        CHECK(dot.find("_legend_not_drawn") == std::string::npos);
    }

    TEST_CASE("a node whose neighbours are all left out is left out too") {
        KnowledgeGraph g = make_hubs();
        DotOptions options;
        options.max_nodes = 3;
        std::set<std::string> ids = drawn_nodes(graph_dot(g, {}, options));
        // hub0, hub1 and hub2 rank first; hub2's only link inside is hub1, so all three stay connected
        CHECK(ids == std::set<std::string>{"hub0", "hub1", "hub2"});
        options.types = {EntityType::person, EntityType::place};  // no hubs: only the pair has a relation
        ids = drawn_nodes(graph_dot(g, {}, options));
        CHECK(ids == std::set<std::string>{"x_pair_a", "x_pair_b"});
    }

    TEST_CASE("the focus is drawn even when it is among the least connected") {
        KnowledgeGraph g = make_hubs();
        DotOptions options;
        options.max_nodes = 4;
        options.focus = EntityId("x_pair_b");
        std::set<std::string> ids = drawn_nodes(graph_dot(g, {}, options));
        CHECK(ids.count("x_pair_b"));
        CHECK(ids.count("hub0"));
        CHECK(ids.size() <= 4);
    }

    TEST_CASE("the type filter draws only the types asked for") {
        KnowledgeGraph g = make_hubs();
        DotOptions options;
        options.max_nodes = 0;
        options.types = {EntityType::group};
        std::set<std::string> ids = drawn_nodes(graph_dot(g, {}, options));
        CHECK(ids == std::set<std::string>{"hub0", "hub1", "hub2", "hub3", "hub4"});
    }

    TEST_CASE("the edge cap keeps the edges with the most reports") {
        KnowledgeGraph g = make_hubs();
        for (int i = 0; i < 3; ++i) g.add_edge(relation_edge("x_pair_a", "x_pair_b", "met", "2016-01-01"));
        g.finalize();
        DotOptions options;
        options.max_nodes = 0;
        options.max_edges = 5;
        std::string dot = graph_dot(g, {}, options);
        CHECK(drawn_edges(dot) == 5);
        CHECK(dot.find("x_pair_a -> x_pair_b") != std::string::npos);
        CHECK(dot.find("met (4)") != std::string::npos);
    }

    TEST_CASE("repeated relations between a pair are one edge with their number and dates") {
        KnowledgeGraph g;
        g.add_node(make_node("a", EntityType::group, "Group A"));
        g.add_node(make_node("b", EntityType::place, "Town B"));
        g.add_edge(relation_edge("a", "b", "attacked", "2015-03-04"));
        g.add_edge(relation_edge("a", "b", "attacked", "2015-01-02"));
        g.add_edge(relation_edge("a", "b", "attacked", "2015-02"));
        g.add_edge(relation_edge("a", "b", "captured", "2015-03-05"));
        g.add_edge(relation_edge("a", "b", "captured", "2015-03-05"));
        g.finalize();
        std::string dot = graph_dot(g, {}, {});
        CHECK(drawn_edges(dot) == 2);
        CHECK(dot.find("label=\"attacked (3)\\n2015-01-02 \u2013 2015-03-04\"") != std::string::npos);
        CHECK(dot.find("label=\"captured (2)\\n2015-03-05\"") != std::string::npos);

        DotOptions by_pair;
        by_pair.edge_labels = EdgeLabels::relation;
        dot = graph_dot(g, {}, by_pair);
        CHECK(drawn_edges(dot) == 1);
        CHECK(dot.find("label=\"attacked (3), captured (2)\"") != std::string::npos);

        DotOptions bare;
        bare.edge_labels = EdgeLabels::none;
        dot = graph_dot(g, {}, bare);
        CHECK(drawn_edges(dot) == 1);
        CHECK(dot.find("attacked (3)") == std::string::npos);
        CHECK(dot.find("a -> b\t[tooltip=") != std::string::npos);
    }

    TEST_CASE("two dates are both shown, and a large graph's labels name relations only") {
        KnowledgeGraph g;
        g.add_node(make_node("a", EntityType::person, "A"));
        g.add_node(make_node("b", EntityType::group, "B"));
        g.add_edge(relation_edge("a", "b", "said", "2017-04-17"));
        g.add_edge(relation_edge("a", "b", "said", "2017-04-18"));
        g.finalize();
        CHECK(graph_dot(g, {}, {}).find("said (2)\\n2017-04-17, 2017-04-18") != std::string::npos);
        // the whole hub graph has more than 80 relation groups: automatic labels drop the dates
        DotOptions all;
        all.max_nodes = 0;
        all.max_edges = 0;
        std::string dot = graph_dot(make_hubs(), {}, all);
        CHECK(dot.find("label=attacked") != std::string::npos);
        CHECK(dot.find("2015-05-03") == std::string::npos);
    }

    TEST_CASE("a large graph gives byte-identical DOT and SVG, with its labels escaped") {
        DotOptions options;
        options.max_nodes = 20;
        std::string first = graph_dot(make_hubs(), {}, options);
        std::string second = graph_dot(make_hubs(), {}, options);
        CHECK(first == second);
        CHECK(first.find("label=\"Hub \\\"0\\\" <0> \\\\ \"") != std::string::npos);
        std::string svg = render_svg(first);
        CHECK(svg == render_svg(second));
        CHECK(svg.find(">Hub &quot;0&quot; &lt;0&gt; \\") != std::string::npos);
        CHECK(svg.find("<0>") == std::string::npos);
        CHECK(svg.find("drawn: 20 of") != std::string::npos);
    }

    TEST_CASE("the plan of the diagram is chosen without Graphviz") {
        KnowledgeGraph g = make_hubs();
        DotOptions options;
        options.max_nodes = 10;
        detail::DiagramPlan plan = detail::plan_diagram(g, options);
        CHECK(plan.node_count() == 10);
        CHECK(plan.unlinked.empty());
        for (int h = 0; h < 5; ++h) CHECK(plan.linked.count(EntityId(fmt::format("hub{}", h))));
        CHECK(plan.entities == g.node_count());
        CHECK(plan.entities_drawn == 10);
        CHECK(plan.relations == g.edge_count());
        CHECK(plan.choice.labels == EdgeLabels::full);
        // every edge drawn joins two drawn nodes, and the plan's edges are those of the DOT text
        for (const auto& d : plan.choice.edges)
            for (std::size_t i : d.groups) {
                CHECK(plan.linked.count(plan.groups[i].source));
                CHECK(plan.linked.count(plan.groups[i].target));
            }
        CHECK(plan.choice.edges.size() == drawn_edges(graph_dot(g, {}, options)));
    }

    TEST_CASE("the edge choice keeps the most reported edges under the cap") {
        std::vector<detail::RelationGroup> groups;
        Edge once = relation_edge("a", "b", "met");
        Edge twice = relation_edge("b", "c", "attacked");
        groups.push_back({EntityId("a"), EntityId("b"), {&once}});
        groups.push_back({EntityId("b"), EntityId("c"), {&twice, &twice}});
        std::set<EntityId> selected{EntityId("a"), EntityId("b"), EntityId("c")};
        std::map<EntityId, std::size_t> rank{{EntityId("a"), 0}, {EntityId("b"), 1}, {EntityId("c"), 2}};
        DotOptions options;
        options.max_edges = 1;
        detail::EdgeChoice choice = detail::choose_edges(groups, selected, rank, options);
        REQUIRE(choice.edges.size() == 1);
        CHECK(choice.capped);
        CHECK(choice.edges[0].groups == std::vector<std::size_t>{1});
        CHECK(choice.edges[0].reports == 2);
        options.max_edges = 0;
        options.edge_labels = EdgeLabels::relation;
        choice = detail::choose_edges(groups, selected, rank, options);
        CHECK(choice.edges.size() == 2);
        CHECK_FALSE(choice.capped);
        CHECK(choice.labels == EdgeLabels::relation);
        selected.erase(EntityId("c"));
        CHECK(detail::choose_edges(groups, selected, rank, options).edges.size() == 1);
    }

}  // TEST_SUITE
