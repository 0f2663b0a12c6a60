// How a long core job talks to whoever runs it (CLI, GUI worker, test) without printing:
// it reports progress to an observer and polls a cancel token between batches.
#pragma once
#include <atomic>
#include <string>

namespace clipft {

class ProgressObserver {
public:
    virtual ~ProgressObserver() = default;
    // `done` of `total` units of `stage` (e.g. "images", "texts"); total 0 when unknown.
    virtual void onProgress(const std::string& stage, long long done, long long total) = 0;
    // A non-fatal problem worth showing, e.g. a file that was skipped and why.
    virtual void onWarning(const std::string& message) { (void)message; }
};

class CancelToken {
public:
    void cancel() { cancelled_.store(true); }
    bool isCancelled() const { return cancelled_.load(); }

private:
    std::atomic<bool> cancelled_{false};
};

}  // namespace clipft
