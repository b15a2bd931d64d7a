#include "mosulkg/error.hpp"
#include "mosulkg/text.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace mosulkg;

namespace {

// A one-paragraph document: every line is body (long enough, ends with punctuation).
Document doc_of(std::string text) {
    return make_document(DocId("t"), std::move(text));
}

std::vector<std::string> tokens_of(const Document& d, const Text& t) {
    std::vector<std::string> out;
    for (const auto& tok : t.tokens) out.emplace_back(tok.span.of(d.text));
    return out;
}

std::vector<std::string> sentences_of(const Document& d, const Text& t) {
    std::vector<std::string> out;
    for (const auto& s : t.sentences) out.emplace_back(s.span.of(d.text));
    return out;
}

using Strings = std::vector<std::string>;

}  // namespace

TEST_CASE("words, numbers and punctuation with exact spans") {
    Document d = doc_of("The 2nd brigade moved 30,000 troops 6.8 km at 13:10, near al-Rashid's base.");
    Text t = segment(d);
    CHECK(tokens_of(d, t) == Strings{"The", "2nd", "brigade", "moved", "30,000", "troops", "6.8", "km", "at",
                                     "13:10", ",", "near", "al", "-", "Rashid", "'s", "base", "."});
    CHECK(t.tokens[4].kind == TokenKind::number);
    CHECK(t.tokens[9].kind == TokenKind::number);
    CHECK(t.tokens[10].kind == TokenKind::punct);
    CHECK(t.tokens[0].kind == TokenKind::word);
    CHECK(t.tokens[15].kind == TokenKind::word);
    REQUIRE(t.sentences.size() == 1);
    CHECK(t.sentences[0].span == Span{0, d.text.size()});
    CHECK(t.sentences[0].first_token == 0);
    CHECK(t.sentences[0].end_token == t.tokens.size());
}

TEST_CASE("inner apostrophes, curly possessives, dashes and non-ASCII letters") {
    Document d = doc_of(
        "The Shi\u2019ite militia and Da'esh met Sha'abi\u2019s envoy\u2014twice\u2013in Tall "
        "\u0639\u0641\u0631 "
        "and Erbil\u2019s caf\u00e9s.");
    Text t = segment(d);
    CHECK(tokens_of(d, t) == Strings{"The",   "Shi\u2019ite", "militia", "and",        "Da'esh",
                                     "met",   "Sha'abi",      "\u2019s", "envoy",      "\u2014",
                                     "twice", "\u2013",       "in",      "Tall",       "\u0639\u0641\u0631",
                                     "and",   "Erbil",        "\u2019s", "caf\u00e9s", "."});
}

TEST_CASE("quotes and brackets") {
    Document d = doc_of("\"We will return,\" he said. 'They [the fighters] left (at night).' Then silence.");
    Text t = segment(d);
    CHECK(sentences_of(d, t) ==
          Strings{"\"We will return,\" he said.", "'They [the fighters] left (at night).'", "Then silence."});
    Document c = doc_of("\u201cThe road is open.\u201d The mayor agreed? \u201cYes!\u201d he said.");
    Text u = segment(c);
    CHECK(sentences_of(c, u) ==
          Strings{"\u201cThe road is open.\u201d", "The mayor agreed?", "\u201cYes!\u201d he said."});
}

TEST_CASE("abbreviations and initials do not end sentences") {
    Document d = doc_of(
        "Brig. Gen. Tariq Aziz met Mr. Lewis of the U.S. embassy on Sept. 4 at 9 a.m. near St. "
        "Elias. George W. Bush was not there. It was No. 3 on the list.");
    Text t = segment(d);
    CHECK(sentences_of(d, t) ==
          Strings{"Brig. Gen. Tariq Aziz met Mr. Lewis of the U.S. embassy on Sept. 4 at 9 "
                  "a.m. near St. Elias.",
                  "George W. Bush was not there.", "It was No. 3 on the list."});
    // the period of an abbreviation belongs to its token
    CHECK(t.tokens[0].span.of(d.text) == "Brig.");
    CHECK(t.tokens[9].span.of(d.text) == "U.S.");

    Abbreviations none = Abbreviations::parse("# nothing but Mr.\nMr.\n", "test");
    CHECK(none.contains("Mr."));
    CHECK_FALSE(none.contains("Gen."));
    Text u = segment(doc_of("Gen. Aziz left. Mr. Lewis stayed."), none);
    CHECK(sentences_of(doc_of("Gen. Aziz left. Mr. Lewis stayed."), u) ==
          Strings{"Gen.", "Aziz left.", "Mr. Lewis stayed."});
    CHECK_THROWS_WITH_AS(Abbreviations::parse("two words.\n", "abbr.txt"), doctest::Contains("abbr.txt"),
                         Error);
}

