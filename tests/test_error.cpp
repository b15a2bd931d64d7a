// Tests for mosulkg/error.hpp: the library's exception type.
#include "mosulkg/error.hpp"

#include <doctest/doctest.h>

#include <stdexcept>
#include <string>
#include <type_traits>

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
