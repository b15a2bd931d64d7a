// mosulkg/output.hpp: an output folder is replaced as a whole, or not at all.
#include "mosulkg/error.hpp"
#include "mosulkg/output.hpp"

#include <doctest/doctest.h>

#include <unistd.h>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <sstream>

using namespace mosulkg;
namespace fs = std::filesystem;

namespace {

struct Scratch {
    fs::path path;
    Scratch() : path(fs::temp_directory_path() / ("mosulkg_output_test_" + std::to_string(::getpid()))) {
        fs::remove_all(path);
        fs::create_directories(path);
    }
    ~Scratch() { fs::remove_all(path); }
};

std::string read_text(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::set<std::string> names(const fs::path& dir) {
    std::set<std::string> out;
    for (const auto& e : fs::directory_iterator(dir)) out.insert(e.path().filename().string());
    return out;
}

const std::vector<OutputFile> first = {{"graph.json", "{\"v\": 1}\n"}, {"graph.dot", "digraph { a }\n"}};
const std::vector<OutputFile> second = {{"graph.json", "{\"v\": 2}\n"}, {"graph.nt", "<a> <b> <c> .\n"}};

}  // namespace

TEST_CASE("output: a folder is created, then replaced by exactly the new files") {
    Scratch s;
    fs::path out = s.path / "made" / "out";
    OutputFolder(out).replace(first);
    CHECK(names(out) == std::set<std::string>{"graph.json", "graph.dot"});
    OutputFolder(out).replace(second);
    CHECK(names(out) == std::set<std::string>{"graph.json", "graph.nt"});
    CHECK(read_text(out / "graph.json") == "{\"v\": 2}\n");
    // nothing beside it: no temporary folder, no lock file
    CHECK(names(out.parent_path()) == std::set<std::string>{"out"});
}

TEST_CASE("output: a write that fails leaves the previous output and no temporary file") {
    Scratch s;
    fs::path out = s.path / "out";
    OutputFolder(out).replace(first);
    int written = 0;
    FileWriter failing = [&](const fs::path& p, std::string_view content) {
        if (++written == 2) throw Error(p.string() + ": cannot write file: No space left on device");
        write_new_file(p, content);
    };
    CHECK_THROWS_WITH_AS(OutputFolder(out).replace(second, failing), doctest::Contains("No space left"),
                         Error);
    CHECK(written == 2);
    CHECK(names(out) == std::set<std::string>{"graph.json", "graph.dot"});
    CHECK(read_text(out / "graph.json") == "{\"v\": 1}\n");
    CHECK(names(s.path) == std::set<std::string>{"out"});
}

TEST_CASE("output: a first run that fails leaves no folder at all") {
    Scratch s;
    fs::path out = s.path / "out";
    FileWriter failing = [](const fs::path& p, std::string_view) { throw Error(p.string() + ": full"); };
    CHECK_THROWS_AS(OutputFolder(out).replace(first, failing), Error);
    CHECK(names(s.path).empty());
}

TEST_CASE("output: the leftovers of a killed run are removed by the next") {
    Scratch s;
    fs::path out = s.path / "out";
    OutputFolder(out).replace(first);
    fs::create_directories(s.path / ".out.new-99999");
    std::ofstream(s.path / ".out.new-99999" / "graph.json") << "{\"half";
    fs::create_directories(s.path / ".out.old-12345");
    std::ofstream(s.path / ".out.lock");                // a lock file whose run died holds no lock
    std::ofstream(s.path / ".other.new-1");             // not ours: stays
    std::ofstream(out / "graph.json.tmp.4242") << "{";  // left inside by the writer of earlier versions
    OutputFolder(out).replace(second);
    CHECK(names(s.path) == std::set<std::string>{"out", ".other.new-1"});
    CHECK(names(out) == std::set<std::string>{"graph.json", "graph.nt"});
}

TEST_CASE("output: a second run on one folder is refused while the first holds it") {
    Scratch s;
    fs::path out = s.path / "out";
    OutputFolder held(out);
    CHECK_THROWS_WITH_AS(OutputFolder{out}, doctest::Contains("another mosulkg run is writing this folder"),
                         Error);
    held.replace(first);
    CHECK(names(out).size() == 2);
}

TEST_CASE("output: a folder that holds other files keeps them, and a file is never replaced") {
    Scratch s;
    fs::create_directories(s.path / "mine");
    std::ofstream(s.path / "mine" / "thesis.tex") << "mine";
    OutputFolder(s.path / "mine").replace({{"graph.json", "{}"}, {"timeline.md", "# t"}});
    CHECK(read_text(s.path / "mine" / "thesis.tex") == "mine");
    CHECK(read_text(s.path / "mine" / "graph.json") == "{}");
    CHECK(names(s.path / "mine") == std::set<std::string>{"graph.json", "thesis.tex", "timeline.md"});
    std::ofstream(s.path / "plain") << "x";
    CHECK_THROWS_WITH_AS(OutputFolder(s.path / "plain"), doctest::Contains("is not a folder"), Error);
    CHECK(names(s.path) == std::set<std::string>{"mine", "plain"});
}

TEST_CASE("output: a failed write into a folder that holds other files changes nothing") {
    Scratch s;
    fs::create_directories(s.path / "mine");
    std::ofstream(s.path / "mine" / "run.log") << "log";
    std::ofstream(s.path / "mine" / "graph.json") << "old";
    int written = 0;
    auto failing = [&](const fs::path& p, std::string_view content) {
        if (++written == 2) throw Error(p.string() + ": cannot write file: No space left on device");
        write_new_file(p, content);
    };
    CHECK_THROWS_AS(
        OutputFolder(s.path / "mine").replace({{"graph.json", "new"}, {"timeline.md", "t"}}, failing), Error);
    CHECK(read_text(s.path / "mine" / "graph.json") == "old");
    CHECK(names(s.path / "mine") == std::set<std::string>{"graph.json", "run.log"});
}

TEST_CASE("output: is_output_file_name knows the files of a build") {
    CHECK(is_output_file_name("graph.json"));
    CHECK(is_output_file_name("focus.svg"));
    CHECK_FALSE(is_output_file_name("notes.txt"));
    CHECK_FALSE(is_output_file_name(".graph.json"));
}
