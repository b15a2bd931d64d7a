// The all-or-nothing output folder and the atomic file writer.
#include "mosulkg/output.hpp"

#include "mosulkg/error.hpp"
#include "mosulkg/export.hpp"
#include "mosulkg/pipeline.hpp"

#include <fmt/format.h>
#include <algorithm>
#include <atomic>
#include <future>
#include <thread>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <system_error>

#include <fcntl.h>
#include <signal.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace mosulkg {

namespace fs = std::filesystem;

namespace {

[[noreturn]] void fail(const fs::path& path, std::string_view what, int err) {
    throw Error(fmt::format("{}: {}: {}", path.string(), what, std::strerror(err)));
}

// `dir` made absolute and without a trailing separator, so that its name and
// parent are those of the folder itself.
fs::path absolute_folder(const fs::path& dir) {
    std::error_code ec;
    fs::path p = fs::weakly_canonical(fs::absolute(dir, ec), ec);
    if (ec) p = fs::absolute(dir).lexically_normal();
    if (!p.has_filename()) p = p.parent_path();
    if (!p.has_filename() || p == p.root_path())
        throw Error(fmt::format("{}: cannot be the output folder", dir.string()));
    return p;
}

// Whether process `pid` is still running.
bool alive(long pid) {
    return pid > 0 && (::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM);
}

// The temporary entries of `name` in `parent` ("." + name + marker + PID).
void remove_leftovers(const fs::path& parent, const std::string& name, std::string_view marker,
                      bool only_dead) {
    const std::string prefix = "." + name + std::string(marker);
    std::error_code ec;
    std::vector<fs::path> stale;
    for (fs::directory_iterator it(parent, ec), end; !ec && it != end; it.increment(ec)) {
        std::string entry = it->path().filename().string();
        if (entry.compare(0, prefix.size(), prefix) != 0) continue;
        const std::string rest = entry.substr(prefix.size());
        const std::string pid = rest.substr(0, rest.find('-'));  // "PID" or "PID-THREAD-COUNTER"
        if (pid.empty() || pid.find_first_not_of("0123456789") != std::string::npos || pid.size() > 9)
            continue;
        if (only_dead && alive(std::stol(pid))) continue;
        stale.push_back(it->path());
    }
    for (const auto& p : stale) fs::remove_all(p, ec);
}

// "graph.json.tmp.1234": what the writer of earlier versions left when killed; dropped with
// the previous output.
bool is_old_temporary(const std::string& entry) {
    auto at = entry.rfind(".tmp.");
    if (at == std::string::npos || at + 5 == entry.size()) return false;
    return entry.find_first_not_of("0123456789", at + 5) == std::string::npos &&
           is_output_file_name(std::string_view(entry).substr(0, at));
}

// Exchanges two folders in one step where the system can, else in two renames.
// `aside` is a free name beside `b`.
void exchange(const fs::path& a, const fs::path& b, const fs::path& aside) {
#ifdef RENAME_EXCHANGE
    if (::renameat2(AT_FDCWD, a.c_str(), AT_FDCWD, b.c_str(), RENAME_EXCHANGE) == 0) return;
    if (errno != EINVAL && errno != ENOSYS && errno != ENOTSUP)
        fail(b, "cannot move the new output into place", errno);
#endif
    if (::rename(b.c_str(), aside.c_str()) != 0) fail(b, "cannot move the previous output aside", errno);
    if (::rename(a.c_str(), b.c_str()) != 0) {
        int err = errno;
        ::rename(aside.c_str(), b.c_str());
        fail(b, "cannot move the new output into place", err);
    }
    if (::rename(aside.c_str(), a.c_str()) != 0) fail(a, "cannot rename the previous output", errno);
}

}  // namespace

// Writes `file`, naming `path` in messages.
static void write_new_file(const fs::path& file, std::string_view content, const fs::path& path) {
    int fd = ::open(file.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0) fail(path, "cannot create file", errno);
    const char* p = content.data();
    std::size_t left = content.size();
    while (left > 0) {
        ssize_t n = ::write(fd, p, left);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            int err = n < 0 ? errno : ENOSPC;
            ::close(fd);
            fail(path, "cannot write file", err);
        }
        p += n;
        left -= static_cast<std::size_t>(n);
    }
    if (::fsync(fd) != 0 && errno != EINVAL && errno != EROFS) {
        int err = errno;
        ::close(fd);
        fail(path, "cannot write file", err);
    }
    if (::close(fd) != 0) fail(path, "cannot write file", errno);
}

