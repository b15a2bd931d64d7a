#include "embedded.hpp"

#include "mosulkg/error.hpp"

#include <string>

namespace mosulkg::detail {

std::string_view embedded_default(std::string_view path) {
    for (const auto& f : embedded_files())
        if (f.path == path) return f.content;
    throw Error("built-in data file data/" + std::string(path) + " is missing from this build");
}

std::string_view embedded(std::string_view path) {
    if (auto file = data_override(path)) return *file;  // --data DIR
    return embedded_default(path);
}

}  // namespace mosulkg::detail
