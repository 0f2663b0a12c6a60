// How long the GUI thread's event loop goes without turning: a 5 ms timer whose largest gap
// between two ticks is the worst stall (the latency a user feels), measured while a test runs.
#pragma once
#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>

namespace fixtures {

class EventLoopProbe {
public:
    EventLoopProbe() {
        timer_.setInterval(5);
        QObject::connect(&timer_, &QTimer::timeout, [this] {
            const qint64 now = clock_.elapsed();
            worst_ = std::max(worst_, now - last_);
            last_ = now;
        });
    }
    void start() {
        clock_.start();
        last_ = 0;
        timer_.start();
    }
    void stop() { timer_.stop(); }
    qint64 worstGapMs() const { return worst_; }

private:
    QTimer timer_;
    QElapsedTimer clock_;
    qint64 last_ = 0, worst_ = 0;
};

}  // namespace fixtures
