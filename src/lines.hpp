// Reading the project's line-based data files: `#` comments, blank lines,
// tab-separated columns.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace mosulkg::detail {

inline std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
    return s;
}

// Calls fn(line_number, columns) for every data line of `text`.
template <class Fn>
void for_each_row(std::string_view text, Fn&& fn) {
    std::size_t line_no = 0;
    while (!text.empty()) {
        auto nl = text.find('\n');
        std::string_view line = text.substr(0, nl);
        text = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
        ++line_no;
        auto t = trim(line);
        if (t.empty() || t.front() == '#') continue;
        std::vector<std::string_view> cols;
        std::size_t from = 0;
        for (;;) {
            auto at = t.find('\t', from);
            cols.push_back(trim(t.substr(from, at == std::string_view::npos ? at : at - from)));
            if (at == std::string_view::npos) break;
            from = at + 1;
        }
        fn(line_no, cols);
    }
}

}  // namespace mosulkg::detail
