#include "core/model/text_transformer.h"
#include "core/bench/train_benchmark.h"

#include "core/bench/benchmark_captions.h"
#include "core/bench/matmul_peak.h"
#include "core/bench/stopwatch.h"
#include "core/model/flop_count.h"
#include "core/train/clip_optimizer.h"
#include "core/train/contrastive_step.h"
#include "core/train/gradient_clipping.h"
#include "core/train/trainer.h"


#include <ATen/ATen.h>

#include <algorithm>
#include <vector>

namespace clipft {
namespace {

// The same batch again and again: the benchmark measures the step, not the loader.
class RepeatedBatch : public BatchSource {
public:
    explicit RepeatedBatch(TrainingBatch batch) : batch_(std::move(batch)) {}
    int64_t batchesPerEpoch() const override { return 1000000; }
    void seek(int64_t, int64_t) override {}
    TrainingBatch next(const CancelToken*) override { return batch_; }

private:
    TrainingBatch batch_;
};

class StepClock : public TrainingObserver {
public:
    explicit StepClock(const c10::Device& device, int warmup, ProgressObserver* progress, int total)
        : device_(device), warmup_(warmup), progress_(progress), total_(total) {}
    void onStep(const StepReport& report) override {
        if (progress_) progress_->onProgress("training steps", report.step, total_);
        if (report.step == warmup_) {
            synchronize(device_);
            clock_ = Stopwatch();
        }
    }
    double secondsSinceWarmup() const { return clock_.seconds(); }

private:
    c10::Device device_;
    int warmup_;
    ProgressObserver* progress_;
    int total_;
    Stopwatch clock_;
};

}  // namespace

TrainBenchmarkResult runTrainBenchmark(ClipModel model, const Tokenizer* tokenizer, const c10::Device& device,
                                       const TrainBenchmarkOptions& options, ProgressObserver* observer) {
    TrainBenchmarkResult r;
    const ClipConfig config = model->config;
    if (observer) observer->onProgress("matmul peak", 0, 1);
    r.peak_gflops = measureMatmulPeakGflops(device);

    TrainingBatch batch;
    const int size = config.vision.image_size;
    batch.images = at::randn({options.batch_size, 3, size, size}, at::TensorOptions().dtype(at::kFloat));
    batch.tokens = makeCaptionTokens(config, tokenizer, options.batch_size, options.seed);
    // The text tower computes every caption up to the batch's last EOT (argmax of the ids).
    const int positions = static_cast<int>(batch.tokens.argmax(1).max().item<int64_t>()) + 1;
    r.text_positions = positions;
    RepeatedBatch data(batch);

    TrainingOptions training;
    training.batch_size = options.batch_size;
    training.max_steps = options.warmup_steps + options.timed_steps;
    training.precision = options.precision;
    training.eval_at_start = false;
    // The trainer reads the device once per log interval (on CUDA); a read at the end of the warmup
    // lets the clock start there, and the timed steps then run as in a real run.
    training.log_every = std::max(1, options.warmup_steps);
    Trainer trainer(model, data, training, device, /*checkpoint_path=*/"");
    StepClock clock(device, options.warmup_steps, observer, options.warmup_steps + options.timed_steps);
    trainer.run(&clock);
    synchronize(device);
    const double seconds = clock.secondsSinceWarmup();

    // Two more steps in pieces (the second timed, once the optimizer's state exists): forward +
    // backward, then the optimizer's share.
    {
        ClipOptimizer optimizer(*model, training.adamw);
        DynamicLossScaler scaler(options.precision == Precision::Amp);
        scaler.to(device);
        const MicroBatch micro{batch.images.to(device), trimToLongestCaption(batch.tokens).to(device)};
        for (int repeat = 0; repeat < 2; ++repeat) {
            optimizer.zeroGrad();
            Stopwatch pass;
            accumulateContrastiveGradients(*model, {micro}, options.precision, scaler);
            synchronize(device);
            r.forward_backward_seconds = pass.seconds();
            Stopwatch update;
            clipGradientNorm(optimizer.parameterTensors(), training.grad_clip_norm);
            optimizer.step();
            synchronize(device);
            r.optimizer_seconds = update.seconds();
        }
    }

    r.step_seconds = seconds / options.timed_steps;
    r.samples_per_s = options.batch_size * options.timed_steps / seconds;
    r.flops_per_sample = 3.0 * (imageForwardFlops(config) + textForwardFlops(config, positions));
    r.achieved_gflops = r.flops_per_sample * r.samples_per_s / 1e9;
    return r;
}

}  // namespace clipft
