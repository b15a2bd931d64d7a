// Throughput of the whole pipeline and of each stage on a JSON Lines corpus
// (../shared/eval/make_perf_corpus.py SIZE OUT.jsonl), on one core:
//   reading, text, linker, publication date, timex, relations (extract, per document),
//   records (writing and reading the JSON Lines records), merge (graph and chronology),
//   exports (every output file rendered, not written).
// usage: bench_scale CORPUS.jsonl
// Times are CPU seconds of the one thread (steadier than elapsed time on a busy machine).
// For the end-to-end figures with threads and peak memory, see bench/scaling.sh.
#include <mosulkg/document.hpp>
#include <mosulkg/export.hpp>
#include <mosulkg/kb.hpp>
#include <mosulkg/linker.hpp>
#include <mosulkg/pipeline.hpp>
#include <mosulkg/publication.hpp>
#include <mosulkg/record.hpp>
#include <mosulkg/relations.hpp>
#include <mosulkg/syntax.hpp>
#include <mosulkg/text.hpp>
#include <mosulkg/timex.hpp>

#include <fmt/format.h>

#include <cstdio>
#include <ctime>
#include <map>
#include <string>
#include <vector>

using namespace mosulkg;
namespace {

// CPU seconds used by the calling thread so far.
double thread_seconds() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) / 1e9;
}

struct Stopwatch {
    std::map<std::string, double> seconds;
    std::vector<std::string> order;
    template <class Fn>
    auto time(const std::string& stage, Fn&& fn) {
        double start = thread_seconds();
        struct Add {
            Stopwatch& w;
            const std::string& s;
            double t;
            ~Add() {
                if (!w.seconds.count(s)) w.order.push_back(s);
                w.seconds[s] += thread_seconds() - t;
            }
        } add{*this, stage, start};
        return fn();
    }
};

}  // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: bench_scale CORPUS.jsonl\n");
        return 2;
    }
    try {
        Stopwatch w;
        auto docs = w.time("reading", [&] { return read_documents(argv[1]); });
        std::size_t bytes = 0;
        for (const auto& d : docs) bytes += d.text.size();
        const KnowledgeBase& kb = KnowledgeBase::defaults();
        Linker linker(kb);
        TimexTagger tagger;
        Pipeline pipeline;
        std::vector<DocumentRecord> records;
        for (auto& d : docs) {
            // the stages of Pipeline::extract, one by one
            Text text = w.time("text", [&] { return segment(d); });
            auto mentions = w.time("linker", [&] { return linker.link(d, text); });
            // as Pipeline::extract: the dates read once, against a given publication date, else
            // without one, to find it, and then resolved
            std::vector<Timex> timexes;
            if (d.published_source == DateSource::given) {
                timexes = w.time("timex", [&] { return tagger.tag(d.text, text, d.published); });
            } else {
                auto found = w.time("timex", [&] { return tagger.find(d.text, text, segment_chrome(d)); });
                w.time("publication date", [&] {
                    PublicationDate p = find_publication_date(d, found.unresolved(), tagger);
                    d.published = p.date;
                    d.published_source = p.source;
                    return 0;
                });
                timexes = w.time("timex", [&] { return tagger.resolve(found, d.published); });
            }
            auto relations = w.time("relations", [&] {
                return extract_relations(d, text, mentions, timexes, RelationLexicon::defaults(), kb,
                                         Parser::defaults());
            });
            DocumentRecord r;
            r.offsets = CodepointIndex(d.text);
            r.mentions = std::move(mentions);
            r.relations = std::move(relations);
            d.text.clear();
            d.blocks.clear();
            r.document = std::move(d);
            records.push_back(std::move(r));
        }
        std::string lines = w.time("records", [&] {
            std::string out;
            for (const auto& r : records) out += to_record_line(r);
            return out;
        });
        w.time("records", [&] {
            records.clear();
            std::size_t at = 0;
            while (at < lines.size()) {
                auto nl = lines.find('\n', at);
                records.push_back(parse_record_line(std::string_view(lines).substr(at, nl - at), "bench"));
                at = nl + 1;
            }
            return 0;
        });
        Corpus corpus = w.time("merge", [&] { return pipeline.merge(std::move(records), RunOptions{}); });
        std::size_t out_bytes = w.time("exports", [&] {
            std::string dot = graph_dot(corpus.graph, corpus.documents);
            std::size_t n = dot.size() + render_svg(dot).size() +
                            graph_json(corpus.graph, corpus.offsets).size() +
                            graph_graphml(corpus.graph).size() + nodes_csv(corpus.graph).size() +
                            relationships_csv(corpus.graph).size() + graph_ntriples(corpus.graph).size() +
                            timeline_markdown(corpus.chronology).size() +
                            timeline_json(corpus.chronology, corpus.offsets).size() +
                            timeline_js(corpus.chronology).size() + timeline_svg(corpus.chronology).size();
            return n;
        });
        double mb = bytes / 1e6, total = 0;
        fmt::print("{:.1f} MB, {} documents; {} nodes, {} edges, {} entries; {:.1f} MB of output\n", mb,
                   corpus.documents.size(), corpus.graph.node_count(), corpus.graph.edge_count(),
                   corpus.chronology.entries.size(), out_bytes / 1e6);
        fmt::print("{:<18} {:>9} {:>10}\n", "stage", "CPU s", "MB/s");
        for (const auto& s : w.order) {
            total += w.seconds[s];
            fmt::print("{:<18} {:>9.2f} {:>10.1f}\n", s, w.seconds[s], mb / w.seconds[s]);
        }
        fmt::print("{:<18} {:>9.2f} {:>10.1f}\n", "all", total, mb / total);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "bench_scale: %s\n", e.what());
        return 1;
    }
    return 0;
}
