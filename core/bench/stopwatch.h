// Wall-clock timing for benchmarks, and a device barrier so GPU work is inside the timed span.
#pragma once
#include <c10/core/Device.h>

#include <chrono>

namespace clipft {

class Stopwatch {
public:
    Stopwatch() : start_(std::chrono::steady_clock::now()) {}
    double seconds() const {
        return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
    }

private:
    std::chrono::steady_clock::time_point start_;
};

// Waits for the device's queued work (a no-op on CPU).
void synchronize(const c10::Device& device);

}  // namespace clipft
