// Tests for mosulkg/timex.hpp: recognition, extents and TIMEX3 values.
#include "mosulkg/timex.hpp"

#include "mosulkg/error.hpp"

#include <doctest/doctest.h>

#include <sstream>
#include <string>

using namespace mosulkg;

namespace {

std::optional<date::year_month_day> ymd(const char* s) {
    if (!s || !*s) return std::nullopt;
    int y = 0;
    unsigned m = 0, d = 0;
    std::sscanf(s, "%d-%u-%u", &y, &m, &d);
    return date::year(y) / date::month(m) / date::day(d);
}

const TimexTagger& tagger() {
    static const TimexTagger t;
    return t;
}

struct Case {
    const char* sentence;
    const char* reference;  // "" for none
    const char* surface;    // the expected extent
    const char* type;
    const char* value;
    const char* mod = "";
};

// Reference dates: 2016-03-09 is a Wednesday (ISO week 10, first quarter),
// 2015-11-20 a Friday (week 47, fourth quarter), 2014-07-02 a Wednesday.
const Case cases[] = {
    // absolute dates in news formats
    {"The offensive began on 17 October 2016.", "2016-03-09", "17 October 2016", "DATE", "2016-10-17"},
    {"The offensive began on October 17, 2016, at dawn.", "2016-03-09", "October 17, 2016", "DATE",
     "2016-10-17"},
    {"It was signed Oct. 17, 2016 in Erbil.", "2016-03-09", "Oct. 17, 2016", "DATE", "2016-10-17"},
    {"The report is dated 2016-10-17.", "2016-03-09", "2016-10-17", "DATE", "2016-10-17"},
    {"The form was filed on 10/17/2016.", "2016-03-09", "10/17/2016", "DATE", "2016-10-17"},
    {"The form was filed on 17/10/2016.", "2016-03-09", "17/10/2016", "DATE", "2016-10-17"},
    {"Posted Monday October 17, 2016 at 13:10", "2016-03-09", "Monday October 17, 2016 at 13:10", "TIME",
     "2016-10-17T13:10"},
    {"Posted Sunday March 6, 2016 at 14: 25 PM", "2016-03-09", "Sunday March 6, 2016 at 14: 25 PM", "TIME",
     "2016-03-06T14:25"},
    {"Posted Monday October 17, 2016 at 1:10 PM", "2016-03-09", "Monday October 17, 2016 at 1:10 PM", "TIME",
     "2016-10-17T13:10"},
    {"The vote took place on Sept. 3, 2015.", "2016-03-09", "Sept. 3, 2015", "DATE", "2015-09-03"},
    {"It ended on the 3rd of September 2015.", "2016-03-09", "3rd of September 2015", "DATE", "2015-09-03"},
    {"Updated: Mon, Oct 17, 2016", "2016-03-09", "Mon, Oct 17, 2016", "DATE", "2016-10-17"},
    {"Updated: Wednesday, 9 March 2016", "", "Wednesday, 9 March 2016", "DATE", "2016-03-09"},
    {"Mosul fell in June 2014.", "2016-03-09", "June 2014", "DATE", "2014-06"},
    {"Mosul fell in June of 2014.", "2016-03-09", "June of 2014", "DATE", "2014-06"},
    {"The group rose in 2014.", "2016-03-09", "2014", "DATE", "2014"},
    {"Profits fell in fiscal 2015.", "2016-03-09", "fiscal 2015", "DATE", "2015"},
    {"The 2014 offensive was swift.", "2016-03-09", "2014", "DATE", "2014"},
    {"The deadline is Dec. 31.", "2015-11-20", "Dec. 31", "DATE", "2015-12-31"},
    {"The campaign started Oct. 17.", "2016-03-09", "Oct. 17", "DATE", "2015-10-17"},
    {"The bridge was opened on March 2.", "2016-03-09", "March 2", "DATE", "2016-03-02"},
    {"Payment is due Jan. 4.", "2015-11-20", "Jan. 4", "DATE", "2016-01-04"},
    {"He wrote to them on 19 February last.", "2016-03-09", "19 February last", "DATE", "2016-02-19"},
    {"He wrote to them on 19 February last.", "2015-11-20", "19 February last", "DATE", "2015-02-19"},
    {"The 18th of May 2015 was quiet.", "2016-03-09", "18th of May 2015", "DATE", "2015-05-18"},
    {"Troops arrived on May 5.", "2016-03-09", "May 5", "DATE", "2016-05-05"},
    // months resolved with the tense
    {"Fighting resumed in October.", "2016-03-09", "October", "DATE", "2015-10"},
    {"The talks will resume in October.", "2016-03-09", "October", "DATE", "2016-10"},
    {"The army said the city fell in December.", "2016-03-09", "December", "DATE", "2015-12"},
    {"The election will be held in May.", "2015-11-20", "May", "DATE", "2016-05"},
    {"The dam was retaken in February.", "2016-03-09", "February", "DATE", "2016-02"},
    {"Officials said the siege began in April.", "2016-03-09", "April", "DATE", "2015-04"},
    {"They met last October.", "2016-03-09", "last October", "DATE", "2015-10"},
    {"They will meet next October.", "2016-03-09", "next October", "DATE", "2016-10"},
    {"They meet this October.", "2016-03-09", "this October", "DATE", "2016-10"},
    {"They met last March.", "2016-03-09", "last March", "DATE", "2015-03"},
    {"It rained in June last year.", "2016-03-09", "June last year", "DATE", "2015-06"},
    {"It rained in January this year.", "2016-03-09", "January this year", "DATE", "2016-01"},
    // the tense of the clause: irregular and regular past forms, the perfect, futures
    {"The garrison fell on June 9 when the militants drove into the base.", "2016-02-01", "June 9", "DATE",
     "2015-06-09"},
    {"The convoy left on November 2 after the guards ran off.", "2016-02-01", "November 2", "DATE",
     "2015-11-02"},
    {"Police stormed the building on September 14.", "2016-02-01", "September 14", "DATE", "2015-09-14"},
    {"The vote will take place on June 9.", "2016-02-01", "June 9", "DATE", "2016-06-09"},
    {"Troops have retaken most of the valley in a push started in September.", "2016-04-11", "September",
     "DATE", "2015-09"},
    {"The army has taken back the dam it lost in August.", "2016-04-11", "August", "DATE", "2015-08"},
    {"The minister said the next assault would come in September.", "2016-04-11", "September", "DATE",
     "2016-09"},
    {"The governor said the bridge will be rebuilt in May.", "2016-04-11", "May", "DATE", "2016-05"},
    {"Engineers plan to reopen the road in August.", "2016-04-11", "August", "DATE", "2016-08"},
    {"The ministry said rations will run out on Friday.", "2016-03-09", "Friday", "DATE", "2016-03-11"},
    {"The envoy to Jordan said on Monday that talks had failed.", "2016-03-09", "Monday", "DATE",
     "2016-03-07"},
    {"The report was published Monday by the ministry.", "2016-03-09", "Monday", "DATE", "2016-03-07"},
    {"The offer was extended to March 20.", "2016-03-09", "March 20", "DATE", "2016-03-20"},
    {"Rebels have held the pass since October.", "2016-03-09", "October", "DATE", "2015-10"},
    {"Armed men guarded the gate in May.", "2016-03-09", "May", "DATE", "2015-05"},
    {"The council is set to vote Monday on the budget.", "2016-03-09", "Monday", "DATE", "2016-03-14"},
    {"Engineers planned to open the bridge on Friday.", "2016-03-09", "Friday", "DATE", "2016-03-11"},
    {"Engineers planned the bridge and opened it Friday.", "2016-03-09", "Friday", "DATE", "2016-03-04"},
    {"The convoy is to leave the camp on Saturday.", "2016-03-09", "Saturday", "DATE", "2016-03-12"},
    {"Aid could arrive as soon as Tuesday, officials said.", "2016-03-09", "Tuesday", "DATE", "2016-03-15"},
    {"The deadline was extended until 9 a.m. Tuesday.", "2016-03-07", "9 a.m. Tuesday", "TIME",
     "2016-03-08T09:00"},
    {"Until Monday, the guards had not seen the order.", "2016-03-09", "Monday", "DATE", "2016-03-07"},
    {"Most fighters had left by the Monday deadline.", "2016-03-09", "Monday", "DATE", "2016-03-07"},
    {"The court said the appeal is heard in May.", "2016-03-09", "May", "DATE", "2016-05"},
    {"The bombs that injured guards in October were found.", "2016-03-09", "October", "DATE", "2015-10"},
    {"Shares would be paid on an unspecified date in January.", "2015-11-20", "January", "DATE", "2016-01"},
    {"In January, a week after the Smith vs. Jones ruling, a strike began.", "2015-11-20", "January", "DATE",
     "2015-01"},
    {"He was shot last Oct. 23 near his home.", "2016-03-09", "last Oct. 23", "DATE", "2015-10-23"},
    {"The trial is due the week of March 21.", "2016-03-09", "the week of March 21", "DATE", "2016-W12"},
    // parts of periods
    {"The plan dates from early 2014.", "2016-03-09", "early 2014", "DATE", "2014", "START"},
    {"It was drafted late in 2013.", "2016-03-09", "late in 2013", "DATE", "2013", "END"},
    {"Prices peaked in mid-2015.", "2016-03-09", "mid-2015", "DATE", "2015", "MID"},
    {"The index was flat by the end of 1990.", "2016-03-09", "the end of 1990", "DATE", "1990", "END"},
    {"Snow fell in late November.", "2015-11-20", "late November", "DATE", "2015-11", "END"},
    {"The city was quiet until mid-November.", "2015-11-20", "mid-November", "DATE", "2015-11", "MID"},
    {"The talks start early next year.", "2016-03-09", "early next year", "DATE", "2017", "START"},
    {"Sales slowed late last year.", "2016-03-09", "late last year", "DATE", "2015", "END"},
    // seasons
    {"He fled in the summer of 2014.", "2016-03-09", "the summer of 2014", "DATE", "2014-SU"},
    {"He fled in summer 2014.", "2016-03-09", "summer 2014", "DATE", "2014-SU"},
    {"He fled in the spring of 2015.", "2016-03-09", "the spring of 2015", "DATE", "2015-SP"},
    {"They returned in autumn 2016.", "2016-03-09", "autumn 2016", "DATE", "2016-FA"},
    {"They returned last fall.", "2016-03-09", "last fall", "DATE", "2015-FA"},
    {"They will return this summer.", "2016-03-09", "this summer", "DATE", "2016-SU"},
    {"It was harsh this past spring.", "2016-03-09", "this past spring", "DATE", "2015-SP"},
    {"Supplies ran low during the winter.", "2016-03-09", "the winter", "DATE", "2016-WI"},
    // quarters and halves
    {"Sales rose in the third quarter.", "2015-11-20", "the third quarter", "DATE", "2015-Q3"},
    {"Sales rose in the fourth quarter.", "2016-03-09", "the fourth quarter", "DATE", "2015-Q4"},
    {"Sales rose in the first quarter of 2016.", "2016-03-09", "the first quarter of 2016", "DATE",
     "2016-Q1"},
    {"Its third-quarter profit rose.", "2015-11-20", "third-quarter", "DATE", "2015-Q3"},
    {"Output grew in the second half of 2015.", "2016-03-09", "the second half of 2015", "DATE", "2015-H2"},
    {"Output grew in the first half.", "2015-11-20", "the first half", "DATE", "2015-H1"},
    {"Output fell last quarter.", "2015-11-20", "last quarter", "DATE", "2015-Q3"},
    {"Output fell in the current quarter.", "2015-11-20", "the current quarter", "DATE", "2015-Q4"},
    {"Sales fell during the quarter.", "2015-11-20", "the quarter", "DATE", "2015-Q3"},
    {"It beat 2015's third quarter.", "2016-03-09", "2015's third quarter", "DATE", "2015-Q3"},
    {"It beat last year's fourth quarter.", "2016-03-09", "last year's fourth quarter", "DATE", "2015-Q4"},
    {"Costs fell over the first nine months.", "2015-11-20", "the first nine months", "DURATION", "P9M"},
    // decades and centuries
    {"Oil prices were low in the 1990s.", "2016-03-09", "the 1990s", "DATE", "199"},
    {"Oil prices were low in the '90s.", "2016-03-09", "the '90s", "DATE", "199"},
    {"Oil prices were low in the '80s.", "2016-03-09", "the '80s", "DATE", "198"},
    {"The town grew in the late 1970s.", "2016-03-09", "the late 1970s", "DATE", "197", "END"},
    {"The border was drawn in the 20th century.", "2016-03-09", "the 20th century", "DATE", "19"},
    {"The bridge dates from the nineteenth century.", "2016-03-09", "the nineteenth century", "DATE", "18"},
    {"Nothing like it happened this century.", "2016-03-09", "this century", "DATE", "20"},
    // "ago" and "earlier"
    {"The city fell two years ago.", "2016-03-09", "two years ago", "DATE", "2014"},
    {"The troops left two and a half years ago.", "2014-06-10", "two and a half years ago", "DATE",
     "2011-12"},
    {"The troops left a year and a half ago.", "2014-06-10", "a year and a half ago", "DATE", "2012-12"},
    {"The city fell three months ago.", "2016-03-09", "three months ago", "DATE", "2015-12"},
    {"The city fell two weeks ago.", "2016-03-09", "two weeks ago", "DATE", "2016-W08"},
    {"The city fell five days ago.", "2016-03-09", "five days ago", "DATE", "2016-03-04"},
    {"The city was calm a decade ago.", "2016-03-09", "a decade ago", "DATE", "2006"},
    {"The city was calm a year ago.", "2016-03-09", "a year ago", "DATE", "2015"},
    {"The city was calm several years ago.", "2016-03-09", "several years ago", "DATE", "PAST_REF"},
    {"The city fell about two years ago.", "2016-03-09", "about two years ago", "DATE", "2014", "APPROX"},
    {"Profit rose in the third quarter, up from a year earlier.", "2015-11-20", "a year earlier", "DATE",
     "2014-Q3"},
    {"Sales in the third quarter beat the year-ago quarter.", "2015-11-20", "the year-ago quarter", "DATE",
     "2014-Q3"},
    // durations
    {"Prices doubled over the past two years.", "2016-03-09", "the past two years", "DURATION", "P2Y"},
    {"The siege lasted three days.", "2016-03-09", "three days", "DURATION", "P3D"},
    {"The siege lasted two weeks.", "2016-03-09", "two weeks", "DURATION", "P2W"},
    {"The siege lasted 18 months.", "2016-03-09", "18 months", "DURATION", "P18M"},
    {"They agreed a two-year truce.", "2016-03-09", "two-year", "DURATION", "P2Y"},
    {"They agreed a 10-year plan.", "2016-03-09", "10-year", "DURATION", "P10Y"},
    {"The curfew lasted 24 hours.", "2016-03-09", "24 hours", "DURATION", "PT24H"},
    {"The curfew lasted twenty-four hours.", "2016-03-09", "twenty-four hours", "DURATION", "PT24H"},
    {"The battle lasted 45 minutes.", "2016-03-09", "45 minutes", "DURATION", "PT45M"},
    {"The battle lasted one hour.", "2016-03-09", "one hour", "DURATION", "PT1H"},
    {"The ceasefire lasted 20 days.", "2016-03-09", "20 days", "DURATION", "P20D"},
    {"Aid will arrive over the next few days.", "2016-03-09", "the next few days", "DURATION", "PXD"},
    {"Aid will arrive in the coming months.", "2016-03-09", "the coming months", "DURATION", "PXM"},
    {"The talks took several months.", "2016-03-09", "several months", "DURATION", "PXM"},
    {"The town was besieged for years.", "2016-03-09", "years", "DURATION", "PXY"},
    {"Attacks grew in recent weeks.", "2016-03-09", "recent weeks", "DURATION", "PXW"},
    {"No attacks in the last 24 hours.", "2016-03-09", "the last 24 hours", "DURATION", "PT24H"},
    {"He waited a fortnight.", "2016-03-09", "a fortnight", "DURATION", "P2W"},
    {"The war lasted two decades.", "2016-03-09", "two decades", "DURATION", "P20Y"},
    {"The war lasted a couple of years.", "2016-03-09", "a couple of years", "DURATION", "P2Y"},
    {"The plan covers three quarters.", "2016-03-09", "three quarters", "DURATION", "P9M"},
    {"He served more than two years.", "2016-03-09", "more than two years", "DURATION", "P2Y", "MORE_THAN"},
    {"He served nearly three months.", "2016-03-09", "nearly three months", "DURATION", "P3M", "LESS_THAN"},
    {"They must wait at least 30 days.", "2016-03-09", "at least 30 days", "DURATION", "P30D",
     "EQUAL_OR_MORE"},
    {"Detention may last up to 180 days.", "2016-03-09", "up to 180 days", "DURATION", "P180D",
     "EQUAL_OR_LESS"},
    {"He stayed for a week.", "2016-03-09", "a week", "DURATION", "P1W"},
    // sets
    {"Patrols run every week.", "2016-03-09", "every week", "SET", "P1W"},
    {"The ministry gives daily briefings.", "2016-03-09", "daily", "SET", "P1D"},
    {"The council meets each month.", "2016-03-09", "each month", "SET", "P1M"},
    {"The market opens every Friday.", "2016-03-09", "every Friday", "SET", "XXXX-WXX-5"},
    {"The paper appears weekly.", "2016-03-09", "weekly", "SET", "P1W"},
    {"The fee is paid annually.", "2016-03-09", "annually", "SET", "P1Y"},
    {"Elections are held every two years.", "2016-03-09", "every two years", "SET", "P2Y"},
    {"Convoys leave twice a week.", "2016-03-09", "a week", "SET", "P1W"},
    {"Water comes every other day.", "2016-03-09", "every other day", "SET", "P2D"},
    {"Shelling starts every morning.", "2016-03-09", "every morning", "SET", "XXXX-XX-XXTMO"},
    // vague references
    {"The town is now under army control.", "2016-03-09", "now", "DATE", "PRESENT_REF"},
    {"The road is currently closed.", "2016-03-09", "currently", "DATE", "PRESENT_REF"},
    {"At present the road is closed.", "2016-03-09", "At present", "DATE", "PRESENT_REF"},
    {"The road was recently reopened.", "2016-03-09", "recently", "DATE", "PAST_REF"},
    {"Such raids were common in the past.", "2016-03-09", "the past", "DATE", "PAST_REF"},
    {"Nobody can predict the future.", "2016-03-09", "the future", "DATE", "FUTURE_REF"},
    {"Nowadays the market is busy.", "2016-03-09", "Nowadays", "DATE", "PRESENT_REF"},
    {"Talks may resume in the near future.", "2016-03-09", "the near future", "DATE", "FUTURE_REF"},
    {"Attacks have grown lately.", "2016-03-09", "lately", "DATE", "PAST_REF"},
    // days, weekdays and times
    {"The ministry spoke today.", "2016-03-09", "today", "DATE", "2016-03-09"},
    {"The ministry spoke yesterday.", "2016-03-09", "yesterday", "DATE", "2016-03-08"},
    {"The ministry speaks tomorrow.", "2016-03-09", "tomorrow", "DATE", "2016-03-10"},
    {"The ministry speaks tonight.", "2016-03-09", "tonight", "TIME", "2016-03-09TNI"},
    {"The ministry spoke this morning.", "2016-03-09", "this morning", "TIME", "2016-03-09TMO"},
    {"Shots were heard last night.", "2016-03-09", "last night", "TIME", "2016-03-08TNI"},
    {"Shots were heard yesterday morning.", "2016-03-09", "yesterday morning", "TIME", "2016-03-08TMO"},
    {"The army said on Monday that it had advanced.", "2016-03-09", "Monday", "DATE", "2016-03-07"},
    {"The talks will resume on Monday.", "2016-03-09", "Monday", "DATE", "2016-03-14"},
    {"The minister said on Wednesday that talks failed.", "2016-03-09", "Wednesday", "DATE", "2016-03-09"},
    {"The minister spoke last Friday.", "2016-03-09", "last Friday", "DATE", "2016-03-04"},
    {"The minister will speak next Friday.", "2016-03-09", "next Friday", "DATE", "2016-03-11"},
    {"Clashes erupted Friday night.", "2016-03-09", "Friday night", "TIME", "2016-03-04TNI"},
    {"The attack came on Sunday morning.", "2016-03-09", "Sunday morning", "TIME", "2016-03-06TMO"},
    {"The curfew began at 3 p.m.", "2016-03-09", "3 p.m.", "TIME", "2016-03-09T15:00"},
    {"The blast was heard at 13:10.", "2016-03-09", "13:10", "TIME", "2016-03-09T13:10"},
    {"The blast was heard at 10:30 am.", "2016-03-09", "10:30 am", "TIME", "2016-03-09T10:30"},
    {"The market closes before noon.", "2016-03-09", "noon", "TIME", "2016-03-09T12:00"},
    {"The offer expired at 10 p.m. Wednesday.", "2015-11-20", "10 p.m. Wednesday", "TIME",
     "2015-11-18T22:00"},
    {"Troops will be home by Christmas.", "2015-11-20", "Christmas", "DATE", "2015-12-25"},
    {"Families will gather on Thanksgiving Day.", "2015-11-20", "Thanksgiving Day", "DATE", "2015-11-26"},
    {"Kurds in Erbil celebrated Newroz.", "2016-03-25", "Newroz", "DATE", "2016-03-21"},
    {"Profit rose 5% in the quarter ended Sept. 30.", "2015-11-20", "the quarter", "DATE", "2015-Q3"},
    {"Sales rose over the past decade.", "2016-03-09", "the past decade", "DURATION", "P10Y"},
    {"Clashes began at 1430 local time.", "2016-03-09", "1430 local time", "TIME", "2016-03-09T14:30"},
    {"The convoy left at 0800 GMT on Saturday.", "2016-03-09", "0800 GMT on Saturday", "TIME",
     "2016-03-05T08:00"},
    {"The museum is open on weekends.", "2016-03-09", "weekends", "SET", "XXXX-WXX-WE"},
    {"Then, a month or so ago, the general left.", "2016-03-09", "a month or so ago", "DATE", "2016-02"},
    {"Numbers fell through the nineties.", "2016-03-09", "the nineties", "DATE", "199"},
    {"The summit meets on April 24 and 25.", "2016-03-09", "25", "DATE", "2016-04-25"},
    {"Thousands attended Friday prayers in the square.", "2016-03-09", "Friday", "SET", "XXXX-WXX-5"},
    {"A Friday raid killed two guards.", "2016-03-09", "Friday", "DATE", "2016-03-04"},
    {"Troops took the airport on Monday and held it by noon.", "2016-03-09", "noon", "TIME",
     "2016-03-07T12:00"},
    {"Troops took the airport on Monday. Police stormed it in the morning.", "2016-03-09", "the morning",
     "TIME", "2016-03-07TMO"},
    {"The town fell on June 10, 2014. The curfew starts at 10 p.m.", "2016-03-09", "10 p.m.", "TIME",
     "2016-03-09T22:00"},
    {"The sale should close by year-end.", "2016-03-09", "year-end", "DATE", "2016", "END"},
    {"Shares have risen since year-end.", "2016-03-09", "year-end", "DATE", "2015", "END"},
    {"The town fell on July 4, 2014. Five days earlier, the siege began.", "2016-03-09", "Five days earlier",
     "DATE", "2014-06-29"},
    {"The cleric spoke in his Friday sermon.", "2016-03-09", "Friday", "DATE", "2016-03-04"},
    {"The base will stay for 20 more years.", "2016-03-09", "20 more years", "DURATION", "P20Y"},
    {"The lease may be extended for an additional year.", "2016-03-09", "an additional year", "DURATION",
     "P1Y"},
    {"Prices fell in the first half of the month.", "2016-03-09", "the first half of the month", "DATE",
     "2016-03", "START"},
    {"Profit was $4 million, down from $5 million the year before.", "2016-03-09", "the year before", "DATE",
     "2015"},
    {"Exports doubled in 2012; the year after, they fell.", "2016-03-09", "the year after", "DATE", "2013"},
    {"In the latest quarter, sales fell.", "2015-11-20", "the latest quarter", "DATE", "2015-Q3"},
    // calendar units relative to the reference
    {"Output fell last year.", "2016-03-09", "last year", "DATE", "2015"},
    {"Output fell this year.", "2016-03-09", "this year", "DATE", "2016"},
    {"Output will rise next year.", "2016-03-09", "next year", "DATE", "2017"},
    {"Output fell last month.", "2016-03-09", "last month", "DATE", "2016-02"},
    {"Output will rise next month.", "2016-03-09", "next month", "DATE", "2016-04"},
    {"Output fell this month.", "2016-03-09", "this month", "DATE", "2016-03"},
    {"Output fell last week.", "2016-03-09", "last week", "DATE", "2016-W09"},
    {"Output fell this week.", "2016-03-09", "this week", "DATE", "2016-W10"},
    {"Output will rise next week.", "2016-03-09", "next week", "DATE", "2016-W11"},
    {"Fighting continued over the weekend.", "2016-03-09", "the weekend", "DATE", "2016-W09-WE"},
    {"Fighting may resume this weekend.", "2016-03-09", "this weekend", "DATE", "2016-W10-WE"},
    {"Output fell earlier this year.", "2016-03-09", "earlier this year", "DATE", "2016"},
    {"Output will rise later this month.", "2016-03-09", "later this month", "DATE", "2016-03"},
    {"Output fell the previous year.", "2016-03-09", "the previous year", "DATE", "2015"},
    // without a reference date the granularity stays, with placeholders
    {"They met last October.", "", "last October", "DATE", "XXXX-10"},
    {"They met on Monday.", "", "Monday", "DATE", "XXXX-WXX-1"},
    {"They met in October.", "", "October", "DATE", "XXXX-10"},
    {"They met on Oct. 17.", "", "Oct. 17", "DATE", "XXXX-10-17"},
    {"They met two years ago.", "", "two years ago", "DATE", "XXXX"},
    {"They met last year.", "", "last year", "DATE", "XXXX"},
    // halves, rates, "one day", times of day
    {"The siege lasted 2 1/2 years.", "2016-03-09", "2 1/2 years", "DURATION", "P2Y6M"},
    {"The talks went on for a year and a half.", "2016-03-09", "a year and a half", "DURATION", "P1Y6M"},
    {"The vote took half an hour.", "2016-03-09", "half an hour", "DURATION", "PT30M"},
    {"Repairs took one and a half days.", "2016-03-09", "one and a half days", "DURATION", "P1DT12H"},
    {"The city may one day be rebuilt.", "2016-03-09", "one day", "DATE", "FUTURE_REF"},
    {"The convoy left at midday.", "2016-03-09", "midday", "TIME", "2016-03-09T12:00"},
    {"The convoy will leave at 4 in the morning.", "2016-03-09", "4 in the morning", "TIME",
     "2016-03-09T04:00"},
    {"Shelling resumed at 9 in the evening.", "2016-03-09", "9 in the evening", "TIME", "2016-03-09T21:00"},
    {"Shares were up by mid-afternoon.", "2016-03-09", "mid-afternoon", "TIME", "2016-03-09TAF"},
    {"Shares were up at mid-afternoon yesterday.", "2016-03-09", "mid-afternoon yesterday", "TIME",
     "2016-03-08TAF"},
    {"The blast came at 9:15 a.m. (0615 GMT) Tuesday.", "2016-03-09", "9:15 a.m.", "TIME",
     "2016-03-08T09:15"},
    {"The market meets on Tuesday nights.", "2016-03-09", "Tuesday nights", "SET", "XXXX-WXX-2TNI"},
    // a weekday with its date in brackets: the date, numeric day first, when the weekday agrees
    {"The mayor spoke on Friday (13/2) in the square.", "2015-05-10", "Friday (13/2)", "DATE", "2015-02-13"},
    {"The mayor spoke on Tuesday (July 7) in the square.", "2015-09-10", "Tuesday (July 7)", "DATE",
     "2015-07-07"},
    {"The mayor spoke on Friday (15/2) in the square.", "2015-05-10", "Friday", "DATE", "2015-05-08"},
};

}  // namespace

