#include "mosulkg/linker.hpp"

#include "mosulkg/data.hpp"
#include "mosulkg/error.hpp"
#include "mosulkg/relations.hpp"

#include "embedded.hpp"
#include "lines.hpp"
#include "normalize.hpp"
#include "word_hash.hpp"

#include <algorithm>
#include <cstring>
#include <deque>
#include <map>
#include <set>
#include <unordered_map>
#include <unordered_set>

namespace mosulkg {
namespace {

using detail::fold_word;

bool is_upper_initial(std::string_view w) {
    if (w.empty()) return false;
    unsigned char c = static_cast<unsigned char>(w.front());
    if (c >= 'A' && c <= 'Z') return true;
    return c >= 0xC3 && c <= 0xDE;  // a Latin-1 supplement or Latin Extended capital is likely; good enough
}

struct AliasHit {
    std::size_t entity;            // index into the KB's entities
    std::vector<std::string> raw;  // the alias' words as written, for the case rules
    bool acronym = false;
    bool exact_name = false;
};

struct Cue {
    std::string where;
    EntityType type;
};

// A lower-case generic word that names an entity in some contexts ("coalition air strikes").
struct Generic {
    std::vector<std::string> words;                 // folded
    std::size_t entity;                             // index into the KB's entities
    std::unordered_set<std::string> before, after;  // empty: any word
    bool not_before = false, not_after = false;     // the lists exclude instead of require
    bool capitalised = false;                       // a name ("Hit"), matched only when capitalised
};

// The kinds of data/linker/words.tsv a word may be listed under (LexWord::kinds, one bit each).
enum WordKind : unsigned {
    name_connector = 1u << 0,          // "bin" in "Osama bin Laden"
    surname_article = 1u << 1,         // "al" before a surname
    apposition_determiner = 1u << 2,   // "the" in "Name, the city's mayor"
    role_preposition = 1u << 3,        // "at" in "Name, analyst at the institute"
    head_complement = 1u << 4,         // "of" in "Tower of Pisa"
    complement_conjunction = 1u << 5,  // "and" inside a head's complement
    article = 1u << 6,                 // "the" inside a complement or a list of names
    list_conjunction = 1u << 7,        // "and", "or" closing a list of names
    cue_preposition = 1u << 8,         // "of" in "the town of Zummar"
};

// The kind of a words.tsv row that is one of the bits above; 0 when it is none of them.
unsigned word_kind(std::string_view kind) {
    static const std::pair<std::string_view, unsigned> kinds[] = {
        {"name_connector", name_connector},
        {"surname_article", surname_article},
        {"apposition_determiner", apposition_determiner},
        {"role_preposition", role_preposition},
        {"head_complement", head_complement},
        {"complement_conjunction", complement_conjunction},
        {"article", article},
        {"list_conjunction", list_conjunction},
        {"cue_preposition", cue_preposition},
    };
    for (const auto& [name, bit] : kinds)
        if (name == kind) return bit;
    return 0;
}

// What the lexicons say of one folded word, gathered when the linker is built.
struct LexWord {
    std::size_t trie_child = 0;  // the alias-trie node after this word from the root; 0: none
    bool topic = false;          // a word of the conflict's topic
    bool stopname = false;       // never (part of) a name
    bool title_start = false;    // the first word of a title
    bool force_noun = false, force_modifier = false;  // "forces", "security"
    const std::vector<Generic>* generics = nullptr;   // generic rows that start with it
    const std::vector<Cue>* cues = nullptr;           // its typing cues
    const std::string* demonym = nullptr;             // a demonym: its forces' entity id (may be empty)
    unsigned kinds = 0;                               // the WordKind bits words.tsv lists it under
};

// A distinct word of a document, folded once, with its lexicon entry.
struct Word {
    std::string folded;
    const LexWord* lex = nullptr;  // never nullptr once made
};

struct Unit {                       // a word of a sentence, as the matcher sees it
    std::size_t token;              // index into Text::tokens
    std::string_view raw;           // as written (in Document::text); empty for a break
    const Word* form = nullptr;     // nullptr for a break
    const LexWord* word = nullptr;  // its lexicon entry; nullptr for a break

    const std::string& folded() const {
        static const std::string none;
        return form ? form->folded : none;
    }
};

using detail::word_hash;

using detail::WordIndex;

bool all_lower_initial(const std::vector<std::string>& raw) {
    return std::none_of(raw.begin(), raw.end(), [](const std::string& w) { return is_upper_initial(w); });
}

// Words joined by single spaces.
std::string joined(const std::vector<std::string>& words) {
    std::string out;
    for (const auto& w : words) out += (out.empty() ? "" : " ") + w;
    return out;
}

bool is_possessive(std::string_view raw) {
    return raw == "'s" || raw == "\xE2\x80\x99s" || raw == "'S";
}

}  // namespace

struct Linker::Impl {
    class Run;  // links one document
    const KnowledgeBase& kb;
    struct TrieNode {
        std::unordered_map<std::string, std::size_t> next;
        std::vector<AliasHit> hits;
    };
    std::vector<TrieNode> trie{1};
    std::unordered_map<std::string, std::vector<std::size_t>> skeletons;  // flat skeleton -> entities
    // the first two words of a person's name of three or more words ("abu bakr") -> (person, last word)
    std::unordered_map<std::string, std::vector<std::pair<std::size_t, std::string>>> leading;
    // the last two words of a group's name of three or more words ("defense ministry") -> groups
    std::unordered_map<std::string, std::vector<std::size_t>> trailing;
    std::vector<std::vector<std::string>> flat_names;      // per entity: its names, folded, unspaced
    std::vector<std::vector<std::string>> flat_skeletons;  // the skeletons of those names
    std::set<std::vector<std::string>> titles;
    std::size_t longest_title = 0;
    std::unordered_set<std::string> title_starts;  // first words of titles
    std::unordered_map<std::string, std::vector<Cue>> cues;
    std::unordered_set<std::string> stopnames;
    std::unordered_set<std::string> topic;
    std::unordered_set<std::string> region;                     // entity ids located in the conflict's region
    std::unordered_map<std::string, std::string> demonyms;      // folded demonym -> its forces' entity id
    std::unordered_map<std::string, std::string> place_forces;  // place id -> its forces' entity id
    // phrases naming a state's forces without naming the state ("government forces"), folded
    // words joined by spaces; and the region country each place of the region lies in
    std::unordered_set<std::string> stateless_forces;
    // folded demonym -> region country -> the forces "<demonym> forces" means there
    // ("Kurdish fighters" in Syria), where not its own forces
    std::unordered_map<std::string, std::unordered_map<std::string, std::string>> regional_forces;
    std::unordered_map<std::string, std::string> place_country;
    std::unordered_set<std::string> force_ids;  // every forces entity a place or demonym names
    std::unordered_map<std::string, std::vector<Generic>> generics;  // first folded word -> rows
    // The lists of words.tsv: force words, the region's countries (entity ids), the articles a
    // name may drop or glue ("al-Baghdadi"), the article glued to a surname, and the function
    // words of the matcher's rules (folded word -> WordKind bits).
    std::unordered_set<std::string> force_modifiers, force_nouns, region_countries, optional_articles;
    std::vector<std::string> surname_articles;
    std::unordered_map<std::string, unsigned> word_kinds;
    // Every folded word some list above names, and what they say of it (lexicon_index numbers them).
    std::vector<std::string> lexicon_keys;
    std::vector<LexWord> lexicon_entries;
    WordIndex lexicon_index;
    const LexWord plain_word{};  // any other word

