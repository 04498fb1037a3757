#pragma once

#include <filesystem>
#include <vector>

namespace pmm::storage {

// What restoreBackup() moved aside instead of deleting: the replaced workspace and any
// -wal / -shm files that sat beside it.
struct RestoredBackup {
    std::vector<std::filesystem::path> movedAside;
};

// Puts the backup `backup` in place of `workspace`, safely:
// - the backup is checked first (a readable workspace that passes the integrity check);
// - the workspace must not be open anywhere (its lock is taken for the whole restore);
// - a stale -wal and -shm beside the workspace are moved aside first: SQLite would replay
//   that log over the restored file and silently bring back the very state being replaced;
// - the copy is atomic (a temporary file, flushed, renamed into place), so a failure leaves
//   the workspace as it was, and the replaced file is kept beside it, never deleted.
// Throws WorkspaceError (NotFound, NotAWorkspace, Corrupt, NewerVersion, InUse, Io).
RestoredBackup restoreBackup(const std::filesystem::path& backup,
                             const std::filesystem::path& workspace);

}  // namespace pmm::storage
