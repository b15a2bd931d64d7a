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

#include <memory>
#include <optional>
#include <string_view>
#include <vector>

namespace mosulkg {

enum class TimexType { date, time, duration, set };

std::string_view to_string(TimexType t) noexcept;   // "DATE", "TIME", "DURATION", "SET"

struct Timex {
    Span span;                  // byte span in the tagged text
    TimexType type = TimexType::date;
    TimeValue value;
};

class TimexTagger {
public:
    TimexTagger();   // the compiled-in lexicon (data/temporal/)
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

}  // namespace mosulkg
