#include "mosulkg/chronology.hpp"

#include "normalize.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace mosulkg {

std::optional<date::year_month> parse_year_month(std::string_view s) {
    if (s.size() != 7 || s[4] != '-') return std::nullopt;
    int y = 0, m = 0;
    for (std::size_t i = 0; i < 7; ++i) {
        if (i == 4) continue;
        if (s[i] < '0' || s[i] > '9') return std::nullopt;
        (i < 4 ? y : m) = (i < 4 ? y : m) * 10 + (s[i] - '0');
    }
    date::year_month ym{date::year(y), date::month(static_cast<unsigned>(m))};
    if (!ym.ok()) return std::nullopt;
    return ym;
}

namespace {

bool shares(const std::vector<EntityId>& a, const std::vector<EntityId>& b) {
    for (const auto& x : a)
        if (std::find(b.begin(), b.end(), x) != b.end()) return true;
    return false;
}

// One real event seen through one or more reports, while it is being grouped.
struct Group {
    std::vector<const Relation*> reports;
    TimeValue date;   // the most precise date the reports agree on
};

// Two reports tell the same event when their relation is the same (or one is the
// statement the other is attributed to), their dates overlap, and they share a
// participant, or a place when neither names a participant.
// Reports of a statement often differ by a day (an interview on Monday, printed on
// Tuesday): statements whose days lie within two days of each other may be one.
bool statement(const Relation& r) { return r.type == "said" || r.attributed_to.has_value(); }

bool near_days(const TimeValue& a, const TimeValue& b) {
    if (!a.anchored() || !b.anchored() || a.granularity != Granularity::day || b.granularity != Granularity::day)
        return false;
    auto d = *a.first - *b.first;
    return d.count() >= -2 && d.count() <= 2;
}

bool same_event(const Relation& a, const Relation& b, const KnowledgeBase& kb) {
    if (!a.date || !b.date) return false;
    bool dates_fit = overlaps(*a.date, *b.date) ||
                     ((statement(a) || statement(b)) && near_days(*a.date, *b.date));
    if (!dates_fit) return false;
    auto speech_of = [](const Relation& said, const Relation& other) {
        if (said.type != "said" || !said.actor) return false;
        return (other.attributed_to && *other.attributed_to == *said.actor) ||
               std::find(other.participants.begin(), other.participants.end(), *said.actor) !=
                   other.participants.end();
    };
    if (a.type != b.type) return speech_of(a, b) || speech_of(b, a);
    if (shares(a.participants, b.participants)) return true;
    // a leader acts for the organization he leads (knowledge-base facts)
    auto led = [&](const std::vector<EntityId>& people) {
        std::vector<EntityId> out = people;
        for (const auto& p : people)
            for (const auto& f : kb.facts_about(p))
                if (f.relation == "leads") out.push_back(f.object);
        return out;
    };
    if (shares(led(a.participants), led(b.participants))) return true;
    return a.participants.empty() && b.participants.empty() && a.place && b.place && *a.place == *b.place;
}

std::string sentence_text(const std::vector<Document>& docs, const Provenance& p) {
    for (const auto& d : docs)
        if (d.id == p.doc) return std::string(p.span.of(d.text));
    return {};
}

}  // namespace

