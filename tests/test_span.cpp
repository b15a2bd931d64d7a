// Tests for mosulkg/span.hpp: byte spans, distinct id types, provenance order.
#include "mosulkg/span.hpp"

#include <doctest/doctest.h>

#include <string>
#include <type_traits>
#include <unordered_set>

using namespace mosulkg;

static_assert(!std::is_convertible_v<EntityId, DocId>, "an entity id is not a document id");
static_assert(!std::is_convertible_v<DocId, EntityId>, "a document id is not an entity id");
static_assert(!std::is_convertible_v<std::string, EntityId>, "ids are built explicitly");

TEST_CASE("span: of() returns the surface it names") {
    const std::string text = "Troops entered the town at dawn.";
    CHECK(Span{0, 6}.of(text) == "Troops");
    CHECK(Span{19, 23}.of(text) == "town");
    CHECK(Span{5, 5}.of(text).empty());
    CHECK(Span{27, 32}.of(text) == "dawn.");
}

TEST_CASE("span: size and empty") {
    CHECK(Span{3, 10}.size() == 7);
    CHECK_FALSE(Span{3, 10}.empty());
    CHECK(Span{4, 4}.empty());
    CHECK(Span{}.empty());
}

TEST_CASE("span: contains is inclusive of both ends, half-open") {
    const Span outer{10, 20};
    CHECK(outer.contains(Span{10, 20}));
    CHECK(outer.contains(Span{12, 15}));
    CHECK(outer.contains(Span{10, 11}));
    CHECK_FALSE(outer.contains(Span{9, 15}));
    CHECK_FALSE(outer.contains(Span{15, 21}));
    CHECK_FALSE(Span{12, 15}.contains(outer));
}

TEST_CASE("span: overlaps shares at least one byte") {
    const Span a{10, 20};
    CHECK(a.overlaps(Span{19, 25}));
    CHECK(a.overlaps(Span{5, 11}));
    CHECK(a.overlaps(Span{12, 13}));
    CHECK(Span{12, 13}.overlaps(a));
    CHECK_FALSE(a.overlaps(Span{20, 25}));  // adjacent, half-open
    CHECK_FALSE(a.overlaps(Span{0, 10}));
    CHECK_FALSE(Span{20, 25}.overlaps(a));
}

TEST_CASE("span: equality and ordering by begin then end") {
    CHECK(Span{1, 4} == Span{1, 4});
    CHECK(Span{1, 4} != Span{1, 5});
    CHECK(Span{1, 4} < Span{2, 3});
    CHECK(Span{1, 4} < Span{1, 5});
    CHECK_FALSE(Span{1, 5} < Span{1, 4});
    CHECK_FALSE(Span{1, 4} < Span{1, 4});
    static_assert(Span{0, 2} < Span{1, 1}, "ordering is usable in constant expressions");
}

TEST_CASE("span: ids compare by value and hash like their string") {
    const EntityId a("islamic_state");
    const EntityId b("islamic_state");
    const EntityId c("mosul");
    CHECK(a == b);
    CHECK(a != c);
    CHECK(a < c);
    CHECK(a.str() == "islamic_state");
    CHECK(EntityId().empty());
    CHECK_FALSE(a.empty());
    CHECK(std::hash<EntityId>{}(a) == std::hash<EntityId>{}(b));
    CHECK(std::hash<EntityId>{}(a) == std::hash<std::string>{}("islamic_state"));

    std::unordered_set<EntityId> set{a, b, c};
    CHECK(set.size() == 2);
    CHECK(set.count(EntityId("mosul")) == 1);
    CHECK(set.count(EntityId("raqqa")) == 0);

    std::unordered_set<DocId> docs{DocId("x"), DocId("y"), DocId("x")};
    CHECK(docs.size() == 2);
}

TEST_CASE("span: provenance equality and order by document then span") {
    const Provenance p1{DocId("a"), 0, Span{5, 9}};
    const Provenance p2{DocId("a"), 1, Span{20, 30}};
    const Provenance p3{DocId("b"), 0, Span{0, 3}};
    CHECK(p1 == Provenance{DocId("a"), 0, Span{5, 9}});
    CHECK_FALSE(p1 == Provenance{DocId("a"), 1, Span{5, 9}});
    CHECK_FALSE(p1 == Provenance{DocId("b"), 0, Span{5, 9}});
    CHECK(p1 < p2);
    CHECK(p2 < p3);  // document first, even with a smaller span
    CHECK_FALSE(p3 < p1);
}
