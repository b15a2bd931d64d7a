// report.html: the graph, the chronology and their evidence as one self-contained
// interactive page. The page (data/report/) is compiled in; this file gathers the
// corpus into one JSON value, made safe to sit inside a <script> element, and puts
// it into the page.
#include "mosulkg/export.hpp"

#include "embedded.hpp"
#include "escape.hpp"
#include "mosulkg/error.hpp"
#include "register_exporter.hpp"

#include <nlohmann/json.hpp>

#include <map>
#include <set>
#include <tuple>

namespace mosulkg {

namespace {

using json = nlohmann::ordered_json;

// A sentence of a document, as the relations read from it give it.
struct Sentence {
    std::size_t ref = 0;    // its position in the page's sentence table
    std::size_t begin = 0;  // its first byte in the document
    std::string text;
};
using SentenceKey = std::pair<DocId, std::size_t>;
// (document, sentence, relation): what a report of that relation there says.
using ReportKey = std::tuple<DocId, std::size_t, std::string>;

// The number of UTF-16 code units of valid UTF-8 `s` (what a JavaScript string counts).
std::size_t utf16_length(std::string_view s) {
    std::size_t n = 0;
    for (unsigned char c : s) {
        if ((c & 0xC0) != 0x80) ++n;  // a character starts
        if (c >= 0xF0) ++n;           // beyond the basic plane: a surrogate pair
    }
    return n;
}

std::string day(date::sys_days d) {
    return detail::format_day(date::year_month_day{d});
}

bool is_wikidata_id(std::string_view q) {
    if (q.size() < 2 || q.size() > 12 || q[0] != 'Q' || q[1] == '0') return false;
    return q.find_first_not_of("0123456789", 1) == std::string_view::npos;
}

// An http(s) URL without spaces, quotes or control characters, else empty.
std::string safe_url(std::string_view url) {
    const bool web = url.rfind("https://", 0) == 0 || url.rfind("http://", 0) == 0;
    if (!web) return {};
    for (unsigned char c : url)
        if (c <= 0x20 || c == 0x7f || c == '"' || c == '\'' || c == '<' || c == '>' || c == '\\') return {};
    return std::string(url);
}

// JSON text that may stand inside <script>: "<", ">" and "&" (only ever inside strings in
// JSON) become \u escapes, and so do U+2028 and U+2029.
std::string script_safe(const std::string& text) {
    std::string out;
    out.reserve(text.size() + text.size() / 32);
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '<')
            out += "\\u003c";
        else if (c == '>')
            out += "\\u003e";
        else if (c == '&')
            out += "\\u0026";
        else if (c == '\xE2' && i + 2 < text.size() && text[i + 1] == '\x80' &&
                 (text[i + 2] == '\xA8' || text[i + 2] == '\xA9')) {
            out += text[i + 2] == '\xA8' ? "\\u2028" : "\\u2029";
            i += 2;
        } else
            out += c;
    }
    return out;
}

// The first and last day a value covers, or nulls.
void put_dates(json& j, const TimeValue& t) {
    j["date"] = t.value;
    j["first"] = t.first ? json(day(*t.first)) : json(nullptr);
    j["last"] = t.last ? json(day(*t.last)) : json(nullptr);
}

class ReportBuilder {
public:
    ReportBuilder(const KnowledgeGraph& graph, const Chronology& chronology,
                  const std::vector<Relation>& relations, const ReportOptions& options)
        : graph_(graph), chronology_(chronology), relations_(relations), options_(options) {}

    json build() {
        json data;
        data["title"] = detail::valid_utf8(options_.title);
        data["range"] = {detail::format_year_month(chronology_.range.from),
                         detail::format_year_month(chronology_.range.to)};
        data["docs"] = documents();
        index_sentences();
        data["nodes"] = nodes();
        data["entries"] = entries();
        data["edges"] = edges();
        // each entry lists the edges its sources are evidence of
        for (std::size_t e = 0; e < entry_edges_.size(); ++e) data["entries"][e]["edges"] = entry_edges_[e];
        json table = json::array();
        for (auto& s : sentence_texts_) table.push_back(std::move(s));
        data["sentences"] = std::move(table);
        return data;
    }

private:
    json documents() {
        json docs = json::array();
        for (const DocumentInfo& d : graph_.documents()) {
            doc_index_.emplace(d.id, doc_index_.size());
            docs.push_back({detail::valid_utf8(d.id.str()), detail::valid_utf8(d.title), safe_url(d.url),
                            d.published ? detail::format_day(*d.published) : std::string()});
        }
        return docs;
    }

