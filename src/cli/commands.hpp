// The subcommands of the mosulkg program: each registers its options on the
// CLI11 app and runs by calling the library.
#pragma once

#include "mosulkg/pipeline.hpp"

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

namespace mosulkg::cli {

// --from, --to and --published as the library takes them; throws Error naming the option.
RunOptions parse_run_options(const std::string& from, const std::string& to,
                             const std::vector<std::string>& published);
// The built-in knowledge base, extended (or replaced) by a --kb file.
Pipeline load_pipeline(const std::string& kb_file, bool replace);

// --formats F,F,...: the output formats to write (export.hpp's registry); all when not given.
void add_formats(CLI::App* cmd, std::vector<std::string>& formats);
// A usage error (exit 2) naming the first format no exporter has.
void check_formats(const std::vector<std::string>& formats);

// --data DIR: a folder of data files over the built-in ones (mosulkg/data.hpp).
void add_data(CLI::App* cmd, std::string& dir);
// Installs the --data folder (nothing when `dir` is empty) before any data is read;
// a usage error (exit 2) when it is not a folder, a warning per file that matches no data file.
void install_data(const std::string& dir);

void setup_build(CLI::App& app);
void setup_timeline(CLI::App& app);
void setup_timex(CLI::App& app);
void setup_syntax(CLI::App& app);
void setup_extract(CLI::App& app);
void setup_merge(CLI::App& app);

}  // namespace mosulkg::cli
