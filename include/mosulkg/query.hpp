// mosulkg/query.hpp: questions asked of a finished knowledge graph.
//
// Every function takes the graph by const reference and answers with references
// into it (`const Node&`, `const Edge&`, never copies: a node holds every
// mention) or with a new `KnowledgeGraph`, sorted so that the same graph gives the
// same answer. The references stay valid while the graph is neither modified nor
// destroyed. An entity is named by its `EntityId`; use `KnowledgeGraph::find`
// first to go from a name ("Daesh") to an id.
//
//     auto is = graph.find("Daesh");
//     for (const auto& n : mosulkg::neighbours(graph, is->id, "captured")) ...
//     auto events = mosulkg::edges_between(graph, date::year(2016) / 10 / 17, date::year(2016) / 10 / 31);
//     auto path = mosulkg::shortest_path(graph, a, b);
//     mosulkg::KnowledgeGraph around = mosulkg::neighbourhood(graph, is->id, 2);
//
// Date nodes ("date_2016-10-17") link everything that happened on one day, so a
// walk through them joins unrelated events: paths and neighbourhoods do not go
// through date nodes (a neighbourhood still shows the dates of its events).
#pragma once

#include "mosulkg/graph.hpp"

#include <date/date.h>

#include <functional>
#include <optional>
#include <string_view>
#include <vector>

namespace mosulkg {

enum class Direction { outgoing, incoming, both };

// One neighbour of an entity: the node at the other end of `edge`, and whether
// `edge` leaves the entity (outgoing) or arrives at it. Both point into the graph
// and are never null.
struct Neighbour {
    const Node* node = nullptr;
    const Edge* edge = nullptr;
    bool outgoing = true;
};

using NodeRefs = std::vector<std::reference_wrapper<const Node>>;
using EdgeRefs = std::vector<std::reference_wrapper<const Edge>>;

// The neighbours of `id` over edges of relation `relation` (every relation when
// empty), one entry per edge, sorted by relation, neighbour id and date. Empty
// when `id` is not in the graph.
std::vector<Neighbour> neighbours(const KnowledgeGraph& graph, const EntityId& id,
                                  std::string_view relation = {}, Direction direction = Direction::both);

// The dated relations (events) whose date shares at least one day with the
// closed window [from, to], in chronological order. Edges to date nodes
// ("on_date") are left out: they repeat the event they date. Edges whose date
// is not a calendar period ("XXXX-10") never match.
EdgeRefs edges_between(const KnowledgeGraph& graph, date::sys_days from, date::sys_days to);

// Everything one source document says: the entities it mentions and the
// relations it is evidence for (on_date edges left out), both in graph order.
// Like the node and edge references, `document` points into the graph (its
// documents()), never null: the graph must outlive it unmodified.
struct DocumentContent {
    const DocumentInfo* document = nullptr;
    NodeRefs nodes;
    EdgeRefs edges;
};
// std::nullopt when the graph has no document with that id.
std::optional<DocumentContent> document_content(const KnowledgeGraph& graph, const DocId& doc);

// A shortest path: nodes from the first entity to the second, and the edge
// taken between each two consecutive nodes (edges.size() == nodes.size() - 1).
// Edges are followed in either direction.
struct Path {
    NodeRefs nodes;
    EdgeRefs edges;
    std::size_t length() const noexcept { return edges.size(); }
};
// The fewest-hops path between two entities (breadth-first search over the
// graph seen as undirected, not through date nodes). std::nullopt when either is
// missing or no path joins them; a path of length 0 when from == to.
std::optional<Path> shortest_path(const KnowledgeGraph& graph, const EntityId& from, const EntityId& to);

// The entities at most `depth` hops from `center` (edges followed in either
// direction, not through date nodes), every edge among them, and the date
// nodes of the events among them, as a new graph with the documents it cites. An empty
// graph when `center` is missing.
KnowledgeGraph neighbourhood(const KnowledgeGraph& graph, const EntityId& center, std::size_t depth);

// The events (see edges_between) of the window [from, to] with their nodes and
// the date nodes they link to, as a new graph with the documents it cites.
KnowledgeGraph period(const KnowledgeGraph& graph, date::sys_days from, date::sys_days to);

}  // namespace mosulkg
