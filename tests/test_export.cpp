// Tests of mosulkg/export.hpp.
//
// The writers are compared byte for byte with golden files in tests/golden/.
// After an intended change of an output format, rewrite them with
//     MOSULKG_UPDATE_GOLDEN=1 ./mosulkg_tests -ts=export
// and review the difference before committing it.
#include "mosulkg/error.hpp"
#include "mosulkg/export.hpp"
#include "mosulkg/relations.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <unistd.h>
#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

using namespace mosulkg;
namespace fs = std::filesystem;

namespace {

const char* const kAlphaText =
    "Café notes — Amal Haddad said the \"Tigris\" <Brigade> & Co | East reached Qayyarah on 3 May 2015. "
    "Daesh fighters left Qayyarah in May 2015.\n";
const char* const kBetaText =
    "Karim Saleh told reporters in Mosul that the Islamic State attacked Back\\slash Town on 4 May 2015, "
    "and Layla Omar of the Nineveh Guard agreed. The Islamic State grew in the summer of 2014.\n";
const char* const kBrigadeLabel = "The \"Tigris\" <Brigade> & Co | East";

struct Fixture {
    std::vector<Document> documents;
    KnowledgeGraph graph;
    Chronology chronology;
};

Document document(const char* id, const char* text, const char* title) {
    Document d;
    d.id = DocId(id);
    d.text = text;
    d.title = title;
    return d;
}

Span span_of(const Document& d, std::string_view surface, std::size_t from = 0) {
    std::size_t at = d.text.find(surface, from);
    REQUIRE(at != std::string::npos);
    return {at, at + surface.size()};
}

std::size_t sentence_of(const Document& d, Span s) {
    std::size_t stop = d.text.find(". ");
    return s.begin > stop ? 1 : 0;
}

Mention mention(const Document& d, std::string_view surface, const char* entity, EntityType type,
                std::string label, bool in_kb = false, std::size_t from = 0) {
    Mention m;
    m.where.doc = d.id;
    m.where.span = span_of(d, surface, from);
    m.where.sentence = sentence_of(d, m.where.span);
    m.text = std::string(surface);
    m.entity = EntityId(entity);
    m.type = type;
    m.label = std::move(label);
    m.confidence = in_kb ? 1.0 : 0.8;
    m.in_kb = in_kb;
    return m;
}

Provenance sentence(const Document& d, std::size_t index) {
    std::size_t stop = d.text.find(". ") + 1;
    Span s = index == 0 ? Span{0, stop} : Span{stop + 1, d.text.size() - 1};
    return {d.id, index, s};
}

TimeValue when(const char* value) {
    auto v = parse_time_value(value);
    REQUIRE(v.has_value());
    return *v;
}

Relation relation(const char* type, const char* subject, std::optional<const char*> object,
                  std::optional<const char*> place, const char* date, Provenance evidence,
                  const char* summary, std::optional<const char*> attributed = std::nullopt) {
    Relation r;
    r.type = type;
    r.actor = EntityId(subject);
    if (object) r.target = EntityId(*object);
    r.participants.push_back(*r.actor);
    if (object) r.participants.push_back(EntityId(*object));
    if (place) r.place = EntityId(*place);
    if (date) r.date = when(date);
    if (attributed) r.attributed_to = EntityId(*attributed);
    r.confidence = 0.75;
    r.evidence = evidence;
    r.summary = summary;
    return r;
}

Source source(const Document& d, std::size_t index, const char* date) {
    Provenance p = sentence(d, index);
    return {p, std::string(p.span.of(d.text)), when(date)};
}

Fixture make_fixture() {
    Fixture f;
    Document alpha = document("alpha", kAlphaText, "Notes from the front");
    alpha.published = date::year(2015) / date::May / 5;
    alpha.published_source = DateSource::stated;
    alpha.url = "https://example.org/alpha?a=1&b=2";
    Document beta = document("beta", kBetaText, "A \"quoted\" title");
    f.documents = {alpha, beta};

    const KnowledgeBase kb = KnowledgeBase::parse(
        "islamic_state\tgroup\tIslamic State\tISIS|Daesh\tQ2429253\thttps://www.wikidata.org/wiki/Q2429253\n"
        "mosul\tplace\tMosul\tAl-Mawsil\tQ161122\thttps://www.wikidata.org/wiki/Q161122\n",
        "", "test", RelationLexicon::defaults());

    std::vector<Mention> alpha_mentions = {
        mention(alpha, "Amal Haddad", "amal_haddad", EntityType::person, "Amal Haddad"),
        mention(alpha, kBrigadeLabel + 4, "tigris_brigade", EntityType::group, kBrigadeLabel),
        mention(alpha, "Qayyarah", "qayyarah", EntityType::place, "Qayyarah"),
        mention(alpha, "Daesh", "islamic_state", EntityType::group, "Islamic State", true),
        mention(alpha, "Qayyarah", "qayyarah", EntityType::place, "Qayyarah", false, 90),
    };
    std::vector<Relation> alpha_relations = {
        relation("reached", "tigris_brigade", "qayyarah", "qayyarah", "2015-05-03", sentence(alpha, 0),
                 "The \"Tigris\" <Brigade> & Co | East reached Qayyarah", "amal_haddad"),
        relation("entered", "tigris_brigade", "qayyarah", std::nullopt, nullptr, sentence(alpha, 0),
                 "The brigade entered Qayyarah"),
        relation("withdrew_from", "islamic_state", std::nullopt, "qayyarah", "2015-05", sentence(alpha, 1),
                 "Islamic State fighters left Qayyarah"),
    };
    std::vector<Mention> beta_mentions = {
        mention(beta, "Karim Saleh", "karim_saleh", EntityType::person, "Karim Saleh"),
        mention(beta, "Mosul", "mosul", EntityType::place, "Mosul", true),
        mention(beta, "Islamic State", "islamic_state", EntityType::group, "Islamic State", true),
        mention(beta, "Back\\slash Town", "back_slash_town", EntityType::place, "Back\\slash Town\\"),
        mention(beta, "Layla Omar", "layla_omar", EntityType::person, "Layla Omar"),
        mention(beta, "Nineveh Guard", "nineveh_guard", EntityType::group, "Nineveh Guard"),
        mention(beta, "Islamic State", "islamic_state", EntityType::group, "Islamic State", true, 120),
    };
    std::vector<Relation> beta_relations = {
        relation("attacked", "islamic_state", "back_slash_town", std::nullopt, "2015-05-04",
                 sentence(beta, 0), "Islamic State attacked Back\\slash Town", "karim_saleh"),
        relation("member_of", "layla_omar", "nineveh_guard", std::nullopt, nullptr, sentence(beta, 0),
                 "Layla Omar is a member of the Nineveh Guard"),
        relation("talks_with", "karim_saleh", "amal_haddad", std::nullopt, nullptr, sentence(beta, 0),
                 "Karim Saleh talks with Amal Haddad"),
    };
    f.graph.add(alpha, alpha_mentions, alpha_relations, kb, RelationLexicon::defaults());
    f.graph.add(beta, beta_mentions, beta_relations, kb, RelationLexicon::defaults());
    f.graph.finalize();

    ChronologyEntry grew;
    grew.id = "2014-SU_grew_islamic_state";
    grew.date = when("2014-SU");
    grew.relation = "grew";
    grew.summary = "Islamic State grew";
    grew.participants = {EntityId("islamic_state")};
    grew.participant_labels = {"Islamic State"};
    grew.sources = {source(beta, 1, "2014-SU")};
    ChronologyEntry left;
    left.id = "2015-05_withdrew_from_islamic_state";
    left.date = when("2015-05");
    left.relation = "withdrew_from";
    left.cameo = "0874";
    left.summary = "Islamic State fighters left Qayyarah";
    left.participants = {EntityId("islamic_state")};
    left.participant_labels = {"Islamic State"};
    left.place = EntityId("qayyarah");
    left.place_label = "Qayyarah";
    left.sources = {source(alpha, 1, "2015-05")};
    ChronologyEntry reached;
    reached.id = "2015-05-03_reached_tigris_brigade";
    reached.date = when("2015-05-03");
    reached.relation = "reached";
    reached.summary = "The \"Tigris\" <Brigade> & Co | East reached Qayyarah *first* [sic] `now` #1";
    reached.participants = {EntityId("tigris_brigade")};
    reached.participant_labels = {kBrigadeLabel};
    reached.place = EntityId("qayyarah");
    reached.place_label = "Qayyarah";
    reached.attributed_to = EntityId("amal_haddad");
    reached.attributed_label = "Amal Haddad";
    reached.sources = {source(alpha, 0, "2015-05-03"), source(beta, 0, "2015-05-04")};
    f.chronology.range = {date::year(2014) / date::June, date::year(2017) / date::April};
    f.chronology.entries = {grew, left, reached};
    return f;
}

std::string read_text(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

void check_golden(const std::string& name, const std::string& actual) {
    fs::path path = fs::path(MOSULKG_TEST_DIR) / "golden" / name;
    const char* update = std::getenv("MOSULKG_UPDATE_GOLDEN");
    if (update && std::string(update) == "1") {
        std::ofstream(path, std::ios::binary) << actual;
        MESSAGE("rewrote " << path.string());
        return;
    }
    REQUIRE_MESSAGE(fs::exists(path), "missing golden file " << path.string());
    std::string expected = read_text(path);
    CHECK_MESSAGE(actual == expected,
                  "output differs from " << path.string() << " (MOSULKG_UPDATE_GOLDEN=1 rewrites it)");
}

}  // namespace

TEST_SUITE("export") {
    TEST_CASE("CodepointIndex counts code points, not bytes") {
        // a (1 byte), é (2), € (3), U+1D11E (4), b (1)
        const std::string text =
            "a\xC3\xA9\xE2\x82\xAC\xF0\x9D\x84\x9E"
            "b";
        CodepointIndex cp(text);
        CHECK(cp(0) == 0);
        CHECK(cp(1) == 1);
        CHECK(cp(3) == 2);
        CHECK(cp(6) == 3);
        CHECK(cp(10) == 4);
        CHECK(cp(11) == 5);
        CHECK(cp(2) == 1);   // inside é: the code point it belongs to
        CHECK(cp(99) == 5);  // past the end: the length
        CHECK(CodepointIndex("")(0) == 0);
    }

    TEST_CASE("graph.json has the contract fields and code-point offsets") {
        Fixture f = make_fixture();
        auto j = nlohmann::json::parse(graph_json(f.graph, f.documents));
        CHECK(j["directed"] == true);
        CHECK(j["multigraph"] == true);
        REQUIRE(j["graph"]["documents"].size() == 2);
        const auto& alpha = j["graph"]["documents"][0];
        CHECK(alpha["id"] == "alpha");
        CHECK(alpha["published"] == "2015-05-05");
        CHECK(alpha["published_source"] == "stated");
        CHECK(j["graph"]["documents"][1]["published"].is_null());
        CHECK(j["graph"]["documents"][1]["published_source"] == "unknown");

        const nlohmann::json* haddad = nullptr;
        const nlohmann::json* is = nullptr;
        for (const auto& n : j["nodes"]) {
            for (const char* field : {"id", "type", "label", "aliases", "wikidata", "in_kb", "mentions"})
                CHECK_MESSAGE(n.contains(field), field);
            if (n["id"] == "amal_haddad") haddad = &n;
            if (n["id"] == "islamic_state") is = &n;
        }
        REQUIRE(haddad);
        REQUIRE(is);
        CHECK((*haddad)["type"] == "person");
        CHECK((*haddad)["wikidata"].is_null());
        // "Café notes — " is 16 bytes but 13 code points.
        REQUIRE(std::string(kAlphaText).find("Amal Haddad") == 16);
        CHECK((*haddad)["mentions"][0]["start"] == 13);
        CHECK((*haddad)["mentions"][0]["end"] == 24);
        CHECK((*haddad)["mentions"][0]["text"] == "Amal Haddad");
        CHECK((*is)["wikidata"] == "Q2429253");
        CHECK((*is)["in_kb"] == true);
        CHECK((*is)["label"] == "Islamic State");
        CHECK((*is)["aliases"] == nlohmann::json::array({"Daesh"}));

        int parallel = 0;
        for (const auto& e : j["links"]) {
            for (const char* field : {"source", "target", "key", "relation", "cameo", "date", "granularity",
                                      "place", "confidence", "attributed_to", "summary", "evidence"})
                CHECK_MESSAGE(e.contains(field), field);
            // the CAMEO code of relations.tsv, a string that keeps its leading zero; null for a
            // relation the vocabulary does not code
            if (e["relation"] == "withdrew_from") CHECK(e["cameo"] == "0874");
            if (e["relation"] == "attacked") CHECK(e["cameo"] == "190");
            if (e["relation"] == "reached" || e["relation"] == "member_of") CHECK(e["cameo"].is_null());
            if (e["source"] == "tigris_brigade" && e["target"] == "qayyarah") {
                CHECK(e["key"] == parallel);
                ++parallel;
            }
            if (e["relation"] == "reached") {
                CHECK(e["date"] == "2015-05-03");
                CHECK(e["granularity"] == "day");
                CHECK(e["attributed_to"] == "amal_haddad");
                CHECK(e["evidence"][0]["start"] == 0);
            }
        }
        CHECK(parallel == 2);
    }

    TEST_CASE("graph.json needs the text of every document") {
        Fixture f = make_fixture();
        f.documents.pop_back();
        CHECK_THROWS_AS(graph_json(f.graph, f.documents), Error);
    }

    TEST_CASE("timeline.json has the contract fields") {
        Fixture f = make_fixture();
        auto j = nlohmann::json::parse(timeline_json(f.chronology, f.documents));
        CHECK(j["from"] == "2014-06");
        CHECK(j["to"] == "2017-04");
        REQUIRE(j["events"].size() == 3);
        const auto& e = j["events"][2];
        CHECK(e["date"] == "2015-05-03");
        CHECK(e["granularity"] == "day");
        CHECK(e["participants"] == nlohmann::json::array({"tigris_brigade"}));
        CHECK(e["place"] == "qayyarah");
        CHECK(e["attributed_to"] == "amal_haddad");
        REQUIRE(e["sources"].size() == 2);
        CHECK(e["sources"][1]["doc"] == "beta");
        CHECK(e["sources"][1]["date"] == "2015-05-04");
        CHECK(j["events"][0]["granularity"] == "season");
        CHECK(j["events"][0]["place"].is_null());
        CHECK(j["events"][0]["cameo"].is_null());
        CHECK(j["events"][1]["relation"] == "withdrew_from");
        CHECK(j["events"][1]["cameo"] == "0874");
    }

    TEST_CASE("writers match their golden files") {
        Fixture f = make_fixture();
        check_golden("graph.json", graph_json(f.graph, f.documents));
        check_golden("graph.dot", graph_dot(f.graph));
        check_golden("timeline.txt", timeline_text(f.chronology));
        check_golden("timeline.md", timeline_markdown(f.chronology));
        check_golden("timeline.json", timeline_json(f.chronology, f.documents));
        check_golden("timelinejs.json", timeline_js(f.chronology));
    }

    TEST_CASE("the same graph gives the same DOT") {
        Fixture a = make_fixture();
        Fixture b = make_fixture();
        CHECK(graph_dot(a.graph) == graph_dot(b.graph));
    }

    TEST_CASE("timeline text shows disagreeing dates and sources") {
        Fixture f = make_fixture();
        std::string text = timeline_text(f.chronology);
        CHECK(text.find("dates: 2015-05-03 (alpha), 2015-05-04 (beta)") != std::string::npos);
        CHECK(text.find("sources: alpha (s0), beta (s0)") != std::string::npos);
        CHECK(text.find("according to: Amal Haddad") != std::string::npos);
    }

    TEST_CASE("Markdown and TimelineJS escape their text") {
        Fixture f = make_fixture();
        std::string md = timeline_markdown(f.chronology);
        CHECK(md.find("\\<Brigade\\> \\& Co \\| East") != std::string::npos);
        CHECK(md.find("\\*first\\* \\[sic\\] \\`now\\` \\#1") != std::string::npos);
        CHECK(md.find("<Brigade>") == std::string::npos);
        auto js = nlohmann::json::parse(timeline_js(f.chronology));
        REQUIRE(js["events"].size() == 3);
        const auto& season = js["events"][0];
        CHECK(season["start_date"]["year"] == 2014);
        CHECK(season["start_date"]["month"] == 6);
        CHECK_FALSE(season["start_date"].contains("day"));
        CHECK(season["end_date"]["month"] == 8);
        const auto& day = js["events"][2];
        CHECK(day["start_date"]["day"] == 3);
        CHECK_FALSE(day.contains("end_date"));
        CHECK(day["group"] == "reached");
        std::string headline = day["text"]["headline"];
        CHECK(headline.find("&quot;Tigris&quot; &lt;Brigade&gt; &amp; Co") != std::string::npos);
        CHECK(day["text"]["text"].get<std::string>().find("<Brigade>") == std::string::npos);
    }

    TEST_CASE("DOT keeps quotes and backslashes of labels, and SVG renders them escaped") {
        Fixture f = make_fixture();
        std::string dot = graph_dot(f.graph);
        CHECK(dot.find("cluster_legend") != std::string::npos);
        CHECK(dot.find("https://www.wikidata.org/wiki/Q2429253") != std::string::npos);
        std::string svg = render_svg(dot);
        CHECK(svg.find("<svg") != std::string::npos);
        for (const char* label :
             {"Amal Haddad", "Karim Saleh", "Layla Omar", "Islamic State", "Nineveh Guard", "Qayyarah",
              "Mosul", "2015&#45;05&#45;03", "Back\\slash Town\\",
              "The &quot;Tigris&quot; &lt;Brigade&gt; &amp; Co | East"})
            CHECK_MESSAGE(svg.find(std::string(">") + label) != std::string::npos, label);
        CHECK(svg.find("<Brigade>") == std::string::npos);
    }

    TEST_CASE("render_svg rejects text that is not DOT") {
        CHECK_THROWS_AS(render_svg("digraph { a -> "), Error);
    }

    TEST_CASE("write_file_atomically replaces the file and leaves no temporary file") {
        fs::path dir = fs::temp_directory_path() / ("mosulkg_export_test_" + std::to_string(::getpid()));
        fs::remove_all(dir);
        fs::create_directories(dir);
        fs::path file = dir / "out.json";
        write_file_atomically(file, "first");
        write_file_atomically(file, "second\n");
        CHECK(read_text(file) == "second\n");
        CHECK(std::distance(fs::directory_iterator(dir), fs::directory_iterator()) == 1);
        fs::path missing = dir / "no_such_dir" / "out.json";
        CHECK_THROWS_WITH_AS(write_file_atomically(missing, "x"), doctest::Contains(missing.string().c_str()),
                             Error);
        CHECK_FALSE(fs::exists(dir / "no_such_dir"));
        fs::remove_all(dir);
    }

    TEST_CASE("exporters are registered with a format name and a file name") {
        std::vector<std::string> files;
        for (const Exporter& e : exporters()) {
            CHECK_FALSE(e.format.empty());
            CHECK_FALSE(e.description.empty());
            CHECK(static_cast<bool>(e.render));
            CHECK(e.file.find('/') == std::string::npos);
            files.push_back(e.file);
        }
        CHECK(files == std::vector<std::string>{"graph.dot", "graph.graphml", "graph.json", "graph.nt",
                                                "graph.svg", "nodes.csv", "relationships.csv", "report.html",
                                                "timeline.json", "timeline.md", "timeline.svg",
                                                "timeline.timelinejs.json"});
        std::vector<std::string> names = format_names();
        CHECK(std::is_sorted(names.begin(), names.end()));
        CHECK(std::count(names.begin(), names.end(), "csv") == 1);
        auto csv = select_exporters({"csv"});
        REQUIRE(csv.size() == 2);
        CHECK(csv[0]->file == "nodes.csv");
        CHECK(csv[1]->file == "relationships.csv");
        CHECK(select_exporters({}).size() == exporters().size());
        CHECK(select_exporters({"svg", "json", "svg"}).size() == 2);
        CHECK_THROWS_WITH_AS(select_exporters({"json", "pdf"}),
                             doctest::Contains("unknown output format 'pdf'"), Error);
    }

}  // TEST_SUITE