Chronology build_chronology(const std::vector<Relation>& relations, const KnowledgeGraph& graph,
                            const std::vector<Document>& documents, const KnowledgeBase& kb, DateRange range) {
    // Reports that tell the same event. Reports dated to the day are grouped transitively
    // (union-find over all pairs); a report with a coarser date then joins one group it fits
    // (the one it shares most participants with), finest first, so that a month-long date
    // cannot chain two different days of that month into one event.
    std::vector<const Relation*> events;
    for (const Relation& r : relations)
        if (r.date && r.date->anchored() && (!r.participants.empty() || r.place)) events.push_back(&r);
    auto width = [](const Relation* r) { return *r->date->last - *r->date->first; };
    std::stable_sort(events.begin(), events.end(),
                     [&](const Relation* a, const Relation* b) { return width(a) < width(b); });
    std::vector<std::size_t> parent(events.size());
    for (std::size_t i = 0; i < parent.size(); ++i) parent[i] = i;
    auto root = [&](std::size_t i) {
        while (parent[i] != i) i = parent[i] = parent[parent[i]];
        return i;
    };
    auto fine = [](const Relation* r) { return r->date->granularity <= Granularity::day; };
    for (std::size_t i = 0; i < events.size() && fine(events[i]); ++i)
        for (std::size_t j = i + 1; j < events.size() && fine(events[j]); ++j)
            if (same_event(*events[i], *events[j], kb)) parent[root(j)] = root(i);
    for (std::size_t i = 0; i < events.size(); ++i) {
        if (fine(events[i])) continue;
        std::map<std::size_t, std::size_t> shared;   // group root -> participants shared
        for (std::size_t j = 0; j < events.size(); ++j) {
            if (j == i || root(j) == root(i) || !same_event(*events[i], *events[j], kb)) continue;
            std::size_t& n = shared[root(j)];
            for (const auto& p : events[i]->participants)
                n += std::count(events[j]->participants.begin(), events[j]->participants.end(), p);
        }
        std::optional<std::size_t> best;
        for (const auto& [r, n] : shared)
            if (!best || n > shared[*best]) best = r;
        if (best) parent[root(i)] = *best;
    }
    std::vector<Group> groups;
    std::map<std::size_t, std::size_t> group_of;
    for (std::size_t i = 0; i < events.size(); ++i) {
        auto [it, added] = group_of.emplace(root(i), groups.size());
        if (added) groups.push_back({{}, *events[i]->date});
        groups[it->second].reports.push_back(events[i]);
    }
    for (Group& g : groups)   // reports in the order of the input again
        std::sort(g.reports.begin(), g.reports.end(), std::less<const Relation*>());
    // The entry's date: the one most reports agree with (contain or lie in), then the narrowest;
    // for a statement, the earliest day it was reported on.
    for (Group& g : groups) {
        std::size_t best_support = 0;
        for (const Relation* r : g.reports) {
            std::set<DocId> agreeing;  // articles, not sentences, vote
            for (const Relation* o : g.reports)
                if (overlaps(*r->date, *o->date)) agreeing.insert(o->evidence.doc);
            std::size_t support = agreeing.size();
            auto width = [](const TimeValue& t) { return *t.last - *t.first; };
            if (support > best_support || (support == best_support && width(*r->date) < width(g.date))) {
                best_support = support;
                g.date = *r->date;
            }
        }
        // A statement is dated by its first report: later articles repeat it under their own
        // day ("said on Tuesday" of an interview given on Monday).
        if (g.date.granularity == Granularity::day)
            for (const Relation* r : g.reports)
                if (statement(*r) && near_days(*r->date, g.date) && *r->date->first < *g.date.first) g.date = *r->date;
    }

    auto label = [&](const EntityId& id) {
        if (auto n = graph.node(id)) return n->label;
        return id.str();
    };
    date::sys_days from = date::sys_days(range.from / 1);
    date::sys_days to = date::sys_days(range.to / date::last);

    Chronology chrono;
    chrono.range = range;
    for (const Group& g : groups) {
        if (*g.date.last < from || *g.date.first > to) continue;
        ChronologyEntry e;
        e.date = g.date;
        // a chronology orders days: the time of day stays with the sources
        if (g.date.granularity == Granularity::time && g.date.value.size() > 10)
            if (auto day = parse_time_value(g.date.value.substr(0, 10))) e.date = *day;
        // the report that speaks for the entry: an act most articles report (over a bare
        // statement), one that names who acted, one dated as precisely as the entry, one whose
        // actor most other articles name too, one that gives the entry's date; the first of equals
        std::map<std::string, std::set<DocId>> type_docs;   // the relation most articles report
        for (const Relation* r : g.reports)
            if (r->type != "said") type_docs[r->type].insert(r->evidence.doc);
        auto rank = [&](const Relation* r) {
            std::size_t type_votes = r->type == "said" ? 0 : type_docs[r->type].size();
            std::set<DocId> support;
            for (const Relation* o : g.reports)
                if (r->actor.has_value() && o->evidence.doc != r->evidence.doc &&
                    std::find(o->participants.begin(), o->participants.end(), *r->actor) != o->participants.end())
                    support.insert(o->evidence.doc);
            return std::make_tuple(type_votes, r->actor.has_value(), r->date->granularity == g.date.granularity,
                                   support.size(), r->date->value == g.date.value);
        };
        const Relation* lead = g.reports.front();
        for (const Relation* r : g.reports)
            if (rank(r) > rank(lead)) lead = r;
        e.relation = lead->type;
        e.actor = lead->actor;
        e.target = lead->target;
        e.summary = lead->summary;
        std::set<DocId> docs_seen;
        for (const Relation* r : g.reports) {
            for (const auto& p : r->participants)
                if (std::find(e.participants.begin(), e.participants.end(), p) == e.participants.end())
                    e.participants.push_back(p);
            if (!e.place && r->place) e.place = r->place;
            if (!e.attributed_to && r->attributed_to) e.attributed_to = r->attributed_to;
            if (!e.attributed_to && r->type == "said" && r->actor.has_value()) e.attributed_to = r->actor;
            if (!docs_seen.insert(r->evidence.doc).second) continue;  // one source per article
            e.sources.push_back({r->evidence, sentence_text(documents, r->evidence), *r->date});
        }
        for (const auto& p : e.participants) e.participant_labels.push_back(label(p));
        if (e.place) e.place_label = label(*e.place);
        if (e.attributed_to) e.attributed_label = label(*e.attributed_to);
        std::string first = e.participants.empty() ? (e.place ? e.place->str() : "") : e.participants.front().str();
        e.id = e.date.value + "_" + e.relation + "_" + first;
        chrono.entries.push_back(std::move(e));
    }
    std::sort(chrono.entries.begin(), chrono.entries.end(), [](const ChronologyEntry& a, const ChronologyEntry& b) {
        if (a.date.value != b.date.value && chronological_less(a.date, b.date) != chronological_less(b.date, a.date))
            return chronological_less(a.date, b.date);
        return a.id < b.id;
    });
    // ids are unique
    std::map<std::string, int> used;
    for (auto& e : chrono.entries)
        if (int n = used[e.id]++) e.id += "_" + std::to_string(n + 1);
    return chrono;
}

}  // namespace mosulkg
