// The parts of the document stage's block classification (document_blocks.hpp).
#include "document_blocks.hpp"

#include <algorithm>
#include <cctype>

namespace mosulkg::detail {

std::string_view trim_space(std::string_view s) {
    while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
    while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
    return s;
}

namespace {

// Calls put(c) for each character of normalize(s) in turn, while put returns true; whether
// every character was put.
template <class Put>
bool for_each_normalized(std::string_view s, Put&& put) {
    bool space = false, any = false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        char c = s[i];
        bool ws = is_space(c);
        if (!ws && static_cast<unsigned char>(c) == 0xC2 && i + 1 < s.size() &&
            static_cast<unsigned char>(s[i + 1]) == 0xA0) {
            ws = true;
            ++i;
        }
        if (ws) {
            space = true;
            continue;
        }
        if (space && any && !put(' ')) return false;
        space = false;
        any = true;
        if (!put(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c)) return false;
    }
    return true;
}

}  // namespace

std::string normalize(std::string_view s) {
    std::string out(s.size(), '\0');  // (never longer than s)
    char* o = out.data();
    for_each_normalized(s, [&](char c) {
        *o++ = c;
        return true;
    });
    out.resize(static_cast<std::size_t>(o - out.data()));
    return out;
}

bool normalizes_to(std::string_view raw, std::string_view normalized) {
    std::size_t at = 0;
    return for_each_normalized(raw,
                               [&](char c) { return at < normalized.size() && normalized[at++] == c; }) &&
           at == normalized.size();
}

std::size_t count_words(std::string_view s) {
    std::size_t n = 0;
    bool in = false;
    for (char c : s) {
        bool ws = is_space(c);
        if (!ws && !in) ++n;
        in = !ws;
    }
    return n;
}

bool ends_like_sentence(std::string_view s) {
    // Strip closing quotes and brackets, then look for . ! ? : ; …
    while (!s.empty()) {
        unsigned char c = static_cast<unsigned char>(s.back());
        if (c == '"' || c == '\'' || c == ')' || c == ']') {
            s.remove_suffix(1);
        } else if (s.size() >= 3 &&
                   (s.substr(s.size() - 3) == "\u201d" || s.substr(s.size() - 3) == "\u2019")) {
            s.remove_suffix(3);
        } else {
            break;
        }
    }
    if (s.empty()) return false;
    char c = s.back();
    if (c == '.' || c == '!' || c == '?' || c == ':' || c == ';') return true;
    return s.size() >= 3 && s.substr(s.size() - 3) == "\u2026";
}

