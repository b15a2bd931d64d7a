// Word features, feature templates and the arc-hybrid transition system.
#include "syntax_model.hpp"

#include <algorithm>
#include <cassert>
#include <cstring>
#include <new>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <immintrin.h>
#endif

#ifdef __linux__
#include <sys/mman.h>
#endif

namespace mosulkg::detail {
namespace {

bool is_digit(unsigned char c) noexcept {
    return c >= '0' && c <= '9';
}
bool is_upper(unsigned char c) noexcept {
    return c >= 'A' && c <= 'Z';
}
bool is_lower(unsigned char c) noexcept {
    return c >= 'a' && c <= 'z';
}
char lower(char c) noexcept {
    return is_upper(static_cast<unsigned char>(c)) ? static_cast<char>(c + 32) : c;
}

// The replacement of a typographic character starting at s[i] (3 or 2 bytes), or nullptr.
const char* typographic(std::string_view s, std::size_t i, std::size_t& len) noexcept {
    auto at = [&](std::size_t k) { return k < s.size() ? static_cast<unsigned char>(s[k]) : 0u; };
    if (at(i) == 0xE2 && at(i + 1) == 0x80) {
        len = 3;
        switch (at(i + 2)) {
            case 0x98:
            case 0x99:
            case 0xB2:
                return "'";
            case 0x9C:
            case 0x9D:
            case 0x9E:
            case 0xB3:
                return "\"";
            case 0x93:
            case 0x94:
                return "--";
            case 0xA6:
                return "...";
            default:
                return nullptr;
        }
    }
    if (at(i) == 0xC2 && (at(i + 1) == 0xAB || at(i + 1) == 0xBB)) {
        len = 2;
        return "\"";
    }
    return nullptr;
}

// "2014" -> "!YEAR", "30,000" / "6.8" / "13:10" -> "!NUM"; other words unchanged.
bool fold_number(std::string& w) {
    std::size_t digits = 0;
    for (unsigned char c : w) {
        if (is_digit(c))
            ++digits;
        else if (c != '.' && c != ',' && c != ':' && c != '/' && c != '-')
            return false;
    }
    if (digits == 0) return false;
    w = (digits == 4 && w.size() == 4) ? "!YEAR" : "!NUM";
    return true;
}

std::string shape_of(std::string_view w) {
    std::string out;
    for (unsigned char c : w) {
        char k = is_upper(c)   ? 'X'
                 : is_lower(c) ? 'x'
                 : is_digit(c) ? 'd'
                 : c >= 0x80   ? 'u'
                               : static_cast<char>(c);
        if (out.empty() || out.back() != k) out += k;
        if (out.size() >= 6) break;
    }
    return out;
}

// The values of n features: out[i] = feature(templ[i], a[i], b[i], c[i]) for i < n.
struct FeatureValues {
    const std::uint64_t *templ, *a, *b, *c;
};

void feature_keys_plain(FeatureValues v, std::size_t n, std::uint64_t* out) noexcept {
    for (std::size_t i = 0; i < n; ++i) out[i] = feature(v.templ[i], v.a[i], v.b[i], v.c[i]);
}

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define MOSULKG_FEATURE_KEYS_AVX512 1

// Eight 64-bit lanes (GCC and Clang vector extensions: lane-wise arithmetic, wrapping as on
// scalars).
typedef std::uint64_t Lanes8 __attribute__((vector_size(64)));

__attribute__((target("avx512f,avx512dq"))) inline Lanes8 splitmix8(Lanes8 x) noexcept {
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    x ^= x >> 31;
    return x;
}

// The same, eight keys at a time with AVX-512 (the same arithmetic, so the same keys).
__attribute__((target("avx512f,avx512dq"))) void feature_keys_avx512(FeatureValues v, std::size_t n,
                                                                     std::uint64_t* out) noexcept {
    std::size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        Lanes8 templ, a, b, c;
        std::memcpy(&templ, v.templ + i, sizeof templ);
        std::memcpy(&a, v.a + i, sizeof a);
        std::memcpy(&b, v.b + i, sizeof b);
        std::memcpy(&c, v.c + i, sizeof c);
        Lanes8 h = splitmix8(templ * 0x9e3779b97f4a7c15ULL + a);
        h = splitmix8(h ^ (b + 0x632be59bd9b4e019ULL));
        h = splitmix8(h ^ (c + 0x85ebca77c2b2ae63ULL));
        h |= 1;
        std::memcpy(out + i, &h, sizeof h);
    }
    feature_keys_plain({v.templ + i, v.a + i, v.b + i, v.c + i}, n - i, out + i);
}

const bool has_avx512 = __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512dq");
#endif

void feature_keys(FeatureValues v, std::size_t n, std::uint64_t* out) noexcept {
#ifdef MOSULKG_FEATURE_KEYS_AVX512
    if (has_avx512) return feature_keys_avx512(v, n, out);
#endif
    feature_keys_plain(v, n, out);
}

std::uint64_t suffix(std::string_view lower_form, std::size_t k) {
    return hash_bytes(lower_form.substr(lower_form.size() > k ? lower_form.size() - k : 0)) + k;
}

}  // namespace

