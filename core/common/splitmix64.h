// SplitMix64's finaliser (Steele, Lea & Flood): a cheap, well-mixed hash of a 64-bit value, the
// building block of every portable, seed-derived random stream in clipft (the standard library's
// distributions differ between implementations, so they never decide data).
#pragma once
#include <cstdint>

namespace clipft {

inline uint64_t splitmix64(uint64_t x) {
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

}  // namespace clipft
