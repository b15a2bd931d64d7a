// A fuzz target for document reading, the temporal tagger and the per-document pipeline.
// The first byte picks what the rest feeds:
//   0  read_documents on the bytes as a .txt file
//   1  read_documents on the bytes as a .jsonl file
//   2  TimexTagger::tag, with and without a reference date
//   3  tag_jsonl on the bytes as JSON Lines
//   4+ the whole pipeline on one in-memory document, and every output rendered
// A mosulkg::Error is an answer (bad input); any other exception, a document skipped by the
// pipeline (an unexpected error inside its stages), a crash or a sanitizer report is a finding.
#include "mosulkg/document.hpp"
#include "mosulkg/error.hpp"
#include "mosulkg/export.hpp"
#include "mosulkg/pipeline.hpp"
#include "mosulkg/timex.hpp"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <unistd.h>

namespace {

namespace fs = std::filesystem;

// a scratch file per process, for the reading modes
fs::path scratch(const char* ext) {
    return fs::temp_directory_path() / ("mosulkg_fuzz_" + std::to_string(::getpid()) + ext);
}

void read_as(const std::string& bytes, const char* ext) {
    fs::path p = scratch(ext);
    std::ofstream(p, std::ios::binary) << bytes;
    try {
        auto docs = mosulkg::read_documents(p);
        (void)docs;
    } catch (const mosulkg::Error&) {
    }
    std::error_code ec;
    fs::remove(p, ec);
}

void run_pipeline(const std::string& bytes) {
    static const mosulkg::Pipeline pipeline;
    std::vector<mosulkg::Document> docs;
    docs.push_back(mosulkg::make_document(mosulkg::DocId("fuzz"), bytes));
    mosulkg::Corpus corpus = pipeline.run(std::move(docs));
    if (!corpus.skipped.empty()) {
        std::fprintf(stderr, "a document was skipped: %s\n", corpus.skipped.front().problem.c_str());
        std::abort();
    }
    mosulkg::DotOptions small;
    small.max_nodes = 20;
    for (const auto& f : mosulkg::render_outputs(corpus, small)) (void)f;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    const std::string bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
    static const mosulkg::TimexTagger tagger;
    try {
        switch (data[0] % 5) {
            case 0:
                read_as(bytes, ".txt");
                break;
            case 1:
                read_as(bytes, ".jsonl");
                break;
            case 2:
                (void)tagger.tag(bytes, std::nullopt);
                (void)tagger.tag(bytes, date::year(2016) / 10 / 17);
                break;
            case 3: {
                std::istringstream in(bytes);
                std::ostringstream out;
                mosulkg::tag_jsonl(in, out, tagger, "fuzz.jsonl");
                break;
            }
            default:
                run_pipeline(bytes);
                break;
        }
    } catch (const mosulkg::Error&) {
        // bad input, reported
    }
    return 0;
}
