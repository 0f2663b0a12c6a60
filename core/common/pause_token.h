// Pausing a long job from another thread (the GUI's Pause button): the job calls
// waitWhilePaused() between units of work (the trainer between steps) and sleeps there, holding
// its state, until resume() or until the cancel token is set.
#pragma once
#include "core/common/progress.h"

#include <chrono>
#include <condition_variable>
#include <mutex>

namespace clipft {

class PauseToken {
public:
    void pause() {
        std::lock_guard<std::mutex> lock(mutex_);
        paused_ = true;
    }
    void resume() {
        {
            std::lock_guard<std::mutex> lock(mutex_);
            paused_ = false;
        }
        changed_.notify_all();
    }
    bool isPaused() const {
        std::lock_guard<std::mutex> lock(mutex_);
        return paused_;
    }
    // Returns at once when not paused; otherwise when resumed, or soon after `cancel` is set (it
    // is polled, since a CancelToken has no way to wake anyone). True when it waited.
    bool waitWhilePaused(const CancelToken* cancel) const {
        std::unique_lock<std::mutex> lock(mutex_);
        if (!paused_) return false;
        while (paused_ && !(cancel && cancel->isCancelled())) changed_.wait_for(lock, std::chrono::milliseconds(50));
        return true;
    }

private:
    mutable std::mutex mutex_;
    mutable std::condition_variable changed_;
    bool paused_ = false;
};

}  // namespace clipft
