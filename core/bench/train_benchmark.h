// `clipft bench train`: training throughput (forward + backward + AdamW) against the machine's own
// matmul peak, through the real Trainer on an in-memory batch (no decoding in the timed span).
#pragma once
#include "core/common/progress.h"
#include "core/model/clip_model.h"
#include "core/text/tokenizer.h"
#include "core/train/mixed_precision.h"

#include <c10/core/Device.h>

namespace clipft {

struct TrainBenchmarkOptions {
    int batch_size = 32;
    int warmup_steps = 1;  // untimed (allocations, optimizer state creation)
    int timed_steps = 3;
    Precision precision = Precision::Fp32;
    unsigned seed = 1234;
};

struct TrainBenchmarkResult {
    double peak_gflops = 0;         // measured fp32 matmul rate
    double samples_per_s = 0;       // image-caption pairs per second
    double step_seconds = 0;        // mean over the timed steps
    double flops_per_sample = 0;    // 6 FLOPs per multiply-add (forward 2 + backward 4)
    double achieved_gflops = 0;     // flops_per_sample x samples_per_s
    double text_positions = 0;      // positions the text tower computes per caption
    // Where a step's time goes, from one more step timed piece by piece.
    double forward_backward_seconds = 0;  // loss and gradients
    double optimizer_seconds = 0;         // clipping, AdamW, zeroing the gradients
};

// Trains `model` (its weights change) for warmup + timed steps on one random batch of images and
// captions of 10–20 words. Matmul-like work only is counted, image tower and text tower, the latter
// over the token positions actually computed (each batch is trimmed to its longest caption).
TrainBenchmarkResult runTrainBenchmark(ClipModel model, const Tokenizer* tokenizer, const c10::Device& device,
                                       const TrainBenchmarkOptions& options, ProgressObserver* observer = nullptr);

}  // namespace clipft