    // Gathers, for each word of the lists, what they say of it (one lookup per word at run time).
    void index_words() {
        std::unordered_map<std::string, LexWord> lexicon_words;
        for (const auto& [w, node] : trie[0].next) lexicon_words[w].trie_child = node;
        for (const auto& w : topic) lexicon_words[w].topic = true;
        for (const auto& w : stopnames) lexicon_words[w].stopname = true;
        for (const auto& w : title_starts) lexicon_words[w].title_start = true;
        for (const auto& w : force_nouns) lexicon_words[w].force_noun = true;
        for (const auto& w : force_modifiers) lexicon_words[w].force_modifier = true;
        for (const auto& [w, rows] : generics) lexicon_words[w].generics = &rows;
        for (const auto& [w, list] : cues) lexicon_words[w].cues = &list;
        for (const auto& [w, forces] : demonyms) lexicon_words[w].demonym = &forces;
        for (const auto& [w, kinds] : word_kinds) lexicon_words[w].kinds |= kinds;
        lexicon_index = WordIndex(lexicon_words.size() + 1);
        auto key_of = [this](std::uint32_t k) -> std::string_view { return lexicon_keys[k]; };
        for (auto& [w, entry] : lexicon_words) {
            lexicon_keys.push_back(w);
            lexicon_entries.push_back(entry);
            lexicon_index.insert(static_cast<std::uint32_t>(lexicon_keys.size() - 1), word_hash(w), key_of);
        }
    }

    // Reads data/linker/words.tsv. Throws Error naming the line of an unknown kind.
    void read_words() {
        auto where = [](std::size_t line) {
            return DataSource::installed().origin("linker/words.tsv") + ":" + std::to_string(line);
        };
        detail::for_each_row(detail::embedded("linker/words.tsv"), [&](std::size_t line, const auto& cols) {
            if (cols.size() < 2 || cols[1].empty()) throw Error(where(line) + ": expected kind<TAB>word");
            std::string word = fold_word(cols[1]);
            if (cols[0] == "force_modifier")
                force_modifiers.insert(word);
            else if (cols[0] == "force_noun")
                force_nouns.insert(word);
            else if (cols[0] == "region")
                region_countries.insert(std::string(cols[1]));  // an entity id, as written
            else if (cols[0] == "optional_article")
                optional_articles.insert(word);
            else if (cols[0] == "stateless_force")
                stateless_forces.insert(joined(detail::name_words(cols[1])));
            else if (unsigned bit = word_kind(cols[0])) {
                word_kinds[word] |= bit;
                if (bit == surname_article) surname_articles.push_back(word);
            } else
                throw Error(where(line) + ": unknown kind '" + std::string(cols[0]) + "'");
        });
    }
    const LexWord* lexicon_word(const std::string& folded) const {
        auto n = lexicon_index.find(folded, word_hash(folded),
                                    [this](std::uint32_t k) -> std::string_view { return lexicon_keys[k]; });
        return n == WordIndex::absent ? &plain_word : &lexicon_entries[n];
    }

    explicit Impl(const KnowledgeBase& k) : kb(k) {
        read_words();  // before the aliases: the articles they may drop
        const auto& ents = kb.entities();
        for (std::size_t i = 0; i < ents.size(); ++i) {
            add_alias(i, ents[i].name, true);
            for (const auto& a : ents[i].aliases) add_alias(i, a, false);
        }
        detail::for_each_row(detail::embedded("linker/titles.txt"), [&](std::size_t, const auto& cols) {
            auto w = detail::name_words(cols[0]);
            longest_title = std::max(longest_title, w.size());
            if (!w.empty()) title_starts.insert(w.front());
            titles.insert(std::move(w));
        });
        detail::for_each_row(detail::embedded("linker/cues.tsv"), [&](std::size_t, const auto& cols) {
            if (cols.size() < 3) return;
            if (auto t = entity_type_from_string(cols[2]))
                cues[fold_word(cols[0])].push_back({std::string(cols[1]), *t});
        });
        detail::for_each_row(detail::embedded("linker/stopnames.txt"),
                             [&](std::size_t, const auto& cols) { stopnames.insert(fold_word(cols[0])); });
        detail::for_each_row(detail::embedded("lexicon/demonyms.tsv"), [&](std::size_t, const auto& cols) {
            if (cols.size() >= 3 && detail::name_words(cols[0]).size() == 1)
                demonyms.emplace(fold_word(cols[0]), std::string(cols[2]));
            if (cols.size() >= 3 && !cols[1].empty() && !cols[2].empty())
                place_forces.emplace(std::string(cols[1]), std::string(cols[2]));
            if (cols.size() >= 4 && detail::name_words(cols[0]).size() == 1)  // "syria:ypg|..."
                for (std::string_view rest = cols[3]; !rest.empty();) {
                    const std::string_view one = rest.substr(0, rest.find('|'));
                    rest.remove_prefix(std::min(rest.size(), one.size() + 1));
                    if (const auto colon = one.find(':'); colon != std::string_view::npos)
                        regional_forces[fold_word(cols[0])].emplace(std::string(one.substr(0, colon)),
                                                                    std::string(one.substr(colon + 1)));
                }
        });
        std::unordered_map<std::string, std::size_t> by_id;
        for (std::size_t i = 0; i < ents.size(); ++i) by_id.emplace(ents[i].id.str(), i);
        detail::for_each_row(detail::embedded("linker/generic.tsv"), [&](std::size_t, const auto& cols) {
            if (cols.size() < 2) return;
            auto e = by_id.find(std::string(cols[1]));
            auto words = detail::name_words(cols[0]);
            if (e == by_id.end() || words.empty()) return;
            Generic g{words, e->second, {}, {}};
            g.capitalised = is_upper_initial(cols[0]);
            auto read_list = [](std::string_view list, std::unordered_set<std::string>& into, bool& negated) {
                if (!list.empty() && list.front() == '!') {
                    negated = true;
                    list.remove_prefix(1);
                }
                for (std::size_t from = 0; from <= list.size();) {
                    auto bar = std::min(list.find('|', from), list.size());
                    if (bar > from) into.insert(fold_word(list.substr(from, bar - from)));
                    from = bar + 1;
                }
            };
            if (cols.size() > 2) read_list(cols[2], g.before, g.not_before);
            if (cols.size() > 3) read_list(cols[3], g.after, g.not_after);
            generics[words.front()].push_back(std::move(g));
        });
        detail::for_each_row(detail::embedded("linker/topic.txt"),
                             [&](std::size_t, const auto& cols) { topic.insert(fold_word(cols[0])); });
        index_words();
        // The region: the places the conflict is in, and what lies inside them or is part of them
        // (the facts of relations the vocabulary reads as `within` or `part`).
        const RelationLexicon& relations = RelationLexicon::defaults();
        region = region_countries;
        for (const auto& c : region_countries) place_country.emplace(c, c);
        for (const auto& [place, forces] : place_forces) force_ids.insert(forces);
        for (const auto& [word, forces] : demonyms) force_ids.insert(forces);
        for (bool grew = true; grew;) {
            grew = false;
            for (const auto& f : kb.facts())
                if ((relations.fact_role(f.relation, FactRole::within) ||
                     relations.fact_role(f.relation, FactRole::part)) &&
                    region.count(f.object.str()) && region.insert(f.subject.str()).second) {
                    grew = true;
                    if (auto c = place_country.find(f.object.str()); c != place_country.end())
                        place_country.emplace(f.subject.str(), std::string(c->second));
                }
        }
    }

    // The trie node the folded words `path` lead to, created where missing.
    std::size_t trie_path(const std::vector<std::string>& path) {
        std::size_t node = 0;
        for (const auto& w : path) {
            auto it = trie[node].next.find(w);
            if (it == trie[node].next.end()) {
                trie.emplace_back();
                it = trie[node].next.emplace(w, trie.size() - 1).first;
            }
            node = it->second;
        }
        return node;
    }

