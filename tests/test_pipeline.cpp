// Tests for mosulkg/pipeline.hpp: reading a corpus, running every stage, writing outputs.
#include "mosulkg/pipeline.hpp"

#include "mosulkg/data.hpp"
#include "mosulkg/error.hpp"
#include "mosulkg/export.hpp"

#include <doctest/doctest.h>

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

using namespace mosulkg;
namespace fs = std::filesystem;

namespace {

const fs::path fixtures = fs::path(MOSULKG_TEST_DIR) / "fixtures" / "units" / "pipeline";

const Pipeline& pipeline() {
    static const Pipeline p;
    return p;
}

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

// A fresh folder under the system temp folder, removed when the test ends.
struct TempDir {
    fs::path path;
    explicit TempDir(const std::string& name)
        : path(fs::temp_directory_path() / ("mosulkg_unit_" + name + "_" + std::to_string(::getpid()))) {
        fs::remove_all(path);
    }
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
};

std::set<DocId> docs_of(const Node& n) {
    std::set<DocId> out;
    for (const auto& m : n.mentions) out.insert(m.where.doc);
    return out;
}

}  // namespace

TEST_CASE("pipeline: read_corpus on a missing path throws an Error naming it") {
    const fs::path missing = fixtures / "no_such_article.txt";
    CHECK_THROWS_AS(read_corpus({missing}), Error);
    try {
        read_corpus({fixtures, missing});
        FAIL("no error");
    } catch (const Error& e) {
        CHECK(std::string(e.what()).find("no_such_article.txt") != std::string::npos);
    }
}

TEST_CASE("pipeline: read_corpus reads a folder in name order") {
    auto docs = read_corpus({fixtures});
    REQUIRE(docs.size() == 2);
    CHECK(docs[0].id == DocId("river_town"));
    CHECK(docs[1].id == DocId("river_town_followup"));
    CHECK(docs[0].text == slurp(fixtures / "river_town.txt"));
}

TEST_CASE("pipeline: entities are merged across documents") {
    auto corpus = pipeline().run(read_corpus({fixtures}));
    REQUIRE(corpus.documents.size() == 2);
    CHECK(corpus.offsets.size() == 2);
    CHECK(corpus.documents[0].text.empty());  // texts are not kept: records carry what merging needs

    auto ramadi = corpus.graph.node(EntityId("ramadi"));
    REQUIRE(ramadi);
    CHECK(ramadi->type == EntityType::place);
    CHECK(docs_of(*ramadi) == std::set<DocId>{DocId("river_town"), DocId("river_town_followup")});

    // two spellings of one person, one in each article, are one node
    auto abadi = corpus.graph.node(EntityId("haider_al_abadi"));
    REQUIRE(abadi);
    CHECK(abadi->label == "Haider al-Abadi");
    CHECK(docs_of(*abadi).size() == 2);
    CHECK(corpus.graph.find("Haidar al-Abadi"));
    CHECK(corpus.graph.find("Haidar al-Abadi")->id == EntityId("haider_al_abadi"));

    auto forces = corpus.graph.node(EntityId("iraqi_security_forces"));
    REQUIRE(forces);
    CHECK(docs_of(*forces).size() == 2);

    // one node per id
    std::set<EntityId> ids;
    for (const auto& n : corpus.graph.nodes()) CHECK(ids.insert(n.id).second);
    CHECK(ids.size() == corpus.graph.node_count());
}

TEST_CASE("pipeline: publication dates come from the date line") {
    auto corpus = pipeline().run(read_corpus({fixtures}));
    REQUIRE(corpus.documents.size() == 2);
    const Document& a = corpus.documents[0];
    const Document& b = corpus.documents[1];
    REQUIRE(a.published);
    CHECK(*a.published == date::year(2016) / 1 / 3);
    CHECK(a.published_source == DateSource::stated);
    REQUIRE(b.published);
    CHECK(*b.published == date::year(2016) / 2 / 9);
    CHECK(b.published_source == DateSource::stated);
    REQUIRE(corpus.graph.documents().size() == 2);
    CHECK(corpus.graph.documents()[0].published_source == DateSource::stated);

    // relative dates resolve against the article's own date: "on Tuesday" before 2016-01-03
    auto docs = read_corpus({fixtures});
    REQUIRE(docs.size() == 2);
    bool tuesday = false;
    for (const auto& t : TimexTagger().tag(docs[0].text, segment(docs[0]), a.published))
        if (t.span.of(docs[0].text) == "Tuesday") {
            tuesday = true;
            CHECK(t.value.value == "2015-12-29");
        }
    CHECK(tuesday);
}

