// What the diagram draws (export.hpp: graph_dot), chosen apart from drawing it:
// the relation groups, the nodes kept under DotOptions' limits, the edges drawn
// between them and what is left out. Nothing here calls Graphviz.
#pragma once

#include "mosulkg/export.hpp"

#include <cstddef>
#include <map>
#include <set>
#include <vector>

namespace mosulkg::detail {

// The reports of one relation from one node to another, said as fact or as reported speech.
struct RelationGroup {
    EntityId source;
    EntityId target;
    std::vector<const Edge*> edges;
    bool dates_act = false;  // its edges link an act's actor to the act's date node
};

// One edge of the drawing: a relation group, or every group between a pair.
struct DrawnEdge {
    std::vector<std::size_t> groups;  // indexes into DiagramPlan::groups
    std::size_t reports = 0;
};

struct EdgeChoice {
    std::vector<DrawnEdge> edges;
    EdgeLabels labels = EdgeLabels::full;
    bool capped = false;  // max_edges left some out
};

// Everything the diagram shows; pointers and ids refer into the graph it was made from.
struct DiagramPlan {
    std::vector<RelationGroup> groups;  // of the entities that may be drawn
    EdgeChoice choice;                  // the edges drawn and how they are labelled
    std::set<EntityId> linked;          // nodes drawn with their edges
    std::set<EntityId> unlinked;        // nodes without a relation, drawn in a box of their own
    // What the legend's note counts (date nodes and the edges to them are not counted).
    std::size_t entities = 0, entities_drawn = 0, relations = 0, relations_drawn = 0;

    bool drawn(const EntityId& id) const { return linked.count(id) || unlinked.count(id); }
    std::size_t node_count() const { return linked.size() + unlinked.size(); }
};

// The edges drawn between `selected` nodes, at most `options.max_edges` (0: all);
// `rank` orders the nodes, best first.
EdgeChoice choose_edges(const std::vector<RelationGroup>& groups, const std::set<EntityId>& selected,
                        const std::map<EntityId, std::size_t>& rank, const DotOptions& options);

// What to draw of `graph` under `options`.
DiagramPlan plan_diagram(const KnowledgeGraph& graph, const DotOptions& options);

}  // namespace mosulkg::detail
