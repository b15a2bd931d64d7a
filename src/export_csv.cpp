// Node and relationship files in the CSV format of Neo4j's `neo4j-admin database import`.
#include "mosulkg/export.hpp"

#include "escape.hpp"
#include "register_exporter.hpp"

#include <fmt/format.h>

#include <cctype>

namespace mosulkg {

namespace {

// One CSV field (RFC 4180): quoted when it holds a comma, quote or line break;
// quotes doubled. Control characters become spaces, so a record is one line.
std::string field(std::string_view s) {
    std::string v = detail::one_line(s);
    if (v.find_first_of(",\"") == std::string::npos) return v;
    std::string out = "\"";
    for (char c : v) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

// An element of an array field: Neo4j splits arrays on ';'.
std::string array_element(std::string s) {
    for (char& c : s)
        if (c == ';') c = ',';
    return s;
}

std::string neo4j_label(EntityType t) {
    std::string s(to_string(t));
    if (!s.empty()) s[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(s[0])));
    return "Entity;" + s;
}

std::string neo4j_type(std::string_view relation) {
    std::string s(relation);
    for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return s;
}

}  // namespace

std::string nodes_csv(const KnowledgeGraph& graph) {
    std::string out = "id:ID,label,type,:LABEL,wikidata,aliases:string[],mentions:int,in_kb:boolean\n";
    for (const Node& n : graph.nodes()) {
        std::vector<std::string> aliases;
        for (const std::string& a : n.aliases) aliases.push_back(array_element(a));
        out += fmt::format("{},{},{},{},{},{},{},{}\n", field(n.id.str()), field(n.label), to_string(n.type),
                           neo4j_label(n.type), field(n.wikidata),
                           field(fmt::format("{}", fmt::join(aliases, ";"))), n.mentions.size(),
                           n.in_kb ? "true" : "false");
    }
    return out;
}

std::string relationships_csv(const KnowledgeGraph& graph) {
    std::string out =
        ":START_ID,:END_ID,:TYPE,date,confidence:double,relation,cameo,place,attributed_to,summary,"
        "evidence:string[]\n";
    for (const Edge& e : graph.edges()) {
        std::vector<std::string> evidence;
        for (const Provenance& p : e.evidence)
            evidence.push_back(array_element(fmt::format("{}:{}", p.doc.str(), p.sentence)));
        out += fmt::format("{},{},{},{},{},{},{},{},{},{},{}\n", field(e.source.str()), field(e.target.str()),
                           field(neo4j_type(e.relation)), field(e.date ? e.date->value : std::string()),
                           e.confidence, field(e.relation), field(e.cameo),
                           field(e.place ? e.place->str() : std::string()),
                           field(e.attributed_to ? e.attributed_to->str() : std::string()), field(e.summary),
                           field(fmt::format("{}", fmt::join(evidence, ";"))));
    }
    return out;
}

MOSULKG_EXPORTER(csv) {
    list.push_back({"csv", "nodes.csv", "Neo4j import: the nodes",
                    [](const ExportInput& in) { return nodes_csv(in.corpus.graph); }});
    list.push_back({"csv", "relationships.csv", "Neo4j import: the relationships",
                    [](const ExportInput& in) { return relationships_csv(in.corpus.graph); }});
}

}  // namespace mosulkg
