// Between a training job and a GUI: the trainer reports every step (hundreds a second on a GPU
// with a tiny model), a GUI wants to redraw at most ~20 times a second. This adapter collects
// step reports and hands them on in bursts (onSteps) at most once per interval, and passes
// progress at most once per interval per stage; evaluations, checkpoints, warnings and pauses go
// through at once (after the steps before them, so the order is kept). Nothing is dropped.
// Called on the training thread, like the observer it forwards to.
#pragma once
#include "core/train/trainer.h"

#include <chrono>
#include <map>
#include <string>
#include <vector>

namespace clipft {

class ThrottledTrainingObserver : public TrainingObserver {
public:
    explicit ThrottledTrainingObserver(TrainingObserver& forward,
                                       std::chrono::milliseconds interval = std::chrono::milliseconds(50));
    ~ThrottledTrainingObserver() override;  // hands on what is still held

    void onProgress(const std::string& stage, long long done, long long total) override;
    void onWarning(const std::string& message) override;
    void onStep(const StepReport& report) override;
    void onEvaluation(const EvaluationReport& report) override;
    void onCheckpoint(int64_t step, const std::string& path) override;
    void onPaused(bool paused, int64_t step) override;
    void onProbes(const ProbeReport& report) override;

    // Hands on the steps held now.
    void flush();

private:
    using Clock = std::chrono::steady_clock;
    TrainingObserver& forward_;
    std::chrono::milliseconds interval_;
    std::vector<StepReport> pending_;
    Clock::time_point last_steps_{};
    bool sent_steps_ = false;  // the first step goes at once, so a GUI shows the run has started
    std::map<std::string, Clock::time_point> last_progress_;
};

}  // namespace clipft
