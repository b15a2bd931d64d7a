// Throughput of the relation stage, dependency parsing of candidate sentences included,
// over growing input: the documents given (files or folders of .txt/.jsonl, e.g. a corpus
// of eval/make_perf_corpus.py), or the bundled articles, repeated to 1, 2, 4 and 8 MB.
// Time per MB stays flat when the stage is linear in its input.
// usage: bench_relations [INPUT ...]
#include <mosulkg/kb.hpp>
#include <mosulkg/linker.hpp>
#include <mosulkg/pipeline.hpp>
#include <mosulkg/relations.hpp>
#include <mosulkg/syntax.hpp>
#include <mosulkg/text.hpp>
#include <mosulkg/timex.hpp>

#include <fmt/format.h>

#include <chrono>
#include <filesystem>
#include <string>
#include <vector>

namespace {

struct Prepared {
    mosulkg::Document doc;
    mosulkg::Text text;
    std::vector<mosulkg::Mention> mentions;
    std::vector<mosulkg::Timex> timexes;
};

}  // namespace

int main(int argc, char** argv) {
    std::vector<std::filesystem::path> inputs(argv + 1, argv + argc);
    if (inputs.empty()) inputs.push_back(MOSULKG_SOURCE_DIR "/examples/articles");
    auto docs = mosulkg::read_corpus(inputs);
    const auto& kb = mosulkg::KnowledgeBase::defaults();
    mosulkg::Linker linker(kb);
    mosulkg::TimexTagger tagger;
    const auto& parser = mosulkg::Parser::defaults();
    const auto& lexicon = mosulkg::RelationLexicon::defaults();
    std::vector<Prepared> prepared;
    std::size_t bytes = 0;
    for (std::size_t round = 0; bytes < (8u << 20) && !docs.empty(); ++round)
        for (const auto& d : docs) {
            Prepared p{d, {}, {}, {}};
            p.doc.id = mosulkg::DocId(fmt::format("{}_{}", d.id.str(), round));
            p.text = mosulkg::segment(p.doc);
            p.mentions = linker.link(p.doc, p.text);
            p.timexes = tagger.tag(p.doc.text, p.text, p.doc.published);
            bytes += p.doc.text.size();
            prepared.push_back(std::move(p));
            if (bytes >= (8u << 20)) break;
        }
    fmt::print("relation stage (parse of candidate sentences included), one core\n");
    for (std::size_t limit : {1u << 20, 2u << 20, 4u << 20, 8u << 20}) {
        std::size_t done = 0, relations = 0;
        auto t0 = std::chrono::steady_clock::now();
        for (const auto& p : prepared) {
            if (done >= limit) break;
            relations +=
                mosulkg::extract_relations(p.doc, p.text, p.mentions, p.timexes, lexicon, kb, parser).size();
            done += p.doc.text.size();
        }
        double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        double mb = static_cast<double>(done) / 1e6;
        fmt::print("{:6.2f} MB  {:7.3f} s  {:7.2f} MB/s  {:8.3f} s/MB  {} relations\n", mb, secs, mb / secs,
                   secs / mb, relations);
    }
}
