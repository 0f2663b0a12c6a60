// The learning-rate schedule open_clip trains with: linear warmup, then cosine decay to zero.
#pragma once
#include <cstdint>

namespace clipft {

// Learning rate for optimizer step `step` (0-based) of `total_steps`: base_lr·(step+1)/warmup
// during the warmup, then 0.5·(1 + cos(π·(step − warmup)/(total − warmup)))·base_lr — the same
// numbers as open_clip's cosine_lr.
double cosineLearningRate(double base_lr, int64_t warmup_steps, int64_t total_steps, int64_t step);

}  // namespace clipft