    void add_alias(std::size_t entity, std::string_view alias, bool is_name) {
        auto raw = detail::raw_words(alias);
        auto folded = detail::name_words(alias);
        if (folded.empty() || raw.size() != folded.size()) return;
        AliasHit hit{entity, raw, detail::is_acronym(alias), is_name};
        if (folded.size() >= 3 && kb.entities()[entity].type == EntityType::person)
            leading[folded[0] + ' ' + folded[1]].emplace_back(entity, folded.back());
        if (folded.size() >= 3 && kb.entities()[entity].type == EntityType::group)
            trailing[folded[folded.size() - 2] + ' ' + folded.back()].push_back(entity);
        // The Arabic article is optional and may be glued: al-Baghdadi, Baghdadi, Albaghdadi.
        std::vector<std::vector<std::string>> variants{folded};
        for (std::size_t i = 0; i + 1 < folded.size(); ++i) {
            if (!optional_articles.count(folded[i])) continue;
            std::size_t n = variants.size();
            for (std::size_t v = 0; v < n && variants.size() < 16; ++v) {
                const std::vector<std::string> base = variants[v];
                auto at = std::find(base.begin(), base.end(), folded[i]);
                if (at == base.end() || at + 1 == base.end()) continue;
                std::vector<std::string> without(base.begin(), at);
                without.insert(without.end(), at + 1, base.end());
                if (!without.empty()) variants.push_back(without);
                std::vector<std::string> glued(base.begin(), at);
                glued.push_back(*at + *(at + 1));
                glued.insert(glued.end(), at + 2, base.end());
                variants.push_back(glued);
            }
        }
        for (const auto& v : variants) {
            AliasHit h = hit;
            if (v.size() != folded.size()) h.raw.clear();  // case rules need the full form
            trie[trie_path(v)].hits.push_back(std::move(h));
        }
        // "Iraq's Defense Ministry": the text writes the possessive as a word of its own
        if (auto with = detail::raw_words_with_possessive(alias); with.size() != raw.size()) {
            std::vector<std::string> path;
            for (const auto& w : with) path.push_back(detail::fold_word(w));
            trie[trie_path(path)].hits.push_back(AliasHit{entity, std::move(with), hit.acronym, is_name});
        }
        std::string flat;
        for (const auto& w : folded) flat += w;
        if (flat_names.size() <= entity) flat_names.resize(entity + 1), flat_skeletons.resize(entity + 1);
        flat_names[entity].push_back(flat);
        auto sk = detail::skeleton(flat);
        flat_skeletons[entity].push_back(sk);
        auto& list = skeletons[sk];
        if (std::find(list.begin(), list.end(), entity) == list.end()) list.push_back(entity);
    }

    // A knowledge-base alias matches the surface when the case rules hold:
    // acronyms keep their capitals; a one-word name must be capitalised.
    static bool case_ok(const AliasHit& h, const std::vector<Unit>& units, std::size_t from, std::size_t n) {
        if (h.acronym) {
            if (h.raw.size() != n) return false;
            for (std::size_t k = 0; k < n; ++k) {
                std::string surface(units[from + k].raw), alias = h.raw[k];
                surface.erase(std::remove(surface.begin(), surface.end(), '.'), surface.end());
                alias.erase(std::remove(alias.begin(), alias.end(), '.'), alias.end());
                if (surface != alias) return false;
            }
            return true;
        }
        // a one-word name must be capitalised, unless the knowledge base writes it in lower case
        if (n == 1) return is_upper_initial(units[from].raw) || all_lower_initial(h.raw);
        for (std::size_t k = 0; k < n; ++k)
            if (is_upper_initial(units[from + k].raw)) return true;
        // lower-case text matches only an alias the knowledge base writes in lower case
        // ("international coalition"), so a name in running text stays a name
        for (const auto& w : h.raw)
            if (is_upper_initial(w)) return false;
        return true;
    }
};

Linker::Linker(const KnowledgeBase& kb) : impl_(std::make_unique<Impl>(kb)) {}
Linker::~Linker() = default;
Linker::Linker(Linker&&) noexcept = default;
Linker& Linker::operator=(Linker&&) noexcept = default;

namespace {

std::string slug(const std::vector<std::string>& folded) {
    std::string out;
    for (const auto& w : folded) {
        if (!out.empty()) out += '_';
        for (char c : w) {
            unsigned char u = static_cast<unsigned char>(c);
            if ((u >= 'a' && u <= 'z') || (u >= '0' && u <= '9'))
                out += c;
            else if (u >= 0x80)
                out += 'x';
        }
    }
    return out;
}

}  // namespace

// Links the mentions of one document: the state kept while its sentences are read in order.
class Linker::Impl::Run {
public:
    Run(const Impl& impl, const Document& doc, const Text& text)
        : m(impl), ents(impl.kb.entities()), doc(doc), text(text) {}

    // The mentions of the document, sentence by sentence, without those of blocks off the topic.
    std::vector<Mention> link() {
        for (std::size_t s = 0; s < text.sentences.size(); ++s) {
            open_block(text.sentences[s].block);
            si = s;
            read_units(text.sentences[s]);
            link_sentence();
        }
        close_block();
        link_pending();
        assign_state_forces();
        return std::move(out);
    }

private:
    // The region country a place mention lies in, or "".
    const std::string& country_of(const Mention& mention) const {
        static const std::string none;
        if (mention.type != EntityType::place) return none;
        auto c = m.place_country.find(mention.entity.str());
        return c == m.place_country.end() ? none : c->second;
    }

    // "government forces pushed the group out of Palmyra": a phrase naming a state's forces
    // without the state (words.tsv, stateless_force) names the forces of the one country the
    // places of its sentence lie in, else of the country most of the article's places lie in
    // (where one does), else what the knowledge base says. Linear in the mentions.
    void assign_state_forces() {
        std::unordered_map<std::string, std::size_t> counts;
        for (const auto& mention : out)
            if (const std::string& c = country_of(mention); !c.empty()) ++counts[c];
        std::string main;
        std::size_t best = 0, second = 0;
        for (const auto& [c, n] : counts)
            if (n > best) {
                second = best;
                best = n, main = c;
            } else if (n > second) {
                second = n;
            }
        if (best == second) main.clear();
        for (std::size_t i = 0; i < out.size();) {
            std::size_t end = i;  // the mentions of one sentence
            std::string one;
            bool several = false;
            for (; end < out.size() && out[end].where.sentence == out[i].where.sentence; ++end)
                if (const std::string& c = country_of(out[end]); !c.empty()) {
                    several = several || (!one.empty() && one != c);
                    one = c;
                }
            const std::string& country = !one.empty() && !several ? one : main;
            for (; i < end; ++i) relink_force(out[i], country);
        }
    }

    // The forces a mention of a state's or a people's forces names in `country`, if others.
    const std::string* regional_force(const Mention& mention, const std::string& country) const {
        const auto words = detail::name_words(mention.text);
        if (m.stateless_forces.count(joined(words))) {
            auto forces = m.place_forces.find(country);
            return forces == m.place_forces.end() ? nullptr : &forces->second;
        }
        // ("Kurdish fighters" in Syria: the demonym's forces there, not its own)
        auto own = words.size() >= 2 ? m.demonyms.find(words.front()) : m.demonyms.end();
        if (own == m.demonyms.end() || own->second != mention.entity.str()) return nullptr;
        auto there = m.regional_forces.find(words.front());
        if (there == m.regional_forces.end()) return nullptr;
        auto forces = there->second.find(country);
        return forces == there->second.end() ? nullptr : &forces->second;
    }

    void relink_force(Mention& mention, const std::string& country) const {
        // (only a mention of some state's or people's forces may name another's)
        if (country.empty() || mention.type != EntityType::group || !m.force_ids.count(mention.entity.str()))
            return;
        const std::string* forces = regional_force(mention, country);
        if (!forces || *forces == mention.entity.str()) return;
        auto entity = m.kb.find(EntityId(*forces));
        if (!entity) return;
        mention.entity = entity->get().id;
        mention.label = entity->get().name;
        mention.in_kb = true;
    }