TEST_CASE("the tagger recognises and normalises every class of expression") {
    int n = 0;
    for (const Case& c : cases) {
        ++n;
        std::string sentence = c.sentence, reference = c.reference;
        CAPTURE(sentence);
        CAPTURE(reference);
        auto found = tagger().tag(c.sentence, ymd(c.reference));
        const Timex* hit = nullptr;
        std::string all;
        for (const auto& t : found) {
            all += std::string(t.span.of(c.sentence)) + "=" + t.value.value + " ";
            if (t.span.of(c.sentence) == c.surface) hit = &t;
        }
        CAPTURE(all);
        if (!hit) {
            FAIL_CHECK("no expression with extent '" << c.surface << "'");
            continue;
        }
        CHECK(std::string(to_string(hit->type)) == std::string(c.type));
        CHECK(hit->value.value == std::string(c.value));
        CHECK(hit->value.mod == std::string(c.mod));
    }
    CHECK(n >= 150);
}

TEST_CASE("words that only look temporal are left alone") {
    const char* sentences[] = {
        "May I ask a question?",
        "Protesters will march on the ministry.",
        "The fall of Mosul shocked the region.",
        "Some 2,000 troops and 1500 vehicles took part.",
        "A second group of fighters arrived.",
        "He is 52 years old.",
        "The price was $2014 per unit.",
        "Iraq imports about three-quarters of its food.",
        "The airline runs four flights a week.",
        "Guards stood outside 24 hours a day.",
        "The film was called High Noon.",
        "The party daily Granma printed the letter.",
    };
    for (const char* sp : sentences) {
        std::string s = sp;
        CAPTURE(s);
        auto found = tagger().tag(s, ymd("2016-03-09"));
        std::string all;
        for (const auto& t : found) all += std::string(t.span.of(s)) + "=" + t.value.value + " ";
        CAPTURE(all);
        CHECK(found.empty());
    }
}

