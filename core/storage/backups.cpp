#include "storage/backups.h"

#include <fcntl.h>
#include <sqlite3.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <ctime>
#include <memory>

#include "storage/database.h"
#include "storage/workspace.h"
#include "storage/workspace_error.h"

namespace pmm::storage {

namespace fs = std::filesystem;

namespace {

constexpr std::string_view kDailyPrefix = "daily-";

std::string utcStamp(std::chrono::system_clock::time_point when, const char* format) {
    const std::time_t seconds = std::chrono::system_clock::to_time_t(when);
    std::tm utc{};
    gmtime_r(&seconds, &utc);
    std::array<char, 32> text{};
    std::strftime(text.data(), text.size(), format, &utc);
    return text.data();
}

[[noreturn]] void ioFailure(const std::string& what, const fs::path& path, int code) {
    throw WorkspaceError(WorkspaceErrorKind::Io,
                         what + " \"" + path.string() + "\": " + std::strerror(code) + ".");
}

}  // namespace

void copyDatabase(sqlite3* source, const fs::path& destination) {
    std::error_code error;
    fs::create_directories(destination.parent_path(), error);
    if (error) {
        throw WorkspaceError(WorkspaceErrorKind::Io, "Cannot create the backup folder \"" +
                                                         destination.parent_path().string() +
                                                         "\": " + error.message() + ".");
    }
    const fs::path temporary = destination.string() + ".partial";
    fs::remove(temporary, error);
    const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        ioFailure("Cannot create the backup", temporary, errno);
    }
    ::close(fd);

    sqlite3* raw = nullptr;
    int rc = sqlite3_open_v2(temporary.c_str(), &raw, SQLITE_OPEN_READWRITE, nullptr);
    std::unique_ptr<sqlite3, int (*)(sqlite3*)> target(raw, sqlite3_close_v2);
    if (rc == SQLITE_OK) {
        // The copy is a plain rollback-journal file: one self-contained file to restore.
        sqlite3_exec(raw, "PRAGMA synchronous = FULL", nullptr, nullptr, nullptr);
        sqlite3_backup* backup = sqlite3_backup_init(raw, "main", source, "main");
        if (backup == nullptr) {
            rc = sqlite3_errcode(raw);
        } else {
            rc = sqlite3_backup_step(backup, -1);
            const int finish = sqlite3_backup_finish(backup);
            rc = (rc == SQLITE_DONE) ? finish : rc;
        }
        if (rc == SQLITE_OK) {
            rc = sqlite3_exec(raw, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr);
        }
    }
    if (rc != SQLITE_OK) {
        const std::string detail = sqlite3_errstr(rc);
        target.reset();
        fs::remove(temporary, error);
        throw WorkspaceError(
            WorkspaceErrorKind::Io,
            "Backing up the workspace to \"" + destination.string() + "\" failed: " + detail + ".");
    }
    target.reset();
    fs::rename(temporary, destination, error);
    if (error) {
        fs::remove(temporary, error);
        throw WorkspaceError(WorkspaceErrorKind::Io,
                             "Cannot put the backup in place at \"" + destination.string() + "\".");
    }
}

fs::path migrationBackupPath(const fs::path& workspace, int fromVersion,
                             std::chrono::system_clock::time_point now) {
    return backupFolderFor(workspace) / ("pre-migration-v" + std::to_string(fromVersion) + "-" +
                                         utcStamp(now, "%Y%m%dT%H%M%SZ") + kWorkspaceExtension);
}

std::vector<fs::path> dailyBackups(const fs::path& workspace) {
    std::vector<fs::path> found;
    std::error_code error;
    const fs::path folder = backupFolderFor(workspace);
    for (const auto& entry : fs::directory_iterator(folder, error)) {
        const std::string name = entry.path().filename().string();
        if (entry.is_regular_file() && name.starts_with(kDailyPrefix) &&
            name.ends_with(kWorkspaceExtension)) {
            found.push_back(entry.path());
        }
    }
    // Names hold a sortable UTC timestamp.
    std::sort(found.begin(), found.end());
    return found;
}

std::optional<fs::path> rotateDailyBackup(const Workspace& workspace,
                                          std::chrono::system_clock::time_point now, int keep) {
    const std::string today = utcStamp(now, "%Y%m%d");
    auto existing = dailyBackups(workspace.path());
    if (!existing.empty()) {
        const std::string newest = existing.back().filename().string();
        if (newest.substr(kDailyPrefix.size(), today.size()) == today) {
            return std::nullopt;
        }
    }
    const fs::path backup =
        backupFolderFor(workspace.path()) /
        (std::string(kDailyPrefix) + utcStamp(now, "%Y%m%dT%H%M%SZ") + kWorkspaceExtension);
    workspace.backupTo(backup);
    existing.push_back(backup);
    std::sort(existing.begin(), existing.end());
    std::error_code error;
    const auto surplus = static_cast<std::ptrdiff_t>(existing.size()) - keep;
    for (std::ptrdiff_t i = 0; i < surplus; ++i) {
        fs::remove(existing[static_cast<size_t>(i)], error);
    }
    return backup;
}

}  // namespace pmm::storage