void write_new_file(const fs::path& path, std::string_view content) {
    write_new_file(path, content, path);
}

bool is_output_file_name(std::string_view name) {
    for (std::string_view n : {"focus.dot", "focus.svg", "records.jsonl"})
        if (n == name) return true;
    const auto& all = exporters();
    return std::any_of(all.begin(), all.end(), [&](const Exporter& e) { return e.file == name; });
}

std::vector<OutputFile> render_outputs(const Corpus& corpus, const DotOptions& diagram,
                                       const std::vector<std::string>& formats) {
    const std::vector<const Exporter*> chosen = select_exporters(formats);
    const ExportInput input(corpus, diagram);
    // the files are rendered side by side (the diagram's Graphviz part one at a time, see
    // export.hpp), those marked `first` before the others, beside the diagram only: no other
    // file is held while their transient memory is
    std::vector<std::string> text(chosen.size());
    {
        auto diagram_ready = std::async(std::launch::async, [&input] { input.diagram_dot(); });
        for (std::size_t i = 0; i < chosen.size(); ++i)
            if (chosen[i]->first) text[i] = chosen[i]->render(input);
        diagram_ready.get();
    }
    std::vector<std::future<std::string>> rendering(chosen.size());
    for (std::size_t i = 0; i < chosen.size(); ++i)
        if (!chosen[i]->first)
            rendering[i] =
                std::async(std::launch::async, [e = chosen[i], &input] { return e->render(input); });
    std::vector<OutputFile> files;
    files.reserve(chosen.size());
    for (std::size_t i = 0; i < chosen.size(); ++i)
        files.push_back({chosen[i]->file, chosen[i]->first ? std::move(text[i]) : rendering[i].get()});
    return files;
}

void write_outputs(const Corpus& corpus, const fs::path& dir) {
    write_outputs(corpus, dir, DotOptions{});
}

void write_outputs(const Corpus& corpus, const fs::path& dir, const DotOptions& diagram,
                   const std::vector<std::string>& formats) {
    // everything is rendered first, then the folder is replaced at once
    auto files = render_outputs(corpus, diagram, formats);
    OutputFolder(dir).replace(files);
}

OutputFolder::OutputFolder(const fs::path& dir) : dir_(absolute_folder(dir)) {
    const fs::path parent = dir_.parent_path();
    const std::string name = dir_.filename().string();
    std::error_code ec;
    fs::create_directories(parent, ec);
    if (ec) throw Error(fmt::format("{}: cannot create the folder: {}", parent.string(), ec.message()));
    lock_ = parent / ("." + name + ".lock");
    // A lock file removed by the run that held it is locked again under its new inode.
    for (int attempt = 0; attempt < 100 && lock_fd_ < 0; ++attempt) {
        int fd = ::open(lock_.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
        if (fd < 0) fail(lock_, "cannot create the lock file", errno);
        if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
            int err = errno;
            ::close(fd);
            if (err == EWOULDBLOCK)
                throw Error(fmt::format("{}: another mosulkg run is writing this folder", dir.string()));
            fail(lock_, "cannot lock", err);
        }
        struct stat held {
        }, now{};
        if (::fstat(fd, &held) == 0 && ::stat(lock_.c_str(), &now) == 0 && held.st_ino == now.st_ino &&
            held.st_dev == now.st_dev)
            lock_fd_ = fd;
        else
            ::close(fd);
    }
    if (lock_fd_ < 0) throw Error(fmt::format("{}: cannot lock the output folder", dir.string()));
    try {
        remove_leftovers(parent, name, ".new-", false);
        remove_leftovers(parent, name, ".old-", false);
        auto st = fs::symlink_status(dir_, ec);
        if (fs::exists(st) && !fs::is_directory(fs::status(dir_, ec)))
            throw Error(fmt::format("{}: exists and is not a folder", dir.string()));
        if (fs::exists(st)) {
            for (fs::directory_iterator it(dir_, ec), end; !ec && it != end; it.increment(ec)) {
                std::string entry = it->path().filename().string();
                if (!(is_output_file_name(entry) || is_old_temporary(entry)) || !it->is_regular_file(ec))
                    shared_ = true;  // other files stay; ours are replaced one by one
            }
            if (ec) throw Error(fmt::format("{}: cannot be listed: {}", dir.string(), ec.message()));
        }
    } catch (...) {
        ::unlink(lock_.c_str());
        ::close(lock_fd_);
        throw;
    }
}

