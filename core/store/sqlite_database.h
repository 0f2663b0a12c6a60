// A thin RAII layer over the SQLite C API: one connection, prepared statements, transactions.
// Every failure becomes a clipft::SqliteError whose message names the database file and carries
// SQLite's own explanation, so a user sees "project.clipft: ... : database is locked".
// A connection is used from one thread at a time; a worker thread opens its own.
#pragma once
#include "core/common/error.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

struct sqlite3;
struct sqlite3_stmt;

namespace clipft {

class SqliteError : public Error {
public:
    SqliteError(const std::string& message, int code) : Error(message), code_(code) {}
    int code() const { return code_; }                // extended result code, e.g. SQLITE_CONSTRAINT_UNIQUE
    int primaryCode() const { return code_ & 0xff; }  // e.g. SQLITE_CONSTRAINT

private:
    int code_;
};

class SqliteDatabase;

class SqliteStatement {
public:
    SqliteStatement(SqliteDatabase& database, const std::string& sql);
    ~SqliteStatement();
    SqliteStatement(SqliteStatement&& other) noexcept;
    SqliteStatement& operator=(SqliteStatement&& other) noexcept;
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    // Parameters are 1-based, as in SQL's ?1, ?2, ...
    SqliteStatement& bind(int index, int64_t value);
    SqliteStatement& bind(int index, int value) { return bind(index, static_cast<int64_t>(value)); }
    SqliteStatement& bind(int index, double value);
    SqliteStatement& bind(int index, const std::string& value);  // copied: the string may die first
    SqliteStatement& bind(int index, const char* value);         // nullptr binds NULL
    SqliteStatement& bindNull(int index);
    SqliteStatement& bindOptional(int index, const std::optional<int64_t>& value);  // NULL when empty
    SqliteStatement& bindOptional(int index, const std::optional<double>& value);
    SqliteStatement& bindBlob(int index, const void* bytes, std::size_t size);

    // Runs to the next row: true when a row is ready to read, false when the statement is done.
    bool step();
    // Runs a statement that returns no rows (INSERT, UPDATE, ...), then resets it for reuse.
    void run();
    // Ready to run again with new bindings (old bindings are cleared).
    void reset();

    // Columns are 0-based, as in SQLite's column API.
    bool isNull(int column) const;
    int64_t columnInt64(int column) const;
    double columnDouble(int column) const;
    std::optional<int64_t> optionalInt64(int column) const;  // nullopt for NULL
    std::optional<double> optionalDouble(int column) const;
    std::string columnText(int column) const;  // "" for NULL
    const void* columnBlob(int column) const;  // valid until the next step/reset
    std::size_t columnBytes(int column) const;

private:
    void check(int rc, const char* what) const;

    SqliteDatabase* database_ = nullptr;
    sqlite3_stmt* statement_ = nullptr;
};

class SqliteDatabase {
public:
    enum class Mode { ReadWriteCreate, ReadWrite, ReadOnly };

    // Opens (or creates) the file; throws SqliteError naming `path` when it cannot be opened.
    // SQLite reads nothing yet: a file that is not a database is only noticed at the first query.
    explicit SqliteDatabase(std::string path, Mode mode = Mode::ReadWriteCreate);
    ~SqliteDatabase();
    SqliteDatabase(const SqliteDatabase&) = delete;
    SqliteDatabase& operator=(const SqliteDatabase&) = delete;

    const std::string& path() const { return path_; }
    sqlite3* handle() const { return db_; }

    // Runs one or more statements that return no rows (schema scripts, PRAGMAs with no result).
    void execute(const std::string& sql);
    SqliteStatement prepare(const std::string& sql) { return SqliteStatement(*this, sql); }
    // The first column of the first row of `sql` (e.g. a PRAGMA or a COUNT); 0 when no row.
    int64_t queryInt64(const std::string& sql);
    std::string queryText(const std::string& sql);

    int64_t lastInsertRowId() const;
    int64_t changes() const;  // rows changed by the last INSERT/UPDATE/DELETE
    bool inTransaction() const;

    // Throws SqliteError "<path>: <what>: <SQLite's message>" for result code `rc`.
    [[noreturn]] void fail(const std::string& what, int rc) const;

private:
    std::string path_;
    sqlite3* db_ = nullptr;
};

// BEGIN ... COMMIT, rolled back when destroyed without commit() (an exception, a cancelled job).
// Inside an open transaction it becomes a SAVEPOINT, so functions that write atomically can be
// called from within a larger transaction and still undo only their own part on failure.
class SqliteTransaction {
public:
    // Immediate takes the write lock at once (waiting up to the busy timeout), so a writer never
    // fails halfway because another connection wrote first; Deferred is for read snapshots.
    enum class Kind { Immediate, Deferred };

    explicit SqliteTransaction(SqliteDatabase& database, Kind kind = Kind::Immediate);
    ~SqliteTransaction();
    SqliteTransaction(const SqliteTransaction&) = delete;
    SqliteTransaction& operator=(const SqliteTransaction&) = delete;

    void commit();
    bool isOpen() const { return open_; }

private:
    SqliteDatabase& database_;
    std::string savepoint_;  // empty for a top-level transaction
    bool open_ = false;
};

}  // namespace clipft
