#include "core/train/trainer.h"

#include "core/common/error.h"
#include "core/train/clip_optimizer.h"
#include "core/train/contrastive_step.h"
#include "core/train/lr_schedule.h"
#include "core/train/tower_freezing.h"

#include <ATen/ATen.h>
#include <torch/csrc/autograd/grad_mode.h>
#include <torch/nn/utils/clip_grad.h>

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
        int64_t window_samples = 0;
        double samples_per_s = 0;
        while (state_.step < total_steps_) {
            if (pause && pause->isPaused()) {
                if (observer) observer->onPaused(true, state_.step);
                pause->waitWhilePaused(cancel);
                if (observer) observer->onPaused(false, state_.step);
                window_start = Clock::now();  // the pause is not training time
                window_samples = 0;
            }
            if (cancelled()) return finish(TrainingEnd::Cancelled);
            const int64_t epoch_before = state_.batches_consumed / batches_per_epoch_;
            const auto step_start = Clock::now();
            trainOneStep(observer, cancel);
            const int64_t samples = last_step_samples_;
            const double step_seconds = secondsSince(step_start);
            step_seconds_avg = step_seconds_avg == 0 ? step_seconds : 0.9 * step_seconds_avg + 0.1 * step_seconds;
            window_samples += samples;
            if (state_.step % options_.log_every == 0 || state_.step == total_steps_) {
                samples_per_s = window_samples / std::max(1e-9, secondsSince(window_start));
                window_start = Clock::now();
                window_samples = 0;
            } else if (samples_per_s == 0) {
                samples_per_s = window_samples / std::max(1e-9, secondsSince(window_start));
            }
            if (observer) {
                StepReport report;
                report.step = state_.step;
                report.total_steps = total_steps_;
                report.epoch = epochOf(state_.batches_consumed);
                report.loss = state_.last_loss;
                report.lr = last_lr_;
                report.logit_scale = model_->logit_scale.exp().item<double>();
                report.samples_per_s = samples_per_s;
                report.eta_s = step_seconds_avg * static_cast<double>(total_steps_ - state_.step);
                report.skipped_steps = state_.bad_steps;
                observer->onStep(report);
            }

            const bool epoch_ended = state_.batches_consumed / batches_per_epoch_ > epoch_before;
            const bool last_step = state_.step == total_steps_;
            const bool evaluate_now = hooks_.validate &&
                                      ((options_.eval_every > 0 && state_.step % options_.eval_every == 0) ||
                                       epoch_ended || last_step);
            if (evaluate_now) {
                evaluate(observer, cancel);
                if (!last_step && earlyStopDue(observer)) return finish(TrainingEnd::EarlyStopped);
            }
            const bool checkpoint_now = options_.checkpoint_every > 0
                                            ? state_.step % options_.checkpoint_every == 0
                                            : (evaluate_now || epoch_ended);
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
        micro_batches.push_back({batch.images.to(device_), batch.tokens.to(device_)});
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
    state_.last_loss = loss.loss;

    if (!loss.finite) {
        optimizer_->zeroGrad();
        state_.bad_steps += 1;
        if (observer)
            observer->onWarning("step " + std::to_string(state_.step) + ": the loss is " +
                                (std::isnan(loss.loss) ? "NaN" : "infinite") + "; the step was skipped");
        if (state_.bad_steps > options_.max_bad_steps)
            throw Error("training stopped: the loss was NaN or infinite in " + std::to_string(state_.bad_steps) +
                        " steps (the last at step " + std::to_string(state_.step) + "). Lower the learning rate (now " +
                        shortNumber(options_.adamw.lr) + ")" +
                        (options_.precision == Precision::Amp ? " or train with --precision bf16 or fp32" : "") + ".");
        return false;
    }

    const std::vector<at::Tensor> parameters = optimizer_->parameterTensors();
    const bool finite_gradients = scaler_.unscaleAndCheck(parameters);
    if (finite_gradients) {
        if (options_.grad_clip_norm > 0) torch::nn::utils::clip_grad_norm_(parameters, options_.grad_clip_norm);
        optimizer_->step();
        clampLogitScale(*model_);
    }
    scaler_.update(finite_gradients);
    state_.loss_scale = scaler_.scale();
    state_.loss_scale_good_steps = scaler_.goodSteps();
    return finite_gradients;
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
