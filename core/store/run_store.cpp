#include "core/store/run_store.h"

#include "core/common/error.h"
#include "core/store/dataset_store.h"
#include "core/store/sqlite_database.h"

#include <sqlite3.h>

#include <cmath>
#include <limits>

namespace clipft {

namespace {

const char* const kRunColumns =
    "SELECT id, dataset_id, name, base_model_path, base_model_fingerprint, status, status_message, "
    "created_ms, updated_ms, output_dir, hyperparameters_json FROM runs ";

// The rows below are read in their columns' order, which is their struct's field order.
RunInfo readRun(const SqliteDatabase& database, const SqliteStatement& row) {
    const std::string status = row.columnText(5);
    const std::optional<RunStatus> parsed = parseRunStatus(status);
    if (!parsed)
        throw Error(database.path() + ": run " + std::to_string(row.columnInt64(0)) + " has the status '" + status +
                    "', which this version of clipft does not know");
    return {row.columnInt64(0), row.columnInt64(1), row.columnText(2),  row.columnText(3),
            row.columnText(4),  *parsed,            row.columnText(6),  row.columnInt64(7),
            row.columnInt64(8), row.columnText(9),  row.columnText(10)};
}

const char* const kCheckpointColumns =
    "SELECT id, run_id, step, path, model_fingerprint, is_best, metric, created_ms FROM checkpoints ";

CheckpointInfo readCheckpoint(const SqliteStatement& row) {
    return {row.columnInt64(0), row.columnInt64(1),      row.columnInt64(2),     row.columnText(3),
            row.columnText(4),  row.columnInt64(5) != 0, row.optionalDouble(6), row.columnInt64(7)};
}

const char* const kEvaluationColumns =
    "SELECT id, run_id, step, model_fingerprint, dataset_id, split, metrics_json, created_ms, wise_ft_alpha "
    "FROM evaluations ";

EvaluationInfo readEvaluation(const SqliteStatement& row) {
    return {row.columnInt64(0), row.optionalInt64(1), row.optionalInt64(2), row.columnText(3),    row.columnInt64(4),
            row.columnText(5),  row.columnText(6),    row.columnInt64(7),   row.optionalDouble(8)};
}

}  // namespace

void RunStore::requireRun(int64_t run_id) {
    SqliteStatement find(*database_, "SELECT 1 FROM runs WHERE id = ?1");
    find.bind(1, run_id);
    if (!find.step()) throw Error(database_->path() + ": the project has no run " + std::to_string(run_id));
}

int64_t RunStore::createRun(const NewRun& run) {
    if (!isJsonText(run.hyperparameters_json))
        throw Error(database_->path() + ": the hyper-parameters of a run are not valid JSON");
    SqliteTransaction transaction(*database_);
    const int64_t dataset = datasetIdByName(*database_, run.dataset);
    const int64_t now = currentUnixMs();
    SqliteStatement insert(*database_,
                           "INSERT INTO runs (dataset_id, name, base_model_path, base_model_fingerprint, status, "
                           "created_ms, updated_ms, output_dir, hyperparameters_json) "
                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6, ?7, ?8)");
    insert.bind(1, dataset)
        .bind(2, run.name)
        .bind(3, run.base_model_path)
        .bind(4, run.base_model_fingerprint)
        .bind(5, runStatusName(RunStatus::Created))
        .bind(6, now)
        .bind(7, run.output_dir)
        .bind(8, run.hyperparameters_json)
        .run();
    const int64_t id = database_->lastInsertRowId();
    transaction.commit();
    return id;
}

void RunStore::setRunStatus(int64_t run_id, RunStatus status, const std::string& message) {
    SqliteTransaction transaction(*database_);
    SqliteStatement update(*database_,
                           "UPDATE runs SET status = ?1, status_message = ?2, updated_ms = ?3 WHERE id = ?4");
    update.bind(1, runStatusName(status)).bind(2, message).bind(3, currentUnixMs()).bind(4, run_id).run();
    if (database_->changes() == 0) throw Error(database_->path() + ": the project has no run " + std::to_string(run_id));
    transaction.commit();
}

std::optional<RunInfo> RunStore::findRun(int64_t run_id) {
    SqliteStatement select(*database_, std::string(kRunColumns) + "WHERE id = ?1");
    select.bind(1, run_id);
    if (!select.step()) return std::nullopt;
    return readRun(*database_, select);
}

std::vector<RunInfo> RunStore::runs() {
    SqliteStatement select(*database_, std::string(kRunColumns) + "ORDER BY created_ms, id");
    std::vector<RunInfo> result;
    while (select.step()) result.push_back(readRun(*database_, select));
    return result;
}

std::vector<RunInfo> RunStore::runsOfDataset(const std::string& dataset) {
    const int64_t id = datasetIdByName(*database_, dataset);
    SqliteStatement select(*database_, std::string(kRunColumns) + "WHERE dataset_id = ?1 ORDER BY created_ms, id");
    select.bind(1, id);
    std::vector<RunInfo> result;
    while (select.step()) result.push_back(readRun(*database_, select));
    return result;
}

bool RunStore::deleteRun(int64_t run_id) {
    SqliteTransaction transaction(*database_);
    SqliteStatement remove(*database_, "DELETE FROM runs WHERE id = ?1");
    remove.bind(1, run_id).run();
    const bool removed = database_->changes() > 0;
    transaction.commit();
    return removed;
}

void RunStore::addRunMetrics(int64_t run_id, const std::vector<RunMetric>& metrics) {
    SqliteTransaction transaction(*database_);
    requireRun(run_id);
    SqliteStatement insert(*database_,
                           "INSERT OR REPLACE INTO run_metrics (run_id, name, step, epoch, value) "
                           "VALUES (?1, ?2, ?3, ?4, ?5)");
    for (const RunMetric& metric : metrics) {
        insert.bind(1, run_id).bind(2, metric.name).bind(3, metric.step).bind(4, metric.epoch);
        // SQLite would store NaN as NULL anyway; binding NULL makes that explicit.
        if (std::isnan(metric.value))
            insert.bindNull(5);
        else
            insert.bind(5, metric.value);
        insert.run();
    }
    transaction.commit();
}

std::vector<RunMetric> RunStore::runMetrics(int64_t run_id, const std::string& name) {
    std::string sql = "SELECT name, step, epoch, value FROM run_metrics WHERE run_id = ?1 ";
    if (!name.empty()) sql += "AND name = ?2 ";
    sql += "ORDER BY name, step";
    SqliteStatement select(*database_, sql);
    select.bind(1, run_id);
    if (!name.empty()) select.bind(2, name);
    std::vector<RunMetric> metrics;
    while (select.step()) {
        RunMetric metric;
        metric.name = select.columnText(0);
        metric.step = select.columnInt64(1);
        metric.epoch = select.columnDouble(2);
        metric.value = select.isNull(3) ? std::numeric_limits<double>::quiet_NaN() : select.columnDouble(3);
        metrics.push_back(std::move(metric));
    }
    return metrics;
}

int64_t RunStore::removeCheckpointsAt(int64_t run_id, const std::string& path) {
    SqliteTransaction transaction(*database_);
    SqliteStatement remove(*database_, "DELETE FROM checkpoints WHERE run_id = ?1 AND path = ?2");
    remove.bind(1, run_id).bind(2, path).run();
    const int64_t removed = database_->changes();
    transaction.commit();
    return removed;
}

void RunStore::discardRunAfter(int64_t run_id, int64_t step) {
    SqliteTransaction transaction(*database_);
    requireRun(run_id);
    for (const char* sql : {"DELETE FROM run_metrics WHERE run_id = ?1 AND step > ?2",
                            "DELETE FROM evaluations WHERE run_id = ?1 AND step > ?2",
                            "DELETE FROM checkpoints WHERE run_id = ?1 AND step > ?2"}) {
        SqliteStatement remove(*database_, sql);
        remove.bind(1, run_id).bind(2, step).run();
    }
    transaction.commit();
}

int64_t RunStore::addCheckpoint(const NewCheckpoint& checkpoint) {
    SqliteTransaction transaction(*database_);
    requireRun(checkpoint.run_id);
    if (checkpoint.is_best) {
        SqliteStatement unmark(*database_, "UPDATE checkpoints SET is_best = 0 WHERE run_id = ?1 AND is_best = 1");
        unmark.bind(1, checkpoint.run_id).run();
    }
    SqliteStatement insert(*database_,
                           "INSERT INTO checkpoints (run_id, step, path, model_fingerprint, is_best, metric, created_ms) "
                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    insert.bind(1, checkpoint.run_id).bind(2, checkpoint.step).bind(3, checkpoint.path);
    if (checkpoint.model_fingerprint.empty())
        insert.bindNull(4);
    else
        insert.bind(4, checkpoint.model_fingerprint);
    insert.bind(5, checkpoint.is_best ? 1 : 0);
    insert.bindOptional(6, checkpoint.metric);
    insert.bind(7, currentUnixMs());
    try {
        insert.run();
    } catch (const SqliteError& error) {
        if (error.code() == SQLITE_CONSTRAINT_UNIQUE)
            throw Error(database_->path() + ": run " + std::to_string(checkpoint.run_id) + " already has a checkpoint at step " +
                        std::to_string(checkpoint.step));
        throw;
    }
    const int64_t id = database_->lastInsertRowId();
    transaction.commit();
    return id;
}

std::vector<CheckpointInfo> RunStore::checkpoints(int64_t run_id) {
    SqliteStatement select(*database_, std::string(kCheckpointColumns) + "WHERE run_id = ?1 ORDER BY step");
    select.bind(1, run_id);
    std::vector<CheckpointInfo> result;
    while (select.step()) result.push_back(readCheckpoint(select));
    return result;
}

int64_t RunStore::addEvaluation(const NewEvaluation& evaluation) {
    if (!isJsonText(evaluation.metrics_json)) throw Error(database_->path() + ": the metrics of an evaluation are not valid JSON");
    if (evaluation.split != "train" && evaluation.split != "val" && evaluation.split != "test" &&
        evaluation.split != "all")
        throw Error(database_->path() + ": an evaluation's split is train, val, test or all, not '" + evaluation.split + "'");
    SqliteTransaction transaction(*database_);
    const int64_t dataset = datasetIdByName(*database_, evaluation.dataset);
    if (evaluation.run_id) requireRun(*evaluation.run_id);
    SqliteStatement insert(*database_,
                           "INSERT INTO evaluations (run_id, step, model_fingerprint, dataset_id, split, metrics_json, "
                           "created_ms, wise_ft_alpha) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    insert.bindOptional(1, evaluation.run_id);
    insert.bindOptional(2, evaluation.step);
    insert.bind(3, evaluation.model_fingerprint)
        .bind(4, dataset)
        .bind(5, evaluation.split)
        .bind(6, evaluation.metrics_json)
        .bind(7, currentUnixMs())
        .bindOptional(8, evaluation.wise_ft_alpha)
        .run();
    const int64_t id = database_->lastInsertRowId();
    transaction.commit();
    return id;
}

std::vector<EvaluationInfo> RunStore::evaluationsOfRun(int64_t run_id) {
    SqliteStatement select(*database_,
                           std::string(kEvaluationColumns) + "WHERE run_id = ?1 ORDER BY step, created_ms, id");
    select.bind(1, run_id);
    std::vector<EvaluationInfo> result;
    while (select.step()) result.push_back(readEvaluation(select));
    return result;
}

std::vector<EvaluationInfo> RunStore::evaluationsOfDataset(const std::string& dataset) {
    const int64_t id = datasetIdByName(*database_, dataset);
    SqliteStatement select(*database_,
                           std::string(kEvaluationColumns) + "WHERE dataset_id = ?1 ORDER BY created_ms, id");
    select.bind(1, id);
    std::vector<EvaluationInfo> result;
    while (select.step()) result.push_back(readEvaluation(select));
    return result;
}

}  // namespace clipft
