#include "mosulkg/error.hpp"
#include "mosulkg/pipeline.hpp"
#include "mosulkg/syntax.hpp"
#include "syntax_model.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

using namespace mosulkg;

namespace {

using Words = std::vector<std::string_view>;

std::vector<std::string_view> split(const std::string& s) {
    std::vector<std::string_view> out;
    std::string_view v(s);
    while (!v.empty()) {
        const auto space = v.find(' ');
        if (space != 0) out.push_back(v.substr(0, space));
        if (space == std::string_view::npos) break;
        v.remove_prefix(space + 1);
    }
    return out;
}

int index_of(const Words& w, std::string_view word) {
    for (std::size_t i = 0; i < w.size(); ++i)
        if (w[i] == word) return static_cast<int>(i);
    return -1;
}

// Whether `dep` hangs from `head` with a relation starting with `label`.
bool has_arc(const Words& w, const Parse& p, std::string_view head, std::string_view dep,
             std::string_view label) {
    const int h = index_of(w, head), d = index_of(w, dep);
    REQUIRE(h >= 0);
    REQUIRE(d >= 0);
    return p[static_cast<std::size_t>(d)].head == h &&
           p[static_cast<std::size_t>(d)].label.substr(0, label.size()) == label;
}

// Exactly one root, every head in range, no cycles.
bool is_tree(const Parse& p) {
    int roots = 0;
    for (std::size_t i = 0; i < p.size(); ++i) {
        if (p[i].head == -1) {
            ++roots;
            if (p[i].label != "root") return false;
        } else if (p[i].head < 0 || p[i].head >= static_cast<int>(p.size()) ||
                   p[i].head == static_cast<int>(i)) {
            return false;
        }
        int k = static_cast<int>(i);
        for (std::size_t steps = 0; k != -1; ++steps, k = p[static_cast<std::size_t>(k)].head)
            if (steps > p.size()) return false;
    }
    return p.empty() ? roots == 0 : roots == 1;
}

std::string temp_file(const std::string& name, const std::string& bytes) {
    const auto path = std::filesystem::temp_directory_path() / name;
    std::ofstream(path, std::ios::binary) << bytes;
    return path.string();
}

std::string read_bytes(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

const std::filesystem::path model_file = MOSULKG_SOURCE_DIR "/data/syntax/en_ewt.model";

}  // namespace

TEST_CASE("syntax: UPOS names") {
    CHECK(to_string(Upos::adj) == "ADJ");
    CHECK(to_string(Upos::propn) == "PROPN");
    CHECK(to_string(Upos::x) == "X");
    CHECK(parse_upos("SCONJ") == Upos::sconj);
    CHECK_FALSE(parse_upos("NN").has_value());
}

TEST_CASE("syntax: an active sentence gives subject and object") {
    const std::string s = "Iraqi forces recaptured Ramadi on Tuesday .";
    const Words w = split(s);
    const Parse p = Parser::defaults().parse(w);
    REQUIRE(p.size() == w.size());
    CHECK(is_tree(p));
    CHECK(has_arc(w, p, "recaptured", "forces", "nsubj"));
    CHECK(has_arc(w, p, "recaptured", "Ramadi", "obj"));
    CHECK(has_arc(w, p, "recaptured", "Tuesday", "obl"));
    CHECK(has_arc(w, p, "forces", "Iraqi", "amod"));
    CHECK(p[2].head == -1);
    CHECK(p[2].upos == Upos::verb);
    CHECK(p[2].xpos == "VBD");
    CHECK(p[3].upos == Upos::propn);
}

TEST_CASE("syntax: a passive sentence gives nsubj:pass and the by-agent") {
    const std::string s = "Ramadi was recaptured by Iraqi forces .";
    const Words w = split(s);
    const Parse p = Parser::defaults().parse(w);
    CHECK(is_tree(p));
    CHECK(has_arc(w, p, "recaptured", "Ramadi", "nsubj:pass"));
    CHECK(has_arc(w, p, "recaptured", "was", "aux:pass"));
    CHECK(has_arc(w, p, "recaptured", "forces", "obl"));
    CHECK(has_arc(w, p, "forces", "by", "case"));
}

TEST_CASE("syntax: a relative clause and a possessive") {
    const std::string s = "The fighters who captured Mosul attacked the city 's airport .";
    const Words w = split(s);
    const Parse p = Parser::defaults().parse(w);
    CHECK(is_tree(p));
    CHECK(has_arc(w, p, "fighters", "captured", "acl:relcl"));
    CHECK(has_arc(w, p, "captured", "who", "nsubj"));
    CHECK(has_arc(w, p, "airport", "city", "nmod:poss"));
    CHECK(has_arc(w, p, "city", "'s", "case"));
}

TEST_CASE("syntax: curly quotes and apostrophes read as straight ones") {
    const std::string straight = "The group 's leader said \" we will fight \" .";
    const std::string curly = "The group \xE2\x80\x99s leader said \xE2\x80\x9C we will fight \xE2\x80\x9D .";
    const Words a = split(straight);
    const Words b = split(curly);
    const Parse pa = Parser::defaults().parse(a), pb = Parser::defaults().parse(b);
    REQUIRE(pa.size() == pb.size());
    for (std::size_t i = 0; i < pa.size(); ++i) {
        CHECK(pa[i].head == pb[i].head);
        CHECK(pa[i].label == pb[i].label);
        CHECK(pa[i].upos == pb[i].upos);
    }
}

TEST_CASE("syntax: given tags are kept") {
    const std::string s = "Forces recaptured Ramadi .";
    const Words w = split(s);
    const std::vector<Upos> tags = {Upos::noun, Upos::verb, Upos::propn, Upos::punct};
    const Parse p = Parser::defaults().parse(w, tags);
    for (std::size_t i = 0; i < p.size(); ++i) CHECK(p[i].upos == tags[i]);
    CHECK(p[1].xpos == "VBD");  // a fine tag within the UPOS given
    CHECK(is_tree(p));
    CHECK_THROWS_AS(Parser::defaults().parse(w, std::vector<Upos>{Upos::noun}), Error);
    CHECK(Parser::defaults().tag(w) == std::vector<Upos>{Upos::noun, Upos::verb, Upos::propn, Upos::punct});
}

TEST_CASE("syntax: a parse reusing the first tagging equals one that tags again") {
    // every sentence of the bundled articles, with some tags corrected: lone words, runs of
    // words, the first and the last word
    const Parser& parser = Parser::defaults();
    const auto model = detail::deserialise(read_bytes(model_file), model_file.string());
    const auto docs = read_corpus({MOSULKG_SOURCE_DIR "/examples/articles"});
    std::size_t sentences = 0, changed = 0, retagged = 0;
    for (const Document& d : docs) {
        const Text t = segment(d);
        for (const Sentence& s : t.sentences) {
            Words w;
            for (std::size_t i = s.first_token; i < s.end_token; ++i)
                w.push_back(t.tokens[i].span.of(d.text));
            const TaggedSentence first = parser.tag_sentence(w);
            REQUIRE(first.tags() == parser.tag(w));
            std::vector<Upos> tags = first.tags();
            for (std::size_t i = 0; i < tags.size(); ++i)
                if ((i * 7 + sentences) % 5 == 0 || (i + sentences) % 11 < 2 || i + 1 == tags.size())
                    tags[i] =
                        static_cast<Upos>((static_cast<int>(tags[i]) + 1 + static_cast<int>(i)) % upos_count);
            const Parse again = parser.parse(w, tags), reused = parser.parse(w, tags, first);
            REQUIRE(reused.size() == again.size());
            for (std::size_t i = 0; i < again.size(); ++i) {
                CHECK(reused[i].upos == again[i].upos);
                CHECK(reused[i].head == again[i].head);
                CHECK(reused[i].label == again[i].label);
                CHECK(reused[i].xpos == again[i].xpos);
            }
            // the fine tags themselves, which the parse reads
            const auto infos = detail::word_infos(w);
            const auto input = detail::tagger_input(model, infos);
            const auto prior = detail::predict_tags(model, infos);
            const auto fresh = detail::predict_tags(model, infos, &tags);
            CHECK(detail::predict_tags(model, infos, input, &tags, &prior) == fresh);
            for (std::size_t i = 0; i < prior.size(); ++i) {
                changed += tags[i] != first.tags()[i];
                retagged += fresh[i] != prior[i];
            }
            ++sentences;
        }
    }
    CHECK(sentences > 50);
    CHECK(changed > 500);
    CHECK(retagged > changed);  // corrections change the fine tags of words after them too
    // a first tagging of other words is not used
    const std::string a = "Forces recaptured Ramadi .", b = "Iraqi forces recaptured Ramadi on Tuesday .";
    const Words wa = split(a), wb = split(b);
    const auto tb = parser.parse(wb, parser.tag(wb));
    const auto tb_other = parser.parse(wb, parser.tag(wb), parser.tag_sentence(wa));
    const auto tb_none = parser.parse(wb, parser.tag(wb), TaggedSentence{});
    for (std::size_t i = 0; i < tb.size(); ++i) {
        CHECK(tb_other[i].head == tb[i].head);
        CHECK(tb_none[i].head == tb[i].head);
    }
}

TEST_CASE("syntax: the tokens of a segmented document") {
    const Document d =
        make_document(DocId("t"), "Iraqi forces recaptured Ramadi on Tuesday. The city fell in 2015.");
    const Text t = segment(d);
    REQUIRE(t.sentences.size() == 2);
    const Parse p = Parser::defaults().parse(d, t, t.sentences[0]);
    REQUIRE(p.size() == 7);
    CHECK(p[1].head == 2);
    CHECK(p[1].label == "nsubj");
    CHECK(p[3].head == 2);
    CHECK(p[3].label == "obj");
    std::ostringstream out;
    write_conllu(out, d, t, Parser::defaults());
    CHECK(out.str().find("# sent_id = t-s1\n") != std::string::npos);
    CHECK(out.str().find("# sent_id = t-s1\n# text = The city fell in 2015.\n") != std::string::npos);
    CHECK(out.str().find("2\tforces\t_\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n") != std::string::npos);
}

TEST_CASE("syntax: any input parses into a tree") {
    const Parser& parser = Parser::defaults();
    CHECK(parser.parse(Words{}).empty());
    CHECK(parser.tag(Words{}).empty());
    const Parse one = parser.parse(Words{"Mosul"});
    REQUIRE(one.size() == 1);
    CHECK(one[0].head == -1);
    CHECK(one[0].label == "root");

    std::vector<std::string> many;
    for (int i = 0; i < 3000; ++i) many.push_back(i % 7 == 6 ? "," : i % 3 == 0 ? "Home" : "News");
    const Parse long_parse = parser.parse(Words(many.begin(), many.end()));
    CHECK(long_parse.size() == 3000);
    CHECK(is_tree(long_parse));

    const std::string garbage[] = {
        std::string("\xff\xfe\x00\x01", 4), "", " ", "\xE2\x80", "\t\n", std::string(5000, 'x'), "\xC2"};
    const Words odd(std::begin(garbage), std::end(garbage));
    const Parse p = parser.parse(odd);
    CHECK(p.size() == odd.size());
    CHECK(is_tree(p));
}

TEST_CASE("syntax: parsing from several threads gives the same trees") {
    const std::string s = "The fighters who captured Mosul attacked the city 's airport .";
    const Words w = split(s);
    const Parse expected = Parser::defaults().parse(w);
    std::vector<Parse> results(4);
    std::vector<std::thread> threads;
    for (auto& r : results)
        threads.emplace_back([&r, &w] {
            for (int i = 0; i < 50; ++i) r = Parser::defaults().parse(w);
        });
    for (auto& t : threads) t.join();
    for (const auto& r : results) {
        REQUIRE(r.size() == expected.size());
        for (std::size_t i = 0; i < r.size(); ++i) CHECK(r[i].head == expected[i].head);
    }
}

TEST_CASE("syntax: the model file loads, and a damaged one is rejected naming the file") {
    const Parser p = Parser::load(model_file);
    CHECK(p.labels() == Parser::defaults().labels());
    const std::string bytes = read_bytes(model_file);
    REQUIRE(bytes.size() > 1000);
    const auto truncated = temp_file("mosulkg_truncated.model", bytes.substr(0, bytes.size() / 2));
    CHECK_THROWS_WITH_AS(Parser::load(truncated), doctest::Contains("mosulkg_truncated.model"), Error);
    std::string flipped = bytes;
    flipped[flipped.size() / 3] ^= 0x5a;
    CHECK_THROWS_AS(Parser::load(temp_file("mosulkg_flipped.model", flipped)), Error);
    CHECK_THROWS_AS(Parser::load(temp_file("mosulkg_garbage.model", "not a model at all")), Error);
    CHECK_THROWS_AS(Parser::load(temp_file("mosulkg_empty.model", "")), Error);
    CHECK_THROWS_WITH_AS(Parser::load("/nonexistent/dir/x.model"), doctest::Contains("x.model"), Error);
}

TEST_CASE("syntax: a parse outlives moves of its parser") {
    Parser p = Parser::load(model_file);
    const std::string s = "Forces recaptured Ramadi .";
    const Parse parse = p.parse(split(s));
    Parser moved = std::move(p);
    CHECK(parse[1].label == "root");
    CHECK(moved.parse(split(s))[1].label == "root");
}

TEST_CASE("syntax: CoNLL-U reading and scoring") {
    const std::string conllu =
        "# sent_id = a\n"
        "1-2\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n"
        "1\tForces\tforce\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
        "2\trecaptured\trecapture\tVERB\tVBD\t_\t0\troot\t_\t_\n"
        "3\tRamadi\tRamadi\tPROPN\tNNP\t_\t2\tobj\t_\t_\n"
        "3.1\tx\t_\t_\t_\t_\t_\t_\t_\t_\n"
        "4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
    const auto file = temp_file("mosulkg_small.conllu", conllu);
    const auto gold = read_conllu(file);
    REQUIRE(gold.size() == 1);
    CHECK(gold[0].id == "a");
    CHECK(gold[0].words == std::vector<std::string>{"Forces", "recaptured", "Ramadi", "."});
    CHECK(gold[0].heads == std::vector<int>{1, -1, 1, 1});
    const SyntaxScores scores = evaluate(Parser::defaults(), gold);
    CHECK(scores.words == 4);
    CHECK(scores.upos == doctest::Approx(1.0));
    CHECK(scores.uas == doctest::Approx(1.0));
    CHECK_THROWS_AS(read_conllu(temp_file("mosulkg_bad.conllu", "1\tx\n")), Error);
}

TEST_CASE("syntax: training is reproducible") {
    const auto dir = std::filesystem::temp_directory_path() / "mosulkg_tiny_treebank";
    std::filesystem::create_directories(dir);
    std::string conllu;
    for (int i = 0; i < 30; ++i)
        conllu +=
            "1\tForces\t_\tNOUN\t_\t_\t2\tnsubj\t_\t_\n"
            "2\trecaptured\t_\tVERB\t_\t_\t0\troot\t_\t_\n"
            "3\tRamadi\t_\tPROPN\t_\t_\t2\tobj\t_\t_\n"
            "4\t.\t_\tPUNCT\t_\t_\t2\tpunct\t_\t_\n\n";
    std::ofstream(dir / "tiny-ud-train.conllu", std::ios::binary) << conllu;
    TrainOptions o;
    o.tagger_iterations = 2;
    o.parser_iterations = 2;
    o.jackknife_folds = 2;
    train_parser(dir, dir / "a.model", o);
    train_parser(dir, dir / "b.model", o);
    CHECK(read_bytes(dir / "a.model") == read_bytes(dir / "b.model"));
    const Parser p = Parser::load(dir / "a.model");
    const std::string s = "Forces recaptured Ramadi .";
    const Parse parse = p.parse(split(s));
    CHECK(parse[1].head == -1);
    CHECK(parse[0].label == "nsubj");
    CHECK_THROWS_AS(train_parser(dir / "missing", dir / "c.model", o), Error);
}

namespace {

// One sentence of tests/fixtures/news_syntax.txt and its expected arcs.
struct NewsSentence {
    std::string text;
    std::vector<std::array<std::string, 3>> arcs;  // label, dependent, head ("" for the root)
};

std::vector<NewsSentence> read_news_fixture(const std::filesystem::path& file) {
    std::ifstream in(file);
    REQUIRE(in);
    std::vector<NewsSentence> out;
    std::string line;
    bool in_block = false;
    while (std::getline(in, line)) {
        if (!line.empty() && line[0] == '#') continue;
        if (line.empty()) {
            in_block = false;
            continue;
        }
        if (!in_block) {
            out.push_back(NewsSentence{line, {}});
            in_block = true;
            continue;
        }
        std::istringstream fields(line);
        std::array<std::string, 3> arc;
        fields >> arc[0] >> arc[1] >> arc[2];
        REQUIRE_MESSAGE((arc[0] == "root") == arc[2].empty(), "bad arc line: " << line);
        out.back().arcs.push_back(arc);
    }
    return out;
}

// The index of "word" or of "word#k" (its k-th occurrence) in `words`, or -1.
int find_word(const Words& words, const std::string& ref) {
    const auto hash = ref.find('#');
    const std::string word = ref.substr(0, hash);
    int nth = hash == std::string::npos ? 1 : std::stoi(ref.substr(hash + 1));
    for (std::size_t i = 0; i < words.size(); ++i)
        if (words[i] == word && --nth == 0) return static_cast<int>(i);
    return -1;
}

}  // namespace

TEST_CASE("syntax: news sentences get their core arcs") {
    const auto sentences = read_news_fixture(MOSULKG_TEST_DIR "/fixtures/news_syntax.txt");
    REQUIRE(sentences.size() >= 40);
    std::size_t arcs = 0, right = 0, whole = 0;
    std::string misses;
    for (const auto& s : sentences) {
        const Document d = make_document(DocId("news"), s.text);
        const Text t = segment(d);
        Words words;
        for (const auto& token : t.tokens) words.push_back(token.span.of(d.text));
        const Parse p = Parser::defaults().parse(words);
        bool all = true;
        for (const auto& arc : s.arcs) {
            // named copies, not structured bindings: doctest's messages capture them in lambdas
            const std::string& label = arc[0];
            const std::string& dep = arc[1];
            const std::string& head = arc[2];
            const int d_i = find_word(words, dep);
            const int h_i = head.empty() ? -1 : find_word(words, head);
            REQUIRE_MESSAGE(d_i >= 0, "no word " << dep << " in: " << s.text);
            REQUIRE_MESSAGE((head.empty() || h_i >= 0), "no word " << head << " in: " << s.text);
            const Dependency& got = p[static_cast<std::size_t>(d_i)];
            const bool ok = got.head == h_i && got.label == label;
            ++arcs;
            right += ok;
            all = all && ok;
            if (!ok)
                misses += fmt::format(
                    "\n  {} {} {}: got {} {} in \"{}\"", label, dep, head, got.label,
                    got.head < 0 ? std::string("-") : std::string(words[static_cast<std::size_t>(got.head)]),
                    s.text);
        }
        whole += all;
    }
    const double share = static_cast<double>(right) / static_cast<double>(arcs);
    MESSAGE(fmt::format("news arcs right: {} of {} ({:.1f}%), sentences all right: {} of {}{}", right, arcs,
                        100 * share, whole, sentences.size(), misses));
    CHECK(share >= 0.75);
}

TEST_CASE("syntax: a weight table adds exactly the weights of the features it holds, sparse and dense") {
    using mosulkg::detail::WeightTable;
    // 120 features: feature i has i % 40 + 1 weights (up to 40, so some rows are dense), on
    // classes spread over all 103; features 1000.. are absent
    WeightTable::Raw raw;
    raw.classes = 103;
    std::map<std::uint32_t, std::vector<std::pair<std::uint8_t, std::int16_t>>> rows;
    for (std::uint32_t i = 0; i < 120; ++i) {
        auto& row = rows[2 * i + 1];  // short keys: odd, increasing
        for (std::uint32_t k = 0; k < i % 40 + 1; ++k)
            row.push_back(
                {static_cast<std::uint8_t>((i * 7 + k * 13) % 103),
                 static_cast<std::int16_t>((i % 2 ? -1 : 1) * static_cast<int>(1000 + 37 * k + i))});
    }
    for (auto& [key, row] : rows) {
        std::sort(row.begin(), row.end());
        row.erase(std::unique(row.begin(), row.end(),
                              [](const auto& a, const auto& b) { return a.first == b.first; }),
                  row.end());
        raw.keys.push_back(key);
        raw.counts.push_back(static_cast<std::uint8_t>(row.size()));
        for (const auto& [cls, w] : row) raw.entry_class.push_back(cls), raw.entry_weight.push_back(w);
    }
    WeightTable table(raw);
    // feature keys whose short key (the upper 32 bits, | 1) is the table's key
    std::vector<std::uint64_t> features;
    for (std::uint32_t i = 0; i < 120; i += 1) features.push_back(std::uint64_t{2 * i + 1} << 32);
    for (std::uint32_t i = 1000; i < 1050; ++i) features.push_back(std::uint64_t{2 * i + 1} << 32);
    for (std::uint32_t i = 0; i < 120; i += 3) features.push_back(std::uint64_t{2 * i + 1} << 32);  // again
    std::vector<std::int32_t> scores(256, 5), expected(256, 5);
    table.score(features.data(), features.size(), scores.data());
    for (std::uint64_t f : features)
        if (auto it = rows.find(static_cast<std::uint32_t>(f >> 32)); it != rows.end())
            for (const auto& [cls, w] : it->second) expected[cls] += w;
    CHECK(scores == expected);
}
