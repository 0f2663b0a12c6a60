#include "core/store/project_store.h"

#include "core/store/project_schema.h"
#include "core/store/schema_migrations.h"
#include "core/store/sqlite_database.h"

#include <sqlite3.h>

#include <cmath>
#include <cstring>
#include <limits>
#include <utility>

namespace clipft {

namespace {

// How long a connection waits for another one's write lock (the GUI reading while an import
// worker writes, or a second clipft process) before reporting "database is locked".
constexpr int kBusyTimeoutMs = 10000;

// Refuses, before anything is written to it, a file that is not a clipft project: opening
// another program's database must not convert it to WAL or add tables to it.
void requireProjectFile(SqliteDatabase& database) {
    const std::string& path = database.path();
    int64_t applicationId = 0;
    int64_t objects = 0;
    int64_t userVersion = 0;
    try {
        applicationId = database.queryInt64("PRAGMA application_id");
        objects = database.queryInt64("SELECT count(*) FROM sqlite_master");
        userVersion = database.queryInt64("PRAGMA user_version");
    } catch (const SqliteError& error) {
        if (error.primaryCode() == SQLITE_NOTADB)
            throw Error(path + " is not a clipft project: it is not an SQLite database");
        if (error.primaryCode() == SQLITE_CORRUPT)
            throw Error(path + " is damaged and cannot be opened as a clipft project: " + error.what());
        throw;
    }
    if (applicationId == kProjectApplicationId) return;
    // A new or zero-byte file becomes a project.
    if (applicationId == 0 && objects == 0 && userVersion == 0) return;
    throw Error(path + " is not a clipft project: it is an SQLite database of another program. "
                       "Open a .clipft file, or give a new file name to create a project.");
}

void configureConnection(SqliteDatabase& database) {
    // WAL: readers (the GUI) never block the writer (an import or training worker) and vice
    // versa, and a transaction interrupted by a crash is simply ignored on the next open.
    const std::string mode = database.queryText("PRAGMA journal_mode = WAL");
    // synchronous=NORMAL in WAL mode keeps the file consistent after a crash or power cut; a
    // power cut may lose only the last transactions, which an import or a metric batch can
    // repeat. FULL would add an fsync to every commit, and the trainer commits metrics often.
    // Where WAL is unavailable (some network file systems) SQLite keeps a rollback journal, which
    // needs FULL to be safe against power cuts.
    database.execute(mode == "wal" ? "PRAGMA synchronous = NORMAL" : "PRAGMA synchronous = FULL");
    // Off by default in SQLite, per connection; the schema relies on ON DELETE CASCADE.
    database.execute("PRAGMA foreign_keys = ON");
}

std::optional<int64_t> optionalInt64(const SqliteStatement& row, int column) {
    if (row.isNull(column)) return std::nullopt;
    return row.columnInt64(column);
}

std::optional<double> optionalDouble(const SqliteStatement& row, int column) {
    if (row.isNull(column)) return std::nullopt;
    return row.columnDouble(column);
}

void bindOptional(SqliteStatement& statement, int index, const std::optional<int64_t>& value) {
    if (value)
        statement.bind(index, *value);
    else
        statement.bindNull(index);
}

void bindOptional(SqliteStatement& statement, int index, const std::optional<double>& value) {
    if (value)
        statement.bind(index, *value);
    else
        statement.bindNull(index);
}

DatasetInfo readDataset(const SqliteStatement& row) {
    DatasetInfo info;
    info.id = row.columnInt64(0);
    info.name = row.columnText(1);
    info.format = row.columnText(2);
    info.source_path = row.columnText(3);
    info.images_root = row.columnText(4);
    info.created_ms = row.columnInt64(5);
    info.options_json = row.columnText(6);
    return info;
}

const char* const kDatasetColumns =
    "SELECT id, name, format, source_path, images_root, created_ms, options_json FROM datasets ";

const char* const kRunColumns =
    "SELECT id, dataset_id, name, base_model_path, base_model_fingerprint, status, status_message, "
    "created_ms, updated_ms, output_dir, hyperparameters_json FROM runs ";

RunInfo readRun(const SqliteDatabase& database, const SqliteStatement& row) {
    RunInfo info;
    info.id = row.columnInt64(0);
    info.dataset_id = row.columnInt64(1);
    info.name = row.columnText(2);
    info.base_model_path = row.columnText(3);
    info.base_model_fingerprint = row.columnText(4);
    const std::string status = row.columnText(5);
    const std::optional<RunStatus> parsed = parseRunStatus(status);
    if (!parsed)
        throw Error(database.path() + ": run " + std::to_string(info.id) + " has the status '" + status +
                    "', which this version of clipft does not know");
    info.status = *parsed;
    info.status_message = row.columnText(6);
    info.created_ms = row.columnInt64(7);
    info.updated_ms = row.columnInt64(8);
    info.output_dir = row.columnText(9);
    info.hyperparameters_json = row.columnText(10);
    return info;
}

const char* const kCheckpointColumns =
    "SELECT id, run_id, step, path, model_fingerprint, is_best, metric, created_ms FROM checkpoints ";

CheckpointInfo readCheckpoint(const SqliteStatement& row) {
    CheckpointInfo info;
    info.id = row.columnInt64(0);
    info.run_id = row.columnInt64(1);
    info.step = row.columnInt64(2);
    info.path = row.columnText(3);
    info.model_fingerprint = row.columnText(4);
    info.is_best = row.columnInt64(5) != 0;
    info.metric = optionalDouble(row, 6);
    info.created_ms = row.columnInt64(7);
    return info;
}

const char* const kEvaluationColumns =
    "SELECT id, run_id, step, model_fingerprint, dataset_id, split, metrics_json, created_ms FROM evaluations ";

EvaluationInfo readEvaluation(const SqliteStatement& row) {
    EvaluationInfo info;
    info.id = row.columnInt64(0);
    info.run_id = optionalInt64(row, 1);
    info.step = optionalInt64(row, 2);
    info.model_fingerprint = row.columnText(3);
    info.dataset_id = row.columnInt64(4);
    info.split = row.columnText(5);
    info.metrics_json = row.columnText(6);
    info.created_ms = row.columnInt64(7);
    return info;
}

}  // namespace

ProjectStore ProjectStore::open(const std::string& path) {
    auto database = std::make_unique<SqliteDatabase>(path);
    sqlite3_busy_timeout(database->handle(), kBusyTimeoutMs);
    requireProjectFile(*database);
    projectSchemaMigrations().requireKnownVersion(*database);  // before any setting is changed
    configureConnection(*database);
    projectSchemaMigrations().migrate(*database);
    return ProjectStore(std::move(database));
}

ProjectStore::ProjectStore(std::unique_ptr<SqliteDatabase> database) : database_(std::move(database)) {}
ProjectStore::ProjectStore(ProjectStore&&) noexcept = default;
ProjectStore& ProjectStore::operator=(ProjectStore&&) noexcept = default;
ProjectStore::~ProjectStore() = default;

const std::string& ProjectStore::path() const { return database_->path(); }

int ProjectStore::schemaVersion() { return SchemaMigrations::version(*database_); }

int ProjectStore::latestSchemaVersion() { return projectSchemaMigrations().latestVersion(); }

SqliteDatabase& ProjectStore::database() { return *database_; }

int64_t ProjectStore::datasetId(const std::string& name) {
    SqliteStatement find(*database_, "SELECT id FROM datasets WHERE name = ?1");
    find.bind(1, name);
    if (!find.step()) throw Error(path() + ": the project has no dataset named '" + name + "'");
    return find.columnInt64(0);
}

void ProjectStore::requireRun(int64_t run_id) {
    SqliteStatement find(*database_, "SELECT 1 FROM runs WHERE id = ?1");
    find.bind(1, run_id);
    if (!find.step()) throw Error(path() + ": the project has no run " + std::to_string(run_id));
}

// --- datasets ---------------------------------------------------------------------------------

std::vector<DatasetInfo> ProjectStore::datasets() {
    SqliteStatement select(*database_, std::string(kDatasetColumns) + "ORDER BY name");
    std::vector<DatasetInfo> result;
    while (select.step()) result.push_back(readDataset(select));
    return result;
}

std::optional<DatasetInfo> ProjectStore::findDataset(const std::string& name) {
    SqliteStatement select(*database_, std::string(kDatasetColumns) + "WHERE name = ?1");
    select.bind(1, name);
    if (!select.step()) return std::nullopt;
    return readDataset(select);
}

bool ProjectStore::deleteDataset(const std::string& name) {
    SqliteTransaction transaction(*database_);
    SqliteStatement remove(*database_, "DELETE FROM datasets WHERE name = ?1");
    remove.bind(1, name).run();
    const bool removed = database_->changes() > 0;
    transaction.commit();
    return removed;
}

DatasetStats ProjectStore::datasetStats(const std::string& name) {
    // One read transaction: the counts describe one state even while another connection writes.
    SqliteTransaction snapshot(*database_, SqliteTransaction::Kind::Deferred);
    const int64_t id = datasetId(name);
    DatasetStats stats;

    SqliteStatement perSplit(*database_,
                             "SELECT i.split, count(DISTINCT i.id), count(c.id) FROM images i "
                             "LEFT JOIN captions c ON c.image_id = i.id "
                             "WHERE i.dataset_id = ?1 AND i.status = 'ok' GROUP BY i.split");
    perSplit.bind(1, id);
    while (perSplit.step()) {
        const SplitCounts counts{perSplit.columnInt64(1), perSplit.columnInt64(2)};
        const std::string split = perSplit.isNull(0) ? std::string() : perSplit.columnText(0);
        if (split == "train")
            stats.train = counts;
        else if (split == "val")
            stats.val = counts;
        else if (split == "test")
            stats.test = counts;
        else
            stats.unsplit = counts;
        stats.images += counts.images;
        stats.captions += counts.captions;
    }

    SqliteStatement problemImages(*database_,
                                  "SELECT count(*) FROM images WHERE dataset_id = ?1 AND status = 'problem'");
    problemImages.bind(1, id);
    problemImages.step();
    stats.problem_images = problemImages.columnInt64(0);

    SqliteStatement problems(*database_, "SELECT count(*) FROM import_problems WHERE dataset_id = ?1");
    problems.bind(1, id);
    problems.step();
    stats.problems = problems.columnInt64(0);
    return stats;  // the snapshot ends without writing anything
}

std::vector<ImportProblem> ProjectStore::datasetProblems(const std::string& name) {
    const int64_t id = datasetId(name);
    SqliteStatement select(*database_,
                           "SELECT path, kind, reason FROM import_problems WHERE dataset_id = ?1 ORDER BY id");
    select.bind(1, id);
    std::vector<ImportProblem> problems;
    while (select.step()) {
        const std::string kindName = select.columnText(1);
        const std::optional<ImportProblemKind> kind = parseImportProblemKind(kindName);
        if (!kind)
            throw Error(path() + ": dataset '" + name + "' reports a problem of kind '" + kindName +
                        "', which this version of clipft does not know");
        problems.push_back(ImportProblem{select.columnText(0), *kind, select.columnText(2)});
    }
    return problems;
}

std::vector<StoredImage> ProjectStore::datasetImages(const std::string& name, std::optional<DatasetSplit> split) {
    SqliteTransaction snapshot(*database_, SqliteTransaction::Kind::Deferred);
    const int64_t id = datasetId(name);
    std::string sql =
        "SELECT i.id, i.relative_path, i.content_hash, i.width, i.height, i.split, c.id, c.text, c.source_line "
        "FROM images i LEFT JOIN captions c ON c.image_id = i.id "
        "WHERE i.dataset_id = ?1 AND i.status = 'ok' ";
    if (split) sql += *split == DatasetSplit::None ? "AND i.split IS NULL " : "AND i.split = ?2 ";
    sql += "ORDER BY i.id, c.id";
    SqliteStatement select(*database_, sql);
    select.bind(1, id);
    if (split && *split != DatasetSplit::None) select.bind(2, datasetSplitName(*split));

    std::vector<StoredImage> images;
    while (select.step()) {
        const int64_t imageId = select.columnInt64(0);
        if (images.empty() || images.back().id != imageId) {
            StoredImage image;
            image.id = imageId;
            image.relative_path = select.columnText(1);
            image.content_hash = select.columnText(2);
            image.width = static_cast<int>(select.columnInt64(3));
            image.height = static_cast<int>(select.columnInt64(4));
            image.split = parseDatasetSplit(select.columnText(5)).value_or(DatasetSplit::None);
            images.push_back(std::move(image));
        }
        if (!select.isNull(6))
            images.back().captions.push_back(
                StoredCaption{select.columnInt64(6), select.columnText(7), select.columnInt64(8)});
    }
    return images;
}

void ProjectStore::setSplits(const std::string& name, const std::vector<SplitAssignment>& assignments) {
    SqliteTransaction transaction(*database_);
    const int64_t id = datasetId(name);
    SqliteStatement update(*database_, "UPDATE images SET split = ?1 WHERE id = ?2 AND dataset_id = ?3");
    for (const SplitAssignment& assignment : assignments) {
        if (assignment.split == DatasetSplit::None)
            update.bindNull(1);
        else
            update.bind(1, datasetSplitName(assignment.split));
        update.bind(2, assignment.image_id).bind(3, id).run();
        if (database_->changes() == 0)
            throw Error(path() + ": dataset '" + name + "' has no image with id " +
                        std::to_string(assignment.image_id) + "; no split was changed");
    }
    transaction.commit();
}

// --- embedding cache --------------------------------------------------------------------------

void ProjectStore::putEmbeddings(const std::string& model_fingerprint, const std::vector<std::string>& content_hashes,
                                 int dim, const float* embeddings) {
    if (dim <= 0) throw Error(path() + ": an embedding needs at least one dimension");
    if (model_fingerprint.empty()) throw Error(path() + ": cached embeddings need a model fingerprint");
    SqliteTransaction transaction(*database_);
    // Stored as the machine's float32 bytes: little-endian on every platform clipft targets.
    SqliteStatement insert(*database_,
                           "INSERT OR REPLACE INTO embedding_cache (model_fingerprint, content_hash, dim, embedding) "
                           "VALUES (?1, ?2, ?3, ?4)");
    const std::size_t rowBytes = sizeof(float) * static_cast<std::size_t>(dim);
    for (std::size_t row = 0; row < content_hashes.size(); ++row) {
        if (content_hashes[row].empty()) throw Error(path() + ": a cached embedding needs an image content hash");
        insert.bind(1, model_fingerprint)
            .bind(2, content_hashes[row])
            .bind(3, dim)
            .bindBlob(4, embeddings + row * static_cast<std::size_t>(dim), rowBytes)
            .run();
    }
    transaction.commit();
}

EmbeddingLookup ProjectStore::getEmbeddings(const std::string& model_fingerprint,
                                            const std::vector<std::string>& content_hashes) {
    SqliteTransaction snapshot(*database_, SqliteTransaction::Kind::Deferred);
    SqliteStatement select(*database_,
                           "SELECT dim, embedding FROM embedding_cache WHERE model_fingerprint = ?1 AND content_hash = ?2");
    EmbeddingLookup lookup;
    lookup.found.assign(content_hashes.size(), false);
    for (std::size_t row = 0; row < content_hashes.size(); ++row) {
        select.bind(1, model_fingerprint).bind(2, content_hashes[row]);
        if (select.step()) {
            const int dim = static_cast<int>(select.columnInt64(0));
            if (lookup.dim == 0) {
                lookup.dim = dim;
                lookup.values.assign(content_hashes.size() * static_cast<std::size_t>(dim), 0.0f);
            }
            const std::size_t rowBytes = sizeof(float) * static_cast<std::size_t>(dim);
            if (dim != lookup.dim || select.columnBytes(1) != rowBytes)
                throw Error(path() + ": the embedding cache of model " + model_fingerprint +
                            " holds embeddings of different sizes; clear it and embed again");
            std::memcpy(lookup.values.data() + row * static_cast<std::size_t>(dim), select.columnBlob(1), rowBytes);
            lookup.found[row] = true;
        }
        select.reset();
    }
    return lookup;
}

int64_t ProjectStore::deleteEmbeddings(const std::string& model_fingerprint) {
    SqliteTransaction transaction(*database_);
    SqliteStatement remove(*database_, "DELETE FROM embedding_cache WHERE model_fingerprint = ?1");
    remove.bind(1, model_fingerprint).run();
    const int64_t removed = database_->changes();
    transaction.commit();
    return removed;
}

// --- runs -------------------------------------------------------------------------------------

int64_t ProjectStore::createRun(const NewRun& run) {
    if (!isJsonText(run.hyperparameters_json))
        throw Error(path() + ": the hyper-parameters of a run are not valid JSON");
    SqliteTransaction transaction(*database_);
    const int64_t dataset = datasetId(run.dataset);
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

void ProjectStore::setRunStatus(int64_t run_id, RunStatus status, const std::string& message) {
    SqliteTransaction transaction(*database_);
    SqliteStatement update(*database_,
                           "UPDATE runs SET status = ?1, status_message = ?2, updated_ms = ?3 WHERE id = ?4");
    update.bind(1, runStatusName(status)).bind(2, message).bind(3, currentUnixMs()).bind(4, run_id).run();
    if (database_->changes() == 0) throw Error(path() + ": the project has no run " + std::to_string(run_id));
    transaction.commit();
}

std::optional<RunInfo> ProjectStore::findRun(int64_t run_id) {
    SqliteStatement select(*database_, std::string(kRunColumns) + "WHERE id = ?1");
    select.bind(1, run_id);
    if (!select.step()) return std::nullopt;
    return readRun(*database_, select);
}

std::vector<RunInfo> ProjectStore::runs() {
    SqliteStatement select(*database_, std::string(kRunColumns) + "ORDER BY created_ms, id");
    std::vector<RunInfo> result;
    while (select.step()) result.push_back(readRun(*database_, select));
    return result;
}

std::vector<RunInfo> ProjectStore::runsOfDataset(const std::string& dataset) {
    const int64_t id = datasetId(dataset);
    SqliteStatement select(*database_, std::string(kRunColumns) + "WHERE dataset_id = ?1 ORDER BY created_ms, id");
    select.bind(1, id);
    std::vector<RunInfo> result;
    while (select.step()) result.push_back(readRun(*database_, select));
    return result;
}

bool ProjectStore::deleteRun(int64_t run_id) {
    SqliteTransaction transaction(*database_);
    SqliteStatement remove(*database_, "DELETE FROM runs WHERE id = ?1");
    remove.bind(1, run_id).run();
    const bool removed = database_->changes() > 0;
    transaction.commit();
    return removed;
}

void ProjectStore::addRunMetrics(int64_t run_id, const std::vector<RunMetric>& metrics) {
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

std::vector<RunMetric> ProjectStore::runMetrics(int64_t run_id, const std::string& name) {
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

int64_t ProjectStore::removeCheckpointsAt(int64_t run_id, const std::string& path) {
    SqliteTransaction transaction(*database_);
    SqliteStatement remove(*database_, "DELETE FROM checkpoints WHERE run_id = ?1 AND path = ?2");
    remove.bind(1, run_id).bind(2, path).run();
    const int64_t removed = database_->changes();
    transaction.commit();
    return removed;
}

void ProjectStore::discardRunAfter(int64_t run_id, int64_t step) {
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

int64_t ProjectStore::addCheckpoint(const NewCheckpoint& checkpoint) {
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
    bindOptional(insert, 6, checkpoint.metric);
    insert.bind(7, currentUnixMs());
    try {
        insert.run();
    } catch (const SqliteError& error) {
        if (error.code() == SQLITE_CONSTRAINT_UNIQUE)
            throw Error(path() + ": run " + std::to_string(checkpoint.run_id) + " already has a checkpoint at step " +
                        std::to_string(checkpoint.step));
        throw;
    }
    const int64_t id = database_->lastInsertRowId();
    transaction.commit();
    return id;
}

std::vector<CheckpointInfo> ProjectStore::checkpoints(int64_t run_id) {
    SqliteStatement select(*database_, std::string(kCheckpointColumns) + "WHERE run_id = ?1 ORDER BY step");
    select.bind(1, run_id);
    std::vector<CheckpointInfo> result;
    while (select.step()) result.push_back(readCheckpoint(select));
    return result;
}

int64_t ProjectStore::addEvaluation(const NewEvaluation& evaluation) {
    if (!isJsonText(evaluation.metrics_json)) throw Error(path() + ": the metrics of an evaluation are not valid JSON");
    if (evaluation.split != "train" && evaluation.split != "val" && evaluation.split != "test" &&
        evaluation.split != "all")
        throw Error(path() + ": an evaluation's split is train, val, test or all, not '" + evaluation.split + "'");
    SqliteTransaction transaction(*database_);
    const int64_t dataset = datasetId(evaluation.dataset);
    if (evaluation.run_id) requireRun(*evaluation.run_id);
    SqliteStatement insert(*database_,
                           "INSERT INTO evaluations (run_id, step, model_fingerprint, dataset_id, split, metrics_json, "
                           "created_ms) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    bindOptional(insert, 1, evaluation.run_id);
    bindOptional(insert, 2, evaluation.step);
    insert.bind(3, evaluation.model_fingerprint)
        .bind(4, dataset)
        .bind(5, evaluation.split)
        .bind(6, evaluation.metrics_json)
        .bind(7, currentUnixMs())
        .run();
    const int64_t id = database_->lastInsertRowId();
    transaction.commit();
    return id;
}

std::vector<EvaluationInfo> ProjectStore::evaluationsOfRun(int64_t run_id) {
    SqliteStatement select(*database_,
                           std::string(kEvaluationColumns) + "WHERE run_id = ?1 ORDER BY step, created_ms, id");
    select.bind(1, run_id);
    std::vector<EvaluationInfo> result;
    while (select.step()) result.push_back(readEvaluation(select));
    return result;
}

std::vector<EvaluationInfo> ProjectStore::evaluationsOfDataset(const std::string& dataset) {
    const int64_t id = datasetId(dataset);
    SqliteStatement select(*database_,
                           std::string(kEvaluationColumns) + "WHERE dataset_id = ?1 ORDER BY created_ms, id");
    select.bind(1, id);
    std::vector<EvaluationInfo> result;
    while (select.step()) result.push_back(readEvaluation(select));
    return result;
}

}  // namespace clipft
