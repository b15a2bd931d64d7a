// The model file: labels, tag dictionary, tagger and parser weights, a checksum.
//
// Layout (little-endian): "MKGSYN02", u32 label count, labels (u8 length,
// bytes), u32 root label, u32 tag count, tags (u8 length, bytes, u8 UPOS), u32
// dictionary size, (u64 form hash, u8 tag)..., u32 ambiguity classes, (u64 form
// hash, u32 class)..., then the tagger's and the parser's tables (u32 classes, f32 scale, u32
// features, u32 short keys..., u8 entry counts..., u32 entries, u8 classes..., i16
// weights...), and a u64 FNV-1a checksum of every byte before it.
#include "syntax_model.hpp"

#include "mosulkg/error.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstring>
#include <type_traits>

namespace mosulkg::detail {
namespace {

constexpr std::string_view magic = "MKGSYN02";

std::uint64_t checksum(std::string_view bytes) noexcept {
    std::uint64_t h = 0xcbf29ce484222325ULL;
    for (unsigned char c : bytes) h = (h ^ c) * 0x100000001b3ULL;
    return h;
}

template <class T>
void put(std::string& out, T value) {
    static_assert(std::is_trivially_copyable_v<T>);
    char buf[sizeof(T)];
    std::memcpy(buf, &value, sizeof(T));
    out.append(buf, sizeof(T));
}

template <class T>
void put_array(std::string& out, const std::vector<T>& values) {
    out.append(reinterpret_cast<const char*>(values.data()), values.size() * sizeof(T));
}

void put_table(std::string& out, const WeightTable::Raw& t) {
    put<std::uint32_t>(out, t.classes);
    put<float>(out, t.scale);
    put<std::uint32_t>(out, static_cast<std::uint32_t>(t.keys.size()));
    put_array(out, t.keys);
    put_array(out, t.counts);
    put<std::uint32_t>(out, static_cast<std::uint32_t>(t.entry_class.size()));
    put_array(out, t.entry_class);
    put_array(out, t.entry_weight);
}

class Reader {
public:
    Reader(std::string_view bytes, std::string_view origin) : bytes_(bytes), origin_(origin) {}

