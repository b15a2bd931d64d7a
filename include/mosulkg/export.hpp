// mosulkg/export.hpp: stage 9, the files other tools and people read.
//
// Every writer returns the file's content as a string (so it can be tested
// against a golden file); `write_outputs` (output.hpp) puts the files on disk all
// at once. Everything written is escaped for its format (DOT, SVG, JSON, Markdown).
// Writers are named by what they write and in which format: `graph_json`,
// `nodes_csv`, `timeline_markdown`.
//
// Each output file is made by one registered `Exporter` (a format name for
// `--formats`, a file name and a function of the corpus); `exporters()` lists
// them. A new format is one source file that defines its writer and registers it
// with MOSULKG_EXPORTER (src/register_exporter.hpp), plus its test.
//
//   graph_json       node-link graph.json, the contract of shared/eval/README.md; each
//                    link and each timeline.json event carries its relation's CAMEO
//                    code (`cameo`, null when none)
//   graph_dot        DOT built with libcgraph: nodes shaped and coloured by type,
//                    edges labelled with relation and date (dashed when reported
//                    speech), a legend; node URL = its Wikidata page. Date nodes
//                    and on_date edges are drawn only when there are few (<= 8),
//                    nodes without an edge only when there are <= 60 nodes;
//                    relations repeated between a pair are drawn as one edge
//                    with their number and date range; a large graph is cut to
//                    its most connected nodes (see DotOptions) and laid out
//                    more compactly.
//                    The same graph gives byte-identical DOT.
//   render_svg       the DOT laid out ("dot") and rendered in-process by libgvc;
//                    works without Graphviz's plugin configuration file
//   timeline_text    the chronology for the terminal
//   timeline_markdown, timeline_json, timeline_js (TimelineJS's JSON format)
//
// For other tools (each byte-identical for the same graph):
//   graph_graphml    GraphML written by Boost.Graph's write_graphml; nodes in id
//                    order ("n0", "n1", ...), typed attributes: node id, type,
//                    label, wikidata, aliases ("; "-separated), mentions (int),
//                    in_kb (boolean); edge relation, cameo (the relation's CAMEO
//                    code, empty when none), date, granularity, place,
//                    attributed_to, confidence (double), summary, evidence
//                    ("doc:sentence; ..."). NetworkX: read_graphml.
//   nodes_csv, relationships_csv
//                    Neo4j's neo4j-admin import format: nodes.csv with header
//                    id:ID,label,type,:LABEL,wikidata,aliases:string[],mentions:int,in_kb:boolean
//                    and relationships.csv with header
//                    :START_ID,:END_ID,:TYPE,date,confidence:double,relation,cameo,place,attributed_to,summary,evidence:string[]
//                    (:TYPE is the relation in upper case; arrays split on ';';
//                    fields quoted per RFC 4180).
//   graph_ntriples   N-Triples: entities <urn:mosulkg:entity:ID> typed with
//                    schema.org classes, rdfs:label, skos:altLabel, owl:sameAs
//                    their Wikidata entity; one triple <s> <urn:mosulkg:vocab:REL> <o>
//                    per relation and one rdf:Statement per edge with its date
//                    (xsd-typed when a day, month or year), confidence, place,
//                    speaker and prov:wasDerivedFrom its documents.
// For people:
//   graph_dot(graph, documents, options)
//                    the diagram with the evidence sentences in the edge
//                    tooltips; with `options.focus` the focus entity is drawn
//                    larger and outlined (use query.hpp's `neighbourhood` to
//                    cut the graph around it first).
//   timeline_svg     the chronology as an SVG drawn directly: a vertical time
//                    axis with month ticks, one mark per event (a dot for a day,
//                    a bar for a longer period), labels pushed apart so they do
//                    not overlap, the sources' sentences in each tooltip.
//   report_html      report.html: one self-contained interactive page (no network):
//                    the diagram with pan and zoom beside the chronology, a date
//                    range and type filter, search by any alias, and for a node,
//                    edge or entry its evidence (see data/report/README.md).
//
// Thread safety: every function here may be called from several threads at once;
// render_svg and graph_dot serialise their use of Graphviz (which keeps process-wide state).
#pragma once

#include "mosulkg/chronology.hpp"
#include "mosulkg/graph.hpp"
#include "mosulkg/output.hpp"  // write_file_atomically

#include <filesystem>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace mosulkg {

// The code-point index of every document, by id.
using TextOffsets = std::map<DocId, CodepointIndex>;
TextOffsets text_offsets(const std::vector<Document>& documents);

std::string graph_json(const KnowledgeGraph& graph, const std::vector<Document>& documents);
std::string graph_json(const KnowledgeGraph& graph, const TextOffsets& offsets);
std::string graph_dot(const KnowledgeGraph& graph);

// What an edge of the diagram says in its label (the tooltip always has every report).
enum class EdgeLabels {
    automatic,  // `full` while at most 80 relation groups are drawn, `relation` above
    full,       // one edge per relation between a pair: "captured (2)" and its date or date range
    relation,   // one edge per pair: its relations, most frequent first, "said (3), met +2"; no dates
    none,       // one edge per pair, no label
};

