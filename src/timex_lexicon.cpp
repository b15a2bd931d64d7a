#include "timex_lexicon.hpp"

#include "data_file.hpp"
#include "mosulkg/data.hpp"
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

int to_int(std::string_view s, std::string_view origin) {
    int v = 0;
    auto r = std::from_chars(s.data(), s.data() + s.size(), v);
    if (r.ec != std::errc() || r.ptr != s.data() + s.size())
        throw Error(std::string(origin) + ": not a number: " + std::string(s));
    return v;
}

std::string_view field(const std::vector<std::string_view>& f, std::size_t i) {
    return i < f.size() ? f[i] : std::string_view();
}

// The kind names of cues.tsv.
constexpr std::pair<std::string_view, TimexCues> cue_kinds[] = {
    {"occasion", TimexCue::occasion},
    {"deadline", TimexCue::deadline},
    {"noon", TimexCue::noon},
    {"noon_idiom", TimexCue::noon_idiom},
    {"midnight", TimexCue::midnight},
    {"clock_lead", TimexCue::clock_lead},
    {"fiscal", TimexCue::fiscal},
    {"year_adjective", TimexCue::year_adjective},
    {"weekend", TimexCue::weekend},
    {"rate_unit", TimexCue::rate_unit},
    {"frequency", TimexCue::frequency},
    {"zone_clock_lead", TimexCue::zone_clock_lead},
    {"month_lead", TimexCue::month_lead},
    {"year_lead", TimexCue::year_lead},
    {"modal", TimexCue::modal},
    {"subject", TimexCue::subject},
    {"more", TimexCue::more},
    {"vague_count", TimexCue::vague_count},
    {"date_lead", TimexCue::date_lead},
    {"weekday_deadline", TimexCue::weekday_deadline},
    {"relates_day", TimexCue::relates_day},
    {"present", TimexCue::present},
    {"perfect", TimexCue::perfect},
    {"relative_pronoun", TimexCue::relative_pronoun},
    {"article", TimexCue::article},
    {"negation", TimexCue::negation},
    {"be_future", TimexCue::be_future},
    {"passive", TimexCue::passive},
    {"spoken_century", TimexCue::spoken_century},
    {"pod_lead", TimexCue::pod_lead},
    {"mid_pod", TimexCue::mid_pod},
    {"term_relative", TimexCue::term_relative},
    {"term_verb", TimexCue::term_verb},
    {"year_term", TimexCue::year_term},
    {"every", TimexCue::every},
    {"conjunction", TimexCue::conjunction},
    {"year_ago", TimexCue::year_ago},
    {"shift", TimexCue::shift},
    {"ago", TimexCue::ago},
    {"event_relation", TimexCue::event_relation},
    {"as_soon", TimexCue::as_soon},
    {"ordinal_suffix", TimexCue::ordinal_suffix},
    {"spoken_millennium", TimexCue::spoken_millennium},
    {"thousand", TimexCue::thousand},
    {"spoken_year_and", TimexCue::spoken_year_and},
    {"spoken_year_lead", TimexCue::spoken_year_lead},
    {"indefinite", TimexCue::indefinite},
    {"few", TimexCue::few},
    {"couple", TimexCue::couple},
    {"dozen", TimexCue::dozen},
    {"genitive", TimexCue::genitive},
    {"zone_local", TimexCue::zone_local},
    {"zone_time", TimexCue::zone_time},
    {"clock_pod_lead", TimexCue::clock_pod_lead},
    {"definite", TimexCue::definite},
    {"night_lead", TimexCue::night_lead},
    {"night", TimexCue::night},
    {"am_letter", TimexCue::am_letter},
    {"pm_letter", TimexCue::pm_letter},
    {"meridiem_letter", TimexCue::meridiem_letter},
    {"am", TimexCue::am},
    {"pm", TimexCue::pm},
    {"since", TimexCue::since},
    {"as_frame", TimexCue::as_frame},
    {"looks_back", TimexCue::looks_back},
    {"nearest_deadline", TimexCue::nearest_deadline},
    {"postposed_last", TimexCue::postposed_last},
    {"past_stretch", TimexCue::past_stretch},
    {"not_from_anchor", TimexCue::not_from_anchor},
    {"mid", TimexCue::mid},
    {"mid_morning", TimexCue::mid_morning},
    {"mid_afternoon", TimexCue::mid_afternoon},
    {"last_pod", TimexCue::last_pod},
    {"day_clock_lead", TimexCue::day_clock_lead},
    {"clock_day_lead", TimexCue::clock_day_lead},
    {"year_noun", TimexCue::year_noun},
    {"month_noun", TimexCue::month_noun},
    {"week_noun", TimexCue::week_noun},
    {"day_noun", TimexCue::day_noun},
    {"quarter_noun", TimexCue::quarter_noun},
    {"period_noun", TimexCue::period_noun},
    {"century_noun", TimexCue::century_noun},
    {"decade_plural", TimexCue::decade_plural},
    {"possessive", TimexCue::possessive},
    {"current", TimexCue::current},
    {"latest", TimexCue::latest},
    {"most", TimexCue::most},
    {"recent", TimexCue::recent},
    {"half", TimexCue::half},
    {"half_and", TimexCue::half_and},
    {"half_article", TimexCue::half_article},
    {"season_verb", TimexCue::season_verb},
    {"approx_or", TimexCue::approx_or},
    {"approx_so", TimexCue::approx_so},
    {"hence_from", TimexCue::hence_from},
    {"hence_now", TimexCue::hence_now},
    {"narrative_ago", TimexCue::narrative_ago},
    {"duration_lead", TimexCue::duration_lead},
    {"one", TimexCue::one},
    {"age", TimexCue::age},
    {"rate_article", TimexCue::rate_article},
    {"per", TimexCue::per},
    {"ordinal_unit", TimexCue::ordinal_unit},
    {"every_other", TimexCue::every_other},
    {"anaphor", TimexCue::anaphor},
    {"same", TimexCue::same},
    {"event_before", TimexCue::event_before},
    {"end", TimexCue::end},
    {"day_relative", TimexCue::day_relative},
    {"modifier_in", TimexCue::modifier_in},
    {"contraction", TimexCue::contraction},
    {"contracted_negation", TimexCue::contracted_negation},
    {"next", TimexCue::next},
    {"next_to", TimexCue::next_to},
    {"been", TimexCue::been},
    {"be", TimexCue::be},
    {"past_suffix", TimexCue::past_suffix},
    {"not_past_suffix", TimexCue::not_past_suffix},
    {"adverb_suffix", TimexCue::adverb_suffix},
    {"plural_suffix", TimexCue::plural_suffix},
};

