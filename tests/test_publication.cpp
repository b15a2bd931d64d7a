// Tests for mosulkg/publication.hpp, on invented page headers.
#include "mosulkg/publication.hpp"

#include <doctest/doctest.h>

using namespace mosulkg;
using namespace date;

namespace {

const TimexTagger& tagger() {
    static const TimexTagger t;
    return t;
}

PublicationDate find(const std::string& text) {
    return find_publication_date(make_document(DocId("t"), text), tagger());
}

}  // namespace

TEST_CASE("a date under the title is the article's date") {
    auto p = find(
        "Militants shell a market in Tikrit\n\nMarch 3, 2015\n\n"
        "Militants shelled a market in Tikrit on Tuesday, officials said.\n");
    REQUIRE(p.date.has_value());
    CHECK(*p.date == year(2015) / March / 3);
    CHECK(p.source == DateSource::stated);
    CHECK(p.evidence == "March 3, 2015");
    CHECK(p.span.size() == p.evidence.size());
}

TEST_CASE("a site date above the title is not the article's date") {
    auto p = find(
        "Friday, 7 December 2018\nLatest news\nHome \xC2\xBB World\n\n"
        "Army retakes the refinery at Baiji\n\n12 October 2015\n\n"
        "The army said it had retaken the refinery after a long siege.\n");
    REQUIRE(p.date.has_value());
    CHECK(*p.date == year(2015) / October / 12);
    CHECK(p.source == DateSource::stated);
}

TEST_CASE("a date line right above the title is the article's date when none is under it") {
    auto p = find(
        "June 2, 2016\n\nPeshmerga advance on villages east of Mosul\n\n"
        "Kurdish fighters advanced on several villages on Monday, a commander said.\n");
    REQUIRE(p.date.has_value());
    CHECK(*p.date == year(2016) / June / 2);
    CHECK(p.source == DateSource::stated);
}

TEST_CASE("a dateline without a year takes its year from the body") {
    auto p = find(
        "Fighters retreat from Ramadi\n\nDec 28, Ramadi: Fighters withdrew from the city centre, "
        "the army said. The city had fallen in May 2015.\n");
    REQUIRE(p.partial.has_value());
    CHECK(*p.partial == month_day(December, day(28)));
    REQUIRE(p.date.has_value());
    CHECK(*p.date == year(2015) / December / 28);
    CHECK(p.source == DateSource::inferred);
}

TEST_CASE("an article without any date is unknown") {
    auto p = find("Fighters retreat\n\nFighters withdrew from the city centre, the army said.\n");
    CHECK_FALSE(p.date.has_value());
    CHECK(p.source == DateSource::unknown);
}

TEST_CASE("without a date line of its own an article has no date, whatever its body reports") {
    auto p = find(
        "Fighters retreat\n\nThe offensive began on 17 October 2016 and the airport was taken "
        "on 23 February 2017, officials said.\n");
    CHECK_FALSE(p.date.has_value());
    CHECK(p.source == DateSource::unknown);
}

TEST_CASE("a header date line with a clock time under the title and byline is stated") {
    auto p = find(
        "Fighters shell villages east of Tikrit\n\nBy Jane Roe and John Doe\n\n"
        "Mon Dec 28, 2015 | 4:12pm EST\n\n"
        "TIKRIT, Iraq (Reuters) - Fighters shelled three villages on Sunday, a police officer said. "
        "The town was retaken in March.\n");
    REQUIRE(p.date.has_value());
    CHECK(*p.date == year(2015) / December / 28);
    CHECK(p.source == DateSource::stated);
}

TEST_CASE("a wire dateline with place, country and agency gives a partial date") {
    auto p = find(
        "Army pushes north along the Tigris\n\n"
        "QAYARA, Iraq, Aug 26 (AFP) - Troops advanced along the river, officers said. "
        "The town fell to the militants in June 2014 and the offensive began in July.\n");
    REQUIRE(p.partial.has_value());
    CHECK(*p.partial == month_day(August, day(26)));
    REQUIRE(p.date.has_value());
    // the smallest year not before the latest year the text mentions
    CHECK(*p.date == year(2014) / August / 26);
    CHECK(p.source == DateSource::inferred);
    CHECK(p.firm);
}

TEST_CASE("a dateline with an agency in parentheses before a dashed date states that date") {
    auto p = find(
        "Troops reach the city limits\n\n"
        "ERBIL, Kurdistan Region (Kurdistan24) - November 1, 2016 - Troops advanced along the river on "
        "Monday, officers said.\n");
    REQUIRE(p.date.has_value());
    CHECK(*p.date == year(2016) / November / 1);
    CHECK(p.source == DateSource::stated);
}

TEST_CASE("a dateline that would precede the latest dated event moves to the next year") {
    auto p = find(
        "Militants retreat from the refinery\n\n"
        "BAIJI, Iraq, Mar 3 (AFP) - Militants withdrew from the refinery, the army said. "
        "They had seized it on 20 November 2014.\n");
    REQUIRE(p.date.has_value());
    CHECK(*p.date == year(2015) / March / 3);
}

