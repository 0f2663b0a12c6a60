// How much memory a training run needs, estimated from the model's config before anything is
// allocated, so that the Train page can warn before a run dies of "out of memory" an hour in.
#pragma once
#include "core/model/clip_config.h"
#include "core/train/mixed_precision.h"

#include <cstdint>
#include <optional>
#include <string>

namespace clipft {

struct TrainingMemoryEstimate {
    int64_t parameters = 0;            // all of the model's (elements)
    int64_t trainable_parameters = 0;  // those the tower locks leave trainable
    int64_t weights_bytes = 0;         // fp32 weights, plus autocast's 16-bit copies of the trainable ones
    int64_t gradients_bytes = 0;       // fp32, trainable parameters only
    int64_t optimizer_bytes = 0;       // AdamW's two fp32 moments, trainable parameters only
    int64_t activations_bytes = 0;     // what autograd keeps for the backward pass, for the whole batch
    int64_t total_bytes = 0;           // the sum of the four
};

// batch_size: images per micro-batch. lock_image / lock_text as TrainingOptions has them: the
// number of a tower's last lock groups left trainable (tower_freezing.h), none: the whole tower
// trains. Activations are a rough upper bound (see memory_estimate.cpp); the rest is exact for
// clipft's trainer. Throws clipft::Error for an inconsistent config or a batch below 1.
TrainingMemoryEstimate estimateTrainingMemory(const ClipConfig& config, int batch_size, Precision precision,
                                              std::optional<int> lock_image, std::optional<int> lock_text);

// The parameter count of each tower as the model registers it (logit_scale belongs to neither).
int64_t imageTowerParameters(const ClipConfig& config);
int64_t textTowerParameters(const ClipConfig& config);

// "512 B", "3.4 KiB", "340 MiB", "1.2 GiB": one decimal below 10 of a unit, none above; a '.' as
// the decimal mark whatever the locale.
std::string formatBytes(int64_t bytes);

}  // namespace clipft
