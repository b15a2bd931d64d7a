// Tests of report_html (export.hpp): the page is self-contained, carries the corpus as
// JSON that cannot end its <script> element, links only to Wikidata ids and http(s)
// URLs, and places every mention in its sentence.
#include "mosulkg/export.hpp"

#include "graph_fixture.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <string>

using namespace mosulkg;
using mosulkg::testing::fixture_graph;

namespace {

std::size_t count(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
}

// The JSON of the page's data element.
nlohmann::json page_data(const std::string& html) {
    const std::string open = "<script type=\"application/json\" id=\"mosulkg-data\">";
    auto begin = html.find(open);
    REQUIRE(begin != std::string::npos);
    begin += open.size();
    auto end = html.find("</script>", begin);
    REQUIRE(end != std::string::npos);
    return nlohmann::json::parse(html.substr(begin, end - begin));
}

Relation relation_at(const Provenance& where, std::string sentence, const char* type, const char* speaker) {
    Relation r;
    r.type = type;
    r.evidence = where;
    r.sentence = std::move(sentence);
    if (*speaker) r.attributed_to = EntityId(speaker);
    return r;
}

}  // namespace

TEST_CASE("report: one self-contained page with the graph, its documents and its links") {
    KnowledgeGraph g = fixture_graph();
    std::string html = report_html(g, Chronology{}, {});
    CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
    CHECK(count(html, "<script") == 2);
    CHECK(count(html, "</script") == 2);
    CHECK(html.find("<link") == std::string::npos);
    CHECK(html.find(" src=") == std::string::npos);
    CHECK(html.find("default-src 'none'") != std::string::npos);  // nothing is fetched
    CHECK(html.find("{{") == std::string::npos);                  // every marker filled
    nlohmann::json d = page_data(html);
    CHECK(d["nodes"].size() == g.node_count());
    CHECK(d["edges"].size() == g.edge_count());
    CHECK(d["docs"][0][2] == "https://example.org/news/1");
    bool wikidata = false;
    for (const auto& n : d["nodes"])
        if (n["id"] == "lakeside") wikidata = n["wikidata"] == "Q99999901";
    CHECK(wikidata);
    // text with markup is there as text, never as markup
    CHECK(html.find("<tag>") == std::string::npos);
    CHECK(html.find("\\u003ctag\\u003e") != std::string::npos);
    CHECK(report_html(g, Chronology{}, {}) == html);  // byte-identical
}

TEST_CASE("report: hostile names, URLs and Wikidata ids stay inert") {
    KnowledgeGraph g;
    g.add_document({DocId("d"), "</script><img src=x onerror=alert(1)>", "javascript:alert(1)", std::nullopt,
                    DateSource::unknown});
    Node n = mosulkg::testing::make_node(
        "evil", EntityType::person, "Karim \"Q\" </script><img src=x onerror=alert(1)> <!-- \xE2\x80\xA8 x");
    n.wikidata = "javascript:alert(1)";
    g.add_node(n);
    g.finalize();
    ReportOptions options;
    options.title = "</title><script>alert(1)</script>";
    std::string html = report_html(g, Chronology{}, {}, options);
    CHECK(count(html, "</script") == 2);
    CHECK(html.find("<img") == std::string::npos);
    CHECK(html.find("<!--") == std::string::npos);
    CHECK(html.find("\xE2\x80\xA8") == std::string::npos);
    CHECK(html.find("javascript:") == std::string::npos);
    CHECK(html.find("&lt;/title&gt;&lt;script&gt;") != std::string::npos);
    nlohmann::json d = page_data(html);
    CHECK(d["nodes"][0]["label"] == n.label);  // the name itself, shown as text by the page
    CHECK(d["nodes"][0]["wikidata"] == "");
    CHECK(d["docs"][0][2] == "");
    CHECK(d["title"] == options.title);
}

TEST_CASE("report: mentions in their sentences, sources with speakers and dates, entries with edges") {
    // a sentence with characters of 2, 3 and 4 bytes before the mention
    const std::string sentence =
        "\xC3\x89lan \xE2\x80\x99 \xF0\x9F\x98\x80 Hill Town fell, Karim Saleh said.";
    KnowledgeGraph g;
    g.add_document({DocId("d"), "Fall", "", std::nullopt, DateSource::unknown});
    Mention m;
    m.where = {DocId("d"), 2, {100 + sentence.find("Hill Town"), 100 + sentence.find("Hill Town") + 9}};
    m.text = "Hill Town";
    m.entity = EntityId("hill_town");
    g.add_node(mosulkg::testing::make_node("hill_town", EntityType::place, "Hill Town", {m}));
    g.add_node(mosulkg::testing::make_node("karim_saleh", EntityType::person, "Karim Saleh"));
    g.add_node(mosulkg::testing::make_node("brigade", EntityType::group, "Brigade"));
    const Provenance where{DocId("d"), 2, {100, 100 + sentence.size()}};
    g.add_edge(mosulkg::testing::make_edge("brigade", "hill_town", "captured", "2015-06-01", where,
                                           "Brigade captured Hill Town"));
    g.finalize();
    Chronology c;
    ChronologyEntry e;
    e.id = "2015-06-01_captured_hill_town";
    e.date = *parse_time_value("2015-06-01");
    e.relation = "captured";
    e.summary = "Hill Town was captured";
    e.participants = {EntityId("hill_town")};
    e.sources.push_back({where, sentence, *parse_time_value("2015-06-01")});
    e.sources.push_back({Provenance{DocId("d"), 5, {400, 420}}, "", *parse_time_value("2015-06-02")});
    c.entries.push_back(e);
    std::vector<Relation> relations = {relation_at(where, sentence, "captured", "karim_saleh")};
    nlohmann::json d = page_data(report_html(g, c, relations));

    REQUIRE(d["sentences"].size() == 1);
    CHECK(d["sentences"][0] == sentence);
    const auto& node = d["nodes"][1];  // brigade, hill_town, karim_saleh
    REQUIRE(node["id"] == "hill_town");
    REQUIRE(node["mentions"].size() == 1);
    const auto& mention = node["mentions"][0];
    CHECK(mention[0] == 0);   // the document
    CHECK(mention[1] == 2);   // its sentence number
    CHECK(mention[3] == 0);   // the sentence's text
    CHECK(mention[4] == 10);  // "Élan ’ 😀 " in UTF-16 code units: 5 + 2 + 3
    CHECK(node["mention_count"] == 1);

    const auto& entry = d["entries"][0];
    CHECK(entry["first"] == "2015-06-01");
    CHECK(entry["sources"][0]["speaker"] == "Karim Saleh");
    CHECK(entry["sources"][0]["text"] == 0);
    CHECK(entry["sources"][1]["text"] == -1);  // a sentence that was not kept
    CHECK(entry["sources"][1]["date"] == "2015-06-02");
    CHECK(entry["participants"] == nlohmann::json::array({1}));
    CHECK(entry["edges"] == nlohmann::json::array({0}));
    CHECK(d["edges"][0]["entries"] == nlohmann::json::array({0}));
    CHECK(d["edges"][0]["sources"][0] == nlohmann::json::array({0, 2, 0}));
}
