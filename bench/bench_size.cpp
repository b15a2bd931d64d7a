// Time of the per-document pipeline against the size of one input, from 1 KB to 10 MB, for
// three shapes: one endless sentence (no full stop), ordinary sentences, and sentences dense
// with actors and dates. Time should grow in proportion to size up to the document limit
// (max_document_bytes, 256 KiB) and stay flat beyond it, where the text is cut.
//
// usage: bench_size [MAX_KB]   (default 10240)
#include "mosulkg/document.hpp"
#include "mosulkg/pipeline.hpp"

#include <fmt/format.h>

#include <chrono>
#include <cstdlib>
#include <string>
#include <vector>

namespace {

std::string grow(const std::string& unit, std::size_t bytes) {
    std::string s;
    s.reserve(bytes + unit.size());
    while (s.size() < bytes) s += unit;
    return s;
}

}  // namespace

int main(int argc, char** argv) {
    const std::size_t max_kb = argc > 1 ? std::strtoul(argv[1], nullptr, 10) : 10240;
    const std::vector<std::pair<const char*, std::string>> shapes = {
        {"one sentence", "Allawi said ISIS attacked Mosul on 17 October 2016 and "},
        {"sentences",
         "Iraqi forces retook the village of Hit from the Islamic State on Monday, officials said. "},
        {"dense", "Allawi said ISIS attacked 2016 "},
    };
    mosulkg::Pipeline pipeline;
    fmt::print("{:<14} {:>9} {:>10} {:>12}\n", "shape", "KB", "seconds", "ms per KB");
    for (const auto& [name, unit] : shapes)
        for (std::size_t kb = 1; kb <= max_kb; kb *= 4) {
            std::vector<mosulkg::Document> docs;
            docs.push_back(mosulkg::make_document(mosulkg::DocId("bench"), grow(unit, kb * 1024)));
            auto start = std::chrono::steady_clock::now();
            auto corpus = pipeline.run(std::move(docs));
            double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
            fmt::print("{:<14} {:>9} {:>10.3f} {:>12.3f}{}\n", name, kb, s,
                       1000 * s / static_cast<double>(kb), corpus.documents.empty() ? "  (skipped)" : "");
        }
}
