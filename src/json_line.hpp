// A reader for the common line of a .jsonl corpus: one JSON object whose values are all
// strings or null, read without building a JSON document. Internal to the library.
// Pure function: safe to call from any thread.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace mosulkg::detail {

// The members of one object: key and value (nullopt for null), in the order written.
using FlatObject = std::vector<std::pair<std::string, std::optional<std::string>>>;

// The members of `line` when it is one JSON object (RFC 8259) whose values are strings or
// null, each key written once, its strings well-formed UTF-8; nothing for any other line,
// valid or not (a number, nested value, repeated key, lone surrogate escape, control
// character, bad byte, anything after the object), which a full JSON parser then reads.
// The strings are those a conforming parser decodes. Linear in the line.
std::optional<FlatObject> flat_string_object(std::string_view line);

}  // namespace mosulkg::detail
