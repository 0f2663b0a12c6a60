#include "core/train/lr_schedule.h"

#include <algorithm>
#include <cmath>

namespace clipft {

double cosineLearningRate(double base_lr, int64_t warmup_steps, int64_t total_steps, int64_t step) {
    if (step < warmup_steps) return base_lr * static_cast<double>(step + 1) / static_cast<double>(warmup_steps);
    const int64_t decay_steps = total_steps - warmup_steps;
    if (decay_steps <= 0) return base_lr;
    const double progress = std::min(1.0, static_cast<double>(step - warmup_steps) / static_cast<double>(decay_steps));
    return 0.5 * (1.0 + std::cos(M_PI * progress)) * base_lr;
}

}  // namespace clipft
