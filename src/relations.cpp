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
        lex.triggers_.push_back({std::string(c[0]), std::string(c[1]), c.size() > 2 ? std::string(c[2]) : ""});
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
};

bool is_clause_opener(const std::string& w) {
    static const std::set<std::string> openers = {"where", "when", "while", "whereas", "after", "but", "which",
                                                  "adding", "although", "though", "because"};
    return openers.count(w) > 0;
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
        std::vector<const Mention*> sm;
        while (mi < mentions.size() && mentions[mi].where.span.begin < s.span.begin) ++mi;
        for (std::size_t k = mi; k < mentions.size() && mentions[k].where.span.end <= s.span.end; ++k)
            sm.push_back(&mentions[k]);
        std::vector<const Timex*> st;
        while (ti < timexes.size() && timexes[ti].span.begin < s.span.begin) ++ti;
        for (std::size_t k = ti; k < timexes.size() && timexes[k].span.end <= s.span.end; ++k)
            if (timexes[k].type == TimexType::date && timexes[k].value.anchored() &&
                timexes[k].value.granularity != Granularity::century)
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
                if (!trig->next.empty() && (w + 1 >= words.size() || words[w + 1].lower != trig->next)) continue;
                // a word inside a mention is a name, not a trigger ("Counter Terrorism Service")
                Span ws = text.tokens[words[w].token].span;
                if (std::any_of(sm.begin(), sm.end(), [&](const Mention* m) { return m->where.span.contains(ws); }))
                    continue;
                const RelationInfo* info = lexicon.info(trig->relation);
                found[clause_of[w]].push_back({w, info, std::string(ws.of(doc.text))});
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
                const Mention* best = nullptr;
                std::size_t best_dist = 1000;
                for (const Mention* m : sm) {
                    if (!actor(*m)) continue;
                    std::size_t w = word_at(m->where.span.begin);
                    std::size_t dist = w > f.word ? w - f.word : f.word - w;
                    if (m->type == EntityType::person) dist = dist > 2 ? dist - 2 : 0;
                    if (dist < best_dist) { best = m; best_dist = dist; }
                }
                // the first statement of the sentence names its speaker; a person is preferred
                bool have_person = speaker && std::any_of(sm.begin(), sm.end(), [&](const Mention* m) {
                    return m->entity == *speaker && m->type == EntityType::person;
                });
                if (best && best_dist <= 6 && (!speaker || (!have_person && best->type == EntityType::person)))
                    speaker = best->entity;
                else if (!speaker && last_person && clause_text_has(c, {"he", "she"})) speaker = last_person->entity;
                for (const Timex* t : st)
                    if (clause_of[word_at(t->span.begin)] == c) speech_date = t->value;
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
                if (f.info->kind != RelationKind::speech && (!best || f.info->priority > best->info->priority)) best = &f;
            std::optional<TimeValue> own_date;
            for (const Timex* t : st)
                if (clause_of[word_at(t->span.begin)] == c) {
                    if (!own_date || t->value.granularity < own_date->granularity) own_date = t->value;
                }
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
            if (places.empty())
                for (const Mention* m : sm)
                    if (!actor(*m) && m->type == EntityType::place) places.push_back(m);
            if (actors.empty() && (clause_text_has(c, {"two", "both"})) && recent_groups.size() >= 2) {
                actors.push_back(recent_groups[recent_groups.size() - 2]);
                actors.push_back(recent_groups.back());
            }
            bool passive = best->word + 1 < words.size() && words[best->word + 1].lower == "by";
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
            const Mention* place = nullptr;
            for (const Mention* m : places)
                if (!place || inside(m->entity, place->entity)) place = m;
            if (place) r.place = place->entity;
            if (speaker && (!subj || *speaker != subj->entity)) r.attributed_to = speaker;

            // The date: the clause's own; a relative clause's antecedent; the speech's;
            // the paragraph's narrative date for past events; the article's date for
            // present-tense statements of relations that news reports as current.
            if (best->info->kind == RelationKind::event) {
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
                        if (r.place) out.push_back(std::move(r));
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
        std::string s = r.subject.empty() ? std::string("Unnamed source") : label(r.subject);
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
