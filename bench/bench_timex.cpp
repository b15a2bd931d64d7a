// Throughput of the temporal tagger alone, in MB of news text per second on one core.
//
// usage: bench_timex [FILE...]   (.txt articles or .jsonl files with a "text" field;
//                                 default: the bundled example articles)
// The texts are repeated until about 32 MB have been tagged. The text stage's tokens and
// sentences, which the tagger reads, are made once beforehand and not timed. Timed: tagging
// against a known reference date, and finding the dates without one, then resolving them
// (what a document without a given publication date costs).
#include "mosulkg/timex.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;

int main(int argc, char** argv) {
    std::vector<fs::path> files;
    for (int i = 1; i < argc; ++i) files.emplace_back(argv[i]);
    if (files.empty())
        for (const auto& e : fs::directory_iterator(fs::path(MOSULKG_SOURCE_DIR) / "examples" / "articles"))
            if (e.path().extension() == ".txt") files.push_back(e.path());
    std::vector<std::string> texts;
    for (const auto& f : files) {
        std::ifstream in(f, std::ios::binary);
        if (!in) {
            fmt::print(stderr, "bench_timex: cannot read {}\n", f.string());
            return 1;
        }
        if (f.extension() == ".jsonl") {
            std::string line;
            while (std::getline(in, line))
                if (!line.empty()) texts.push_back(nlohmann::json::parse(line).value("text", ""));
        } else {
            std::stringstream ss;
            ss << in.rdbuf();
            texts.push_back(ss.str());
        }
    }
    std::size_t bytes_per_pass = 0;
    for (const auto& t : texts) bytes_per_pass += t.size();
    if (bytes_per_pass == 0) {
        fmt::print(stderr, "bench_timex: no text\n");
        return 1;
    }
    std::vector<mosulkg::Text> segmented;
    for (const auto& t : texts) segmented.push_back(mosulkg::segment_plain(t));
    const mosulkg::TimexTagger tagger;
    const auto reference = date::year(2016) / date::October / date::day(17);
    const std::size_t target = 32u << 20;
    for (bool two_steps : {false, true}) {
        std::size_t bytes = 0, found = 0;
        auto start = std::chrono::steady_clock::now();
        while (bytes < target) {
            for (std::size_t i = 0; i < texts.size(); ++i)
                found += two_steps ? tagger.resolve(tagger.find(texts[i], segmented[i]), reference).size()
                                   : tagger.tag(texts[i], segmented[i], reference).size();
            bytes += bytes_per_pass;
        }
        std::chrono::duration<double> secs = std::chrono::steady_clock::now() - start;
        fmt::print("{}: {:.1f} MB in {:.2f} s: {:.1f} MB/s ({} expressions)\n",
                   two_steps ? "find, then resolve" : "tag with the reference", bytes / 1e6, secs.count(),
                   bytes / 1e6 / secs.count(), found);
    }
    return 0;
}