namespace {

// Splits a line into lower-case alphanumeric pieces (ASCII; other bytes separate).
std::vector<std::string> pieces(std::string_view s) {
    std::vector<std::string> out;
    std::string cur;
    for (char c : s) {
        unsigned char u = static_cast<unsigned char>(c);
        if (std::isalnum(u)) {
            cur += static_cast<char>(std::tolower(u));
        } else if (!cur.empty()) {
            out.push_back(std::move(cur));
            cur.clear();
        }
    }
    if (!cur.empty()) out.push_back(std::move(cur));
    return out;
}

bool all_digits(std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool starts_upper_ascii(std::string_view w) {
    return !w.empty() && std::isupper(static_cast<unsigned char>(w.front()));
}

// Where the line starting at `begin` and ending at `end` lies, trimmed of white
// space and U+00A0 at both ends; empty when the line is blank.
Span trimmed_line(std::string_view text, std::size_t begin, std::size_t end) {
    std::size_t b = begin, e = end;
    while (b < e && is_space(text[b])) ++b;
    while (e > b && is_space(text[e - 1])) --e;
    // U+00A0 at the edges of a line counts as white space as well
    while (e - b >= 2 && static_cast<unsigned char>(text[b]) == 0xC2 &&
           static_cast<unsigned char>(text[b + 1]) == 0xA0) {
        b += 2;
        while (b < e && is_space(text[b])) ++b;
    }
    while (e - b >= 2 && static_cast<unsigned char>(text[e - 2]) == 0xC2 &&
           static_cast<unsigned char>(text[e - 1]) == 0xA0) {
        e -= 2;
        while (e > b && is_space(text[e - 1])) --e;
    }
    return {b, e};
}

// Whether line `b` starts on the line right after the one `a` ends on (no blank line between).
bool adjacent(std::string_view text, const Line& a, const Line& b) {
    return text.find('\n', text.find('\n', a.span.end) + 1) > b.span.begin;
}

}  // namespace

// A line that holds nothing but a date and/or time: month and weekday names,
// numbers and clock words. Needs a number and either a month name or a
// numeric date (18/04/2017, 2017-04-18).
bool is_date_line(std::string_view line, const Boilerplate& bp) {
    if (line.size() > 80) return false;
    // a wire dateline opens with its place in capitals: "BAGHDAD, October 17, 2016"
    if (auto comma = line.find(','); comma != std::string_view::npos && comma >= 3) {
        auto place = line.substr(0, comma);
        bool caps = std::all_of(place.begin(), place.end(),
                                [](char c) { return (c >= 'A' && c <= 'Z') || c == ' '; });
        if (caps && place.front() != ' ') line = line.substr(comma + 1);
    }
    auto ps = pieces(line);
    if (ps.empty() || ps.size() > 12) return false;
    bool number = false, month_or_numeric = false;
    for (const auto& p : ps) {
        if (all_digits(p)) {
            number = true;
            continue;
        }
        // ordinals: 18th, 1st
        if (p.size() > 2 && all_digits(p.substr(0, p.size() - 2))) {
            auto suf = p.substr(p.size() - 2);
            if (bp.is_ordinal_suffix(suf)) {
                number = true;
                continue;
            }
        }
        if (!bp.is_date_word(p)) return false;
    }
    if (!number) return false;
    // a month name present?
    for (const auto& p : ps)
        if (bp.is_month(p)) month_or_numeric = true;
    if (!month_or_numeric) {
        // numeric dates: three numbers separated by / - or . with a 4-digit year
        std::size_t nums = 0;
        bool year = false;
        for (const auto& p : ps)
            if (all_digits(p)) {
                ++nums;
                if (p.size() == 4) year = true;
            }
        month_or_numeric =
            nums >= 3 && year &&
            (line.find('/') != std::string_view::npos || line.find('-') != std::string_view::npos ||
             line.find('.') != std::string_view::npos);
    }
    return month_or_numeric;
}

bool is_by_line(std::string_view line, const Boilerplate& bp) {
    if (line.size() > 100) return false;
    const std::size_t skip = bp.byline_prefix(normalize(line));
    if (skip == 0) return false;
    // (the words before a date it carries: "By Sarah Whitfield and Ali Hamdani Friday 21 October
    // 2016 09.15 BST")
    const std::string_view names = line.substr(0, line.find_first_of("0123456789"));
    if (count_words(names) > 10 || ends_like_sentence(line)) return false;
    std::string_view rest = trim_space(line.substr(std::min(line.size(), skip)));
    return starts_upper_ascii(rest) || (!rest.empty() && static_cast<unsigned char>(rest.front()) >= 0x80);
}

bool is_name_line(const Line& l, const Boilerplate& bp) {
    if (l.words < 2 || l.words > 7 || l.final_punct) return false;
    std::size_t caps = 0;
    bool at_word = true;
    for (std::size_t i = 0; i < l.text.size(); ++i) {
        char c = l.text[i];
        if (is_space(c)) {
            at_word = true;
            continue;
        }
        if (at_word) {
            unsigned char u = static_cast<unsigned char>(c);
            if (std::isupper(u) || u >= 0x80)
                ++caps;
            else if (!bp.starts_with_connector(l.text.substr(i)))
                return false;
        }
        at_word = false;
        if (c == '.' || c == '!' || c == '?' || c == ':' || c == '"') return false;
    }
    return caps >= 2;
}

std::vector<Line> split_lines(std::string_view text) {
    std::vector<Line> lines;
    for (std::size_t pos = 0; pos < text.size();) {
        auto nl = text.find('\n', pos);
        std::size_t end = nl == std::string_view::npos ? text.size() : nl;
        Span span = trimmed_line(text, pos, end);
        if (!span.empty()) {
            Line l;
            l.span = span;
            l.text = text.substr(span.begin, span.size());
            l.words = count_words(l.text);
            l.final_punct = ends_like_sentence(l.text);
            lines.push_back(l);
        }
        pos = end + 1;
    }
    return lines;
}

std::vector<Line> join_wrapped_lines(std::vector<Line> lines, std::string_view text) {
    // a line that reaches the wrap width continues on the next one
    std::size_t max_len = 0, long_lines = 0, long_followed = 0;
    for (const auto& l : lines) max_len = std::max(max_len, l.text.size());
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (lines[i].text.size() < 40) continue;
        ++long_lines;
        if (i + 1 < lines.size() && text.find('\n', lines[i].span.end) < lines[i + 1].span.begin &&
            adjacent(text, lines[i], lines[i + 1]))
            ++long_followed;
    }
    if (max_len > 100 || long_lines < 3 || long_followed * 10 < long_lines * 6) return lines;
    std::vector<Line> merged;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const Line& prev = i > 0 ? lines[i - 1] : lines[i];
        if (!merged.empty() && adjacent(text, merged.back(), lines[i]) &&
            prev.text.size() * 10 >= max_len * 6) {
            Line& m = merged.back();
            m.span.end = lines[i].span.end;
            m.text = text.substr(m.span.begin, m.span.size());
            m.words += lines[i].words;
            m.final_punct = lines[i].final_punct;
        } else {
            merged.push_back(lines[i]);
        }
    }
    return merged;
}

