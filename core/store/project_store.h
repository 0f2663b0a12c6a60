// A clipft project file (`*.clipft`): one SQLite database holding the user's datasets, their
// import reports, training runs with metrics and checkpoints, evaluations and an embedding
// cache. This is the typed API over it; DatasetWriter stores a new dataset.
//
// Every function that writes does so in one transaction, so a failure, a cancelled job or a
// killed process leaves the file as it was before the call. A ProjectStore is used from one
// thread at a time; a worker thread opens its own on the same file (WAL lets readers go on
// while one writer writes).
#pragma once
#include "core/store/project_records.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace clipft {

class SqliteDatabase;

class ProjectStore {
public:
    // Opens the project file at `path`, creating it when absent (or empty) and upgrading an older
    // format. Throws clipft::Error naming the file when it is not a clipft project, is damaged,
    // or was written by a newer clipft.
    static ProjectStore open(const std::string& path);

    ProjectStore(ProjectStore&&) noexcept;
    ProjectStore& operator=(ProjectStore&&) noexcept;
    ~ProjectStore();

    const std::string& path() const;
    int schemaVersion();
    static int latestSchemaVersion();
    // The connection itself, for DatasetWriter and for checks (tests, diagnostics).
    SqliteDatabase& database();

    // --- datasets (written by DatasetWriter) ---
    std::vector<DatasetInfo> datasets();  // by name
    std::optional<DatasetInfo> findDataset(const std::string& name);
    // Deletes the dataset with its images, captions, report, runs and their metrics, checkpoint
    // records and evaluations (not the checkpoint files). False when there is no such dataset.
    bool deleteDataset(const std::string& name);

    // The functions below throw clipft::Error when the project has no dataset `name`.
    DatasetStats datasetStats(const std::string& name);
    std::vector<ImportProblem> datasetProblems(const std::string& name);  // in the order reported
    // Images with status Ok and their captions, in the order they were added; all splits when
    // `split` is nullopt, DatasetSplit::None for the images in no split.
    std::vector<StoredImage> datasetImages(const std::string& name,
                                           std::optional<DatasetSplit> split = std::nullopt);
    // Moves images between splits, all or none: an id that is not an image of `name` throws.
    void setSplits(const std::string& name, const std::vector<SplitAssignment>& assignments);

    // --- embedding cache, keyed by (model fingerprint, image content hash) ---
    // Stores `embeddings` [content_hashes.size(), dim] (float32, row-major), replacing rows
    // already there.
    void putEmbeddings(const std::string& model_fingerprint, const std::vector<std::string>& content_hashes,
                       int dim, const float* embeddings);
    // Throws when the rows found for one fingerprint disagree in size (a corrupt cache).
    EmbeddingLookup getEmbeddings(const std::string& model_fingerprint,
                                  const std::vector<std::string>& content_hashes);
    int64_t deleteEmbeddings(const std::string& model_fingerprint);  // rows removed

    // --- training runs ---
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

private:
    explicit ProjectStore(std::unique_ptr<SqliteDatabase> database);
    int64_t datasetId(const std::string& name);
    void requireRun(int64_t run_id);

    std::unique_ptr<SqliteDatabase> database_;
};

}  // namespace clipft
