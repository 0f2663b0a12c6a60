// Train/val/test splits for a dataset that brings none: decided per image (so all captions of an
// image land in one split and nothing leaks), deterministically from a seed and the image's path.
#pragma once
#include <cstdint>
#include <string>

namespace clipft {

struct SplitRatios {
    double train = 0.8;
    double val = 0.1;
    double test = 0.1;
    void validate() const;  // throws clipft::Error unless all >= 0 and they sum to 1
};

// "train", "val" or "test". Depends only on (relative_path, seed, ratios): re-importing the same
// folder gives the same splits, and adding images never moves the ones already there.
const char* assignSplit(const std::string& relative_path, uint64_t seed, const SplitRatios& ratios);

}  // namespace clipft
