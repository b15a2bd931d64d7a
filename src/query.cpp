// Queries over the knowledge graph; walks use Boost.Graph's breadth-first search.
#include "mosulkg/query.hpp"

#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/visitors.hpp>

#include <algorithm>
#include <limits>
#include <set>
#include <tuple>

namespace mosulkg {

namespace {

auto edge_key(const Edge& e) {
    return std::make_tuple(e.relation, e.source.str(), e.target.str(), e.date ? e.date->value : std::string(),
                           e.evidence.empty() ? Provenance{} : e.evidence.front());
}

bool in_window(const Edge& e, date::sys_days from, date::sys_days to) {
    return e.date && e.date->anchored() && *e.date->first <= to && from <= *e.date->last;
}

// The graph seen as undirected, without date nodes: same vertex numbers as
// KnowledgeGraph::storage(); each edge carries its index into `edges`.
using Undirected = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, boost::no_property,
                                         boost::property<boost::edge_index_t, std::size_t>>;

Undirected undirected(const KnowledgeGraph& graph, const EdgeRefs& edges) {
    Undirected u(graph.node_count());
    const auto& g = graph.storage();
    for (std::size_t i = 0; i < edges.size(); ++i) {
        const Edge& e = edges[i];
        auto s = graph.vertex(e.source);
        auto t = graph.vertex(e.target);
        if (!s || !t || graph.dates_act(e)) continue;
        if (g[*s].type == EntityType::date || g[*t].type == EntityType::date) continue;
        boost::add_edge(*s, *t, i, u);
    }
    return u;
}

// A new graph of the given nodes and edges, with the documents they cite.
KnowledgeGraph subgraph(const KnowledgeGraph& graph, const std::set<EntityId>& ids, const EdgeRefs& edges) {
    KnowledgeGraph out;
    std::set<DocId> cited;
    for (const Node& n : graph.nodes()) {
        if (!ids.count(n.id)) continue;
        for (const Mention& m : n.mentions) cited.insert(m.where.doc);
        out.add_node(n);
    }
    for (const Edge& e : edges) {
        for (const Provenance& p : e.evidence) cited.insert(p.doc);
        out.add_edge(e);
    }
    for (const DocumentInfo& d : graph.documents())
        if (cited.count(d.id)) out.add_document(d);
    return out;
}

}  // namespace

std::vector<Neighbour> neighbours(const KnowledgeGraph& graph, const EntityId& id, std::string_view relation,
                                  Direction direction) {
    std::vector<Neighbour> out;
    auto v = graph.vertex(id);
    if (!v) return out;
    const auto& g = graph.storage();
    auto wanted = [&](const Edge& e) { return relation.empty() || e.relation == relation; };
    if (direction != Direction::incoming)
        for (auto e : boost::make_iterator_range(boost::out_edges(*v, g)))
            if (wanted(g[e])) out.push_back({&g[boost::target(e, g)], &g[e], true});
    if (direction != Direction::outgoing)
        for (auto e : boost::make_iterator_range(boost::in_edges(*v, g)))
            if (wanted(g[e])) out.push_back({&g[boost::source(e, g)], &g[e], false});
    std::sort(out.begin(), out.end(), [](const Neighbour& a, const Neighbour& b) {
        return std::make_tuple(a.edge->relation, a.node->id, !a.outgoing, edge_key(*a.edge)) <
               std::make_tuple(b.edge->relation, b.node->id, !b.outgoing, edge_key(*b.edge));
    });
    return out;
}

EdgeRefs edges_between(const KnowledgeGraph& graph, date::sys_days from, date::sys_days to) {
    EdgeRefs out;
    for (const Edge& e : graph.edges())
        if (!graph.dates_act(e) && in_window(e, from, to)) out.push_back(std::cref(e));
    std::stable_sort(out.begin(), out.end(),
                     [](const Edge& a, const Edge& b) { return chronological_less(*a.date, *b.date); });
    return out;
}

std::optional<DocumentContent> document_content(const KnowledgeGraph& graph, const DocId& doc) {
    const auto& docs = graph.documents();
    auto info = std::find_if(docs.begin(), docs.end(), [&](const DocumentInfo& d) { return d.id == doc; });
    if (info == docs.end()) return std::nullopt;
    DocumentContent out{&*info, {}, {}};
    for (const Node& n : graph.nodes())
        if (std::any_of(n.mentions.begin(), n.mentions.end(),
                        [&](const Mention& m) { return m.where.doc == doc; }))
            out.nodes.push_back(std::cref(n));
    for (const Edge& e : graph.edges())
        if (!graph.dates_act(e) && std::any_of(e.evidence.begin(), e.evidence.end(),
                                               [&](const Provenance& p) { return p.doc == doc; }))
            out.edges.push_back(std::cref(e));
    return out;
}

std::optional<Path> shortest_path(const KnowledgeGraph& graph, const EntityId& from, const EntityId& to) {
    auto s = graph.vertex(from);
    auto t = graph.vertex(to);
    if (!s || !t) return std::nullopt;
    const auto& g = graph.storage();
    if (*s == *t) return Path{{std::cref(g[*s])}, {}};
    EdgeRefs edges = graph.edges();
    Undirected u = undirected(graph, edges);
    using UEdge = boost::graph_traits<Undirected>::edge_descriptor;
    constexpr std::size_t unreached = std::numeric_limits<std::size_t>::max();
    std::vector<UEdge> via(boost::num_vertices(u));  // the tree edge that reached each vertex
    std::vector<std::size_t> distance(boost::num_vertices(u), unreached);
    distance[*s] = 0;
    boost::breadth_first_search(u, *s,
                                boost::visitor(boost::make_bfs_visitor(std::make_pair(
                                    boost::record_edge_predecessors(via.data(), boost::on_tree_edge()),
                                    boost::record_distances(distance.data(), boost::on_tree_edge())))));
    if (distance[*t] == unreached) return std::nullopt;
    Path path;
    auto index = boost::get(boost::edge_index, u);
    for (auto v = *t; v != *s;) {
        UEdge e = via[v];
        path.nodes.push_back(std::cref(g[v]));
        path.edges.push_back(edges[index[e]]);
        v = boost::source(e, u) == v ? boost::target(e, u) : boost::source(e, u);
    }
    path.nodes.push_back(std::cref(g[*s]));
    std::reverse(path.nodes.begin(), path.nodes.end());
    std::reverse(path.edges.begin(), path.edges.end());
    return path;
}

KnowledgeGraph neighbourhood(const KnowledgeGraph& graph, const EntityId& center, std::size_t depth) {
    auto c = graph.vertex(center);
    if (!c) return KnowledgeGraph();
    EdgeRefs edges = graph.edges();
    Undirected u = undirected(graph, edges);
    constexpr std::size_t unreached = std::numeric_limits<std::size_t>::max();
    std::vector<std::size_t> distance(boost::num_vertices(u), unreached);
    distance[*c] = 0;
    boost::breadth_first_search(u, *c,
                                boost::visitor(boost::make_bfs_visitor(
                                    boost::record_distances(distance.data(), boost::on_tree_edge()))));
    const auto& g = graph.storage();
    std::set<EntityId> ids;
    for (std::size_t v = 0; v < distance.size(); ++v)
        if (distance[v] <= depth) ids.insert(g[v].id);
    // every edge among them, then the date links of the events kept
    EdgeRefs kept;
    std::set<std::pair<EntityId, std::string>> dated;
    for (const Edge& e : edges) {
        if (graph.dates_act(e) || !ids.count(e.source) || !ids.count(e.target)) continue;
        if (e.date) dated.emplace(e.source, e.date->value);
        kept.push_back(e);
    }
    for (const Edge& e : edges) {
        if (!graph.dates_act(e) || !e.date || !dated.count({e.source, e.date->value})) continue;
        ids.insert(e.target);
        kept.push_back(e);
    }
    return subgraph(graph, ids, kept);
}

KnowledgeGraph period(const KnowledgeGraph& graph, date::sys_days from, date::sys_days to) {
    std::set<EntityId> ids;
    EdgeRefs kept;
    const EdgeRefs edges = graph.edges();
    for (const Edge& e : edges) {
        if (graph.dates_act(e) || !in_window(e, from, to)) continue;
        ids.insert(e.source);
        ids.insert(e.target);
        kept.push_back(e);
    }
    for (const Edge& e : edges) {
        if (!graph.dates_act(e) || !in_window(e, from, to) || !ids.count(e.source)) continue;
        ids.insert(e.target);
        kept.push_back(e);
    }
    return subgraph(graph, ids, kept);
}

}  // namespace mosulkg
