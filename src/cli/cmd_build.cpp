// `mosulkg build` and `mosulkg timeline`.
#include "commands.hpp"
#include "progress.hpp"

#include "mosulkg/data.hpp"
#include "mosulkg/error.hpp"
#include "mosulkg/export.hpp"
#include "mosulkg/output.hpp"
#include "mosulkg/pipeline.hpp"
#include "mosulkg/query.hpp"
#include "mosulkg/syntax.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <future>
#include <map>
#include <memory>
#include <numeric>
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
    unsigned jobs = 0;  // 0: all cores
    bool markdown = false;
    bool strict = false;
    std::string focus;
    std::size_t depth = 1;  // --depth, --max-nodes, --max-edges: count_validator
    DotOptions diagram;     // --max-nodes, --max-edges, --types, --edge-labels
    std::vector<std::string> types;
    std::string edge_labels = "auto";
    std::vector<std::string> formats;  // --formats: empty for all
    std::string data;                  // --data DIR
};

// "1 document", "2 documents".
std::string plural(std::size_t n, std::string_view one, std::string_view many = {}) {
    if (n == 1) return fmt::format("{} {}", n, one);
    return many.empty() ? fmt::format("{} {}s", n, one) : fmt::format("{} {}", n, many);
}

// A count given on the command line: digits only, so "-1" is refused, not wrapped.
CLI::Validator count_validator() {
    return CLI::Validator(
        [](std::string& v) -> std::string {
            if (v.empty() || v.size() > 9 || v.find_first_not_of("0123456789") != std::string::npos)
                return "expected a whole number from 0, not " + v;
            return {};
        },
        "N");
}

// A bad argument: exits with 2 (see main).
[[noreturn]] void usage(const std::string& message) {
    throw CLI::ValidationError(message);
}

// The checks that need no input read.
void check_arguments(const BuildOptions& o) {
    if (o.kb_replace && o.kb.empty())
        usage("--kb-replace: needs --kb FILE, the knowledge base to use instead");
    check_formats(o.formats);
}

// Every --published names a document that was read.
void check_published(const RunOptions& r, const std::vector<Document>& documents) {
    for (const auto& given : r.published) {
        const std::string& id = given.first;
        bool found = std::any_of(documents.begin(), documents.end(),
                                 [&](const Document& d) { return d.id.str() == id; });
        if (!found) throw Error(fmt::format("--published {}: no document has the id '{}'", id, id));
    }
}

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
        if (!type) usage(fmt::format("--types {}: expected person, group, place or date", t));
        d.types.push_back(*type);
    }
    const std::map<std::string, EdgeLabels> labels = {{"auto", EdgeLabels::automatic},
                                                      {"full", EdgeLabels::full},
                                                      {"relation", EdgeLabels::relation},
                                                      {"none", EdgeLabels::none}};
    auto it = labels.find(o.edge_labels);
    if (it == labels.end())
        usage(fmt::format("--edge-labels {}: expected auto, full, relation or none", o.edge_labels));
    d.edge_labels = it->second;
    return d;
}

RunOptions run_options(const BuildOptions& o) {
    return parse_run_options(o.from, o.to, o.published);
}

// The inputs: the files named, or the bundled articles.
std::vector<fs::path> inputs_of(const BuildOptions& o) {
    std::vector<fs::path> inputs(o.inputs.begin(), o.inputs.end());
    if (inputs.empty()) inputs.push_back(project_dir() / "examples" / "articles");
    return inputs;
}

// `records`, when given, receives the records of the run as JSON Lines (for `merge --into`).
Corpus run(const BuildOptions& o, std::string* records = nullptr) {
    check_arguments(o);
    // with threads to spare, the parser's model loads beside the knowledge base and linker
    std::future<void> parser_loaded;
    if (o.jobs != 1) parser_loaded = std::async(std::launch::async, [] { Parser::defaults(); });
    install_data(o.data);
    Pipeline pipeline = load_pipeline(o.kb, o.kb_replace);
    if (parser_loaded.valid()) parser_loaded.get();
    auto options = run_options(o);
    options.jobs = o.jobs;
    auto documents = pipeline.read(inputs_of(o), o.jobs);
    if (o.inputs.empty())  // the bundled articles are named as in the source tree, wherever it is
        for (auto& d : documents) d.path = fs::path(d.path).lexically_relative(project_dir()).string();
    check_published(options, documents);
    ProgressDisplay progress(o.quiet);
    options.progress = progress.callback();
    std::vector<std::string> lines;  // each record's, written beside its extraction
    auto extracted = records ? pipeline.extract_all(std::move(documents), options, lines)
                             : pipeline.extract_all(std::move(documents), options);
    progress.finish();
    if (records) {  // in id order (merge sorts the records so too)
        std::vector<std::size_t> order(extracted.size());
        std::iota(order.begin(), order.end(), std::size_t{0});
        std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
            return extracted[a].document.id < extracted[b].document.id;
        });
        std::size_t size = 0;
        for (const auto& line : lines) size += line.size();
        records->reserve(size);
        for (std::size_t i : order) *records += lines[i];
    }
    lines = std::vector<std::string>();
    Corpus corpus = pipeline.merge(std::move(extracted), options);
    for (const auto& s : corpus.skipped)
        fmt::print(stderr, "mosulkg: {}: skipped: {}\n", printable(s.path), printable(s.problem));
    if (!corpus.skipped.empty() && (o.strict || corpus.documents.empty()))
        throw Error(fmt::format("{} of {} could not be processed{}", corpus.skipped.size(),
                                plural(corpus.skipped.size() + corpus.documents.size(), "document"),
                                o.strict ? " (--strict)" : ""));
    return corpus;
}

