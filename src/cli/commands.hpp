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

void setup_build(CLI::App& app);
void setup_timeline(CLI::App& app);
void setup_timex(CLI::App& app);
void setup_syntax(CLI::App& app);
void setup_extract(CLI::App& app);
void setup_merge(CLI::App& app);

}  // namespace mosulkg::cli
