// One training step's forward and backward passes over a batch that may be split into
// micro-batches. With several micro-batches it does what open_clip's --accum-freq does, so the
// loss still sees every micro-batch's negatives: first all features without gradients, then each
// micro-batch again with gradients, its fresh features placed among the others' cached ones. The
// gradients summed over the micro-batches then equal those of the whole batch in one pass.
#pragma once
#include "core/train/mixed_precision.h"

#include <ATen/Tensor.h>

#include <vector>

namespace clipft {

class ClipModelImpl;

struct MicroBatch {
    at::Tensor images;  // [batch, 3, S, S] float32, on the model's device
    at::Tensor tokens;  // [batch, context_length] int64, on the model's device
};

struct StepLoss {
    at::Tensor value;  // [] float32, the contrastive loss of the whole batch (detached, on the device)
    // The loss read on the host (a device sync on a GPU: the trainer reads it once per log interval).
    double read() const;
};

// Adds d(loss)/d(parameter) · scaler.scale() to each trainable parameter's .grad (the caller zeroes
// them first and unscales afterwards). Nothing is read back from the device: a NaN or infinite loss
// still runs backward, and the caller skips the step on its non-finite gradients. The logit scale's gradient is taken once, not once per
// micro-batch (open_clip takes it on every pass, which multiplies it by the number of micro-batches).
StepLoss accumulateContrastiveGradients(ClipModelImpl& model, const std::vector<MicroBatch>& micro_batches,
                                        Precision precision, const DynamicLossScaler& scaler);

// The contrastive loss of a batch without gradients (validation).
double contrastiveLoss(ClipModelImpl& model, const MicroBatch& batch, Precision precision);

}  // namespace clipft