TEST_CASE("spans are byte offsets into the text, also after non-ASCII characters") {
    std::string text = "\xE2\x80\x9CWe left\xE2\x80\x9D on 3 June 2014.";
    auto found = tagger().tag(text, std::nullopt);
    REQUIRE(found.size() == 1);
    CHECK(found[0].span.of(text) == "3 June 2014");
    CHECK(found[0].value.granularity == Granularity::day);
    REQUIRE(found[0].value.anchored());
}

TEST_CASE("tag_jsonl writes code-point offsets and names the line of an error") {
    std::istringstream in(
        "{\"doc\": \"a\", \"dct\": \"2016-03-09T10:00:00\", \"text\": \"\xC3\xA9t\xC3\xA9 yesterday\"}\n"
        "\n"
        "{\"doc\": \"b\", \"text\": \"in October\"}\n");
    std::ostringstream out;
    tag_jsonl(in, out, tagger(), "in.jsonl");
    std::string s = out.str();
    CHECK(s.find("\"doc\":\"a\"") != std::string::npos);
    CHECK(s.find("\"start\":4") != std::string::npos);
    CHECK(s.find("\"end\":13") != std::string::npos);
    CHECK(s.find("\"value\":\"2016-03-08\"") != std::string::npos);
    CHECK(s.find("\"value\":\"XXXX-10\"") != std::string::npos);

    std::istringstream bad("{\"doc\": \"a\", \"text\": \"x\"}\n{not json\n");
    std::ostringstream sink;
    try {
        tag_jsonl(bad, sink, tagger(), "broken.jsonl");
        FAIL("expected an error");
    } catch (const Error& e) {
        CHECK(std::string(e.what()).find("broken.jsonl:2") != std::string::npos);
    }
    std::istringstream no_text("{\"doc\": \"a\"}\n");
    CHECK_THROWS_AS(tag_jsonl(no_text, sink, tagger(), "x.jsonl"), Error);
}

