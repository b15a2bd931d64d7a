// mosulkg/export.hpp: stage 9, the files other tools and people read.
//
// Every writer returns the file's content as a string (so it can be tested
// against a golden file) and `write_file_atomically` puts it on disk through a
// temporary file and a rename, so a failed run never leaves a partial output.
// Everything written is escaped for its format (DOT, SVG, JSON, Markdown).
//
//   to_json          node-link graph.json, the contract of shared/eval/README.md
//   to_dot           DOT built with libcgraph: nodes shaped and coloured by type,
//                    edges labelled with relation and date (dashed when reported
//                    speech), a legend; node URL = its Wikidata page. Date nodes
//                    and on_date edges are drawn only when there are few (<= 8),
//                    nodes without an edge only when there are <= 60 nodes.
//                    The same graph gives byte-identical DOT.
//   render_svg       the DOT laid out ("dot") and rendered in-process by libgvc;
//                    works without Graphviz's plugin configuration file
//   timeline_text    the chronology for the terminal
//   timeline_markdown, timeline_json, timeline_js (TimelineJS's JSON format)
#pragma once

#include "mosulkg/chronology.hpp"
#include "mosulkg/graph.hpp"

#include <filesystem>
#include <string>

namespace mosulkg {

// Code-point offsets for byte offsets of one text (the JSON contract counts code points).
class CodepointIndex {
public:
    explicit CodepointIndex(std::string_view utf8);
    std::size_t operator()(std::size_t byte_offset) const;

private:
    std::vector<std::size_t> cp_at_byte_;
};

std::string to_json(const KnowledgeGraph& graph, const std::vector<Document>& documents);
std::string to_dot(const KnowledgeGraph& graph);
std::string render_svg(const std::string& dot);   // throws Error when layout fails
std::string timeline_text(const Chronology& chronology);
std::string timeline_markdown(const Chronology& chronology);
std::string timeline_json(const Chronology& chronology, const std::vector<Document>& documents);
std::string timeline_js(const Chronology& chronology);

// Writes `content` to `path` through a temporary file in the same directory and
// a rename. Throws Error naming the path on failure.
void write_file_atomically(const std::filesystem::path& path, const std::string& content);

}  // namespace mosulkg
