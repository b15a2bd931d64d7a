// mosulkg/syntax.hpp: stage 2b, part-of-speech tags and dependency trees.
//
// The stage sits between mentions and relations. A `Parser` tags the words of a
// sentence with Universal Dependencies parts of speech (UPOS) and then builds a
// labelled dependency tree over them with a greedy transition-based parser
// (arc-hybrid). Both are averaged perceptrons trained on the Universal
// Dependencies English Web Treebank (see data/syntax/README.md); the default
// model is compiled into the library.
//
// Words are tokenised as in the treebank: hyphens are their own tokens
// ("al - Qaeda"), the possessive "'s" is its own token. Curly quotes and
// apostrophes are read as straight ones. Tagging and parsing take time linear
// in the number of words and accept any input: an empty sentence, one word,
// thousands of words, bytes that are not UTF-8.
//
// Thread safety: a `Parser` is immutable once built; every const member
// function may be called from several threads at once.
#pragma once

#include "mosulkg/document.hpp"
#include "mosulkg/text.hpp"

#include <cstdint>
#include <filesystem>
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mosulkg {

// The seventeen universal parts of speech.
enum class Upos : std::uint8_t {
    adj,
    adp,
    adv,
    aux,
    cconj,
    det,
    intj,
    noun,
    num,
    part,
    pron,
    propn,
    punct,
    sconj,
    sym,
    verb,
    x
};
inline constexpr int upos_count = 17;

std::string_view to_string(Upos u) noexcept;                     // "ADJ", "ADP", ...
std::optional<Upos> parse_upos(std::string_view name) noexcept;  // "ADJ" -> Upos::adj

// One word of a parsed sentence.
struct Dependency {
    Upos upos = Upos::x;
    int head = -1;  // index in the sentence of its head; -1 for the root
    // The UD relation with its subtype as in the treebank ("nsubj:pass", "obl",
    // "nmod:poss", "acl:relcl", "compound:prt", "root"). It points into the label
    // table of the Parser that made it, which the Parser and its copies share:
    // one of them must outlive the Dependency.
    std::string_view label;
    // The treebank's language-specific tag (Penn Treebank: "VBN", "NNP", "POS"),
    // predicted with the UPOS, or within the UPOS given (a word given VERB is one of
    // VB, VBD, VBG, VBN, VBP, VBZ). Points into the Parser's tag table, like `label`.
    std::string_view xpos;
};

using Parse = std::vector<Dependency>;  // one per word, in order

namespace detail {
struct SyntaxModel;
struct Tagging;
}  // namespace detail

// A sentence as the tagger first read it: its UPOS, and what a later parse of the
// same words with some tags corrected can reuse (the model's fine tags and the words'
// features), so that only the words whose tags changed, and the two after each, are
// tagged again. Made by `Parser::tag_sentence`; an immutable value, cheap to copy.
class TaggedSentence {
public:
    TaggedSentence() = default;
    const std::vector<Upos>& tags() const noexcept { return tags_; }  // one per word

private:
    friend class Parser;
    std::vector<Upos> tags_;
    std::shared_ptr<const detail::Tagging> state_;
};

class Parser {
public:
    // The compiled-in model (UD English EWT), loaded once on first use. Thread-safe.
    static const Parser& defaults();
    // A model written by `train_parser`. Throws Error naming the file when it
    // cannot be read or is not a valid model (truncated, corrupted, other format).
    static Parser load(const std::filesystem::path& model);
    // A model from bytes in memory; `origin` names it in error messages.
    static Parser from_bytes(std::string_view bytes, std::string_view origin);

    // One tag per word.
    std::vector<Upos> tag(const std::vector<std::string_view>& words) const;
    // The same tags, with what `parse(words, tags, first)` reuses.
    TaggedSentence tag_sentence(const std::vector<std::string_view>& words) const;
    // Tags, then parses. The result has one Dependency per word; exactly one has head -1.
    Parse parse(const std::vector<std::string_view>& words) const;
    // Parses with the given tags (one per word; requires tags.size() == words.size(),
    // else throws Error).
    Parse parse(const std::vector<std::string_view>& words, const std::vector<Upos>& tags) const;
    // The same result as parse(words, tags), in less time when `first` is
    // tag_sentence(words) of this Parser and `tags` are its tags with a few corrected:
    // a word keeps the fine tag `first` gave it when its UPOS and the fine tags of the
    // two words before it are unchanged, which is what tagging it again would give.
    // Requires `first` made from the same words; one of another size or made by
    // another model is not used (the words are all tagged again).
    Parse parse(const std::vector<std::string_view>& words, const std::vector<Upos>& tags,
                const TaggedSentence& first) const;
    // The text stage's tokens of one sentence of `doc` (words as byte spans of doc.text).
    Parse parse(const Document& doc, const Text& text, const Sentence& sentence) const;

    // The relation labels the model knows, in its own order.
    const std::vector<std::string>& labels() const noexcept;

private:
    explicit Parser(std::shared_ptr<const detail::SyntaxModel> model) : model_(std::move(model)) {}
    std::shared_ptr<const detail::SyntaxModel> model_;
};

// ---- Treebanks: reading, training, evaluation -------------------------------

// One sentence of a CoNLL-U file: its words (multiword-token lines and empty
// nodes skipped), their gold UPOS, heads (-1 for the root) and relations.
struct TreebankSentence {
    std::string id;  // "# sent_id", or empty
    std::vector<std::string> words;
    std::vector<Upos> tags;
    std::vector<std::string> xpos;  // the language-specific tags ("VBD", "NNP")
    std::vector<int> heads;
    std::vector<std::string> labels;
};

// Reads a CoNLL-U file. Throws Error naming the file on a malformed line.
std::vector<TreebankSentence> read_conllu(const std::filesystem::path& file);

// Writes one parsed sentence as CoNLL-U (ID FORM _ UPOS XPOS _ HEAD DEPREL _ _), a
// blank line after it.
void write_conllu(std::ostream& out, const std::vector<std::string_view>& words, const Parse& parse,
                  std::string_view sent_id = {});

// Writes every sentence of a segmented document as CoNLL-U, parsed by `parser`:
// "# sent_id = DOC-sN" (N the sentence index in `text`) and "# text = ..." first.
void write_conllu(std::ostream& out, const Document& doc, const Text& text, const Parser& parser);

struct TrainOptions {
    int tagger_iterations = 8;
    int parser_iterations = 12;
    double exploration = 0.9;    // after the first iteration, how often the parser follows its own mistakes
    bool projectivise = false;   // lift crossing arcs of training trees (else skip those trees)
    int jackknife_folds = 5;     // the parser trains on tags predicted by taggers of the other folds
    std::uint64_t seed = 20141;  // shuffling: the same treebank gives the same model bytes
    std::size_t max_parser_weights = 2'500'000;  // the largest parser weights kept (0: all)
    std::ostream* log = nullptr;                 // progress lines, when set
};

// Trains a tagger and a parser on TREEBANK_DIR/*-ud-train.conllu (development
// figures on *-ud-dev.conllu, when present, go to the log) and writes the model
// to `out` (atomically). Throws Error naming the file on bad input or output.
void train_parser(const std::filesystem::path& treebank_dir, const std::filesystem::path& out,
                  const TrainOptions& options = {});

// Accuracy with gold tokenization and predicted tags, over all words including
// punctuation (as in the CoNLL 2018 shared task), in [0, 1]. `las` compares the
// universal relation only ("nsubj" for "nsubj:pass"), as the CoNLL 2018 scorer
// does; `las_subtypes` compares the whole label.
struct SyntaxScores {
    std::size_t words = 0;
    std::size_t sentences = 0;
    double upos = 0;
    double uas = 0;
    double las = 0;
    double las_subtypes = 0;
};

// With `gold_tags`, the parser is given the treebank's UPOS (to measure the parser alone).
SyntaxScores evaluate(const Parser& parser, const std::vector<TreebankSentence>& gold,
                      bool gold_tags = false);

}  // namespace mosulkg
