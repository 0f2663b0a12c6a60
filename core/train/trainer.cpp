#include "core/train/trainer.h"

#include "core/common/error.h"
#include "core/model/text_transformer.h"
#include "core/train/clip_optimizer.h"
#include "core/train/contrastive_step.h"
#include "core/train/gradient_clipping.h"
#include "core/train/lr_schedule.h"
#include "core/train/tower_freezing.h"

#include <ATen/ATen.h>
#include <torch/csrc/autograd/grad_mode.h>

#include <chrono>
#include <cmath>
#include <new>

namespace clipft {
namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

bool isOutOfMemory(const std::string& what) {
    return what.find("out of memory") != std::string::npos || what.find("can't allocate memory") != std::string::npos ||
           what.find("Cannot allocate memory") != std::string::npos;
}

std::string shortNumber(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%g", value);
    return text;
}

}  // namespace

at::Tensor Trainer::toDevice(const at::Tensor& cpu_tensor) const {
    if (!device_.is_cuda() || !cpu_tensor.device().is_cpu()) return cpu_tensor.to(device_);
    // From pageable memory a copy makes the host wait for the GPU to reach it in the stream; from
    // pinned memory it is queued like a kernel.
    return cpu_tensor.pin_memory().to(device_, /*non_blocking=*/true);
}

void clampLogitScale(ClipModelImpl& model) {
    torch::NoGradGuard no_grad;
    model.logit_scale.clamp_(0.0, std::log(100.0));
}

Trainer::Trainer(ClipModel model, BatchSource& data, TrainingOptions options, c10::Device device,
                 std::string checkpoint_path, TrainerHooks hooks)
    : model_(std::move(model)),
      data_(data),
      options_(std::move(options)),
      device_(device),
      checkpoint_path_(std::move(checkpoint_path)),
      hooks_(std::move(hooks)),
      scaler_(options_.precision == Precision::Amp) {
    options_.validate();
    checkPrecisionSupported(options_.precision, device_);
    model_->to(device_);
    model_->train();
    if (options_.lock_image) lockTower(*model_, Tower::Image, *options_.lock_image);
    if (options_.lock_text) lockTower(*model_, Tower::Text, *options_.lock_text);
    model_->logit_scale.set_requires_grad(options_.train_logit_scale);
    optimizer_ = std::make_unique<ClipOptimizer>(*model_, options_.adamw);
    scaler_.to(device_);
    deferred_reads_ = device_.is_cuda();

    batches_per_epoch_ = data_.batchesPerEpoch();
    if (batches_per_epoch_ < options_.accum_steps)
        throw Error("the training data gives " + std::to_string(batches_per_epoch_) + " batches per epoch, fewer than the " +
                    std::to_string(options_.accum_steps) + " micro-batches one step accumulates: use a smaller --accum");
    total_steps_ = totalTrainingSteps(options_, batches_per_epoch_);
    warmup_steps_ = effectiveWarmupSteps(options_, total_steps_);
    state_.loss_scale = scaler_.scale();
}

Trainer::~Trainer() = default;

void Trainer::resumeFrom(const std::string& checkpoint_path) {
    const CheckpointContents contents = readCheckpointInfo(checkpoint_path);
    // Compared as parsed settings: a checkpoint of an older version lacks keys added since.
    if (trainingOptionsToJson(trainingOptionsFromJson(contents.options_json)) != trainingOptionsToJson(options_))
        throw Error(checkpoint_path + " was written with other training settings; resume the run with its own settings");
    restoreTrainingCheckpoint(checkpoint_path, *model_, *optimizer_);
    state_ = contents.state;
    scaler_.restore(state_.loss_scale, state_.loss_scale_good_steps);
    evaluated_at_start_ = true;
}

double Trainer::epochOf(int64_t batches) const {
    return static_cast<double>(batches) / static_cast<double>(batches_per_epoch_);
}

