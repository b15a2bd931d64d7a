#include "relations_tree.hpp"

#include "normalize.hpp"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <utility>

namespace mosulkg::detail {

Tree::Tree(std::vector<std::string_view> words, Parse parse, const RelationLexicon& lexicon)
    : lexicon_(&lexicon), words_(std::move(words)), parse_(std::move(parse)) {
    lower_.reserve(words_.size());
    for (auto w : words_) lower_.push_back(fold_word(w));
    parse_.resize(words_.size());
    link_children();
    for (auto repair : {&Tree::reattach_headed_preposition,
                        &Tree::reattach_possessive_root,
                        &Tree::reattach_noun_object,
                        &Tree::reattach_infinitive_objects,
                        &Tree::reattach_verbless_root,
                        &Tree::demote_prepositional_subjects,
                        &Tree::demote_prepositional_complements,
                        &Tree::demote_false_auxiliaries,
                        &Tree::names_as_subjects,
                        &Tree::reattach_fronted_content,
                        &Tree::reattach_content_from_time,
                        &Tree::reattach_content_after_day,
                        &Tree::reattach_content_from_object,
                        &Tree::reattach_subjectless_content,
                        &Tree::reattach_participle_before_speaker,
                        &Tree::reattach_content_to_first_saying,
                        &Tree::reattach_near_adjective,
                        &Tree::reattach_opening_participle,
                        &Tree::reattach_object_before_participle,
                        &Tree::reattach_finite_noun_clause,
                        &Tree::reattach_subject_from_case,
                        &Tree::reattach_verb_modifier,
                        &Tree::demote_agent_subjects,
                        &Tree::reattach_coordinated_relative,
                        &Tree::appositions_as_subjects,
                        &Tree::reattach_subordinate_clause,
                        &Tree::reattach_clause_modifier,
                        &Tree::reattach_relative_object,
                        &Tree::reattach_from_punctuation,
                        &Tree::passive_of_be,
                        &Tree::reattach_set_off_relative,
                        &Tree::reattach_that_clause,
                        &Tree::reattach_object_before_time,
                        &Tree::reattach_genitive_after_time,
                        &Tree::reattach_second_object_of,
                        &Tree::reattach_genitive_after_agent,
                        &Tree::reattach_object_before_span,
                        &Tree::reattach_hyphened_backer,
                        &Tree::reattach_name_after_agent,
                        &Tree::expletive_subjects,
                        &Tree::reattach_possessive_object,
                        &Tree::reattach_reduced_relative,
                        &Tree::verb_for_nominal_root,
                        &Tree::reattach_sequence_phrases,
                        &Tree::active_perfect_subjects,
                        &Tree::reattach_verb_after_set_off_participle,
                        &Tree::reattach_dashed_clause,
                        &Tree::reattach_subject_modifier_root,
                        &Tree::reattach_name_modifier_verb,
                        &Tree::reattach_object_from_speaker,
                        &Tree::reattach_appositive_speaker,
                        &Tree::reattach_final_speakers,
                        &Tree::join_coordinated_subjects,
                        &Tree::reattach_bare_content,
                        &Tree::reattach_case_of_name,
                        &Tree::reattach_clause_under_date,
                        &Tree::subject_after_fronted_phrase,
                        &Tree::reattach_agent_from_phrase,
                        &Tree::reattach_according_phrase,
                        &Tree::reattach_quantity_object,
                        &Tree::reattach_first_subject_clause,
                        &Tree::reattach_participle_object,
                        &Tree::reattach_since_clause,
                        &Tree::join_compound_objects,
                        &Tree::reattach_particle_object,
                        &Tree::reattach_later_to_conjunct,
                        &Tree::reattach_relative_to_thing,
                        &Tree::reattach_relative_to_nearest})
        if ((this->*repair)()) link_children();
}

bool Tree::reattach_headed_preposition() {
    for (int a = 0; a + 1 < size(); ++a) {
        const int n = a + 1;
        if (upos(a) != Upos::adp || (base(a) != "obl" && base(a) != "nmod") || head(n) != a || !nominal(n))
            continue;
        const int h = head(a);
        const std::string_view l = label(a);
        for (int c : children(a))
            if (c != n) attach(c, n, label(c));
        attach(n, h, l);
        attach(a, n, "case");
        return true;
    }
    return false;
}

bool Tree::reattach_relative_to_thing() {
    auto trigger = [&](int t) { return !lexicon_->triggers_of(lower(t)).empty(); };
    // (a noun of an act that happens: "stronghold" names a state, what was overrun may be it)
    auto act_noun = [&](int t) {
        const auto& forms = lexicon_->triggers_of(lower(t));
        return !forms.empty() && std::all_of(forms.begin(), forms.end(), [&](std::size_t k) {
            const RelationInfo* info = lexicon_->info(lexicon_->triggers()[k].relation);
            return info && info->kind == RelationKind::event;
        });
    };
    bool changed = false;
    for (int v = 1; v < size(); ++v) {
        const int h = head(v);
        if (label(v) != "acl:relcl" || h < 0 || h >= v || !nominal(h) || !act_noun(h) || !trigger(v) ||
            lexicon_->cue("beginning", lower(v)) || lexicon_->cue("continuation", lower(v)) ||
            lexicon_->cue("light_verb", lower(v)))
            continue;
        const int first = leftmost(v);  // the relative pronoun, or the clause's first word
        if (first <= h || !lexicon_->cue("relative", lower(first))) continue;
        int n = first - 1;  // the last word before the clause, punctuation aside
        while (n > h && upos(n) == Upos::punct) --n;
        if (n <= h || !nominal(n) || trigger(n) || !under(n, h)) continue;
        // (past where a thing lies: "the stronghold in northern Iraq, which was overrun")
        for (int d = 0; d < 4 && base(n) == "nmod" && head(n) > h && under(head(n), h) &&
                        lexicon_->cue("place_case", case_word(n));
             ++d)
            n = head(n);
        attach(v, n, "acl:relcl");
        changed = true;
    }
    return changed;
}

bool Tree::reattach_later_to_conjunct() {
    bool changed = false;
    for (int t = 1; t < size(); ++t) {
        const int h = head(t);
        if (base(t) != "advmod" || h < 0 || h > t || !verbal(h) || !lexicon_->cue("later_shift", lower(t)))
            continue;
        int last = -1;
        for (int c : children(h))
            if (base(c) == "conj" && c < t && verbal(c)) last = c;
        if (last < 0) continue;
        attach(t, last, label(t));
        changed = true;
    }
    return changed;
}

bool Tree::reattach_particle_object() {
    bool changed = false;
    for (int v = 0; v + 1 < size(); ++v) {
        const int p = v + 1;
        // (or read as a phrase of the verb with the noun its object: "had taken [over] a bridge")
        const auto under_particle =
            base(p) == "obl" && upos(p) == Upos::adp && head(p) == v ? child(p, "obj") : std::nullopt;
        const int n = under_particle ? *under_particle : head(p);
        if (upos(v) != Upos::verb || (base(p) != "case" && !under_particle) || n <= p ||
            (!under_particle && (head(n) != v || base(n) != "obl")) || child(v, "obj") ||
            !lexicon_->cue("verb_particle", lower(p)))
            continue;
        // ("out of Fallujah" is one preposition)
        if (p + 1 < size() && upos(p + 1) == Upos::adp) continue;
        bool needed = false;
        for (std::size_t k : lexicon_->triggers_of(lower(v)))
            needed = needed || lexicon_->triggers()[k].next == lower(p);
        if (!needed) continue;
        attach(p, v, "compound:prt");
        attach(n, v, "obj");
        changed = true;
    }
    return changed;
}

void Tree::attach(int t, int head, std::string_view label) {
    parse_[static_cast<std::size_t>(t)].head = head;
    parse_[static_cast<std::size_t>(t)].label = label;
}

bool Tree::reattach_noun_object() {
    for (int r = 0; r < size(); ++r) {
        if (head(r) >= 0 || !nominal(r)) continue;
        const auto o = child(r, "obj");
        if (!o || *o < r) return false;
        // "[Islamic] State fighters retreated": the first word of a name read as a verb whose
        // object is the noun the name modifies is that noun's compound
        bool name = upos(r) == Upos::propn && *o > r + 1;
        for (int t = r + 1; name && t < *o; ++t)
            name = head(t) == *o && (base(t) == "compound" || base(t) == "flat");
        if (name) {
            for (int c : children(r))
                if (c != *o) attach(c, *o, label(c));
            attach(*o, -1, "root");
            attach(r, *o, "compound");
            return true;
        }
        for (int v : children(*o)) {
            if (v <= r || v >= *o || upos(v) != Upos::verb || base(v) != "amod") continue;
            attach(v, -1, "root");
            attach(r, v, "nsubj");
            attach(*o, v, "obj");
            for (int c : children(r))  // the verb's own dependents the tree gave the noun
                if (c > v && (base(c) == "obl" || base(c) == "punct"))
                    parse_[static_cast<std::size_t>(c)].head = v;
            return true;
        }
        return false;
    }
    return false;
}

bool Tree::reattach_possessive_root() {
    for (int r = 0; r < size(); ++r) {
        if (head(r) >= 0 || !nominal(r)) continue;
        const auto mark = child(r, "case");
        if (!mark || *mark != r + 1 || upos(*mark) != Upos::part) return false;  // the possessive 's
        for (int v : children(r)) {
            const auto subject = child(v, "nsubj");
            if (v < r || !verbal(v) || !subject || *subject < r) continue;
            attach(v, -1, "root");
            attach(r, *subject, "nmod:poss");
            return true;
        }
        return false;
    }
    return false;
}

bool Tree::names_as_subjects() {
    bool changed = false;
    for (int t = 0; t < size(); ++t) {
        if (!nominal(t) || (base(t) != "aux" && base(t) != "cop") || head(t) <= t) continue;
        auto& at = parse_[static_cast<std::size_t>(t)];
        at.label = child(head(t), "nsubj") ? "dep" : "nsubj";
        changed = true;
    }
    return changed;
}

bool Tree::demote_false_auxiliaries() {
    bool changed = false;
    for (int t = 1; t < size(); ++t) {
        if (upos(t) != Upos::aux || lexicon_->cue("auxiliary", lower(t)) ||
            !std::isalpha(static_cast<unsigned char>(lower(t)[0])))
            continue;
        auto& at = parse_[static_cast<std::size_t>(t)];
        at.upos = Upos::noun;
        at.label = "dep";
        at.head = t - 1;
        changed = true;
    }
    return changed;
}

bool Tree::demote_prepositional_subjects() {
    bool changed = false;
    for (int t = 0; t < size(); ++t) {
        if (base(t) != "nsubj" || head(t) < 0) continue;
        // the preposition before the phrase, or the phrase's own first word ("with the Front")
        int preposition = leftmost(t);
        if (upos(preposition) != Upos::adp || head(preposition) != t) --preposition;
        if (preposition < 0 || upos(preposition) != Upos::adp ||
            (head(preposition) != t && head(preposition) != head(t)))
            continue;
        int other = -1;
        for (int c : children(head(t)))
            if (c != t && base(c) == "nsubj") other = c;
        if (other < 0) continue;
        parse_[static_cast<std::size_t>(t)].label = "obl";
        parse_[static_cast<std::size_t>(preposition)].label = "case";
        parse_[static_cast<std::size_t>(preposition)].head = t;
        changed = true;
    }
    return changed;
}

bool Tree::demote_prepositional_complements() {
    bool changed = false;
    for (int t = 0; t < size(); ++t)
        if (base(t) == "ccomp" && nominal(t) && child(t, "case") && !child(t, "cop")) {
            attach(t, head(t), "obl");
            changed = true;
        }
    return changed;
}

int Tree::set_off_speaker(int c, int h) {
    // the comma closest before h, past the content, within a speaker's phrase's length
    int comma = h - 1;
    while (comma > c && h - comma <= max_depth && word(comma) != ",") --comma;
    if (comma <= c || word(comma) != "," || comma + 1 == h) return -1;
    // the words between are one phrase: its head, the one word whose head lies outside it
    // (a name's later words and hyphens the parse hung outside are the name's: "al - Abadi")
    auto inside = [&](int x) { return head(x) > comma && head(x) < h; };
    auto part = [&](int x) { return base(x) == "flat" || base(x) == "punct"; };
    int speaker = -1;
    for (int x = comma + 1; x < h; ++x) {
        if (inside(x) || part(x)) continue;
        if (speaker >= 0) return -1;
        speaker = x;
    }
    if (speaker < 0 || !(nominal(speaker) || upos(speaker) == Upos::pron)) return -1;
    for (int x = speaker + 1; x < h; ++x)
        if (!inside(x)) parse_[static_cast<std::size_t>(x)].head = speaker;
    auto& at = parse_[static_cast<std::size_t>(speaker)];
    at.head = h;
    at.label = "nsubj";
    return comma;
}

bool Tree::reattach_fronted_content() {
    bool changed = false;
    for (int c = 0; c < size(); ++c) {
        const int h = head(c);
        if (base(c) != "ccomp" || h <= c || !speech_word(h)) continue;
        // the speaker: the phrase set off by a comma before the verb of saying
        const int comma = set_off_speaker(c, h);
        if (comma < 0) continue;
        const bool subject = child(c, "nsubj").has_value();
        for (int d : children(h)) {
            if (d == c || base(d) == "punct" || (d > c && d >= comma)) continue;
            auto& at = parse_[static_cast<std::size_t>(d)];
            if (d < c) {  // a second subject before the content is the content's own
                if (base(d) != "nsubj" || subject) continue;
            } else if (base(d) == "nsubj" || base(d) == "obl") {
                at.label = !child(d, "case") ? "dep" : nominal(c) ? "nmod" : "obl";
            }
            at.head = c;
        }
        changed = true;
    }
    return changed;
}

bool Tree::reattach_verb_modifier() {
    for (int v = 1; v < size(); ++v) {
        const int n = head(v), before = v - 1;
        if (upos(v) != Upos::verb || base(v) != "amod" || n <= v || !nominal(n) || !nominal(before) ||
            head(before) == n || head(before) == v)
            continue;
        // the phrase the noun before heads: its top below the clause
        int subject = before;
        for (int d = 0; d < max_depth && head(subject) >= 0 && head(subject) < v; ++d)
            subject = head(subject);
        const int clause = head(subject);
        auto& at = parse_;
        // "warplanes bombed IS positions in Hawija, the military said": the content of a verb of
        // saying whose own subject comes after it
        if (subject <= before && nominal(subject) && clause > n && speech_word(clause) &&
            base(subject) == "nsubj" && base(n) == "nsubj") {
            bool speaker = false;
            for (int c : children(clause)) speaker = speaker || (base(c) == "nsubj" && c > n);
            if (speaker) {
                attach(v, clause, "ccomp");
                at[static_cast<std::size_t>(subject)].head = v;
                attach(n, v, "obj");
                return true;
            }
        }
        // ('airstrikes supporting Peshmerga forces destroyed "multiple weapons systems"', the
        // phrase read as the subject of the object noun: the verb takes the noun's place)
        if (clause == n && subject <= before && nominal(subject) && base(subject) == "nsubj") {
            attach(v, head(n), head(n) >= 0 ? label(n) : "root");
            attach(subject, v, "nsubj");
            attach(n, v, "obj");
            return true;
        }
        if (subject > before || !nominal(subject) ||
            (clause >= 0 && (clause < n || !verbal(clause) || finite_form(clause))))
            continue;
        attach(v, clause >= 0 ? head(clause) : -1, clause >= 0 ? label(clause) : "root");
        attach(subject, v, "nsubj");
        attach(n, v, "obj");
        if (clause < 0) return true;
        for (int c : children(clause))  // the clause's other words before it: the verb's obliques
            if (c > n && c < clause && base(c) == "nsubj") {
                attach(c, v, "obl");
            }
        attach(clause, v, "advcl");
        return true;
    }
    return false;
}

bool Tree::demote_agent_subjects() {
    bool changed = false;
    for (int s = 0; s < size(); ++s) {
        const int v = head(s);
        const auto mark = child(s, "case");
        if (base(s) != "nsubj" || v < 0 || !mark || !lexicon_->cue("agent_case", lower(*mark))) continue;
        // the noun the "by" phrase follows, hung on the verb without a preposition
        int subject = -1;
        for (int x : children(v))
            if (x < s && nominal(x) && (base(x) == "obl" || base(x) == "dep") && !child(x, "case"))
                subject = x;
        if (subject < 0) continue;
        parse_[static_cast<std::size_t>(subject)].label = "nsubj";
        auto& agent = parse_[static_cast<std::size_t>(s)];
        agent.label = "obl";
        for (int p : children(subject))  // "troops backed by airstrikes": the participle's agent
            if (p > subject && p < s && base(p) == "acl") {
                agent.head = p;
                agent.label = "obl:agent";
            }
        changed = true;
    }
    return changed;
}

bool Tree::reattach_coordinated_relative() {
    for (int v = 1; v < size(); ++v) {
        const int n = head(v);
        if (label(v) != "acl" || upos(v) != Upos::verb || n < 0 || n > v || !nominal(n) || child(v, "mark"))
            continue;
        const int clause = head(n);
        const std::string_view role = base(n);
        if (clause <= v || !verbal(clause) || label(clause) == "conj" ||
            (role != "nsubj" && role != "nsubj:pass"))
            continue;
        const auto cc = child(clause, "cc");
        bool agent = false;  // "troops backed by airstrikes": a reduced relative indeed
        for (int c : children(v)) agent = agent || lexicon_->cue("agent_case", case_word(c));
        if (!cc || *cc < v || agent) continue;
        attach(v, head(clause), label(clause));
        attach(n, v, "nsubj");
        attach(clause, v, "conj");
        return true;
    }
    return false;
}

bool Tree::appositions_as_subjects() {
    bool changed = false;
    for (int v = 0; v < size(); ++v) {
        int first = -1;
        for (int s : children(v)) {
            const std::string_view l = label(s);
            if (l != "nsubj" && l != "nsubj:pass") continue;
            const int from = leftmost(s), to = rightmost(s);
            if (first >= 0 && from > 0 && word(from - 1) == "," && rightmost(first) == from - 2 &&
                to + 1 < v && word(to + 1) == ",") {
                attach(s, first, "appos");
                changed = true;
                continue;
            }
            first = s;
        }
    }
    return changed;
}

bool Tree::reattach_subordinate_clause() {
    for (int v = 1; v < size(); ++v) {
        // (the verb read as a modifier of its object: "after warplanes struck [IS] positions")
        // ("struck" tagged a participle there: a verb right after a noun phrase, before its own noun)
        const int object =
            base(v) == "amod" && upos(v) == Upos::verb && head(v) > v && nominal(head(v)) ? head(v) : -1;
        if ((!finite_form(v) && object < 0) || head(v) < 0 || (head(v) > v && object < 0) || child(v, "mark"))
            continue;
        // the phrase that ends right before the verb, led by a background subordinator
        int n = v - 1;
        while (head(n) >= 0 && head(n) < v && rightmost(head(n)) == v - 1 && !child(n, "case")) n = head(n);
        const auto c = child(n, "case");
        // (the verb read as a reduced relative of the phrase: "since the war ended")
        const int h = head(v) == n || object >= 0 ? head(n) : head(v);
        if (!c || !nominal(n) || h < 0 || h >= n || !verbal(h) || !lexicon_->cue("background", lower(*c)))
            continue;
        // the subject read before the phrase ("half of Mosul [since the offensive] began") is the
        // object of the verb before
        if (const auto s = child(v, "nsubj"); s && *s < n) {
            attach(*s, h, child(h, "obj") ? "obl" : "obj");
        }
        attach(n, v, "nsubj");
        attach(*c, v, "mark");
        attach(v, h, "advcl");
        if (object >= 0) {
            attach(object, v, "obj");
        }
        return true;
    }
    return false;
}

bool Tree::reattach_clause_modifier() {
    bool changed = false;
    for (int v = 0; v < size(); ++v) {
        const int n = head(v);
        if (upos(v) != Upos::verb || base(v) != "amod" || n <= v || !nominal(n) ||
            !(child(v, "nsubj") || child(v, "aux")))
            continue;
        attach(v, head(n), head(n) < 0 ? "root" : "acl:relcl");
        attach(n, v, "obj");
        changed = true;
    }
    return changed;
}

bool Tree::reattach_relative_object() {
    for (int v = 0; v < size(); ++v) {
        const auto r = child(v, "nsubj:pass"), s = child(v, "nsubj");
        if (!r || !s || *r > *s || *s > v || child(v, "aux:pass") || !lexicon_->cue("relative", lower(*r)))
            continue;
        auto& at = parse_;
        at[static_cast<std::size_t>(*r)].label = "obj";
        // the noun phrase that ends right before the comma before the pronoun
        if (*r < 2 || word(*r - 1) != "," || label(v) == "acl:relcl") return true;
        int n = *r - 2;
        while (head(n) >= 0 && head(n) < *r && rightmost(head(n)) == *r - 2) n = head(n);
        if (nominal(n) && !under(n, v)) {
            attach(v, n, "acl:relcl");
        }
        return true;
    }
    return false;
}

bool Tree::reattach_from_punctuation() {
    bool changed = false;
    auto& at = parse_;
    for (int x = 0; x < size(); ++x) {
        const int mark = head(x);
        if (mark < 0 || upos(mark) != Upos::punct || upos(x) == Upos::punct || base(x) != "case") continue;
        int noun = -1;  // the nominal after the preposition under the same mark
        for (int y : children(mark))
            if (noun < 0 && y > x && y < mark && nominal(y)) noun = y;
        if (noun < 0 || head(mark) < 0) continue;
        at[static_cast<std::size_t>(x)].head = noun;
        attach(noun, head(mark), nominal(head(mark)) ? "nmod" : "obl");
        changed = true;
    }
    return changed;
}

bool Tree::passive_of_be() {
    bool changed = false;
    for (int v = 0; v < size(); ++v) {
        // (a participle the tagger may take for another form: "retaken" as VBG)
        const bool participle_form =
            parse_[static_cast<std::size_t>(v)].xpos == "VBN" ||
            (upos(v) == Upos::verb &&
             (lexicon_->ends_with_cue("past_ending", lower(v), 3) || lexicon_->cue("past_form", lower(v))));
        if (!participle_form || child(v, "aux:pass") || child(v, "nsubj:pass")) continue;
        const auto s = child(v, "nsubj");
        std::optional<int> be;
        for (int c : children(v))
            if (label(c) == "aux" && c < v && lexicon_->cue("passive_be", lower(c))) be = c;
        if (!s || !be || *s > *be) continue;
        parse_[static_cast<std::size_t>(*be)].label = "aux:pass";
        parse_[static_cast<std::size_t>(*s)].label = "nsubj:pass";
        changed = true;
    }
    return changed;
}

bool Tree::reattach_set_off_relative() {
    for (int v = 0; v < size(); ++v) {
        const std::string_view l = label(v);
        if (l != "parataxis" && l != "ccomp" && l != "conj") continue;
        auto r = child(v, "nsubj:pass");
        if (!r) r = child(v, "nsubj");
        if (!r || *r < 2 || word(*r - 1) != "," || leftmost(v) != *r ||
            !lexicon_->cue("relative", lower(*r)) || lower(*r) == "that")
            continue;
        const int verb = head(v);
        int n = *r - 2;  // the noun phrase that ends right before the comma
        while (head(n) >= 0 && head(n) < *r && rightmost(head(n)) == *r - 2) n = head(n);
        // (a clause hung on a verb inside the noun phrase, "the offensive to liberate Nineveh, which
        // was launched", is left to the reading of nominal acts)
        if (verb < 0 || base(verb) == "acl" || !nominal(n) || under(n, v) || !under(n, verb)) continue;
        attach(v, n, "acl:relcl");
        for (int c : children(v))  // ", on Sunday": set off after the clause, the verb's
            if (c > v && base(c) == "obl" && leftmost(c) > 0 && word(leftmost(c) - 1) == ",") {
                attach(c, verb, "obl");
            }
        return true;
    }
    return false;
}

bool Tree::reattach_that_clause() {
    bool changed = false;
    for (int v = 0; v < size(); ++v) {
        if (label(v) != "acl:relcl" || head(v) < 0) continue;
        for (const char* role : {"obj", "nsubj"}) {
            int that = -1, own = -1;
            for (int c : children(v))
                if (base(c) == role) (lexicon_->cue("complementizer", lower(c)) && c < v ? that : own) = c;
            if (that < 0 || own < 0 || own < that) continue;
            auto& at = parse_;
            at[static_cast<std::size_t>(that)].label = "mark";
            at[static_cast<std::size_t>(v)].label = "acl";
            for (int h = head(v), d = 0; h >= 0 && d < 3; h = head(h), ++d)
                if (verbal(h) && speech_word(h)) {
                    attach(v, h, "ccomp");
                    break;
                }
            changed = true;
            break;
        }
    }
    return changed;
}

bool Tree::reattach_object_before_time() {
    for (int c = 0; c < size(); ++c) {
        const int time = head(c);
        // (or a common noun with its article: "stormed the base Sunday")
        const bool noun = time > c && upos(c) == Upos::noun && child(c, "det") && upos(time) == Upos::propn;
        if ((upos(c) != Upos::propn && !noun) || base(c) != "compound" || time <= c ||
            label(time) != "obl:unmarked" || head(time) < 0 || head(time) > c || !verbal(head(time)) ||
            child(head(time), "obj"))
            continue;
        // (only the name and a modifier of the time stand in its phrase: "Bartella last week",
        // not "villages east of Mosul yesterday")
        bool bare = true;
        for (int x : children(time))
            bare = bare && (x == c || base(x) == "amod" || base(x) == "det" || upos(x) == Upos::punct);
        if (!bare) continue;
        attach(c, head(time), "obj");
        return true;
    }
    return false;
}

bool Tree::reattach_genitive_after_time() {
    bool changed = false;
    for (int c = 2; c < size(); ++c) {
        const int time = head(c);
        if ((base(c) != "nmod" && base(c) != "obl") || time < 0 || time >= c ||
            !lexicon_->cue("genitive_case", case_word(c)))
            continue;
        // (a bare time, or an adverb of time a measure of it modifies: "a day earlier"; not a
        // direction: "30 miles south of Erbil")
        bool measured = false;
        for (int m : children(time))
            measured = measured || (m < time && (label(m) == "obl:unmarked" || label(m) == "obl:tmod" ||
                                                 label(m) == "nmod:unmarked"));
        const bool bare_time = (label(time) == "obl:unmarked" || label(time) == "obl:tmod" ||
                                (label(time) == "advmod" && upos(time) == Upos::adv && measured)) &&
                               !lexicon_->cue("direction_noun", lower(time));
        const int v = head(time);
        const auto o = v >= 0 ? child(v, "obj") : std::nullopt;
        if (!bare_time || !o || !verbal(v) || *o > time || rightmost(*o) + 1 != leftmost(time) ||
            child(*o, "nmod"))
            continue;
        attach(c, *o, "nmod");
        for (int g : children(c))  // (a phrase of a noun is no oblique: "much of Mosul")
            if (base(g) == "obl") attach(g, c, "nmod");
        changed = true;
    }
    return changed;
}

bool Tree::reattach_relative_to_nearest() {
    bool changed = false;
    for (int c = 2; c < size(); ++c) {
        const int h = head(c), r = leftmost(c), noun = r - 1;
        if (label(c) != "acl:relcl" || h < 0 || noun <= h || upos(r) != Upos::pron || head(r) != c ||
            upos(noun) != Upos::noun || !under(noun, h) || head(noun) == c)
            continue;
        attach(c, noun, "acl:relcl");
        changed = true;
    }
    return changed;
}

bool Tree::reattach_second_object_of() {
    bool changed = false;
    for (int second = 2; second < size(); ++second) {
        const int v = head(second);
        if (base(second) != "obj" || v < 0 || !verbal(v)) continue;
        const auto first = child(v, "obj");
        // ("took control of the Division 17 military base": the "of" phrase of the first ends
        // where the second begins, with no article of its own: one noun phrase, the second's head)
        if (first && *first < second && !child(second, "det") && !child(second, "case"))
            if (auto n = child(*first, "nmod"); n && *n < second && rightmost(*n) + 1 == leftmost(second) &&
                                                lexicon_->cue("genitive_case", case_word(*n))) {
                for (int k : children(*n))
                    if (base(k) == "case" || base(k) == "det")
                        attach(k, second, base(k) == "det" ? "det" : "case");
                attach(second, *first, "nmod");
                attach(*n, second, "compound");
                changed = true;
                continue;
            }
        const int of = leftmost(second);
        if (!first || *first >= second || rightmost(*first) + 1 != of || upos(of) != Upos::adp ||
            (lexicon_->cue("genitive_case", lower(of)) && child(*first, "nmod")))
            continue;
        attach(second, *first, "nmod");
        attach(of, second, "case");
        changed = true;
    }
    return changed;
}

bool Tree::reattach_genitive_after_agent() {
    bool changed = false;
    for (int c = 2; c < size(); ++c) {
        const int agent = head(c);
        if (base(c) != "nmod" || agent < 0 || agent >= c || !lexicon_->cue("genitive_case", case_word(c)) ||
            base(agent) != "nmod" || !lexicon_->cue("agent_case", case_word(agent)) ||
            lexicon_->cue("member_noun", lower(agent)))  // ("by fighters of the group": theirs)
            continue;
        const int n = head(agent);
        if (n < 0 || n > agent || !nominal(n)) continue;
        bool own = false;
        for (int k : children(n))
            own = own || (base(k) == "nmod" && lexicon_->cue("genitive_case", case_word(k)));
        if (own) continue;
        attach(c, n, "nmod");
        changed = true;
    }
    return changed;
}

bool Tree::reattach_object_before_span() {
    bool changed = false;
    for (int o = 1; o < size(); ++o) {
        const int v = head(o);
        if (base(o) != "obj" || v < 0 || !verbal(v) || !lexicon_->cue("time_unit", lower(o))) continue;
        int noun = -1;
        bool span = false;
        for (int c : children(o)) {
            if (c < o && base(c) == "compound" && nominal(c)) noun = c;
            span = span || (c > o && lexicon_->cue("span_adverb", lower(c)));
        }
        if (noun < 0 || !span) continue;
        for (int c : children(o))  // (its determiner is the noun's: "the city")
            if (c < noun && base(c) == "det") attach(c, noun, "det");
        attach(noun, v, "obj");
        attach(o, v, "obl:unmarked");
        changed = true;
    }
    return changed;
}

bool Tree::reattach_hyphened_backer() {
    bool changed = false;
    for (int p = 2; p + 1 < size(); ++p) {
        const int n = p - 2, m = head(p);
        if (word(p - 1) != "-" || !lexicon_->cue("backing_participle", lower(p)) || base(p) != "amod" ||
            m <= p || !nominal(m) || !nominal(n) || head(n) < 0 || under(n, m) || under(head(n), m) ||
            rightmost(n) != n)
            continue;
        attach(m, head(n), label(n));
        for (int c : children(n))  // ("by": the phrase's preposition and determiner are the noun's)
            if (c < n && (base(c) == "case" || base(c) == "det")) attach(c, m, label(c));
        attach(n, p, "obl");
        attach(p - 1, p, "punct");
        changed = true;
    }
    return changed;
}

bool Tree::verb_for_nominal_root() {
    for (int r = 0; r < size(); ++r) {
        if (head(r) >= 0 || !nominal(r) || child(r, "cop")) continue;
        const auto s = child(r, "nsubj");
        if (!s || *s > r) return false;
        for (int v : children(r)) {
            const std::string_view l = base(v);
            if (v < r || !verbal(v) || (l != "parataxis" && l != "conj" && l != "ccomp") ||
                child(v, "nsubj") || child(v, "nsubj:pass") || !child(v, "aux"))
                continue;
            attach(v, -1, "root");
            attach(*s, v, child(v, "aux:pass") ? "nsubj:pass" : "nsubj");
            attach(r, v, child(r, "case") ? "obl" : "obj");
            return true;
        }
        return false;
    }
    return false;
}

bool Tree::reattach_reduced_relative() {
    bool changed = false;
    for (int v = 1; v < size(); ++v) {
        const int h = head(v);
        const auto o = h >= 0 ? child(h, "obj") : std::nullopt;
        const auto agent = child(v, "obl:agent");
        if (base(v) != "xcomp" || !participle(v) || !o || *o > v || !agent || rightmost(*o) != v - 1 ||
            !nominal(v - 1))
            continue;
        attach(v, v - 1, "acl");
        changed = true;
    }
    return changed;
}

bool Tree::expletive_subjects() {
    bool changed = false;
    for (int e = 0; e < size(); ++e) {
        const int v = head(e);
        if (base(e) != "expl" || upos(e) != Upos::pron || v < 0 || !verbal(v) || child(v, "nsubj") ||
            child(v, "nsubj:pass"))
            continue;
        bool clause = false;  // ("it is clear that ...": the clause is the subject)
        for (int c : children(v))
            clause = clause || base(c) == "ccomp" || base(c) == "csubj" || base(c) == "xcomp";
        if (clause) continue;
        attach(e, v, "nsubj");
        changed = true;
    }
    return changed;
}

bool Tree::reattach_possessive_object() {
    bool changed = false;
    for (int o = 0; o < size(); ++o) {
        const int v = head(o), r = rightmost(o);
        if (v < 0 || base(o) != "obj" || !nominal(o) || r == o || base(r) != "case" || head(r) != o ||
            upos(r) != Upos::part)
            continue;
        int n = -1;  // the verb's next object
        for (int c : children(v))
            if (n < 0 && c > r && base(c) == "obj" && nominal(c)) n = c;
        if (n < 0) continue;
        bool between = true;
        for (int k = r + 1; k < leftmost(n) && between; ++k)
            between = head(k) == v && (base(k) == "advmod" || base(k) == "amod");
        if (!between) continue;
        for (int k = r + 1; k < leftmost(n); ++k) attach(k, n, "amod");
        attach(o, n, "nmod:poss");
        changed = true;
    }
    return changed;
}

bool Tree::reattach_name_after_agent() {
    bool changed = false;
    for (int o = 1; o < size(); ++o) {
        const int v = head(o), n = o - 1;
        const auto agent = v >= 0 ? child(v, "obl:agent") : std::nullopt;
        if (base(o) != "obj" || upos(o) != Upos::propn || !agent || *agent >= o || !participle(v) ||
            !nominal(n) || n == *agent || !under(n, *agent) || rightmost(n) != n || head(n) < 0)
            continue;
        attach(o, head(n), label(n));
        for (int c : children(n))  // ("from the pro-government": the phrase's words are the name's)
            if (c < n) attach(c, o, label(c));
        attach(n, o, "compound");
        changed = true;
    }
    return changed;
}

bool Tree::reattach_sequence_phrases() {
    bool changed = false;
    for (int v = 0; v < size(); ++v) {
        const auto o = child(v, "obj");
        if (!o || !lexicon_->cue("sequence_verb", lower(v)) || !nominal(*o) ||
            lexicon_->triggers_of(lower(*o)).empty())
            continue;
        for (int c : children(v))
            if (c > *o && base(c) == "obl" && nominal(c)) {
                attach(c, *o, label(c) == "obl" ? std::string_view("nmod") : label(c));
                changed = true;
            }
    }
    return changed;
}

bool Tree::active_perfect_subjects() {
    bool changed = false;
    for (int v = 0; v < size(); ++v) {
        const auto s = child(v, "nsubj:pass");
        if (!s || !verbal(v) || child(v, "aux:pass")) continue;
        bool perfect = false;
        for (int c : children(v))
            perfect = perfect || (base(c) == "aux" && (lexicon_->cue("perfect_aux", lower(c)) ||
                                                       lexicon_->cue("background_aux", lower(c))));
        if (!perfect) continue;
        attach(*s, v, "nsubj");
        changed = true;
    }
    return changed;
}

bool Tree::reattach_verb_after_set_off_participle() {
    const int r = first_root();
    if (r >= size() || !nominal(r) || child(r, "cop")) return false;
    for (int p : children(r)) {
        if (p <= r + 1 || base(p) != "acl" || !verbal(p) || word(p - 1) != ",") continue;
        // the phrase after the participle runs to the next comma; the verb stands right after it
        int close = p + 1;
        while (close < size() && word(close) != ",") ++close;
        const int v = close + 1;
        // (not a second participle: "backed by militia, supported by jets")
        if (v >= size() || upos(v) != Upos::verb || !under(v, p) || child(v, "nsubj") || child(v, "aux") ||
            child(v, "obl:agent") || gerund(v))
            continue;
        std::vector<int> moved;  // what the participle and the noun hold after the verb is the verb's
        for (int h : {p, r})
            for (int c : children(h))
                if (c > v) moved.push_back(c);
        attach(v, -1, "root");
        attach(r, v, "nsubj");
        for (int c : moved) attach(c, v, label(c));
        return true;
    }
    return false;
}

bool Tree::reattach_dashed_clause() {
    for (int r = 0; r < size(); ++r) {
        if (head(r) >= 0 || verbal(r)) continue;
        for (int v : children(r)) {
            const int first = leftmost(v);
            const std::string_view dash = first > 0 ? word(first - 1) : std::string_view();
            if (v < r || !verbal(v) || (dash != "-" && dash != "\xE2\x80\x94" && dash != "\xE2\x80\x93"))
                continue;
            attach(v, -1, "root");
            attach(r, v, "obl:unmarked");
            return true;
        }
        return false;
    }
    return false;
}

bool Tree::reattach_subject_modifier_root() {
    for (int r = 0; r < size(); ++r) {
        if (head(r) >= 0 || !nominal(r)) continue;
        for (int v : children(r)) {
            const auto s = child(v, "nsubj");
            if (label(v) != "acl:relcl" || !finite_form(v) || !s || *s < r || *s > v ||
                lexicon_->cue("relative", lower(*s)))
                continue;
            bool next = true;  // the root's phrase runs into the subject's
            for (int t = r + 1, begin = leftmost(*s); t < begin; ++t) next = next && head(t) == r;
            if (!next) continue;
            auto& at = parse_;
            attach(v, -1, "root");
            attach(r, *s, "compound");
            for (int c : children(r))  // the root's other words after the verb are the verb's
                if (c > v) at[static_cast<std::size_t>(c)].head = v;
            return true;
        }
        return false;
    }
    return false;
}

bool Tree::speech_word(int t) const {
    for (std::size_t k : lexicon_->triggers_of(lower(t))) {
        const RelationInfo* info = lexicon_->info(lexicon_->triggers()[k].relation);
        if (info && info->kind == RelationKind::speech) return true;
    }
    return false;
}

bool Tree::reattach_content_from_time() {
    bool changed = false;
    for (int t = 0; t < size(); ++t) {
        if (base(t) != "acl" || !verbal(t) || !child(t, "nsubj")) continue;
        // the complementizer: t's mark, or the word t hangs on ("that" read as a pronoun)
        int m = child(t, "mark").value_or(-1);
        int n = head(t);
        if (n >= 0 && lexicon_->cue("complementizer", lower(n))) m = std::exchange(n, head(n));
        if (m < 0 || !lexicon_->cue("complementizer", lower(m)) || n < 0 || n > m || base(n) != "obl")
            continue;
        const int v = head(n);
        if (v < 0 || v > n || !speech_word(v)) continue;
        attach(t, v, "ccomp");
        auto& mark = parse_[static_cast<std::size_t>(m)];
        mark.upos = Upos::sconj;
        mark.head = t;
        mark.label = "mark";
        changed = true;
    }
    return changed;
}

bool Tree::reattach_content_after_day() {
    for (int d = 1; d + 2 < size(); ++d) {
        const int v = d - 1;
        if (base(d) != "nsubj" || !verbal(v) || !speech_word(v)) continue;
        // the clause hung on the day (or the day the clause's subject: "said Sunday it launched"
        // with "Sunday" the subject of "launched" and "it" its object), and the word between them
        // it was done by
        int t = -1;
        if (head(d) == v) {
            for (int c : children(d))
                if (c > d + 1 && verbal(c) && base(c) == "acl") t = c;
        } else if (head(d) > d + 1 && verbal(head(d)) && head(head(d)) == v && base(head(d)) == "ccomp") {
            t = head(d);
        }
        const int p = d + 1;
        if (t < 0 || (upos(p) != Upos::pron && !nominal(p)) || (head(p) != d && head(p) != t) ||
            (base(p) != "obj" && base(p) != "nsubj"))
            continue;
        attach(t, v, "ccomp");
        attach(p, t, "nsubj");
        attach(d, v, "obl:tmod");
        return true;
    }
    return false;
}

bool Tree::reattach_content_from_object() {
    for (int v = 0; v < size(); ++v) {
        if (!verbal(v) || !speech_word(v) || lexicon_->cue("addressing", lower(v)) || child(v, "ccomp"))
            continue;
        const auto o = child(v, "obj");
        if (!o || *o < v || !nominal(*o)) continue;
        int c = -1;  // the clause read as the object's conjunct, with a subject of its own
        for (int k : children(*o))
            if (k > *o && base(k) == "conj" && verbal(k) && (finite_form(k) || child(k, "aux")) &&
                child(k, "nsubj"))
                c = k;
        if (c < 0) continue;
        const int s = *child(c, "nsubj");
        if (s < *o || s > c) continue;
        attach(c, v, "ccomp");
        attach(*o, c, "nsubj");
        attach(s, *o, "conj");
        if (auto cc = child(c, "cc"); cc && *cc < s) attach(*cc, s, "cc");
        return true;
    }
    return false;
}

bool Tree::reattach_subjectless_content() {
    for (int v = 0; v < size(); ++v) {
        if (!verbal(v) || lexicon_->cue("addressing", lower(v))) continue;
        // the noun after the verb: its object, or a phrase read as an oblique ("said up to
        // 78,000 civilians could be trapped")
        std::optional<int> o = child(v, "obj");
        if (!o)
            for (int d : children(v))
                if (d > v && base(d) == "obl" && !o) o = d;
        if (!o || *o < v || !nominal(*o) || upos(*o) == Upos::pron) continue;
        const int first = rightmost(*o) + 1;  // the clause's first word: an auxiliary of it
        if (first >= size() || upos(first) != Upos::aux) continue;
        if (auto cc = child(v, "ccomp"); cc && *cc != head(first)) continue;
        const int c = head(first);
        if (c <= first || !verbal(c) || child(c, "nsubj") || child(c, "nsubj:pass") || under(c, *o) ||
            leftmost(c) != first)
            continue;
        // (a form of saying the lexicon does not list, "saying", keeps the clause where the tree
        // hung it, as the content of the verb of saying before it)
        const bool said_before = base(c) == "ccomp" && head(c) >= 0 && speech_word(head(c));
        if (!speech_word(v) && !said_before) continue;
        if (speech_word(v)) attach(c, v, "ccomp");
        attach(*o, c, "nsubj");
        return true;
    }
    return false;
}

bool Tree::reattach_participle_before_speaker() {
    for (int v = 2; v < size(); ++v) {
        const int h = head(v);
        if (!speech_word(v) || base(v) != "parataxis" || h < 0 || h > v || !verbal(h)) continue;
        const auto c = child(v, "ccomp");
        if (!c || *c > v || *c <= h || !gerund(*c) || child(*c, "nsubj") || leftmost(*c) < 1 ||
            word(leftmost(*c) - 1) != ",")
            continue;
        attach(*c, h, "advcl");
        return true;
    }
    return false;
}

bool Tree::reattach_object_before_participle() {
    for (int c = 2; c < size(); ++c) {
        const int v = head(c);
        const auto s = child(c, "nsubj");
        if (!gerund(c) || base(c) != "ccomp" || v < 0 || !verbal(v) || child(v, "obj") || !s ||
            leftmost(*s) != v + 1 || rightmost(*s) + 1 != c || !nominal(*s))
            continue;
        attach(*s, v, "obj");
        attach(c, v, "advcl");
        return true;
    }
    return false;
}

bool Tree::reattach_finite_noun_clause() {
    bool changed = false;
    for (int v = 2; v < size(); ++v) {
        const int n = head(v);
        if (label(v) != "acl" || upos(v) != Upos::verb || n < 0 || n >= v || !nominal(n) ||
            child(v, "nsubj") || child(v, "nsubj:pass") || child(v, "mark"))
            continue;
        // the auxiliary stands right before the verb, or before an adverb that does
        int aux = -1;
        for (int c : children(v))
            if (c > n && c < v && (label(c) == "aux:pass" || label(c) == "aux")) aux = c;
        if (aux < 0 || !lexicon_->cue("finite_auxiliary", lower(aux))) continue;
        // (nothing but the auxiliary and adverbs between the noun's phrase and the verb)
        int t = v - 1;
        while (t > n && (t == aux || (upos(t) == Upos::adv && head(t) == v))) --t;
        if (t != n && (!under(t, n) || under(t, v))) continue;
        attach(v, head(n), label(n));
        attach(n, v, label(aux) == "aux:pass" ? "nsubj:pass" : "nsubj");
        for (int c : children(n))  // (the sentence's final punctuation is the verb's)
            if (c > v && upos(c) == Upos::punct) attach(c, v, "punct");
        changed = true;
    }
    return changed;
}

bool Tree::reattach_subject_from_case() {
    bool changed = false;
    for (int a = 2; a + 1 < size(); ++a) {
        const int v = head(a);
        if ((label(a) != "aux:pass" && label(a) != "aux") || v <= a || !verbal(v) ||
            !lexicon_->cue("finite_auxiliary", lower(a)) || child(v, "nsubj") || child(v, "nsubj:pass") ||
            child(v, "expl") || child(v, "mark"))
            continue;
        // the phrase that ends right before the auxiliary ("the city", "the town of Hit")
        int n = a - 1;
        for (int d = 0; d < 3 && nominal(n) && !child(n, "case") && head(n) >= 0 && head(n) < n &&
                        nominal(head(n)) && base(n) == "nmod";
             ++d)
            n = head(n);
        const auto c = child(n, "case");
        if (!nominal(n) || under(n, v) || rightmost(n) != a - 1 || !c || *c != leftmost(n) ||
            !lexicon_->cue("background", lower(*c)))
            continue;
        int host = head(n);  // the verb the noun's phrase hung on
        for (int d = 0; d < Tree::max_depth && host >= 0 && !verbal(host); ++d) host = head(host);
        if (host < 0 || under(host, v)) continue;
        attach(n, v, label(a) == "aux:pass" ? "nsubj:pass" : "nsubj");
        attach(*c, v, "mark");
        attach(v, host, "advcl");
        changed = true;
    }
    return changed;
}

bool Tree::reattach_opening_participle() {
    const int r = first_root();
    if (r >= size() || r > 1 || !participle(r) || child(r, "nsubj") || child(r, "nsubj:pass") ||
        child(r, "aux") || child(r, "aux:pass"))
        return false;
    for (int v : children(r))
        if (v > r && verbal(v) && (base(v) == "parataxis" || base(v) == "conj") && child(v, "nsubj") &&
            set_off(leftmost(*child(v, "nsubj")))) {
            attach(v, -1, "root");
            attach(r, v, "advcl");
            for (int c : children(r))  // (the final punctuation is the sentence's)
                if (c > v && upos(c) == Upos::punct) attach(c, v, "punct");
            return true;
        }
    return false;
}

bool Tree::reattach_near_adjective() {
    for (int a = 0; a + 2 < size(); ++a) {
        const int n = head(a);
        if (base(a) != "case" || !lexicon_->cue("near_case", lower(a)) || upos(a + 1) != Upos::adj ||
            head(a + 1) != n || n < a + 2 || !nominal(n) || base(n) != "obl" || head(n) < 0 ||
            !verbal(head(n)) || child(head(n), "obj"))
            continue;
        attach(a, a + 1, "advmod");
        attach(n, head(n), "obj");
        return true;
    }
    return false;
}

bool Tree::reattach_content_to_first_saying() {
    for (int v2 = 2; v2 < size(); ++v2) {
        const int v1 = head(v2);
        if (v1 < 0 || v1 > v2 || !verbal(v2) || !speech_word(v2) || !verbal(v1) || !speech_word(v1) ||
            child(v1, "ccomp"))
            continue;
        const auto c = child(v2, "ccomp");
        const auto s = child(v2, "nsubj");
        // (the clause lies between the two verbs, set off from the second's subject by a comma)
        if (!c || *c < v1 || *c > v2 || !s || *s < *c || *s > v2 || !set_off(leftmost(*s))) continue;
        attach(*c, v1, "ccomp");
        return true;
    }
    return false;
}

bool Tree::dates_as_modifiers(const std::vector<bool>& dated) {
    bool changed = false;
    auto is_dated = [&](int t) {
        return static_cast<std::size_t>(t) < dated.size() && dated[static_cast<std::size_t>(t)];
    };
    for (int t = 0; t < size(); ++t) {
        if (!is_dated(t) || base(t) != "nsubj" || head(t) < 0) continue;
        bool other = false;
        for (int c : children(head(t))) other = other || (c != t && base(c) == "nsubj" && !is_dated(c));
        if (!other) continue;
        attach(t, head(t), "obl:tmod");
        changed = true;
    }
    if (changed) link_children();
    bool named = false;
    // "in March Abu Ali al-Anbari, the group's deputy, was killed" read with the name a part of
    // the date: the name is the subject its appositive after the comma was read as
    for (int t = 1; t + 1 < size(); ++t) {
        const int d = head(t);
        if (upos(t) != Upos::propn || is_dated(t) || d < 0 || d > t || !is_dated(d) ||
            (base(t) != "flat" && base(t) != "compound") || head(d) < 0 || word(t + 1) != ",")
            continue;
        const int v = head(d);
        auto s = child(v, "nsubj:pass");
        if (!s) s = child(v, "nsubj");
        if (!s || leftmost(*s) <= t + 1 || *s > v) continue;
        attach(t, v, label(*s));
        attach(*s, t, "appos");
        named = true;
    }
    if (named) link_children();
    return changed || named;
}

bool Tree::join_names(const std::vector<int>& name_of) {
    bool changed = false;
    const int n = std::min(size(), static_cast<int>(name_of.size()));
    for (int first = 0; first < n;) {
        int last = first;
        while (last + 1 < n && name_of[static_cast<std::size_t>(first)] >= 0 &&
               name_of[static_cast<std::size_t>(last + 1)] == name_of[static_cast<std::size_t>(first)])
            ++last;
        auto inside = [&](int t) { return t >= first && t <= last; };
        // the words hung outside the name; the one the name's preposition or determiner hangs on
        // is the name's head ("by the United States"), else the last ("Islamic State leader")
        // (never one hung on a word after a preposition past the name: "expelled Islamic State
        // from Kobani" with "State" a compound of "Kobani")
        auto crosses = [&](int t) {
            if (head(t) <= last) return false;
            for (int c : children(head(t)))
                if (base(c) == "case" && c > last && c < head(t)) return true;
            return false;
        };
        std::vector<int> out;
        int keeper = -1, plain = -1;
        for (int t = first; t <= last && last > first; ++t) {
            if (inside(head(t)) || upos(t) == Upos::punct) continue;
            out.push_back(t);
            if (!crosses(t) && (child(t, "case") || child(t, "det"))) keeper = keeper < 0 ? t : keeper;
            if (!crosses(t)) plain = t;
        }
        if (keeper < 0 && !out.empty()) keeper = plain >= 0 ? plain : out.back();
        // (a name read as an open complement of a verb with no object is its object)
        if (keeper >= 0 && plain == keeper && base(keeper) == "xcomp" && head(keeper) >= 0 &&
            !child(head(keeper), "obj") && std::any_of(out.begin(), out.end(), crosses)) {
            attach(keeper, head(keeper), "obj");
            changed = true;
        }
        // (words that all modify one head outside already make one phrase: "IS militants")
        const bool apart = std::any_of(out.begin(), out.end(), [&](int t) {
            return head(t) != head(out[0]) || (label(t) != label(out[0]) && label(t) != "flat" &&
                                               label(t) != "compound" && label(t) != "amod");
        });
        for (int t : apart ? out : std::vector<int>{})
            if (t != keeper && !under(keeper, t)) {
                attach(t, keeper, "flat");
                changed = true;
            }
        changed = hang_on_title(first, last, name_of[static_cast<std::size_t>(first)] >= 0) || changed;
        first = last + 1;
    }
    if (changed) link_children();
    return changed;
}

bool Tree::hang_on_title(int first, int last, bool name) {
    const int title = first - 1;
    if (!name || title < 0 || !nominal(title) || !lexicon_->cue("title_noun", lower(title))) return false;
    int top = -1;  // the name's word hung outside it
    for (int t = first; t <= last && top < 0; ++t)
        if (head(t) < first || head(t) > last) top = t;
    if (top < 0 || head(top) == title || head(title) == top || under(title, top)) return false;
    attach(top, title, "appos");
    return true;
}

void Tree::link_children() {
    children_.assign(words_.size(), {});
    for (std::size_t i = 0; i < parse_.size(); ++i) {
        int h = parse_[i].head;
        if (h >= 0 && h < size() && h != static_cast<int>(i))
            children_[static_cast<std::size_t>(h)].push_back(static_cast<int>(i));
        else
            parse_[i].head = -1;
    }
}

// The prepositional phrase between a noun and a verb hung on either ("Daesh [on Sunday night]
// called"), or -1.
int Tree::phrase_between(int noun, int v) const {
    for (int c : children(noun))
        if (c > noun && c < v && base(c) == "nmod" && child(c, "case")) return c;
    return -1;
}

bool Tree::reattach_verbless_root() {
    std::vector<int> verbs(static_cast<std::size_t>(size()) + 1, 0);  // verbal words before each word
    for (int i = 0; i < size(); ++i)
        verbs[static_cast<std::size_t>(i) + 1] = verbs[static_cast<std::size_t>(i)] + int(verbal(i));
    for (int v = 0; v < size(); ++v) {
        if (label(v) != "acl" || upos(v) != Upos::verb || head(v) < 0 || child(v, "mark")) continue;
        const bool on_phrase = base(head(v)) == "nmod" && child(head(v), "case");
        // ("the army and the Popular Mobilization Forces jointly retook": on the last conjunct)
        const bool on_conjunct = base(head(v)) == "conj" && head(head(v)) >= 0 && head(head(v)) < head(v);
        const int root = on_phrase || on_conjunct ? head(head(v)) : head(v);
        const int phrase = on_phrase ? head(v) : on_conjunct ? -1 : phrase_between(root, v);
        // with no phrase between, only a verb tagged finite ("fighters drove") is misread:
        // a reduced relative is a participle ("fighters driven from the town"), and one
        // takes no object ("the army announced [on Monday] the start")
        const bool finite =
            phrase < 0 && v > root && (finite_form(v) || child(v, "obj") || sole_verb(v, root, verbs));
        if (root < 0 || (phrase < root && !finite) || !nominal(root) || child(root, "cop") ||
            !(head(root) < 0 || base(root) == "ccomp" || base(root) == "parataxis"))
            continue;
        for (int c : children(v))
            if (lexicon_->cue("agent_case", case_word(c))) return false;
        attach(v, head(root), label(root));
        attach(root, v, "nsubj");
        if (phrase >= 0) {
            attach(phrase, v, "obl");
        }
        for (int c : children(v))  // ("executed [as many as] 1,700 cadets": a bare noun after it)
            if (c > v && base(c) == "conj" && nominal(c) && !child(c, "case") && !child(v, "obj"))
                attach(c, v, "obj");
        return true;
    }
    return false;
}

int Tree::first_root() const {
    int root = 0;
    while (root < size() && head(root) >= 0) ++root;
    return root;
}

bool Tree::bare_noun_after(int v, bool obliques) const {
    for (int c : children(v))
        if (c > v && nominal(c) && !child(c, "case") && (obliques || base(c) != "obl")) return true;
    return false;
}

bool Tree::sole_verb(int v, int root, const std::vector<int>& verbs) const {
    if (head(root) >= 0) return false;
    // (an act done to people is one only with whom it was done to after it: "executed as
    // many as 1,700 cadets")
    const bool victims = bare_noun_after(v, false);
    for (std::size_t k : lexicon_->triggers_of(lower(v)))
        if (!victims && lexicon_->cue("party_target", lexicon_->triggers()[k].relation)) return false;
    // every verbal word lies in v's phrase
    const auto first = static_cast<std::size_t>(leftmost(v)), last = static_cast<std::size_t>(rightmost(v));
    return verbs[last + 1] - verbs[first] == verbs.back();
}

bool Tree::participle(int t) const {
    if (parse_[static_cast<std::size_t>(t)].xpos == "VBN") return true;
    return upos(t) == Upos::adj && lexicon_->ends_with_cue("past_ending", lower(t), 3);
}

bool Tree::set_off(int t) const {
    int first = leftmost(t);
    // (a quotation closed before the comma: "a 'possible alliance,' according to ...")
    auto quote = [](std::string_view w) {
        return w == "'" || w == "\"" || w == "\xE2\x80\x9D" || w == "\xE2\x80\x99";
    };
    if (first > 1 && quote(word(first - 1))) --first;
    if (first == 0) return false;
    const std::string_view before = word(first - 1);
    return before == "," || before == "-" || before == "\xE2\x80\x94" || before == "\xE2\x80\x93" ||
           before == "(";
}

bool Tree::plural(int t) const {
    const std::string_view x = parse_[static_cast<std::size_t>(t)].xpos;
    return x == "NNS" || x == "NNPS";
}

bool Tree::finite_form(int t) const {
    const std::string_view x = parse_[static_cast<std::size_t>(t)].xpos;
    return x == "VBD" || x == "VBZ" || x == "VBP";
}

bool Tree::quoted(int t) const {
    const int first = leftmost(t);
    for (int i : {first - 1, first})
        if (i >= 0 && upos(i) == Upos::punct && quotation_mark(word(i))) return true;
    return false;
}

bool Tree::gerund(int t) const {
    return parse_[static_cast<std::size_t>(t)].xpos == "VBG";
}

bool Tree::reattach_infinitive_objects() {
    bool changed = false;
    // "the offensive to retake Mosul began last October" read with two subjects of "began": the
    // second, right after the infinitive, is its object
    for (int inf = 0; inf < size(); ++inf) {
        const int noun = head(inf);
        const auto mark = child(inf, "mark");
        if (base(inf) != "acl" || upos(inf) != Upos::verb || !mark || upos(*mark) != Upos::part ||
            child(inf, "obj") || noun < 0 || base(noun) != "nsubj" || head(noun) < 0)
            continue;
        for (int s : children(head(noun)))
            if (s > inf && s < head(noun) && base(s) == "nsubj" && nominal(s) && rightmost(inf) < s) {
                attach(s, inf, "obj");
                changed = true;
                break;
            }
    }
    for (int v = 0; v < size(); ++v) {
        const int inf = head(v);
        if (base(v) != "ccomp" || upos(v) != Upos::verb || inf < 0 || inf > v || base(inf) != "acl" ||
            child(inf, "obj") || child(v, "mark"))
            continue;
        const auto mark = child(inf, "mark");
        const auto subject = child(v, "nsubj");  // "nsubj:pass" too: "the operation to retake it is expected"
        const int noun = head(inf);
        if (!mark || upos(*mark) != Upos::part || !subject || *subject < inf ||
            !(nominal(*subject) || upos(*subject) == Upos::pron) ||
            upos(leftmost(*subject) - 1) == Upos::punct || noun < 0 || !nominal(noun))
            continue;
        const bool passive = label(*subject) == "nsubj:pass";
        attach(*subject, inf, "obj");
        attach(v, head(noun), label(noun));
        attach(noun, v, passive ? "nsubj:pass" : "nsubj");
        changed = true;
    }
    return changed;
}

std::string_view Tree::base(int t) const {
    std::string_view l = label(t);
    return l.substr(0, l.find(':'));
}

std::optional<int> Tree::child(int t, std::string_view want) const {
    bool exact = want.find(':') != std::string_view::npos;
    for (int c : children(t))
        if (exact ? label(c) == want : base(c) == want) return c;
    return std::nullopt;
}

std::string_view Tree::case_word(int t) const {
    for (int c : children(t))
        if (base(c) == "case" || base(c) == "mark") return lower(c);
    return {};
}

bool Tree::reference_point(int t) const {
    for (int c : children(t))
        if (base(c) == "case") return c > 0 && reference_word(*lexicon_, lower(c - 1));
    return false;
}

int Tree::outermost(int t, bool last) const {
    int edge = t;
    for (int d = 0; d <= max_depth; ++d) {
        int next = edge;
        for (int c : children(edge))
            if (upos(c) != Upos::punct && (last ? c > next : c < next)) next = c;
        if (next == edge) break;
        edge = next;
    }
    return edge;
}

bool Tree::under(int a, int b) const {
    for (int d = 0; a >= 0 && d <= max_depth; ++d, a = head(a))
        if (a == b) return true;
    return false;
}

int governing_predicate(const Tree& tree, int t, const std::vector<bool>& acts, bool self) {
    int p = self ? t : tree.head(t);
    for (int d = 0; p >= 0 && d <= Tree::max_depth; ++d, p = tree.head(p))
        if (tree.verbal(p) || acts[static_cast<std::size_t>(p)]) return p;
    return -1;
}

namespace {

bool has_child_cue(const Tree& tree, int t, std::string_view cue, const RelationLexicon& lex,
                   std::initializer_list<std::string_view> labels) {
    for (int c : tree.children(t)) {
        bool label_ok =
            labels.size() == 0 ||
            std::any_of(labels.begin(), labels.end(), [&](std::string_view l) { return tree.base(c) == l; });
        if (label_ok && lex.cue(cue, tree.lower(c))) return true;
    }
    return false;
}

// Whether the predicate at t is denied, possible, wished, planned or conditional.
// `planned_noun`: a noun's modifier may make it a plan ("the planned offensive"), unless a
// predicate reports it as done ("launched the long-awaited offensive").
bool unreal_here(const Tree& tree, int t, const RelationLexicon& lex, bool planned_noun = false) {
    if (has_child_cue(tree, t, "negation", lex, {"advmod", "det", "cc", "case", "mark"})) return true;
    if (has_child_cue(tree, t, "modal", lex, {"aux"})) return true;
    // "was likely killed": what is only guessed at (cue uncertain_adverb)
    if (has_child_cue(tree, t, "uncertain_adverb", lex, {"advmod"})) return true;
    // a subordinator opens its clause: "Mosul, once home to two million, fell" is no condition
    int subject = -1;
    for (int c : tree.children(t))
        if (subject < 0 && tree.base(c) == "nsubj") subject = c;
    for (int c : tree.children(t))
        if (tree.base(c) == "mark" && lex.cue("conditional", tree.lower(c)) && (subject < 0 || c < subject))
            return true;
    // "the battle was imminent", "an offensive is expected": a predicate of what is yet to come
    // ("the offensive was slated for September": a passive one)
    if ((tree.child(t, "cop") || tree.child(t, "aux:pass")) && lex.cue("unreal_predicate", tree.lower(t)))
        return true;
    if (planned_noun && has_child_cue(tree, t, "plan_modifier", lex, {"amod", "advmod", "compound"}))
        return true;
    return false;
}

// The infinitive "to" of a purpose or an intention: "the battle to retake Mosul".
bool infinitive(const Tree& tree, int t) {
    for (int c : tree.children(t))
        if (tree.base(c) == "mark" && tree.lexicon().cue("infinitive_mark", tree.lower(c))) return true;
    return false;
}

// An act named in the phrase of a warning ("warned residents of the start of the
// offensive", "a warning of an attack") is one that may come, not one that happened.
bool warned_of(const Tree& tree, int t, const RelationLexicon& lex) {
    for (int d = 0; d < 4 && t >= 0; ++d) {
        std::string_view l = tree.base(t);
        // through the nouns that hold the act ("of the start of the offensive") and the warned
        // ("residents of ...")
        if (l != "obl" && l != "nmod" && l != "obj" && l != "amod" && l != "compound") return false;
        t = tree.head(t);
        if (t >= 0 && lex.cue("warning", tree.lower(t))) return true;
    }
    return false;
}

// A verb whose infinitive complement happened: "managed to retake", and "able" with a copula
// of the past ("were able to retake"); "are able to retake" tells only what may be.
bool implicative(const Tree& tree, int h, const RelationLexicon& lex) {
    if (lex.cue("implicative", tree.lower(h))) return true;
    if (!lex.cue("implicative_past", tree.lower(h))) return false;
    auto cop = tree.child(h, "cop");
    return cop && lex.cue("past_copula", tree.lower(*cop));
}

// Whether the verb at t is a gerund with no subject of its own that is a clause's subject, or
// the root a sentence opens with: it names the act in general ("taking Rutbah hits IS hard",
// "Taking Jarablus and al-Bab would be a significant step").
bool generic_gerund(const Tree& tree, int t) {
    if (!tree.gerund(t) || tree.child(t, "nsubj") || tree.child(t, "nsubj:pass") || tree.child(t, "aux"))
        return false;
    return tree.base(t) == "csubj" || tree.base(t) == "nsubj" || (tree.head(t) < 0 && t == 0);
}

// Whether the act at `trigger` (whose predicate is `clause`) is reported as having happened.
bool reported(const Tree& tree, int trigger, int clause, const RelationLexicon& lex) {
    if (unreal_here(tree, trigger, lex, clause == trigger) ||
        (clause != trigger && unreal_here(tree, clause, lex)))
        return false;
    if (generic_gerund(tree, trigger) || generic_gerund(tree, clause)) return false;
    // one of alternatives not told as done: "had to surrender or be killed" (cue alternative;
    // but "captured or destroyed several positions" tells both)
    for (int t : {trigger, clause}) {
        auto alternative = [&](int c) {
            const auto cc = tree.child(c, "cc");
            return cc && lex.cue("alternative", tree.lower(*cc));
        };
        const int first = tree.base(t) == "conj" && tree.head(t) >= 0 ? tree.head(t) : t;
        if (past_form(tree, first)) continue;
        if (tree.base(t) == "conj" && alternative(t)) return false;
        for (int c : tree.children(t))
            if (tree.base(c) == "conj" && alternative(c)) return false;
    }
    // a complement of intention: "vowed to retake", "plans to launch", "is set to"
    for (int t : {trigger, clause}) {
        std::string_view l = tree.base(t);
        int h = tree.head(t);
        if (h < 0) continue;
        // ("began to retake" is reported; "began their offensive to retake" names a goal)
        bool light = lex.cue("light_verb", tree.lower(h)) || lex.cue("continuation", tree.lower(h));
        bool entailed = l == "xcomp" && implicative(tree, h, lex);
        auto object = tree.child(h, "obj");
        if ((l == "xcomp" || l == "ccomp" || l == "advcl" || l == "acl") && infinitive(tree, t) &&
            !entailed && (!light || (object && *object < t)))
            return false;
        if (l == "xcomp" && !entailed && lex.cue("plan_verb", tree.lower(h))) return false;
        // a complement of a denied verb: "never considered fleeing", "did not try to flee"
        if (l == "xcomp" && has_child_cue(tree, h, "negation", lex, {"advmod"})) return false;
        // a nominal act that is what a verb plans: "prepare a campaign for Nineveh"
        if (l == "obj" && tree.nominal(t) && lex.cue("planned_object", tree.lower(h))) return false;
        // an act put off or called off: "the offensive was postponed", "delayed the assault"
        if ((l == "obj" || l == "nsubj:pass" || l == "nsubj") && tree.nominal(t) &&
            lex.cue("undone_verb", tree.lower(h)))
            return false;
        // a gerund or noun as the subject of a modal or negated predicate: "retaking Mosul will be hard"
        if ((l == "csubj" || l == "nsubj") && unreal_here(tree, h, lex)) return false;
        // the object of a planned or denied act: "will launch an offensive"
        if ((l == "obj" || l == "nsubj:pass") && tree.nominal(t) && unreal_here(tree, h, lex)) return false;
    }
    if (infinitive(tree, trigger) && tree.base(trigger) != "xcomp") return false;
    if (warned_of(tree, clause, lex) || warned_of(tree, trigger, lex)) return false;
    // a clause inside a vow, a plan or a modal clause: "vowed that 2016 would be the year in
    // which Iraq regains ...", "will ensure that the city is retaken"
    int below = clause;
    for (int a = tree.head(clause), d = 0; a >= 0 && d < Tree::max_depth; below = a, a = tree.head(a), ++d) {
        std::string_view l = tree.base(below);
        bool complement = l == "ccomp" || l == "xcomp" || l == "acl" || l == "advcl" || l == "csubj";
        if (complement && lex.cue("plan_verb", tree.lower(a)) && !(l == "xcomp" && implicative(tree, a, lex)))
            return false;
        // "retracted a statement in which it claimed Mosul had been liberated", "denied that
        // the town had fallen": what is taken back or denied was not reported as done
        if ((complement || l == "obj") && lex.cue("denial_verb", tree.lower(a))) return false;
        // (or the object of one: "it would become the first city recaptured by the army")
        if ((complement || l == "nsubj" || l == "obj") && has_child_cue(tree, a, "modal", lex, {"aux"}))
            return false;
    }
    return true;
}

// A relative clause set off by a comma or a dash ("Mosul, which fell in 2014") adds what is
// already known; one without ("militants who occupied Mosul") tells who the noun is.
bool nonrestrictive(const Tree& tree, int t) {
    return tree.set_off(t);
}

}  // namespace

bool reference_word(const RelationLexicon& lexicon, std::string_view word) {
    std::string_view unit = word.substr(std::min(word.find_first_not_of("0123456789.,-"), word.size()));
    return lexicon.cue("direction_noun", word) || lexicon.cue("distance_unit", unit);
}

bool unreal(const Tree& tree, int t, const RelationLexicon& lex) {
    return unreal_here(tree, t, lex);
}

namespace {

// Whether the act is told as the background of the report.
bool background(const Tree& tree, int trigger, int clause, const RelationLexicon& lex) {
    for (int t : {trigger, clause}) {
        if (tree.label(t) == "acl:relcl" && nonrestrictive(tree, t)) return true;
        std::string_view c = tree.case_word(t);
        if (!c.empty() && lex.cue("background", c)) return true;
        // (what was said backshifts its tense: "said [in a statement] that the army had cleared")
        bool reported_speech = tree.base(t) == "ccomp" ||
                               (tree.base(t) == "acl" && lex.cue("complementizer", tree.case_word(t)) &&
                                tree.head(t) >= 0 && lex.cue("reporting_noun", tree.lower(tree.head(t))));
        for (int a : tree.children(t))
            if (!reported_speech && tree.base(a) == "aux" && lex.cue("background_aux", tree.lower(a)))
                return true;
    }
    return false;
}

// The phrase head a relative pronoun stands for: the noun its clause describes.
int antecedent(const Tree& tree, int t, int pred, const RelationLexicon& lex) {
    if (t < 0 || !lex.cue("relative", tree.lower(t))) return t;
    for (int p = pred, d = 0; p >= 0 && d < 4; p = tree.head(p), ++d)
        if (tree.label(p) == "acl:relcl") return tree.head(p);
    return -1;
}

// The subject of a predicate, looking through coordination and control: "X entered and
// seized", "X moved to seize".
int subject_of(const Tree& tree, int pred, bool& passive) {
    for (int p = pred, d = 0; p >= 0 && d < 6; ++d) {
        if (auto s = tree.child(p, "nsubj:pass")) {
            // a passive subject needs a passive auxiliary: "ISIS crucified eight rebels" misread
            // as passive has none, and its subject is the doer
            if (tree.child(p, "aux:pass") || tree.child(p, "aux")) passive = true;
            return *s;
        }
        if (auto s = tree.child(p, "nsubj")) {
            // "the city was [fully] liberated" read as a copula and an adjective: a passive
            if (tree.child(p, "cop") && tree.participle(p)) passive = true;
            // two subjects read ("ISIS leader Baghdadi declared": "leader" and "Baghdadi"): the
            // one next to the verb is the subject, the other a title misread
            int nearest = *s;
            for (int c : tree.children(p))
                if (tree.base(c) == "nsubj" && c < p && c > nearest && tree.upos(c) == Upos::propn)
                    nearest = c;
            return nearest;
        }
        if (auto s = tree.child(p, "csubj")) return *s;
        std::string_view l = tree.base(p);
        // "troops trying to retake", "troops managed to retake" read as a relative: the noun
        // the controlling verb describes
        if (p != pred && l == "acl" && tree.head(p) >= 0 && tree.nominal(tree.head(p))) return tree.head(p);
        if (l != "conj" && l != "xcomp" && l != "advcl") break;
        p = tree.head(p);
    }
    return -1;
}

// The agent of a passive: "by" phrase.
int agent_of(const Tree& tree, int pred, const RelationLexicon& lex) {
    for (int c : tree.children(pred))
        if ((tree.base(c) == "obl" || tree.base(c) == "nmod") && lex.cue("agent_case", tree.case_word(c)))
            return c;
    return -1;
}

void add_places(const Tree& tree, int pred, const RelationLexicon& lex, Act& act) {
    for (int c : tree.children(pred)) {
        std::string_view l = tree.base(c);
        if ((l == "obl" || l == "nmod" || l == "advmod") &&
            (lex.cue("place_case", tree.case_word(c)) || lex.cue("direction_noun", tree.lower(c))))
            act.places.push_back(c);
    }
}

// What a verb of shooting aims at: "fired rockets at Kirkuk" (Kirkuk, not the rockets).
std::optional<int> aimed_at(const Tree& tree, int t, const RelationLexicon& lex) {
    if (!lex.cue("aimed_verb", tree.lower(t))) return std::nullopt;
    for (int c : tree.children(t))
        if (tree.base(c) == "obl" && lex.cue("aimed_case", tree.case_word(c))) return c;
    // (the phrase may hang on the weapon: "fired rockets at Kirkuk")
    if (auto o = tree.child(t, "obj"))
        for (int c : tree.children(*o))
            if (tree.base(c) == "nmod" && lex.cue("aimed_case", tree.case_word(c))) return c;
    return std::nullopt;
}

void read_verbal(const Tree& tree, int t, bool inverse, const RelationLexicon& lex, Act& act) {
    bool passive = tree.child(t, "aux:pass").has_value();
    int subject = subject_of(tree, t, passive);
    if (int s = small_clause_subject(tree, t, lex); s >= 0) {
        subject = s;
        passive = true;
    }
    act.passive = passive;
    int object = tree.child(t, "obj").value_or(-1);
    // "which militants bulldozed and blew up": the relative pronoun is both conjuncts' object
    if (object < 0 && tree.base(t) == "conj" && tree.head(t) >= 0)
        if (auto o = tree.child(tree.head(t), "obj"); o && *o < t && lex.cue("relative", tree.lower(*o)))
            object = *o;
    // a participle describing a noun: "militants killed in the strike" (passive), "forces
    // fighting IS" (active)
    if (subject < 0 && tree.base(t) == "acl" && tree.head(t) >= 0) {
        // a past participle with an object of its own is the noun's verb, misread as describing
        // it ("Iraqi forces recaptured eastern Mosul"); without one it is passive ("militants
        // killed in the strike")
        bool participle =
            tree.lower(t).size() > 2 && !lex.ends_with_cue("progressive_ending", tree.lower(t), 0);
        // (a relative clause, which has a pronoun or a subject, with neither is a misread main
        // clause: "Islamic State counter-attacked on Friday")
        if (participle && object < 0 && tree.label(t) != "acl:relcl") act.passive = passive = true;
        subject = tree.head(t);
    }
    auto relative = [&](int slot) {
        if (slot < 0 || !lex.cue("relative", tree.lower(slot))) return -1;
        act.relative_head = antecedent(tree, slot, t, lex);
        return slot;
    };
    if (passive || inverse) {
        act.target = antecedent(tree, subject, t, lex);
        act.target_relative = relative(subject);
        if (passive) act.actor = agent_of(tree, t, lex);
        for (int c : tree.children(t))
            if (inverse && tree.base(c) == "obl" && lex.cue("inverse_agent_case", tree.case_word(c)))
                act.actor = c;
        // "fell into the hands of IS", "has fallen under the control of IS" (cue control_noun)
        for (int c : tree.children(t))
            if (inverse && act.actor < 0 && tree.base(c) == "obl" && lex.cue("control_noun", tree.lower(c)))
                for (int g : tree.children(c))
                    if (tree.base(g) == "nmod" && lex.cue("genitive_case", tree.case_word(g))) act.actor = g;
    } else {
        act.actor = antecedent(tree, subject, t, lex);
        act.actor_relative = relative(subject);
        act.target = antecedent(tree, object, t, lex);
        act.target_relative = relative(object);
    }
    // "fired rockets at Kirkuk", "rockets were fired at Kirkuk": what they were aimed at
    if (auto a = aimed_at(tree, t, lex)) {
        act.target = antecedent(tree, *a, t, lex);
        act.target_relative = -1;
    }
    add_places(tree, t, lex, act);
    // "captured villages northeast of Mosul" read with "northeast" as the object: a place
    if (act.target >= 0 && lex.cue("direction_noun", tree.lower(act.target))) {
        act.places.push_back(act.target);
        act.target = -1;
    }
    // "villages to the south of Mosul had fallen": where the target lies, when the act says no place
    if (act.target >= 0) add_places(tree, act.target, lex, act);
}

// The "by" phrase of nominal act t that the tree hangs elsewhere, or -1: on its target ("the
// capture of the northern city by ISIL"), or on the active verb whose object the act is
// ("follows the recapture of Hit by the army").
int agent_beside_nominal(const Tree& tree, int t, const RelationLexicon& lex, const Act& act) {
    int agent = -1;
    if (act.target >= 0 && !act.compound_target && act.target > t)
        for (int c : tree.children(act.target))
            if (tree.base(c) == "nmod" && lex.cue("agent_case", tree.case_word(c)) && c > act.target)
                agent = c;
    if (agent < 0 && tree.base(t) == "obj" && tree.head(t) >= 0 && !tree.child(tree.head(t), "aux:pass"))
        for (int c : tree.children(tree.head(t)))
            if (c > t && tree.base(c) == "obl" && lex.cue("agent_case", tree.case_word(c))) agent = c;
    return agent;
}

// A nominal act: "the recapture of Ramadi by Iraqi forces", "IS's capture of Mosul", "the
// Mosul offensive", "launched an offensive on Mosul".
void read_nominal(const Tree& tree, int t, bool inverse, const RelationLexicon& lex, Act& act) {
    int subject = -1;  // the subject of a copular nominal act
    for (int c : tree.children(t)) {
        std::string_view l = tree.base(c);
        std::string_view cw = tree.case_word(c);
        if (tree.label(c) == "nmod:poss" && act.actor < 0)
            act.actor = c;
        else if (tree.label(c) == "nsubj" && tree.child(t, "cop"))
            subject = c;
        else if (l == "nmod" && lex.cue("agent_case", cw) && tree.nominal(c)) {  // (not "by 2004")
            // "its capture by ISIS": the possessive is the target
            if (act.actor >= 0 && tree.label(act.actor) == "nmod:poss" && act.target < 0)
                act.target = act.possessive = act.actor;
            act.actor = c;
        } else if (l == "nmod" && inverse && lex.cue("inverse_agent_case", cw))
            act.actor = c;
        else if (l == "amod" && act.actor < 0 && lex.cue("leading_participle", tree.lower(c))) {
            // "the United States-led invasion": the name the participle is compounded with
            for (int n : tree.children(c))
                if (tree.base(n) == "compound" || tree.base(n) == "obl") act.actor = n;
        } else if (l == "nmod" && lex.cue("target_case", cw) && tree.reference_point(c))
            act.places.push_back(c);
        else if (l == "nmod" && lex.cue("target_case", cw) && (act.target < 0 || act.compound_target)) {
            if (act.compound_target) act.set_aside = act.target;
            act.target = c, act.compound_target = false;
        } else if (l == "compound" && act.target < 0 && tree.nominal(c))
            act.target = c, act.compound_target = true;
    }
    if (act.actor < 0) act.actor = agent_beside_nominal(tree, t, lex, act);
    // "the group's last stronghold in Iraq": where a held place lies, not what is held
    if (act.target >= 0 && lex.cue("held_place_noun", tree.lower(t)) &&
        lex.cue("place_case", tree.case_word(act.target))) {
        act.places.push_back(act.target);
        act.target = -1;
    }
    // a copular phrase the tree hangs on its subject ("Mosul, ..., has been under IS control")
    if (subject < 0 && tree.child(t, "cop") && tree.child(t, "case") && tree.head(t) >= 0 &&
        tree.nominal(tree.head(t)) && tree.head(t) < t)
        subject = tree.head(t);
    // "IS had become an offshoot of al-Qaeda": the subject of a verb of becoming
    if (subject < 0 && (tree.base(t) == "xcomp" || tree.base(t) == "obj") && tree.head(t) >= 0 &&
        lex.cue("becoming_verb", tree.lower(tree.head(t))))
        if (auto s = tree.child(tree.head(t), "nsubj")) subject = *s;
    // "X is in talks with Y"; "X is under IS control": X is what is controlled, IS the actor
    if (subject >= 0 && lex.cue("target_copula_case", tree.case_word(t))) {
        if (act.target >= 0 && act.compound_target && act.actor < 0) act.actor = act.target;
        act.target = subject;
        act.compound_target = false;
    } else if (subject >= 0 && tree.child(t, "case")) {
        act.actor = subject;
    } else if (subject >= 0 && act.actor >= 0 &&
               (act.target < 0 || lex.cue("place_case", tree.case_word(act.target)))) {
        // "Mosul is the group's last stronghold in Iraq": what the group holds, in a place
        if (act.target >= 0) act.places.push_back(act.target);
        act.target = subject;
    } else if (subject >= 0 && act.actor < 0 && act.target >= 0 && !act.compound_target &&
               lex.cue("genitive_case", tree.case_word(act.target))) {
        act.actor = subject;  // "IS is an offshoot of al-Qaeda": what the subject is to the "of" phrase
    }
    // an infinitive of purpose names the goal: "an offensive to retake Mosul"
    take_purpose(tree, t, {"acl", "advcl"}, -1, lex, act);
    add_places(tree, t, lex, act);
    // "the offensive against ISIS positions in Tal Afar": where the target lies
    if (act.target >= 0 && act.target != t) add_places(tree, act.target, lex, act);
    // the predicate the noun is an argument of; "the start of the start of the operation"
    int h = tree.head(t);
    std::string_view l = tree.base(t);
    for (int d = 0; d < 4 && h >= 0 && l == "nmod" && lex.cue("light_noun", tree.lower(h)); ++d) {
        t = h;
        h = tree.head(h);
        l = tree.base(t);
        // "the start of the operation to retake Mosul", the purpose hung on "start"
        take_purpose(tree, t, {"acl"}, -1, lex, act);
    }
    // "have taken back most of Mosul in an offensive": a means phrase the tree hangs on the
    // verb's object is the verb's
    if (l == "nmod" && lex.cue("means_case", tree.case_word(t)))
        for (int d = 0; d < 3 && h >= 0 && !tree.verbal(h) && tree.base(h) != "nsubj"; ++d) h = tree.head(h);
    if (h < 0 || !tree.verbal(h)) return;
    bool light = lex.cue("light_verb", tree.lower(h)) || lex.cue("continuation", tree.lower(h));
    bool means = (l == "obl" || l == "nmod") && lex.cue("means_case", tree.case_word(t));
    // "announced the start of the battle", or "for the start" in translated copy
    bool light_object = (l == "obj" || (l == "obl" && t != act.trigger)) && light;
    if (light_object || l == "nsubj" || l == "nsubj:pass" || means) {
        act.clause = h;
        act.continued = lex.cue("continuation", tree.lower(h));
        act.begun = l == "nsubj" && lex.cue("beginning", tree.lower(h));
        act.means = means;
        // "the jihadists launched their assault": a possessive pronoun is the light verb's subject
        // (the verb's own subject: one read through coordination may be a misparse)
        bool pronoun = act.actor >= 0 && tree.child(h, "nsubj") &&
                       (lex.cue("group_pronoun", tree.lower(act.actor)) ||
                        lex.cue("group_possessive", tree.lower(act.actor)) ||
                        lex.cue("person_pronoun", tree.lower(act.actor)));
        // ("lost its launchers in coalition airstrikes": a means its compound names the doer of
        // is that party's, not the verb subject's)
        if ((light_object || (means && !act.compound_target)) && (act.actor < 0 || pronoun)) {
            int possessive = act.actor;
            bool passive = false;
            int subject = subject_of(tree, h, passive);
            act.actor = passive ? (means ? -1 : agent_of(tree, h, lex)) : antecedent(tree, subject, h, lex);
            if (act.actor < 0) act.actor = possessive;
        }
        // ("the offensive was led by the army"; one "backed by the coalition" is not the coalition's)
        if (act.actor < 0 && tree.label(t) == "nsubj:pass" && light) act.actor = agent_of(tree, h, lex);
        // "continued their offensive to recapture the western side": the purpose hung on the verb
        if (light_object) take_purpose(tree, h, {"advcl", "xcomp"}, t, lex, act);
        // "started the offensive on the western side", the phrase hung on the verb (an "against"
        // phrase first: "carried out strikes on Tuesday against IS")
        for (const char* cue : {"target_case", "light_target_case"})
            for (int c : tree.children(h))
                if (act.target < 0 && light_object && c > t && tree.base(c) == "obl" &&
                    lex.cue(cue, tree.case_word(c)) && lex.cue("light_target_case", tree.case_word(c)))
                    act.target = c;
        add_places(tree, h, lex, act);
    }
}

// The other party of a two-party act: "talks with al-Qaeda", "met with the envoy".
// "talks between X and Y", "between messengers representing X and representing Y": both
// parties are in the phrase, the second as a conjunct of the first or of its modifier.
void add_partners(const Tree& tree, int t, const RelationLexicon& lex, Act& act) {
    auto phrases = [&](int at) {
        for (int c : tree.children(at)) {
            if ((tree.base(c) != "nmod" && tree.base(c) != "obl") ||
                !lex.cue("partner_case", tree.case_word(c)))
                continue;
            act.co_actors.push_back(c);
            if (!lex.cue("both_parties_case", tree.case_word(c))) continue;
            const std::size_t before = act.co_actors.size();
            for (int g : tree.children(c)) {
                if (tree.base(g) == "conj") act.co_actors.push_back(g);
                if (tree.base(g) != "acl") continue;
                for (int h : tree.children(g))
                    if (tree.base(h) == "conj") act.co_actors.push_back(tree.child(h, "obj").value_or(h));
            }
            // (the second party read as a conjunct of the act itself: "talks between the
            // government and [the rebels] began")
            if (act.co_actors.size() == before)
                for (int g : tree.children(at))
                    if (g > c && tree.base(g) == "conj" && tree.nominal(g)) {
                        act.co_actors.push_back(g);
                        break;
                    }
        }
    };
    phrases(t);
    // "discussions and dialogue between ...": the phrase may hang on the conjunct
    for (int c : tree.children(t))
        if (tree.base(c) == "conj" && tree.nominal(c)) phrases(c);
}

}  // namespace

// A past form: tagged as one, or a verb in -ed or -en ("liberated", "retaken").
bool past_form(const Tree& tree, int t) {
    return tree.participle(t) || tree.finite_form(t) ||
           ((tree.upos(t) == Upos::verb || tree.upos(t) == Upos::adj) &&
            tree.lexicon().ends_with_cue("past_ending", tree.lower(t), 3));
}

// "declared Mosul liberated", "declared the eastern half of the city \"fully liberated\"": a
// past form with no auxiliary and no object that a verb of declaring takes as its complement
// is a passive; its subject is its own, or the declaring verb's object. -1 when not one.
int small_clause_subject(const Tree& tree, int t, const RelationLexicon& lex) {
    const int h = tree.head(t);
    const std::string_view l = tree.base(t);
    // (the tree may hang the form on the object: "declared [the half of the city] \"liberated\"")
    if (h >= 0 && h < t && tree.base(h) == "obj" && tree.head(h) >= 0 &&
        lex.cue("small_clause_verb", tree.lower(tree.head(h))) &&
        (l == "parataxis" || l == "acl" || l == "amod") && !tree.child(t, "obj") && !tree.child(t, "nsubj") &&
        past_form(tree, t))
        return h;
    if (h < 0 || (l != "ccomp" && l != "xcomp" && l != "parataxis") ||
        !lex.cue("small_clause_verb", tree.lower(h)) || tree.child(t, "aux") || tree.child(t, "aux:pass") ||
        tree.child(t, "obj") || tree.child(t, "mark") || !past_form(tree, t))
        return -1;
    if (auto s = tree.child(t, "nsubj")) return *s;
    auto o = tree.child(h, "obj");
    return o && *o < t ? *o : -1;
}

int purpose_object(const Tree& tree, int t, std::initializer_list<std::string_view> labels, int after) {
    for (int c : tree.children(t))
        if (c > after && std::find(labels.begin(), labels.end(), tree.base(c)) != labels.end() &&
            infinitive(tree, c)) {
            // ("to dislodge Islamic State from Hawija": the ground a verb of driving out, cue
            // driving_out_verb, drives the party from, cue left_case; "out" may be its particle)
            auto left = [&](int g) {
                for (int k : tree.children(g))
                    if (k < g && tree.base(k) == "case" && tree.lexicon().cue("left_case", tree.lower(k)))
                        return true;
                for (int k : tree.children(c))
                    if (k < g && tree.label(k) == "compound:prt" &&
                        tree.lexicon().cue("left_case", tree.lower(k)))
                        return true;
                return false;
            };
            if (tree.child(c, "obj") && tree.lexicon().cue("driving_out_verb", tree.lower(c)))
                for (int g : tree.children(c))
                    if (g > c && tree.base(g) == "obl" && left(g)) return g;
            if (auto o = tree.child(c, "obj")) return *o;
            // ("to take back Tikrit" with "Tikrit" read as the particle's object)
            for (int prt : tree.children(c))
                if (prt > c && (tree.label(prt) == "compound:prt" || tree.base(prt) == "advmod"))
                    for (int o : tree.children(prt))
                        if (tree.base(o) == "obj" || (tree.base(o) == "obl" && !tree.child(o, "case")))
                            return o;
        }
    return -1;
}

void take_purpose(const Tree& tree, int t, std::initializer_list<std::string_view> labels, int after,
                  const RelationLexicon& lex, Act& act) {
    if (act.target >= 0) return;
    act.target = purpose_object(tree, t, labels, after);
    // ("a push to capture villages west of Mosul": where the purpose lies is where the act does)
    if (act.target >= 0 && tree.head(act.target) >= 0 && tree.verbal(tree.head(act.target)))
        add_places(tree, tree.head(act.target), lex, act);
}

Act read_act(const Tree& tree, int trigger, bool inverse, const RelationLexicon& lex) {
    Act act;
    act.trigger = act.clause = trigger;
    if (tree.nominal(trigger))
        read_nominal(tree, trigger, inverse, lex, act);
    else
        read_verbal(tree, trigger, inverse, lex, act);
    if (act.actor >= 0)
        for (int c : tree.children(act.actor))
            if (tree.base(c) == "conj") act.co_actors.push_back(c);
    add_partners(tree, trigger, lex, act);
    // "held talks with the army": the other party may hang on the light verb
    if (act.clause != trigger && tree.head(trigger) == act.clause && tree.base(trigger) == "obj")
        add_partners(tree, act.clause, lex, act);
    // a verb of shooting aimed at nothing tells no attack ("the minister fired his deputy")
    act.reported = reported(tree, trigger, act.clause, lex) &&
                   (!lex.cue("aimed_verb", tree.lower(trigger)) || aimed_at(tree, trigger, lex));
    act.background = background(tree, trigger, act.clause, lex);
    return act;
}

bool purpose_of_arrival(const Tree& tree, int t, const RelationLexicon& lex, Act& act) {
    const int h = tree.head(t);
    const std::string_view l = tree.base(t);
    if (h < 0 || (l != "advcl" && l != "xcomp") || !infinitive(tree, t) ||
        !lex.cue("arrival", tree.lower(h)) || !reported(tree, h, h, lex))
        return false;
    bool passive = false;
    if (act.actor < 0) act.actor = antecedent(tree, subject_of(tree, h, passive), h, lex);
    act.clause = h;
    add_places(tree, h, lex, act);
    act.reported = true;
    return true;
}

namespace {
// A word a title or a name may hold ("Iraq's Vice President", "military spokesman").
bool titleish(Upos u) {
    return u == Upos::propn || u == Upos::noun || u == Upos::adj || u == Upos::det || u == Upos::part;
}
}  // namespace

Speech read_speech(const Tree& tree, int t, const RelationLexicon& lex) {
    Speech s;
    s.verb = t;
    std::string_view l = tree.base(t);
    if (lex.cue("according", tree.lower(t))) {
        // "according to X": X's phrase is the speaker, the predicate it modifies the content
        int x = tree.head(t);
        if (l == "case" && x >= 0) {
            s.speaker = x;
            s.content = tree.head(x);
        } else if (auto o = tree.child(t, "obl")) {
            s.speaker = *o;
            s.content = tree.head(t);
        }
        return s;
    }
    if (tree.nominal(t)) {
        // "in a statement", "an interview with X": the statement of the predicate's subject
        int h = tree.head(t);
        if (auto poss = tree.child(t, "nmod:poss"))
            s.speaker = *poss;
        else if (h >= 0 && tree.verbal(h)) {
            bool passive = false;
            s.speaker = subject_of(tree, h, passive);
            if (passive) s.speaker = -1;
        }
        return s;
    }
    bool passive = false;
    s.speaker = subject_of(tree, t, passive);
    if (passive) s.speaker = agent_of(tree, t, lex);
    // two subjects read (what was said, then who said it): the speaker stands next to the verb
    for (int c : tree.children(t))
        if (!passive && tree.base(c) == "nsubj" && s.speaker >= 0 &&
            std::abs(c - t) < std::abs(s.speaker - t))
            s.speaker = c;
    // "..., said an Iraqi official and state TV": right after a comma, a party the tree makes the
    // object of a verb that addresses no one is who said it
    if (auto o = tree.child(t, "obj");
        o && !passive && t > 0 && tree.word(t - 1) == "," && *o > t && tree.leftmost(*o) == t + 1 &&
        !tree.child(t, "ccomp") && !lex.cue("addressing", tree.lower(t)) &&
        (tree.upos(*o) == Upos::propn || lex.cue("member_noun", tree.lower(*o)) ||
         lex.cue("title_noun", tree.lower(*o)) || lex.generic_class(tree.lower(*o))))
        s.speaker = *o;
    if (auto c = tree.child(t, "ccomp"))
        s.content = *c;
    else if (auto x = tree.child(t, "xcomp"))
        s.content = *x;
    else  // "told the AP on Tuesday \"I can't tell now ...\"": a quotation hung on the verb
        for (int c : tree.children(t))
            if (s.content < 0 && c > t && tree.verbal(c) && tree.base(c) == "parataxis" && tree.quoted(c))
                s.content = c;
    // whom it was said to: "told Reuters"; the object of "announced" is what was said
    if (auto io = tree.child(t, "iobj"))
        s.addressee = *io;
    else if (auto o = tree.child(t, "obj"); o && lex.cue("addressing", tree.lower(t)))
        s.addressee = *o;
    // "told reporters Tuesday that ...": a "that" clause the tree hangs on whom it was said to
    if (s.content < 0 && s.addressee >= 0)
        for (int c : tree.children(s.addressee))
            if (c > s.addressee && tree.base(c) == "acl")
                for (int m : tree.children(c))
                    if (tree.base(m) == "mark" && lex.cue("complementizer", tree.lower(m))) s.content = c;
    // "..., reported Anadolu Agency.": after a comma, the name right after the verb that ends
    // the clause says it
    auto ends_clause = [&](int c) {
        int end = tree.rightmost(c) + 1;
        return tree.upos(c) == Upos::propn &&
               (end >= tree.size() || tree.word(end) == "." || tree.word(end) == ",");
    };
    if (t > 0 && t + 1 < tree.size() && tree.word(t - 1) == ",")
        for (int c : tree.children(t))
            if (c == t + 1 || (c > t + 1 && tree.head(t + 1) == c))
                if ((tree.base(c) == "obj" || tree.base(c) == "nsubj") && tree.nominal(c) && ends_clause(c)) {
                    s.speaker = c;
                    if (s.addressee == c) s.addressee = -1;
                }
    // "..., said Amnesty International.": an inverted speech clause set off by a comma that ends
    // the sentence reports the whole sentence, wherever the tree hangs it and what it hangs on it
    if (s.speaker > t && t > 0 && tree.word(t - 1) == "," && tree.head(t) >= 0 && ends_clause(s.speaker) &&
        tree.rightmost(s.speaker) + 2 >= tree.size()) {
        int root = t;
        for (int d = 0; tree.head(root) >= 0 && d <= Tree::max_depth; ++d) root = tree.head(root);
        s.content = root;
    }
    // ", Allawi said": the speech verb hangs off what was said (a clause: a verb, or a predicate
    // with a subject)
    if (s.content < 0 && (l == "parataxis" || l == "advcl" || l == "ccomp") && tree.head(t) >= 0 &&
        (tree.verbal(tree.head(t)) || tree.child(tree.head(t), "nsubj") || tree.child(tree.head(t), "cop")))
        s.content = tree.head(t);
    // "..., Iraq's Vice President Ayad Allawi said, citing ...": a trailing speech clause set
    // off by a comma or a closing quote reports the whole sentence, wherever it was attached
    if (s.content < 0 && s.speaker >= 0 && s.speaker < t && !lex.cue("relative", tree.lower(s.speaker))) {
        int first = tree.leftmost(s.speaker);
        // (a title the tree hangs elsewhere: "..., Iraqi military spokesman Brigadier General X said")
        for (int d = 0; d < 8 && first > 1 && titleish(tree.upos(first - 1)); ++d) --first;
        std::string_view before = first > 0 ? tree.word(first - 1) : std::string_view();
        bool set_off = before == "," || before == "\"" || before == "\xE2\x80\x9D";
        int root = t;
        for (int d = 0; tree.head(root) >= 0 && d <= Tree::max_depth; ++d) root = tree.head(root);
        if (set_off && root != t) s.content = root;
        // the speech verb read as the root, what was said as its subject or a modifier
        for (int c : tree.children(t))
            if (set_off && root == t && s.content < 0 && c < first - 1 && c != s.speaker &&
                (tree.verbal(c) || tree.child(c, "cop") || tree.child(c, "nsubj")))
                s.content = c;
    }
    return s;
}

bool Tree::reattach_name_modifier_verb() {
    const int root = first_root();
    if (root == size() || verbal(root) || upos(root) == Upos::aux || child(root, "cop")) return false;
    for (int v = 1; v + 1 < size(); ++v) {
        const int h = head(v);
        if (upos(v) != Upos::verb || base(v) != "amod" || h != v + 1 || !nominal(h) ||
            (h != root && head(h) != root))
            continue;
        const int subject = v - 1;  // the name right before the verb, hung on the noun after it
        if (head(subject) != h || (upos(subject) != Upos::propn && upos(subject) != Upos::noun)) return false;
        attach(v, -1, "root");
        attach(subject, v, "nsubj");
        for (int c : children(h)) {  // the subject's words stay with it, the clause's go to the verb
            if (c >= subject) continue;
            const std::string_view l = base(c);
            const bool word_of_name =
                l == "compound" || l == "amod" || l == "det" || l == "flat" || l == "nmod";
            attach(c, word_of_name && !child(c, "case") ? subject : v, label(c));
        }
        attach(h, v, "obj");
        if (h != root) attach(root, v, child(root, "case") ? "obl" : "obl:tmod");
        return true;
    }
    // ("On 15 November, the Peshmerga retook Tel Skuf" with the verb hung on the date, the
    // name before it its compound)
    for (int v : children(root)) {
        const auto subject = child(v, "compound");
        if (v < root || upos(v) != Upos::verb || !finite_form(v) || !subject || *subject > v ||
            !nominal(*subject))
            continue;
        attach(v, -1, "root");
        attach(*subject, v, "nsubj");
        attach(root, v, child(root, "case") ? "obl" : "obl:tmod");
        for (int c : children(root))  // the root's words after the verb are the verb's
            if (c > v) attach(c, v, label(c));
        for (int c : children(v))  // and the subject's determiner its own
            if (c < *subject && base(c) == "det") attach(c, *subject, "det");
        return true;
    }
    return false;
}

bool Tree::reattach_object_from_speaker() {
    for (int v = 1; v < size(); ++v) {
        const int h = head(v);
        if (base(v) != "conj" || h < 0 || h > v || !verbal(h) || child(v, "cc") || child(h, "obj") ||
            !speech_word(v))
            continue;
        int object = -1, speaker = -1;  // the two subjects the tree gave the verb of saying
        for (int c : children(v))
            if (base(c) == "nsubj") (object < 0 ? object : speaker) = c;
        if (object < h || speaker < 0 || speaker > v || !nominal(object) || !set_off(leftmost(speaker)))
            continue;
        attach(object, h, "obj");
        for (int c : children(v))  // the content's words before the speaker are its own
            if (c != object && c < leftmost(speaker) && base(c) != "punct") attach(c, h, label(c));
        attach(v, h, "parataxis");
        return true;
    }
    return false;
}

bool Tree::reattach_appositive_speaker() {
    for (int v = 2; v < size(); ++v) {
        if (!speech_word(v) || upos(v) != Upos::verb) continue;
        int first = v;  // the name between the comma and the verb
        while (first > 0 && v - first < max_phrase &&
               (upos(first - 1) == Upos::propn || word(first - 1) == "-"))
            --first;
        // (an article may open the name: ", the White House announced")
        const bool article = first >= 3 && upos(first - 1) == Upos::det && word(first - 2) == ",";
        if (first == v || first < 2 || (word(first - 1) != "," && !article) || upos(first) != Upos::propn)
            continue;
        bool named = false, above = false;  // the tree has the name as the speaker; the verb under it
        for (int t = first; t < v; ++t) {
            named = named || (head(t) == v && base(t) == "nsubj");
            above = above || under(v, t);
        }
        const int h = head(v);
        if (named || above || h < 0 || h >= first || !verbal(h)) continue;
        // the subject the tree gave the verb of saying before the comma: the act's object
        if (auto s = child(v, "nsubj"); s && *s > h && *s < first) {
            if (child(h, "obj") || !nominal(*s)) continue;
            attach(*s, h, "obj");
        }
        attach(first, v, "nsubj");
        for (int t = first + 1; t < v; ++t) attach(t, first, upos(t) == Upos::punct ? "punct" : "flat");
        if (article) attach(first - 1, first, "det");
        if (base(v) != "conj" && base(v) != "parataxis") attach(v, h, "parataxis");
        return true;
    }
    return false;
}

bool Tree::reattach_final_speakers() {
    // the verb of saying, the last verb, followed by nothing but punctuation or a description
    // set off by a comma (", a major advance after a year of setbacks")
    int v = size() - 1;
    while (v > 0 && !(speech_word(v) && upos(v) == Upos::verb) && size() - v <= 2 * max_phrase) --v;
    if (v < 3 || !speech_word(v) || upos(v) != Upos::verb || base(v) != "conj") return false;
    if (v + 1 < size() && upos(v + 1) != Upos::punct) return false;
    for (int t = v + 1; t < size(); ++t)  // (no clause of its own after it)
        if (verbal(t) && (child(t, "nsubj") || child(t, "nsubj:pass"))) return false;
    const int h = head(v);
    int comma = v - 1;  // the comma that sets the speakers off
    while (comma > h && v - comma <= max_phrase && word(comma) != ",") --comma;
    if (comma <= h || word(comma) != ",") return false;
    for (int c : children(v))  // (the verb's own words before the comma: a clause the tree coordinated)
        if (c < comma && upos(c) != Upos::punct) return false;
    // the speakers: phrases of determiners, adjectives, nouns and numbers, split by "and" or commas
    std::vector<int> heads, joins;
    for (int t = comma + 1, last = -1; t <= v; ++t) {
        const bool split = t == v || upos(t) == Upos::cconj || word(t) == ",";
        if (!split) {
            if (upos(t) != Upos::det && upos(t) != Upos::adj && upos(t) != Upos::num && !nominal(t))
                return false;
            if (nominal(t)) last = t;
            continue;
        }
        if (last < 0) return false;
        heads.push_back(last);
        last = -1;
        if (t < v) joins.push_back(t);
    }
    if (child(v, "nsubj") == heads.front() && heads.size() == 1) return false;
    for (std::size_t k = 0; k < heads.size(); ++k) {
        const int from = k == 0 ? comma + 1 : joins[k - 1] + 1;
        for (int t = from; t < heads[k]; ++t)
            if (head(t) < from || head(t) > heads[k])
                attach(t, heads[k], upos(t) == Upos::det ? "det" : "amod");
        attach(heads[k], k == 0 ? v : heads.front(), k == 0 ? "nsubj" : "conj");
        if (k > 0) attach(joins[k - 1], heads[k], upos(joins[k - 1]) == Upos::cconj ? "cc" : "punct");
    }
    attach(comma, v, "punct");
    attach(v, h, "parataxis");
    return true;
}

bool Tree::join_coordinated_subjects() {
    bool changed = false;
    for (int v = 0; v < size(); ++v) {
        int first = -1;
        for (int c : children(v)) {
            if (base(c) != "nsubj" || !nominal(c)) continue;
            // (the conjunction alone between the two phrases)
            const int gap = first >= 0 ? rightmost(first) + 1 : -1;
            if (first >= 0 && gap + 1 == leftmost(c) && upos(gap) == Upos::cconj) {
                attach(c, first, "conj");
                attach(gap, c, "cc");
                changed = true;
            }
            first = c;
        }
    }
    return changed;
}

bool Tree::reattach_bare_content() {
    bool changed = false;
    for (int n = 1; n < size(); ++n) {
        const int say = head(n);
        if (base(n) != "obj" || say < 0 || say > n || !speech_word(say) || !verbal(say) ||
            child(say, "ccomp"))
            continue;
        for (int r : children(n)) {
            const auto s = child(r, "nsubj");
            if (label(r) != "acl:relcl" || !s || *s < n || *s > r || upos(r) != Upos::verb) continue;
            bool joined = true;  // every word between the object and the subject is the subject's
            for (int t = n + 1; t < *s && joined; ++t) joined = under(t, *s);
            if (!joined) continue;
            attach(r, say, "ccomp");
            // (but "told reporters forces had entered the city": whom it was said to)
            if (!lexicon_->cue("addressing", lower(say))) attach(n, *s, "compound");
            changed = true;
            break;
        }
    }
    // "told reporters Iraqi troops had retaken it" read with whom it was said to as the
    // subject and the subject as its modifier
    for (int c = 2; c < size(); ++c) {
        const int say = head(c);
        const auto s = child(c, "nsubj");
        if (base(c) != "ccomp" || say < 0 || !s || *s != say + 1 ||
            !lexicon_->cue("addressing", lower(say)) || child(say, "obj") || child(say, "iobj"))
            continue;
        for (int m : children(*s))
            if (m > *s && m < c && nominal(m) && base(m) == "nmod" && !child(m, "case")) {
                attach(*s, say, "iobj");
                attach(m, c, "nsubj");
                changed = true;
                break;
            }
    }
    return changed;
}

bool Tree::reattach_case_of_name() {
    bool changed = false;
    for (int c = 0; c + 2 < size(); ++c) {
        const int word = head(c);
        if (base(c) != "case" || word <= c || upos(word) != Upos::propn ||
            (base(word) != "compound" && base(word) != "flat") || head(word) <= word ||
            upos(head(word)) != Upos::propn || child(head(word), "case"))
            continue;
        attach(c, head(word), label(c));
        changed = true;
    }
    return changed;
}

bool Tree::reattach_clause_under_date() {
    const int root = first_root();
    if (root == size() || verbal(root) || child(root, "cop") ||
        (upos(root) != Upos::num && !child(root, "case")))
        return false;
    for (int n : children(root)) {
        if (n < root || !nominal(n)) continue;
        for (int v : children(n)) {
            // ("killed at least 105 civilians" read as an oblique too)
            if (v < n || upos(v) != Upos::verb || (base(v) != "acl" && base(v) != "advcl") ||
                !bare_noun_after(v, true))
                continue;
            // "a strike in Tal Afar kills", its place read as the subject of a clause "in" leads
            const auto mark = child(v, "mark");
            const auto place = child(v, "nsubj");
            const bool misread = mark && upos(*mark) == Upos::adp && place && *place == *mark + 1;
            if (mark && !misread) continue;
            bool phrase =
                v - n <= max_phrase;  // the words between are the noun's own ("a strike in Jadida kills")
            for (int t = n + 1; phrase && t < v; ++t)
                phrase =
                    phrase && ((head(t) >= n && head(t) < v) || (misread && (t == *mark || t == *place)));
            if (!phrase) continue;
            if (misread) {
                attach(*place, n, "nmod");
                attach(*mark, *place, "case");
            }
            return clause_of_date(root, n, v);
        }
    }
    // ("17 March - A coalition air strike in Jadida kills 100 civilians": both hung on the date)
    for (int v : children(root)) {
        if (v < root || upos(v) != Upos::verb || !finite_form(v) || child(v, "nsubj") || !child(v, "obj"))
            continue;
        for (int n : children(root))
            if (n > root && n < v && nominal(n) && rightmost(n) == v - 1) return clause_of_date(root, n, v);
    }
    return false;
}

bool Tree::clause_of_date(int root, int subject, int v) {
    attach(v, -1, "root");
    attach(subject, v, "nsubj");
    attach(root, v, child(root, "case") ? "obl" : "obl:tmod");
    for (int c : children(root))  // the date's words after the clause are the verb's
        if (c > v) attach(c, v, label(c));
    return true;
}

bool Tree::subject_after_fronted_phrase() {
    for (int t = 0; t < size(); ++t) {
        const auto mark = child(t, "case");
        if (base(t) != "nsubj" || head(t) <= t || !mark || *mark > t || upos(*mark) != Upos::adp) continue;
        for (int c : children(t)) {
            int first = leftmost(c);
            while (first < c && upos(first) == Upos::punct) ++first;
            if (c < t || c > head(t) || !nominal(c) || !set_off(first) || child(c, "case") ||
                (base(c) != "list" && base(c) != "appos" && base(c) != "conj"))
                continue;
            attach(c, head(t), "nsubj");
            attach(t, head(t), "obl");
            return true;
        }
    }
    // "Earlier this week, forces, backed by airstrikes, launched ..." with the subject hung on
    // the fronted adverb of a verb that has none
    for (int v = 0; v < size(); ++v) {
        if (!verbal(v) || child(v, "nsubj") || child(v, "nsubj:pass") || child(v, "csubj")) continue;
        for (int a : children(v)) {
            if (a > v || (base(a) != "advmod" && base(a) != "obl")) continue;
            for (int c : children(a)) {
                int first = leftmost(c);
                while (first < c && upos(first) == Upos::punct) ++first;
                if (c > v || !nominal(c) || !set_off(first) || child(c, "case") ||
                    (base(c) != "list" && base(c) != "appos" && base(c) != "conj"))
                    continue;
                attach(c, v, "nsubj");
                return true;
            }
        }
    }
    return false;
}

bool Tree::reattach_agent_from_phrase() {
    for (int a = 0; a < size(); ++a) {
        const int phrase = head(a);
        if (base(a) != "nmod" || !lexicon_->cue("agent_case", case_word(a)) || phrase < 0 ||
            base(phrase) != "obl" || head(phrase) < 0 || !child(head(phrase), "aux:pass"))
            continue;
        const int v = head(phrase);
        bool agent = false;
        for (int c : children(v)) agent = agent || lexicon_->cue("agent_case", case_word(c));
        if (agent) continue;
        attach(a, v, "obl:agent");
        return true;
    }
    return false;
}

bool Tree::reattach_according_phrase() {
    for (int a = 0; a < size(); ++a) {
        if (!lexicon_->cue("according", lower(a))) continue;
        if (base(a) != "case") {
            // "..., according to X" read as a verb ("according" an acl, X its object): X's
            // phrase modifies the predicate before it, "according to" its preposition
            auto x = child(a, "obj");
            if (!x) x = child(a, "obl");
            if (!x || !verbal(a)) continue;
            int v = head(a);
            for (int d = 0; d < max_depth && v >= 0 && !verbal(v); ++d) v = head(v);
            if (v < 0 || !verbal(v)) continue;
            attach(*x, v, "obl");
            attach(a, *x, "case");
            return true;
        }
        const int phrase = head(a);
        if (phrase < 0 || head(phrase) < 0 || verbal(head(phrase)) || !set_off(leftmost(phrase))) continue;
        int v = head(phrase);
        for (int d = 0; d < max_depth && v >= 0 && !verbal(v); ++d) v = head(v);
        if (v < 0 || !verbal(v)) continue;
        attach(phrase, v, "obl");
        return true;
    }
    return false;
}

bool Tree::reattach_quantity_object() {
    for (int v = 0; v + 1 < size(); ++v) {
        const int q = v + 1;
        if (!verbal(v) || child(v, "obj") || head(q) != v || child(q, "case") ||
            (base(q) != "obl" && base(q) != "advmod" && base(q) != "nmod"))
            continue;
        const auto of = child(q, "nmod");
        if (!of || !lexicon_->cue("genitive_case", case_word(*of)) || !lexicon_->cue("part_noun", lower(q)))
            continue;
        attach(q, v, "obj");
        return true;
    }
    return false;
}

bool Tree::join_compound_objects() {
    bool changed = false;
    for (int a = 0; a + 1 < size(); ++a) {
        const int b = a + 1;
        auto object = [&](int t) { return base(t) == "iobj" || base(t) == "obj"; };
        if (upos(a) == Upos::propn && upos(b) == Upos::noun && head(a) >= 0 && head(a) == head(b) &&
            object(a) && object(b)) {
            attach(a, b, "compound");
            changed = true;
        }
    }
    return changed;
}

bool Tree::reattach_since_clause() {
    for (int s = 0; s < size(); ++s) {
        const int n = head(s);
        if (!lexicon_->cue("since_case", lower(s)) || base(s) != "case" || n < 0 || !nominal(n) ||
            (base(n) != "obl" && base(n) != "nmod"))
            continue;
        int v =
            head(n);  // the predicate the clause is of ("displaced from Mosul and surrounding areas since")
        for (int d = 0; d < 4 && v >= 0 && !verbal(v); ++d) v = head(v);
        if (v < 0 || !verbal(v)) continue;
        int b = -1;
        for (int k = n + 1; k < size() && k <= n + 12 && b < 0; ++k)
            if ((lexicon_->cue("beginning", lower(k)) || lexicon_->cue("continuation", lower(k))) &&
                verbal(k) && !child(k, "obj") && !under(k, n) && !under(v, k))
                b = k;
        if (b < 0) continue;
        int infinitive = -1;  // "to retake the city", the noun's purpose
        for (int k = n + 1; k < b; ++k)
            if (verbal(k) && !under(k, n) && head(k) != b)
                for (int m : children(k))
                    if (base(m) == "mark" && lexicon_->cue("infinitive_mark", lower(m)) && infinitive < 0)
                        infinitive = k;
        attach(b, v, "advcl");
        attach(n, b, "nsubj");
        attach(s, b, "mark");
        if (infinitive >= 0) {
            attach(infinitive, n, "acl");
            for (int c = infinitive + 1; c < b; ++c)
                if (head(c) == b && nominal(c)) attach(c, infinitive, "obj");
        }
        return true;
    }
    return false;
}

std::tuple<int, int, int> Tree::root_subjects() const {
    const int root = first_root();
    int first = -1, second = -1;
    if (root < size() && verbal(root))
        for (int c : children(root))
            if (base(c) == "nsubj") (first < 0 ? first : second) = c;
    return {root, first, second};
}

bool Tree::reattach_participle_object() {
    const auto [root, first, second] = root_subjects();
    if (second < 0 || !nominal(second)) return false;
    const int v = leftmost(second) - 1;  // the word right before the second subject
    if (v <= first || upos(v) != Upos::verb || base(v) != "acl" || child(v, "obj") || !under(v, first) ||
        !lexicon_->ends_with_cue("progressive_ending", lower(v), 2))
        return false;
    attach(second, v, "obj");
    return true;
}

bool Tree::reattach_first_subject_clause() {
    const auto [root, first, second] = root_subjects();
    if (second < 0) return false;
    for (int v : children(first)) {
        if (v < first || v > second || upos(v) != Upos::verb || base(v) != "acl" || child(v, "mark"))
            continue;
        // ("the coalition fighting Islamic State said": a name right after a present participle
        // is its object, not a second subject)
        if (leftmost(second) == v + 1 && !child(v, "obj") &&
            lexicon_->ends_with_cue("progressive_ending", lower(v), 2)) {
            attach(second, v, "obj");
            return true;
        }
        // (not a relative clause: "the peshmerga who had guarded the area pulled back")
        for (int c : children(v))
            if (lexicon_->cue("agent_case", case_word(c)) || lexicon_->cue("relative", lower(c)))
                return false;
        attach(v, -1, "root");
        attach(first, v, "nsubj");
        attach(root, v, "advcl");
        return true;
    }
    return false;
}

}  // namespace mosulkg::detail
