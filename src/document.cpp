#include "mosulkg/document.hpp"

#include "data_file.hpp"
#include "document_blocks.hpp"
#include "mosulkg/data.hpp"
#include "mosulkg/error.hpp"
#include "mosulkg/time_value.hpp"

#include <fmt/format.h>
#include <utf8proc.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <exception>
#include <fstream>
#include <iterator>
#include <optional>
#include <regex>
#include <system_error>
#include <thread>
#include <unordered_set>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace mosulkg {

namespace fs = std::filesystem;

std::string_view to_string(DateSource s) noexcept {
    switch (s) {
        case DateSource::given:
            return "given";
        case DateSource::stated:
            return "stated";
        case DateSource::inferred:
            return "inferred";
        case DateSource::unknown:
            break;
    }
    return "unknown";
}

std::string_view to_string(BlockKind k) noexcept {
    switch (k) {
        case BlockKind::title:
            return "title";
        case BlockKind::dateline:
            return "dateline";
        case BlockKind::byline:
            return "byline";
        case BlockKind::body:
            return "body";
        case BlockKind::chrome:
            break;
    }
    return "chrome";
}

using detail::count_words;
using detail::is_space;
using detail::normalize;
using detail::trim_space;

// ---------------------------------------------------------------- Boilerplate

struct Boilerplate::Pattern {
    Match match = Match::contains;
    std::string phrase;         // normalized
    std::size_t max_words = 0;  // 0: any length
    std::regex re;
    std::string guard;  // a literal every match of `re` contains (cheap pre-check)
};

namespace {

// The longest literal run at the top level of a regular expression (outside
// groups and classes, not made optional by a quantifier), e.g. "download the "
// for "download the .{1,40} app"; empty when there is none.
std::string regex_guard(std::string_view re) {
    std::string best, cur;
    int depth = 0;
    bool in_class = false;
    auto flush = [&] {
        if (cur.size() > best.size()) best = cur;
        cur.clear();
    };
    for (std::size_t i = 0; i < re.size(); ++i) {
        char c = re[i];
        char next = i + 1 < re.size() ? re[i + 1] : '\0';
        bool optional = next == '?' || next == '*' || next == '{';
        if (in_class) {
            if (c == '\\')
                ++i;
            else if (c == ']')
                in_class = false;
            continue;
        }
        if (c == '\\') {
            char e = next;
            ++i;
            char after = i + 1 < re.size() ? re[i + 1] : '\0';
            bool opt = after == '?' || after == '*' || after == '{';
            if (depth == 0 && !opt && !std::isalnum(static_cast<unsigned char>(e)))
                cur += e;
            else
                flush();
            continue;
        }
        if (c == '[') {
            flush();
            in_class = true;
            continue;
        }
        if (c == '(') {
            flush();
            ++depth;
            continue;
        }
        if (c == ')') {
            flush();
            --depth;
            continue;
        }
        if (depth > 0) continue;
        if (c == '{') {  // a counted quantifier: skip it
            flush();
            while (i < re.size() && re[i] != '}') ++i;
            continue;
        }
        if (c == '.' || c == '^' || c == '$' || c == '|' || c == '+' || c == '*' || c == '?' || c == '}') {
            if (c == '|') return "";  // alternatives at the top level: no common literal
            flush();
            continue;
        }
        if (optional) {
            flush();
            continue;
        }
        cur += c;
    }
    flush();
    return best;
}

}  // namespace

namespace {

// The word limit of a chrome pattern: digits only.
std::size_t word_limit(std::string_view w, std::string_view origin, std::size_t line_no) {
    std::size_t n = 0;
    for (char c : w) {
        if (c < '0' || c > '9')
            throw Error(fmt::format("{}: line {}: bad word limit '{}'", origin, line_no, w));
        n = n * 10 + static_cast<std::size_t>(c - '0');
    }
    return n;
}

std::optional<Boilerplate::Match> match_kind(std::string_view kind) {
    if (kind == "contains") return Boilerplate::Match::contains;
    if (kind == "starts") return Boilerplate::Match::starts;
    if (kind == "ends") return Boilerplate::Match::ends;
    if (kind == "line") return Boilerplate::Match::line;
    if (kind == "regex") return Boilerplate::Match::regex;
    return std::nullopt;
}

void sort_unique(std::vector<std::string>& words) {
    std::sort(words.begin(), words.end());
    words.erase(std::unique(words.begin(), words.end()), words.end());
}

}  // namespace

