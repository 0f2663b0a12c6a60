// A resumable training checkpoint: one safetensors file with the model's weights, the optimizer's
// state, where the run stood (step, data position, best metric, loss scale), the random generator
// and the run's settings and model config. Written atomically (temporary file, fsync, rename), so
// a crash leaves the previous checkpoint intact.
#pragma once
#include <cmath>
#include <cstdint>
#include <limits>
#include <string>

namespace clipft {

class ClipModelImpl;
class ClipOptimizer;

struct TrainingState {
    int64_t step = 0;              // optimizer steps done
    int64_t batches_consumed = 0;  // batches taken from the data source (steps × micro-batches)
    double best_metric = std::numeric_limits<double>::quiet_NaN();  // NaN: no evaluation yet
    int64_t best_step = -1;
    int evaluations_since_best = 0;
    int64_t bad_steps = 0;  // steps skipped for a NaN/inf loss
    double loss_scale = 65536.0;
    int64_t loss_scale_good_steps = 0;
    double last_loss = std::numeric_limits<double>::quiet_NaN();
    // What the run trains on, so a resume after the data changed is refused (the job sets them;
    // 0 and "" when unknown, as in checkpoints of older versions).
    int64_t data_items = 0;
    std::string data_fingerprint;
    // Set while a validation runs: a checkpoint written by a cancel during it makes the resumed
    // run validate again before its next step.
    bool evaluation_pending = false;
};

// Writes `path` atomically. Weights are stored as "model.<name>" (fp32).
void saveTrainingCheckpoint(const std::string& path, ClipModelImpl& model, const ClipOptimizer& optimizer,
                            const TrainingState& state, const std::string& options_json);

struct CheckpointContents {
    TrainingState state;
    std::string options_json;  // the TrainingOptions the run was started with
    std::string config_json;   // the model's open_clip config
};

// The metadata alone (cheap): to rebuild the model and its optimizer before restoring them.
CheckpointContents readCheckpointInfo(const std::string& path);

// Restores the weights, the optimizer state and the CPU random generator into an already built
// model and optimizer of the same shape. Throws clipft::Error naming the file and the tensor when
// they do not match.
CheckpointContents restoreTrainingCheckpoint(const std::string& path, ClipModelImpl& model, ClipOptimizer& optimizer);

// Loads only the weights of a checkpoint into `model` (export, evaluation of a checkpoint).
void loadCheckpointWeights(const std::string& path, ClipModelImpl& model);

}  // namespace clipft
