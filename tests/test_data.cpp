// mosulkg/data.hpp: data files read from a user's folder over the compiled-in ones.
#include "mosulkg/data.hpp"
#include "mosulkg/document.hpp"
#include "mosulkg/error.hpp"
#include "mosulkg/kb.hpp"
#include "mosulkg/relations.hpp"
#include "mosulkg/timex.hpp"

#include "data_file.hpp"

#include <doctest/doctest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

using namespace mosulkg;
namespace fs = std::filesystem;

namespace {

struct Folder {
    fs::path path;
    explicit Folder(const std::string& name)
        : path(fs::temp_directory_path() / ("mosulkg_data_test_" + name + std::to_string(::getpid()))) {
        fs::remove_all(path);
        fs::create_directories(path);
    }
    ~Folder() { fs::remove_all(path); }
    void put(const std::string& name, const std::string& text) const {
        fs::create_directories((path / name).parent_path());
        std::ofstream(path / name, std::ios::binary) << text;
    }
};

}  // namespace

TEST_CASE("data: without a folder the compiled-in files are read") {
    DataSource builtin;
    CHECK(builtin.origin("kb/entities.tsv") == "data/kb/entities.tsv");
    CHECK(builtin.read("kb/entities.tsv").find("islamic_state") != std::string::npos);
    CHECK_THROWS_AS(builtin.read("kb/no_such_file.tsv"), Error);
    CHECK(builtin.unmatched().empty());
}

TEST_CASE("data: a file of the folder replaces the data file of the same name, the others stay") {
    Folder dir("kb");
    dir.put("kb/entities.tsv", DataSource().read("kb/entities.tsv") +
                                   "zz_ridge_front\tgroup\tRidge Front\tRidge Fighters\t\ttest entry\n");
    dir.put("lexicon/boilerplat.txt", "line\tx\n");  // misspelt: read by nothing
    DataSource mine(dir.path);
    CHECK(mine.origin("kb/entities.tsv") == (dir.path / "kb/entities.tsv").string());
    CHECK(mine.origin("kb/facts.tsv") == "data/kb/facts.tsv");
    KnowledgeBase kb = KnowledgeBase::from_data(mine);
    REQUIRE(kb.find(EntityId("zz_ridge_front")));
    CHECK(kb.find(EntityId("zz_ridge_front"))->get().aliases == std::vector<std::string>{"Ridge Fighters"});
    CHECK(kb.find(EntityId("islamic_state")));
    CHECK_FALSE(KnowledgeBase::from_data(DataSource()).find(EntityId("zz_ridge_front")));
    REQUIRE(mine.unmatched().size() == 1);
    CHECK(mine.unmatched()[0] == (dir.path / "lexicon/boilerplat.txt").string());
}

TEST_CASE("data: which facts name a text, not an entity, is the facts column of relations.tsv") {
    Folder dir("facts");
    dir.put("relations/relations.tsv", DataSource().read("relations/relations.tsv") +
                                           "styled_as\tstate\t0\t-\tis styled\tno\t1\t-\toffice\n");
    dir.put("kb/facts.tsv", DataSource().read("kb/facts.tsv") +
                                "haider_al_abadi\tstyled_as\tHis Excellency\t\t\ttest entry\n");
    KnowledgeBase kb = KnowledgeBase::from_data(DataSource(dir.path));
    bool found = false;
    for (const Fact& f : kb.facts_about(EntityId("haider_al_abadi")))
        if (f.relation == "styled_as") {
            found = true;
            CHECK(f.value == "His Excellency");
            CHECK(f.object.empty());
        }
    CHECK(found);
    // without the relation's row the object must be an entity of the knowledge base
    Folder plain("facts_plain");
    plain.put("kb/facts.tsv", DataSource().read("kb/facts.tsv") +
                                  "haider_al_abadi\tstyled_as\tHis Excellency\t\t\ttest entry\n");
    CHECK_THROWS_WITH_AS(KnowledgeBase::from_data(DataSource(plain.path)),
                         doctest::Contains("unknown object entity"), Error);
}

TEST_CASE("data: an error in a replaced file names that file") {
    Folder dir("bad");
    dir.put("kb/entities.tsv", "Not An Id\tgroup\tX\t\t\t\n");
    const std::string where = (dir.path / "kb/entities.tsv").string() + ":1:";
    CHECK_THROWS_WITH_AS(KnowledgeBase::from_data(DataSource(dir.path)), doctest::Contains(where.c_str()),
                         Error);
    CHECK_THROWS_AS(DataSource(dir.path / "missing"), Error);
}

