#include "mosulkg/relations.hpp"

#include "embedded.hpp"
#include "lines.hpp"
#include "mosulkg/error.hpp"
#include "normalize.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

namespace mosulkg {

// ---------------------------------------------------------------- vocabulary

RelationLexicon RelationLexicon::parse(std::string_view relations_tsv, std::string_view triggers_tsv,
                                       std::string_view origin) {
    RelationLexicon lex;
    detail::for_each_row(relations_tsv, [&](std::size_t line, const auto& c) {
        if (c.size() < 6) throw Error(fmt::format("{}: relations line {}: expected 6 columns", origin, line));
        RelationInfo info;
        info.name = std::string(c[0]);
        if (c[1] == "event") info.kind = RelationKind::event;
        else if (c[1] == "state") info.kind = RelationKind::state;
        else if (c[1] == "speech") info.kind = RelationKind::speech;
        else throw Error(fmt::format("{}: relations line {}: unknown kind '{}'", origin, line, c[1]));
        info.priority = std::atoi(std::string(c[2]).c_str());
        info.cameo = c[3] == "-" ? std::string() : std::string(c[3]);
        info.phrase = std::string(c[4]);
        info.dated_by_article_when_present = c[5] == "yes";
        lex.relations_.emplace(info.name, info);
    });
    detail::for_each_row(triggers_tsv, [&](std::size_t line, const auto& c) {
        if (c.size() < 2) throw Error(fmt::format("{}: triggers line {}: expected 2 or 3 columns", origin, line));
        if (!lex.relations_.count(std::string(c[1])))
            throw Error(fmt::format("{}: triggers line {}: unknown relation '{}'", origin, line, c[1]));
        Trigger t{std::string(c[0]), std::string(c[1]), c.size() > 2 ? std::string(c[2]) : "", false, 0};
        if (t.next == "-") t.next.clear();
        if (!t.next.empty() && t.next.front() == '!') {
            t.next.erase(0, 1);
            t.next_negated = true;
        }
        if (c.size() > 3) t.weight = std::atoi(std::string(c[3]).c_str());
        lex.triggers_.push_back(std::move(t));
    });
    return lex;
}

const RelationLexicon& RelationLexicon::defaults() {
    static const RelationLexicon lex = parse(detail::embedded("relations/relations.tsv"),
                                             detail::embedded("relations/triggers.tsv"), "data/relations");
    return lex;
}

const RelationInfo* RelationLexicon::info(std::string_view relation) const {
    auto it = relations_.find(std::string(relation));
    return it == relations_.end() ? nullptr : &it->second;
}

// ---------------------------------------------------------------- extraction

namespace {

struct Word {
    std::size_t token;
    std::string lower;
};

struct Found {            // a trigger found in a clause
    std::size_t word;     // index into the sentence's words
    const RelationInfo* info;
    std::string surface;
    int priority;         // the relation's priority and the form's weight
};

bool is_clause_opener(const std::string& w) {
    static const std::set<std::string> openers = {"where", "when", "while", "whereas", "after", "but", "which",
                                                  "adding", "although", "though", "because"};
    return openers.count(w) > 0;
}

bool is_subordinator(const std::string& w) {
    static const std::set<std::string> words = {"since", "after", "before", "as", "until", "while", "because",
                                                "although", "though", "once"};
    return words.count(w) > 0;
}

bool is_clause_start(const std::string& w) {
    static const std::set<std::string> words = {"the", "a", "an", "it", "they", "its", "their", "he", "she",
                                                "we", "i", "his", "her", "those", "these"};
    return words.count(w) > 0;
}

bool actor(const Mention& m) { return m.type == EntityType::person || m.type == EntityType::group; }

}  // namespace

std::vector<Relation> extract_relations(const Document& doc, const Text& text, const std::vector<Mention>& mentions,
                                        const std::vector<Timex>& timexes, const RelationLexicon& lexicon,
                                        const KnowledgeBase& kb) {
    std::unordered_multimap<std::string, const RelationLexicon::Trigger*> triggers;
    for (const auto& t : lexicon.triggers()) triggers.emplace(t.form, &t);

    // located_in facts: a place inside another is the more specific one
    auto inside = [&](const EntityId& a, const EntityId& b) {
        EntityId cur = a;
        for (int depth = 0; depth < 6; ++depth) {
            bool moved = false;
            for (const auto& f : kb.facts_about(cur))
                if (f.relation == "located_in") {
                    if (f.object == b) return true;
                    cur = f.object;
                    moved = true;
                    break;
                }
            if (!moved) return false;
        }
        return false;
    };

    std::vector<Relation> out;
    const Mention* last_person = nullptr;
    std::vector<const Mention*> recent_groups;
    std::optional<TimeValue> narrative_date;  // the last date of the current paragraph
    std::size_t narrative_block = static_cast<std::size_t>(-1);
    std::map<EntityId, TimeValue> speech_dates;   // speaker -> date of their dated statement in this article

    std::size_t mi = 0, ti = 0;
    for (std::size_t si = 0; si < text.sentences.size(); ++si) {
        const Sentence& s = text.sentences[si];
        const Block& block = doc.blocks[s.block];
        if (s.block != narrative_block) {
            narrative_block = s.block;
            narrative_date.reset();
        }
        // A dateline ("MOSUL, Iraq, Oct 17 (Reuters) - ") opens the first sentence of a story:
        // its place, date and agency are the report's, not the event's.
        Span dateline{s.span.begin, s.span.begin};
        {
            std::string_view st_text = s.span.of(doc.text).substr(0, 120);
            for (std::string_view dash : {" - ", " \xE2\x80\x94 ", " \xE2\x80\x93 ", " -- "}) {
                auto at = st_text.find(dash);
                if (at == std::string_view::npos || at == 0) continue;
                std::string_view head = st_text.substr(0, at);
                bool agency = head.back() == ')';
                bool capitals = std::none_of(head.begin(), head.end(), [](char ch) { return ch >= 'a' && ch <= 'z'; });
                bool capital = std::count(head.begin(), head.end(), ' ') < 6 && head.find(',') != std::string_view::npos;
                if (agency || capital || capitals) {
                    dateline.end = s.span.begin + at + dash.size();
                    break;
                }
            }
        }
        auto in_dateline = [&](Span x) { return x.begin < dateline.end; };
        std::vector<const Mention*> sm;
        while (mi < mentions.size() && mentions[mi].where.span.begin < s.span.begin) ++mi;
        for (std::size_t k = mi; k < mentions.size() && mentions[k].where.span.end <= s.span.end; ++k)
            if (!in_dateline(mentions[k].where.span)) sm.push_back(&mentions[k]);
        std::vector<const Timex*> st;  // the sentence's calendar dates (a time of day counts as its day)
        while (ti < timexes.size() && timexes[ti].span.begin < s.span.begin) ++ti;
        for (std::size_t k = ti; k < timexes.size() && timexes[k].span.end <= s.span.end; ++k)
            if ((timexes[k].type == TimexType::date || timexes[k].type == TimexType::time) &&
                timexes[k].value.anchored() &&
                timexes[k].value.granularity != Granularity::century && !in_dateline(timexes[k].span))
                st.push_back(&timexes[k]);

        auto remember_actors = [&] {
            for (const Mention* m : sm) {
                if (m->type == EntityType::person) last_person = m;
                if (m->type == EntityType::group) {
                    recent_groups.erase(std::remove_if(recent_groups.begin(), recent_groups.end(),
                                                       [&](const Mention* g) { return g->entity == m->entity; }),
                                        recent_groups.end());
                    recent_groups.push_back(m);
                }
            }
        };
        if (block.kind != BlockKind::body) {
            remember_actors();
            continue;
        }

        // Words of the sentence and the clauses they form.
        std::vector<Word> words;
        std::vector<std::size_t> clause_of;
        std::size_t clause = 0;
        for (std::size_t t = s.first_token; t < s.end_token; ++t) {
            const Token& tok = text.tokens[t];
            auto surface = tok.span.of(doc.text);
            if (tok.kind == TokenKind::punct) {
                if (surface == ";") ++clause;
                if (surface == ",") {
                    // a comma opens a new clause when a clause opener or "and then" follows
                    std::size_t n = t + 1;
                    if (n < s.end_token) {
                        std::string next = detail::fold_word(text.tokens[n].span.of(doc.text));
                        std::string after = n + 1 < s.end_token ? detail::fold_word(text.tokens[n + 1].span.of(doc.text)) : "";
                        if (is_clause_opener(next) || (next == "and" && after == "then")) ++clause;
                    }
                }
                continue;
            }
            std::string lower = detail::fold_word(surface);
            if ((lower == "when" || lower == "where") && !words.empty()) ++clause;
            // a subordinator that opens a finite clause ("since the jihadists overran")
            if (!words.empty() && is_subordinator(lower) && t + 1 < s.end_token &&
                is_clause_start(detail::fold_word(text.tokens[t + 1].span.of(doc.text))))
                ++clause;
            words.push_back({t, lower});
            clause_of.push_back(clause);
        }
        std::size_t clauses = clause + 1;
        auto word_at = [&](std::size_t byte) {
            for (std::size_t w = 0; w < words.size(); ++w)
                if (text.tokens[words[w].token].span.end > byte) return w;
            return words.empty() ? 0 : words.size() - 1;
        };

        // Triggers per clause.
        std::vector<std::vector<Found>> found(clauses);
        for (std::size_t w = 0; w < words.size(); ++w) {
            auto range = triggers.equal_range(words[w].lower);
            for (auto it = range.first; it != range.second; ++it) {
                const auto* trig = it->second;
                if (!trig->next.empty()) {
                    bool follows = w + 1 < words.size() && words[w + 1].lower == trig->next;
                    if (follows == trig->next_negated) continue;
                }
                // a word inside a mention is a name, not a trigger ("Counter Terrorism Service")
                Span ws = text.tokens[words[w].token].span;
                if (std::any_of(sm.begin(), sm.end(), [&](const Mention* m) { return m->where.span.contains(ws); }))
                    continue;
                const RelationInfo* info = lexicon.info(trig->relation);
                int weight = trig->weight;
                if (w > 0 && words[w - 1].lower == "to") weight -= 5;  // a purpose: "the battle to retake"
                if (in_dateline(ws)) continue;
                found[clause_of[w]].push_back({w, info, std::string(ws.of(doc.text)), info->priority + weight});
            }
        }
        auto in_clause = [&](const Mention* m, std::size_t c) { return clause_of[word_at(m->where.span.begin)] == c; };
        auto clause_text_has = [&](std::size_t c, std::initializer_list<const char*> any) {
            for (std::size_t w = 0; w < words.size(); ++w)
                if (clause_of[w] == c)
                    for (const char* a : any)
                        if (words[w].lower == a) return true;
            return false;
        };

        // The speaker of the sentence, if it reports speech.
        std::optional<EntityId> speaker;
        std::optional<TimeValue> speech_date;
        for (std::size_t c = 0; c < clauses; ++c)
            for (const Found& f : found[c]) {
                if (f.info->kind != RelationKind::speech) continue;
                // The speaker stands before a speech verb ("Allawi said", "Abadi visited ... and
                // said"); after it only when inverted behind a quote or comma (", said Allawi"),
                // after "according to", or near a noun ("in an interview with ...").
                const std::string& form = words[f.word].lower;
                bool noun = form == "interview" || form == "statement" || form == "speech" || form == "sermon" ||
                            form == "address";
                std::size_t tok = words[f.word].token;
                bool inverted = tok > s.first_token && text.tokens[tok - 1].kind == TokenKind::punct;
                const Mention* best = nullptr;
                for (const Mention* m : sm) {
                    if (!actor(*m)) continue;
                    std::size_t w = word_at(m->where.span.begin);
                    if (w < f.word && f.word - w <= 14 && form != "according") best = m;  // nearest before
                }
                if (!best && (inverted || noun || form == "according")) {
                    for (const Mention* m : sm) {
                        std::size_t w = word_at(m->where.span.begin);
                        if (actor(*m) && w > f.word && w - f.word <= 6) {
                            best = m;
                            break;
                        }
                    }
                }
                bool have_person = speaker && std::any_of(sm.begin(), sm.end(), [&](const Mention* m) {
                    return m->entity == *speaker && m->type == EntityType::person;
                });
                bool pronoun = f.word > 0 && (words[f.word - 1].lower == "he" || words[f.word - 1].lower == "she");
                if (pronoun && last_person && !speaker) speaker = last_person->entity;
                else if (best && (!speaker || (!have_person && best->type == EntityType::person)))
                    speaker = best->entity;
                for (const Timex* t : st)
                    if (clause_of[word_at(t->span.begin)] == c) speech_date = t->value.granularity == Granularity::time
                                                                          ? day_value(date::year_month_day(*t->value.first))
                                                                          : t->value;
            }
        if (speaker && speech_date) speech_dates[*speaker] = *speech_date;
        if (speaker && !speech_date) {
            if (auto it = speech_dates.find(*speaker); it != speech_dates.end()) speech_date = it->second;
        }

        bool has_content = false;
        std::optional<TimeValue> previous_clause_date;
        for (std::size_t c = 0; c < clauses; ++c) {
            const Found* best = nullptr;
            for (const Found& f : found[c])
                if (f.info->kind != RelationKind::speech && (!best || f.priority > best->priority)) best = &f;
            // the clause's own date: the temporal expression nearest its trigger
            std::optional<TimeValue> own_date;
            std::size_t own_dist = 1000;
            for (const Timex* t : st)
                if (clause_of[word_at(t->span.begin)] == c) {
                    std::size_t w = word_at(t->span.begin);
                    std::size_t dist = best ? (w > best->word ? w - best->word : best->word - w) : 0;
                    if (!own_date || dist < own_dist) {
                        own_date = t->value;
                        own_dist = dist;
                    }
                }
            if (own_date && own_date->granularity == Granularity::time) own_date = day_value(date::year_month_day(*own_date->first));
            std::optional<TimeValue> clause_date = own_date;
            bool relative_clause = false;
            for (std::size_t w = 0; w < words.size(); ++w)
                if (clause_of[w] == c) {
                    relative_clause = words[w].lower == "where" || words[w].lower == "when";
                    break;
                }
            if (!clause_date && relative_clause) clause_date = previous_clause_date;
            if (own_date) previous_clause_date = own_date;
            if (!best) continue;
            if (best->info->kind == RelationKind::event) has_content = true;

            Relation r;
            r.type = best->info->name;
            r.trigger = best->surface;
            r.evidence = Provenance{doc.id, si, s.span};
            // actors and place of the clause; the sentence's when the clause names none
            std::vector<const Mention*> actors, places;
            for (const Mention* m : sm)
                if (in_clause(m, c)) (actor(*m) ? actors : places).push_back(m);
            bool borrowed = actors.empty();  // the clause names no actor: the sentence's act
            if (borrowed)
                for (const Mention* m : sm)
                    if (actor(*m)) actors.push_back(m);
            if (places.empty())  // a clause that names no place: the sentence's
                for (const Mention* m : sm)
                    if (!actor(*m) && m->type == EntityType::place) places.push_back(m);
            bool pair = false;  // "the two groups", "both organizations": the last two groups named
            if (actors.empty() && (clause_text_has(c, {"two", "both"})) && recent_groups.size() >= 2) {
                actors.push_back(recent_groups[recent_groups.size() - 2]);
                actors.push_back(recent_groups.back());
                pair = true;
            }
            // passive: "was retaken (on Sunday) by X", or a participle followed by "by"
            const Mention* passive_agent = nullptr;
            bool passive = best->word + 1 < words.size() && words[best->word + 1].lower == "by";
            const std::string& form = words[best->word].lower;
            auto ends = [&](std::string_view e) {
                return form.size() > e.size() && form.compare(form.size() - e.size(), e.size(), e) == 0;
            };
            bool participle = ends("ed") || ends("en") || ends("wn") || form == "overrun" || form == "struck" ||
                              form == "held" || form == "led" || form == "fought" || form == "lost" || form == "won";
            for (std::size_t back = 1; participle && back <= 2 && back <= best->word; ++back) {
                const std::string& aux = words[best->word - back].lower;
                if (aux == "was" || aux == "were" || aux == "been" || aux == "being" || aux == "is" || aux == "are")
                    passive = true;
            }
            if (passive) {
                // the agent is the actor after "by"; without one the subject is unknown
                const Mention* agent = nullptr;
                for (std::size_t w = best->word + 1; w < words.size() && clause_of[w] == c; ++w)
                    if (words[w].lower == "by")
                        for (const Mention* m : actors)
                            if (!agent && word_at(m->where.span.begin) > w) agent = m;
                passive_agent = agent;
            }
            const Mention* subj = nullptr;
            const Mention* obj = nullptr;
            for (const Mention* m : actors) {
                bool before = word_at(m->where.span.begin) < best->word;
                if (borrowed) {
                    if (!subj) subj = m;  // the sentence's first actor
                    continue;
                }
                if (speaker && m->entity == *speaker && r.type != "leads") continue;
                if (before != passive) subj = m;  // the closest actor before the trigger
                else if (!obj) obj = m;
            }
            if (pair) {
                subj = actors[0];
                obj = actors[1];
            }
            if (borrowed && !pair) {
                // a pronoun subject in a clause of its own ("..., which it had seized in 2014") is the
                // nearest actor named before the clause
                bool pronoun = false;
                std::size_t clause_start = words.size();
                for (std::size_t w = 0; w < best->word; ++w)
                    if (clause_of[w] == c) {
                        clause_start = std::min(clause_start, w);
                        const std::string& x = words[w].lower;
                        pronoun = pronoun || x == "it" || x == "they" || x == "he" || x == "she";
                    }
                if (pronoun)
                    for (const Mention* m : actors)
                        if (word_at(m->where.span.begin) < clause_start) subj = m;
            }
            if (passive_agent) {
                obj = subj && subj != passive_agent ? subj : nullptr;
                for (const Mention* m : actors)
                    if (!obj && m != passive_agent && word_at(m->where.span.begin) < best->word) obj = m;
                subj = passive_agent;
            }
            // an offensive's object is its target ("against X"), never its allies
            if (obj && r.type == "launched_offensive") {
                std::size_t w = word_at(obj->where.span.begin);
                if (w == 0 || (words[w - 1].lower != "against" && words[w - 1].lower != "on")) obj = nullptr;
            }
            if (!subj && speaker) {
                // "X announced the start of the battle": the speaker before the trigger is its agent
                for (const Mention* m : actors)
                    if (m->entity == *speaker && word_at(m->where.span.begin) < best->word) subj = m;
            }
            if (!subj && obj) std::swap(subj, obj);
            if (!subj && !actors.empty()) subj = actors.front();
            if (!subj && speaker) {
                for (const Mention* m : actors)
                    if (m->entity == *speaker) subj = m;
            }
            for (const Mention* m : actors) {
                if (subj && m->entity == subj->entity) continue;
                if (std::find(r.participants.begin(), r.participants.end(), m->entity) == r.participants.end())
                    r.participants.push_back(m->entity);
            }
            if (subj) {
                r.subject = subj->entity;
                r.participants.insert(r.participants.begin(), subj->entity);
            }
            if (obj && (!subj || obj->entity != subj->entity)) r.object = obj->entity;
            // the place: one named after a locative preposition ("in Mosul", not "U.S.-backed"),
            // and of those the most specific (inside another, by the knowledge base)
            auto locative = [&](const Mention* m) {
                std::size_t w = word_at(m->where.span.begin);
                if (w == 0) return false;
                static const std::set<std::string> preps = {"in", "at", "near", "into", "to", "from", "outside",
                                                            "inside", "around", "toward", "towards", "of", "over",
                                                            "across", "on", "through"};
                const std::string& prev = words[w - 1].lower;
                return preps.count(prev) > 0 || (prev == "the" && w > 1 && preps.count(words[w - 2].lower) > 0);
            };
            // a place right after the trigger is what was taken or struck ("captured the Mosul Dam")
            auto object_of_trigger = [&](const Mention* m) {
                std::size_t w = word_at(m->where.span.begin);
                return w == best->word + 1 || (w == best->word + 2 && words[best->word + 1].lower == "the");
            };
            const Mention* place = nullptr;
            for (const Mention* m : places)
                if (object_of_trigger(m)) place = m;
            for (const Mention* m : places) {
                if (!place) { place = m; continue; }
                if (object_of_trigger(place)) break;
                bool lm = locative(m), lp = locative(place);
                if ((lm && !lp) || (lm == lp && inside(m->entity, place->entity))) place = m;
            }
            if (place) r.place = place->entity;
            if (speaker && (!subj || *speaker != subj->entity)) r.attributed_to = speaker;

            // The date: the clause's own; a relative clause's antecedent; the speech's;
            // the paragraph's narrative date for past events; the article's date for
            // present-tense statements of relations that news reports as current.
            bool future = false;  // "would be", "will take": not (yet) an event
            for (std::size_t w = 0; w < best->word; ++w)
                if (clause_of[w] == c && (words[w].lower == "will" || words[w].lower == "would" ||
                                          words[w].lower == "could" || words[w].lower == "should"))
                    future = true;
            if (best->info->kind == RelationKind::event && !future) {
                if (clause_date) r.date = clause_date;
                else if (speaker && speech_date) r.date = speech_date;
                else if (best->info->dated_by_article_when_present && doc.published &&
                         clause_text_has(c, {"is", "are", "come", "comes"}) &&
                         !clause_text_has(c, {"was", "were", "had"}))
                    r.date = day_value(*doc.published);
                else if (narrative_date && !clause_text_has(c, {"is", "are", "has", "have", "will"}))
                    r.date = narrative_date;
            }
            r.confidence = r.date && own_date ? 0.8 : 0.6;
            if (!r.subject.empty() || r.place) out.push_back(std::move(r));
        }
        // A statement with no other relation is itself the event.
        if (speaker && !has_content) {
            Relation r;
            r.type = "said";
            r.subject = *speaker;
            r.participants.push_back(*speaker);
            r.evidence = Provenance{doc.id, si, s.span};
            for (const Mention* m : sm)
                if (m->type == EntityType::place) { r.place = m->entity; break; }
            for (const Mention* m : sm)
                if (actor(*m) && m->entity != *speaker && r.participants.size() < 4) {
                    if (!r.object) r.object = m->entity;
                    r.participants.push_back(m->entity);
                }
            if (speech_date) r.date = speech_date;
            r.confidence = 0.7;
            out.push_back(std::move(r));
        } else if (!speaker && st.empty() == false) {
            // "..., the organization said in a statement on Monday": a dated statement whose
            // speaker is not named still reports where.
            for (std::size_t c = 0; c < clauses; ++c)
                for (const Found& f : found[c])
                    if (f.info->kind == RelationKind::speech && !has_content) {
                        Relation r;
                        r.type = "said";
                        r.evidence = Provenance{doc.id, si, s.span};
                        for (const Mention* m : sm)
                            if (m->type == EntityType::place) { r.place = m->entity; break; }
                        for (const Timex* t : st) r.date = t->value;
                        r.confidence = 0.5;
                        if (r.place && r.date && r.date->granularity == Granularity::day) out.push_back(std::move(r));
                        has_content = true;
                    }
        }
        if (!st.empty()) narrative_date = st.back()->value;
        remember_actors();
    }
    // Summaries.
    for (Relation& r : out) {
        const RelationInfo* info = lexicon.info(r.type);
        auto label = [&](const EntityId& id) {
            if (auto e = kb.find(id)) return e->get().name;
            for (const Mention& m : mentions)
                if (m.entity == id) return m.label;
            return id.str();
        };
        if (r.subject.empty()) {  // an act whose actor the text does not name
            bool said = r.type == "said";
            std::string what = said ? "Statement by an unnamed source" : "Unattributed: " + r.type;
            r.summary = what + (r.place ? (said ? " on " : " in ") + label(*r.place) : std::string());
            if (r.attributed_to) r.summary += ", according to " + label(*r.attributed_to);
            continue;
        }
        std::string s = label(r.subject);
        std::string phrase = info ? info->phrase : r.type;
        if (!r.object) {
            // without an object the phrase loses its preposition: "split from" -> "split"
            for (const char* prep : {" against", " from", " with", " of", " in"}) {
                std::string_view p(prep);
                if (phrase.size() > p.size() && phrase.compare(phrase.size() - p.size(), p.size(), p) == 0)
                    phrase.erase(phrase.size() - p.size());
            }
        }
        s += " " + phrase;
        if (r.object) s += " " + label(*r.object);
        if (r.place && (!r.object || *r.object != *r.place)) s += " in " + label(*r.place);
        if (r.attributed_to) s += ", according to " + label(*r.attributed_to);
        r.summary = s;
    }
    return out;
}

}  // namespace mosulkg
