// mosulkg/timex.hpp: stage 5, temporal expressions (TIMEX3).
//
// The tagger finds dates, times, durations and sets in text and normalises them
// to TIMEX3 values, resolving relative expressions ("on Monday", "last
// October", "on 19 February last") against a reference date (the document's
// publication date) and the tense of the sentence. It reads the tokens and
// sentences of the text stage (text.hpp), cutting each token into the pieces its
// grammar matches ("1990s" is "1990" "s"); it has no tokenizer of its own. A
// document is tagged once: `find` without a reference (what the publication date
// is read from, publication.hpp), then `resolve` against the date found.
#pragma once

#include "mosulkg/span.hpp"
#include "mosulkg/text.hpp"
#include "mosulkg/time_value.hpp"

#include <date/date.h>

#include <iosfwd>
#include <memory>
#include <optional>
#include <string_view>
#include <vector>

namespace mosulkg {

enum class TimexType { date, time, duration, set };

std::string_view to_string(TimexType t) noexcept;  // "DATE", "TIME", "DURATION", "SET"

struct Timex {
    Span span;  // byte span in the tagged text
    TimexType type = TimexType::date;
    TimeValue value;  // value.mod carries the TIMEX3 mod ("START" for "early 2014")
};

class DataSource;  // data.hpp

// The temporal expressions of one text, found once by `TimexTagger::find` over the
// tokens and sentences of the text stage. Their values are first read without a
// reference date, each block (line) on its own (`unresolved`: "on Monday" is
// "XXXX-WXX-1", "last October" "XXXX-10", and "five days earlier" at the start of a
// line no date), which is what finding the publication date needs;
// `TimexTagger::resolve` then gives them as the whole text reads against the reference
// date, re-reading only the expressions whose value depends on it or on an earlier
// expression. Holds views into the tagged
// text, which must outlive it. Immutable once made: may be shared between threads.
class FoundDates {
public:
    FoundDates();
    ~FoundDates();
    FoundDates(FoundDates&&) noexcept;
    FoundDates& operator=(FoundDates&&) noexcept;

    // The expressions, in text order, with no reference date.
    const std::vector<Timex>& unresolved() const noexcept;

private:
    friend class TimexTagger;
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

// Thread safety: a TimexTagger is immutable after construction; every member
// function is const and may be called from several threads.
class TimexTagger {
public:
    TimexTagger();                                 // the installed data source's data/temporal/ (data.hpp)
    explicit TimexTagger(const DataSource& data);  // data/temporal/ of `data`
    ~TimexTagger();
    TimexTagger(TimexTagger&&) noexcept;
    TimexTagger& operator=(TimexTagger&&) noexcept;

    // Finds the expressions in the sentences of `text`, the text stage's segmentation of
    // `doc_text` (text.hpp), and of `chrome` (segment_chrome: a page's header lines, read
    // for the publication date). `doc_text` must outlive the result.
    FoundDates find(std::string_view doc_text, const Text& text, const Text& chrome = Text()) const;
    // The expressions of `found`, relative ones resolved against `reference` when given;
    // without one they keep placeholders ("XXXX-10"). Equal to `tag` with `reference`.
    std::vector<Timex> resolve(const FoundDates& found, std::optional<date::year_month_day> reference) const;
    // find and resolve in one step, for a reference date known beforehand.
    std::vector<Timex> tag(std::string_view doc_text, const Text& text,
                           std::optional<date::year_month_day> reference) const;
    // Tags a plain text: runs the text stage first, each paragraph (lines up to a blank
    // line) a block (`segment_plain`, text.hpp). Spans are byte offsets into `text`.
    std::vector<Timex> tag(std::string_view text, std::optional<date::year_month_day> reference) const;

    // The ISO weekday (1 Monday ... 7 Sunday) that `word` names in full ("Monday", any case).
    std::optional<int> weekday(std::string_view word) const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

// Tags a JSON Lines stream: every input line is an object with "doc", "text" and
// optionally "dct" ("YYYY-MM-DD", longer strings are cut to the day); every output
// line is {"doc", "timexes": [{"start", "end", "text", "type", "value"}]} with
// start/end in Unicode code points of "text". Blank lines are skipped. Throws Error
// naming `source_name` and the line number when a line is not such an object.
void tag_jsonl(std::istream& in, std::ostream& out, const TimexTagger& tagger, std::string_view source_name);

}  // namespace mosulkg
