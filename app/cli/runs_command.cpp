// clipft runs list|show --project FILE [RUN] [--json]
#include "arguments.h"
#include "commands.h"
#include "training_console.h"

#include "core/common/error.h"
#include "core/store/project_store.h"
#include "core/jobs/run_report.h"
#include "core/jobs/training_job.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <iostream>

namespace clipft::cli {
namespace {

std::string datasetName(ProjectStore& store, int64_t id) {
    for (const auto& d : store.datasets())
        if (d.id == id) return d.name;
    return "?";
}

nlohmann::json parsedOrText(const std::string& text) {
    try {
        return nlohmann::json::parse(text);
    } catch (const std::exception&) {
        return text;
    }
}

struct RunSummary {
    int64_t steps = 0;
    double last_loss = 0;
    std::optional<CheckpointInfo> best;
};

RunSummary summarise(ProjectStore& store, int64_t run_id) {
    RunSummary s;
    const auto losses = store.runMetrics(run_id, "loss");
    if (!losses.empty()) s.steps = losses.back().step, s.last_loss = losses.back().value;
    for (const auto& c : store.checkpoints(run_id))
        if (c.is_best) s.best = c;
    return s;
}

int listRuns(ProjectStore& store, bool json) {
    const auto runs = store.runs();
    if (json) {
        nlohmann::json list = nlohmann::json::array();
        for (const auto& r : runs) {
            const RunSummary s = summarise(store, r.id);
            list.push_back({{"id", r.id},
                            {"name", r.name},
                            {"dataset", datasetName(store, r.dataset_id)},
                            {"status", runStatusName(runLiveStatus(r))},
                            {"steps", s.steps},
                            {"best_metric", s.best && s.best->metric ? nlohmann::json(*s.best->metric) : nlohmann::json()},
                            {"created_ms", r.created_ms}});
        }
        std::cout << list.dump() << "\n";
        return 0;
    }
    if (runs.empty()) {
        std::printf("no runs yet (start one with clipft train)\n");
        return 0;
    }
    std::printf("%-4s %-10s %-7s %-9s %-8s %-16s %s\n", "id", "status", "steps", "last loss", "best", "created", "name");
    for (const auto& r : runs) {
        const RunSummary s = summarise(store, r.id);
        char best[16] = "-";
        if (s.best && s.best->metric) std::snprintf(best, sizeof best, "%.3f", *s.best->metric);
        std::printf("%-4lld %-10s %-7lld %-9.4f %-8s %-16s %s\n", static_cast<long long>(r.id), runStatusName(runLiveStatus(r)),
                    static_cast<long long>(s.steps), s.last_loss, best, formatLocalTime(r.created_ms).c_str(), r.name.c_str());
    }
    return 0;
}

int showRun(ProjectStore& store, int64_t id, bool json) {
    const auto run = store.findRun(id);
    if (!run) throw Error("the project has no run " + std::to_string(id) + " (see clipft runs list)");
    const auto evaluations = store.evaluationsOfRun(id);
    const auto checkpoints = store.checkpoints(id);
    const RunSummary s = summarise(store, id);
    if (json) {
        nlohmann::json j = {{"id", run->id},
                            {"name", run->name},
                            {"dataset", datasetName(store, run->dataset_id)},
                            {"status", runStatusName(runLiveStatus(*run))},
                            {"message", run->status_message},
                            {"base_model", run->base_model_path},
                            {"base_model_fingerprint", run->base_model_fingerprint},
                            {"output_dir", run->output_dir},
                            {"hyperparameters", parsedOrText(run->hyperparameters_json)},
                            {"steps", s.steps},
                            {"created_ms", run->created_ms},
                            {"updated_ms", run->updated_ms}};
        nlohmann::json evals = nlohmann::json::array();
        for (const auto& e : evaluations)
            evals.push_back({{"step", e.step ? nlohmann::json(*e.step) : nlohmann::json()},
                             {"split", e.split},
                             {"metrics", parsedOrText(e.metrics_json)}});
        j["evaluations"] = evals;
        nlohmann::json saved = nlohmann::json::array();
        for (const auto& c : checkpoints)
            saved.push_back({{"step", c.step}, {"path", c.path}, {"is_best", c.is_best},
                             {"metric", c.metric ? nlohmann::json(*c.metric) : nlohmann::json()}});
        j["checkpoints"] = saved;
        std::cout << j.dump() << "\n";
        return 0;
    }
    std::printf("run %lld: %s\n", static_cast<long long>(run->id), run->name.c_str());
    std::printf("  dataset     %s\n", datasetName(store, run->dataset_id).c_str());
    std::printf("  status      %s%s%s\n", runStatusName(runLiveStatus(*run)), run->status_message.empty() ? "" : " — ",
                run->status_message.c_str());
    std::printf("  base model  %s\n", run->base_model_path.c_str());
    std::printf("  output      %s\n", run->output_dir.c_str());
    std::printf("  steps       %lld (last loss %.4f)\n", static_cast<long long>(s.steps), s.last_loss);
    std::printf("  settings    %s\n", run->hyperparameters_json.c_str());
    if (!evaluations.empty()) std::printf("evaluations (%s split):\n", evaluations.front().split.c_str());
    for (const auto& e : evaluations) {
        std::map<std::string, double> metrics;
        const nlohmann::json parsed = parsedOrText(e.metrics_json);
        if (parsed.is_object())
            for (auto it = parsed.begin(); it != parsed.end(); ++it)
                if (it.value().is_number()) metrics[it.key()] = it.value().get<double>();
        std::printf("  step %-6lld %s\n", static_cast<long long>(e.step.value_or(0)), metricsLine(metrics).c_str());
    }
    if (s.best)
        std::printf("best model: %s (step %lld)\n", s.best->path.c_str(), static_cast<long long>(s.best->step));
    return 0;
}

}  // namespace

int runRuns(const std::vector<std::string>& raw) {
    if (raw.empty() || (raw[0] != "list" && raw[0] != "show")) throw Error("runs needs list or show");
    const std::vector<std::string> rest(raw.begin() + 1, raw.end());
    const Arguments args(rest, {"project", "run"}, {"json"});
    ProjectStore store = ProjectStore::open(args.required("project"));
    if (raw[0] == "list") return listRuns(store, args.has("json"));
    std::string id_text;
    if (args.value("run")) id_text = *args.value("run");
    else if (!args.positionals().empty()) id_text = args.positionals()[0];
    else throw Error("runs show needs a run id (see clipft runs list)");
    int64_t id = 0;
    try {
        id = std::stoll(id_text);
    } catch (const std::exception&) {
        throw Error("'" + id_text + "' is not a run id");
    }
    return showRun(store, id, args.has("json"));
}

}  // namespace clipft::cli
