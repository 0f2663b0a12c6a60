// A training run on a project's dataset, end to end: the pre-trained model folder, the dataset's
// train split through the augmenting loader, validation recall on its val split, the Trainer, and
// everything recorded in the project (the run, its settings, per-step loss / learning rate / logit
// scale / throughput, every evaluation, checkpoints) with the best and final models written as
// open_clip folders. What `clipft train` and the GUI's training page run (on a worker thread).
#pragma once
#include "core/store/project_records.h"
#include "core/train/trainer.h"
#include "core/train/training_options.h"

#include <c10/core/Device.h>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace clipft {

struct TrainingJobRequest {
    std::string project_path;  // the job opens its own connection (it may run on a worker thread)
    std::string dataset;       // ignored when resuming
    std::string model_dir;     // the pre-trained model; ignored when resuming
    std::string output_dir;    // checkpoint.safetensors, best/, final/; ignored when resuming
    std::string run_name;      // "" : "<dataset> from <model folder name>"
    TrainingOptions options;   // ignored when resuming (the run's own settings are used)
    std::optional<int64_t> resume_run;
    c10::Device device{c10::kCPU};
    int eval_batch_size = 64;
    // Text queries whose top validation images are reported at every evaluation (onProbes).
    std::vector<std::string> probe_queries;
    int probe_k = 5;
};

struct TrainingJobResult {
    int64_t run_id = 0;
    TrainingEnd end = TrainingEnd::Completed;
    TrainingState state;
    std::string checkpoint_path;
    std::string best_dir;   // "" when no evaluation ran
    std::string final_dir;  // "" when cancelled
    std::map<std::string, double> last_metrics;  // the last validation, if any
};

// The checkpoint and model folders of a run's output folder.
std::string runCheckpointPath(const std::string& output_dir);
std::string runBestModelDir(const std::string& output_dir);
std::string runFinalModelDir(const std::string& output_dir);
// The lock file a training process holds while it trains the run (its liveness marker).
std::string runLockPath(const std::string& output_dir);

// The run's status as a user should see it: a stored Running whose process died (nobody holds its
// lock) is Interrupted, and can be resumed like a cancelled run.
RunStatus runLiveStatus(const RunInfo& run);

// XXH3-128 (hex) of the training items' image content hashes and captions, in order: what a
// checkpoint records so that a resume on changed data is refused.
std::string trainingDataFingerprint(const std::vector<StoredImage>& images);

// Throws clipft::Error for a bad request (unknown dataset or run, too few images for one batch, an
// output folder that already holds another run's checkpoint), after marking the run failed when it
// had started; clipft::Cancelled is not thrown: a cancelled run returns with end = Cancelled and a
// checkpoint to resume from.
// A set `pause` token holds the run between steps until it is resumed (or cancelled).
TrainingJobResult runTrainingJob(const TrainingJobRequest& request, TrainingObserver* observer = nullptr,
                                 const CancelToken* cancel = nullptr, const PauseToken* pause = nullptr);

}  // namespace clipft
