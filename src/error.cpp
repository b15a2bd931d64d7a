// Messages made safe for a terminal.
#include "mosulkg/error.hpp"

#include <fmt/format.h>
#include <utf8proc.h>

namespace mosulkg {

std::string printable(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
    for (std::size_t i = 0; i < text.size();) {
        unsigned char c = static_cast<unsigned char>(text[i]);
        if (c < 0x80) {
            if (c < 0x20 || c == 0x7F)
                out += fmt::format("\\x{:02x}", c);
            else
                out += static_cast<char>(c);
            ++i;
            continue;
        }
        utf8proc_int32_t cp = 0;
        utf8proc_ssize_t len = utf8proc_iterate(p + i, static_cast<utf8proc_ssize_t>(text.size() - i), &cp);
        if (len <= 0) {
            out += fmt::format("\\x{:02x}", c);
            ++i;
            continue;
        }
        const bool control = (cp >= 0x80 && cp < 0xA0) || cp == 0x2028 || cp == 0x2029 ||
                             (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
        if (control)
            out += fmt::format("\\u{:04x}", cp);
        else
            out.append(text, i, static_cast<std::size_t>(len));
        i += static_cast<std::size_t>(len);
    }
    return out;
}

}  // namespace mosulkg
