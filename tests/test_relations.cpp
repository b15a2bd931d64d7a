// Tests for mosulkg/relations.hpp: typed, dated relations with provenance.
#include "mosulkg/relations.hpp"

#include "mosulkg/document.hpp"
#include "mosulkg/error.hpp"
#include "mosulkg/kb.hpp"
#include "mosulkg/linker.hpp"
#include "mosulkg/text.hpp"
#include "mosulkg/timex.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

using namespace mosulkg;

namespace {

const Linker& linker() {
    static const Linker l(KnowledgeBase::defaults());
    return l;
}

const TimexTagger& tagger() {
    static const TimexTagger t;
    return t;
}

struct Extracted {
    Document doc;
    Text text;
    std::vector<Mention> mentions;
    std::vector<Timex> timexes;
    std::vector<Relation> relations;

    std::vector<Relation> of_type(const std::string& type) const {
        std::vector<Relation> out;
        for (const auto& r : relations)
            if (r.type == type) out.push_back(r);
        return out;
    }
    std::string dump() const {
        std::string s;
        for (const auto& r : relations) {
            s += "[" + r.type + " s=" + r.subject.str() + " o=" + (r.object ? r.object->str() : "-") +
                 " place=" + (r.place ? r.place->str() : "-") + " date=" + (r.date ? r.date->value : "-") +
                 " attr=" + (r.attributed_to ? r.attributed_to->str() : "-") + "] ";
        }
        return s;
    }
};

// An article published on `published` (the date line says so too) with the given body.
Extracted extract(const std::string& body, date::year_month_day published = date::year(2016) / 1 / 4) {
    Extracted e;
    e.doc = make_document(DocId("t"), "Army gains in the west\n\nJanuary 4, 2016\n\n" + body + "\n");
    e.doc.published = published;
    e.doc.published_source = DateSource::stated;
    e.text = segment(e.doc);
    e.mentions = linker().link(e.doc, e.text);
    e.timexes = tagger().tag(e.doc.text, e.doc.published);
    e.relations = extract_relations(e.doc, e.text, e.mentions, e.timexes, RelationLexicon::defaults(),
                                    KnowledgeBase::defaults());
    return e;
}

}  // namespace

TEST_CASE("relations: active recapture with an absolute date") {
    auto e = extract("Iraqi forces recaptured Ramadi on 28 December 2015.");
    INFO(e.dump());
    auto rs = e.of_type("recaptured");
    REQUIRE(rs.size() == 1);
    const Relation& r = rs[0];
    CHECK(r.subject == EntityId("iraqi_security_forces"));
    REQUIRE(r.place);
    CHECK(*r.place == EntityId("ramadi"));
    REQUIRE(r.date);
    CHECK(r.date->value == "2015-12-28");
    CHECK(r.is_event());
    CHECK(r.trigger == "recaptured");
    REQUIRE_FALSE(r.participants.empty());
    CHECK(r.participants.front() == r.subject);
    CHECK_FALSE(r.summary.empty());
}

TEST_CASE("relations: the agent of a passive clause is its subject") {
    auto e = extract("Ramadi was retaken by Iraqi forces in December 2015.");
    INFO(e.dump());
    auto rs = e.of_type("recaptured");
    REQUIRE(rs.size() == 1);
    CHECK(rs[0].subject == EntityId("iraqi_security_forces"));
    REQUIRE(rs[0].place);
    CHECK(*rs[0].place == EntityId("ramadi"));
    REQUIRE(rs[0].date);
    CHECK(rs[0].date->value == "2015-12");
}

TEST_CASE("relations: reported speech is attributed to the speaker") {
    auto e = extract("Abadi said on Monday that Iraqi troops had retaken Fallujah.");
    INFO(e.dump());
    auto rs = e.of_type("recaptured");
    REQUIRE(rs.size() == 1);
    CHECK(rs[0].subject == EntityId("iraqi_security_forces"));
    REQUIRE(rs[0].place);
    CHECK(*rs[0].place == EntityId("fallujah"));
    REQUIRE(rs[0].attributed_to);
    CHECK(*rs[0].attributed_to == EntityId("haider_al_abadi"));
    CHECK(rs[0].subject != EntityId("haider_al_abadi"));
}

TEST_CASE("relations: a past event without a date gets none from the publication date") {
    auto e = extract(
        "Iraqi troops retook Tikrit from the Islamic State after weeks of fighting.\n\n"
        "The city of Baiji was captured by IS fighters.");
    INFO(e.dump());
    auto re = e.of_type("recaptured");
    REQUIRE(re.size() == 1);
    CHECK(re[0].subject == EntityId("iraqi_security_forces"));
    CHECK_FALSE(re[0].date);
    CHECK_FALSE(re[0].is_event());
    auto ca = e.of_type("captured");
    REQUIRE(ca.size() == 1);
    CHECK_FALSE(ca[0].date);
    for (const auto& r : e.relations)
        if (r.date) CHECK(r.date->value != "2016-01-04");
}

TEST_CASE("relations: a background clause keeps its own year") {
    auto e = extract("Iraqi troops retook Tikrit from IS, which it had seized in 2014.");
    INFO(e.dump());
    auto re = e.of_type("recaptured");
    REQUIRE(re.size() == 1);
    CHECK(re[0].subject == EntityId("iraqi_security_forces"));
    CHECK_FALSE(re[0].date);   // the main clause states no date; 2014 belongs to the other clause
    auto ca = e.of_type("captured");
    REQUIRE(ca.size() == 1);
    REQUIRE(ca[0].date);
    CHECK(ca[0].date->value == "2014");
    REQUIRE(ca[0].place);
    CHECK(*ca[0].place == EntityId("tikrit"));
}

