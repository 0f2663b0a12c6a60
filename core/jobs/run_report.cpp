#include "core/jobs/run_report.h"

#include "core/common/error.h"
#include "core/jobs/evaluation_job.h"
#include "core/jobs/training_job.h"
#include "core/store/project_store.h"
#include "core/train/training_options.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <set>
#include <sstream>

namespace fs = std::filesystem;

namespace clipft {
namespace {

const char* kHeadline = "image_retrieval_recall@5";

std::string datasetNameOf(const std::vector<DatasetInfo>& datasets, int64_t id) {
    for (const auto& d : datasets)
        if (d.id == id) return d.name;
    return {};
}

std::string modelNameOf(const std::string& path) {
    fs::path p = fs::path(path).lexically_normal();
    if (p.filename().empty()) p = p.parent_path();
    return p.filename().string();
}

std::string bestMetricOf(const RunInfo& run) {
    try {
        const auto j = nlohmann::json::parse(run.hyperparameters_json);
        if (j.is_object() && j.contains("best_metric") && j["best_metric"].is_string())
            return j["best_metric"].get<std::string>();
    } catch (const std::exception&) {
    }
    return TrainingOptions{}.best_metric;
}

std::vector<RunEvaluation> evaluationsOf(ProjectStore& store, int64_t run_id) {
    std::vector<RunEvaluation> out;
    for (const EvaluationInfo& e : store.evaluationsOfRun(run_id)) {
        RunEvaluation r;
        r.id = e.id;
        r.step = e.step;
        r.wise_ft_alpha = e.wise_ft_alpha;
        r.split = e.split;
        r.created_ms = e.created_ms;
        try {
            const auto j = nlohmann::ordered_json::parse(e.metrics_json);
            std::map<std::string, double> values;
            if (j.is_object())
                for (auto it = j.begin(); it != j.end(); ++it)
                    if (it.value().is_number()) values[it.key()] = it.value().get<double>();
            for (const std::string& key : metricReadingOrder({1, 5, 10}, values)) r.metrics.emplace_back(key, values.at(key));
        } catch (const std::exception&) {
            // a damaged row shows without numbers rather than hiding the run
        }
        out.push_back(std::move(r));
    }
    // Training's evaluations by step first, then the later ones (previews, clipft eval) by time.
    std::stable_sort(out.begin(), out.end(), [](const RunEvaluation& a, const RunEvaluation& b) {
        if (a.step.has_value() != b.step.has_value()) return a.step.has_value();
        if (a.step && b.step && *a.step != *b.step) return *a.step < *b.step;
        return a.created_ms < b.created_ms;
    });
    return out;
}

bool isTrainingEvaluation(const RunEvaluation& e) { return e.step.has_value() && !e.wise_ft_alpha.has_value(); }

std::optional<CheckpointInfo> bestCheckpointOf(ProjectStore& store, int64_t run_id) {
    std::optional<CheckpointInfo> best;
    for (const auto& c : store.checkpoints(run_id))
        if (c.is_best) best = c;
    return best;
}

// The evaluation the run's best model was chosen by: the one at the best checkpoint's step, or
// else the best by the run's metric among training's evaluations after step 0.
const RunEvaluation* afterEvaluation(const std::vector<RunEvaluation>& evaluations, const std::string& metric,
                                     const std::optional<CheckpointInfo>& best) {
    if (best)
        for (const auto& e : evaluations)
            if (isTrainingEvaluation(e) && *e.step == best->step) return &e;
    const RunEvaluation* chosen = nullptr;
    const bool higher = higherIsBetter(metric);
    for (const auto& e : evaluations) {
        if (!isTrainingEvaluation(e) || *e.step == 0) continue;
        const auto value = e.metric(metric);
        if (!value || std::isnan(*value)) continue;
        if (!chosen || (higher ? *value > *chosen->metric(metric) : *value < *chosen->metric(metric))) chosen = &e;
    }
    return chosen;
}

const RunEvaluation* beforeEvaluation(const std::vector<RunEvaluation>& evaluations) {
    for (const auto& e : evaluations)
        if (isTrainingEvaluation(e) && *e.step == 0) return &e;
    return nullptr;
}

RunOverview overviewOf(ProjectStore& store, const RunInfo& run, const std::vector<DatasetInfo>& datasets,
                       const std::vector<RunEvaluation>& evaluations, const std::optional<CheckpointInfo>& best) {
    RunOverview o;
    o.run = run;
    o.status = runLiveStatus(run);
    o.dataset = datasetNameOf(datasets, run.dataset_id);
    o.model = modelNameOf(run.base_model_path);
    o.best_metric = bestMetricOf(run);
    if (best && best->metric) {
        o.best = best->metric;
        o.best_step = best->step;
    } else if (const RunEvaluation* after = afterEvaluation(evaluations, o.best_metric, best)) {
        o.best = after->metric(o.best_metric);
        o.best_step = after->step;
    }
    const auto losses = store.runMetrics(run.id, "loss");
    if (!losses.empty()) o.steps = losses.back().step;
    const int64_t end = o.status == RunStatus::Running ? currentUnixMs() : run.updated_ms;
    o.duration_ms = std::max<int64_t>(0, end - run.created_ms);
    o.evaluations = static_cast<int>(evaluations.size());
    return o;
}

std::string csvField(const std::string& text) {
    if (text.find_first_of(",\"\n\r") == std::string::npos) return text;
    std::string out = "\"";
    for (const char c : text) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

std::string number(double value) {
    if (std::isnan(value)) return "nan";
    char text[32];
    std::snprintf(text, sizeof text, "%.9g", value);
    return text;
}

std::string integer(int64_t value) { return std::to_string(value); }

struct SettingSpec {
    const char* key;
    const char* label;
};

const std::vector<SettingSpec>& settingSpecs() {
    static const std::vector<SettingSpec> specs{
        {"epochs", "Epochs"},
        {"max_steps", "Steps (at most)"},
        {"batch_size", "Batch size"},
        {"accum_steps", "Gradient accumulation (micro-batches)"},
        {"lr", "Learning rate"},
        {"weight_decay", "Weight decay"},
        {"beta1", "AdamW β1"},
        {"beta2", "AdamW β2"},
        {"eps", "AdamW ε"},
        {"warmup_steps", "Warmup steps"},
        {"grad_clip_norm", "Gradient clipping (norm)"},
        {"lock_image", "Image tower: trainable groups"},
        {"lock_text", "Text tower: trainable groups"},
        {"augment", "Augmentation"},
        {"include_search_feedback", "Train on search feedback"},
        {"train_logit_scale", "Train the logit scale"},
        {"precision", "Precision"},
        {"eval_every", "Evaluate every (steps)"},
        {"eval_at_start", "Evaluate before training"},
        {"checkpoint_every", "Checkpoint every (steps)"},
        {"log_every", "Log every (steps)"},
        {"best_metric", "Best model by"},
        {"early_stopping_patience", "Early stopping patience"},
        {"early_stopping_min_delta", "Early stopping minimum change"},
        {"max_bad_steps", "Bad steps tolerated"},
        {"seed", "Seed"},
        {"loader_threads", "Loader threads"},
    };
    return specs;
}

// What a stored value means, where its raw form says little (0 = off, -1 = automatic, null = none).
std::string settingValue(const std::string& key, const nlohmann::json& v) {
    if (v.is_null()) {
        if (key == "lock_image" || key == "lock_text") return "all (not locked)";
        return "—";
    }
    if (v.is_boolean()) return v.get<bool>() ? "yes" : "no";
    if (v.is_string()) return v.get<std::string>();
    if (v.is_number_integer() || v.is_number_unsigned()) {
        const int64_t n = v.is_number_unsigned() ? static_cast<int64_t>(v.get<uint64_t>()) : v.get<int64_t>();
        if (n == 0 && (key == "max_steps")) return "— (the epochs decide)";
        if (n == 0 && (key == "eval_every")) return "each epoch's end";
        if (n == 0 && (key == "checkpoint_every")) return "at each evaluation";
        if (n == 0 && (key == "early_stopping_patience")) return "off";
        if (n == 0 && (key == "loader_threads")) return "one per core";
        if (n == -1 && key == "warmup_steps") return "automatic (10%, at most 500)";
        return std::to_string(n);
    }
    if (v.is_number()) {
        const double d = v.get<double>();
        if (d == 0 && key == "grad_clip_norm") return "off";
        char text[32];
        std::snprintf(text, sizeof text, "%g", d);
        return text;
    }
    return v.dump();
}

}  // namespace

std::optional<double> RunEvaluation::metric(const std::string& key) const {
    for (const auto& [name, value] : metrics)
        if (name == key) return value;
    return std::nullopt;
}

std::vector<RunOverview> runOverviews(ProjectStore& store) {
    const std::vector<DatasetInfo> datasets = store.datasets();
    std::vector<RunOverview> out;
    for (const RunInfo& run : store.runs())
        out.push_back(overviewOf(store, run, datasets, evaluationsOf(store, run.id), bestCheckpointOf(store, run.id)));
    return out;
}

std::vector<RunOverview> runOverviews(const std::string& project_path) {
    ProjectStore store = ProjectStore::open(project_path);
    return runOverviews(store);
}

std::vector<RunSetting> runSettings(const std::string& hyperparameters_json) {
    std::vector<RunSetting> out;
    nlohmann::json j;
    try {
        j = nlohmann::json::parse(hyperparameters_json);
    } catch (const std::exception&) {
        return {{"", "Settings", hyperparameters_json}};
    }
    if (!j.is_object()) return {{"", "Settings", hyperparameters_json}};
    std::set<std::string> known;
    for (const SettingSpec& spec : settingSpecs()) {
        known.insert(spec.key);
        if (j.contains(spec.key)) out.push_back({spec.key, spec.label, settingValue(spec.key, j[spec.key])});
    }
    for (auto it = j.begin(); it != j.end(); ++it)  // a setting this version does not know yet still shows
        if (!known.count(it.key())) out.push_back({it.key(), it.key(), settingValue(it.key(), it.value())});
    return out;
}

const std::vector<std::string>& beforeAfterMetricKeys() {
    static const std::vector<std::string> keys{"image_retrieval_recall@1", "image_retrieval_recall@5",
                                               "image_retrieval_recall@10", "text_retrieval_recall@1",
                                               "text_retrieval_recall@5", "text_retrieval_recall@10"};
    return keys;
}

RunReport gatherRunReport(ProjectStore& store, int64_t run_id) {
    const auto run = store.findRun(run_id);
    if (!run) throw Error("the project has no run " + std::to_string(run_id));
    RunReport r;
    r.generated_ms = currentUnixMs();
    const std::vector<DatasetInfo> datasets = store.datasets();
    r.evaluations = evaluationsOf(store, run_id);
    r.best_checkpoint = bestCheckpointOf(store, run_id);
    r.overview = overviewOf(store, *run, datasets, r.evaluations, r.best_checkpoint);
    r.settings = runSettings(run->hyperparameters_json);
    for (const auto& d : datasets)
        if (d.id == run->dataset_id) r.dataset = d;
    if (r.dataset) r.dataset_stats = store.datasetStats(r.dataset->name);

    std::map<std::string, double> all;
    for (const auto& e : r.evaluations)
        for (const auto& [key, value] : e.metrics) all[key] = value;
    r.metric_keys = metricReadingOrder({1, 5, 10}, all);

    // Curves: the training loss and every validation metric, as the trainer stored them.
    for (const auto& m : store.runMetrics(run_id, "loss")) r.curves["loss"].emplace_back(m.step, m.value);
    for (const auto& key : r.metric_keys)
        for (const auto& m : store.runMetrics(run_id, "val/" + key)) r.curves["val/" + key].emplace_back(m.step, m.value);

    BeforeAfter& ba = r.before_after;
    ba.model = r.overview.model;
    ba.dataset = r.overview.dataset;
    const RunEvaluation* before = beforeEvaluation(r.evaluations);
    const RunEvaluation* after = afterEvaluation(r.evaluations, r.overview.best_metric, r.best_checkpoint);
    if (before && after) {
        ba.available = true;
        ba.split = after->split;
        ba.before_step = *before->step;
        ba.after_step = *after->step;
        for (const auto& [key, value] : before->metrics) ba.before[key] = value;
        for (const auto& [key, value] : after->metrics) ba.after[key] = value;
        const auto b = ba.before.find(kHeadline), a = ba.after.find(kHeadline);
        if (b != ba.before.end() && a != ba.after.end() && b->second > 0)
            ba.relative_improvement = (a->second - b->second) / b->second;
        const DatasetStats& s = r.dataset_stats;
        ba.split_images = ba.split == "train" ? s.train.images : ba.split == "val" ? s.val.images
                          : ba.split == "test" ? s.test.images : s.images;
    }
    r.has_best_model = fs::exists(runBestModelDir(run->output_dir));
    r.has_final_model = fs::exists(runFinalModelDir(run->output_dir));
    r.has_checkpoint = fs::exists(runCheckpointPath(run->output_dir));
    return r;
}

RunReport gatherRunReport(const std::string& project_path, int64_t run_id) {
    ProjectStore store = ProjectStore::open(project_path);
    return gatherRunReport(store, run_id);
}

std::string formatLocalTime(int64_t unix_ms) {
    const std::time_t seconds = static_cast<std::time_t>(unix_ms / 1000);
    std::tm parts{};
    localtime_r(&seconds, &parts);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%d %H:%M", &parts);
    return text;
}

std::string renderRunReportCsv(const RunReport& r) {
    std::ostringstream out;
    out << "run,step,wise_ft_alpha,split,created";
    for (const auto& key : r.metric_keys) out << ',' << csvField(key);
    out << '\n';
    for (const auto& e : r.evaluations) {
        out << r.overview.run.id << ',' << (e.step ? integer(*e.step) : std::string()) << ','
            << (e.wise_ft_alpha ? number(*e.wise_ft_alpha) : std::string()) << ',' << csvField(e.split) << ','
            << csvField(formatLocalTime(e.created_ms));
        for (const auto& key : r.metric_keys) {
            const auto v = e.metric(key);
            out << ',' << (v ? number(*v) : std::string());
        }
        out << '\n';
    }
    return out.str();
}

}  // namespace clipft
