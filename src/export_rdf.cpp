// N-Triples: entities, relations (plain triples and reified statements carrying
// date, confidence and provenance) and documents.
#include "mosulkg/export.hpp"

#include "escape.hpp"
#include "register_exporter.hpp"

#include <fmt/format.h>

#include <set>
#include <tuple>

namespace mosulkg {

namespace {

constexpr const char* kBase = "urn:mosulkg:";
constexpr const char* kRdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
constexpr const char* kRdfs = "http://www.w3.org/2000/01/rdf-schema#";
constexpr const char* kOwl = "http://www.w3.org/2002/07/owl#";
constexpr const char* kSkos = "http://www.w3.org/2004/02/skos/core#";
constexpr const char* kXsd = "http://www.w3.org/2001/XMLSchema#";
constexpr const char* kSchema = "http://schema.org/";
constexpr const char* kProv = "http://www.w3.org/ns/prov#";

// An IRI of the form <prefix + local>: characters N-Triples does not allow in an
// IRIREF (controls, space, <>"{}|^`\) and '%' are percent-encoded.
std::string iri(std::string_view prefix, std::string_view local = {}) {
    std::string out = "<";
    out += prefix;
    for (std::size_t i = 0; i < local.size(); ++i) {
        const char c = local[i];
        auto u = static_cast<unsigned char>(c);
        // the bytes of invalid UTF-8 are percent-encoded too; a valid sequence passes whole
        if (u >= 0x80 && detail::utf8_length(local, i) > 0) {
            std::size_t n = detail::utf8_length(local, i);
            out.append(local, i, n);
            i += n - 1;
        } else if (u <= 0x20 || u >= 0x7f ||
                   std::string_view("<>\"{}|^`\\%").find(c) != std::string_view::npos) {
            out += fmt::format("%{:02X}", u);
        } else {
            out += c;
        }
    }
    return out + ">";
}

// A literal escaped per the N-Triples grammar (ECHAR and UCHAR).
std::string literal(std::string_view s, std::string_view datatype = {}) {
    std::string out = "\"";
    for (char c : detail::valid_utf8(s)) {
        auto u = static_cast<unsigned char>(c);
        switch (c) {
            case '"':
                out += "\\\"";
                break;
            case '\\':
                out += "\\\\";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\r':
                out += "\\r";
                break;
            case '\t':
                out += "\\t";
                break;
            default:
                if (u < 0x20 || u == 0x7f)
                    out += fmt::format("\\u{:04X}", u);
                else
                    out += c;
        }
    }
    out += '"';
    if (!datatype.empty()) out += "^^" + iri(kXsd, datatype);
    return out;
}

std::string entity(const EntityId& id) {
    return iri(std::string(kBase) + "entity:", id.str());
}
std::string document(const DocId& id) {
    return iri(std::string(kBase) + "document:", id.str());
}
std::string vocab(std::string_view name) {
    return iri(std::string(kBase) + "vocab:", name);
}

std::string class_of(EntityType t) {
    switch (t) {
        case EntityType::person:
            return iri(kSchema, "Person");
        case EntityType::group:
            return iri(kSchema, "Organization");
        case EntityType::place:
            return iri(kSchema, "Place");
        case EntityType::date:
            break;
    }
    return vocab("Date");
}

// The XML Schema type of a TIMEX3 value, when it has one.
std::string date_literal(const TimeValue& t) {
    switch (t.granularity) {
        case Granularity::day:
            return literal(t.value, "date");
        case Granularity::month:
            return literal(t.value, "gYearMonth");
        case Granularity::year:
            return literal(t.value, "gYear");
        default:
            return literal(t.value);
    }
}

class Writer {
public:
    void operator()(const std::string& s, const std::string& p, const std::string& o) {
        out_ += s;
        out_ += ' ';
        out_ += p;
        out_ += ' ';
        out_ += o;
        out_ += " .\n";
    }
    std::string str() && { return std::move(out_); }

private:
    std::string out_;
};

}  // namespace

std::string graph_ntriples(const KnowledgeGraph& graph) {
    Writer put;
    const std::string type = iri(kRdf, "type");
    for (const DocumentInfo& d : graph.documents()) {
        std::string s = document(d.id);
        put(s, type, iri(kSchema, "NewsArticle"));
        if (!d.title.empty()) put(s, iri(kSchema, "headline"), literal(d.title));
        if (!d.url.empty()) put(s, iri(kSchema, "url"), literal(d.url, "anyURI"));
        if (d.published)
            put(s, iri(kSchema, "datePublished"), literal(detail::format_day(*d.published), "date"));
    }
    for (const Node& n : graph.nodes()) {
        std::string s = entity(n.id);
        put(s, type, class_of(n.type));
        put(s, iri(kRdfs, "label"), literal(n.label));
        for (const std::string& a : n.aliases) put(s, iri(kSkos, "altLabel"), literal(a));
        if (!n.wikidata.empty())
            put(s, iri(kOwl, "sameAs"), iri("http://www.wikidata.org/entity/", n.wikidata));
        put(s, vocab("mentions"), literal(std::to_string(n.mentions.size()), "integer"));
    }
    std::set<std::tuple<std::string, std::string, std::string>> plain;
    std::size_t index = 0;
    for (const Edge& e : graph.edges()) {
        std::string s = entity(e.source), p = vocab(e.relation), o = entity(e.target);
        if (plain.emplace(s, p, o).second) put(s, p, o);
        std::string st = iri(std::string(kBase) + "statement:", std::to_string(index++));
        put(st, type, iri(kRdf, "Statement"));
        put(st, iri(kRdf, "subject"), s);
        put(st, iri(kRdf, "predicate"), p);
        put(st, iri(kRdf, "object"), o);
        if (e.date) put(st, vocab("date"), date_literal(*e.date));
        if (e.place) put(st, vocab("place"), entity(*e.place));
        if (e.attributed_to) put(st, vocab("attributedTo"), entity(*e.attributed_to));
        put(st, vocab("confidence"), literal(fmt::format("{:.3f}", e.confidence), "decimal"));
        if (!e.summary.empty()) put(st, iri(kRdfs, "comment"), literal(e.summary));
        std::set<DocId> docs;
        for (const Provenance& pr : e.evidence) docs.insert(pr.doc);
        for (const DocId& d : docs) put(st, iri(kProv, "wasDerivedFrom"), document(d));
    }
    return std::move(put).str();
}

MOSULKG_EXPORTER(ntriples) {
    list.push_back({"ntriples", "graph.nt", "N-Triples, with owl:sameAs to Wikidata",
                    [](const ExportInput& in) { return graph_ntriples(in.corpus.graph); }});
}

}  // namespace mosulkg
