#include "mosulkg/text.hpp"

#include "mosulkg/error.hpp"

#include <fmt/format.h>
#include <utf8proc.h>

#include <cstdint>

namespace mosulkg {

// -------------------------------------------------------------- Abbreviations

Abbreviations Abbreviations::parse(std::string_view lines, std::string_view origin) {
    Abbreviations a;
    std::size_t line_no = 0;
    while (!lines.empty()) {
        auto nl = lines.find('\n');
        std::string_view line = lines.substr(0, nl);
        lines.remove_prefix(nl == std::string_view::npos ? lines.size() : nl + 1);
        ++line_no;
        while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t'))
            line.remove_suffix(1);
        while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
        if (line.empty() || line.front() == '#') continue;
        if (line.back() != '.' || line.find_first_of(" \t") != std::string_view::npos)
            throw Error(std::string(origin) + ": line " + std::to_string(line_no) +
                        ": an abbreviation is one word ending in a period");
        a.items_.emplace(line);
    }
    return a;
}

Abbreviations Abbreviations::from_data(const DataSource& data) {
    return parse(data.read("lexicon/abbreviations.txt"), data.origin("lexicon/abbreviations.txt"));
}

const Abbreviations& Abbreviations::defaults() {
    static const Abbreviations a = from_data(DataSource::installed());
    return a;
}

bool Abbreviations::contains(std::string_view token_with_dot) const {
    return items_.count(std::string(token_with_dot)) != 0;
}

// ------------------------------------------------------------------- segment

namespace {

enum class Cls : std::uint8_t { space, upper, lower, letter, mark, digit, apostrophe, other };

struct Cp {
    char32_t cp = 0;
    std::uint8_t len = 1;
    Cls cls = Cls::other;
};

constexpr bool is_letter(Cls c) {
    return c == Cls::upper || c == Cls::lower || c == Cls::letter;
}

struct AsciiTable {
    Cls cls[128];
    constexpr AsciiTable() : cls() {
        for (int c = 0; c < 128; ++c) {
            Cls k = Cls::other;
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c < 0x20 ||
                c == 0x7f)
                k = Cls::space;
            else if (c >= 'A' && c <= 'Z')
                k = Cls::upper;
            else if (c >= 'a' && c <= 'z')
                k = Cls::lower;
            else if (c >= '0' && c <= '9')
                k = Cls::digit;
            else if (c == '\'')
                k = Cls::apostrophe;
            cls[c] = k;
        }
    }
};
constexpr AsciiTable ascii_table;

Cls classify_cp(char32_t cp) {
    if (cp == 0x2019 || cp == 0x02BC) return Cls::apostrophe;
    switch (utf8proc_category(static_cast<utf8proc_int32_t>(cp))) {
        case UTF8PROC_CATEGORY_LU:
        case UTF8PROC_CATEGORY_LT:
            return Cls::upper;
        case UTF8PROC_CATEGORY_LL:
            return Cls::lower;
        case UTF8PROC_CATEGORY_LM:
        case UTF8PROC_CATEGORY_LO:
            return Cls::letter;
        case UTF8PROC_CATEGORY_MN:
        case UTF8PROC_CATEGORY_MC:
        case UTF8PROC_CATEGORY_ME:
            return Cls::mark;
        case UTF8PROC_CATEGORY_ND:
            return Cls::digit;
        case UTF8PROC_CATEGORY_ZS:
        case UTF8PROC_CATEGORY_ZL:
        case UTF8PROC_CATEGORY_ZP:
        case UTF8PROC_CATEGORY_CC:
        case UTF8PROC_CATEGORY_CF:
            return Cls::space;
        default:
            return Cls::other;
    }
}

// Decodes the code point at `i` (< end); the text is valid UTF-8.
inline Cp decode(std::string_view t, std::size_t i, std::size_t end) {
    unsigned char c = static_cast<unsigned char>(t[i]);
    if (c < 0x80) return {c, 1, ascii_table.cls[c]};
    utf8proc_int32_t cp = 0;
    auto len = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(t.data()) + i,
                                static_cast<utf8proc_ssize_t>(end - i), &cp);
    if (len <= 0) return {0xFFFD, 1, Cls::other};
    return {static_cast<char32_t>(cp), static_cast<std::uint8_t>(len),
            classify_cp(static_cast<char32_t>(cp))};
}

