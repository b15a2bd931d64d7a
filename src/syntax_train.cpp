// Training: an averaged-perceptron tagger (jackknifed, so that the parser learns
// from predicted tags) and an arc-hybrid parser trained with a dynamic oracle.
#include "mosulkg/error.hpp"
#include "mosulkg/syntax.hpp"
#include "syntax_model.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>
#include <fstream>
#include <map>
#include <ostream>
#include <unordered_map>

namespace mosulkg {
namespace detail {

namespace {

// A small deterministic generator (splitmix64), so that shuffles are the same everywhere.
class Random {
public:
    explicit Random(std::uint64_t seed) : state_(seed) {}
    std::uint64_t next() noexcept { return splitmix(state_ += 0x9e3779b97f4a7c15ULL); }
    std::size_t below(std::size_t n) noexcept { return static_cast<std::size_t>(next() % n); }
    double unit() noexcept { return static_cast<double>(next() >> 11) / 9007199254740992.0; }

private:
    std::uint64_t state_;
};

template <class T>
void shuffle(std::vector<T>& v, Random& r) {
    for (std::size_t i = v.size(); i > 1; --i) std::swap(v[i - 1], v[r.below(i)]);
}

// Weights being trained, with the sums needed for averaging.
class TrainWeights {
public:
    explicit TrainWeights(std::uint32_t classes) : classes_(classes) { slots_.resize(1 << 16); }

    void score(const std::uint64_t* f, std::size_t n, float* scores) const {
        for (std::size_t i = 0; i < n; ++i) {
            const std::uint32_t row = find(f[i]);
            if (row == none) continue;
            for (const Entry& e : rows_[row]) scores[e.cls] += e.w;
        }
    }
    // Moves the weights of the features towards `truth` and away from `guess`.
    void update(const std::uint64_t* f, std::size_t n, int truth, int guess) {
        for (std::size_t i = 0; i < n; ++i) {
            auto& row = rows_[find_or_add(f[i])];
            add(row, truth, 1.0f);
            add(row, guess, -1.0f);
        }
    }
    void tick() noexcept { ++now_; }
    // The averaged weights, the max_weights largest in magnitude (0: all), quantised to 16 bits.
    WeightTable::Raw average(std::size_t max_weights) const;

private:
    static constexpr std::uint32_t none = 0xffffffffu;
    struct Entry {
        std::uint32_t cls;
        float w;
        double total;
        std::int64_t stamp;
    };
    struct Slot {
        std::uint64_t key = 0;
        std::uint32_t row = none;
    };

    std::uint32_t find(std::uint64_t key) const noexcept {
        const std::size_t mask = slots_.size() - 1;
        for (std::size_t p = (key >> 7) & mask;; p = (p + 1) & mask) {
            if (slots_[p].key == key) return slots_[p].row;
            if (slots_[p].key == 0) return none;
        }
    }
    std::uint32_t find_or_add(std::uint64_t key) {
        if (const auto row = find(key); row != none) return row;
        if ((rows_.size() + 1) * 2 > slots_.size()) grow();
        const std::size_t mask = slots_.size() - 1;
        std::size_t p = (key >> 7) & mask;
        while (slots_[p].key != 0) p = (p + 1) & mask;
        slots_[p] = Slot{key, static_cast<std::uint32_t>(rows_.size())};
        keys_.push_back(key);
        rows_.emplace_back();
        return slots_[p].row;
    }
    void grow() {
        std::vector<Slot> old(slots_.size() * 2);
        old.swap(slots_);
        const std::size_t mask = slots_.size() - 1;
        for (const Slot& s : old) {
            if (s.key == 0) continue;
            std::size_t p = (s.key >> 7) & mask;
            while (slots_[p].key != 0) p = (p + 1) & mask;
            slots_[p] = s;
        }
    }
    void add(std::vector<Entry>& row, int cls, float delta) {
        auto it = std::find_if(row.begin(), row.end(),
                               [&](const Entry& e) { return e.cls == static_cast<std::uint32_t>(cls); });
        if (it == row.end()) {
            row.push_back(Entry{static_cast<std::uint32_t>(cls), 0.0f, 0.0, now_});
            it = row.end() - 1;
        }
        it->total += static_cast<double>(now_ - it->stamp) * it->w;
        it->stamp = now_;
        it->w += delta;
    }