TEST_CASE("data: the document lexicon reads month and weekday names from data/temporal") {
    const Boilerplate builtin = Boilerplate::from_data(DataSource());
    CHECK(builtin.is_month("sept"));
    CHECK(builtin.is_date_word("thurs"));
    CHECK_FALSE(builtin.is_month("thurs"));
    CHECK(builtin.is_chrome("Read more"));
    Folder dir("months");
    dir.put("temporal/months.tsv", "# a calendar of one month\nbrumaire\t2\n");
    dir.put("lexicon/boilerplate.txt", "line\tfrom the archive\ndateword\tat\nbyline\tfiled by\n");
    const Boilerplate tuned = Boilerplate::from_data(DataSource(dir.path));
    CHECK(tuned.is_month("brumaire"));
    CHECK_FALSE(tuned.is_month("april"));
    CHECK(tuned.is_date_word("monday"));  // weekdays.tsv is still the built-in one
    CHECK(tuned.is_chrome("From the Archive"));
    CHECK_FALSE(tuned.is_chrome("Read more"));
    CHECK(tuned.byline_prefix("filed by jane doe") == 9);
    CHECK(tuned.byline_prefix("by jane doe") == 0);
}

TEST_CASE("data: the data-file reader: comments, blanks, columns, line numbers") {
    std::vector<std::pair<std::size_t, std::vector<std::string>>> rows;
    auto collect = [&](std::size_t line, const std::vector<std::string_view>& cols) {
        rows.push_back({line, std::vector<std::string>(cols.begin(), cols.end())});
    };
    detail::for_each_row("# comment\n\n a \t b\r\n  # indented comment\nc\t\t\n", collect);
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].first == 3);
    CHECK(rows[0].second == std::vector<std::string>{"a", "b"});
    CHECK(rows[1].first == 5);
    CHECK(rows[1].second == std::vector<std::string>{"c"});  // empty trailing columns dropped
    rows.clear();
    detail::for_each_row("c\t\t\n", collect, 10, detail::TrailingColumns::keep);
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].first == 10);
    CHECK(rows[0].second == std::vector<std::string>{"c", "", ""});
}

TEST_CASE("data: the temporal tagger reads its word lists from the folder") {
    Folder dir("temporal");
    // a month spelling of the user's own
    dir.put("temporal/months.tsv", DataSource().read("temporal/months.tsv") + "octobre\t10\n");
    const std::string text = "The army arrived in Octobre 2016.";
    for (const Timex& t : TimexTagger(DataSource()).tag(text, std::nullopt))
        CHECK(t.span.of(text) == "2016");  // the year alone
    auto found = TimexTagger(DataSource(dir.path)).tag(text, std::nullopt);
    REQUIRE(found.size() == 1);
    CHECK(found[0].span.of(text) == "Octobre 2016");
    CHECK(found[0].value.value == "2016-10");
    dir.put("temporal/months.tsv", "october\tten\n");
    CHECK_THROWS_WITH_AS(TimexTagger(DataSource(dir.path)),
                         doctest::Contains("temporal/months.tsv: not a number"), Error);
}

TEST_CASE("data: the temporal tagger reads the words its rules test for from cues.tsv") {
    Folder dir("cues");
    const std::string text = "The vote was held at noon on Tuesday.";
    auto builtin = TimexTagger(DataSource()).tag(text, std::nullopt);
    REQUIRE(builtin.size() == 1);
    CHECK(builtin[0].span.of(text) == "noon on Tuesday");
    // the noon words are the file's: "noon" is no clock time without its line
    dir.put("temporal/cues.tsv", "# one kind\nnoon\tmidday\n");
    auto tuned = TimexTagger(DataSource(dir.path)).tag(text, std::nullopt);
    REQUIRE(tuned.size() == 1);
    CHECK(tuned[0].span.of(text) == "Tuesday");
    dir.put("temporal/cues.tsv", "colour\tred\n");
    CHECK_THROWS_WITH_AS(TimexTagger(DataSource(dir.path)),
                         doctest::Contains("temporal/cues.tsv: unknown kind: colour"), Error);
}

