// mosulkg/output.hpp: an output folder replaced all at once.
//
// `OutputFolder` takes an exclusive lock on a folder (a lock file beside it,
// `.NAME.lock`), so that two runs never write one folder, and removes what a
// killed run left beside it. `replace` writes every file into a new temporary
// folder beside the output (`.NAME.new-PID`), then exchanges the two folders in
// one rename: a reader, a failure or a kill sees the whole previous output or the
// whole new one, never a mix, and no temporary file stays behind after the next
// run. The folder may hold only files mosulkg writes (`is_output_file_name`), so
// that a folder of the user's own files is never replaced.
//
// `write_outputs` renders the files of the registered exporters (export.hpp) and
// replaces a folder with them.
#pragma once

#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace mosulkg {

struct OutputFile {
    std::string name;  // a plain file name, no folder
    std::string content;
};

// Puts `content` into a new file at `path` (which does not exist yet). Throws Error.
using FileWriter = std::function<void(const std::filesystem::path& path, std::string_view content)>;
void write_new_file(const std::filesystem::path& path, std::string_view content);

// True for the names of the files `mosulkg build` writes: those of the registered
// exporters, focus.dot, focus.svg and records.jsonl.
bool is_output_file_name(std::string_view name);

// Writes `content` to `path` through a temporary file in the same directory (named by
// process, thread and a counter) and a rename. Throws Error naming the path on failure.
void write_file_atomically(const std::filesystem::path& path, const std::string& content);

class OutputFolder {
public:
    // Locks `dir` (which need not exist yet; its parent is created) and removes the
    // temporary folders of earlier runs that were killed. Throws Error naming `dir`
    // when another run holds the lock, when `dir` is not a folder, or when it holds
    // a file that mosulkg does not write.
    explicit OutputFolder(const std::filesystem::path& dir);
    ~OutputFolder();
    OutputFolder(const OutputFolder&) = delete;
    OutputFolder& operator=(const OutputFolder&) = delete;

    const std::filesystem::path& path() const noexcept { return dir_; }

    // Replaces the folder's content with exactly `files`. On failure (Error) the
    // previous content is untouched and no temporary file remains. `write` puts one
    // file on disk (tests inject failures through it). A folder that also holds files
    // mosulkg did not write (a log beside the outputs) keeps them: every file is then
    // written beside its place first, and all are moved in only once all are written.
    void replace(const std::vector<OutputFile>& files, const FileWriter& write = write_new_file) const;

private:
    void replace_in_place(const std::vector<OutputFile>& files, const FileWriter& write) const;
    std::filesystem::path dir_;   // absolute
    std::filesystem::path lock_;  // the lock file
    int lock_fd_ = -1;
    bool shared_ = false;  // the folder holds files mosulkg did not write
};

struct Corpus;      // pipeline.hpp
struct DotOptions;  // export.hpp

// The files of the exporters of `formats` (every registered exporter when empty,
// see export.hpp), rendered in memory side by side, in file-name order; graph.dot
// and graph.svg drawn with `diagram`. Throws Error naming an unknown format, or
// the first error of a renderer.
std::vector<OutputFile> render_outputs(const Corpus& corpus, const DotOptions& diagram,
                                       const std::vector<std::string>& formats = {});

// Renders the files (render_outputs) and then replaces the folder `dir` (created
// when missing) with them at once: a failure leaves the previous output untouched.
void write_outputs(const Corpus& corpus, const std::filesystem::path& dir);
void write_outputs(const Corpus& corpus, const std::filesystem::path& dir, const DotOptions& diagram,
                   const std::vector<std::string>& formats = {});

}  // namespace mosulkg
