// The Python extension `mosulkg._mosulkg`: the pipeline, the corpus it builds and the
// date tagger, over the C++ library. The package `mosulkg` (python/mosulkg/__init__.py)
// wraps it in the classes an analyst uses; values cross as Python objects or as the
// JSON texts the output files hold (graph.json, timeline.json), so both say the same.
// mosulkg::Error becomes the Python exception mosulkg.Error with the same one-line message.
#include <mosulkg/error.hpp>
#include <mosulkg/export.hpp>
#include <mosulkg/pipeline.hpp>
#include <mosulkg/query.hpp>
#include <mosulkg/timex.hpp>

#include <pybind11/pybind11.h>
#include <pybind11/stl.h>
#include <pybind11/stl/filesystem.h>

#include <cstdio>
#include <filesystem>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace py = pybind11;
namespace fs = std::filesystem;

namespace {

// "YYYY-MM-DD" (or a datetime.date) as a calendar day; throws Error naming `what`.
date::year_month_day parse_day(const py::handle& value, const std::string& what) {
    std::string s;
    if (py::isinstance<py::str>(value)) {
        s = value.cast<std::string>();
    } else if (py::hasattr(value, "isoformat")) {
        s = py::str(value.attr("isoformat")()).cast<std::string>().substr(0, 10);
    } else {
        throw mosulkg::Error(what + ": expected a date YYYY-MM-DD");
    }
    auto digits = [&](std::size_t at, std::size_t n) {
        int v = 0;
        for (std::size_t i = at; i < at + n; ++i) {
            if (i >= s.size() || s[i] < '0' || s[i] > '9') return -1;
            v = v * 10 + (s[i] - '0');
        }
        return v;
    };
    int y = digits(0, 4), m = digits(5, 2), d = digits(8, 2);
    date::year_month_day ymd{date::year(y), date::month(static_cast<unsigned>(m < 0 ? 0 : m)),
                             date::day(static_cast<unsigned>(d < 0 ? 0 : d))};
    if (s.size() != 10 || s[4] != '-' || s[7] != '-' || y < 0 || m < 0 || d < 0 || !ymd.ok())
        throw mosulkg::Error(what + ": '" + s + "' is not a date YYYY-MM-DD");
    return ymd;
}

std::string iso_day(date::year_month_day d) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(d.year()),
                  static_cast<unsigned>(d.month()), static_cast<unsigned>(d.day()));
    return buf;
}

// One article given as a dict: id and text, optionally title, url and published.
mosulkg::Document record_document(const py::dict& record, std::size_t index) {
    const std::string where = "record " + std::to_string(index);
    auto text_field = [&](const char* key, bool required) -> std::optional<std::string> {
        if (!record.contains(key) || record[key].is_none()) {
            if (required) throw mosulkg::Error(where + ": missing '" + key + "'");
            return std::nullopt;
        }
        py::object v = record[key];
        if (std::string(key) == "id" && py::isinstance<py::int_>(v)) return py::str(v).cast<std::string>();
        if (!py::isinstance<py::str>(v)) throw mosulkg::Error(where + ": '" + key + "' is not a string");
        return v.cast<std::string>();
    };
    std::string id = *text_field("id", true);
    std::string text = *text_field("text", true);
    if (id.find_first_not_of(" \t\r\n") == std::string::npos) throw mosulkg::Error(where + ": empty 'id'");
    if (text.find_first_not_of(" \t\r\n") == std::string::npos)
        throw mosulkg::Error(where + ": empty 'text'");
    mosulkg::Document doc = mosulkg::make_document(mosulkg::DocId(id), std::move(text));
    doc.path = where;
    if (auto t = text_field("title", false)) doc.title = *t;
    if (auto u = text_field("url", false)) doc.url = *u;
    if (record.contains("published") && !record["published"].is_none()) {
        doc.published = parse_day(record["published"], where + ": 'published'");
        doc.published_source = mosulkg::DateSource::given;
        doc.published_evidence = py::str(record["published"]).cast<std::string>();
    }
    return doc;
}

// The documents of a list of paths (str, os.PathLike) and records (dict).
std::vector<mosulkg::Document> read_inputs(const py::list& inputs) {
    std::vector<fs::path> paths;
    std::vector<mosulkg::Document> records;
    std::size_t index = 0;
    for (const py::handle& item : inputs) {
        ++index;
        if (py::isinstance<py::dict>(item)) {
            records.push_back(record_document(item.cast<py::dict>(), index));
        } else if (py::isinstance<py::str>(item) || py::hasattr(item, "__fspath__")) {
            paths.push_back(item.cast<fs::path>());
        } else {
            throw mosulkg::Error("input " + std::to_string(index) +
                                 ": expected a path or a dict with 'id' and 'text'");
        }
    }
    std::vector<mosulkg::Document> docs;
    if (!paths.empty()) docs = mosulkg::read_corpus(paths);
    std::set<mosulkg::DocId> ids;
    for (const auto& d : docs) ids.insert(d.id);
    for (auto& d : records) {
        if (!ids.insert(d.id).second)
            throw mosulkg::Error(d.path + ": document id '" + d.id.str() + "' is used by another input");
        docs.push_back(std::move(d));
    }
    if (docs.empty())
        throw mosulkg::Error("no input: give paths to .txt/.jsonl files or folders, or records");
    return docs;
}

