#include "mosulkg/timex.hpp"

#include "mosulkg/data.hpp"
#include "mosulkg/error.hpp"
#include "mosulkg/text.hpp"
#include "timex_lexicon.hpp"

#include <date/iso_week.h>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <cctype>
#include <istream>
#include <ostream>
#include <string>

namespace mosulkg {

using detail::TimexCue;
using detail::TimexCues;
using detail::TimexLexicon;
using detail::TimexPhrase;
using detail::TimexToken;
using detail::TimexWord;

std::string_view to_string(TimexType t) noexcept {
    switch (t) {
        case TimexType::date:
            return "DATE";
        case TimexType::time:
            return "TIME";
        case TimexType::duration:
            return "DURATION";
        case TimexType::set:
            return "SET";
    }
    return "DATE";
}

struct TimexTagger::Impl {
    TimexLexicon lex;
    explicit Impl(const DataSource& data) : lex(data) {}
};

namespace {

using namespace date;

// What a match denotes, for modifiers and context: 'D' day, 'T' time, 'W' week, 'M' month,
// 'S' season, 'Q' quarter or half, 'Y' year, 'E' decade, 'C' century, 'R' vague reference,
// 'P' duration, 'A' an "ago" phrase, 'X' a set.
struct Match {
    std::size_t end = 0;
    TimexType type = TimexType::date;
    std::string value;
    std::string mod;
    char kind = 'D';
    bool det = false;       // may take a leading "the" into its extent
    bool need_det = false;  // only a temporal expression after "the" ("the quarter")
    bool relative = false;  // "this year", "today": may take "earlier"/"later" before it
    bool topic = false;     // an explicit quarter: later "a year ago" refers to it
    bool ended = false;     // a quarter stated to have ended ("the fourth quarter ended Sept. 30")
};

struct Num {
    int value = 0;
    std::size_t end = 0;
};

// What precedes the noun of a quarter or half phrase ("2016's third fiscal quarter").
struct QuarterHead {
    std::size_t k = 0;      // the token after the ordinal: the noun, if any
    int year_given = 0;     // a year stated before or after the noun; 0: none
    bool year_ago = false;  // "year-ago", "year-earlier"
    bool latest = false;    // "latest", "most recent"
    int ord = 0;            // the quarter's or half's number; 0: none
    char what = 0;          // 'Q' a quarter, 'H' a half, 0: neither
};

struct Day {
    std::string value;  // "2016-10-17", "XXXX-10-17", "XXXX-WXX-1"
    std::size_t end = 0;
    bool relative = false;
};

std::string ymd_string(year_month_day d) {
    return fmt::format("{:04d}-{:02d}-{:02d}", static_cast<int>(d.year()), static_cast<unsigned>(d.month()),
                       static_cast<unsigned>(d.day()));
}

std::string week_string(sys_days d) {
    iso_week::year_weeknum_weekday w{d};
    return fmt::format("{:04d}-W{:02d}", static_cast<int>(w.year()), static_cast<unsigned>(w.weeknum()));
}

std::string duration_string(char unit, std::string_view n);

// "two quarters" is six months and "two decades" twenty years in TIMEX3; n = 0 is "some".
std::string duration_for(const TimexWord* u, int n) {
    if (n == 0) return duration_string(u->unit == 'Q' ? 'M' : u->unit, "X");
    int count = n * u->unit_count;
    switch (u->unit) {
        case 'Q':
            return duration_string('M', std::to_string(3 * count));
        case 'E':
            return duration_string('Y', std::to_string(10 * count));
        case 'C':
            return duration_string('Y', std::to_string(100 * count));
        default:
            return duration_string(u->unit, std::to_string(count));
    }
}

// n and a half units ("2 1/2 years" P2Y6M, "half an hour" PT30M), or "" when the half of
// that unit has no exact smaller unit.
std::string half_duration(char unit, int n) {
    switch (unit) {
        case 'Y':
            return n ? fmt::format("P{}Y6M", n) : "P6M";
        case 'D':
            return n ? fmt::format("P{}DT12H", n) : "PT12H";
        case 'H':
            return n ? fmt::format("PT{}H30M", n) : "PT30M";
        case 'N':
            return n ? fmt::format("PT{}M30S", n) : "PT30S";
        case 'E':
            return fmt::format("P{}Y", 10 * n + 5);
        case 'C':
            return fmt::format("P{}Y", 100 * n + 50);
        default:
            return "";
    }
}

std::string duration_string(char unit, std::string_view n) {
    switch (unit) {
        case 'H':
            return fmt::format("PT{}H", n);
        case 'N':
            return fmt::format("PT{}M", n);
        case 'S':
            return fmt::format("PT{}S", n);
        default:
            return fmt::format("P{}{}", n, unit);
    }
}

class Parser {
public:
    Parser(const TimexLexicon& lex, const std::vector<TimexToken>& toks, std::optional<year_month_day> ref,
           const std::vector<signed char>& tense)
        : lex_(lex), t_(toks), n_(toks.size()), ref_(ref), tense_(tense) {}

    // The longest expression starting at token i, if any.
    std::optional<Match> at(std::size_t i);
    // What the last call of `at` read besides the text: the reference date (reads_reference)
    // and what earlier expressions left (reads_context: the anchor, the last quarter). Only
    // with these may its result change.
    static constexpr unsigned reads_reference = 1, reads_context = 2;
    unsigned consulted() const noexcept { return consulted_; }
    void set_anchor(year_month_day d, char kind) { anchor_ = d, anchor_kind_ = kind; }
    void set_last_quarter(std::pair<int, int> q) { last_quarter_ = q; }
    // Forgets what earlier expressions left: a new block is read on its own.
    void forget_context() {
        anchor_.reset();
        anchor_kind_ = 0;
        last_quarter_.reset();
    }

private:
    const TimexLexicon& lex_;
    const std::vector<TimexToken>& t_;
    std::size_t n_;
    std::optional<year_month_day> ref_;
    const std::vector<signed char>& tense_;  // per token: +1 future, -1 past
    std::optional<std::pair<int, int>> last_quarter_;
    // the last date the text states with its year ("May 22, 1995", "March 2014", "1995"):
    // "the following year", "that month", "the next day" count from it
    std::optional<year_month_day> anchor_;
    char anchor_kind_ = 0;  // 'Y', 'M' or 'D'
    mutable unsigned consulted_ = 0;

    const std::optional<year_month_day>& ref() const {
        consulted_ |= reads_reference;
        return ref_;
    }
    const std::optional<year_month_day>& anchor() const {
        consulted_ |= reads_context;
        return anchor_;
    }
    char anchor_kind() const {
        consulted_ |= reads_context;
        return anchor_kind_;
    }
    const std::optional<std::pair<int, int>>& last_quarter() const {
        consulted_ |= reads_context;
        return last_quarter_;
    }

    bool is(std::size_t j, std::string_view s) const { return j < n_ && t_[j].low == s; }
    // whether token j has a kind of data/temporal/cues.tsv
    bool cue(std::size_t j, TimexCues c) const { return j < n_ && (t_[j].cues & c); }
    bool attached(std::size_t j) const { return j < n_ && !t_[j].space; }
    const TimexWord* w(std::size_t j) const { return j < n_ ? t_[j].word : nullptr; }
    bool future(std::size_t j) const { return j < n_ && tense_[j] > 0; }
    bool past(std::size_t j) const { return j < n_ && tense_[j] < 0; }
    int date_tense(std::size_t j) const;
    std::size_t lead_in(std::size_t j, bool clock) const;
    int ry() const { return static_cast<int>(ref()->year()); }
    int rm() const { return static_cast<int>(static_cast<unsigned>(ref()->month())); }
    int rq() const { return (rm() - 1) / 3 + 1; }

    std::optional<Num> cardinal(std::size_t j) const;
    std::optional<Num> ordinal(std::size_t j) const;
    std::optional<Num> day_number(std::size_t j) const;
    std::optional<Num> year4(std::size_t j) const;
    std::optional<Num> spoken_year(std::size_t j) const;
    std::optional<Num> quantity(std::size_t j, bool& vague) const;
    std::size_t month_end(std::size_t j) const;
    std::optional<std::pair<int, int>> clock(std::size_t j, std::size_t& end) const;
    std::size_t phrase(int table, std::size_t j, const TimexPhrase*& out) const;

    std::optional<Day> cal_date(std::size_t j) const;
    std::optional<Day> bracketed_date(std::size_t j) const;
    std::optional<Day> day_expr(std::size_t j) const;
    std::optional<Day> coordinated_day(std::size_t j) const;
    bool one_occasion(std::size_t j) const;
    std::string narrative_day() const;
    std::string weekday_value(int wd, int mode, std::size_t j) const;
    int month_year(int m, int mode, std::size_t j) const;

