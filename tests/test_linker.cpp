// Tests for mosulkg/linker.hpp: mentions found, bounded and linked to entities.
#include "mosulkg/linker.hpp"

#include "mosulkg/document.hpp"
#include "mosulkg/kb.hpp"
#include "mosulkg/text.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

using namespace mosulkg;

namespace {

const Linker& linker() {
    static const Linker l(KnowledgeBase::defaults());
    return l;
}

struct Linked {
    Document doc;
    Text text;
    std::vector<Mention> mentions;

    // Mentions whose surface is exactly `surface`.
    std::vector<Mention> with_text(const std::string& surface) const {
        std::vector<Mention> out;
        for (const auto& m : mentions)
            if (m.text == surface) out.push_back(m);
        return out;
    }
    // The first mention whose surface is `surface`, or nullptr.
    const Mention* first(const std::string& surface) const {
        for (const auto& m : mentions)
            if (m.text == surface) return &m;
        return nullptr;
    }
    // Mentions that lie inside `part` (a substring of the document, first occurrence).
    std::vector<Mention> inside(const std::string& part) const {
        auto at = doc.text.find(part);
        REQUIRE(at != std::string::npos);
        Span s{at, at + part.size()};
        std::vector<Mention> out;
        for (const auto& m : mentions)
            if (s.contains(m.where.span)) out.push_back(m);
        return out;
    }
    std::string dump() const {
        std::string s;
        for (const auto& m : mentions) s += "[" + m.text + " -> " + m.entity.str() + "] ";
        return s;
    }
};

// A news article: a title without names, a date line, then the body paragraphs.
Linked link_article(const std::string& body) {
    Linked r;
    r.doc = make_document(DocId("t"), "Fighting goes on\n\nMarch 3, 2016\n\n" + body + "\n");
    r.text = segment(r.doc);
    r.mentions = linker().link(r.doc, r.text);
    return r;
}

}  // namespace

TEST_CASE("linker: aliases of the Islamic State link to one id") {
    auto r = link_article(
        "Daesh fighters shelled the village overnight. ISIL claimed the attack a day later. "
        "The Islamic State group is losing ground near Mosul.");
    INFO(r.dump());
    const Mention* daesh = r.first("Daesh");
    const Mention* isil = r.first("ISIL");
    REQUIRE(daesh);
    REQUIRE(isil);
    CHECK(daesh->entity == EntityId("islamic_state"));
    CHECK(isil->entity == EntityId("islamic_state"));
    CHECK(daesh->type == EntityType::group);
    CHECK(daesh->in_kb);
    // the long form is one mention, not "Islamic" + "State"
    auto long_form = std::find_if(r.mentions.begin(), r.mentions.end(), [](const Mention& m) {
        return m.text.find("Islamic State") != std::string::npos;
    });
    REQUIRE(long_form != r.mentions.end());
    CHECK(long_form->entity == EntityId("islamic_state"));
    CHECK(r.with_text("Islamic").empty());
    CHECK(r.with_text("State").empty());
}

TEST_CASE("linker: a long name of the Islamic State holds no country of its own") {
    auto r =
        link_article("Civilians fled clashes between Islamic State in Iraq and al-Sham militants and Kurds.");
    INFO(r.dump());
    const Mention* is = r.first("Islamic State in Iraq and al-Sham");
    REQUIRE(is);
    CHECK(is->entity == EntityId("islamic_state"));
    CHECK(r.with_text("Iraq").empty());
}

TEST_CASE("linker: a person's name after a noun of place names a place") {
    auto r = link_article("Militants seized most of the town of al-Baghdadi in Anbar province on Thursday.");
    INFO(r.dump());
    const Mention* town = r.first("al-Baghdadi");
    REQUIRE(town);
    CHECK(town->type == EntityType::place);
    CHECK(town->entity != EntityId("abu_bakr_al_baghdadi"));
}

TEST_CASE("linker: an air base named after its town is a site of its own, not the town") {
    auto r = link_article("Iraqi forces captured the Qayyarah air base on Saturday, south of Mosul.");
    INFO(r.dump());
    const Mention* base = r.first("Qayyarah air base");
    REQUIRE(base);
    CHECK(base->type == EntityType::place);
    CHECK(base->entity != EntityId("qayyarah"));
}

