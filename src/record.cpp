#include "mosulkg/record.hpp"

#include "mosulkg/error.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <fstream>
#include <iterator>
#include <sstream>
#include <thread>

namespace mosulkg {

namespace {

using Json = nlohmann::ordered_json;
constexpr int kVersion = 1;

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
    r.thing = j.value("thing", "");
    r.one_thing = j.value("one_thing", false);
    r.thing_has_verb = j.value("thing_has_verb", false);
    r.thing_names_place = j.value("thing_names_place", false);
    r.near = j.value("near", false);
    r.summary = j.at("summary").get<std::string>();
    return r;
}

}  // namespace

namespace {

// Writes JSON text directly, byte for byte as nlohmann::json's dump() without indent (and
// with invalid UTF-8 replaced) writes the same values, without building a JSON tree.
class JsonWriter {
public:
    explicit JsonWriter(std::string& out) : out_(out) {}

    // `"name":`, after a comma unless it opens the object.
    JsonWriter& key(std::string_view name) {
        comma();
        out_ += '"';
        out_ += name;
        out_ += "\":";
        return *this;
    }
    void open(char bracket) { out_ += bracket, first_ = true; }
    void close(char bracket) { out_ += bracket, first_ = false; }
    void comma() {
        if (!first_) out_ += ',';
        first_ = false;
    }

