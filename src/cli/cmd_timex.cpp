// `mosulkg timex`: tags temporal expressions in a JSON Lines file.
#include "commands.hpp"

#include "mosulkg/error.hpp"
#include "mosulkg/timex.hpp"

#include <fstream>
#include <iostream>
#include <memory>
#include <string>

namespace mosulkg::cli {
namespace {

struct TimexOptions {
    std::string jsonl;
    std::string out;
};

void run_timex(const TimexOptions& o) {
    std::ifstream in(o.jsonl, std::ios::binary);
    if (!in) throw Error(o.jsonl + ": cannot open for reading");
    TimexTagger tagger;
    if (o.out.empty() || o.out == "-") {
        tag_jsonl(in, std::cout, tagger, o.jsonl);
        std::cout.flush();
        return;
    }
    std::ofstream out(o.out, std::ios::binary);
    if (!out) throw Error(o.out + ": cannot open for writing");
    tag_jsonl(in, out, tagger, o.jsonl);
    if (!out.flush()) throw Error(o.out + ": write failed");
}

}  // namespace

void setup_timex(CLI::App& app) {
    auto opts = std::make_shared<TimexOptions>();
    auto* sub = app.add_subcommand(
        "timex", "Tag temporal expressions (TIMEX3) in a JSON Lines file of {\"doc\", \"dct\", \"text\"} objects");
    sub->add_option("--jsonl", opts->jsonl, "input file, one JSON object per line")->required();
    sub->add_option("-o,--out", opts->out, "output file (default: standard output)");
    sub->callback([opts] { run_timex(*opts); });
}

}  // namespace mosulkg::cli