TEST_CASE("the tagger reads the text stage's sentences: found once, resolved as tagged with the date") {
    // relative dates, dates counted from an earlier one, a quarter reported on, a clock time
    const std::string text =
        "Troops entered the town on Monday and left the next day.\n\n"
        "The offensive began on May 22, 2015. The following month the army paused. "
        "Last October it resumed, and it ended in the third quarter.\n\n"
        "A year ago the figure was lower, officials said at 10 a.m. on Friday.\n";
    const Text segmented = segment_plain(text);
    REQUIRE(segmented.sentences.size() >= 5);
    FoundDates found = tagger().find(text, segmented);
    std::string unresolved;
    for (const auto& t : found.unresolved())
        unresolved += std::string(t.span.of(text)) + "=" + t.value.value + " ";
    CAPTURE(unresolved);
    CHECK(unresolved.find("Monday=XXXX-WXX-1") != std::string::npos);
    CHECK(unresolved.find("May 22, 2015=2015-05-22") != std::string::npos);
    for (const char* day : {"2016-03-09", "2015-11-30", "2017-01-02", ""}) {
        CAPTURE(day);
        auto once = tagger().tag(text, segmented, ymd(day));
        auto resolved = tagger().resolve(found, ymd(day));
        REQUIRE(resolved.size() == once.size());
        for (std::size_t i = 0; i < once.size(); ++i) {
            CHECK(resolved[i].span.begin == once[i].span.begin);
            CHECK(resolved[i].span.end == once[i].span.end);
            CHECK(resolved[i].value.value == once[i].value.value);
            CHECK(resolved[i].type == once[i].type);
        }
        CHECK(tagger().tag(text, ymd(day)).size() == once.size());  // the plain-text API is the same
    }
    auto resolved = tagger().resolve(found, ymd("2016-03-09"));
    std::string all;
    for (const auto& t : resolved) all += std::string(t.span.of(text)) + "=" + t.value.value + " ";
    CAPTURE(all);
    CHECK(all.find("Monday=2016-03-07") != std::string::npos);
    CHECK(all.find("Last October=2015-10") != std::string::npos);
    // found block by block: "the following month" counts from a date of another paragraph
    // only once resolved
    bool following = false;
    for (const auto& t : found.unresolved())
        following = following || t.span.of(text) == "The following month";
    CHECK(following);
    all.clear();
    for (const auto& t : tagger().resolve(found, std::nullopt))
        all += std::string(t.span.of(text)) + "=" + t.value.value + " ";
    CHECK(all.find("The following month=2015-06") != std::string::npos);
}

TEST_CASE("a paragraph is one block of the plain-text segmentation, and sentences do not cross paragraphs") {
    const std::string text = "  On Monday the\narmy moved\n\n \nOn Tuesday it stopped";
    const Text t = segment_plain(text);
    REQUIRE(t.sentences.size() == 2);
    CHECK(t.sentences[0].span.of(text) == "On Monday the\narmy moved");
    CHECK(t.sentences[0].block == 0);
    CHECK(t.sentences[1].span.of(text) == "On Tuesday it stopped");
    CHECK(t.sentences[1].block == 1);
    CHECK(segment_plain("").sentences.empty());
    CHECK(segment_plain("\n \n").tokens.empty());
}

TEST_CASE("the tagger names weekdays in full only") {
    CHECK(tagger().weekday("Monday") == 1);
    CHECK(tagger().weekday("SUNDAY") == 7);
    CHECK_FALSE(tagger().weekday("Mon").has_value());
    CHECK_FALSE(tagger().weekday("Mosul").has_value());
}
