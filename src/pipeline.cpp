#include "mosulkg/pipeline.hpp"

#include "mosulkg/error.hpp"
#include "mosulkg/export.hpp"
#include "mosulkg/output.hpp"
#include "mosulkg/publication.hpp"
#include "mosulkg/syntax.hpp"

#include <algorithm>
#include <exception>
#include <set>

namespace mosulkg {

struct Pipeline::Impl {
    KnowledgeBase kb;
    Linker linker;
    TimexTagger tagger;
    const RelationLexicon& relations = RelationLexicon::defaults();
    const Abbreviations& abbreviations = Abbreviations::defaults();
    const Parser& parser = Parser::defaults();

    explicit Impl(KnowledgeBase k) : kb(std::move(k)), linker(kb) {}
};

Pipeline::Pipeline() : Pipeline(KnowledgeBase::defaults()) {}
Pipeline::Pipeline(KnowledgeBase kb) : impl_(std::make_unique<Impl>(std::move(kb))) {}
Pipeline::~Pipeline() = default;
Pipeline::Pipeline(Pipeline&&) noexcept = default;
Pipeline& Pipeline::operator=(Pipeline&&) noexcept = default;

const KnowledgeBase& Pipeline::knowledge_base() const noexcept { return impl_->kb; }

namespace {

// The stages of one document, on its own: no other article of the corpus takes part.
struct DocumentResult {
    Text text;
    std::vector<Mention> mentions;
    std::vector<Timex> timexes;
    std::vector<Relation> relations;
};

template <class Stages>
DocumentResult process(const Stages& p, Document& d, const RunOptions& options) {
    DocumentResult r;
    r.text = segment(d, p.abbreviations);
    r.mentions = p.linker.link(d, r.text);
    if (auto it = options.published.find(d.id.str()); it != options.published.end()) {
        d.published = it->second;
        d.published_source = DateSource::given;
        d.published_evidence = "--published";
    }
    if (d.published_source != DateSource::given) {
        PublicationDate date = find_publication_date(d, p.tagger);
        d.published = date.date;
        d.published_source = date.source;
        d.published_evidence = date.evidence;
    }
    r.timexes = p.tagger.tag(d.text, d.published);
    r.relations = extract_relations(d, r.text, r.mentions, r.timexes, p.relations, p.kb, p.parser);
    return r;
}

}  // namespace

Corpus Pipeline::run(std::vector<Document> documents, const RunOptions& options) const {
    const Impl& p = *impl_;
    Corpus c;
    for (auto& d : documents) {
        DocumentResult r;
        try {
            r = process(p, d, options);
        } catch (const std::exception& e) {
            // one article that cannot be read must not cost the others
            c.skipped.push_back({d.id, d.path.empty() ? d.id.str() : d.path, e.what()});
            continue;
        }
        c.graph.add(d, r.mentions, r.relations, p.kb);
        c.relations.insert(c.relations.end(), r.relations.begin(), r.relations.end());
        c.documents.push_back(std::move(d));
        c.texts.push_back(std::move(r.text));
        c.mentions.push_back(std::move(r.mentions));
        c.timexes.push_back(std::move(r.timexes));
    }
    c.graph.finalize();
    c.chronology = build_chronology(c.relations, c.graph, p.kb, options.range);
    return c;
}

std::vector<Document> read_corpus(const std::vector<std::filesystem::path>& inputs) {
    std::vector<Document> docs;
    std::set<DocId> ids;
    for (const auto& file : collect_inputs(inputs)) {
        for (auto& d : read_documents(file)) {
            if (!ids.insert(d.id).second)
                throw Error(file.string() + ": document id '" + d.id.str() + "' is used by another input");
            docs.push_back(std::move(d));
        }
    }
    return docs;
}

void write_outputs(const Corpus& corpus, const std::filesystem::path& dir) { write_outputs(corpus, dir, {}); }

std::vector<OutputFile> render_outputs(const Corpus& corpus, const DotOptions& diagram) {
    std::string dot = to_dot(corpus.graph, corpus.documents, diagram);
    std::string svg = render_svg(dot);
    return {
        {"graph.json", to_json(corpus.graph, corpus.documents)},
        {"graph.dot", std::move(dot)},
        {"graph.svg", std::move(svg)},
        {"graph.graphml", to_graphml(corpus.graph)},
        {"nodes.csv", nodes_csv(corpus.graph)},
        {"relationships.csv", relationships_csv(corpus.graph)},
        {"graph.nt", to_ntriples(corpus.graph)},
        {"timeline.md", timeline_markdown(corpus.chronology)},
        {"timeline.json", timeline_json(corpus.chronology, corpus.documents)},
        {"timeline.timelinejs.json", timeline_js(corpus.chronology)},
        {"timeline.svg", timeline_svg(corpus.chronology)},
    };
}

void write_outputs(const Corpus& corpus, const std::filesystem::path& dir, const DotOptions& diagram) {
    // everything is rendered first, then the folder is replaced at once
    auto files = render_outputs(corpus, diagram);
    OutputFolder(dir).replace(files);
}

}  // namespace mosulkg
