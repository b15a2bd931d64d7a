// mosulkg/graph.hpp: stage 7, the knowledge graph over all documents.
//
// One Boost.Graph `adjacency_list` holds every entity of every document as one
// vertex (people, groups, places, and the dates events happened on) and every
// relation as one edge, with bundled properties. Entities are merged across
// documents by id: the linker gives every spelling of one real entity the same
// id. Callers see `Node` and `Edge` values by const reference (never copied: a
// node holds every mention), never vertex descriptors. A reference or view into
// the graph stays valid until the graph is modified (add_*, finalize) or destroyed.
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

#include <functional>
#include <iterator>
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
    std::vector<std::string> aliases;  // every surface form seen, sorted, without the label
    std::string wikidata;              // "Q..." or empty
    bool in_kb = false;
    std::vector<Mention> mentions;  // every mention, in document order
};

struct Edge {
    EntityId source;
    EntityId target;
    std::string relation;
    std::string cameo;  // the relation's CAMEO event code (relations.tsv), or empty when it has none
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
    using Vertex = Storage::vertex_descriptor;

    // Adds a document's metadata, mentions and relations. Mentions of an id
    // already in the graph join its node; a knowledge-base entity takes its
    // canonical label and Wikidata id from `kb`. A relation with a calendar date also
    // links its actor to the date's node, with `lexicon`'s relation of kind date
    // ("on_date"; none when the vocabulary has no such relation).
    void add(const Document& doc, const std::vector<Mention>& mentions,
             const std::vector<Relation>& relations, const KnowledgeBase& kb, const RelationLexicon& lexicon);

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
    // Every node, sorted by id, as a view: `for (const Node& n : graph.nodes())`.
    class NodeRange;
    NodeRange nodes() const noexcept;
    // Every edge, sorted by source, target, relation, date, as references into the graph.
    std::vector<std::reference_wrapper<const Edge>> edges() const;
    // The node of an id; nullptr when it is not in the graph.
    const Node* node(const EntityId& id) const;
    // The label of a node, without copying the node; std::nullopt when it is not in the graph.
    std::optional<std::string> label(const EntityId& id) const;
    // The entity a name stands for, looked up in an index, in this order: its id,
    // its label, any surface form seen in the articles, then the same ignoring
    // ASCII case ("daesh" finds what "Daesh" finds). When several entities share
    // a name, the one whose label it is wins, then the most mentioned, then the
    // smallest id. nullptr when nothing has that name.
    const Node* find(std::string_view alias) const;
    // Whether `e` links an act's actor to the date node of the act ("on_date"): its
    // target is a node of type date.
    bool dates_act(const Edge& e) const;
    std::size_t node_count() const noexcept { return boost::num_vertices(g_); }
    std::size_t edge_count() const noexcept { return boost::num_edges(g_); }

    // The underlying graph, for Boost.Graph algorithms, and the vertex of an id in it.
    const Storage& storage() const noexcept { return g_; }
    std::optional<Storage::vertex_descriptor> vertex(const EntityId& id) const;

private:
    Vertex ensure(const EntityId& id, EntityType type, const std::string& label);
    void index_name(const std::string& name, Vertex v);
    const Node* best(const std::vector<Vertex>& candidates, std::string_view name) const;

    Storage g_;
    std::map<EntityId, Storage::vertex_descriptor> index_;
    std::map<std::string, std::vector<Vertex>, std::less<>> names_;         // label or surface form
    std::map<std::string, std::vector<Vertex>, std::less<>> folded_names_;  // the same, ASCII lower case
    std::vector<DocumentInfo> documents_;
};

// The nodes of a graph in id order, without copying them.
class KnowledgeGraph::NodeRange {
public:
    class iterator {
    public:
        using iterator_category = std::forward_iterator_tag;
        using value_type = Node;
        using difference_type = std::ptrdiff_t;
        using pointer = const Node*;
        using reference = const Node&;

        iterator() = default;
        iterator(std::map<EntityId, Vertex>::const_iterator at, const Storage* g) : at_(at), g_(g) {}
        const Node& operator*() const { return (*g_)[at_->second]; }
        const Node* operator->() const { return &**this; }
        iterator& operator++() {
            ++at_;
            return *this;
        }
        iterator operator++(int) {
            iterator old = *this;
            ++at_;
            return old;
        }
        friend bool operator==(const iterator& a, const iterator& b) { return a.at_ == b.at_; }
        friend bool operator!=(const iterator& a, const iterator& b) { return a.at_ != b.at_; }

    private:
        std::map<EntityId, Vertex>::const_iterator at_;
        const Storage* g_ = nullptr;
    };

    NodeRange(const std::map<EntityId, Vertex>& index, const Storage& g) : index_(&index), g_(&g) {}
    iterator begin() const { return {index_->begin(), g_}; }
    iterator end() const { return {index_->end(), g_}; }
    std::size_t size() const noexcept { return index_->size(); }
    bool empty() const noexcept { return index_->empty(); }

private:
    const std::map<EntityId, Vertex>* index_;
    const Storage* g_;
};

inline KnowledgeGraph::NodeRange KnowledgeGraph::nodes() const noexcept {
    return {index_, g_};
}

}  // namespace mosulkg
