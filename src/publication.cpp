#include "mosulkg/publication.hpp"

namespace mosulkg {

PublicationDate find_publication_date(const Document&, const TimexTagger&) { return {}; }

std::optional<date::year_month_day> infer_from_corpus(
    const PublicationDate&, const std::vector<std::pair<date::year_month_day, double>>&) {
    return std::nullopt;
}

}  // namespace mosulkg
