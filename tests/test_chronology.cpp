// Tests for mosulkg/chronology.hpp: grouping reports into events, order, range.
#include "mosulkg/chronology.hpp"

#include "mosulkg/document.hpp"
#include "mosulkg/graph.hpp"
#include "mosulkg/kb.hpp"
#include "mosulkg/pipeline.hpp"

#include <doctest/doctest.h>

#include <set>
#include <string>
#include <vector>

using namespace mosulkg;

namespace {

const std::string text_a =
    "Gains near the river\n\nOctober 20, 2016\n\nIraqi troops retook the village in October 2016.\n";
const std::string text_b =
    "Village changes hands\n\nOctober 18, 2016\n\nIraqi troops retook the village on 17 October 2016.\n";

std::vector<Document> documents() {
    return {make_document(DocId("a"), text_a), make_document(DocId("b"), text_b)};
}

// The span of the body sentence of a fixture text (its last line).
Span body_span(const std::string& text) {
    auto begin = text.rfind('\n', text.size() - 2) + 1;
    return Span{begin, text.size() - 1};
}

Relation event(const std::string& type, std::vector<std::string> participants, const std::string& place,
               const std::string& date, const std::string& doc) {
    Relation r;
    r.type = type;
    for (const auto& p : participants) r.participants.emplace_back(p);
    if (!r.participants.empty()) r.actor = r.participants.front();
    if (r.participants.size() > 1) r.target = r.participants[1];
    if (!place.empty()) r.place = EntityId(place);
    if (!date.empty()) {
        auto v = parse_time_value(date);
        REQUIRE(v);
        r.date = *v;
    }
    const std::string& text = doc == "a" ? text_a : text_b;
    r.evidence = Provenance{DocId(doc), 2, body_span(text)};
    r.sentence = std::string(r.evidence.span.of(text));
    r.trigger = "retook";
    r.summary = type + " " + place;
    return r;
}

Chronology build(const std::vector<Relation>& relations, DateRange range = {}) {
    static const KnowledgeGraph graph;
    return build_chronology(relations, graph, KnowledgeBase::defaults(), range);
}

}  // namespace

TEST_CASE("chronology: two reports of one event become one entry with two sources") {
    auto c = build({event("recaptured", {"iraqi_security_forces"}, "qayyarah", "2016-10", "a"),
                    event("recaptured", {"iraqi_security_forces"}, "qayyarah", "2016-10-17", "b")});
    REQUIRE(c.entries.size() == 1);
    const ChronologyEntry& e = c.entries[0];
    CHECK(e.relation == "recaptured");
    CHECK(e.date.value == "2016-10-17");  // the narrower date inside the other
    REQUIRE(e.sources.size() == 2);
    CHECK(e.sources[0].where.doc == DocId("a"));
    CHECK(e.sources[1].where.doc == DocId("b"));
    // every source keeps the date it gives
    CHECK(e.sources[0].date.value == "2016-10");
    CHECK(e.sources[1].date.value == "2016-10-17");
    CHECK(e.sources[1].text == "Iraqi troops retook the village on 17 October 2016.");
    REQUIRE(e.place);
    CHECK(*e.place == EntityId("qayyarah"));
    REQUIRE(e.participants.size() == 1);
    CHECK(e.participants[0] == EntityId("iraqi_security_forces"));
    CHECK(e.participant_labels.size() == e.participants.size());
    CHECK_FALSE(e.id.empty());
}

TEST_CASE("chronology: an entry carries its relation's CAMEO code, none when the relation has none") {
    auto c = build({event("recaptured", {"iraqi_security_forces"}, "qayyarah", "2016-10-17", "a"),
                    event("fled", {"iraqi_security_forces"}, "qayyarah", "2016-11-02", "b")});
    REQUIRE(c.entries.size() == 2);
    CHECK(c.entries[0].relation == "recaptured");
    CHECK(c.entries[0].cameo == "192");  // Occupy territory
    CHECK(c.entries[1].relation == "fled");
    CHECK(c.entries[1].cameo.empty());
}

TEST_CASE("chronology: the same event reported twice by one article is one source") {
    auto c = build({event("recaptured", {"iraqi_security_forces"}, "qayyarah", "2016-10-17", "b"),
                    event("recaptured", {"iraqi_security_forces"}, "qayyarah", "2016-10-17", "b")});
    REQUIRE(c.entries.size() == 1);
    CHECK(c.entries[0].sources.size() == 1);
}