enum Flag : std::uint8_t { none = 0, glued_start = 1, abbrev = 2 };

bool is_terminator(std::string_view s) {
    return s == "." || s == "!" || s == "?" || s == "\u2026";
}

bool is_closer(std::string_view s) {
    return s == "\"" || s == "'" || s == ")" || s == "]" || s == "\u201d" || s == "\u2019" || s == "\u00bb";
}

bool is_opener(std::string_view s) {
    return s == "\"" || s == "'" || s == "\u201c" || s == "\u2018" || s == "\u00ab";
}

class Segmenter {
public:
    Segmenter(std::string_view text, const Abbreviations& abbr, Text& out)
        : t_(text), abbr_(abbr), out_(out) {}

    void block(Span span, std::size_t block_index) {
        const std::size_t first = out_.tokens.size();
        flags_.clear();
        tokenize(span.begin, span.end);
        sentences(first, block_index);
    }

private:
    void push(std::size_t b, std::size_t e, TokenKind k, std::uint8_t f = none) {
        out_.tokens.push_back({{b, e}, k});
        flags_.push_back(f);
    }

    // One linear pass over [i, end).
    void tokenize(std::size_t i, std::size_t end) {
        bool glue_next = false;
        while (i < end) {
            Cp c = decode(t_, i, end);
            if (c.cls == Cls::space) {
                i += c.len;
                continue;
            }
            const std::uint8_t start_flag = glue_next ? glued_start : none;
            glue_next = false;
            if (is_letter(c.cls)) {
                i = word(i, end, start_flag, glue_next);
            } else if (c.cls == Cls::digit) {
                i = number(i, end, start_flag);
            } else if (c.cls == Cls::apostrophe && possessive_at(i, end) && !out_.tokens.empty() &&
                       out_.tokens.back().span.end == i && out_.tokens.back().kind == TokenKind::word) {
                std::size_t e = i + c.len;
                e += decode(t_, e, end).len;  // the 's'
                push(i, e, TokenKind::word, start_flag);
                i = e;
            } else {
                // "--", a dash typed as two hyphens, is one mark
                std::size_t e = i + c.len;
                while (t_[i] == '-' && e < end && t_[e] == '-') ++e;
                push(i, e, TokenKind::punct, start_flag);
                i = e;
            }
        }
    }

    // An apostrophe at i followed by s/S and then no letter or digit.
    bool possessive_at(std::size_t i, std::size_t end) const {
        Cp a = decode(t_, i, end);
        std::size_t j = i + a.len;
        if (j >= end || (t_[j] != 's' && t_[j] != 'S')) return false;
        ++j;
        if (j >= end) return true;
        Cp n = decode(t_, j, end);
        return !is_letter(n.cls) && n.cls != Cls::digit && n.cls != Cls::mark;
    }

