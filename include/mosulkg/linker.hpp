// mosulkg/linker.hpp: stage 4, mentions of people, groups and places, linked to
// entities.
//
// The linker finds names in the sentences of a document and decides which
// entity each one is: a knowledge-base entity (matched leftmost-longest over
// normalised tokens, with transliteration variants and, for rare misspellings,
// edit-distance candidates backed by type and context), or a new entity built
// from a capitalised name the knowledge base does not know, typed from its
// context. Titles ("Vice President", "Brig Gen") are not entities.
#pragma once

#include "mosulkg/document.hpp"
#include "mosulkg/kb.hpp"
#include "mosulkg/span.hpp"
#include "mosulkg/text.hpp"

#include <memory>
#include <string>
#include <vector>

namespace mosulkg {

struct Mention {
    Provenance where;  // document, sentence, byte span of the surface
    std::string text;  // the surface as written
    EntityId entity;   // knowledge-base id, or a new id from the normalised name
    EntityType type = EntityType::group;
    std::string label;        // canonical name of the entity
    double confidence = 1.0;  // 1 for exact alias matches, lower for variants and guesses
    bool in_kb = true;        // false for entities the knowledge base does not know
};

class Linker {
public:
    // Reads the word lists of data/linker/ (and lexicon/demonyms.tsv) from the installed data
    // source (data.hpp), so `--data DIR` tunes them. Throws Error naming the file and line of a
    // linker/words.tsv row of no known kind. `kb` must outlive the linker.
    explicit Linker(const KnowledgeBase& kb);
    ~Linker();
    Linker(Linker&&) noexcept;
    Linker& operator=(Linker&&) noexcept;

    // Mentions in document order. Every sentence of `text` is read (the text stage leaves page
    // chrome out; titles, datelines, bylines and credit lines are in it).
    std::vector<Mention> link(const Document& doc, const Text& text) const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace mosulkg