void Boilerplate::add_word(std::string_view kind, std::string_view word) {
    std::string w = normalize(word);
    if (kind == "month" || kind == "weekday" || kind == "dateword") date_words_.push_back(w);
    if (kind == "month") months_.push_back(w);
    if (kind == "ordinal") ordinals_.push_back(w);
    if (kind == "byline") bylines_.push_back(w + " ");
    if (kind == "connector") connectors_.push_back(w);
    if (kind == "navigation") navigation_.push_back(w);
}

void Boilerplate::add_pattern(Match match, std::string_view phrase, std::size_t max_words,
                              std::string_view origin, std::size_t line_no) {
    auto p = std::make_shared<Pattern>();
    p->match = match;
    p->max_words = max_words;
    if (match == Match::regex) {
        p->phrase = std::string(phrase);
        try {
            p->re = std::regex(p->phrase, std::regex::ECMAScript | std::regex::optimize);
        } catch (const std::regex_error& e) {
            throw Error(fmt::format("{}: line {}: bad regex: {}", origin, line_no, e.what()));
        }
        p->guard = regex_guard(p->phrase);
    } else {
        p->phrase = normalize(phrase);
    }
    patterns_.push_back(std::move(p));
}

void Boilerplate::sort_words() {
    for (auto* list : {&date_words_, &months_, &ordinals_, &connectors_}) sort_unique(*list);
}

Boilerplate Boilerplate::parse(std::string_view lines, std::string_view origin) {
    Boilerplate b;
    detail::for_each_row(lines, [&](std::size_t line_no, const std::vector<std::string_view>& cols) {
        if (cols.size() < 2 || cols.size() > 3 || cols[1].empty())
            throw Error(
                fmt::format("{}: line {}: expected KIND<TAB>PHRASE[<TAB>MAX_WORDS]", origin, line_no));
        const std::string_view kind = cols[0];
        if (kind == "month" || kind == "weekday" || kind == "dateword" || kind == "ordinal" ||
            kind == "byline" || kind == "connector" || kind == "navigation") {
            b.add_word(kind, cols[1]);
            return;
        }
        auto match = match_kind(kind);
        if (!match) throw Error(fmt::format("{}: line {}: unknown pattern kind '{}'", origin, line_no, kind));
        b.add_pattern(*match, cols[1], cols.size() == 3 ? word_limit(cols[2], origin, line_no) : 0, origin,
                      line_no);
    });
    b.sort_words();
    return b;
}

Boilerplate Boilerplate::from_data(const DataSource& data) {
    Boilerplate b = parse(data.read("lexicon/boilerplate.txt"), data.origin("lexicon/boilerplate.txt"));
    // month and weekday names are the temporal tagger's (first column)
    for (const char* kind : {"month", "weekday"}) {
        const std::string name = fmt::format("temporal/{}s.tsv", kind);
        detail::for_each_row(data.read(name), [&](std::size_t, const std::vector<std::string_view>& cols) {
            b.add_word(kind, cols[0]);
        });
    }
    b.sort_words();
    return b;
}

const Boilerplate& Boilerplate::defaults() {
    static const Boilerplate b = from_data(DataSource::installed());
    return b;
}

std::size_t Boilerplate::byline_prefix(std::string_view normalized_line) const {
    for (const std::string& p : bylines_)
        if (normalized_line.compare(0, p.size(), p) == 0) return p.size();
    return 0;
}

bool Boilerplate::is_site_navigation(std::string_view line) const {
    std::string low(line);
    for (char& c : low) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return std::any_of(navigation_.begin(), navigation_.end(),
                       [&](const std::string& w) { return low.find(w) != std::string::npos; });
}

bool Boilerplate::starts_with_connector(std::string_view text) const {
    return std::any_of(connectors_.begin(), connectors_.end(),
                       [&](const std::string& c) { return text.compare(0, c.size(), c) == 0; });
}

bool Boilerplate::is_ordinal_suffix(std::string_view lower) const {
    return std::binary_search(ordinals_.begin(), ordinals_.end(), lower);
}

bool Boilerplate::is_date_word(std::string_view lower_word) const {
    return std::binary_search(date_words_.begin(), date_words_.end(), lower_word);
}

bool Boilerplate::is_month(std::string_view lower_word) const {
    return std::binary_search(months_.begin(), months_.end(), lower_word);
}

