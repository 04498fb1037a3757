#pragma once

#include <chrono>
#include <filesystem>
#include <optional>
#include <vector>

struct sqlite3;

namespace pmm::storage {

class Workspace;

// Copies a live database through the SQLite backup API into `destination`, atomically:
// a temporary file (0600) is filled, synced and then renamed into place. The folder is
// created when missing. Throws WorkspaceError.
void copyDatabase(sqlite3* source, const std::filesystem::path& destination);

// Where the copy made before migrating from `fromVersion` goes (never rotated away).
std::filesystem::path migrationBackupPath(const std::filesystem::path& workspace, int fromVersion,
                                          std::chrono::system_clock::time_point now);

inline constexpr int kDailyBackupsKept = 7;

// The automatic backup: at most one a calendar day (UTC), the newest `keep` kept.
// Returns the new backup's path, or nothing when today's backup already exists.
std::optional<std::filesystem::path> rotateDailyBackup(const Workspace& workspace,
                                                       std::chrono::system_clock::time_point now,
                                                       int keep = kDailyBackupsKept);

// The daily backups of a workspace, oldest first.
std::vector<std::filesystem::path> dailyBackups(const std::filesystem::path& workspace);

}  // namespace pmm::storage
