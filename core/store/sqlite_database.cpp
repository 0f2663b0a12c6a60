#include "core/store/sqlite_database.h"

#include <sqlite3.h>

#include <atomic>
#include <utility>

namespace clipft {

// --- SqliteStatement ------------------------------------------------------------------------

SqliteStatement::SqliteStatement(SqliteDatabase& database, const std::string& sql)
    : database_(&database) {
    // PERSISTENT: statements here are usually reused for thousands of rows.
    const int rc = sqlite3_prepare_v3(database.handle(), sql.c_str(), static_cast<int>(sql.size() + 1),
                                      SQLITE_PREPARE_PERSISTENT, &statement_, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(statement_);
        statement_ = nullptr;
        database.fail("cannot prepare \"" + sql + "\"", rc);
    }
}

SqliteStatement::~SqliteStatement() { sqlite3_finalize(statement_); }

SqliteStatement::SqliteStatement(SqliteStatement&& other) noexcept
    : database_(other.database_), statement_(std::exchange(other.statement_, nullptr)) {}

SqliteStatement& SqliteStatement::operator=(SqliteStatement&& other) noexcept {
    if (this != &other) {
        sqlite3_finalize(statement_);
        database_ = other.database_;
        statement_ = std::exchange(other.statement_, nullptr);
    }
    return *this;
}

void SqliteStatement::check(int rc, const char* what) const {
    if (rc != SQLITE_OK) database_->fail(what, rc);
}

SqliteStatement& SqliteStatement::bind(int index, int64_t value) {
    check(sqlite3_bind_int64(statement_, index, value), "cannot bind an integer");
    return *this;
}

SqliteStatement& SqliteStatement::bind(int index, double value) {
    check(sqlite3_bind_double(statement_, index, value), "cannot bind a number");
    return *this;
}

SqliteStatement& SqliteStatement::bind(int index, const std::string& value) {
    check(sqlite3_bind_text64(statement_, index, value.data(), value.size(), SQLITE_TRANSIENT, SQLITE_UTF8),
          "cannot bind a text");
    return *this;
}

SqliteStatement& SqliteStatement::bind(int index, const char* value) {
    if (value == nullptr) return bindNull(index);
    return bind(index, std::string(value));
}

SqliteStatement& SqliteStatement::bindNull(int index) {
    check(sqlite3_bind_null(statement_, index), "cannot bind NULL");
    return *this;
}

SqliteStatement& SqliteStatement::bindBlob(int index, const void* bytes, std::size_t size) {
    // A zero-length blob must still be a blob, not NULL: SQLite takes a null pointer as NULL.
    static const char empty = 0;
    check(sqlite3_bind_blob64(statement_, index, size == 0 ? &empty : bytes, size, SQLITE_TRANSIENT),
          "cannot bind a blob");
    return *this;
}

bool SqliteStatement::step() {
    const int rc = sqlite3_step(statement_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    // Reset so the statement is reusable; the error code of the failed step is kept in `rc`.
    sqlite3_reset(statement_);
    database_->fail("cannot run \"" + std::string(sqlite3_sql(statement_)) + "\"", rc);
}

void SqliteStatement::run() {
    while (step()) {
    }
    reset();
}

void SqliteStatement::reset() {
    sqlite3_reset(statement_);
    sqlite3_clear_bindings(statement_);
}

bool SqliteStatement::isNull(int column) const {
    return sqlite3_column_type(statement_, column) == SQLITE_NULL;
}

int64_t SqliteStatement::columnInt64(int column) const { return sqlite3_column_int64(statement_, column); }

double SqliteStatement::columnDouble(int column) const { return sqlite3_column_double(statement_, column); }

std::string SqliteStatement::columnText(int column) const {
    const auto* text = sqlite3_column_text(statement_, column);
    if (text == nullptr) return {};
    return std::string(reinterpret_cast<const char*>(text),
                       static_cast<std::size_t>(sqlite3_column_bytes(statement_, column)));
}

const void* SqliteStatement::columnBlob(int column) const { return sqlite3_column_blob(statement_, column); }

std::size_t SqliteStatement::columnBytes(int column) const {
    return static_cast<std::size_t>(sqlite3_column_bytes(statement_, column));
}

// --- SqliteDatabase -------------------------------------------------------------------------

SqliteDatabase::SqliteDatabase(std::string path, Mode mode) : path_(std::move(path)) {
    int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    if (mode == Mode::ReadWrite) flags = SQLITE_OPEN_READWRITE;
    if (mode == Mode::ReadOnly) flags = SQLITE_OPEN_READONLY;
    // NOMUTEX: a connection belongs to one thread at a time, so SQLite's own locking is wasted.
    // EXRESCODE: extended codes tell a UNIQUE violation from a FOREIGN KEY one.
    flags |= SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;
    const int rc = sqlite3_open_v2(path_.c_str(), &db_, flags, nullptr);
    if (rc != SQLITE_OK) {
        const std::string message = db_ != nullptr ? sqlite3_errmsg(db_) : sqlite3_errstr(rc);
        sqlite3_close_v2(db_);
        db_ = nullptr;
        throw SqliteError(path_ + ": cannot open the file: " + message, rc);
    }
}

SqliteDatabase::~SqliteDatabase() {
    // close_v2 defers the close until any statement still alive is finalized, instead of failing.
    sqlite3_close_v2(db_);
}

void SqliteDatabase::execute(const std::string& sql) {
    char* message = nullptr;
    const int rc = sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        const std::string text = message != nullptr ? message : sqlite3_errstr(rc);
        sqlite3_free(message);
        throw SqliteError(path_ + ": " + text, rc);
    }
}

int64_t SqliteDatabase::queryInt64(const std::string& sql) {
    SqliteStatement statement(*this, sql);
    return statement.step() ? statement.columnInt64(0) : 0;
}

std::string SqliteDatabase::queryText(const std::string& sql) {
    SqliteStatement statement(*this, sql);
    return statement.step() ? statement.columnText(0) : std::string();
}

int64_t SqliteDatabase::lastInsertRowId() const { return sqlite3_last_insert_rowid(db_); }

int64_t SqliteDatabase::changes() const { return sqlite3_changes64(db_); }

bool SqliteDatabase::inTransaction() const { return sqlite3_get_autocommit(db_) == 0; }

void SqliteDatabase::fail(const std::string& what, int rc) const {
    // errmsg describes the most recent failure on this connection, which is the one being reported
    // as long as nothing ran in between; errstr is the fallback when it does not match `rc`.
    std::string message = sqlite3_errstr(rc);
    if (db_ != nullptr && (sqlite3_extended_errcode(db_) == rc || sqlite3_errcode(db_) == (rc & 0xff)))
        message = sqlite3_errmsg(db_);
    throw SqliteError(path_ + ": " + what + ": " + message, rc);
}

// --- SqliteTransaction ----------------------------------------------------------------------

SqliteTransaction::SqliteTransaction(SqliteDatabase& database, Kind kind) : database_(database) {
    if (database_.inTransaction()) {
        static std::atomic<unsigned> counter{0};
        savepoint_ = "clipft_savepoint_" + std::to_string(counter.fetch_add(1));
        database_.execute("SAVEPOINT " + savepoint_);
    } else {
        database_.execute(kind == Kind::Immediate ? "BEGIN IMMEDIATE" : "BEGIN DEFERRED");
    }
    open_ = true;
}

SqliteTransaction::~SqliteTransaction() {
    if (!open_) return;
    // Errors are ignored: SQLite may already have rolled back by itself (after SQLITE_FULL or an
    // I/O error), and a destructor must not throw. Whatever is not committed is never visible.
    if (savepoint_.empty()) {
        sqlite3_exec(database_.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
    } else {
        const std::string sql = "ROLLBACK TO " + savepoint_ + "; RELEASE " + savepoint_;
        sqlite3_exec(database_.handle(), sql.c_str(), nullptr, nullptr, nullptr);
    }
}

void SqliteTransaction::commit() {
    if (!open_) throw Error(database_.path() + ": a transaction was committed twice");
    database_.execute(savepoint_.empty() ? "COMMIT" : "RELEASE " + savepoint_);
    open_ = false;
}

SqliteStatement& SqliteStatement::bindOptional(int index, const std::optional<int64_t>& value) {
    return value ? bind(index, *value) : bindNull(index);
}

SqliteStatement& SqliteStatement::bindOptional(int index, const std::optional<double>& value) {
    return value ? bind(index, *value) : bindNull(index);
}

std::optional<int64_t> SqliteStatement::optionalInt64(int column) const {
    if (isNull(column)) return std::nullopt;
    return columnInt64(column);
}

std::optional<double> SqliteStatement::optionalDouble(int column) const {
    if (isNull(column)) return std::nullopt;
    return columnDouble(column);
}

}  // namespace clipft
