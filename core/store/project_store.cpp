#include "core/store/project_store.h"

#include "core/common/error.h"
#include "core/store/project_schema.h"
#include "core/store/schema_migrations.h"
#include "core/store/sqlite_database.h"

#include <sqlite3.h>

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

ProjectConnection::ProjectConnection(std::unique_ptr<SqliteDatabase> database) : connection_(std::move(database)) {}
ProjectConnection::ProjectConnection(ProjectConnection&&) noexcept = default;
ProjectConnection& ProjectConnection::operator=(ProjectConnection&&) noexcept = default;
ProjectConnection::~ProjectConnection() = default;

ProjectStore::ProjectStore(std::unique_ptr<SqliteDatabase> database)
    : ProjectConnection(std::move(database)),
      DatasetStore(connection_.get()),
      EmbeddingStore(connection_.get()),
      RunStore(connection_.get()),
      FeedbackStore(connection_.get()) {}
ProjectStore::ProjectStore(ProjectStore&&) noexcept = default;
ProjectStore& ProjectStore::operator=(ProjectStore&&) noexcept = default;
ProjectStore::~ProjectStore() = default;

const std::string& ProjectStore::path() const { return connection_->path(); }

int ProjectStore::schemaVersion() { return SchemaMigrations::version(*connection_); }

int ProjectStore::latestSchemaVersion() { return projectSchemaMigrations().latestVersion(); }

SqliteDatabase& ProjectStore::database() { return *connection_; }

}  // namespace clipft
