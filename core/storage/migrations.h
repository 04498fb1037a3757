#pragma once

#include <functional>
#include <string>
#include <vector>

struct sqlite3;

namespace pmm::storage {

// One forward-only schema step, taken from core/storage/migrations/NNNN_name.sql.
struct Migration {
    int version;
    std::string name;
    std::string sql;
};

// Every migration compiled into the binary, in order (generated at build time).
const std::vector<Migration>& builtInMigrations();

// The schema version this build writes.
int latestSchemaVersion();

// Applies every migration above the file's user_version, each in its own transaction that
// also bumps user_version. A failing step rolls back and throws WorkspaceError
// (MigrationFailed); the steps before it stay applied. `beforeCommit` is a test hook that
// runs inside each step's transaction, just before COMMIT.
void applyMigrations(sqlite3* db, const std::vector<Migration>& migrations,
                     const std::function<void(int version)>& beforeCommit = {});

int readUserVersion(sqlite3* db);

}  // namespace pmm::storage
