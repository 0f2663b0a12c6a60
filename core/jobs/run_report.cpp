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

std::string escape(const std::string& text) {
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            default: out += c;
        }
    }
    return out;
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

std::string alphaText(double alpha) {
    char text[16];
    std::snprintf(text, sizeof text, "%.2f", alpha);
    return text;
}

// "1,234" (C++ streams would use the global locale; the report is the same everywhere).
std::string grouped(int64_t value) {
    std::string digits = std::to_string(value < 0 ? -value : value);
    for (int i = static_cast<int>(digits.size()) - 3; i > 0; i -= 3) digits.insert(static_cast<size_t>(i), ",");
    return value < 0 ? "-" + digits : digits;
}

const char* statusText(RunStatus status) {
    switch (status) {
        case RunStatus::Created: return "created";
        case RunStatus::Running: return "running";
        case RunStatus::Completed: return "completed";
        case RunStatus::Failed: return "failed";
        case RunStatus::Cancelled: return "stopped";
        case RunStatus::Interrupted: return "interrupted";
    }
    return "?";
}

std::string shortMetricName(const std::string& key) {
    static const std::map<std::string, std::string> names{
        {"image_retrieval_recall@1", "image R@1"},  {"image_retrieval_recall@5", "image R@5"},
        {"image_retrieval_recall@10", "image R@10"}, {"text_retrieval_recall@1", "text R@1"},
        {"text_retrieval_recall@5", "text R@5"},    {"text_retrieval_recall@10", "text R@10"},
        {"image_retrieval_mean_rank", "image mean rank"}, {"image_retrieval_median_rank", "image median rank"},
        {"text_retrieval_mean_rank", "text mean rank"},   {"text_retrieval_median_rank", "text median rank"},
        {"clip_val_loss", "val loss"}};
    const auto found = names.find(key);
    return found == names.end() ? key : found->second;
}

std::string metricCell(const std::string& key, double value) {
    if (key.find("recall") != std::string::npos) return formatRecall(value);
    if (key.find("rank") != std::string::npos) {
        char text[32];
        std::snprintf(text, sizeof text, "%.1f", value);
        return text;
    }
    char text[32];
    std::snprintf(text, sizeof text, "%.4f", value);
    return text;
}

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

void appendRow(std::ostringstream& out, const std::vector<std::string>& cells, const std::vector<bool>& right,
               bool header = false) {
    out << "<tr>";
    for (size_t i = 0; i < cells.size(); ++i) {
        const char* tag = header ? "th" : "td";
        out << '<' << tag << (i < right.size() && right[i] ? " align=\"right\"" : " align=\"left\"")
            << (i == 0 ? " nowrap" : "") << '>' << cells[i]
            << "</" << tag << '>';
    }
    out << "</tr>\n";
}

// No grid lines (QTextDocument and browsers draw those differently); a shaded header row.
const char* kTable = "<table cellspacing=\"0\" cellpadding=\"4\">\n";
const char* kWideTable = "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\">\n";
// QTextDocument puts no space between a table and what follows it.
const char* kGap = "<p class=\"gap\">&nbsp;</p>\n";

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

std::string formatRecall(double value) {
    if (std::isnan(value)) return "—";
    char text[32];
    std::snprintf(text, sizeof text, "%.3f", value);
    return text;
}

std::string formatSignedDelta(double value) {
    if (std::isnan(value)) return "—";
    char text[32];
    std::snprintf(text, sizeof text, "%+.3f", value);
    return text;
}

std::string formatRelative(double value) {
    if (std::isnan(value)) return "—";
    char text[32];
    std::snprintf(text, sizeof text, "%+.1f%%", 100.0 * value);
    return text;
}

std::string formatDuration(int64_t ms) {
    const int64_t s = std::max<int64_t>(0, ms / 1000);
    char text[48];
    if (s >= 3600)
        std::snprintf(text, sizeof text, "%lld h %02lld min", static_cast<long long>(s / 3600), static_cast<long long>(s / 60 % 60));
    else if (s >= 60)
        std::snprintf(text, sizeof text, "%lld min %02lld s", static_cast<long long>(s / 60), static_cast<long long>(s % 60));
    else
        std::snprintf(text, sizeof text, "%lld s", static_cast<long long>(s));
    return text;
}