    [[noreturn]] void fail(std::string_view what) const {
        throw Error(fmt::format("{}: not a valid syntax model ({})", origin_, what));
    }
    template <class T>
    T get() {
        if (bytes_.size() - pos_ < sizeof(T)) fail("truncated");
        T value;
        std::memcpy(&value, bytes_.data() + pos_, sizeof(T));
        pos_ += sizeof(T);
        return value;
    }
    template <class T>
    std::vector<T> get_array(std::size_t n) {
        if ((bytes_.size() - pos_) / sizeof(T) < n) fail("truncated");
        std::vector<T> values(n);
        if (n) std::memcpy(values.data(), bytes_.data() + pos_, n * sizeof(T));  // no null pointer when empty
        pos_ += n * sizeof(T);
        return values;
    }
    std::string_view get_bytes(std::size_t n) {
        if (bytes_.size() - pos_ < n) fail("truncated");
        auto s = bytes_.substr(pos_, n);
        pos_ += n;
        return s;
    }
    bool at_end() const noexcept { return pos_ == bytes_.size(); }

private:
    std::string_view bytes_;
    std::string_view origin_;
    std::size_t pos_ = 0;
};

WeightTable::Raw get_table(Reader& r, std::uint32_t expected_classes) {
    WeightTable::Raw t;
    t.classes = r.get<std::uint32_t>();
    if (t.classes != expected_classes) r.fail("wrong number of classes");
    t.scale = r.get<float>();
    const auto features = r.get<std::uint32_t>();
    t.keys = r.get_array<std::uint32_t>(features);
    t.counts = r.get_array<std::uint8_t>(features);
    const auto entries = r.get<std::uint32_t>();
    t.entry_class = r.get_array<std::uint8_t>(entries);
    t.entry_weight = r.get_array<std::int16_t>(entries);
    std::size_t total = 0;
    for (auto c : t.counts) total += c;
    if (total != entries || entries >= WeightTable::max_entries) r.fail("bad feature table");
    for (auto c : t.entry_class)
        if (c >= t.classes) r.fail("bad class");
    for (std::size_t i = 0; i < t.keys.size(); ++i)
        if (t.keys[i] == 0 || (i > 0 && t.keys[i] <= t.keys[i - 1])) r.fail("bad feature keys");
    return t;
}

}  // namespace

std::string serialise(const SyntaxModel& model) {
    std::string out(magic);
    put<std::uint32_t>(out, static_cast<std::uint32_t>(model.labels.size()));
    for (const auto& l : model.labels) {
        put<std::uint8_t>(out, static_cast<std::uint8_t>(l.size()));
        out += l;
    }
    put<std::uint32_t>(out, static_cast<std::uint32_t>(model.root_label));
    put<std::uint32_t>(out, static_cast<std::uint32_t>(model.tags.size()));
    for (std::size_t i = 0; i < model.tags.size(); ++i) {
        put<std::uint8_t>(out, static_cast<std::uint8_t>(model.tags[i].size()));
        out += model.tags[i];
        put<std::uint8_t>(out, model.tag_upos[i]);
    }
    std::vector<std::pair<std::uint64_t, std::uint8_t>> dict(model.tag_dictionary.begin(),
                                                             model.tag_dictionary.end());
    std::sort(dict.begin(), dict.end());
    put<std::uint32_t>(out, static_cast<std::uint32_t>(dict.size()));
    for (const auto& [key, tag] : dict) {
        put<std::uint64_t>(out, key);
        put<std::uint8_t>(out, tag);
    }
    std::vector<std::pair<std::uint64_t, std::uint32_t>> ambiguity(model.ambiguity.begin(),
                                                                   model.ambiguity.end());
    std::sort(ambiguity.begin(), ambiguity.end());
    put<std::uint32_t>(out, static_cast<std::uint32_t>(ambiguity.size()));
    for (const auto& [key, cls] : ambiguity) {
        put<std::uint64_t>(out, key);
        put<std::uint32_t>(out, cls);
    }
    put_table(out, model.tagger.raw());
    put_table(out, model.parser.raw());
    put<std::uint64_t>(out, checksum(out));
    return out;
}

SyntaxModel deserialise(std::string_view bytes, std::string_view origin) {
    Reader r(bytes, origin);
    if (bytes.size() < magic.size() + 8 || bytes.substr(0, magic.size()) != magic) r.fail("wrong header");
    std::uint64_t stored = 0;
    std::memcpy(&stored, bytes.data() + bytes.size() - 8, 8);
    if (stored != checksum(bytes.substr(0, bytes.size() - 8)))
        r.fail("checksum mismatch: truncated or corrupted");
    Reader body(bytes.substr(0, bytes.size() - 8), origin);
    body.get_bytes(magic.size());
    SyntaxModel m;
    const auto n_labels = body.get<std::uint32_t>();
    if (n_labels == 0 || n_labels > 127) body.fail("bad label count");
    for (std::uint32_t i = 0; i < n_labels; ++i)
        m.labels.emplace_back(body.get_bytes(body.get<std::uint8_t>()));
    m.root_label = static_cast<int>(body.get<std::uint32_t>());
    if (m.root_label >= static_cast<int>(n_labels)) body.fail("bad root label");
    const auto n_tags = body.get<std::uint32_t>();
    if (n_tags == 0 || n_tags > max_fine_tags) body.fail("bad tag count");
    for (std::uint32_t i = 0; i < n_tags; ++i) {
        m.tags.emplace_back(body.get_bytes(body.get<std::uint8_t>()));
        m.tag_upos.push_back(body.get<std::uint8_t>());
        if (m.tag_upos.back() >= upos_count) body.fail("bad tag");
    }
    const auto dict = body.get<std::uint32_t>();
    for (std::uint32_t i = 0; i < dict; ++i) {
        const auto key = body.get<std::uint64_t>();
        const auto tag = body.get<std::uint8_t>();
        if (tag >= n_tags) body.fail("bad tag");
        m.tag_dictionary.emplace(key, tag);
    }
    const auto classes = body.get<std::uint32_t>();
    for (std::uint32_t i = 0; i < classes; ++i) {
        const auto key = body.get<std::uint64_t>();
        const auto cls = body.get<std::uint32_t>();
        if (cls == 0) body.fail("bad ambiguity class");
        m.ambiguity.emplace(key, cls);
    }
    derive_tag_classes(m);
    m.tagger = WeightTable(get_table(body, n_tags));
    m.parser = WeightTable(get_table(body, 1 + 2 * n_labels));
    if (!body.at_end()) body.fail("trailing bytes");
    return m;
}

}  // namespace mosulkg::detail