std::string normalise_word(std::string_view word) {
    std::string out;
    out.reserve(word.size());
    for (std::size_t i = 0; i < word.size();) {
        std::size_t len = 1;
        if (const char* r = typographic(word, i, len)) {
            out += r;
            i += len;
        } else {
            out += word[i++];
        }
    }
    fold_number(out);
    return out;
}

std::vector<WordInfo> word_infos(const std::vector<std::string_view>& words) {
    std::vector<WordInfo> out(words.size());
    std::string low;
    for (std::size_t i = 0; i < words.size(); ++i) {
        std::string form = normalise_word(words[i].substr(0, 256));
        low.assign(form.size(), ' ');
        std::transform(form.begin(), form.end(), low.begin(), lower);
        WordInfo& w = out[i];
        w.form = hash_bytes(form);
        w.lower = hash_bytes(low);
        w.suf1 = suffix(low, 1);
        w.suf2 = suffix(low, 2);
        w.suf3 = suffix(low, 3);
        w.suf4 = suffix(low, 4);
        w.pre1 = form.empty() ? 0 : static_cast<unsigned char>(form[0]) + 1;
        w.pre3 = hash_bytes(std::string_view(low).substr(0, 3)) + 3;
        w.shape = hash_bytes(shape_of(words[i].substr(0, 64)));
    }
    return out;
}

// ---- tagger ---------------------------------------------------------------------

std::vector<std::uint32_t> ambiguity_classes(const SyntaxModel& m, const std::vector<WordInfo>& words) {
    std::vector<std::uint32_t> out(words.size(), 0);
    if (m.ambiguity.empty()) return out;
    for (std::size_t i = 0; i < words.size(); ++i) {
        auto it = m.ambiguity.find(words[i].form);
        if (it == m.ambiguity.end()) it = m.ambiguity.find(words[i].lower ^ lower_key);
        if (it != m.ambiguity.end()) out[i] = it->second;
    }
    return out;
}

void derive_tag_classes(SyntaxModel& m) {
    m.tag_finite.assign(m.tags.size(), 0);
    for (std::size_t t = 0; t < m.tags.size(); ++t) {
        const bool verbal = m.tag_upos[t] == static_cast<std::uint8_t>(Upos::verb) ||
                            m.tag_upos[t] == static_cast<std::uint8_t>(Upos::aux);
        const std::string_view tag = m.tags[t];
        const std::string_view xpos = tag.substr(std::min(tag.size(), tag.find('|') + 1));
        m.tag_finite[t] = verbal && (xpos == "VBD" || xpos == "VBZ" || xpos == "VBP" || xpos == "MD");
    }
}

