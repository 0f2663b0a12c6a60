#include "core/store/schema_migrations.h"

#include "core/common/error.h"
#include "core/store/sqlite_database.h"

#include <stdexcept>
#include <utility>

namespace clipft {

namespace {

[[noreturn]] void refuseNewer(const SqliteDatabase& database, int fileVersion, int latest) {
    throw Error(database.path() + ": this file was written by a newer version of clipft (project format " +
                std::to_string(fileVersion) + "; this version reads formats up to " +
                std::to_string(latest) + "). Update clipft to open it; the file was not changed.");
}

}  // namespace

SchemaMigrations::SchemaMigrations(std::vector<MigrationStep> steps) : steps_(std::move(steps)) {
    for (std::size_t i = 0; i < steps_.size(); ++i) {
        if (steps_[i].version != static_cast<int>(i) + 1 || !steps_[i].apply)
            throw std::logic_error("schema migration steps must be numbered 1, 2, 3, ... and have a body");
    }
}

int SchemaMigrations::version(SqliteDatabase& database) {
    return static_cast<int>(database.queryInt64("PRAGMA user_version"));
}

void SchemaMigrations::requireKnownVersion(SqliteDatabase& database) const {
    const int current = version(database);
    if (current > latestVersion()) refuseNewer(database, current, latestVersion());
}

int SchemaMigrations::migrate(SqliteDatabase& database) const {
    requireKnownVersion(database);
    const int before = version(database);

    for (const MigrationStep& step : steps_) {
        if (step.version <= before) continue;
        SqliteTransaction transaction(database);
        // Read again under the write lock: another process may have upgraded the file meanwhile.
        const int current = version(database);
        if (current > latestVersion()) refuseNewer(database, current, latestVersion());
        if (current >= step.version) continue;
        try {
            step.apply(database);
            // user_version lives in the file header, which is written in the same transaction.
            database.execute("PRAGMA user_version = " + std::to_string(step.version));
            transaction.commit();
        } catch (const std::exception& error) {
            throw Error(database.path() + ": upgrading the project to format " + std::to_string(step.version) +
                        " (" + step.description + ") failed, so it stays at format " +
                        std::to_string(current) + ": " + error.what());
        }
    }
    return before;
}

}  // namespace clipft
