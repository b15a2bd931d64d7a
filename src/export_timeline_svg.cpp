// The chronology as an SVG diagram, written directly: a vertical time axis, one
// mark per event, labels pushed apart so that they never overlap.
#include "mosulkg/export.hpp"

#include "escape.hpp"
#include "register_exporter.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>

namespace mosulkg {

namespace {

constexpr double kTop = 70;  // the axis starts here
constexpr double kAxisX = 120;
constexpr double kLabelX = 220;
constexpr double kLabelHeight = 34;  // two lines of text and a gap
constexpr double kWidth = 1200;
constexpr std::size_t kLabelChars = 140;
constexpr double kMinTickGap = 16;  // pixels between two labelled ticks
constexpr const char* kPalette[] = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e",
                                    "#8c564b", "#e377c2", "#17becf", "#7f7f7f", "#bcbd22"};

std::string text(std::string_view s) {
    return detail::html_escape(detail::one_line(s));
}

// At most `n` code points of `s`, with an ellipsis when cut.
std::string cut(std::string_view s, std::size_t n) {
    std::size_t count = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if ((static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) continue;
        if (count++ == n) return std::string(s.substr(0, i)) + "\u2026";
    }
    return std::string(s);
}

std::string tooltip(const ChronologyEntry& e) {
    std::string t = e.date.value + " " + e.relation + ": " + e.summary;
    if (!e.place_label.empty()) t += "\nPlace: " + e.place_label;
    if (!e.attributed_label.empty()) t += "\nAccording to: " + e.attributed_label;
    for (const Source& s : e.sources)
        t += fmt::format("\n{} ({}, sentence {}): \u201c{}\u201d", s.date.value, s.where.doc.str(),
                         s.where.sentence, detail::one_line(s.text));
    std::string out;
    for (const std::string& line : [&] {
             std::vector<std::string> lines;
             std::size_t start = 0;
             for (std::size_t i = 0; i <= t.size(); ++i)
                 if (i == t.size() || t[i] == '\n')
                     lines.push_back(t.substr(start, i - start)), start = i + 1;
             return lines;
         }())
        out += (out.empty() ? "" : "\n") + text(line);
    return out;
}

}  // namespace