TEST_CASE("chronology: different days stay distinct entries") {
    auto c = build({event("recaptured", {"iraqi_security_forces"}, "qayyarah", "2016-10-17", "a"),
                    event("recaptured", {"iraqi_security_forces"}, "qayyarah", "2016-10-20", "b")});
    REQUIRE(c.entries.size() == 2);
    CHECK(c.entries[0].date.value == "2016-10-17");
    CHECK(c.entries[1].date.value == "2016-10-20");
    CHECK(c.entries[0].id != c.entries[1].id);
    CHECK(c.entries[0].sources.size() == 1);
    CHECK(c.entries[1].sources.size() == 1);
}

TEST_CASE("chronology: different relations or no shared participant stay distinct") {
    auto c = build({event("recaptured", {"iraqi_security_forces"}, "qayyarah", "2016-10-17", "a"),
                    event("attacked", {"islamic_state"}, "qayyarah", "2016-10-17", "b"),
                    event("recaptured", {"peshmerga"}, "bashiqa", "2016-10-17", "b")});
    CHECK(c.entries.size() == 3);
    std::set<std::string> ids;
    for (const auto& e : c.entries) ids.insert(e.id);
    CHECK(ids.size() == c.entries.size());
}

TEST_CASE("chronology: a capture and a recapture of one place on one day are one act of taking ground") {
    auto c = build({event("captured", {"peshmerga"}, "bashiqa", "2016-10-20", "a"),
                    event("recaptured", {"peshmerga"}, "bashiqa", "2016-10-20", "b"),
                    event("attacked", {"peshmerga"}, "bashiqa", "2016-10-20", "b")});
    REQUIRE(c.entries.size() == 2);
    for (const auto& e : c.entries)
        if (e.relation != "attacked") CHECK(e.sources.size() == 2);
}

TEST_CASE("chronology: an offensive announced the day after its launch by the same leader is one entry") {
    auto launched = event("launched_offensive", {"haider_al_abadi", "mosul"}, "mosul", "2016-10-16", "a");
    auto announced = event("launched_offensive", {"haider_al_abadi", "mosul"}, "mosul", "2016-10-17", "b");
    announced.attributed_to = announced.actor;
    auto c = build({launched, announced});
    REQUIRE(c.entries.size() == 1);
    CHECK(c.entries[0].sources.size() == 2);
}

TEST_CASE("chronology: an attack in a place with no party attacked is an attack on the place") {
    auto attack = event("attacked", {"islamic_state"}, "kirkuk", "2016-10-21", "a");
    auto taken = event("captured", {"islamic_state"}, "kirkuk", "2016-10-22", "a");
    auto c = build({attack, taken});
    REQUIRE(c.entries.size() == 2);
    CHECK(c.entries[0].target == EntityId("kirkuk"));
    CHECK(c.entries[0].summary == "Islamic State attacked Kirkuk");
    CHECK_FALSE(c.entries[1].target);  // ground taken in a place: not the place itself
}

TEST_CASE("chronology: an offensive in a country is not against the country") {
    auto in_country = event("launched_offensive", {"islamic_state"}, "iraq", "2014-06-10", "a");
    auto in_province =
        event("launched_offensive", {"iraqi_security_forces"}, "anbar_province", "2015-12-01", "b");
    auto c = build({in_country, in_province});
    REQUIRE(c.entries.size() == 2);
    CHECK_FALSE(c.entries[0].target);
    CHECK(c.entries[0].summary == "Islamic State launched an offensive in Iraq");
    CHECK(c.entries[1].target == EntityId("anbar_province"));
}

TEST_CASE("chronology: a month-long report does not chain two days of that month into one event") {
    auto c =
        build({event("attacked", {"united_states", "islamic_state"}, "amerli", "2014-08-30", "a"),
               event("attacked", {"iraqi_security_forces", "islamic_state"}, "amerli", "2014-08-31", "a"),
               event("attacked", {"united_states", "islamic_state"}, "amerli", "2014-08", "b")});
    REQUIRE(c.entries.size() == 2);
    CHECK(c.entries[0].date.value == "2014-08-30");
    CHECK(c.entries[0].sources.size() ==
          2);  // the month-long report joins the air strike it shares most with
    CHECK(c.entries[1].date.value == "2014-08-31");
    CHECK(c.entries[1].sources.size() == 1);
}

