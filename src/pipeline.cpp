#include "mosulkg/pipeline.hpp"

#include "mosulkg/error.hpp"
#include "mosulkg/export.hpp"
#include "mosulkg/publication.hpp"

#include <algorithm>
#include <set>

namespace mosulkg {

struct Pipeline::Impl {
    KnowledgeBase kb;
    Linker linker;
    TimexTagger tagger;
    const RelationLexicon& relations = RelationLexicon::defaults();
    const Abbreviations& abbreviations = Abbreviations::defaults();

    explicit Impl(KnowledgeBase k) : kb(std::move(k)), linker(kb) {}
};

Pipeline::Pipeline() : Pipeline(KnowledgeBase::defaults()) {}
Pipeline::Pipeline(KnowledgeBase kb) : impl_(std::make_unique<Impl>(std::move(kb))) {}
Pipeline::~Pipeline() = default;
Pipeline::Pipeline(Pipeline&&) noexcept = default;
Pipeline& Pipeline::operator=(Pipeline&&) noexcept = default;

const KnowledgeBase& Pipeline::knowledge_base() const noexcept { return impl_->kb; }

namespace {

// How much two articles tell the same story: the overlap of the entities they name.
double similarity(const std::vector<Mention>& a, const std::vector<Mention>& b) {
    std::set<EntityId> sa, sb;
    for (const auto& m : a) sa.insert(m.entity);
    for (const auto& m : b) sb.insert(m.entity);
    if (sa.empty() || sb.empty()) return 0.0;
    std::size_t common = 0;
    for (const auto& e : sa) common += sb.count(e);
    return static_cast<double>(common) / static_cast<double>(sa.size() + sb.size() - common);
}

}  // namespace

Corpus Pipeline::run(std::vector<Document> documents, const RunOptions& options) const {
    const Impl& p = *impl_;
    Corpus c;
    c.documents = std::move(documents);
    const std::size_t n = c.documents.size();

    // text and mentions need no dates
    std::vector<PublicationDate> dates(n);
    for (std::size_t i = 0; i < n; ++i) {
        Document& d = c.documents[i];
        c.texts.push_back(segment(d, p.abbreviations));
        c.mentions.push_back(p.linker.link(d, c.texts.back()));
        if (auto it = options.published.find(d.id.str()); it != options.published.end()) {
            d.published = it->second;
            d.published_source = DateSource::given;
            d.published_evidence = "--published";
        }
        if (d.published_source == DateSource::given) continue;
        dates[i] = find_publication_date(d, p.tagger);
        d.published = dates[i].date;
        d.published_source = dates[i].source;
        d.published_evidence = dates[i].evidence;
    }
    // an article without a full date borrows it from the articles telling the same story
    for (std::size_t i = 0; i < n; ++i) {
        Document& d = c.documents[i];
        if (d.published_source == DateSource::given || d.published_source == DateSource::stated) continue;
        std::vector<std::pair<date::year_month_day, double>> similar;
        for (std::size_t j = 0; j < n; ++j) {
            const Document& o = c.documents[j];
            if (j == i || !o.published || o.published_source == DateSource::unknown) continue;
            if (o.published_source == DateSource::inferred) continue;
            if (dates[i].partial) {
                // a dateline without a year ("Apr 18") is the same news day as the other
                // article only when its month and day agree within a few days
                date::year_month_day same{o.published->year(), dates[i].partial->month(), dates[i].partial->day()};
                if (!same.ok()) continue;
                auto gap = (date::sys_days(same) - date::sys_days(*o.published)).count();
                if (gap < -3 || gap > 3) continue;
            }
            similar.emplace_back(*o.published, similarity(c.mentions[i], c.mentions[j]));
        }
        if (auto inferred = infer_from_corpus(dates[i], similar)) {
            d.published = inferred;
            d.published_source = DateSource::inferred;
            if (d.published_evidence.empty()) d.published_evidence = "articles telling the same story";
        }
    }
    for (std::size_t i = 0; i < n; ++i) {
        const Document& d = c.documents[i];
        c.timexes.push_back(p.tagger.tag(d.text, d.published));
        auto rel = extract_relations(d, c.texts[i], c.mentions[i], c.timexes[i], p.relations, p.kb);
        c.graph.add(d, c.mentions[i], rel, p.kb);
        c.relations.insert(c.relations.end(), rel.begin(), rel.end());
    }
    c.graph.finalize();
    c.chronology = build_chronology(c.relations, c.graph, c.documents, p.kb, options.range);
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

void write_outputs(const Corpus& corpus, const std::filesystem::path& dir, const DotOptions& diagram) {
    // render everything first, so a failure writes nothing
    std::string dot = to_dot(corpus.graph, corpus.documents, diagram);
    std::vector<std::pair<std::string, std::string>> files = {
        {"graph.json", to_json(corpus.graph, corpus.documents)},
        {"graph.dot", dot},
        {"graph.svg", render_svg(dot)},
        {"graph.graphml", to_graphml(corpus.graph)},
        {"nodes.csv", nodes_csv(corpus.graph)},
        {"relationships.csv", relationships_csv(corpus.graph)},
        {"graph.nt", to_ntriples(corpus.graph)},
        {"timeline.md", timeline_markdown(corpus.chronology)},
        {"timeline.json", timeline_json(corpus.chronology, corpus.documents)},
        {"timeline.timelinejs.json", timeline_js(corpus.chronology)},
        {"timeline.svg", timeline_svg(corpus.chronology)},
    };
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (ec) throw Error(dir.string() + ": cannot create the output folder: " + ec.message());
    for (const auto& [name, content] : files) write_file_atomically(dir / name, content);
}

}  // namespace mosulkg
