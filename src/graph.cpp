#include "mosulkg/graph.hpp"

#include "mosulkg/error.hpp"

#include <algorithm>
#include <cctype>
#include <tuple>

namespace mosulkg {

namespace {

std::string ascii_lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

}  // namespace

void KnowledgeGraph::index_name(const std::string& name, Vertex v) {
    if (name.empty()) return;
    auto put = [v](std::vector<Vertex>& list) {
        if (std::find(list.begin(), list.end(), v) == list.end()) list.push_back(v);
    };
    put(names_[name]);
    put(folded_names_[ascii_lower(name)]);
}

KnowledgeGraph::Storage::vertex_descriptor KnowledgeGraph::ensure(const EntityId& id, EntityType type,
                                                                  const std::string& label) {
    if (auto it = index_.find(id); it != index_.end()) return it->second;
    auto v = boost::add_vertex(g_);
    Node& n = g_[v];
    n.id = id;
    n.type = type;
    n.label = label;
    index_.emplace(id, v);
    index_name(label, v);
    return v;
}

namespace {

// The edge a relation with an actor makes to `target`, named `relation` with its CAMEO code.
Edge edge_of(const Relation& r, const EntityId& target, const std::string& relation,
             const std::string& cameo) {
    Edge e;
    e.source = *r.actor;
    e.target = target;
    e.relation = relation;
    e.cameo = cameo;
    e.date = r.date;
    e.confidence = r.confidence;
    e.evidence.push_back(r.evidence);
    e.sentences.push_back(r.sentence);
    e.summary = r.summary;
    return e;
}

}  // namespace

void KnowledgeGraph::add(const Document& doc, const std::vector<Mention>& mentions,
                         const std::vector<Relation>& relations, const KnowledgeBase& kb,
                         const RelationLexicon& lexicon) {
    const RelationInfo* on_date = lexicon.date_relation();
    documents_.push_back({doc.id, doc.title, doc.url, doc.published, doc.published_source});
    auto node_for = [&](const EntityId& id, EntityType type, const std::string& label) {
        auto v = ensure(id, type, label);
        if (auto e = kb.find(id)) {
            g_[v].label = e->get().name;
            g_[v].type = e->get().type;
            g_[v].wikidata = e->get().wikidata;
            g_[v].in_kb = true;
            index_name(g_[v].label, v);
        }
        return v;
    };
    for (const Mention& m : mentions) {
        auto v = node_for(m.entity, m.type, m.label);
        g_[v].mentions.push_back(m);
        index_name(m.text, v);
    }
    for (const Relation& r : relations) {
        if (!r.actor) continue;  // an unnamed actor is no node; the chronology keeps the event
        auto label_of = [&](const EntityId& id) {
            if (auto e = kb.find(id)) return e->get().name;
            return id.str();
        };
        auto s = node_for(*r.actor, EntityType::group, label_of(*r.actor));
        EntityId target_id = r.target ? *r.target : r.place ? *r.place : EntityId();
        if (target_id.empty()) continue;
        // an edge says "actor did it to target": to the place of an act only where acting there
        // is acting on it ("carried out an attack in Ramadi"), not "captured ground in Mosul"
        // nor "launched airstrikes north of Baghdad";
        // and none from an actor to itself ("declared himself caliph")
        // (nor to a country: "launched an offensive in Iraq" is not against Iraq)
        bool drawn = (r.target ||
                      (lexicon.cue("act_on_place", r.type) && !r.near && !kb.country(*r.place, lexicon))) &&
                     target_id != *r.actor;
        // nor from a leader to what he announced his forces did ("Abadi announced the liberation of
        // Tal Afar"): the chronology tells it as announced; the edge would say he took the town
        drawn = drawn && !(g_[s].type == EntityType::person &&
                           told_as_announced(lexicon, r.type, r.actor, r.attributed_to));
        if (drawn) {
            auto t =
                node_for(target_id, r.target ? EntityType::group : EntityType::place, label_of(target_id));
            const RelationInfo* info = lexicon.info(r.type);
            Edge e = edge_of(r, target_id, r.type, info ? info->cameo : std::string());
            e.place = r.place;
            e.attributed_to = r.attributed_to;
            boost::add_edge(s, t, e, g_);
        }
        if (r.date && r.date->anchored() && on_date) {
            // Date nodes connect to what happened on them.
            auto d = ensure(EntityId("date_" + r.date->value), EntityType::date, r.date->value);
            boost::add_edge(s, d, edge_of(r, g_[d].id, on_date->name, on_date->cameo), g_);
        }
    }
}

bool KnowledgeGraph::dates_act(const Edge& e) const {
    const Node* n = node(e.target);
    return n && n->type == EntityType::date;
}

void KnowledgeGraph::finalize() {
    for (auto v : boost::make_iterator_range(boost::vertices(g_))) {
        Node& n = g_[v];
        std::sort(n.mentions.begin(), n.mentions.end(),
                  [](const Mention& a, const Mention& b) { return a.where < b.where; });
        std::vector<std::string> forms;
        for (const Mention& m : n.mentions)
            if (m.text != n.label) forms.push_back(m.text);
        std::sort(forms.begin(), forms.end());
        forms.erase(std::unique(forms.begin(), forms.end()), forms.end());
        n.aliases = std::move(forms);
    }
}

std::vector<std::reference_wrapper<const Edge>> KnowledgeGraph::edges() const {
    std::vector<std::reference_wrapper<const Edge>> out;
    out.reserve(boost::num_edges(g_));
    for (auto e : boost::make_iterator_range(boost::edges(g_))) out.push_back(std::cref(g_[e]));
    static const std::string none;
    static const Provenance nowhere{};
    auto key = [](const Edge& e) {  // references, not copies: this runs n log n times
        return std::tie(e.source.str(), e.target.str(), e.relation, e.date ? e.date->value : none,
                        e.evidence.empty() ? nowhere : e.evidence.front());
    };
    std::sort(out.begin(), out.end(), [&](const Edge& a, const Edge& b) { return key(a) < key(b); });
    return out;
}

const Node* KnowledgeGraph::node(const EntityId& id) const {
    if (auto it = index_.find(id); it != index_.end()) return &g_[it->second];
    return nullptr;
}

std::optional<std::string> KnowledgeGraph::label(const EntityId& id) const {
    if (auto it = index_.find(id); it != index_.end()) return g_[it->second].label;
    return std::nullopt;
}

std::optional<KnowledgeGraph::Storage::vertex_descriptor> KnowledgeGraph::vertex(const EntityId& id) const {
    if (auto it = index_.find(id); it != index_.end()) return it->second;
    return std::nullopt;
}

void KnowledgeGraph::add_node(Node node) {
    if (index_.count(node.id))
        throw Error("KnowledgeGraph: node '" + node.id.str() + "' is already in the graph");
    auto v = boost::add_vertex(g_);
    index_.emplace(node.id, v);
    index_name(node.label, v);
    for (const std::string& a : node.aliases) index_name(a, v);
    for (const Mention& m : node.mentions) index_name(m.text, v);
    g_[v] = std::move(node);
}

void KnowledgeGraph::add_edge(Edge edge) {
    auto s = vertex(edge.source);
    auto t = vertex(edge.target);
    if (!s || !t)
        throw Error("KnowledgeGraph: edge " + edge.source.str() + " -> " + edge.target.str() + " (" +
                    edge.relation + ") names a node that is not in the graph");
    boost::add_edge(*s, *t, std::move(edge), g_);
}

void KnowledgeGraph::add_document(DocumentInfo info) {
    documents_.push_back(std::move(info));
}

const Node* KnowledgeGraph::best(const std::vector<Vertex>& candidates, std::string_view name) const {
    if (candidates.empty()) return nullptr;
    auto rank = [&](Vertex v) {
        const Node& n = g_[v];
        return std::make_tuple(n.label != name, -static_cast<long>(n.mentions.size()), n.id.str());
    };
    auto it = std::min_element(candidates.begin(), candidates.end(),
                               [&](Vertex a, Vertex b) { return rank(a) < rank(b); });
    return &g_[*it];
}

const Node* KnowledgeGraph::find(std::string_view alias) const {
    if (const Node* n = node(EntityId(std::string(alias)))) return n;
    if (auto it = names_.find(alias); it != names_.end()) return best(it->second, alias);
    if (auto it = folded_names_.find(ascii_lower(alias)); it != folded_names_.end())
        return best(it->second, alias);
    return nullptr;
}

}  // namespace mosulkg