TEST_CASE("data: the fixed words of the date shapes are kinds of cues.tsv (ordinal_suffix, day_relative)") {
    Folder dir("shape_cues");
    const std::string text = "The bridge reopened on 1er May 2016.";
    auto builtin = TimexTagger(DataSource()).tag(text, std::nullopt);
    REQUIRE(builtin.size() == 1);
    CHECK(builtin[0].span.of(text) == "May 2016");  // "1er" is no day number
    // a suffix of the user's own makes an ordinal day ("1er")
    dir.put("temporal/cues.tsv", DataSource().read("temporal/cues.tsv") + "ordinal_suffix\ter\n");
    auto tuned = TimexTagger(DataSource(dir.path)).tag(text, std::nullopt);
    REQUIRE(tuned.size() == 1);
    CHECK(tuned[0].span.of(text) == "1er May 2016");
    CHECK(tuned[0].value.value == "2016-05-01");
    // "past Oct. 23" takes its direction from relatives.tsv once it is a day_relative word
    const std::string past = "The talks ended past Oct. 23.";
    const date::year_month_day reference = date::year(2016) / 11 / 2;
    dir.put("temporal/cues.tsv", DataSource().read("temporal/cues.tsv") + "day_relative\tpast\n");
    bool read = false;
    for (const Timex& t : TimexTagger(DataSource(dir.path)).tag(past, reference))
        if (t.span.of(past) == "past Oct. 23") read = t.value.value == "2016-10-23";
    CHECK(read);
    bool builtin_read = false;
    for (const Timex& t : TimexTagger(DataSource()).tag(past, reference))
        builtin_read = builtin_read || t.span.of(past) == "past Oct. 23";
    CHECK_FALSE(builtin_read);
}

TEST_CASE("data: the endings of cues.tsv (past_suffix, not_past_suffix) decide a regular past form") {
    Folder dir("suffix_cues");
    const std::string text = "Talks resumed in June.";
    const date::year_month_day reference = date::year(2016) / 3 / 1;
    auto builtin = TimexTagger(DataSource()).tag(text, reference);
    REQUIRE(builtin.size() == 1);
    CHECK(builtin[0].value.value == "2015-06");  // "resumed" is past: the last June
    // an ending of the user's own makes "resumed" no past form: the nearest June
    dir.put("temporal/cues.tsv", DataSource().read("temporal/cues.tsv") + "not_past_suffix\tmed\n");
    auto tuned = TimexTagger(DataSource(dir.path)).tag(text, reference);
    REQUIRE(tuned.size() == 1);
    CHECK(tuned[0].value.value == "2016-06");
}

TEST_CASE("data: the phrases of site navigation beside a site's date are the document lexicon's") {
    const Boilerplate builtin = Boilerplate::from_data(DataSource());
    CHECK(builtin.is_site_navigation("Wednesday, 3 January 2018 | Latest News"));
    CHECK_FALSE(builtin.is_site_navigation("Wednesday, 3 January 2018 | Front page"));
    Folder dir("navigation");
    dir.put("lexicon/boilerplate.txt", "navigation\tfront page\n");
    const Boilerplate tuned = Boilerplate::from_data(DataSource(dir.path));
    CHECK(tuned.is_site_navigation("Wednesday, 3 January 2018 | Front page"));
    CHECK_FALSE(tuned.is_site_navigation("Wednesday, 3 January 2018 | Latest News"));
}

TEST_CASE("data: a --kb file reads which facts name a text from the relation lexicon in use") {
    Folder dir("kb_facts");
    dir.put("relations/relations.tsv", DataSource().read("relations/relations.tsv") +
                                           "styled_as\tstate\t0\t-\tis styled\tno\t1\t-\toffice\n");
    dir.put("mine.tsv", "# facts\nhaider_al_abadi\tstyled_as\tHis Excellency\t\t\ttest entry\n");
    const std::string file = (dir.path / "mine.tsv").string();
    const RelationLexicon relations = RelationLexicon::from_data(DataSource(dir.path));
    KnowledgeBase kb = KnowledgeBase::load(file, relations);
    REQUIRE(kb.facts().size() == 1);
    CHECK(kb.facts()[0].value == "His Excellency");
    CHECK(kb.facts()[0].object.empty());
    // with the built-in relations.tsv the object must be an entity
    CHECK_THROWS_WITH_AS(KnowledgeBase::load(file, RelationLexicon::from_data(DataSource())),
                         doctest::Contains("mine.tsv:2: unknown object entity"), Error);
}