    std::optional<Match> core(std::size_t j);
    std::optional<Match> day_forms(std::size_t j);
    std::optional<Match> month_forms(std::size_t j) const;
    std::optional<Match> year_forms(std::size_t j) const;
    std::optional<Match> relative_forms(std::size_t j) const;
    std::optional<Match> relative_unit(Match r, char unit, int dir, std::size_t j) const;
    std::optional<Match> from_anchor(char unit, int dir) const;
    std::optional<Match> quarter_forms(std::size_t j) const;
    QuarterHead quarter_head(std::size_t j) const;
    std::optional<Match> quarter_without_noun(const QuarterHead& h) const;
    Match half_forms(Match r, const QuarterHead& h) const;
    Match unnumbered_quarter(Match r, const QuarterHead& h) const;
    std::optional<year_month_day> quarter_end(std::size_t e) const;
    std::optional<Match> season_forms(std::size_t j) const;
    std::optional<Match> ago_forms(std::size_t j) const;
    std::optional<Match> duration_forms(std::size_t j) const;
    std::optional<Match> set_forms(std::size_t j) const;
    std::optional<Match> reference_forms(std::size_t j) const;
    std::optional<Match> year_noun_forms(std::size_t j) const;
    std::optional<Match> same_unit_forms(std::size_t j) const;
    std::optional<Match> weekend_forms(std::size_t j) const;
    std::optional<Match> year_end_forms(std::size_t j) const;
    std::optional<Match> week_of_forms(std::size_t j) const;
    std::optional<Match> last_day_forms(std::size_t j) const;
    std::optional<Match> century_forms(std::size_t j) const;
};

// ---- numbers -------------------------------------------------------------------------------

std::optional<Num> Parser::cardinal(std::size_t j) const {
    if (j >= n_) return std::nullopt;
    const auto& k = t_[j];
    if (k.digits && k.digits <= 6) {
        // not a decimal or a thousands group ("1.5", "1,000"), not part of "$5"
        if ((is(j + 1, ".") || is(j + 1, ",")) && attached(j + 1) && attached(j + 2) && t_[j + 2].digits)
            return std::nullopt;
        if (j > 0 && attached(j) && (is(j - 1, ".") || is(j - 1, ",") || is(j - 1, "$"))) return std::nullopt;
        return Num{k.num, j + 1};
    }
    if (k.word && k.word->cardinal >= 0) {
        int v = k.word->cardinal;
        std::size_t e = j + 1;
        if (v >= 20 && v < 100) {
            std::size_t q = e;
            if (is(q, "-") && attached(q) && attached(q + 1)) ++q;
            if (w(q) && w(q)->cardinal > 0 && w(q)->cardinal < 10) {
                v += w(q)->cardinal;
                e = q + 1;
            }
        }
        return Num{v, e};
    }
    return std::nullopt;
}

std::optional<Num> Parser::ordinal(std::size_t j) const {
    if (j >= n_) return std::nullopt;
    const auto& k = t_[j];
    if (k.digits && k.digits <= 3 && attached(j + 1) && cue(j + 1, TimexCue::ordinal_suffix))
        return Num{k.num, j + 2};
    if (k.word && k.word->ordinal > 0) return Num{k.word->ordinal, j + 1};
    if (k.word && k.word->cardinal >= 20 && k.word->cardinal < 100) {
        std::size_t q = j + 1;
        if (is(q, "-") && attached(q) && attached(q + 1)) ++q;
        if (w(q) && w(q)->ordinal > 0 && w(q)->ordinal < 10)
            return Num{k.word->cardinal + w(q)->ordinal, q + 1};
    }
    return std::nullopt;
}

std::optional<Num> Parser::day_number(std::size_t j) const {
    if (j >= n_) return std::nullopt;
    const auto& k = t_[j];
    std::optional<Num> r;
    if (k.digits && k.digits <= 2) {
        r = Num{k.num, j + 1};
        if (attached(j + 1) && cue(j + 1, TimexCue::ordinal_suffix)) r->end = j + 2;
        if (attached(r->end) && t_[r->end].alpha) return std::nullopt;  // "3pm", "5km"
        if ((is(r->end, ":") || is(r->end, ".")) && attached(r->end) && attached(r->end + 1) &&
            r->end + 1 < n_ && t_[r->end + 1].digits)
            return std::nullopt;
    } else if (k.word && k.word->ordinal > 0) {
        r = ordinal(j);
    }
    if (!r || r->value < 1 || r->value > 31) return std::nullopt;
    return r;
}

// A year spoken in words: "nineteen ninety-six", "two thousand", "two thousand and four".
std::optional<Num> Parser::spoken_year(std::size_t j) const {
    if (!w(j)) return std::nullopt;
    if (cue(j, TimexCue::spoken_century)) {
        auto c = cardinal(j + 1);
        if (c && c->value >= 10 && c->value < 100 && !t_[j + 1].digits)
            return Num{w(j)->cardinal * 100 + c->value, c->end};
        return std::nullopt;
    }
    if (cue(j, TimexCue::spoken_millennium) && cue(j + 1, TimexCue::thousand)) {
        std::size_t k = cue(j + 2, TimexCue::spoken_year_and) ? j + 3 : j + 2;
        auto c = cardinal(k);
        if (c && c->value > 0 && c->value < 100 && !t_[k].digits) return Num{2000 + c->value, c->end};
        return Num{2000, j + 2};
    }
    return std::nullopt;
}

std::optional<Num> Parser::year4(std::size_t j) const {
    if (j < n_ && t_[j].alpha) return spoken_year(j);
    if (j >= n_ || t_[j].digits != 4 || t_[j].num < 1000 || t_[j].num > 2199) return std::nullopt;
    if (j > 0 && attached(j) && (is(j - 1, "$") || is(j - 1, ".") || is(j - 1, ","))) return std::nullopt;
    if (attached(j + 1) && (is(j + 1, "%") || ((is(j + 1, ".") || is(j + 1, ",")) && attached(j + 2) &&
                                               j + 2 < n_ && t_[j + 2].digits)))
        return std::nullopt;
    return Num{t_[j].num, j + 1};
}

// A count before a unit: a number, "a"/"an", "a couple of", or vague "few"/"several"/"many".
std::optional<Num> Parser::quantity(std::size_t j, bool& vague) const {
    vague = false;
    if (cue(j, TimexCue::indefinite)) {
        if (cue(j + 1, TimexCue::few)) return vague = true, Num{0, j + 2};
        if (cue(j + 1, TimexCue::couple) && cue(j + 2, TimexCue::genitive)) return Num{2, j + 3};
        if (cue(j + 1, TimexCue::dozen)) return Num{12, j + 2};
        return Num{1, j + 1};
    }
    if (cue(j, TimexCue::vague_count)) return vague = true, Num{0, j + 1};
    if (cue(j, TimexCue::couple) && cue(j + 1, TimexCue::genitive)) return Num{2, j + 2};
    return cardinal(j);
}

// Token index after a month name (and the period of an abbreviation), or j when none.
std::size_t Parser::month_end(std::size_t j) const {
    if (!w(j) || !w(j)->month) return j;
    if (w(j)->month_abbr && is(j + 1, ".") && attached(j + 1)) return j + 2;
    return j + 1;
}

// "13:10", "3 p.m.", "10:30 am", "noon": hour and minute.
std::optional<std::pair<int, int>> Parser::clock(std::size_t j, std::size_t& end) const {
    if (cue(j, TimexCue::noon) && !(j > 0 && cue(j - 1, TimexCue::noon_idiom)))  // not "high noon"
        return end = j + 1, std::make_pair(12, 0);
    if (cue(j, TimexCue::midnight)) return end = j + 1, std::make_pair(24, 0);
    // "0800 GMT", "1430 local time": a 24-hour clock, only with a time zone after it
    if (j < n_ && j > 0 && t_[j].digits == 4 && t_[j].num % 100 < 60 && t_[j].num / 100 < 24 &&
        cue(j - 1, TimexCue::zone_clock_lead) &&
        ((w(j + 1) && w(j + 1)->timezone) ||
         (cue(j + 1, TimexCue::zone_local) && cue(j + 2, TimexCue::zone_time)))) {
        end = cue(j + 1, TimexCue::zone_local) ? j + 3 : j + 2;
        return std::make_pair(t_[j].num / 100, t_[j].num % 100);
    }
    if (j >= n_ || !t_[j].digits || t_[j].digits > 2) return std::nullopt;
    // "4 in the morning", "9 in the evening", "11 at night"
    if (t_[j].num >= 1 && t_[j].num <= 12 && !is(j + 1, ":")) {
        std::size_t q = j + 1;
        if (cue(q, TimexCue::clock_pod_lead) && cue(q + 1, TimexCue::definite) && w(q + 2) &&
            !w(q + 2)->pod.empty() && w(q + 2)->pod != "NI") {
            int h = t_[j].num;
            if (w(q + 2)->pod != "MO" && h < 12) h += 12;
            if (w(q + 2)->pod == "MO" && h == 12) h = 0;
            return end = q + 3, std::make_pair(h, 0);
        }
        if (cue(q, TimexCue::night_lead) && cue(q + 1, TimexCue::night)) {
            int h = t_[j].num;
            return end = q + 2, std::make_pair(h >= 6 && h < 12 ? h + 12 : h == 12 ? 24 : h, 0);
        }
    }
    int h = t_[j].num, m = 0;
    std::size_t k = j + 1;
    bool colon = false;
    if (is(k, ":") && k + 1 < n_ && t_[k + 1].digits == 2 && (attached(k) || attached(k + 1))) {
        m = t_[k + 1].num;
        k += 2;
        colon = true;
    }
    // a.m. / p.m. / am / pm
    int half = 0;
    std::size_t q = k;
    if (cue(q, TimexCue::am_letter | TimexCue::pm_letter) && is(q + 1, ".") &&
        cue(q + 2, TimexCue::meridiem_letter)) {
        half = cue(q, TimexCue::am_letter) ? 1 : 2;
        q += 3;
        if (is(q, ".") && attached(q)) ++q;
    } else if (cue(q, TimexCue::am | TimexCue::pm)) {
        half = cue(q, TimexCue::am) ? 1 : 2;
        q += 1;
    }
    if (!colon && !half) return std::nullopt;
    if (h > 24 || m > 59) return std::nullopt;
    if (half == 2 && h < 12) h += 12;
    if (half == 1 && h == 12) h = 0;
    end = half ? q : k;
    if (w(end) && w(end)->timezone) ++end;  // "5 p.m. EST"
    return std::make_pair(h, m);
}

std::size_t Parser::phrase(int table, std::size_t j, const TimexPhrase*& out) const {
    if (j >= n_) return j;
    const auto* list = lex_.phrases(table, t_[j].low);
    if (!list) return j;
    for (const auto& p : *list) {
        std::size_t k = 0;
        while (k < p.words.size() && is(j + k, p.words[k])) ++k;
        if (k == p.words.size()) {
            out = &p;
            return j + k;
        }
    }
    return j;
}

// ---- resolution ----------------------------------------------------------------------------

// Where the words that lead into a date at token j begin: "the", "on", "early", "late",
// "mid", a hyphen, and with `clock` a clock time before the day ("until 9 a.m. EST Tuesday").
std::size_t Parser::lead_in(std::size_t j, bool clock) const {
    std::size_t p = j;
    auto leads = [&](std::size_t k) {
        if (cue(k, TimexCue::date_lead) || is(k, "-")) return true;
        return clock && (is(k, ".") || is(k, ":") ||
                         cue(k, TimexCue::am_letter | TimexCue::pm_letter | TimexCue::meridiem_letter) ||
                         cue(k, TimexCue::clock_lead) || t_[k].digits || (w(k) && w(k)->timezone));
    };
    while (p > 0 && j - p < 8 && t_[p - 1].sentence == t_[j].sentence && leads(p - 1)) --p;
    return p;
}

// The tense that places a date starting at token j: that of its clause, except that "since"
// looks back and a deadline ("by", "until", "payable", "extended to") in a past clause
// may lie ahead of the reference date (then 0: the nearest such date).
int Parser::date_tense(std::size_t j) const {
    if (j >= n_) return 0;
    std::size_t p = lead_in(j, false);
    if (p > 0 && cue(p - 1, TimexCue::since)) return -1;
    if (p > 2 && cue(p - 3, TimexCue::as_frame) && cue(p - 2, TimexCue::as_soon) &&
        cue(p - 1, TimexCue::as_frame))
        return 1;
    int t = tense_[j];
    if (t < 0 && p > 0 && cue(p - 1, TimexCue::deadline)) return 0;
    return t;
}

// mode: -1 strictly before the reference, +1 strictly after, 0 by the tense (the reference
// day itself when it is that weekday).
std::string Parser::weekday_value(int wd, int mode, std::size_t j) const {
    if (!ref()) return fmt::format("XXXX-WXX-{}", wd);
    sys_days r{*ref()};
    int rw = static_cast<int>(weekday(r).iso_encoding());
    int diff = wd - rw;
    if (mode < 0)
        diff = diff >= 0 ? diff - 7 : diff;
    else if (mode > 0)
        diff = diff <= 0 ? diff + 7 : diff;
    else if (diff != 0) {
        // the tense of the clause; a deadline ("until 9 a.m. Tuesday", "postponed until Tuesday")
        // lies ahead unless the sentence looks back from a past moment ("until Thursday, they had
        // not ..."); "by the Tuesday deadline" in a past clause is the nearest such day
        int t = date_tense(j);
        std::size_t p = lead_in(j, true);
        bool deadline = p > 0 && cue(p - 1, TimexCue::weekday_deadline);
        std::size_t first = j;
        while (first > 0 && t_[first - 1].sentence == t_[j].sentence) --first;
        bool looks_back = false;
        for (std::size_t k = first; deadline && k < n_ && t_[k].sentence == t_[j].sentence; ++k)
            if (cue(k, TimexCue::looks_back)) looks_back = true;
        if (t <= 0 && deadline &&
            cue(p - 1, TimexCue::nearest_deadline))  // "completed by the Tuesday deadline"
            diff = diff > 3 ? diff - 7 : diff < -3 ? diff + 7 : diff;
        else if (t <= 0 && deadline)
            diff = looks_back ? (diff < 0 ? diff : diff - 7) : (diff > 0 ? diff : diff + 7);
        else
            diff = t > 0 ? (diff > 0 ? diff : diff + 7) : (diff < 0 ? diff : diff - 7);
    }
    return ymd_string(year_month_day(r + days(diff)));
}

// The year of a month named without one. mode: -1 "last", +1 "next", 0 "this", 2 by tense.
int Parser::month_year(int m, int mode, std::size_t j) const {
    int y = ry(), r = rm();
    switch (mode) {
        case -1:
            return m < r ? y : y - 1;
        case 1:
            return m > r ? y : y + 1;
        case 0:
            return y;
        default:
            if (int t = date_tense(j); t > 0)
                return m >= r ? y : y + 1;
            else if (t < 0)
                return m <= r ? y : y - 1;
            // no tense: the nearest such month
            if (m - r > 6) return y - 1;
            if (r - m > 6) return y + 1;
            return y;
    }
}

// A calendar date with a day number: ISO, numeric, "October 17, 2016", "17 October 2016",
// "Tuesday, April 18, 2017", "Oct. 17".
std::optional<Day> Parser::cal_date(std::size_t j) const {
    if (j >= n_) return std::nullopt;
    const auto& k = t_[j];
    if (k.digits == 4 && is(j + 1, "-") && attached(j + 1) && attached(j + 2) && j + 2 < n_ &&
        t_[j + 2].digits && t_[j + 2].digits <= 2 && is(j + 3, "-") && attached(j + 3) && attached(j + 4) &&
        j + 4 < n_ && t_[j + 4].digits && t_[j + 4].digits <= 2) {
        year_month_day d{year(k.num), month(static_cast<unsigned>(t_[j + 2].num)),
                         day(static_cast<unsigned>(t_[j + 4].num))};
        if (d.ok()) return Day{ymd_string(d), j + 5};
    }
    // "07.11.2016": day, month, year (the dotted form is European)
    if (k.digits && k.digits <= 2 && is(j + 1, ".") && attached(j + 1) && attached(j + 2) && j + 2 < n_ &&
        t_[j + 2].digits && t_[j + 2].digits <= 2 && is(j + 3, ".") && attached(j + 3) && attached(j + 4) &&
        j + 4 < n_ && t_[j + 4].digits == 4) {
        year_month_day d{year(t_[j + 4].num), month(static_cast<unsigned>(t_[j + 2].num)),
                         day(static_cast<unsigned>(k.num))};
        if (d.ok()) return Day{ymd_string(d), j + 5};
    }
    if (k.digits && k.digits <= 2 && is(j + 1, "/") && attached(j + 1) && attached(j + 2) && j + 2 < n_ &&
        t_[j + 2].digits && t_[j + 2].digits <= 2 && is(j + 3, "/") && attached(j + 3) && attached(j + 4) &&
        j + 4 < n_ && (t_[j + 4].digits == 4 || t_[j + 4].digits == 2)) {
        int a = k.num, b = t_[j + 2].num, y = t_[j + 4].num;
        if (t_[j + 4].digits == 2) y += y < 50 ? 2000 : 1900;
        if (a > 12) std::swap(a, b);
        year_month_day d{year(y), month(static_cast<unsigned>(a)), day(static_cast<unsigned>(b))};
        if (d.ok()) return Day{ymd_string(d), j + 5};
    }
    std::size_t s = j;
    if (w(s) && w(s)->weekday) {
        s += (w(s)->weekday_abbr && is(s + 1, ".")) ? 2 : 1;
        if (is(s, ",")) ++s;
    }
    int m = 0, d = 0, y = 0;
    std::size_t e = s;
    if (std::size_t me = month_end(s); me != s) {
        if (auto dn = day_number(me)) {
            m = w(s)->month;
            d = dn->value;
            e = dn->end;
            std::size_t q = is(e, ",") ? e + 1 : e;
            if (auto yn = year4(q)) y = yn->value, e = yn->end;
        }
    } else if (auto dn = day_number(s)) {
        std::size_t q = dn->end;
        if (cue(q, TimexCue::genitive)) ++q;
        if (std::size_t me2 = month_end(q); me2 != q) {
            m = w(q)->month;
            d = dn->value;
            e = me2;
            std::size_t r = is(e, ",") ? e + 1 : e;
            if (auto yn = year4(r)) y = yn->value, e = yn->end;
        }
    }
    if (!m) return std::nullopt;
    if (y) {
        year_month_day ymd{year(y), month(static_cast<unsigned>(m)), day(static_cast<unsigned>(d))};
        if (!ymd.ok()) return std::nullopt;
        return Day{ymd_string(ymd), e};
    }
    if (!ref()) return Day{fmt::format("XXXX-{:02d}-{:02d}", m, d), e};
    // no year: the reference year, or the year before/after when the tense and the
    // distance say so ("on 19 February last" is always the most recent one).
    bool last = cue(e, TimexCue::postposed_last) &&
                !(w(e + 1) && (w(e + 1)->unit || w(e + 1)->weekday || w(e + 1)->month));
    if (last) ++e;
    year_month_day cand{ref()->year(), month(static_cast<unsigned>(m)), day(static_cast<unsigned>(d))};
    if (!cand.ok()) return std::nullopt;
    auto dist = (sys_days(cand) - sys_days(*ref())).count();
    int yy = ry();
    // "fell on May 17": the last May 17, "will vote on May 17": the next one; a past clause
    // may still name a day of the coming weeks ("the offer was extended to Nov. 20"), and
    // the reference date itself may be a day or two off
    int tense = date_tense(j);
    if (last)
        yy = dist > 0 ? yy - 1 : yy;
    else if (tense < 0)
        yy = dist > 60 ? yy - 1 : yy;
    else if (tense > 0)
        yy = dist < -60 ? yy + 1 : yy;
    else if (dist < -183)
        yy += 1;  // no tense: the nearest such day; dates of the coming months
    else if (dist > 183)
        yy -= 1;  // are written without a year as often as past ones
    year_month_day r2{year(yy), month(static_cast<unsigned>(m)), day(static_cast<unsigned>(d))};
    if (!r2.ok()) return std::nullopt;
    return Day{ymd_string(r2), e, true};
}

// A weekday at j with its date in brackets, as translated news writes it: "Sunday (June 29)",
// "Sunday (29/6)". The numeric form reads day first (month first where the first number
// exceeds 12) and holds only when the weekday agrees with it in the reference year or the
// one before or after, the nearest such; the date then is the whole expression.
std::optional<Day> Parser::bracketed_date(std::size_t j) const {
    if (!is(j + 1, "(") || !ref()) return std::nullopt;
    const std::size_t k = j + 2;
    if (auto d = cal_date(k); d && is(d->end, ")")) return Day{d->value, d->end + 1, true};
    if (!(k + 3 < n_ && t_[k].digits && t_[k].digits <= 2 && is(k + 1, "/") && attached(k + 1) &&
          attached(k + 2) && t_[k + 2].digits && t_[k + 2].digits <= 2 && is(k + 3, ")")))
        return std::nullopt;
    int dd = t_[k].num, mm = t_[k + 2].num;
    if (dd <= 12 && mm > 12) std::swap(dd, mm);
    std::optional<year_month_day> best;
    for (int y : {ry(), ry() - 1, ry() + 1}) {
        year_month_day d{year(y), month(static_cast<unsigned>(mm)), day(static_cast<unsigned>(dd))};
        if (d.ok() && weekday(sys_days(d)).iso_encoding() == static_cast<unsigned>(w(j)->weekday)) {
            best = d;
            break;
        }
    }
    if (!best) return std::nullopt;
    return Day{ymd_string(*best), k + 4, true};
}

// A day: a calendar date, a weekday ("Friday", "last Friday"), "today"/"yesterday"/"tomorrow",
// or a holiday.
std::optional<Day> Parser::day_expr(std::size_t j) const {
    if (auto d = cal_date(j)) return d;
    if (j >= n_) return std::nullopt;
    const auto* wj = w(j);
    if (!wj) return std::nullopt;
    if (wj->weekday && !wj->weekday_abbr) {
        if (auto d = bracketed_date(j)) return d;
        if (w(j + 1) && w(j + 1)->recurring_noun && !one_occasion(j))
            return std::nullopt;  // "Friday prayers": a set
        return Day{weekday_value(wj->weekday, 0, j), j + 1, true};
    }
    if (wj->rel != -9 && w(j + 1) && w(j + 1)->weekday && !w(j + 1)->weekday_abbr &&
        !cue(j, TimexCue::past_stretch))
        return Day{weekday_value(w(j + 1)->weekday, wj->rel == 0 ? 0 : wj->rel, j), j + 2, true};
    if (wj->day_word && wj->day_pod.empty()) {
        if (!ref()) return Day{"XXXX-XX-XX", j + 1, true};
        return Day{ymd_string(year_month_day(sys_days(*ref()) + days(wj->day_offset))), j + 1, true};
    }
    const TimexPhrase* p = nullptr;
    std::size_t e = phrase(TimexLexicon::holidays, j, p);
    if (e != j && (t_[j].cap || p->words.size() > 1)) {
        std::string_view rule = p->value;
        int m = std::stoi(std::string(rule.substr(0, 2)));
        if (!ref()) return Day{fmt::format("XXXX-{:02d}-XX", m), e};
        int y = month_year(m, 2, j);
        year_month_day d;
        if (rule.size() == 5 && rule[2] == '-') {
            d = year(y) / month(static_cast<unsigned>(m)) /
                day(static_cast<unsigned>(std::stoi(std::string(rule.substr(3)))));
        } else {
            // "MM/W/N": N-th weekday W of the month (N = -1 for the last one)
            auto slash = rule.find('/', 3);
            unsigned wd = static_cast<unsigned>(std::stoi(std::string(rule.substr(3, slash - 3))));
            int nth = std::stoi(std::string(rule.substr(slash + 1)));
            weekday wday{wd == 7 ? 0u : wd};
            if (nth > 0)
                d = year_month_day(year(y) / month(static_cast<unsigned>(m)) /
                                   wday[static_cast<unsigned>(nth)]);
            else
                d = year_month_day(year(y) / month(static_cast<unsigned>(m)) / wday[last]);
        }
        if (d.ok()) return Day{ymd_string(d), e};
    }
    return std::nullopt;
}

// The day a time of day without its own day belongs to: the last day the text named, when
// it lies within the week before the reference date, else the reference date.
std::string Parser::narrative_day() const {
    if (anchor() && anchor_kind() == 'D' && ref()) {
        auto back = (sys_days(*ref()) - sys_days(*anchor())).count();
        if (back >= 0 && back <= 7) return ymd_string(*anchor());
    }
    return ref() ? ymd_string(*ref()) : "XXXX-XX-XX";
}

// "his Sunday Mass", "last Friday's sermon": one occasion of a recurring rite, a date.
bool Parser::one_occasion(std::size_t j) const {
    if (j == 0) return false;
    return cue(j - 1, TimexCue::occasion) || t_[j - 1].low == "'";
}

// The second day of "April 24 and 25": the month and year of the first.
std::optional<Day> Parser::coordinated_day(std::size_t j) const {
    auto dn = day_number(j);
    if (!dn || j < 3 || !cue(j - 1, TimexCue::conjunction) || !t_[j - 2].digits || t_[j - 2].digits > 2)
        return std::nullopt;
    if (std::size_t me = month_end(dn->end); me != dn->end) return std::nullopt;  // "24 and 25 April"
    std::size_t m = j - 3;
    if (is(m, ".") && m > 0) --m;
    if (month_end(m) != j - 2) return std::nullopt;
    auto first = cal_date(m);
    if (!first || first->end != j - 1 || first->value.size() != 10) return std::nullopt;
    std::string value = first->value.substr(0, 8) + fmt::format("{:02d}", dn->value);
    if (std::isdigit(static_cast<unsigned char>(value[0])) && !parse_time_value(value)) return std::nullopt;
    return Day{value, dn->end, first->relative};
}

// ---- expression classes --------------------------------------------------------------------

// Days, with an optional time or part of the day before or after them.
std::optional<Match> Parser::day_forms(std::size_t j) {
    std::size_t ce = 0;
    if (auto c = clock(j, ce)) {
        // "10 p.m. Wednesday", "noon Thursday", "3 p.m. on Friday"
        std::size_t q = cue(ce, TimexCue::clock_day_lead) || is(ce, ",") ? ce + 1 : ce;
        if (cue(q, TimexCue::clock_day_lead)) ++q;
        auto d = day_expr(q);
        std::size_t end = d ? d->end : ce;
        if (!d && is(ce, "(")) {  // "10:35 a.m. (0735 GMT) Friday", "4 in the morning (4 a.m. Thursday)"
            std::size_t c = ce + 1;
            while (c < n_ && c < ce + 8 && !is(c, ")")) ++c;
            if (is(c, ")")) {
                d = day_expr(cue(c + 1, TimexCue::clock_day_lead) ? c + 2 : c + 1);
                for (std::size_t k = ce + 1; !d && k < c; ++k)
                    if (w(k) && (w(k)->weekday || w(k)->day_word)) d = day_expr(k);
            }
        }
        // a clock time without a day: the day the narrative is at, when the text has named one
        // in the week before the reference date ("captured the airport on Thursday ... at noon")
        std::string base = d ? d->value : narrative_day();
        Match m;
        m.end = end;
        m.type = TimexType::time;
        m.kind = 'T';
        m.value = fmt::format("{}T{:02d}:{:02d}", base, c->first, c->second);
        return m;
    }
    if (j < n_ && w(j) && w(j)->day_word && !w(j)->day_pod.empty()) {  // "tonight"
        Match m;
        m.end = j + 1;
        m.type = TimexType::time;
        m.kind = 'T';
        m.relative = true;
        m.value =
            (ref() ? ymd_string(year_month_day(sys_days(*ref()) + days(w(j)->day_offset))) : "XXXX-XX-XX") +
            "T" + std::string(w(j)->day_pod);
        return m;
    }
    // "mid-afternoon", "midmorning yesterday"
    if (cue(j, TimexCue::mid | TimexCue::mid_morning | TimexCue::mid_afternoon)) {
        std::size_t q = j + 1;
        std::string_view pod = cue(j, TimexCue::mid_morning)     ? "MO"
                               : cue(j, TimexCue::mid_afternoon) ? "AF"
                                                                 : "";
        if (pod.empty()) {
            if (is(q, "-") && attached(q)) ++q;
            if (!cue(q, TimexCue::mid_pod))
                q = n_;
            else
                pod = w(q)->pod, ++q;
        }
        if (q < n_ || !pod.empty()) {
            auto d = day_expr(q);
            Match m;
            m.end = d ? d->end : q;
            m.type = TimexType::time;
            m.kind = 'T';
            m.relative = true;
            m.value = (d ? d->value : ref() ? ymd_string(*ref()) : "XXXX-XX-XX") + "T" + std::string(pod);
            return m;
        }
    }
    // "in the morning": that part of the day the narrative is at
    if (w(j) && !w(j)->pod.empty() && j > 1 && cue(j - 1, TimexCue::definite) &&
        cue(j - 2, TimexCue::pod_lead) && !cue(j + 1, TimexCue::genitive)) {
        Match m;
        m.end = j + 1;
        m.type = TimexType::time;
        m.kind = 'T';
        m.need_det = true;
        m.relative = true;
        m.value = narrative_day() + "T" + std::string(w(j)->pod);
        return m;
    }
    // "this morning", "last night"
    if (w(j) && w(j)->rel != -9 && w(j + 1) && !w(j + 1)->pod.empty() &&
        (w(j)->rel == 0 || cue(j, TimexCue::last_pod))) {
        int off = w(j)->rel == 0 ? 0 : -1;
        Match m;
        m.end = j + 2;
        m.type = TimexType::time;
        m.kind = 'T';
        m.relative = true;
        m.value = (ref() ? ymd_string(year_month_day(sys_days(*ref()) + days(off))) : "XXXX-XX-XX") + "T" +
                  std::string(w(j + 1)->pod);
        return m;
    }
    auto d = day_expr(j);
    if (!d) d = coordinated_day(j);
    if (!d) return std::nullopt;
    Match m;
    m.end = d->end;
    m.value = d->value;
    m.kind = 'D';
    m.relative = d->relative;
    // "Friday morning", "April 18 at 13:10", "Tuesday, 3 p.m."
    if (w(m.end) && !w(m.end)->pod.empty()) {
        m.value += "T" + std::string(w(m.end)->pod);
        m.type = TimexType::time;
        m.kind = 'T';
        ++m.end;
        return m;
    }
    std::size_t q = cue(m.end, TimexCue::day_clock_lead) || is(m.end, ",") ? m.end + 1 : m.end;
    if (auto c = clock(q, ce)) {
        m.value += fmt::format("T{:02d}:{:02d}", c->first, c->second);
        m.type = TimexType::time;
        m.kind = 'T';
        m.end = ce;
    }
    return m;
}

// "October", "October 2016", "October of 2016", "mid-October".
std::optional<Match> Parser::month_forms(std::size_t j) const {
    std::size_t e = month_end(j);
    if (e == j) return std::nullopt;
    const auto* wj = w(j);
    int m = wj->month;
    std::size_t q = is(e, ",") || cue(e, TimexCue::genitive) ? e + 1 : e;
    Match r;
    r.kind = 'M';
    if (auto y = year4(q)) {
        r.end = y->end;
        r.value = fmt::format("{:04d}-{:02d}", y->value, m);
        return r;
    }
    if (ref() && w(e) && w(e)->rel != -9 && cue(e + 1, TimexCue::year_noun)) {  // "June last year"
        r.end = e + 2;
        r.value = fmt::format("{:04d}-{:02d}", ry() + w(e)->rel, m);
        return r;
    }
    // a bare month must look like one: capitalised, and "May"/"March" need a cue before them
    if (!t_[j].cap) return std::nullopt;
    if (wj->month_abbr && !(is(j + 1, ".") && attached(j + 1))) return std::nullopt;
    if (wj->month_ambiguous) {
        bool cued = j > 0 && (cue(j - 1, TimexCue::month_lead) || is(j - 1, "-"));
        if (!cued) return std::nullopt;
    }
    r.end = e;
    r.relative = true;
    r.value = ref() ? fmt::format("{:04d}-{:02d}", month_year(m, 2, j), m) : fmt::format("XXXX-{:02d}", m);
    return r;
}

// "2016", "fiscal 1989", "the 1990s", "the '90s".
std::optional<Match> Parser::year_forms(std::size_t j) const {
    std::size_t s = cue(j, TimexCue::fiscal) ? j + 1 : j;
    if (is(s, "'") && s + 1 < n_ && t_[s + 1].digits == 2 && attached(s + 1)) {
        int yy = t_[s + 1].num;
        if (cue(s + 2, TimexCue::decade_plural) && attached(s + 2) && yy % 10 == 0) {
            int century = ref() && yy <= ry() % 100 ? ry() / 100 : 19;
            Match r;
            r.end = s + 3;
            r.kind = 'E';
            r.det = true;
            r.value = fmt::format("{:02d}{}", century, yy / 10);
            return r;
        }
        return std::nullopt;
    }
    if (auto sy = spoken_year(s);
        sy && (!cue(s, TimexCue::spoken_millennium) || (j > 0 && cue(j - 1, TimexCue::spoken_year_lead)))) {
        Match r;  // "in nineteen ninety-one"; "two thousand" only as "in/the year two thousand"
        r.end = sy->end;
        r.kind = 'Y';
        r.value = fmt::format("{:04d}", sy->value);
        return r;
    }
    if (w(s) && w(s)->decade >= 0 && s > 0 && cue(s - 1, TimexCue::definite)) {  // "the nineties"
        int century = ref() ? ry() / 100 : 19;
        if (ref() && w(s)->decade > ry() % 100 / 10) --century;
        Match r;
        r.end = s + 1;
        r.det = true;
        r.kind = 'E';
        r.value = fmt::format("{:02d}{}", century, w(s)->decade);
        return r;
    }
    if (s >= n_ || t_[s].digits != 4) return std::nullopt;
    int y = t_[s].num;
    if (cue(s + 1, TimexCue::decade_plural) && attached(s + 1) && y % 10 == 0 && y >= 1000 && y < 2200) {
        Match r;
        r.end = s + 2;
        r.det = true;
        r.kind = 'E';
        r.value = std::to_string(y / 10);
        return r;
    }
    auto yn = year4(s);
    if (!yn) return std::nullopt;
    if (y < 1900 && s == j) {
        bool cued = j > 0 && cue(j - 1, TimexCue::year_lead);
        if (!cued) return std::nullopt;
    }
    // not a count: "2000 soldiers" (a lower-case plural word right after it)
    if (y >= 1000 && yn->end < n_ && t_[yn->end].alpha && !t_[yn->end].cap && t_[yn->end].low.size() > 3 &&
        (t_[yn->end].cues & TimexCue::plural_suffix) && !w(yn->end))
        return std::nullopt;
    Match r;
    r.end = yn->end;
    r.kind = 'Y';
    r.value = fmt::format("{:04d}", y);
    return r;
}

// "last year", "next week", "this October", "last fall", "the past two years", "the coming months".
std::optional<Match> Parser::relative_forms(std::size_t j) const {
    const auto* wj = w(j);
    if (!wj || wj->rel == -9) return std::nullopt;
    int dir = wj->rel;
    std::size_t k = j + 1;
    if (dir == 0 && w(k) && w(k)->rel == -1) dir = -1, ++k;  // "this past spring"
    if (cue(k, TimexCue::fiscal)) ++k;
    Match r;
    r.relative = true;
    r.det = true;
    // a duration: "the past two years", "the next few days", "the last 24 hours"
    bool vague = false;
    if (auto q = quantity(k, vague); q && !cue(k, TimexCue::indefinite)) {
        std::size_t u = q->end;
        if (w(u) && w(u)->unit && (w(u)->unit_plural || q->value == 1)) {
            r.end = u + 1;
            r.type = TimexType::duration;
            r.kind = 'P';
            r.value = duration_for(w(u), vague ? 0 : q->value);
            return r;
        }
    }
    // "the following year", "the previous month", "the next day": from the last stated date
    if (anchor() && j > 0 && cue(j - 1, TimexCue::definite) && dir != 0 &&
        !cue(j, TimexCue::not_from_anchor) && w(k) && w(k)->unit && !w(k)->unit_plural) {
        if (auto m = from_anchor(w(k)->unit, dir)) {
            m->end = k + 1;
            m->det = true;
            return m;
        }
    }
    if (cue(j, TimexCue::current) && !(w(k) && (w(k)->unit || w(k)->season.size()))) return std::nullopt;
    const auto* wk = w(k);
    if (!wk) return std::nullopt;
    r.end = k + 1;
    if (wk->unit && wk->unit_plural && dir != 0) {  // "the coming months", "the past weeks"
        r.type = TimexType::duration;
        r.kind = 'P';
        r.value = duration_for(wk, 0);
        return r;
    }
    if (wk->unit && !wk->unit_plural) {
        if (!ref()) {
            r.value = wk->unit == 'Y'   ? "XXXX"
                      : wk->unit == 'M' ? "XXXX-XX"
                      : wk->unit == 'W' ? "XXXX-WXX"
                                        : "XXXX";
            r.kind = wk->unit;
            return r;
        }
        return relative_unit(r, wk->unit, dir, j);
    }
    if (cue(k, TimexCue::weekend)) {
        r.kind = 'W';
        if (!ref())
            r.value = "XXXX-WXX-WE";
        else
            r.value = week_string(sys_days(*ref()) + weeks(dir)) + "-WE";
        return r;
    }
    if (std::size_t me = month_end(k); me != k) {
        int m = wk->month;
        r.end = me;
        r.kind = 'M';
        r.value =
            ref() ? fmt::format("{:04d}-{:02d}", month_year(m, dir, j), m) : fmt::format("XXXX-{:02d}", m);
        return r;
    }
    if (!wk->season.empty()) {
        r.kind = 'S';
        r.value =
            ref() ? fmt::format("{:04d}-{}", ry() + dir, wk->season) : fmt::format("XXXX-{}", wk->season);
        return r;
    }
    return std::nullopt;
}

// "last year", "next month", "this week", "the past decade": the unit `dir` steps from the
// reference date; `r` holds what the phrase matched so far.
std::optional<Match> Parser::relative_unit(Match r, char unit, int dir, std::size_t j) const {
    switch (unit) {
        case 'Y':
            r.kind = 'Y';
            r.value = fmt::format("{:04d}", ry() + dir);
            return r;
        case 'M': {
            year_month ym = year_month(ref()->year(), ref()->month()) + months(dir);
            r.kind = 'M';
            r.value =
                fmt::format("{:04d}-{:02d}", static_cast<int>(ym.year()), static_cast<unsigned>(ym.month()));
            return r;
        }
        case 'W':
            r.kind = 'W';
            r.value = week_string(sys_days(*ref()) + weeks(dir));
            return r;
        case 'Q': {
            int q = rq() - 1 + dir, y = ry();
            while (q < 0) q += 4, --y;
            while (q > 3) q -= 4, ++y;
            r.kind = 'Q';
            r.value = fmt::format("{:04d}-Q{}", y, q + 1);
            return r;
        }
        case 'E':
            if (dir < 0 && cue(j, TimexCue::past_stretch)) {  // "the past decade": the ten years up to now
                r.type = TimexType::duration;
                r.kind = 'P';
                r.value = "P10Y";
                return r;
            }
            r.kind = 'E';
            r.value = std::to_string(ry() / 10 + dir);
            return r;
        case 'C':
            r.kind = 'C';
            r.value = fmt::format("{:02d}", ry() / 100 + dir);
            return r;
        case 'D':
            if (dir == 0) {
                r.kind = 'D';
                r.value = ymd_string(*ref());
                return r;
            }
            return std::nullopt;
        default:
            return std::nullopt;
    }
}

// The year, month or day `dir` units from the anchor, when the anchor is that precise.
std::optional<Match> Parser::from_anchor(char unit, int dir) const {
    if (!anchor()) return std::nullopt;
    Match r;
    r.kind = unit;
    if (unit == 'Y') {
        r.value = fmt::format("{:04d}", static_cast<int>(anchor()->year()) + dir);
    } else if (unit == 'M' && anchor_kind() != 'Y') {
        year_month ym = year_month(anchor()->year(), anchor()->month()) + months(dir);
        r.value =
            fmt::format("{:04d}-{:02d}", static_cast<int>(ym.year()), static_cast<unsigned>(ym.month()));
    } else if (unit == 'D' && anchor_kind() == 'D') {
        r.value = ymd_string(year_month_day(sys_days(*anchor()) + days(dir)));
    } else {
        return std::nullopt;
    }
    return r;
}

// The words before a quarter's or half's noun at token j: a year, "year-ago", "latest", an ordinal.
QuarterHead Parser::quarter_head(std::size_t j) const {
    QuarterHead h;
    std::size_t k = j;
    // "2016's third quarter", "this year's", "last year's"
    if (auto yn = year4(k); yn && is(yn->end, "'") && cue(yn->end + 1, TimexCue::possessive)) {
        h.year_given = yn->value;
        k = yn->end + 2;
    } else if (yn && k > 0 && cue(k - 1, TimexCue::definite)) {
        h.year_given = yn->value;
        k = yn->end;
    } else if (w(k) && w(k)->rel != -9 && w(k)->rel != 0 + 99 && cue(k + 1, TimexCue::year_noun) &&
               is(k + 2, "'") && cue(k + 3, TimexCue::possessive) && ref()) {
        h.year_given = ry() + w(k)->rel;
        k += 4;
    }
    if (cue(k, TimexCue::year_noun) && is(k + 1, "-") && cue(k + 2, TimexCue::year_ago)) {
        h.year_ago = true;
        k += 3;
    } else if (cue(k, TimexCue::latest)) {
        if (cue(k, TimexCue::most) && cue(k + 1, TimexCue::recent)) ++k;
        h.latest = true;
        ++k;
    }
    if (cue(k, TimexCue::fiscal)) ++k;
    if (auto o = ordinal(k); o && o->value >= 1 && o->value <= 4) {
        h.ord = o->value;
        k = o->end;
        if (is(k, "-") && attached(k)) ++k;
    }
    if (cue(k, TimexCue::fiscal)) ++k;
    if (cue(k, TimexCue::quarter_noun))
        h.what = 'Q';
    else if (cue(k, TimexCue::half) && h.ord >= 1 && h.ord <= 2)
        h.what = 'H';
    else if ((h.year_ago || h.latest) && cue(k, TimexCue::period_noun))
        h.what = 'Q';
    h.k = k;
    return h;
}

// A quarter phrase without its noun: "the first nine months", or "year-ago" as an adjective.
std::optional<Match> Parser::quarter_without_noun(const QuarterHead& h) const {
    std::size_t k = h.k;
    Match r;
    r.kind = 'Q';
    r.det = true;
    // "the first nine months (of 2016)"
    if (h.ord == 1 && !h.year_ago) {
        if (auto c = cardinal(k); c && w(c->end) && w(c->end)->unit && w(c->end)->unit_plural) {
            r.end = c->end + 1;
            r.type = TimexType::duration;
            r.kind = 'P';
            r.value = duration_string(w(c->end)->unit, std::to_string(c->value));
            return r;
        }
    }
    if (h.year_ago) {  // "year-ago", "year-earlier" as an adjective: the year before
        r.end = k;
        r.det = false;
        if (last_quarter()) {
            r.value = fmt::format("{:04d}-Q{}", last_quarter()->first - 1, last_quarter()->second);
        } else {
            r.kind = 'Y';
            r.value = ref() ? fmt::format("{:04d}", ry() - 1) : "XXXX";
        }
        return r;
    }
    return std::nullopt;
}

// "the second half (of 2016)", "the first half of the month": a half of a year or of the month.
Match Parser::half_forms(Match r, const QuarterHead& h) const {
    int ord = h.ord;
    if (cue(r.end, TimexCue::genitive) && cue(r.end + 1, TimexCue::definite) &&
        cue(r.end + 2, TimexCue::month_noun | TimexCue::year_noun)) {
        // "the first half of the month": the current month, its first or second part
        r.end += 3;
        if (cue(r.end - 1, TimexCue::month_noun)) {
            r.kind = 'M';
            r.value = ref() ? fmt::format("{:04d}-{:02d}", ry(), rm()) : "XXXX-XX";
            r.mod = ord == 1 ? "START" : "END";
            return r;
        }
        r.value = ref() ? fmt::format("{:04d}-H{}", ry(), ord) : fmt::format("XXXX-H{}", ord);
        return r;
    }
    int y = h.year_given ? h.year_given : ref() ? ry() : 0;
    r.value = y ? fmt::format("{:04d}-H{}", y, ord) : fmt::format("XXXX-H{}", ord);
    return r;
}

// "the quarter", "the year-ago quarter", "the quarter ended Sept. 30": a quarter without its number.
Match Parser::unnumbered_quarter(Match r, const QuarterHead& h) const {
    if (!h.year_given && !h.latest && !h.year_ago) r.need_det = true;
    if (h.year_ago) {
        if (last_quarter())
            r.value = fmt::format("{:04d}-Q{}", last_quarter()->first - 1, last_quarter()->second);
        else if (ref())
            r.value = fmt::format("{:04d}-Q{}", rq() == 1 ? ry() - 2 : ry() - 1, rq() == 1 ? 4 : rq() - 1);
        else
            r.value = "XXXX-QX";
        return r;
    }
    if (h.year_given) {
        if (last_quarter())
            r.value = fmt::format("{:04d}-Q{}", h.year_given, last_quarter()->second);
        else
            r.value = fmt::format("{:04d}-QX", h.year_given);
        r.topic = false;
        return r;
    }
    // "the quarter ended Sept. 30": the calendar quarter holding most of the three months
    if (auto end = quarter_end(r.end)) {
        year_month_day mid{sys_days(*end) - days(45)};
        r.value = fmt::format("{:04d}-Q{}", static_cast<int>(mid.year()),
                              (static_cast<unsigned>(mid.month()) - 1) / 3 + 1);
        r.ended = true;
        return r;
    }
    if (last_quarter())
        r.value = fmt::format("{:04d}-Q{}", last_quarter()->first, last_quarter()->second);
    else if (ref())
        r.value = fmt::format("{:04d}-Q{}", rq() == 1 ? ry() - 1 : ry(), rq() == 1 ? 4 : rq() - 1);
    else
        r.value = "XXXX-QX";
    return r;
}

// "the third quarter", "third-quarter", "the first quarter of 2016", "the second half",
// "the year-ago quarter", "the quarter", "the first nine months".
std::optional<Match> Parser::quarter_forms(std::size_t j) const {
    QuarterHead h = quarter_head(j);
    if (!h.what) return quarter_without_noun(h);
    Match r;
    r.kind = 'Q';
    r.det = true;
    r.end = h.k + 1;
    std::size_t q = r.end;
    if (cue(q, TimexCue::genitive) || is(q, ",")) ++q;
    if (cue(q, TimexCue::fiscal)) ++q;
    if (auto yn = year4(q)) {
        h.year_given = yn->value;
        r.end = yn->end;
    }
    if (h.what == 'H') return half_forms(std::move(r), h);
    r.topic = !h.year_ago;
    if (!h.ord) return unnumbered_quarter(std::move(r), h);
    if (h.year_ago) {
        int y = last_quarter() ? last_quarter()->first - 1 : ref() ? ry() - 1 : 0;
        r.value = y ? fmt::format("{:04d}-Q{}", y, h.ord) : fmt::format("XXXX-Q{}", h.ord);
        return r;
    }
    int y = h.year_given;
    if (!y && ref()) y = h.ord > rq() && !future(j) ? ry() - 1 : ry();
    r.value = y ? fmt::format("{:04d}-Q{}", y, h.ord) : fmt::format("XXXX-Q{}", h.ord);
    r.ended = quarter_end(r.end).has_value();  // a fiscal quarter: its own number, but reported on
    return r;
}

// The day a quarter "ended"/"ending" on, stated right after it.
std::optional<year_month_day> Parser::quarter_end(std::size_t e) const {
    if (cue(e, TimexCue::term_relative)) ++e;
    if (!cue(e, TimexCue::term_verb)) return std::nullopt;
    auto d = cal_date(e + 1);
    if (!d || d->value.size() != 10 || !std::isdigit(static_cast<unsigned char>(d->value[0])))
        return std::nullopt;
    auto v = parse_time_value(d->value);
    if (!v || !v->first) return std::nullopt;
    return year_month_day(*v->first);
}

// "summer 2014", "the summer of 2014", "the winter", "Spring".
std::optional<Match> Parser::season_forms(std::size_t j) const {
    if (!w(j) || w(j)->season.empty()) return std::nullopt;
    std::string_view code = w(j)->season;
    std::size_t q = cue(j + 1, TimexCue::genitive) ? j + 2 : j + 1;
    Match r;
    r.kind = 'S';
    r.det = true;
    if (auto yn = year4(q)) {
        r.end = yn->end;
        r.value = fmt::format("{:04d}-{}", yn->value, code);
        return r;
    }
    r.end = j + 1;
    r.relative = true;
    if (cue(j, TimexCue::season_verb)) r.need_det = true;     // also verbs / a source of water
    if (cue(j + 1, TimexCue::genitive)) return std::nullopt;  // "the fall of Mosul"
    r.value = ref() ? fmt::format("{:04d}-{}", ry(), code) : fmt::format("XXXX-{}", code);
    return r;
}

// "two years ago", "a year earlier", "three days later", "several years ago".
std::optional<Match> Parser::ago_forms(std::size_t j) const {
    bool vague = false;
    auto q = quantity(j, vague);
    if (!q) return std::nullopt;
    std::size_t u = q->end;
    // "two and a half years ago", "a year and a half ago": counted in months
    const auto and_a_half = [&](std::size_t k) {
        return !vague && cue(k, TimexCue::half_and) && cue(k + 1, TimexCue::half_article) &&
               cue(k + 2, TimexCue::half);
    };
    bool half = !t_[j].digits && and_a_half(u);
    if (half) u += 3;
    if (!w(u) || !w(u)->unit) return std::nullopt;
    std::size_t a = u + 1;
    if (!half && q->value == 1 && !w(u)->unit_plural && and_a_half(a)) half = true, a += 3;
    if (half && w(u)->unit != 'Y') return std::nullopt;
    if (cue(a, TimexCue::approx_or) && cue(a + 1, TimexCue::approx_so)) a += 2;  // "a week or so ago"
    int dir = 0;
    if (cue(a, TimexCue::ago))
        dir = -1;
    else if (cue(a, TimexCue::hence_from) && cue(a + 1, TimexCue::hence_now))
        dir = 1, ++a;
    if (!dir) return std::nullopt;
    // "five days earlier": from the day the narrative is at, when the text has stated one;
    // "ago" always counts from the reference date ("three days later" stays a duration)
    bool narrative = cue(a, TimexCue::narrative_ago) && anchor() && anchor_kind() == 'D' &&
                     (w(u)->unit == 'D' || w(u)->unit == 'W');
    Match r;
    r.end = a + 1;
    r.kind = 'A';
    if (vague) {
        r.value = dir < 0 ? "PAST_REF" : "FUTURE_REF";
        r.kind = 'R';
        return r;
    }
    int n = q->value * w(u)->unit_count * dir;
    char unit = w(u)->unit;
    if (half) n = (12 * n + 6 * dir), unit = 'M';
    if (narrative) {
        sys_days from{*anchor()};
        r.value = ymd_string(year_month_day(unit == 'D' ? from + days(n) : from + weeks(n)));
        r.kind = 'D';
        return r;
    }
    if (!ref()) {
        r.value = unit == 'Y' ? "XXXX" : unit == 'M' ? "XXXX-XX" : unit == 'W' ? "XXXX-WXX" : "XXXX-XX-XX";
        return r;
    }
    switch (unit) {
        case 'Y':
            if (n == -1 && last_quarter())
                r.value = fmt::format("{:04d}-Q{}", last_quarter()->first - 1, last_quarter()->second);
            else
                r.value = fmt::format("{:04d}", ry() + n);
            return r;
        case 'E':
            r.value = fmt::format("{:04d}", ry() + 10 * n);
            return r;
        case 'C':
            r.value = fmt::format("{:02d}", ry() / 100 + n);
            return r;
        case 'M': {
            year_month ym = year_month(ref()->year(), ref()->month()) + months(n);
            r.value =
                fmt::format("{:04d}-{:02d}", static_cast<int>(ym.year()), static_cast<unsigned>(ym.month()));
            return r;
        }
        case 'Q': {
            int idx = ry() * 4 + rq() - 1 + n;
            r.value = fmt::format("{:04d}-Q{}", idx / 4, idx % 4 + 1);
            return r;
        }
        case 'W':
            r.value = week_string(sys_days(*ref()) + weeks(n));
            return r;
        case 'D':
            r.value = ymd_string(year_month_day(sys_days(*ref()) + days(n)));
            return r;
        default:
            return std::nullopt;
    }
}

// "three days", "two-year", "18 months", "a week", "several years", "years" (after "for").
std::optional<Match> Parser::duration_forms(std::size_t j) const {
    Match r;
    r.type = TimexType::duration;
    r.kind = 'P';
    r.det = true;
    if (w(j) && w(j)->unit && w(j)->unit_plural && j > 0 && cue(j - 1, TimexCue::duration_lead)) {
        r.end = j + 1;
        r.value = duration_for(w(j), 0);
        return r;
    }
    if (cue(j, TimexCue::recent) && w(j + 1) && w(j + 1)->unit && w(j + 1)->unit_plural) {  // "recent years"
        r.end = j + 2;
        r.value = duration_for(w(j + 1), 0);
        return r;
    }
    // "will one day be", "hopes to one day", "One day, ...": an unspecified time, not a stretch
    if (cue(j, TimexCue::one) && cue(j + 1, TimexCue::day_noun) && !is(j + 2, "-") &&
        !cue(j + 2, TimexCue::relates_day)) {
        std::string_view p = j > 0 ? t_[j - 1].low : "";
        bool modal = j > 0 && cue(j - 1, TimexCue::modal);
        bool subject = (j > 0 && cue(j - 1, TimexCue::subject)) ||
                       ((j == 0 || t_[j - 1].sentence != t_[j].sentence || p == "\"") && is(j + 2, ","));
        if (modal || subject) {
            Match m;
            m.end = j + 2;
            m.kind = 'R';
            m.value = !modal && past(j) ? "PAST_REF" : "FUTURE_REF";
            return m;
        }
    }
    // "half a year", "half an hour"
    if (cue(j, TimexCue::half) && cue(j + 1, TimexCue::indefinite) && w(j + 2) && w(j + 2)->unit &&
        !w(j + 2)->unit_plural && !is(j + 3, "-")) {
        std::string v = half_duration(w(j + 2)->unit, 0);
        if (w(j + 2)->unit == 'W') v = "P3DT12H";
        if (w(j + 2)->unit == 'M') v = "P2W";
        if (!v.empty()) {
            r.end = j + 3;
            r.value = std::move(v);
            return r;
        }
    }
    bool vague = false;
    auto q = quantity(j, vague);
    if (!q) return std::nullopt;
    std::size_t u = q->end;
    // "2 1/2 years", "one and a half hours"
    bool half = false;
    if (!vague && t_[j].digits && u + 2 < n_ && t_[u].num == 1 && is(u + 1, "/") && attached(u + 1) &&
        attached(u + 2) && t_[u + 2].num == 2) {
        half = true;
        u += 3;
    } else if (!vague && !t_[j].digits && cue(u, TimexCue::half_and) && cue(u + 1, TimexCue::half_article) &&
               cue(u + 2, TimexCue::half)) {
        half = true;
        u += 3;
    }
    if (is(u, "-") && attached(u) && attached(u + 1)) ++u;
    // "two more weeks", "an additional year"
    if (!half && cue(u, TimexCue::more) && w(u + 1) && w(u + 1)->unit) ++u;
    if (!w(u) || !w(u)->unit) return std::nullopt;
    // "a year and a half", "an hour and a half"
    if (!half && !vague && q->value == 1 && !w(u)->unit_plural && cue(u + 1, TimexCue::half_and) &&
        cue(u + 2, TimexCue::half_article) && cue(u + 3, TimexCue::half)) {
        if (std::string v = half_duration(w(u)->unit, 1); !v.empty()) {
            r.end = u + 4;
            r.value = std::move(v);
            return r;
        }
    }
    if (half) {
        if (!w(u)->unit_plural || is(u + 1, "-") || cue(u + 1, TimexCue::age)) return std::nullopt;
        std::string v = half_duration(w(u)->unit, q->value);
        if (v.empty()) return std::nullopt;
        r.end = u + 1;
        r.value = std::move(v);
        return r;
    }
    // a rate: "24 hours a day", "seven days a week" (the count is no stretch of time)
    if (w(u)->unit_plural && cue(u + 1, TimexCue::rate_article) && w(u + 2) && w(u + 2)->unit &&
        !w(u + 2)->unit_plural)
        return std::nullopt;
    if (is(u + 1, "-") && attached(u + 1)) return std::nullopt;  // "a year-earlier loss", "two-year-old"
    if (cue(u + 1, TimexCue::age)) return std::nullopt;          // an age, not a stretch of time
    char unit = w(u)->unit;
    // fractions and ordinals: "a quarter of", "three-quarters", "a second group"
    if (unit == 'Q' && (cue(j, TimexCue::indefinite) || u != q->end)) return std::nullopt;
    if ((unit == 'S' || unit == 'Q') && cue(u, TimexCue::ordinal_unit) && cue(j, TimexCue::indefinite))
        return std::nullopt;
    if (cue(u, TimexCue::ordinal_unit) && !w(u)->unit_plural && !cue(j, TimexCue::indefinite | TimexCue::one))
        return std::nullopt;
    if (cue(u, TimexCue::ordinal_unit) && cue(j, TimexCue::indefinite)) return std::nullopt;
    // "$2 million a year", "700 seats a week": a rate
    // a rate, not a stretch of time: "$2 million a year", "four flights a week", "24 hours a day"
    bool rate = cue(j, TimexCue::indefinite) && j > 0 &&
                (t_[j - 1].digits || cue(j - 1, TimexCue::rate_unit) || is(j - 1, "%") ||
                 (w(j - 1) && w(j - 1)->unit && w(j - 1)->unit_plural) ||
                 (j > 1 && t_[j - 1].alpha && t_[j - 1].low.size() > 3 &&
                  (t_[j - 1].cues & TimexCue::plural_suffix) && !w(j - 1) &&
                  (t_[j - 2].digits || (w(j - 2) && w(j - 2)->cardinal > 1))));
    if (rate) return std::nullopt;
    // "a year" after "once"/"twice"/"N times" is a frequency
    bool a = cue(j, TimexCue::indefinite) && q->end == j + 1;
    if (a && w(u)->unit_plural) return std::nullopt;
    if (!a && !vague && q->value == 1 && w(u)->unit_plural) return std::nullopt;
    r.end = u + 1;
    if (a && j > 0 && cue(j - 1, TimexCue::frequency)) {
        r.type = TimexType::set;
        r.kind = 'X';
        r.value = duration_string(w(u)->unit, "1");
        return r;
    }
    r.value = duration_for(w(u), vague ? 0 : q->value);
    return r;
}

// "daily", "every week", "each month", "every Monday", "every two years".
std::optional<Match> Parser::set_forms(std::size_t j) const {
    Match r;
    r.type = TimexType::set;
    r.kind = 'X';
    if (w(j) && !w(j)->set_value.empty()) {
        if (j + 1 < n_ && t_[j + 1].cap && t_[j + 1].space && t_[j + 1].sentence == t_[j].sentence)
            return std::nullopt;  // a newspaper: "the party daily Granma"
        r.end = j + 1;
        r.value = std::string(w(j)->set_value);
        return r;
    }
    // "Friday prayers", "the Sunday service": every such day
    if (w(j) && w(j)->weekday && !w(j)->weekday_abbr && w(j + 1) && w(j + 1)->recurring_noun &&
        !one_occasion(j)) {
        r.end = j + 1;
        r.value = fmt::format("XXXX-WXX-{}", w(j)->weekday);
        return r;
    }
    // "Tuesday nights", "Sunday mornings": that part of every such day
    if (w(j) && w(j)->weekday && !w(j)->weekday_abbr && j + 1 < n_ && t_[j + 1].low.size() > 4 &&
        (t_[j + 1].cues & TimexCue::plural_suffix)) {
        const auto* pw = lex_.word(lex_.plural_stem(t_[j + 1].low));
        if (pw && !pw->pod.empty()) {
            r.end = j + 2;
            r.value = fmt::format("XXXX-WXX-{}T{}", w(j)->weekday, pw->pod);
            return r;
        }
    }
    if (!cue(j, TimexCue::every)) return std::nullopt;
    std::size_t k = j + 1;
    int n = 1;
    if (cue(k, TimexCue::every_other))
        n = 2, ++k;
    else if (auto c = cardinal(k); c && !cue(j, TimexCue::per))
        n = c->value, k = c->end;
    const auto* wk = w(k);
    if (!wk) return std::nullopt;
    r.end = k + 1;
    if (wk->unit) {
        if (cue(j, TimexCue::per) && (wk->unit == 'S' || wk->unit == 'N'))
            return std::nullopt;  // speeds and rates
        if (cue(j, TimexCue::per)) return std::nullopt;
        r.value = duration_string(wk->unit, std::to_string(n * wk->unit_count));
        return r;
    }
    if (wk->weekday && !wk->weekday_abbr) {
        r.value = fmt::format("XXXX-WXX-{}", wk->weekday);
        if (w(k + 1) && !w(k + 1)->pod.empty()) r.value += "T" + std::string(w(k + 1)->pod), ++r.end;
        return r;
    }
    if (wk->month) {
        r.value = fmt::format("XXXX-{:02d}", wk->month);
        return r;
    }
    if (!wk->season.empty()) {
        r.value = fmt::format("XXXX-{}", wk->season);
        return r;
    }
    if (!wk->pod.empty()) {
        r.value = fmt::format("XXXX-XX-XXT{}", wk->pod);
        return r;
    }
    return std::nullopt;
}

// "now", "currently", "recently", "the past", "the future", "at present".
std::optional<Match> Parser::reference_forms(std::size_t j) const {
    const TimexPhrase* p = nullptr;
    std::size_t e = phrase(TimexLexicon::references, j, p);
    if (e == j) return std::nullopt;
    bool vague = false;
    if (p->words.size() == 2 && cue(j + 1, TimexCue::past_stretch) && quantity(e, vague))
        return std::nullopt;  // "the past three summers"
    Match r;
    r.end = e;
    r.kind = 'R';
    r.value = std::string(p->value);
    // "recent years", "recent weeks": an unspecified stretch up to now
    if (p->words.size() == 1 && cue(j, TimexCue::recent) && w(e) && w(e)->unit && w(e)->unit_plural) {
        r.end = e + 1;
        r.type = TimexType::duration;
        r.kind = 'P';
        r.value = duration_string(w(e)->unit, "X");
    }
    return r;
}

// "the year" (with "the"): a stretch of a year when a term follows ("the year ended
// June 30"), else the current year ("for the year", "the full year").
std::optional<Match> Parser::year_noun_forms(std::size_t j) const {
    std::size_t k = j;
    if (cue(k, TimexCue::year_adjective)) ++k;
    if (cue(k, TimexCue::fiscal)) ++k;
    bool before_event = cue(k + 1, TimexCue::event_relation) && k + 2 < n_ &&
                        (t_[k + 2].word || t_[k + 2].digits) && t_[k + 2].sentence == t_[k].sentence &&
                        !cue(k + 2, TimexCue::anaphor);  // "the year before the war": no calendar year
    if (!cue(k, TimexCue::year_noun) || is(k + 1, "-") || is(k + 1, "'") || before_event) return std::nullopt;
    Match r;
    r.end = k + 1;
    r.need_det = true;
    r.kind = 'Y';
    if (auto yn = year4(k + 1); yn && k == j) {  // "the year 2000", "the year two thousand"
        r.end = yn->end;
        r.value = fmt::format("{:04d}", yn->value);
    } else if (k == j && cue(k + 1, TimexCue::event_relation)) {
        // "the year before": the one before the last stated year, else before the reference
        int dir = cue(k + 1, TimexCue::event_before) ? -1 : 1;
        int base = anchor() ? static_cast<int>(anchor()->year()) : ref() ? ry() : 0;
        r.end = k + 2;
        r.relative = true;
        r.value = base ? fmt::format("{:04d}", base + dir) : "XXXX";
    } else if (cue(k + 1, TimexCue::year_term)) {
        r.type = TimexType::duration;
        r.kind = 'P';
        r.value = "P1Y";
    } else {
        r.value = ref() ? fmt::format("{:04d}", ry()) : "XXXX";
    }
    return r;
}

// "that year", "the same month": the last stated one.
std::optional<Match> Parser::same_unit_forms(std::size_t j) const {
    if (!anchor() ||
        !(cue(j, TimexCue::anaphor) || (cue(j, TimexCue::same) && j > 0 && cue(j - 1, TimexCue::definite))) ||
        !w(j + 1) || !w(j + 1)->unit || w(j + 1)->unit_plural)
        return std::nullopt;
    auto m = from_anchor(w(j + 1)->unit, 0);
    if (!m) return std::nullopt;
    m->end = j + 2;
    m->det = cue(j, TimexCue::same);
    m->need_det = cue(j, TimexCue::same);
    return m;
}

// "the weekend": the last one, or the coming one in a future clause.
std::optional<Match> Parser::weekend_forms(std::size_t j) const {
    if (!cue(j, TimexCue::weekend)) return std::nullopt;
    Match r;
    r.end = j + 1;
    r.kind = 'W';
    r.need_det = true;
    if (!ref()) {
        r.value = "XXXX-WXX-WE";
    } else {
        sys_days d{*ref()};
        unsigned wd = weekday(d).iso_encoding();
        if (wd < 6 && !future(j)) d -= weeks(1);
        r.value = week_string(d) + "-WE";
    }
    return r;
}

// "year-end", "year end", "year's end": the end of this year ("since year-end": of the last).
std::optional<Match> Parser::year_end_forms(std::size_t j) const {
    if (!cue(j, TimexCue::year_noun) || !ref()) return std::nullopt;
    std::size_t e = is(j + 1, "-") && attached(j + 1) && cue(j + 2, TimexCue::end)                    ? j + 3
                    : cue(j + 1, TimexCue::end)                                                       ? j + 2
                    : is(j + 1, "'") && cue(j + 2, TimexCue::possessive) && cue(j + 3, TimexCue::end) ? j + 4
                                                                                                      : 0;
    if (!e) return std::nullopt;
    Match r;
    r.end = e;
    r.kind = 'Y';
    r.relative = true;
    r.mod = "END";
    r.value = fmt::format("{:04d}", j > 0 && cue(j - 1, TimexCue::since) ? ry() - 1 : ry());
    return r;
}

// "the week of March 6": the week that holds the day.
std::optional<Match> Parser::week_of_forms(std::size_t j) const {
    if (!cue(j, TimexCue::week_noun) || !cue(j + 1, TimexCue::genitive)) return std::nullopt;
    auto d = cal_date(j + 2);
    if (!d || !std::isdigit(static_cast<unsigned char>(d->value[0]))) return std::nullopt;
    auto v = parse_time_value(d->value);
    if (!v || !v->first || d->value.size() != 10) return std::nullopt;
    Match r;
    r.end = d->end;
    r.kind = 'W';
    r.need_det = true;
    r.relative = d->relative;
    r.value = week_string(*v->first);
    return r;
}

// "last Oct. 23", "next March 6": the most recent or the coming such day.
std::optional<Match> Parser::last_day_forms(std::size_t j) const {
    if (!w(j) || !cue(j, TimexCue::day_relative) || !ref()) return std::nullopt;
    auto d = cal_date(j + 1);
    auto v = d && d->relative && d->value.size() == 10 ? parse_time_value(d->value) : std::nullopt;
    if (!v || !v->first) return std::nullopt;
    year_month_day day{*v->first};
    int dir = w(j)->rel;
    year_month_day cand{ref()->year(), day.month(), day.day()};
    if (dir < 0 && sys_days(cand) >= sys_days(*ref())) cand -= years(1);
    if (dir > 0 && sys_days(cand) <= sys_days(*ref())) cand += years(1);
    if (!cand.ok()) return std::nullopt;
    Match r;
    r.end = d->end;
    r.kind = 'D';
    r.relative = true;
    r.value = ymd_string(cand);
    return r;
}

// "centuries": "the 20th century", "the nineteenth century".
std::optional<Match> Parser::century_forms(std::size_t j) const {
    auto o = ordinal(j);
    if (!o || !cue(o->end, TimexCue::century_noun)) return std::nullopt;
    Match r;
    r.end = o->end + 1;
    r.kind = 'C';
    r.det = true;
    r.value = fmt::format("{:02d}", o->value - 1);
    return r;
}

// The longest expression any form reads at token j; the earlier form wins a tie.
std::optional<Match> Parser::core(std::size_t j) {
    if (j >= n_) return std::nullopt;
    const auto& k = t_[j];
    if (!k.word && !k.digits) return std::nullopt;
    std::optional<Match> best;
    auto take = [&](std::optional<Match> m) {
        if (m && (!best || m->end > best->end)) best = std::move(m);
    };
    take(reference_forms(j));
    take(day_forms(j));
    take(month_forms(j));
    take(year_forms(j));
    take(relative_forms(j));
    take(quarter_forms(j));
    take(season_forms(j));
    take(duration_forms(j));
    take(ago_forms(j));
    take(set_forms(j));
    take(year_noun_forms(j));
    take(same_unit_forms(j));
    take(weekend_forms(j));
    take(year_end_forms(j));
    take(week_of_forms(j));
    take(last_day_forms(j));
    take(century_forms(j));
    return best;
}

bool point_kind(char k) {
    return k != 'P' && k != 'A' && k != 'R' && k != 'X';
}

std::optional<Match> Parser::at(std::size_t i) {
    consulted_ = 0;
    if (i >= n_ || (!t_[i].word && !t_[i].digits)) return std::nullopt;
    std::optional<Match> best;
    auto take = [&](std::optional<Match> m) {
        if (m && (!best || m->end > best->end)) best = std::move(m);
    };
    auto plain = core(i);
    if (plain && !plain->need_det) take(plain);
    // a leading "the"
    std::size_t s = i;
    bool the = false;
    if (cue(i, TimexCue::definite)) {
        auto m = core(i + 1);
        if (m && (m->det || m->need_det)) take(m);
        s = i + 1;
        the = true;
    }
    // modifiers: "early 2014", "late in 2013", "mid-1990s", "the end of 1990", "about two years ago"
    const TimexPhrase* p = nullptr;
    std::size_t e = phrase(TimexLexicon::modifiers, s, p);
    if (e == s && the) e = phrase(TimexLexicon::modifiers, i, p), s = i;
    if (e != s) {
        std::size_t k = e;
        if (is(k, "-") && attached(k))
            ++k;
        else if (p->kind == "point" && cue(k, TimexCue::modifier_in))
            ++k;
        auto m = core(k);
        bool det = false;
        if (cue(k, TimexCue::definite)) {
            auto m2 = core(k + 1);
            if (m2 && (m2->det || m2->need_det) && (!m || m2->end > m->end)) m = m2, det = true;
        }
        if (m && (!m->need_det || det)) {
            bool ok = p->kind == "point" ? point_kind(m->kind)
                                         : (m->kind == 'P' || m->kind == 'A' || m->kind == 'R');
            if (ok) {
                m->mod = std::string(p->value);
                take(m);
            }
        }
    }
    // "earlier this year", "later today", "late last week"
    if (cue(s, TimexCue::shift)) {
        auto m = core(s + 1);
        if (m && m->relative && point_kind(m->kind)) take(m);
    }
    return best;
}

// A word's tense cue: +1 future ("will", "next"), -1 past ("fell", "launched", "has been"), else 0.
// A past participle after a present or future form of "be" ("will be held", "is taken") is none.
int tense_cue(const std::vector<TimexToken>& toks, std::size_t i, std::string_view text) {
    const TimexToken& t = toks[i];
    const TimexWord* w = t.word;
    auto prev = [&](std::size_t back) -> std::string_view { return i >= back ? toks[i - back].low : ""; };
    // whether the token `back` before this one has a kind of cues.tsv
    auto prev_cue = [&](std::size_t back, TimexCues c) { return i >= back && (toks[i - back].cues & c); };
    if (w && w->future_cue && !w->future_next.empty()) {  // "set to", "planned for"
        if (i + 1 < toks.size() &&
            std::find(w->future_next.begin(), w->future_next.end(), toks[i + 1].low) != w->future_next.end())
            return 1;
    } else if (w && w->future_cue) {
        if (t.cues & TimexCue::contraction) return prev(1) == "'" ? 1 : 0;
        if (t.cues & TimexCue::next)
            return i + 1 < toks.size() && (toks[i + 1].cues & TimexCue::next_to) ? 0 : 1;  // "next to"
        if (!(t.cues & TimexCue::contracted_negation)) return 1;
        if (t.end < text.size() && text[t.end] == '\'') return 1;  // "won't"
    }
    if (t.cues & TimexCue::present) return 2;  // present: no direction
    bool past = false;
    if (t.cues & TimexCue::been) {
        past = prev_cue(1, TimexCue::perfect);
    } else if (w && w->past_cue) {
        past = true;
    } else if (!t.cap && t.low.size() >= 5 && (t.cues & TimexCue::past_suffix) &&
               !(t.cues & TimexCue::not_past_suffix)) {
        // a regular past form, unless an adjective after an article or a hyphen ("so-called");
        // a word mostly used as an adjective ("injured") is a verb after a relative pronoun
        if (w && w->not_past)
            past = prev_cue(1, TimexCue::relative_pronoun);
        else
            past = !(prev_cue(1, TimexCue::article) || (prev(1) == "-" && !t.space));
    }
    if (!past) return 0;
    std::size_t k = i;
    if (k > 0 && ((toks[k - 1].cues & TimexCue::negation) ||
                  (toks[k - 1].low.size() > 3 && (toks[k - 1].cues & TimexCue::adverb_suffix))))
        --k;  // "will be quickly retaken", "is not expected"
    if (k > 0) {
        if ((toks[k - 1].cues & TimexCue::be) && k > 1) {  // "to be published", "will be held": ahead
            if (toks[k - 2].cues & TimexCue::be_future) return 1;
        }
        if (toks[k - 1].cues & TimexCue::passive) return 0;
    }
    return -1;
}

}  // namespace

namespace {

// The pieces of the text stage's tokens the grammar reads, with their words and tense.
struct Pieces {
    std::string_view text;
    std::string low;  // the lower-cased text the tokens' `low` views point into
    std::vector<TimexToken> toks;
    std::vector<signed char> tense;
};

// Looks every word up and marks the tense each token is read in: the nearest tense mark
// before it, else after it, in its sentence.
void prepare(const TimexLexicon& lex, Pieces& f) {
    auto& toks = f.toks;
    const std::size_t n = toks.size();
    for (auto& t : toks) {
        if (t.alpha) {
            t.word = lex.word(t.low);
            t.cues = lex.cues(t.low) | lex.suffix_cues(t.low);
        } else if (t.low == "'") {
            t.word = lex.word(t.low);
        }
    }
    // a tense cue may read the words around it ("next to")
    std::vector<signed char> mark(n, 0);
    for (std::size_t i = 0; i < n; ++i)
        if (toks[i].alpha) mark[i] = static_cast<signed char>(tense_cue(toks, i, f.text));
    f.tense.assign(n, 0);
    std::vector<int> left(n, 0);
    int cur = 0, cur_sent = -1;
    for (std::size_t i = 0; i < n; ++i) {
        if (toks[i].sentence != cur_sent) cur = 0, cur_sent = toks[i].sentence;
        if (mark[i]) cur = static_cast<int>(i) + 1;
        left[i] = cur;
    }
    int right = 0;
    cur_sent = -1;
    for (std::size_t r = n; r-- > 0;) {
        if (toks[r].sentence != cur_sent) right = 0, cur_sent = toks[r].sentence;
        if (mark[r]) right = static_cast<int>(r) + 1;
        int pick = left[r] ? left[r] : right;  // the governing verb usually comes first
        f.tense[r] = pick && mark[pick - 1] != 2 ? mark[pick - 1] : 0;
    }
}

// The expression m read at token i, added to `out`; later expressions count from its date
// (the anchor) and from a quarter it reports on.
void emit(Parser& parser, const Match& m, std::size_t i, const std::vector<TimexToken>& toks,
          std::optional<year_month_day> reference, std::vector<Timex>& out) {
    Timex t;
    t.span = Span{toks[i].begin, toks[m.end - 1].end};
    t.type = m.type;
    if (auto v = parse_time_value(m.value))
        t.value = std::move(*v);
    else
        t.value.value = m.value;
    t.value.mod = m.mod;
    const std::string& v = m.value;
    if ((m.kind == 'Y' || m.kind == 'M' || m.kind == 'D') && v.size() >= 4 &&
        std::isdigit(static_cast<unsigned char>(v[0])) && v[3] != 'X' && t.value.first)
        parser.set_anchor(year_month_day(*t.value.first), v.size() == 4 ? 'Y' : v.size() == 7 ? 'M' : 'D');
    // a quarter that has ended by the reference date becomes the one the text reports on
    if (m.topic && t.value.granularity == Granularity::quarter && v.size() == 7) {
        int qy = static_cast<int>(year_month_day(*t.value.first).year()), qn = v[6] - '0';
        bool ended = m.ended || !reference || *t.value.last <= sys_days(*reference);
        if (ended) parser.set_last_quarter(std::make_pair(qy, qn));
    }
    out.push_back(std::move(t));
}

}  // namespace

// What finding leaves for resolving: the pieces of the text stage's tokens, their tense, and
// for each token whether the expression read there (or its absence) holds for any reference.
struct FoundDates::Impl {
    Pieces pieces;
    // per token: 0 not read; else `read` with what the reading consulted (Parser::consulted)
    // and, above, k + 1 for the expression found[k] read there (0: none)
    static constexpr std::uint32_t read = 4, shift = 3;
    std::vector<std::uint32_t> probe;
    std::vector<Match> found;
    std::vector<Timex> unresolved;
};

FoundDates::FoundDates() = default;
FoundDates::~FoundDates() = default;
FoundDates::FoundDates(FoundDates&&) noexcept = default;
FoundDates& FoundDates::operator=(FoundDates&&) noexcept = default;

const std::vector<Timex>& FoundDates::unresolved() const noexcept {
    static const std::vector<Timex> none;
    return impl_ ? impl_->unresolved : none;
}

TimexTagger::TimexTagger() : TimexTagger(DataSource::installed()) {}
TimexTagger::TimexTagger(const DataSource& data) : impl_(std::make_unique<Impl>(data)) {}
TimexTagger::~TimexTagger() = default;
TimexTagger::TimexTagger(TimexTagger&&) noexcept = default;
TimexTagger& TimexTagger::operator=(TimexTagger&&) noexcept = default;

FoundDates TimexTagger::find(std::string_view doc_text, const Text& text, const Text& chrome) const {
    FoundDates found;
    found.impl_ = std::make_unique<FoundDates::Impl>();
    FoundDates::Impl& f = *found.impl_;
    Pieces& t = f.pieces;
    t.text = doc_text;
    detail::timex_tokens(doc_text, text, chrome, t.low, t.toks);
    prepare(impl_->lex, t);
    const std::size_t n = t.toks.size();
    f.probe.assign(n, 0);
    Parser parser(impl_->lex, t.toks, std::nullopt, t.tense);
    for (std::size_t i = 0; i < n;) {
        // each block is read on its own, as a page's date line is: a date counted from one
        // in an earlier block depends on context, and is read again when resolving
        if (i > 0 && t.toks[i].block != t.toks[i - 1].block) parser.forget_context();
        auto m = parser.at(i);
        f.probe[i] = FoundDates::Impl::read | parser.consulted();
        if (m) {
            f.found.push_back(*m);
            f.probe[i] |= static_cast<std::uint32_t>(f.found.size()) << FoundDates::Impl::shift;
        }
        if (!m) {
            ++i;
            continue;
        }
        emit(parser, *m, i, t.toks, std::nullopt, f.unresolved);
        i = m->end;
    }
    return found;
}

std::vector<Timex> TimexTagger::resolve(const FoundDates& found,
                                        std::optional<year_month_day> reference) const {
    if (!found.impl_) return {};
    const FoundDates::Impl& f = *found.impl_;
    const Pieces& t = f.pieces;
    std::vector<Timex> out;
    out.reserve(f.unresolved.size());
    Parser parser(impl_->lex, t.toks, reference, t.tense);
    // what read neither the context nor (with a reference) the reference date reads as found;
    // the rest is read again
    const std::uint32_t again = Parser::reads_context | (reference ? Parser::reads_reference : 0);
    for (std::size_t i = 0; i < t.toks.size();) {
        const std::uint32_t p = f.probe[i];
        std::optional<Match> m;
        if (!(p & FoundDates::Impl::read) || (p & again))
            m = parser.at(i);
        else if (p >> FoundDates::Impl::shift)
            m = f.found[(p >> FoundDates::Impl::shift) - 1];
        if (!m) {
            ++i;
            continue;
        }
        emit(parser, *m, i, t.toks, reference, out);
        i = m->end;
    }
    return out;
}

std::vector<Timex> TimexTagger::tag(std::string_view doc_text, const Text& text,
                                    std::optional<year_month_day> reference) const {
    Pieces f;
    f.text = doc_text;
    detail::timex_tokens(doc_text, text, Text(), f.low, f.toks);
    prepare(impl_->lex, f);
    Parser parser(impl_->lex, f.toks, reference, f.tense);
    std::vector<Timex> out;
    for (std::size_t i = 0; i < f.toks.size();) {
        auto m = parser.at(i);
        if (!m) {
            ++i;
            continue;
        }
        emit(parser, *m, i, f.toks, reference, out);
        i = m->end;
    }
    return out;
}

std::vector<Timex> TimexTagger::tag(std::string_view text, std::optional<year_month_day> reference) const {
    return tag(text, segment_plain(text), reference);
}

std::optional<int> TimexTagger::weekday(std::string_view word) const {
    std::string low(word);
    for (char& c : low)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    const TimexWord* w = impl_->lex.word(low);
    if (!w || !w->weekday || w->weekday_abbr) return std::nullopt;
    return w->weekday;
}

void tag_jsonl(std::istream& in, std::ostream& out, const TimexTagger& tagger, std::string_view source_name) {
    std::string line;
    std::size_t line_no = 0;
    while (std::getline(in, line)) {
        ++line_no;
        if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
        auto fail = [&](const std::string& what) {
            return Error(fmt::format("{}:{}: {}", source_name, line_no, what));
        };
        nlohmann::json j;
        try {
            j = nlohmann::json::parse(line);
        } catch (const nlohmann::json::exception& e) {
            throw fail(std::string("malformed JSON: ") + e.what());
        }
        if (!j.is_object() || !j.contains("text") || !j["text"].is_string())
            throw fail("expected an object with a \"text\" string");
        const std::string& text = j["text"].get_ref<const std::string&>();
        std::optional<year_month_day> dct;
        if (j.contains("dct") && !j["dct"].is_null()) {
            if (!j["dct"].is_string()) throw fail("\"dct\" is not a string: " + j["dct"].dump());
            const std::string& s = j["dct"].get_ref<const std::string&>();
            // YYYY-MM-DD, alone or before a time ("2016-03-09T10:00:00")
            const bool shape = s.size() == 10 || (s.size() > 10 && s[10] == 'T');
            auto v = shape ? parse_time_value(std::string_view(s).substr(0, 10)) : std::nullopt;
            if (!v || v->granularity != Granularity::day || !v->first)
                throw fail("\"dct\" is not a YYYY-MM-DD date: " + s);
            dct = year_month_day(*v->first);
        }
        auto timexes = tagger.tag(text, dct);
        nlohmann::json arr = nlohmann::json::array();
        const CodepointIndex cp(text);  // byte offsets -> code points
        for (const auto& t : timexes) {
            nlohmann::json o;
            o["start"] = cp(t.span.begin);
            o["end"] = cp(t.span.end);
            o["text"] = std::string(t.span.of(text));
            o["type"] = std::string(to_string(t.type));
            o["value"] = t.value.value;
            if (!t.value.mod.empty()) o["mod"] = t.value.mod;
            arr.push_back(std::move(o));
        }
        nlohmann::json res;
        res["doc"] = j.contains("doc") ? j["doc"] : nlohmann::json();
        res["timexes"] = std::move(arr);
        out << res.dump() << '\n';
    }
    if (in.bad()) throw Error(fmt::format("{}: read error", source_name));
}

}  // namespace mosulkg
