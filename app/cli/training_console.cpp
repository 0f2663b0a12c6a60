#include "training_console.h"

#include <csignal>
#include <cstdio>

namespace clipft::cli {
namespace {

CancelToken* g_cancel = nullptr;  // the token the signal handler sets (an atomic store: signal-safe)

extern "C" void cancelOnSignal(int) {
    if (g_cancel) g_cancel->cancel();
}

}  // namespace

std::string formatDuration(double seconds) {
    if (!(seconds >= 0) || seconds > 1e7) return "?";
    const long long s = static_cast<long long>(seconds + 0.5);
    char text[32];
    if (s >= 3600)
        std::snprintf(text, sizeof text, "%lldh%02lldm", s / 3600, (s % 3600) / 60);
    else if (s >= 60)
        std::snprintf(text, sizeof text, "%lldm%02llds", s / 60, s % 60);
    else
        std::snprintf(text, sizeof text, "%llds", s);
    return text;
}

std::string metricsLine(const std::map<std::string, double>& m) {
    const auto get = [&](const std::string& key) {
        const auto found = m.find(key);
        return found == m.end() ? std::string("-") : [&] {
            char text[32];
            std::snprintf(text, sizeof text, "%.3f", found->second);
            return std::string(text);
        }();
    };
    std::string line = "image R@1 " + get("image_retrieval_recall@1") + " R@5 " + get("image_retrieval_recall@5") +
                       " R@10 " + get("image_retrieval_recall@10") + " | text R@1 " + get("text_retrieval_recall@1") +
                       " R@5 " + get("text_retrieval_recall@5") + " R@10 " + get("text_retrieval_recall@10");
    if (m.count("clip_val_loss")) line += " | val loss " + get("clip_val_loss");
    return line;
}

TrainingConsole::TrainingConsole(int64_t log_every, bool quiet) : log_every_(log_every), quiet_(quiet) {}

void TrainingConsole::onProgress(const std::string& stage, long long done, long long total) {
    if (!quiet_) progress_.onProgress(stage, done, total);
}

void TrainingConsole::onWarning(const std::string& message) { progress_.onWarning(message); }

void TrainingConsole::onStep(const StepReport& r) {
    if (quiet_ || (r.step % log_every_ != 0 && r.step != r.total_steps && r.step != 1)) return;
    std::printf("step %lld/%lld  epoch %.2f  loss %.4f  lr %.2e  scale %.1f  %.1f samples/s  ETA %s\n",
                static_cast<long long>(r.step), static_cast<long long>(r.total_steps), r.epoch, r.loss, r.lr,
                r.logit_scale, r.samples_per_s, formatDuration(r.eta_s).c_str());
    std::fflush(stdout);
}

void TrainingConsole::onEvaluation(const EvaluationReport& r) {
    if (quiet_) return;
    std::printf("eval step %lld: %s%s\n", static_cast<long long>(r.step), metricsLine(r.metrics).c_str(),
                r.is_best ? "  (best)" : "");
    std::fflush(stdout);
}

InterruptToCancel::InterruptToCancel(CancelToken& cancel) {
    g_cancel = &cancel;
    std::signal(SIGINT, cancelOnSignal);
    std::signal(SIGTERM, cancelOnSignal);
}

InterruptToCancel::~InterruptToCancel() {
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    g_cancel = nullptr;
}

}  // namespace clipft::cli