TEST_CASE("linker: the verb 'is' never links to the group IS") {
    auto r = link_article(
        "The situation is tense and the road to Mosul is closed. "
        "IS is retreating, and a commander said IS is short of fighters.");
    INFO(r.dump());
    CHECK(r.with_text("is").empty());
    auto is = r.with_text("IS");
    REQUIRE(is.size() == 2);
    for (const auto& m : is) CHECK(m.entity == EntityId("islamic_state"));
    for (const auto& m : r.mentions)
        if (m.entity == EntityId("islamic_state")) CHECK(m.text == "IS");
}

TEST_CASE("linker: spellings of al-Qaeda link to one id") {
    auto r = link_article("Analysts said al-Qaeda, al Qaeda and Al-Qaida are names of one network in Iraq.");
    INFO(r.dump());
    const Mention* a = r.first("al-Qaeda");
    const Mention* b = r.first("al Qaeda");
    const Mention* c = r.first("Al-Qaida");
    REQUIRE(a);
    REQUIRE(b);
    REQUIRE(c);
    CHECK(a->entity == EntityId("al_qaeda"));
    CHECK(b->entity == a->entity);
    CHECK(c->entity == a->entity);
}

TEST_CASE("linker: transliteration variants of a name link to one person") {
    auto r = link_article(
        "Haidar al-Abadi visited troops near Mosul. Haider al-Abadi later spoke in Baghdad. "
        "Nuri al-Maliki criticized the plan, and aides of Nouri al-Maliki said the army was weak.");
    INFO(r.dump());
    const Mention* haidar = r.first("Haidar al-Abadi");
    const Mention* haider = r.first("Haider al-Abadi");
    const Mention* nuri = r.first("Nuri al-Maliki");
    const Mention* nouri = r.first("Nouri al-Maliki");
    REQUIRE(haidar);
    REQUIRE(haider);
    REQUIRE(nuri);
    REQUIRE(nouri);
    CHECK(haidar->entity == EntityId("haider_al_abadi"));
    CHECK(haider->entity == haidar->entity);
    CHECK(haider->type == EntityType::person);
    CHECK(nuri->entity == EntityId("nouri_al_maliki"));
    CHECK(nouri->entity == nuri->entity);
}

TEST_CASE("linker: a transliteration variant the knowledge base does not list links to the person") {
    auto r = link_article("Haidar al-Ebadi visited troops near Mosul. Nouri al-Malki criticized the plan.");
    INFO(r.dump());
    const Mention* a = r.first("Haidar al-Ebadi");
    const Mention* b = r.first("Nouri al-Malki");
    REQUIRE(a);
    REQUIRE(b);
    CHECK(a->entity == EntityId("haider_al_abadi"));
    CHECK(b->entity == EntityId("nouri_al_maliki"));
    CHECK(a->confidence < 1.0);
}

TEST_CASE("linker: a surname after the full name links to the person") {
    auto r = link_article(
        "Prime Minister Haider al-Abadi visited Mosul on Tuesday. Abadi said the army was ready.");
    INFO(r.dump());
    const Mention* abadi = r.first("Abadi");
    REQUIRE(abadi);
    CHECK(abadi->entity == EntityId("haider_al_abadi"));
    CHECK(abadi->type == EntityType::person);
}

TEST_CASE("linker: a surname of a new person links to that person") {
    auto r = link_article(
        "In Mosul, villager Jasim Hamdani told reporters that the fighters had fled. "
        "Hamdani said his house had been burned by the militants. The roof fell in, Hamdani added.");
    INFO(r.dump());
    const Mention* full = r.first("Jasim Hamdani");
    REQUIRE(full);
    CHECK(full->type == EntityType::person);
    CHECK_FALSE(full->in_kb);
    auto surnames = r.with_text("Hamdani");
    REQUIRE(surnames.size() == 2);
    for (const auto& m : surnames) CHECK(m.entity == full->entity);
}

TEST_CASE("linker: a title is not part of the mention") {
    auto r = link_article(
        "Prime Minister Haider al-Abadi arrived in Mosul. Brig. Gen. Yahya Rasool said the militants "
        "were surrounded, and Lt. Col. Omar Jabbar said Iraqi troops were ready.");
    INFO(r.dump());
    const Mention* pm = r.first("Haider al-Abadi");
    REQUIRE(pm);
    CHECK(pm->entity == EntityId("haider_al_abadi"));
    CHECK(r.first("Prime Minister Haider al-Abadi") == nullptr);
    const Mention* col = r.first("Omar Jabbar");
    REQUIRE(col);
    CHECK(col->type == EntityType::person);
    for (const auto& m : r.mentions) {
        CHECK(m.text.find("Minister") == std::string::npos);
        CHECK(m.text.find("Gen.") == std::string::npos);
        CHECK(m.text.find("Col.") == std::string::npos);
    }
}

