// Date expressions added to the temporal tagger by its data files alone (data/temporal/):
// each is read and given its value with no code of its own.
#include "mosulkg/timex.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace mosulkg;

namespace {

const TimexTagger& tagger() {
    static const TimexTagger t;
    return t;
}

// "extent=value" for every expression the tagger finds in `sentence`.
std::string tagged(const std::string& sentence, date::year_month_day reference) {
    std::string all;
    for (const Timex& t : tagger().tag(sentence, reference))
        all += std::string(t.span.of(sentence)) + "=" + t.value.value + " ";
    return all;
}

}  // namespace

TEST_SUITE("temporal_data") {
    TEST_CASE("Armistice Day, Remembrance Day and Veterans Day are 11 November (holidays.tsv)") {
        // 2016-11-14 is a Monday: the day of the past clause is the one three days before
        CHECK(tagged("Veterans Day parades were held across the country.", date::year(2016) / 11 / 14) ==
              "Veterans Day=2016-11-11 ");
        CHECK(tagged("Wreaths were laid on Remembrance Day.", date::year(2016) / 11 / 14) ==
              "Remembrance Day=2016-11-11 ");
        CHECK(tagged("Wreaths were laid on Veterans' Day.", date::year(2016) / 11 / 14) ==
              "Veterans' Day=2016-11-11 ");
        // a future clause in March: the coming one
        CHECK(tagged("The memorial will open on Armistice Day.", date::year(2016) / 3 / 9) ==
              "Armistice Day=2016-11-11 ");
        // a past clause in March: last year's
        CHECK(tagged("The memorial opened on Armistice Day.", date::year(2016) / 3 / 9) ==
              "Armistice Day=2015-11-11 ");
    }

    TEST_CASE("without a reference date a holiday keeps its month and placeholders") {
        const std::string sentence = "The memorial opened on Armistice Day.";
        std::string all;
        for (const Timex& t : tagger().tag(sentence, std::nullopt))
            all += std::string(t.span.of(sentence)) + "=" + t.value.value + " ";
        CHECK(all == "Armistice Day=XXXX-11-XX ");
    }
}  // TEST_SUITE
