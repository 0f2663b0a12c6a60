#include "core/jobs/training_job.h"

#include "core/common/content_hasher.h"
#include "core/common/error.h"
#include "core/common/file_lock.h"
#include "core/common/folders.h"
#include "core/eval/evaluation_set.h"
#include "core/eval/retrieval_evaluation.h"
#include "core/model/model_fingerprint.h"
#include "core/model/model_folder.h"
#include "core/store/project_store.h"
#include "core/train/training_batch_loader.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>
#include <filesystem>
#include <vector>

namespace fs = std::filesystem;

namespace clipft {
namespace {

std::string absolute(const std::string& path) { return fs::absolute(fs::path(path)).lexically_normal().string(); }

std::string datasetNameOf(ProjectStore& store, int64_t dataset_id) {
    for (const auto& dataset : store.datasets())
        if (dataset.id == dataset_id) return dataset.name;
    throw Error("the run's dataset is no longer in the project");
}

std::string metricsJson(const std::map<std::string, double>& metrics) {
    nlohmann::json j = nlohmann::json::object();
    for (const auto& [name, value] : metrics) j[name] = value;
    return j.dump();
}

// The evaluation's probe results with the images named as the GUI shows them.
ProbeReport probeReport(int64_t step, const std::vector<ProbeResult>& probes, const EvaluationSet& set) {
    ProbeReport report;
    report.step = step;
    for (const ProbeResult& probe : probes) {
        ProbeReport::Query query;
        query.text = probe.query;
        query.truth_rank = probe.truth_rank;
        for (size_t j = 0; j < probe.top_images.size(); ++j) {
            const auto image = static_cast<size_t>(probe.top_images[j]);
            query.top.push_back({set.image_ids[image], set.image_paths[image], probe.scores[j], probe.top_is_truth[j]});
        }
        report.queries.push_back(std::move(query));
    }
    return report;
}

// Forwards the trainer's reports to the caller's observer and records them in the project: step
// metrics in batches (one transaction per logging interval), evaluations and checkpoints at once.
class RunRecorder : public TrainingObserver {
public:
    RunRecorder(ProjectStore& store, int64_t run_id, std::string dataset, int64_t log_every, TrainingObserver* forward)
        : store_(store), run_id_(run_id), dataset_(std::move(dataset)), log_every_(log_every), forward_(forward) {}

    void onProgress(const std::string& stage, long long done, long long total) override {
        if (forward_) forward_->onProgress(stage, done, total);
    }
    void onWarning(const std::string& message) override {
        if (forward_) forward_->onWarning(message);
    }
    void onStep(const StepReport& r) override {
        pending_.push_back({r.step, r.epoch, "loss", r.loss});
        pending_.push_back({r.step, r.epoch, "lr", r.lr});
        pending_.push_back({r.step, r.epoch, "logit_scale", r.logit_scale});
        pending_.push_back({r.step, r.epoch, "samples_per_s", r.samples_per_s});
        if (r.step % log_every_ == 0 || r.step == r.total_steps) flush();
        if (forward_) forward_->onStep(r);
    }
    void onPaused(bool paused, int64_t step) override {
        flush();  // what was trained before the pause is stored while it lasts
        if (forward_) forward_->onPaused(paused, step);
    }
    void onEvaluation(const EvaluationReport& r) override {
        for (const auto& [name, value] : r.metrics) pending_.push_back({r.step, r.epoch, "val/" + name, value});
        flush();
        NewEvaluation evaluation;
        evaluation.run_id = run_id_;
        evaluation.step = r.step;
        evaluation.dataset = dataset_;
        evaluation.split = "val";
        evaluation.metrics_json = metricsJson(r.metrics);
        store_.addEvaluation(evaluation);
        last_metrics = r.metrics;
        if (forward_) forward_->onEvaluation(r);
    }
    // The resumable checkpoint is one file, overwritten each time; the steps it was written at
    // are kept as a "checkpoint" metric (the checkpoints table lists the model folders).
    void onCheckpoint(int64_t step, const std::string& path) override {
        pending_.push_back({step, 0.0, "checkpoint", static_cast<double>(step)});
        flush();
        if (forward_) forward_->onCheckpoint(step, path);
    }
    void flush() {
        if (pending_.empty()) return;
        store_.addRunMetrics(run_id_, pending_);
        pending_.clear();
    }