std::string timeline_svg(const Chronology& chronology) {
    std::vector<const ChronologyEntry*> dated, undated;
    for (const ChronologyEntry& e : chronology.entries) (e.date.anchored() ? dated : undated).push_back(&e);
    std::map<std::string, std::string> colour;
    for (const ChronologyEntry& e : chronology.entries) colour.emplace(e.relation, "");
    std::size_t next = 0;
    for (auto& [relation, c] : colour) c = kPalette[next++ % std::size(kPalette)];

    std::string body;
    double bottom = kTop;
    if (!dated.empty()) {
        date::sys_days first = *dated.front()->date.first, last = *dated.front()->date.last;
        for (const ChronologyEntry* e : dated) {
            first = std::min(first, *e->date.first);
            last = std::max(last, *e->date.last);
        }
        date::year_month_day f{first}, l{last};
        date::year_month from = f.year() / f.month(), to = l.year() / l.month() + date::months(1);
        date::sys_days start = date::sys_days(from / 1), stop = date::sys_days(to / 1);
        double days = std::max(1, (stop - start).count());
        double length = std::max(400.0, static_cast<double>(dated.size()) * kLabelHeight);
        double scale = length / days;
        auto y_of = [&](date::sys_days d) { return kTop + (d - start).count() * scale; };

        // the axis, with a tick per month, labelled as often as there is room
        body += fmt::format(
            "<line x1=\"{0}\" y1=\"{1:.1f}\" x2=\"{0}\" y2=\"{2:.1f}\" stroke=\"#444\" "
            "stroke-width=\"2\"/>\n",
            kAxisX, kTop, y_of(stop));
        double month_px = 30.44 * scale;
        int step = std::max(1, static_cast<int>(std::ceil(kMinTickGap / month_px)));
        for (date::year_month m = from; m <= to; m += date::months(1)) {
            double y = y_of(date::sys_days(m / 1));
            bool january = m.month() == date::January;
            body +=
                fmt::format("<line x1=\"{:.1f}\" y1=\"{:.1f}\" x2=\"{}\" y2=\"{:.1f}\" stroke=\"#444\"/>\n",
                            kAxisX - (january ? 12 : 6), y, kAxisX, y);
            unsigned month = static_cast<unsigned>(m.month());
            if (january || m == from)
                body += fmt::format("<text x=\"{}\" y=\"{:.1f}\" class=\"year\">{}</text>\n", kAxisX - 16,
                                    y + 4, detail::format_year_month(m));
            else if ((month - 1) % step == 0 && month_px * step >= kMinTickGap)
                body += fmt::format("<text x=\"{}\" y=\"{:.1f}\" class=\"month\">{}</text>\n", kAxisX - 10,
                                    y + 4, detail::format_year_month(m));
        }
        // the events: a mark on the axis, a label beside it, a line between them
        double previous = -1e9;
        for (const ChronologyEntry* e : dated) {
            double y0 = y_of(*e->date.first), y1 = y_of(*e->date.last + date::days(1));
            double label_y = std::max(y0 + 4, previous + kLabelHeight);
            previous = label_y;
            const std::string& c = colour[e->relation];
            body += fmt::format("<g class=\"event\"><title>{}</title>\n", tooltip(*e));
            if (e->date.granularity == Granularity::day || y1 - y0 < 6)
                body += fmt::format("<circle cx=\"{}\" cy=\"{:.1f}\" r=\"5\" fill=\"{}\"/>\n", kAxisX, y0, c);
            else
                body += fmt::format(
                    "<rect x=\"{}\" y=\"{:.1f}\" width=\"10\" height=\"{:.1f}\" fill=\"{}\" "
                    "fill-opacity=\"0.45\"/>\n",
                    kAxisX - 5, y0, y1 - y0, c);
            body += fmt::format(
                "<polyline points=\"{},{:.1f} {},{:.1f} {},{:.1f}\" fill=\"none\" stroke=\"{}\" "
                "stroke-opacity=\"0.6\"/>\n",
                kAxisX + 6, y0, kLabelX - 30, label_y - 4, kLabelX - 6, label_y - 4, c);
            std::string sources =
                fmt::format("{} source{}", e->sources.size(), e->sources.size() == 1 ? "" : "s");
            body += fmt::format(
                "<text x=\"{}\" y=\"{:.1f}\"><tspan class=\"date\" fill=\"{}\">{} \u00b7 {}</tspan>"
                "<tspan class=\"sources\"> \u00b7 {}</tspan></text>\n",
                kLabelX, label_y, c, text(e->date.value), text(e->relation), sources);
            body += fmt::format("<text x=\"{}\" y=\"{:.1f}\">{}</text>\n</g>\n", kLabelX, label_y + 14,
                                text(cut(e->summary, kLabelChars)));
            bottom = std::max(bottom, std::max(y_of(stop), label_y + 20));
        }
    }
    if (!undated.empty()) {
        bottom += 40;
        body += fmt::format("<text x=\"20\" y=\"{:.1f}\" class=\"heading\">Without a calendar date</text>\n",
                            bottom);
        for (const ChronologyEntry* e : undated) {
            bottom += 20;
            body += fmt::format(
                "<g class=\"event\"><title>{}</title><text x=\"40\" y=\"{:.1f}\">{} \u00b7 {}: {}</text>"
                "</g>\n",
                tooltip(*e), bottom, text(e->date.value), text(e->relation),
                text(cut(e->summary, kLabelChars)));
        }
    }
    double height = bottom + 30;
    std::string title =
        fmt::format("Chronology {} to {}: {} event{}", detail::format_year_month(chronology.range.from),
                    detail::format_year_month(chronology.range.to), chronology.entries.size(),
                    chronology.entries.size() == 1 ? "" : "s");
    std::string out;
    out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    out += fmt::format(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{0}\" height=\"{1:.0f}\" "
        "viewBox=\"0 0 {0} {1:.0f}\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"12\">\n",
        kWidth, height);
    out +=
        "<style>.year{font-weight:bold;text-anchor:end}.month{fill:#666;font-size:10px;text-anchor:end}"
        ".date{font-weight:bold}.sources{fill:#666}.heading{font-size:14px;font-weight:bold}"
        ".event:hover text{text-decoration:underline}</style>\n";
    out += fmt::format("<title>{}</title>\n", text(title));
    out += "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n";
    out += fmt::format("<text x=\"20\" y=\"30\" class=\"heading\">{}</text>\n", text(title));
    out += body;
    out += "</svg>\n";
    return out;
}

MOSULKG_EXPORTER(timeline_svg) {
    list.push_back({"timeline-svg", "timeline.svg", "the chronology drawn along a dated axis",
                    [](const ExportInput& in) { return timeline_svg(in.corpus.chronology); }});
}

}  // namespace mosulkg
