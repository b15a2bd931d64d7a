// Tests for mosulkg/record.hpp: records written and read back merge to the same outputs.
#include "mosulkg/error.hpp"
#include "mosulkg/export.hpp"
#include "mosulkg/pipeline.hpp"
#include "mosulkg/record.hpp"

#include <doctest/doctest.h>

#include <algorithm>
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
                                 "at last\xE2\x80\x9D.\n"));
    docs.push_back(make_document(DocId("second"),
                                 "City changes hands\n\nJanuary 5, 2016\n\n"
                                 "Ramadi was retaken by Iraqi troops on December 28, 2015.\n"));
    docs.push_back(make_document(DocId("third"), "\xFF\xFE\x00 not a text"));
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
