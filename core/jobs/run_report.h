// What the Runs page lists and what its report says of a training run, gathered from the project
// without any GUI: an overview row per run (status as a user should see it, best metric, steps,
// duration); and a run's report — its settings, its dataset (description and split counts), its
// evaluations, its curves, and the before/after table as the Finetuner study printed it ("before"
// is the run's step-0 evaluation, "after" its best one) — as data, and its evaluations as CSV.
// Studio renders the report in the user's language (ui/pages/runs/report_html.h).
#pragma once
#include "core/store/project_records.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace clipft {

class ProjectStore;

// One row of the runs list.
struct RunOverview {
    RunInfo run;
    RunStatus status = RunStatus::Created;  // runLiveStatus(): Interrupted when its process died
    std::string dataset;                     // name ("" when the dataset is gone)
    std::string model;                       // the base model folder's name
    std::string best_metric;                 // the run's setting, e.g. image_retrieval_recall@5
    std::optional<double> best;              // the best checkpoint's metric, else the best evaluation's
    std::optional<int64_t> best_step;
    int64_t steps = 0;                       // the last step with a stored loss
    int64_t duration_ms = 0;                 // start to last update (to now while it runs)
    int evaluations = 0;
};

// Every run of the project, oldest first.
std::vector<RunOverview> runOverviews(ProjectStore& store);
std::vector<RunOverview> runOverviews(const std::string& project_path);

// One stored evaluation of the run, its metrics in reading order (recall by direction and k, ranks, loss).
struct RunEvaluation {
    int64_t id = 0;
    std::optional<int64_t> step;           // nullopt: evaluated after training (a WiSE-FT preview, clipft eval)
    std::optional<double> wise_ft_alpha;
    std::string split;
    int64_t created_ms = 0;
    std::vector<std::pair<std::string, double>> metrics;
    std::optional<double> metric(const std::string& key) const;
};

// One readable setting of the run (hyperparameters_json), in the order a user thinks of them.
struct RunSetting {
    std::string key;    // as stored, e.g. "batch_size"
    std::string label;  // English, e.g. "Batch size"
    std::string value;  // e.g. "32", "1e-05", "yes", "—" (not set)
};
std::vector<RunSetting> runSettings(const std::string& hyperparameters_json);

// The six recall numbers of the before/after table, in its column order.
const std::vector<std::string>& beforeAfterMetricKeys();

struct BeforeAfter {
    bool available = false;  // the run has both a step-0 and a later (best) evaluation
    std::string model;       // the base model folder's name
    std::string dataset;     // name
    std::string split;       // of the evaluations (the training validation split)
    int64_t split_images = 0;
    int64_t before_step = 0, after_step = 0;
    std::map<std::string, double> before, after;  // every metric of the two evaluations
    // (after - before) / before of image_retrieval_recall@5; nullopt when before is 0 or missing.
    std::optional<double> relative_improvement;
};

struct RunReport {
    RunOverview overview;
    std::optional<DatasetInfo> dataset;
    DatasetStats dataset_stats;
    std::vector<RunSetting> settings;
    std::vector<RunEvaluation> evaluations;  // training's (by step), then later ones (by time)
    std::vector<std::string> metric_keys;    // every evaluation metric present, in reading order
    BeforeAfter before_after;
    std::optional<CheckpointInfo> best_checkpoint;
    // Curves by stored metric name: "loss" and every "val/<metric>", as (step, value), by step.
    std::map<std::string, std::vector<std::pair<int64_t, double>>> curves;
    bool has_best_model = false, has_final_model = false, has_checkpoint = false;  // files on disk
    int64_t generated_ms = 0;
};

// Throws clipft::Error when the project has no run `run_id`.
RunReport gatherRunReport(ProjectStore& store, int64_t run_id);
RunReport gatherRunReport(const std::string& project_path, int64_t run_id);

// run,step,wise_ft_alpha,split,created,<metric keys...>: one row per evaluation.
std::string renderRunReportCsv(const RunReport& report);

// A time as "2024-05-01 14:03", local, the same whatever the locale: the CSV's created column and
// `clipft runs list`. Studio's page and report use their locale's (ui/pages/runs).
std::string formatLocalTime(int64_t unix_ms);

}  // namespace clipft
