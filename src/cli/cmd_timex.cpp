// `mosulkg timex`: tags temporal expressions in a JSON Lines file.
#include "commands.hpp"

#include "mosulkg/document.hpp"
#include "mosulkg/error.hpp"
#include "mosulkg/export.hpp"
#include "mosulkg/timex.hpp"

#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>

namespace mosulkg::cli {
namespace {

struct TimexOptions {
    std::string jsonl;
    std::string out;
    std::string data;  // --data DIR
};

void run_timex(const TimexOptions& o) {
    install_data(o.data);
    std::istringstream in(read_regular_file(o.jsonl));
    TimexTagger tagger;
    // the whole output is made first: a bad line writes nothing
    std::ostringstream out;
    tag_jsonl(in, out, tagger, o.jsonl);
    if (o.out.empty() || o.out == "-") {
        std::cout << out.str();
        std::cout.flush();
        if (!std::cout) throw Error("standard output: write failed");
        return;
    }
    write_file_atomically(o.out, out.str());
}

}  // namespace

void setup_timex(CLI::App& app) {
    auto opts = std::make_shared<TimexOptions>();
    auto* sub = app.add_subcommand(
        "timex",
        "Tag temporal expressions (TIMEX3) in a JSON Lines file of {\"doc\", \"dct\", \"text\"} objects");
    sub->add_option("--jsonl", opts->jsonl, "input file, one JSON object per line")->required();
    sub->add_option("-o,--out", opts->out, "output file (default: standard output)");
    add_data(sub, opts->data);
    sub->callback([opts] { run_timex(*opts); });
}

}  // namespace mosulkg::cli
