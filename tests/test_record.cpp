// Tests for mosulkg/record.hpp: records written and read back merge to the same outputs.
#include "mosulkg/error.hpp"
#include "mosulkg/export.hpp"
#include "mosulkg/pipeline.hpp"
#include "mosulkg/record.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>
#include <thread>
#include <vector>

using namespace mosulkg;

namespace {

std::vector<Document> articles() {
    std::vector<Document> docs;
    docs.push_back(make_document(DocId("first"),
                                 "Army gains in the west\n\nJanuary 2, 2016\n\n"
                                 "Iraqi forces recaptured Ramadi on 28 December 2015, officials "
                                 "said \xE2\x80\x9C"
                                 "at last\xE2\x80\x9D. Peshmerga forces captured two villages northeast "
                                 "of Mosul on 30 December 2015.\n"));
    docs.push_back(make_document(DocId("second"),
                                 "City changes hands\n\nJanuary 5, 2016\n\n"
                                 "Ramadi was retaken by Iraqi troops on December 28, 2015.\n"));
    docs.push_back(make_document(DocId("third"), "\xFF\xFE\x00 not a text"));
    docs.push_back(make_document(DocId("fourth"),
                                 "Gains in the north\n\nMarch 3, 2016\n\n"
                                 "Kurdish fighters retook most of Tal Abyad from Islamic State on 2 March "
                                 "2016.\n\nThe United Nations on 2 March 2016 asked for $284 million to "
                                 "prepare aid for Mosul.\n"));
    return docs;
}

}  // namespace

TEST_CASE("record: written and read back, records merge to the same outputs as a run") {
    Pipeline pipeline;
    Corpus direct = pipeline.run(articles());
    std::vector<DocumentRecord> back;
    for (Document& d : articles()) {
        std::string line = to_record_line(pipeline.extract(std::move(d)));
        CHECK(line.back() == '\n');
        CHECK(std::count(line.begin(), line.end(), '\n') == 1);
        back.push_back(parse_record_line(line, "test"));
    }
    std::reverse(back.begin(), back.end());  // the order of records does not matter
    Corpus merged = pipeline.merge(std::move(back));
    CHECK(graph_json(merged.graph, merged.offsets) == graph_json(direct.graph, direct.offsets));
    CHECK(timeline_json(merged.chronology, merged.offsets) ==
          timeline_json(direct.chronology, direct.offsets));
    CHECK(merged.skipped.size() == direct.skipped.size());
    // (what only a record's fields keep: an act near a place, not in it)
    const std::string timeline = timeline_json(merged.chronology, merged.offsets);
    CHECK(timeline.find("near Mosul") != std::string::npos);
    // (a thing that names its place, and a statement told with its own verb)
    CHECK(timeline.find("recaptured most of Tal Abyad") != std::string::npos);
    CHECK(timeline.find("in Tell Abyad") == std::string::npos);
    CHECK(timeline.find("United Nations asked for $284 million") != std::string::npos);
}

TEST_CASE("record: a line that is not a record is an Error naming where it was read") {
    CHECK_THROWS_WITH_AS(parse_record_line("{\"id\": 3}", "r.jsonl:7"), doctest::Contains("r.jsonl:7"),
                         Error);
    CHECK_THROWS_AS(parse_record_line("not json", "r.jsonl:1"), Error);
    DocumentRecord r;
    r.document.id = DocId("x");
    std::string line = to_record_line(r);
    line.replace(line.find("\"version\":1"), 11, "\"version\":9");
    CHECK_THROWS_AS(parse_record_line(line, "r.jsonl:2"), Error);
}

TEST_CASE("record: two records with one id do not merge") {
    Pipeline pipeline;
    auto docs = articles();
    std::vector<DocumentRecord> records;
    records.push_back(pipeline.extract(docs[1]));
    records.push_back(pipeline.extract(docs[1]));
    CHECK_THROWS_AS(pipeline.merge(std::move(records)), Error);
}

TEST_CASE("record: extraction on several threads gives what one thread gives") {
    Pipeline pipeline;
    RunOptions one, two;
    two.jobs = 2;
    Corpus a = pipeline.run(articles(), one);
    Corpus b = pipeline.run(articles(), two);
    CHECK(graph_json(a.graph, a.offsets) == graph_json(b.graph, b.offsets));
    // the diagram may be drawn from several threads at once
    std::vector<std::string> dots(4), svgs(4);
    std::vector<std::thread> threads;
    for (std::size_t i = 0; i < dots.size(); ++i)
        threads.emplace_back([&, i] {
            dots[i] = graph_dot(a.graph, a.documents);
            svgs[i] = render_svg(dots[i]);
        });
    for (auto& t : threads) t.join();
    for (std::size_t i = 1; i < dots.size(); ++i) {
        CHECK(dots[i] == dots[0]);
        CHECK(svgs[i] == svgs[0]);
    }
}

