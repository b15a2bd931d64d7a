#include "mosulkg/time_value.hpp"

#include <fmt/format.h>

#include <cctype>
#include <charconv>

namespace mosulkg {
namespace {

using namespace date;

std::optional<int> number(std::string_view s) {
    int v = 0;
    if (s.empty()) return std::nullopt;
    for (char c : s)
        if (!std::isdigit(static_cast<unsigned char>(c))) return std::nullopt;
    std::from_chars(s.data(), s.data() + s.size(), v);
    return v;
}

TimeValue period(std::string_view value, Granularity g, year_month_day a, year_month_day b) {
    TimeValue t;
    t.value = std::string(value);
    t.granularity = g;
    t.first = sys_days(a);
    t.last = sys_days(b);
    return t;
}

year_month_day month_end(int y, unsigned m) {
    return year_month_day(year_month_day_last(year(y), month_day_last(month(m))));
}

}  // namespace

std::string_view to_string(Granularity g) noexcept {
    switch (g) {
        case Granularity::time:
            return "time";
        case Granularity::day:
            return "day";
        case Granularity::week:
            return "week";
        case Granularity::month:
            return "month";
        case Granularity::season:
            return "season";
        case Granularity::quarter:
            return "quarter";
        case Granularity::half:
            return "half";
        case Granularity::year:
            return "year";
        case Granularity::decade:
            return "decade";
        case Granularity::century:
            return "century";
        case Granularity::unknown:
            break;
    }
    return "unknown";
}

std::optional<TimeValue> parse_time_value(std::string_view v) {
    if (v.empty()) return std::nullopt;
    std::string_view base = v.substr(0, v.find('T'));
    bool has_time = base.size() != v.size();
    auto y = number(base.substr(0, 4));
    if (base.size() == 2 || base.size() == 3) {  // century "20", decade "201"
        auto n = number(base);
        if (!n) return TimeValue{std::string(v), Granularity::unknown, {}, {}, {}};
        int lo = base.size() == 2 ? *n * 100 : *n * 10;
        int hi = base.size() == 2 ? lo + 99 : lo + 9;
        return period(v, base.size() == 2 ? Granularity::century : Granularity::decade,
                      year(lo) / January / 1, year(hi) / December / 31);
    }
    if (!y || base.size() < 4) {
        TimeValue t;
        t.value = std::string(v);
        return t;  // PRESENT_REF, P2Y, XXXX-10 ...: meaningful but not anchored
    }
    if (base.size() == 4)
        return period(v, Granularity::year, year(*y) / January / 1, year(*y) / December / 31);
    if (base[4] != '-') return std::nullopt;
    std::string_view rest = base.substr(5);
    if (rest.size() == 2 && rest[0] >= 'A' && rest[0] <= 'Z') {
        if (rest == "SP") return period(v, Granularity::season, year(*y) / March / 1, year(*y) / May / 31);
        if (rest == "SU") return period(v, Granularity::season, year(*y) / June / 1, year(*y) / August / 31);
        if (rest == "FA" || rest == "AU")
            return period(v, Granularity::season, year(*y) / September / 1, year(*y) / November / 30);
        if (rest == "WI")
            return period(v, Granularity::season, year(*y) / December / 1, month_end(*y + 1, 2));
        if (rest[0] == 'Q' && rest[1] >= '1' && rest[1] <= '4') {
            unsigned q = static_cast<unsigned>(rest[1] - '0');
            return period(v, Granularity::quarter, year(*y) / month(3 * q - 2) / 1, month_end(*y, 3 * q));
        }
        if (rest[0] == 'H' && (rest[1] == '1' || rest[1] == '2')) {
            unsigned h = static_cast<unsigned>(rest[1] - '0');
            return period(v, Granularity::half, year(*y) / month(6 * h - 5) / 1, month_end(*y, 6 * h));
        }
        TimeValue t;
        t.value = std::string(v);
        return t;
    }
    if (rest.size() >= 2 && rest[0] == 'W') {
        auto w = number(rest.substr(1, 2));
        if (!w || *w < 1 || *w > 53) return std::nullopt;
        // ISO week: the week containing 4 January is week 1.
        sys_days jan4 = sys_days(year(*y) / January / 4);
        sys_days monday = jan4 - (weekday(jan4) - Monday);
        sys_days first = monday + days(7 * (*w - 1));
        // "2014-W31-WE": the weekend of that week, its Saturday and Sunday
        if (rest.size() == 6 && rest.substr(3) == "-WE")
            return TimeValue{std::string(v), Granularity::week, first + days(5), first + days(6), {}};
        TimeValue t{std::string(v), Granularity::week, first, first + days(6), {}};
        return t;
    }
    auto m = number(rest.substr(0, 2));
    if (!m || *m < 1 || *m > 12) {
        TimeValue t;
        t.value = std::string(v);
        return t;
    }
    if (rest.size() == 2) return period(v, Granularity::month, year(*y) / month(*m) / 1, month_end(*y, *m));
    if (rest.size() != 5 || rest[2] != '-') return std::nullopt;
    auto d = number(rest.substr(3, 2));
    if (!d) return std::nullopt;
    year_month_day ymd = year(*y) / month(*m) / day(*d);
    if (!ymd.ok()) return std::nullopt;
    TimeValue t = period(v, has_time ? Granularity::time : Granularity::day, ymd, ymd);
    return t;
}

std::optional<TimeValue> parse_calendar_date(std::string_view s, Granularity coarsest) {
    auto v = parse_time_value(s);
    if (!v || !v->anchored()) return std::nullopt;
    const Granularity g = v->granularity;
    if (g != Granularity::day && g != Granularity::month && g != Granularity::year) return std::nullopt;
    if (g > coarsest) return std::nullopt;
    return v;
}

std::optional<date::year_month_day> parse_day(std::string_view s) {
    auto v = parse_calendar_date(s, Granularity::day);
    if (!v) return std::nullopt;
    return date::year_month_day(*v->first);
}

TimeValue day_value(date::year_month_day d) {
    return period(fmt::format("{:04d}-{:02d}-{:02d}", int(d.year()), unsigned(d.month()), unsigned(d.day())),
                  Granularity::day, d, d);
}

TimeValue month_value(date::year_month ym) {
    return period(fmt::format("{:04d}-{:02d}", int(ym.year()), unsigned(ym.month())), Granularity::month,
                  ym / 1, year_month_day(ym / last));
}

std::optional<date::month_day> month_day_of(const TimeValue& t) {
    std::string_view v = t.value;
    if (v.size() != 10 || v.compare(0, 5, "XXXX-") != 0 || v[7] != '-') return std::nullopt;
    auto m = number(v.substr(5, 2)), d = number(v.substr(8, 2));
    if (!m || !d) return std::nullopt;
    month_day md{month(static_cast<unsigned>(*m)), day(static_cast<unsigned>(*d))};
    return md.ok() ? std::optional<month_day>(md) : std::nullopt;
}

std::optional<int> weekday_of(const TimeValue& t) {
    std::string_view v = t.value;
    if (v.size() != 10 || v.compare(0, 9, "XXXX-WXX-") != 0 || v[9] < '1' || v[9] > '7') return std::nullopt;
    return v[9] - '0';
}

bool overlaps(const TimeValue& a, const TimeValue& b) noexcept {
    if (!a.anchored() || !b.anchored()) return a.value == b.value && !a.value.empty();
    return *a.first <= *b.last && *b.first <= *a.last;
}

bool chronological_less(const TimeValue& a, const TimeValue& b) noexcept {
    if (a.anchored() != b.anchored()) return a.anchored();
    if (a.anchored()) {
        if (*a.first != *b.first) return *a.first < *b.first;
        if (*a.last != *b.last) return *a.last > *b.last;  // a period before the parts it opens with
    }
    return a.value < b.value;
}

}  // namespace mosulkg
