// mosulkg: builds a knowledge graph and a chronology from news articles.
#include "commands.hpp"

#include "mosulkg/error.hpp"

#include <fmt/format.h>

#include <exception>

int main(int argc, char** argv) {
    CLI::App app{"mosulkg: a knowledge graph and chronology of the Mosul campaign from news articles"};
    app.require_subcommand(1);
    mosulkg::cli::setup_build(app);
    mosulkg::cli::setup_timeline(app);
    mosulkg::cli::setup_timex(app);
    mosulkg::cli::setup_extract(app);
    mosulkg::cli::setup_merge(app);
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        return app.exit(e);
    } catch (const mosulkg::Error& e) {
        fmt::print(stderr, "mosulkg: {}\n", e.what());
        return 1;
    } catch (const std::exception& e) {
        fmt::print(stderr, "mosulkg: unexpected error: {}\n", e.what());
        return 2;
    }
    return 0;
}
