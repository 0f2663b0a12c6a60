#include "core/jobs/finetune_demo.h"

#include "core/common/error.h"
#include "core/common/resource_paths.h"
#include "core/jobs/demo_project_job.h"
#include "core/eval/evaluation_set.h"
#include "core/eval/retrieval_evaluation.h"
#include "core/model/model_folder.h"
#include "core/store/project_store.h"
#include "core/jobs/training_job.h"
#include "core/model/wise_ft.h"

#include <algorithm>
#include <chrono>
#include <filesystem>

namespace fs = std::filesystem;

namespace clipft {
namespace {

constexpr const char* kMetric = "image_retrieval_recall@5";

double secondsSince(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

void checkCancel(const CancelToken* cancel) {
    if (cancel && cancel->isCancelled()) throw Cancelled();
}

}  // namespace

TrainingOptions FinetuneDemoRequest::defaultOptions() {
    TrainingOptions o;
    // Measured on the 2-core development machine: about 75 s of fine-tuning, specialised image
    // R@5 several times the pre-trained model's (resources/demo-model/README.md).
    o.epochs = 5;
    o.batch_size = 64;
    o.adamw.lr = 3e-4;
    o.adamw.weight_decay = 0.1;
    o.warmup_steps = 10;
    o.eval_every = 0;  // each epoch's end
    o.log_every = 5;
    o.seed = 1;
    return o;
}

double recommendWiseFtAlpha(const std::vector<WiseFtPoint>& sweep, const Metrics& before, const Metrics& after,
                            const Metrics& generic_before) {
    if (sweep.empty()) throw Error("a WiSE-FT sweep needs at least one alpha");
    const double gain = after.at(kMetric) - before.at(kMetric);
    const double generic = generic_before.at(kMetric);
    double best_alpha = sweep.front().alpha, best_score = -1e9;
    for (const auto& point : sweep) {
        const double kept_gain = gain > 0 ? (point.specialised.at(kMetric) - before.at(kMetric)) / gain : 1.0;
        const double kept_generic = generic > 0 ? point.generic.at(kMetric) / generic : 1.0;
        const double score = std::min(kept_gain, kept_generic);
        if (score > best_score) best_score = score, best_alpha = point.alpha;
    }
    return best_alpha;
}

FinetuneDemoReport runFinetuneDemo(const FinetuneDemoRequest& request, TrainingObserver* observer,
                                   const CancelToken* cancel) {
    const auto start = std::chrono::steady_clock::now();
    if (request.work_dir.empty()) throw Error("the demo needs a working folder");
    const fs::path work(request.work_dir);
    const std::string model_dir = request.model_dir.empty() ? demoModelDir() : request.model_dir;
    LoadedModel pretrained = loadModel(model_dir, request.device);

    // --- data: the specialised set to fine-tune on, and a held-out generic set ---
    DemoProjectRequest data;
    data.work_dir = request.work_dir;
    data.specialised_images = request.specialised_images;
    data.generic_images = request.generic_images;
    data.seed = request.seed;
    data.image_size = pretrained.model->config.vision.image_size;
    const fs::path project_path = createDemoProject(data, observer, cancel).project_path;
    checkCancel(cancel);

    ProjectStore store = ProjectStore::open(project_path.string());
    const EvaluationSet specialised_test = loadEvaluationSet(store, "demo-specialised", "test");
    const EvaluationSet generic_test = loadEvaluationSet(store, "demo-generic", "test");
    EvaluationOptions eval_options;
    eval_options.batch_size = 128;
    const auto evaluate = [&](ClipModelImpl& model, const EvaluationSet& set) {
        return evaluateRetrieval(model, *pretrained.tokenizer, set, eval_options, request.device, nullptr, "", observer,
                                 cancel)
            .metrics;
    };

    FinetuneDemoReport report;
    report.model = pretrained.model->config.name;
    report.dataset = "demo-specialised (test split, " + std::to_string(specialised_test.image_paths.size()) + " images)";
    report.project_path = project_path.string();
    report.before = evaluate(*pretrained.model, specialised_test);
    report.generic_before = evaluate(*pretrained.model, generic_test);

    // --- fine-tune ---
    TrainingJobRequest training;
    training.project_path = project_path.string();
    training.dataset = "demo-specialised";
    training.model_dir = model_dir;
    training.output_dir = (work / "run").string();
    training.run_name = "demo";
    training.options = request.training;
    training.device = request.device;
    training.eval_batch_size = 128;
    const auto training_start = std::chrono::steady_clock::now();
    const TrainingJobResult trained = runTrainingJob(training, observer, cancel);
    report.training_seconds = secondsSince(training_start);
    if (trained.end == TrainingEnd::Cancelled) throw Cancelled();
    report.run_id = trained.run_id;
    report.final_model_dir = trained.best_dir.empty() ? trained.final_dir : trained.best_dir;
    LoadedModel tuned = loadModel(report.final_model_dir, request.device);
    report.after = evaluate(*tuned.model, specialised_test);
    report.generic_after = evaluate(*tuned.model, generic_test);

    // --- WiSE-FT sweep ---
    long long done = 0;
    for (const double alpha : request.wise_ft_alphas) {
        if (observer) observer->onProgress("WiSE-FT sweep", done++, static_cast<long long>(request.wise_ft_alphas.size()));
        ClipModel mixed = wiseFtInterpolate(*pretrained.model, *tuned.model, alpha);
        mixed->to(request.device);
        report.wise_ft.push_back({alpha, evaluate(*mixed, specialised_test), evaluate(*mixed, generic_test)});
    }
    if (observer) observer->onProgress("WiSE-FT sweep", done, done);
    if (!report.wise_ft.empty())
        report.recommended_alpha = recommendWiseFtAlpha(report.wise_ft, report.before, report.after, report.generic_before);
    report.seconds = secondsSince(start);
    return report;
}

}  // namespace clipft
