#include "mosulkg/document.hpp"
#include "mosulkg/error.hpp"

#include "document_blocks.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <string>
#include <vector>

#include <sys/stat.h>
#include <unistd.h>

using namespace mosulkg;
namespace fs = std::filesystem;

namespace {

const fs::path fixtures = fs::path(MOSULKG_TEST_DIR) / "fixtures" / "documents";

// The error message of reading `name`, or "" when it did not throw.
std::string read_error(const fs::path& file) {
    try {
        read_documents(file);
    } catch (const Error& e) {
        return e.what();
    }
    return "";
}

bool contains(const std::string& s, const std::string& part) {
    return s.find(part) != std::string::npos;
}

BlockKind kind_of(const Document& d, std::string_view line) {
    for (const auto& b : d.blocks)
        if (b.span.of(d.text) == line) return b.kind;
    FAIL("no block holds: " << std::string(line));
    return BlockKind::body;
}

}  // namespace

TEST_CASE("to_string of DateSource and BlockKind") {
    CHECK(to_string(DateSource::given) == "given");
    CHECK(to_string(DateSource::stated) == "stated");
    CHECK(to_string(DateSource::inferred) == "inferred");
    CHECK(to_string(DateSource::unknown) == "unknown");
    CHECK(to_string(BlockKind::chrome) == "chrome");
    CHECK(to_string(BlockKind::title) == "title");
}

TEST_CASE("reading errors name the file and the problem") {
    struct Case {
        const char* file;
        const char* problem;
    };
    const std::vector<Case> cases = {
        {"does_not_exist.txt", "does not exist"},
        {"no_articles", "is a directory"},
        {"empty.txt", "empty"},
        {"whitespace.txt", "empty"},
        {"binary.txt", "binary"},
        {"noise.txt", "binary"},
        {"malformed.jsonl", "malformed JSON on line 1"},
        {"missing_text.jsonl", "missing `text` on line 2"},
        {"missing_id.jsonl", "missing `id` on line 1"},
        {"bad_published.jsonl", "bad `published`"},
    };
    for (const auto& c : cases) {
        CAPTURE(c.file);
        std::string msg = read_error(fixtures / c.file);
        CHECK(contains(msg, c.file));
        CHECK(contains(msg, c.problem));
        CHECK(msg.find('\n') == std::string::npos);
    }
}

TEST_CASE("invalid UTF-8 is repaired with a warning naming the byte offset") {
    auto docs = read_documents(fixtures / "bad_utf8.txt");
    REQUIRE(docs.size() == 1);
    const Document& d = docs[0];
    CHECK(d.id.str() == "bad_utf8");
    CHECK(contains(d.text, "Qaraj\xEF\xBF\xBD\xEF\xBF\xBD at dawn."));
    CHECK(contains(d.text, "caf\xC3\xA9 Sawa"));  // valid UTF-8 is kept
    REQUIRE(d.warnings.size() == 1);
    CHECK(contains(d.warnings[0], "invalid UTF-8"));
    CHECK(contains(d.warnings[0], "byte 24"));

    Document m = make_document(DocId("mem"), std::string("ab\xC3(cd.\n"));
    CHECK(m.text == "ab\xEF\xBF\xBD(cd.\n");
    REQUIRE(m.warnings.size() == 1);
    CHECK(contains(m.warnings[0], "byte 2"));
}

TEST_CASE("jsonl: one document per line with optional fields") {
    auto docs = read_documents(fixtures / "two_articles.jsonl");
    REQUIRE(docs.size() == 2);
    CHECK(docs[0].id.str() == "alpha");
    CHECK(docs[0].title == "Early harvest");
    CHECK(docs[0].url == "https://example.org/a");
    REQUIRE(docs[0].published.has_value());
    CHECK(*docs[0].published == date::year{2015} / date::June / 1);
    CHECK(docs[0].published_source == DateSource::given);
    CHECK(docs[0].text == "Farmers near Qaraj harvested wheat early.\nThe mayor thanked them.");
    CHECK(docs[1].id.str() == "beta");
    CHECK_FALSE(docs[1].published.has_value());
    CHECK(docs[1].published_source == DateSource::unknown);
    CHECK(docs[1].url.empty());
    for (const auto& d : docs) CHECK(contains(d.path, "two_articles.jsonl"));
}