TrainingOutcome Trainer::run(TrainingObserver* observer, const CancelToken* cancel, const PauseToken* pause) {
    const auto cancelled = [&] { return cancel && cancel->isCancelled(); };
    const auto finish = [&](TrainingEnd end) {
        flushPendingSteps(observer);
        writeCheckpoint(observer);
        return TrainingOutcome{end, state_};
    };
    try {
        if (options_.eval_at_start && !evaluated_at_start_ && state_.step == 0 && hooks_.validate) {
            evaluate(observer, cancel);
        } else if (state_.evaluation_pending && hooks_.validate) {
            // The run was stopped during a validation: run it again, as the uninterrupted run did.
            evaluate(observer, cancel);
            if (earlyStopDue(observer)) return finish(TrainingEnd::EarlyStopped);
        }
        evaluated_at_start_ = true;
        data_.seek(state_.batches_consumed / batches_per_epoch_, state_.batches_consumed % batches_per_epoch_);

        double step_seconds_avg = 0;  // running mean of recent step times, for the ETA
        auto window_start = Clock::now();
        int64_t window_samples = 0, window_steps = 0;
        double samples_per_s = 0, window_step_seconds = 0;
        while (state_.step < total_steps_) {
            if (pause && pause->isPaused()) {
                flushPendingSteps(observer);
                if (observer) observer->onPaused(true, state_.step);
                pause->waitWhilePaused(cancel);
                if (observer) observer->onPaused(false, state_.step);
                window_start = Clock::now();  // the pause is not training time
                window_samples = window_steps = 0;
            }
            if (cancelled()) return finish(TrainingEnd::Cancelled);
            const int64_t epoch_before = state_.batches_consumed / batches_per_epoch_;
            const auto step_start = Clock::now();
            trainOneStep(observer, cancel);
            const int64_t samples = last_step_samples_;
            const double step_seconds = secondsSince(step_start);
            step_seconds_avg = step_seconds_avg == 0 ? step_seconds : 0.9 * step_seconds_avg + 0.1 * step_seconds;
            window_samples += samples;
            window_steps += 1;

            const bool epoch_ended = state_.batches_consumed / batches_per_epoch_ > epoch_before;
            const bool last_step = state_.step == total_steps_;
            const bool evaluate_now = hooks_.validate &&
                                      ((options_.eval_every > 0 && state_.step % options_.eval_every == 0) ||
                                       epoch_ended || last_step);
            const bool checkpoint_now = options_.checkpoint_every > 0
                                            ? state_.step % options_.checkpoint_every == 0
                                            : (evaluate_now || epoch_ended);
            const bool log_now = state_.step % options_.log_every == 0 || last_step;
            // With deferred reads the host learns a step's loss at the next flush: at every log
            // interval, and before anything that needs the state (evaluation, checkpoint, the end).
            const bool flush_now = log_now || evaluate_now || checkpoint_now;
            if (log_now || (deferred_reads_ && flush_now)) {
                if (deferred_reads_) flushPendingSteps(observer);  // waits for the device: the window's true time
                window_step_seconds = secondsSince(window_start) / std::max<int64_t>(1, window_steps);
                samples_per_s = window_samples / std::max(1e-9, secondsSince(window_start));
                window_start = Clock::now();
                window_samples = window_steps = 0;
            } else if (samples_per_s == 0) {
                samples_per_s = window_samples / std::max(1e-9, secondsSince(window_start));
            }
            // Host step times only measure how fast steps are queued when reads are deferred.
            const double seconds_per_step =
                deferred_reads_ && window_step_seconds > 0 ? window_step_seconds : step_seconds_avg;
            PendingStep record;
            record.report.step = state_.step;
            record.report.total_steps = total_steps_;
            record.report.epoch = epochOf(state_.batches_consumed);
            record.report.lr = last_lr_;
            record.report.samples_per_s = samples_per_s;
            record.report.eta_s = seconds_per_step * static_cast<double>(total_steps_ - state_.step);
            record.loss = last_step_loss_;
            record.logit_scale = model_->logit_scale.detach().exp();
            record.skipped = last_step_skipped_;
            pending_.push_back(std::move(record));
            if (!deferred_reads_ || flush_now) flushPendingSteps(observer);

            if (evaluate_now) {
                evaluate(observer, cancel);
                if (!last_step && earlyStopDue(observer)) return finish(TrainingEnd::EarlyStopped);
            }
            if (checkpoint_now && !last_step) writeCheckpoint(observer);
        }
        return finish(TrainingEnd::Completed);
    } catch (const Cancelled&) {
        // Between steps or inside an evaluation: the state is that of the last finished step.
        return finish(TrainingEnd::Cancelled);
    }
}