TEST_CASE("linker: an unknown name after a person cue is a new person") {
    auto r = link_article("In Mosul, villager Khalid Hamid told reporters that the fighters had left.");
    INFO(r.dump());
    const Mention* m = r.first("Khalid Hamid");
    REQUIRE(m);
    CHECK(m->type == EntityType::person);
    CHECK_FALSE(m->in_kb);
    CHECK(m->confidence < 1.0);
    CHECK(m->label == "Khalid Hamid");
    CHECK(r.first("villager Khalid Hamid") == nullptr);
}

TEST_CASE("linker: a capitalised cue word at the start of a sentence is not part of the name") {
    auto r = link_article("Villager Khalid Hamid told reporters in Mosul that the fighters had left.");
    INFO(r.dump());
    const Mention* m = r.first("Khalid Hamid");
    REQUIRE(m);
    CHECK(m->type == EntityType::person);
    CHECK(r.first("Villager Khalid Hamid") == nullptr);
}

TEST_CASE("linker: an unknown name with a group head word is a new group") {
    auto r = link_article("Iraqi troops near Mosul clashed with fighters of the Hamza Brigade on Sunday.");
    INFO(r.dump());
    const Mention* m = r.first("Hamza Brigade");
    REQUIRE(m);
    CHECK(m->type == EntityType::group);
    CHECK_FALSE(m->in_kb);
}

TEST_CASE("linker: an unknown name after 'the town of' is a new place") {
    auto r =
        link_article("Iraqi troops near Mosul entered the town of Zummarina after the militants withdrew.");
    INFO(r.dump());
    const Mention* m = r.first("Zummarina");
    REQUIRE(m);
    CHECK(m->type == EntityType::place);
    CHECK_FALSE(m->in_kb);
}

TEST_CASE("linker: an unknown name right after a place cue is a new place") {
    auto r = link_article(
        "Iraqi troops near Mosul entered Zummarina village after the militants withdrew "
        "from the district of Tal Qasra.");
    INFO(r.dump());
    // "Zummarina village": the cue word follows; neither form is linked to anything known
    int zummarina = 0;
    for (const auto& m : r.mentions)
        if (m.text.find("Zummarina") != std::string::npos) {
            ++zummarina;
            CHECK(m.type == EntityType::place);
        }
    CHECK(zummarina == 1);
}

TEST_CASE("linker: mention spans name their surface inside their sentence") {
    auto r = link_article(
        "Daesh fighters shelled Mosul. Prime Minister Haider al-Abadi said Iraqi forces would retake "
        "the city, and villager Khalid Hamid said al Qaeda had once held it.\n\n"
        "Abadi visited Baghdad on Monday.");
    REQUIRE(r.mentions.size() >= 6);
    std::size_t last_begin = 0;
    for (const auto& m : r.mentions) {
        INFO(m.text);
        CHECK(m.where.doc == DocId("t"));
        CHECK(m.where.span.of(r.doc.text) == m.text);
        REQUIRE(m.where.sentence < r.text.sentences.size());
        CHECK(r.text.sentences[m.where.sentence].span.contains(m.where.span));
        CHECK(m.where.span.begin >= last_begin);  // document order
        last_begin = m.where.span.begin;
        CHECK_FALSE(m.entity.empty());
        CHECK_FALSE(m.label.empty());
        CHECK(m.confidence > 0.0);
        CHECK(m.confidence <= 1.0);
    }
}

TEST_CASE("linker: a paragraph about an unrelated topic gives no mentions") {
    auto r = link_article(
        "Iraqi troops advanced on Mosul on Sunday.\n\n"
        "Striker Lionel Brandt scored twice as Bayern Munich beat Dortmund on Saturday. "
        "Coach Peter Vogel praised the team after the match.\n\n"
        "Apple unveiled a new phone in California, chief executive Tim Cook told a crowd of developers.");
    INFO(r.dump());
    CHECK(r.inside("Striker Lionel Brandt scored twice").empty());
    CHECK(r.inside("Coach Peter Vogel praised").empty());
    CHECK(r.inside("Apple unveiled a new phone").empty());
    CHECK_FALSE(r.inside("Iraqi troops advanced on Mosul").empty());
}

