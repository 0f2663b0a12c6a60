// The project's training runs: their settings and status, per-step metrics, checkpoints and
// evaluations (of runs, and of models outside any run). Part of ProjectStore.
#pragma once
#include "core/store/project_records.h"

#include <optional>
#include <string>
#include <vector>

namespace clipft {

class SqliteDatabase;

class RunStore {
public:
    int64_t createRun(const NewRun& run);  // status Created
    void setRunStatus(int64_t run_id, RunStatus status, const std::string& message = {});
    std::optional<RunInfo> findRun(int64_t run_id);
    std::vector<RunInfo> runs();                             // all, oldest first
    std::vector<RunInfo> runsOfDataset(const std::string& dataset);
    bool deleteRun(int64_t run_id);
    // One transaction per call: the trainer hands over a batch of steps at a time. A (name, step)
    // already stored is overwritten, as when a run resumes from a checkpoint.
    void addRunMetrics(int64_t run_id, const std::vector<RunMetric>& metrics);
    // By name, then step; only `name` when it is not empty.
    std::vector<RunMetric> runMetrics(int64_t run_id, const std::string& name = {});
    int64_t addCheckpoint(const NewCheckpoint& checkpoint);
    // Removes the run's checkpoint rows that point at `path` (a file or folder about to be
    // overwritten with newer weights, such as the best model's). Returns how many.
    int64_t removeCheckpointsAt(int64_t run_id, const std::string& path);
    // Forgets what a run recorded after `step` (metrics, evaluations, checkpoints): a run resumed
    // from its step-`step` checkpoint records those steps again.
    void discardRunAfter(int64_t run_id, int64_t step);
    std::vector<CheckpointInfo> checkpoints(int64_t run_id);  // by step
    int64_t addEvaluation(const NewEvaluation& evaluation);
    std::vector<EvaluationInfo> evaluationsOfRun(int64_t run_id);  // by step, then time
    std::vector<EvaluationInfo> evaluationsOfDataset(const std::string& dataset);  // oldest first

protected:
    explicit RunStore(SqliteDatabase* database) : database_(database) {}

private:
    void requireRun(int64_t run_id);
    SqliteDatabase* database_;  // owned by the ProjectStore
};

}  // namespace clipft
