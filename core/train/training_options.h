// Every setting of a training run, with the defaults a user gets; stored with the run (JSON) so a
// run can be listed, compared and resumed with exactly the settings it started with.
#pragma once
#include "core/train/clip_optimizer.h"
#include "core/train/mixed_precision.h"

#include <cstdint>
#include <optional>
#include <string>

namespace clipft {

struct TrainingOptions {
    int64_t epochs = 5;
    int64_t max_steps = 0;        // > 0: train this many optimizer steps whatever `epochs` says
    int batch_size = 32;          // images per micro-batch
    int accum_steps = 1;          // micro-batches per optimizer step (the loss sees all their negatives)
    AdamWSettings adamw;          // lr 1e-5, weight decay 0.1, betas (0.9, 0.98), eps 1e-6
    int64_t warmup_steps = -1;    // -1: 10% of the steps, at most 500
    double grad_clip_norm = 1.0;  // clip the global gradient norm to this; 0: off
    // Freeze a tower except its last N lock groups, counted as open_clip counts them
    // (tower_freezing.h): 0 freezes all of it, 1 leaves the projection, 2 adds the last block.
    std::optional<int> lock_image;
    std::optional<int> lock_text;
    bool augment = true;  // open_clip's RandomResizedCrop(scale 0.9-1.0); false: the eval transform
    // Also train on the captions the user confirmed on the Search page ("This is a match"), for
    // the training images they were given to.
    bool include_search_feedback = false;
    bool train_logit_scale = true;
    Precision precision = Precision::Fp32;
    int64_t eval_every = 0;        // also evaluate every N steps (always at each epoch's end); 0: epochs only
    bool eval_at_start = true;     // evaluate the starting model first (the "before" point)
    int64_t checkpoint_every = 0;  // steps; 0: at each evaluation and epoch end
    int64_t log_every = 10;        // steps between progress lines and stored metrics
    std::string best_metric = "image_retrieval_recall@5";
    int early_stopping_patience = 0;  // evaluations without improvement before stopping; 0: never
    double early_stopping_min_delta = 0.0;
    int max_bad_steps = 5;  // NaN/inf losses tolerated (each step skipped) before the run stops
    uint64_t seed = 0;
    int loader_threads = 0;  // 0: one per core

    // Throws clipft::Error naming the first setting out of range.
    void validate() const;
};

// Whether a larger value of `metric` is better (recall) or worse (loss, rank).
bool higherIsBetter(const std::string& metric);

// "random-resized-crop" or "none" (the command line's --augment and the stored settings).
const char* augmentationName(bool augment);
// Throws clipft::Error naming the accepted values.
bool parseAugmentation(const std::string& name);

std::string trainingOptionsToJson(const TrainingOptions& options);
// Missing keys keep their defaults; throws clipft::Error for malformed JSON or a bad value.
TrainingOptions trainingOptionsFromJson(const std::string& json_text);

// The number of optimizer steps a run makes, given the batches its data gives per epoch.
int64_t totalTrainingSteps(const TrainingOptions& options, int64_t batches_per_epoch);
// The warmup actually used (resolves -1).
int64_t effectiveWarmupSteps(const TrainingOptions& options, int64_t total_steps);

}  // namespace clipft
