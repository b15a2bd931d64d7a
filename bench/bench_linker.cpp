// Throughput of segmentation + entity linking on news text (the bundled
// articles repeated, or the files given): MB of text per second on one core.
// usage: bench_linker [FILE ...]
#include <mosulkg/document.hpp>
#include <mosulkg/kb.hpp>
#include <mosulkg/linker.hpp>
#include <mosulkg/text.hpp>

#include <fmt/format.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

int main(int argc, char** argv) {
    std::vector<std::filesystem::path> files(argv + 1, argv + argc);
    if (files.empty())
        for (const auto& e : std::filesystem::directory_iterator(MOSULKG_SOURCE_DIR "/examples/articles"))
            files.push_back(e.path());
    std::string body;
    for (const auto& f : files) {
        std::ifstream in(f);
        std::stringstream ss;
        ss << in.rdbuf();
        body += ss.str() + "\n\n";
    }
    std::string text = "A benchmark corpus\n\n";
    while (text.size() < (8u << 20)) text += body;  // about 8 MB
    mosulkg::Document doc = mosulkg::make_document(mosulkg::DocId("bench"), text);
    mosulkg::Linker linker(mosulkg::KnowledgeBase::defaults());

    auto t0 = std::chrono::steady_clock::now();
    mosulkg::Text segmented = mosulkg::segment(doc);
    auto t1 = std::chrono::steady_clock::now();
    auto mentions = linker.link(doc, segmented);
    auto t2 = std::chrono::steady_clock::now();
    double mb = static_cast<double>(doc.text.size()) / 1e6;
    auto secs = [](auto a, auto b) { return std::chrono::duration<double>(b - a).count(); };
    fmt::print("{:.1f} MB, {} sentences, {} mentions\n", mb, segmented.sentences.size(), mentions.size());
    fmt::print("segment: {:.1f} MB/s\nlink:    {:.1f} MB/s\n", mb / secs(t0, t1), mb / secs(t1, t2));
}