    json doc_ref(const DocId& id) const {
        auto it = doc_index_.find(id);
        return it == doc_index_.end() ? json(-1) : json(it->second);
    }

    // The sentence table: every sentence a relation, an edge or a chronology source quotes.
    void index_sentences() {
        for (const Relation& r : relations_) {
            add_sentence(r.evidence, r.sentence);
            if (r.attributed_to) {
                auto label = graph_.label(*r.attributed_to);
                speakers_.emplace(ReportKey{r.evidence.doc, r.evidence.sentence, r.type},
                                  label ? *label : r.attributed_to->str());
            }
        }
    }

    void add_sentence(const Provenance& where, const std::string& text) {
        if (text.empty()) return;
        auto inserted = sentences_.emplace(SentenceKey{where.doc, where.sentence}, Sentence{});
        if (!inserted.second) return;
        inserted.first->second = {sentence_texts_.size(), where.span.begin, text};
        sentence_texts_.push_back(detail::valid_utf8(text));
    }

    json sentence_ref(const Provenance& where) const {
        auto it = sentences_.find({where.doc, where.sentence});
        return it == sentences_.end() ? json(-1) : json(it->second.ref);
    }

    // [document, sentence number, surface, sentence ref, UTF-16 offset of the surface in it]
    json mention(const Mention& m) const {
        json j = {doc_ref(m.where.doc), m.where.sentence, detail::valid_utf8(m.text), -1, -1};
        auto it = sentences_.find({m.where.doc, m.where.sentence});
        if (it != sentences_.end() && m.where.span.begin >= it->second.begin) {
            const std::string& text = it->second.text;
            const std::size_t at = m.where.span.begin - it->second.begin;
            if (text.compare(at, m.text.size(), m.text) == 0) {
                j[3] = it->second.ref;
                j[4] = utf16_length(std::string_view(text).substr(0, at));
            }
        }
        return j;
    }

    json nodes() {
        json out = json::array();
        for (const Node& n : graph_.nodes()) {
            node_index_.emplace(n.id, node_index_.size());
            json j;
            j["id"] = detail::valid_utf8(n.id.str());
            j["label"] = detail::valid_utf8(n.label);
            j["type"] = std::string(to_string(n.type));
            json aliases = json::array();
            for (const auto& a : n.aliases) aliases.push_back(detail::valid_utf8(a));
            j["aliases"] = std::move(aliases);
            j["wikidata"] = is_wikidata_id(n.wikidata) ? n.wikidata : std::string();
            j["kb"] = n.in_kb;
            json mentions = json::array();
            for (std::size_t i = 0; i < n.mentions.size() && i < options_.max_mentions; ++i)
                mentions.push_back(mention(n.mentions[i]));
            j["mentions"] = std::move(mentions);
            j["mention_count"] = n.mentions.size();
            out.push_back(std::move(j));
        }
        return out;
    }

    json node_ref(const std::optional<EntityId>& id) const {
        if (!id) return nullptr;
        auto it = node_index_.find(*id);
        return it == node_index_.end() ? json(nullptr) : json(it->second);
    }

    std::string label_of(const std::optional<EntityId>& id) const {
        if (!id) return {};
        auto label = graph_.label(*id);
        return detail::valid_utf8(label ? *label : id->str());
    }

    std::string speaker(const Provenance& where, const std::string& relation) const {
        auto it = speakers_.find(ReportKey{where.doc, where.sentence, relation});
        return it == speakers_.end() ? std::string() : detail::valid_utf8(it->second);
    }

