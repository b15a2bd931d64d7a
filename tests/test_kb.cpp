#include "mosulkg/error.hpp"
#include "mosulkg/kb.hpp"
#include "mosulkg/relations.hpp"

#include "embedded.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <string>
#include <vector>

using namespace mosulkg;

namespace {

const std::string fixtures = std::string(MOSULKG_TEST_DIR) + "/fixtures/kb/";

// The message of the Error thrown by `f`, or "" when nothing was thrown.
template <class F>
std::string error_of(F&& f) {
    try {
        f();
    } catch (const Error& e) {
        return e.what();
    }
    return "";
}

bool contains(const std::string& hay, const std::string& needle) {
    return hay.find(needle) != std::string::npos;
}

bool is_snake_case(const std::string& id) {
    if (id.empty() || !std::islower(static_cast<unsigned char>(id.front()))) return false;
    return std::all_of(id.begin(), id.end(),
                       [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'; });
}

// A rough form of the linker's normalisation: lower case, hyphen = space, no article, no
// apostrophe. Two entities must not share a name under it.
std::string rough_key(const std::string& s) {
    std::string t;
    for (char c : s) {
        if (c == '-') c = ' ';
        if (c == '\'') continue;
        t += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    std::vector<std::string> words;
    std::string w;
    for (char c : t + " ") {
        if (c == ' ') {
            if (!w.empty() && w != "al" && w != "el" && w != "the") words.push_back(w);
            w.clear();
        } else {
            w += c;
        }
    }
    std::string out;
    for (const auto& x : words) out += (out.empty() ? "" : " ") + x;
    return out;
}

const Entity& get(const KnowledgeBase& kb, const char* id) {
    auto e = kb.find(EntityId(id));
    REQUIRE_MESSAGE(e.has_value(), id);
    return e->get();
}

bool has_alias(const Entity& e, const std::string& alias) {
    return e.name == alias || std::find(e.aliases.begin(), e.aliases.end(), alias) != e.aliases.end();
}

}  // namespace

TEST_CASE("kb: entity type names round-trip") {
    for (auto t : {EntityType::person, EntityType::group, EntityType::place, EntityType::date})
        CHECK(entity_type_from_string(to_string(t)) == t);
    CHECK_FALSE(entity_type_from_string("village").has_value());
}

TEST_CASE("kb: the default knowledge base is large, sourced and consistent") {
    const auto& kb = KnowledgeBase::defaults();
    CHECK(kb.entities().size() >= 300);
    CHECK(kb.facts().size() >= 100);
    std::set<std::string> ids;
    for (const auto& e : kb.entities()) {
        INFO(e.id.str());
        CHECK(is_snake_case(e.id.str()));
        CHECK(ids.insert(e.id.str()).second);
        CHECK_FALSE(e.name.empty());
        CHECK(e.type != EntityType::date);
        CHECK(contains(e.source, "https://"));
        if (!e.wikidata.empty()) CHECK(e.wikidata.front() == 'Q');
    }
    for (const auto& f : kb.facts()) {
        INFO(f.subject.str() << " " << f.relation << " " << f.object.str());
        CHECK(kb.find(f.subject).has_value());
        if (f.relation == "holds_office" || f.relation == "instance_of") {
            CHECK_FALSE(f.value.empty());
        } else {
            CHECK(kb.find(f.object).has_value());
        }
        CHECK(contains(f.source, "https://"));
        CHECK((!f.start || !f.end || *f.start <= *f.end));
    }
    // A located_in chain always ends (no cycle).
    std::map<std::string, std::string> parent;
    for (const auto& f : kb.facts())
        if (f.relation == "located_in") parent[f.subject.str()] = f.object.str();
    for (const auto& link : parent) {
        const std::string& child = link.first;
        std::string at = child;
        int steps = 0;
        while (parent.count(at) && steps < 20) at = parent[at], ++steps;
        CHECK_MESSAGE(steps < 20, child);
    }
}

TEST_CASE("kb: no name or alias belongs to two entities") {
    std::map<std::string, std::string> owner;
    for (const auto& e : KnowledgeBase::defaults().entities()) {
        std::vector<std::string> names = e.aliases;
        names.push_back(e.name);
        for (const auto& n : names) {
            auto key = rough_key(n);
            auto [it, inserted] = owner.emplace(key, e.id.str());
            if (!inserted && it->second != e.id.str())
                FAIL_CHECK("'" << n << "' is a name of " << it->second << " and of " << e.id.str());
        }
    }
}

TEST_CASE("kb: names of the main entities") {
    const auto& kb = KnowledgeBase::defaults();
    const auto& is = get(kb, "islamic_state");
    CHECK(is.type == EntityType::group);
    CHECK(is.wikidata == "Q2429253");
    for (auto a : {"ISIL", "ISIS", "IS", "Daesh", "Islamic State of Iraq and the Levant"})
        CHECK(has_alias(is, a));
    CHECK_FALSE(has_alias(is, "Islamic State of Iraq"));  // the predecessor
    CHECK(has_alias(get(kb, "islamic_state_of_iraq"), "Islamic State of Iraq"));
    CHECK(has_alias(get(kb, "al_qaeda_in_iraq"), "AQI"));
    CHECK(has_alias(get(kb, "nusra_front"), "Jabhat al-Nusra"));
    CHECK(has_alias(get(kb, "iraqi_security_forces"), "Iraqi troops"));
    CHECK(has_alias(get(kb, "popular_mobilization_forces"), "Hashd al-Shaabi"));
    CHECK(has_alias(get(kb, "united_states"), "USA"));
    CHECK(has_alias(get(kb, "al_nuri_mosque"), "al-Nouri mosque"));
    CHECK(get(kb, "ayad_allawi").type == EntityType::person);
    CHECK(has_alias(get(kb, "ayad_allawi"), "Iyad Allawi"));
    CHECK(get(kb, "mosul").type == EntityType::place);
    // Only the city is called Mosul.
    for (const auto& e : kb.entities())
        if (e.id.str() != "mosul") CHECK_MESSAGE(!has_alias(e, "Mosul"), e.id.str());
}

TEST_CASE("kb: facts give dated roles and places") {
    const auto& kb = KnowledgeBase::defaults();
    auto facts = kb.facts_about(EntityId("haider_al_abadi"));
    auto pm = std::find_if(facts.begin(), facts.end(), [](const Fact& f) {
        return f.relation == "holds_office" && f.value == "Prime Minister of Iraq";
    });
    REQUIRE(pm != facts.end());
    REQUIRE(pm->start.has_value());
    CHECK(*pm->start == date::year_month_day{date::year{2014} / 9 / 8});
    CHECK(pm->object.empty());

    auto mosul = kb.facts_about(EntityId("mosul"));
    CHECK(std::any_of(mosul.begin(), mosul.end(), [](const Fact& f) {
        return f.relation == "located_in" && f.subject.str() == "mosul" &&
               f.object.str() == "nineveh_province";
    }));
    // facts_about also lists facts whose object is the entity.
    CHECK(std::any_of(mosul.begin(), mosul.end(), [](const Fact& f) { return f.object.str() == "mosul"; }));
}

TEST_CASE("kb: parse reads entities, aliases and facts with partial dates") {
    auto kb = KnowledgeBase::parse(
        "# people\n"
        "karim_hassan\tperson\tKarim Hassan\tAbu Zaid| K. Hassan |\t\thttps://example.org/k\r\n"
        "\n"
        "river_town\tplace\tRiver Town\t\tQ42\thttps://example.org/r\n",
        "karim_hassan\tholds_office\tMayor of River Town\t2015\t2016-02\thttps://example.org/k\n"
        "karim_hassan\tlives_in\triver_town\t\t\t\n",
        "test", RelationLexicon::defaults());
    REQUIRE(kb.entities().size() == 2);
    const auto& k = get(kb, "karim_hassan");
    CHECK(k.type == EntityType::person);
    CHECK(k.aliases == std::vector<std::string>{"Abu Zaid", "K. Hassan"});
    CHECK(k.source == "https://example.org/k");
    CHECK(get(kb, "river_town").wikidata == "Q42");
    REQUIRE(kb.facts().size() == 2);
    const auto& office = kb.facts()[0];
    CHECK(office.value == "Mayor of River Town");
    CHECK(*office.start == date::year_month_day{date::year{2015} / 1 / 1});
    CHECK(*office.end == date::year_month_day{date::year{2016} / 2 / 29});
    CHECK(kb.facts()[1].object.str() == "river_town");
    CHECK_FALSE(kb.facts()[1].start.has_value());
    CHECK_FALSE(kb.find(EntityId("nowhere")).has_value());
}

TEST_CASE("kb: parse errors name the origin and line") {
    auto err = [](const char* entities, const char* facts) {
        return error_of(
            [&] { KnowledgeBase::parse(entities, facts, "mine.tsv", RelationLexicon::defaults()); });
    };
    const char* one = "a\tperson\tA\t\t\tx\n";
    CHECK(contains(err("# c\na\tperson\tA\t\tx\n", ""), "mine.tsv:2:"));
    CHECK(contains(err("a\tvillage\tA\t\t\tx\n", ""), "mine.tsv:1: unknown entity type 'village'"));
    CHECK(contains(err("a\tperson\tA\t\t\tx\n\na\tgroup\tB\t\t\tx\n", ""),
                   "mine.tsv:3: duplicate entity id 'a'"));
    CHECK(contains(err("Bad Id\tperson\tA\t\t\tx\n", ""), "mine.tsv:1:"));
    CHECK(contains(err("a\tperson\t\t\t\tx\n", ""), "mine.tsv:1:"));
    CHECK(contains(err("a\tperson\tA\t\t123\tx\n", ""), "mine.tsv:1:"));
    CHECK(contains(err(one, "a\tmember_of\tb\t\t\tx\n"), "mine.tsv:1: unknown object entity 'b'"));
    CHECK(contains(err(one, "# c\nz\tmember_of\ta\t\t\tx\n"), "mine.tsv:2: unknown subject entity 'z'"));
    CHECK(contains(err(one, "a\tleads\ta\t2016-13\t\tx\n"), "mine.tsv:1: bad start date '2016-13'"));
    CHECK(contains(err(one, "a\tleads\ta\t\t2016-02-30\tx\n"), "mine.tsv:1: bad end date"));
    CHECK(contains(err(one, "a\tleads\ta\t2017\t2016\tx\n"), "mine.tsv:1: end date is before start date"));
    CHECK(contains(err(one, "a\tleads\ta\t\t\n"), "mine.tsv:1:"));
    CHECK(contains(err(one, "a\tholds_office\t\t\t\tx\n"), "mine.tsv:1:"));
}

TEST_CASE("kb: load reads a user file with a facts section") {
    auto kb = KnowledgeBase::load(fixtures + "valid.tsv", RelationLexicon::defaults());
    REQUIRE(kb.entities().size() == 3);
    REQUIRE(kb.facts().size() == 3);
    CHECK(kb.facts()[0].relation == "member_of");
    CHECK(kb.facts()[0].object.str() == "federal_police");  // a built-in entity
    CHECK(*kb.facts()[1].end == date::year_month_day{date::year{2017} / 6 / 30});
}

TEST_CASE("kb: load errors name the file and line") {
    auto err = [](const std::string& name) {
        return error_of([&] { KnowledgeBase::load(fixtures + name, RelationLexicon::defaults()); });
    };
    CHECK(contains(err("bad_columns.tsv"), "bad_columns.tsv:1:"));
    CHECK(contains(err("bad_type.tsv"), "bad_type.tsv:2: unknown entity type"));
    CHECK(contains(err("duplicate_id.tsv"), "duplicate_id.tsv:3: duplicate entity id"));
    CHECK(contains(err("unknown_entity.tsv"), "unknown_entity.tsv:3: unknown object entity 'no_such_group'"));
    CHECK(contains(err("bad_date.tsv"), "bad_date.tsv:3: bad start date"));
    CHECK(contains(err("empty.tsv"), "empty.tsv"));
    CHECK(contains(err("no_such_file.tsv"), "no_such_file.tsv"));
    CHECK(contains(err("no_such_file.tsv"), "cannot open"));
}

TEST_CASE("kb: merge adds and replaces by id") {
    KnowledgeBase kb = KnowledgeBase::defaults();
    auto before = kb.entities().size();
    auto before_facts = kb.facts().size();
    kb.merge(KnowledgeBase::load(fixtures + "valid.tsv", RelationLexicon::defaults()));
    CHECK(kb.entities().size() == before + 2);  // mosul is replaced, not added
    CHECK(kb.facts().size() == before_facts + 3);
    CHECK(get(kb, "mosul").name == "Mosul City");
    CHECK(has_alias(get(kb, "karim_hassan"), "Abu Zaid"));
    CHECK(get(kb, "islamic_state").name == "Islamic State");

    // A fact with the same subject, relation and object replaces the old one.
    // (update.tsv holds only a facts section; its subject comes from valid.tsv, so it is
    // parsed against an entity list that contains it.)
    kb.merge(KnowledgeBase::parse(
        "karim_hassan\tperson\tKarim Hassan\tAbu Zaid\t\tx\n"
        "federal_police\tgroup\tFederal Police\t\t\tx\n",
        "karim_hassan\tmember_of\tfederal_police\t2017\t\tnew\n", "upd", RelationLexicon::defaults()));
    CHECK(kb.facts().size() == before_facts + 3);
    auto facts = kb.facts_about(EntityId("karim_hassan"));
    auto m =
        std::find_if(facts.begin(), facts.end(), [](const Fact& f) { return f.relation == "member_of"; });
    REQUIRE(m != facts.end());
    CHECK(m->source == "new");
}

TEST_CASE("kb: demonyms name existing entities") {
    const auto& kb = KnowledgeBase::defaults();
    auto text = std::string(detail::embedded("lexicon/demonyms.tsv"));
    std::size_t rows = 0, pos = 0;
    while (pos < text.size()) {
        auto eol = text.find('\n', pos);
        if (eol == std::string::npos) eol = text.size();
        auto line = text.substr(pos, eol - pos);
        pos = eol + 1;
        if (line.empty() || line.front() == '#') continue;
        std::vector<std::string> cols;
        std::size_t from = 0;
        for (auto tab = line.find('\t'); tab != std::string::npos; tab = line.find('\t', from)) {
            cols.push_back(line.substr(from, tab - from));
            from = tab + 1;
        }
        cols.push_back(line.substr(from));
        INFO(line);
        REQUIRE((cols.size() == 3 || cols.size() == 4));
        CHECK(kb.find(EntityId(cols[1])).has_value());
        if (!cols[2].empty()) CHECK(kb.find(EntityId(cols[2])).has_value());
        // the forces the words mean elsewhere: country:group pairs of known entities
        for (std::size_t from = 0; cols.size() == 4 && from < cols[3].size();) {
            const auto bar = std::min(cols[3].find('|', from), cols[3].size());
            const auto pair = cols[3].substr(from, bar - from);
            const auto colon = pair.find(':');
            REQUIRE(colon != std::string::npos);
            CHECK(kb.find(EntityId(pair.substr(0, colon))).has_value());
            CHECK(kb.find(EntityId(pair.substr(colon + 1))).has_value());
            from = bar + 1;
        }
        ++rows;
    }
    CHECK(rows >= 40);
}

TEST_CASE("kb: the commanders, units and districts of the Mosul campaign") {
    const auto& kb = KnowledgeBase::defaults();
    CHECK(get(kb, "vian_dakhil").type == EntityType::person);
    CHECK(get(kb, "yazidis").type == EntityType::group);
    CHECK(has_alias(get(kb, "yazidis"), "Yazidi"));
    CHECK(has_alias(get(kb, "fadhil_al_barwari"), "Fazil Barwari"));
    CHECK(has_alias(get(kb, "erfan_al_hiyali"), "Irfan al-Hayali"));
    // the Interior Ministry's elite division goes by its Arabic name in English news
    CHECK(has_alias(get(kb, "emergency_response_division"), "Rapid Response"));
    CHECK_FALSE(kb.find(EntityId("rapid_response_division")).has_value());
    CHECK(has_alias(get(kb, "united_states"), "Washington"));
    CHECK_FALSE(has_alias(get(kb, "washington"), "Washington"));
    for (auto id : {"yarimja", "tanak_mosul", "muallimin_mosul", "khatouniya_mosul", "bab_al_saray"}) {
        INFO(id);
        CHECK(get(kb, id).type == EntityType::place);
        auto facts = kb.facts_about(EntityId(id));
        auto located = [](const Fact& f) { return f.relation == "located_in"; };
        CHECK(std::any_of(facts.begin(), facts.end(), located));
    }
}
