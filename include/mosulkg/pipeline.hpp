// mosulkg/pipeline.hpp: the stages run in order, over a corpus.
//
//   document -> text -> mentions (linker, timex) -> relations  (extract: one document alone)
//   records -> graph -> chronology                              (merge: the corpus)
//
// `Pipeline` holds the loaded linguistic data (knowledge base, lexicons), each read once
// from one data source (data.hpp) and given to every stage by const reference, so a
// folder of the user's own files reaches every stage that reads them. A run has
// two phases with a record between them (record.hpp): `extract` reads one document
// on its own, with no corpus-wide state, into a DocumentRecord; `merge` turns records
// into the graph and the chronology. `run` does both, extracting documents on
// `RunOptions::jobs` threads. Records are merged in document-id order, so the result
// is the same for any number of threads and any order of the input. An unexpected
// error inside one document's stages leaves that document out (`Corpus::skipped`) and
// the run goes on.
//
//     mosulkg::Pipeline pipeline;                       // compiled-in data
//     mosulkg::Pipeline tuned(mosulkg::DataSource("my-data"));  // my-data/relations/triggers.tsv, ...
//     auto corpus = pipeline.run(mosulkg::read_corpus({"articles/"}));
//     for (const auto& e : corpus.chronology.entries) ...
//
// Thread safety: a Pipeline is immutable after construction; `extract`, `merge` and
// `run` may be called from several threads. `write_outputs` may be called from
// several threads (for different folders).
#pragma once

#include "mosulkg/chronology.hpp"
#include "mosulkg/document.hpp"
#include "mosulkg/graph.hpp"
#include "mosulkg/kb.hpp"
#include "mosulkg/linker.hpp"
#include "mosulkg/output.hpp"
#include "mosulkg/record.hpp"
#include "mosulkg/relations.hpp"
#include "mosulkg/text.hpp"
#include "mosulkg/timex.hpp"

#include <date/date.h>

#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace mosulkg {

// A document that could not be processed: it is left out, and the run goes on.
struct SkippedDocument {
    DocId id;
    std::string path;     // where it was read from
    std::string problem;  // one line
};

// Everything the pipeline produced for one corpus. Texts are not kept: documents hold
// their metadata, `offsets` their code-point offsets, relations their evidence sentences.
struct Corpus {
    std::vector<Document> documents;  // in id order; `text` and `blocks` empty
    TextOffsets offsets;              // code-point offsets of every document
    std::vector<Relation> relations;  // all documents, in document order
    KnowledgeGraph graph;
    Chronology chronology;
    std::vector<SkippedDocument> skipped;  // documents left out, with the reason
};

// How far extraction has come, for a progress display.
struct Progress {
    std::size_t documents = 0;  // extracted so far
    std::size_t total_documents = 0;
    std::size_t bytes = 0;  // of text extracted so far
    std::size_t total_bytes = 0;
};

struct RunOptions {
    DateRange range;                                        // the chronology's period
    std::map<std::string, date::year_month_day> published;  // document id -> date given by the user
    unsigned jobs = 1;                                      // extraction threads (0: all cores)
    // Called now and then during extraction, from one thread at a time; may be empty.
    std::function<void(const Progress&)> progress;
};

class Pipeline {
public:
    // The data of the installed data source (data.hpp): the compiled-in files unless
    // DataSource::install was called. Throws Error for a malformed data file.
    Pipeline();
    // The data of `data`: its knowledge base, lexicons, word lists and syntax model. The
    // linker still reads the installed source. `data` need not outlive the pipeline.
    explicit Pipeline(const DataSource& data);
    // `kb` as the knowledge base; the rest as for Pipeline() or Pipeline(data).
    explicit Pipeline(KnowledgeBase kb);
    Pipeline(KnowledgeBase kb, const DataSource& data);
    ~Pipeline();
    Pipeline(Pipeline&&) noexcept;
    Pipeline& operator=(Pipeline&&) noexcept;

    const KnowledgeBase& knowledge_base() const noexcept;

    // Every input (files, or directories of .txt/.jsonl files), as read_corpus reads them,
    // with the pipeline's page-chrome patterns (lexicon/boilerplate.txt of its data).
    std::vector<Document> read(const std::vector<std::filesystem::path>& inputs, unsigned jobs = 1) const;

    // One document on its own. Never throws for a problem of the document: the record
    // then says why it was skipped.
    DocumentRecord extract(Document document, const RunOptions& options = {}) const;
    // Every document, on `options.jobs` threads; records in the order of `documents`.
    std::vector<DocumentRecord> extract_all(std::vector<Document> documents,
                                            const RunOptions& options = {}) const;
    // extract_all, and the record of each document as a line of JSON Lines (to_record_line,
    // record.hpp), written by the thread that extracted it: `lines[i]` is the i-th record's.
    std::vector<DocumentRecord> extract_all(std::vector<Document> documents, const RunOptions& options,
                                            std::vector<std::string>& lines) const;
    // The graph and chronology of the records, taken in document-id order. Throws Error
    // when two records have one id.
    Corpus merge(std::vector<DocumentRecord> records, const RunOptions& options = {}) const;
    // extract_all, then merge.
    Corpus run(std::vector<Document> documents, const RunOptions& options = {}) const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

// Reads every input (files, or directories of .txt/.jsonl files), a large .jsonl file on
// up to `jobs` threads (0: all cores), telling page chrome apart with `boilerplate` (or
// the installed data's). Throws Error naming the first input that cannot be read.
std::vector<Document> read_corpus(const std::vector<std::filesystem::path>& inputs, unsigned jobs = 1);
std::vector<Document> read_corpus(const std::vector<std::filesystem::path>& inputs,
                                  const Boilerplate& boilerplate, unsigned jobs = 1);

// write_outputs and render_outputs, which put a corpus's files on disk, are in output.hpp.

}  // namespace mosulkg