TEST_CASE("collect_inputs expands directories in name order") {
    auto files = collect_inputs({fixtures});
    REQUIRE(files.size() >= 3);
    CHECK(std::is_sorted(files.begin(), files.end(),
                         [](const fs::path& a, const fs::path& b) { return a.filename() < b.filename(); }));
    for (const auto& f : files) CHECK((f.extension() == ".txt" || f.extension() == ".jsonl"));
    CHECK(std::count(files.begin(), files.end(), fixtures / "river_bridge.txt") == 1);

    auto given = collect_inputs({fixtures / "no_articles" / "notes.md"});
    REQUIRE(given.size() == 1);  // files are taken as given

    CHECK_THROWS_WITH_AS(collect_inputs({fixtures / "missing_dir"}), doctest::Contains("missing_dir"), Error);
    CHECK_THROWS_WITH_AS(collect_inputs({fixtures / "no_articles"}), doctest::Contains("no_articles"), Error);
}

TEST_CASE("blocks are the non-blank lines, trimmed, covering all text") {
    auto docs = read_documents(fixtures / "river_bridge.txt");
    REQUIRE(docs.size() == 1);
    const Document& d = docs[0];
    CHECK(d.id.str() == "river_bridge");
    std::size_t pos = 0;
    for (const auto& b : d.blocks) {
        REQUIRE(b.span.begin >= pos);
        for (std::size_t i = pos; i < b.span.begin; ++i)
            CHECK(std::string(" \t\r\n").find(d.text[i]) != std::string::npos);
        CHECK_FALSE(b.span.empty());
        pos = b.span.end;
    }
    CHECK(d.blocks.size() == 14);
}

TEST_CASE("classification of a web copy") {
    const Document d = read_documents(fixtures / "river_bridge.txt").at(0);
    CHECK(d.title == "Engineers reopen the old river bridge at Qaraj");
    CHECK(kind_of(d, "Skip to content") == BlockKind::chrome);
    CHECK(kind_of(d, "Home » World » Middle East") == BlockKind::chrome);
    // the first copy of the title is the title, the repeat is chrome
    std::vector<BlockKind> titles;
    for (const auto& b : d.blocks)
        if (b.span.of(d.text) == d.title) titles.push_back(b.kind);
    CHECK(titles == std::vector<BlockKind>{BlockKind::title, BlockKind::chrome});
    CHECK(kind_of(d, "By Lena Okafor") == BlockKind::byline);
    CHECK(kind_of(d, "Wednesday, 12 March 2015") == BlockKind::dateline);
    CHECK(kind_of(d, "A bridge engineer stands on the repaired deck") == BlockKind::chrome);
    CHECK(kind_of(d, "Photo: Wire Service/K. Mansour") == BlockKind::chrome);
    CHECK(kind_of(d, "Share this article") == BlockKind::chrome);
    CHECK(kind_of(d, "Advertisement") == BlockKind::chrome);
    CHECK(kind_of(d, "Sign up for our morning newsletter") == BlockKind::chrome);
    CHECK(kind_of(d, "(c) 2015 Example Media Group") == BlockKind::chrome);
    std::size_t body = 0;
    for (const auto& b : d.blocks)
        if (b.kind == BlockKind::body) ++body;
    CHECK(body == 2);
    CHECK(
        kind_of(
            d,
            "Lt. Col. Samir Haddad said the repairs cost 1,250,000 dinars. \"It is open again,\" he said.") ==
        BlockKind::body);
}

