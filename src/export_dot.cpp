// The diagram: DOT built with libcgraph, laid out and rendered to SVG with libgvc.
#include "mosulkg/error.hpp"
#include "mosulkg/export.hpp"

#include <fmt/format.h>
#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>
#include <graphviz/gvplugin.h>

#include <dlfcn.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <filesystem>
#include <map>
#include <memory>
#include <set>

namespace mosulkg {

namespace {

// Above this many date nodes, dates are left out of the diagram (the chronology covers them).
constexpr std::size_t kMaxDateNodes = 8;
// Above this many nodes, nodes without an edge are left out.
constexpr std::size_t kMaxNodesWithIsolated = 60;
// Aliases shown in a node's tooltip.
constexpr std::size_t kTooltipAliases = 4;

struct Style {
    const char* shape;
    const char* fillcolor;
};

Style style_of(EntityType t) {
    switch (t) {
    case EntityType::person: return {"ellipse", "#cfe6fb"};
    case EntityType::group: return {"box", "#fdd49e"};
    case EntityType::place: return {"hexagon", "#c7e9c0"};
    case EntityType::date: return {"note", "#e0e0e0"};
    }
    return {"box", "#ffffff"};
}

// cgraph's C API takes char* for strings it only reads.
char* cstr(const std::string& s) { return const_cast<char*>(s.c_str()); }
char* cstr(const char* s) { return const_cast<char*>(s); }

void set(void* obj, const char* name, const std::string& value) {
    agsafeset(obj, cstr(name), cstr(value), cstr(""));
}

// Text for an escString attribute (label, tooltip): a backslash is doubled so
// that "\N" or "\n" written in an article stays literal. agwrite escapes quotes
// but not backslashes, so a value must not end in a backslash (it would escape
// the closing quote): a trailing one gets a space after it.
std::string esc(std::string_view s) {
    std::string out;
    for (char c : s) {
        if (c == '\\') out += "\\\\";
        else if (static_cast<unsigned char>(c) < 0x20) out += ' ';
        else out += c;
    }
    if (!out.empty() && out.back() == '\\') out += ' ';
    return out;
}

int put_string(void* chan, const char* str) {
    static_cast<std::string*>(chan)->append(str);
    return 0;
}
int no_flush(void*) { return 0; }

struct GraphCloser {
    void operator()(Agraph_t* g) const { agclose(g); }
};
using GraphPtr = std::unique_ptr<Agraph_t, GraphCloser>;

void add_legend(Agraph_t* g) {
    Agraph_t* legend = agsubg(g, cstr("cluster_legend"), 1);
    set(legend, "label", "Legend");
    set(legend, "style", "rounded");
    set(legend, "color", "#999999");
    // Without edges between them the samples share one rank: one column beside the graph.
    for (EntityType t : {EntityType::person, EntityType::group, EntityType::place, EntityType::date}) {
        std::string name = fmt::format("_legend_{}", to_string(t));
        Agnode_t* n = agnode(legend, cstr(name), 1);
        Style st = style_of(t);
        set(n, "label", std::string(to_string(t)));
        set(n, "shape", st.shape);
        set(n, "fillcolor", st.fillcolor);
        set(n, "tooltip", fmt::format("entity type: {}", to_string(t)));
    }
}

}  // namespace

std::string to_dot(const KnowledgeGraph& graph) {
    std::vector<Node> nodes = graph.nodes();
    std::vector<Edge> edges = graph.edges();
    std::size_t date_nodes = std::count_if(nodes.begin(), nodes.end(),
                                           [](const Node& n) { return n.type == EntityType::date; });
    bool with_dates = date_nodes <= kMaxDateNodes;
    std::map<EntityId, EntityType> type_of;
    for (const Node& n : nodes) type_of[n.id] = n.type;
    auto drawn = [&](const EntityId& id) {
        auto it = type_of.find(id);
        return it != type_of.end() && (with_dates || it->second != EntityType::date);
    };
    std::vector<Edge> shown;
    std::set<EntityId> connected;
    for (Edge& e : edges) {
        if (!with_dates && e.relation == "on_date") continue;
        if (!drawn(e.source) || !drawn(e.target)) continue;
        connected.insert(e.source);
        connected.insert(e.target);
        shown.push_back(std::move(e));
    }
    std::size_t candidates = std::count_if(nodes.begin(), nodes.end(), [&](const Node& n) { return drawn(n.id); });
    bool keep_isolated = candidates <= kMaxNodesWithIsolated;

    Agiodisc_t io{AgIoDisc.afread, put_string, no_flush};
    Agdisc_t disc{&AgMemDisc, &AgIdDisc, &io};
    GraphPtr g(agopen(cstr("mosulkg"), Agdirected, &disc));
    if (!g) throw Error("to_dot: cannot create the graph");
    Agraph_t* root = g.get();
    agattr(root, AGRAPH, cstr("rankdir"), cstr("LR"));
    agattr(root, AGRAPH, cstr("overlap"), cstr("false"));
    agattr(root, AGRAPH, cstr("splines"), cstr("true"));
    agattr(root, AGRAPH, cstr("fontname"), cstr("Helvetica"));
    agattr(root, AGRAPH, cstr("fontsize"), cstr("12"));
    agattr(root, AGRAPH, cstr("nodesep"), cstr("0.3"));
    agattr(root, AGRAPH, cstr("ranksep"), cstr("0.8"));
    agattr(root, AGNODE, cstr("fontname"), cstr("Helvetica"));
    agattr(root, AGNODE, cstr("fontsize"), cstr("11"));
    agattr(root, AGNODE, cstr("style"), cstr("filled"));
    agattr(root, AGNODE, cstr("shape"), cstr("box"));
    agattr(root, AGNODE, cstr("fillcolor"), cstr("#ffffff"));
    agattr(root, AGEDGE, cstr("fontname"), cstr("Helvetica"));
    agattr(root, AGEDGE, cstr("fontsize"), cstr("9"));
    agattr(root, AGEDGE, cstr("color"), cstr("#555555"));
    add_legend(root);

    std::map<EntityId, Agnode_t*> agnodes;
    for (const Node& n : nodes) {
        if (!drawn(n.id) || (!keep_isolated && !connected.count(n.id))) continue;
        Agnode_t* an = agnode(root, cstr(n.id.str()), 1);
        agnodes[n.id] = an;
        Style st = style_of(n.type);
        set(an, "label", esc(n.label.empty() ? n.id.str() : n.label));
        set(an, "shape", st.shape);
        set(an, "fillcolor", st.fillcolor);
        std::string tooltip = fmt::format("{} ({})", n.label, to_string(n.type));
        if (!n.aliases.empty()) {
            std::vector<std::string> some(n.aliases.begin(),
                                          n.aliases.begin() + std::min(n.aliases.size(), kTooltipAliases));
            tooltip += "; also: " + fmt::format("{}", fmt::join(some, ", "));
            if (n.aliases.size() > some.size()) tooltip += fmt::format(" and {} more", n.aliases.size() - some.size());
        }
        if (!n.mentions.empty())
            tooltip += fmt::format("; {} mention{}", n.mentions.size(), n.mentions.size() == 1 ? "" : "s");
        set(an, "tooltip", esc(tooltip));
        if (!n.wikidata.empty()) {
            set(an, "URL", "https://www.wikidata.org/wiki/" + n.wikidata);
            set(an, "target", "_blank");
        }
    }
    for (const Edge& e : shown) {
        auto s = agnodes.find(e.source);
        auto t = agnodes.find(e.target);
        if (s == agnodes.end() || t == agnodes.end()) continue;
        Agedge_t* ae = agedge(root, s->second, t->second, nullptr, 1);
        std::string label = esc(e.relation);
        if (e.relation == "on_date") set(ae, "style", "dotted");  // the date is the target node
        else if (e.date) label += "\\n" + esc(e.date->value);
        set(ae, "label", label);
        std::string tooltip = e.summary.empty() ? e.relation : e.summary;
        std::vector<std::string> where;
        for (const Provenance& p : e.evidence) where.push_back(fmt::format("{} s{}", p.doc.str(), p.sentence));
        if (!where.empty()) tooltip += fmt::format(" [{}]", fmt::join(where, ", "));
        set(ae, "tooltip", esc(tooltip));
        if (e.attributed_to) set(ae, "style", "dashed");
    }
    std::string out;
    if (agwrite(root, &out) != 0) throw Error("to_dot: cannot write the graph");
    return out;
}

namespace {

// Graphviz reports errors through a global callback; they are collected here
// while render_svg runs.
thread_local std::string* g_errors = nullptr;

int collect_error(char* message) {
    if (g_errors) g_errors->append(message);
    return 0;
}

struct ErrorCapture {
    std::string messages;
    agusererrf previous;
    agerrlevel_t previous_level;
    ErrorCapture() : previous(agseterrf(collect_error)), previous_level(agseterr(AGWARN)) { g_errors = &messages; }
    ~ErrorCapture() {
        g_errors = nullptr;
        agseterrf(previous);
        agseterr(previous_level);
    }
    std::string text() const {
        std::string t = messages;
        for (char& c : t)
            if (c == '\n') c = ' ';
        while (!t.empty() && t.back() == ' ') t.pop_back();
        return t.empty() ? "no message" : t;
    }
};

bool has_plugin(GVC_t* gvc, const char* kind, std::string_view name) {
    int size = 0;
    char** list = gvPluginList(gvc, kind, &size, nullptr);
    bool found = false;
    for (int i = 0; i < size; ++i) {
        std::string_view item(list[i]);
        if (item == name || item.substr(0, item.find(':')) == name) found = true;
        std::free(list[i]);
    }
    std::free(list);
    return found;
}

// The plugins render_svg needs, loaded from the plugin directory beside libgvc.
// They serve when Graphviz's plugin configuration is missing (it is written by
// `dot -c` when the package is installed): a context made by gvContext() then
// has no plugins (and no font table), so one is made from these as builtins.
class BuiltinPlugins {
public:
    BuiltinPlugins() {
        Dl_info info{};
        if (!dladdr(reinterpret_cast<void*>(&gvContext), &info) || !info.dli_fname) return;
        std::filesystem::path dir = std::filesystem::path(info.dli_fname).parent_path() / "graphviz";
        const std::array<std::pair<const char*, const char*>, 3> plugins{{
            {"libgvplugin_dot_layout.so.6", "gvplugin_dot_layout_LTX_library"},
            {"libgvplugin_core.so.6", "gvplugin_core_LTX_library"},
            {"libgvplugin_pango.so.6", "gvplugin_pango_LTX_library"},  // text metrics, optional
        }};
        for (const auto& [file, symbol] : plugins) {
            // The libraries stay loaded for the life of the process.
            void* handle = dlopen((dir / file).c_str(), RTLD_NOW | RTLD_LOCAL);
            if (!handle) continue;
            if (void* lib = dlsym(handle, symbol)) symbols_.push_back({symbol, lib});
        }
        symbols_.push_back({nullptr, nullptr});
    }
    const lt_symlist_t* list() const { return symbols_.data(); }

private:
    std::vector<lt_symlist_t> symbols_;
};

using ContextPtr = std::unique_ptr<GVC_t, int (*)(GVC_t*)>;

ContextPtr make_context() {
    ContextPtr gvc(gvContext(), gvFreeContext);
    if (gvc && has_plugin(gvc.get(), "layout", "dot") && has_plugin(gvc.get(), "render", "svg")) return gvc;
    gvc.reset();
    static const BuiltinPlugins builtins;  // loaded once; the context keeps a pointer to the list
    return ContextPtr(gvContextPlugins(builtins.list(), 0), gvFreeContext);
}

}  // namespace

std::string render_svg(const std::string& dot) {
    ErrorCapture errors;
    ContextPtr gvc = make_context();
    if (!gvc) throw Error("render_svg: cannot create a Graphviz context");
    GraphPtr g(agmemread(dot.c_str()));
    if (!g) throw Error(fmt::format("render_svg: the DOT text does not parse: {}", errors.text()));
    if (gvLayout(gvc.get(), g.get(), "dot") != 0)
        throw Error(fmt::format("render_svg: Graphviz layout failed: {}", errors.text()));
    char* data = nullptr;
    unsigned int length = 0;
    int rc = gvRenderData(gvc.get(), g.get(), "svg", &data, &length);
    std::string svg = rc == 0 && data ? std::string(data, length) : std::string();
    if (data) gvFreeRenderData(data);
    gvFreeLayout(gvc.get(), g.get());
    if (rc != 0 || svg.empty()) throw Error(fmt::format("render_svg: SVG rendering failed: {}", errors.text()));
    return svg;
}

}  // namespace mosulkg
