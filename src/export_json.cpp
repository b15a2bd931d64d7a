// The JSON exporters (graph.json, timeline.json, TimelineJS).
#include "mosulkg/error.hpp"
#include "mosulkg/export.hpp"

#include "escape.hpp"
#include "register_exporter.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <map>
#include <system_error>
#include <thread>

#include <unistd.h>

namespace mosulkg {

using Json = nlohmann::ordered_json;

TextOffsets text_offsets(const std::vector<Document>& documents) {
    TextOffsets out;
    for (const Document& d : documents) out.emplace(d.id, CodepointIndex(d.text));
    return out;
}

namespace {

// Code-point offsets of every document, by document id.
class Offsets {
public:
    explicit Offsets(const TextOffsets& index) : index_(index) {}
    const CodepointIndex& of(const DocId& doc) const {
        auto it = index_.find(doc);
        if (it == index_.end())
            throw Error(fmt::format("export: no text given for document '{}'", doc.str()));
        return it->second;
    }
    void put(Json& j, const Provenance& p) const {
        const CodepointIndex& cp = of(p.doc);
        j["doc"] = p.doc.str();
        j["sentence"] = p.sentence;
        j["start"] = cp(p.span.begin);
        j["end"] = cp(p.span.end);
    }

private:
    const TextOffsets& index_;
};

template <class T>
Json id_or_null(const std::optional<T>& id) {
    return id ? Json(id->str()) : Json(nullptr);
}

std::string dump(const Json& j) {
    return j.dump(1, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace

std::string graph_json(const KnowledgeGraph& graph, const std::vector<Document>& documents) {
    return graph_json(graph, text_offsets(documents));
}

namespace {

// graph.json is written as dump() writes the whole document, one node or link at a time,
// so that no document of the whole graph is held (its mentions grow with the corpus).

// Appends j as dump() writes it nested `depth` levels deep (one space a level): each line
// after the first indented `depth` more (a JSON string holds no line break).
void put_json(std::string& out, const Json& j, std::size_t depth) {
    const std::string s = j.dump(1, ' ', false, Json::error_handler_t::replace);
    std::size_t from = 0;
    for (std::size_t nl = s.find('\n'); nl != std::string::npos; nl = s.find('\n', from)) {
        out.append(s, from, nl + 1 - from);
        out.append(depth, ' ');
        from = nl + 1;
    }
    out.append(s, from, std::string::npos);
}

// Appends the array of make(x) for each x of items as dump() writes it nested `depth` levels deep.
template <class Items, class Make>
void put_array(std::string& out, const Items& items, std::size_t depth, const Make& make) {
    bool first = true;
    for (const auto& x : items) {
        out += first ? "[\n" : ",\n";
        first = false;
        out.append(depth + 1, ' ');
        put_json(out, make(x), depth + 1);
    }
    if (first) {
        out += "[]";
        return;
    }
    out += '\n';
    out.append(depth, ' ');
    out += ']';
}

// Appends the object `head` (members besides) with a last member `key` (plain ASCII), the
// array of make(x) for each x of items, as dump() writes it nested `depth` levels deep.
template <class Items, class Make>
void put_object_with_array(std::string& out, const Json& head, std::string_view key, const Items& items,
                           std::size_t depth, const Make& make) {
    put_json(out, head, depth);  // "{ ... \n<depth spaces>}": reopened for one more member
    out.resize(out.size() - depth - 2);
    out += ",\n";
    out.append(depth + 1, ' ');
    out += '"';
    out += key;
    out += "\": ";
    put_array(out, items, depth + 1, make);
    out += '\n';
    out.append(depth, ' ');
    out += '}';
}

}  // namespace

std::string graph_json(const KnowledgeGraph& graph, const TextOffsets& index) {
    Offsets offsets(index);
    Json docs = Json::array();
    for (const DocumentInfo& d : graph.documents()) {
        Json j;
        j["id"] = d.id.str();
        j["title"] = d.title;
        j["published"] = d.published ? Json(detail::format_day(*d.published)) : Json(nullptr);
        j["published_source"] = to_string(d.published_source);
        j["url"] = d.url;
        docs.push_back(std::move(j));
    }
    auto provenance = [&](const Provenance& p) {
        Json j;
        offsets.put(j, p);
        return j;
    };
    auto mention = [&](const Mention& m) {
        Json j = provenance(m.where);
        j["text"] = m.text;
        j["confidence"] = m.confidence;
        return j;
    };
    std::string out;
    {
        Json head;
        head["directed"] = true;
        head["multigraph"] = true;
        head["graph"] = Json{{"documents", std::move(docs)}};
        put_json(out, head, 0);
    }
    out.resize(out.size() - 2);  // (the closing "\n}": nodes and links follow)
    out += ",\n \"nodes\": ";
    bool first = true;
    for (const Node& n : graph.nodes()) {
        out += first ? "[\n  " : ",\n  ";
        first = false;
        Json j;
        j["id"] = n.id.str();
        j["type"] = to_string(n.type);
        j["label"] = n.label;
        j["aliases"] = n.aliases;
        j["wikidata"] = n.wikidata.empty() ? Json(nullptr) : Json(n.wikidata);
        j["in_kb"] = n.in_kb;
        put_object_with_array(out, j, "mentions", n.mentions, 2, mention);
    }
    out += first ? "[]" : "\n ]";
    out += ",\n \"links\": ";
    std::map<std::pair<std::string, std::string>, int> keys;
    first = true;
    for (const Edge& e : graph.edges()) {
        out += first ? "[\n  " : ",\n  ";
        first = false;
        Json j;
        j["source"] = e.source.str();
        j["target"] = e.target.str();
        j["key"] = keys[{e.source.str(), e.target.str()}]++;
        j["relation"] = e.relation;
        j["cameo"] = e.cameo.empty() ? Json(nullptr) : Json(e.cameo);
        j["actor"] = e.source.str();  // a link runs from who acted to what it was done to
        j["date"] = e.date ? Json(e.date->value) : Json(nullptr);
        j["granularity"] = e.date ? Json(to_string(e.date->granularity)) : Json(nullptr);
        j["place"] = id_or_null(e.place);
        j["confidence"] = e.confidence;
        j["attributed_to"] = id_or_null(e.attributed_to);
        j["summary"] = e.summary;
        put_object_with_array(out, j, "evidence", e.evidence, 2, provenance);
    }
    out += first ? "[]" : "\n ]";
    out += "\n}\n";
    return out;
}

std::string timeline_json(const Chronology& chronology, const std::vector<Document>& documents) {
    return timeline_json(chronology, text_offsets(documents));
}

std::string timeline_json(const Chronology& chronology, const TextOffsets& index) {
    Offsets offsets(index);
    Json events = Json::array();
    for (const ChronologyEntry& c : chronology.entries) {
        Json j;
        j["id"] = c.id;
        j["date"] = c.date.value;
        j["granularity"] = to_string(c.date.granularity);
        j["relation"] = c.relation;
        j["cameo"] = c.cameo.empty() ? Json(nullptr) : Json(c.cameo);
        j["summary"] = c.summary;
        j["actor"] = id_or_null(c.actor);
        j["target"] = id_or_null(c.target);
        Json participants = Json::array();
        for (const EntityId& p : c.participants) participants.push_back(p.str());
        j["participants"] = std::move(participants);
        j["participant_labels"] = c.participant_labels;
        j["place"] = id_or_null(c.place);
        j["place_label"] = c.place_label;
        j["attributed_to"] = id_or_null(c.attributed_to);
        j["attributed_label"] = c.attributed_label;
        Json sources = Json::array();
        for (const Source& s : c.sources) {
            Json js;
            offsets.put(js, s.where);
            js["text"] = s.text;
            js["date"] = s.date.value;
            sources.push_back(std::move(js));
        }
        j["sources"] = std::move(sources);
        events.push_back(std::move(j));
    }
    Json out;
    out["from"] = detail::format_year_month(chronology.range.from);
    out["to"] = detail::format_year_month(chronology.range.to);
    out["events"] = std::move(events);
    return dump(out);
}

namespace {

// A TimelineJS date object with the fields the granularity has.
Json timelinejs_date(date::sys_days day, bool with_month, bool with_day) {
    date::year_month_day ymd(day);
    Json j;
    j["year"] = static_cast<int>(ymd.year());
    if (with_month) j["month"] = static_cast<unsigned>(ymd.month());
    if (with_day) j["day"] = static_cast<unsigned>(ymd.day());
    return j;
}

std::string joined(const std::vector<std::string>& items) {
    std::string out;
    for (const std::string& s : items) out += (out.empty() ? "" : ", ") + s;
    return out;
}

}  // namespace

std::string timeline_js(const Chronology& chronology) {
    Json events = Json::array();
    for (const ChronologyEntry& c : chronology.entries) {
        if (!c.date.anchored()) continue;  // TimelineJS needs a year
        Granularity g = c.date.granularity;
        bool is_day = g == Granularity::day || g == Granularity::time;
        bool has_month = is_day || g == Granularity::month || g == Granularity::week ||
                         g == Granularity::season || g == Granularity::quarter || g == Granularity::half;
        Json j;
        j["unique_id"] = c.id;
        j["start_date"] = timelinejs_date(*c.date.first, has_month, is_day);
        if (!is_day) {
            j["end_date"] = timelinejs_date(*c.date.last, true, true);
            j["display_date"] = c.date.value;
        }
        std::string text;
        std::vector<std::string> participants = c.participant_labels;
        if (participants.empty())
            for (const EntityId& p : c.participants) participants.push_back(p.str());
        if (!participants.empty())
            text += "<p><b>Participants:</b> " + detail::html_escape(joined(participants)) + "</p>";
        if (!c.place_label.empty()) text += "<p><b>Place:</b> " + detail::html_escape(c.place_label) + "</p>";
        if (!c.attributed_label.empty())
            text += "<p><b>According to:</b> " + detail::html_escape(c.attributed_label) + "</p>";
        if (!c.sources.empty()) {
            text += "<ul>";
            for (const Source& s : c.sources)
                text += fmt::format("<li><i>{}</i> ({}): &ldquo;{}&rdquo;</li>",
                                    detail::html_escape(s.where.doc.str()), detail::html_escape(s.date.value),
                                    detail::html_escape(s.text));
            text += "</ul>";
        }
        j["text"] = Json{{"headline", detail::html_escape(c.summary.empty() ? c.relation : c.summary)},
                         {"text", std::move(text)}};
        j["group"] = c.relation;
        events.push_back(std::move(j));
    }
    Json out;
    out["title"] = Json{
        {"text",
         Json{{"headline", "Chronology"},
              {"text", fmt::format("{} to {}: {} events", detail::format_year_month(chronology.range.from),
                                   detail::format_year_month(chronology.range.to), events.size())}}}};
    out["events"] = std::move(events);
    return dump(out);
}

MOSULKG_EXPORTER(json) {
    list.push_back({"json", "graph.json", "the node-link graph (NetworkX; every mention and its evidence)",
                    [](const ExportInput& in) { return graph_json(in.corpus.graph, in.corpus.offsets); },
                    true});
    list.push_back(
        {"timeline-json", "timeline.json", "the chronology with sources and evidence sentences",
         [](const ExportInput& in) { return timeline_json(in.corpus.chronology, in.corpus.offsets); }});
    list.push_back({"timelinejs", "timeline.timelinejs.json", "the chronology in TimelineJS's JSON format",
                    [](const ExportInput& in) { return timeline_js(in.corpus.chronology); }});
}

}  // namespace mosulkg