TEST_CASE("chronology: an entry is dated by its day, the time of day stays with the source") {
    auto c = build({event("attacked", {"united_states", "islamic_state"}, "amerli", "2014-08-30TNI", "a")});
    REQUIRE(c.entries.size() == 1);
    CHECK(c.entries[0].date.value == "2014-08-30");
    CHECK(c.entries[0].date.granularity == Granularity::day);
    CHECK(c.entries[0].sources[0].date.value == "2014-08-30TNI");
}

TEST_CASE("chronology: talks of A with B and of B with A are one act, and the entry names its parties") {
    auto talks = [](std::vector<std::string> who, const std::string& date, const std::string& doc) {
        Relation r = event("talks_with", std::move(who), "", date, doc);
        r.attributed_to = EntityId("ayad_allawi");
        r.summary = r.actor->str() + " held talks";
        return r;
    };
    auto c = build({talks({"islamic_state", "al_qaeda"}, "2016-10-17", "b"),
                    talks({"islamic_state", "al_qaeda"}, "2016-10-18", "a"),
                    talks({"al_qaeda", "islamic_state"}, "2016-10-18", "b")});
    REQUIRE(c.entries.size() == 1);
    CHECK(c.entries[0].date.value == "2016-10-17");  // a statement: the first report's day
    CHECK(c.entries[0].summary ==
          "Islamic State held talks with al-Qaeda, according to Ayad Allawi");  // as its report tells it
    REQUIRE(c.entries[0].actor);
    REQUIRE(c.entries[0].target);
    // a news agency read as a party of the talks is another act
    auto other = build({talks({"reuters", "islamic_state"}, "2016-10-17", "b"),
                        talks({"al_qaeda", "islamic_state"}, "2016-10-17", "a")});
    CHECK(other.entries.size() == 2);
}

TEST_CASE("chronology: a month report joins one day entry only and never changes its date or summary") {
    Relation month = event("captured", {"islamic_state", "mosul"}, "", "2014-06", "a");
    month.summary = "month report";
    Relation day10 = event("captured", {"islamic_state", "mosul"}, "", "2014-06-10", "b");
    Relation day12 = event("captured", {"islamic_state", "mosul"}, "", "2014-06-12", "b");
    day12.evidence.span.begin += 1;  // another sentence of the same article
    auto c = build({month, day10, day12});
    REQUIRE(c.entries.size() == 2);  // the month does not chain the two days
    std::size_t sources = 0;
    for (const auto& e : c.entries) {
        CHECK(e.date.granularity == Granularity::day);
        CHECK(e.summary == "Islamic State captured Mosul");
        sources += e.sources.size();
    }
    CHECK(sources == 3);  // the month report joined exactly one of them
    // alone, a month report makes a coarse entry of its own
    auto alone = build({month});
    REQUIRE(alone.entries.size() == 1);
    CHECK(alone.entries[0].date.value == "2014-06");
}

TEST_CASE("chronology: a background report joins an entry, and makes one only when no news tells it") {
    Relation past = event("captured", {"islamic_state", "mosul"}, "", "2014-06-10", "a");
    past.background = true;
    past.summary = "background";
    auto alone = build({past});
    REQUIRE(alone.entries.size() == 1);  // an act told only as background is still an act
    CHECK(alone.entries[0].summary == "Islamic State captured Mosul");  // said in plain words, not its clause
    Relation news = event("captured", {"", "mosul"}, "", "2014-06-10", "b");
    news.actor.reset();
    news.participants = {EntityId("mosul")};
    auto c = build({past, news});
    REQUIRE(c.entries.size() == 1);
    CHECK(c.entries[0].sources.size() == 2);
    CHECK_FALSE(c.entries[0].actor);  // the background report names no actor of the entry
    CHECK(c.entries[0].summary == "Mosul was captured");
}