// The period of the chronology: "YYYY-MM" to "YYYY-MM".
mosulkg::DateRange date_range(const std::string& from, const std::string& to) {
    auto f = mosulkg::parse_year_month(from);
    auto t = mosulkg::parse_year_month(to);
    if (!f) throw mosulkg::Error("date_from: expected YYYY-MM, not '" + from + "'");
    if (!t) throw mosulkg::Error("date_to: expected YYYY-MM, not '" + to + "'");
    if (*t < *f) throw mosulkg::Error("date_to " + to + " is before date_from " + from);
    return {*f, *t};
}

// A node as a dict (the fields of graph.json's nodes but the mentions).
py::dict node_dict(const mosulkg::Node& n) {
    py::dict d;
    d["id"] = n.id.str();
    d["type"] = std::string(mosulkg::to_string(n.type));
    d["label"] = n.label;
    d["aliases"] = n.aliases;
    d["wikidata"] = n.wikidata.empty() ? py::object(py::none()) : py::object(py::str(n.wikidata));
    d["in_kb"] = n.in_kb;
    d["mentions"] = n.mentions.size();
    return d;
}

class PyPipeline {
public:
    PyPipeline(const std::optional<fs::path>& kb, bool kb_replace) {
        mosulkg::KnowledgeBase base =
            kb_replace ? mosulkg::KnowledgeBase() : mosulkg::KnowledgeBase::defaults();
        if (kb)
            warnings_ =
                base.merge(mosulkg::KnowledgeBase::load(kb->string(), mosulkg::RelationLexicon::defaults()));
        else if (kb_replace)
            throw mosulkg::Error("kb_replace: needs kb, the knowledge base to use instead");
        pipeline_ = std::make_shared<mosulkg::Pipeline>(std::move(base));
    }

    std::shared_ptr<mosulkg::Corpus> run(const py::list& inputs, const std::string& from,
                                         const std::string& to, unsigned jobs) const {
        mosulkg::RunOptions options;
        options.range = date_range(from, to);
        options.jobs = jobs;
        auto docs = read_inputs(inputs);
        py::gil_scoped_release unlocked;
        return std::make_shared<mosulkg::Corpus>(pipeline_->run(std::move(docs), options));
    }

    const std::vector<std::string>& warnings() const { return warnings_; }
    std::size_t entity_count() const { return pipeline_->knowledge_base().entities().size(); }

private:
    std::shared_ptr<mosulkg::Pipeline> pipeline_;
    std::vector<std::string> warnings_;
};

py::list neighbours_of(const mosulkg::Corpus& c, const std::string& name) {
    auto node = c.graph.find(name);
    if (!node) throw mosulkg::Error("'" + name + "': no entity has this name or id");
    py::list out;
    for (const auto& n : mosulkg::neighbours(c.graph, node->id, "")) {
        py::dict d = node_dict(*n.node);
        d["outgoing"] = n.outgoing;
        d["relation"] = n.edge->relation;
        d["date"] = n.edge->date ? py::object(py::str(n.edge->date->value)) : py::object(py::none());
        d["summary"] = n.edge->summary;
        d["sources"] = n.edge->evidence.size();
        out.append(std::move(d));
    }
    return out;
}

py::list tag_dates(const std::string& text, const py::object& dct) {
    static const mosulkg::TimexTagger tagger;  // immutable once built; tag() is const
    std::optional<date::year_month_day> reference;
    if (!dct.is_none()) reference = parse_day(dct, "dct");
    std::vector<mosulkg::Timex> timexes;
    {
        py::gil_scoped_release unlocked;
        timexes = tagger.tag(text, reference);
    }
    // byte offsets -> code points (what a Python str counts)
    std::vector<std::size_t> cp(text.size() + 1, 0);
    for (std::size_t i = 0, n = 0; i <= text.size(); ++i) {
        cp[i] = n;
        if (i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++n;
    }
    py::list out;
    for (const auto& t : timexes) {
        py::dict d;
        d["start"] = cp[std::min(t.span.begin, text.size())];
        d["end"] = cp[std::min(t.span.end, text.size())];
        d["text"] = std::string(t.span.of(text));
        d["type"] = std::string(mosulkg::to_string(t.type));
        d["value"] = t.value.value;
        d["mod"] = t.value.mod;
        out.append(std::move(d));
    }
    return out;
}

py::list documents_of(const mosulkg::Corpus& c) {
    py::list out;
    for (const auto& d : c.documents) {
        py::dict j;
        j["id"] = d.id.str();
        j["path"] = d.path;
        j["title"] = d.title;
        j["url"] = d.url;
        j["published"] = d.published ? py::object(py::str(iso_day(*d.published))) : py::object(py::none());
        j["published_source"] = std::string(mosulkg::to_string(d.published_source));
        j["warnings"] = d.warnings;
        out.append(std::move(j));
    }
    return out;
}

}  // namespace

