// mosulkg/publication.hpp: when an article was published.
//
// News copies from the web carry dates of several kinds: the site's own date in
// a page header ("Wednesday, 3 January 2018 | Latest news"), the article's date
// under its title or in a byline ("By Jane Roe | April 18, 2017"), a dateline
// without a year ("Apr 18, Baghdad:"), and the dates of the events the body
// reports. `find_publication_date` tells them apart:
//   - a date in a block before the title line, or beside site navigation, is the
//     site's date, not the article's;
//   - a date right under the title, or in a byline/dateline block, is stated;
//   - a stated date far later than every date of the body is suspicious and loses
//     to a better candidate;
//   - a dateline without a year gives `partial`; its year (and the date) is then
//     inferred from the body: the latest resolvable date mentioned, a weekday stated
//     beside it, the tense;
//   - an article with no usable date line is inferred from the dates of its body
//     when they agree closely enough, else unknown.
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
    std::optional<date::year_month_day> date;   // the full date, stated or inferred
    std::optional<date::month_day> partial;     // a dateline without a year ("Apr 18")
    DateSource source = DateSource::unknown;    // stated, inferred or unknown
    std::string evidence;                       // the text it was read or inferred from
    Span span;                                  // where that text is in Document::text (empty if none)
};

// The publication date of one article, from its header, byline, dateline or body.
PublicationDate find_publication_date(const Document& doc, const TimexTagger& tagger);

// For an article whose own date is unknown or partial: the date of the most similar
// articles of the corpus (pairs of their date and a similarity in [0, 1]). Only
// candidates with similarity >= 0.2 count; a partial date keeps only candidates whose
// month and day match it (then the year is what is borrowed). Returns std::nullopt
// when nothing qualifies, or when `own` already has a full date.
std::optional<date::year_month_day> infer_from_corpus(
    const PublicationDate& own, const std::vector<std::pair<date::year_month_day, double>>& similar);

}  // namespace mosulkg
