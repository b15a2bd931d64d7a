// How an exporter registers itself (see export.hpp: Exporter).
//
// A format's source file says, inside `namespace mosulkg`:
//
//     MOSULKG_EXPORTER(csv) {
//         list.push_back({"csv", "nodes.csv", "Neo4j import: nodes",
//                         [](const ExportInput& in) { return nodes_csv(in.corpus.graph); }});
//     }
//
// The build (cmake/exporters.cmake) finds every MOSULKG_EXPORTER in src/*.cpp and
// generates the one function that calls them all, so a new format is one source file:
// no list elsewhere names it, and no registration is lost when the library is linked
// statically. The name must be unique among exporters and be a C++ identifier.
#pragma once

#include "mosulkg/export.hpp"
#include "mosulkg/pipeline.hpp"

#include <vector>

#define MOSULKG_EXPORTER(name) void register_exporter_##name(std::vector<::mosulkg::Exporter>& list)