TaggerInput tagger_input(const SyntaxModel& m, const std::vector<WordInfo>& words) {
    TaggerInput in{ambiguity_classes(m, words), std::vector<std::uint8_t>(words.size(), 0)};
    std::uint8_t later = 0;
    for (std::size_t i = words.size(); i-- > 0;) {
        in.finite_later[i] = later;
        const std::uint32_t a = in.ambiguity[i];
        later = std::max<std::uint8_t>(later, (a & class_always_finite)   ? 2
                                              : (a & class_can_be_finite) ? 1
                                                                          : 0);
    }
    return in;
}

void tagger_features(const std::vector<WordInfo>& words, const TaggerInput& input, std::size_t i,
                     const TagContext& context, std::uint64_t* out) noexcept {
    const std::vector<std::uint32_t>& ambiguity = input.ambiguity;
    static const WordInfo start{hash_bytes("-START-"), hash_bytes("-start-"), 1, 2, 3, 4, 5, 6, 7};
    static const WordInfo end{hash_bytes("-END-"), hash_bytes("-end-"), 11, 12, 13, 14, 15, 16, 17};
    const std::size_t n = words.size();
    auto at = [&](std::ptrdiff_t k) -> const WordInfo& {
        return k < 0 ? start : static_cast<std::size_t>(k) >= n ? end : words[static_cast<std::size_t>(k)];
    };
    auto amb = [&](std::size_t k) -> std::uint64_t { return k < n ? ambiguity[k] : 1; };
    const auto j = static_cast<std::ptrdiff_t>(i);
    const WordInfo& w = words[i];
    const std::uint64_t p1 = static_cast<std::uint64_t>(context.prev) + 1;
    const std::uint64_t p2 = static_cast<std::uint64_t>(context.prev2) + 1;
    const std::uint64_t a0 = amb(i), a1 = amb(i + 1), a2 = amb(i + 2);
    // the templates' values first, then all keys together
    std::uint64_t vt[tagger_feature_count], va[tagger_feature_count], vb[tagger_feature_count],
        vc[tagger_feature_count];
    std::size_t k = 0;
    auto f = [&](std::uint64_t t, std::uint64_t a, std::uint64_t b = 0, std::uint64_t c = 0) {
        if (k < tagger_feature_count) vt[k] = t, va[k] = a, vb[k] = b, vc[k] = c;
        ++k;
    };
    f(1, 0);
    f(2, w.form);
    f(3, w.lower);
    f(4, w.suf2);
    f(5, w.suf3);
    f(6, w.suf4);
    f(7, w.pre1);
    f(8, w.shape);
    f(9, p1);
    f(10, p2);
    f(11, p1, p2);
    f(12, p1, w.lower);
    f(13, at(j - 1).lower);
    f(14, at(j - 1).suf3);
    f(15, at(j - 2).lower);
    f(16, at(j + 1).lower);
    f(17, at(j + 1).suf3);
    f(18, at(j + 2).lower);
    f(19, at(j - 1).lower, w.lower);
    f(20, w.lower, at(j + 1).lower);
    f(21, w.shape, p1);
    f(22, w.suf1);
    f(23, i == 0, w.shape);
    f(24, p1, w.suf3);
    f(25, p1, at(j + 1).lower);
    f(26, at(j - 1).shape);
    f(27, at(j + 1).shape);
    f(28, w.pre3);
    f(29, at(j + 1).lower, at(j + 2).lower);
    // ambiguity classes of the word and of the two next words
    f(30, a0);
    f(31, a1);
    f(32, a2);
    f(33, a0, a1);
    f(34, p1, a1);
    f(35, p1, a0, a1);
    // whether a finite verb may follow: "Militants seized control" has none, so "seized" is one
    const std::uint64_t later = input.finite_later[i];
    f(38, later, a0);
    f(39, later, p1, w.suf2);
    f(40, later, w.lower);
    assert(k == tagger_feature_count);
    feature_keys({vt, va, vb, vc}, tagger_feature_count, out);
}

// ---- transition system ------------------------------------------------------------

