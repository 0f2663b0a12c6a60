#include "core/train/training_options.h"

#include "core/common/error.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>

namespace clipft {

void TrainingOptions::validate() const {
    const auto require = [](bool ok, const std::string& message) {
        if (!ok) throw Error(message);
    };
    require(epochs >= 1 || max_steps >= 1, "epochs must be at least 1");
    require(max_steps >= 0, "the number of steps cannot be negative");
    require(batch_size >= 2, "the batch size must be at least 2 (the loss contrasts images within a batch)");
    require(accum_steps >= 1, "gradient accumulation needs at least 1 micro-batch per step");
    require(adamw.lr > 0 && std::isfinite(adamw.lr), "the learning rate must be a positive number");
    require(adamw.weight_decay >= 0, "weight decay cannot be negative");
    require(adamw.beta1 >= 0 && adamw.beta1 < 1 && adamw.beta2 >= 0 && adamw.beta2 < 1, "AdamW betas must be in [0, 1)");
    require(adamw.eps > 0, "AdamW's epsilon must be positive");
    require(warmup_steps >= -1, "warmup steps cannot be negative");
    require(grad_clip_norm >= 0, "the gradient clipping norm cannot be negative (0 turns clipping off)");
    require(!lock_image || *lock_image >= 0, "--lock-image takes a number of unlocked groups >= 0");
    require(!lock_text || *lock_text >= 0, "--lock-text takes a number of unlocked groups >= 0");
    require(eval_every >= 0 && checkpoint_every >= 0, "evaluation and checkpoint intervals cannot be negative");
    require(log_every >= 1, "the logging interval must be at least 1 step");
    require(early_stopping_patience >= 0, "early-stopping patience cannot be negative");
    require(max_bad_steps >= 0, "the number of tolerated bad steps cannot be negative");
}

bool higherIsBetter(const std::string& metric) {
    return metric.find("loss") == std::string::npos && metric.find("rank") == std::string::npos;
}

const char* augmentationName(bool augment) { return augment ? "random-resized-crop" : "none"; }

bool parseAugmentation(const std::string& name) {
    if (name == "random-resized-crop") return true;
    if (name == "none") return false;
    throw Error("unknown augmentation '" + name + "': use random-resized-crop (open_clip's default) or none");
}

std::string trainingOptionsToJson(const TrainingOptions& o) {
    nlohmann::json j;
    j["epochs"] = o.epochs;
    j["max_steps"] = o.max_steps;
    j["batch_size"] = o.batch_size;
    j["accum_steps"] = o.accum_steps;
    j["lr"] = o.adamw.lr;
    j["weight_decay"] = o.adamw.weight_decay;
    j["beta1"] = o.adamw.beta1;
    j["beta2"] = o.adamw.beta2;
    j["eps"] = o.adamw.eps;
    j["warmup_steps"] = o.warmup_steps;
    j["grad_clip_norm"] = o.grad_clip_norm;
    j["lock_image"] = o.lock_image ? nlohmann::json(*o.lock_image) : nlohmann::json(nullptr);
    j["lock_text"] = o.lock_text ? nlohmann::json(*o.lock_text) : nlohmann::json(nullptr);
    j["augment"] = augmentationName(o.augment);
    j["include_search_feedback"] = o.include_search_feedback;
    j["train_logit_scale"] = o.train_logit_scale;
    j["precision"] = precisionName(o.precision);
    j["eval_every"] = o.eval_every;
    j["eval_at_start"] = o.eval_at_start;
    j["checkpoint_every"] = o.checkpoint_every;
    j["log_every"] = o.log_every;
    j["best_metric"] = o.best_metric;
    j["early_stopping_patience"] = o.early_stopping_patience;
    j["early_stopping_min_delta"] = o.early_stopping_min_delta;
    j["max_bad_steps"] = o.max_bad_steps;
    j["seed"] = o.seed;
    j["loader_threads"] = o.loader_threads;
    return j.dump();
}

TrainingOptions trainingOptionsFromJson(const std::string& json_text) {
    nlohmann::json j;
    try {
        j = nlohmann::json::parse(json_text);
    } catch (const std::exception& e) {
        throw Error(std::string("the run's settings are not valid JSON: ") + e.what());
    }
    if (!j.is_object()) throw Error("the run's settings are not a JSON object");
    TrainingOptions o;
    try {
        const auto get = [&](const char* key, auto& field) {
            if (j.contains(key) && !j[key].is_null()) field = j[key].get<std::decay_t<decltype(field)>>();
        };
        get("epochs", o.epochs);
        get("max_steps", o.max_steps);
        get("batch_size", o.batch_size);
        get("accum_steps", o.accum_steps);
        get("lr", o.adamw.lr);
        get("weight_decay", o.adamw.weight_decay);
        get("beta1", o.adamw.beta1);
        get("beta2", o.adamw.beta2);
        get("eps", o.adamw.eps);
        get("warmup_steps", o.warmup_steps);
        get("grad_clip_norm", o.grad_clip_norm);
        if (j.contains("lock_image") && !j["lock_image"].is_null()) o.lock_image = j["lock_image"].get<int>();
        if (j.contains("lock_text") && !j["lock_text"].is_null()) o.lock_text = j["lock_text"].get<int>();
        if (j.contains("augment")) o.augment = parseAugmentation(j["augment"].get<std::string>());
        get("train_logit_scale", o.train_logit_scale);
        get("include_search_feedback", o.include_search_feedback);
        if (j.contains("precision")) o.precision = parsePrecision(j["precision"].get<std::string>());
        get("eval_every", o.eval_every);
        get("eval_at_start", o.eval_at_start);
        get("checkpoint_every", o.checkpoint_every);
        get("log_every", o.log_every);
        get("best_metric", o.best_metric);
        get("early_stopping_patience", o.early_stopping_patience);
        get("early_stopping_min_delta", o.early_stopping_min_delta);
        get("max_bad_steps", o.max_bad_steps);
        get("seed", o.seed);
        get("loader_threads", o.loader_threads);
    } catch (const nlohmann::json::exception& e) {
        throw Error(std::string("the run's settings have a value of the wrong type: ") + e.what());
    }
    o.validate();
    return o;
}

int64_t totalTrainingSteps(const TrainingOptions& options, int64_t batches_per_epoch) {
    if (options.max_steps > 0) return options.max_steps;
    return std::max<int64_t>(1, options.epochs * batches_per_epoch / options.accum_steps);
}

int64_t effectiveWarmupSteps(const TrainingOptions& options, int64_t total_steps) {
    if (options.warmup_steps >= 0) return options.warmup_steps;
    return std::min<int64_t>(500, total_steps / 10);
}

}  // namespace clipft