// The TimexCue kind of a kind name of cues.tsv.
TimexCues cue_kind(std::string_view kind, std::string_view origin) {
    for (const auto& [name, bit] : cue_kinds)
        if (name == kind) return bit;
    throw Error(std::string(origin) + ": unknown kind: " + std::string(kind));
}

}  // namespace

void timex_tokens(std::string_view doc_text, const Text& text, const Text& chrome, std::string& low,
                  std::vector<TimexToken>& out) {
    low.assign(doc_text.begin(), doc_text.end());
    for (char& c : low)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    out.clear();
    out.reserve(text.tokens.size() + chrome.tokens.size() + text.tokens.size() / 4);
    std::size_t previous_end = static_cast<std::size_t>(-1);
    // the sentences of both, in text order
    std::size_t a = 0, b = 0, s = 0;
    for (; a < text.sentences.size() || b < chrome.sentences.size(); ++s) {
        const bool from_text =
            b == chrome.sentences.size() ||
            (a < text.sentences.size() && text.sentences[a].span.begin < chrome.sentences[b].span.begin);
        const Text& in = from_text ? text : chrome;
        const Sentence& sentence = from_text ? text.sentences[a++] : chrome.sentences[b++];
        for (std::size_t k = sentence.first_token; k < sentence.end_token; ++k) {
            const Span span = in.tokens[k].span;
            const bool space = span.begin != previous_end;
            previous_end = span.end;
            for_each_piece(span.of(doc_text), [&](std::size_t pb, std::size_t pe) {
                TimexToken t;
                t.begin = static_cast<std::uint32_t>(span.begin + pb);
                t.end = static_cast<std::uint32_t>(span.begin + pe);
                t.space = space && pb == 0;
                t.sentence = static_cast<int>(s);
                t.block = sentence.block;
                unsigned char c = static_cast<unsigned char>(doc_text[t.begin]);
                if (is_alpha(c)) {
                    t.alpha = true;
                    t.cap = c >= 'A' && c <= 'Z';
                } else if (is_digit(c)) {
                    std::size_t len = pe - pb;
                    t.digits = static_cast<std::uint8_t>(std::min<std::size_t>(len, 255));
                    if (len <= 9) {
                        int v = 0;
                        for (std::size_t i = t.begin; i < t.end; ++i) v = v * 10 + (doc_text[i] - '0');
                        t.num = v;
                    }
                }
                t.low = std::string_view(low).substr(t.begin, t.end - t.begin);
                out.push_back(t);
            });
        }
    }
}

