// The relation vocabulary, its triggers and the cues for reading trees (data/relations/).
#include "lines.hpp"
#include "mosulkg/error.hpp"
#include "mosulkg/relations.hpp"
#include "normalize.hpp"
#include "word_hash.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>

namespace mosulkg {

namespace {

RelationKind kind_of(std::string_view s, std::string_view origin, std::size_t line) {
    if (s == "event") return RelationKind::event;
    if (s == "state") return RelationKind::state;
    if (s == "speech") return RelationKind::speech;
    if (s == "date") return RelationKind::date;
    throw Error(fmt::format("{}: relations line {}: unknown kind '{}'", origin, line, s));
}

FactRole fact_role_of(std::string_view s, std::string_view origin, std::size_t line) {
    if (s == "-") return FactRole::none;
    if (s == "leader") return FactRole::leader;
    if (s == "within") return FactRole::within;
    if (s == "part") return FactRole::part;
    if (s == "office") return FactRole::office;
    if (s == "instance") return FactRole::instance;
    if (s == "member") return FactRole::member;
    throw Error(fmt::format("{}: relations line {}: unknown facts role '{}'", origin, line, s));
}

int number(std::string_view s) {
    return std::atoi(std::string(s).c_str());
}

}  // namespace

std::vector<RelationInfo> RelationLexicon::parse_relations(std::string_view relations_tsv,
                                                           std::string_view origin) {
    std::vector<RelationInfo> out;
    detail::for_each_row(relations_tsv, [&](std::size_t line, const auto& c) {
        if (c.size() < 8 || c.size() > 9)
            throw Error(fmt::format("{}: relations line {}: expected 8 or 9 columns", origin, line));
        RelationInfo info;
        info.name = std::string(c[0]);
        info.kind = kind_of(c[1], origin, line);
        info.priority = number(c[2]);
        info.cameo = c[3] == "-" ? std::string() : std::string(c[3]);
        info.phrase = std::string(c[4]);
        info.dated_by_article_when_present = c[5] == "yes";
        info.parties = number(c[6]) == 2 ? 2 : 1;
        info.passive = std::string(c[7]);
        if (c.size() > 8) info.facts = fact_role_of(c[8], origin, line);
        out.push_back(std::move(info));
    });
    return out;
}

RelationLexicon RelationLexicon::parse(const Files& files, std::string_view origin) {
    RelationLexicon lex;
    std::map<std::string, RelationInfo, std::less<>> relations;
    std::map<std::string, std::vector<std::size_t>> forms;
    std::map<std::string, std::string> generic_nouns;
    for (RelationInfo& info : parse_relations(files.relations, origin)) {
        if (info.kind == RelationKind::date && lex.date_relation_.empty()) lex.date_relation_ = info.name;
        std::string name = info.name;
        relations.emplace(std::move(name), std::move(info));
    }
    detail::for_each_row(files.triggers, [&](std::size_t line, const auto& c) {
        if (c.size() < 2)
            throw Error(fmt::format("{}: triggers line {}: expected 2 to 5 columns", origin, line));
        if (!relations.count(c[1]))
            throw Error(fmt::format("{}: triggers line {}: unknown relation '{}'", origin, line, c[1]));
        Trigger t{std::string(c[0]),
                  std::string(c[1]),
                  c.size() > 2 ? std::string(c[2]) : "",
                  false,
                  0,
                  false,
                  false};
        if (t.next == "-") t.next.clear();
        if (!t.next.empty() && t.next.front() == '!') {
            t.next.erase(0, 1);
            t.next_negated = true;
        }
        if (c.size() > 3) t.weight = number(c[3]);
        if (c.size() > 4 && c[4] != "inverse" && c[4] != "swap" && c[4] != "loss" && c[4] != "-")
            throw Error(fmt::format("{}: triggers line {}: unknown roles '{}'", origin, line, c[4]));
        if (c.size() > 4) t.inverse = c[4] == "inverse", t.swap = c[4] == "swap", t.loss = c[4] == "loss";
        forms[t.form].push_back(lex.triggers_.size());
        lex.triggers_.push_back(std::move(t));
    });
    detail::for_each_row(files.cues, [&](std::size_t line, const auto& c) {
        if (c.size() != 2) throw Error(fmt::format("{}: cues line {}: expected 2 columns", origin, line));
        lex.cues_.push_back(fmt::format("{}\t{}", c[0], c[1]));
    });
    detail::for_each_row(files.generic_actors, [&](std::size_t line, const auto& c) {
        if (c.size() < 3 || (c[0] != "noun" && c[0] != "member"))
            throw Error(fmt::format("{}: generic_actors line {}: expected 'noun' or 'member' and two columns",
                                    origin, line));
        if (c[0] == "noun")
            generic_nouns[std::string(c[1])] = std::string(c[2]);
        else
            lex.generic_members_.emplace(std::string(c[1]), std::string(c[2]));
    });
    detail::for_each_row(files.same_time,
                         [&](std::size_t, const auto& c) { lex.same_time_.emplace_back(c[0]); });
    detail::for_each_row(files.forms, [&](std::size_t line, const auto& c) {
        if ((c.size() != 6 && c.size() != 8 && c.size() != 9) || (c[5] != "yes" && c[5] != "no"))
            throw Error(fmt::format("{}/forms.tsv:{}: expected 6, 8 or 9 columns, the sixth yes or no",
                                    origin, line));
        auto form = [](std::string_view s) { return s == "-" ? std::string() : std::string(s); };
        lex.forms_[std::string(c[0])] = {form(c[1]),
                                         form(c[2]),
                                         form(c[3]),
                                         form(c[4]),
                                         c[5] == "yes",
                                         c.size() >= 8 ? form(c[6]) : std::string(),
                                         c.size() >= 8 ? form(c[7]) : std::string(),
                                         c.size() == 9 ? form(c[8]) : std::string()};
    });
    for (auto& [name, info] : relations) lex.relations_.push_back(std::move(info));
    lex.trigger_forms_.assign(std::make_move_iterator(forms.begin()), std::make_move_iterator(forms.end()));
    lex.generic_nouns_.assign(std::make_move_iterator(generic_nouns.begin()),
                              std::make_move_iterator(generic_nouns.end()));
    lex.index();
    return lex;
}

RelationLexicon RelationLexicon::from_data(const DataSource& data) {
    const char* names[] = {"relations/relations.tsv",      "relations/triggers.tsv",  "relations/cues.tsv",
                           "relations/generic_actors.tsv", "relations/same_time.txt", "relations/forms.tsv"};
    std::string text[6];
    std::string origin = "data/relations";  // messages name the user's folder when it has one of them
    for (int i = 0; i < 6; ++i) {
        text[i] = data.read(names[i]);
        if (data.override_file(names[i])) origin = (*data.folder() / "relations").string();
    }
    return parse({text[0], text[1], text[2], text[3], text[4], text[5]}, origin);
}

const RelationLexicon& RelationLexicon::defaults() {
    static const RelationLexicon lex = from_data(DataSource::installed());
    return lex;
}

namespace {

// The hash of a cue's key "cue<TAB>word", from its two parts.
std::uint64_t cue_hash(std::string_view cue, std::string_view word) {
    return detail::word_hash(cue) ^ (detail::word_hash(word) * 0xC2B2AE3D27D4EB4FULL);
}

}  // namespace

void RelationLexicon::index() {
    auto forms = std::make_shared<detail::WordIndex>(trigger_forms_.size() + 1);
    for (std::size_t k = 0; k < trigger_forms_.size(); ++k) {
        const std::string& f = trigger_forms_[k].first;
        forms->insert(static_cast<std::uint32_t>(k), detail::word_hash(f),
                      [&](std::uint32_t n) -> std::string_view { return trigger_forms_[n].first; });
    }
    // (no key twice: a line listed twice is one cue)
    std::sort(cues_.begin(), cues_.end());
    cues_.erase(std::unique(cues_.begin(), cues_.end()), cues_.end());
    auto cues = std::make_shared<detail::WordIndex>(cues_.size() + 1);
    auto split = [](std::string_view key) {
        std::size_t tab = key.find('\t');
        return std::make_pair(key.substr(0, tab), key.substr(tab + 1));
    };
    for (std::size_t k = 0; k < cues_.size(); ++k) {
        auto [c, w] = split(cues_[k]);
        cues->insert_hashed(static_cast<std::uint32_t>(k), cue_hash(c, w), [&](std::uint32_t n) {
            auto [cn, wn] = split(cues_[n]);
            return cue_hash(cn, wn);
        });
    }
    trigger_index_ = std::move(forms);
    cue_index_ = std::move(cues);
    auto relations = std::make_shared<detail::WordIndex>(relations_.size() + 1);
    for (std::size_t k = 0; k < relations_.size(); ++k)
        relations->insert(static_cast<std::uint32_t>(k), detail::word_hash(relations_[k].name),
                          [&](std::uint32_t n) -> std::string_view { return relations_[n].name; });
    relation_index_ = std::move(relations);
    auto nouns = std::make_shared<detail::WordIndex>(generic_nouns_.size() + 1);
    for (std::size_t k = 0; k < generic_nouns_.size(); ++k)
        nouns->insert(static_cast<std::uint32_t>(k), detail::word_hash(generic_nouns_[k].first),
                      [&](std::uint32_t n) -> std::string_view { return generic_nouns_[n].first; });
    generic_index_ = std::move(nouns);
}

const std::vector<std::size_t>& RelationLexicon::triggers_of(std::string_view form) const {
    static const std::vector<std::size_t> none;
    if (!trigger_index_) return none;  // (a lexicon never parsed)
    std::uint32_t k =
        trigger_index_->find(form, detail::word_hash(form),
                             [&](std::uint32_t n) -> std::string_view { return trigger_forms_[n].first; });
    return k == detail::WordIndex::absent ? none : trigger_forms_[k].second;
}

const RelationInfo* RelationLexicon::info(std::string_view relation) const {
    if (!relation_index_) return nullptr;
    std::uint32_t k =
        relation_index_->find(relation, detail::word_hash(relation),
                              [&](std::uint32_t n) -> std::string_view { return relations_[n].name; });
    return k == detail::WordIndex::absent ? nullptr : &relations_[k];
}

bool RelationLexicon::fact_role(std::string_view relation, FactRole role) const {
    const RelationInfo* i = info(relation);
    return i && i->facts == role;
}

const RelationInfo* RelationLexicon::date_relation() const {
    return date_relation_.empty() ? nullptr : info(date_relation_);
}

bool RelationLexicon::cue(std::string_view cue, std::string_view word) const {
    if (word.empty() || !cue_index_) return false;
    const std::uint64_t h = cue_hash(cue, word);
    return cue_index_->find_if(h, [&](std::uint32_t n) {
        const std::string& key = cues_[n];
        return key.size() == cue.size() + 1 + word.size() && key.compare(0, cue.size(), cue) == 0 &&
               key[cue.size()] == '\t' && key.compare(cue.size() + 1, word.size(), word) == 0;
    }) != detail::WordIndex::absent;
}

std::string_view RelationLexicon::first_cue_word(std::string_view cue) const {
    for (const std::string& key : cues_)
        if (key.size() > cue.size() && key.compare(0, cue.size(), cue) == 0 && key[cue.size()] == '\t')
            return std::string_view(key).substr(cue.size() + 1);
    return {};
}

bool RelationLexicon::ends_with_cue(std::string_view cue, std::string_view word, std::size_t stem) const {
    for (std::size_t n = 1; n <= 4 && n + stem <= word.size(); ++n)
        if (this->cue(cue, word.substr(word.size() - n))) return true;
    return false;
}

const std::string* RelationLexicon::generic_class(std::string_view noun) const {
    if (!generic_index_) return nullptr;
    std::uint32_t k =
        generic_index_->find(noun, detail::word_hash(noun),
                             [&](std::uint32_t n) -> std::string_view { return generic_nouns_[n].first; });
    return k == detail::WordIndex::absent ? nullptr : &generic_nouns_[k].second;
}

bool RelationLexicon::generic_member(std::string_view cls, const EntityId& id) const {
    return generic_members_.count(std::make_pair(std::string(cls), id.str())) > 0;
}

bool RelationLexicon::same_time_opening(std::string_view sentence) const {
    std::string head(sentence.substr(0, 40));
    for (char& ch : head) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    return std::any_of(same_time_.begin(), same_time_.end(), [&](const std::string& o) {
        return head.compare(0, o.size(), o) == 0 &&
               (head.size() == o.size() || !std::isalpha(static_cast<unsigned char>(head[o.size()])));
    });
}

const RelationLexicon::Form* RelationLexicon::form(std::string_view relation) const {
    auto it = forms_.find(relation);
    return it == forms_.end() ? nullptr : &it->second;
}

namespace {

std::string replace_all(std::string s, std::string_view what, const std::string& with) {
    for (std::size_t at = s.find(what); at != std::string::npos; at = s.find(what, at + with.size()))
        s.replace(at, what.size(), with);
    return s;
}

}  // namespace

std::string say_act(const RelationLexicon& lexicon, std::string_view relation, const std::string& actor,
                    const std::string& target, const std::string& place, const std::string& according_to,
                    const std::string& thing, bool near, bool one_thing, bool thing_has_verb) {
    const std::string in =
        near ? " " + std::string(lexicon.first_cue_word("near_case")) + " " : std::string(" in ");
    std::string form;
    if (const RelationLexicon::Form* f = lexicon.form(relation)) {
        form = !actor.empty() ? (!target.empty() ? f->actor_target : f->actor_only)
                              : (!target.empty() ? f->target_only : f->place_only);
        // "Haider al-Abadi declared victory over ISIL": the thing said names the target too
        if (!thing.empty() && !(actor.empty() ? f->thing_only : f->actor_thing).empty())
            form = actor.empty() ? f->thing_only : f->actor_thing;
        if (!thing.empty() && actor.empty() && one_thing && !f->one_thing_only.empty())
            form = f->one_thing_only;
        // with no place, a form drops its place phrase ("captured ground in {p}" -> "captured
        // ground"), or is no form at all ("{p} was attacked")
        if (place.empty())
            for (std::string_view tail : {" in {p}", " from {p}"})
                if (form.size() > tail.size() &&
                    form.compare(form.size() - tail.size(), tail.size(), tail) == 0)
                    form.erase(form.size() - tail.size());
        if (form.find("{p}") != std::string::npos && place.empty()) form.clear();
        if (near) form = replace_all(form, " in {p}", in + "{p}");
    }
    if (thing_has_verb && !thing.empty() && !actor.empty()) form = "{a} {x}";
    if (form.empty() && !actor.empty()) {
        const RelationInfo* info = lexicon.info(relation);
        std::string phrase = info && !info->phrase.empty() ? info->phrase : std::string(relation);
        if (target.empty())  // without an object the phrase loses its preposition: "split from" -> "split"
            for (std::string_view prep : {" against", " from", " with", " of", " in"})
                if (phrase.size() > prep.size() &&
                    phrase.compare(phrase.size() - prep.size(), prep.size(), prep) == 0)
                    phrase.erase(phrase.size() - prep.size());
        form = "{a} " + phrase + (target.empty() ? "" : " {o}");
    }
    if (form.empty()) return form;
    // "Yazidis were killed": a name of many people (its last word of cue plural_name, with no
    // "of" phrase: not "the General Command of the Armed Forces") takes a plural verb
    if (form.rfind("{o} was ", 0) == 0 && target.find(" of ") == std::string::npos) {
        const auto space = target.rfind(' ');
        if (lexicon.cue("plural_name",
                        detail::fold_word(space == std::string::npos ? target : target.substr(space + 1))))
            form.replace(3, 5, " were ");
    }
    bool names_place = form.find("{p}") != std::string::npos;
    std::string s = replace_all(
        replace_all(replace_all(replace_all(form, "{a}", actor), "{o}", target), "{p}", place), "{x}", thing);
    // the place, unless the form names it as the target ("recaptured Ramadi", not "recaptured
    // Ramadi in Ramadi"; but "attacked the hospital in West Mosul")
    const bool place_is_target = place == target && form.find("{o}") != std::string::npos;
    // (nor where the thing said as written names it: "recaptured parts of Kobani")
    const bool thing_names_place = !thing.empty() && !place.empty() &&
                                   form.find("{x}") != std::string::npos &&
                                   thing.find(place) != std::string::npos;
    if (!names_place && !place.empty() && !place_is_target && !thing_names_place) s += in + place;
    if (!according_to.empty()) s += ", according to " + according_to;
    if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');  // a sentence
    return s;
}

bool told_as_announced(const RelationLexicon& lexicon, std::string_view relation,
                       const std::optional<EntityId>& actor, const std::optional<EntityId>& attributed_to) {
    return actor && attributed_to && *actor == *attributed_to && lexicon.cue("announcer_acts", relation);
}

std::string say_announced(const RelationLexicon& lexicon, std::string_view relation,
                          const std::string& announcer, const std::string& target, const std::string& place,
                          bool near) {
    std::string act =
        say_act(lexicon, relation, std::string(), target, place, std::string(), std::string(), near);
    if (act.empty()) return act;
    // "An offensive" -> "an offensive", but a name stays as written ("East Mosul")
    auto opens_with = [&](const std::string& name) { return !name.empty() && act.rfind(name, 0) == 0; };
    if (!opens_with(target) && !opens_with(place) && act[0] >= 'A' && act[0] <= 'Z')
        act[0] = static_cast<char>(act[0] - 'A' + 'a');
    return announcer + " announced that " + act;
}

}  // namespace mosulkg
