#include "mosulkg/publication.hpp"

#include <algorithm>
#include <cctype>
#include <map>

namespace mosulkg {
namespace {

using namespace date;

struct Line {
    Span span;
    BlockKind kind = BlockKind::body;
};

// The document's blocks, or its lines when it has not been split into blocks.
std::vector<Line> lines_of(const Document& doc) {
    std::vector<Line> out;
    if (!doc.blocks.empty()) {
        for (const auto& b : doc.blocks) out.push_back({b.span, b.kind});
        return out;
    }
    std::size_t pos = 0;
    const std::string& t = doc.text;
    while (pos < t.size()) {
        std::size_t nl = t.find('\n', pos);
        if (nl == std::string::npos) nl = t.size();
        std::size_t b = pos, e = nl;
        while (b < e && std::isspace(static_cast<unsigned char>(t[b]))) ++b;
        while (e > b && std::isspace(static_cast<unsigned char>(t[e - 1]))) --e;
        if (e > b) out.push_back({Span{b, e}, BlockKind::body});
        pos = nl + 1;
    }
    // without blocks, the first line is the title
    if (!out.empty()) out.front().kind = BlockKind::title;
    return out;
}

// The day a value names, with or without a clock time.
std::optional<year_month_day> full_date(const TimeValue& v) {
    if (!v.first || (v.granularity != Granularity::day && v.granularity != Granularity::time))
        return std::nullopt;
    return year_month_day(*v.first);
}

// The day-first reading of an all-numeric date whose first two numbers could both be the
// month ("07/11/2016" as 7 November), when it differs from the month-first one.
std::optional<year_month_day> day_first(std::string_view s) {
    int n[3] = {0, 0, 0}, digits[3] = {0, 0, 0}, k = 0;
    s = s.substr(0, s.find(' '));  // "07/11/2016 14:32"
    for (char c : s) {
        if (c >= '0' && c <= '9') {
            if (digits[k] == 4) return std::nullopt;
            n[k] = n[k] * 10 + (c - '0');
            ++digits[k];
        } else if (c == '/' && k < 2 && digits[k]) {
            ++k;
        } else {
            return std::nullopt;
        }
    }
    if (k != 2 || digits[2] != 4 || n[0] > 12 || n[1] > 12 || n[0] == n[1]) return std::nullopt;
    year_month_day d{year(n[2]), month(static_cast<unsigned>(n[1])), day(static_cast<unsigned>(n[0]))};
    if (!d.ok()) return std::nullopt;
    return d;
}

// A wire dateline before the date: "QAYARA, Iraq, Aug 26 (AFP) -", "BAGHDAD, March 3 -",
// "ERBIL, Kurdistan Region (Kurdistan24) - Nov. 1, 2016 -": only capitalised place words,
// commas, dashes and an agency in parentheses before it, and an agency or a dash soon after it.
bool wire_dateline(std::string_view line, Span date) {
    if (date.begin > 48 || date.begin == 0) return false;
    std::string_view before = line.substr(0, date.begin);
    bool word_start = true, agency = false;
    for (char ch : before) {
        unsigned char c = static_cast<unsigned char>(ch);
        if (agency || c == '(' || c == ')') {  // "(Kurdistan24)", "(AP)": any word
            if (c == '(' && agency) return false;
            agency = c == '(' || (agency && c != ')');
            word_start = false;
        } else if (std::isalpha(c)) {
            if (word_start && !std::isupper(c)) return false;
            word_start = false;
        } else if (c == ' ' || c == ',' || c == '.' || c == '/' || c == '-' || c == '\'') {
            word_start = c == ' ' || c == '/';
        } else {
            return false;
        }
    }
    std::string_view after = line.substr(date.end, 16);
    return after.find('(') != std::string_view::npos || after.find(" -") != std::string_view::npos ||
           after.find("\xE2\x80\x94") != std::string_view::npos || after.find(':') != std::string_view::npos;
}

constexpr std::size_t header_lines = 6;  // lines after the title that may still hold its date
constexpr int above_title_penalty = 4;   // a date line above the title: after every stated one
constexpr int suspicious_days = 365;     // a stated date this far after every body date is doubtful

// A date the header states as the document's own, scored by where and how it is written.
struct Candidate {
    std::optional<year_month_day> date;
    std::optional<month_day> partial;
    Span span;
    int score = 0;
    std::size_t line = 0;
};

struct Weekday {
    Span span;
    int iso;
};

// What the dates of a document say of its publication: the dates its header states, and the
// latest dates its body speaks of.
struct DateEvidence {
    std::vector<Candidate> stated;
    std::optional<year_month_day> latest_body;
    Span latest_body_span;
    int latest_year = 0;
    std::optional<sys_days> latest_start;  // the latest start of a month or day the body dates
    std::vector<Weekday> weekdays;         // weekdays named in the header ("Monday, Jan 27")
    std::vector<month_day> body_days;      // days the body names without a year ("on November 6")
};

// The index of the title line; the first line when none is marked as the title.
std::size_t title_line(const std::vector<Line>& lines) {
    std::size_t title = lines.size();
    for (std::size_t i = 0; i < lines.size(); ++i)
        if (lines[i].kind == BlockKind::title) {
            title = i;
            break;
        }
    if (title == lines.size()) title = 0;
    return title;
}

// What a date of the body (or of the header, not stated as the article's) says.
void add_body_date(DateEvidence& ev, const TimeValue& v, std::optional<year_month_day> d,
                   std::optional<month_day> p, Span abs, bool header) {
    if (p) ev.body_days.push_back(*p);
    if (v.first && (v.granularity == Granularity::month || v.granularity == Granularity::day))
        if (!ev.latest_start || *v.first > *ev.latest_start) ev.latest_start = v.first;
    if (d && (!ev.latest_body || *d > *ev.latest_body)) ev.latest_body = d, ev.latest_body_span = abs;
    if (d) ev.latest_year = std::max(ev.latest_year, static_cast<int>(d->year()));
    if (v.first && (v.granularity == Granularity::year || v.granularity == Granularity::month ||
                    v.granularity == Granularity::day))
        ev.latest_year = std::max(ev.latest_year, static_cast<int>(year_month_day(*v.first).year()));
    if (auto wd = weekday_of(v); wd && header) ev.weekdays.push_back({abs, *wd});
}

// Sorts the document's dates (found with no reference date, in text order) by the lines they
// lie in into stated candidates and body dates.
DateEvidence gather_dates(const std::string& text, const std::vector<Line>& lines, std::size_t title,
                          const std::vector<Timex>& dates, const Boilerplate& boilerplate) {
    DateEvidence ev;
    std::size_t i = 0;
    for (const Timex& t : dates) {
        while (i < lines.size() && lines[i].span.end <= t.span.begin) ++i;
        if (i == lines.size()) break;
        const Line& l = lines[i];
        if (!l.span.contains(t.span)) continue;
        std::string_view s = l.span.of(text);
        // chrome below the title counts only as a short date line ("Mon Dec 28, 2015 | 4:12pm EST")
        bool chrome_below = l.kind == BlockKind::chrome && i > title;
        if (chrome_below && (i > title + header_lines || s.size() > 60)) continue;
        bool header = i <= title + header_lines;
        bool before_title = i < title;
        const Span abs = t.span;
        const Span in_line{abs.begin - l.span.begin, abs.end - l.span.begin};
        auto d = full_date(t.value);
        auto p = d ? std::nullopt : month_day_of(t.value);
        if (d || p) {
            bool dated_block = l.kind == BlockKind::dateline || l.kind == BlockKind::byline;
            // a short line that is mostly the date, or a dateline at the start of the first paragraph
            bool date_line = in_line.size() * 2 >= s.size() || s.size() < 60;
            // (a story that opens with its dateline has no title line above it)
            bool lead = ((in_line.begin < 3 || wire_dateline(s, in_line)) && i > title &&
                         i <= title + header_lines) ||
                        (i == title && l.kind != BlockKind::title && wire_dateline(s, in_line));
            if (chrome_below && !date_line) continue;
            // a date line above the title ("March 9, 2017" atop the page) may be the page's
            // own date as well as the article's: it counts below any the article states
            bool above = before_title && date_line && s.size() < 40 && title - i <= 2;
            if (above || (!before_title && (dated_block || (header && (date_line || lead))))) {
                Candidate c{d, p, abs, 0, i};
                c.score = above ? -above_title_penalty
                                : (dated_block ? 4 : 0) + (date_line ? 2 : 0) + (d ? 1 : 0) -
                                      static_cast<int>(i - title) / 2;
                if (boilerplate.is_site_navigation(s)) c.score -= 5;
                if (chrome_below) c.score -= 1;
                ev.stated.push_back(c);
                continue;
            }
        }
        if (before_title || (l.kind == BlockKind::chrome)) continue;
        add_body_date(ev, t.value, d, p, abs, header);
    }
    std::stable_sort(ev.stated.begin(), ev.stated.end(),
                     [](const Candidate& a, const Candidate& b) { return a.score > b.score; });
    return ev;
}

// A full stated date, unless it is far later than everything the body mentions; false if none.
bool stated_full_date(const DateEvidence& ev, const std::string& text, PublicationDate& result) {
    for (const auto& c : ev.stated) {
        if (!c.date) continue;
        if (ev.latest_body && (sys_days(*c.date) - sys_days(*ev.latest_body)).count() > suspicious_days &&
            std::any_of(ev.stated.begin(), ev.stated.end(), [&](const Candidate& o) { return &o != &c; }))
            continue;
        result.date = c.date;
        result.source = DateSource::stated;
        result.span = c.span;
        result.evidence = std::string(c.span.of(text));
        // "07/11/2016" reads month first; the day-first reading wins when only it does not
        // precede the events the article reports
        if (auto swapped = day_first(result.evidence)) {
            auto later = [&](const year_month_day& d) {  // body days after it, the year read as its own
                auto n = std::count_if(ev.body_days.begin(), ev.body_days.end(), [&](const month_day& md) {
                    return md > month_day{d.month(), d.day()};
                });
                return ev.latest_start && sys_days(d) < *ev.latest_start ? n + 1 : n;
            };
            if (later(*swapped) < later(*result.date)) result.date = swapped;
        }
        return true;
    }
    return false;
}

// The weekday written right beside the stated day c, or as the first word of its evidence.
std::optional<int> stated_weekday_of(const DateEvidence& ev, const Candidate& c, std::string_view e,
                                     const TimexTagger& tagger) {
    // only a weekday written right beside the dateline names its day ("Monday, Jan 27");
    // "on Monday" in the report is the day of an event
    std::optional<int> stated_weekday;
    for (const auto& w : ev.weekdays)
        if ((w.span.end <= c.span.begin && c.span.begin - w.span.end <= 3) ||
            (w.span.begin >= c.span.end && w.span.begin - c.span.end <= 3))
            stated_weekday = w.iso;
    if (!stated_weekday)  // "Monday, Jan 27" read as one date
        stated_weekday = tagger.weekday(e.substr(0, e.find_first_of(" ,.")));
    return stated_weekday;
}

// A stated day without a year, completed with a year the text fixes when it does; false if none.
bool stated_partial_date(const DateEvidence& ev, const std::string& text, const TimexTagger& tagger,
                         PublicationDate& result) {
    for (const auto& c : ev.stated) {
        if (!c.partial) continue;
        result.partial = c.partial;
        result.span = c.span;
        result.evidence = std::string(c.span.of(text));
        // the year: the latest year the body speaks of, moved on when the day would precede
        // the latest dated event, and checked against a weekday stated near the top
        int y = ev.latest_year;
        if (!y) return true;  // partial only; the corpus may tell the year
        year_month_day d{year(y), c.partial->month(), c.partial->day()};
        if (ev.latest_start && sys_days(d) < *ev.latest_start)
            d = year_month_day{year(y + 1), d.month(), d.day()};
        std::optional<int> stated_weekday = stated_weekday_of(ev, c, result.evidence, tagger);
        if (stated_weekday) {
            for (int dy : {0, -1, 1}) {
                year_month_day e{year(static_cast<int>(d.year()) + dy), d.month(), d.day()};
                if (e.ok() && static_cast<int>(weekday(sys_days(e)).iso_encoding()) == *stated_weekday) {
                    d = e;
                    break;
                }
            }
        }
        if (!d.ok()) return true;
        result.firm = ev.latest_start && year_month_day(*ev.latest_start).year() >= d.year() - years(1);
        // only a year the text fixes (an event dated to the month or day that year or the
        // year before, or a weekday beside the dateline) completes the dateline; a background
        // year ("gains in 2014") is a lower bound, and the date stays unknown
        if (!result.firm && !stated_weekday) return true;
        result.date = d;
        result.source = DateSource::inferred;
        result.not_before = year_month_day{year(ev.latest_year), month(1), day(1)};
        if (ev.latest_start && *ev.latest_start > sys_days(*result.not_before))
            result.not_before = year_month_day(*ev.latest_start);
        return true;
    }
    return false;
}

}  // namespace

PublicationDate find_publication_date(const Document& doc, const std::vector<Timex>& dates,
                                      const TimexTagger& tagger, const Boilerplate& boilerplate) {
    PublicationDate result;
    std::vector<Line> lines = lines_of(doc);
    DateEvidence ev = gather_dates(doc.text, lines, title_line(lines), dates, boilerplate);
    if (stated_full_date(ev, doc.text, result)) return result;
    if (stated_partial_date(ev, doc.text, tagger, result)) return result;
    // no date line of its own: the date stays unknown (the body's dates are events, not the
    // publication), and the article's relative dates stay unresolved
    return result;
}

PublicationDate find_publication_date(const Document& doc, const TimexTagger& tagger,
                                      const Boilerplate& boilerplate) {
    return find_publication_date(doc, tagger.find(doc.text, segment(doc), segment_chrome(doc)).unresolved(),
                                 tagger, boilerplate);
}

}  // namespace mosulkg