TEST_CASE("chronology: actors and targets must be compatible") {
    // an unnamed actor fits a named one
    Relation unnamed = event("recaptured", {"", "ramadi"}, "", "2015-12-28", "a");
    unnamed.actor.reset();
    auto c =
        build({unnamed, event("recaptured", {"iraqi_security_forces", "ramadi"}, "", "2015-12-28", "b")});
    REQUIRE(c.entries.size() == 1);
    CHECK(c.entries[0].summary == "Iraqi Security Forces recaptured Ramadi");
    // two named actors or two named targets that differ are two acts
    CHECK(build({event("attacked", {"islamic_state", "baghdad"}, "", "2016-07-03", "a"),
                 event("attacked", {"united_states", "baghdad"}, "", "2016-07-03", "b")})
              .entries.size() == 2);
    CHECK(build({event("recaptured", {"iraqi_security_forces", "ramadi"}, "", "2016-07-03", "a"),
                 event("recaptured", {"iraqi_security_forces", "hit"}, "", "2016-07-03", "b")})
              .entries.size() == 2);
    // a leader acts for the organisation he leads (knowledge-base facts)
    auto led = build({event("declared", {"abu_bakr_al_baghdadi"}, "", "2014-06-29", "a"),
                      event("declared", {"islamic_state"}, "", "2014-06-29", "b")});
    CHECK(led.entries.size() == 1);
}

TEST_CASE("chronology: statements reported a day apart are one") {
    auto said = [](const std::string& date, const std::string& doc) {
        return event("said", {"ayad_allawi"}, "", date, doc);
    };
    auto c = build({said("2017-04-17", "a"), said("2017-04-18", "b")});
    REQUIRE(c.entries.size() == 1);
    CHECK(c.entries[0].date.value == "2017-04-17");
    CHECK(build({said("2017-04-17", "a"), said("2017-04-19", "b")}).entries.size() == 2);
}

TEST_CASE("chronology: a statement is dated by its first report, an event by the most reports") {
    // an interview given on Monday, retold as Tuesday's news by two later articles
    auto said = [](const std::string& date, const std::string& doc) {
        return event("said", {"ayad_allawi"}, "", date, doc);
    };
    auto c = build({said("2016-10-18", "a"), said("2016-10-17", "b"), said("2016-10-18", "b")});
    REQUIRE(c.entries.size() == 1);
    CHECK(c.entries[0].date.value == "2016-10-17");
    // the earliest report only counts when it lies within the statement window
    auto far = build({said("2016-10-18", "a"), said("2016-10-12", "b")});
    CHECK(far.entries.size() == 2);
    // an event that is no statement keeps the date most articles give
    auto ev = build({event("recaptured", {"iraqi_security_forces"}, "qayyarah", "2016-10", "a"),
                     event("recaptured", {"iraqi_security_forces"}, "qayyarah", "2016-10-18", "b"),
                     event("recaptured", {"iraqi_security_forces"}, "qayyarah", "2016-10-18", "a")});
    REQUIRE(ev.entries.size() == 1);
    CHECK(ev.entries[0].date.value == "2016-10-18");
}

TEST_CASE("chronology: undated relations are not events") {
    auto c = build({event("recaptured", {"iraqi_security_forces"}, "qayyarah", "", "a"),
                    event("captured", {"islamic_state"}, "mosul", "2014-06-10", "b")});
    REQUIRE(c.entries.size() == 1);
    CHECK(c.entries[0].relation == "captured");
}

TEST_CASE("chronology: events outside the range are filtered") {
    auto c = build({event("captured", {"islamic_state"}, "fallujah", "2014-01-04", "a"),
                    event("captured", {"islamic_state"}, "mosul", "2014-05-31", "a"),
                    event("captured", {"islamic_state"}, "tikrit", "2014-06-01", "a"),
                    event("recaptured", {"iraqi_security_forces"}, "mosul", "2017-04-30", "b"),
                    event("recaptured", {"iraqi_security_forces"}, "tal_afar", "2017-08-31", "b"),
                    event("attacked", {"islamic_state"}, "baghdad", "2018-01-15", "b")});
    REQUIRE(c.entries.size() == 2);
    CHECK(c.entries[0].date.value == "2014-06-01");
    CHECK(c.entries[1].date.value == "2017-04-30");
    CHECK(c.range.from == date::year(2014) / date::June);
    CHECK(c.range.to == date::year(2017) / date::April);

    DateRange narrow{date::year(2016) / date::January, date::year(2016) / date::December};
    auto n = build({event("captured", {"islamic_state"}, "mosul", "2014-06-10", "a"),
                    event("recaptured", {"iraqi_security_forces"}, "ramadi", "2016-02-09", "b")},
                   narrow);
    REQUIRE(n.entries.size() == 1);
    CHECK(n.entries[0].date.value == "2016-02-09");
}

