// The data files: compiled in, or replaced by a user's folder (data.hpp).
#include "mosulkg/data.hpp"

#include "embedded.hpp"
#include "mosulkg/document.hpp"
#include "mosulkg/error.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <atomic>
#include <map>
#include <memory>
#include <mutex>
#include <system_error>

namespace mosulkg {

namespace fs = std::filesystem;

namespace {

bool is_data_file(std::string_view name) {
    const auto& all = detail::embedded_files();
    return std::any_of(all.begin(), all.end(), [&](const detail::EmbeddedFile& f) { return f.path == name; });
}

// The installed source, and whether a data file has been read through it.
struct Installed {
    std::mutex mutex;
    std::unique_ptr<const DataSource> source = std::make_unique<DataSource>();
    std::atomic<bool> used{false};
    std::map<std::string, std::unique_ptr<const std::string>, std::less<>> read;  // kept for string_views
};

Installed& installed_state() {
    static Installed state;
    return state;
}

}  // namespace

DataSource::DataSource(const fs::path& dir) : dir_(dir) {
    std::error_code ec;
    if (!fs::is_directory(dir, ec))
        throw Error(fmt::format("{}: is not a folder of data files", dir.string()));
}

std::optional<fs::path> DataSource::override_file(std::string_view name) const {
    if (!dir_) return std::nullopt;
    fs::path p = *dir_ / fs::path(std::string(name));
    std::error_code ec;
    if (fs::exists(p, ec)) return p;
    return std::nullopt;
}

std::string DataSource::read(std::string_view name) const {
    if (auto p = override_file(name)) {
        if (!is_data_file(name))
            throw Error(fmt::format("{}: data/{} is not a data file of this build", p->string(), name));
        return read_regular_file(*p);
    }
    return std::string(detail::embedded_default(name));
}

std::string DataSource::origin(std::string_view name) const {
    if (auto p = override_file(name)) return p->string();
    return "data/" + std::string(name);
}

std::vector<std::string> DataSource::unmatched() const {
    std::vector<std::string> out;
    if (!dir_) return out;
    std::error_code ec;
    for (fs::recursive_directory_iterator it(*dir_, ec), end; !ec && it != end; it.increment(ec)) {
        if (!it->is_regular_file(ec)) continue;
        const std::string ext = it->path().extension().string();
        if (ext != ".tsv" && ext != ".txt") continue;
        std::string name = it->path().lexically_relative(*dir_).generic_string();
        if (!is_data_file(name)) out.push_back(it->path().string());
    }
    std::sort(out.begin(), out.end());
    return out;
}

const DataSource& DataSource::installed() {
    Installed& s = installed_state();
    std::lock_guard<std::mutex> lock(s.mutex);
    s.used = true;  // what is read now stays: a later install would not reach it
    return *s.source;
}

void DataSource::install(DataSource source) {
    Installed& s = installed_state();
    std::lock_guard<std::mutex> lock(s.mutex);
    if (s.used) throw Error("data files were read before --data took effect; install the data source first");
    s.source = std::make_unique<const DataSource>(std::move(source));
}

namespace detail {

std::optional<std::string_view> data_override(std::string_view path) {
    Installed& s = installed_state();
    std::lock_guard<std::mutex> lock(s.mutex);
    s.used = true;
    if (!s.source->folder()) return std::nullopt;
    if (auto it = s.read.find(path); it != s.read.end()) return std::string_view(*it->second);
    auto file = s.source->override_file(path);
    if (!file) return std::nullopt;
    auto text = std::make_unique<const std::string>(read_regular_file(*file));
    std::string_view view(*text);
    s.read.emplace(std::string(path), std::move(text));
    return view;
}

}  // namespace detail

}  // namespace mosulkg
