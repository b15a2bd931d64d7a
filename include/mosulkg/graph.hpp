// mosulkg/graph.hpp: stage 7, the knowledge graph over all documents.
//
// One Boost.Graph `adjacency_list` holds every entity of every document as one
// vertex (people, groups, places, and the dates events happened on) and every
// relation as one edge, with bundled properties. Entities are merged across
// documents by id: the linker gives every spelling of one real entity the same
// id. Callers see values (`Node`, `Edge`), never vertex descriptors.
#pragma once

#include "mosulkg/document.hpp"
#include "mosulkg/kb.hpp"
#include "mosulkg/linker.hpp"
#include "mosulkg/relations.hpp"

#include <boost/graph/adjacency_list.hpp>

#include <map>
#include <optional>
#include <string>
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

    const std::vector<DocumentInfo>& documents() const noexcept { return documents_; }
    std::vector<Node> nodes() const;   // sorted by id
    std::vector<Edge> edges() const;   // sorted by source, target, relation, date
    std::optional<Node> node(const EntityId& id) const;
    std::optional<Node> find(std::string_view alias) const;  // by label or any surface form
    std::size_t node_count() const noexcept { return boost::num_vertices(g_); }
    std::size_t edge_count() const noexcept { return boost::num_edges(g_); }

    // The underlying graph, for Boost.Graph algorithms.
    const Storage& storage() const noexcept { return g_; }

private:
    Storage::vertex_descriptor ensure(const EntityId& id, EntityType type, const std::string& label);

    Storage g_;
    std::map<EntityId, Storage::vertex_descriptor> index_;
    std::vector<DocumentInfo> documents_;
};

}  // namespace mosulkg
