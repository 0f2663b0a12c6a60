// The random source of the synthetic demo data. std::uniform_int_distribution, std::shuffle and
// friends are implementation-defined, so the same seed would give different data sets with libstdc++
// and libc++; only mt19937's raw output and seed_seq are fixed by the standard. Everything the
// demo generator draws goes through the explicit distributions below.
#pragma once
#include <cstdint>
#include <random>
#include <vector>

namespace clipft {

// A seed for one (seed, index, stream) triple: images are generated independently of each other (and
// of the thread that makes them), and scene, rendering and captions each get their own stream, so
// changing how one of them draws does not reshuffle the others.
uint64_t deriveDemoSeed(uint64_t seed, uint64_t index, uint64_t stream);

class DemoRandom {
public:
    explicit DemoRandom(uint64_t seed);

    uint32_t next() { return static_cast<uint32_t>(engine_()); }
    // Uniform in [0, n), by rejection (no modulo bias); n > 0.
    int uniformInt(int n);
    // Uniform in [lo, hi], inclusive.
    int uniformInt(int lo, int hi) { return lo + uniformInt(hi - lo + 1); }
    // Uniform in [0, 1) with 53 random bits.
    double uniform();
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    bool chance(double p) { return uniform() < p; }
    // An index drawn with probability proportional to weights[i] (non-negative, not all zero).
    int weighted(const std::vector<double>& weights);

    template <typename T>
    const T& pick(const std::vector<T>& items) {
        return items[static_cast<size_t>(uniformInt(static_cast<int>(items.size())))];
    }

    // Fisher-Yates with uniformInt.
    template <typename T>
    void shuffle(std::vector<T>& items) {
        for (size_t i = items.size(); i > 1; --i) {
            const size_t j = static_cast<size_t>(uniformInt(static_cast<int>(i)));
            std::swap(items[i - 1], items[j]);
        }
    }

private:
    std::mt19937 engine_;
};

}  // namespace clipft