    std::uint32_t classes_;
    std::vector<Slot> slots_;
    std::vector<std::uint64_t> keys_;
    std::vector<std::vector<Entry>> rows_;
    std::int64_t now_ = 1;
};

WeightTable::Raw TrainWeights::average(std::size_t max_weights) const {
    // Features are kept under their short keys; the few that share one are merged.
    std::vector<std::pair<std::uint32_t, std::uint32_t>> order(rows_.size());
    for (std::uint32_t i = 0; i < order.size(); ++i) order[i] = {short_key(keys_[i]), i};
    std::sort(order.begin(), order.end());
    struct Merged {
        std::uint32_t key;
        std::uint32_t cls;
        double value;
    };
    std::vector<Merged> merged;
    std::vector<double> sum(classes_);
    const auto now = static_cast<double>(now_);
    for (std::size_t i = 0; i < order.size();) {
        std::fill(sum.begin(), sum.end(), 0.0);
        const std::uint32_t key = order[i].first;
        for (; i < order.size() && order[i].first == key; ++i)
            for (const Entry& e : rows_[order[i].second])
                sum[e.cls] += (e.total + static_cast<double>(now_ - e.stamp) * e.w) / now;
        for (std::uint32_t c = 0; c < classes_; ++c)
            if (sum[c] != 0.0) merged.push_back(Merged{key, c, sum[c]});
    }
    // The largest weights in magnitude, at most max_weights of them.
    double threshold = 0;
    if (max_weights > 0 && merged.size() > max_weights) {
        std::vector<double> magnitudes(merged.size());
        for (std::size_t i = 0; i < merged.size(); ++i) magnitudes[i] = std::abs(merged[i].value);
        std::nth_element(magnitudes.begin(), magnitudes.begin() + static_cast<std::ptrdiff_t>(max_weights),
                         magnitudes.end(), std::greater<>());
        threshold = magnitudes[max_weights];
    }
    double max_abs = 0;
    for (const auto& m : merged) max_abs = std::max(max_abs, std::abs(m.value));
    WeightTable::Raw raw;
    raw.classes = classes_;
    raw.scale = max_abs > 0 ? static_cast<float>(max_abs / 32767.0) : 1.0f;
    for (const auto& m : merged) {
        const auto q = std::lround(m.value / raw.scale);
        if (std::abs(m.value) <= threshold || q == 0) continue;
        if (raw.keys.empty() || raw.keys.back() != m.key) {
            raw.keys.push_back(m.key);
            raw.counts.push_back(0);
        }
        ++raw.counts.back();
        raw.entry_class.push_back(static_cast<std::uint8_t>(m.cls));
        raw.entry_weight.push_back(static_cast<std::int16_t>(q));
    }
    if (raw.entry_class.size() >= WeightTable::max_entries)
        throw Error("the model has too many weights; lower the parser's weight budget");
    return raw;
}

double seconds_since(std::chrono::steady_clock::time_point t0) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

void log(const TrainOptions& o, const std::string& line) {
    if (o.log) *o.log << line << std::endl;
}

// ---- prepared sentences --------------------------------------------------------

struct Sample {
    std::vector<WordInfo> words;
    std::vector<int> gold_tags;
    std::vector<int> tags;                   // predicted (jackknifed) tags
    std::vector<int> heads;                  // gold heads; n for the root
    std::vector<int> labels;                 // gold label numbers
    std::vector<std::vector<int>> children;  // gold children of each word and of the root
    bool projective = true;
};

// Whether the tree, with the root after the last word, has no crossing arcs.
bool is_projective(const std::vector<int>& heads) {
    const int n = static_cast<int>(heads.size());
    for (int d = 0; d < n; ++d) {
        const int a = std::min(d, heads[d]), b = std::max(d, heads[d]);
        for (int k = a + 1; k < b; ++k) {
            const int lo = std::min(k, heads[k]), hi = std::max(k, heads[k]);
            if (lo < a || hi > b) return false;
        }
    }
    return true;
}

// Makes a tree projective where it can by lifting a crossing arc's dependent to the
// head of its head (Nivre and Nilsson 2005, without marking the labels), shortest arcs
// first. Leaves the tree alone where a lift would give the root a second dependent.
void projectivise(std::vector<int>& heads) {
    const int n = static_cast<int>(heads.size());
    for (int round = 0; round < n && !is_projective(heads); ++round) {
        int lift = -1, shortest = n + 1;
        for (int d = 0; d < n; ++d) {
            const int a = std::min(d, heads[d]), b = std::max(d, heads[d]);
            bool crossing = false;
            for (int k = a + 1; k < b && !crossing; ++k)
                crossing = std::min(k, heads[k]) < a || std::max(k, heads[k]) > b;
            if (crossing && b - a < shortest && heads[d] < n && heads[heads[d]] < n)
                lift = d, shortest = b - a;
        }
        if (lift < 0) return;
        heads[lift] = heads[heads[lift]];
    }
}

// The fine tag of a treebank word: "UPOS|XPOS".
std::string fine_tag(const TreebankSentence& s, std::size_t i) {
    return std::string(to_string(s.tags[i])) + "|" + (i < s.xpos.size() ? s.xpos[i] : std::string("_"));
}

// Words, gold fine tags (-1 when the model does not know them) and gold trees, made
// projective with `lift`.
std::vector<Sample> prepare(const std::vector<TreebankSentence>& sentences,
                            const std::map<std::string, int>& tag_ids,
                            const std::map<std::string, int>& label_ids, bool lift) {
    std::vector<Sample> out;
    out.reserve(sentences.size());
    for (const auto& s : sentences) {
        Sample x;
        const std::vector<std::string_view> words(s.words.begin(), s.words.end());
        const int n = static_cast<int>(words.size());
        x.words = word_infos(words);
        x.children.resize(words.size() + 1);
        for (int i = 0; i < n; ++i) {
            const auto tag = tag_ids.find(fine_tag(s, static_cast<std::size_t>(i)));
            x.gold_tags.push_back(tag == tag_ids.end() ? -1 : tag->second);
            x.heads.push_back(s.heads[i] < 0 ? n : s.heads[i]);
            const auto label = label_ids.find(s.labels[i]);
            x.labels.push_back(label == label_ids.end() ? -1 : label->second);
        }
        x.tags = x.gold_tags;
        if (lift) projectivise(x.heads);
        x.projective = is_projective(x.heads);
        for (int i = 0; i < n; ++i) x.children[static_cast<std::size_t>(x.heads[i])].push_back(i);
        out.push_back(std::move(x));
    }
    return out;
}

// ---- tagger ------------------------------------------------------------------------

using TagDictionary = std::unordered_map<std::uint64_t, std::uint8_t>;

// Frequent words (20 times or more) seen with one tag 97% of the time or more.
TagDictionary tag_dictionary(const std::vector<Sample>& samples, const std::vector<std::size_t>& which,
                             std::size_t n_tags) {
    std::unordered_map<std::uint64_t, std::vector<int>> counts;
    for (auto i : which)
        for (std::size_t k = 0; k < samples[i].words.size(); ++k) {
            auto& c = counts[samples[i].words[k].form];
            c.resize(n_tags);
            ++c[static_cast<std::size_t>(samples[i].gold_tags[k])];
        }
    TagDictionary dict;
    for (const auto& [form, c] : counts) {
        int total = 0, best = 0;
        for (std::size_t t = 0; t < n_tags; ++t) {
            total += c[t];
            if (c[t] > c[best]) best = t;
        }
        if (total >= 20 && c[best] >= 0.97 * total) dict.emplace(form, static_cast<std::uint8_t>(best));
    }
    return dict;
}

// The ambiguity classes of the words seen at least twice in `which`: the set of fine tags
// that make up 5% or more of a word's occurrences, for its form and its lower-cased form.
std::unordered_map<std::uint64_t, std::uint32_t> ambiguity(const SyntaxModel& m,
                                                           const std::vector<Sample>& samples,
                                                           const std::vector<std::size_t>& which) {
    const std::size_t n_tags = m.tags.size();
    std::unordered_map<std::uint64_t, std::vector<int>> counts;
    for (auto i : which)
        for (std::size_t k = 0; k < samples[i].words.size(); ++k) {
            const auto tag = static_cast<std::size_t>(samples[i].gold_tags[k]);
            for (std::uint64_t key : {samples[i].words[k].form, samples[i].words[k].lower ^ lower_key}) {
                auto& c = counts[key];
                c.resize(n_tags);
                ++c[tag];
            }
        }
    std::unordered_map<std::uint64_t, std::uint32_t> out;
    for (const auto& [key, c] : counts) {
        int total = 0;
        for (int x : c) total += x;
        if (total < 2) continue;
        std::uint64_t h = 0x51ed270b27a5f3c1ULL;
        bool can_be_finite = false, always_finite = true;
        for (std::size_t t = 0; t < n_tags; ++t)
            if (c[t] > 0 && c[t] * 20 >= total) {
                h = splitmix(h ^ (t + 1));
                can_be_finite = can_be_finite || m.tag_finite[t];
                always_finite = always_finite && m.tag_finite[t];
            }
        std::uint32_t cls = (static_cast<std::uint32_t>(h >> 32) & 0x3fffffffu) | 2u;
        if (can_be_finite) cls |= class_can_be_finite;
        if (can_be_finite && always_finite) cls |= class_always_finite;
        out.emplace(key, cls);
    }
    return out;
}

// The base model (its tags) with a tag dictionary and tagger weights trained on `which`.
SyntaxModel train_tagger(const SyntaxModel& base, const std::vector<Sample>& samples,
                         std::vector<std::size_t> which, int iterations, Random& random) {
    SyntaxModel m = base;
    const int n_tags = static_cast<int>(m.tags.size());
    m.tag_dictionary = tag_dictionary(samples, which, m.tags.size());
    derive_tag_classes(m);
    m.ambiguity = ambiguity(m, samples, which);
    std::vector<TaggerInput> inputs(samples.size());
    for (auto i : which) inputs[i] = tagger_input(m, samples[i].words);
    TrainWeights w(static_cast<std::uint32_t>(n_tags));
    std::array<std::uint64_t, tagger_feature_count> f{};
    for (int it = 0; it < iterations; ++it) {
        shuffle(which, random);
        for (auto i : which) {
            const Sample& s = samples[i];
            TagContext context;
            for (std::size_t k = 0; k < s.words.size(); ++k) {
                int guess = 0;
                if (auto d = m.tag_dictionary.find(s.words[k].form); d != m.tag_dictionary.end()) {
                    guess = d->second;
                } else {
                    tagger_features(s.words, inputs[i], k, context, f.data());
                    std::array<float, 256> scores{};
                    w.score(f.data(), f.size(), scores.data());
                    for (int c = 1; c < n_tags; ++c)
                        if (scores[c] > scores[guess]) guess = c;
                    if (guess != s.gold_tags[k]) w.update(f.data(), f.size(), s.gold_tags[k], guess);
                    w.tick();
                }
                advance(context, guess);
            }
        }
    }
    m.tagger = WeightTable(w.average(0));
    return m;
}

// ---- parser ------------------------------------------------------------------------

// The number of gold arcs that a move makes unreachable (Goldberg and Nivre's dynamic
// oracle for arc-hybrid), and whether the label is wrong.
struct Costs {
    int shift = 0, left = 0, right = 0;
};

int children_in_buffer(const Sample& x, const ParseState& s, int word) {
    int c = 0;
    for (int k : x.children[static_cast<std::size_t>(word)]) c += static_cast<std::size_t>(k) >= s.b;
    return c;
}

Costs move_costs(const Sample& x, const ParseState& s) {
    Costs c;
    const int b = static_cast<int>(s.b);
    const std::size_t depth = s.stack.size();
    if (s.b < s.n) {
        for (std::size_t i = 0; i < depth; ++i) {
            const int k = s.stack[i];
            c.shift += x.heads[k] == b;
            if (i + 1 < depth) c.shift += x.heads[b] == k;
        }
    }
    if (depth == 0) return c;
    const int s0 = s.stack[depth - 1];
    const int s1 = depth > 1 ? s.stack[depth - 2] : -1;
    const int h = x.heads[s0];
    const int lost_children = children_in_buffer(x, s, s0);
    c.left = lost_children + (h != b && (h == s1 || h > b));
    c.right = lost_children + (h != s1 && h >= b);
    return c;
}

int class_cost(const Sample& x, const ParseState& s, const Costs& costs, int cls, int n_labels) {
    const Move m = class_move(cls, n_labels);
    if (m == Move::shift) return costs.shift;
    const int s0 = s.stack.back();
    const int label = class_label(cls, n_labels);
    if (m == Move::left) return costs.left + (x.heads[s0] == static_cast<int>(s.b) && x.labels[s0] != label);
    const int s1 = s.stack[s.stack.size() - 2];
    return costs.right + (x.heads[s0] == s1 && x.labels[s0] != label);
}

struct ParserTraining {
    const SyntaxModel& model;
    TrainWeights& weights;
    Random& random;
    std::size_t steps = 0, correct = 0;
};

// One sentence: at each state, the best move of the model and the best of the moves
// that lose no more gold arcs than any other; the weights move when they differ.
void train_sentence(ParserTraining& t, const Sample& x, double explore) {
    const int n_labels = static_cast<int>(t.model.labels.size());
    const int classes = 1 + 2 * n_labels;
    ParseState s(x.words.size());
    std::array<std::uint64_t, parser_feature_count> f{};
    std::vector<float> scores(static_cast<std::size_t>(classes));
    const ParserInput in = parser_input(t.model, x.words, x.tags);
    while (!s.done()) {
        parser_features(s, in, f.data());
        std::fill(scores.begin(), scores.end(), 0.0f);
        t.weights.score(f.data(), f.size(), scores.data());
        const int guess = best_valid_class(s, scores.data(), n_labels, t.model.root_label);
        const Costs costs = move_costs(x, s);
        int best = -1, least = 1 << 30;
        for (int c = 0; c < classes; ++c) {
            if (!class_valid(s, c, n_labels, t.model.root_label)) continue;
            const int k = class_cost(x, s, costs, c, n_labels);
            if (k < least || (k == least && scores[c] > scores[best])) best = c, least = k;
        }
        ++t.steps;
        if (class_cost(x, s, costs, guess, n_labels) == least) {
            ++t.correct;
        } else {
            t.weights.update(f.data(), f.size(), best, guess);
        }
        t.weights.tick();
        const int next = explore > 0 && t.random.unit() < explore ? guess : best;
        s.apply(class_move(next, n_labels), class_label(next, n_labels));
    }
}

}  // namespace
}  // namespace detail

namespace {

using detail::Sample;

std::filesystem::path find_file(const std::filesystem::path& dir, std::string_view suffix) {
    std::error_code ec;
    std::vector<std::filesystem::path> found;
    for (const auto& e : std::filesystem::directory_iterator(dir, ec)) {
        const auto name = e.path().filename().string();
        if (name.size() >= suffix.size() &&
            name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0)
            found.push_back(e.path());
    }
    if (ec) throw Error(fmt::format("{}: cannot read the directory", dir.string()));
    std::sort(found.begin(), found.end());
    return found.empty() ? std::filesystem::path() : found.front();
}

// Tags every sentence with a tagger trained on the other folds.
std::size_t upos_right(const detail::SyntaxModel& m, const Sample& x) {
    std::size_t right = 0;
    for (std::size_t k = 0; k < x.tags.size(); ++k)
        right += x.gold_tags[k] >= 0 && m.tag_upos[static_cast<std::size_t>(x.tags[k])] ==
                                            m.tag_upos[static_cast<std::size_t>(x.gold_tags[k])];
    return right;
}

// Tags every sentence with a tagger trained on the other folds.
void jackknife(const detail::SyntaxModel& base, std::vector<Sample>& samples, const TrainOptions& o,
               detail::Random& random) {
    const auto folds = static_cast<std::size_t>(std::max(2, o.jackknife_folds));
    for (std::size_t fold = 0; fold < folds; ++fold) {
        std::vector<std::size_t> train, held;
        for (std::size_t i = 0; i < samples.size(); ++i) (i % folds == fold ? held : train).push_back(i);
        const auto tagger = detail::train_tagger(base, samples, train, o.tagger_iterations, random);
        std::size_t right = 0, total = 0;
        for (auto i : held) {
            samples[i].tags = detail::predict_tags(tagger, samples[i].words);
            right += upos_right(tagger, samples[i]);
            total += samples[i].tags.size();
        }
        detail::log(o, fmt::format("jackknife fold {}: UPOS {:.2f}%", fold + 1,
                                   100.0 * right / std::max<std::size_t>(1, total)));
    }
}

// UAS and LAS of parser weights on sentences with predicted tags, as a log line.
std::string dev_scores(const detail::SyntaxModel& m, const detail::WeightTable& parser,
                       const std::vector<Sample>& dev) {
    std::size_t words = 0, uas = 0, las = 0;
    for (const auto& x : dev) {
        const auto s = detail::predict_tree(parser, static_cast<int>(m.labels.size()), m.root_label,
                                            detail::parser_input(m, x.words, x.tags));
        for (std::size_t k = 0; k < x.heads.size(); ++k)
            if (s.heads[k] == x.heads[k]) {
                ++uas;
                las += s.labels[k] == x.labels[k];
            }
        words += x.heads.size();
    }
    return fmt::format("dev UAS {:.2f}%, LAS {:.2f}% (with subtypes)",
                       100.0 * uas / std::max<std::size_t>(1, words),
                       100.0 * las / std::max<std::size_t>(1, words));
}

detail::WeightTable train_parser_weights(const detail::SyntaxModel& model, const std::vector<Sample>& samples,
                                         const std::vector<Sample>& dev, const TrainOptions& o,
                                         detail::Random& random) {
    const auto classes = static_cast<std::uint32_t>(1 + 2 * model.labels.size());
    detail::TrainWeights weights(classes);
    std::vector<std::size_t> order;
    for (std::size_t i = 0; i < samples.size(); ++i)
        if (samples[i].projective) order.push_back(i);
    detail::log(o, fmt::format("parser: {} projective sentences of {}", order.size(), samples.size()));
    const auto t0 = std::chrono::steady_clock::now();
    for (int it = 0; it < o.parser_iterations; ++it) {
        detail::shuffle(order, random);
        detail::ParserTraining t{model, weights, random};
        for (auto i : order) detail::train_sentence(t, samples[i], it > 0 ? o.exploration : 0.0);
        std::string line =
            fmt::format("parser iteration {}: {:.2f}% moves right, {:.0f} s", it + 1,
                        100.0 * t.correct / std::max<std::size_t>(1, t.steps), detail::seconds_since(t0));
        if (o.log && !dev.empty() && it + 1 < o.parser_iterations)
            line += "; " + dev_scores(model, detail::WeightTable(weights.average(o.max_parser_weights)), dev);
        detail::log(o, line);
    }
    return detail::WeightTable(weights.average(o.max_parser_weights));
}

void write_atomically(const std::filesystem::path& out, const std::string& bytes) {
    const auto tmp = std::filesystem::path(out.string() + ".tmp");
    {
        std::ofstream f(tmp, std::ios::binary | std::ios::trunc);
        if (!f) throw Error(fmt::format("{}: cannot open for writing", tmp.string()));
        f.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        if (!f.flush()) throw Error(fmt::format("{}: write failed", tmp.string()));
    }
    std::error_code ec;
    std::filesystem::rename(tmp, out, ec);
    if (ec) throw Error(fmt::format("{}: cannot write ({})", out.string(), ec.message()));
}

}  // namespace

void train_parser(const std::filesystem::path& treebank_dir, const std::filesystem::path& out,
                  const TrainOptions& o) {
    const auto train_file = find_file(treebank_dir, "-ud-train.conllu");
    if (train_file.empty()) throw Error(fmt::format("{}: no *-ud-train.conllu file", treebank_dir.string()));
    const auto t0 = std::chrono::steady_clock::now();
    const auto train = read_conllu(train_file);
    std::map<std::string, int> label_ids;
    for (const auto& s : train)
        for (const auto& l : s.labels) label_ids.emplace(l, 0);
    if (label_ids.size() > 127)
        throw Error(fmt::format("{}: more than 127 relation labels", train_file.string()));
    if (!label_ids.count("root")) throw Error(fmt::format("{}: no root relation", train_file.string()));
    detail::SyntaxModel model;
    for (auto& [label, id] : label_ids) {
        id = static_cast<int>(model.labels.size());
        model.labels.push_back(label);
    }
    model.root_label = label_ids.at("root");
    std::map<std::string, int> tag_ids;
    for (const auto& s : train)
        for (std::size_t i = 0; i < s.words.size(); ++i) tag_ids.emplace(detail::fine_tag(s, i), 0);
    if (tag_ids.size() > detail::max_fine_tags)
        throw Error(
            fmt::format("{}: more than {} UPOS|XPOS pairs", train_file.string(), detail::max_fine_tags));
    for (auto& [tag, id] : tag_ids) {
        id = static_cast<int>(model.tags.size());
        model.tags.push_back(tag);
        model.tag_upos.push_back(static_cast<std::uint8_t>(*parse_upos(tag.substr(0, tag.find('|')))));
    }
    auto samples = detail::prepare(train, tag_ids, label_ids, o.projectivise);
    detail::log(o, fmt::format("{}: {} sentences, {} labels, {} tags", train_file.string(), samples.size(),
                               model.labels.size(), model.tags.size()));

    detail::Random random(o.seed);
    jackknife(model, samples, o, random);
    std::vector<std::size_t> all(samples.size());
    for (std::size_t i = 0; i < all.size(); ++i) all[i] = i;
    auto tagger = detail::train_tagger(model, samples, all, o.tagger_iterations, random);
    model.tag_dictionary = std::move(tagger.tag_dictionary);
    model.ambiguity = std::move(tagger.ambiguity);
    model.tag_finite = std::move(tagger.tag_finite);
    model.tagger = std::move(tagger.tagger);
    detail::log(o, fmt::format("tagger trained, {:.0f} s", detail::seconds_since(t0)));
    const auto dev_file = find_file(treebank_dir, "-ud-dev.conllu");
    std::vector<Sample> dev;
    if (o.log && !dev_file.empty()) {
        dev = detail::prepare(read_conllu(dev_file), tag_ids, label_ids, false);
        std::size_t right = 0, total = 0;
        for (auto& x : dev) {
            x.tags = detail::predict_tags(model, x.words);
            right += upos_right(model, x);
            total += x.tags.size();
        }
        detail::log(o, fmt::format("dev UPOS {:.2f}%", 100.0 * right / std::max<std::size_t>(1, total)));
    }
    model.parser = train_parser_weights(model, samples, dev, o, random);
    const std::string bytes = detail::serialise(model);
    write_atomically(out, bytes);
    detail::log(o, fmt::format("{}: {:.1f} MB, {} tagger and {} parser features, {:.0f} s", out.string(),
                               bytes.size() / 1e6, model.tagger.raw().keys.size(),
                               model.parser.raw().keys.size(), detail::seconds_since(t0)));

    if (o.log && !dev_file.empty()) {
        const auto scores = evaluate(Parser::from_bytes(bytes, out.string()), read_conllu(dev_file));
        detail::log(o, fmt::format("{}: UPOS {:.2f}%, UAS {:.2f}%, LAS {:.2f}%, LAS with subtypes {:.2f}%",
                                   dev_file.string(), 100 * scores.upos, 100 * scores.uas, 100 * scores.las,
                                   100 * scores.las_subtypes));
    }
}

}  // namespace mosulkg
