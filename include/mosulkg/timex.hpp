// mosulkg/timex.hpp: stage 5, temporal expressions (TIMEX3).
//
// The tagger finds dates, times, durations and sets in text and normalises them
// to TIMEX3 values, resolving relative expressions ("on Monday", "last
// October", "on 19 February last") against a reference date (the document's
// publication date) and the tense of the sentence.
#pragma once

#include "mosulkg/span.hpp"
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

class TimexTagger {
public:
    TimexTagger();  // the compiled-in lexicon (data/temporal/)
    ~TimexTagger();
    TimexTagger(TimexTagger&&) noexcept;
    TimexTagger& operator=(TimexTagger&&) noexcept;

    // Tags `text`. Relative expressions resolve against `reference` when given;
    // without one they keep placeholders ("XXXX-10").
    std::vector<Timex> tag(std::string_view text, std::optional<date::year_month_day> reference) const;

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