PYBIND11_MODULE(_mosulkg, m) {
    m.doc() = "The C++ core of mosulkg; use the package `mosulkg`, which wraps it.";
    static py::exception<mosulkg::Error> error(m, "Error");
    error.doc() = "A problem with an input or an argument; the message is one line naming the file or value.";
    py::register_exception_translator([](std::exception_ptr p) {
        try {
            if (p) std::rethrow_exception(p);
        } catch (const mosulkg::Error& e) {
            error(e.what());
        }
    });

    py::class_<mosulkg::Corpus, std::shared_ptr<mosulkg::Corpus>>(
        m, "Corpus", "What one run produced: graph, chronology, documents.")
        .def(
            "graph_json", [](const mosulkg::Corpus& c) { return mosulkg::graph_json(c.graph, c.offsets); },
            "graph.json's text: the node-link graph.")
        .def(
            "timeline_json",
            [](const mosulkg::Corpus& c) { return mosulkg::timeline_json(c.chronology, c.offsets); },
            "timeline.json's text: the chronology.")
        .def(
            "timeline_text", [](const mosulkg::Corpus& c) { return mosulkg::timeline_text(c.chronology); },
            "The chronology as `mosulkg build` prints it.")
        .def(
            "report_html",
            [](const mosulkg::Corpus& c, const std::string& title) {
                mosulkg::ReportOptions options;
                options.title = title;
                return mosulkg::report_html(c.graph, c.chronology, c.relations, options);
            },
            py::arg("title") = "mosulkg report", "report.html's text: the interactive report.")
        .def(
            "write",
            [](const mosulkg::Corpus& c, const fs::path& dir) {
                py::gil_scoped_release unlocked;
                mosulkg::write_outputs(c, dir);
            },
            py::arg("out_dir"), "Replaces the folder `out_dir` with every output file, at once.")
        .def(
            "find",
            [](const mosulkg::Corpus& c, const std::string& name) -> py::object {
                auto n = c.graph.find(name);
                return n ? py::object(py::str(n->id.str())) : py::object(py::none());
            },
            py::arg("name"), "The id of the entity a name, alias or id stands for, or None.")
        .def("neighbours", &neighbours_of, py::arg("name"), "The neighbours of an entity, one dict per edge.")
        .def("node",
             [](const mosulkg::Corpus& c, const std::string& id) -> py::object {
                 auto n = c.graph.node(mosulkg::EntityId(id));
                 return n ? py::object(node_dict(*n)) : py::object(py::none());
             })
        .def(
            "edge_sentences",
            [](const mosulkg::Corpus& c) {
                std::vector<std::vector<std::string>> out;
                for (const mosulkg::Edge& e : c.graph.edges()) {
                    std::vector<std::string> texts(e.evidence.size());
                    for (std::size_t i = 0; i < texts.size() && i < e.sentences.size(); ++i)
                        texts[i] = e.sentences[i];
                    out.push_back(std::move(texts));
                }
                return out;
            },
            "The evidence sentences of every edge, in the order of graph.json's links.")
        .def_property_readonly("documents", &documents_of, "The documents read, in id order.")
        .def_property_readonly(
            "skipped",
            [](const mosulkg::Corpus& c) {
                py::list out;
                for (const auto& s : c.skipped) {
                    py::dict d;
                    d["id"] = s.id.str();
                    d["path"] = s.path;
                    d["problem"] = s.problem;
                    out.append(std::move(d));
                }
                return out;
            },
            "The documents left out, with the reason.")
        .def_property_readonly("node_count", [](const mosulkg::Corpus& c) { return c.graph.node_count(); })
        .def_property_readonly("edge_count", [](const mosulkg::Corpus& c) { return c.graph.edge_count(); })
        .def_property_readonly("entry_count",
                               [](const mosulkg::Corpus& c) { return c.chronology.entries.size(); });

    py::class_<PyPipeline>(m, "Pipeline", "The stages, with a loaded knowledge base.")
        .def(py::init<const std::optional<fs::path>&, bool>(), py::arg("kb") = py::none(),
             py::arg("kb_replace") = false)
        .def("run", &PyPipeline::run, py::arg("inputs"), py::arg("date_from"), py::arg("date_to"),
             py::arg("jobs"), "Reads the inputs (paths and records) and builds their corpus.")
        .def_property_readonly("warnings", &PyPipeline::warnings, "Warnings of loading the knowledge base.")
        .def_property_readonly("entity_count", &PyPipeline::entity_count,
                               "The entities of the knowledge base.");

    m.def("tag_dates", &tag_dates, py::arg("text"), py::arg("dct") = py::none(),
          "The temporal expressions (TIMEX3) of a text, relative ones resolved against `dct`.");
}
