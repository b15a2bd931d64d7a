// Tests for mosulkg/time_value.hpp: parsing TIMEX3 values into calendar periods.
#include "mosulkg/time_value.hpp"

#include <doctest/doctest.h>

using namespace mosulkg;
using namespace date;

namespace {
sys_days d(int y, unsigned m, unsigned dd) {
    return sys_days(year(y) / month(m) / day(dd));
}
}  // namespace

TEST_CASE("calendar values become periods of days") {
    struct Row {
        const char* value;
        Granularity g;
        sys_days first, last;
    };
    const Row rows[] = {
        {"2016-10-17", Granularity::day, d(2016, 10, 17), d(2016, 10, 17)},
        {"2016-10-17T13:10", Granularity::time, d(2016, 10, 17), d(2016, 10, 17)},
        {"2016-02", Granularity::month, d(2016, 2, 1), d(2016, 2, 29)},
        {"2014-SU", Granularity::season, d(2014, 6, 1), d(2014, 8, 31)},
        {"2015-WI", Granularity::season, d(2015, 12, 1), d(2016, 2, 29)},
        {"2016-Q3", Granularity::quarter, d(2016, 7, 1), d(2016, 9, 30)},
        {"2016-H1", Granularity::half, d(2016, 1, 1), d(2016, 6, 30)},
        {"2013", Granularity::year, d(2013, 1, 1), d(2013, 12, 31)},
        {"199", Granularity::decade, d(1990, 1, 1), d(1999, 12, 31)},
        {"19", Granularity::century, d(1900, 1, 1), d(1999, 12, 31)},
        {"2016-W42", Granularity::week, d(2016, 10, 17), d(2016, 10, 23)},
        {"2015-W01", Granularity::week, d(2014, 12, 29), d(2015, 1, 4)},
        {"2014-W31-WE", Granularity::week, d(2014, 8, 2), d(2014, 8, 3)},
    };
    for (const auto& r : rows) {
        CAPTURE(std::string(r.value));
        auto v = parse_time_value(r.value);
        REQUIRE(v.has_value());
        CHECK(v->granularity == r.g);
        REQUIRE(v->anchored());
        CHECK(*v->first == r.first);
        CHECK(*v->last == r.last);
    }
}

TEST_CASE("vague and underspecified values are kept but not anchored") {
    for (const char* s : {"PRESENT_REF", "PAST_REF", "P2Y", "PT24H", "XXXX-10", "XXXX-WXX-1"}) {
        CAPTURE(std::string(s));
        auto v = parse_time_value(s);
        REQUIRE(v.has_value());
        CHECK(v->value == s);
        CHECK_FALSE(v->anchored());
    }
    CHECK_FALSE(parse_time_value("").has_value());
    CHECK_FALSE(parse_time_value("2016-02-30").has_value());
    CHECK_FALSE(parse_time_value("2016-W60").has_value());
}

TEST_CASE("ordering and overlap") {
    auto month = *parse_time_value("2016-10");
    auto day = *parse_time_value("2016-10-17");
    auto year = *parse_time_value("2016");
    auto later = *parse_time_value("2016-11-01");
    CHECK(overlaps(month, day));
    CHECK(overlaps(year, day));
    CHECK_FALSE(overlaps(day, later));
    CHECK(chronological_less(month, day));  // the month starts earlier
    CHECK(chronological_less(day, later));
    CHECK(chronological_less(later, *parse_time_value("PAST_REF")));  // unanchored last
    CHECK(day_value(date::year(2016) / date::October / 17).value == "2016-10-17");
}

TEST_CASE("calendar dates as data files and options write them") {
    auto day = parse_calendar_date("2016-10-17");
    REQUIRE(day);
    CHECK(day->granularity == Granularity::day);
    CHECK(*day->first == d(2016, 10, 17));
    auto month = parse_calendar_date("2016-02");
    REQUIRE(month);
    CHECK(*month->first == d(2016, 2, 1));
    CHECK(*month->last == d(2016, 2, 29));
    auto y = parse_calendar_date("2013");
    REQUIRE(y);
    CHECK(*y->last == d(2013, 12, 31));
    // only days, months and years, written in full
    for (const char* bad : {"2016-W42", "2014-SU", "2016-Q3", "199", "20", "2016-10-17T13:10", "2016-02-30",
                            "2016-13", "2016-1", "2016-1-5", "2016-10-1", "2016-", "16-10-17", "PRESENT_REF",
                            "XXXX-10", "", " 2016", "2016-10-17x"}) {
        INFO(bad);
        CHECK_FALSE(parse_calendar_date(bad));
    }
    CHECK_FALSE(parse_calendar_date("2016-10", Granularity::day));
    CHECK(parse_calendar_date("2016-10", Granularity::month));
    CHECK_FALSE(parse_calendar_date("2016", Granularity::month));
    REQUIRE(parse_day("2016-10-17"));
    CHECK(*parse_day("2016-10-17") == year(2016) / October / 17);
    CHECK_FALSE(parse_day("2016-10"));
    CHECK_FALSE(parse_day("2016-02-30"));
}