TEST_CASE("linker: demonym with a force noun links to the country's forces") {
    auto r = link_article("Iraqi forces and Iraqi troops advanced on Mosul from the south.");
    INFO(r.dump());
    const Mention* forces = r.first("Iraqi forces");
    const Mention* troops = r.first("Iraqi troops");
    REQUIRE(forces);
    REQUIRE(troops);
    CHECK(forces->entity == EntityId("iraqi_security_forces"));
    CHECK(troops->entity == EntityId("iraqi_security_forces"));
    CHECK(forces->type == EntityType::group);
}

TEST_CASE("linker: a demonym alone is not a mention of the place") {
    auto r = link_article(
        "An Iraqi officer said the road to Mosul was mined. The Iraqi said nothing more. "
        "Many Iraqis have fled the fighting.");
    INFO(r.dump());
    CHECK(r.with_text("Iraqi").empty());
    CHECK(r.with_text("Iraqis").empty());
    for (const auto& m : r.mentions) CHECK(m.entity != EntityId("iraq"));
}

TEST_CASE("linker: chrome and the date line give no mentions") {
    auto r = link_article("Iraqi troops advanced on Mosul on Sunday.\n\nShare on Facebook\n\nRelated Posts");
    for (const auto& m : r.mentions) {
        INFO(m.text);
        bool readable = false;
        for (const auto& b : r.doc.blocks)
            if (b.span.contains(m.where.span))
                readable = b.kind == BlockKind::body || b.kind == BlockKind::title;
        CHECK(readable);
    }
}

TEST_CASE("linker: the place of a wire dateline and the agencies of a credit line are mentions") {
    Linked r;
    r.doc = make_document(DocId("t"),
                          "Fighting goes on\n\nBAGHDAD, March 3, 2016\n\nIraqi troops advanced on Mosul.\n\n"
                          "Based on reporting by Reuters and AFP\n");
    r.text = segment(r.doc);
    r.mentions = linker().link(r.doc, r.text);
    INFO(r.dump());
    const Mention* place = r.first("BAGHDAD");
    REQUIRE(place);
    CHECK(place->entity == EntityId("baghdad"));
    REQUIRE(r.first("Reuters"));
    CHECK(r.first("Reuters")->entity == EntityId("reuters"));
    REQUIRE(r.first("AFP"));
}

TEST_CASE("linker: a lower-case one-word alias matches lower-case text") {
    auto r =
        link_article("The Kurdish peshmerga held the ridge east of Mosul while the militants shelled it.");
    INFO(r.dump());
    const Mention* m = r.first("peshmerga");
    REQUIRE(m);
    CHECK(m->entity == EntityId("peshmerga"));
}

TEST_CASE("linker: a generic lower-case alias after a foreign modifier is not linked") {
    auto r = link_article(
        "Iraqi troops pressed on towards Mosul. Jordanian security forces manned the border, Syrian "
        "special forces moved east, and elsewhere security forces closed the roads into the city.");
    INFO(r.dump());
    const Mention* syrian = r.first("Syrian special forces");
    REQUIRE(syrian);
    CHECK(syrian->entity == EntityId("syrian_armed_forces"));
    const auto bare = r.with_text("security forces");
    REQUIRE(bare.size() == 1);
    CHECK(bare[0].entity == EntityId("iraqi_security_forces"));
    CHECK(r.doc.text.substr(bare[0].where.span.begin - 10, 9) == "elsewhere");
}

TEST_CASE("linker: a country's possessive with a force noun links to its forces and the country") {
    auto r =
        link_article("Turkey's army shelled positions near Bashiqa, and Iraq's military protested in Mosul.");
    INFO(r.dump());
    const Mention* iraq_forces = r.first("Iraq's military");
    REQUIRE(iraq_forces);
    CHECK(iraq_forces->entity == EntityId("iraqi_security_forces"));
    const Mention* iraq = r.first("Iraq");
    REQUIRE(iraq);
    CHECK(iraq->type == EntityType::place);
    const Mention* turkish = r.first("Turkey's army");
    REQUIRE(turkish);
    CHECK(turkish->entity == EntityId("turkish_armed_forces"));
}