    const Impl& m;
    const std::vector<Entity>& ents;
    const Document& doc;
    const Text& text;
    std::vector<Mention> out;
    std::unordered_set<std::size_t> seen_entities;                           // KB entities mentioned so far
    std::unordered_map<std::string, std::size_t> surnames;                   // folded last word -> KB person
    std::unordered_map<std::string, std::pair<EntityId, EntityType>> local;  // unknown names seen in this doc
    std::unordered_map<std::string, std::pair<EntityId, std::string>> local_surnames;  // of new persons
    // each distinct word as written, looked up once: the words, their surfaces, and an index of them
    std::deque<Word> words;
    std::vector<std::string_view> surfaces;
    WordIndex word_index{text.tokens.size() / 2 + 1};
    std::size_t block_first_mention = 0;
    std::size_t current_block = static_cast<std::size_t>(-1);
    bool block_topical = false;
    std::vector<Unit> units;     // the words of the current sentence
    std::size_t si = 0;          // the current sentence
    bool expect_person = false;  // a title was just seen
    struct Untyped {             // a new name no context typed
        std::size_t n = 0;
        std::vector<std::string> folded;
        Span span;
    };
    std::optional<Untyped> untyped;  // the name the last step left untyped
    // Names no context typed where they stood, with their sentence, in topical blocks: one
    // the story types later ("seizing Saadiya" before "Saadiya, a town") is that entity there too.
    std::vector<std::pair<std::size_t, Untyped>> pending;
    std::size_t block_first_pending = 0;
    struct Chain {  // the list of names being read (see chain_element)
        std::size_t names = 0;
        bool separated = false, conjoined = false;
        std::optional<EntityType> type;
        std::vector<Untyped> untyped;
    };
    Chain chain;

    // The folded form and lexicon entry of a word as written, looked up once per document.
    const Word* word_of(std::string_view surface) {
        const std::uint64_t h = word_hash(surface);
        auto key_of = [this](std::uint32_t k) { return surfaces[k]; };
        if (auto n = word_index.find(surface, h, key_of); n != WordIndex::absent) return &words[n];
        Word& w = words.emplace_back();
        w.folded = fold_word(surface);
        w.lex = m.lexicon_word(w.folded);
        surfaces.push_back(surface);
        word_index.insert(static_cast<std::uint32_t>(surfaces.size() - 1), h, key_of);
        return &w;
    }

    // A mention of the current sentence.
    Mention make(Span span, EntityId id, EntityType type, std::string label, double conf, bool in_kb) const {
        Mention mention;
        mention.where = Provenance{doc.id, si, span};
        mention.text = std::string(span.of(doc.text));
        mention.entity = std::move(id);
        mention.type = type;
        mention.label = std::move(label);
        mention.confidence = conf;
        mention.in_kb = in_kb;
        return mention;
    }

    // Records a KB entity as seen, and the surnames of a person.
    void remember(std::size_t e) {
        // the surnames of an entity seen before are known already
        if (!seen_entities.insert(e).second || ents[e].type != EntityType::person) return;
        auto words = detail::name_words(ents[e].name);
        if (words.size() >= 2 && words.back().size() >= 4) surnames.emplace(words.back(), e);
        for (const auto& a : ents[e].aliases) {
            auto aw = detail::name_words(a);
            if (aw.size() >= 2 && aw.back().size() >= 4) surnames.emplace(aw.back(), e);
        }
    }

    // Topicality: a block's mentions are dropped when nothing in it is about the conflict.
    void close_block() {
        if (current_block == static_cast<std::size_t>(-1)) return;
        if (!block_topical) {
            out.erase(out.begin() + static_cast<std::ptrdiff_t>(block_first_mention), out.end());
            pending.erase(pending.begin() + static_cast<std::ptrdiff_t>(block_first_pending), pending.end());
        }
    }

    // The pending names the story typed after them become mentions of that entity (see
    // `pending`); mentions stay in text order. Linear in the mentions (and a sort where any is added).
    void link_pending() {
        std::unordered_set<std::size_t> taken;
        for (const Mention& x : out) taken.insert(x.where.span.begin);
        bool added = false;
        for (const auto& [sentence, u] : pending) {
            auto it = local.find(slug(u.folded));
            if (it == local.end() || taken.count(u.span.begin)) continue;
            Mention x = make(u.span, it->second.first, it->second.second, std::string(u.span.of(doc.text)),
                             0.6, false);
            x.where.sentence = sentence;
            out.push_back(std::move(x));
            added = true;
        }
        if (added)
            std::stable_sort(out.begin(), out.end(), [](const Mention& a, const Mention& b) {
                return a.where.span.begin < b.where.span.begin;
            });
    }

    // Starts a new block when the sentence is in another block than the previous one.
    void open_block(std::size_t block) {
        if (block == current_block) return;
        close_block();
        current_block = block;
        block_first_mention = out.size();
        block_first_pending = pending.size();
        block_topical = false;
    }

    // Words of the sentence; a hyphen between words and the dots of initials are skipped.
    void read_units(const Sentence& s) {
        units.clear();
        for (std::size_t t = s.first_token; t < s.end_token; ++t) {
            const Token& tok = text.tokens[t];
            auto surface = tok.span.of(doc.text);
            if (tok.kind == TokenKind::punct) {
                bool hyphen = surface == "-" || surface == "\xE2\x80\x90" || surface == "\xE2\x80\x91" ||
                              glued_apostrophe(s, t);
                bool dot = surface == "." && !units.empty() && units.back().raw.size() == 1;
                if (!hyphen && !dot && !units.empty())
                    units.push_back({t, std::string_view(), nullptr, nullptr});
                continue;
            }
            const Word* form = word_of(surface);
            units.push_back({t, surface, form, form->lex});
        }
        for (const auto& u : units)
            if (u.word && u.word->topic) block_topical = true;
    }

    // An apostrophe or ayn mark written inside a name with no space on either side ("al-\xE2\x80\x98Abadi"):
    // part of the word, like a hyphen, not a quotation mark.
    bool glued_apostrophe(const Sentence& s, std::size_t t) const {
        auto surface = text.tokens[t].span.of(doc.text);
        if (surface != "'" && surface != "\xE2\x80\x98" && surface != "\xE2\x80\x99" && surface != "`" &&
            surface != "\xCA\xBF")
            return false;
        if (t == s.first_token || t + 1 >= s.end_token) return false;
        const Token& prev = text.tokens[t - 1];
        const Token& next = text.tokens[t + 1];
        return prev.span.end == text.tokens[t].span.begin && next.span.begin == text.tokens[t].span.end &&
               next.kind != TokenKind::punct;
    }

    Span span_of(std::size_t from, std::size_t n) const {
        return Span{text.tokens[units[from].token].span.begin,
                    text.tokens[units[from + n - 1].token].span.end};
    }
    bool is_break(std::size_t i) const { return units[i].raw.empty(); }
    bool is_comma(std::size_t i) const { return text.tokens[units[i].token].span.of(doc.text) == ","; }
    // Whether unit i is a word words.tsv lists under `kind` (a WordKind bit); false for a break.
    bool listed(std::size_t i, unsigned kind) const { return units[i].word && (units[i].word->kinds & kind); }

    // A lower-case generic name right after a capitalised modifier belongs to someone else
    // ("Kurdish security forces", "Saudi-led coalition" is handled by the generic rows).
    // A demonym whose forces are that entity does not block it ("Kurdish peshmerga").
    bool modified(std::size_t i, std::size_t entity) const {
        if (i == 0 || is_break(i - 1) || is_upper_initial(units[i].raw)) return false;
        if (!is_upper_initial(units[i - 1].raw) || units[i - 1].word->stopname) return false;
        const std::string* d = units[i - 1].word->demonym;
        return !d || *d != ents[entity].id.str();
    }