TEST_CASE(
    "record: lines are the JSON that nlohmann::json writes for them, odd strings and numbers included") {
    using Json = nlohmann::ordered_json;
    // every kind of character a string may hold: quotes, backslashes, control characters,
    // DEL, two- to four-byte characters, and bytes that are not UTF-8 (replaced)
    const std::vector<std::string> strings = {"",
                                              "plain",
                                              "quote \" and back\\slash",
                                              std::string("nul\0tab\tnl\ncr\rff\fbs\b\x01\x1f\x7f", 24),
                                              "\xC3\xA9t\xC3\xA9 \xE2\x80\x9C\xF0\x9F\x98\x80",
                                              "bad \xFF byte",
                                              "cut \xE2\x80",
                                              "overlong \xC0\xAF",
                                              "surrogate \xED\xA0\x80",
                                              "high \xF4\x90\x80\x80"};
    const std::vector<double> numbers = {
        1.0, 0.6, 0.85, 0.1, 1e-7, 1e21, 123456.789, 0.0, -0.5, std::numeric_limits<double>::quiet_NaN()};
    for (std::size_t k = 0; k < strings.size(); ++k) {
        const std::string& s = strings[k];
        DocumentRecord r;
        r.document.id = DocId("d" + s);
        r.document.path = s;
        r.document.title = s;
        r.document.url = s;
        r.document.published = date::year(2016) / 10 / 17;
        r.document.published_source = DateSource::stated;
        r.document.published_evidence = s;
        r.document.warnings = {s, "second"};
        r.offsets = CodepointIndex(
            "a\xC3\xA9"
            "b\xF0\x9F\x98\x80");
        Mention m;
        m.where = {r.document.id, 3, {4, 9}};
        m.text = s;
        m.entity = EntityId("e" + s);
        m.type = EntityType::place;
        m.label = s;
        m.confidence = numbers[k % numbers.size()];
        m.in_kb = k % 2 == 0;
        r.mentions = {m, m};
        Relation rel;
        rel.type = "captured";
        rel.actor = EntityId("a" + s);
        if (k % 2) rel.target = EntityId("t");
        rel.participants = {EntityId("p"), EntityId(s)};
        if (k % 3) rel.date = parse_time_value("2016-10");
        rel.confidence = numbers[(k + 3) % numbers.size()];
        rel.evidence = {r.document.id, 1, {0, 5}};
        rel.sentence = s;
        rel.trigger = s;
        rel.summary = s;
        r.relations = {rel};

        auto id = [](const std::optional<EntityId>& e) { return e ? Json(e->str()) : Json(nullptr); };
        Json wide = Json::array();
        for (const auto& w : r.offsets.wide()) wide.push_back(Json::array({w.byte, w.length}));
        Json mj = Json{{"sentence", m.where.sentence},
                       {"begin", m.where.span.begin},
                       {"end", m.where.span.end},
                       {"text", m.text},
                       {"entity", m.entity.str()},
                       {"type", "place"},
                       {"label", m.label},
                       {"confidence", m.confidence},
                       {"in_kb", m.in_kb}};
        Json participants = Json::array({"p", s});
        Json rj = Json{{"type", rel.type},
                       {"actor", id(rel.actor)},
                       {"target", id(rel.target)},
                       {"participants", participants},
                       {"place", nullptr},
                       {"date", rel.date ? Json(rel.date->value) : Json(nullptr)},
                       {"mod", ""},
                       {"attributed_to", nullptr},
                       {"background", false},
                       {"confidence", rel.confidence},
                       {"sentence", 1},
                       {"begin", 0},
                       {"end", 5},
                       {"text", s},
                       {"trigger", s},
                       {"summary", s}};
        Json expected = Json{{"record", "document"},
                             {"version", 1},
                             {"id", r.document.id.str()},
                             {"path", s},
                             {"title", s},
                             {"url", s},
                             {"published", "2016-10-17"},
                             {"published_source", "stated"},
                             {"published_evidence", s},
                             {"warnings", Json::array({s, "second"})},
                             {"bytes", r.offsets.bytes()},
                             {"wide", wide},
                             {"mentions", Json::array({mj, mj})},
                             {"relations", Json::array({rj})}};
        CAPTURE(k);
        CHECK(to_record_line(r) == expected.dump(-1, ' ', false, Json::error_handler_t::replace) + "\n");

        DocumentRecord skipped;
        skipped.document.id = DocId("s" + s);
        skipped.document.path = s;
        skipped.problem = s;
        Json expected_skip =
            Json{{"record", "skipped"}, {"version", 1}, {"id", "s" + s}, {"path", s}, {"problem", s}};
        CHECK(to_record_line(skipped) ==
              expected_skip.dump(-1, ' ', false, Json::error_handler_t::replace) + "\n");
    }
}
