// The byte-to-code-point converter (span.hpp).
#include "mosulkg/span.hpp"

#include <algorithm>

namespace mosulkg {

CodepointIndex::CodepointIndex(std::string_view utf8) : bytes_(utf8.size()) {
    for (std::size_t i = 0; i < utf8.size(); ++i) {
        if ((static_cast<unsigned char>(utf8[i]) & 0xC0) == 0x80) continue;
        std::size_t n = 1;
        while (i + n < utf8.size() && (static_cast<unsigned char>(utf8[i + n]) & 0xC0) == 0x80) ++n;
        if (n > 1) wide_.push_back({i, n});
    }
    *this = CodepointIndex(bytes_, std::move(wide_));
}

CodepointIndex::CodepointIndex(std::size_t bytes, std::vector<Wide> wide)
    : bytes_(bytes), wide_(std::move(wide)) {
    extra_before_.reserve(wide_.size());
    std::size_t extra = 0;
    for (const Wide& w : wide_) {
        extra_before_.push_back(extra);
        extra += w.length - 1;
    }
}

std::size_t CodepointIndex::operator()(std::size_t byte_offset) const {
    std::size_t x = std::min(byte_offset, bytes_);
    auto it = std::upper_bound(wide_.begin(), wide_.end(), x,
                               [](std::size_t b, const Wide& w) { return b < w.byte; });
    if (it == wide_.begin()) return x;
    std::size_t i = static_cast<std::size_t>(it - wide_.begin()) - 1;
    const Wide& w = wide_[i];
    if (x < w.byte + w.length && x < bytes_) return w.byte - extra_before_[i];  // inside the character
    return x - extra_before_[i] - (w.length - 1);
}

}  // namespace mosulkg