bool Boilerplate::is_chrome(std::string_view line) const {
    std::string norm = normalize(line);
    // menu and list markers ("1. ", "2) ", "* ", "- ") do not count
    std::size_t skip = 0;
    while (skip < norm.size() && std::isdigit(static_cast<unsigned char>(norm[skip]))) ++skip;
    if (skip > 0 && skip < 4 && skip + 1 < norm.size() && (norm[skip] == '.' || norm[skip] == ')') &&
        norm[skip + 1] == ' ')
        norm.erase(0, skip + 2);
    else if (norm.size() > 2 && (norm[0] == '*' || norm[0] == '-') && norm[1] == ' ')
        norm.erase(0, 2);
    const std::size_t words = count_words(norm);
    for (const auto& p : patterns_) {
        if (p->max_words != 0 && words > p->max_words) continue;
        bool hit = false;
        switch (p->match) {
            case Match::contains:
                hit = norm.find(p->phrase) != std::string::npos;
                break;
            case Match::starts:
                hit = norm.compare(0, p->phrase.size(), p->phrase) == 0;
                break;
            case Match::ends:
                hit = norm.size() >= p->phrase.size() &&
                      norm.compare(norm.size() - p->phrase.size(), p->phrase.size(), p->phrase) == 0;
                break;
            case Match::line:
                hit = norm == p->phrase;
                break;
            case Match::regex:
                hit = (p->guard.empty() || norm.find(p->guard) != std::string::npos) &&
                      std::regex_search(norm, p->re);
                break;
        }
        if (hit) return true;
    }
    return false;
}

namespace {

// Replaces invalid UTF-8 with U+FFFD; returns the byte offsets (in the input)
// of the bad sequences.
std::vector<std::size_t> repair_utf8(std::string& s) {
    std::vector<std::size_t> bad;
    const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(s.data());
    const std::size_t n = s.size();
    std::size_t i = 0;
    // fast check first
    for (; i < n; ++i) {
        if (static_cast<unsigned char>(s[i]) >= 0x80) break;
    }
    if (i == n) return bad;
    std::string out;
    out.reserve(n + 16);
    out.append(s, 0, i);
    while (i < n) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            out += static_cast<char>(c);
            ++i;
            continue;
        }
        utf8proc_int32_t cp = 0;
        utf8proc_ssize_t len = utf8proc_iterate(p + i, static_cast<utf8proc_ssize_t>(n - i), &cp);
        if (len <= 0 || cp < 0) {
            bad.push_back(i);
            out += "\xEF\xBF\xBD";
            ++i;
            continue;
        }
        out.append(s, i, static_cast<std::size_t>(len));
        i += static_cast<std::size_t>(len);
    }
    if (!bad.empty()) s = std::move(out);
    return bad;
}

std::string utf8_warning(const std::vector<std::size_t>& bad, std::size_t base, std::string_view where) {
    if (bad.size() == 1) return fmt::format("invalid UTF-8 repaired at byte {}{}", bad[0] - base, where);
    return fmt::format("invalid UTF-8 repaired at byte {}{} ({} bytes replaced by U+FFFD)", bad[0] - base,
                       where, bad.size());
}

// Many control bytes (NUL included) or invalid UTF-8 sequences in the first 64 KiB;
// a few NUL bytes in a text are noise, not a sign of a binary file.
bool looks_binary(std::string_view s) {
    std::string_view head = s.substr(0, 65536);
    std::size_t control = 0, invalid = 0;
    const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(head.data());
    for (std::size_t i = 0; i < head.size();) {
        unsigned char c = static_cast<unsigned char>(head[i]);
        if (c < 0x80) {
            if ((c < 0x20 && !is_space(static_cast<char>(c))) || c == 0x7F) ++control;
            ++i;
            continue;
        }
        utf8proc_int32_t cp = 0;
        utf8proc_ssize_t len = utf8proc_iterate(p + i, static_cast<utf8proc_ssize_t>(head.size() - i), &cp);
        if (len <= 0) {
            // a sequence cut by the 64 KiB window is not evidence
            if (head.size() - i >= 4) ++invalid;
            ++i;
        } else {
            i += static_cast<std::size_t>(len);
        }
    }
    return control * 20 > head.size() || invalid * 4 > head.size();
}

// An id (from a file name or a .jsonl line) as valid UTF-8 without control characters.
DocId clean_id(std::string id) {
    repair_utf8(id);
    for (char& c : id)
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) c = '_';
    return DocId(id);
}

