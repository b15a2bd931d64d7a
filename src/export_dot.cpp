// The diagram: DOT built with libcgraph, laid out and rendered to SVG with libgvc.
#include "mosulkg/error.hpp"
#include "mosulkg/export.hpp"

#include "escape.hpp"
#include "export_dot_plan.hpp"
#include "register_exporter.hpp"

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
#include <mutex>
#include <set>
#include <tuple>

namespace mosulkg {

namespace {

// Aliases shown in a node's tooltip.
constexpr std::size_t kTooltipAliases = 4;
// The widest row of the box of nodes without an edge.
constexpr std::size_t kUnlinkedColumns = 6;

struct Style {
    const char* shape;
    const char* fillcolor;
};

Style style_of(EntityType t) {
    switch (t) {
        case EntityType::person:
            return {"ellipse", "#cfe6fb"};
        case EntityType::group:
            return {"box", "#fdd49e"};
        case EntityType::place:
            return {"hexagon", "#c7e9c0"};
        case EntityType::date:
            return {"note", "#e0e0e0"};
    }
    return {"box", "#ffffff"};
}

// cgraph's C API takes char* for strings it only reads.
char* cstr(const std::string& s) {
    return const_cast<char*>(s.c_str());
}
char* cstr(const char* s) {
    return const_cast<char*>(s);
}

void set(void* obj, const char* name, const std::string& value) {
    agsafeset(obj, cstr(name), cstr(value), cstr(""));
}

// Text for an escString attribute (label, tooltip): a backslash is doubled so
// that "\N" or "\n" written in an article stays literal. agwrite escapes quotes
// but not backslashes, so a value must not end in a backslash (it would escape
// the closing quote): a trailing one gets a space after it.
std::string esc(std::string_view s) {
    std::string out;
    for (char c : detail::valid_utf8(s)) {
        if (c == '\\')
            out += "\\\\";
        else if (static_cast<unsigned char>(c) < 0x20)
            out += ' ';
        else
            out += c;
    }
    if (!out.empty() && out.back() == '\\') out += ' ';
    return out;
}

int put_string(void* chan, const char* str) {
    static_cast<std::string*>(chan)->append(str);
    return 0;
}
int no_flush(void*) {
    return 0;
}

// DOT text handed to cgraph's parser one line per call, as agmemread does.
struct StringReader {
    const std::string* text;
    std::size_t pos = 0;
};
int read_line(void* chan, char* buf, int bufsize) {
    auto* r = static_cast<StringReader*>(chan);
    int n = 0;
    while (n < bufsize && r->pos < r->text->size()) {
        char c = (*r->text)[r->pos++];
        buf[n++] = c;
        if (c == '\n') break;
    }
    return n;
}

// Object ids for cgraph in creation order. cgraph's default discipline uses the
// address of a name's string as its id and orders subgraphs by id, so the order
// of the clusters in the output would depend on the heap; these ids keep the
// output byte-identical from run to run. Named objects get even ids, anonymous
// ones odd ids, as in cgraph's own discipline.
class NameTable {
public:
    void open(Agraph_t* g) { graph_ = g; }
    long map(char* str, IDTYPE* id, int create) {
        if (!str) {
            *id = next_anonymous_;
            next_anonymous_ += 2;
            return 1;
        }
        auto it = index_.find(str);
        if (it == index_.end()) {
            if (!create) return 0;
            // Names are cgraph strings: agwrite reads their flags (HTML or not).
            names_.push_back(agstrdup(graph_, str));
            it = index_.emplace(str, 2 * names_.size()).first;
        }
        *id = it->second;
        return 1;
    }
    char* print(IDTYPE id) const {
        if (id % 2 != 0 || id == 0 || id / 2 > names_.size()) return nullptr;
        return names_[id / 2 - 1];
    }

private:
    Agraph_t* graph_ = nullptr;
    std::vector<char*> names_;  // owned by the graph's string table
    std::map<std::string, IDTYPE> index_;
    IDTYPE next_anonymous_ = 1;
};

struct StableDisc {
    Agdisc_t disc;  // first member: cgraph passes &disc back to open()
    NameTable* names;
};

void* ids_open(Agraph_t* g, Agdisc_t* disc) {
    NameTable* names = reinterpret_cast<StableDisc*>(disc)->names;
    names->open(g);
    return names;
}
long ids_map(void* state, int, char* str, IDTYPE* id, int create) {
    return static_cast<NameTable*>(state)->map(str, id, create);
}
long ids_alloc(void*, int, IDTYPE) {
    return 0;
}
void ids_free(void*, int, IDTYPE) {}
char* ids_print(void* state, int, IDTYPE id) {
    return static_cast<NameTable*>(state)->print(id);
}
void ids_close(void*) {}
void ids_register(void*, int, void*) {}

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

// Sentences quoted in a tooltip are cut to this many bytes.
constexpr std::size_t kQuoteBytes = 280;

// The evidence sentence `i` of `e` (carried by the edge, else read from `documents`), cut at
// a UTF-8 boundary; empty when sentences are not wanted or not known.
std::string quote(const std::vector<Document>* documents, const Edge& e, std::size_t i) {
    if (!documents) return {};
    std::string s;
    const Provenance& p = e.evidence[i];
    if (i < e.sentences.size() && !e.sentences[i].empty()) {
        s = e.sentences[i];
    } else {
        auto d = std::find_if(documents->begin(), documents->end(),
                              [&](const Document& x) { return x.id == p.doc; });
        if (d == documents->end() || p.span.end > d->text.size() || p.span.empty()) return {};
        s = std::string(p.span.of(d->text));
    }
    if (s.size() > kQuoteBytes) {
        std::size_t cut = kQuoteBytes;
        while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
        s = s.substr(0, cut) + "\u2026";
        s.replace(s.size() - 6, 6, "\xE2\x80\xA6");
        s = s.substr(0, s.size() - 12) + "\xE2\x80\xA6";
    }
    return s;
}

std::string dot_text(const KnowledgeGraph& graph, const std::vector<Document>* documents,
                     const DotOptions& options);

}  // namespace

// Graphviz keeps process-wide state (error handlers, the id discipline, plugin tables):
// one thread at a time uses it.
static std::mutex& graphviz_mutex() {
    static std::mutex m;
    return m;
}

std::string graph_dot(const KnowledgeGraph& graph) {
    std::lock_guard<std::mutex> lock(graphviz_mutex());
    return dot_text(graph, nullptr, {});
}

std::string graph_dot(const KnowledgeGraph& graph, const std::vector<Document>& documents,
                      const DotOptions& options) {
    std::lock_guard<std::mutex> lock(graphviz_mutex());
    return dot_text(graph, &documents, options);
}

namespace {

// Above this many nodes drawn, the layout is tighter and its searches are bounded.
constexpr std::size_t kLargeDrawing = 40;
// Reports listed in one edge's tooltip.
constexpr std::size_t kTooltipReports = 12;
// Relations named in a bundled edge's label.
constexpr std::size_t kLabelRelations = 2;

using detail::DiagramPlan;
using detail::DrawnEdge;
using detail::RelationGroup;

// The dates of the reports: "2015-05-03", two as "2014, 2014-06" (sources may disagree), more as
// "2014-06 – 2015-05" from the first to the last; empty when none has one.
std::string date_range(const std::vector<const Edge*>& edges) {
    std::vector<const TimeValue*> dates;
    for (const Edge* e : edges)
        if (e->date) dates.push_back(&*e->date);
    std::stable_sort(dates.begin(), dates.end(),
                     [](const TimeValue* a, const TimeValue* b) { return chronological_less(*a, *b); });
    dates.erase(std::unique(dates.begin(), dates.end(),
                            [](const TimeValue* a, const TimeValue* b) { return a->value == b->value; }),
                dates.end());
    if (dates.empty()) return {};
    if (dates.size() == 1) return dates.front()->value;
    if (dates.size() == 2) return dates.front()->value + ", " + dates.back()->value;
    return dates.front()->value + " \u2013 " + dates.back()->value;
}

// A bundled edge's label: its relations, most reported first, "said (3), met +2".
std::string relations_label(const std::vector<RelationGroup>& groups, const DrawnEdge& d) {
    std::map<std::string, std::size_t> count;
    for (std::size_t g : d.groups) count[groups[g].edges.front()->relation] += groups[g].edges.size();
    std::vector<std::pair<std::string, std::size_t>> sorted(count.begin(), count.end());
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
    std::vector<std::string> shown;
    for (std::size_t i = 0; i < sorted.size() && i < kLabelRelations; ++i)
        shown.push_back(sorted[i].second > 1 ? fmt::format("{} ({})", sorted[i].first, sorted[i].second)
                                             : sorted[i].first);
    std::string label = esc(fmt::format("{}", fmt::join(shown, ", ")));
    if (sorted.size() > shown.size()) label += fmt::format(" +{}", sorted.size() - shown.size());
    return label;
}

// One line per report: its summary, where it was read and, when the documents are given, the sentence.
std::string edge_tooltip(const std::vector<const Edge*>& members, const std::vector<Document>* documents) {
    std::vector<std::string> lines;
    std::size_t more = 0;
    for (const Edge* member : members) {
        std::string line = member->summary.empty() ? member->relation : member->summary;
        std::vector<std::string> where;
        for (const Provenance& p : member->evidence)
            where.push_back(fmt::format("{} s{}", p.doc.str(), p.sentence));
        if (!where.empty()) line += fmt::format(" [{}]", fmt::join(where, ", "));
        line = esc(line);
        for (std::size_t i = 0; i < member->evidence.size(); ++i)
            if (std::string q = quote(documents, *member, i); !q.empty())
                line += "\\n    \u201c" + esc(q) + "\u201d";
        if (std::find(lines.begin(), lines.end(), line) != lines.end()) continue;
        if (lines.size() < kTooltipReports)
            lines.push_back(line);
        else
            ++more;
    }
    if (more > 0) lines.push_back(fmt::format("\u2026 and {} more report{}", more, more == 1 ? "" : "s"));
    // With the sentences, one line per report; without, the short form of old.
    return fmt::format("{}", fmt::join(lines, documents ? "\\n" : "; "));
}

// A cgraph graph written through the stable-id discipline, with what it needs kept alive.
class DotWriter {
public:
    DotWriter()
        : io_{AgIoDisc.afread, put_string, no_flush},
          ids_{ids_open, ids_map, ids_alloc, ids_free, ids_print, ids_close, ids_register},
          disc_{{&AgMemDisc, &ids_, &io_}, &names_},
          graph_(agopen(cstr("mosulkg"), Agdirected, &disc_.disc)) {
        if (!graph_) throw Error("graph_dot: cannot create the graph");
    }
    Agraph_t* root() const { return graph_.get(); }
    std::string text() const {
        std::string out;
        if (agwrite(graph_.get(), &out) != 0) throw Error("graph_dot: cannot write the graph");
        return out;
    }

private:
    Agiodisc_t io_;
    Agiddisc_t ids_;
    NameTable names_;  // outlives the graph
    StableDisc disc_;
    GraphPtr graph_;
};

void set_graph_attributes(Agraph_t* root, bool large, const std::string& title) {
    agattr(root, AGRAPH, cstr("rankdir"), cstr("LR"));
    agattr(root, AGRAPH, cstr("overlap"), cstr("false"));
    agattr(root, AGRAPH, cstr("splines"), cstr("true"));
    agattr(root, AGRAPH, cstr("fontname"), cstr("Helvetica"));
    agattr(root, AGRAPH, cstr("fontsize"), cstr("12"));
    agattr(root, AGRAPH, cstr("nodesep"), cstr(large ? "0.15" : "0.3"));
    agattr(root, AGRAPH, cstr("ranksep"), cstr(large ? "0.6" : "0.8"));
    if (large) {
        // bounded searches keep the layout time in check; the result stays deterministic
        agattr(root, AGRAPH, cstr("mclimit"), cstr("0.5"));
        agattr(root, AGRAPH, cstr("nslimit"), cstr("5"));
        agattr(root, AGRAPH, cstr("nslimit1"), cstr("5"));
        agattr(root, AGRAPH, cstr("searchsize"), cstr("30"));
    }
    // declared always: once a layout has run in the process, cgraph writes this default anyway
    agattr(root, AGNODE, cstr("label"), cstr("\\N"));
    agattr(root, AGNODE, cstr("fontname"), cstr("Helvetica"));
    agattr(root, AGNODE, cstr("fontsize"), cstr("11"));
    agattr(root, AGNODE, cstr("style"), cstr("filled"));
    agattr(root, AGNODE, cstr("shape"), cstr("box"));
    agattr(root, AGNODE, cstr("fillcolor"), cstr("#ffffff"));
    agattr(root, AGEDGE, cstr("fontname"), cstr("Helvetica"));
    agattr(root, AGEDGE, cstr("fontsize"), cstr("9"));
    agattr(root, AGEDGE, cstr("color"), cstr("#555555"));
    if (!title.empty()) {
        set(root, "label", esc(title));
        set(root, "labelloc", "t");
    }
}

// What is left out is said in the legend.
void add_not_drawn_note(Agraph_t* root, const DiagramPlan& plan) {
    if (plan.entities_drawn >= plan.entities && plan.relations_drawn >= plan.relations) return;
    Agnode_t* note = agnode(agsubg(root, cstr("cluster_legend"), 0), cstr("_legend_not_drawn"), 1);
    set(note, "shape", "plaintext");
    set(note, "style", "");
    set(note, "fontsize", "10");
    std::string drawn = fmt::format("drawn: {} of {} entities,\\n{} of {} relations", plan.entities_drawn,
                                    plan.entities, plan.relations_drawn, plan.relations);
    set(note, "label",
        fmt::format("{}\\n({} more entities not drawn,\\nsee graph.json)", drawn,
                    plan.entities - plan.entities_drawn));
    set(note, "tooltip", "the most connected entities are drawn; every entity and relation is in graph.json");
}

// A node's label, shape, colours, tooltip, focus outline and Wikidata link.
void style_node(Agnode_t* an, const Node& n, const DotOptions& options) {
    Style st = style_of(n.type);
    set(an, "label", esc(n.label.empty() ? n.id.str() : n.label));
    set(an, "shape", st.shape);
    set(an, "fillcolor", st.fillcolor);
    std::string tooltip = fmt::format("{} ({})", n.label, to_string(n.type));
    if (!n.aliases.empty()) {
        std::vector<std::string> some(n.aliases.begin(),
                                      n.aliases.begin() + std::min(n.aliases.size(), kTooltipAliases));
        tooltip += "; also: " + fmt::format("{}", fmt::join(some, ", "));
        if (n.aliases.size() > some.size())
            tooltip += fmt::format(" and {} more", n.aliases.size() - some.size());
    }
    if (!n.mentions.empty())
        tooltip += fmt::format("; {} mention{}", n.mentions.size(), n.mentions.size() == 1 ? "" : "s");
    set(an, "tooltip", esc(tooltip));
    if (options.focus && *options.focus == n.id) {
        set(an, "penwidth", "3");
        set(an, "color", "#b2182b");
        set(an, "fontsize", "16");
    }
    if (!n.wikidata.empty()) {
        set(an, "URL", "https://www.wikidata.org/wiki/" + n.wikidata);
        set(an, "target", "_blank");
    }
}

// The nodes drawn, in id order; those without an edge go into a box of their own,
// laid out as a grid (rows chained by invisible edges) instead of one long column.
std::map<EntityId, Agnode_t*> add_nodes(Agraph_t* root, const KnowledgeGraph& graph, const DiagramPlan& plan,
                                        const DotOptions& options) {
    Agraph_t* unlinked_box = nullptr;
    std::size_t columns = 1;
    if (!plan.unlinked.empty()) {
        unlinked_box = agsubg(root, cstr("cluster_unlinked"), 1);
        set(unlinked_box, "label", "No relation found");
        set(unlinked_box, "style", "dashed");
        set(unlinked_box, "color", "#999999");
        while (columns * columns < plan.unlinked.size() && columns < kUnlinkedColumns) ++columns;
    }
    std::size_t unlinked_index = 0;
    Agnode_t* previous_unlinked = nullptr;
    std::map<EntityId, Agnode_t*> agnodes;
    for (const Node& n : graph.nodes()) {
        bool linked = plan.linked.count(n.id) > 0;
        if (!linked && !plan.unlinked.count(n.id)) continue;
        Agnode_t* an = agnode(root, cstr(n.id.str()), 1);
        agnodes[n.id] = an;
        if (!linked) {
            agsubnode(unlinked_box, an, 1);
            if (previous_unlinked && unlinked_index % columns != 0) {
                Agedge_t* e = agedge(unlinked_box, previous_unlinked, an, nullptr, 1);
                set(e, "style", "invis");
            }
            previous_unlinked = an;
            ++unlinked_index;
        }
        style_node(an, n, options);
    }
    return agnodes;
}

// One edge per relation group, or per pair when the labels name relations only;
// the tooltip lists the reports.
void add_edges(Agraph_t* root, const DiagramPlan& plan, const std::map<EntityId, Agnode_t*>& agnodes,
               const std::vector<Document>* documents) {
    for (const DrawnEdge& d : plan.choice.edges) {
        const RelationGroup& first = plan.groups[d.groups.front()];
        std::vector<const Edge*> members;
        bool all_dates = true;  // every edge links an act to its date node
        bool all_reported = true;
        for (std::size_t i : d.groups)
            for (const Edge* e : plan.groups[i].edges) {
                members.push_back(e);
                all_dates = all_dates && plan.groups[i].dates_act;
                all_reported = all_reported && e->attributed_to.has_value();
            }
        Agedge_t* ae = agedge(root, agnodes.at(first.source), agnodes.at(first.target), nullptr, 1);
        if (plan.choice.labels == EdgeLabels::full) {
            std::string label = esc(first.edges.front()->relation);
            if (members.size() > 1) label += fmt::format(" ({})", members.size());
            if (!all_dates)  // such an edge's date is its target node
                if (std::string range = date_range(members); !range.empty()) label += "\\n" + esc(range);
            set(ae, "label", label);
        } else if (plan.choice.labels == EdgeLabels::relation) {
            set(ae, "label", relations_label(plan.groups, d));
        }
        if (all_dates) set(ae, "style", "dotted");
        set(ae, "tooltip", edge_tooltip(members, documents));
        if (all_reported) set(ae, "style", "dashed");
    }
}

std::string dot_text(const KnowledgeGraph& graph, const std::vector<Document>* documents,
                     const DotOptions& options) {
    const DiagramPlan plan = detail::plan_diagram(graph, options);
    DotWriter writer;
    Agraph_t* root = writer.root();
    set_graph_attributes(root, plan.node_count() > kLargeDrawing, options.title);
    add_legend(root);
    add_not_drawn_note(root, plan);
    add_edges(root, plan, add_nodes(root, graph, plan, options), documents);
    return writer.text();
}

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
    ErrorCapture() : previous(agseterrf(collect_error)), previous_level(agseterr(AGWARN)) {
        g_errors = &messages;
    }
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
    std::lock_guard<std::mutex> lock(graphviz_mutex());
    ErrorCapture errors;
    ContextPtr gvc = make_context();
    if (!gvc) throw Error("render_svg: cannot create a Graphviz context");
    // read with the creation-order ids, so that clusters keep their order from run to run
    NameTable names;  // outlives the graph
    StringReader reader{&dot};
    Agiodisc_t io{read_line, put_string, no_flush};
    Agiddisc_t ids{ids_open, ids_map, ids_alloc, ids_free, ids_print, ids_close, ids_register};
    StableDisc disc{{&AgMemDisc, &ids, &io}, &names};
    GraphPtr g(agread(&reader, &disc.disc));
    if (!g) throw Error(fmt::format("render_svg: the DOT text does not parse: {}", errors.text()));
    if (gvLayout(gvc.get(), g.get(), "dot") != 0)
        throw Error(fmt::format("render_svg: Graphviz layout failed: {}", errors.text()));
    char* data = nullptr;
    unsigned int length = 0;
    int rc = gvRenderData(gvc.get(), g.get(), "svg", &data, &length);
    std::string svg = rc == 0 && data ? std::string(data, length) : std::string();
    if (data) gvFreeRenderData(data);
    gvFreeLayout(gvc.get(), g.get());
    if (rc != 0 || svg.empty())
        throw Error(fmt::format("render_svg: SVG rendering failed: {}", errors.text()));
    return svg;
}

MOSULKG_EXPORTER(dot) {
    list.push_back({"dot", "graph.dot", "the relationship diagram as DOT",
                    [](const ExportInput& in) { return in.diagram_dot(); }});
    list.push_back({"svg", "graph.svg", "the relationship diagram laid out by Graphviz",
                    [](const ExportInput& in) { return render_svg(in.diagram_dot()); }});
}

}  // namespace mosulkg
