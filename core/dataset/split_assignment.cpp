#include "core/dataset/split_assignment.h"

#include "core/common/error.h"

#include <xxhash.h>

#include <cmath>

namespace clipft {

void SplitRatios::validate() const {
    if (train < 0 || val < 0 || test < 0 || std::abs(train + val + test - 1.0) > 1e-6)
        throw Error("split ratios must be non-negative and add up to 1 (e.g. 0.8,0.1,0.1)");
}

const char* assignSplit(const std::string& relative_path, uint64_t seed, const SplitRatios& ratios) {
    // A hash of the path is a uniform draw in [0, 1) that is stable across runs and platforms.
    const uint64_t h = XXH3_64bits_withSeed(relative_path.data(), relative_path.size(), seed);
    const double u = static_cast<double>(h >> 11) * (1.0 / 9007199254740992.0);  // 53 bits
    if (u < ratios.train) return "train";
    if (u < ratios.train + ratios.val) return "val";
    return "test";
}

}  // namespace clipft
