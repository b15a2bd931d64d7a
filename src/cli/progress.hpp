// Progress of a long run on stderr: a bar redrawn in place on a terminal (documents,
// MB/s, time left), one line per 10% otherwise once a run lasts 5 s, nothing when quiet.
#pragma once

#include "mosulkg/pipeline.hpp"

#include <fmt/format.h>

#include <chrono>
#include <cstdio>
#include <functional>

#include <unistd.h>

namespace mosulkg::cli {

class ProgressDisplay {
public:
    explicit ProgressDisplay(bool quiet) : quiet_(quiet), terminal_(::isatty(STDERR_FILENO) != 0) {}

    std::function<void(const Progress&)> callback() {
        if (quiet_) return {};
        return [this](const Progress& p) { show(p); };
    }
    // Ends the bar's line on a terminal.
    void finish() const {
        if (!quiet_ && terminal_ && drawn_) std::fputc('\n', stderr);
    }

private:
    void show(const Progress& p) {
        using namespace std::chrono;
        double seconds = duration<double>(steady_clock::now() - start_).count();
        double share = p.total_bytes ? double(p.bytes) / double(p.total_bytes) : 1.0;
        double mb_per_s = seconds > 0 ? double(p.bytes) / 1e6 / seconds : 0.0;
        double left = share > 0 ? seconds * (1 - share) / share : 0.0;
        if (terminal_) {
            if (p.documents != p.total_documents && seconds - last_draw_ < 0.2) return;
            last_draw_ = seconds;
            int filled = static_cast<int>(share * 30);
            fmt::print(stderr, "\r[{:<30}] {}/{} documents  {:.1f} MB/s  {:.0f} s left ",
                       std::string(filled, '#'), p.documents, p.total_documents, mb_per_s, left);
            drawn_ = true;
            return;
        }
        // a log learns of long runs only: a run of a few seconds keeps stderr for what matters
        int tenth = static_cast<int>(share * 10);
        if (tenth <= last_tenth_ || seconds < 5) return;
        last_tenth_ = tenth;
        fmt::print(stderr, "mosulkg: {}% ({}/{} documents, {:.1f} MB/s, {:.0f} s left)\n", tenth * 10,
                   p.documents, p.total_documents, mb_per_s, left);
    }

    bool quiet_;
    bool terminal_;
    bool drawn_ = false;
    int last_tenth_ = 0;
    double last_draw_ = -1;
    std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
};

}  // namespace mosulkg::cli
