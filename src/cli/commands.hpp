// The subcommands of the mosulkg program: each registers its options on the
// CLI11 app and runs by calling the library.
#pragma once

#include <CLI/CLI.hpp>

namespace mosulkg::cli {

void setup_build(CLI::App& app);
void setup_timeline(CLI::App& app);
void setup_timex(CLI::App& app);
void setup_syntax(CLI::App& app);

}  // namespace mosulkg::cli
