// escape.hpp: private helpers of the exporters: escaping text for Markdown,
// HTML and Graphviz labels, and formatting dates.
#pragma once

#include <date/date.h>
#include <fmt/format.h>

#include <string>
#include <string_view>

namespace mosulkg::detail {

// The length of the valid UTF-8 sequence at s[i], or 0 when it is invalid
// (overlong, a surrogate, beyond U+10FFFF, cut).
inline std::size_t utf8_length(std::string_view s, std::size_t i) {
    const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned char c = b(i);
    if (c < 0x80) return 1;
    std::size_t n = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
    if (n == 0 || i + n > s.size()) return 0;
    for (std::size_t k = 1; k < n; ++k)
        if ((b(i + k) & 0xC0) != 0x80) return 0;
    if (c == 0xE0 && b(i + 1) < 0xA0) return 0;   // overlong
    if (c == 0xED && b(i + 1) >= 0xA0) return 0;  // surrogate
    if (c == 0xF0 && b(i + 1) < 0x90) return 0;   // overlong
    if (c == 0xF4 && b(i + 1) >= 0x90) return 0;  // beyond U+10FFFF
    return n;
}

// `s` as valid UTF-8: each byte of an invalid sequence becomes U+FFFD. Whatever
// its source (article, knowledge base, file name), no text goes out ill-formed.
inline std::string valid_utf8(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        std::size_t n = utf8_length(s, i);
        if (n == 0) {
            out += "\xEF\xBF\xBD";
            ++i;
        } else {
            out.append(s, i, n);
            i += n;
        }
    }
    return out;
}

// Replaces control characters (newlines, tabs, escape sequences) with spaces, so
// that one value stays on one line of a terminal or Markdown file; valid UTF-8.
inline std::string one_line(std::string_view s) {
    std::string out = valid_utf8(s);
    for (char& c : out)
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) c = ' ';
    return out;
}

// Markdown inline text: backslash-escapes the characters that start emphasis,
// links, code, HTML, headings, tables, entities and strikethrough; one line.
inline std::string markdown_escape(std::string_view s) {
    std::string out;
    out.reserve(s.size() + 8);
    for (char c : one_line(s)) {
        switch (c) {
            case '\\':
            case '`':
            case '*':
            case '_':
            case '[':
            case ']':
            case '<':
            case '>':
            case '#':
            case '|':
            case '&':
            case '~':
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
    for (char c : valid_utf8(s)) {
        switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            case '\'':
                out += "&#39;";
                break;
            default:
                out += c;
                break;
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
