// `mosulkg extract` (documents -> records) and `mosulkg merge` (records -> outputs).
#include "commands.hpp"
#include "progress.hpp"

#include "mosulkg/error.hpp"
#include "mosulkg/export.hpp"
#include "mosulkg/pipeline.hpp"
#include "mosulkg/record.hpp"

#include <fmt/format.h>

#include <cstdio>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace mosulkg::cli {
namespace {

namespace fs = std::filesystem;

struct RecordOptions {
    std::vector<std::string> inputs;
    std::string out;
    std::string into;
    std::string kb;
    bool kb_replace = false;
    std::string from = "2014-06";
    std::string to = "2017-04";
    std::vector<std::string> published;
    unsigned jobs = 0;
    bool quiet = false;
    std::vector<std::string> formats;  // merge --formats: empty for all
    std::string data;                  // --data DIR
};

void extract(const RecordOptions& o) {
    install_data(o.data);
    Pipeline pipeline = load_pipeline(o.kb, o.kb_replace);
    RunOptions options = parse_run_options(o.from, o.to, o.published);
    options.jobs = o.jobs;
    ProgressDisplay progress(o.quiet || o.out.empty());
    options.progress = progress.callback();
    std::vector<fs::path> inputs(o.inputs.begin(), o.inputs.end());
    auto records = pipeline.extract_all(pipeline.read(inputs, o.jobs), options);
    progress.finish();
    std::string text = to_record_lines(records, o.jobs);
    if (o.out.empty() || o.out == "-")
        std::fwrite(text.data(), 1, text.size(), stdout);
    else
        write_file_atomically(o.out, text);
}

void merge(const RecordOptions& o) {
    check_formats(o.formats);
    install_data(o.data);
    Pipeline pipeline = load_pipeline(o.kb, o.kb_replace);
    RunOptions options = parse_run_options(o.from, o.to, o.published);
    std::vector<DocumentRecord> records;
    fs::path out_dir = !o.into.empty() ? fs::path(o.into) : fs::path(o.out.empty() ? "out" : o.out);
    if (!o.into.empty() && fs::exists(out_dir / "records.jsonl"))
        records = read_records(out_dir / "records.jsonl");
    for (const auto& in : o.inputs) {
        auto more = read_records(in);
        records.insert(records.end(), std::make_move_iterator(more.begin()),
                       std::make_move_iterator(more.end()));
    }
    std::sort(records.begin(), records.end(),
              [](const DocumentRecord& a, const DocumentRecord& b) { return a.document.id < b.document.id; });
    std::string kept = to_record_lines(records, 0);  // the records of everything merged, for the next --into
    Corpus corpus = pipeline.merge(std::move(records), options);
    for (const auto& s : corpus.skipped) fmt::print(stderr, "mosulkg: {}: skipped: {}\n", s.path, s.problem);
    write_outputs(corpus, out_dir, DotOptions{}, o.formats);
    write_file_atomically(out_dir / "records.jsonl", kept);
    if (!o.quiet)
        fmt::print(stderr, "mosulkg: {} documents, {} nodes, {} edges, {} chronology entries -> {}\n",
                   corpus.documents.size(), corpus.graph.node_count(), corpus.graph.edge_count(),
                   corpus.chronology.entries.size(), out_dir.string());
}

void add_kb(CLI::App* cmd, RecordOptions& o) {
    cmd->add_option("--kb", o.kb,
                    "a knowledge-base file that extends the built-in one (see data/kb/README.md)");
    cmd->add_flag("--kb-replace", o.kb_replace, "use only the --kb file, not the built-in knowledge base");
    cmd->add_flag("--quiet,-q", o.quiet, "no progress or summary on stderr");
    add_data(cmd, o.data);
}

}  // namespace

void setup_extract(CLI::App& app) {
    auto o = std::make_shared<RecordOptions>();
    auto* cmd = app.add_subcommand("extract",
                                   "read each article on its own into JSON Lines records (the first half of "
                                   "build; README: Record format)");
    cmd->add_option("inputs", o->inputs, "article files (.txt, .jsonl) or directories")->required();
    cmd->add_option("--out,-o", o->out, "records file (default: standard output)");
    cmd->add_option("--published", o->published,
                    "a publication date that wins over the text's: DOC=YYYY-MM-DD");
    cmd->add_option("--jobs,-j", o->jobs, "threads reading documents (0: all cores)")->capture_default_str();
    add_kb(cmd, *o);
    cmd->callback([o] { extract(*o); });
}

void setup_merge(CLI::App& app) {
    auto o = std::make_shared<RecordOptions>();
    auto* cmd = app.add_subcommand(
        "merge", "build the graph, chronology and every output file from records (the second half of build)");
    cmd->add_option("records", o->inputs, "records files written by `mosulkg extract`");
    cmd->add_option("--out", o->out,
                    "output folder (default: out/); records.jsonl there keeps what was merged");
    cmd->add_option(
        "--into", o->into,
        "an output folder of an earlier merge: add the new records to its records.jsonl and rewrite it");
    cmd->add_option("--from", o->from, "first month of the chronology (YYYY-MM)")->capture_default_str();
    cmd->add_option("--to", o->to, "last month of the chronology (YYYY-MM)")->capture_default_str();
    add_kb(cmd, *o);
    add_formats(cmd, o->formats);
    cmd->callback([o] {
        if (!o->into.empty() && !o->out.empty()) throw Error("--into and --out: give one output folder");
        merge(*o);
    });
}

}  // namespace mosulkg::cli