TEST_CASE("pipeline: a given publication date overrides the date line") {
    RunOptions options;
    options.published["river_town_followup"] = date::year(2016) / 3 / 1;
    auto corpus = pipeline().run(read_corpus({fixtures}), options);
    const Document& a = corpus.documents[0];
    const Document& b = corpus.documents[1];
    REQUIRE(b.published);
    CHECK(*b.published == date::year(2016) / 3 / 1);
    CHECK(b.published_source == DateSource::given);
    CHECK(a.published_source == DateSource::stated);  // the other article keeps its own
    // "on Monday" now resolves against the given date
    bool monday = false;
    for (const auto& r : corpus.relations)
        if (r.evidence.doc == b.id && r.sentence.find("on Monday") != std::string::npos && r.date) {
            monday = true;
            CHECK(r.date->value == "2016-02-29");
        }
    CHECK(monday);
}

TEST_CASE("pipeline: one recapture reported by both articles is one chronology entry") {
    auto corpus = pipeline().run(read_corpus({fixtures}));
    int found = 0;
    for (const auto& e : corpus.chronology.entries) {
        if (!e.place || *e.place != EntityId("ramadi")) continue;
        ++found;
        CHECK(e.relation == "recaptured");
        CHECK(e.date.value == "2015-12-28");
        CHECK(e.sources.size() == 2);
    }
    CHECK(found == 1);
    for (const auto& r : corpus.relations) {
        INFO(r.type);
        CHECK(r.evidence.doc != DocId());
    }
    // no event is dated by the publication date of its article
    CHECK(std::none_of(corpus.relations.begin(), corpus.relations.end(), [](const Relation& r) {
        return r.date && r.evidence.doc == DocId("river_town") && r.date->value == "2016-01-03";
    }));
}

namespace {

// `text` with every `what` replaced by `with`; fails the test when `what` is absent.
std::string replaced(std::string text, const std::string& what, const std::string& with) {
    auto at = text.find(what);
    REQUIRE(at != std::string::npos);
    for (; at != std::string::npos; at = text.find(what, at + with.size()))
        text.replace(at, what.size(), with);
    return text;
}

void put(const fs::path& file, const std::string& text) {
    fs::create_directories(file.parent_path());
    std::ofstream(file, std::ios::binary) << text;
}

}  // namespace

TEST_CASE("pipeline: a data folder reaches every stage: documents, relations, chronology, syntax") {
    TempDir dir("data");
    // the user's folder makes "recaptured" and "retaken" words of capture, and says a capture
    // in a chronology entry in its own way
    std::string triggers = DataSource().read("relations/triggers.tsv");
    triggers = replaced(triggers, "\nrecaptured\trecaptured\n", "\nrecaptured\tcaptured\n");
    triggers = replaced(triggers, "\nretaken\trecaptured\n", "\nretaken\tcaptured\n");
    put(dir.path / "relations" / "triggers.tsv", triggers);
    put(dir.path / "relations" / "forms.tsv",
        "captured\t{a} seized {o}\t{a} seized ground in {p}\t{o} was seized\tGround was seized in {p}\tno\n");
    const Pipeline tuned{DataSource(dir.path)};
    auto corpus = tuned.run(read_corpus({fixtures}));
    int found = 0;
    for (const auto& e : corpus.chronology.entries) {
        if (!e.place || *e.place != EntityId("ramadi")) continue;
        ++found;
        CHECK(e.relation == "captured");
        CHECK(e.summary.find("seized") != std::string::npos);
        CHECK(e.sources.size() == 2);
    }
    CHECK(found == 1);
    // the document stage reads the folder's page-chrome patterns
    put(dir.path / "lexicon" / "boilerplate.txt",
        DataSource().read("lexicon/boilerplate.txt") + "starts\tiraqi forces recaptured\n");
    auto kind_of_line = [](const Document& d, const std::string& opening) {
        const auto at = d.text.find(opening);
        for (const Block& b : d.blocks)
            if (b.span.begin == at) return b.kind;
        return BlockKind::title;
    };
    const auto builtin = read_corpus({fixtures});
    const auto read = Pipeline{DataSource(dir.path)}.read({fixtures});
    REQUIRE(builtin.size() == 2);
    REQUIRE(read.size() == 2);
    CHECK(kind_of_line(builtin[0], "Iraqi forces recaptured") == BlockKind::body);
    CHECK(kind_of_line(read[0], "Iraqi forces recaptured") == BlockKind::chrome);
    // the compiled-in data is untouched: the default pipeline still reads a recapture
    auto plain = pipeline().run(read_corpus({fixtures}));
    CHECK(std::any_of(plain.chronology.entries.begin(), plain.chronology.entries.end(),
                      [](const ChronologyEntry& e) { return e.relation == "recaptured"; }));
    CHECK(
        std::none_of(plain.chronology.entries.begin(), plain.chronology.entries.end(),
                     [](const ChronologyEntry& e) { return e.summary.find("seized") != std::string::npos; }));
    // a malformed file of the folder is named in the error
    put(dir.path / "relations" / "relations.tsv", "besieged\tevent\n");
    CHECK_THROWS_WITH_AS(Pipeline{DataSource(dir.path)}, doctest::Contains("relations line 1"), Error);
    const std::string where = (dir.path / "relations").string();
    CHECK_THROWS_WITH_AS(Pipeline{DataSource(dir.path)}, doctest::Contains(where.c_str()), Error);
    // the syntax model of the folder is the parser's
    fs::remove(dir.path / "relations" / "relations.tsv");
    put(dir.path / "syntax" / "en_ewt.model", "not a model");
    const std::string model = (dir.path / "syntax" / "en_ewt.model").string();
    CHECK_THROWS_WITH_AS(Pipeline{DataSource(dir.path)}, doctest::Contains(model.c_str()), Error);
}

