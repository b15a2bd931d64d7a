// mosulkg/error.hpp: the one exception type of the library.
//
// mosulkg throws `mosulkg::Error` for real errors only: a file that cannot be
// read, a knowledge base that does not parse, an output that cannot be written.
// Expected misses (a name that is not in the knowledge base, a date that cannot
// be resolved) are `std::optional` results, never exceptions.
//
// The message always names the file (or input) and the problem, on one line, so
// a command-line program can print `what()` and exit non-zero.
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>

namespace mosulkg {

class Error : public std::runtime_error {
public:
    explicit Error(const std::string& message) : std::runtime_error(message) {}
};

// `text` made safe for a terminal line: control characters (C0, DEL, C1, line
// separators, bidirectional overrides) and the
// bytes of invalid UTF-8 become escapes (`\x1b`, `\u0085`), a backslash stays one.
std::string printable(std::string_view text);

}  // namespace mosulkg