    std::map<std::string, double> last_metrics;

private:
    ProjectStore& store_;
    int64_t run_id_;
    std::string dataset_;
    int64_t log_every_;
    TrainingObserver* forward_;
    std::vector<RunMetric> pending_;
};

}  // namespace

std::string runCheckpointPath(const std::string& output_dir) { return (fs::path(output_dir) / "checkpoint.safetensors").string(); }
std::string runBestModelDir(const std::string& output_dir) { return (fs::path(output_dir) / "best").string(); }
std::string runFinalModelDir(const std::string& output_dir) { return (fs::path(output_dir) / "final").string(); }
std::string runLockPath(const std::string& output_dir) { return (fs::path(output_dir) / "run.lock").string(); }

RunStatus runLiveStatus(const RunInfo& run) {
    if (run.status != RunStatus::Running) return run.status;
    return FileLock::isHeld(runLockPath(run.output_dir)) ? RunStatus::Running : RunStatus::Interrupted;
}

std::string trainingDataFingerprint(const std::vector<StoredImage>& images) {
    ContentHasher hasher;
    for (const auto& image : images) {
        hasher.text(image.content_hash);
        hasher.integer(static_cast<int64_t>(image.captions.size()));
        for (const auto& caption : image.captions) hasher.text(caption.text);
    }
    return hasher.hex();
}

TrainingJobResult runTrainingJob(const TrainingJobRequest& request, TrainingObserver* observer, const CancelToken* cancel,
                                 const PauseToken* pause) {
    ProjectStore store = ProjectStore::open(request.project_path);

    // --- what to train: a new run, or the run being resumed ---
    std::string dataset = request.dataset, model_dir = request.model_dir, output_dir = request.output_dir;
    TrainingOptions options = request.options;
    std::optional<RunInfo> resumed;
    if (request.resume_run) {
        resumed = store.findRun(*request.resume_run);
        if (!resumed) throw Error("the project has no run " + std::to_string(*request.resume_run));
        if (resumed->status == RunStatus::Completed)
            throw Error("run " + std::to_string(resumed->id) + " has already completed; start a new run to train further");
        dataset = datasetNameOf(store, resumed->dataset_id);
        model_dir = resumed->base_model_path;
        output_dir = resumed->output_dir;
        options = trainingOptionsFromJson(resumed->hyperparameters_json);
        if (!fs::exists(runCheckpointPath(output_dir)))
            throw Error("run " + std::to_string(resumed->id) + " has no checkpoint to resume from (" +
                        runCheckpointPath(output_dir) + " is missing)");
    } else {
        if (!store.findDataset(dataset)) throw Error("the project has no dataset '" + dataset + "'");
        if (output_dir.empty()) throw Error("a training run needs an output folder");
        if (fs::exists(runCheckpointPath(output_dir)))
            throw Error(output_dir + " already holds a run's checkpoint: choose another output folder, or resume that run");
        options.validate();
    }
    const std::string checkpoint_path = runCheckpointPath(output_dir);

    // --- data ---
    const DatasetStats stats = store.datasetStats(dataset);
    const bool has_train_split = stats.train.images > 0;
    std::vector<TrainingItem> items;
    const auto images_root = fs::path(store.findDataset(dataset)->images_root);
    std::vector<StoredImage> train_images =
        store.datasetImages(dataset, has_train_split ? std::optional(DatasetSplit::Train) : std::nullopt);
    train_images.erase(std::remove_if(train_images.begin(), train_images.end(),
                                      [](const StoredImage& image) { return image.captions.empty(); }),
                       train_images.end());
    if (options.include_search_feedback) {
        // The captions confirmed on the Search page join their (training) images' own, once each;
        // they are part of the data fingerprint, so a resumed run sees the same ones.
        std::map<int64_t, StoredImage*> by_id;
        for (StoredImage& image : train_images) by_id[image.id] = &image;
        for (const SearchFeedback& feedback : store.searchFeedback(dataset)) {
            const auto image = by_id.find(feedback.image_id);
            if (!feedback.is_match || image == by_id.end()) continue;
            auto& captions = image->second->captions;
            if (std::none_of(captions.begin(), captions.end(), [&](const StoredCaption& c) { return c.text == feedback.text; }))
                captions.push_back({0, feedback.text, 0});
        }
    }
    const std::string data_fingerprint = trainingDataFingerprint(train_images);
    if (resumed) {
        const TrainingState saved = readCheckpointInfo(checkpoint_path).state;
        if (!saved.data_fingerprint.empty() &&
            (saved.data_items != static_cast<int64_t>(train_images.size()) || saved.data_fingerprint != data_fingerprint))
            throw Error("run " + std::to_string(resumed->id) + " trained on " + std::to_string(saved.data_items) +
                        " images of dataset '" + dataset + "', which has changed since (now " +
                        std::to_string(train_images.size()) +
                        " images, or other images or captions): resuming would continue on other data. Start a new "
                        "run, or restore the dataset as it was");
    }
    for (const auto& image : train_images) {
        TrainingItem item;
        item.image_path = (images_root / image.relative_path).string();
        for (const auto& caption : image.captions) item.captions.push_back(caption.text);
        items.push_back(std::move(item));
    }
    if (!has_train_split && observer)
        observer->onWarning("dataset '" + dataset + "' has no train split: training on all its images");
    std::optional<EvaluationSet> validation;
    if (stats.val.images > 0) {
        validation = loadEvaluationSet(store, dataset, "val");
    } else if (observer) {
        observer->onWarning("dataset '" + dataset + "' has no val split: no validation, so no best model and no early stopping");
    }

    LoadedModel loaded = loadModel(model_dir, request.device);
    TrainingLoaderOptions loader_options;
    loader_options.batch_size = options.batch_size;
    loader_options.seed = options.seed;
    loader_options.threads = options.loader_threads;
    loader_options.augment = options.augment;
    loader_options.transform.image_size = loaded.model->config.vision.image_size;
    loader_options.transform.mean = loaded.model->config.preprocess.mean;
    loader_options.transform.std = loaded.model->config.preprocess.std;
    loader_options.context_length = loaded.model->config.text.context_length;
    TrainingBatchLoader loader(std::move(items), loaded.tokenizer, loader_options, observer);

    // --- the liveness lock: held while this process trains the run ---
    createFolders(output_dir);
    std::optional<FileLock> lock = FileLock::tryAcquire(runLockPath(output_dir));
    if (!lock)
        throw Error(resumed ? "run " + std::to_string(resumed->id) + " is being trained by another process right now"
                            : output_dir + " is being used by another training process right now: choose another output folder");

    // --- the run record ---
    int64_t run_id = 0;
    if (resumed) {
        run_id = resumed->id;
    } else {
        NewRun run;
        run.dataset = dataset;
        run.name = request.run_name.empty() ? dataset + " from " + fs::path(absolute(model_dir)).filename().string()
                                            : request.run_name;
        run.base_model_path = absolute(model_dir);
        run.base_model_fingerprint = modelFingerprint(*loaded.model);
        run.output_dir = absolute(output_dir);
        run.hyperparameters_json = trainingOptionsToJson(options);
        run_id = store.createRun(run);
    }
    store.setRunStatus(run_id, RunStatus::Running);

    TrainingJobResult result;
    result.run_id = run_id;
    result.checkpoint_path = checkpoint_path;
    try {
        TrainerHooks hooks;
        const Trainer* trainer_ref = nullptr;  // set once built: the probes report its step
        if (validation) {
            hooks.validate = [&](ClipModelImpl& model, const CancelToken* token) {
                EvaluationOptions eval_options;
                eval_options.batch_size = request.eval_batch_size;
                eval_options.probe_queries = request.probe_queries;
                eval_options.probe_k = request.probe_k;
                EvaluationResult evaluated = evaluateRetrieval(model, *loaded.tokenizer, *validation, eval_options,
                                                               request.device, nullptr, "", observer, token);
                if (observer && !evaluated.probes.empty() && trainer_ref)
                    observer->onProbes(probeReport(trainer_ref->state().step, evaluated.probes, *validation));
                return evaluated.metrics;
            };
            hooks.save_best = [&](ClipModelImpl& model, int64_t step, const std::map<std::string, double>& metrics) {
                result.best_dir = runBestModelDir(output_dir);
                saveOpenClipFolder(model, result.best_dir, model_dir);
                store.removeCheckpointsAt(run_id, absolute(result.best_dir));  // the folder now holds this step
                NewCheckpoint best;
                best.run_id = run_id;
                best.step = step;
                best.path = absolute(result.best_dir);
                const auto found = metrics.find(options.best_metric);
                if (found != metrics.end()) best.metric = found->second;
                best.is_best = true;
                store.addCheckpoint(best);
            };
        }
        Trainer trainer(loaded.model, loader, options, request.device, checkpoint_path, hooks);
        trainer_ref = &trainer;
        if (resumed) {
            trainer.resumeFrom(checkpoint_path);
            store.discardRunAfter(run_id, trainer.state().step);
        }
        trainer.setDataIdentity(static_cast<int64_t>(train_images.size()), data_fingerprint);
        RunRecorder recorder(store, run_id, dataset, options.log_every, observer);
        const TrainingOutcome outcome = trainer.run(&recorder, cancel, pause);
        recorder.flush();
        result.end = outcome.end;
        result.state = outcome.state;
        result.last_metrics = recorder.last_metrics;
        if (fs::exists(runBestModelDir(output_dir))) result.best_dir = runBestModelDir(output_dir);

        const std::string step = std::to_string(outcome.state.step);
        if (outcome.end == TrainingEnd::Cancelled) {
            store.setRunStatus(run_id, RunStatus::Cancelled,
                               "cancelled at step " + step + "; resume with clipft train --resume " + std::to_string(run_id));
            return result;
        }
        result.final_dir = runFinalModelDir(output_dir);
        saveOpenClipFolder(trainer.model(), result.final_dir, model_dir);
        bool step_recorded = false;  // the best model may come from this very step
        for (const auto& saved : store.checkpoints(run_id)) step_recorded |= saved.step == outcome.state.step;
        if (!step_recorded) {
            NewCheckpoint final_model;
            final_model.run_id = run_id;
            final_model.step = outcome.state.step;
            final_model.path = absolute(result.final_dir);
            store.addCheckpoint(final_model);
        }
        store.setRunStatus(run_id, RunStatus::Completed,
                           outcome.end == TrainingEnd::EarlyStopped ? "stopped early at step " + step
                                                                    : "completed " + step + " steps");
        return result;
    } catch (const Cancelled&) {
        store.setRunStatus(run_id, RunStatus::Cancelled, "cancelled");
        result.end = TrainingEnd::Cancelled;
        return result;
    } catch (const std::exception& e) {
        store.setRunStatus(run_id, RunStatus::Failed, e.what());
        throw;
    }
}

}  // namespace clipft
