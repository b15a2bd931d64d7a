// Throughput of tagging + parsing on one core: sentences of 10, 100, 1000 and
// 10000 tokens (time per token should stay flat: the parser is linear), and the
// sentences of news articles (the bundled ones repeated, or the files given): parsed
// as they come, and as the relation stage parses them (tagged, some tags corrected,
// parsed with the corrected tags), tagging again or reusing the first tagging.
// usage: bench_syntax [FILE ...]
#include <mosulkg/document.hpp>
#include <mosulkg/pipeline.hpp>
#include <mosulkg/syntax.hpp>
#include <mosulkg/text.hpp>

#include <fmt/format.h>

#include <chrono>
#include <ctime>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

double seconds(Clock::time_point a, Clock::time_point b) {
    return std::chrono::duration<double>(b - a).count();
}

// CPU seconds of this thread: steadier than elapsed time on a busy machine.
double cpu_seconds() {
    return static_cast<double>(std::clock()) / CLOCKS_PER_SEC;
}

std::size_t bytes_of(const std::vector<std::string_view>& words) {
    std::size_t n = 0;
    for (auto w : words) n += w.size() + 1;
    return n;
}

enum class Mode { parse, retag, reuse };

// The tags with every seventh word's made a noun, as the relation stage corrects a few.
std::vector<mosulkg::Upos> corrected(std::vector<mosulkg::Upos> tags) {
    for (std::size_t i = 3; i < tags.size(); i += 7) tags[i] = mosulkg::Upos::noun;
    return tags;
}

mosulkg::Parse parse_as(Mode mode, const mosulkg::Parser& parser, const std::vector<std::string_view>& s) {
    switch (mode) {
        case Mode::parse:
            return parser.parse(s);
        case Mode::retag:
            return parser.parse(s, corrected(parser.tag(s)));
        case Mode::reuse: {
            const auto first = parser.tag_sentence(s);
            return parser.parse(s, corrected(first.tags()), first);
        }
    }
    return {};
}

// Parses `sentences` repeatedly for about a second; prints tokens/s and MB/s.
void measure(const std::string& name, const std::vector<std::vector<std::string_view>>& sentences,
             Mode mode = Mode::parse) {
    const auto& parser = mosulkg::Parser::defaults();
    std::size_t tokens = 0, bytes = 0, checksum = 0;
    const auto t0 = Clock::now();
    const double c0 = cpu_seconds();
    auto t1 = t0;
    do {
        for (const auto& s : sentences) {
            const auto p = parse_as(mode, parser, s);
            checksum += p.empty() ? 0 : static_cast<std::size_t>(p.back().head + 1);
            tokens += s.size();
            bytes += bytes_of(s);
        }
        t1 = Clock::now();
    } while (seconds(t0, t1) < 1.0);
    const double secs = seconds(t0, t1), cpu = cpu_seconds() - c0;
    fmt::print(
        "{:<28} {:>10.0f} tokens/s  {:>6.2f} MB/s  (CPU: {:>10.0f} tokens/s; {} tokens, {:.2f} s, {})\n",
        name, tokens / secs, bytes / secs / 1e6, tokens / cpu, tokens, secs, checksum % 10);
}

}  // namespace

int main(int argc, char** argv) {
    const auto t0 = Clock::now();
    mosulkg::Parser::defaults();
    fmt::print("model loaded in {:.3f} s\n", seconds(t0, Clock::now()));

    const std::vector<std::string_view> base = {
        "Iraqi",   "forces",  "backed",     "by",  "U.S.",    "-",  "led",    "coalition",
        "air",     "strikes", "recaptured", "the", "city",    "of", "Ramadi", "from",
        "Islamic", "State",   "militants",  "on",  "Tuesday", ","};
    for (std::size_t n : {10, 100, 1000, 10000}) {
        std::vector<std::string_view> sentence;
        for (std::size_t i = 0; i < n; ++i) sentence.push_back(base[i % base.size()]);
        sentence.back() = ".";
        measure(fmt::format("one sentence of {} tokens", n), {sentence});
    }

    std::vector<std::filesystem::path> inputs(argv + 1, argv + argc);
    if (inputs.empty()) inputs.push_back(MOSULKG_SOURCE_DIR "/examples/articles");
    const auto docs = mosulkg::read_corpus(inputs);
    std::vector<mosulkg::Text> texts;
    std::vector<std::vector<std::string_view>> sentences;
    for (const auto& d : docs) texts.push_back(mosulkg::segment(d));
    for (std::size_t k = 0; k < docs.size(); ++k)
        for (const auto& s : texts[k].sentences) {
            std::vector<std::string_view> words;
            for (std::size_t i = s.first_token; i < s.end_token; ++i)
                words.push_back(texts[k].tokens[i].span.of(docs[k].text));
            sentences.push_back(std::move(words));
        }
    measure(fmt::format("articles ({} sentences)", sentences.size()), sentences);
    measure("  tag, correct, tag again", sentences, Mode::retag);
    measure("  tag, correct, reuse tags", sentences, Mode::reuse);
}
