#include "core/jobs/throttled_training_observer.h"

namespace clipft {

ThrottledTrainingObserver::ThrottledTrainingObserver(TrainingObserver& forward, std::chrono::milliseconds interval)
    : forward_(forward), interval_(interval) {}

ThrottledTrainingObserver::~ThrottledTrainingObserver() {
    try {
        flush();
    } catch (...) {
        // A destructor must not throw; the job's own error is the one to report.
    }
}

void ThrottledTrainingObserver::flush() {
    if (pending_.empty()) return;
    std::vector<StepReport> reports;
    reports.swap(pending_);
    last_steps_ = Clock::now();
    sent_steps_ = true;
    forward_.onSteps(reports);
}

void ThrottledTrainingObserver::onStep(const StepReport& report) {
    pending_.push_back(report);
    if (!sent_steps_ || Clock::now() - last_steps_ >= interval_ || report.step == report.total_steps) flush();
}

void ThrottledTrainingObserver::onProgress(const std::string& stage, long long done, long long total) {
    const auto now = Clock::now();
    const auto last = last_progress_.find(stage);
    // A newer report comes soon; the first and the last of a stage always pass.
    if (last != last_progress_.end() && now - last->second < interval_ && done != total) return;
    last_progress_[stage] = now;
    flush();
    forward_.onProgress(stage, done, total);
}

void ThrottledTrainingObserver::onWarning(const std::string& message) {
    flush();
    forward_.onWarning(message);
}

void ThrottledTrainingObserver::onEvaluation(const EvaluationReport& report) {
    flush();
    forward_.onEvaluation(report);
}

void ThrottledTrainingObserver::onCheckpoint(int64_t step, const std::string& path) {
    flush();
    forward_.onCheckpoint(step, path);
}

void ThrottledTrainingObserver::onPaused(bool paused, int64_t step) {
    flush();
    forward_.onPaused(paused, step);
}

void ThrottledTrainingObserver::onProbes(const ProbeReport& report) {
    flush();
    forward_.onProbes(report);
}

}  // namespace clipft
