// The flat JSON object reader of the corpus reader (json_line.hpp).
#include "json_line.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace mosulkg::detail {

namespace {

constexpr std::size_t max_members = 16;  // (the check for a repeated key stays linear)

bool json_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// The length of the well-formed UTF-8 sequence at s[i] (a lead byte of 0x80 or more), or 0.
std::size_t utf8_length(std::string_view s, std::size_t i) {
    auto at = [&](std::size_t k) { return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0u; };
    auto tail = [&](std::size_t k, unsigned lo = 0x80, unsigned hi = 0xBF) {
        return at(k) >= lo && at(k) <= hi;
    };
    const unsigned c = at(0);
    if (c >= 0xC2 && c <= 0xDF) return tail(1) ? 2 : 0;
    if (c == 0xE0) return tail(1, 0xA0) && tail(2) ? 3 : 0;
    if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF) return tail(1) && tail(2) ? 3 : 0;
    if (c == 0xED) return tail(1, 0x80, 0x9F) && tail(2) ? 3 : 0;
    if (c == 0xF0) return tail(1, 0x90) && tail(2) && tail(3) ? 4 : 0;
    if (c >= 0xF1 && c <= 0xF3) return tail(1) && tail(2) && tail(3) ? 4 : 0;
    if (c == 0xF4) return tail(1, 0x80, 0x8F) && tail(2) && tail(3) ? 4 : 0;
    return 0;
}

// The four hex digits at s[i..i+4) as a number, or -1.
long hex4(std::string_view s, std::size_t i) {
    if (i + 4 > s.size()) return -1;
    long v = 0;
    for (std::size_t k = i; k < i + 4; ++k) {
        const char c = s[k];
        int d = c >= '0' && c <= '9'   ? c - '0'
                : c >= 'a' && c <= 'f' ? c - 'a' + 10
                : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                       : -1;
        if (d < 0) return -1;
        v = v * 16 + d;
    }
    return v;
}

void put_utf8(std::string& out, std::uint32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

// Reads the escape after the backslash at s[i - 1] into out; where it ends, or 0 when it is bad.
std::size_t read_escape(std::string_view s, std::size_t i, std::string& out) {
    if (i >= s.size()) return 0;
    switch (s[i]) {
        case '"':
            out += '"';
            return i + 1;
        case '\\':
            out += '\\';
            return i + 1;
        case '/':
            out += '/';
            return i + 1;
        case 'b':
            out += '\b';
            return i + 1;
        case 'f':
            out += '\f';
            return i + 1;
        case 'n':
            out += '\n';
            return i + 1;
        case 'r':
            out += '\r';
            return i + 1;
        case 't':
            out += '\t';
            return i + 1;
        case 'u':
            break;
        default:
            return 0;
    }
    const long hi = hex4(s, i + 1);
    if (hi < 0 || (hi >= 0xDC00 && hi <= 0xDFFF)) return 0;  // (a lone low surrogate)
    if (hi < 0xD800 || hi > 0xDBFF) {
        put_utf8(out, static_cast<std::uint32_t>(hi));
        return i + 5;
    }
    // a high surrogate: a low one must follow
    if (i + 6 >= s.size() || s[i + 5] != '\\' || s[i + 6] != 'u') return 0;
    const long lo = hex4(s, i + 7);
    if (lo < 0xDC00 || lo > 0xDFFF) return 0;
    put_utf8(out, 0x10000 + ((static_cast<std::uint32_t>(hi) - 0xD800) << 10) +
                      (static_cast<std::uint32_t>(lo) - 0xDC00));
    return i + 11;
}

// Reads the string whose opening quote is at s[i] into out; where it ends, or 0 when it is bad.
std::size_t read_string(std::string_view s, std::size_t i, std::string& out) {
    ++i;
    while (i < s.size()) {
        // a run of plain characters at once
        std::size_t run = i;
        while (run < s.size()) {
            const unsigned char c = static_cast<unsigned char>(s[run]);
            if (c == '"' || c == '\\' || c < 0x20 || c >= 0x80) break;
            ++run;
        }
        out.append(s.data() + i, run - i);
        i = run;
        if (i >= s.size()) return 0;
        const unsigned char c = static_cast<unsigned char>(s[i]);
        if (c == '"') return i + 1;
        if (c < 0x20) return 0;
        if (c == '\\') {
            i = read_escape(s, i + 1, out);
            if (i == 0) return 0;
            continue;
        }
        const std::size_t n = utf8_length(s, i);
        if (n == 0) return 0;
        out.append(s.data() + i, n);
        i += n;
    }
    return 0;
}

std::size_t skip_space(std::string_view s, std::size_t i) {
    while (i < s.size() && json_space(s[i])) ++i;
    return i;
}

}  // namespace

std::optional<FlatObject> flat_string_object(std::string_view line) {
    FlatObject members;
    std::size_t i = skip_space(line, 0);
    if (i >= line.size() || line[i] != '{') return std::nullopt;
    i = skip_space(line, i + 1);
    if (i < line.size() && line[i] == '}') {
        i = skip_space(line, i + 1);
        return i == line.size() ? std::optional<FlatObject>(std::move(members)) : std::nullopt;
    }
    while (true) {
        if (i >= line.size() || line[i] != '"') return std::nullopt;
        std::string key;
        i = read_string(line, i, key);
        if (i == 0) return std::nullopt;
        i = skip_space(line, i);
        if (i >= line.size() || line[i] != ':') return std::nullopt;
        i = skip_space(line, i + 1);
        std::optional<std::string> value;
        if (i < line.size() && line[i] == '"') {
            value.emplace();
            i = read_string(line, i, *value);
            if (i == 0) return std::nullopt;
        } else if (line.compare(i, 4, "null") == 0) {
            i += 4;
        } else {
            return std::nullopt;
        }
        // (a key written twice, or more members than a corpus line has: the full parser's)
        if (members.size() >= max_members ||
            std::any_of(members.begin(), members.end(), [&](const auto& m) { return m.first == key; }))
            return std::nullopt;
        members.emplace_back(std::move(key), std::move(value));
        i = skip_space(line, i);
        if (i >= line.size()) return std::nullopt;
        if (line[i] == '}') break;
        if (line[i] != ',') return std::nullopt;
        i = skip_space(line, i + 1);
    }
    i = skip_space(line, i + 1);
    if (i != line.size()) return std::nullopt;
    return members;
}

}  // namespace mosulkg::detail
