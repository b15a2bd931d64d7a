// How the document stage marks the blocks of an article (document.hpp): the
// parts of `classify`, each usable alone.
//
//   split_lines          the non-blank lines, trimmed (U+00A0 counts as white space)
//   join_wrapped_lines   hard-wrapped paragraphs joined into one block each
//   mark_known_lines     chrome, date lines and bylines, decided line by line
//   find_title           the title line: the given title's, else a headline
//   classify             all of them, into Document::blocks
#pragma once

#include "mosulkg/document.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mosulkg::detail {

inline bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}
// `s` without white space (ASCII, not U+00A0) at its ends.
std::string_view trim_space(std::string_view s);
// Lower-cases ASCII letters and folds runs of white space (incl. U+00A0) to one space.
std::string normalize(std::string_view s);
// Whether normalize(raw) == normalized, read no further than the first difference.
bool normalizes_to(std::string_view raw, std::string_view normalized);
std::size_t count_words(std::string_view s);
// Ends like a sentence: . ! ? : ; or an ellipsis, before closing quotes and brackets.
bool ends_like_sentence(std::string_view s);

// One line (or joined paragraph) of a text; `text` is a view of the document's text.
struct Line {
    Span span;
    std::string_view text;  // trimmed
    std::size_t words = 0;
    bool final_punct = false;  // ends like a sentence
};

// Every non-blank line of `text`, trimmed, in order.
std::vector<Line> split_lines(std::string_view text);
// When `text` is hard-wrapped (every paragraph broken into lines of at most ~100
// characters), the lines of one paragraph are joined into one; else `lines` as given.
std::vector<Line> join_wrapped_lines(std::vector<Line> lines, std::string_view text);

// A line that holds nothing but a date and/or time ("Tuesday 18 April 2017 09.15 BST").
bool is_date_line(std::string_view line, const Boilerplate& bp);
// "By Jane Doe", "Posted by Jane Doe and John Roe".
bool is_by_line(std::string_view line, const Boilerplate& bp);
// "Jane Doe Reuters, AP": a few capitalised words, no sentence punctuation.
bool is_name_line(const Line& l, const Boilerplate& bp);

// The kind of each line, where the line alone (and the next line's) decides it:
// chrome, date line, byline; nullopt for the lines left to decide.
std::vector<std::optional<BlockKind>> mark_known_lines(const std::vector<Line>& lines, const Boilerplate& bp);
// The index of the title line among the undecided ones: the line equal to `title`
// when one is given, else the first undecided line if it looks like a headline
// (at least three words, not a paragraph); nullopt when none.
std::optional<std::size_t> find_title(const std::vector<Line>& lines,
                                      const std::vector<std::optional<BlockKind>>& kinds,
                                      std::string_view title);

// Splits `doc.text` into blocks and marks each; sets `doc.title` from the text when empty.
void classify(Document& doc, const Boilerplate& bp);

}  // namespace mosulkg::detail
