// How `clipft train` (and the demo) show a run on the terminal: one line per logging interval,
// one per evaluation, warnings, and Ctrl-C turned into a clean cancellation.
#pragma once
#include "console_progress.h"
#include "core/train/trainer.h"

#include <map>
#include <string>

namespace clipft::cli {

class TrainingConsole : public TrainingObserver {
public:
    // quiet: only warnings (for --json runs, whose stdout must stay one JSON object).
    TrainingConsole(int64_t log_every, bool quiet);
    void onProgress(const std::string& stage, long long done, long long total) override;
    void onWarning(const std::string& message) override;
    void onStep(const StepReport& report) override;
    void onEvaluation(const EvaluationReport& report) override;

private:
    ConsoleProgress progress_;
    int64_t log_every_;
    bool quiet_;
};

// "3m05s", "1h02m", "12s".
std::string formatDuration(double seconds);

// One line of the retrieval metrics that matter most: image R@1/5/10, text R@1/5/10, val loss.
std::string metricsLine(const std::map<std::string, double>& metrics);

// Sets `cancel` on SIGINT/SIGTERM for its lifetime, so a Ctrl-C stops training between steps and
// leaves a checkpoint instead of killing the process mid-write.
class InterruptToCancel {
public:
    explicit InterruptToCancel(CancelToken& cancel);
    ~InterruptToCancel();
};

}  // namespace clipft::cli
