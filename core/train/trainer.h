// The training loop: batches from a BatchSource, open_clip's loss/optimizer/schedule, gradient
// accumulation and clipping, periodic validation with best-model tracking and early stopping,
// atomic checkpoints and exact resume. It knows nothing of projects or files beyond its checkpoint;
// training_job.h wires it to a project, a dataset and model folders.
#pragma once
#include "core/common/pause_token.h"
#include "core/common/progress.h"
#include "core/model/clip_model.h"
#include "core/train/training_batch.h"
#include "core/train/training_checkpoint.h"
#include "core/train/training_options.h"

#include <c10/core/Device.h>

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace clipft {

class ClipOptimizer;

struct StepReport {
    int64_t step = 0;  // optimizer steps done, 1-based after the first
    int64_t total_steps = 0;
    double epoch = 0;  // fractional: batches consumed / batches per epoch
    double loss = 0;
    double lr = 0;
    double logit_scale = 0;     // exp(logit_scale), the softmax temperature's inverse
    double samples_per_s = 0;   // over the last logging interval
    double eta_s = 0;           // for the remaining steps, from recent step times
    int64_t skipped_steps = 0;  // NaN/inf losses so far
};

struct EvaluationReport {
    int64_t step = 0;
    double epoch = 0;
    std::map<std::string, double> metrics;
    bool is_best = false;
};

// The best validation images of a few text queries at an evaluation: what the Train page shows
// so that the user sees search improve while the run trains (training_job.h computes them).
struct ProbeReport {
    struct Image {
        int64_t id = 0;          // the project's image id
        std::string path;        // absolute, for the thumbnail
        double score = 0;        // cosine similarity
        bool is_truth = false;   // the query is one of this image's captions
    };
    struct Query {
        std::string text;
        std::vector<Image> top;  // best first
        int64_t truth_rank = 0;  // of its best ground-truth image; 0: the query is no caption of the split
    };
    int64_t step = 0;
    std::vector<Query> queries;
};

// What the trainer tells whoever runs it (the job stores it, the CLI prints it, the GUI charts it).
// Called on the training thread.
class TrainingObserver : public ProgressObserver {
public:
    void onProgress(const std::string&, long long, long long) override {}
    virtual void onStep(const StepReport& report) { (void)report; }
    // Several steps at once (a throttled observer hands them over in bursts); by default one by one.
    virtual void onSteps(const std::vector<StepReport>& reports) {
        for (const auto& report : reports) onStep(report);
    }
    // The run stopped between steps because it was paused (true), or goes on again (false).
    virtual void onPaused(bool paused, int64_t step) { (void)paused, (void)step; }
    virtual void onEvaluation(const EvaluationReport& report) { (void)report; }
    virtual void onCheckpoint(int64_t step, const std::string& path) { (void)step, (void)path; }
    // Just before the evaluation of the same step is reported.
    virtual void onProbes(const ProbeReport& report) { (void)report; }
};

struct TrainerHooks {
    // Validation metrics of the model as it is now (e.g. recall@k on the validation split); unset:
    // no evaluation, so no best model and no early stopping.
    std::function<std::map<std::string, double>(ClipModelImpl& model, const CancelToken* cancel)> validate;
    // Called when an evaluation is the best so far: save the model (it is the best one).
    std::function<void(ClipModelImpl& model, int64_t step, const std::map<std::string, double>& metrics)> save_best;
};

enum class TrainingEnd { Completed, EarlyStopped, Cancelled };

struct TrainingOutcome {
    TrainingEnd end = TrainingEnd::Completed;
    TrainingState state;
};

class Trainer {
public:
    // Freezes towers and builds the optimizer as `options` say; the model is moved to `device`.
    // The checkpoint is written to `checkpoint_path` (atomically, replacing the previous one).
    Trainer(ClipModel model, BatchSource& data, TrainingOptions options, c10::Device device,
            std::string checkpoint_path, TrainerHooks hooks = {});
    ~Trainer();

    // Continues from a checkpoint written by a Trainer of the same model and settings.
    void resumeFrom(const std::string& checkpoint_path);
    // What the data source holds (an item count and a fingerprint of its images and captions),
    // stored with every checkpoint so that a resume can check it still trains on the same data.
    void setDataIdentity(int64_t items, const std::string& fingerprint);

    // Trains until the last step, early stopping or cancellation (then a checkpoint is written
    // first, so the run can be resumed). Throws clipft::Error for a run that cannot go on (too many
    // NaN losses, out of memory: the message says what to change).
    // A set `pause` token stops it between steps (the state held, nothing written) until resumed
    // or cancelled.
    TrainingOutcome run(TrainingObserver* observer = nullptr, const CancelToken* cancel = nullptr,
                        const PauseToken* pause = nullptr);

    ClipModelImpl& model() { return *model_; }
    const TrainingState& state() const { return state_; }
    int64_t totalSteps() const { return total_steps_; }
    int64_t warmupSteps() const { return warmup_steps_; }
    // Read losses and skip decisions from the device once per log interval rather than every step:
    // on by default on CUDA; tests turn it on for the CPU to check it trains the same.
    void setDeferredReads(bool deferred) { deferred_reads_ = deferred; }

private:
    // false: skipped (NaN loss or overflowing gradients), when known on the host.
    bool trainOneStep(TrainingObserver* observer, const CancelToken* cancel);
    // Reads the pending steps' losses from the device in one go, counts the NaN ones (throwing when
    // there were too many) and reports them.
    void flushPendingSteps(TrainingObserver* observer);
    at::Tensor toDevice(const at::Tensor& cpu_tensor) const;  // queued, not waited for, on CUDA
    void evaluate(TrainingObserver* observer, const CancelToken* cancel);
    bool earlyStopDue(TrainingObserver* observer) const;  // true (and says so) when patience ran out
    void writeCheckpoint(TrainingObserver* observer);
    double epochOf(int64_t batches) const;
    std::string outOfMemoryMessage() const;

    ClipModel model_;
    BatchSource& data_;
    TrainingOptions options_;
    c10::Device device_;
    std::string checkpoint_path_;
    TrainerHooks hooks_;
    std::unique_ptr<ClipOptimizer> optimizer_;
    DynamicLossScaler scaler_;
    TrainingState state_;
    int64_t batches_per_epoch_ = 0;
    int64_t total_steps_ = 0;
    int64_t warmup_steps_ = 0;
    bool evaluated_at_start_ = false;
    double last_lr_ = 0;
    int64_t last_step_samples_ = 0;
    at::Tensor last_step_loss_;     // [] on the device
    at::Tensor last_step_skipped_;  // [] bool on the device; undefined when decided on the host
    // On a GPU the host reads losses once per log interval, never per step (DESIGN.md): the steps
    // since the last read wait here with their device values.
    bool deferred_reads_ = false;
    struct PendingStep {
        StepReport report;        // without loss, logit_scale, skipped_steps
        at::Tensor loss;          // []
        at::Tensor logit_scale;   // [] exp(logit_scale)
        at::Tensor skipped;       // [] bool, or undefined
    };
    std::vector<PendingStep> pending_;
};

// Clamps the learned temperature to [0, ln 100] as open_clip does after every step.
void clampLogitScale(ClipModelImpl& model);

}  // namespace clipft
