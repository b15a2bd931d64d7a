// What the diagram draws (export_dot_plan.hpp); export_dot.cpp draws it.
#include "export_dot_plan.hpp"

#include <algorithm>
#include <string>
#include <tuple>

namespace mosulkg::detail {

namespace {

// Above this many date nodes, dates are left out of the diagram (the chronology covers them).
constexpr std::size_t kMaxDateNodes = 8;
// Above this many nodes, nodes without an edge are left out.
constexpr std::size_t kMaxNodesWithIsolated = 60;
// Above this many relation groups drawn, automatic edge labels give a pair's relations without dates.
constexpr std::size_t kFullLabelGroups = 80;
// Rounds of replacing nodes left without a drawn edge by the next ones in rank.
constexpr std::size_t kSelectionRounds = 8;

// Which nodes may be drawn at all: the types asked for, dates only when few or asked for.
class Candidates {
public:
    Candidates(const KnowledgeGraph& graph, const DotOptions& options) : graph_(graph), options_(options) {
        std::size_t date_nodes = 0;
        for (const Node& n : graph.nodes()) date_nodes += n.type == EntityType::date;
        with_dates_ = options.types.empty() ? date_nodes <= kMaxDateNodes : listed(EntityType::date);
    }
    bool with_dates() const { return with_dates_; }
    bool operator()(const EntityId& id) const {
        const Node* n = id.empty() ? nullptr : graph_.node(id);
        if (!n) return false;
        if (n->type == EntityType::date) return with_dates_;
        return options_.types.empty() || listed(n->type);
    }

private:
    bool listed(EntityType t) const {
        return std::find(options_.types.begin(), options_.types.end(), t) != options_.types.end();
    }
    const KnowledgeGraph& graph_;
    const DotOptions& options_;
    bool with_dates_ = false;
};

// The relation groups among the candidates, with each node's neighbours and number of reports.
struct Groups {
    std::vector<RelationGroup> groups;
    std::map<EntityId, std::set<EntityId>> neighbours;
    std::map<EntityId, std::size_t> reports_of;
};

// Reports of the same relation between the same pair (as fact, or as reported speech) form one group.
Groups group_relations(const KnowledgeGraph& graph, const Candidates& candidate) {
    Groups out;
    std::map<std::tuple<EntityId, EntityId, std::string, bool>, std::size_t> group_of;
    for (const Edge& e : graph.edges()) {
        const bool dates_act = graph.dates_act(e);
        if (!candidate.with_dates() && dates_act) continue;
        if (!candidate(e.source) || !candidate(e.target)) continue;
        auto key = std::tuple(e.source, e.target, e.relation, e.attributed_to.has_value());
        auto it = group_of.emplace(key, out.groups.size());
        if (it.second) out.groups.push_back({e.source, e.target, {}, dates_act});
        out.groups[it.first->second].edges.push_back(&e);
        out.neighbours[e.source].insert(e.target);
        out.neighbours[e.target].insert(e.source);
        ++out.reports_of[e.source];
        ++out.reports_of[e.target];
    }
    return out;
}

// Nodes with an edge, the focus first, then the most connected.
std::vector<const Node*> rank_nodes(const KnowledgeGraph& graph, Groups& g, const DotOptions& options) {
    std::vector<const Node*> ranked;
    for (const Node& n : graph.nodes())
        if (g.neighbours.count(n.id)) ranked.push_back(&n);
    auto order_key = [&](const Node* n) {
        return std::tuple(!(options.focus && *options.focus == n->id),
                          -static_cast<long>(g.neighbours[n->id].size()),
                          -static_cast<long>(g.reports_of[n->id]), -static_cast<long>(n->mentions.size()));
    };
    std::stable_sort(ranked.begin(), ranked.end(),
                     [&](const Node* a, const Node* b) { return order_key(a) < order_key(b); });
    return ranked;
}

// The best-ranked nodes up to `cap` and the edges among them; a node that has no
// edge to another of them gives its place to the next, for a few rounds.
void select_linked(DiagramPlan& plan, const std::vector<const Node*>& ranked, std::size_t cap,
                   const DotOptions& options) {
    std::map<EntityId, std::size_t> rank;
    for (std::size_t i = 0; i < ranked.size(); ++i) rank[ranked[i]->id] = i;
    std::vector<bool> excluded(ranked.size(), false);
    for (std::size_t round = 0;; ++round) {
        plan.linked.clear();
        for (std::size_t i = 0; i < ranked.size() && plan.linked.size() < cap; ++i)
            if (!excluded[i]) plan.linked.insert(ranked[i]->id);
        plan.choice = choose_edges(plan.groups, plan.linked, rank, options);
        std::set<EntityId> ends;
        for (const DrawnEdge& d : plan.choice.edges)
            for (std::size_t g : d.groups) {
                ends.insert(plan.groups[g].source);
                ends.insert(plan.groups[g].target);
            }
        bool stranded = false;
        for (std::size_t i = 0; i < ranked.size(); ++i) {
            const EntityId& id = ranked[i]->id;
            if (excluded[i] || !plan.linked.count(id) || ends.count(id) ||
                (options.focus && *options.focus == id))
                continue;
            excluded[i] = true;
            plan.linked.erase(id);
            stranded = true;
        }
        // The edges chosen stay right: a node left out had none of them.
        if (!stranded || plan.choice.capped || round + 1 >= kSelectionRounds) break;
    }
}

// What is left out, for the legend's note.
void count_drawn(DiagramPlan& plan, const KnowledgeGraph& graph) {
    for (const Node& n : graph.nodes()) {
        if (n.type == EntityType::date) continue;
        ++plan.entities;
        if (plan.drawn(n.id)) ++plan.entities_drawn;
    }
    for (const Edge& e : graph.edges()) plan.relations += !graph.dates_act(e);
    for (const DrawnEdge& d : plan.choice.edges)
        for (std::size_t i : d.groups)
            if (!plan.groups[i].dates_act) plan.relations_drawn += plan.groups[i].edges.size();
}

}  // namespace

EdgeChoice choose_edges(const std::vector<RelationGroup>& groups, const std::set<EntityId>& selected,
                        const std::map<EntityId, std::size_t>& rank, const DotOptions& options) {
    std::vector<std::size_t> inside;
    for (std::size_t i = 0; i < groups.size(); ++i)
        if (selected.count(groups[i].source) && selected.count(groups[i].target)) inside.push_back(i);
    EdgeChoice choice;
    choice.labels = options.edge_labels;
    if (choice.labels == EdgeLabels::automatic)
        choice.labels = inside.size() <= kFullLabelGroups ? EdgeLabels::full : EdgeLabels::relation;
    std::map<std::pair<EntityId, EntityId>, std::size_t> pair_index;
    for (std::size_t i : inside) {
        const RelationGroup& g = groups[i];
        std::size_t at = choice.edges.size();
        if (choice.labels != EdgeLabels::full)
            at = pair_index.emplace(std::pair(g.source, g.target), at).first->second;
        if (at == choice.edges.size()) choice.edges.emplace_back();
        choice.edges[at].groups.push_back(i);
        choice.edges[at].reports += g.edges.size();
    }
    if (options.max_edges == 0 || choice.edges.size() <= options.max_edges) return choice;
    // Keep the edges standing for the most reports, then those between the best-ranked nodes.
    auto ranks = [&](const DrawnEdge& d) {
        std::size_t s = rank.at(groups[d.groups.front()].source);
        std::size_t t = rank.at(groups[d.groups.front()].target);
        return std::pair(std::min(s, t), std::max(s, t));
    };
    std::vector<std::size_t> order(choice.edges.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        const DrawnEdge& x = choice.edges[a];
        const DrawnEdge& y = choice.edges[b];
        if (x.reports != y.reports) return x.reports > y.reports;
        return ranks(x) < ranks(y);
    });
    order.resize(options.max_edges);
    std::sort(order.begin(), order.end());
    std::vector<DrawnEdge> kept;
    for (std::size_t i : order) kept.push_back(std::move(choice.edges[i]));
    choice.edges = std::move(kept);
    choice.capped = true;
    return choice;
}

DiagramPlan plan_diagram(const KnowledgeGraph& graph, const DotOptions& options) {
    const Candidates candidate(graph, options);
    Groups g = group_relations(graph, candidate);
    DiagramPlan plan;
    plan.groups = std::move(g.groups);
    std::size_t candidates = 0;
    for (const Node& n : graph.nodes()) candidates += candidate(n.id);
    const bool keep_isolated = candidates <= kMaxNodesWithIsolated;
    const std::size_t cap =
        options.max_nodes == 0 ? graph.node_count() + 1 : std::max<std::size_t>(options.max_nodes, 1);
    select_linked(plan, rank_nodes(graph, g, options), cap, options);
    // Nodes without any relation fill the places left, in id order, when the graph is small.
    for (const Node& n : graph.nodes()) {
        if (!candidate(n.id) || g.neighbours.count(n.id)) continue;
        bool is_focus = options.focus && *options.focus == n.id;
        if (is_focus || (keep_isolated && plan.linked.size() + plan.unlinked.size() < cap))
            plan.unlinked.insert(n.id);
    }
    count_drawn(plan, graph);
    return plan;
}

}  // namespace mosulkg::detail
