// The one reader of the project's line-based data files (data/**/*.tsv, *.txt,
// knowledge-base files): UTF-8 text, one entry per line, `#` at the start of a
// line (after blanks) makes it a comment, blank lines are skipped, columns are
// separated by one TAB and trimmed of spaces, and a carriage return before the
// line break is ignored.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace mosulkg::detail {

inline bool is_blank(char c) {
    return c == ' ' || c == '\t' || c == '\r';
}

// `s` without spaces, TABs and carriage returns at its ends.
inline std::string_view trim(std::string_view s) {
    while (!s.empty() && is_blank(s.front())) s.remove_prefix(1);
    while (!s.empty() && is_blank(s.back())) s.remove_suffix(1);
    return s;
}

// What becomes of empty columns at the end of a line ("name<TAB>id<TAB>").
enum class TrailingColumns {
    drop,  // the line is trimmed first: they are not counted
    keep,  // they are columns, empty ones (a format with a fixed number of columns)
};

// The columns of one data line, or nothing for a comment or blank line.
inline std::vector<std::string_view> data_columns(std::string_view line,
                                                  TrailingColumns trailing = TrailingColumns::drop) {
    std::vector<std::string_view> cols;
    std::string_view t = trim(line);
    if (t.empty() || t.front() == '#') return cols;
    if (trailing == TrailingColumns::keep) {
        while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.remove_suffix(1);
        while (!line.empty() && line.front() == ' ') line.remove_prefix(1);
        t = line;
    }
    for (std::size_t from = 0;;) {
        auto at = t.find('\t', from);
        cols.push_back(trim(t.substr(from, at == std::string_view::npos ? at : at - from)));
        if (at == std::string_view::npos) break;
        from = at + 1;
    }
    return cols;
}

// The text of a comment line after its `#`, trimmed ("# facts" is "facts"), or empty for
// another line; a marker comment splits a file into sections (a knowledge-base file's facts).
inline std::string_view comment_text(std::string_view line) {
    std::string_view t = trim(line);
    if (t.size() < 2 || t.front() != '#') return {};
    return trim(t.substr(1));
}

// Calls fn(line_number, line, offset) for every line of `text`, without its line break
// (`offset`: where it starts in `text`), while fn returns true; the first line of `text` is
// line `first_line`.
template <class Fn>
void for_each_line(std::string_view text, Fn&& fn, std::size_t first_line = 1) {
    std::size_t line_no = first_line, at = 0;
    while (at < text.size()) {
        const auto nl = text.find('\n', at);
        if (!fn(line_no, text.substr(at, nl == std::string_view::npos ? nl : nl - at), at)) return;
        if (nl == std::string_view::npos) return;
        at = nl + 1;
        ++line_no;
    }
}

// Calls fn(line_number, columns) for every data line of `text`; the first line of
// `text` is line `first_line` (a section of a larger file keeps its numbers).
template <class Fn>
void for_each_row(std::string_view text, Fn&& fn, std::size_t first_line = 1,
                  TrailingColumns trailing = TrailingColumns::drop) {
    for_each_line(
        text,
        [&](std::size_t line_no, std::string_view line, std::size_t) {
            auto cols = data_columns(line, trailing);
            if (!cols.empty()) fn(line_no, cols);
            return true;
        },
        first_line);
}

}  // namespace mosulkg::detail
