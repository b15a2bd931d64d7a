// Throughput of the temporal tagger alone, in MB of news text per second on one core.
//
// usage: bench_timex [FILE...]   (.txt articles or .jsonl files with a "text" field;
//                                 default: the bundled example articles)
// The texts are repeated until about 32 MB have been tagged.
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
    const mosulkg::TimexTagger tagger;
    const auto reference = date::year(2016) / date::October / date::day(17);
    const std::size_t target = 32u << 20;
    std::size_t bytes = 0, found = 0;
    auto start = std::chrono::steady_clock::now();
    while (bytes < target) {
        for (const auto& t : texts) found += tagger.tag(t, reference).size();
        bytes += bytes_per_pass;
    }
    std::chrono::duration<double> secs = std::chrono::steady_clock::now() - start;
    fmt::print("{:.1f} MB in {:.2f} s: {:.1f} MB/s ({} expressions)\n", bytes / 1e6, secs.count(),
               bytes / 1e6 / secs.count(), found);
    return 0;
}
