// mosulkg/text.hpp: stage 2, sentences and tokens with offsets.
//
// `segment` splits the readable blocks of a document (title and body; never
// chrome) into sentences and tokens. Every token and sentence is a byte span
// into `Document::text`. Tokens: words (letters, digits, inner apostrophes as in
// "Sha'abi"), numbers, and punctuation; a hyphen between words is its own token
// so "al-Qaeda" and "al Qaeda" tokenise alike. Words glued by page copying
// ("al-QaedaBAGHDAD") are split where a lower-case letter meets a run of
// capitals, and a sentence ends there. Abbreviations ("U.S.", "Brig.", "Mr.")
// do not end sentences (data/lexicon/abbreviations.txt); their period belongs to
// the token ("Gen.", "U.S.", an initial "W."). The possessive "'s" is a token of
// its own; numbers keep their inner separators ("30,000", "6.8", "13:10"); a
// number glued to letters ("1990s", "3rd") is a word. Sentences end at . ! ? …
// (with any closing quotes or brackets) before an upper-case letter, a digit or
// an opening quote, at a lost space ("Mosul.The"), and at the end of a block;
// they never cross blocks, nor hold more than max_sentence_tokens. Chrome blocks
// get no tokens.
#pragma once

#include "mosulkg/data.hpp"
#include "mosulkg/document.hpp"
#include "mosulkg/span.hpp"

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace mosulkg {

enum class TokenKind { word, number, punct };

struct Token {
    Span span;
    TokenKind kind = TokenKind::word;
};

struct Sentence {
    Span span;
    std::size_t first_token = 0;  // index into Text::tokens
    std::size_t end_token = 0;    // one past the last token
    std::size_t block = 0;        // index into Document::blocks
};

// A sentence holds at most this many tokens: a longer run without a sentence end
// is split (at a punctuation mark of its second half where there is one), so that
// the cost of the later stages per sentence stays bounded.
inline constexpr std::size_t max_sentence_tokens = 200;

struct Text {
    std::vector<Token> tokens;
    std::vector<Sentence> sentences;
    std::vector<std::string> warnings;  // e.g. "2 sentences over 200 tokens split, the first at byte 120"
};

// Abbreviations that do not end a sentence, one per line in the data file.
class Abbreviations {
public:
    // The list of the installed data source (data.hpp), read once.
    static const Abbreviations& defaults();
    // The list of `data`'s lexicon/abbreviations.txt.
    static Abbreviations from_data(const DataSource& data);
    // Throws Error naming `origin` and the line for a line that is not one word ending in a period.
    static Abbreviations parse(std::string_view lines, std::string_view origin);
    bool contains(std::string_view token_with_dot) const;

private:
    std::unordered_set<std::string> items_;
};

Text segment(const Document& doc, const Abbreviations& abbreviations = Abbreviations::defaults());

// The page-chrome blocks of `doc` alone, segmented alike: the lines `segment` leaves out.
// Only the temporal tagger reads them, for the date a site's header line states ("Mon Dec
// 28, 2015 | 4:12pm EST") when the publication date is to be found.
Text segment_chrome(const Document& doc, const Abbreviations& abbreviations = Abbreviations::defaults());

// A plain text without page structure (a TempEval document, a string given to the
// temporal tagger): every paragraph, lines up to a blank line, is one block, and
// `Sentence::block` counts paragraphs.
Text segment_plain(std::string_view text, const Abbreviations& abbreviations = Abbreviations::defaults());

}  // namespace mosulkg