TEST_CASE("sentence boundaries") {
    SUBCASE("lower case after a period is no boundary") {
        Document d = doc_of("In 2015. the town was quiet. In 2016 it was not.");
        CHECK(sentences_of(d, segment(d)) == Strings{"In 2015. the town was quiet.", "In 2016 it was not."});
    }
    SUBCASE("digits and opening quotes start sentences") {
        Document d = doc_of("The siege ended. 40 people left. \u201cWe are free,\u201d one said.");
        CHECK(sentences_of(d, segment(d)) ==
              Strings{"The siege ended.", "40 people left.", "\u201cWe are free,\u201d one said."});
    }
    SUBCASE("a lost space after a period") {
        Document d = doc_of("They reached Tikrit.The army followed. The rate was 6.8 and the U.S.Army left.");
        CHECK(sentences_of(d, segment(d)) == Strings{"They reached Tikrit.", "The army followed.",
                                                     "The rate was 6.8 and the U.S.Army left."});
    }
    SUBCASE("ellipsis") {
        Document d = doc_of("We waited\u2026 Nobody came... Then the trucks arrived.");
        CHECK(sentences_of(d, segment(d)) ==
              Strings{"We waited\u2026", "Nobody came...", "Then the trucks arrived."});
    }
    SUBCASE("line breaks end sentences; chrome is skipped") {
        Document d = doc_of(
            "Floods hit the valley road\n\nWater rose quickly across the low fields east of the town "
            "and\nRead more\nthe road closed.\n");
        Text t = segment(d);
        CHECK(sentences_of(d, t) == Strings{"Floods hit the valley road",
                                            "Water rose quickly across the low fields east of the town and",
                                            "the road closed."});
        CHECK(t.sentences[0].block == 0);
        CHECK(t.sentences[2].block == 3);
        for (const auto& s : t.sentences) CHECK(d.blocks[s.block].span.contains(s.span));
    }
}

TEST_CASE("glued words from page copies") {
    Document d = doc_of(
        "Talks began with al-QaedaBAGHDAD / Example Press: the envoy McGurk met DeMistura and an iPhone "
        "seller in TikritMOSUL.");
    Text t = segment(d);
    CHECK(sentences_of(d, t) ==
          Strings{"Talks began with al-Qaeda",
                  "BAGHDAD / Example Press: the envoy McGurk met DeMistura and an iPhone "
                  "seller in Tikrit",
                  "MOSUL."});
    auto toks = tokens_of(d, t);
    CHECK(toks[3] == "al");
    CHECK(toks[4] == "-");
    CHECK(toks[5] == "Qaeda");
    CHECK(toks[6] == "BAGHDAD");
}

TEST_CASE("spans point into the document text") {
    Document d =
        make_document(DocId("s"), "  Night raid on the river port\n\n  Police said two boats sank.  \n");
    Text t = segment(d);
    REQUIRE(t.sentences.size() == 2);
    CHECK(t.sentences[0].span.of(d.text) == "Night raid on the river port");
    CHECK(t.sentences[1].span.of(d.text) == "Police said two boats sank.");
    for (const auto& s : t.sentences)
        for (std::size_t i = s.first_token; i < s.end_token; ++i) CHECK(s.span.contains(t.tokens[i].span));
}

TEST_CASE("sentences run across the line breaks of a hard-wrapped paragraph") {
    Document d = make_document(DocId("w"),
                               "The ferry between the two lakeside towns carried its first\n"
                               "passengers in a year on Sunday. The port authority said divers\n"
                               "had cleared the wrecks from the harbour over the winter months.\n"
                               "Ticket prices stay the same as before the closure, and two more\n"
                               "boats are expected to join the service by the end of summer.\n");
    Text t = segment(d);
    CHECK(
        sentences_of(d, t) ==
        Strings{
            "The ferry between the two lakeside towns carried its first\npassengers in a year on Sunday.",
            "The port authority said divers\nhad cleared the wrecks from the harbour over the winter months.",
            "Ticket prices stay the same as before the closure, and two more\nboats are expected to join the "
            "service by the end of summer."});
}

TEST_CASE("a document of chrome only has no sentences") {
    Document d = make_document(DocId("c"), "Advertisement\nRead more\nSkip to content\n");
    Text t = segment(d);
    CHECK(t.sentences.empty());
    CHECK(t.tokens.empty());
}

TEST_CASE("text: a run of words without a sentence end is split at max_sentence_tokens, with a warning") {
    std::string s;
    for (int i = 0; i < 90; ++i) s += "Allawi said ISIS attacked Mosul and ";  // 6 tokens a round
    Document d = make_document(DocId("long"), s + "left.\n");
    Text t = segment(d);
    REQUIRE(t.sentences.size() >= 3);
    for (const auto& sentence : t.sentences)
        CHECK(sentence.end_token - sentence.first_token <= max_sentence_tokens);
    CHECK(t.sentences.back().end_token == t.tokens.size());  // no token lost
    REQUIRE(t.warnings.size() == 1);
    CHECK(t.warnings[0].find("over 200 tokens split") != std::string::npos);
    CHECK(segment(make_document(DocId("short"), "Allawi said ISIS attacked Mosul.\n")).warnings.empty());
}

TEST_CASE("a dash typed as two hyphens is one mark, a hyphen stays one") {
    Document d = doc_of("The army -- backed by U.S.-led jets -- began.");
    Text t = segment(d);
    CHECK(tokens_of(d, t) ==
          Strings{"The", "army", "--", "backed", "by", "U.S.", "-", "led", "jets", "--", "began", "."});
}
