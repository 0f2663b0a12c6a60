// clipft train --project FILE --dataset NAME --model DIR --out DIR [options] | --project FILE --resume RUN
#include "arguments.h"
#include "commands.h"
#include "training_console.h"

#include "core/common/error.h"
#include "core/common/runtime.h"
#include "core/jobs/training_job.h"
#include "core/train/training_presets.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>
#include <iostream>
#include <optional>

namespace clipft::cli {
namespace {

// "--lock-image" alone means the whole tower (0 groups left trainable); the parser wants a value.
std::vector<std::string> expandLockFlags(const std::vector<std::string>& raw) {
    std::vector<std::string> out;
    for (size_t i = 0; i < raw.size(); ++i) {
        const std::string& a = raw[i];
        const bool next_is_number = i + 1 < raw.size() && !raw[i + 1].empty() &&
                                    raw[i + 1].find_first_not_of("0123456789") == std::string::npos;
        if ((a == "--lock-image" || a == "--lock-text") && !next_is_number)
            out.push_back(a + "=0");
        else
            out.push_back(a);
    }
    return out;
}

// --preset ID gives the base settings; each option given explicitly overrides its value.
TrainingOptions optionsFrom(const Arguments& args) {
    TrainingOptions o;
    if (const auto id = args.value("preset")) {
        const std::optional<TrainingPreset> preset = findTrainingPreset(*id);
        if (!preset) throw Error("unknown preset '" + *id + "': use one of " + trainingPresetIds());
        o = preset->options;
    }
    o.epochs = args.int64Value("epochs", o.epochs, 1);
    o.max_steps = args.int64Value("steps", o.max_steps, 0);
    o.batch_size = args.intValue("batch-size", o.batch_size, 1);
    o.accum_steps = args.intValue("accum", o.accum_steps, 1);
    o.adamw.lr = args.doubleValue("lr", o.adamw.lr);
    o.adamw.weight_decay = args.doubleValue("wd", o.adamw.weight_decay);
    o.warmup_steps = args.int64Value("warmup", o.warmup_steps);
    o.grad_clip_norm = args.doubleValue("grad-clip", o.grad_clip_norm);
    if (args.has("lock-image")) o.lock_image = args.intValue("lock-image", 0);
    if (args.has("lock-text")) o.lock_text = args.intValue("lock-text", 0);
    if (args.has("augment")) o.augment = parseAugmentation(*args.value("augment"));
    if (args.has("fixed-logit-scale")) o.train_logit_scale = false;
    if (args.has("include-feedback")) o.include_search_feedback = true;
    if (args.has("precision")) o.precision = parsePrecision(*args.value("precision"));
    o.eval_every = args.int64Value("eval-every", o.eval_every, 0);
    o.checkpoint_every = args.int64Value("checkpoint-every", o.checkpoint_every, 0);
    o.log_every = args.int64Value("log-every", o.log_every, 1);
    o.best_metric = args.value("best-metric").value_or(o.best_metric);
    o.early_stopping_patience = args.intValue("early-stop", o.early_stopping_patience, 0);
    o.early_stopping_min_delta = args.doubleValue("min-delta", o.early_stopping_min_delta);
    // A seed above 2^63 arrives as its negative two's-complement twin (training_command_line.h).
    o.seed = static_cast<uint64_t>(args.int64Value("seed", static_cast<int64_t>(o.seed)));
    o.loader_threads = args.intValue("loader-threads", o.loader_threads, 0);
    o.validate();
    return o;
}

}  // namespace

int runTrain(const std::vector<std::string>& raw) {
    const Arguments args(expandLockFlags(raw),
                         {"project", "dataset", "model", "out", "name", "epochs", "steps", "batch-size", "accum", "lr",
                          "wd", "warmup", "grad-clip", "lock-image", "lock-text", "precision", "eval-every",
                          "checkpoint-every", "log-every", "best-metric", "early-stop", "min-delta", "seed", "device",
                          "threads", "loader-threads", "resume", "eval-batch-size", "augment", "preset"},
                         {"fixed-logit-scale", "include-feedback", "json"});
    initRuntime(args.threads());

    TrainingJobRequest request;
    request.project_path = args.required("project");
    request.device = parseDevice(args.value("device").value_or("auto"));
    request.eval_batch_size = args.intValue("eval-batch-size", 64, 1);
    if (args.has("resume")) {
        for (const char* ignored : {"dataset", "model", "out", "preset"})
            if (args.has(ignored))
                throw Error(std::string("--resume continues a run with its own dataset, model and settings; drop --") + ignored);
        request.resume_run = args.int64Value("resume", 0);
    } else {
        request.dataset = args.required("dataset");
        request.model_dir = args.required("model");
        request.output_dir = args.required("out");
        request.run_name = args.value("name").value_or("");
        request.options = optionsFrom(args);
    }

    const bool json = args.has("json");
    TrainingConsole console(request.resume_run ? 10 : request.options.log_every, json);
    CancelToken cancel;
    InterruptToCancel interrupts(cancel);
    const TrainingJobResult result = runTrainingJob(request, &console, &cancel);

    const std::string run = std::to_string(result.run_id);
    if (json) {
        nlohmann::json j = {{"run", result.run_id},
                            {"status", result.end == TrainingEnd::Cancelled ? "cancelled" : "completed"},
                            {"steps", result.state.step},
                            {"final_model", result.final_dir},
                            {"best_model", result.best_dir},
                            {"checkpoint", result.checkpoint_path}};
        nlohmann::json metrics = nlohmann::json::object();
        for (const auto& [name, value] : result.last_metrics) metrics[name] = value;
        j["last_validation"] = metrics;
        if (!std::isnan(result.state.best_metric)) j["best_step"] = result.state.best_step;
        std::cout << j.dump() << "\n";
    }
    if (result.end == TrainingEnd::Cancelled) {
        std::fprintf(stderr, "run %s cancelled at step %lld; continue it with: clipft train --project %s --resume %s\n",
                     run.c_str(), static_cast<long long>(result.state.step), request.project_path.c_str(), run.c_str());
        return 130;
    }
    if (!json) {
        std::printf("run %s %s after %lld steps\n", run.c_str(),
                    result.end == TrainingEnd::EarlyStopped ? "stopped early" : "completed",
                    static_cast<long long>(result.state.step));
        std::printf("final model: %s\n", result.final_dir.c_str());
        if (!result.best_dir.empty())
            std::printf("best model:  %s (step %lld)\n", result.best_dir.c_str(),
                        static_cast<long long>(result.state.best_step));
    }
    return 0;
}

}  // namespace clipft::cli