ParseState::ParseState(std::size_t n_words)
    : n(n_words),
      heads(n_words + 1, -1),
      labels(n_words + 1, -1),
      left1(n_words + 1, -1),
      left2(n_words + 1, -1),
      right1(n_words + 1, -1),
      right2(n_words + 1, -1),
      left_count(n_words + 1, 0),
      right_count(n_words + 1, 0),
      left_labels(n_words + 1, 0),
      right_labels(n_words + 1, 0) {
    stack.reserve(n_words + 1);
}

bool ParseState::valid(Move m) const noexcept {
    switch (m) {
        case Move::shift:
            return b < n;
        case Move::left:
            return !stack.empty() && (b < n || stack.size() == 1);
        case Move::right:
            return stack.size() >= 2;
    }
    return false;
}

void ParseState::apply(Move m, int label) noexcept {
    if (m == Move::shift) {
        stack.push_back(static_cast<int>(b++));
        return;
    }
    const int d = stack.back();
    stack.pop_back();
    const int h = m == Move::left ? static_cast<int>(b) : stack.back();
    heads[d] = h;
    labels[d] = label;
    const std::uint64_t bit = std::uint64_t{1} << (static_cast<unsigned>(label) & 63u);
    if (d < h) {
        if (left1[h] < 0 || d < left1[h]) {
            left2[h] = left1[h];
            left1[h] = d;
        } else if (left2[h] < 0 || d < left2[h]) {
            left2[h] = d;
        }
        if (left_count[h] < 255) ++left_count[h];
        left_labels[h] |= bit;
    } else {
        if (right1[h] < 0 || d > right1[h]) {
            right2[h] = right1[h];
            right1[h] = d;
        } else if (right2[h] < 0 || d > right2[h]) {
            right2[h] = d;
        }
        if (right_count[h] < 255) ++right_count[h];
        right_labels[h] |= bit;
    }
}

bool class_valid(const ParseState& s, int c, int n_labels, int root_label) noexcept {
    const Move m = class_move(c, n_labels);
    if (!s.valid(m)) return false;
    if (m == Move::shift) return true;
    const int label = class_label(c, n_labels);
    if (m == Move::left && s.b >= s.n) return label == root_label;
    return label != root_label;
}

// ---- parser features ---------------------------------------------------------------

namespace {

struct Context {
    const ParseState& s;
    const std::vector<WordInfo>& words;
    const std::vector<int>& tags;

    std::uint64_t w(int k) const noexcept {
        static const std::uint64_t none = hash_bytes("-NONE-"), root = hash_bytes("-ROOT-");
        return k < 0                                ? none
               : static_cast<std::size_t>(k) >= s.n ? root
                                                    : words[static_cast<std::size_t>(k)].lower;
    }
    std::uint64_t p(int k) const noexcept {
        return static_cast<std::uint64_t>(k < 0 ? tag_none
                                          : static_cast<std::size_t>(k) >= s.n
                                              ? tag_root
                                              : tags[static_cast<std::size_t>(k)]) +
               1;
    }
    std::uint64_t l(int k) const noexcept { return k < 0 ? 0 : static_cast<std::uint64_t>(s.labels[k] + 2); }
    int child(const std::vector<int>& v, int k) const noexcept { return k < 0 ? -1 : v[k]; }
};

// The template numbers of the parser's features: 100, 101, ...
constexpr std::array<std::uint64_t, parser_feature_count> parser_templates = [] {
    std::array<std::uint64_t, parser_feature_count> t{};
    for (std::size_t i = 0; i < t.size(); ++i) t[i] = 100 + i;
    return t;
}();

std::uint64_t distance_bucket(int s0, std::size_t b) noexcept {
    if (s0 < 0) return 0;
    const auto d = static_cast<std::uint64_t>(b) - static_cast<std::uint64_t>(s0);
    return d < 5 ? d : d < 10 ? 5 : 6;
}

}  // namespace

