#include "mosulkg/record.hpp"

#include "mosulkg/error.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <thread>
#include <sstream>

namespace mosulkg {

namespace {

using Json = nlohmann::ordered_json;
constexpr int kVersion = 1;

template <class T>
Json id_or_null(const std::optional<T>& id) {
    return id ? Json(id->str()) : Json(nullptr);
}

std::optional<EntityId> id_from(const Json& j) {
    if (j.is_null()) return std::nullopt;
    return EntityId(j.get<std::string>());
}

std::string day_text(const date::year_month_day& d) {
    return fmt::format("{:04d}-{:02d}-{:02d}", int(d.year()), unsigned(d.month()), unsigned(d.day()));
}

std::optional<date::year_month_day> day_from(const Json& j) {
    if (j.is_null()) return std::nullopt;
    auto v = parse_time_value(j.get<std::string>());
    if (!v || v->granularity != Granularity::day || !v->first) throw Error("published: expected YYYY-MM-DD");
    return date::year_month_day(*v->first);
}

DateSource source_from(std::string_view s) {
    for (DateSource d : {DateSource::given, DateSource::stated, DateSource::inferred, DateSource::unknown})
        if (to_string(d) == s) return d;
    throw Error(fmt::format("published_source: unknown value '{}'", s));
}

Json mention_json(const Mention& m) {
    return Json{{"sentence", m.where.sentence},
                {"begin", m.where.span.begin},
                {"end", m.where.span.end},
                {"text", m.text},
                {"entity", m.entity.str()},
                {"type", to_string(m.type)},
                {"label", m.label},
                {"confidence", m.confidence},
                {"in_kb", m.in_kb}};
}

Mention mention_from(const Json& j, const DocId& doc) {
    Mention m;
    m.where = {doc,
               j.at("sentence").get<std::size_t>(),
               {j.at("begin").get<std::size_t>(), j.at("end").get<std::size_t>()}};
    m.text = j.at("text").get<std::string>();
    m.entity = EntityId(j.at("entity").get<std::string>());
    auto type = entity_type_from_string(j.at("type").get<std::string>());
    if (!type) throw Error("mention: unknown entity type");
    m.type = *type;
    m.label = j.at("label").get<std::string>();
    m.confidence = j.at("confidence").get<double>();
    m.in_kb = j.at("in_kb").get<bool>();
    return m;
}

Json relation_json(const Relation& r) {
    Json participants = Json::array();
    for (const auto& p : r.participants) participants.push_back(p.str());
    return Json{{"type", r.type},
                {"actor", id_or_null(r.actor)},
                {"target", id_or_null(r.target)},
                {"participants", std::move(participants)},
                {"place", id_or_null(r.place)},
                {"date", r.date ? Json(r.date->value) : Json(nullptr)},
                {"mod", r.date ? r.date->mod : ""},
                {"attributed_to", id_or_null(r.attributed_to)},
                {"background", r.background},
                {"confidence", r.confidence},
                {"sentence", r.evidence.sentence},
                {"begin", r.evidence.span.begin},
                {"end", r.evidence.span.end},
                {"text", r.sentence},
                {"trigger", r.trigger},
                {"summary", r.summary}};
}

Relation relation_from(const Json& j, const DocId& doc) {
    Relation r;
    r.type = j.at("type").get<std::string>();
    r.actor = id_from(j.at("actor"));
    r.target = id_from(j.at("target"));
    for (const auto& p : j.at("participants")) r.participants.emplace_back(p.get<std::string>());
    r.place = id_from(j.at("place"));
    if (!j.at("date").is_null()) {
        auto v = parse_time_value(j.at("date").get<std::string>());
        if (!v) throw Error("relation: date is not a TIMEX3 value");
        v->mod = j.value("mod", "");
        r.date = *v;
    }
    r.attributed_to = id_from(j.at("attributed_to"));
    r.background = j.at("background").get<bool>();
    r.confidence = j.at("confidence").get<double>();
    r.evidence = {doc,
                  j.at("sentence").get<std::size_t>(),
                  {j.at("begin").get<std::size_t>(), j.at("end").get<std::size_t>()}};
    r.sentence = j.at("text").get<std::string>();
    r.trigger = j.at("trigger").get<std::string>();
    r.summary = j.at("summary").get<std::string>();
    return r;
}

}  // namespace

std::string to_record_line(const DocumentRecord& rec) {
    const Document& d = rec.document;
    Json j;
    if (rec.problem) {
        j = Json{{"record", "skipped"},
                 {"version", kVersion},
                 {"id", d.id.str()},
                 {"path", d.path},
                 {"problem", *rec.problem}};
    } else {
        Json wide = Json::array();
        for (const auto& w : rec.offsets.wide()) wide.push_back(Json::array({w.byte, w.length}));
        Json mentions = Json::array();
        for (const Mention& m : rec.mentions) mentions.push_back(mention_json(m));
        Json relations = Json::array();
        for (const Relation& r : rec.relations) relations.push_back(relation_json(r));
        j = Json{{"record", "document"},
                 {"version", kVersion},
                 {"id", d.id.str()},
                 {"path", d.path},
                 {"title", d.title},
                 {"url", d.url},
                 {"published", d.published ? Json(day_text(*d.published)) : Json(nullptr)},
                 {"published_source", to_string(d.published_source)},
                 {"published_evidence", d.published_evidence},
                 {"warnings", d.warnings},
                 {"bytes", rec.offsets.bytes()},
                 {"wide", std::move(wide)},
                 {"mentions", std::move(mentions)},
                 {"relations", std::move(relations)}};
    }
    return j.dump(-1, ' ', false, Json::error_handler_t::replace) + "\n";
}

std::string to_record_lines(const std::vector<DocumentRecord>& records, unsigned jobs) {
    if (jobs == 0) jobs = std::max(1u, std::thread::hardware_concurrency());
    std::size_t n = std::max<std::size_t>(1, std::min<std::size_t>(jobs, records.size()));
    std::vector<std::string> parts(n);
    auto write = [&](std::size_t part) {   // a contiguous slice, so the order is kept
        for (std::size_t i = part * records.size() / n; i < (part + 1) * records.size() / n; ++i)
            parts[part] += to_record_line(records[i]);
    };
    std::vector<std::thread> threads;
    for (std::size_t t = 1; t < n; ++t) threads.emplace_back(write, t);
    write(0);
    for (auto& t : threads) t.join();
    std::string out;
    for (const auto& p : parts) out += p;
    return out;
}

DocumentRecord parse_record_line(std::string_view line, std::string_view origin) {
    try {
        Json j = Json::parse(line);
        if (j.at("version").get<int>() != kVersion)
            throw Error(fmt::format("record version {} is not {}", j.at("version").get<int>(), kVersion));
        DocumentRecord rec;
        Document& d = rec.document;
        d.id = DocId(j.at("id").get<std::string>());
        d.path = j.at("path").get<std::string>();
        std::string kind = j.at("record").get<std::string>();
        if (kind == "skipped") {
            rec.problem = j.at("problem").get<std::string>();
            return rec;
        }
        if (kind != "document") throw Error(fmt::format("unknown record kind '{}'", kind));
        d.title = j.at("title").get<std::string>();
        d.url = j.at("url").get<std::string>();
        d.published = day_from(j.at("published"));
        d.published_source = source_from(j.at("published_source").get<std::string>());
        d.published_evidence = j.at("published_evidence").get<std::string>();
        d.warnings = j.at("warnings").get<std::vector<std::string>>();
        std::vector<CodepointIndex::Wide> wide;
        for (const auto& w : j.at("wide"))
            wide.push_back({w.at(0).get<std::size_t>(), w.at(1).get<std::size_t>()});
        rec.offsets = CodepointIndex(j.at("bytes").get<std::size_t>(), std::move(wide));
        for (const auto& m : j.at("mentions")) rec.mentions.push_back(mention_from(m, d.id));
        for (const auto& r : j.at("relations")) rec.relations.push_back(relation_from(r, d.id));
        return rec;
    } catch (const Error& e) {
        throw Error(fmt::format("{}: not a mosulkg record: {}", origin, e.what()));
    } catch (const std::exception& e) {
        throw Error(fmt::format("{}: not a mosulkg record: {}", origin, e.what()));
    }
}

std::vector<DocumentRecord> read_records(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw Error(fmt::format("{}: cannot open records file", file.string()));
    std::vector<DocumentRecord> out;
    std::string line;
    for (std::size_t n = 1; std::getline(in, line); ++n) {
        if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
        out.push_back(parse_record_line(line, fmt::format("{}:{}", file.string(), n)));
    }
    if (in.bad()) throw Error(fmt::format("{}: cannot read records file", file.string()));
    return out;
}

}  // namespace mosulkg