TEST_CASE("linker: generic words link only in the contexts the data names") {
    auto r = link_article(
        "Iraqi forces backed by coalition air strikes entered Qayyarah. The army said the town was "
        "cleared. In Baghdad the ruling coalition met to discuss the budget, and the Saudi-led coalition "
        "was not mentioned.");
    INFO(r.dump());
    const auto coalition = r.with_text("coalition");
    REQUIRE(coalition.size() == 1);
    CHECK(coalition[0].entity == EntityId("international_coalition"));
    CHECK(r.doc.text.substr(coalition[0].where.span.begin, 13) == "coalition air");
    const Mention* army = r.first("army");
    REQUIRE(army);
    CHECK(army->entity == EntityId("iraqi_security_forces"));
}

TEST_CASE("linker: a capitalised generic name needs its context") {
    auto r = link_article(
        "Iraqi troops retook the Anbar town after the recapture of Hit in April. Mortars Hit the "
        "market in Ramadi.");
    INFO(r.dump());
    const auto hit = r.with_text("Hit");
    REQUIRE(hit.size() == 1);
    CHECK(hit[0].entity == EntityId("hit"));
    CHECK(r.doc.text.substr(hit[0].where.span.begin - 3, 6) == "of Hit");
}

TEST_CASE("linker: a role noun in apposition makes an unknown name a person") {
    auto r = link_article(
        "Near Mosul, a farmer's son described the attack. The head of the Nineveh health directorate, "
        "Samir Daoud Kareem, said clinics were full. The shrine honours Badr Jamil Yusuf, the "
        "medieval poet who lived in the city.");
    INFO(r.dump());
    const Mention* head = r.first("Samir Daoud Kareem");
    REQUIRE(head);
    CHECK(head->type == EntityType::person);
    const Mention* poet = r.first("Badr Jamil Yusuf");
    REQUIRE(poet);
    CHECK(poet->type == EntityType::person);
}

TEST_CASE("linker: 'the group' and 'the militants' are not mentions") {
    auto r = link_article(
        "Islamic State fighters attacked Tal Afar. The group said the militants had taken the town, "
        "and the jihadists posted pictures.");
    INFO(r.dump());
    for (const auto& m : r.mentions) {
        CHECK(m.text != "group");
        CHECK(m.text != "militants");
        CHECK(m.text != "jihadists");
    }
}

TEST_CASE("linker: 'Washington' is the United States") {
    auto r = link_article("Washington promised more advisers for the battle of Mosul.");
    INFO(r.dump());
    const Mention* m = r.first("Washington");
    REQUIRE(m);
    CHECK(m->entity == EntityId("united_states"));
}

// The type a mention of exactly `surface` has; fails the test when there is none.
static EntityType type_of(const Linked& r, const std::string& surface) {
    const Mention* m = r.first(surface);
    INFO(surface, " not found in ", r.dump());
    REQUIRE(m);
    return m->type;
}

TEST_CASE("linker: a name before or after a verb of speaking is a person") {
    auto r = link_article(
        "The siege of Mosul will be long, said Tarek Salman Obeid of a research group in London. "
        "Mosul will fall soon, Hana Wardi Karim says.");
    INFO(r.dump());
    CHECK(type_of(r, "Tarek Salman Obeid") == EntityType::person);
    CHECK(type_of(r, "Hana Wardi Karim") == EntityType::person);
    // a name with a group's head word is no speaker
    auto s = link_article("Troops entered Mosul, said Zenith News Arabia on Monday.");
    INFO(s.dump());
    for (const auto& m : s.mentions) CHECK(m.type != EntityType::person);
}

TEST_CASE("linker: a lower-case role noun right before a full name makes it a person") {
    auto r = link_article(
        "The offensive on Mosul is risky, according to counterterrorism adviser Jalil Fawzi Nadir.");
    INFO(r.dump());
    CHECK(type_of(r, "Jalil Fawzi Nadir") == EntityType::person);
}

TEST_CASE("linker: a role noun in apposition without an article, before a preposition, makes a person") {
    auto r = link_article(
        "Salim Qadir Wahab, analyst at a think tank, said Mosul was surrounded. Rafiq Hilal Aswad, leader "
        "of a rebel group near Mosul, issued a statement.");
    INFO(r.dump());
    CHECK(type_of(r, "Salim Qadir Wahab") == EntityType::person);
    CHECK(type_of(r, "Rafiq Hilal Aswad") == EntityType::person);
}

TEST_CASE("linker: a group's name runs through a place name and takes an of/for complement") {
    auto r = link_article(
        "Fighting in Mosul was studied by the Baghdad Institute for Near East Studies and the "
        "Brookings Doha Center.");
    INFO(r.dump());
    const Mention* inst = r.first("Baghdad Institute for Near East Studies");
    REQUIRE(inst);
    CHECK(inst->type == EntityType::group);
    CHECK_FALSE(inst->in_kb);
    CHECK(type_of(r, "Brookings Doha Center") == EntityType::group);
    for (const auto& m : r.mentions) {
        CHECK(m.text != "Baghdad");
        CHECK(m.text != "Doha");
        CHECK(m.text != "Near East");
    }
}

