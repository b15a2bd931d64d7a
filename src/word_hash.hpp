// One hash for words of text, shared by the word indexes of the linker and the date tagger.
// Internal to the library. Pure function: safe to call from any thread.
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>

namespace mosulkg::detail {

// A hash of a word, read eight bytes at a time (words are short: one or two reads).
inline std::uint64_t word_hash(std::string_view w) noexcept {
    constexpr std::uint64_t k = 0x9E3779B97F4A7C15ULL;
    std::uint64_t h = w.size() * k;
    std::size_t i = 0;
    for (; i + 8 <= w.size(); i += 8) {
        std::uint64_t chunk;
        std::memcpy(&chunk, w.data() + i, 8);
        h = (h ^ chunk) * k;
        h ^= h >> 32;
    }
    if (i < w.size()) {
        std::uint64_t chunk = 0;
        std::memcpy(&chunk, w.data() + i, w.size() - i);
        h = (h ^ chunk) * k;
        h ^= h >> 32;
    }
    return h * k;
}

}  // namespace mosulkg::detail