void OutputFolder::replace_in_place(const std::vector<OutputFile>& files, const FileWriter& write) const {
    const std::string pid = std::to_string(static_cast<long>(::getpid()));
    std::vector<std::pair<fs::path, fs::path>> moves;  // temporary -> final
    std::error_code ec;
    try {
        for (const auto& f : files) {
            fs::path tmp = dir_ / ("." + f.name + ".tmp-" + pid);
            fs::remove(tmp, ec);
            moves.emplace_back(tmp, dir_ / f.name);
            write(tmp, f.content);
        }
    } catch (...) {
        for (const auto& m : moves) fs::remove(m.first, ec);
        throw;
    }
    for (const auto& m : moves)
        if (::rename(m.first.c_str(), m.second.c_str()) != 0) {
            int err = errno;
            for (const auto& n : moves) fs::remove(n.first, ec);
            fail(m.second, "cannot move the new file into place", err);
        }
}

OutputFolder::~OutputFolder() {
    if (lock_fd_ < 0) return;
    ::unlink(lock_.c_str());
    ::close(lock_fd_);
}

void OutputFolder::replace(const std::vector<OutputFile>& files, const FileWriter& write) const {
    if (shared_) {
        replace_in_place(files, write);
        return;
    }
    const fs::path parent = dir_.parent_path();
    const std::string name = dir_.filename().string();
    const std::string pid = std::to_string(static_cast<long>(::getpid()));
    const fs::path fresh = parent / ("." + name + ".new-" + pid);
    const fs::path old = parent / ("." + name + ".old-" + pid);
    std::error_code ec;
    fs::remove_all(fresh, ec);
    fs::remove_all(old, ec);
    if (::mkdir(fresh.c_str(), 0755) != 0) fail(fresh, "cannot create a temporary folder", errno);
    try {
        for (const auto& f : files) write(fresh / f.name, f.content);
        if (fs::exists(dir_, ec)) {
            exchange(fresh, dir_, old);
        } else if (::rename(fresh.c_str(), dir_.c_str()) != 0) {
            fail(dir_, "cannot move the new output into place", errno);
        }
    } catch (const Error& e) {
        fs::remove_all(fresh, ec);
        // name the output, not the temporary folder
        std::string message = e.what();
        for (auto at = message.find(fresh.string()); at != std::string::npos;
             at = message.find(fresh.string()))
            message.replace(at, fresh.string().size(), dir_.string());
        throw Error(message + " (the previous output is left as it was)");
    } catch (...) {
        fs::remove_all(fresh, ec);
        throw;
    }
    // after an exchange, `fresh` holds the previous output
    fs::remove_all(fresh, ec);
}

void write_file_atomically(const fs::path& path, const std::string& content) {
    const fs::path dir = path.has_parent_path() ? path.parent_path() : fs::path(".");
    const std::string name = path.filename().string();
    remove_leftovers(dir, name, ".tmp-", true);
    // named by process, thread and a counter, so that writers on several threads never meet
    static std::atomic<unsigned long> counter{0};
    fs::path tmp = dir / ("." + name + ".tmp-" + std::to_string(static_cast<long>(::getpid())) + "-" +
                          std::to_string(std::hash<std::thread::id>{}(std::this_thread::get_id()) % 1000000) +
                          "-" + std::to_string(counter++));
    std::error_code ignored;
    fs::remove(tmp, ignored);
    try {
        write_new_file(tmp, content, path);
    } catch (...) {
        fs::remove(tmp, ignored);
        throw;
    }
    if (::rename(tmp.c_str(), path.c_str()) != 0) {
        int err = errno;
        fs::remove(tmp, ignored);
        fail(path, "cannot move the new file into place", err);
    }
}

}  // namespace mosulkg
