// `mosulkg build` and `mosulkg timeline`.
#include "commands.hpp"
#include "progress.hpp"

#include "mosulkg/error.hpp"
#include "mosulkg/export.hpp"
#include "mosulkg/pipeline.hpp"
#include "mosulkg/query.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

namespace mosulkg::cli {
namespace {

namespace fs = std::filesystem;

struct BuildOptions {
    std::vector<std::string> inputs;
    std::string out;
    std::string kb;
    bool kb_replace = false;
    std::string from = "2014-06";
    std::string to = "2017-04";
    std::vector<std::string> published;
    bool quiet = false;
    unsigned jobs = 0;                  // 0: all cores
    bool markdown = false;
    bool strict = false;
    std::string focus;
    std::size_t depth = 1;
    DotOptions diagram;                 // --max-nodes, --max-edges, --types, --edge-labels
    std::vector<std::string> types;
    std::string edge_labels = "auto";
};

// The bundled articles and the graphs/ folder, found next to the program's
// source tree or the current directory.
fs::path project_dir() {
    for (fs::path p : {fs::current_path(), fs::path(MOSULKG_SOURCE_DIR)})
        if (fs::exists(p / "examples" / "articles")) return p;
    throw Error("no inputs given and no bundled examples/articles folder found; name the article files");
}

// The diagram options given on the command line.
DotOptions diagram_options(const BuildOptions& o) {
    DotOptions d = o.diagram;
    for (const auto& t : o.types) {
        auto type = entity_type_from_string(t);
        if (!type) throw Error(fmt::format("--types {}: expected person, group, place or date", t));
        d.types.push_back(*type);
    }
    const std::map<std::string, EdgeLabels> labels = {{"auto", EdgeLabels::automatic},
                                                      {"full", EdgeLabels::full},
                                                      {"relation", EdgeLabels::relation},
                                                      {"none", EdgeLabels::none}};
    auto it = labels.find(o.edge_labels);
    if (it == labels.end())
        throw Error(fmt::format("--edge-labels {}: expected auto, full, relation or none", o.edge_labels));
    d.edge_labels = it->second;
    return d;
}

RunOptions run_options(const BuildOptions& o) { return parse_run_options(o.from, o.to, o.published); }

// `records`, when given, receives the records of the run as JSON Lines (for `merge --into`).
Corpus run(const BuildOptions& o, fs::path& out_dir, std::string* records = nullptr) {
    std::vector<fs::path> inputs(o.inputs.begin(), o.inputs.end());
    if (inputs.empty()) {
        auto dir = project_dir();
        inputs.push_back(dir / "examples" / "articles");
        if (out_dir.empty()) out_dir = dir / "graphs";
    }
    Pipeline pipeline = load_pipeline(o.kb, o.kb_replace);
    auto options = run_options(o);
    options.jobs = o.jobs;
    ProgressDisplay progress(o.quiet);
    options.progress = progress.callback();
    auto extracted = pipeline.extract_all(read_corpus(inputs), options);
    progress.finish();
    std::sort(extracted.begin(), extracted.end(),
              [](const DocumentRecord& a, const DocumentRecord& b) { return a.document.id < b.document.id; });
    if (records) *records = to_record_lines(extracted, o.jobs);
    Corpus corpus = pipeline.merge(std::move(extracted), options);
    for (const auto& s : corpus.skipped)
        fmt::print(stderr, "mosulkg: {}: skipped: {}\n", s.path, s.problem);
    if (!corpus.skipped.empty() && (o.strict || corpus.documents.empty()))
        throw Error(fmt::format("{} of {} documents could not be processed{}", corpus.skipped.size(),
                                corpus.skipped.size() + corpus.documents.size(), o.strict ? " (--strict)" : ""));
    return corpus;
}

void add_common(CLI::App* cmd, BuildOptions& o) {
    cmd->add_option("inputs", o.inputs, "article files (.txt, .jsonl) or directories; default: the bundled articles");
    cmd->add_option("--kb", o.kb, "a knowledge-base file that extends the built-in one (see data/kb/README.md)");
    cmd->add_flag("--kb-replace", o.kb_replace, "use only the --kb file, not the built-in knowledge base");
    cmd->add_option("--from", o.from, "first month of the chronology (YYYY-MM)")->capture_default_str();
    cmd->add_option("--to", o.to, "last month of the chronology (YYYY-MM)")->capture_default_str();
    cmd->add_option("--published", o.published, "a publication date that wins over the text's: DOC=YYYY-MM-DD");
    cmd->add_flag("--strict", o.strict, "fail when any document cannot be processed (default: report and skip it)");
    cmd->add_option("--jobs,-j", o.jobs, "threads reading documents (0: all cores)")->capture_default_str();
}

// focus.dot and focus.svg: the entity named `name` and what lies within `depth` hops.
void write_focus(const Corpus& corpus, const std::string& name, std::size_t depth, DotOptions style,
                 const fs::path& out_dir) {
    auto center = corpus.graph.find(name);
    if (!center) throw Error(fmt::format("--focus {}: no entity has this id or name", name));
    KnowledgeGraph around = neighbourhood(corpus.graph, center->id, depth);
    style.focus = center->id;
    style.title = fmt::format("{} and what lies within {} hop{}", center->label, depth, depth == 1 ? "" : "s");
    std::string dot = to_dot(around, corpus.documents, style);
    std::string svg = render_svg(dot);
    write_file_atomically(out_dir / "focus.dot", dot);
    write_file_atomically(out_dir / "focus.svg", svg);
    fmt::print(stderr, "mosulkg: focus on {} ({}): {} nodes, {} edges -> {}\n", center->label, center->id.str(),
               around.node_count(), around.edge_count(), (out_dir / "focus.svg").string());
}

}  // namespace

RunOptions parse_run_options(const std::string& from_text, const std::string& to_text,
                             const std::vector<std::string>& published) {
    RunOptions r;
    auto from = parse_year_month(from_text);
    auto to = parse_year_month(to_text);
    if (!from) throw Error(fmt::format("--from {}: expected YYYY-MM", from_text));
    if (!to) throw Error(fmt::format("--to {}: expected YYYY-MM", to_text));
    r.range = {*from, *to};
    for (const auto& p : published) {
        auto eq = p.find('=');
        date::year_month_day d{};
        std::istringstream in(eq == std::string::npos ? std::string() : p.substr(eq + 1));
        in >> date::parse("%F", d);
        if (eq == std::string::npos || in.fail() || !d.ok())
            throw Error(fmt::format("--published {}: expected DOC=YYYY-MM-DD", p));
        r.published[p.substr(0, eq)] = d;
    }
    return r;
}

Pipeline load_pipeline(const std::string& kb_file, bool replace) {
    KnowledgeBase kb = replace ? KnowledgeBase() : KnowledgeBase::defaults();
    if (!kb_file.empty()) kb.merge(KnowledgeBase::load(kb_file));
    return Pipeline(std::move(kb));
}

void setup_build(CLI::App& app) {
    auto o = std::make_shared<BuildOptions>();
    auto* cmd = app.add_subcommand("build", "build the knowledge graph, diagram and chronology");
    add_common(cmd, *o);
    cmd->add_option("--out", o->out, "output folder (default: graphs/ for the bundled articles, else out/)");
    cmd->add_flag("--quiet,-q", o->quiet, "do not print the chronology nor show progress");
    cmd->add_option("--focus", o->focus, "also draw focus.svg: the neighbourhood of this entity (id or name)");
    cmd->add_option("--depth", o->depth, "how many hops around the --focus entity")->capture_default_str();
    cmd->add_option("--max-nodes", o->diagram.max_nodes,
                    "draw at most N nodes, the most connected (0: all); the rest stay in graph.json")
        ->capture_default_str();
    cmd->add_option("--max-edges", o->diagram.max_edges, "draw at most N edges, the best attested (0: all)")
        ->capture_default_str();
    cmd->add_option("--types", o->types, "draw only these entity types: person,group,place,date")
        ->delimiter(',');
    cmd->add_option("--edge-labels", o->edge_labels,
                    "auto, full (relation, count, dates), relation (a pair's relations), none")
        ->capture_default_str();
    cmd->callback([o] {
        fs::path out_dir = o->out;
        DotOptions diagram = diagram_options(*o);
        std::string records;
        Corpus corpus = run(*o, out_dir, &records);
        if (out_dir.empty()) out_dir = "out";
        write_outputs(corpus, out_dir, diagram);
        write_file_atomically(out_dir / "records.jsonl", records);   // for `mosulkg merge --into`
        if (!o->focus.empty()) write_focus(corpus, o->focus, o->depth, diagram, out_dir);
        for (const auto& d : corpus.documents)
            for (const auto& w : d.warnings) fmt::print(stderr, "mosulkg: {}: {}\n", d.path, w);
        if (!o->quiet) fmt::print("{}", timeline_text(corpus.chronology));
        fmt::print(stderr, "mosulkg: {} documents, {} nodes, {} edges, {} chronology entries -> {}\n",
                   corpus.documents.size(), corpus.graph.node_count(), corpus.graph.edge_count(),
                   corpus.chronology.entries.size(), out_dir.string());
    });
}

void setup_timeline(CLI::App& app) {
    auto o = std::make_shared<BuildOptions>();
    auto* cmd = app.add_subcommand("timeline", "print the chronology of the articles");
    add_common(cmd, *o);
    cmd->add_flag("--markdown", o->markdown, "print Markdown instead of plain text");
    cmd->callback([o] {
        fs::path unused;
        Corpus corpus = run(*o, unused);
        fmt::print("{}", o->markdown ? timeline_markdown(corpus.chronology) : timeline_text(corpus.chronology));
    });
}

}  // namespace mosulkg::cli
