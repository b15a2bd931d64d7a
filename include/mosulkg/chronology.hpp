// mosulkg/chronology.hpp: stage 8, the ordered chronology of events.
//
// Events (relations with a date) from every document are grouped so that one
// real event reported by several articles is one entry listing all its sources:
// the same kind of act (a capture and a recapture are one), a compatible actor (a leader counts for the
// organisation he leads; an unnamed actor fits a named one), a compatible target, and dates that fit. Reports
// are grouped through hashed keys (kind, day, actor, target), never by comparing all pairs: the cost grows
// with the number of reports, not its square.
//
// Dates never chain: reports dated to a day make the entries; a report dated only
// to a month or a year joins at most one of them (the best fitting), or makes a coarse
// entry of its own when none fits, and never changes an entry's date or summary.
// Statements reported a day apart may be one. A background report (Relation::background)
// only joins an existing entry. When sources disagree on the date, the entry keeps
// every date with its source.
//
// The summary names actor, act, target and place as the sources say them ("Iraqi
// Security Forces recaptured Ramadi"); with no named actor it is passive ("Ramadi was
// recaptured", data/relations/forms.tsv).
//
// Thread safety: build_chronology is a pure function of its arguments.
// Entries are ordered by date; a range filter keeps the period of interest
// (by default June 2014 to April 2017, the Mosul campaign). Events outside the
// range stay in the graph.
#pragma once

#include "mosulkg/data.hpp"
#include "mosulkg/graph.hpp"
#include "mosulkg/relations.hpp"
#include "mosulkg/time_value.hpp"

#include <date/date.h>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace mosulkg {

struct Source {
    Provenance where;
    std::string text;  // the evidence sentence
    TimeValue date;    // the date this source gives
};

struct ChronologyEntry {
    std::string id;  // stable id derived from date, relation, participants
    TimeValue date;  // the date most sources give
    std::string relation;
    std::string cameo;  // the relation's CAMEO event code (relations.tsv), or empty when it has none
    std::string summary;
    std::optional<EntityId> actor;   // who did it, as most sources say; none when no source names one
    std::optional<EntityId> target;  // what it was done to; none when no source names it
    std::vector<EntityId> participants;
    std::vector<std::string> participant_labels;
    std::optional<EntityId> place;
    std::string place_label;
    bool near_place = false;  // it happened near the place, not in it ("villages northeast of Mosul")
    std::optional<EntityId> attributed_to;
    std::string attributed_label;
    std::vector<Source> sources;  // every report of it, in document order
};

struct DateRange {
    date::year_month from = date::year(2014) / date::June;
    date::year_month to = date::year(2017) / date::April;
};

// Parses "YYYY-MM" (parse_calendar_date, time_value.hpp); std::nullopt when it is not one.
std::optional<date::year_month> parse_year_month(std::string_view s);

struct Chronology {
    DateRange range;
    std::vector<ChronologyEntry> entries;
};

// Groups, orders and filters the events of `relations`; labels come from `graph`
// (then `kb`), evidence sentences from `Relation::sentence`, and `kb` tells which
// organization a person leads (a leader's act and his organization's may be one event;
// which facts say so is `lexicon`'s `leader` relation). `lexicon` says which relations are
// speech, which acts happen once to a target, and how entries say them (say_act). The result
// does not depend on the order of `relations`; nothing refers to the arguments after the call.
Chronology build_chronology(const std::vector<Relation>& relations, const KnowledgeGraph& graph,
                            const KnowledgeBase& kb, DateRange range, const RelationLexicon& lexicon);
// The same with the installed data's lexicon (RelationLexicon::defaults()).
Chronology build_chronology(const std::vector<Relation>& relations, const KnowledgeGraph& graph,
                            const KnowledgeBase& kb, DateRange range);

}  // namespace mosulkg
