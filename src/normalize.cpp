#include "normalize.hpp"

#include <utf8proc.h>

#include <algorithm>
#include <cstdlib>
#include <memory>

namespace mosulkg::detail {
namespace {

bool is_apostrophe(utf8proc_int32_t c) {
    return c == '\'' || c == '`' || c == 0x2019 || c == 0x2018 || c == 0x02BF || c == 0x02BC || c == 0x02BE ||
           c == 0x00B4;
}

bool is_word_char(utf8proc_int32_t c) {
    auto cat = utf8proc_category(c);
    return (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO) ||
           (cat >= UTF8PROC_CATEGORY_MN && cat <= UTF8PROC_CATEGORY_ME) ||
           (cat >= UTF8PROC_CATEGORY_ND && cat <= UTF8PROC_CATEGORY_NO);
}

// Splits `name` into words of letters/digits with inner apostrophes and dots kept.
std::vector<std::string> split(std::string_view name) {
    std::vector<std::string> out;
    std::string cur;
    const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(name.data());
    utf8proc_ssize_t len = static_cast<utf8proc_ssize_t>(name.size()), i = 0;
    auto flush = [&] {
        while (!cur.empty() && (cur.back() == '.' || cur.back() == '\'')) {
            // keep a final dot only inside an initialism like "U.S."
            if (cur.back() == '.' && cur.find('.') != cur.size() - 1) break;
            cur.pop_back();
        }
        if (!cur.empty()) out.push_back(cur);
        cur.clear();
    };
    while (i < len) {
        utf8proc_int32_t c = 0;
        auto n = utf8proc_iterate(p + i, len - i, &c);
        if (n <= 0) {
            ++i;
            continue;
        }
        std::string_view bytes(name.data() + i, static_cast<std::size_t>(n));
        if (is_word_char(c)) {
            cur += bytes;
        } else if ((is_apostrophe(c) || c == '.') && !cur.empty()) {
            cur += bytes;
        } else {
            flush();
        }
        i += n;
    }
    flush();
    return out;
}

// The length of a trailing possessive ("'s", "’s") of `w` with a word before it; 0 if none.
std::size_t possessive_length(std::string_view w) {
    for (std::string_view suffix : {std::string_view("'s"), std::string_view("\xE2\x80\x99s")})
        if (w.size() > suffix.size() && w.substr(w.size() - suffix.size()) == suffix) return suffix.size();
    return 0;
}

// `name` split by split(), a possessive 's dropped from its word.
std::vector<std::string> split_without_possessive(std::string_view name) {
    auto out = split(name);
    for (auto& w : out) w.erase(w.size() - possessive_length(w));
    return out;
}

}  // namespace

std::string fold_word(std::string_view word) {
    // ASCII (most words of news text): case folding is lower case, no marks to strip
    {
        std::string out(word.size(), '\0');
        char* o = out.data();
        bool ascii = true;
        for (char c : word) {
            if (static_cast<unsigned char>(c) >= 0x80) {
                ascii = false;
                break;
            }
            if (c != '\'' && c != '`' && c != '.')
                *o++ = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
        }
        if (ascii) {
            out.resize(static_cast<std::size_t>(o - out.data()));
            return out;
        }
    }
    utf8proc_uint8_t* folded = nullptr;
    auto n =
        utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(word.data()),
                     static_cast<utf8proc_ssize_t>(word.size()), &folded,
                     static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPAT | UTF8PROC_DECOMPOSE |
                                                    UTF8PROC_STRIPMARK | UTF8PROC_CASEFOLD));
    if (n < 0) return std::string(word);
    std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> guard(folded, &std::free);
    std::string out;
    out.reserve(static_cast<std::size_t>(n));
    utf8proc_ssize_t i = 0;
    while (i < n) {
        utf8proc_int32_t c = 0;
        auto k = utf8proc_iterate(folded + i, n - i, &c);
        if (k <= 0) break;
        if (!is_apostrophe(c) && c != '.')
            out.append(reinterpret_cast<const char*>(folded + i), static_cast<std::size_t>(k));
        i += k;
    }
    return out;
}

std::string_view fold_word(std::string_view word, std::string& buffer) {
    buffer.resize(word.size());
    char* o = buffer.data();
    for (char c : word) {
        if (static_cast<unsigned char>(c) >= 0x80) {  // (accents: the full fold)
            buffer = fold_word(word);
            return buffer;
        }
        if (c != '\'' && c != '`' && c != '.')
            *o++ = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
    return std::string_view(buffer.data(), static_cast<std::size_t>(o - buffer.data()));
}

std::vector<std::string> raw_words(std::string_view name) {
    return split_without_possessive(name);
}

std::vector<std::string> raw_words_with_possessive(std::string_view name) {
    std::vector<std::string> out;
    for (auto& w : split(name)) {
        std::size_t n = possessive_length(w);
        if (!n) {
            out.push_back(std::move(w));
            continue;
        }
        out.push_back(w.substr(0, w.size() - n));
        out.push_back(w.substr(w.size() - n));
    }
    return out;
}

std::vector<std::string> name_words(std::string_view name) {
    std::vector<std::string> out;
    for (const auto& w : split_without_possessive(name)) {
        auto f = fold_word(w);
        if (!f.empty()) out.push_back(std::move(f));
    }
    return out;
}

std::string skeleton(std::string_view s) {
    std::string t;
    t.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        char c = s[i];
        char next = i + 1 < s.size() ? s[i + 1] : '\0';
        if ((c == 'g' || c == 'k') && next == 'h') {
            t += c;
            ++i;
            continue;
        }
        if (c == 'p' && next == 'h') {
            t += 'f';
            ++i;
            continue;
        }
        if (c == 'o' && next == 'u') {
            t += 'u';
            ++i;
            continue;
        }
        if (c == 'q' || c == 'c') {
            t += 'k';
            continue;
        }
        t += c;
    }
    std::string out;
    auto vowel = [](char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; };
    for (std::size_t i = 0; i < t.size(); ++i) {
        char c = t[i];
        if (c == ' ' || c == '-') continue;
        if (i == 0 && vowel(c)) {
            out += 'a';
            continue;
        }
        if (vowel(c) || c == 'w' || c == 'y') continue;
        if (!out.empty() && out.back() == c) continue;
        out += c;
    }
    return out;
}

bool is_acronym(std::string_view surface) {
    std::size_t letters = 0;
    for (char c : surface) {
        if (c >= 'A' && c <= 'Z')
            ++letters;
        else if (c >= 'a' && c <= 'z')
            return false;
        else if (c != '.' && c != '-')
            return false;
    }
    return letters >= 1 && letters <= 5;
}

std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t cap) {
    if (a.size() > b.size() + cap || b.size() > a.size() + cap) return cap + 1;
    std::vector<std::size_t> prev(b.size() + 1), cur(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) prev[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        cur[0] = i;
        std::size_t best = cur[0];
        for (std::size_t j = 1; j <= b.size(); ++j) {
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
            best = std::min(best, cur[j]);
        }
        if (best > cap) return cap + 1;
        std::swap(prev, cur);
    }
    return std::min(prev[b.size()], cap + 1);
}

}  // namespace mosulkg::detail
