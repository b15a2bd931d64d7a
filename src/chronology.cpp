#include "mosulkg/chronology.hpp"

#include "mosulkg/error.hpp"

#include "lines.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <functional>
#include <map>
#include <set>
#include <tuple>
#include <unordered_map>

namespace mosulkg {

std::optional<date::year_month> parse_year_month(std::string_view s) {
    auto v = parse_calendar_date(s, Granularity::month);
    if (!v || v->granularity != Granularity::month) return std::nullopt;
    const date::year_month_day first(*v->first);
    return first.year() / first.month();
}

namespace {

// The data the chronology reads (build_chronology's arguments).
struct Vocabulary {
    const RelationLexicon& lexicon;

    // Whether a relation is speech, by its kind in the relation lexicon.
    bool speech(std::string_view type) const {
        const RelationInfo* info = lexicon.info(type);
        return info && info->kind == RelationKind::speech;
    }
    bool symmetric(std::string_view type) const {
        const RelationLexicon::Form* f = lexicon.form(type);
        return f && f->symmetric;
    }
};

bool fine(const TimeValue& t) {
    return t.granularity <= Granularity::day;
}
long day_number(const TimeValue& t) {
    return static_cast<long>(t.first->time_since_epoch().count());
}

// The actor, target and place of a report, with the organisations the actor leads:
// what grouping compares. `object` (the target, else the place) keys the report.
struct Report {
    const Relation* r = nullptr;
    std::size_t order = 0;  // position in the input, for ties
    std::optional<EntityId> actor;
    std::vector<EntityId> actor_keys;  // the actor (else the announcer) and what he leads, sorted
    std::optional<EntityId> target;
    std::optional<EntityId> place;
    std::optional<EntityId> object;
    // the object and the places the knowledge base puts it in or makes it part of, nearest
    // first (at most four up); the object alone where it knows none
    std::vector<EntityId> regions;
    std::optional<EntityId> whole;  // the town the object is a side of ("West Mosul": Mosul)
    // an actor known only as who announced the act ("the offensive has begun, Abadi said"):
    // grouping takes the act as unnamed, the entry names him when no report names another
    std::optional<EntityId> announcer;
    bool speech = false;      // the relation is speech
    bool statement = false;   // speech, or content attributed to a speaker
    bool retraction = false;  // speech that takes back what was said (cue retraction)
    bool once = false;        // an act done once to a target, with it and its actor (or announcer) named
    bool symmetric = false;   // "A with B" is "B with A"
    std::string kind;         // what grouping keys: the relation, or the act it tells (cue ground_taken)
};

// Reports with the same kind, date, actor and object: grouped by a hashed key, never compared.
struct Cell {
    std::string key;
    const Report* first = nullptr;  // the representative
    std::vector<const Report*> reports;
};

bool shares_key(const std::vector<EntityId>& a, const std::vector<EntityId>& b) {
    for (auto i = a.begin(), j = b.begin(); i != a.end() && j != b.end();) {
        if (*i == *j) return true;
        *i < *j ? ++i : ++j;
    }
    return false;
}

bool same(const std::optional<EntityId>& a, const std::optional<EntityId>& b) {
    return a && b && *a == *b;
}

// Whether one report's object is the other's or lies in it, as the knowledge base tells.
bool inside(const Report& a, const Report& b) {
    return std::find(a.regions.begin(), a.regions.end(), *b.object) != a.regions.end() ||
           std::find(b.regions.begin(), b.regions.end(), *a.object) != b.regions.end();
}

// Whether one report's object lies in the other's, or either's place is unknown to the
// knowledge base (a village it does not hold may lie anywhere).
bool nested(const Report& a, const Report& b) {
    if (a.regions.size() < 2 || b.regions.size() < 2) return true;
    return inside(a, b);
}

// How well two reports fit one event: std::nullopt when they cannot be one; else the
// number of named parties they share. An unnamed actor or target fits a named one, two
// different targets do not (unless one report's target is the other's place), nor a target
// and another report's other place where it names no target, and the two must share at least
// one named party: actor, target or place.
std::optional<int> fit(const Report& a, const Report& b) {
    bool actors = a.actor && b.actor;
    if (actors && !shares_key(a.actor_keys, b.actor_keys)) return std::nullopt;
    bool crossed = same(a.target, b.place) || same(a.place, b.target);
    // (a side of a town and the town are one target: "the offensive on West Mosul" is on Mosul)
    const bool side = same(a.whole, b.object) || same(b.whole, a.object);
    if (a.target && b.target && *a.target != *b.target && !crossed && !side) return std::nullopt;
    // nor do two different objects the knowledge base places apart, where one names no target
    // ("recaptured the refinery" is not "captured ground in Diyala"; "West Mosul" is in "Mosul")
    if (a.object && b.object && *a.object != *b.object && !crossed && !same(a.place, b.place) &&
        !nested(a, b))
        return std::nullopt;
    // (an announcer shares his word with the actor he leads, but does not part two acts)
    const bool voiced =
        !actors && !a.actor_keys.empty() && !b.actor_keys.empty() && shares_key(a.actor_keys, b.actor_keys);
    int shared = int(actors || voiced) + int(same(a.target, b.target) || crossed || side) +
                 int(same(a.place, b.place));
    if (shared == 0) return std::nullopt;
    return shared;
}

// `place` and the places the knowledge base puts it in or makes it part of (memoised in `memo`).
const std::vector<EntityId>& regions_of(const EntityId& place, const KnowledgeBase& kb, const Vocabulary& voc,
                                        std::map<EntityId, std::vector<EntityId>>& memo) {
    auto [it, added] = memo.try_emplace(place);
    if (!added) return it->second;
    std::vector<EntityId> chain{place};
    for (std::size_t up = 0; up < 4; ++up) {
        std::optional<EntityId> next;
        for (const Fact& f : kb.facts_about(chain.back()))
            if (!next && f.subject == chain.back() &&
                (voc.lexicon.fact_role(f.relation, FactRole::within) ||
                 voc.lexicon.fact_role(f.relation, FactRole::part)))
                next = f.object;
        if (!next || std::find(chain.begin(), chain.end(), *next) != chain.end()) break;
        chain.push_back(*next);
    }
    it->second = std::move(chain);
    return it->second;
}

std::vector<Report> collect_reports(const std::vector<Relation>& relations, const KnowledgeBase& kb,
                                    const Vocabulary& voc) {
    std::vector<Report> out;
    std::map<EntityId, std::vector<EntityId>> led;      // memo: person -> what he leads
    std::map<EntityId, std::vector<EntityId>> regions;  // memo: place -> it and where it lies
    for (std::size_t i = 0; i < relations.size(); ++i) {
        const Relation& r = relations[i];
        if (!r.date || !r.date->anchored()) continue;
        Report rep;
        rep.r = &r;
        rep.order = i;
        rep.actor = r.actor;
        if (r.actor && r.attributed_to && *r.actor == *r.attributed_to) {
            rep.announcer = r.actor;
            rep.actor.reset();
        }
        rep.target = r.target;
        rep.place = r.place;
        rep.speech = voc.speech(r.type);
        rep.statement = rep.speech || r.attributed_to.has_value();
        rep.retraction = voc.lexicon.cue("retraction", r.type);
        rep.symmetric = voc.symmetric(r.type);
        // "captured several villages" and "the villages were recaptured": one act of taking ground
        rep.kind = voc.lexicon.cue("ground_taken", r.type) ? std::string("ground_taken") : r.type;
        if (rep.actor && rep.target && rep.symmetric && *rep.target < *rep.actor)
            std::swap(rep.actor, rep.target);
        rep.object = rep.target ? rep.target : rep.place;
        rep.once = (rep.actor || rep.announcer) && rep.target && voc.lexicon.cue("once_per_target", r.type);
        if (!rep.actor && !rep.announcer && !rep.object) continue;
        if (rep.object) rep.regions = regions_of(*rep.object, kb, voc, regions);
        if (rep.object)
            for (const Fact& f : kb.facts_about(*rep.object))
                if (f.subject == *rep.object && voc.lexicon.fact_role(f.relation, FactRole::part))
                    rep.whole = f.object;
        // (an announcer's keys too: "the operation was announced by the prime minister" is one
        // with his forces' offensive that day)
        if (const auto& who = rep.actor ? rep.actor : rep.announcer) {
            auto [it, added] = led.try_emplace(*who);
            if (added) {
                it->second.push_back(*who);
                for (const Fact& f : kb.facts_about(*who))
                    if (f.subject == *who && voc.lexicon.fact_role(f.relation, FactRole::leader))
                        it->second.push_back(f.object);
                std::sort(it->second.begin(), it->second.end());
            }
            rep.actor_keys = it->second;
        }
        out.push_back(std::move(rep));
    }
    return out;
}

// Union-find over groups.
struct Groups {
    std::vector<std::size_t> parent;
    std::size_t add() {
        parent.push_back(parent.size());
        return parent.size() - 1;
    }
    std::size_t root(std::size_t i) {
        while (parent[i] != i) i = parent[i] = parent[parent[i]];
        return i;
    }
    void join(std::size_t a, std::size_t b) {
        a = root(a), b = root(b);
        if (a != b) parent[std::max(a, b)] = std::min(a, b);
    }
};

// One entry being built: the reports that make it (dated as precisely as it is) and
// those that only support it (coarser or background reports).
struct Event {
    std::vector<const Report*> makers;
    std::vector<const Report*> supporters;
    long day = 0;  // for entries made by day reports
    bool coarse = false;
};

std::string cell_key(const Report& p, std::string_view when) {
    std::string k = p.kind;
    k += '\x1f';
    k += when;
    k += '\x1f';
    if (p.actor) k += p.actor->str();
    k += '\x1f';
    if (p.object) k += p.object->str();
    return k;
}

// Whether a report `r` tells another object than the entry `lead` makes: ground said as written
// ("seized swaths of territory in Iraq in 2014") is not a named place taken ("the capture of
// Hit"), nor another thing said as written; and a named place ("seized Raqqa in 2014") is not a
// thing said as written ("took the Division 17 base in Raqqa"), unless that thing is a part of
// the place ("much of Mosul").
// With `within`, a thing said as written in the place the report names is that place's ("the
// last district in Fallujah" on a day is the recapture of Fallujah that month).
bool things_apart(const Relation& lead, const Relation& r, bool within) {
    const bool said = !r.thing.empty() && !r.target;
    const bool lead_said = !lead.thing.empty() && !lead.target;
    const bool part_of = (lead.thing_names_place || within) && lead.place && same(r.target, lead.place);
    return (said && (lead.target || (lead_said && lead.thing != r.thing))) ||
           (lead_said && r.target && !said && !part_of);
}

// Whether two reports of one kind and date value are one act: they fit, and where the date is a
// season or a year, they do not name two objects, even one inside the other, nor an object and a
// thing as written (an actor does many things in a year: "IS captured Tal Afar in 2014" is not
// "IS seized swathes of territory in 2014").
bool joins(const Report& a, const Report& b) {
    if (!fit(a, b)) return false;
    if (a.r->date->granularity < Granularity::month) return true;
    if (a.r->date->granularity == Granularity::month) return !things_apart(*a.r, *b.r, false);
    // (the actor as its own target names no other object: "declared himself caliph")
    auto named = [](const Report& r) { return r.object && !same(r.target, r.actor); };
    if (named(a) && named(b))
        return same(a.target, b.target) || same(a.place, b.place) || same(a.target, b.place) ||
               same(a.place, b.target);
    // one object: the other report may not name another thing as written ("swathes of territory")
    if (named(a) != named(b)) return (named(a) ? b : a).r->thing.empty();
    return true;
}

// Groups `reports` into cells by key, then the cells of one bucket (kind and date) into
// events: a cell joins the first event of its bucket it fits, cells with both parties
// named first. Returns the event of each cell through `made`.
void group_cells(std::vector<Cell>& cells, const std::function<std::string(const Cell&)>& bucket_of,
                 std::vector<Event>& events, std::vector<std::size_t>& event_of_cell) {
    std::sort(cells.begin(), cells.end(), [](const Cell& a, const Cell& b) {
        auto named = [](const Cell& c) {
            return int(c.first->actor.has_value()) + int(c.first->object.has_value());
        };
        if (named(a) != named(b)) return named(a) > named(b);
        if (a.reports.size() != b.reports.size()) return a.reports.size() > b.reports.size();
        return a.key < b.key;
    });
    std::unordered_map<std::string, std::vector<std::size_t>>
        bucket_cells;  // bucket -> first cell of each event
    event_of_cell.assign(cells.size(), 0);
    for (std::size_t i = 0; i < cells.size(); ++i) {
        auto& heads = bucket_cells[bucket_of(cells[i])];
        std::optional<std::size_t> joined;
        for (std::size_t h : heads)
            if (joins(*cells[h].first, *cells[i].first)) {
                joined = event_of_cell[h];
                break;
            }
        if (!joined) {
            joined = events.size();
            events.emplace_back();
            heads.push_back(i);
        }
        event_of_cell[i] = *joined;
        auto& e = events[*joined];
        e.makers.insert(e.makers.end(), cells[i].reports.begin(), cells[i].reports.end());
    }
}

std::vector<Cell> make_cells(const std::vector<const Report*>& reports,
                             const std::function<std::string(const Report&)>& key_of) {
    std::vector<Cell> cells;
    std::unordered_map<std::string, std::size_t> at;
    for (const Report* p : reports) {
        std::string k = key_of(*p);
        auto [it, added] = at.emplace(k, cells.size());
        if (added) cells.push_back({std::move(k), p, {}});
        cells[it->second].reports.push_back(p);
    }
    return cells;
}

// The events made by day reports (and statements a day apart joined), indexed by kind and day.
class DayIndex {
public:
    void add(const std::string& type, long day, std::size_t event) { index_[type][day].push_back(event); }