// How graph_dot draws a graph for people. A large graph is cut down to the part a
// reader can take in; every choice is deterministic (ties go to the smaller id).
struct DotOptions {
    std::optional<EntityId> focus;  // the entity the diagram is about, highlighted
    std::string title;              // a caption above the diagram, or empty
    // At most this many nodes are drawn (0: no limit): the most connected (most
    // distinct neighbours, then most relations, then most mentions), the focus
    // always. A node none of whose drawn neighbours made the cut is left out too.
    // A note in the legend then says how many entities and relations are not drawn.
    std::size_t max_nodes = 60;
    // At most this many edges are drawn (0: no limit): those standing for the most
    // reports, then those between the best-ranked nodes.
    std::size_t max_edges = 150;
    // Only entities of these types are drawn (empty: people, groups and places, and
    // dates when there are at most 8 of them). Naming `date` draws every date node.
    std::vector<EntityType> types;
    EdgeLabels edge_labels = EdgeLabels::automatic;
};
// The diagram with evidence sentences (read from `documents`) in the edge tooltips.
std::string graph_dot(const KnowledgeGraph& graph, const std::vector<Document>& documents,
                      const DotOptions& options = {});
std::string render_svg(const std::string& dot);  // throws Error when layout fails
std::string timeline_text(const Chronology& chronology);
std::string timeline_markdown(const Chronology& chronology);
std::string timeline_json(const Chronology& chronology, const std::vector<Document>& documents);
std::string timeline_json(const Chronology& chronology, const TextOffsets& offsets);
std::string timeline_js(const Chronology& chronology);
std::string timeline_svg(const Chronology& chronology);
std::string graph_graphml(const KnowledgeGraph& graph);
std::string nodes_csv(const KnowledgeGraph& graph);
std::string relationships_csv(const KnowledgeGraph& graph);
std::string graph_ntriples(const KnowledgeGraph& graph);

// What report_html puts on the page besides the corpus.
struct ReportOptions {
    std::string title = "mosulkg report";  // the page's title and heading
    std::size_t max_mentions = 1000;       // mentions listed per entity (all are counted)
};
// The interactive report. `relations` (Corpus::relations) give the sentences that
// mentions are shown in and the speaker of each source; a mention in a sentence no
// relation was read from is shown with its document and sentence number only. Every
// text is escaped: the data is JSON in a <script type="application/json"> element
// (no "<", ">", "&", U+2028 or U+2029 unescaped) and the page inserts it as text only;
// a link is made only to a Wikidata id ("Q" and digits) and to an http(s) document URL.
// Byte-identical for the same input.
std::string report_html(const KnowledgeGraph& graph, const Chronology& chronology,
                        const std::vector<Relation>& relations, const ReportOptions& options = {});

// The earlier names of the graph writers.
[[deprecated("use graph_json")]] inline std::string to_json(const KnowledgeGraph& graph,
                                                            const std::vector<Document>& documents) {
    return graph_json(graph, documents);
}
[[deprecated("use graph_json")]] inline std::string to_json(const KnowledgeGraph& graph,
                                                            const TextOffsets& offsets) {
    return graph_json(graph, offsets);
}
[[deprecated("use graph_dot")]] inline std::string to_dot(const KnowledgeGraph& graph) {
    return graph_dot(graph);
}
[[deprecated("use graph_dot")]] inline std::string to_dot(const KnowledgeGraph& graph,
                                                          const std::vector<Document>& documents,
                                                          const DotOptions& options = {}) {
    return graph_dot(graph, documents, options);
}
[[deprecated("use graph_graphml")]] inline std::string to_graphml(const KnowledgeGraph& graph) {
    return graph_graphml(graph);
}
[[deprecated("use graph_ntriples")]] inline std::string to_ntriples(const KnowledgeGraph& graph) {
    return graph_ntriples(graph);
}

// ------------------------------------------------------------------ exporters

struct Corpus;  // pipeline.hpp

// What an exporter renders from: the corpus and how the diagram is drawn. Both
// must outlive the ExportInput. `diagram_dot` is made once and shared by the
// exporters that need it; it may be called from several threads at once.
class ExportInput {
public:
    ExportInput(const Corpus& corpus, const DotOptions& diagram) : corpus(corpus), diagram(diagram) {}
    ExportInput(const ExportInput&) = delete;
    ExportInput& operator=(const ExportInput&) = delete;

    const Corpus& corpus;
    const DotOptions& diagram;

    // graph_dot(corpus.graph, corpus.documents, diagram).
    const std::string& diagram_dot() const;

private:
    mutable std::once_flag dot_once_;
    mutable std::string dot_;
};

// One output file: the format name `--formats` selects it by (several files may
// share one: "csv" is nodes.csv and relationships.csv), its file name, a line for
// `--help`, and the function that renders it.
struct Exporter {
    std::string format;       // "json"
    std::string file;         // "graph.json": a plain file name, unique among exporters
    std::string description;  // "node-link graph (NetworkX, the evaluation contract)"
    std::function<std::string(const ExportInput&)> render;
    // Rendered before the others, beside nothing but the diagram: it needs the most memory
    // while it is built (graph.json's JSON tree).
    bool first = false;
};

// Every registered exporter, in file-name order. Thread-safe.
const std::vector<Exporter>& exporters();
// The format names, sorted, each once.
std::vector<std::string> format_names();
// The exporters of the named formats (every exporter when `formats` is empty), in
// file-name order. Throws Error naming the first unknown format.
std::vector<const Exporter*> select_exporters(const std::vector<std::string>& formats);

}  // namespace mosulkg