TEST_CASE("a dateline with only a background year in the body gets no year") {
    auto p = find(
        "Army pushes north along the Tigris\n\n"
        "QAYARA, Iraq, Aug 26 (AFP) - Troops advanced along the river, officers said. "
        "The militants made large gains in 2014.\n");
    CHECK_FALSE(p.date.has_value());
    CHECK(p.source == DateSource::unknown);
    REQUIRE(p.partial.has_value());
    CHECK(*p.partial == month_day(August, day(26)));
    CHECK_FALSE(p.firm);
}

TEST_CASE("a dotted numeric date line reads day first") {
    auto p = find(
        "Troops enter the old town\n\nPublished 05.03.2017\n\n"
        "Troops entered the old town on Saturday, officers said.\n");
    REQUIRE(p.date.has_value());
    CHECK(*p.date == year(2017) / March / 5);
    CHECK(p.source == DateSource::stated);
}

TEST_CASE("a slashed date reads month first unless only day first follows the body's events") {
    const std::string body =
        "\n\nTroops took the bridge on April 20 after a push that began on February 19.\n";
    auto day_first = find("Troops take the bridge\n03/05/2017 14:10" + body);  // not 5 March: before April 20
    REQUIRE(day_first.date.has_value());
    CHECK(*day_first.date == year(2017) / May / 3);
    auto month_first = find("Troops take the bridge\n05/03/2017" + body);
    REQUIRE(month_first.date.has_value());
    CHECK(*month_first.date == year(2017) / May / 3);
    auto no_evidence = find("Troops take the bridge\n05/03/2017\n\nTroops took the bridge on Saturday.\n");
    REQUIRE(no_evidence.date.has_value());
    CHECK(*no_evidence.date == year(2017) / May / 3);
    auto both_fit = find("Troops take the bridge\n03/05/2017\n\nThe push began on February 19.\n");
    REQUIRE(both_fit.date.has_value());
    CHECK(*both_fit.date == year(2017) / March / 5);
}

TEST_CASE("a weekday of the report does not move a dateline's year, one beside the dateline does") {
    auto p = find(
        "Town retaken\n\nERBIL, Iraq, Feb 2 - Troops retook the town on Monday, officers said. "
        "The siege had begun in October 2015.\n");
    REQUIRE(p.date.has_value());
    CHECK(*p.date == year(2016) / February / 2);  // 2015-02-02 was a Monday, but that is the retaking
    auto q = find(
        "Town retaken\n\nERBIL, Iraq, Tuesday, Feb 2 - Troops retook the town, officers said. "
        "The siege had begun in 2015.\n");
    REQUIRE(q.date.has_value());
    CHECK(*q.date == year(2016) / February / 2);  // a Tuesday; 2015-02-02 was a Monday
}

TEST_CASE("the publication date reads the dates the tagger found once, header chrome included") {
    Document d = make_document(DocId("t"),
                               "Fighters shell villages east of Tikrit\n\nBy Jane Roe\n\n"
                               "Mon Dec 28, 2015 | 4:12pm EST\n\n"
                               "Fighters shelled three villages on Sunday, a police officer said.\n");
    const Text text = segment(d);
    FoundDates found = tagger().find(d.text, text, segment_chrome(d));
    PublicationDate p = find_publication_date(d, found.unresolved(), tagger());
    REQUIRE(p.date.has_value());
    CHECK(*p.date == year(2015) / December / 28);
    // the body's "on Sunday" then resolves against it
    bool sunday = false;
    for (const Timex& t : tagger().resolve(found, p.date))
        if (t.span.of(d.text) == "Sunday") sunday = t.value.value == "2015-12-27";
    CHECK(sunday);
    // without the chrome lines the header date is not seen
    CHECK_FALSE(
        find_publication_date(d, tagger().find(d.text, text).unresolved(), tagger()).date.has_value());
}

TEST_CASE("a date counted from one of an earlier paragraph is no date line") {
    auto p = find(
        "The mosque where it began\n\nBy Jane Roe\n\n"
        "On July 4, 2014, the leader spoke from the pulpit. The video was released the following day.\n\n"
        "Five days earlier, the spokesman had announced the state.\n");
    CHECK_FALSE(p.date.has_value());
    CHECK(p.source == DateSource::unknown);
}

TEST_CASE("a byline of several names that carries the date is stated") {
    auto p = find(
        "Troops take a town on the road to Mosul\n\n"
        "By Jane Roe, John Doe and Richard Miles Thursday 20 October 2016 09.15 BST\n\n"
        "Troops took full control of the town, officers said on Wednesday.\n");
    REQUIRE(p.date.has_value());
    CHECK(*p.date == year(2016) / October / 20);
    CHECK(p.source == DateSource::stated);
}

TEST_CASE("a story that opens with its dateline, with no title above it, states that date") {
    auto p = find(
        "TIKRIT, Iraq, March 5, 2015 (AFP) - Troops shelled three villages on Tuesday, a police officer "
        "said.\n\n"
        "The town fell to the militants in June 2014.\n");
    REQUIRE(p.date.has_value());
    CHECK(*p.date == year(2015) / March / 5);
    CHECK(p.source == DateSource::stated);
    // a first paragraph that opens with a date in running text states none
    auto q = find(
        "On March 5, 2015, troops shelled three villages, a police officer said.\n\n"
        "The town fell to the militants in June 2014.\n");
    CHECK_FALSE(q.date.has_value());
}
