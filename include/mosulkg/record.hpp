// mosulkg/record.hpp: what `extract` hands to `merge`, one JSON Lines record per document.
//
// Extraction reads each document on its own, with no corpus-wide state, and keeps
// only what merging needs: the document's metadata, where its wide characters lie
// (for code-point offsets), its mentions and its relations with their evidence
// sentences. Its text is not kept. Records are the interface between the two phases
// of a run, between processes and between machines (see README, "Record format");
// other tools may write and read them.
//
// A record is one line of JSON (UTF-8), one object:
//   {"record": "document", "version": 1, "id", "path", "title", "url",
//    "published": "YYYY-MM-DD" | null, "published_source": "given|stated|inferred|unknown",
//    "published_evidence", "warnings": [...],
//    "bytes": N, "wide": [[byte, length], ...],
//    "mentions": [{"sentence", "begin", "end", "text", "entity", "type", "label",
//                  "confidence", "in_kb"}],
//    "relations": [{"type", "actor", "target", "participants", "place", "date", "mod",
//                   "attributed_to", "background", "confidence", "sentence", "begin",
//                   "end", "text", "trigger", "summary"}]}
// or, for a document that could not be processed,
//   {"record": "skipped", "version": 1, "id", "path", "problem"}.
// Offsets are bytes of the document's UTF-8 text; `wide` lists where characters of more
// than one byte start. Ids are optional where a Relation's are (null when absent).
//
// Thread safety: every function here may be called from several threads at once.
#pragma once

#include "mosulkg/document.hpp"
#include "mosulkg/export.hpp"
#include "mosulkg/linker.hpp"
#include "mosulkg/relations.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mosulkg {

struct DocumentRecord {
    Document document;                   // metadata only: `text` and `blocks` are empty
    CodepointIndex offsets;              // code-point offsets of its text
    std::vector<Mention> mentions;       // in document order
    std::vector<Relation> relations;     // in document order, with their evidence sentences
    std::optional<std::string> problem;  // set when the document was skipped: why, one line
};

// One line of JSON, ending in "\n".
std::string to_record_line(const DocumentRecord& record);
// The lines of every record, in order, written on `jobs` threads (0: all cores).
std::string to_record_lines(const std::vector<DocumentRecord>& records, unsigned jobs = 1);
// Throws Error naming `origin` for a line that is not a record.
DocumentRecord parse_record_line(std::string_view line, std::string_view origin);
// Every record of a JSON Lines file (blank lines skipped). Throws Error naming the file and line.
std::vector<DocumentRecord> read_records(const std::filesystem::path& file);

}  // namespace mosulkg