    json entries() {
        json out = json::array();
        for (const ChronologyEntry& e : chronology_.entries) {
            const std::size_t index = out.size();
            json j;
            j["id"] = detail::valid_utf8(e.id);
            put_dates(j, e.date);
            j["relation"] = e.relation;
            j["summary"] = detail::valid_utf8(e.summary);
            json parts = json::array();
            for (const EntityId& p : e.participants)
                if (auto r = node_ref(p); !r.is_null()) parts.push_back(r);
            j["participants"] = std::move(parts);
            j["place"] = detail::valid_utf8(e.place_label);
            j["speaker"] = detail::valid_utf8(e.attributed_label);
            json sources = json::array();
            for (const Source& s : e.sources) {
                add_sentence(s.where, s.text);
                json src = {{"doc", doc_ref(s.where.doc)},
                            {"sentence", s.where.sentence},
                            {"text", sentence_ref(s.where)},
                            {"speaker", speaker(s.where, e.relation)}};
                put_dates(src, s.date);
                sources.push_back(std::move(src));
                entry_of_.emplace(ReportKey{s.where.doc, s.where.sentence, e.relation}, index);
            }
            j["sources"] = std::move(sources);
            out.push_back(std::move(j));
        }
        entry_edges_.assign(out.size(), json::array());
        return out;
    }

    json edges() {
        json out = json::array();
        for (const Edge& e : graph_.edges()) {
            const std::size_t index = out.size();
            json j;
            j["source"] = node_ref(e.source);
            j["target"] = node_ref(e.target);
            j["relation"] = detail::valid_utf8(e.relation);
            j["summary"] = detail::valid_utf8(e.summary);
            if (e.date)
                put_dates(j, *e.date);
            else
                j["date"] = j["first"] = j["last"] = nullptr;
            j["place"] = label_of(e.place);
            j["speaker"] = label_of(e.attributed_to);
            j["confidence"] = e.confidence;
            json sources = json::array();
            std::set<std::size_t> entries;
            for (std::size_t i = 0; i < e.evidence.size(); ++i) {
                const Provenance& p = e.evidence[i];
                if (i < e.sentences.size()) add_sentence(p, e.sentences[i]);
                sources.push_back({doc_ref(p.doc), p.sentence, sentence_ref(p)});
                auto range = entry_of_.equal_range(ReportKey{p.doc, p.sentence, e.relation});
                for (auto it = range.first; it != range.second; ++it) entries.insert(it->second);
            }
            j["sources"] = std::move(sources);
            j["entries"] = json(std::vector<std::size_t>(entries.begin(), entries.end()));
            for (std::size_t entry : entries) entry_edges_[entry].push_back(index);
            out.push_back(std::move(j));
        }
        return out;
    }

    const KnowledgeGraph& graph_;
    const Chronology& chronology_;
    const std::vector<Relation>& relations_;
    const ReportOptions& options_;
    std::map<DocId, std::size_t> doc_index_;
    std::map<EntityId, std::size_t> node_index_;
    std::map<SentenceKey, Sentence> sentences_;
    std::vector<std::string> sentence_texts_;
    std::map<ReportKey, std::string> speakers_;
    std::multimap<ReportKey, std::size_t> entry_of_;
    std::vector<json> entry_edges_;
};

// The page with each marker replaced by its content. The markers are looked for in the
// page only, in the order given, never in a content put in.
std::string fill(std::string_view page, const std::vector<std::pair<std::string_view, std::string>>& parts) {
    std::string out;
    std::size_t from = 0;
    for (const auto& part : parts) {
        auto at = page.find(part.first, from);
        if (at == std::string_view::npos)
            throw Error("built-in data file data/report/report.html lacks " + std::string(part.first));
        out.append(page, from, at - from);
        out += part.second;
        from = at + part.first.size();
    }
    out.append(page, from, std::string_view::npos);
    return out;
}

}  // namespace

std::string report_html(const KnowledgeGraph& graph, const Chronology& chronology,
                        const std::vector<Relation>& relations, const ReportOptions& options) {
    const json data = ReportBuilder(graph, chronology, relations, options).build();
    const std::string title = detail::html_escape(detail::one_line(options.title));
    return fill(detail::embedded("report/report.html"),
                {{"{{title}}", title},
                 {"/*{{style}}*/", std::string(detail::embedded("report/report.css"))},
                 {"{{title}}", title},
                 {"{{data}}", script_safe(data.dump(-1, ' ', false, json::error_handler_t::replace))},
                 {"/*{{script}}*/", std::string(detail::embedded("report/report.js"))}});
}

MOSULKG_EXPORTER(report) {
    list.push_back({"html", "report.html",
                    "interactive report: diagram, chronology and evidence, one offline page",
                    [](const ExportInput& in) {
                        return report_html(in.corpus.graph, in.corpus.chronology, in.corpus.relations);
                    }});
}

}  // namespace mosulkg