TEST_CASE("linker: a university is a group, a tower of a city a place") {
    auto r = link_article(
        "A scholar of Mosul from Zahrawi University said the minaret leaned like the Tower of Saqlan.");
    INFO(r.dump());
    CHECK(type_of(r, "Zahrawi University") == EntityType::group);
    CHECK(type_of(r, "Tower of Saqlan") == EntityType::place);
}

TEST_CASE("linker: coordinated names share the type of the list") {
    auto r = link_article(
        "South of Mosul, troops took the villages of Qarat Sufla, Bir Hamdan and Tall Zamil. "
        "Fighting went on in Mosul's Zaytuna and Qasrawi districts. "
        "Near Tal Afar, Kataib Hezbollah, Asaib Ahl al-Haq, and Saraya Bariqa fought the Islamic State.");
    INFO(r.dump());
    CHECK(type_of(r, "Qarat Sufla") == EntityType::place);
    CHECK(type_of(r, "Bir Hamdan") == EntityType::place);
    CHECK(type_of(r, "Tall Zamil") == EntityType::place);
    CHECK(type_of(r, "Zaytuna") == EntityType::place);
    CHECK(type_of(r, "Qasrawi") == EntityType::place);
    CHECK(type_of(r, "Saraya Bariqa") == EntityType::group);
    // mentions stay in document order
    for (std::size_t k = 1; k < r.mentions.size(); ++k)
        CHECK(r.mentions[k - 1].where.span.begin < r.mentions[k].where.span.begin);
}

TEST_CASE("linker: a list needs 'and' or 'or' and agreeing types to type its names") {
    auto r = link_article("In Mosul, Qadri Nasser spoke. Near Mosul and Baghdad, Jamila Ruwaida waited.");
    INFO(r.dump());
    CHECK(r.first("Qadri Nasser") == nullptr);
    CHECK(r.first("Jamila Ruwaida") == nullptr);
}

TEST_CASE("linker: a demonym alone never becomes a new name") {
    auto r = link_article(
        "Troops moved between Mosul and the Syrian border, and took large areas of Iraqi towns.");
    INFO(r.dump());
    CHECK(r.first("Syrian") == nullptr);
    CHECK(r.first("Iraqi") == nullptr);
}

TEST_CASE("linker: an apostrophe glued inside a name is part of it") {
    auto r = link_article(
        "Prime Minister Haidar al-\xE2\x80\x98"
        "Abadi said Mosul was free.");
    INFO(r.dump());
    const Mention* m = r.first(
        "Haidar al-\xE2\x80\x98"
        "Abadi");
    REQUIRE(m);
    CHECK(m->entity == EntityId("haider_al_abadi"));
}

TEST_CASE("linker: the first words of a known person's name link to that person") {
    auto r = link_article(
        "Abu Bakr al-Baghdadi spoke in Mosul. Since then Abu Bakr was seen in Raqqa. "
        "\"Talks went on with [IS leader Abu Bakr] Baghdadi,\" he said.");
    INFO(r.dump());
    auto short_forms = r.with_text("Abu Bakr");
    REQUIRE(short_forms.size() == 1);
    CHECK(short_forms[0].entity == EntityId("abu_bakr_al_baghdadi"));
    // "[IS leader Abu Bakr] Baghdadi": one name split by a bracket, named by its surname
    CHECK(short_forms[0].where.span.begin > r.doc.text.find("Since then"));
    CHECK(short_forms[0].where.span.begin < r.doc.text.find("[IS"));
    const Mention* surname = r.first("Baghdadi");
    REQUIRE(surname);
    CHECK(surname->entity == EntityId("abu_bakr_al_baghdadi"));
    for (const auto& m : r.mentions) CHECK(m.entity != EntityId("abu_bakr"));
}

TEST_CASE("linker: a lower-case force word after a demonym is the generic forces") {
    auto r = link_article("Iraqi ground forces advanced on Mosul.");
    INFO(r.dump());
    const Mention* m = r.first("Iraqi ground forces");
    REQUIRE(m);
    CHECK(m->entity == EntityId("iraqi_security_forces"));
}