    // Units i.. that are up to two force modifiers and a force noun ("security forces"); 0 if none.
    std::size_t force_phrase(std::size_t i) const {
        for (std::size_t k = i; k < units.size() && !is_break(k) && k < i + 3; ++k) {
            if (units[k].word->force_noun) return k - i + 1;
            if (!units[k].word->force_modifier) return 0;
        }
        return 0;
    }

    // A generic row ("coalition" before "air strikes") that matches at unit i: its length, or 0.
    std::pair<const Generic*, std::size_t> generic_at(std::size_t i) const {
        const std::vector<Generic>* rows = units[i].word->generics;
        if (!rows) return {nullptr, 0};
        bool upper = is_upper_initial(units[i].raw);
        for (const auto& g : *rows) {
            // a lower-case phrase may open a sentence; a name must be capitalised inside one
            // a lower-case phrase written capitalised inside a sentence ("Coalition air power") counts
            // only before a word its row requires
            bool required_after = !g.after.empty() && !g.not_after;
            if (g.capitalised ? !upper || i == 0 : upper && i > 0 && !required_after) continue;
            if (!g.capitalised && upper && i > 0 && !is_break(i - 1) && is_upper_initial(units[i - 1].raw))
                continue;  // "Saudi Coalition forces": someone else's
            if (!g.capitalised && modified(i, g.entity)) continue;
            std::size_t n = g.words.size();
            if (i + n > units.size()) continue;
            bool same = true;
            for (std::size_t k = 0; k < n && same; ++k)
                same = !is_break(i + k) && units[i + k].folded() == g.words[k];
            if (!same) continue;
            const std::string none;
            const std::string& prev = i > 0 && !is_break(i - 1) ? units[i - 1].folded() : none;
            bool has_next = i + n < units.size() && !is_break(i + n);
            const std::string& next = has_next ? units[i + n].folded() : none;
            if (!g.before.empty() && g.before.count(prev) == g.not_before) continue;
            if (!g.after.empty() && g.after.count(next) == g.not_after) continue;
            return {&g, n};
        }
        return {nullptr, 0};
    }

    // After a demonym, a force word written in lower case is a description of the country's
    // forces, not the name the knowledge base capitalises for another body ("Iraqi ground
    // forces" are not the "Iraqi Ground Forces").
    bool described(const AliasHit& h, std::size_t from, std::size_t n) const {
        const std::string* forces = units[from].word->demonym;
        if (!forces || h.raw.size() != n || *forces == ents[h.entity].id.str()) return false;
        for (std::size_t k = 1; k < n; ++k) {
            const LexWord* w = units[from + k].word;
            if ((w->force_noun || w->force_modifier) && is_upper_initial(h.raw[k]) &&
                !is_upper_initial(units[from + k].raw))
                return true;
        }
        return false;
    }

    // The longest knowledge-base alias starting at unit i that passes the case rules (alias trie).
    // At most `limit` units.
    std::pair<const AliasHit*, std::size_t> kb_match(std::size_t i, std::size_t limit = SIZE_MAX) const {
        std::size_t node = 0, best_len = 0;
        const AliasHit* best = nullptr;
        for (std::size_t j = i; j < units.size() && !is_break(j) && j - i < limit; ++j) {
            if (node == 0) {
                node = units[j].word->trie_child;
                if (node == 0) break;
            } else {
                auto it = m.trie[node].next.find(units[j].folded());
                if (it == m.trie[node].next.end()) break;
                node = it->second;
            }
            const AliasHit* chosen = nullptr;
            for (const auto& h : m.trie[node].hits) {
                if (!h.raw.empty() && !Impl::case_ok(h, units, i, j - i + 1)) continue;
                if (described(h, i, j - i + 1)) continue;
                bool generic = !h.raw.empty() && !h.acronym && all_lower_initial(h.raw);
                if (generic && modified(i, h.entity)) continue;
                if (h.raw.empty() && !is_upper_initial(units[i].raw) && !is_upper_initial(units[j].raw))
                    continue;
                if (!chosen || (seen_entities.count(h.entity) && !seen_entities.count(chosen->entity)))
                    chosen = &h;
            }
            if (chosen) {
                best = chosen;
                best_len = j - i + 1;
            }
        }
        return {best, best_len};
    }

    // The length of the longest capitalised title starting at unit i; 0 if none.
    std::size_t title_at(std::size_t i) const {
        if (!units[i].word->title_start) return 0;
        std::vector<std::string> words;
        std::size_t title_len = 0;
        for (std::size_t j = i; j < units.size() && !is_break(j) && j - i < m.longest_title; ++j) {
            words.push_back(units[j].folded());
            if (m.titles.count(words) && is_upper_initial(units[i].raw)) title_len = j - i + 1;
        }
        return title_len;
    }

    // The cue of kind `where` (and of type `type`, when given) that unit k carries, if any.
    bool has_cue(std::size_t k, std::string_view where, std::optional<EntityType> type = std::nullopt) const {
        if (k >= units.size() || is_break(k)) return false;
        const std::vector<Cue>* cues = units[k].word->cues;
        if (!cues) return false;
        return std::any_of(cues->begin(), cues->end(),
                           [&](const Cue& c) { return c.where == where && (!type || c.type == *type); });
    }
    bool is_role(std::size_t k) const {
        return has_cue(k, "before", EntityType::person) || has_cue(k, "role", EntityType::person);
    }

    // A role noun in apposition to the name at i..i+n: "a lawmaker from Sinjar, Name",
    // "Name, the regional commander", or without an article when a preposition follows the role
    // ("Name, analyst at the institute", "Name, leader of the rebels").
    bool appositive_role(std::size_t i, std::size_t n) const {
        if (i >= 2 && is_comma(i - 1))
            for (std::size_t k = i - 2, seen = 0; !is_break(k) && seen < 8; --k, ++seen) {
                if (is_role(k)) return true;
                if (k == 0) break;
            }
        std::size_t after = i + n;
        if (after + 1 < units.size() && is_comma(after)) {
            std::size_t k = after + 1;
            if (!listed(k, apposition_determiner)) {
                if (is_break(k) || is_upper_initial(units[k].raw) || !is_role(k) || k + 1 >= units.size())
                    return false;
                return listed(k + 1, role_preposition);
            }
            for (++k; k < units.size() && !is_break(k) && k < after + 7; ++k)
                if (is_role(k)) return true;
        }
        return false;
    }

    // A place noun in apposition after the name at i..i+n: "Saadiya, a town northeast of ...",
    // "X, the provincial capital" (a `before` cue of type place after a comma and an article,
    // within four words, with no role noun among them: "X, the city's mayor" is a person).
    bool appositive_place(std::size_t i, std::size_t n) const {
        std::size_t after = i + n;
        if (after + 2 >= units.size() || !is_comma(after) || !listed(after + 1, apposition_determiner))
            return false;
        bool place = false;
        for (std::size_t k = after + 2; k < units.size() && !is_break(k) && k < after + 6; ++k) {
            if (is_role(k)) return false;
            place = place || (has_cue(k, "before", EntityType::place) && !is_possessive(units[k].raw));
        }
        return place;
    }

    // A speech verb right before or right after the name at i..i+n ("said Name", "Name says").
    // A name holding a head word ("Sky News Arabia") is an organisation's, never a speaker's.
    bool speaker(std::size_t i, std::size_t n) const {
        for (std::size_t k = i; k < i + n; ++k)
            if (has_cue(k, "head")) return false;
        return (i > 0 && has_cue(i - 1, "speech")) || has_cue(i + n, "speech");
    }

