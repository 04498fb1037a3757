#include "storage/migrations.h"

#include <sqlite3.h>

#include "storage/database.h"
#include "storage/workspace_error.h"

namespace pmm::storage {

int latestSchemaVersion() {
    const auto& all = builtInMigrations();
    return all.empty() ? 0 : all.back().version;
}

int readUserVersion(sqlite3* db) {
    Statement query(db, "PRAGMA user_version");
    query.step();
    return query.integer(0);
}

void applyMigrations(sqlite3* db, const std::vector<Migration>& migrations,
                     const std::function<void(int version)>& beforeCommit) {
    const int current = readUserVersion(db);
    for (const Migration& step : migrations) {
        if (step.version <= current) {
            continue;
        }
        try {
            Transaction transaction(db);
            execScript(db, step.sql);
            // PRAGMA takes no bound parameters; the value is our own integer.
            execScript(db, "PRAGMA user_version = " + std::to_string(step.version));
            if (beforeCommit) {
                beforeCommit(step.version);
            }
            transaction.commit();
        } catch (const std::exception& error) {
            throw WorkspaceError(WorkspaceErrorKind::MigrationFailed,
                                 "Upgrading the workspace to schema version " +
                                     std::to_string(step.version) + " (" + step.name +
                                     ") failed: " + error.what() +
                                     ". The workspace was left at version " +
                                     std::to_string(readUserVersion(db)) + ".");
        }
    }
}

}  // namespace pmm::storage