TEST_CASE("linker: a capitalised generic word counts only before the words its row requires") {
    auto r = link_article(
        "Iraqi and Coalition air strikes hit Mosul. The Coalition Provisional Authority once ruled Iraq. "
        "Saudi Coalition jets flew over Yemen.");
    INFO(r.dump());
    auto c = r.with_text("Coalition");
    REQUIRE(c.size() == 1);
    CHECK(c[0].entity == EntityId("international_coalition"));
    CHECK(c[0].where.span.begin < r.doc.text.find("Provisional"));
}

TEST_CASE("linker: a paragraph naming only a part of a place of the region is on the topic") {
    auto r = link_article("Its minaret was known as Al-Hadba because it leaned like a tower in Italy.");
    INFO(r.dump());
    const Mention* m = r.first("Al-Hadba");
    REQUIRE(m);
    CHECK(m->entity == EntityId("al_hadba_minaret"));
    CHECK(r.first("Italy"));
}

TEST_CASE("linker: a word that opens group names starts a name before a group head") {
    auto r = link_article("Rebels near Aleppo were linked to the Islamic Front, an Islamic alliance.");
    INFO(r.dump());
    CHECK(type_of(r, "Islamic Front") == EntityType::group);
    CHECK(r.first("Islamic") == nullptr);
}

TEST_CASE("linker: the last words of a group's name named before link to that group") {
    auto r = link_article(
        "The Iraqi Defense Ministry said troops entered Mosul. The Defense Ministry later said more.");
    INFO(r.dump());
    auto short_forms = r.with_text("Defense Ministry");
    REQUIRE(short_forms.size() == 1);
    CHECK(short_forms[0].entity == EntityId("iraqi_ministry_of_defence"));
}

TEST_CASE("linker: a newspaper's name ends in its head word, the air coalition is the coalition") {
    auto r = link_article(
        "Mosul was shelled, the Evening Star reported, and a U.S.-led air coalition struck IS positions.");
    INFO(r.dump());
    CHECK(type_of(r, "Evening Star") == EntityType::group);
    const Mention* c = r.first("coalition");
    REQUIRE(c);
    CHECK(c->entity == EntityId("international_coalition"));
}

TEST_CASE("linker: a group's name does not run over a known group's name inside it") {
    auto r = link_article("Near Mosul, Iraqi Popular Mobilization Forces took a village.");
    INFO(r.dump());
    const Mention* m = r.first("Popular Mobilization Forces");
    REQUIRE(m);
    CHECK(m->entity == EntityId("popular_mobilization_forces"));
    CHECK(r.first("Iraqi Popular Mobilization Forces") == nullptr);
}

TEST_CASE("linker: an airport or a dam named after a town is a place of its own") {
    auto r = link_article("The militias said they control half of Tal Afar airport and the Mosul dam.");
    INFO(r.dump());
    auto airport = r.with_text("Tal Afar airport");
    REQUIRE(airport.size() == 1);
    CHECK(airport[0].entity != EntityId("tal_afar"));
    CHECK(airport[0].type == EntityType::place);
    CHECK(r.with_text("Mosul dam").size() == 1);
}

TEST_CASE("linker: an island or a bridge named after a town is a place of its own") {
    auto r = link_article("Troops crossed Ramadi Island and reached the Tikrit bridge on Sunday.");
    INFO(r.dump());
    auto island = r.with_text("Ramadi Island");
    REQUIRE(island.size() == 1);
    CHECK(island[0].entity != EntityId("ramadi"));
    CHECK(island[0].type == EntityType::place);
    auto bridge = r.with_text("Tikrit bridge");
    REQUIRE(bridge.size() == 1);
    CHECK(bridge[0].entity != EntityId("tikrit"));
}

TEST_CASE("linker: a knowledge-base name written with a possessive matches, its place a mention too") {
    auto r =
        link_article("Iraq's Defence Ministry said the road was open. The Defense Ministry added nothing.");
    INFO(r.dump());
    const Mention* m = r.first("Iraq's Defence Ministry");
    REQUIRE(m);
    CHECK(m->entity == EntityId("iraqi_ministry_of_defence"));
    const Mention* place = r.first("Iraq");
    REQUIRE(place);
    CHECK(place->entity == EntityId("iraq"));
    const Mention* again = r.first("Defense Ministry");
    REQUIRE(again);
    CHECK(again->entity == EntityId("iraqi_ministry_of_defence"));
}

