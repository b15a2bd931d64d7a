#include "mosulkg/pipeline.hpp"

#include "mosulkg/error.hpp"
#include "mosulkg/export.hpp"
#include "mosulkg/output.hpp"
#include "mosulkg/publication.hpp"
#include "mosulkg/syntax.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <atomic>
#include <exception>
#include <future>
#include <iterator>
#include <mutex>
#include <set>
#include <thread>

namespace mosulkg {

namespace {

// The parser of `data`: its folder's syntax/en_ewt.model when it has one, else the compiled-in model.
Parser parser_of(const DataSource& data) {
    if (auto model = data.override_file("syntax/en_ewt.model")) return Parser::load(*model);
    return Parser::defaults();
}

}  // namespace

// The loaded data of every stage, each read once from one data source.
struct Pipeline::Impl {
    KnowledgeBase kb;
    Linker linker;
    TimexTagger tagger;
    RelationLexicon relations;
    Abbreviations abbreviations;
    Boilerplate boilerplate;
    Parser parser;

    Impl(KnowledgeBase k, const DataSource& data)
        : kb(std::move(k)),
          linker(kb),
          tagger(data),
          relations(RelationLexicon::from_data(data)),
          abbreviations(Abbreviations::from_data(data)),
          boilerplate(Boilerplate::from_data(data)),
          parser(parser_of(data)) {}
};

Pipeline::Pipeline() : Pipeline(KnowledgeBase::defaults()) {}
Pipeline::Pipeline(const DataSource& data) : Pipeline(KnowledgeBase::from_data(data), data) {}
Pipeline::Pipeline(KnowledgeBase kb) : Pipeline(std::move(kb), DataSource::installed()) {}
Pipeline::Pipeline(KnowledgeBase kb, const DataSource& data)
    : impl_(std::make_unique<Impl>(std::move(kb), data)) {}
Pipeline::~Pipeline() = default;
Pipeline::Pipeline(Pipeline&&) noexcept = default;
Pipeline& Pipeline::operator=(Pipeline&&) noexcept = default;

const KnowledgeBase& Pipeline::knowledge_base() const noexcept {
    return impl_->kb;
}

std::vector<Document> Pipeline::read(const std::vector<std::filesystem::path>& inputs, unsigned jobs) const {
    return read_corpus(inputs, impl_->boilerplate, jobs);
}

namespace {

// The stages of one document, on its own: no other article of the corpus takes part.
template <class Stages>
DocumentRecord process(const Stages& p, Document& d, const RunOptions& options) {
    DocumentRecord r;
    Text text = segment(d, p.abbreviations);
    d.warnings.insert(d.warnings.end(), text.warnings.begin(), text.warnings.end());
    r.mentions = p.linker.link(d, text);
    if (auto it = options.published.find(d.id.str()); it != options.published.end()) {
        d.published = it->second;
        d.published_source = DateSource::given;
        d.published_evidence = "--published";
    }
    // the dates are read once: with a given publication date, against it; else without a
    // reference, to find the publication date, and then resolved against it
    std::vector<Timex> timexes;
    if (d.published_source == DateSource::given) {
        timexes = p.tagger.tag(d.text, text, d.published);
    } else {
        FoundDates found = p.tagger.find(d.text, text, segment_chrome(d, p.abbreviations));
        PublicationDate date = find_publication_date(d, found.unresolved(), p.tagger, p.boilerplate);
        d.published = date.date;
        d.published_source = date.source;
        d.published_evidence = date.evidence;
        timexes = p.tagger.resolve(found, d.published);
    }
    r.relations = extract_relations(d, text, r.mentions, timexes, p.relations, p.kb, p.parser);
    r.offsets = CodepointIndex(d.text);
    return r;
}

unsigned thread_count(unsigned jobs, std::size_t documents) {
    if (jobs == 0) jobs = std::max(1u, std::thread::hardware_concurrency());
    return static_cast<unsigned>(std::max<std::size_t>(1, std::min<std::size_t>(jobs, documents)));
}

}  // namespace

DocumentRecord Pipeline::extract(Document d, const RunOptions& options) const {
    DocumentRecord r;
    try {
        r = process(*impl_, d, options);
    } catch (const std::exception& e) {
        // one article that cannot be read must not cost the others
        r = DocumentRecord{};
        r.problem = e.what();
        if (d.path.empty()) d.path = d.id.str();
    }
    d.text = std::string();
    d.blocks = std::vector<Block>();
    r.document = std::move(d);
    return r;
}

namespace {

// Pipeline::extract_all; `lines`, when given, receives each record's line.
std::vector<DocumentRecord> extract_on_threads(const Pipeline& pipeline, std::vector<Document> documents,
                                               const RunOptions& options, std::vector<std::string>* lines) {
    std::vector<DocumentRecord> records(documents.size());
    Progress progress;
    progress.total_documents = documents.size();
    for (const Document& d : documents) progress.total_bytes += d.text.size();
    std::atomic<std::size_t> next{0};
    std::mutex report;
    auto work = [&] {
        for (std::size_t i; (i = next++) < documents.size();) {
            std::size_t bytes = documents[i].text.size();
            records[i] = pipeline.extract(std::move(documents[i]), options);
            if (lines) (*lines)[i] = to_record_line(records[i]);
            if (!options.progress) continue;
            std::lock_guard<std::mutex> lock(report);
            ++progress.documents;
            progress.bytes += bytes;
            options.progress(progress);
        }
    };
    unsigned n = thread_count(options.jobs, documents.size());
    std::vector<std::thread> threads;
    for (unsigned t = 1; t < n; ++t) threads.emplace_back(work);
    work();
    for (auto& t : threads) t.join();
    return records;
}

}  // namespace

std::vector<DocumentRecord> Pipeline::extract_all(std::vector<Document> documents,
                                                  const RunOptions& options) const {
    return extract_on_threads(*this, std::move(documents), options, nullptr);
}

std::vector<DocumentRecord> Pipeline::extract_all(std::vector<Document> documents, const RunOptions& options,
                                                  std::vector<std::string>& lines) const {
    lines.assign(documents.size(), std::string());
    return extract_on_threads(*this, std::move(documents), options, &lines);
}

Corpus Pipeline::merge(std::vector<DocumentRecord> records, const RunOptions& options) const {
    const Impl& p = *impl_;
    std::sort(records.begin(), records.end(),
              [](const DocumentRecord& a, const DocumentRecord& b) { return a.document.id < b.document.id; });
    for (std::size_t i = 1; i < records.size(); ++i)
        if (records[i].document.id == records[i - 1].document.id)
            throw Error(fmt::format("document id '{}' is used by two records", records[i].document.id.str()));
    Corpus c;
    for (DocumentRecord& r : records) {
        Document& d = r.document;
        if (r.problem) {
            c.skipped.push_back({d.id, d.path.empty() ? d.id.str() : d.path, *r.problem});
            continue;
        }
        c.graph.add(d, r.mentions, r.relations, p.kb, p.relations);
        c.offsets.emplace(d.id, std::move(r.offsets));
        c.relations.insert(c.relations.end(), std::make_move_iterator(r.relations.begin()),
                           std::make_move_iterator(r.relations.end()));
        c.documents.push_back(std::move(d));
        r = DocumentRecord{};  // what the graph now holds
    }
    c.graph.finalize();
    c.chronology = build_chronology(c.relations, c.graph, p.kb, options.range, p.relations);
    return c;
}

Corpus Pipeline::run(std::vector<Document> documents, const RunOptions& options) const {
    return merge(extract_all(std::move(documents), options), options);
}

std::vector<Document> read_corpus(const std::vector<std::filesystem::path>& inputs, unsigned jobs) {
    return read_corpus(inputs, Boilerplate::defaults(), jobs);
}

std::vector<Document> read_corpus(const std::vector<std::filesystem::path>& inputs,
                                  const Boilerplate& boilerplate, unsigned jobs) {
    std::vector<Document> docs;
    std::set<DocId> ids;
    for (const auto& file : collect_inputs(inputs)) {
        for (auto& d : read_documents(file, boilerplate, jobs)) {
            if (!ids.insert(d.id).second)
                throw Error(file.string() + ": document id '" + d.id.str() + "' is used by another input");
            docs.push_back(std::move(d));
        }
    }
    return docs;
}

}  // namespace mosulkg