TEST_CASE("pipeline: write_outputs writes twelve files, and runs are byte-identical") {
    TempDir first("out1");
    TempDir second("out2");
    write_outputs(pipeline().run(read_corpus({fixtures})), first.path / "nested");
    write_outputs(Pipeline().run(read_corpus({fixtures})), second.path);
    for (std::string name :
         {"graph.json", "graph.dot", "graph.svg", "timeline.md", "timeline.json", "timeline.timelinejs.json",
          "graph.graphml", "nodes.csv", "relationships.csv", "graph.nt", "timeline.svg", "report.html"}) {
        INFO(name);
        CHECK(fs::is_regular_file(first.path / "nested" / name));
        CHECK(fs::file_size(first.path / "nested" / name) > 0);
    }
    std::size_t count = 0;
    for (const auto& entry : fs::directory_iterator(first.path / "nested")) {
        (void)entry;
        ++count;
    }
    CHECK(count == 12);  // no temporary files left behind
    for (std::string name :
         {"graph.json", "timeline.json", "timeline.md", "timeline.timelinejs.json", "graph.graphml",
          "nodes.csv", "relationships.csv", "graph.nt", "timeline.svg", "report.html"}) {
        INFO(name);
        CHECK(slurp(first.path / "nested" / name) == slurp(second.path / name));
    }
    CHECK(slurp(first.path / "nested" / "graph.json").find("\"ramadi\"") != std::string::npos);
}

TEST_CASE("pipeline: write_outputs with formats writes theirs only, as the full run writes them") {
    TempDir all("formats_all");
    TempDir some("formats_some");
    const Corpus corpus = pipeline().run(read_corpus({fixtures}));
    write_outputs(corpus, all.path, DotOptions{});
    write_outputs(corpus, some.path, DotOptions{}, {"timeline-md", "csv", "svg"});
    std::set<std::string> names;
    for (const auto& entry : fs::directory_iterator(some.path))
        names.insert(entry.path().filename().string());
    CHECK(names == std::set<std::string>{"graph.svg", "nodes.csv", "relationships.csv", "timeline.md"});
    for (const auto& name : names) {
        INFO(name);
        CHECK(slurp(some.path / name) == slurp(all.path / name));
    }
    // every exporter renders what its writer renders
    auto files = render_outputs(corpus, DotOptions{}, {"json", "dot", "timelinejs"});
    REQUIRE(files.size() == 3);
    CHECK(files[0].name == "graph.dot");
    CHECK(files[0].content == graph_dot(corpus.graph, corpus.documents, DotOptions{}));
    CHECK(files[1].content == graph_json(corpus.graph, corpus.offsets));
    CHECK(files[2].content == timeline_js(corpus.chronology));
    // an unknown format fails before anything is written
    TempDir none("formats_none");
    CHECK_THROWS_WITH_AS(write_outputs(corpus, none.path, DotOptions{}, {"json", "docx"}),
                         doctest::Contains("'docx'"), Error);
    CHECK_FALSE(fs::exists(none.path / "graph.json"));
}

TEST_CASE("pipeline: graph.dot and graph.svg are the same for a second run in one process") {
    TempDir first("dot1");
    TempDir second("dot2");
    write_outputs(pipeline().run(read_corpus({fixtures})), first.path);
    write_outputs(pipeline().run(read_corpus({fixtures})), second.path);
    CHECK(slurp(first.path / "graph.dot") == slurp(second.path / "graph.dot"));
    CHECK(slurp(first.path / "graph.svg") == slurp(second.path / "graph.svg"));
}

TEST_CASE("pipeline: write_outputs into a path that is a file throws an Error") {
    TempDir dir("blocked");
    fs::create_directories(dir.path);
    const fs::path file = dir.path / "plain";
    std::ofstream(file) << "x";
    CHECK_THROWS_AS(write_outputs(pipeline().run(read_corpus({fixtures})), file / "out"), Error);
}

TEST_CASE("pipeline: an empty corpus gives an empty graph") {
    auto corpus = pipeline().run({});
    CHECK(corpus.graph.node_count() == 0);
    CHECK(corpus.chronology.entries.empty());
}