    // The event of `type` between `first` and `last` (days) that `p` fits best: most shared
    // parties, then most reports, then the first made.
    std::optional<std::size_t> best(const Report& p, long first, long last,
                                    const std::vector<Event>& events) const {
        auto t = index_.find(p.kind);
        if (t == index_.end()) return std::nullopt;
        std::optional<std::size_t> best;
        std::tuple<int, std::size_t> best_rank{};
        for (auto it = t->second.lower_bound(first); it != t->second.end() && it->first <= last; ++it)
            for (std::size_t e : it->second) {
                auto f = fit(*events[e].makers.front(), p);
                if (!f) continue;
                std::tuple<int, std::size_t> rank{*f, events[e].makers.size()};
                if (!best || rank > best_rank) best = e, best_rank = rank;
            }
        return best;
    }
    const std::map<long, std::vector<std::size_t>>* of(const std::string& type) const {
        auto it = index_.find(type);
        return it == index_.end() ? nullptr : &it->second;
    }

private:
    std::unordered_map<std::string, std::map<long, std::vector<std::size_t>>> index_;
};

// Statements of one speaker reported a day apart are one, and so are acts done once to a
// target ("launched an offensive on Mosul" late on Sunday, reported on Monday) by the same
// actor, unless two speakers claim them: each such event joins a fitting one of the day before.
void join_statements(std::vector<Event>& events, const DayIndex& days, Groups& merged) {
    for (std::size_t e = 0; e < events.size(); ++e) {
        const Report& p = *events[e].makers.front();
        if (events[e].coarse || (!p.statement && !p.once)) continue;
        const auto* by_day = days.of(p.kind);
        if (!by_day) continue;
        auto it = by_day->find(events[e].day - 1);
        if (it == by_day->end()) continue;
        for (std::size_t o : it->second) {
            const Report& q = *events[o].makers.front();
            auto f = fit(q, p);
            // (one statement is one speaker's: the ministry's claim on Monday is not the prime
            // minister's declaration on Tuesday)
            auto speaker = [](const Report& r) {
                return r.r->attributed_to ? r.r->attributed_to : r.r->actor;
            };
            bool said = q.statement && p.statement && f && speaker(q) == speaker(p);
            bool done =
                q.once && p.once && f && *f >= 2 && same(q.target, p.target) &&
                (!q.r->attributed_to || !p.r->attributed_to || q.r->attributed_to == p.r->attributed_to);
            if (said || done) {
                merged.join(o, e);
                break;
            }
        }
    }
}

// "X said" on a day is the statement whose content another event tells, attributed to X,
// on that day or a day apart: it joins that event as a source and never names it (but a
// retraction of it is news of its own).
void join_speech(std::vector<Event>& events) {
    std::unordered_map<std::string, std::size_t> content;  // speaker and day -> event
    auto key = [](const EntityId& speaker, long day) { return speaker.str() + '\x1f' + std::to_string(day); };
    for (std::size_t e = 0; e < events.size(); ++e) {
        const Report& p = *events[e].makers.front();
        const Relation& r = *p.r;
        if (!events[e].coarse && !p.speech && r.attributed_to)
            content.emplace(key(*r.attributed_to, events[e].day), e);
    }
    bool moved = false;
    for (Event& e : events) {
        const Report& p = *e.makers.front();
        const Relation& r = *p.r;
        if (e.coarse || !p.speech || p.retraction || !r.actor) continue;
        for (long day : {e.day, e.day - 1, e.day + 1}) {
            auto it = content.find(key(*r.actor, day));
            if (it == content.end()) continue;
            Event& into = events[it->second];
            into.supporters.insert(into.supporters.end(), e.makers.begin(), e.makers.end());
            into.supporters.insert(into.supporters.end(), e.supporters.begin(), e.supporters.end());
            e.makers.clear();
            moved = true;
            break;
        }
    }
    if (moved)
        events.erase(
            std::remove_if(events.begin(), events.end(), [](const Event& e) { return e.makers.empty(); }),
            events.end());
}

// A coarse event within the time of a finer coarse event of the same kind that it fits ("IS
// swept across Iraq in the summer of 2014", "... in June 2014") is that event told less
// precisely: it joins the best fitting one as a source, and never names or dates it. As with
// day events, a season or a year naming only its actor joins only an event sharing two parties.
void join_coarse(std::vector<Event>& events) {
    std::unordered_map<std::string, std::map<long, std::vector<std::size_t>>> starts;  // kind -> day
    std::vector<std::size_t> order;
    for (std::size_t e = 0; e < events.size(); ++e) {
        if (!events[e].coarse || events[e].makers.empty()) continue;
        const Report& p = *events[e].makers.front();
        starts[p.kind][day_number(*p.r->date)].push_back(e);
        order.push_back(e);
    }
    auto width = [&](std::size_t e) {
        const TimeValue& t = *events[e].makers.front()->r->date;
        return *t.last - *t.first;
    };
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return width(a) < width(b); });
    std::vector<bool> gone(events.size(), false);
    for (std::size_t e : order) {
        const Report& p = *events[e].makers.front();
        long first = day_number(*p.r->date);
        long last = static_cast<long>(p.r->date->last->time_since_epoch().count());
        std::optional<std::size_t> best;
        std::tuple<int, std::size_t> best_rank{};
        const auto& by_day = starts[p.kind];
        for (auto it = by_day.lower_bound(first); it != by_day.end() && it->first <= last; ++it)
            for (std::size_t f : it->second) {
                if (f == e || gone[f] || width(f) >= width(e) ||
                    *events[f].makers.front()->r->date->last > *p.r->date->last)
                    continue;
                auto fits = fit(*events[f].makers.front(), p);
                if (!fits || *fits < 2 || things_apart(*events[f].makers.front()->r, *p.r, false)) continue;
                std::tuple<int, std::size_t> rank{*fits, events[f].makers.size()};
                if (!best || rank > best_rank) best = f, best_rank = rank;
            }
        if (!best) continue;
        Event& into = events[*best];
        into.supporters.insert(into.supporters.end(), events[e].makers.begin(), events[e].makers.end());
        into.supporters.insert(into.supporters.end(), events[e].supporters.begin(),
                               events[e].supporters.end());
        gone[e] = true;
    }
    std::size_t kept = 0;
    for (std::size_t e = 0; e < events.size(); ++e)
        if (!gone[e]) {
            if (kept != e) events[kept] = std::move(events[e]);
            ++kept;
        }
    events.resize(kept);
}