    std::size_t word(std::size_t i, std::size_t end, std::uint8_t flag, bool& glue_next) {
        const std::size_t b = i;
        Cls prev = Cls::other;
        std::size_t letters = 0;
        while (i < end) {
            Cp c = decode(t_, i, end);
            if (c.cls == Cls::upper && prev == Cls::lower) {
                // a run of capitals after a lower-case letter: glued words when
                // the run has two or more letters and ends the word
                std::size_t j = i, run = 0;
                Cp d = c;
                while (j < end && d.cls == Cls::upper) {
                    ++run;
                    j += d.len;
                    if (j < end) d = decode(t_, j, end);
                }
                const bool ends = j >= end || !(is_letter(d.cls) || d.cls == Cls::mark);
                if (run >= 2 && ends) {
                    glue_next = true;
                    break;
                }
                letters += run;
                prev = Cls::upper;
                i = j;
                continue;
            }
            if (is_letter(c.cls) || c.cls == Cls::mark || c.cls == Cls::digit) {
                if (is_letter(c.cls)) ++letters;
                prev = c.cls == Cls::mark ? prev : c.cls;
                i += c.len;
                continue;
            }
            if (c.cls == Cls::apostrophe && is_letter(prev)) {
                std::size_t j = i + c.len;
                if (j < end && is_letter(decode(t_, j, end).cls) && !possessive_at(i, end)) {
                    prev = Cls::other;
                    i = j;
                    continue;
                }
            }
            break;
        }
        // initialisms "U.S.", "e.g.": single letters each followed by a period
        if (letters == 1 && i < end && t_[i] == '.') {
            std::size_t j = i + 1;
            std::size_t pairs = 1;
            while (j < end) {
                Cp l = decode(t_, j, end);
                if (!is_letter(l.cls)) break;
                std::size_t k = j + l.len;
                if (k >= end || t_[k] != '.') break;
                if (k + 1 < end && is_letter(decode(t_, k + 1, end).cls)) {
                    // "U.S.A" continues; otherwise stop after this pair
                }
                j = k + 1;
                ++pairs;
            }
            if (pairs >= 2) {
                push(b, j, TokenKind::word, static_cast<std::uint8_t>(flag | abbrev));
                return j;
            }
            Cp first = decode(t_, b, end);
            if (first.cls == Cls::upper) {  // an initial: "W."
                push(b, i + 1, TokenKind::word, static_cast<std::uint8_t>(flag | abbrev));
                return i + 1;
            }
        }
        if (i < end && t_[i] == '.' && i - b <= 12) {
            std::string_view with_dot = t_.substr(b, i + 1 - b);
            if (abbr_.contains(with_dot)) {
                push(b, i + 1, TokenKind::word, static_cast<std::uint8_t>(flag | abbrev));
                return i + 1;
            }
        }
        push(b, i, TokenKind::word, flag);
        return i;
    }

    std::size_t number(std::size_t i, std::size_t end, std::uint8_t flag) {
        const std::size_t b = i;
        bool letters = false;
        while (i < end) {
            Cp c = decode(t_, i, end);
            if (c.cls == Cls::digit) {
                i += c.len;
                continue;
            }
            if ((t_[i] == ',' || t_[i] == '.' || t_[i] == ':') && i + 1 < end && t_[i + 1] >= '0' &&
                t_[i + 1] <= '9' && !letters) {
                i += 1;
                continue;
            }
            if (is_letter(c.cls) || c.cls == Cls::mark) {  // "1990s", "3rd"
                letters = true;
                i += c.len;
                continue;
            }
            break;
        }
        push(b, i, letters ? TokenKind::word : TokenKind::number, flag);
        return i;
    }

    bool starts_upper(const Token& tok) const {
        return decode(t_, tok.span.begin, tok.span.end).cls == Cls::upper;
    }

    bool upper_then_lower(const Token& tok) const {
        Cp a = decode(t_, tok.span.begin, tok.span.end);
        if (a.cls != Cls::upper || tok.span.begin + a.len >= tok.span.end) return false;
        return decode(t_, tok.span.begin + a.len, tok.span.end).cls == Cls::lower;
    }

    bool ends_lower(const Token& tok) const {
        std::size_t i = tok.span.end;
        do {
            --i;
        } while (i > tok.span.begin && (static_cast<unsigned char>(t_[i]) & 0xC0) == 0x80);
        return decode(t_, i, tok.span.end).cls == Cls::lower;
    }

