// Evaluating a model on a dataset split of a project, as `clipft eval` and the GUI do: a model
// folder, or a training run's model (optionally as WiSE-FT mixes with its base model, one
// evaluation per α). Every evaluation is recorded in the project with the model's fingerprint and
// α; image embeddings come from the project's cache where it has them.
#pragma once
#include "core/common/progress.h"
#include "core/eval/retrieval_evaluation.h"

#include <c10/core/Device.h>

#include <optional>
#include <string>
#include <vector>

namespace clipft {

struct EvaluationJobRequest {
    std::string project_path;  // the job opens its own connection (it may run on a worker thread)
    std::string dataset;
    std::string split = "auto";          // train, val, test, all, or auto: test when there is one, else all
    std::string model_dir;               // a model folder, or else
    std::optional<int64_t> run;          // a run's model:
    std::string from;                    //   best, final, checkpoint, or "" (the best there is)
    std::vector<double> wise_ft_alphas;  //   each a mix (1 - α)·base + α·run's; empty: the run's model as is
    EvaluationOptions options;
    bool use_cache = true;
    c10::Device device{c10::kCPU};
};

struct EvaluationPoint {
    std::optional<double> wise_ft_alpha;
    std::string model_fingerprint;
    EvaluationResult result;
    // result.metrics' keys in reading order: recall by direction and k, ranks, then the loss.
    std::vector<std::string> metric_order;
};

struct EvaluationJobResult {
    std::string dataset, split;
    std::string model;       // the folder evaluated, or "run N (best)"
    std::string run_source;  // best, final or checkpoint, for a run
    std::vector<EvaluationPoint> points;  // one, or one per α
};

// Throws clipft::Error for an unknown dataset, split, model or run (before any model is read when
// the dataset or split is wrong), clipft::Cancelled when cancelled.
EvaluationJobResult runEvaluationJob(const EvaluationJobRequest& request, ProgressObserver* observer = nullptr,
                                     const CancelToken* cancel = nullptr);

// CLIP_benchmark's keys of `metrics` in reading order (as above), with any others after them.
std::vector<std::string> metricReadingOrder(const std::vector<int>& ks, const std::map<std::string, double>& metrics);

}  // namespace clipft