    // The type a head word gives the name at i..i+n: its last word ("Sky Press"), or a head
    // followed by "of"/"for" inside it ("Tower of Pisa", "Institute for Near East Policy").
    std::optional<EntityType> head_type(std::size_t i, std::size_t n) const {
        if (const std::vector<Cue>* cues = units[i + n - 1].word->cues)
            for (const auto& c : *cues)
                if (c.where == "head" && n >= 2) return c.type;
        for (std::size_t k = i; k + 2 < i + n; ++k) {
            if (!listed(k + 1, head_complement)) continue;
            if (const std::vector<Cue>* cues = units[k].word->cues)
                for (const auto& c : *cues)
                    if (c.where == "head") return c.type;
        }
        return std::nullopt;
    }

    // A group's name that runs through other names: capitalised words up to a group head
    // ("Brookings Doha Center"), and a complement after the head ("Washington Institute for
    // Near East Policy", "Institute for the Study of War"). Its length in units, or 0.
    std::size_t group_name_length(std::size_t i) const {
        std::size_t end = 0;
        bool complement = false;
        auto upper = [&](std::size_t k) {
            return k < units.size() && !is_break(k) && is_upper_initial(units[k].raw) &&
                   !units[k].word->stopname;
        };
        std::size_t conjunction = 0;  // an "and" inside the complement
        for (std::size_t k = i; k < units.size() && k < i + 12 && !is_break(k);) {
            if (upper(k)) {
                bool head = has_cue(k, "head", EntityType::group);
                if (head && conjunction) {  // "... Studies and the Doha Center": a second name
                    end = conjunction;
                    break;
                }
                if (head || complement) end = k + 1;
                ++k;
                continue;
            }
            if (complement && is_upper_initial(units[k].raw)) {  // "for Near East Policy"
                ++k;
                continue;
            }
            bool joins = listed(k, complement_conjunction);
            bool connector = listed(k, head_complement) || (complement && joins);
            if (!connector || !end || (!complement && end != k)) break;
            std::size_t next = k + 1;
            if (joins)
                conjunction = k;
            else if (next < units.size() && listed(next, article))
                ++next;
            if (next >= units.size() || is_break(next) || !is_upper_initial(units[next].raw)) break;
            complement = true;
            k = next;
        }
        return end > i ? end - i : 0;
    }

    // The mentions of the current sentence, leftmost first.
    void link_sentence() {
        expect_person = false;
        chain = Chain{};
        const std::size_t first = out.size();
        bool late = false;  // a list gave a type to names before the last mention
        for (std::size_t i = 0; i < units.size();) {
            if (is_break(i)) {
                if (is_comma(i))
                    chain.separated = true;
                else
                    chain = Chain{};
                ++i;
                expect_person = false;
                continue;
            }
            std::size_t before = out.size();
            untyped.reset();
            // 1. knowledge-base aliases, leftmost-longest, unless a group's name runs through them
            auto [best, best_len] = kb_match(i);
            std::size_t used = 0;
            if (best) {
                std::size_t g = group_name_length(i);
                if (g > best_len && place_inside(i, g)) {
                    used = link_name(i, g);
                    // the names inside count for the paragraph's topic as they would alone
                    if (ents[best->entity].type != EntityType::place ||
                        m.region.count(ents[best->entity].id.str()))
                        block_topical = true;
                }
            }
            // ("the town of al-Baghdadi": a person's name after a noun of place names a place)
            if (!used && best && ents[best->entity].type == EntityType::person && place_cue_before(i))
                used = place_named_like_person(i, best_len);
            if (!used) used = best ? link_alias(i, *best, best_len) : link_without_alias(i);
            // 2. a capitalised name the knowledge base does not hold as such
            if (!used) used = link_name(i);
            if (out.size() > before)
                late = chain_element(out.back().type) || late;
            else if (untyped)
                late = chain_element(std::nullopt) || late;
            else if (listed(i, list_conjunction))
                chain.separated = chain.conjoined = true;
            else if (!listed(i, article))
                chain = Chain{};
            i += used;
        }
        if (late)
            std::stable_sort(
                out.begin() + static_cast<std::ptrdiff_t>(first), out.end(),
                [](const Mention& a, const Mention& b) { return a.where.span.begin < b.where.span.begin; });
    }

    // Whether a noun of place (a `before` cue of type place) stands right before unit i, or
    // before a preposition of it ("the town of").
    bool place_cue_before(std::size_t i) const {
        if (i == 0 || is_break(i - 1)) return false;
        std::size_t cue = i - 1;
        if (listed(cue, cue_preposition) && cue > 0 && !is_break(cue - 1)) --cue;
        if (const std::vector<Cue>* cues = units[cue].word->cues)
            for (const auto& c : *cues)
                if (c.where == "before" && c.type == EntityType::place) return true;
        return false;
    }

    // A new place whose name is a known person's (units i..i+n); units used.
    std::size_t place_named_like_person(std::size_t i, std::size_t n) {
        std::vector<std::string> folded;
        for (std::size_t k = 0; k < n; ++k) folded.push_back(units[i + k].folded());
        add_new_entity(n, folded, span_of(i, n), EntityType::place);
        return n;
    }

    // Some unit of i..i+n starts a knowledge-base place ("Washington", "Doha").
    bool place_inside(std::size_t i, std::size_t n) const {
        for (std::size_t k = i; k < i + n; ++k)
            if (auto hit = kb_match(k).first; hit && ents[hit->entity].type == EntityType::place) return true;
        return false;
    }

    // Coordination: a name joins the list the previous name opened when only a comma, "and" or
    // "or" (and "the") stand between them; a name of another type starts a new list. When
    // "and"/"or" closes the list, its untyped names take the type of its typed ones ("the
    // villages of A, B and C", "A and B districts", "X, Y, and Z" after known groups). True when
    // names were typed so.
    bool chain_element(std::optional<EntityType> type) {
        bool continues = chain.names > 0 && chain.separated;
        // a name of another type than the list's opens a new list ("Near Mosul, A, B and C")
        if (type && chain.type && *chain.type != *type) continues = false;
        if (!continues) chain = Chain{};
        ++chain.names;
        if (!type)
            chain.untyped.push_back(*untyped);
        else
            chain.type = type;
        bool typed = false;
        if (continues && chain.conjoined) {
            if (chain.type)
                for (const auto& u : chain.untyped)
                    if (*chain.type != EntityType::person || u.n >= 2) {
                        add_new_entity(u.n, u.folded, u.span, *chain.type);
                        typed = true;
                    }
            chain = Chain{};
            return typed;
        }
        chain.separated = chain.conjoined = false;
        return false;
    }

    // Where no alias starts at unit i: a title, a demonym's forces or a generic row; units used or 0.
    std::size_t link_without_alias(std::size_t i) {
        // a title before a name is not part of it
        if (std::size_t title_len = title_at(i)) {
            expect_person = true;
            return title_len;
        }
        if (std::size_t n = demonym_forces(i)) return n;
        // "coalition air strikes", "the army": a generic word that names one entity here
        if (auto [g, len] = generic_at(i); g) {
            const Entity& e = ents[g->entity];
            out.push_back(make(span_of(i, len), e.id, e.type, e.name, 0.7, true));
            expect_person = false;
            return len;
        }
        return 0;
    }

    // "Iraqi troops", "Kurdish fighters": a demonym and a force noun name the country's forces;
    // so does a demonym coordinated with a lower-case force modifier ("Iraqi and allied forces").
    std::size_t demonym_forces(std::size_t i) {
        if (i + 1 >= units.size() || is_break(i + 1) || !is_upper_initial(units[i].raw)) return 0;
        const std::string* d = units[i].word->demonym;
        std::size_t from = i + 1;
        if (listed(from, list_conjunction) && from + 1 < units.size() && !is_break(from + 1) &&
            !is_upper_initial(units[from + 1].raw) && units[from + 1].word->force_modifier)
            ++from;
        std::size_t force = d && !d->empty() ? force_phrase(from) : 0;
        if (!force) return 0;
        auto found = m.kb.find(EntityId(*d));
        if (!found) return 0;
        const Entity& e = found->get();
        const std::size_t used = from - i + force;
        out.push_back(make(span_of(i, used), e.id, e.type, e.name, 0.8, true));
        block_topical = true;
        return used;
    }

