// mosulkg/pipeline.hpp: the stages run in order, over a corpus.
//
//   document -> text -> mentions (linker, timex) -> relations -> graph -> chronology
//
// `Pipeline` holds the loaded linguistic data (knowledge base, lexicons) and
// runs every stage over a set of documents. Each document goes through text,
// mentions, publication date, dates and relations on its own; an unexpected error
// inside one document's stages leaves that document out (`Corpus::skipped`) and the
// run goes on.
//
//     mosulkg::Pipeline pipeline;                       // compiled-in data
//     auto corpus = pipeline.run(mosulkg::read_corpus({"articles/"}));
//     for (const auto& e : corpus.chronology.entries) ...
//
// Thread safety: a Pipeline is immutable after construction; `run` may be
// called from several threads.
#pragma once

#include "mosulkg/chronology.hpp"
#include "mosulkg/document.hpp"
#include "mosulkg/graph.hpp"
#include "mosulkg/kb.hpp"
#include "mosulkg/linker.hpp"
#include "mosulkg/output.hpp"
#include "mosulkg/relations.hpp"
#include "mosulkg/text.hpp"
#include "mosulkg/timex.hpp"

#include <date/date.h>

#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace mosulkg {

// A document that could not be processed: it is left out, and the run goes on.
struct SkippedDocument {
    DocId id;
    std::string path;      // where it was read from
    std::string problem;   // one line
};

// Everything the pipeline produced for one corpus.
struct Corpus {
    std::vector<Document> documents;
    std::vector<Text> texts;                     // per document
    std::vector<std::vector<Timex>> timexes;     // per document, resolved against its date
    std::vector<std::vector<Mention>> mentions;  // per document
    std::vector<Relation> relations;             // all documents, in document order
    KnowledgeGraph graph;
    Chronology chronology;
    std::vector<SkippedDocument> skipped;        // documents left out, with the reason
};

struct RunOptions {
    DateRange range;                                        // the chronology's period
    std::map<std::string, date::year_month_day> published;  // document id -> date given by the user
};

class Pipeline {
public:
    Pipeline();                                  // the compiled-in knowledge base
    explicit Pipeline(KnowledgeBase kb);
    ~Pipeline();
    Pipeline(Pipeline&&) noexcept;
    Pipeline& operator=(Pipeline&&) noexcept;

    const KnowledgeBase& knowledge_base() const noexcept;

    Corpus run(std::vector<Document> documents, const RunOptions& options = {}) const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

// Reads every input (files, or directories of .txt/.jsonl files). Throws Error
// naming the first input that cannot be read.
std::vector<Document> read_corpus(const std::vector<std::filesystem::path>& inputs);

// Writes graph.json, graph.dot, graph.svg, timeline.md, timeline.json and
// timeline.timelinejs.json into `dir` (created when missing), and for other
// tools and people graph.graphml, nodes.csv, relationships.csv, graph.nt and
// timeline.svg (see export.hpp). Every file is rendered first, then the folder is
// replaced at once (output.hpp): a failure leaves the previous output untouched.
void write_outputs(const Corpus& corpus, const std::filesystem::path& dir);
// The same, graph.dot and graph.svg drawn with `diagram` (export.hpp).
struct DotOptions;
void write_outputs(const Corpus& corpus, const std::filesystem::path& dir, const DotOptions& diagram);
// The files of write_outputs, rendered in memory, in order.
std::vector<OutputFile> render_outputs(const Corpus& corpus, const DotOptions& diagram);

}  // namespace mosulkg
