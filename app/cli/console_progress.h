// Progress of a core job on stderr: an updating line on a terminal, nothing when piped (so the
// --json output on stdout and logs stay clean). At most ~10 updates a second.
#pragma once
#include "core/common/progress.h"

#include <chrono>

namespace clipft::cli {

class ConsoleProgress : public ProgressObserver {
public:
    ConsoleProgress();
    ~ConsoleProgress() override;
    void onProgress(const std::string& stage, long long done, long long total) override;
    void onWarning(const std::string& message) override;

private:
    bool interactive_;
    bool line_open_ = false;
    std::chrono::steady_clock::time_point last_;
};

}  // namespace clipft::cli