// Control bytes other than white space (NUL, ESC, DEL) become spaces, so that no
// later stage or output meets them; offsets do not change.
std::optional<std::string> blank_controls(std::string& s) {
    std::size_t count = 0, first = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        if ((c < 0x20 && !is_space(s[i])) || c == 0x7F) {
            if (count++ == 0) first = i;
            s[i] = ' ';
        }
    }
    if (count == 0) return std::nullopt;
    return fmt::format("{} control byte{} (NUL, ESC...) read as spaces, the first at byte {}", count,
                       count == 1 ? "" : "s", first);
}

// Text beyond max_document_bytes is cut at the last line break (or space) before
// the limit, so that no document costs more than a bounded time.
std::optional<std::string> cut_long_text(std::string& s) {
    if (s.size() <= max_document_bytes) return std::nullopt;
    const std::size_t size = s.size();
    std::size_t cut = s.rfind('\n', max_document_bytes);
    if (cut == std::string::npos || cut < max_document_bytes / 2) cut = s.rfind(' ', max_document_bytes);
    if (cut == std::string::npos || cut < max_document_bytes / 2) {
        cut = max_document_bytes;
        while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
    }
    s.resize(cut);
    return fmt::format("text cut at byte {} of {}: a document is read up to {} KiB", cut, size,
                       max_document_bytes / 1024);
}

}  // namespace

std::string read_regular_file(const fs::path& file) {
    int fd = ::open(file.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        int err = errno;
        if (err == ENOENT) throw Error(fmt::format("{}: does not exist", file.string()));
        throw Error(fmt::format("{}: cannot be read: {}", file.string(), std::strerror(err)));
    }
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        const char* what = S_ISDIR(st.st_mode)                          ? "a directory"
                           : S_ISFIFO(st.st_mode)                       ? "a FIFO"
                           : S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode) ? "a device"
                           : S_ISSOCK(st.st_mode)                       ? "a socket"
                                                                        : "not a regular file";
        throw Error(fmt::format("{}: is {}, not a file of text; it is not read", file.string(), what));
    }
    if (static_cast<unsigned long long>(st.st_size) > max_file_bytes) {
        ::close(fd);
        throw Error(fmt::format("{}: is {} MiB; an input file may hold up to {} MiB", file.string(),
                                st.st_size >> 20, max_file_bytes >> 20));
    }
    std::string bytes(static_cast<std::size_t>(st.st_size), '\0');
    std::size_t got = 0;
    while (got < bytes.size()) {
        ssize_t n = ::read(fd, bytes.data() + got, bytes.size() - got);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            int err = errno;
            ::close(fd);
            throw Error(fmt::format("{}: cannot be read: {}", file.string(), std::strerror(err)));
        }
        if (n == 0) break;  // the file shrank while it was read
        got += static_cast<std::size_t>(n);
    }
    ::close(fd);
    bytes.resize(got);
    return bytes;
}