ParserInput parser_input(const SyntaxModel& m, const std::vector<WordInfo>& words,
                         const std::vector<int>& tags) {
    ParserInput in{&words, &tags, {}, {}};
    in.punct_before.assign(words.size() + 1, 0);
    in.verbs_before.assign(words.size() + 1, 0);
    for (std::size_t i = 0; i < words.size(); ++i) {
        const auto upos = m.tag_upos[static_cast<std::size_t>(tags[i])];
        in.punct_before[i + 1] =
            static_cast<std::uint16_t>(in.punct_before[i] + (upos == static_cast<std::uint8_t>(Upos::punct) &&
                                                             in.punct_before[i] < 60000));
        in.verbs_before[i + 1] =
            static_cast<std::uint16_t>(in.verbs_before[i] + (upos == static_cast<std::uint8_t>(Upos::verb) &&
                                                             in.verbs_before[i] < 60000));
    }
    return in;
}

namespace {

// How many of `before`'s items stand strictly between words a < b (b may be the root), as 1, 2, 3
// (three or more); 0 when a word is missing.
std::uint64_t between(const std::vector<std::uint16_t>& before, int a, int b) noexcept {
    if (a < 0 || b < 0 || a >= b) return 0;
    const auto last =
        static_cast<std::size_t>(std::min<std::size_t>(static_cast<std::size_t>(b), before.size() - 1));
    const int count = before[last] - before[static_cast<std::size_t>(a) + 1];
    return static_cast<std::uint64_t>(std::min(count, 2)) + 1;
}

}  // namespace