// Groups the reports into events: day reports make events; coarse reports join the best
// fitting day event or make coarse events of their own; background reports only join.
std::vector<Event> group_events(const std::vector<Report>& reports) {
    std::vector<const Report*> day_reports, coarse_reports, background;
    for (const Report& p : reports)
        (p.r->background ? background : fine(*p.r->date) ? day_reports : coarse_reports).push_back(&p);
    std::vector<Event> events;
    auto day_key = [](const Report& p) { return cell_key(p, std::to_string(day_number(*p.r->date))); };
    std::vector<Cell> cells = make_cells(day_reports, day_key);
    std::vector<std::size_t> event_of_cell;
    group_cells(
        cells,
        [](const Cell& c) { return c.first->kind + '\x1f' + std::to_string(day_number(*c.first->r->date)); },
        events, event_of_cell);
    DayIndex days;
    for (std::size_t e = 0; e < events.size(); ++e) {
        events[e].day = day_number(*events[e].makers.front()->r->date);
        days.add(events[e].makers.front()->kind, events[e].day, e);
    }
    // coarse reports: the best day event, else a coarse event; one decision per distinct report key
    std::unordered_map<std::string, std::optional<std::size_t>> decided;
    std::vector<const Report*> own;
    auto coarse_key = [](const Report& p) { return cell_key(p, p.r->date->value); };
    auto place = [&](const Report* p, bool may_make) {
        auto [it, added] = decided.try_emplace(coarse_key(*p));
        if (added) {
            long first = day_number(*p->r->date);
            long last = static_cast<long>(p->r->date->last->time_since_epoch().count());
            it->second = days.best(*p, first, last, events);
            // a season or a year names too long a time for the actor alone to tell the event:
            // "ISIS seized it in the summer of 2014" is not the fall of Mosul on 10 June
            // (nor is a month, when neither names a target or a place, or the report names a
            // thing of its own instead: "forces this week took a hilltop" is not the villages
            // they took on Sunday, "retook a hospital earlier this month" not their recapture of
            // the east of the city)
            auto unplaced = [](const Report& r) { return !r.target && !r.place; };
            bool vague = p->r->date->granularity > Granularity::month ||
                         (it->second && unplaced(*p) &&
                          (!p->r->thing.empty() || unplaced(*events[*it->second].makers.front())));
            if (it->second && !p->object && vague && fit(*events[*it->second].makers.front(), *p) < 2)
                it->second.reset();
            // (nor ground said as written where the event names what was taken: "seized swaths of
            // territory in Iraq in 2014" is not the capture of Hit)
            if (it->second && things_apart(*events[*it->second].makers.front()->r, *p->r, true))
                it->second.reset();
        }
        if (it->second)
            events[*it->second].supporters.push_back(p);
        else if (may_make)
            own.push_back(p);
        return it->second.has_value();
    };
    for (const Report* p : coarse_reports) place(p, true);
    std::size_t first_coarse = events.size();
    std::vector<Cell> coarse_cells = make_cells(own, coarse_key);
    group_cells(
        coarse_cells, [](const Cell& c) { return c.first->kind + '\x1f' + c.first->r->date->value; }, events,
        event_of_cell);
    std::unordered_map<std::string, std::vector<std::size_t>> coarse_index;  // kind and value -> events
    for (std::size_t e = first_coarse; e < events.size(); ++e) {
        events[e].coarse = true;
        const Report& p = *events[e].makers.front();
        coarse_index[p.kind + '\x1f' + p.r->date->value].push_back(e);
    }
    // background reports join a day event, else a coarse event of the same kind and date, else
    // make events of their own: an act no article tells as news is still an act of the chronology
    std::vector<const Report*> told_as_background;
    for (const Report* p : background) {
        if (place(p, false)) continue;
        bool joined = false;
        if (auto it = coarse_index.find(p->kind + '\x1f' + p->r->date->value); it != coarse_index.end())
            for (std::size_t e : it->second)
                if (joins(*events[e].makers.front(), *p)) {
                    events[e].supporters.push_back(p);
                    joined = true;
                    break;
                }
        if (!joined) told_as_background.push_back(p);
    }
    std::size_t first_background = events.size();
    std::vector<Cell> background_cells = make_cells(told_as_background, coarse_key);
    group_cells(
        background_cells, [](const Cell& c) { return c.first->kind + '\x1f' + c.first->r->date->value; },
        events, event_of_cell);
    for (std::size_t e = first_background; e < events.size(); ++e) {
        const Relation& r = *events[e].makers.front()->r;
        events[e].coarse = !fine(*r.date);
        events[e].day = day_number(*r.date);
    }
    join_coarse(events);
    Groups merged;
    for (std::size_t e = 0; e < events.size(); ++e) merged.add();
    join_statements(events, days, merged);
    std::vector<Event> out;
    std::vector<std::optional<std::size_t>> at(events.size());
    for (std::size_t e = 0; e < events.size(); ++e) {
        std::size_t r = merged.root(e);
        if (!at[r]) {
            at[r] = out.size();
            out.push_back(std::move(events[e]));
            continue;
        }
        Event& into = out[*at[r]];
        into.makers.insert(into.makers.end(), events[e].makers.begin(), events[e].makers.end());
        into.supporters.insert(into.supporters.end(), events[e].supporters.begin(),
                               events[e].supporters.end());
    }
    join_speech(out);
    auto by_input = [](const Report* a, const Report* b) {
        if (!(a->r->evidence == b->r->evidence)) return a->r->evidence < b->r->evidence;
        return a->order < b->order;
    };
    for (Event& e : out) {
        std::sort(e.makers.begin(), e.makers.end(), by_input);
        std::sort(e.supporters.begin(), e.supporters.end(), by_input);
    }
    return out;
}