void add_common(CLI::App* cmd, BuildOptions& o) {
    add_data(cmd, o.data);
    cmd->add_option("inputs", o.inputs,
                    "article files (.txt, .jsonl) or directories; default: the bundled articles");
    cmd->add_option("--kb", o.kb,
                    "a knowledge-base file that extends the built-in one (see data/kb/README.md)");
    cmd->add_flag("--kb-replace", o.kb_replace, "use only the --kb file, not the built-in knowledge base");
    cmd->add_option("--from", o.from, "first month of the chronology (YYYY-MM)")->capture_default_str();
    cmd->add_option("--to", o.to, "last month of the chronology (YYYY-MM)")->capture_default_str();
    cmd->add_option("--published", o.published,
                    "a publication date that wins over the text's: DOC=YYYY-MM-DD");
    cmd->add_flag("--strict", o.strict,
                  "fail when any document cannot be processed (default: report and skip it)");
    cmd->add_option("--jobs,-j", o.jobs, "threads reading documents (0: all cores)")->capture_default_str();
}

// focus.dot and focus.svg: the entity named `name` and what lies within `depth` hops.
std::vector<OutputFile> render_focus(const Corpus& corpus, const std::string& name, std::size_t depth,
                                     DotOptions style, const fs::path& out_dir) {
    auto center = corpus.graph.find(name);
    if (!center) throw Error(fmt::format("--focus {}: no entity has this id or name", name));
    KnowledgeGraph around = neighbourhood(corpus.graph, center->id, depth);
    style.focus = center->id;
    style.title = fmt::format("{} and what lies within {}", center->label, plural(depth, "hop"));
    std::string dot = graph_dot(around, corpus.documents, style);
    std::string svg = render_svg(dot);
    fmt::print(stderr, "mosulkg: focus on {} ({}): {}, {} -> {}\n", printable(center->label),
               printable(center->id.str()), plural(around.node_count(), "node"),
               plural(around.edge_count(), "edge"), printable((out_dir / "focus.svg").string()));
    return {{"focus.dot", std::move(dot)}, {"focus.svg", std::move(svg)}};
}

// The output folder: --out, else ./graphs for the bundled articles, else ./out.
fs::path output_dir(const BuildOptions& o) {
    if (!o.out.empty()) return o.out;
    return o.inputs.empty() ? fs::path("graphs") : fs::path("out");
}

}  // namespace

void add_formats(CLI::App* cmd, std::vector<std::string>& formats) {
    cmd->add_option("--formats", formats,
                    fmt::format("write only these output formats, comma-separated: {} (default: all)",
                                fmt::join(format_names(), ",")))
        ->delimiter(',');
}

void check_formats(const std::vector<std::string>& formats) {
    const auto known = format_names();
    for (const auto& f : formats)
        if (std::find(known.begin(), known.end(), f) == known.end())
            usage(fmt::format("--formats {}: unknown format; expected {}", f, fmt::join(known, ", ")));
}

void add_data(CLI::App* cmd, std::string& dir) {
    cmd->add_option("--data", dir,
                    "a folder of data files read instead of the built-in ones of the same name "
                    "(kb/entities.tsv, lexicon/boilerplate.txt, ...; see data/README.md)");
}

void install_data(const std::string& dir) {
    if (dir.empty()) return;
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) usage(fmt::format("--data {}: is not a folder", dir));
    DataSource source{fs::path(dir)};
    for (const auto& f : source.unmatched())
        fmt::print(stderr, "mosulkg: {}: warning: no data file has this name; it is not read\n",
                   printable(f));
    DataSource::install(std::move(source));
}