    void string(std::string_view s) {
        if (!valid_utf8(s)) {  // rare: nlohmann's own replacement of invalid bytes
            out_ += Json(std::string(s)).dump(-1, ' ', false, Json::error_handler_t::replace);
            return;
        }
        out_ += '"';
        std::size_t plain = 0;  // start of the bytes not yet copied
        for (std::size_t i = 0; i < s.size(); ++i) {
            const auto c = static_cast<unsigned char>(s[i]);
            if (c >= 0x20 && c != '"' && c != '\\') continue;
            out_.append(s.data() + plain, i - plain);
            plain = i + 1;
            switch (c) {
                case '"':
                    out_ += "\\\"";
                    break;
                case '\\':
                    out_ += "\\\\";
                    break;
                case '\b':
                    out_ += "\\b";
                    break;
                case '\t':
                    out_ += "\\t";
                    break;
                case '\n':
                    out_ += "\\n";
                    break;
                case '\f':
                    out_ += "\\f";
                    break;
                case '\r':
                    out_ += "\\r";
                    break;
                default:
                    out_ += fmt::format("\\u{:04x}", c);
            }
        }
        out_.append(s.data() + plain, s.size() - plain);
        out_ += '"';
    }
    void number(std::size_t n) { fmt::format_to(std::back_inserter(out_), "{}", n); }
    void real(double x) {
        if (!std::isfinite(x)) {
            out_ += "null";
            return;
        }
        std::array<char, 64> buf{};
        char* end = nlohmann::detail::to_chars(buf.data(), buf.data() + buf.size(), x);
        out_.append(buf.data(), static_cast<std::size_t>(end - buf.data()));
    }
    void boolean(bool b) { out_ += b ? "true" : "false"; }
    void null() { out_ += "null"; }
    template <class T>
    void id_or_null(const std::optional<T>& id) {
        if (id)
            string(id->str());
        else
            null();
    }

private:
    // Well-formed UTF-8 (Unicode, table 3-7): what nlohmann's decoder accepts.
    static bool valid_utf8(std::string_view s) noexcept {
        const auto* p = reinterpret_cast<const unsigned char*>(s.data());
        const std::size_t n = s.size();
        for (std::size_t i = 0; i < n;) {
            const unsigned char c = p[i];
            if (c < 0x80) {
                ++i;
                continue;
            }
            auto cont = [&](std::size_t k, unsigned char lo = 0x80, unsigned char hi = 0xBF) {
                return i + k < n && p[i + k] >= lo && p[i + k] <= hi;
            };
            if (c >= 0xC2 && c <= 0xDF && cont(1))
                i += 2;
            else if (c == 0xE0 && cont(1, 0xA0) && cont(2))
                i += 3;
            else if (((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF) && cont(1) && cont(2))
                i += 3;
            else if (c == 0xED && cont(1, 0x80, 0x9F) && cont(2))
                i += 3;
            else if (c == 0xF0 && cont(1, 0x90) && cont(2) && cont(3))
                i += 4;
            else if (c >= 0xF1 && c <= 0xF3 && cont(1) && cont(2) && cont(3))
                i += 4;
            else if (c == 0xF4 && cont(1, 0x80, 0x8F) && cont(2) && cont(3))
                i += 4;
            else
                return false;
        }
        return true;
    }

    std::string& out_;
    bool first_ = true;
};

void write_mention(JsonWriter& w, const Mention& m) {
    w.open('{');
    w.key("sentence").number(m.where.sentence);
    w.key("begin").number(m.where.span.begin);
    w.key("end").number(m.where.span.end);
    w.key("text").string(m.text);
    w.key("entity").string(m.entity.str());
    w.key("type").string(to_string(m.type));
    w.key("label").string(m.label);
    w.key("confidence").real(m.confidence);
    w.key("in_kb").boolean(m.in_kb);
    w.close('}');
}

void write_relation(JsonWriter& w, const Relation& r) {
    w.open('{');
    w.key("type").string(r.type);
    w.key("actor").id_or_null(r.actor);
    w.key("target").id_or_null(r.target);
    w.key("participants").open('[');
    for (const auto& p : r.participants) w.comma(), w.string(p.str());
    w.close(']');
    w.key("place").id_or_null(r.place);
    w.key("date");
    if (r.date)
        w.string(r.date->value);
    else
        w.null();
    w.key("mod").string(r.date ? std::string_view(r.date->mod) : std::string_view());
    w.key("attributed_to").id_or_null(r.attributed_to);
    w.key("background").boolean(r.background);
    w.key("confidence").real(r.confidence);
    w.key("sentence").number(r.evidence.sentence);
    w.key("begin").number(r.evidence.span.begin);
    w.key("end").number(r.evidence.span.end);
    w.key("text").string(r.sentence);
    w.key("trigger").string(r.trigger);
    if (!r.thing.empty()) w.key("thing").string(r.thing);
    if (r.one_thing) w.key("one_thing").boolean(true);
    if (r.thing_has_verb) w.key("thing_has_verb").boolean(true);
    if (r.thing_names_place) w.key("thing_names_place").boolean(true);
    if (r.near) w.key("near").boolean(true);
    w.key("summary").string(r.summary);
    w.close('}');
}

}  // namespace

std::string to_record_line(const DocumentRecord& rec) {
    const Document& d = rec.document;
    std::string out;
    out.reserve(256 + 200 * rec.mentions.size() + 600 * rec.relations.size());
    JsonWriter w(out);
    w.open('{');
    if (rec.problem) {
        w.key("record").string("skipped");
        w.key("version").number(kVersion);
        w.key("id").string(d.id.str());
        w.key("path").string(d.path);
        w.key("problem").string(*rec.problem);
        w.close('}');
        out += '\n';
        return out;
    }
    w.key("record").string("document");
    w.key("version").number(kVersion);
    w.key("id").string(d.id.str());
    w.key("path").string(d.path);
    w.key("title").string(d.title);
    w.key("url").string(d.url);
    w.key("published");
    if (d.published)
        w.string(day_text(*d.published));
    else
        w.null();
    w.key("published_source").string(to_string(d.published_source));
    w.key("published_evidence").string(d.published_evidence);
    w.key("warnings").open('[');
    for (const auto& warning : d.warnings) w.comma(), w.string(warning);
    w.close(']');
    w.key("bytes").number(rec.offsets.bytes());
    w.key("wide").open('[');
    for (const auto& c : rec.offsets.wide()) {
        w.comma();
        w.open('[');
        w.number(c.byte);
        out += ',';
        w.number(c.length);
        w.close(']');
    }
    w.close(']');
    w.key("mentions").open('[');
    for (const Mention& m : rec.mentions) w.comma(), write_mention(w, m);
    w.close(']');
    w.key("relations").open('[');
    for (const Relation& r : rec.relations) w.comma(), write_relation(w, r);
    w.close(']');
    w.close('}');
    out += '\n';
    return out;
}

std::string to_record_lines(const std::vector<DocumentRecord>& records, unsigned jobs) {
    if (jobs == 0) jobs = std::max(1u, std::thread::hardware_concurrency());
    std::size_t n = std::max<std::size_t>(1, std::min<std::size_t>(jobs, records.size()));
    std::vector<std::string> parts(n);
    auto write = [&](std::size_t part) {  // a contiguous slice, so the order is kept
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