// The entry's date: the one most articles agree with (contain or lie in), then the
// narrowest; a statement takes the earliest day it was reported on, a day before at most.
TimeValue vote_date(const Event& e) {
    std::map<std::string, std::pair<TimeValue, std::set<DocId>>> by_value;
    for (const Report* p : e.makers) {
        auto& slot = by_value[p->r->date->value];
        slot.first = *p->r->date;
        slot.second.insert(p->r->evidence.doc);
    }
    auto width = [](const TimeValue& t) { return *t.last - *t.first; };
    std::optional<TimeValue> best;
    std::size_t best_support = 0;
    for (const auto& [value, slot] : by_value) {
        std::set<DocId> agreeing;  // articles, not sentences, vote
        for (const auto& [other, o] : by_value)
            if (overlaps(slot.first, o.first)) agreeing.insert(o.second.begin(), o.second.end());
        if (!best || agreeing.size() > best_support ||
            (agreeing.size() == best_support && width(slot.first) < width(*best))) {
            best_support = agreeing.size();
            best = slot.first;
        }
    }
    TimeValue date = *best;
    if (date.granularity == Granularity::day || date.granularity == Granularity::time)
        for (const Report* p : e.makers)
            if (p->statement && fine(*p->r->date) && *p->r->date->first < *date.first &&
                *date.first - *p->r->date->first <= date::days(1))
                date = *p->r->date;
    // a chronology orders days: the time of day stays with the sources
    if (date.granularity == Granularity::time) date = day_value(date::year_month_day(*date.first));
    return date;
}

