// mosulkg/kb.hpp: stage 3, the knowledge base of entities and static facts.
//
// The knowledge base holds what is true independent of any article: who and
// what exists (people, groups, places), every name they go by, and static facts
// with time bounds (X leads Y from 2010-05-16 to 2019-10-27; Mosul located in
// Nineveh; a Wikidata id). Each entity and fact names the public source it was
// taken from. Events and dates of events never live here: they come from text.
//
// The data format (tab-separated, documented in data/kb/README.md):
//   data/kb/entities.tsv  id  type  name  aliases(|)  wikidata  source
//   data/kb/facts.tsv     subject  relation  object  start  end  source
// A default knowledge base is compiled into the library; `--kb FILE` extends it
// (or replaces it, see KnowledgeBase::merge).
//
// Thread safety: a loaded KnowledgeBase is immutable and may be shared.
#pragma once

#include "mosulkg/span.hpp"

#include <date/date.h>

#include <cstddef>
#include <functional>
#include <iterator>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mosulkg {

class DataSource;       // data.hpp
class RelationLexicon;  // relations.hpp

enum class EntityType { person, group, place, date };

std::string_view to_string(EntityType t) noexcept;
std::optional<EntityType> entity_type_from_string(std::string_view s) noexcept;

// A static fact about an entity, e.g. {"leads", "islamic_state", 2010-05-16, 2019-10-27}.
struct Fact {
    EntityId subject;
    std::string relation;  // leads, member_of, holds_office, located_in, offshoot_of, ...
    EntityId object;       // empty where the relation's facts name a text (relations.tsv facts column)
    std::string value;     // free value: the office "Vice President of Iraq", "news outlet"
    std::optional<date::year_month_day> start;  // inclusive, when known
    std::optional<date::year_month_day> end;    // inclusive, when known
    std::string source;                         // URL or citation
};

// The facts of one entity (KnowledgeBase::facts_about): a view into the knowledge base, in
// file order, valid while the knowledge base is neither modified nor destroyed.
class FactRange {
public:
    class iterator {
    public:
        using iterator_category = std::forward_iterator_tag;
        using value_type = Fact;
        using difference_type = std::ptrdiff_t;
        using pointer = const Fact*;
        using reference = const Fact&;

        iterator() = default;
        iterator(const std::vector<Fact>* facts, const std::size_t* at) : facts_(facts), at_(at) {}
        reference operator*() const { return (*facts_)[*at_]; }
        pointer operator->() const { return &(*facts_)[*at_]; }
        iterator& operator++() {
            ++at_;
            return *this;
        }
        iterator operator++(int) {
            iterator was = *this;
            ++at_;
            return was;
        }
        friend bool operator==(const iterator& a, const iterator& b) { return a.at_ == b.at_; }
        friend bool operator!=(const iterator& a, const iterator& b) { return a.at_ != b.at_; }

    private:
        const std::vector<Fact>* facts_ = nullptr;
        const std::size_t* at_ = nullptr;  // a position in the knowledge base's index of the entity
    };

    FactRange() = default;
    FactRange(const std::vector<Fact>& facts, const std::vector<std::size_t>& positions)
        : facts_(&facts), positions_(&positions) {}
    iterator begin() const { return positions_ ? iterator(facts_, positions_->data()) : iterator(); }
    iterator end() const {
        return positions_ ? iterator(facts_, positions_->data() + positions_->size()) : iterator();
    }
    std::size_t size() const noexcept { return positions_ ? positions_->size() : 0; }
    bool empty() const noexcept { return size() == 0; }

private:
    const std::vector<Fact>* facts_ = nullptr;
    const std::vector<std::size_t>* positions_ = nullptr;
};

struct Entity {
    EntityId id;  // stable snake_case id, e.g. "abu_bakr_al_baghdadi"
    EntityType type = EntityType::group;
    std::string name;                  // canonical name
    std::vector<std::string> aliases;  // every other surface name; acronyms in their case
    std::string wikidata;              // "Q2429253", or empty
    std::string source;                // where name/aliases/id were checked
};

class KnowledgeBase {
public:
    KnowledgeBase() = default;

    // The knowledge base compiled into the library (data/kb/*.tsv at build time),
    // or the installed data source's (data.hpp); read once.
    static const KnowledgeBase& defaults();
    // kb/entities.tsv and kb/facts.tsv of `data` (a user's folder over the compiled-in
    // files). Which facts name their object by a text, not by an entity, is the facts column
    // of `relations` (office, instance: relations.tsv); without it, of the relation lexicon of
    // the same `data`. Throws Error like `parse`, naming the file.
    static KnowledgeBase from_data(const DataSource& data, const RelationLexicon& relations);
    static KnowledgeBase from_data(const DataSource& data);

    // Parses the two TSV texts, the facts read by `relations` as from_data does. `origin`
    // names them in error messages. Throws Error("FILE:LINE: problem") on a malformed line,
    // an unknown type, a duplicate id, or a fact naming an unknown entity.
    static KnowledgeBase parse(std::string_view entities_tsv, std::string_view facts_tsv,
                               std::string_view origin, const RelationLexicon& relations);

    // Reads a user file (`--kb`), its facts read by `relations` as from_data does: the lexicon
    // of the data in use, so that `--data` applies (RelationLexicon::defaults() is the
    // installed data's). A file whose first non-comment line has 6 columns of the entity
    // format is an entity file; a `# facts` marker line inside it starts the facts section.
    // Throws Error naming the file, also when it is not a regular file or holds invalid
    // UTF-8 or a control character.
    static KnowledgeBase load(const std::string& path, const RelationLexicon& relations);

    // Adds (or replaces, by id) the other's entities and facts. Returns a warning for
    // each name or alias of `other` that an entity of this one with another id has.
    std::vector<std::string> merge(const KnowledgeBase& other);

    const std::vector<Entity>& entities() const noexcept { return entities_; }
    const std::vector<Fact>& facts() const noexcept { return facts_; }
    std::optional<std::reference_wrapper<const Entity>> find(const EntityId& id) const;
    // The facts whose subject or object is `id`, in file order; looked up in an index. A view
    // into this knowledge base (no copies), empty when `id` has no facts.
    FactRange facts_about(const EntityId& id) const;
    // How many steps the lexicon's FactRole::within facts lead up from `id` (0: it lies in no
    // place; the last such fact of each place counts), at most 8.
    int place_depth(const EntityId& id, const RelationLexicon& lexicon) const;
    // Whether some place lies within `id`.
    bool holds_places(const EntityId& id, const RelationLexicon& lexicon) const;
    // Whether `id` is a country: places lie in it, and it lies in no place but a region of the
    // world, or in none.
    bool country(const EntityId& id, const RelationLexicon& lexicon) const {
        return place_depth(id, lexicon) <= 1 && holds_places(id, lexicon);
    }

private:
    void index_facts();

    std::vector<Entity> entities_;
    std::vector<Fact> facts_;
    std::map<EntityId, std::size_t> index_;
    std::map<EntityId, std::vector<std::size_t>> fact_index_;  // entity -> its facts, by position
};

}  // namespace mosulkg