TEST_CASE("chronology: entries are sorted by date") {
    auto c = build({event("recaptured", {"iraqi_security_forces"}, "mosul", "2017-01-24", "a"),
                    event("captured", {"islamic_state"}, "mosul", "2014-06-10", "a"),
                    event("recaptured", {"iraqi_security_forces"}, "ramadi", "2015-12", "b"),
                    event("attacked", {"islamic_state"}, "baghdad", "2015-12-01", "b"),
                    event("recaptured", {"iraqi_security_forces"}, "fallujah", "2016-06-26", "b"),
                    event("declared", {"islamic_state"}, "", "2014-06-29", "a")});
    REQUIRE(c.entries.size() == 6);
    std::vector<std::string> dates;
    for (const auto& e : c.entries) dates.push_back(e.date.value);
    // a month comes before the days it opens with, as ISO strings sort
    CHECK(dates == std::vector<std::string>{"2014-06-10", "2014-06-29", "2015-12", "2015-12-01", "2016-06-26",
                                            "2017-01-24"});
    for (std::size_t i = 1; i < c.entries.size(); ++i)
        CHECK_FALSE(chronological_less(c.entries[i].date, c.entries[i - 1].date));
}

TEST_CASE("chronology: the result does not depend on the order of the reports") {
    auto r1 = event("recaptured", {"iraqi_security_forces"}, "qayyarah", "2016-10-17", "b");
    auto r2 = event("recaptured", {"iraqi_security_forces"}, "qayyarah", "2016-10", "a");
    auto c = build({r1, r2});
    REQUIRE(c.entries.size() == 1);
    CHECK(c.entries[0].date.value == "2016-10-17");
    CHECK(c.entries[0].sources.size() == 2);
}

TEST_CASE("chronology: parse_year_month") {
    auto ym = parse_year_month("2014-06");
    REQUIRE(ym);
    CHECK(*ym == date::year(2014) / date::June);
    auto dec = parse_year_month("2017-12");
    REQUIRE(dec);
    CHECK(*dec == date::year(2017) / date::December);
    CHECK_FALSE(parse_year_month("2014-13"));
    CHECK_FALSE(parse_year_month("2014-00"));
    CHECK_FALSE(parse_year_month("14-06"));
    CHECK_FALSE(parse_year_month("2014-6"));
    CHECK_FALSE(parse_year_month("2014/06"));
    CHECK_FALSE(parse_year_month("2014-06-01"));
    CHECK_FALSE(parse_year_month(""));
    CHECK_FALSE(parse_year_month("June 2014"));
}

TEST_CASE("chronology: two articles about one event through the pipeline") {
    std::vector<Document> docs;
    docs.push_back(make_document(DocId("first"),
                                 "Army gains in the west\n\nJanuary 2, 2016\n\n"
                                 "Iraqi forces recaptured Ramadi on 28 December 2015, officials said.\n"));
    docs.push_back(make_document(DocId("second"),
                                 "City changes hands\n\nJanuary 5, 2016\n\n"
                                 "Ramadi was retaken by Iraqi troops on December 28, 2015.\n\n"
                                 "Iraqi troops recaptured Hit on 3 January 2016.\n"));
    auto corpus = Pipeline().run(std::move(docs));
    const auto& entries = corpus.chronology.entries;
    const ChronologyEntry* ramadi = nullptr;
    for (const auto& e : entries)
        if (e.place && *e.place == EntityId("ramadi")) {
            CHECK(ramadi == nullptr);  // one entry only
            ramadi = &e;
        }
    REQUIRE(ramadi);
    CHECK(ramadi->relation == "recaptured");
    CHECK(ramadi->date.value == "2015-12-28");
    CHECK(ramadi->place_label == "Ramadi");
    REQUIRE(ramadi->sources.size() == 2);
    CHECK(ramadi->sources[0].where.doc == DocId("first"));
    CHECK(ramadi->sources[1].where.doc == DocId("second"));
    REQUIRE_FALSE(ramadi->participants.empty());
    CHECK(ramadi->participants[0] == EntityId("iraqi_security_forces"));
    CHECK(ramadi->participant_labels[0] == "Iraqi Security Forces");
    for (std::size_t i = 1; i < entries.size(); ++i)
        CHECK_FALSE(chronological_less(entries[i].date, entries[i - 1].date));
}

