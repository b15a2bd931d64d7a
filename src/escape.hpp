// escape.hpp: private helpers of the exporters: escaping text for Markdown,
// HTML and Graphviz labels, and formatting dates.
#pragma once

#include <date/date.h>
#include <fmt/format.h>

#include <string>
#include <string_view>

namespace mosulkg::detail {

// Replaces control characters (newlines, tabs, escape sequences) with spaces, so
// that one value stays on one line of a terminal or Markdown file.
inline std::string one_line(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (char c : s) out += (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) ? ' ' : c;
    return out;
}

// Markdown inline text: backslash-escapes the characters that start emphasis,
// links, code, HTML, headings, tables, entities and strikethrough; one line.
inline std::string markdown_escape(std::string_view s) {
    std::string out;
    out.reserve(s.size() + 8);
    for (char c : one_line(s)) {
        switch (c) {
        case '\\': case '`': case '*': case '_': case '[': case ']': case '<': case '>':
        case '#': case '|': case '&': case '~':
            out += '\\';
            break;
        default:
            break;
        }
        out += c;
    }
    return out;
}

// HTML text and attribute values.
inline std::string html_escape(std::string_view s) {
    std::string out;
    out.reserve(s.size() + 8);
    for (char c : s) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        default: out += c; break;
        }
    }
    return out;
}

// "2014-06"
inline std::string format_year_month(date::year_month ym) {
    return fmt::format("{:04}-{:02}", static_cast<int>(ym.year()), static_cast<unsigned>(ym.month()));
}

// "2017-04-18"
inline std::string format_day(date::year_month_day d) {
    return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(d.year()), static_cast<unsigned>(d.month()),
                       static_cast<unsigned>(d.day()));
}

}  // namespace mosulkg::detail