// The report that speaks for the entry: one that names who acted, whose actor most articles
// name, that names a target most articles name, dated as precisely as the entry, giving the
// entry's date; the first of equals. Only the reports that made the entry may speak for it.
const Report* lead_report(const Event& e, const TimeValue& date) {
    std::map<EntityId, std::set<DocId>> actor_docs, target_docs;
    for (const auto* list : {&e.makers, &e.supporters})
        for (const Report* p : *list) {
            if (p->actor) actor_docs[*p->actor].insert(p->r->evidence.doc);
            if (p->target) target_docs[*p->target].insert(p->r->evidence.doc);
        }
    auto rank = [&](const Report* p) {
        return std::make_tuple(p->actor.has_value(), p->actor ? actor_docs[*p->actor].size() : 0,
                               p->target ? target_docs[*p->target].size() : 0, p->target.has_value(),
                               p->r->date->granularity == date.granularity, p->r->date->value == date.value);
    };
    const Report* lead = e.makers.front();
    for (const Report* p : e.makers)
        if (rank(p) > rank(lead)) lead = p;
    return lead;
}

// "Iraqi Security Forces recaptured Ramadi", "Ramadi was recaptured": what the entry names,
// said as the relation stage says acts (say_act, which names the place only where the form
// does not name it as the target), and who says so for reported content.
std::string summary_of(const ChronologyEntry& e, const Relation& lead, const std::string& actor,
                       const std::string& target, const Vocabulary& voc) {
    const std::string& place = e.place && !lead.thing_names_place ? e.place_label : std::string();
    bool reported =
        !e.attributed_label.empty() && !voc.speech(e.relation) && (!e.actor || *e.attributed_to != *e.actor);
    // an act taken to be its announcer's: said as announced
    const bool announced = told_as_announced(voc.lexicon, e.relation, e.actor, e.attributed_to);
    std::string s = announced ? say_announced(voc.lexicon, e.relation, actor, target, place, e.near_place)
                              : say_act(voc.lexicon, e.relation, actor, target, place,
                                        reported ? e.attributed_label : std::string(), lead.thing,
                                        e.near_place, lead.one_thing, lead.thing_has_verb);
    return s.empty() ? lead.summary : s;
}