TEST_CASE("typical chrome, date and byline lines") {
    const Boilerplate& bp = Boilerplate::defaults();
    for (std::string line : {"Read more", "READ MORE: Floods hit the valley", "Related Posts",
                             "Follow us on Twitter", "CLICK HERE to subscribe", "Comment via Facebook",
                             "Send this to a friend", "Image: Wire Photo/J. Smith", "Getty Images",
                             "Advertisement", "Head shot of a woman with dark hair", "H/T: Wire Service",
                             "Copyright 2016 Example", "Download the EXAMPLE NEWS app today",
                             "3. Skip to navigation", "The harbour at night Photo: Example Agency"}) {
        CAPTURE(line);
        CHECK(bp.is_chrome(line));
    }
    for (std::string line :
         {"The army said the road to Tell Saba was open again.",
          "Officials said more than 2,000 families returned home.", "He said the photo was taken in May."}) {
        CAPTURE(line);
        CHECK_FALSE(bp.is_chrome(line));
    }

    Document d = make_document(DocId("t"),
                               "Floods close the valley road\n"
                               "Jane Roe Wire Service, Example Agency\n"
                               "Tuesday March 3, 2015 at 10: 45 PM\n"
                               "3/4/2015\n"
                               "Heavy rain closed the valley road on Monday, officials said.\n"
                               "Rescue teams at work\n"
                               "Road crews worked through the night.\n"
                               "No one was hurt\n"
                               "Officials say the water will recede by Friday and the road reopen soon\n");
    CHECK(d.title == "Floods close the valley road");
    CHECK(kind_of(d, "Floods close the valley road") == BlockKind::title);
    CHECK(kind_of(d, "Jane Roe Wire Service, Example Agency") == BlockKind::byline);
    CHECK(kind_of(d, "Tuesday March 3, 2015 at 10: 45 PM") == BlockKind::dateline);
    CHECK(kind_of(d, "3/4/2015") == BlockKind::dateline);
    CHECK(kind_of(d, "Heavy rain closed the valley road on Monday, officials said.") == BlockKind::body);
    CHECK(kind_of(d, "Rescue teams at work") == BlockKind::chrome);
    CHECK(kind_of(d, "Road crews worked through the night.") == BlockKind::body);
    // a long line without final punctuation is still body
    CHECK(kind_of(d, "Officials say the water will recede by Friday and the road reopen soon") ==
          BlockKind::body);
}

TEST_CASE("no title when the text starts with a paragraph") {
    Document d =
        make_document(DocId("p"), "The convoy left at dawn. It reached the river by noon.\nMore followed.\n");
    CHECK(d.title.empty());
    CHECK(d.blocks.at(0).kind == BlockKind::body);
}

TEST_CASE("custom boilerplate patterns and errors") {
    Boilerplate bp =
        Boilerplate::parse("# comment\ncontains\tbreaking\t3\nregex\t^x+$\nline\tthe end\n", "test");
    CHECK(bp.is_chrome("BREAKING news now"));
    CHECK_FALSE(bp.is_chrome("breaking news right now"));  // more than 3 words
    CHECK(bp.is_chrome("xxx"));
    CHECK(bp.is_chrome("  The   End "));
    CHECK_FALSE(bp.is_chrome("the end of it"));
    CHECK_THROWS_WITH_AS(Boilerplate::parse("sometimes\tx\n", "pat.txt"), doctest::Contains("pat.txt"),
                         Error);
    CHECK_THROWS_AS(Boilerplate::parse("regex\t(\n", "pat.txt"), Error);
}

TEST_CASE("hard-wrapped paragraphs become one block each") {
    Document d = make_document(DocId("w"),
                               "Example Wire\n"
                               "Ferry service resumes on the lake\n"
                               "By Omar Saleh\n"
                               "\n"
                               "The ferry between the two lakeside towns carried its first\n"
                               "passengers in a year on Sunday, the port authority said, after\n"
                               "divers cleared the wrecks from the harbour.\n"
                               "\n"
                               "Ticket prices stay the same as before the closure, and two more\n"
                               "boats are expected to join the service by the end of the\n"
                               "summer, officials said.\n");
    CHECK(d.title == "Ferry service resumes on the lake");
    CHECK(kind_of(d, "Example Wire") == BlockKind::chrome);
    CHECK(kind_of(d, "By Omar Saleh") == BlockKind::byline);
    CHECK(kind_of(d,
                  "The ferry between the two lakeside towns carried its first\n"
                  "passengers in a year on Sunday, the port authority said, after\n"
                  "divers cleared the wrecks from the harbour.") == BlockKind::body);
    CHECK(d.blocks.size() == 5);
}