TEST_CASE("linker: a name that opens with a kunya or a common given name is a person's with no other cue") {
    auto r = link_article("Abu Omar al-Tikriti was killed near Tal Afar. Ahmed Jasim fled the town.");
    INFO(r.dump());
    CHECK(type_of(r, "Abu Omar al-Tikriti") == EntityType::person);
    CHECK(type_of(r, "Ahmed Jasim") == EntityType::person);
    // a context cue still wins: "the village of Abu Saif" is a place
    auto v = link_article("Iraqi forces entered the village of Abu Saif on Monday.");
    INFO(v.dump());
    CHECK(type_of(v, "Abu Saif") == EntityType::place);
}

TEST_CASE("linker: forces named without their state are those of the country the story is in") {
    auto syria = link_article(
        "Government troops pushed the militants out of Palmyra on Sunday. Kurdish fighters entered Manbij. "
        "Later, government forces shelled the area around Raqqa.");
    INFO(syria.dump());
    REQUIRE(syria.first("Government troops"));
    CHECK(syria.first("Government troops")->entity == EntityId("syrian_armed_forces"));
    REQUIRE(syria.first("government forces"));
    CHECK(syria.first("government forces")->entity == EntityId("syrian_armed_forces"));
    REQUIRE(syria.first("Kurdish fighters"));
    CHECK(syria.first("Kurdish fighters")->entity == EntityId("ypg"));
    auto iraq = link_article(
        "Government troops pushed the militants out of Ramadi on Sunday. Kurdish fighters "
        "entered Bashiqa.");
    INFO(iraq.dump());
    REQUIRE(iraq.first("Government troops"));
    CHECK(iraq.first("Government troops")->entity == EntityId("iraqi_security_forces"));
    REQUIRE(iraq.first("Kurdish fighters"));
    CHECK(iraq.first("Kurdish fighters")->entity == EntityId("peshmerga"));
}

TEST_CASE("linker: a name the story types only later is that entity where it first stood") {
    auto r = link_article(
        "Iraqi soldiers carried an Islamic State flag after seizing Saadiya.\n\nThey reached Saadiya, a "
        "town northeast of Baghdad, where Islamic State fighters fled.");
    INFO(r.dump());
    auto all = r.with_text("Saadiya");
    REQUIRE(all.size() == 2);
    CHECK(all[0].type == EntityType::place);
    CHECK(all[0].entity == all[1].entity);
    CHECK(all[0].where.sentence < all[1].where.sentence);
    // "Name, the city's mayor" is no place
    auto p = link_article("Islamic State fighters fled, said Khalid Obaidi, the city's mayor.");
    INFO(p.dump());
    const Mention* mayor = p.first("Khalid Obaidi");
    REQUIRE(mayor);
    CHECK(mayor->type == EntityType::person);
}

TEST_CASE("linker: a demonym coordinated with a force modifier names the country's forces") {
    auto r = link_article("Iraqi and allied forces have wrested control of two towns from the militants.");
    INFO(r.dump());
    const Mention* m = r.first("Iraqi and allied forces");
    REQUIRE(m);
    CHECK(m->entity.str() == "iraqi_security_forces");
}

TEST_CASE("linker: a lower-case article hyphened to a capitalised word opens a name") {
    auto r = link_article("Islamic State fighters fled the town of al-Dour on Sunday.");
    INFO(r.dump());
    const Mention* m = r.first("al-Dour");
    REQUIRE(m);
    CHECK(m->type == EntityType::place);
    // a person's surname written with the article is that person
    auto p = link_article(
        "Karim al-Karbouli said Islamic State fighters fled.\n\nAl-Karbouli added that "
        "Islamic State fighters had left, and al-Karbouli left too.");
    INFO(p.dump());
    auto all = p.with_text("al-Karbouli");
    REQUIRE(all.size() == 1);
    REQUIRE(p.first("Karim al-Karbouli"));
    CHECK(all[0].entity == p.first("Karim al-Karbouli")->entity);
    CHECK(all[0].type == EntityType::person);
}

TEST_CASE("linker: militias named by a demonym are not the country's forces") {
    auto r = link_article("Syrian militias and Iraqi troops advanced on the border town of Qaim.");
    INFO(r.dump());
    for (const auto& m : r.mentions) CHECK(m.entity != EntityId("syrian_armed_forces"));
    const Mention* troops = r.first("Iraqi troops");
    REQUIRE(troops);
    CHECK(troops->entity == EntityId("iraqi_security_forces"));
}
