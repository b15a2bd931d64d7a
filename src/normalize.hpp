// Name normalisation shared by the linker and the knowledge base: case folding,
// accents and apostrophes removed, transliteration skeletons.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace mosulkg::detail {

// Case-folded, accent-stripped form of one word; apostrophes (' ’ ‘ ʿ ʼ `) and
// dots are dropped ("Sha'abi" -> "shaabi", "U.S." -> "us").
std::string fold_word(std::string_view word);
// The same written into `buffer` (no allocation for an ASCII word once it has grown): a view
// of it, valid until its next use.
std::string_view fold_word(std::string_view word, std::string& buffer);

// Words of a name as the tokenizer would split them, folded; hyphens and other
// punctuation separate words and are dropped; a trailing possessive "'s" is dropped.
std::vector<std::string> name_words(std::string_view name);

// The original (unfolded) words of a name, split the same way as name_words.
std::vector<std::string> raw_words(std::string_view name);
// The same with a possessive as a word of its own, as the tokenizer writes it ("Iraq's
// Defense Ministry" -> "Iraq", "'s", "Defense", "Ministry").
std::vector<std::string> raw_words_with_possessive(std::string_view name);

// A transliteration skeleton of folded text: digraphs simplified (gh->g, kh->k,
// ph->f, q->k, ou->u), vowels and the glides w/y dropped except a leading
// vowel, doubled letters collapsed. "zawahiri" and "zawahri" share one.
std::string skeleton(std::string_view folded);

// True for an acronym alias: 1 to 5 letters, all capitals ("IS", "ISIS", "U.S.").
bool is_acronym(std::string_view surface);

// Levenshtein distance, capped: returns cap+1 as soon as it exceeds cap.
std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t cap);

}  // namespace mosulkg::detail
