// mosulkg: builds a knowledge graph and a chronology from news articles.
#include "commands.hpp"

#include "mosulkg/error.hpp"

#include <fmt/format.h>

#include <exception>
#include <string_view>

namespace {

// Usage errors (a bad argument) exit with 2, input errors with 1.
int usage_error(const std::string& message) {
    fmt::print(stderr, "mosulkg: {}\n", mosulkg::printable(message));
    return 2;
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"mosulkg: a knowledge graph and chronology of the Mosul campaign from news articles"};
    app.require_subcommand(1);
    app.set_version_flag("--version", std::string("mosulkg ") + MOSULKG_VERSION);
    mosulkg::cli::setup_build(app);
    mosulkg::cli::setup_timeline(app);
    mosulkg::cli::setup_timex(app);
    mosulkg::cli::setup_syntax(app);
    mosulkg::cli::setup_extract(app);
    mosulkg::cli::setup_merge(app);
    if (argc > 1 && argv[1][0] != '-') {
        std::string_view first = argv[1];
        std::string known;
        bool found = false;
        for (const CLI::App* sub : app.get_subcommands([](CLI::App*) { return true; })) {
            found = found || sub->get_name() == first;
            known += (known.empty() ? "" : ", ") + sub->get_name();
        }
        if (!found)
            return usage_error(fmt::format("{}: unknown command; expected {} (see --help)", first, known));
    }
    try {
        app.parse(argc, argv);
    } catch (const CLI::Success& e) {
        return app.exit(e);  // --help, --version
    } catch (const CLI::ParseError& e) {
        std::string message = e.what();
        if (message.empty()) message = e.get_name();
        return usage_error(message);
    } catch (const mosulkg::Error& e) {
        fmt::print(stderr, "mosulkg: {}\n", mosulkg::printable(e.what()));
        return 1;
    } catch (const std::exception& e) {
        fmt::print(stderr, "mosulkg: unexpected error: {}\n", mosulkg::printable(e.what()));
        return 1;
    }
    return 0;
}