    void close(std::size_t s, std::size_t e, std::size_t block_index) {
        if (e <= s) return;
        const auto& tk = out_.tokens;
        // a sentence over the limit is split, at the last punctuation of its second half where there is one
        while (e - s > max_sentence_tokens) {
            std::size_t cut = s + max_sentence_tokens;
            for (std::size_t k = cut - 1; k > s + max_sentence_tokens / 2; --k)
                if (tk[k].kind == TokenKind::punct) {
                    cut = k + 1;
                    break;
                }
            if (long_sentences_++ == 0) first_long_ = tk[s].span.begin;
            out_.sentences.push_back({{tk[s].span.begin, tk[cut - 1].span.end}, s, cut, block_index});
            s = cut;
        }
        out_.sentences.push_back({{tk[s].span.begin, tk[e - 1].span.end}, s, e, block_index});
    }

public:
    // The warning for the sentences split, if any.
    void report() const {
        if (long_sentences_ == 0) return;
        out_.warnings.push_back(fmt::format("{} sentence{} over {} tokens split, the first at byte {}",
                                            long_sentences_, long_sentences_ == 1 ? "" : "s",
                                            max_sentence_tokens, first_long_));
    }

private:
    void sentences(std::size_t first, std::size_t block_index) {
        const auto& tk = out_.tokens;
        const std::size_t end = tk.size();
        std::size_t s = first;
        for (std::size_t k = first; k < end; ++k) {
            if ((flags_[k - first] & glued_start) && k > s) {
                close(s, k, block_index);
                s = k;
            }
            if (tk[k].kind != TokenKind::punct || !is_terminator(tk[k].span.of(t_))) continue;
            std::size_t m = k + 1;
            while (m < end && tk[m].span.begin == tk[m - 1].span.end && tk[m].kind == TokenKind::punct &&
                   (is_terminator(tk[m].span.of(t_)) || is_closer(tk[m].span.of(t_))))
                ++m;
            if (m >= end) break;
            const Token& next = tk[m];
            const bool gap = next.span.begin > tk[m - 1].span.end;
            bool boundary = false;
            if (gap) {
                std::string_view n = next.span.of(t_);
                boundary = starts_upper(next) || next.kind == TokenKind::number ||
                           (next.kind == TokenKind::word && n[0] >= '0' && n[0] <= '9') || is_opener(n) ||
                           ((n == "(" || n == "[") && m + 1 < end && starts_upper(tk[m + 1]));
            } else if (m == k + 1 && k > s && tk[k - 1].kind == TokenKind::word &&
                       tk[k - 1].span.size() >= 2 && !(flags_[k - 1 - first] & abbrev) &&
                       ends_lower(tk[k - 1]) && upper_then_lower(next)) {
                boundary = true;  // "Mosul.The": a period with the space lost
            }
            if (boundary) {
                close(s, m, block_index);
                s = m;
                k = m - 1;
            }
        }
        close(s, end, block_index);
    }

    std::string_view t_;
    const Abbreviations& abbr_;
    Text& out_;
    std::vector<std::uint8_t> flags_;  // per token of the current block
    std::size_t long_sentences_ = 0;   // sentences over max_sentence_tokens
    std::size_t first_long_ = 0;       // byte where the first of them begins
};

}  // namespace

namespace {

// The blocks of `doc` that are chrome (or that are not), segmented.
Text segment_blocks(const Document& doc, const Abbreviations& abbreviations, bool chrome) {
    Text out;
    if (!chrome) {
        out.tokens.reserve(doc.text.size() / 5 + 16);
        out.sentences.reserve(doc.text.size() / 100 + 4);
    }
    Segmenter seg(doc.text, abbreviations, out);
    for (std::size_t b = 0; b < doc.blocks.size(); ++b) {
        if ((doc.blocks[b].kind == BlockKind::chrome) != chrome) continue;
        seg.block(doc.blocks[b].span, b);
    }
    seg.report();
    return out;
}

}  // namespace

Text segment(const Document& doc, const Abbreviations& abbreviations) {
    return segment_blocks(doc, abbreviations, false);
}

Text segment_chrome(const Document& doc, const Abbreviations& abbreviations) {
    return segment_blocks(doc, abbreviations, true);
}

Text segment_plain(std::string_view text, const Abbreviations& abbreviations) {
    Text out;
    out.tokens.reserve(text.size() / 5 + 16);
    Segmenter seg(text, abbreviations, out);
    // paragraphs: runs of lines up to a blank line, without the white space around them
    auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; };
    const std::size_t n = text.size();
    std::size_t paragraphs = 0, pos = 0;
    while (pos < n) {
        while (pos < n && (blank(text[pos]) || text[pos] == '\n')) ++pos;
        if (pos >= n) break;
        std::size_t end = n;  // the line break before the first blank line
        for (std::size_t nl = text.find('\n', pos); nl != std::string_view::npos;) {
            std::size_t k = nl + 1;
            while (k < n && blank(text[k])) ++k;
            if (k >= n || text[k] == '\n') {
                end = nl;
                break;
            }
            nl = text.find('\n', k);
        }
        std::size_t stop = end;
        while (stop > pos && (blank(text[stop - 1]) || text[stop - 1] == '\n')) --stop;
        seg.block(Span{pos, stop}, paragraphs++);
        pos = end;
    }
    seg.report();
    return out;
}

}  // namespace mosulkg
