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
#include <optional>
#include <string>
#include <vector>

namespace mosulkg {

class Boilerplate;  // see boilerplate patterns in document.cpp / data/lexicon/boilerplate.txt

enum class BlockKind { title, dateline, byline, body, chrome };

// One line or paragraph of the original text.
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
    DocId id;                       // file name without extension, or the .jsonl `id`
    std::string path;               // where it was read from (for messages)
    std::string text;               // the original text, valid UTF-8, immutable
    std::string title;              // best title found, or empty
    std::string url;                // from .jsonl input, or empty
    std::vector<Block> blocks;      // the whole text, in order, classified
    std::vector<std::string> warnings;  // e.g. "invalid UTF-8 repaired at byte 120"

    std::optional<date::year_month_day> published;
    DateSource published_source = DateSource::unknown;
    std::string published_evidence;  // the text the date was read or inferred from
};

// Reads one input file: a `.txt` file is one article; a `.jsonl` file holds one
// article per line with `id`, `text` and optional `title`, `url`, `published`
// (YYYY-MM-DD). Throws Error naming the file when it does not exist, cannot be
// read, is empty, is binary, or a .jsonl line is malformed.
std::vector<Document> read_documents(const std::filesystem::path& file);

// Expands the command line's inputs: files as given, directories to their
// .txt/.jsonl files in name order. Throws Error when an input does not exist or
// a directory holds no article.
std::vector<std::filesystem::path> collect_inputs(const std::vector<std::filesystem::path>& inputs);

// Builds a document from a string already in memory (tests, embedding).
Document make_document(DocId id, std::string text);

}  // namespace mosulkg