    // The alias `best` of length `len` at unit i: a place's forces, a place's group or the entity.
    std::size_t link_alias(std::size_t i, const AliasHit& best, std::size_t len) {
        expect_person = false;
        if (std::size_t n = possessive_forces(i, best, len)) return n;
        if (std::size_t n = place_group(i, best, len)) return n;
        const Entity& e = ents[best.entity];
        double conf = best.raw.empty() ? 0.9 : 1.0;
        possessor(i, best);
        out.push_back(make(span_of(i, len), e.id, e.type, e.name, conf, true));
        if (e.type != EntityType::place || m.region.count(e.id.str())) block_topical = true;
        remember(best.entity);
        return len;
    }

    // "Iraq's Defense Ministry": the place a matched alias names before its possessive is a
    // mention too (before the alias's own, so mentions stay leftmost first).
    void possessor(std::size_t i, const AliasHit& best) {
        auto at = std::find_if(best.raw.begin(), best.raw.end(),
                               [](const std::string& w) { return is_possessive(w); });
        if (at == best.raw.end() || at == best.raw.begin()) return;
        auto n = static_cast<std::size_t>(at - best.raw.begin());
        auto [hit, len] = kb_match(i, n);
        if (!hit || len != n || ents[hit->entity].type != EntityType::place) return;
        const Entity& place = ents[hit->entity];
        out.push_back(make(span_of(i, len), place.id, place.type, place.name, 1.0, true));
        remember(hit->entity);
    }

    // "Iraq's military", "Turkey's army": a country's forces after its possessive; units used or 0.
    std::size_t possessive_forces(std::size_t i, const AliasHit& best, std::size_t best_len) {
        const Entity& place = ents[best.entity];
        if (place.type != EntityType::place || i + best_len + 1 >= units.size() ||
            !is_possessive(units[i + best_len].raw))
            return 0;
        auto f = m.place_forces.find(place.id.str());
        std::size_t force = f != m.place_forces.end() ? force_phrase(i + best_len + 1) : 0;
        if (!force) return 0;
        auto found = m.kb.find(EntityId(f->second));
        if (!found) return 0;
        const Entity& e = found->get();
        std::size_t len = best_len + 1 + force;
        Span place_span = span_of(i, best_len);
        out.push_back(make(place_span, place.id, place.type, place.name, 1.0, true));
        remember(best.entity);
        out.push_back(make(span_of(i, len), e.id, e.type, e.name, 0.8, true));
        block_topical = true;
        return len;
    }

    // "Nineveh forces", "Anbar tribal fighters": a place's forces are a new group; units used or 0.
    std::size_t place_group(std::size_t i, const AliasHit& best, std::size_t best_len) {
        if (ents[best.entity].type != EntityType::place || i + best_len >= units.size() ||
            is_break(i + best_len))
            return 0;
        bool force = false, site = false;  // "Nineveh forces"; "Tal Afar airport", a place of its own
        auto cued = [&](std::size_t k, std::string_view where) {
            if (const std::vector<Cue>* cues = units[k].word->cues)
                for (const auto& c : *cues)
                    if (c.where == where && c.type == EntityType::place) return true;
            return false;
        };
        if (const std::vector<Cue>* cues = units[i + best_len].word->cues)
            for (const auto& c : *cues) {
                if (c.where == "after" && c.type == EntityType::group) force = true;
                if (c.where == "site" && c.type == EntityType::place) site = true;
            }
        // ("the Tabqa air base": a word that opens a site's noun, then the site's noun)
        std::size_t extra = 0;
        const std::size_t next = i + best_len + 1;
        if (!force && !site && next < units.size() && !is_break(next) && cued(i + best_len, "site_opening") &&
            cued(next, "site"))
            site = true, extra = 1;
        if (!force && !site) return 0;
        std::vector<std::string> folded;
        for (std::size_t k = 0; k <= best_len + extra; ++k) folded.push_back(units[i + k].folded());
        Span span = span_of(i, best_len + 1 + extra);
        EntityId id("new_" + slug(folded));
        out.push_back(make(span, id, site ? EntityType::place : EntityType::group,
                           std::string(span.of(doc.text)), 0.6, false));
        return best_len + 1 + extra;
    }

    // A capitalised name at unit i the knowledge base does not hold as written; units used (at least 1).
    // `length`, when given, is the length of a group's name found beforehand.
    std::size_t link_name(std::size_t i, std::size_t length = 0) {
        // ("the town of al-Dour": a lower-case article hyphened to a capitalised word opens a name)
        bool upper = is_upper_initial(units[i].raw) || hyphened_article(i);
        std::size_t opened = 0;  // "Islamic Front": a word that may open a group's name
        if (upper && units[i].word->stopname && has_cue(i, "start") && i + 1 < units.size())
            opened = group_name_length(i + 1);
        if (!upper || (units[i].word->stopname && !opened)) {
            expect_person = false;
            return 1;
        }
        // a sentence-initial cue word is context, not part of the name ("Villager Khalid Hamid told")
        if (!length && i + 1 < units.size() && !is_break(i + 1) && is_upper_initial(units[i + 1].raw)) {
            bool cue_before = false;
            if (const std::vector<Cue>* cues = units[i].word->cues)
                for (const auto& c : *cues) cue_before = cue_before || c.where == "before";
            if (cue_before) return 1;
        }
        std::size_t n = opened ? opened + 1 : length ? length : name_length(i);
        if (!length && !opened) {
            // a group's name through other words, unless a known name other than a place starts in it
            std::size_t g = group_name_length(i);
            for (std::size_t k = i + 1; k < i + g && g > n; ++k)
                if (auto hit = kb_match(k).first; hit && ents[hit->entity].type != EntityType::place) g = 0;
            n = std::max(n, g);
        }
        std::vector<std::string> folded;
        std::string flat;
        for (std::size_t k = 0; k < n; ++k) {
            folded.push_back(units[i + k].folded());
            flat += units[i + k].folded();
        }
        Span span = span_of(i, n);
        if (n == 1 && surname_mention(folded[0], span)) return 1;
        if (n == 2 && hyphened_article(i) && surname_mention(folded[0] + folded[1], span)) return 2;
        if (n == 2)
            if (std::size_t used = leading_mention(i, folded)) return used;
        if (n == 2 && trailing_mention(folded, span)) return n;
        if (variant_mention(flat, span)) return n;
        new_entity_mention(i, n, folded, span);
        expect_person = false;
        return n;
    }

    // Whether unit i is an article a name may glue ("al"), written in lower case and joined by a
    // hyphen to a capitalised word right after it ("al-Dour").
    bool hyphened_article(std::size_t i) const {
        if (i + 1 >= units.size() || is_break(i) || is_break(i + 1) || !listed(i, surname_article) ||
            !is_upper_initial(units[i + 1].raw))
            return false;
        const Span a = text.tokens[units[i].token].span, b = text.tokens[units[i + 1].token].span;
        return b.begin == a.end + 1 && doc.text[a.end] == '-';
    }

    // Chunking: the number of units of the capitalised name starting at unit i, name connectors included.
    std::size_t name_length(std::size_t i) const {
        std::size_t n = 1;
        while (i + n < units.size() && !is_break(i + n)) {
            const auto& w = units[i + n];
            bool connector = listed(i + n, name_connector) && i + n + 1 < units.size() &&
                             is_upper_initial(units[i + n + 1].raw);
            if (!is_upper_initial(w.raw) && !connector) break;
            if (w.word->stopname && !connector) break;
            if (kb_match(i + n).first || title_at(i + n)) break;  // a known name or a title starts here
            ++n;
        }
        return n;
    }

