#include "core/jobs/evaluation_job.h"

#include "core/common/error.h"
#include "core/embed/embedding_cache.h"
#include "core/eval/evaluation_set.h"
#include "core/jobs/run_model.h"
#include "core/model/model_fingerprint.h"
#include "core/model/model_folder.h"
#include "core/model/wise_ft.h"
#include "core/store/project_store.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <memory>

namespace clipft {

std::vector<std::string> metricReadingOrder(const std::vector<int>& ks, const std::map<std::string, double>& metrics) {
    std::vector<std::string> order;
    for (const char* direction : {"image_retrieval", "text_retrieval"})
        for (int k : ks) order.push_back(std::string(direction) + "_recall@" + std::to_string(k));
    for (const char* direction : {"image_retrieval", "text_retrieval"})
        for (const char* rank : {"_mean_rank", "_median_rank"}) order.push_back(std::string(direction) + rank);
    order.push_back("clip_val_loss");
    std::vector<std::string> present;
    for (const auto& key : order)
        if (metrics.count(key)) present.push_back(key);
    for (const auto& [key, value] : metrics)  // anything the evaluator adds later still shows
        if (std::find(order.begin(), order.end(), key) == order.end()) present.push_back(key);
    return present;
}

namespace {

// Evaluates one model and records it; the metrics are stored in reading order.
EvaluationPoint evaluateAndRecord(ClipModelImpl& model, const Tokenizer& tokenizer, const EvaluationSet& set,
                                  const EvaluationJobRequest& request, ProjectStore& store, std::optional<int64_t> run_id,
                                  std::optional<double> alpha, ProgressObserver* observer, const CancelToken* cancel) {
    EvaluationPoint point;
    point.wise_ft_alpha = alpha;
    // Also without the cache: the stored evaluation names the model it measured.
    point.model_fingerprint = modelFingerprint(model);
    std::unique_ptr<EmbeddingCache> cache;
    if (request.use_cache) cache = std::make_unique<ProjectEmbeddingCache>(store);
    point.result = evaluateRetrieval(model, tokenizer, set, request.options, request.device, cache.get(),
                                     point.model_fingerprint, observer, cancel);
    point.metric_order = metricReadingOrder(request.options.ks, point.result.metrics);
    nlohmann::ordered_json metrics = nlohmann::ordered_json::object();
    for (const auto& key : point.metric_order) metrics[key] = point.result.metrics.at(key);
    store.addEvaluation(
        NewEvaluation{run_id, std::nullopt, point.model_fingerprint, set.dataset, set.split, metrics.dump(), alpha});
    return point;
}

}  // namespace

EvaluationJobResult runEvaluationJob(const EvaluationJobRequest& request, ProgressObserver* observer,
                                     const CancelToken* cancel) {
    if (request.model_dir.empty() == !request.run.has_value())
        throw Error("evaluate either a model folder or a training run");
    if (!request.wise_ft_alphas.empty() && !request.run) throw Error("WiSE-FT mixes are of a run's model: give a run");
    for (double alpha : request.wise_ft_alphas)
        if (!(alpha >= 0 && alpha <= 1)) throw Error("a WiSE-FT alpha is between 0 and 1, not " + std::to_string(alpha));

    // The cheap checks first: a wrong dataset or split fails before the model is read.
    ProjectStore store = ProjectStore::open(request.project_path);
    const EvaluationSet set = loadEvaluationSet(store, request.dataset, request.split);
    EvaluationJobResult result;
    result.dataset = set.dataset;
    result.split = set.split;

    if (!request.run) {
        const LoadedModel model = loadModel(request.model_dir, request.device, observer, cancel);
        result.model = model.folder.dir;
        result.points.push_back(evaluateAndRecord(*model.model.ptr(), *model.tokenizer, set, request, store, std::nullopt,
                                                  std::nullopt, observer, cancel));
        return result;
    }
    const auto run = store.findRun(*request.run);
    if (!run) throw Error("the project has no run " + std::to_string(*request.run) + " (see clipft runs list)");
    LoadedModel base = loadModel(run->base_model_path, request.device, observer, cancel);
    RunModel tuned = loadRunModel(*run, request.from, base.model->config, request.device);
    result.run_source = tuned.source;
    result.model = "run " + std::to_string(run->id) + " (" + tuned.source + ")";
    if (request.wise_ft_alphas.empty()) {
        result.points.push_back(evaluateAndRecord(*tuned.model, *base.tokenizer, set, request, store, run->id,
                                                  std::nullopt, observer, cancel));
        return result;
    }
    for (const double alpha : request.wise_ft_alphas) {
        if (cancel && cancel->isCancelled()) throw Cancelled();
        ClipModel mixed = wiseFtInterpolate(*base.model, *tuned.model, alpha);
        mixed->to(request.device);
        result.points.push_back(
            evaluateAndRecord(*mixed, *base.tokenizer, set, request, store, run->id, alpha, observer, cancel));
    }
    return result;
}

}  // namespace clipft