void parser_features(const ParseState& s, const ParserInput& in, std::uint64_t* out) noexcept {
    const Context c{s, *in.words, *in.tags};
    const std::size_t depth = s.stack.size();
    const int s0 = depth > 0 ? s.stack[depth - 1] : -1;
    const int s1 = depth > 1 ? s.stack[depth - 2] : -1;
    const int s2 = depth > 2 ? s.stack[depth - 3] : -1;
    const int n0 = s.b <= s.n ? static_cast<int>(s.b) : -1;
    const int n1 = s.b + 1 <= s.n ? static_cast<int>(s.b + 1) : -1;
    const int n2 = s.b + 2 <= s.n ? static_cast<int>(s.b + 2) : -1;
    const int s0l = c.child(s.left1, s0), s0l2 = c.child(s.left2, s0);
    const int s0r = c.child(s.right1, s0), s0r2 = c.child(s.right2, s0);
    const int n0l = c.child(s.left1, n0), n0l2 = c.child(s.left2, n0);
    const int s1r = c.child(s.right1, s1);
    const std::uint64_t ws0 = c.w(s0), ps0 = c.p(s0), wn0 = c.w(n0), pn0 = c.p(n0);
    const std::uint64_t ws1 = c.w(s1), ps1 = c.p(s1), wn1 = c.w(n1), pn1 = c.p(n1);
    const std::uint64_t pn2 = c.p(n2), ps2 = c.p(s2);
    const std::uint64_t d = distance_bucket(s0, s.b);
    const std::uint64_t vl0 = s0 < 0 ? 0 : s.left_count[s0] + 1, vr0 = s0 < 0 ? 0 : s.right_count[s0] + 1;
    const std::uint64_t vln = n0 < 0 ? 0 : s.left_count[n0] + 1;
    const std::uint64_t sl0 = s0 < 0 ? 0 : s.left_labels[s0], sr0 = s0 < 0 ? 0 : s.right_labels[s0];
    const std::uint64_t sln = n0 < 0 ? 0 : s.left_labels[n0];
    // the templates' values first (cheap, inlined), then all keys in one tight loop
    std::uint64_t va[parser_feature_count], vb[parser_feature_count], vc[parser_feature_count];
    std::size_t k = 0;
    auto f = [&](std::uint64_t a, std::uint64_t b2 = 0, std::uint64_t c2 = 0) {
        if (k < parser_feature_count) va[k] = a, vb[k] = b2, vc[k] = c2;
        ++k;
    };
    f(0);  // bias
    f(ws0, ps0), f(ws0), f(ps0), f(wn0, pn0), f(wn0), f(pn0), f(wn1, pn1), f(wn1), f(pn1);
    f(c.w(n2)), f(pn2), f(ws1, ps1), f(ws1), f(ps1), f(ps2);
    // pairs of the stack top and the buffer front
    f(ws0 * 31 + ps0, wn0 * 31 + pn0), f(ws0 * 31 + ps0, wn0), f(ws0, wn0 * 31 + pn0);
    f(ws0 * 31 + ps0, pn0), f(ps0, wn0 * 31 + pn0), f(ws0, wn0), f(ps0, pn0), f(pn0, pn1);
    // triples
    f(pn0, pn1, pn2), f(ps0, pn0, pn1), f(ps1, ps0, pn0), f(ps0, c.p(s0l), pn0), f(ps0, c.p(s0r), pn0);
    f(ps0, pn0, c.p(n0l)), f(ps1, ps0), f(ws1, ws0), f(ws1, ps0), f(ps1, ws0), f(ps2, ps1, ps0);
    // distance
    f(ws0, d), f(ps0, d), f(wn0, d), f(pn0, d), f(ws0, wn0, d), f(ps0, pn0, d);
    // valency
    f(ws0, vr0), f(ps0, vr0), f(ws0, vl0), f(ps0, vl0), f(wn0, vln), f(pn0, vln);
    // children
    f(c.w(s0l)), f(c.p(s0l)), f(c.l(s0l)), f(c.w(s0r)), f(c.p(s0r)), f(c.l(s0r));
    f(c.w(n0l)), f(c.p(n0l)), f(c.l(n0l));
    f(c.p(s0l2), c.l(s0l2)), f(c.p(s0r2), c.l(s0r2)), f(c.p(n0l2), c.l(n0l2));
    f(ps0, c.p(s0l), c.p(s0l2)), f(ps0, c.p(s0r), c.p(s0r2)), f(pn0, c.p(n0l), c.p(n0l2));
    f(ps1, c.p(s1r), ps0), f(ps1, c.l(s1r), ps0), f(ws0, c.l(s0l)), f(ws0, c.l(s0r));
    // label sets
    f(ws0, sr0), f(ps0, sr0), f(ws0, sl0), f(ps0, sl0), f(wn0, sln), f(pn0, sln);
    // the stack top with the two next words
    f(ws0, wn0, wn1), f(ps0, wn0, pn1), f(ws0, pn0, pn1);
    // the two stack items, which a right move joins
    const int s1l = c.child(s.left1, s1);
    const std::uint64_t d10 = s1 < 0 ? 0 : distance_bucket(s1, static_cast<std::size_t>(s0)) + 1;
    f(ws1 * 31 + ps1, ws0 * 31 + ps0), f(ws1 * 31 + ps1, ps0), f(ps1, ws0 * 31 + ps0), f(ps1, ps0, d10);
    f(ws1, ws0, d10), f(ps1, s1 < 0 ? 0 : s.left_count[s1] + 1, ps0), f(c.p(s1l), c.l(s1l), ps1);
    f(ps1, c.l(s1l), ps0), f(ws1, ps0, pn0), f(ps1, ws0, pn0), f(ps1, ps0, wn0), f(c.l(s0r), ps0, pn0);
    f(pn0, wn1);
    // punctuation and verbs between the stack top and the buffer front, and between the stack items
    const std::uint64_t pb = between(in.punct_before, s0, n0), pb10 = between(in.punct_before, s1, s0);
    const std::uint64_t vbn = between(in.verbs_before, s0, n0), vb10 = between(in.verbs_before, s1, s0);
    f(ps0, pn0, pb), f(ps1, ps0, pb10), f(ps0, pn0, vbn), f(ps1, ps0, vb10), f(ws0 * 31 + pb, pn0);
    // the fourth buffer word, and the second stack item with the buffer front
    const int n3 = s.b + 3 <= s.n ? static_cast<int>(s.b + 3) : -1;
    f(pn1, pn2, c.p(n3)), f(ws1, wn0);
    assert(k == parser_feature_count);
    feature_keys({parser_templates.data(), va, vb, vc}, parser_feature_count, out);
}

