// `mosulkg train-parser` and `mosulkg parse`: the syntax stage on its own.
#include "commands.hpp"

#include "mosulkg/error.hpp"
#include "mosulkg/pipeline.hpp"
#include "mosulkg/syntax.hpp"
#include "mosulkg/text.hpp"

#include <fmt/format.h>

#include <iostream>
#include <memory>
#include <string>
#include <vector>

namespace mosulkg::cli {
namespace {

struct TrainParserOptions {
    std::string treebank;
    std::string out = "data/syntax/en_ewt.model";
    TrainOptions train;
    bool quiet = false;
};

struct ParseOptions {
    std::vector<std::string> inputs;
    std::string eval;
    std::string model;
    bool gold_tags = false;
};

void run_train_parser(TrainParserOptions& o) {
    if (!o.quiet) o.train.log = &std::cerr;
    train_parser(o.treebank, o.out, o.train);
}

Parser load_parser(const ParseOptions& o) {
    return o.model.empty() ? Parser::defaults() : Parser::load(o.model);
}

void run_parse(const ParseOptions& o) {
    const Parser parser = load_parser(o);
    if (!o.eval.empty()) {
        const SyntaxScores s = evaluate(parser, read_conllu(o.eval), o.gold_tags);
        fmt::print("{}: {} sentences, {} words (gold tokenization, {} tags, punctuation included)\n", o.eval,
                   s.sentences, s.words, o.gold_tags ? "gold UPOS" : "predicted");
        fmt::print("UPOS {:.2f}\nUAS {:.2f}\nLAS {:.2f}\nLAS with subtypes {:.2f}\n", 100 * s.upos,
                   100 * s.uas, 100 * s.las, 100 * s.las_subtypes);
        return;
    }
    if (o.inputs.empty()) throw Error("parse: name article files, or a treebank with --eval");
    std::vector<std::filesystem::path> inputs(o.inputs.begin(), o.inputs.end());
    for (const Document& doc : read_corpus(inputs)) write_conllu(std::cout, doc, segment(doc), parser);
    std::cout.flush();
}

}  // namespace

void setup_syntax(CLI::App& app) {
    auto t = std::make_shared<TrainParserOptions>();
    auto* train = app.add_subcommand("train-parser",
                                     "Train the part-of-speech tagger and the dependency parser "
                                     "on a Universal Dependencies treebank");
    train->add_option("treebank", t->treebank, "directory holding *-ud-train.conllu (and *-ud-dev.conllu)")
        ->required();
    train->add_option("--out", t->out, "model file to write")->capture_default_str();
    train->add_option("--tagger-iterations", t->train.tagger_iterations)->capture_default_str();
    train->add_option("--parser-iterations", t->train.parser_iterations)->capture_default_str();
    train->add_option("--folds", t->train.jackknife_folds, "jackknife folds for the parser's tags")
        ->capture_default_str();
    train->add_option("--seed", t->train.seed, "shuffling seed")->capture_default_str();
    train
        ->add_option("--exploration", t->train.exploration,
                     "how often the parser follows its own mistakes in training (dynamic oracle)")
        ->capture_default_str();
    train
        ->add_option("--max-parser-weights", t->train.max_parser_weights,
                     "keep the largest parser weights only (0: all)")
        ->capture_default_str();
    train->add_flag("-q,--quiet", t->quiet, "no progress lines");
    train->callback([t] { run_train_parser(*t); });

    auto p = std::make_shared<ParseOptions>();
    auto* parse = app.add_subcommand("parse",
                                     "Print the dependency parse of every sentence of articles as CoNLL-U, "
                                     "or score the parser against a CoNLL-U treebank");
    parse->add_option("inputs", p->inputs, "article files (.txt, .jsonl) or directories");
    parse->add_option("--eval", p->eval, "CoNLL-U file: print UPOS, UAS and LAS with its tokenization");
    parse->add_option("--model", p->model, "model file (default: the built-in one)");
    parse->add_flag("--gold-tags", p->gold_tags, "with --eval: give the parser the treebank's UPOS");
    parse->callback([p] { run_parse(*p); });
}

}  // namespace mosulkg::cli
