// A versioned schema: the file's version lives in SQLite's `PRAGMA user_version` (0 for a new
// file), and an ordered list of steps brings a file from any older version to the newest one,
// each step in its own transaction together with the version bump, so a file is always at
// exactly one known version even when the program dies during an upgrade.
#pragma once
#include <functional>
#include <string>
#include <vector>

namespace clipft {

class SqliteDatabase;

struct MigrationStep {
    int version = 0;          // the version the file has after this step: 1, 2, 3, ...
    std::string description;  // for error messages: "add the embedding cache"
    std::function<void(SqliteDatabase&)> apply;
};

class SchemaMigrations {
public:
    // Steps must be numbered 1, 2, 3, ... in order (a programming error otherwise: std::logic_error).
    explicit SchemaMigrations(std::vector<MigrationStep> steps);

    int latestVersion() const { return static_cast<int>(steps_.size()); }

    // Applies every step the file lacks and returns the version the file had before. Throws
    // clipft::Error naming the file when it was written by a newer program (the file is left
    // untouched) or when a step fails (the file stays at the last version that completed).
    int migrate(SqliteDatabase& database) const;

    // Throws the same "newer version" error as migrate() without writing anything: for callers
    // that must refuse a newer file before they change any setting of it.
    void requireKnownVersion(SqliteDatabase& database) const;

    // The file's PRAGMA user_version.
    static int version(SqliteDatabase& database);

private:
    std::vector<MigrationStep> steps_;
};

}  // namespace clipft