    // 2a. The surname of a person already named in this document; false if the word is none.
    bool surname_mention(const std::string& word, Span span) {
        auto w = word;
        for (const std::string& a : m.surname_articles)  // "albaghdadi": four or more letters after it
            if (w.rfind(a, 0) == 0 && w.size() > a.size() + 3) {
                w = w.substr(a.size());
                break;
            }
        auto it = local_surnames.find(word);
        if (it == local_surnames.end()) it = local_surnames.find(w);  // ("al-Karbouli": Karbouli)
        if (it != local_surnames.end()) {
            out.push_back(make(span, it->second.first, EntityType::person, it->second.second, 0.8, false));
            return true;
        }
        if (auto it = surnames.find(w); it != surnames.end()) {
            const Entity& e = ents[it->second];
            out.push_back(make(span, e.id, e.type, e.name, 0.85, true));
            block_topical = true;
            return true;
        }
        return false;
    }

    // 2a'. The first two words of a known person's longer name ("Abu Bakr"), when the article
    // named that person before or the rest of the name follows within four words ("Abu Bakr,
    // the caliph, al-Baghdadi"). When only punctuation stands between them ("[leader Abu Bakr]
    // Baghdadi"), the surname that follows is the mention and the first words give none. Units
    // used, or 0 if the words are none.
    std::size_t leading_mention(std::size_t i, const std::vector<std::string>& folded) {
        auto it = m.leading.find(folded[0] + ' ' + folded[1]);
        if (it == m.leading.end()) return 0;
        for (const auto& [e, last] : it->second) {
            std::size_t rest = 0;  // the unit of the name's last word
            bool joined = true;    // only punctuation and the article before it
            for (std::size_t k = i + 2; k < units.size() && k < i + 7 && !rest; ++k) {
                if (units[k].folded() == last)
                    rest = k;
                else if (!is_break(k) && !listed(k, surname_article))
                    joined = false;
            }
            if (!rest && !seen_entities.count(e)) continue;
            block_topical = true;
            remember(e);
            // "[leader Abu Bakr] Baghdadi": the surname that follows is the mention
            if (!rest || !joined)
                out.push_back(make(span_of(i, 2), ents[e].id, ents[e].type, ents[e].name, 0.8, true));
            return 2;
        }
        return 0;
    }

    // 2a''. The last two words of a longer name of a group the article named before ("the
    // Defense Ministry" after "the Iraqi Defense Ministry"); false if there is none.
    bool trailing_mention(const std::vector<std::string>& folded, Span span) {
        auto it = m.trailing.find(folded[0] + ' ' + folded[1]);
        if (it == m.trailing.end()) return false;
        for (std::size_t e : it->second) {
            if (!seen_entities.count(e)) continue;
            out.push_back(make(span, ents[e].id, ents[e].type, ents[e].name, 0.8, true));
            block_topical = true;
            return true;
        }
        return false;
    }

    // 2b. Fuzzy matching: a transliteration variant or misspelling of a known name; false if none.
    bool variant_mention(const std::string& flat, Span span) {
        auto sk = detail::skeleton(flat);
        std::optional<std::size_t> variant;
        // A word that extends a name is a derivation ("Iraqi" of "Iraq"), not a variant of it.
        auto derived = [&](std::size_t e) {
            for (const auto& a : m.flat_names[e])
                if (flat.size() > a.size() && flat.compare(0, a.size(), a) == 0) return true;
            return false;
        };
        if (auto it = m.skeletons.find(sk); it != m.skeletons.end()) {
            for (std::size_t e : it->second)
                if (seen_entities.count(e) && sk.size() >= 3 && !derived(e)) variant = e;
            if (!variant && it->second.size() == 1 && sk.size() >= 6 && !derived(it->second.front()))
                variant = it->second.front();
        }
        if (!variant && sk.size() >= 6) {
            for (std::size_t e : seen_entities) {
                if (derived(e)) continue;
                for (const auto& a : m.flat_skeletons[e])
                    if (detail::edit_distance(a, sk, 1) <= 1) variant = e;
            }
        }
        if (!variant) return false;
        const Entity& e = ents[*variant];
        out.push_back(make(span, e.id, e.type, e.name, 0.7, true));
        if (e.type != EntityType::place || m.region.count(e.id.str())) block_topical = true;
        remember(*variant);
        return true;
    }

    // Typing: the type of a new name at units i..i+n from its context, or none.
    std::optional<EntityType> new_entity_type(std::size_t i, std::size_t n, const std::string& key) const {
        std::optional<EntityType> type;
        if (expect_person) type = EntityType::person;
        if (!type) type = head_type(i, n);
        if (!type && i > 0 && !is_break(i - 1)) {
            // "villager Mahmoud", "the town of Zummar", and a lower-case role right before a full
            // name ("counterterrorism adviser Name")
            std::size_t cue = i - 1;
            if (listed(cue, cue_preposition) && cue > 0 && !is_break(cue - 1)) --cue;
            bool lower_role = cue == i - 1 && n >= 2 && !is_upper_initial(units[cue].raw);
            if (const std::vector<Cue>* cues = units[cue].word->cues)
                for (const auto& c : *cues) {
                    if (c.where == "before" && (cue == i - 1 || c.type == EntityType::place)) type = c.type;
                    if (c.where == "role" && lower_role && !type) type = c.type;
                }
        }
        if (!type && i + n < units.size() && !is_break(i + n)) {
            if (const std::vector<Cue>* cues = units[i + n].word->cues)
                for (const auto& c : *cues)
                    if (c.where == "after" && (c.type != EntityType::person || n >= 2)) type = c.type;
        }
        if (!type && n >= 2 && (speaker(i, n) || appositive_role(i, n))) type = EntityType::person;
        if (!type && appositive_place(i, n)) type = EntityType::place;
        if (!type) {
            if (auto it = local.find(key); it != local.end()) type = it->second.second;
        }
        // (not before a known name: "Abu Baker al-Baghdadi" is that person, the first words a variant)
        if (!type && n >= 2 && has_cue(i, "first", EntityType::person) &&
            (i + n >= units.size() || is_break(i + n) || !kb_match(i + n).first))
            type = EntityType::person;
        return type;
    }

    // 2c. A new entity, typed from its context; nothing when no type is found.
    void new_entity_mention(std::size_t i, std::size_t n, const std::vector<std::string>& folded, Span span) {
        std::string key = slug(folded);
        std::optional<EntityType> type = new_entity_type(i, n, key);
        bool sentence_start = i == 0;
        if (key.empty() || (sentence_start && n == 1 && !expect_person)) return;
        if (n == 1 && units[i].word->demonym) return;  // "Iraqi", "Syrian": an adjective, not a name
        if (!type) {
            untyped = Untyped{n, folded, span};  // a list may type it
            pending.emplace_back(si, *untyped);
            return;
        }
        add_new_entity(n, folded, span, *type);
    }

    // A new entity of the given type (one id per name in the document), and its surname.
    void add_new_entity(std::size_t n, const std::vector<std::string>& folded, Span span, EntityType type) {
        std::string key = slug(folded);
        EntityId id(key);
        if (m.kb.find(id)) id = EntityId("new_" + key);
        auto [at, added] = local.emplace(key, std::make_pair(id, type));
        std::string label(span.of(doc.text));
        out.push_back(make(span, at->second.first, at->second.second, label, 0.6, false));
        if (at->second.second == EntityType::person && n >= 2 && folded.back().size() >= 4)
            local_surnames.emplace(folded.back(), std::make_pair(at->second.first, label));
    }
};

std::vector<Mention> Linker::link(const Document& doc, const Text& text) const {
    return Impl::Run(*impl_, doc, text).link();
}

}  // namespace mosulkg