namespace {

std::string read_file(const fs::path& file) {
    std::string bytes = read_regular_file(file);
    if (trim_space(bytes).empty()) throw Error(fmt::format("{}: is empty", file.string()));
    if (looks_binary(bytes)) throw Error(fmt::format("{}: is a binary file, not text", file.string()));
    return bytes;
}

void strip_bom(std::string& s) {
    if (s.size() >= 3 && s.compare(0, 3, "\xEF\xBB\xBF") == 0) s.erase(0, 3);
}

std::string lower_ext(const fs::path& p) {
    std::string e = p.extension().string();
    for (char& c : e) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return e;
}

// One line of a .jsonl file as a document, or none for a blank line. `id` receives the line's
// id as written once it is read, before the line's other fields are checked. Throws Error.
std::optional<Document> read_jsonl_line(const std::string& name, std::string line, std::size_t line_no,
                                        std::size_t line_start, std::optional<std::string>& id,
                                        const Boilerplate& boilerplate) {
    if (trim_space(line).empty()) return std::nullopt;
    auto bad = repair_utf8(line);
    nlohmann::json j;
    try {
        j = nlohmann::json::parse(line);
    } catch (const nlohmann::json::exception&) {
        throw Error(fmt::format("{}: malformed JSON on line {}", name, line_no));
    }
    if (!j.is_object()) throw Error(fmt::format("{}: line {} is not a JSON object", name, line_no));
    auto string_field = [&](const char* key, bool required) -> std::optional<std::string> {
        auto it = j.find(key);
        if (it == j.end() || it->is_null()) {
            if (required) throw Error(fmt::format("{}: missing `{}` on line {}", name, key, line_no));
            return std::nullopt;
        }
        if (it->is_string()) return it->get<std::string>();
        if (it->is_number_integer() && std::string_view(key) == "id") return it->dump();
        throw Error(fmt::format("{}: `{}` is not a string on line {}", name, key, line_no));
    };
    std::string raw_id = *string_field("id", true);
    std::string text = *string_field("text", true);
    if (trim_space(raw_id).empty()) throw Error(fmt::format("{}: empty `id` on line {}", name, line_no));
    if (trim_space(text).empty()) throw Error(fmt::format("{}: empty `text` on line {}", name, line_no));
    id = raw_id;
    Document doc;
    doc.id = clean_id(raw_id);
    doc.path = name;
    doc.text = std::move(text);
    if (!bad.empty())
        doc.warnings.push_back(
            utf8_warning(bad, 0, fmt::format(" of line {} (file byte {})", line_no, line_start + bad[0])));
    if (auto t = string_field("title", false)) doc.title = std::string(trim_space(*t));
    if (auto u = string_field("url", false)) doc.url = *u;
    if (auto p = string_field("published", false)) {
        auto ymd = parse_day(trim_space(*p));
        if (!ymd)
            throw Error(
                fmt::format("{}: bad `published` '{}' on line {} (expected YYYY-MM-DD)", name, *p, line_no));
        doc.published = *ymd;
        doc.published_source = DateSource::given;
        doc.published_evidence = std::string(trim_space(*p));
    }
    // JSON escapes can still produce lone surrogates' replacement; the text is valid UTF-8 here.
    auto bad_text = repair_utf8(doc.text);
    if (!bad_text.empty()) doc.warnings.push_back(utf8_warning(bad_text, 0, ""));
    for (std::string* field : {&doc.text, &doc.title, &doc.url}) {
        repair_utf8(*field);
        auto w = blank_controls(*field);
        if (w && field == &doc.text) doc.warnings.push_back(fmt::format("line {}: {}", line_no, *w));
    }
    if (auto w = cut_long_text(doc.text)) doc.warnings.push_back(fmt::format("line {}: {}", line_no, *w));
    detail::classify(doc, boilerplate);
    return doc;
}

// The documents of the lines of bytes [begin, end) (whole lines; the first is line
// `line_no` + 1), up to the first bad line.
struct JsonlSlice {
    std::vector<Document> docs;
    std::vector<std::string> ids;         // each document's id as written
    std::vector<std::size_t> lines;       // each document's line number
    std::exception_ptr error;             // the first bad line's, after `docs`
    std::optional<std::string> error_id;  // the bad line's id, when it was read
    std::size_t error_line = 0;
};

JsonlSlice read_jsonl_slice(const std::string& name, const std::string& bytes, std::size_t begin,
                            std::size_t end, std::size_t line_no, const Boilerplate& boilerplate) {
    JsonlSlice out;
    try {
        for (std::size_t pos = begin; pos < end;) {
            auto nl = bytes.find('\n', pos);
            std::size_t stop = nl == std::string::npos ? bytes.size() : nl;
            const std::size_t line_start = pos;
            ++line_no;
            out.error_id.reset();
            auto doc = read_jsonl_line(name, bytes.substr(pos, stop - pos), line_no, line_start, out.error_id,
                                       boilerplate);
            pos = stop + 1;
            if (!doc) continue;
            out.docs.push_back(std::move(*doc));
            out.ids.push_back(std::move(*out.error_id));
            out.lines.push_back(line_no);
        }
        out.error_id.reset();
    } catch (...) {
        out.error = std::current_exception();
        out.error_line = line_no;
    }
    return out;
}

// The lines are read in up to `jobs` slices side by side; ids are checked, and the first
// problem reported, in line order, as if the file were read line by line.
std::vector<Document> read_jsonl(const fs::path& file, std::string bytes, unsigned jobs,
                                 const Boilerplate& boilerplate) {
    const std::string name = file.string();
    strip_bom(bytes);
    if (jobs == 0) jobs = std::max(1u, std::thread::hardware_concurrency());
    const std::size_t n = std::max<std::size_t>(1, std::min<std::size_t>(jobs, bytes.size() >> 20));
    std::vector<std::size_t> starts{0};  // slices begin after a line break
    for (std::size_t k = 1; k < n; ++k) {
        auto nl = bytes.find('\n', std::max(starts.back(), k * bytes.size() / n));
        if (nl == std::string::npos) break;
        starts.push_back(nl + 1);
    }
    starts.push_back(bytes.size());
    std::vector<JsonlSlice> slices(starts.size() - 1);
    std::vector<std::thread> threads;
    auto read = [&](std::size_t k, std::size_t line_no) {
        slices[k] = read_jsonl_slice(name, bytes, starts[k], starts[k + 1], line_no, boilerplate);
    };
    for (std::size_t k = 1, line_no = 0; k < slices.size(); ++k) {
        line_no += static_cast<std::size_t>(
            std::count(bytes.begin() + static_cast<std::ptrdiff_t>(starts[k - 1]),
                       bytes.begin() + static_cast<std::ptrdiff_t>(starts[k]), '\n'));
        threads.emplace_back(read, k, line_no);
    }
    read(0, 0);
    for (auto& t : threads) t.join();
    std::vector<Document> docs;
    std::unordered_set<std::string> ids;  // the ids of `docs`
    for (auto& slice : slices) {
        for (std::size_t i = 0; i < slice.docs.size(); ++i) {
            if (ids.count(slice.ids[i]))
                throw Error(
                    fmt::format("{}: duplicate id '{}' on line {}", name, slice.ids[i], slice.lines[i]));
            ids.insert(slice.docs[i].id.str());
            docs.push_back(std::move(slice.docs[i]));
        }
        if (slice.error && slice.error_id && ids.count(*slice.error_id))
            throw Error(
                fmt::format("{}: duplicate id '{}' on line {}", name, *slice.error_id, slice.error_line));
        if (slice.error) std::rethrow_exception(slice.error);
    }
    if (docs.empty()) throw Error(fmt::format("{}: is empty", name));
    return docs;
}

}  // namespace