TEST_CASE("document: a few NUL and ESC bytes are read as spaces, with a warning, offsets kept") {
    std::string text("Allawi\0 said on Monday\x1b that ISIS attacked Mosul.\n", 49);
    Document d = make_document(DocId("nul"), text);
    CHECK(d.text.size() == text.size());
    CHECK(d.text.find('\0') == std::string::npos);
    CHECK(d.text.substr(0, 8) == "Allawi  ");
    REQUIRE(d.warnings.size() == 1);
    CHECK(d.warnings[0].find("2 control bytes") != std::string::npos);
}

TEST_CASE("document: a text over max_document_bytes is cut at a line break, with a warning") {
    std::string para(999, 'a');
    para += '\n';
    std::string text;
    while (text.size() <= max_document_bytes + 5000) text += para;
    Document d = make_document(DocId("big"), text);
    CHECK(d.text.size() <= max_document_bytes);
    CHECK(d.text.size() > max_document_bytes - 1000);
    CHECK(d.text.back() == 'a');
    REQUIRE(d.warnings.size() == 1);
    CHECK(d.warnings[0].find("text cut at byte") != std::string::npos);
}

TEST_CASE("document: a FIFO, a device and a file of another kind are refused before reading") {
    const fs::path dir = fs::temp_directory_path() / ("mosulkg_document_test_" + std::to_string(::getpid()));
    fs::create_directories(dir);
    const fs::path fifo = dir / "pipe.txt";
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    CHECK(contains(read_error(fifo), "is a FIFO"));  // returns: nothing was waited for
    fs::create_symlink("/dev/zero", dir / "zero.txt");
    CHECK(contains(read_error(dir / "zero.txt"), "is a device"));
    const fs::path bin = dir / "article.bin";
    { std::ofstream(bin) << "Allawi said ISIS attacked Mosul.\n"; }
    CHECK(contains(read_error(bin), "expected a .txt or .jsonl"));
    fs::remove_all(dir);
}

TEST_CASE("block classification, part by part: lines, wrapped paragraphs, known lines, title") {
    using namespace mosulkg::detail;
    const std::string text =
        "  Site Name \n\nFloods close the valley road\n\xC2\xA0"
        "By Jane Roe\n\nRain fell.\n";
    std::vector<Line> lines = split_lines(text);
    REQUIRE(lines.size() == 4);
    CHECK(lines[0].text == "Site Name");
    CHECK(lines[0].span.begin == 2);
    CHECK(lines[2].text == "By Jane Roe");  // U+00A0 at the start is white space
    CHECK(lines[3].final_punct);
    CHECK(lines[1].words == 5);

    const Boilerplate bp = Boilerplate::parse("byline\tby\nconnector\tand\nmonth\tmarch\nordinal\tth\n", "t");
    auto kinds = mark_known_lines(lines, bp);
    CHECK_FALSE(kinds[0].has_value());
    CHECK(kinds[2] == BlockKind::byline);
    CHECK(find_title(lines, kinds, "") == std::optional<std::size_t>(1));  // two words are no headline
    CHECK(find_title(lines, kinds, "site   NAME") == std::optional<std::size_t>(0));
    CHECK_FALSE(find_title(lines, kinds, "Another title").has_value());

    CHECK(is_date_line("18th March 2017", bp));
    CHECK_FALSE(is_date_line("18st March 2017", bp));   // "st" is no ordinal of this lexicon
    CHECK_FALSE(is_by_line("Posted by Jane Roe", bp));  // not a prefix of this lexicon
    CHECK(is_by_line("Posted by Jane Roe", Boilerplate::defaults()));
    Line names = split_lines("Jane Roe and John Doe")[0];
    CHECK(is_name_line(names, bp));
    CHECK_FALSE(is_name_line(names, Boilerplate::parse("line\tx\n", "t")));  // "and" joins no names there
}