ChronologyEntry make_entry(const Event& ev, const KnowledgeGraph& graph, const KnowledgeBase& kb,
                           const Vocabulary& voc) {
    auto label = [&](const EntityId& id) {
        if (auto l = graph.label(id)) return *l;
        if (auto k = kb.find(id)) return k->get().name;
        return id.str();
    };
    ChronologyEntry e;
    e.date = vote_date(ev);
    const Report* lead = lead_report(ev, e.date);
    const Relation& r = *lead->r;
    e.relation = r.type;
    // a two-sided act ("talks with") is grouped in either order, but told as its report tells it
    e.actor = lead->symmetric ? r.actor : lead->actor;
    for (const auto* list : {&ev.makers, &ev.supporters})
        for (const Report* p : *list)
            if (!e.actor && p->announcer) e.actor = p->announcer;
    e.target = lead->symmetric ? r.target : lead->target;
    e.place = r.place;
    e.near_place = r.near;
    e.attributed_to = r.attributed_to;
    std::set<DocId> docs_seen;
    std::vector<const Report*> all = ev.makers;
    all.insert(all.end(), ev.supporters.begin(), ev.supporters.end());
    std::sort(all.begin(), all.end(), [](const Report* a, const Report* b) {
        if (!(a->r->evidence == b->r->evidence)) return a->r->evidence < b->r->evidence;
        return a->order < b->order;
    });
    std::set<EntityId> seen;
    auto add_participant = [&](const EntityId& id) {
        if (seen.insert(id).second) e.participants.push_back(id);
    };
    // a supporting report (a coarser date, a background mention) adds a source, never a word
    // of the summary: only the reports that made the entry name its place and its speaker
    for (const Report* p : ev.makers) {
        if (!e.place && p->r->place) e.place = p->r->place, e.near_place = p->r->near;
        if (!e.attributed_to && p->r->attributed_to) e.attributed_to = p->r->attributed_to;
    }
    // "carried out an attack in Hawija": an act in a place that is an act on it targets it (not
    // an offensive in a country: "launched an offensive to retake territory in the country")
    if (!e.target && e.place && !e.near_place && voc.lexicon.cue("act_on_place", e.relation) &&
        e.actor != e.place && !kb.country(*e.place, voc.lexicon))
        e.target = e.place;
    if (e.actor) add_participant(*e.actor);
    if (e.target) add_participant(*e.target);
    for (const Report* p : all) {
        for (const auto& id : p->r->participants) add_participant(id);
        if (!docs_seen.insert(p->r->evidence.doc).second) continue;  // one source per article
        e.sources.push_back({p->r->evidence, p->r->sentence, *p->r->date});
    }
    for (const auto& id : e.participants) e.participant_labels.push_back(label(id));
    if (e.place) e.place_label = label(*e.place);
    if (e.attributed_to) e.attributed_label = label(*e.attributed_to);
    // "recaptured East Mosul", not "recaptured Mosul in East Mosul": a place that is part of the
    // target (a side of a city) is what the summary names
    bool part = false;
    if (e.place && e.target && *e.place != *e.target)
        for (const auto& f : kb.facts_about(*e.place))
            part = part || (f.subject == *e.place && voc.lexicon.fact_role(f.relation, FactRole::part) &&
                            f.object == *e.target);
    ChronologyEntry said = e;
    if (part) said.target = said.place;
    // "declared himself": the actor as its own target
    auto target_label = [&](const EntityId& id) {
        if (!e.actor || id != *e.actor) return label(id);
        auto k = kb.find(id);
        return std::string(k && k->get().type == EntityType::person ? "himself" : "itself");
    };
    e.summary = summary_of(said, r, e.actor ? label(*e.actor) : std::string(),
                           part       ? e.place_label
                           : e.target ? target_label(*e.target)
                                      : std::string(),
                           voc);
    std::string first = e.actor ? e.actor->str() : e.target ? e.target->str() : e.place ? e.place->str() : "";
    e.id = e.date.value + "_" + e.relation + "_" + first;
    return e;
}

}  // namespace