// ------------------------------------------------------------------ reading

Document make_document(DocId id, std::string text, const Boilerplate& boilerplate) {
    Document doc;
    doc.path = id.str();
    doc.id = clean_id(id.str());
    strip_bom(text);
    auto bad = repair_utf8(text);
    if (!bad.empty()) doc.warnings.push_back(utf8_warning(bad, 0, ""));
    if (auto w = blank_controls(text)) doc.warnings.push_back(*w);
    if (auto w = cut_long_text(text)) doc.warnings.push_back(*w);
    doc.text = std::move(text);
    detail::classify(doc, boilerplate);
    return doc;
}

Document make_document(DocId id, std::string text) {
    return make_document(std::move(id), std::move(text), Boilerplate::defaults());
}

void check_input_file(const fs::path& file) {
    std::string ext = lower_ext(file);
    if (ext != ".txt" && ext != ".jsonl")
        throw Error(fmt::format("{}: expected a .txt or .jsonl article file", file.string()));
}

std::vector<Document> read_documents(const fs::path& file, unsigned jobs) {
    return read_documents(file, Boilerplate::defaults(), jobs);
}

std::vector<Document> read_documents(const fs::path& file, const Boilerplate& boilerplate, unsigned jobs) {
    std::error_code ec;
    if (fs::is_directory(file, ec))
        throw Error(fmt::format("{}: is a directory, not an article file", file.string()));
    check_input_file(file);
    std::string bytes = read_file(file);
    if (lower_ext(file) == ".jsonl") return read_jsonl(file, std::move(bytes), jobs, boilerplate);
    Document doc = make_document(DocId(file.stem().string()), std::move(bytes), boilerplate);
    doc.path = file.string();
    return {std::move(doc)};
}

std::vector<fs::path> collect_inputs(const std::vector<fs::path>& inputs) {
    std::vector<fs::path> out;
    for (const auto& in : inputs) {
        std::error_code ec;
        auto st = fs::status(in, ec);
        if (ec || !fs::exists(st)) throw Error(fmt::format("{}: does not exist", in.string()));
        if (!fs::is_directory(st)) {
            out.push_back(in);
            continue;
        }
        std::vector<fs::path> found;
        for (fs::directory_iterator it(in, ec), end; !ec && it != end; it.increment(ec)) {
            const fs::path& p = it->path();
            std::string ext = lower_ext(p);
            if ((ext == ".txt" || ext == ".jsonl") && p.filename().string().front() != '.' &&
                it->is_regular_file(ec))
                found.push_back(p);
        }
        if (ec) throw Error(fmt::format("{}: cannot be listed: {}", in.string(), ec.message()));
        if (found.empty())
            throw Error(fmt::format("{}: directory holds no .txt or .jsonl file", in.string()));
        std::sort(found.begin(), found.end(), [](const fs::path& a, const fs::path& b) {
            return a.filename().string() < b.filename().string();
        });
        out.insert(out.end(), found.begin(), found.end());
    }
    return out;
}

}  // namespace mosulkg
