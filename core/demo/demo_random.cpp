#include "core/demo/demo_random.h"

#include "core/common/splitmix64.h"

namespace clipft {

uint64_t deriveDemoSeed(uint64_t seed, uint64_t index, uint64_t stream) {
    return splitmix64(splitmix64(splitmix64(seed) ^ index) ^ (stream * 0xD1B54A32D192ED03ull));
}

DemoRandom::DemoRandom(uint64_t seed) {
    // seed_seq's mixing is specified by the standard, unlike the distributions.
    std::seed_seq sequence{static_cast<uint32_t>(seed), static_cast<uint32_t>(seed >> 32)};
    engine_.seed(sequence);
}

int DemoRandom::uniformInt(int n) {
    if (n <= 1) return 0;
    const uint64_t range = static_cast<uint64_t>(n);
    // Largest multiple of n that fits in 2^32; draws at or above it would favour small values.
    const uint64_t limit = (uint64_t{1} << 32) - ((uint64_t{1} << 32) % range);
    uint64_t x;
    do {
        x = next();
    } while (x >= limit);
    return static_cast<int>(x % range);
}

double DemoRandom::uniform() {
    const uint64_t a = next() >> 5;  // 27 bits
    const uint64_t b = next() >> 6;  // 26 bits
    return static_cast<double>((a << 26) | b) * (1.0 / 9007199254740992.0);  // / 2^53
}

int DemoRandom::weighted(const std::vector<double>& weights) {
    double total = 0;
    for (double w : weights) total += w;
    double x = uniform() * total;
    for (size_t i = 0; i < weights.size(); ++i) {
        if (x < weights[i]) return static_cast<int>(i);
        x -= weights[i];
    }
    // Rounding left x at the very top: the last item with a positive weight.
    for (size_t i = weights.size(); i-- > 0;)
        if (weights[i] > 0) return static_cast<int>(i);
    return 0;
}

}  // namespace clipft
