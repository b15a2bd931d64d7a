// mosulkg/span.hpp: offsets into one immutable text, and the id types.
//
// Every stage of the pipeline points into `Document::text` with a `Span`: a
// half-open range of *byte* offsets [begin, end) such that
// `text.substr(begin, end - begin)` is the surface it names. Spans are converted
// to Unicode code points once, by the exporters, with `CodepointIndex`: the one
// byte-to-code-point converter of the library.
//
// Ids are distinct types so that an entity id cannot be passed where a document
// id is expected: `EntityId` ("islamic_state") and `DocId` (the input file name
// without its extension, "000_b02873521b8e7164").
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace mosulkg {

struct Span {
    std::size_t begin = 0;
    std::size_t end = 0;

    constexpr std::size_t size() const noexcept { return end - begin; }
    constexpr bool empty() const noexcept { return end <= begin; }
    constexpr bool contains(Span o) const noexcept { return begin <= o.begin && o.end <= end; }
    constexpr bool overlaps(Span o) const noexcept { return begin < o.end && o.begin < end; }
    std::string_view of(std::string_view text) const { return text.substr(begin, end - begin); }

    friend constexpr bool operator==(Span a, Span b) noexcept { return a.begin == b.begin && a.end == b.end; }
    friend constexpr bool operator!=(Span a, Span b) noexcept { return !(a == b); }
    friend constexpr bool operator<(Span a, Span b) noexcept {
        return a.begin != b.begin ? a.begin < b.begin : a.end < b.end;
    }
};

// A string id that cannot be confused with another kind of id.
template <class Tag>
class Id {
public:
    Id() = default;
    explicit Id(std::string value) : value_(std::move(value)) {}
    const std::string& str() const noexcept { return value_; }
    bool empty() const noexcept { return value_.empty(); }

    friend bool operator==(const Id& a, const Id& b) { return a.value_ == b.value_; }
    friend bool operator!=(const Id& a, const Id& b) { return a.value_ != b.value_; }
    friend bool operator<(const Id& a, const Id& b) { return a.value_ < b.value_; }

private:
    std::string value_;
};

using EntityId = Id<struct EntityIdTag>;
using DocId = Id<struct DocIdTag>;

// Where a piece of information came from: a document, a sentence in it (0-based
// index into `Text::sentences`) and a byte span into the document's text.
struct Provenance {
    DocId doc;
    std::size_t sentence = 0;
    Span span;

    friend bool operator==(const Provenance& a, const Provenance& b) {
        return a.doc == b.doc && a.sentence == b.sentence && a.span == b.span;
    }
    friend bool operator<(const Provenance& a, const Provenance& b) {
        if (a.doc != b.doc) return a.doc < b.doc;
        return a.span < b.span;
    }
};

// Code-point offsets for byte offsets of one UTF-8 text (the JSON contract counts code
// points). It keeps only where multi-byte characters start (a few per sentence in news text), so
// it can stand for a text that is no longer held (see record.hpp). Immutable; a lookup
// is a binary search.
class CodepointIndex {
public:
    struct Wide {
        std::size_t byte = 0;    // where a multi-byte character starts
        std::size_t length = 0;  // its bytes (2 to 4)
    };
    CodepointIndex() = default;
    explicit CodepointIndex(std::string_view utf8);
    CodepointIndex(std::size_t bytes, std::vector<Wide> wide);
    // The code point a byte offset lies in; offsets past the end give the number of code points.
    std::size_t operator()(std::size_t byte_offset) const;
    std::size_t bytes() const noexcept { return bytes_; }
    const std::vector<Wide>& wide() const noexcept { return wide_; }

private:
    std::size_t bytes_ = 0;
    std::vector<Wide> wide_;
    std::vector<std::size_t> extra_before_;  // bytes beyond one per character before wide_[i]
};

}  // namespace mosulkg

template <class Tag>
struct std::hash<mosulkg::Id<Tag>> {
    std::size_t operator()(const mosulkg::Id<Tag>& id) const noexcept {
        return std::hash<std::string>{}(id.str());
    }
};