// ---- weights -----------------------------------------------------------------------

void* allocate_large(std::size_t bytes) {
    constexpr std::size_t page = std::size_t{2} << 20;
    if (bytes < page) return ::operator new (bytes, std::align_val_t{64});
    void* p = ::operator new (bytes, std::align_val_t{page});
#ifdef MADV_HUGEPAGE
    madvise(p, (bytes + page - 1) / page * page, MADV_HUGEPAGE);  // a hint: failure is harmless
#endif
    return p;
}

void free_large(void* p, std::size_t bytes) noexcept {
    constexpr std::size_t page = std::size_t{2} << 20;
    ::operator delete (p, std::align_val_t{bytes < page ? std::size_t{64} : page});
}

WeightTable::WeightTable(Raw raw) : raw_(std::move(raw)) {
    std::size_t size = 16;
    shift_ = 28;
    while (size < raw_.keys.size() * 2) size *= 2, --shift_;
    slots_.assign(size, Slot{});
    mask_ = static_cast<std::uint32_t>(size - 1);
    stride_ = (raw_.classes + 15) / 16 * 16;
    // the sizes first: each table is allocated (and its pages zeroed) once
    std::size_t sparse = 0, rows = 0;
    for (const std::uint8_t count : raw_.counts) {
        if (count >= dense_from)
            ++rows;
        else
            sparse += count;
    }
    entries_.reserve(sparse);
    dense_.reserve(rows * stride_);
    std::uint32_t begin = 0;
    for (std::size_t i = 0; i < raw_.keys.size(); ++i) {
        const std::uint32_t count = raw_.counts[i];
        std::uint32_t entries = 0;
        if (count >= dense_from) {
            entries = static_cast<std::uint32_t>(dense_.size() / stride_) << 8;
            dense_.resize(dense_.size() + stride_, 0);
            for (std::uint32_t e = begin; e < begin + count; ++e)
                dense_[dense_.size() - stride_ + raw_.entry_class[e]] = raw_.entry_weight[e];
        } else {
            entries = static_cast<std::uint32_t>(entries_.size()) << 8 | count;
            for (std::uint32_t e = begin; e < begin + count; ++e)
                entries_.push_back(Entry{raw_.entry_class[e], raw_.entry_weight[e]});
        }
        begin += count;
        std::uint32_t pos = home(raw_.keys[i]);
        while (slots_[pos].key != 0) pos = (pos + 1) & mask_;
        slots_[pos] = Slot{raw_.keys[i], entries};
    }
    // a power of two of words, at least one for every eight keys
    std::size_t words = 1;
    filter_shift_ = 32;
    while (words * 8 < raw_.keys.size()) words *= 2, --filter_shift_;
    filter_.assign(words, 0);
    for (const std::uint32_t key : raw_.keys) filter_[filter_word(key)] |= filter_bits(key);
}

namespace {

// scores[0..n) += the sum of rows[0..k)[0..n), n a multiple of 16.
void add_rows_plain(const std::int16_t* const* rows, std::size_t k, std::uint32_t n,
                    std::int32_t* __restrict scores) noexcept {
    for (std::size_t r = 0; r < k; ++r) {
        const std::int16_t* __restrict row = rows[r];
        for (std::uint32_t c = 0; c < n; ++c) scores[c] += row[c];  // vectorised by the compiler
    }
}

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define MOSULKG_ADD_ROWS_AVX2 1

// The same with AVX2: the scores of W * 8 classes stay in registers while every row is
// added to them.
template <int W>
__attribute__((target("avx2"))) void add_columns_avx2(const std::int16_t* const* rows, std::size_t k,
                                                      std::uint32_t from, std::int32_t* scores) noexcept {
    __m256i acc[W];
    for (int j = 0; j < W; ++j)
        acc[j] = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(scores + from + 8 * j));
    for (std::size_t r = 0; r < k; ++r) {
        const std::int16_t* row = rows[r] + from;
        for (int j = 0; j < W; ++j)
            acc[j] = _mm256_add_epi32(
                acc[j],
                _mm256_cvtepi16_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i*>(row + 8 * j))));
    }
    for (int j = 0; j < W; ++j)
        _mm256_storeu_si256(reinterpret_cast<__m256i*>(scores + from + 8 * j), acc[j]);
}