RunOptions parse_run_options(const std::string& from_text, const std::string& to_text,
                             const std::vector<std::string>& published) {
    RunOptions r;
    auto from = parse_year_month(from_text);
    auto to = parse_year_month(to_text);
    if (!from) usage(fmt::format("--from {}: expected YYYY-MM", from_text));
    if (!to) usage(fmt::format("--to {}: expected YYYY-MM", to_text));
    if (*to < *from) usage(fmt::format("--from {} is after --to {}", from_text, to_text));
    r.range = {*from, *to};
    for (const auto& p : published) {
        auto eq = p.find('=');
        auto d = eq == std::string::npos ? std::nullopt : parse_day(std::string_view(p).substr(eq + 1));
        if (!d) usage(fmt::format("--published {}: expected DOC=YYYY-MM-DD", p));
        r.published[p.substr(0, eq)] = *d;
    }
    return r;
}

Pipeline load_pipeline(const std::string& kb_file, bool replace) {
    KnowledgeBase kb = replace ? KnowledgeBase() : KnowledgeBase::defaults();
    if (!kb_file.empty())
        for (const auto& w : kb.merge(KnowledgeBase::load(kb_file, RelationLexicon::defaults())))
            fmt::print(stderr, "mosulkg: {}: warning: {}\n", printable(kb_file), printable(w));
    return Pipeline(std::move(kb));
}

void setup_build(CLI::App& app) {
    auto o = std::make_shared<BuildOptions>();
    auto* cmd = app.add_subcommand("build", "build the knowledge graph, diagram and chronology");
    add_common(cmd, *o);
    cmd->add_option(
        "--out", o->out,
        "output folder, replaced as a whole (default: ./graphs for the bundled articles, else ./out)");
    cmd->add_flag("--quiet,-q", o->quiet, "do not print the chronology nor show progress");
    cmd->add_option("--focus", o->focus,
                    "also draw focus.svg: the neighbourhood of this entity (id or name)");
    cmd->add_option("--depth", o->depth, "how many hops around the --focus entity")
        ->check(count_validator())
        ->capture_default_str();
    cmd->add_option("--max-nodes", o->diagram.max_nodes,
                    "draw at most N nodes, the most connected (0: all); the rest stay in graph.json")
        ->check(count_validator())
        ->capture_default_str();
    cmd->add_option("--max-edges", o->diagram.max_edges, "draw at most N edges, the best attested (0: all)")
        ->check(count_validator())
        ->capture_default_str();
    cmd->add_option("--types", o->types, "draw only these entity types: person,group,place,date")
        ->delimiter(',');
    cmd->add_option("--edge-labels", o->edge_labels,
                    "auto, full (relation, count, dates), relation (a pair's relations), none")
        ->capture_default_str();
    add_formats(cmd, o->formats);
    cmd->callback([o] {
        DotOptions diagram = diagram_options(*o);
        const fs::path out_dir = output_dir(*o);
        check_arguments(*o);
        OutputFolder folder(out_dir);  // locked before the run, replaced after it
        std::string records;
        Corpus corpus = run(*o, &records);
        auto files = render_outputs(corpus, diagram, o->formats);
        files.push_back({"records.jsonl", std::move(records)});  // for `mosulkg merge --into`
        if (!o->focus.empty()) {
            auto focus = render_focus(corpus, o->focus, o->depth, diagram, out_dir);
            files.insert(files.end(), focus.begin(), focus.end());
        }
        folder.replace(files);
        for (const auto& d : corpus.documents)
            for (const auto& w : d.warnings)
                fmt::print(stderr, "mosulkg: {}: {}\n", printable(d.path), printable(w));
        if (!o->quiet) fmt::print("{}", timeline_text(corpus.chronology));
        fmt::print(stderr, "mosulkg: {}, {}, {}, {} -> {}\n", plural(corpus.documents.size(), "document"),
                   plural(corpus.graph.node_count(), "node"), plural(corpus.graph.edge_count(), "edge"),
                   plural(corpus.chronology.entries.size(), "chronology entry", "chronology entries"),
                   printable(out_dir.string()));
    });
}

void setup_timeline(CLI::App& app) {
    auto o = std::make_shared<BuildOptions>();
    auto* cmd = app.add_subcommand("timeline", "print the chronology of the articles");
    add_common(cmd, *o);
    cmd->add_flag("--markdown", o->markdown, "print Markdown instead of plain text");
    cmd->callback([o] {
        Corpus corpus = run(*o);
        fmt::print("{}",
                   o->markdown ? timeline_markdown(corpus.chronology) : timeline_text(corpus.chronology));
    });
}

}  // namespace mosulkg::cli
