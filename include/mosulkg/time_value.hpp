// mosulkg/time_value.hpp: a point or period of time as news text states it.
//
// A `TimeValue` is a TIMEX3 value string ("2016-10-17", "2016-10", "2014-SU",
// "2013", "199X", "P2Y", "PRESENT_REF", "XXXX-10") together with what it means
// on the calendar: its granularity and, when it names a calendar period, the
// closed interval of days [first, last] it covers. A month and a day inside it
// therefore order correctly: compare `first`, then the narrower period first.
//
// A value keeps its granularity honestly: "October" with an unknown year is
// "XXXX-10" with no interval, never an invented day.
#pragma once

#include <date/date.h>

#include <optional>
#include <string>
#include <string_view>

namespace mosulkg {

enum class Granularity { unknown, time, day, week, month, season, quarter, half, year, decade, century };

std::string_view to_string(Granularity g) noexcept;

struct TimeValue {
    std::string value;  // the TIMEX3 value, e.g. "2014-06"
    Granularity granularity = Granularity::unknown;
    std::optional<date::sys_days> first;  // first day covered, when it is a calendar period
    std::optional<date::sys_days> last;   // last day covered (inclusive)
    std::string mod;                      // TIMEX3 mod: "START", "END", "MID", "APPROX", ... or empty

    bool anchored() const noexcept { return first.has_value() && last.has_value(); }

    friend bool operator==(const TimeValue& a, const TimeValue& b) {
        return a.value == b.value && a.mod == b.mod;
    }
    friend bool operator!=(const TimeValue& a, const TimeValue& b) { return !(a == b); }
};

// Builds a TimeValue from a TIMEX3 value string, filling granularity and the
// interval when the string names a calendar period ("2016-10-17", "2016-10",
// "2016-W42", "2014-SU", "2016-Q3", "2016-H1", "2013", "201" (decade), "20" (century),
// "2016-10-17T13:10"). Returns std::nullopt for a string that is not a TIMEX3 value.
std::optional<TimeValue> parse_time_value(std::string_view value);

// A calendar date as data files and options write it: exactly "YYYY-MM-DD", "YYYY-MM" or
// "YYYY", read by parse_time_value, at most as coarse as `coarsest` (Granularity::day: a day
// only; Granularity::month: a day or a month). std::nullopt for anything else: a week, a
// season, a time of day, an impossible day ("2016-02-30"), a malformed string.
std::optional<TimeValue> parse_calendar_date(std::string_view s, Granularity coarsest = Granularity::year);
// The day of "YYYY-MM-DD", by parse_calendar_date; std::nullopt for anything else.
std::optional<date::year_month_day> parse_day(std::string_view s);

// A value for one calendar day ("2016-10-17").
TimeValue day_value(date::year_month_day day);
// A value for one calendar month ("2016-10").
TimeValue month_value(date::year_month month);

// The month and day of a day without a year ("XXXX-04-18"), if `v` is one.
std::optional<date::month_day> month_day_of(const TimeValue& v);
// The ISO weekday (1 Monday ... 7 Sunday) of a weekday without a date ("XXXX-WXX-1"), if `v` is one.
std::optional<int> weekday_of(const TimeValue& v);

// True when the two anchored values share at least one day.
bool overlaps(const TimeValue& a, const TimeValue& b) noexcept;

// Chronological order: by first day, then wider periods before the narrower ones they
// open with ("2014" before "2014-01"),
// then by value string; unanchored values sort last.
bool chronological_less(const TimeValue& a, const TimeValue& b) noexcept;

}  // namespace mosulkg
