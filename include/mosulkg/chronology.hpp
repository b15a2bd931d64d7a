// mosulkg/chronology.hpp: stage 8, the ordered chronology of events.
//
// Events (relations with a date) from every document are grouped so that one
// real event reported by several articles is one entry listing all its sources:
// same relation class, compatible participants and place, overlapping dates.
// When sources disagree on the date, the entry keeps every date with its source.
// Entries are ordered by date; a range filter keeps the period of interest
// (by default June 2014 to April 2017, the Mosul campaign). Events outside the
// range stay in the graph.
#pragma once

#include "mosulkg/graph.hpp"
#include "mosulkg/relations.hpp"
#include "mosulkg/time_value.hpp"

#include <date/date.h>

#include <optional>
#include <string>
#include <vector>

namespace mosulkg {

struct Source {
    Provenance where;
    std::string text;      // the evidence sentence
    TimeValue date;        // the date this source gives
};

struct ChronologyEntry {
    std::string id;                      // stable id derived from date, relation, participants
    TimeValue date;                      // the date most sources give
    std::string relation;
    std::optional<EntityId> actor;       // who did it (the speaker of a statement); none when the text names none
    std::optional<EntityId> target;      // what it was done to
    std::string summary;
    std::vector<EntityId> participants;
    std::vector<std::string> participant_labels;
    std::optional<EntityId> place;
    std::string place_label;
    std::optional<EntityId> attributed_to;
    std::string attributed_label;
    std::vector<Source> sources;         // every report of it, in document order
};

struct DateRange {
    date::year_month from = date::year(2014) / date::June;
    date::year_month to = date::year(2017) / date::April;
};

// Parses "YYYY-MM"; std::nullopt when it is not one.
std::optional<date::year_month> parse_year_month(std::string_view s);

struct Chronology {
    DateRange range;
    std::vector<ChronologyEntry> entries;
};

// Groups, orders and filters the events of `relations`; labels come from `graph`,
// evidence sentences from `documents`, and `kb` tells which organization a
// person leads (a leader's act and his organization's may be one event).
Chronology build_chronology(const std::vector<Relation>& relations, const KnowledgeGraph& graph,
                            const std::vector<Document>& documents, const KnowledgeBase& kb, DateRange range);

}  // namespace mosulkg
