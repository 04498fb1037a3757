#pragma once

// Helpers shared by the core tests: a private folder per test, raw file and SQLite access
// (to build and inspect files the way another program would), error checks and a forked
// child process for the tests about several processes.

#include <gtest/gtest.h>
#include <sys/types.h>

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "storage/migrations.h"
#include "storage/workspace.h"
#include "storage/workspace_error.h"

struct sqlite3;

#include "util/dates.h"

namespace pmm::test {

namespace fs = std::filesystem;

// A fresh folder with a unique name, removed with everything in it when the test ends, even
// when the test made parts of it read-only.
class TempDir {
public:
    explicit TempDir(const fs::path& base = fs::temp_directory_path());
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    const fs::path& path() const { return m_path; }

private:
    fs::path m_path;
};

// Base for fixtures: every test gets its own folder.
template <class Base = ::testing::Test>
class WithTempDir : public Base {
protected:
    fs::path file(std::string_view name) const { return m_dir.path() / name; }
    const fs::path& dir() const { return m_dir.path(); }

    TempDir m_dir;
};

using WorkspaceTest = WithTempDir<>;

// Sets the process umask for the lifetime of the guard.
class UmaskGuard {
public:
    explicit UmaskGuard(mode_t mask);
    ~UmaskGuard();
    UmaskGuard(const UmaskGuard&) = delete;
    UmaskGuard& operator=(const UmaskGuard&) = delete;

private:
    mode_t m_previous;
};

// --- Files --------------------------------------------------------------------------------

std::string readBytes(const fs::path& path);
void writeBytes(const fs::path& path, std::string_view bytes);
// Permission bits (0777 part) of a file.
unsigned permissionsOf(const fs::path& path);
fs::path walOf(const fs::path& workspace);
fs::path shmOf(const fs::path& workspace);
// The names of the entries of a folder, sorted; empty when it does not exist.
std::vector<std::string> listFolder(const fs::path& folder);

// Everything a user would call "the workspace on disk": the file's bytes and whether its
// -wal / -shm companions exist. Equal snapshots mean nothing was modified.
struct FileSnapshot {
    std::string bytes;
    bool hasWal = false;
    bool hasShm = false;
    friend bool operator==(const FileSnapshot&, const FileSnapshot&) = default;
};
FileSnapshot snapshotOf(const fs::path& path);
void PrintTo(const FileSnapshot& snapshot, std::ostream* out);

// --- Raw SQLite, as another program (or the sqlite3 tool) would see the file ----------------

class SqliteFile {
public:
    explicit SqliteFile(const fs::path& path, bool readOnly = false);
    ~SqliteFile();
    SqliteFile(const SqliteFile&) = delete;
    SqliteFile& operator=(const SqliteFile&) = delete;

    sqlite3* get() const { return m_db; }
    // Throws std::runtime_error with SQLite's message on failure.
    void exec(std::string_view sql) const;
    std::int64_t integer(std::string_view sql) const;
    std::string text(std::string_view sql) const;
    // Every row, its columns joined by '|' (NULL shown as "NULL").
    std::vector<std::string> rows(std::string_view sql) const;

private:
    sqlite3* m_db = nullptr;
};

// The schema as "type|name|tbl_name|sql" lines, sorted: equal for equal schemas.
std::vector<std::string> schemaOf(sqlite3* db);
// Every row of every table, prefixed by its table name, in a stable order.
std::vector<std::string> contentsOf(sqlite3* db);

// --- Workspaces ---------------------------------------------------------------------------

// The first `count` built-in migrations: a file created with them is at version `count`.
std::vector<storage::Migration> firstMigrations(int count);
// Creates a workspace at schema version `version` and closes it.
void createAtVersion(const fs::path& path, int version);
// Adds `count` people with long names, so the data spans many pages of the file.
void addManyPeople(storage::Workspace& workspace, int count);
// Moves everything from the -wal into the main file.
void checkpoint(storage::Workspace& workspace);

// A point in time, UTC.
std::chrono::system_clock::time_point utc(int year, unsigned month, unsigned day, int hour = 12,
                                          int minute = 0, int second = 0);

// --- Errors -------------------------------------------------------------------------------

// The message of the WorkspaceError(Invalid) that `action` throws, or a note saying it threw
// another kind or nothing.
std::string refusal(const std::function<void()>& action);

// A date from ISO text the test knows to be valid.
Date day(const char* text);

std::string kindName(storage::WorkspaceErrorKind kind);

// Runs `action`; returns the WorkspaceError it threw, or nothing. Other exceptions pass.
template <class F>
std::optional<storage::WorkspaceError> caught(F&& action) {
    try {
        action();
    } catch (const storage::WorkspaceError& error) {
        return error;
    }
    return std::nullopt;
}

// Success when `error` is of `kind` and its message contains `messagePart`.
::testing::AssertionResult isError(const std::optional<storage::WorkspaceError>& error,
                                   storage::WorkspaceErrorKind kind,
                                   std::string_view messagePart = {});

// --- Other processes ----------------------------------------------------------------------

// A forked child running `body` with a line-based channel to the test. The child leaves with
// _exit (never returning into the test runner); an exception in it is reported as a line
// "error: ..." and exit code 101. Destroying a child that still runs kills it.
class ChildProcess {
public:
    class Channel {
    public:
        void send(std::string_view line);
        // Blocks until a line arrives; nothing once the other side has closed.
        std::optional<std::string> receive();

    private:
        friend class ChildProcess;
        explicit Channel(int fd) : m_fd(fd) {}
        int m_fd;
        std::string m_buffer;
    };

    explicit ChildProcess(const std::function<int(Channel&)>& body);
    ~ChildProcess();
    ChildProcess(const ChildProcess&) = delete;
    ChildProcess& operator=(const ChildProcess&) = delete;

    void send(std::string_view line);
    // The next line from the child; nothing on timeout or when the child closed its side.
    std::optional<std::string> receive(std::chrono::milliseconds timeout);
    // Waits for the child; its exit code, or 128 + signal when it was killed.
    int wait();
    void kill();

private:
    pid_t m_pid = -1;
    int m_fd = -1;
    std::string m_buffer;
    std::optional<int> m_status;
};

}  // namespace pmm::test

namespace pmm::storage {
// Readable kinds in gtest output.
void PrintTo(WorkspaceErrorKind kind, std::ostream* out);
void PrintTo(OpenMode mode, std::ostream* out);
}  // namespace pmm::storage