TEST_CASE("chronology: a season report naming only its actor does not join a day entry") {
    Relation day = event("captured", {"islamic_state", "mosul"}, "", "2014-06-10", "a");
    Relation season = event("captured", {"islamic_state"}, "", "2014-SU", "b");
    Relation month = event("captured", {"islamic_state"}, "", "2014-06", "b");
    month.evidence.span.begin += 1;
    auto c = build({day, season});
    CHECK(c.entries.size() == 2);
    auto m = build({day, month});  // a month is short enough
    CHECK(m.entries.size() == 1);
    // but not when neither names a target or a place: the actor alone tells nothing
    Relation unplaced = event("captured", {"islamic_state"}, "", "2014-06-10", "a");
    auto u = build({unplaced, month});
    CHECK(u.entries.size() == 2);
}

TEST_CASE("chronology: a year report joins a month entry it shares two parties with, without naming it") {
    Relation month = event("captured", {"islamic_state", "mosul"}, "", "2014-06", "a");
    month.summary = "month report";
    Relation year = event("captured", {"islamic_state", "mosul"}, "", "2014", "b");
    auto c = build({month, year});
    REQUIRE(c.entries.size() == 1);
    CHECK(c.entries[0].date.value == "2014-06");
    CHECK(c.entries[0].sources.size() == 2);
    // sharing only the actor, it stays apart
    Relation other = event("captured", {"islamic_state"}, "", "2014", "b");
    CHECK(build({month, other}).entries.size() == 2);
}

TEST_CASE("chronology: the commander-in-chief's offensive and his forces' offensive are one") {
    Relation pm = event("launched_offensive", {"haider_al_abadi", "mosul"}, "", "2016-10-17", "a");
    Relation forces = event("launched_offensive", {"iraqi_security_forces", "mosul"}, "", "2016-10-17", "b");
    CHECK(build({pm, forces}).entries.size() == 1);
}

TEST_CASE("chronology: an act done once to a target, reported a day apart by its actor, is one") {
    Relation sunday = event("launched_offensive", {"haider_al_abadi", "mosul"}, "", "2016-10-16", "a");
    Relation monday = event("launched_offensive", {"haider_al_abadi", "mosul"}, "", "2016-10-17", "b");
    CHECK(build({sunday, monday}).entries.size() == 1);
    // attacks repeat: a day apart they stay two
    Relation a1 = event("attacked", {"islamic_state", "mosul"}, "", "2016-10-16", "a");
    Relation a2 = event("attacked", {"islamic_state", "mosul"}, "", "2016-10-17", "b");
    CHECK(build({a1, a2}).entries.size() == 2);
}

TEST_CASE("chronology: a supporting report adds a source, never the entry's place or speaker") {
    Relation day = event("recaptured", {"iraqi_security_forces"}, "", "2016-09-22", "a");
    Relation year = event("recaptured", {"iraqi_security_forces", "rutba"}, "rutba", "2016", "b");
    year.attributed_to = EntityId("haider_al_abadi");
    auto c = build({day, year});
    REQUIRE(c.entries.size() == 1);
    CHECK(c.entries[0].sources.size() == 2);
    CHECK_FALSE(c.entries[0].place);
    CHECK_FALSE(c.entries[0].attributed_to);
}

TEST_CASE("chronology: reports whose objects the knowledge base places apart are two entries") {
    // ground taken in a province on a day, and a refinery elsewhere retaken that month
    Relation day = event("recaptured", {"iraqi_security_forces"}, "diyala_province", "2014-11-24", "a");
    Relation month = event("recaptured", {"iraqi_security_forces", "baiji_refinery"}, "", "2014-11", "b");
    CHECK(build({day, month}).entries.size() == 2);
    // a side of the city is in the city: one act
    Relation side = event("recaptured", {"iraqi_security_forces"}, "west_mosul", "2017-02-19", "a");
    Relation city = event("recaptured", {"iraqi_security_forces", "mosul"}, "", "2017-02", "b");
    CHECK(build({side, city}).entries.size() == 1);
    // a place the knowledge base does not hold may lie anywhere
    Relation village = event("recaptured", {"iraqi_security_forces", "new_saadiya"}, "", "2014-11-24", "b");
    CHECK(build({day, village}).entries.size() == 1);
}

