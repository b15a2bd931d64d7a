#include "mosulkg/kb.hpp"

#include "data_file.hpp"
#include "mosulkg/data.hpp"
#include "mosulkg/document.hpp"
#include "mosulkg/error.hpp"
#include "mosulkg/relations.hpp"
#include "mosulkg/time_value.hpp"

#include <fmt/format.h>
#include <utf8proc.h>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <set>
#include <sstream>

namespace mosulkg {

namespace {

using detail::trim;

std::vector<std::string_view> split(std::string_view s, char sep) {
    std::vector<std::string_view> out;
    std::size_t from = 0;
    for (;;) {
        auto at = s.find(sep, from);
        if (at == std::string_view::npos) {
            out.push_back(s.substr(from));
            return out;
        }
        out.push_back(s.substr(from, at - from));
        from = at + 1;
    }
}

bool is_snake_case(std::string_view id) {
    if (id.empty() || !(id.front() >= 'a' && id.front() <= 'z')) return false;
    return std::all_of(id.begin(), id.end(),
                       [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'; });
}

bool is_wikidata_id(std::string_view q) {
    if (q.size() < 2 || q.front() != 'Q') return false;
    return std::all_of(q.begin() + 1, q.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// "YYYY", "YYYY-MM" or "YYYY-MM-DD". A partial date is widened to its first day
// (for a start) or its last day (for an end).
std::optional<date::year_month_day> parse_bound(std::string_view s, bool is_end) {
    auto v = parse_calendar_date(s);
    if (!v) return std::nullopt;
    return date::year_month_day(is_end ? *v->last : *v->first);
}

[[noreturn]] void fail(std::string_view origin, std::size_t line, const std::string& problem) {
    throw Error(fmt::format("{}:{}: {}", origin, line, problem));
}

// Calls fn(line_no, columns) for each data line of a six-column TSV text; a line with
// another number of columns fails naming `what` and the expected `columns`.
template <class Fn>
void for_each_six_column_row(std::string_view text, std::string_view origin, std::size_t first_line,
                             std::string_view what, std::string_view columns, Fn&& fn) {
    detail::for_each_row(
        text,
        [&](std::size_t line_no, const std::vector<std::string_view>& cols) {
            if (cols.size() != 6)
                fail(origin, line_no,
                     fmt::format("{} line has {} tab-separated columns, expected 6 ({})", what, cols.size(),
                                 columns));
            fn(line_no, cols);
        },
        first_line, detail::TrailingColumns::keep);
}

void parse_entities(std::string_view text, std::string_view origin, std::size_t first_line,
                    std::vector<Entity>& out, std::map<EntityId, std::size_t>& index) {
    for_each_six_column_row(
        text, origin, first_line, "entity", "id type name aliases wikidata source",
        [&](std::size_t line_no, const std::vector<std::string_view>& cols) {
            Entity e;
            auto id = trim(cols[0]);
            if (!is_snake_case(id))
                fail(origin, line_no, fmt::format("entity id '{}' is not snake_case", id));
            e.id = EntityId(std::string(id));
            auto type = entity_type_from_string(trim(cols[1]));
            if (!type || *type == EntityType::date)
                fail(
                    origin, line_no,
                    fmt::format("unknown entity type '{}' (expected person, group or place)", trim(cols[1])));
            e.type = *type;
            e.name = std::string(trim(cols[2]));
            if (e.name.empty()) fail(origin, line_no, fmt::format("entity '{}' has an empty name", id));
            std::set<std::string_view> seen{e.name};
            for (auto a : split(cols[3], '|')) {
                a = trim(a);
                if (!a.empty() && seen.insert(a).second) e.aliases.emplace_back(a);
            }
            e.wikidata = std::string(trim(cols[4]));
            if (!e.wikidata.empty() && !is_wikidata_id(e.wikidata))
                fail(origin, line_no,
                     fmt::format("'{}' is not a Wikidata id (Q followed by digits)", e.wikidata));
            e.source = std::string(trim(cols[5]));
            if (index.count(e.id)) fail(origin, line_no, fmt::format("duplicate entity id '{}'", id));
            index.emplace(e.id, out.size());
            out.push_back(std::move(e));
        });
}

// Whether the facts of `relation` name their object by a text, not by an entity: the
// vocabulary (relations.tsv, its facts column) reads them as an office the subject holds or a
// kind the subject is of.
bool names_a_text(const RelationLexicon& relations, std::string_view relation) {
    return relations.fact_role(relation, FactRole::office) ||
           relations.fact_role(relation, FactRole::instance);
}

void parse_facts(std::string_view text, std::string_view origin, std::size_t first_line,
                 const std::map<EntityId, std::size_t>& index, const KnowledgeBase* also_known,
                 const RelationLexicon& relations, std::vector<Fact>& out) {
    auto known = [&](const EntityId& id) {
        return index.count(id) > 0 || (also_known && also_known->find(id).has_value());
    };
    for_each_six_column_row(
        text, origin, first_line, "fact", "subject relation object start end source",
        [&](std::size_t line_no, const std::vector<std::string_view>& cols) {
            Fact f;
            f.subject = EntityId(std::string(trim(cols[0])));
            if (!known(f.subject))
                fail(origin, line_no, fmt::format("unknown subject entity '{}'", f.subject.str()));
            f.relation = std::string(trim(cols[1]));
            if (!is_snake_case(f.relation))
                fail(origin, line_no, fmt::format("relation '{}' is not a snake_case word", f.relation));
            auto object = trim(cols[2]);
            if (names_a_text(relations, f.relation)) {
                if (object.empty()) fail(origin, line_no, f.relation + " needs a value in the object column");
                f.value = std::string(object);
            } else {
                f.object = EntityId(std::string(object));
                if (!known(f.object))
                    fail(origin, line_no, fmt::format("unknown object entity '{}'", f.object.str()));
            }
            auto bound = [&](std::string_view s, bool is_end) -> std::optional<date::year_month_day> {
                s = trim(s);
                if (s.empty()) return std::nullopt;
                auto d = parse_bound(s, is_end);
                if (!d)
                    fail(origin, line_no,
                         fmt::format("bad {} date '{}' (expected YYYY, YYYY-MM or YYYY-MM-DD)",
                                     is_end ? "end" : "start", s));
                return d;
            };
            f.start = bound(cols[3], false);
            f.end = bound(cols[4], true);
            if (f.start && f.end && *f.end < *f.start) fail(origin, line_no, "end date is before start date");
            f.source = std::string(trim(cols[5]));
            out.push_back(std::move(f));
        });
}

bool same_fact_key(const Fact& a, const Fact& b) {
    return a.subject == b.subject && a.relation == b.relation && a.object == b.object && a.value == b.value;
}

}  // namespace

std::string_view to_string(EntityType t) noexcept {
    switch (t) {
        case EntityType::person:
            return "person";
        case EntityType::group:
            return "group";
        case EntityType::place:
            return "place";
        case EntityType::date:
            return "date";
    }
    return "group";
}

std::optional<EntityType> entity_type_from_string(std::string_view s) noexcept {
    if (s == "person") return EntityType::person;
    if (s == "group") return EntityType::group;
    if (s == "place") return EntityType::place;
    if (s == "date") return EntityType::date;
    return std::nullopt;
}

const KnowledgeBase& KnowledgeBase::defaults() {
    static const KnowledgeBase kb = from_data(DataSource::installed(), RelationLexicon::defaults());
    return kb;
}

KnowledgeBase KnowledgeBase::from_data(const DataSource& data) {
    return from_data(data, RelationLexicon::from_data(data));
}

KnowledgeBase KnowledgeBase::from_data(const DataSource& data, const RelationLexicon& relations) {
    const std::string entities = data.read("kb/entities.tsv");
    const std::string facts = data.read("kb/facts.tsv");
    KnowledgeBase out;
    parse_entities(entities, data.origin("kb/entities.tsv"), 1, out.entities_, out.index_);
    parse_facts(facts, data.origin("kb/facts.tsv"), 1, out.index_, nullptr, relations, out.facts_);
    out.index_facts();
    return out;
}

KnowledgeBase KnowledgeBase::parse(std::string_view entities_tsv, std::string_view facts_tsv,
                                   std::string_view origin, const RelationLexicon& relations) {
    KnowledgeBase out;
    parse_entities(entities_tsv, origin, 1, out.entities_, out.index_);
    parse_facts(facts_tsv, origin, 1, out.index_, nullptr, relations, out.facts_);
    out.index_facts();
    return out;
}

namespace {

// Knowledge-base text goes into every output: it must be valid UTF-8 without control characters.
void check_kb_text(std::string_view text, const std::string& path) {
    std::size_t line = 1;
    const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
    for (std::size_t i = 0; i < text.size();) {
        unsigned char c = static_cast<unsigned char>(text[i]);
        if (c == '\n') ++line;
        if (c < 0x80) {
            if ((c < 0x20 && c != '\n' && c != '\t' && c != '\r') || c == 0x7F)
                throw Error(fmt::format("{}: line {}: control character {:#04x}", path, line, c));
            ++i;
            continue;
        }
        utf8proc_int32_t cp = 0;
        utf8proc_ssize_t len = utf8proc_iterate(p + i, static_cast<utf8proc_ssize_t>(text.size() - i), &cp);
        if (len <= 0) throw Error(fmt::format("{}: line {}: invalid UTF-8", path, line));
        if (cp < 0xA0) throw Error(fmt::format("{}: line {}: control character U+{:04X}", path, line, cp));
        i += static_cast<std::size_t>(len);
    }
}

std::string fold_name(std::string_view s) {
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

}  // namespace

KnowledgeBase KnowledgeBase::load(const std::string& path, const RelationLexicon& relations) {
    std::string text;
    try {
        text = read_regular_file(path);
    } catch (const Error& e) {
        throw Error(fmt::format("{} (cannot open knowledge-base file)", e.what()));
    }
    check_kb_text(text, path);

    // Split at the `# facts` marker line; the fact section keeps its line numbers.
    std::string_view all(text);
    std::string_view entities = all, facts;
    std::size_t facts_first_line = 1;
    detail::for_each_line(all, [&](std::size_t line_no, std::string_view line, std::size_t at) {
        if (fold_name(detail::comment_text(line)) != "facts") return true;
        entities = all.substr(0, at);
        facts = all.substr(std::min(all.size(), at + line.size() + 1));
        facts_first_line = line_no + 1;
        return false;
    });
    bool any_data = false;
    detail::for_each_row(all, [&](std::size_t, const std::vector<std::string_view>&) { any_data = true; });
    if (!any_data) throw Error(fmt::format("{}: knowledge-base file has no entity or fact lines", path));

    KnowledgeBase out;
    parse_entities(entities, path, 1, out.entities_, out.index_);
    parse_facts(facts, path, facts_first_line, out.index_, &defaults(), relations, out.facts_);
    out.index_facts();
    return out;
}

std::vector<std::string> KnowledgeBase::merge(const KnowledgeBase& other) {
    std::vector<std::string> warnings;
    std::map<std::string, EntityId> names;  // folded name or alias -> the entity that has it
    for (const auto& e : entities_) {
        names.emplace(fold_name(e.name), e.id);
        for (const auto& a : e.aliases) names.emplace(fold_name(a), e.id);
    }
    for (const auto& e : other.entities_) {
        std::vector<std::string> all = e.aliases;
        all.push_back(e.name);
        for (const auto& n : all) {
            auto hit = names.find(fold_name(n));
            if (hit != names.end() && hit->second != e.id)
                warnings.push_back(fmt::format("'{}' of {} is also a name of {}; the two compete for it", n,
                                               e.id.str(), hit->second.str()));
        }
    }
    for (const auto& e : other.entities_) {
        auto it = index_.find(e.id);
        if (it != index_.end()) {
            entities_[it->second] = e;
        } else {
            index_.emplace(e.id, entities_.size());
            entities_.push_back(e);
        }
    }
    for (const auto& f : other.facts_) {
        auto it =
            std::find_if(facts_.begin(), facts_.end(), [&](const Fact& g) { return same_fact_key(f, g); });
        if (it != facts_.end())
            *it = f;
        else
            facts_.push_back(f);
    }
    index_facts();
    return warnings;
}

void KnowledgeBase::index_facts() {
    fact_index_.clear();
    for (std::size_t i = 0; i < facts_.size(); ++i) {
        fact_index_[facts_[i].subject].push_back(i);
        if (facts_[i].object != facts_[i].subject) fact_index_[facts_[i].object].push_back(i);
    }
}

std::optional<std::reference_wrapper<const Entity>> KnowledgeBase::find(const EntityId& id) const {
    auto it = index_.find(id);
    if (it == index_.end()) return std::nullopt;
    return std::cref(entities_[it->second]);
}

int KnowledgeBase::place_depth(const EntityId& id, const RelationLexicon& lexicon) const {
    int depth = 0;
    std::optional<EntityId> at = id;
    for (; at && depth < 8; ++depth) {
        std::optional<EntityId> up;
        for (const auto& f : facts_about(*at))
            if (f.subject == *at && lexicon.fact_role(f.relation, FactRole::within)) up = f.object;
        at = up;
    }
    return depth - 1;
}

bool KnowledgeBase::holds_places(const EntityId& id, const RelationLexicon& lexicon) const {
    for (const auto& f : facts_about(id))
        if (f.object == id && lexicon.fact_role(f.relation, FactRole::within)) return true;
    return false;
}

FactRange KnowledgeBase::facts_about(const EntityId& id) const {
    auto it = fact_index_.find(id);
    if (it == fact_index_.end()) return FactRange();
    return FactRange(facts_, it->second);
}

}  // namespace mosulkg
