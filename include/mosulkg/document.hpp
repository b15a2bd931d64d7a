// mosulkg/document.hpp: stage 1 of the pipeline, an article as read from disk.
//
// A `Document` owns the original text of one article (after invalid UTF-8 has
// been repaired) and never changes it: every later stage points into
// `Document::text` with byte spans. Reading splits the text into blocks (lines
// or paragraphs) and marks each as title, date line, byline, body or page chrome
// (navigation, share/subscribe/advert lines, image credits, "Related Posts"), so
// that chrome never feeds the graph.
//
// The publication date is found later (see publication.hpp), because it needs
// the temporal tagger; the fields live here because they belong to the article.
#pragma once

#include "mosulkg/span.hpp"

#include <date/date.h>

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mosulkg {

class DataSource;  // data.hpp

enum class BlockKind { title, dateline, byline, body, chrome };

std::string_view to_string(BlockKind k) noexcept;

// One line or paragraph of the original text. Blocks are the non-blank lines of
// the text, in order, without surrounding white space: every non-white byte of
// `Document::text` lies in exactly one block; only white space lies between.
struct Block {
    Span span;
    BlockKind kind = BlockKind::body;
};

// How a publication date was obtained.
//   given:    supplied by the user (.jsonl `published`, --published DOC=DATE)
//   stated:   read from a header, byline or dateline of the article itself
//   inferred: reconstructed from the text or from other articles of the corpus
//   unknown:  none could be found
enum class DateSource { given, stated, inferred, unknown };

std::string_view to_string(DateSource s) noexcept;

struct Document {
    DocId id;                           // file name without extension, or the .jsonl `id`
    std::string path;                   // where it was read from (for messages)
    std::string text;                   // the original text, valid UTF-8, immutable
    std::string title;                  // best title found, or empty
    std::string url;                    // from .jsonl input, or empty
    std::vector<Block> blocks;          // the whole text, in order, classified
    std::vector<std::string> warnings;  // e.g. "invalid UTF-8 repaired at byte 120"

    std::optional<date::year_month_day> published;
    DateSource published_source = DateSource::unknown;
    std::string published_evidence;  // the text the date was read or inferred from
};

// The document stage's lexicon (data/lexicon/boilerplate.txt, format in
// data/lexicon/README.md): page-chrome patterns, the words of a date line (month
// and weekday names come from data/temporal/months.tsv and weekdays.tsv), the
// prefixes of a byline, the words that join the names of a signature and the phrases
// of site navigation. A line
// is chrome when a pattern matches it, case-insensitively (ASCII), and it has no
// more words than the pattern allows.
class Boilerplate {
public:
    enum class Match { contains, starts, ends, line, regex };

    // From the installed data source (data.hpp), read once.
    static const Boilerplate& defaults();
    // lexicon/boilerplate.txt, temporal/months.tsv and temporal/weekdays.tsv of `data`.
    static Boilerplate from_data(const DataSource& data);
    // One file of the boilerplate.txt format alone. Throws Error naming `origin` and the line.
    static Boilerplate parse(std::string_view lines, std::string_view origin);

    // True when a chrome pattern matches `line` (already trimmed).
    bool is_chrome(std::string_view line) const;
    // True for month and weekday names, their abbreviations and clock words
    // ("april", "apr", "tuesday", "pm", "gmt"), given in lower case.
    bool is_date_word(std::string_view lower_word) const;
    // True for month names and their abbreviations, given in lower case.
    bool is_month(std::string_view lower_word) const;
    // True for the suffixes of ordinal day numbers ("th" of "18th"), in lower case.
    bool is_ordinal_suffix(std::string_view lower) const;
    // The length of the byline prefix ("posted by ") `normalized_line` starts with, or 0.
    std::size_t byline_prefix(std::string_view normalized_line) const;
    // True when `text` starts with a word that joins names ("and").
    bool starts_with_connector(std::string_view text) const;
    // True when `line` holds a phrase of site navigation ("latest news", "menu"), in any case:
    // a date beside it is the site's, not the article's.
    bool is_site_navigation(std::string_view line) const;

private:
    struct Pattern;
    void add_word(std::string_view kind, std::string_view word);
    void add_pattern(Match match, std::string_view phrase, std::size_t max_words, std::string_view origin,
                     std::size_t line_no);
    void sort_words();

    std::vector<std::shared_ptr<const Pattern>> patterns_;
    std::vector<std::string> date_words_;  // sorted
    std::vector<std::string> months_;      // sorted
    std::vector<std::string> ordinals_;    // sorted
    std::vector<std::string> bylines_;     // in file order, each with a space after it
    std::vector<std::string> connectors_;  // sorted
    std::vector<std::string> navigation_;  // in file order
};

// Limits that bound the time one input costs. A file over max_file_bytes is
// refused; a document's text beyond max_document_bytes is cut (at a line break
// or space) with a warning.
inline constexpr std::size_t max_file_bytes = std::size_t(512) << 20;
inline constexpr std::size_t max_document_bytes = std::size_t(256) << 10;

// Reads one input file: a `.txt` file is one article; a `.jsonl` file holds one
// article per line with `id`, `text` and optional `title`, `url`, `published`
// (YYYY-MM-DD). Throws Error naming the file when it does not exist, is not a
// regular file (a FIFO or device is refused before it is read), has another
// extension, is too large, cannot be read, is empty, is binary, or a .jsonl line
// is malformed. A few control bytes (NUL, ESC) are read as spaces, with a warning.
// A large .jsonl file's lines are read on up to `jobs` threads (0: all cores); the
// documents, and the error of a bad file, are the same for any number. Page chrome is
// told apart with `boilerplate`, or with the installed data's (Boilerplate::defaults()).
std::vector<Document> read_documents(const std::filesystem::path& file, unsigned jobs = 1);
std::vector<Document> read_documents(const std::filesystem::path& file, const Boilerplate& boilerplate,
                                     unsigned jobs = 1);

// The bytes of a regular file, opened without blocking: a FIFO, device or folder
// is refused before it is read, as is a file over max_file_bytes. Throws Error.
std::string read_regular_file(const std::filesystem::path& file);

// Throws Error naming `file` when its extension is not .txt or .jsonl.
void check_input_file(const std::filesystem::path& file);

// Expands the command line's inputs: files as given, directories to their
// .txt/.jsonl files in name order. Throws Error when an input does not exist or
// a directory holds no article.
std::vector<std::filesystem::path> collect_inputs(const std::vector<std::filesystem::path>& inputs);

// Builds a document from a string already in memory (tests, embedding): repairs
// invalid UTF-8 (with a warning) and classifies the blocks like read_documents.
Document make_document(DocId id, std::string text);
Document make_document(DocId id, std::string text, const Boilerplate& boilerplate);

}  // namespace mosulkg