Chronology build_chronology(const std::vector<Relation>& relations, const KnowledgeGraph& graph,
                            const KnowledgeBase& kb, DateRange range) {
    return build_chronology(relations, graph, kb, range, RelationLexicon::defaults());
}

Chronology build_chronology(const std::vector<Relation>& relations, const KnowledgeGraph& graph,
                            const KnowledgeBase& kb, DateRange range, const RelationLexicon& lexicon) {
    const Vocabulary voc{lexicon};
    std::vector<Report> reports = collect_reports(relations, kb, voc);
    std::vector<Event> events = group_events(reports);
    date::sys_days from = date::sys_days(range.from / 1);
    date::sys_days to = date::sys_days(range.to / date::last);
    Chronology chrono;
    chrono.range = range;
    for (const Event& ev : events) {
        ChronologyEntry e = make_entry(ev, graph, kb, voc);
        if (*e.date.last < from || *e.date.first > to) continue;
        if (const RelationInfo* info = lexicon.info(e.relation)) e.cameo = info->cameo;
        chrono.entries.push_back(std::move(e));
    }
    std::sort(chrono.entries.begin(), chrono.entries.end(),
              [](const ChronologyEntry& a, const ChronologyEntry& b) {
                  if (a.date.value != b.date.value)
                      return a.date.value < b.date.value;  // as ISO strings sort
                  if (a.id != b.id) return a.id < b.id;
                  return a.sources.front().where < b.sources.front().where;
              });
    std::map<std::string, int> used;  // ids are unique
    for (auto& e : chrono.entries)
        if (int n = used[e.id]++) e.id += "_" + std::to_string(n + 1);
    return chrono;
}

}  // namespace mosulkg