TEST_CASE("hard-wrapped lines are joined, short lines are not") {
    using namespace mosulkg::detail;
    std::string wrapped;
    for (int i = 0; i < 4; ++i)
        wrapped += "The convoy moved slowly along the river road toward the\nnorthern villages.\n\n";
    auto joined = join_wrapped_lines(split_lines(wrapped), wrapped);
    REQUIRE(joined.size() == 4);
    CHECK(joined[0].text == "The convoy moved slowly along the river road toward the\nnorthern villages.");
    CHECK(joined[0].words == 12);
    const std::string menu = "Home\nNews\nSport\n";
    CHECK(join_wrapped_lines(split_lines(menu), menu).size() == 3);
}

TEST_CASE("jsonl: a large file read on several threads gives the same documents and errors") {
    // 3000 lines of about 1 KB: three slices of a megabyte on three threads
    const fs::path dir = fs::temp_directory_path() / ("mosulkg_jsonl_" + std::to_string(::getpid()));
    fs::create_directories(dir);
    std::string filler(1000, 'x');
    auto write = [&](const std::string& name, std::size_t bad_line, const std::string& bad) {
        std::ofstream out(dir / name, std::ios::binary);
        for (std::size_t i = 1; i <= 3000; ++i) {
            if (i == bad_line)
                out << bad << "\n";
            else if (i % 700 == 0)
                out << "\n";  // blank lines are skipped, and still counted
            else
                out << "{\"id\": \"doc" << i << "\", \"text\": \"Line " << i << " " << filler << "\"}\n";
        }
    };
    auto error = [&](const std::string& name, unsigned jobs) {
        try {
            read_documents(dir / name, jobs);
        } catch (const Error& e) {
            return std::string(e.what());
        }
        return std::string();
    };
    write("good.jsonl", 0, "");
    auto one = read_documents(dir / "good.jsonl", 1);
    auto three = read_documents(dir / "good.jsonl", 3);
    REQUIRE(one.size() == 2996);
    REQUIRE(three.size() == one.size());
    for (std::size_t i = 0; i < one.size(); ++i) {
        CHECK(three[i].id == one[i].id);
        CHECK(three[i].text == one[i].text);
    }
    CHECK(one.back().id.str() == "doc3000");
    // a duplicate id, on the line of the duplicate; a bad line, on its own
    write("dup.jsonl", 2500, "{\"id\": \"doc10\", \"text\": \"again\", \"published\": \"soon\"}");
    CHECK(contains(error("dup.jsonl", 3), "duplicate id 'doc10' on line 2500"));
    CHECK(error("dup.jsonl", 3) == error("dup.jsonl", 1));
    write("bad.jsonl", 2999, "{\"id\": \"late\"");
    CHECK(contains(error("bad.jsonl", 3), "malformed JSON on line 2999"));
    CHECK(error("bad.jsonl", 3) == error("bad.jsonl", 1));
    fs::remove_all(dir);
}

TEST_CASE("a wire dateline with its place in capitals and a credit line of agencies are read") {
    Document d = make_document(DocId("t"),
                               "Floods close the valley road\n"
                               "HARBOUR CITY, March 3, 2015\n"
                               "Heavy rain closed the valley road on Monday, officials said.\n"
                               "Based on reporting by Example Wire and Other Agency\n");
    CHECK(kind_of(d, "HARBOUR CITY, March 3, 2015") == BlockKind::dateline);
    CHECK(kind_of(d, "Based on reporting by Example Wire and Other Agency") == BlockKind::byline);
    // a line in capitals without a date stays chrome
    Document e =
        make_document(DocId("u"), "Floods close the valley road\nHARBOUR CITY, ROAD NEWS\nRain fell.\n");
    CHECK(kind_of(e, "HARBOUR CITY, ROAD NEWS") == BlockKind::chrome);
}