__attribute__((target("avx2"))) void add_rows_avx2(const std::int16_t* const* rows, std::size_t k,
                                                   std::uint32_t n, std::int32_t* scores) noexcept {
    std::uint32_t c = 0;
    for (; c + 64 <= n; c += 64) add_columns_avx2<8>(rows, k, c, scores);
    for (; c < n; c += 16) add_columns_avx2<2>(rows, k, c, scores);
}

const bool has_avx2 = __builtin_cpu_supports("avx2");
#endif

void add_rows(const std::int16_t* const* rows, std::size_t k, std::uint32_t n,
              std::int32_t* scores) noexcept {
    if (k == 0) return;
#ifdef MOSULKG_ADD_ROWS_AVX2
    if (has_avx2) return add_rows_avx2(rows, k, n, scores);
#endif
    add_rows_plain(rows, k, n, scores);
}

}  // namespace

// In batches: the filter words of all features are fetched from memory together, then
// the slots of those the filter passes, then the weights of the features found; sparse
// weights are added one by one, dense rows all together.
void WeightTable::score(const std::uint64_t* features, std::size_t n, std::int32_t* scores) const noexcept {
    if (raw_.keys.empty()) return;
    constexpr std::size_t batch = 96;
    std::uint32_t keys[batch], found[batch];
    const std::int16_t* rows[batch];
    for (std::size_t start = 0; start < n; start += batch) {
        const std::size_t m = std::min(batch, n - start);
        for (std::size_t i = 0; i < m; ++i) {
            keys[i] = short_key(features[start + i]);
            __builtin_prefetch(&filter_[filter_word(keys[i])]);
        }
        // the keys that pass the filter, kept in place (no branch)
        std::size_t kept = 0;
        for (std::size_t i = 0; i < m; ++i) {
            const std::uint32_t key = keys[i];
            const std::uint64_t bits = filter_bits(key);
            const std::uint64_t* word = &filter_[filter_word(key)];
            const bool pass = (*word & bits) == bits;
            keys[kept] = key;
            kept += pass;
            __builtin_prefetch(pass ? static_cast<const void*>(&slots_[home(key)]) : word);
        }
        std::size_t hits = 0, dense = 0;
        for (std::size_t i = 0; i < kept; ++i) {
            std::uint32_t p = home(keys[i]);
            while (slots_[p].key != 0 && slots_[p].key != keys[i]) p = (p + 1) & mask_;
            if (slots_[p].key == 0) continue;
            const std::uint32_t entries = slots_[p].entries;
            if (entries & 0xff) {
                found[hits++] = entries;
                __builtin_prefetch(&entries_[entries >> 8]);
            } else {
                const std::int16_t* row = &dense_[(entries >> 8) * std::size_t{stride_}];
                for (std::uint32_t c = 0; c < stride_; c += 32) __builtin_prefetch(row + c);
                rows[dense++] = row;
            }
        }
        for (std::size_t i = 0; i < hits; ++i) {
            const Entry* e = &entries_[found[i] >> 8];
            for (const Entry* end = e + (found[i] & 0xff); e < end; ++e) scores[e->cls] += e->weight;
        }
        add_rows(rows, dense, stride_, scores);
    }
}

}  // namespace mosulkg::detail