TEST_CASE("relations: the subject of a background clause is the group it refers to") {
    auto e = extract("Iraqi troops retook Tikrit from IS, which it had seized in 2014.");
    INFO(e.dump());
    auto ca = e.of_type("captured");
    REQUIRE(ca.size() == 1);
    CHECK(ca[0].subject == EntityId("islamic_state"));
}

TEST_CASE("relations: evidence names the document, the sentence and its span") {
    auto e = extract(
        "The front was quiet for a week.\n\n"
        "Iraqi forces recaptured Ramadi on 28 December 2015. IS fighters captured Baiji in June 2014.");
    INFO(e.dump());
    REQUIRE(e.relations.size() >= 2);
    for (const auto& r : e.relations) {
        INFO(r.type);
        CHECK(r.evidence.doc == DocId("t"));
        REQUIRE(r.evidence.sentence < e.text.sentences.size());
        const Sentence& s = e.text.sentences[r.evidence.sentence];
        CHECK(s.span.contains(r.evidence.span));
        CHECK_FALSE(r.evidence.span.empty());
        std::string evidence(r.evidence.span.of(e.doc.text));
        if (!r.trigger.empty()) CHECK(evidence.find(r.trigger) != std::string::npos);
        CHECK(r.confidence > 0.0);
        CHECK(r.confidence <= 1.0);
    }
    auto re = e.of_type("recaptured");
    REQUIRE(re.size() == 1);
    CHECK(re[0].evidence.span.of(e.doc.text) == "Iraqi forces recaptured Ramadi on 28 December 2015.");
    auto ca = e.of_type("captured");
    REQUIRE(ca.size() == 1);
    CHECK(ca[0].subject == EntityId("islamic_state"));
    REQUIRE(ca[0].date);
    CHECK(ca[0].date->value == "2014-06");
    CHECK(ca[0].evidence.sentence == re[0].evidence.sentence + 1);
}

TEST_CASE("relations: an event without a named actor keeps its place") {
    auto e = extract("The fighters shelled the town of Tal Qasra near Mosul. Many families fled Mosul.");
    INFO(e.dump());
    REQUIRE_FALSE(e.relations.empty());
    for (const auto& r : e.relations) {
        if (!r.subject.empty()) continue;
        CHECK(r.place);
        CHECK(std::find(r.participants.begin(), r.participants.end(), EntityId()) == r.participants.end());
    }
}

TEST_CASE("relations: an unnamed speaker is not replaced by an entity of the reported clause") {
    auto e = extract("Residents of Shirqat said Iraqi troops had arrived. "
                     "Officials said al-Qaeda and IS are rivals.");
    INFO(e.dump());
    for (const auto& r : e.of_type("said")) {
        CHECK(r.subject != EntityId("iraqi_security_forces"));
        CHECK(r.subject != EntityId("al_qaeda"));
    }
}

TEST_CASE("relations: the speaker of a coordinated 'and said' is the sentence's subject") {
    auto e = extract("Prime Minister Haider al-Abadi visited the city on Tuesday and said the Islamic State "
                     "would be driven from Mosul next.");
    INFO(e.dump());
    auto said = e.of_type("said");
    REQUIRE(said.size() == 1);
    CHECK(said[0].subject == EntityId("haider_al_abadi"));
}

TEST_CASE("relations: a text without a trigger gives no relation") {
    auto e = extract("The weather in Mosul was cold and the markets were busy.");
    INFO(e.dump());
    CHECK(e.relations.empty());
}

TEST_CASE("relations: the default lexicon knows its vocabulary") {
    const RelationLexicon& lex = RelationLexicon::defaults();
    const RelationInfo* rec = lex.info("recaptured");
    REQUIRE(rec);
    CHECK(rec->kind == RelationKind::event);
    const RelationInfo* said = lex.info("said");
    REQUIRE(said);
    CHECK(said->kind == RelationKind::speech);
    CHECK(lex.info("no_such_relation") == nullptr);
    CHECK_FALSE(lex.triggers().empty());
    for (const auto& t : lex.triggers()) {
        INFO(t.form);
        CHECK(lex.info(t.relation) != nullptr);
    }
}

TEST_CASE("relations: a lexicon parses its own format and rejects bad lines") {
    const std::string relations = "# comment\nbesieged\tevent\t5\t-\tbesieged\tno\n";
    auto lex = RelationLexicon::parse(relations, "encircled\tbesieged\n", "test");
    REQUIRE(lex.info("besieged"));
    CHECK(lex.info("besieged")->priority == 5);
    REQUIRE(lex.triggers().size() == 1);
    CHECK(lex.triggers()[0].form == "encircled");

    CHECK_THROWS_AS(RelationLexicon::parse(relations, "encircled\tunknown_relation\n", "test"), Error);
    CHECK_THROWS_AS(RelationLexicon::parse("besieged\tevent\n", "", "test"), Error);
    try {
        RelationLexicon::parse(relations, "encircled\tunknown_relation\n", "mylex");
        FAIL("no error");
    } catch (const Error& err) {
        CHECK(std::string(err.what()).find("mylex") != std::string::npos);
    }
}
