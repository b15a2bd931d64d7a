// Tests of the export.hpp writers for other tools (GraphML, Neo4j CSV,
// N-Triples) and of the timeline diagram, on the graph of graph_fixture.hpp.
//
// Golden files in tests/golden/; after an intended change of a format rewrite them with
//     MOSULKG_UPDATE_GOLDEN=1 ./mosulkg_tests -ts=export_formats
// and review the difference.
#include "mosulkg/export.hpp"
#include "mosulkg/query.hpp"

#include "graph_fixture.hpp"

#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

using namespace mosulkg;
using mosulkg::testing::fixture_documents;
using mosulkg::testing::fixture_graph;
namespace fs = std::filesystem;

namespace {

void compare_golden(const std::string& name, const std::string& actual) {
    fs::path path = fs::path(MOSULKG_TEST_DIR) / "golden" / name;
    const char* update = std::getenv("MOSULKG_UPDATE_GOLDEN");
    if (update && std::string(update) == "1") {
        std::ofstream(path, std::ios::binary) << actual;
        MESSAGE("rewrote " << path.string());
        return;
    }
    std::ifstream in(path, std::ios::binary);
    REQUIRE_MESSAGE(in.good(), "missing golden file " << path.string());
    std::ostringstream expected;
    expected << in.rdbuf();
    CHECK_MESSAGE(actual == expected.str(),
                  "output differs from " << path.string() << " (MOSULKG_UPDATE_GOLDEN=1 rewrites it)");
}

Chronology fixture_chronology() {
    Chronology c;
    auto entry = [](const char* date, const char* relation, const char* summary) {
        ChronologyEntry e;
        e.id = std::string(date) + "_" + relation;
        e.date = *parse_time_value(date);
        e.relation = relation;
        e.summary = summary;
        Source s;
        s.where = mosulkg::testing::line_of("d1", mosulkg::testing::kDocOne, 0);
        s.text = "A \"quoted\" <sentence> & more";
        s.date = e.date;
        e.sources.push_back(s);
        return e;
    };
    c.entries.push_back(
        entry("2015-05-03", "captured", "The \"River\" Brigade captured Lakeside <east> & west"));
    c.entries.push_back(entry("2015-06", "attacked", "The brigade attacked Hill Town"));
    c.entries.push_back(entry("XXXX-10", "said", "Karim Saleh said something in October"));
    return c;
}

std::size_t count(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
}

}  // namespace

TEST_SUITE("export_formats") {
    TEST_CASE("writers for other tools match their golden files") {
        KnowledgeGraph g = fixture_graph();
        compare_golden("graph.graphml", graph_graphml(g));
        compare_golden("nodes.csv", nodes_csv(g));
        compare_golden("relationships.csv", relationships_csv(g));
        compare_golden("graph.nt", graph_ntriples(g));
        compare_golden("timeline.svg", timeline_svg(fixture_chronology()));
        compare_golden("focus.dot",
                       graph_dot(neighbourhood(g, EntityId("river_brigade"), 1), fixture_documents(),
                                 {EntityId("river_brigade"), "The brigade"}));
    }

    TEST_CASE("GraphML has typed attributes and escapes text") {
        std::string x = graph_graphml(fixture_graph());
        CHECK(x.find("attr.name=\"confidence\" attr.type=\"double\"") != std::string::npos);
        CHECK(x.find("attr.name=\"mentions\" attr.type=\"int\"") != std::string::npos);
        CHECK(count(x, "<node id=") == 8);
        CHECK(count(x, "<edge id=") == 7);
        CHECK(x.find("&lt;tag&gt; &amp; more") != std::string::npos);
        CHECK(x.find("<tag>") == std::string::npos);
    }

    TEST_CASE("CSV fields are quoted when they must be") {
        std::string nodes = nodes_csv(fixture_graph());
        CHECK(nodes.rfind("id:ID,label,type,:LABEL,", 0) == 0);
        CHECK(nodes.find("river_brigade,\"The \"\"River\"\" Brigade, East\",group,Entity;Group,") !=
              std::string::npos);
        CHECK(count(nodes, "\n") == 9);
        std::string rels = relationships_csv(fixture_graph());
        CHECK(rels.rfind(":START_ID,:END_ID,:TYPE,date,confidence:double,", 0) == 0);
        CHECK(rels.find("river_brigade,lakeside,CAPTURED,2015-05-03,0.75,captured,") != std::string::npos);
        CHECK(count(rels, "\n") == 8);
    }

    TEST_CASE("GraphML and CSV carry each relation's CAMEO code") {
        KnowledgeGraph g = fixture_graph();
        std::string x = graph_graphml(g);
        CHECK(x.find("<key id=\"") != std::string::npos);
        CHECK(x.find("for=\"edge\" attr.name=\"cameo\" attr.type=\"string\"") != std::string::npos);
        CHECK(x.find(">192</data>") != std::string::npos);  // captured: Occupy territory
        CHECK(x.find(">057</data>") != std::string::npos);  // allied_with: the leading zero kept
        std::string rels = relationships_csv(g);
        CHECK(rels.find(",relation,cameo,place,") != std::string::npos);
        CHECK(rels.find(",captured,192,") != std::string::npos);
        CHECK(rels.find(",attacked,190,") != std::string::npos);
        CHECK(rels.find(",leads,,") != std::string::npos);  // no code: an empty field
    }

    TEST_CASE("N-Triples escape literals and link Wikidata") {
        std::string nt = graph_ntriples(fixture_graph());
        CHECK(nt.find("<urn:mosulkg:entity:lakeside> <http://www.w3.org/2002/07/owl#sameAs> "
                      "<http://www.wikidata.org/entity/Q99999901> .") != std::string::npos);
        CHECK(nt.find("\"The \\\"River\\\" Brigade, East\"") != std::string::npos);
        CHECK(nt.find("back\\\\slash") != std::string::npos);
        CHECK(nt.find("\"2015-06\"^^<http://www.w3.org/2001/XMLSchema#gYearMonth>") != std::string::npos);
        std::istringstream lines(nt);
        for (std::string line; std::getline(lines, line);) {
            INFO(line);
            CHECK(line.size() > 2);
            CHECK(line.compare(line.size() - 2, 2, " .") == 0);
            CHECK(line.front() == '<');
        }
    }

    TEST_CASE("the timeline diagram escapes text and places every event") {
        std::string svg = timeline_svg(fixture_chronology());
        CHECK(svg.find("&lt;east&gt; &amp; west") != std::string::npos);
        CHECK(svg.find("<east>") == std::string::npos);
        CHECK(count(svg, "<g class=\"event\">") == 3);
        CHECK(svg.find("Without a calendar date") != std::string::npos);
        CHECK(count(svg, "<circle") == 1);  // the day; the month is a bar
    }

    TEST_CASE("the diagram quotes evidence sentences and marks the focus") {
        std::string dot =
            graph_dot(fixture_graph(), fixture_documents(), {EntityId("lakeside"), "Around Lakeside"});
        CHECK(dot.find("captured Lakeside on 3 May 2015.") != std::string::npos);
        CHECK(dot.find("Around Lakeside") != std::string::npos);
        CHECK(dot.find("penwidth=3") != std::string::npos);
        CHECK(graph_dot(fixture_graph()).find("penwidth") == std::string::npos);
    }

}  // TEST_SUITE
