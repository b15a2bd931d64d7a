// Tests for mosulkg/error.hpp: the library's exception type.
#include "mosulkg/error.hpp"

#include "mosulkg/document.hpp"
#include "mosulkg/export.hpp"
#include "mosulkg/kb.hpp"
#include "mosulkg/output.hpp"
#include "mosulkg/relations.hpp"
#include "mosulkg/timex.hpp"

#include <doctest/doctest.h>

#include <functional>
#include <sstream>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <vector>

using namespace mosulkg;

static_assert(std::is_base_of_v<std::runtime_error, Error>, "Error is a std::runtime_error");
static_assert(!std::is_convertible_v<std::string, Error>, "Error is built explicitly");

TEST_CASE("error: keeps its message") {
    const Error e("articles/a.txt: cannot be read");
    CHECK(std::string(e.what()) == "articles/a.txt: cannot be read");
}

TEST_CASE("error: can be caught as std::runtime_error and std::exception") {
    bool caught = false;
    try {
        throw Error("kb.tsv:3: unknown type 'tribe'");
    } catch (const std::runtime_error& e) {
        caught = true;
        CHECK(std::string(e.what()) == "kb.tsv:3: unknown type 'tribe'");
    }
    CHECK(caught);
    CHECK_THROWS_AS(throw Error("x"), std::exception);
    CHECK_THROWS_WITH_AS(throw Error("out/: cannot create"), "out/: cannot create", Error);
}

TEST_CASE("error: copies keep the message") {
    const Error a("one line");
    const Error b = a;
    CHECK(std::string(b.what()) == "one line");
}

// The library's own failures come as Error, with one line naming what failed, never as
// another exception type.
TEST_CASE("error: the library's failures are Error, one line naming the input") {
    struct Case {
        const char* name;
        std::function<void()> call;
        const char* names;
    };
    const std::vector<Case> cases = {
        {"missing article", [] { read_documents("no_such_dir/a.txt"); }, "no_such_dir/a.txt"},
        {"special file", [] { read_documents("/dev/null.txt"); }, "/dev/null.txt"},
        {"a FIFO-like device", [] { read_regular_file("/dev/zero"); }, "/dev/zero"},
        {"bad knowledge base",
         [] { KnowledgeBase::parse("x\ty\n", "", "kb.tsv", RelationLexicon::defaults()); }, "kb.tsv"},
        {"bad DOT", [] { render_svg("digraph { a -> "); }, "DOT"},
        {"bad JSON line",
         [] {
             std::istringstream in("{\"text\": 1}\n");
             std::ostringstream out;
             tag_jsonl(in, out, TimexTagger(), "t.jsonl");
         },
         "t.jsonl:1"},
        {"output over a file", [] { OutputFolder("/dev/null"); }, "/dev/null"},
    };
    for (const auto& c : cases) {
        CAPTURE(c.name);
        std::string message;
        try {
            c.call();
        } catch (const Error& e) {
            message = e.what();
        } catch (...) {
            FAIL("not an mosulkg::Error");
        }
        CHECK(message.find(c.names) != std::string::npos);
        CHECK(message.find('\n') == std::string::npos);
    }
}

TEST_CASE("error: printable escapes control characters and invalid UTF-8, keeps the rest") {
    CHECK(printable("a.txt: is empty") == "a.txt: is empty");
    CHECK(printable("\x1b[31mred.txt") == "\\x1b[31mred.txt");
    CHECK(printable("a\nb\tc\x7f") == "a\\x0ab\\x09c\\x7f");
    CHECK(printable("bad\xff.txt") == "bad\\xff.txt");
    CHECK(printable("Mossoul \xc3\xa9t\xc3\xa9") == "Mossoul \xc3\xa9t\xc3\xa9");
    CHECK(printable("\xc2\x85 \xe2\x80\xae") == "\\u0085 \\u202e");
}
