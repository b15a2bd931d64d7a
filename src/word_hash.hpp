// One hash for words of text, shared by the word indexes of the linker, the date tagger and
// the relation lexicon, and an open-addressing index over it. Internal to the library.
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

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

// An open-addressing index of words: each slot holds the high half of a word's hash and
// 1 + its number (0: empty), so that a lookup reads one slot, most often, and compares a word
// only when the hashes agree. The caller keeps the words; the index grows to stay at most
// half full. Not thread-safe for writes; lookups may run concurrently.
class WordIndex {
public:
    // Requires expected > 0: sized for that many words before it grows.
    explicit WordIndex(std::size_t expected = 8) { resize(expected); }

    // The number of the word (`key_of(number)` gives a word back), or `absent`.
    static constexpr std::uint32_t absent = static_cast<std::uint32_t>(-1);
    template <class KeyOf>
    std::uint32_t find(std::string_view w, std::uint64_t h, const KeyOf& key_of) const noexcept {
        return find_if(h, [&](std::uint32_t n) { return key_of(n) == w; });
    }
    // The number of the first entry with hash h for which equal(number) holds, or `absent`:
    // for keys hashed otherwise than by word_hash.
    template <class Equal>
    std::uint32_t find_if(std::uint64_t h, const Equal& equal) const noexcept {
        const std::uint32_t tag = static_cast<std::uint32_t>(h >> 32);
        for (std::size_t p = h & mask_;; p = (p + 1) & mask_) {
            const std::uint64_t slot = slots_[p];
            if (slot == 0) return absent;
            if (static_cast<std::uint32_t>(slot >> 32) == tag) {
                const auto n = static_cast<std::uint32_t>(slot) - 1;
                if (equal(n)) return n;
            }
        }
    }
    // Adds word number n (numbers count from 0), not in the index, with hash h; key_of(k)
    // gives word k for a regrowth.
    template <class KeyOf>
    void insert(std::uint32_t n, std::uint64_t h, const KeyOf& key_of) {
        insert_hashed(n, h, [&](std::uint32_t k) { return word_hash(key_of(k)); });
    }
    // The same, where hash_of(k) gives the hash of entry k for a regrowth.
    template <class HashOf>
    void insert_hashed(std::uint32_t n, std::uint64_t h, const HashOf& hash_of) {
        if (2 * (++count_) > slots_.size()) {
            resize(count_);
            for (std::uint32_t k = 0; k < n; ++k) place(k, hash_of(k));
        }
        place(n, h);
    }

private:
    std::vector<std::uint64_t> slots_;
    std::size_t mask_ = 0, count_ = 0;
    void resize(std::size_t words) {
        std::size_t size = 16;
        while (size < 2 * words + 2) size *= 2;
        slots_.assign(size, 0);
        mask_ = size - 1;
    }
    void place(std::uint32_t n, std::uint64_t h) {
        std::size_t p = h & mask_;
        while (slots_[p] != 0) p = (p + 1) & mask_;
        slots_[p] = (h >> 32 << 32) | (std::uint64_t{n} + 1);
    }
};

}  // namespace mosulkg::detail
