// A small hand-made knowledge graph shared by the query and exporter tests.
//
//   Karim Saleh --leads--> The "River" Brigade --captured 2015-05-03--> Lakeside --located_in--> Hill
//   Province The "River" Brigade --attacked 2015-06 (per Karim Saleh)--> Hill Town Far Group --allied_with-->
//   Other Group; Far Group --on_date--> 2015-05-03 (no path through the date)
#pragma once

#include "mosulkg/chronology.hpp"
#include "mosulkg/graph.hpp"

#include <string>
#include <vector>

namespace mosulkg::testing {

inline const char* const kDocOne =
    "The \"River\" Brigade, led by Karim Saleh, captured Lakeside on 3 May 2015.\n"
    "Lakeside lies in Hill Province.\n";
inline const char* const kDocTwo =
    "Karim Saleh said the brigade attacked Hill Town in June 2015.\n"
    "Far Group and Other Group agreed on an alliance on 3 May 2015.\n";

inline Provenance line_of(const std::string& doc, const char* text, std::size_t index) {
    std::string t(text);
    std::size_t begin = 0;
    for (std::size_t i = 0; i < index; ++i) begin = t.find('\n', begin) + 1;
    std::size_t end = t.find('\n', begin);
    return {DocId(doc), index, {begin, end}};
}

inline Mention mention_in(const std::string& doc, const char* text, std::string surface, const char* id) {
    std::string t(text);
    Mention m;
    std::size_t at = t.find(surface);
    m.where.doc = DocId(doc);
    m.where.span = {at, at + surface.size()};
    m.where.sentence = t.substr(0, at).find('\n') == std::string::npos ? 0 : 1;
    m.text = std::move(surface);
    m.entity = EntityId(id);
    return m;
}

inline Node make_node(const char* id, EntityType type, const char* label, std::vector<Mention> mentions = {},
                      const char* wikidata = "") {
    Node n;
    n.id = EntityId(id);
    n.type = type;
    n.label = label;
    n.wikidata = wikidata;
    n.in_kb = *wikidata != '\0';
    for (Mention& m : mentions) {
        m.type = type;
        m.label = label;
        if (m.text != n.label) n.aliases.push_back(m.text);
    }
    n.mentions = std::move(mentions);
    return n;
}

inline Edge make_edge(const char* s, const char* t, const char* relation, const char* date, Provenance p,
                      std::string summary, double confidence = 0.75) {
    Edge e;
    e.source = EntityId(s);
    e.target = EntityId(t);
    e.relation = relation;
    if (const RelationInfo* info = RelationLexicon::defaults().info(relation)) e.cameo = info->cameo;
    if (*date) e.date = parse_time_value(date);
    e.confidence = confidence;
    e.evidence.push_back(std::move(p));
    e.summary = std::move(summary);
    return e;
}

inline std::vector<Document> fixture_documents() {
    Document one;
    one.id = DocId("d1");
    one.title = "Brigade takes Lakeside";
    one.text = kDocOne;
    Document two;
    two.id = DocId("d2");
    two.title = "Attack on Hill Town";
    two.text = kDocTwo;
    return {one, two};
}

inline KnowledgeGraph fixture_graph() {
    KnowledgeGraph g;
    g.add_document({DocId("d1"), "Brigade takes Lakeside", "https://example.org/news/1",
                    date::year(2015) / 5 / 4, DateSource::stated});
    g.add_document({DocId("d2"), "Attack on Hill Town", "", std::nullopt, DateSource::unknown});
    g.add_node(make_node("karim_saleh", EntityType::person, "Karim Saleh",
                         {mention_in("d1", kDocOne, "Karim Saleh", "karim_saleh"),
                          mention_in("d2", kDocTwo, "Karim Saleh", "karim_saleh")}));
    g.add_node(make_node("river_brigade", EntityType::group, "The \"River\" Brigade, East",
                         {mention_in("d1", kDocOne, "The \"River\" Brigade", "river_brigade"),
                          mention_in("d2", kDocTwo, "the brigade", "river_brigade")}));
    g.add_node(make_node("lakeside", EntityType::place, "Lakeside",
                         {mention_in("d1", kDocOne, "Lakeside", "lakeside")}, "Q99999901"));
    g.add_node(make_node("hill_province", EntityType::place, "Hill Province",
                         {mention_in("d1", kDocOne, "Hill Province", "hill_province")}));
    g.add_node(make_node("hill_town", EntityType::place, "Hill Town",
                         {mention_in("d2", kDocTwo, "Hill Town", "hill_town")}));
    g.add_node(make_node("far_group", EntityType::group, "Far Group",
                         {mention_in("d2", kDocTwo, "Far Group", "far_group")}));
    g.add_node(make_node("other_group", EntityType::group, "Other Group",
                         {mention_in("d2", kDocTwo, "Other Group", "other_group")}));
    g.add_node(make_node("date_2015-05-03", EntityType::date, "2015-05-03"));
    g.add_edge(make_edge("karim_saleh", "river_brigade", "leads", "", line_of("d1", kDocOne, 0),
                         "Karim Saleh leads the brigade", 0.9));
    g.add_edge(make_edge("river_brigade", "lakeside", "captured", "2015-05-03", line_of("d1", kDocOne, 0),
                         "The \"River\" Brigade, East captured Lakeside; back\\slash, <tag> & more"));
    g.add_edge(make_edge("river_brigade", "date_2015-05-03", "on_date", "2015-05-03",
                         line_of("d1", kDocOne, 0), "The \"River\" Brigade, East captured Lakeside"));
    g.add_edge(make_edge("lakeside", "hill_province", "located_in", "", line_of("d1", kDocOne, 1),
                         "Lakeside lies in Hill Province", 0.5));
    Edge attack = make_edge("river_brigade", "hill_town", "attacked", "2015-06", line_of("d2", kDocTwo, 0),
                            "The brigade attacked Hill Town, according to Karim Saleh", 0.6);
    attack.attributed_to = EntityId("karim_saleh");
    g.add_edge(attack);
    g.add_edge(make_edge("far_group", "other_group", "allied_with", "2015-05-03", line_of("d2", kDocTwo, 1),
                         "Far Group allied with Other Group"));
    g.add_edge(make_edge("far_group", "date_2015-05-03", "on_date", "2015-05-03", line_of("d2", kDocTwo, 1),
                         "Far Group allied with Other Group"));
    g.finalize();
    return g;
}

}  // namespace mosulkg::testing