std::vector<std::optional<BlockKind>> mark_known_lines(const std::vector<Line>& lines,
                                                       const Boilerplate& bp) {
    std::vector<std::optional<BlockKind>> kinds(lines.size());
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (bp.is_chrome(lines[i].text))
            kinds[i] = BlockKind::chrome;
        else if (is_date_line(lines[i].text, bp))
            kinds[i] = BlockKind::dateline;
    }
    // a byline says so, or is a line of names right before a date line
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (kinds[i]) continue;
        if (is_by_line(lines[i].text, bp) ||
            (is_name_line(lines[i], bp) && i + 1 < lines.size() && kinds[i + 1] == BlockKind::dateline))
            kinds[i] = BlockKind::byline;
    }
    return kinds;
}

std::optional<std::size_t> find_title(const std::vector<Line>& lines,
                                      const std::vector<std::optional<BlockKind>>& kinds,
                                      std::string_view title) {
    const std::string title_norm = normalize(title);
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (kinds[i]) continue;
        if (!title_norm.empty()) {
            if (normalizes_to(lines[i].text, title_norm)) return i;
            continue;
        }
        const Line& l = lines[i];
        const bool sentence_end = !l.text.empty() && l.text.back() == '.';
        if (sentence_end || l.words > 30 || l.text.size() > 250)
            return std::nullopt;  // a paragraph: no title
        if (l.words >= 3) return i;
        // one or two words (a site name, a section): keep looking
    }
    return std::nullopt;
}

void classify(Document& doc, const Boilerplate& bp) {
    const std::string_view text = doc.text;
    const std::vector<Line> lines = join_wrapped_lines(split_lines(text), text);
    std::vector<std::optional<BlockKind>> kinds = mark_known_lines(lines, bp);
    // Title: a given title (from .jsonl) wins; otherwise a headline.
    std::string title_norm = normalize(doc.title);
    if (auto t = find_title(lines, kinds, doc.title)) {
        kinds[*t] = BlockKind::title;
        if (doc.title.empty()) doc.title = std::string(lines[*t].text);
        title_norm = normalize(doc.title);
    }
    doc.blocks.clear();
    doc.blocks.reserve(lines.size());
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const Line& l = lines[i];
        BlockKind kind = BlockKind::body;
        if (kinds[i])
            kind = *kinds[i];
        else if (!title_norm.empty() && normalizes_to(l.text, title_norm))
            kind = BlockKind::chrome;  // repeated title
        else if (!l.final_punct && l.words <= 10)
            kind = BlockKind::chrome;  // headline, caption, menu item, signature
        doc.blocks.push_back({l.span, kind});
    }
}

}  // namespace mosulkg::detail
