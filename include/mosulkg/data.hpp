// mosulkg/data.hpp: where the linguistic data files are read from.
//
// Every file of data/ (knowledge base, lexicons, word lists) is compiled into the
// library as its default. A `DataSource` may name a folder of the user's own
// files: a file of that folder with the same relative name as a file of data/
// ("kb/entities.tsv", "lexicon/boilerplate.txt") is read instead of the
// compiled-in one, so the data can be tuned without rebuilding. Files of the
// folder that match no data file are listed by `unmatched` (a misspelt name).
//
//     mosulkg::DataSource mine("my-data");                 // my-data/kb/entities.tsv, ...
//     auto kb = mosulkg::KnowledgeBase::from_data(mine);
//     auto chrome = mosulkg::Boilerplate::from_data(mine);
//     mosulkg::Pipeline pipeline(mine);                     // every stage's data (pipeline.hpp)
//
// A `Pipeline` built from a DataSource reads every stage's data from it: knowledge
// base, abbreviations, temporal word lists, relation lexicon, chronology forms, and the
// syntax model (syntax/en_ewt.model, when the folder has one). What has no DataSource
// parameter yet (the linker's word lists, the documents' boilerplate when reading
// files, the `defaults()` of each stage) reads the process's installed source, which
// is the compiled-in data unless `DataSource::install` was called before any data file
// was read; `mosulkg --data DIR` does both: it installs the folder first thing and
// builds the pipeline from it.
//
// Thread safety: a DataSource is immutable after construction and may be shared;
// `install` must run before any other thread reads data.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mosulkg {

class DataSource {
public:
    // The compiled-in files only.
    DataSource() = default;
    // The files of `dir` over the compiled-in ones. Throws Error when `dir` is not a folder.
    explicit DataSource(const std::filesystem::path& dir);

    // The content of data/`name` ("kb/entities.tsv"): the override folder's file when
    // it has one, else the compiled-in file. Throws Error naming the file when it
    // cannot be read or is not a data file of the library.
    std::string read(std::string_view name) const;
    // Where `read(name)` comes from, for messages: "DIR/kb/entities.tsv" or "data/kb/entities.tsv".
    std::string origin(std::string_view name) const;
    // The file of the override folder that replaces data/`name`, if any.
    std::optional<std::filesystem::path> override_file(std::string_view name) const;
    // The .tsv and .txt files of the override folder that no data file has the name of.
    std::vector<std::string> unmatched() const;

    const std::optional<std::filesystem::path>& folder() const noexcept { return dir_; }

    // The source every stage's compiled-in defaults read (see above).
    static const DataSource& installed();
    // Makes `source` the installed one. Throws Error when a data file has already
    // been read through the installed source (the defaults are read once and kept).
    static void install(DataSource source);

private:
    std::optional<std::filesystem::path> dir_;
};

}  // namespace mosulkg