TimexLexicon::TimexLexicon(const DataSource& data) {
    // Calls f(columns) for every data line of data/`name`; the words point into the file's text,
    // which the lexicon keeps.
    std::string origin;
    auto for_each_row = [&](std::string_view name, auto f) {
        files_.push_back(std::make_unique<const std::string>(data.read(name)));
        origin = data.origin(name);
        detail::for_each_row(*files_.back(),
                             [&](std::size_t, const std::vector<std::string_view>& cols) { f(cols); });
    };
    for_each_row("temporal/months.tsv", [&](const auto& f) {
        auto& w = words_[f[0]];
        w.month = to_int(field(f, 1), origin);
        w.month_abbr = field(f, 2) == "abbr";
        w.month_ambiguous = field(f, 2) == "ambiguous";
    });
    for_each_row("temporal/weekdays.tsv", [&](const auto& f) {
        auto& w = words_[f[0]];
        w.weekday = to_int(field(f, 1), origin);
        w.weekday_abbr = field(f, 2) == "abbr";
    });
    for_each_row("temporal/numbers.tsv", [&](const auto& f) {
        auto& w = words_[f[0]];
        int v = to_int(field(f, 1), origin);
        if (field(f, 2) == "ordinal")
            w.ordinal = v;
        else
            w.cardinal = v;
    });
    for_each_row("temporal/cues.tsv", [&](const auto& f) {
        const TimexCues kind = cue_kind(f[0], origin);
        if (field(f, 1).empty()) throw Error(origin + ": no word for the kind " + std::string(f[0]));
        if (kind & (TimexCue::past_suffix | TimexCue::not_past_suffix | TimexCue::adverb_suffix |
                    TimexCue::plural_suffix))
            suffixes_.emplace_back(f[1], kind);
        else
            cues_[f[1]] |= kind;
    });
    for_each_row("temporal/units.tsv", [&](const auto& f) {
        auto& w = words_[f[0]];
        w.unit = field(f, 1).empty() ? 0 : field(f, 1)[0];
        w.unit_count = to_int(field(f, 2), origin);
        w.unit_plural = static_cast<bool>(suffix_cues(f[0]) & TimexCue::plural_suffix);
    });
    for_each_row("temporal/recurring_nouns.txt", [&](const auto& f) { words_[f[0]].recurring_noun = true; });
    for_each_row("temporal/decades.tsv",
                 [&](const auto& f) { words_[f[0]].decade = to_int(field(f, 1), origin); });
    for_each_row("temporal/seasons.tsv", [&](const auto& f) { words_[f[0]].season = field(f, 1); });
    for_each_row("temporal/parts_of_day.tsv", [&](const auto& f) { words_[f[0]].pod = field(f, 1); });
    for_each_row("temporal/sets.tsv", [&](const auto& f) { words_[f[0]].set_value = field(f, 1); });
    for_each_row("temporal/relatives.tsv",
                 [&](const auto& f) { words_[f[0]].rel = to_int(field(f, 1), origin); });
    for_each_row("temporal/day_words.tsv", [&](const auto& f) {
        auto& w = words_[f[0]];
        w.day_word = true;
        w.day_offset = to_int(field(f, 1), origin);
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
    for_each_row("temporal/starters.txt", [&](const auto& f) { words_[f[0]].starter = true; });

    const char* tables[3] = {"temporal/references.tsv", "temporal/modifiers.tsv", "temporal/holidays.tsv"};
    for (int t = 0; t < 3; ++t) {
        for_each_row(tables[t], [&](const auto& f) {
            TimexPhrase p;
            // the words of the phrase, split as the text stage splits words and cut into pieces
            std::string_view phrase = f[0];
            for (std::size_t from = 0; from < phrase.size();) {
                std::size_t space = std::min(phrase.find(' ', from), phrase.size());
                std::string_view word = phrase.substr(from, space - from);
                for_each_piece(
                    word, [&](std::size_t b, std::size_t e) { p.words.push_back(word.substr(b, e - b)); });
                from = space + 1;
            }
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
    word_table_ = WordTable<TimexWord>(words_);
    cue_table_ = WordTable<TimexCues>(cues_);
    for (int t = 0; t < 3; ++t) phrase_tables_[t] = WordTable<std::vector<TimexPhrase>>(phrases_[t]);
}

}  // namespace mosulkg::detail
