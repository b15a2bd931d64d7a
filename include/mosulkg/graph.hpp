// mosulkg/graph.hpp: stage 7, the knowledge graph over all documents.
//
// One Boost.Graph `adjacency_list` holds every entity of every document as one
// vertex (people, groups, places, and the dates events happened on) and every
// relation as one edge, with bundled properties. Entities are merged across
// documents by id: the linker gives every spelling of one real entity the same
// id. Callers see values (`Node`, `Edge`), never vertex descriptors.
//
// Lookups by id and by name use indexes (no scan). Questions about the graph
// (neighbours, a time window, a document, paths, subgraphs) are free functions
// in mosulkg/query.hpp.
//
// Thread safety: const member functions may be called from several threads at
// once; `add`, `finalize`, `add_node`, `add_edge` and `add_document` may not run
// while any other call is running on the same graph.
#pragma once

#include "mosulkg/document.hpp"
#include "mosulkg/kb.hpp"
#include "mosulkg/linker.hpp"
#include "mosulkg/relations.hpp"

#include <boost/graph/adjacency_list.hpp>

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mosulkg {

struct Node {
    EntityId id;
    EntityType type = EntityType::group;
    std::string label;
    std::vector<std::string> aliases;   // every surface form seen, sorted, without the label
    std::string wikidata;               // "Q..." or empty
    bool in_kb = false;
    std::vector<Mention> mentions;      // every mention, in document order
};

struct Edge {
    EntityId source;
    EntityId target;
    std::string relation;
    std::optional<TimeValue> date;
    std::optional<EntityId> place;
    std::optional<EntityId> attributed_to;
    double confidence = 0.5;
    std::vector<Provenance> evidence;
    std::vector<std::string> sentences;  // the evidence sentences' text, one per evidence, when known
    std::string summary;
};

// The metadata of one input document, as the graph records it.
struct DocumentInfo {
    DocId id;
    std::string title;
    std::string url;
    std::optional<date::year_month_day> published;
    DateSource published_source = DateSource::unknown;
};

class KnowledgeGraph {
public:
    using Storage = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, Node, Edge>;

    // Adds a document's metadata, mentions and relations. Mentions of an id
    // already in the graph join its node; a knowledge-base entity takes its
    // canonical label and Wikidata id from `kb`.
    void add(const Document& doc, const std::vector<Mention>& mentions,
             const std::vector<Relation>& relations, const KnowledgeBase& kb);

    // Sorts node mentions and aliases and edge order so that output is stable.
    void finalize();

    // Building a graph from values (the queries of query.hpp make subgraphs this way).
    // `add_node` throws Error when a node with that id is already in the graph;
    // `add_edge` throws Error when its source or target is not. Neither sorts:
    // call `finalize` when done if the node values are not sorted already.
    void add_node(Node node);
    void add_edge(Edge edge);
    void add_document(DocumentInfo info);

    const std::vector<DocumentInfo>& documents() const noexcept { return documents_; }
    std::vector<Node> nodes() const;   // sorted by id
    std::vector<Edge> edges() const;   // sorted by source, target, relation, date
    std::optional<Node> node(const EntityId& id) const;
    // The label of a node, without copying the node; std::nullopt when it is not in the graph.
    std::optional<std::string> label(const EntityId& id) const;
    // The entity a name stands for, looked up in an index, in this order: its id,
    // its label, any surface form seen in the articles, then the same ignoring
    // ASCII case ("daesh" finds what "Daesh" finds). When several entities share
    // a name, the one whose label it is wins, then the most mentioned, then the
    // smallest id. std::nullopt when nothing has that name.
    std::optional<Node> find(std::string_view alias) const;
    std::size_t node_count() const noexcept { return boost::num_vertices(g_); }
    std::size_t edge_count() const noexcept { return boost::num_edges(g_); }

    // The underlying graph, for Boost.Graph algorithms, and the vertex of an id in it.
    const Storage& storage() const noexcept { return g_; }
    std::optional<Storage::vertex_descriptor> vertex(const EntityId& id) const;

private:
    using Vertex = Storage::vertex_descriptor;
    Vertex ensure(const EntityId& id, EntityType type, const std::string& label);
    void index_name(const std::string& name, Vertex v);
    std::optional<Node> best(const std::vector<Vertex>& candidates, std::string_view name) const;

    Storage g_;
    std::map<EntityId, Storage::vertex_descriptor> index_;
    std::map<std::string, std::vector<Vertex>, std::less<>> names_;         // label or surface form
    std::map<std::string, std::vector<Vertex>, std::less<>> folded_names_;  // the same, ASCII lower case
    std::vector<DocumentInfo> documents_;
};

}  // namespace mosulkg
