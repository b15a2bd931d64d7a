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
        if (c[1] == "event")
            info.kind = RelationKind::event;
        else if (c[1] == "state")
            info.kind = RelationKind::state;
        else if (c[1] == "speech")
            info.kind = RelationKind::speech;
        else
            throw Error(fmt::format("{}: relations line {}: unknown kind '{}'", origin, line, c[1]));
        info.priority = std::atoi(std::string(c[2]).c_str());
        info.cameo = c[3] == "-" ? std::string() : std::string(c[3]);
        info.phrase = std::string(c[4]);
        info.dated_by_article_when_present = c[5] == "yes";
        lex.relations_.emplace(info.name, info);
    });
    detail::for_each_row(triggers_tsv, [&](std::size_t line, const auto& c) {
        if (c.size() < 2)
            throw Error(fmt::format("{}: triggers line {}: expected 2 or 3 columns", origin, line));
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

struct Found {         // a trigger found in a clause
    std::size_t word;  // index into the sentence's words
    const RelationInfo* info;
    std::string surface;
    int priority;       // the relation's priority and the form's weight
    bool noun = false;  // a noun that names the act ("the recapture", "the battle"): weight < 0
};

// Generic nouns that stand for an actor named before ("the militants", "the troops"),
// from data/relations/generic_actors.tsv.
class GenericActors {
public:
    static const GenericActors& defaults() {
        static const GenericActors g(detail::embedded("relations/generic_actors.tsv"));
        return g;
    }
    const std::string* class_of(const std::string& noun) const {
        auto it = nouns_.find(noun);
        return it == nouns_.end() ? nullptr : &it->second;
    }
    bool member(const std::string& cls, const EntityId& id) const {
        return members_.count({cls, id.str()}) > 0;
    }

private:
    explicit GenericActors(std::string_view tsv) {
        detail::for_each_row(tsv, [&](std::size_t line, const auto& c) {
            if (c.size() < 3 || (c[0] != "noun" && c[0] != "member"))
                throw Error(
                    fmt::format("data/relations/generic_actors.tsv: line {}: expected 'noun' or 'member' "
                                "and two columns",
                                line));
            if (c[0] == "noun")
                nouns_[std::string(c[1])] = std::string(c[2]);
            else
                members_.insert({std::string(c[1]), std::string(c[2])});
        });
    }
    std::map<std::string, std::string> nouns_;
    std::set<std::pair<std::string, std::string>> members_;
};

// A sentence that opens with "At the same time" (data/relations/same_time.txt) keeps the
// time of the report before it.
bool same_time_opening(std::string_view sentence) {
    static const std::vector<std::string> openings = [] {
        std::vector<std::string> v;
        detail::for_each_row(detail::embedded("relations/same_time.txt"),
                             [&](std::size_t, const auto& c) { v.emplace_back(c[0]); });
        return v;
    }();
    std::string head(sentence.substr(0, 40));
    for (char& ch : head) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    return std::any_of(openings.begin(), openings.end(), [&](const std::string& o) {
        return head.compare(0, o.size(), o) == 0 && (head.size() == o.size() || !std::isalpha(static_cast<unsigned char>(head[o.size()])));
    });
}

bool is_determiner(const std::string& w) {
    static const std::set<std::string> words = {"the", "these", "those"};
    return words.count(w) > 0;
}

bool is_preposition(const std::string& w) {
    static const std::set<std::string> words = {
        "in", "at",   "near",   "into", "to",      "from", "outside", "inside", "around", "toward", "towards",
        "of", "over", "across", "on",   "through", "by",   "with",    "for",    "after",  "before", "since"};
    return words.count(w) > 0;
}

bool is_particle(const std::string& w) {
    return w == "out" || w == "back" || w == "off" || w == "away";
}

// nouns that take up a place named before ("around the town")
bool is_place_anaphor(const std::string& w) {
    static const std::set<std::string> words = {"town",   "city", "village", "district", "refinery",
                                                "campus", "base", "airport", "compound"};
    return words.count(w) > 0;
}

bool is_clause_opener(const std::string& w) {
    static const std::set<std::string> openers = {"where", "when", "while",  "whereas",  "after",  "but",
                                                  "which", "who",  "adding", "although", "though", "because"};
    return openers.count(w) > 0;
}

bool is_subordinator(const std::string& w) {
    static const std::set<std::string> words = {"since", "after",   "before",   "as",     "until",
                                                "while", "because", "although", "though", "once"};
    return words.count(w) > 0;
}

bool is_clause_start(const std::string& w) {
    static const std::set<std::string> words = {"the", "a",  "an", "it",  "they", "its",   "their", "he",
                                                "she", "we", "i",  "his", "her",  "those", "these"};
    return words.count(w) > 0;
}

bool actor(const Mention& m) {
    return m.type == EntityType::person || m.type == EntityType::group;
}

}  // namespace

std::vector<Relation> extract_relations(const Document& doc, const Text& text,
                                        const std::vector<Mention>& mentions,
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
    std::vector<const Mention*> actor_history;  // every person and group named in the body so far
    std::optional<EntityId> last_event_place;   // the place of the last relation read
    const GenericActors& generic = GenericActors::defaults();
    std::optional<TimeValue> narrative_date;  // the last date of the current paragraph
    std::size_t narrative_block = static_cast<std::size_t>(-1);
    std::map<EntityId, TimeValue> speech_dates;  // speaker -> date of their dated statement in this article

    std::size_t mi = 0, ti = 0;
    for (std::size_t si = 0; si < text.sentences.size(); ++si) {
        const Sentence& s = text.sentences[si];
        const Block& block = doc.blocks[s.block];
        if (s.block != narrative_block) {
            narrative_block = s.block;
            if (!same_time_opening(s.span.of(doc.text))) narrative_date.reset();
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
                bool capitals =
                    std::none_of(head.begin(), head.end(), [](char ch) { return ch >= 'a' && ch <= 'z'; });
                bool capital =
                    std::count(head.begin(), head.end(), ' ') < 6 && head.find(',') != std::string_view::npos;
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
                timexes[k].value.anchored() && timexes[k].value.granularity != Granularity::century &&
                !in_dateline(timexes[k].span))
                st.push_back(&timexes[k]);

        auto remember_actors = [&] {
            for (const Mention* m : sm) {
                if (actor(*m)) actor_history.push_back(m);
                if (m->type == EntityType::person) last_person = m;
                if (m->type == EntityType::group) {
                    recent_groups.erase(
                        std::remove_if(recent_groups.begin(), recent_groups.end(),
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
        bool relative_open = false;  // a ", which ..." / ", who ..." clause runs to the next comma
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
                        std::string after = n + 1 < s.end_token
                                                ? detail::fold_word(text.tokens[n + 1].span.of(doc.text))
                                                : "";
                        if (is_clause_opener(next) || (next == "and" && after == "then") || relative_open) {
                            ++clause;
                            relative_open = next == "which" || next == "who";
                        }
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
                    // a particle may follow the verb's object: "drove the militants out"
                    for (std::size_t k = w + 2;
                         !follows && !trig->next_negated && is_particle(trig->next) && k < words.size() &&
                         k <= w + 5 && clause_of[k] == clause_of[w];
                         ++k)
                        follows = words[k].lower == trig->next;
                    if (follows == trig->next_negated) continue;
                }
                // a participle after a determiner describes a noun: "the besieged town"
                const std::string& lw = words[w].lower;
                bool participle_form = lw.size() > 3 && (lw.compare(lw.size() - 2, 2, "ed") == 0 ||
                                                         lw.compare(lw.size() - 2, 2, "en") == 0);
                if (participle_form && w > 0 &&
                    (words[w - 1].lower == "the" || words[w - 1].lower == "a" || words[w - 1].lower == "an"))
                    continue;
                // a word inside a mention is a name, not a trigger ("Counter Terrorism Service")
                Span ws = text.tokens[words[w].token].span;
                if (std::any_of(sm.begin(), sm.end(),
                                [&](const Mention* m) { return m->where.span.contains(ws); }))
                    continue;
                const RelationInfo* info = lexicon.info(trig->relation);
                int weight = trig->weight;
                if (w > 0 && words[w - 1].lower == "to") weight -= 5;  // a purpose: "the battle to retake"
                if (in_dateline(ws)) continue;
                if (trig->weight < 0) {
                    bool adjunct = false;
                    for (std::size_t back = 1; back <= 3 && back <= w; ++back) {
                        const std::string& x = words[w - back].lower;
                        adjunct = adjunct || x == "by" || x == "with" || x == "amid";
                    }
                    if (adjunct) continue;
                }
                // a verb form after an article is a noun: "the fall of Rutba"
                bool noun = trig->weight < 0;
                if (!noun && w > 0 && (words[w - 1].lower == "the" || words[w - 1].lower == "a")) {
                    noun = true;
                    weight -= 3;
                }
                found[clause_of[w]].push_back(
                    {w, info, std::string(ws.of(doc.text)), info->priority + weight, noun});
            }
        }
        auto in_clause = [&](const Mention* m, std::size_t c) {
            return clause_of[word_at(m->where.span.begin)] == c;
        };
        auto clause_text_has = [&](std::size_t c, std::initializer_list<const char*> any) {
            for (std::size_t w = 0; w < words.size(); ++w)
                if (clause_of[w] == c)
                    for (const char* a : any)
                        if (words[w].lower == a) return true;
            return false;
        };

        auto inside_mention = [&](std::size_t w) {
            Span ws = text.tokens[words[w].token].span;
            return std::any_of(sm.begin(), sm.end(),
                               [&](const Mention* m) { return m->where.span.contains(ws); });
        };
        // A generic noun ("the militants") or "they" at word w: the actor it stands for, the most
        // recently named one of its class (earlier in the sentence first).
        auto generic_actor = [&](std::size_t w) -> const Mention* {
            const std::string& x = words[w].lower;
            std::string cls;
            if (x == "they") {
                cls = "group";
                for (std::size_t k = 1; k < w; ++k)  // "the militants ..., when they": the noun's actor
                    if (const std::string* c = generic.class_of(words[k].lower);
                        c && is_determiner(words[k - 1].lower) && words[k].lower.back() == 's')
                        cls = *c;
            } else if (const std::string* c = generic.class_of(x);
                       c && w > 0 && is_determiner(words[w - 1].lower))
                cls = *c;
            else
                return nullptr;
            if (inside_mention(w)) return nullptr;
            auto fits = [&](const Mention* m) {
                return cls == "group" ? m->type == EntityType::group : generic.member(cls, m->entity);
            };
            const Mention* found_here = nullptr;
            for (const Mention* m : sm)
                if (actor(*m) && word_at(m->where.span.begin) < w && fits(m)) found_here = m;
            if (found_here) return found_here;
            for (auto it = actor_history.rbegin(); it != actor_history.rend(); ++it)
                if (fits(*it)) return *it;
            return nullptr;
        };
        // An actor inside an adjunct before the verb ("backed by X", "with X", "alongside X") is a
        // participant, not the subject.
        auto in_adjunct = [&](const Mention* m) {
            std::size_t w = word_at(m->where.span.begin);
            for (std::size_t back = 1; back <= 8 && back <= w && clause_of[w - back] == clause_of[w];
                 ++back) {
                const std::string& x = words[w - back].lower;
                if (x == "by" || x == "with" || x == "alongside") return true;
                if (x == "that" || x == "who" || x == "which") return false;
            }
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
                bool noun = form == "interview" || form == "statement" || form == "speech" ||
                            form == "sermon" || form == "address";
                std::size_t tok = words[f.word].token;
                bool inverted = tok > s.first_token && text.tokens[tok - 1].kind == TokenKind::punct;
                const Mention* best = nullptr;
                for (const Mention* m : sm) {
                    if (!actor(*m)) continue;
                    std::size_t w = word_at(m->where.span.begin);
                    // nearest before; a group inside a title ("X, the spokesman for the army, said")
                    // does not hide the person it describes
                    bool title = m->type == EntityType::group && best && best->type == EntityType::person &&
                                 w >= 1 &&
                                 (words[w - 1].lower == "for" || words[w - 1].lower == "of" ||
                                  (w >= 2 && words[w - 1].lower == "the" &&
                                   (words[w - 2].lower == "for" || words[w - 2].lower == "of")));
                    if (w < f.word && f.word - w <= 14 && form != "according" && !title) best = m;
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
                bool pronoun =
                    f.word > 0 && (words[f.word - 1].lower == "he" || words[f.word - 1].lower == "she");
                if (pronoun && last_person && !speaker)
                    speaker = last_person->entity;
                else if (best && (!speaker || (!have_person && best->type == EntityType::person)))
                    speaker = best->entity;
                for (const Timex* t : st) {
                    // the statement's date stands by its verb ("said on Monday"), not beyond another
                    // act's noun ("said, the latest of the gains in 2016")
                    std::size_t tw = word_at(t->span.begin);
                    if (clause_of[tw] != c) continue;
                    // a date inside what is said ("told Iraqis that 2016 would be the year") is not its date
                    if (tw > 0 && (words[tw - 1].lower == "that" || words[tw - 1].lower == "be" ||
                                   words[tw - 1].lower == "is" || words[tw - 1].lower == "was"))
                        continue;
                    bool beyond = std::any_of(found[c].begin(), found[c].end(), [&](const Found& g) {
                        return g.noun &&
                               ((g.word > f.word && g.word < tw) || (g.word < f.word && g.word > tw));
                    });
                    if (beyond) continue;
                    speech_date = t->value.granularity == Granularity::time
                                      ? day_value(date::year_month_day(*t->value.first))
                                      : t->value;
                }
            }
        if (speaker && speech_date) speech_dates[*speaker] = *speech_date;
        if (speaker && !speech_date) {
            if (auto it = speech_dates.find(*speaker); it != speech_dates.end()) speech_date = it->second;
        }

        bool has_content = false;
        bool place_set_here = false;
        // a sentence that opens with a quotation: the quoted words are the speaker's
        std::size_t quote_end = s.span.begin;
        {
            std::string_view st_text = s.span.of(doc.text);
            std::size_t open = st_text.rfind("\"", 0) == 0             ? 1
                               : st_text.rfind("\xE2\x80\x9C", 0) == 0 ? 3
                                                                       : 0;
            if (open) {
                std::size_t close = std::min(st_text.find('"', open), st_text.find("\xE2\x80\x9D", open));
                if (close != std::string_view::npos) quote_end = s.span.begin + close;
            }
        }
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
                    auto dist_to = [&](std::size_t x) { return w > x ? w - x : x - w; };
                    std::size_t dist = best ? dist_to(best->word) : 0;
                    if (best) {
                        // a date beyond another act's noun is that act's ("regained ..., the latest of
                        // the gains in 2016")
                        bool other = std::any_of(found[c].begin(), found[c].end(), [&](const Found& f) {
                            bool between =
                                (f.word > best->word && f.word < w) || (f.word < best->word && f.word > w);
                            // not the act's own object ("authorized the strikes on Thursday"):
                            // the other noun stands apart, after a comma
                            const Span& a = text.tokens[words[std::min(f.word, best->word)].token].span;
                            const Span& b = text.tokens[words[std::max(f.word, best->word)].token].span;
                            bool apart = doc.text.find(',', a.end) < b.begin;
                            return f.noun && between && apart && f.info != best->info &&
                                   f.info->kind != RelationKind::speech &&
                                   !(f.word > 0 && words[f.word - 1].lower == "to");
                        });
                        if (other) continue;
                    }
                    if (!own_date || dist < own_dist) {
                        own_date = t->value;
                        own_dist = dist;
                    }
                }
            if (own_date && own_date->granularity == Granularity::time)
                own_date = day_value(date::year_month_day(*own_date->first));
            std::optional<TimeValue> clause_date = own_date;
            bool relative_clause = false;
            for (std::size_t w = 0; w < words.size(); ++w)
                if (clause_of[w] == c) {
                    relative_clause = words[w].lower == "where" || words[w].lower == "when";
                    break;
                }
            if (!clause_date && relative_clause) clause_date = previous_clause_date;
            // a later clause of a dated sentence ("In February X declared that ...") has the
            // sentence's date, unless it is subordinate or a background pluperfect
            std::optional<TimeValue> sentence_date;
            if (!own_date && previous_clause_date && !clause_text_has(c, {"had"})) {
                bool subordinate = false;
                for (std::size_t w = 0; w < words.size(); ++w)
                    if (clause_of[w] == c) {
                        subordinate = (is_subordinator(words[w].lower) && words[w].lower != "while" &&
                                       words[w].lower != "as") ||
                                      words[w].lower == "which" || words[w].lower == "who";
                        break;
                    }
                if (!subordinate) sentence_date = previous_clause_date;
            }
            if (own_date) previous_clause_date = own_date;
            if (!best) continue;

            Relation r;
            r.type = best->info->name;
            r.trigger = best->surface;
            r.evidence = Provenance{doc.id, si, s.span};
            r.sentence = std::string(s.span.of(doc.text));
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
            bool participle = ends("ed") || ends("en") || ends("wn") || form == "overrun" ||
                              form == "struck" || form == "held" || form == "led" || form == "fought" ||
                              form == "lost" || form == "won";
            for (std::size_t back = 1; participle && back <= 2 && back <= best->word; ++back) {
                const std::string& aux = words[best->word - back].lower;
                if (aux == "was" || aux == "were" || aux == "been" || aux == "being" || aux == "is" ||
                    aux == "are")
                    passive = true;
            }
            // a noun with its agent: "the recapture of Hit by the army"
            if (best->noun)
                for (std::size_t w = best->word + 1;
                     w < words.size() && w <= best->word + 6 && clause_of[w] == c; ++w)
                    if (words[w].lower == "by") passive = true;
            if (passive) {
                // the agent is the actor after "by" (or a generic noun standing for one); without one
                // the subject is unknown
                const Mention* agent = nullptr;
                for (std::size_t w = best->word + 1; w < words.size() && clause_of[w] == c; ++w)
                    if (words[w].lower == "by") {
                        for (const Mention* m : actors)
                            if (!agent && word_at(m->where.span.begin) > w) agent = m;
                        for (std::size_t k = w + 1;
                             !agent && k <= w + 3 && k < words.size() && clause_of[k] == c; ++k)
                            agent = generic_actor(k);
                    }
                passive_agent = agent;
            }
            const Mention* subj = nullptr;
            const Mention* obj = nullptr;
            const Mention* last_before = nullptr;  // the last actor of a list before the trigger
            for (const Mention* m : actors) {
                bool before = word_at(m->where.span.begin) < best->word;
                if (borrowed) {
                    if (!subj) subj = m;  // the sentence's first actor
                    continue;
                }
                if (speaker && m->entity == *speaker && r.type != "leads") continue;
                if (before && !passive && in_adjunct(m))
                    continue;  // "X backed by Y took ...": Y is no subject
                if (before != passive) {
                    // the closest actor before the trigger, or the first of a list it ends ("X, Y and Z
                    // took")
                    bool conjunct = false;
                    if (before && subj && last_before && !passive) {
                        std::size_t a = word_at(last_before->where.span.end - 1),
                                    b = word_at(m->where.span.begin);
                        std::size_t gap = 0;  // words between, determiners aside
                        for (std::size_t k = a + 1; k < b; ++k)
                            gap += words[k].lower != "the" && words[k].lower != "a";
                        bool joined = gap == 0;  // "X, Y": only a comma between
                        for (std::size_t k = a + 1; k < b; ++k)
                            if (words[k].lower == "and" || words[k].lower == "or") joined = gap <= 2;
                        conjunct = joined && b > a;
                    }
                    if (!conjunct) subj = m;
                    if (before) last_before = m;
                } else if (!obj)
                    obj = m;
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
            // "the militants", "they" between the subject found so far and the trigger is the subject
            if (!passive && !pair) {
                std::size_t from = 0;
                if (subj && !borrowed) from = word_at(subj->where.span.begin) + 1;
                const Mention* g = nullptr;
                for (std::size_t w = from; w < best->word; ++w)
                    if (clause_of[w] == c)
                        if (const Mention* x = generic_actor(w)) g = x;
                if (g) {
                    if (borrowed) actors.clear();
                    if (subj && subj->entity != g->entity && !borrowed && !obj) obj = subj;
                    subj = g;
                    if (std::none_of(actors.begin(), actors.end(),
                                     [&](const Mention* m) { return m->entity == g->entity; }))
                        actors.push_back(g);
                }
            }
            if (!obj) {
                // a generic object right after the trigger: "killed the militants"
                for (std::size_t w = best->word + 1;
                     w <= best->word + 3 && w < words.size() && clause_of[w] == c; ++w)
                    if (const Mention* x = generic_actor(w); x && words[w].lower != "they") {
                        if (!subj || x->entity != subj->entity) obj = x;
                        if (std::none_of(actors.begin(), actors.end(),
                                         [&](const Mention* m) { return m->entity == x->entity; }))
                            actors.push_back(x);
                        break;
                    }
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
            // in an active clause an actor after the trigger is its object, never its subject
            if (!subj && obj && passive) std::swap(subj, obj);
            if (!subj && !actors.empty() &&
                (passive || word_at(actors.front()->where.span.begin) < best->word))
                subj = actors.front();
            // a speaker after the trigger (an inverted quote: "'We entered the city,' X said") reports
            // the act; the act's subject stays unnamed
            bool quoted = text.tokens[words[best->word].token].span.begin < quote_end;
            if (!subj && speaker && !quoted) {
                for (const Mention* m : actors)
                    if (m->entity == *speaker) subj = m;
            }
            for (const Mention* m : actors) {
                if (subj && m->entity == subj->entity) continue;
                if (std::find(r.participants.begin(), r.participants.end(), m->entity) ==
                    r.participants.end())
                    r.participants.push_back(m->entity);
            }
            if (subj) {
                r.actor = subj->entity;
                r.participants.insert(r.participants.begin(), subj->entity);
            }
            if (obj && (!subj || obj->entity != subj->entity)) r.target = obj->entity;
            // the place: one named after a locative preposition ("in Mosul", not "U.S.-backed"),
            // and of those the most specific (inside another, by the knowledge base)
            auto locative = [&](const Mention* m) {
                std::size_t w = word_at(m->where.span.begin);
                if (w == 0) return false;
                static const std::set<std::string> preps = {
                    "in",     "at",     "near",    "into", "to",   "from",   "outside", "inside",
                    "around", "toward", "towards", "of",   "over", "across", "on",      "through"};
                const std::string& prev = words[w - 1].lower;
                return preps.count(prev) > 0 ||
                       (prev == "the" && w > 1 && preps.count(words[w - 2].lower) > 0);
            };
            // a place right after the trigger is what was taken or struck ("captured the Mosul Dam")
            auto object_of_trigger = [&](const Mention* m) {
                std::size_t w = word_at(m->where.span.begin);
                if (w == best->word + 1 || (w == best->word + 2 && words[best->word + 1].lower == "the"))
                    return true;
                // "cleared the sprawling Baiji refinery": a determiner and modifiers between
                if (w > best->word + 2 && w <= best->word + 4 && words[best->word + 1].lower == "the") {
                    bool modifiers = true;
                    for (std::size_t k = best->word + 2; k < w; ++k)
                        modifiers = modifiers && !is_preposition(words[k].lower) && words[k].lower != "and" &&
                                    words[k].lower != "or";
                    if (modifiers) return true;
                }
                return best->noun && w == best->word + 2 && words[best->word + 1].lower == "of";
            };
            const Mention* place = nullptr;
            for (const Mention* m : places)
                if (object_of_trigger(m)) place = m;
            for (const Mention* m : places) {
                if (!place) {
                    place = m;
                    continue;
                }
                if (object_of_trigger(place)) break;
                bool lm = locative(m), lp = locative(place);
                if ((lm && !lp) || (lm == lp && inside(m->entity, place->entity))) place = m;
            }
            if (place) r.place = place->entity;
            // "around the town": a place named before, when the clause names none of its own here
            if (last_event_place && (!place || (!locative(place) && !object_of_trigger(place)))) {
                for (std::size_t w = 1; w + 0 < words.size(); ++w) {
                    // the clause's own anaphor; another clause's when the sentence names no place at all
                    if ((clause_of[w] != c && !places.empty()) || !is_place_anaphor(words[w].lower) ||
                        words[w - 1].lower != "the")
                        continue;
                    if (inside_mention(w)) continue;
                    bool after_trigger = w == best->word + 2 && clause_of[w] == c;
                    bool after_prep =
                        w >= 2 && std::set<std::string>{"in", "at",   "near",   "into",    "around", "of",
                                                        "on", "over", "inside", "outside", "to",     "from"}
                                          .count(words[w - 2].lower) > 0;
                    if (after_trigger || after_prep) {
                        r.place = *last_event_place;
                        break;
                    }
                }
            }
            if (speaker && (!subj || *speaker != subj->entity)) r.attributed_to = speaker;

            // The date: the clause's own; a relative clause's antecedent; the speech's;
            // the paragraph's narrative date for past events; the article's date for
            // present-tense statements of relations that news reports as current.
            bool future = false;  // "would be", "will take": not (yet) an event
            for (std::size_t w = 0; w < best->word; ++w)
                if (clause_of[w] == c && (words[w].lower == "will" || words[w].lower == "would" ||
                                          words[w].lower == "could" || words[w].lower == "should"))
                    future = true;
            // a gerund as the subject of a modal is no event either ("retaking the city will not be
            // the end")
            if (best->surface.size() > 4 && best->surface.compare(best->surface.size() - 3, 3, "ing") == 0)
                for (std::size_t w = best->word + 1; w < words.size(); ++w)
                    if (clause_of[w] == c && (words[w].lower == "will" || words[w].lower == "would" ||
                                              words[w].lower == "could" || words[w].lower == "might" ||
                                              words[w].lower == "may"))
                        future = true;
            // a negated act did not happen: "did not capture", "the operation did not trigger"
            for (std::size_t k = best->word >= 3 ? best->word - 3 : 0;
                 k <= best->word + 3 && k < words.size(); ++k)
                if (clause_of[k] == c && (words[k].lower == "not" || words[k].lower == "never") &&
                    (k < best->word || best->noun))
                    future = true;
            if (best->info->kind == RelationKind::event && !future) {
                has_content = true;
                if (clause_date)
                    r.date = clause_date;
                else if (speaker && speech_date)
                    r.date = speech_date;
                else if (best->info->dated_by_article_when_present && doc.published &&
                         clause_text_has(c, {"is", "are", "come", "comes"}) &&
                         !clause_text_has(c, {"was", "were", "had"}))
                    r.date = day_value(*doc.published);
                else if (best->noun) {
                    // a noun without its own date ("after a campaign that ...") names no new event
                } else if (sentence_date && !clause_text_has(c, {"is", "are", "has", "have", "will"}))
                    r.date = sentence_date;
                else if (narrative_date && !previous_clause_date &&
                         !clause_text_has(c, {"is", "are", "has", "have", "will"}))
                    r.date = narrative_date;
            }
            r.confidence = r.date && own_date ? 0.8 : 0.6;
            // the place later anaphors take up: a dated act's, else the sentence's first act's
            if (r.place && (r.date || !place_set_here)) last_event_place = r.place;
            place_set_here = place_set_here || r.place.has_value();
            // a meeting or an alliance needs two parties ("they met snipers" is none)
            bool two_party = best->info->phrase.size() > 5 &&
                             best->info->phrase.compare(best->info->phrase.size() - 5, 5, " with") == 0;
            if (two_party && r.participants.size() < 2) continue;
            if (!!r.actor || r.place || !r.participants.empty()) out.push_back(std::move(r));
        }
        // A statement with no other relation is itself the event.
        if (speaker && !has_content) {
            Relation r;
            r.type = "said";
            r.actor = *speaker;
            r.participants.push_back(*speaker);
            r.evidence = Provenance{doc.id, si, s.span};
            r.sentence = std::string(s.span.of(doc.text));
            for (const Mention* m : sm)
                if (m->type == EntityType::place) {
                    r.place = m->entity;
                    break;
                }
            for (const Mention* m : sm)
                if (actor(*m) && m->entity != *speaker && r.participants.size() < 4) {
                    if (!r.target) r.target = m->entity;
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
                        r.sentence = std::string(s.span.of(doc.text));
                        for (const Mention* m : sm)
                            if (m->type == EntityType::place) {
                                r.place = m->entity;
                                break;
                            }
                        for (const Timex* t : st) r.date = t->value;
                        r.confidence = 0.5;
                        if (r.place && r.date && r.date->granularity == Granularity::day)
                            out.push_back(std::move(r));
                        has_content = true;
                    }
        }
        if (!st.empty()) narrative_date = st.back()->value;
        remember_actors();
    }
    // A week ("last week") is reported as the month of its Thursday: chronology dates are days,
    // months, seasons and years.
    for (Relation& r : out)
        if (r.date && r.date->granularity == Granularity::week && r.date->anchored()) {
            date::year_month_day thursday{*r.date->first + date::days(3)};
            if (auto m = parse_time_value(
                    fmt::format("{:04d}-{:02d}", int(thursday.year()), unsigned(thursday.month()))))
                r.date = *m;
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
        if (!r.actor) {  // an act whose actor the text does not name
            bool said = r.type == "said";
            std::string what = said ? "Statement by an unnamed source" : "Unattributed: " + r.type;
            r.summary = what + (r.place ? (said ? " on " : " in ") + label(*r.place) : std::string());
            if (r.attributed_to) r.summary += ", according to " + label(*r.attributed_to);
            continue;
        }
        std::string s = label(*r.actor);
        std::string phrase = info ? info->phrase : r.type;
        if (!r.target) {
            // without an object the phrase loses its preposition: "split from" -> "split"
            for (const char* prep : {" against", " from", " with", " of", " in"}) {
                std::string_view p(prep);
                if (phrase.size() > p.size() && phrase.compare(phrase.size() - p.size(), p.size(), p) == 0)
                    phrase.erase(phrase.size() - p.size());
            }
        }
        s += " " + phrase;
        if (r.target) s += " " + label(*r.target);
        if (r.place && (!r.target || *r.target != *r.place)) s += " in " + label(*r.place);
        if (r.attributed_to) s += ", according to " + label(*r.attributed_to);
        r.summary = s;
    }
    return out;
}

}  // namespace mosulkg
