#include "console_progress.h"

#include <cstdio>
#include <unistd.h>

namespace clipft::cli {

ConsoleProgress::ConsoleProgress() : interactive_(isatty(STDERR_FILENO) != 0) {}

ConsoleProgress::~ConsoleProgress() {
    if (line_open_) std::fputc('\n', stderr);
}

void ConsoleProgress::onProgress(const std::string& stage, long long done, long long total) {
    if (!interactive_) return;
    const auto now = std::chrono::steady_clock::now();
    if (done != total && now - last_ < std::chrono::milliseconds(100)) return;
    last_ = now;
    if (total > 0)
        std::fprintf(stderr, "\r%s: %lld/%lld (%.0f%%)   ", stage.c_str(), done, total, 100.0 * done / total);
    else
        std::fprintf(stderr, "\r%s: %lld   ", stage.c_str(), done);
    line_open_ = true;
    std::fflush(stderr);
}

void ConsoleProgress::onWarning(const std::string& message) {
    if (line_open_) std::fputc('\n', stderr);
    line_open_ = false;
    std::fprintf(stderr, "warning: %s\n", message.c_str());
}

}  // namespace clipft::cli