bool Trainer::trainOneStep(TrainingObserver* observer, const CancelToken* cancel) {
    last_lr_ = cosineLearningRate(options_.adamw.lr, warmup_steps_, total_steps_, state_.step);
    optimizer_->setLearningRate(last_lr_);
    optimizer_->zeroGrad();

    std::vector<MicroBatch> micro_batches;
    int64_t samples = 0;
    for (int k = 0; k < options_.accum_steps; ++k) {
        TrainingBatch batch = data_.next(cancel);
        samples += batch.images.size(0);
        micro_batches.push_back({toDevice(batch.images), toDevice(trimToLongestCaption(batch.tokens))});
    }

    StepLoss loss;
    try {
        loss = accumulateContrastiveGradients(*model_, micro_batches, options_.precision, scaler_);
    } catch (const std::bad_alloc&) {
        throw Error(outOfMemoryMessage());
    } catch (const c10::Error& e) {
        if (isOutOfMemory(e.what())) throw Error(outOfMemoryMessage());
        throw;
    }
    // The batches are used even when the step is skipped: a resumed run must see the same data.
    state_.batches_consumed += options_.accum_steps;
    state_.step += 1;
    last_step_samples_ = samples;
    last_step_loss_ = loss.value;

    const std::vector<at::Tensor> parameters = optimizer_->parameterTensors();
    if (!deferred_reads_) {
        // On the CPU reading a value costs nothing: decide on the host, exactly as open_clip does.
        last_step_skipped_ = at::Tensor();
        if (!std::isfinite(loss.read())) {
            optimizer_->zeroGrad();
            return false;  // counted and reported by flushPendingSteps()
        }
        const bool finite_gradients = scaler_.unscaleAndCheck(parameters);
        if (finite_gradients) {
            if (options_.grad_clip_norm > 0) clipGradientNorm(parameters, options_.grad_clip_norm);
            optimizer_->step();
            clampLogitScale(*model_);
        }
        scaler_.update(finite_gradients);
        return finite_gradients;
    }
    // On a GPU nothing is read back: the step is taken or skipped on the device.
    at::Tensor skip = at::logical_not(at::isfinite(loss.value));   // []
    skip = at::logical_or(skip, scaler_.unscale(parameters));
    if (options_.grad_clip_norm > 0) {
        const at::Tensor norm = clipGradientNorm(parameters, options_.grad_clip_norm);
        if (norm.defined()) skip = at::logical_or(skip, at::logical_not(at::isfinite(norm)));
    }
    optimizer_->step(skip);
    clampLogitScale(*model_);
    scaler_.update(skip);
    last_step_skipped_ = skip;
    return true;
}

void Trainer::flushPendingSteps(TrainingObserver* observer) {
    if (pending_.empty()) return;
    // One read for the whole interval: [n, 3] (loss, logit scale, skipped).
    std::vector<at::Tensor> rows;
    for (const auto& p : pending_) {
        const at::Tensor skipped = p.skipped.defined() ? p.skipped.to(at::kFloat) : at::zeros({}, p.loss.options());
        rows.push_back(at::stack({p.loss.to(at::kFloat), p.logit_scale.to(at::kFloat), skipped.to(p.loss.device())}));
    }
    // [3n + 2]: the rows, then the loss scaler's scale and good-step count, in one transfer.
    const c10::Device where = pending_.front().loss.device();
    const at::Tensor values = at::cat({at::stack(rows).to(at::kDouble).flatten(),
                                       scaler_.scaleTensor().to(where, at::kDouble).view({1}),
                                       scaler_.goodStepsTensor().to(where, at::kDouble).view({1})})
                                  .to(at::kCPU);
    const auto* v = values.data_ptr<double>();
    std::vector<PendingStep> steps;
    steps.swap(pending_);
    state_.loss_scale = scaler_.enabled() ? v[3 * steps.size()] : 1.0;
    state_.loss_scale_good_steps = static_cast<int64_t>(v[3 * steps.size() + 1]);
    for (size_t i = 0; i < steps.size(); ++i) {
        StepReport report = steps[i].report;
        report.loss = v[3 * i];
        report.logit_scale = v[3 * i + 1];
        state_.last_loss = report.loss;
        if (!std::isfinite(report.loss)) {
            state_.bad_steps += 1;
            if (observer)
                observer->onWarning("step " + std::to_string(report.step) + ": the loss is " +
                                    (std::isnan(report.loss) ? "NaN" : "infinite") + "; the step was skipped");
            if (state_.bad_steps > options_.max_bad_steps)
                throw Error("training stopped: the loss was NaN or infinite in " + std::to_string(state_.bad_steps) +
                            " steps (the last at step " + std::to_string(report.step) + "). Lower the learning rate (now " +
                            shortNumber(options_.adamw.lr) + ")" +
                            (options_.precision == Precision::Amp ? " or train with --precision bf16 or fp32" : "") + ".");
        }
        report.skipped_steps = state_.bad_steps;
        if (observer) observer->onStep(report);
    }
}