TEST_CASE("chronology: in a year, an act on a named place and ground said as written are two") {
    Relation town = event("captured", {"islamic_state", "tal_afar"}, "", "2014", "a");
    Relation ground = event("captured", {"islamic_state"}, "", "2014", "b");
    ground.thing = "swathes of territory";
    CHECK(build({town, ground}).entries.size() == 2);
    // an actor as its own target names no other object ("declared himself caliph")
    Relation himself = event("declared", {"abu_bakr_al_baghdadi", "abu_bakr_al_baghdadi"}, "", "2014", "a");
    Relation caliphate = event("declared", {"abu_bakr_al_baghdadi"}, "", "2014", "b");
    CHECK(build({himself, caliphate}).entries.size() == 1);
}

TEST_CASE("chronology: an act on a side of a town and one on the town that day are one") {
    Relation side = event("launched_offensive", {}, "west_mosul", "2017-02-19", "a");
    side.attributed_to = EntityId("haider_al_abadi");
    side.actor = EntityId("haider_al_abadi");
    Relation town =
        event("launched_offensive", {"iraqi_security_forces", "mosul"}, "mosul", "2017-02-19", "b");
    CHECK(build({side, town}).entries.size() == 1);
    // a town in a province is not the province
    Relation province =
        event("launched_offensive", {"iraqi_security_forces", "nineveh_province"}, "", "2017-02-19", "a");
    CHECK(build({province, town}).entries.size() == 2);
}

TEST_CASE("chronology: a month report of a thing of its own does not join another object's day entry") {
    Relation day =
        event("recaptured", {"iraqi_security_forces", "east_mosul"}, "east_mosul", "2017-01-18", "b");
    Relation month = event("recaptured", {"iraqi_security_forces"}, "", "2017-01", "a");
    month.thing = "a hospital";
    auto c = build({day, month});
    CHECK(c.entries.size() == 2);
    // with no thing and no object, the actor alone joins it as a source
    Relation ground = event("recaptured", {"iraqi_security_forces"}, "", "2017-01", "a");
    auto joined = build({day, ground});
    REQUIRE(joined.entries.size() == 1);
    CHECK(joined.entries[0].sources.size() == 2);
}

TEST_CASE("chronology: claims of one act by two speakers a day apart stay two, and a retraction stays news") {
    Relation claim =
        event("recaptured", {"iraqi_security_forces", "east_mosul"}, "east_mosul", "2017-01-23", "a");
    claim.attributed_to = EntityId("iraqi_ministry_of_defence");
    Relation declared =
        event("recaptured", {"iraqi_security_forces", "east_mosul"}, "east_mosul", "2017-01-24", "b");
    declared.attributed_to = EntityId("haider_al_abadi");
    CHECK(build({claim, declared}).entries.size() == 2);
    // one speaker's reports a day apart are one
    Relation again = declared;
    again.attributed_to = claim.attributed_to;
    CHECK(build({claim, again}).entries.size() == 1);
    // the ministry taking back its claim the next day is an entry of its own
    Relation retracted = event("denied", {"iraqi_ministry_of_defence"}, "", "2017-01-24", "a");
    retracted.evidence.span.begin += 1;
    auto c = build({claim, retracted});
    CHECK(c.entries.size() == 2);
}

TEST_CASE("chronology: ground said as written in a year is not a day's capture of a named place") {
    auto day = event("captured", {"islamic_state", "hit"}, "hit", "2014-10-02", "a");
    auto swathes = event("captured", {"islamic_state"}, "iraq", "2014", "b");
    swathes.thing = "large swaths of territory";
    swathes.thing_names_place = true;
    auto c = build({day, swathes});
    REQUIRE(c.entries.size() == 2);
    for (const auto& entry : c.entries) CHECK(entry.sources.size() == 1);
}

TEST_CASE(
    "chronology: a named place in a year is not a month's thing said as written, but a month's place joins a "
    "day's part of it") {
    auto base = event("captured", {"islamic_state"}, "raqqa", "2014-07", "a");
    base.thing = "the Division 17 military base";
    auto city = event("captured", {"islamic_state", "raqqa"}, "raqqa", "2014", "b");
    auto c = build({base, city});
    CHECK(c.entries.size() == 2);
    auto district = event("recaptured", {"iraqi_security_forces"}, "fallujah", "2016-06-26", "a");
    district.thing = "the last district";
    auto whole = event("recaptured", {"iraqi_security_forces", "fallujah"}, "fallujah", "2016-06", "b");
    auto d = build({district, whole});
    REQUIRE(d.entries.size() == 1);
    CHECK(d.entries[0].sources.size() == 2);
}