std::string formatLocalTime(int64_t unix_ms) {
    const std::time_t seconds = static_cast<std::time_t>(unix_ms / 1000);
    std::tm parts{};
    localtime_r(&seconds, &parts);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%d %H:%M", &parts);
    return text;
}

std::string renderRunReportHtml(const RunReport& r, const RunReportLinks& links) {
    const RunOverview& o = r.overview;
    const RunInfo& run = o.run;
    std::ostringstream out;
    out << "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n<title>clipft run " << run.id << ": "
        << escape(run.name) << "</title>\n"
        << "<style>\n"
           "body { font-family: sans-serif; font-size: 10pt; color: #222; }\n"
           "h1 { font-size: 16pt; margin-bottom: 2pt; }\n"
           "h2 { font-size: 12pt; margin-top: 14pt; margin-bottom: 4pt; }\n"
           "table { margin-bottom: 6pt; }\n"
           "th { background-color: #e8e8e8; font-weight: bold; }\n"
           ".meta { color: #555; }\n"
           ".note { color: #555; font-size: 9pt; }\n"
           ".gap { font-size: 4pt; margin: 0; }\n"
           "</style></head>\n<body>\n";
    out << "<h1>Run " << run.id << ": " << escape(run.name) << "</h1>\n";
    out << "<p class=\"meta\">";
    // The stored message often says the status itself ("completed 24 steps"); then it alone.
    const std::string status = statusText(o.status);
    const std::string& message = run.status_message;
    if (message.empty()) out << status;
    else if (message.rfind(status, 0) == 0 || (o.status == RunStatus::Cancelled && message.rfind("cancelled", 0) == 0))
        out << escape(message);
    else out << status << " (" << escape(message) << ")";
    out << " · dataset " << escape(o.dataset.empty() ? std::string("(deleted)") : o.dataset) << " · base model "
        << escape(o.model) << " · " << grouped(o.steps) << " steps · started " << formatLocalTime(run.created_ms)
        << " · " << formatDuration(o.duration_ms) << "</p>\n";

    // --- the before/after table, as the Finetuner study printed it ---
    out << "<h2>Before and after fine-tuning</h2>\n";
    const BeforeAfter& ba = r.before_after;
    if (!ba.available) {
        out << "<p>This run has no evaluation before training and after it to compare (it evaluates on the dataset's "
               "val split; a run without one, or stopped before its first evaluation, has none).</p>\n";
    } else {
        const auto value = [](const std::map<std::string, double>& m, const std::string& key) {
            const auto found = m.find(key);
            return found == m.end() ? std::nan("") : found->second;
        };
        std::ostringstream dataset;
        dataset << escape(ba.dataset) << " (" << escape(ba.split) << " split, " << grouped(ba.split_images) << " images)";
        out << kWideTable;
        appendRow(out, {"model", "dataset", "image R@5 before", "after", "relative"}, {false, false, true, true, true}, true);
        appendRow(out,
                  {escape(ba.model), dataset.str(), formatRecall(value(ba.before, kHeadline)),
                   formatRecall(value(ba.after, kHeadline)),
                   ba.relative_improvement ? formatRelative(*ba.relative_improvement) : std::string("—")},
                  {false, false, true, true, true});
        out << "</table>\n" << kGap << kWideTable;
        std::vector<std::string> header{""};
        std::vector<bool> right{false};
        for (const auto& key : beforeAfterMetricKeys()) {
            header.push_back(shortMetricName(key));
            right.push_back(true);
        }
        appendRow(out, header, right, true);
        std::vector<std::string> before{"before"};
        std::vector<std::string> after{"after"};
        std::vector<std::string> change{"change"};
        for (const auto& key : beforeAfterMetricKeys()) {
            const double b = value(ba.before, key), a = value(ba.after, key);
            before.push_back(formatRecall(b));
            after.push_back(formatRecall(a));
            change.push_back(formatSignedDelta(a - b));
        }
        appendRow(out, before, right);
        appendRow(out, after, right);
        appendRow(out, change, right);
        out << "</table>\n<p class=\"note\">before: the model at step " << ba.before_step
            << " (the pre-trained one); after: the run's best model (step " << ba.after_step
            << "). image = text-to-image recall (a caption finds its image), text = image-to-text recall; relative = "
               "the change of image R@5 over its value before.</p>\n";
    }

    // --- the charts ---
    if (!links.loss_chart.empty() || !links.recall_chart.empty()) {
        out << "<h2>Training curves</h2>\n";
        for (const std::string& chart : {links.loss_chart, links.recall_chart})
            if (!chart.empty())
                out << "<p><img src=\"" << escape(chart) << "\" width=\"" << links.chart_width << "\"></p>\n";
    }

    // --- settings ---
    out << "<h2>Settings</h2>\n" << kTable;
    appendRow(out, {"setting", "value"}, {false, false}, true);
    appendRow(out, {"base model", escape(run.base_model_path)}, {false, false});
    appendRow(out, {"output folder", escape(run.output_dir)}, {false, false});
    for (const RunSetting& s : r.settings)
        appendRow(out, {escape(s.label), escape(s.key == "best_metric" ? shortMetricName(s.value) : s.value)}, {false, false});
    out << "</table>\n" << kGap;

    // --- the dataset ---
    out << "<h2>Dataset</h2>\n";
    if (!r.dataset) {
        out << "<p>The run's dataset is no longer in the project.</p>\n";
    } else {
        const DatasetInfo& d = *r.dataset;
        const DatasetStats& s = r.dataset_stats;
        out << kTable;
        appendRow(out, {"name", escape(d.name)}, {false, false});
        appendRow(out, {"format", escape(d.format)}, {false, false});
        appendRow(out, {"source", escape(d.source_path)}, {false, false});
        appendRow(out, {"imported", formatLocalTime(d.created_ms)}, {false, false});
        out << "</table>\n" << kGap << kTable;
        appendRow(out, {"split", "images", "captions"}, {false, true, true}, true);
        const std::pair<const char*, const SplitCounts*> splits[] = {
            {"train", &s.train}, {"val", &s.val}, {"test", &s.test}, {"no split", &s.unsplit}};
        for (const auto& [name, counts] : splits)
            if (counts->images > 0 || std::string(name) != "no split")
                appendRow(out, {name, grouped(counts->images), grouped(counts->captions)}, {false, true, true});
        appendRow(out, {"all", grouped(s.images), grouped(s.captions)}, {false, true, true});
        out << "</table>\n" << kGap;
        if (s.problem_images > 0)
            out << "<p class=\"note\">" << grouped(s.problem_images)
                << " images were not usable at import (see the import report).</p>\n";
    }

    // --- the evaluations ---
    out << "<h2>Evaluations</h2>\n";
    if (r.evaluations.empty()) {
        out << "<p>None yet.</p>\n";
    } else {
        if (!links.csv.empty())
            out << "<p>Every number below, with the ranks and the validation loss: <a href=\"" << escape(links.csv)
                << "\">" << escape(fs::path(links.csv).filename().string()) << "</a> (CSV).</p>\n";
        std::vector<std::string> keys;
        for (const auto& key : r.metric_keys)
            if (key.find("recall") != std::string::npos || key == "clip_val_loss") keys.push_back(key);
        out << kTable;
        std::vector<std::string> header{"step", "WiSE-FT α", "split"};
        std::vector<bool> right{true, true, false};
        for (const auto& key : keys) {
            header.push_back(shortMetricName(key));
            right.push_back(true);
        }
        appendRow(out, header, right, true);
        for (const auto& e : r.evaluations) {
            std::vector<std::string> cells{e.step ? grouped(*e.step) : std::string("—"),
                                           e.wise_ft_alpha ? alphaText(*e.wise_ft_alpha) : std::string("—"),
                                           escape(e.split)};
            for (const auto& key : keys) {
                const auto v = e.metric(key);
                cells.push_back(v ? metricCell(key, *v) : std::string("—"));
            }
            appendRow(out, cells, right);
        }
        out << "</table>\n";
    }
    out << "<p class=\"note\">Made by clipft " << CLIPFT_VERSION << " on " << formatLocalTime(r.generated_ms)
        << " from the project's records.</p>\n</body></html>\n";
    return out.str();
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
