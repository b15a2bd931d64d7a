#include "timex_lexicon.hpp"

#include "embedded.hpp"
#include "mosulkg/error.hpp"

#include <algorithm>
#include <charconv>

namespace mosulkg::detail {
namespace {

bool is_alpha(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool is_digit(unsigned char c) {
    return c >= '0' && c <= '9';
}

// Calls f(fields) for every data line of an embedded tab-separated file.
template <class F>
void for_each_row(std::string_view file, F f) {
    std::string_view data = embedded(file);
    std::size_t pos = 0;
    while (pos < data.size()) {
        std::size_t nl = data.find('\n', pos);
        if (nl == std::string_view::npos) nl = data.size();
        std::string_view line = data.substr(pos, nl - pos);
        pos = nl + 1;
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (line.empty() || line[0] == '#') continue;
        std::vector<std::string_view> fields;
        std::size_t start = 0;
        while (true) {
            std::size_t tab = line.find('\t', start);
            fields.push_back(line.substr(start, tab == std::string_view::npos ? tab : tab - start));
            if (tab == std::string_view::npos) break;
            start = tab + 1;
        }
        f(fields);
    }
}

int to_int(std::string_view s, std::string_view file) {
    int v = 0;
    auto r = std::from_chars(s.data(), s.data() + s.size(), v);
    if (r.ec != std::errc()) throw Error("data/" + std::string(file) + ": not a number: " + std::string(s));
    return v;
}

std::string_view field(const std::vector<std::string_view>& f, std::size_t i) {
    return i < f.size() ? f[i] : std::string_view();
}

}  // namespace

void timex_tokenize(std::string_view text, std::string& low, std::vector<TimexToken>& out) {
    low.assign(text.begin(), text.end());
    for (char& c : low)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    out.clear();
    bool space = true;
    int newlines = 0;
    std::size_t i = 0, n = text.size();
    while (i < n) {
        unsigned char c = static_cast<unsigned char>(text[i]);
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
            space = true;
            if (c == '\n') ++newlines;
            ++i;
            continue;
        }
        TimexToken t;
        t.begin = static_cast<std::uint32_t>(i);
        t.space = space;
        t.newline = newlines >= 2;
        if (is_alpha(c)) {
            while (i < n && is_alpha(static_cast<unsigned char>(text[i]))) ++i;
            t.alpha = true;
            t.cap = c >= 'A' && c <= 'Z';
        } else if (is_digit(c)) {
            while (i < n && is_digit(static_cast<unsigned char>(text[i]))) ++i;
            std::size_t len = i - t.begin;
            t.digits = static_cast<std::uint8_t>(std::min<std::size_t>(len, 255));
            if (len <= 9) {
                int v = 0;
                for (std::size_t k = t.begin; k < i; ++k) v = v * 10 + (text[k] - '0');
                t.num = v;
            }
        } else if (c >= 0x80) {
            ++i;
            while (i < n && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) ++i;
        } else {
            ++i;
        }
        t.end = static_cast<std::uint32_t>(i);
        t.low = std::string_view(low).substr(t.begin, t.end - t.begin);
        out.push_back(t);
        space = false;
        newlines = 0;
    }
}

TimexLexicon::TimexLexicon() {
    for_each_row("temporal/months.tsv", [&](const auto& f) {
        auto& w = words_[f[0]];
        w.month = to_int(field(f, 1), "temporal/months.tsv");
        w.month_abbr = field(f, 2) == "abbr";
        w.month_ambiguous = field(f, 2) == "ambiguous";
    });
    for_each_row("temporal/weekdays.tsv", [&](const auto& f) {
        auto& w = words_[f[0]];
        w.weekday = to_int(field(f, 1), "temporal/weekdays.tsv");
        w.weekday_abbr = field(f, 2) == "abbr";
    });
    for_each_row("temporal/numbers.tsv", [&](const auto& f) {
        auto& w = words_[f[0]];
        int v = to_int(field(f, 1), "temporal/numbers.tsv");
        if (field(f, 2) == "ordinal")
            w.ordinal = v;
        else
            w.cardinal = v;
    });
    for_each_row("temporal/units.tsv", [&](const auto& f) {
        auto& w = words_[f[0]];
        w.unit = field(f, 1).empty() ? 0 : field(f, 1)[0];
        w.unit_count = to_int(field(f, 2), "temporal/units.tsv");
        w.unit_plural = f[0].back() == 's';
    });
    for_each_row("temporal/recurring_nouns.txt", [&](const auto& f) { words_[f[0]].recurring_noun = true; });
    for_each_row("temporal/decades.tsv",
                 [&](const auto& f) { words_[f[0]].decade = to_int(field(f, 1), "temporal/decades.tsv"); });
    for_each_row("temporal/seasons.tsv", [&](const auto& f) { words_[f[0]].season = field(f, 1); });
    for_each_row("temporal/parts_of_day.tsv", [&](const auto& f) { words_[f[0]].pod = field(f, 1); });
    for_each_row("temporal/sets.tsv", [&](const auto& f) { words_[f[0]].set_value = field(f, 1); });
    for_each_row("temporal/relatives.tsv",
                 [&](const auto& f) { words_[f[0]].rel = to_int(field(f, 1), "temporal/relatives.tsv"); });
    for_each_row("temporal/day_words.tsv", [&](const auto& f) {
        auto& w = words_[f[0]];
        w.day_word = true;
        w.day_offset = to_int(field(f, 1), "temporal/day_words.tsv");
        w.day_pod = field(f, 2);
    });
    for_each_row("temporal/future_cues.txt", [&](const auto& f) {
        auto& w = words_[f[0]];
        w.future_cue = true;
        if (!field(f, 1).empty()) w.future_next.push_back(field(f, 1));
    });
    for_each_row("temporal/timezones.txt", [&](const auto& f) { words_[f[0]].timezone = true; });
    for_each_row("temporal/past_cues.txt", [&](const auto& f) { words_[f[0]].past_cue = true; });
    for_each_row("temporal/irregular_past.txt", [&](const auto& f) { words_[f[0]].past_cue = true; });
    for_each_row("temporal/not_past.txt", [&](const auto& f) { words_[f[0]].not_past = true; });
    for (std::string_view s :
         {"the",          "a",      "an",      "every", "each",     "fiscal", "several",
          "few",          "many",   "some",    "noon",  "midnight", "midday", "midmorning",
          "midafternoon", "half",   "earlier", "later", "year",     "mid",    "weekend",
          "per",          "latest", "most",    "full",  "calendar", "couple", "recent",
          "that",         "same",   "'"})
        words_[s].starter = true;

    const char* tables[3] = {"temporal/references.tsv", "temporal/modifiers.tsv", "temporal/holidays.tsv"};
    std::string scratch;
    std::vector<TimexToken> toks;
    for (int t = 0; t < 3; ++t) {
        for_each_row(tables[t], [&](const auto& f) {
            TimexPhrase p;
            timex_tokenize(f[0], scratch, toks);
            for (const auto& tok : toks) p.words.push_back(f[0].substr(tok.begin, tok.end - tok.begin));
            p.value = field(f, 1);
            p.kind = field(f, 2);
            if (p.words.empty()) return;
            words_[p.words[0]].starter = true;
            phrases_[t][p.words[0]].push_back(std::move(p));
        });
        for (auto& [k, v] : phrases_[t])
            std::stable_sort(v.begin(), v.end(), [](const TimexPhrase& a, const TimexPhrase& b) {
                return a.words.size() > b.words.size();
            });
    }
}

}  // namespace mosulkg::detail
