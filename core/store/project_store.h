// A clipft project file (`*.clipft`): one SQLite database holding the user's datasets, their
// import reports, training runs with metrics and checkpoints, evaluations and an embedding
// cache. ProjectStore opens it and is the typed API over it, one part per kind of record:
// DatasetStore, RunStore, EmbeddingStore, FeedbackStore (DatasetWriter stores a new dataset).
//
// Every function that writes does so in one transaction, so a failure, a cancelled job or a
// killed process leaves the file as it was before the call. A ProjectStore is used from one
// thread at a time; a worker thread opens its own on the same file (WAL lets readers go on
// while one writer writes).
#pragma once
#include "core/store/dataset_store.h"
#include "core/store/embedding_store.h"
#include "core/store/feedback_store.h"
#include "core/store/run_store.h"

#include <memory>
#include <string>

namespace clipft {

class SqliteDatabase;

// Owns the connection; a base of ProjectStore so that it exists before the parts that use it.
class ProjectConnection {
protected:
    explicit ProjectConnection(std::unique_ptr<SqliteDatabase> database);
    ProjectConnection(ProjectConnection&&) noexcept;
    ProjectConnection& operator=(ProjectConnection&&) noexcept;
    ~ProjectConnection();
    std::unique_ptr<SqliteDatabase> connection_;
};

class ProjectStore : private ProjectConnection, public DatasetStore, public EmbeddingStore, public RunStore,
                     public FeedbackStore {
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

private:
    explicit ProjectStore(std::unique_ptr<SqliteDatabase> database);
};

}  // namespace clipft