std::string Trainer::outOfMemoryMessage() const {
    const std::string where = device_.is_cuda() ? "GPU" : "main";
    const int half = std::max(2, options_.batch_size / 2);
    return "out of " + where + " memory with a batch of " + std::to_string(options_.batch_size) + " images" +
           (options_.accum_steps > 1 ? " (" + std::to_string(options_.accum_steps) + " micro-batches per step)" : "") +
           ". Try --batch-size " + std::to_string(half) + " --accum " + std::to_string(options_.accum_steps * 2) +
           " (the same effective batch)" + (options_.precision == Precision::Fp32 && device_.is_cuda()
                                                 ? ", or --precision amp"
                                                 : "") + ".";
}

bool Trainer::earlyStopDue(TrainingObserver* observer) const {
    if (options_.early_stopping_patience <= 0 || state_.evaluations_since_best < options_.early_stopping_patience)
        return false;
    if (observer)
        observer->onWarning("early stopping at step " + std::to_string(state_.step) + ": " + options_.best_metric +
                            " has not improved for " + std::to_string(state_.evaluations_since_best) + " evaluations");
    return true;
}

void Trainer::setDataIdentity(int64_t items, const std::string& fingerprint) {
    state_.data_items = items;
    state_.data_fingerprint = fingerprint;
}

void Trainer::evaluate(TrainingObserver* observer, const CancelToken* cancel) {
    if (!hooks_.validate) return;
    // A cancel inside the validation writes a checkpoint with this flag set (see run()).
    state_.evaluation_pending = true;
    std::map<std::string, double> metrics = hooks_.validate(*model_, cancel);
    state_.evaluation_pending = false;
    model_->train();
    EvaluationReport report;
    report.step = state_.step;
    report.epoch = epochOf(state_.batches_consumed);
    report.metrics = metrics;
    const auto found = metrics.find(options_.best_metric);
    if (found != metrics.end() && std::isfinite(found->second)) {
        const double value = found->second;
        const bool higher = higherIsBetter(options_.best_metric);
        const double best = state_.best_metric;
        const bool first = std::isnan(best);
        report.is_best = first || (higher ? value > best : value < best);
        const bool significant =
            first || (higher ? value > best + options_.early_stopping_min_delta : value < best - options_.early_stopping_min_delta);
        state_.evaluations_since_best = significant ? 0 : state_.evaluations_since_best + 1;
        if (report.is_best) {
            state_.best_metric = value;
            state_.best_step = state_.step;
            if (hooks_.save_best) hooks_.save_best(*model_, state_.step, metrics);
        }
    } else if (observer) {
        observer->onWarning("the evaluation gave no " + options_.best_metric + ": the best model is not tracked");
    }
    if (observer) observer->onEvaluation(report);
}

void Trainer::writeCheckpoint(TrainingObserver* observer) {
    if (checkpoint_path_.empty()) return;
    saveTrainingCheckpoint(checkpoint_path_, *model_, *optimizer_, state_, trainingOptionsToJson(options_));
    if (observer) observer->onCheckpoint(state_.step, checkpoint_path_);
}

}  // namespace clipft
