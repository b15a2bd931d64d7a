// GraphML through Boost.Graph's write_graphml, with typed attributes.
#include "mosulkg/export.hpp"

#include "escape.hpp"
#include "register_exporter.hpp"

// GCC reports a false "may be used uninitialized" inside Boost's edge iterator.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif
#include <fmt/format.h>
#include <boost/graph/graphml.hpp>
#include <boost/property_map/property_map.hpp>

#include <deque>
#include <map>
#include <sstream>

namespace mosulkg {

namespace {

std::string joined_evidence(const Edge& e) {
    std::vector<std::string> parts;
    for (const Provenance& p : e.evidence) parts.push_back(fmt::format("{}:{}", p.doc.str(), p.sentence));
    return fmt::format("{}", fmt::join(parts, "; "));
}

template <class T>
std::string id_or_empty(const std::optional<T>& id) {
    return id ? id->str() : std::string();
}

}  // namespace

std::string graph_graphml(const KnowledgeGraph& graph) {
    // A copy in canonical order (nodes by id, edges by source, target, relation,
    // date), so that the same graph gives the same file whatever the input order.
    using Plain = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, boost::no_property,
                                        boost::property<boost::edge_index_t, std::size_t>>;
    const auto nodes = graph.nodes();
    std::map<EntityId, std::size_t> index;
    for (const Node& n : nodes) index.emplace(n.id, index.size());
    Plain g(nodes.size());
    std::vector<const Edge*>
        ordered;  // edges as boost::edges(g) lists them: by source vertex, then insertion
    std::vector<std::vector<const Edge*>> out_of(nodes.size());
    for (const Edge& e : graph.edges()) out_of[index.at(e.source)].push_back(&e);
    for (std::size_t v = 0; v < nodes.size(); ++v)
        for (const Edge* e : out_of[v]) {
            boost::add_edge(v, index.at(e->target), ordered.size(), g);
            ordered.push_back(e);
        }

    auto text = [](std::string_view s) { return detail::one_line(s); };
    std::vector<std::string> id, type, label, wikidata, aliases;
    std::vector<int> mentions;
    std::deque<bool> in_kb;  // addressable bools, unlike std::vector<bool>
    for (const Node& n : nodes) {
        id.push_back(text(n.id.str()));
        type.push_back(std::string(to_string(n.type)));
        label.push_back(text(n.label));
        wikidata.push_back(n.wikidata);
        aliases.push_back(text(fmt::format("{}", fmt::join(n.aliases, "; "))));
        mentions.push_back(static_cast<int>(n.mentions.size()));
        in_kb.push_back(n.in_kb);
    }
    std::vector<std::string> relation, cameo, date, granularity, place, attributed_to, summary, evidence;
    std::vector<double> confidence;
    for (const Edge* edge : ordered) {
        const Edge& e = *edge;
        relation.push_back(text(e.relation));
        cameo.push_back(text(e.cameo));
        date.push_back(e.date ? text(e.date->value) : std::string());
        granularity.push_back(e.date ? std::string(to_string(e.date->granularity)) : std::string());
        place.push_back(text(id_or_empty(e.place)));
        attributed_to.push_back(text(id_or_empty(e.attributed_to)));
        confidence.push_back(e.confidence);
        summary.push_back(text(e.summary));
        evidence.push_back(text(joined_evidence(e)));
    }

    auto vi = boost::get(boost::vertex_index, g);
    auto ei = boost::get(boost::edge_index, g);
    auto vmap = [&](auto& values) { return boost::make_iterator_property_map(values.begin(), vi); };
    auto emap = [&](auto& values) { return boost::make_iterator_property_map(values.begin(), ei); };
    boost::dynamic_properties dp(boost::ignore_other_properties);
    dp.property("id", vmap(id));
    dp.property("type", vmap(type));
    dp.property("label", vmap(label));
    dp.property("wikidata", vmap(wikidata));
    dp.property("aliases", vmap(aliases));
    dp.property("mentions", vmap(mentions));
    dp.property("in_kb", vmap(in_kb));
    dp.property("relation", emap(relation));
    dp.property("cameo", emap(cameo));
    dp.property("date", emap(date));
    dp.property("granularity", emap(granularity));
    dp.property("place", emap(place));
    dp.property("attributed_to", emap(attributed_to));
    dp.property("confidence", emap(confidence));
    dp.property("summary", emap(summary));
    dp.property("evidence", emap(evidence));
    std::ostringstream out;
    out.imbue(std::locale::classic());
    boost::write_graphml(out, g, vi, dp, true);
    return out.str();
}

MOSULKG_EXPORTER(graphml) {
    list.push_back({"graphml", "graph.graphml", "GraphML with typed attributes (Gephi, yEd, igraph)",
                    [](const ExportInput& in) { return graph_graphml(in.corpus.graph); }});
}

}  // namespace mosulkg
