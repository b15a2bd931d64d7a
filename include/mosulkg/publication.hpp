// mosulkg/publication.hpp: when an article was published.
//
// News copies from the web carry dates of several kinds: the site's own date in
// a page header ("Wednesday, 3 January 2018 | Latest news"), the article's date
// under its title or in a byline ("By Jane Roe | April 18, 2017"), a dateline
// without a year ("Apr 18, Baghdad:"), and the dates of the events the body
// reports. `find_publication_date` tells them apart:
//   - a date in a block before the title line, or beside site navigation, is the
//     site's date, not the article's;
//   - a date right under the title, or in a byline/dateline block, is stated; an
//     all-numeric one reads month first ("03/05/2017"), or day first when only that
//     reading does not precede the days the body reports; a dotted one ("05.03.2017")
//     reads day first;
//   - a stated date far later than every date of the body is suspicious and loses
//     to a better candidate;
//   - a dateline without a year ("Apr 18, Baghdad:", "QAYARA, Iraq, Aug 26 (AFP) -")
//     gives `partial`; its year is the smallest one not before the latest year the text
//     mentions, moved on by one when the dateline would precede the latest event dated
//     to the month or day (an article is written after what it reports), and checked
//     against a weekday stated beside it;
//   - an article with no usable date line of its own has no date (source unknown):
//     neither the dates its body reports nor other articles of a corpus give one.
#pragma once

#include "mosulkg/document.hpp"
#include "mosulkg/span.hpp"
#include "mosulkg/timex.hpp"

#include <date/date.h>

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace mosulkg {

struct PublicationDate {
    std::optional<date::year_month_day> date;  // the full date, stated or inferred
    std::optional<date::month_day> partial;    // a dateline without a year ("Apr 18")
    DateSource source = DateSource::unknown;   // stated, inferred or unknown
    std::string evidence;                      // the text it was read or inferred from
    Span span;                                 // where that text is in Document::text (empty if none)
    // For a dateline without a year: `firm` when the body dates an event to the month or
    // day in that year or the year before, so the text itself fixes the year;
    // `not_before` is the latest date the text mentions.
    bool firm = false;
    std::optional<date::year_month_day> not_before;
};

// The publication date of one article, from its header, byline, dateline or body.
// `dates` are the article's temporal expressions read with no reference date
// (`FoundDates::unresolved`, timex.hpp), in text order; the tagger's lexicon names
// weekdays; `boilerplate`'s phrases of site navigation (lexicon/boilerplate.txt, kind
// `navigation`) mark a site's date line.
PublicationDate find_publication_date(const Document& doc, const std::vector<Timex>& dates,
                                      const TimexTagger& tagger,
                                      const Boilerplate& boilerplate = Boilerplate::defaults());
// The same for a document on its own: runs the text stage and finds its dates first.
PublicationDate find_publication_date(const Document& doc, const TimexTagger& tagger,
                                      const Boilerplate& boilerplate = Boilerplate::defaults());

}  // namespace mosulkg
