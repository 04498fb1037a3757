#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "storage/change.h"
#include "storage/migrations.h"

struct sqlite3;

namespace pmm::storage {

class Transaction;

// 'PMMW' in the SQLite header: marks a file as a PMM Workbench workspace.
inline constexpr std::int32_t kApplicationId = 0x504D4D57;
inline constexpr const char* kWorkspaceExtension = ".pmmw";

enum class OpenMode {
    ReadWrite,  // the single writer: takes the workspace lock, migrates if needed
    ReadOnly,   // look without changing anything; works while another process writes
};

struct OpenOptions {
    OpenMode mode = OpenMode::ReadWrite;
    // ReadOnly only: fail with InUse when another process holds the workspace (for `check`).
    bool failIfInUse = false;
    // ReadOnly only: open an older schema as it is (for `check`), instead of refusing.
    bool allowOlderSchema = false;
    // Tests replace the schema steps and hook into them; the app uses the built-in ones.
    const std::vector<Migration>* migrations = nullptr;
    std::function<void(int version)> migrationHook;
};

// An open workspace: one SQLite file, one connection, at most one writer process.
// All reads and writes of the product go through stores that borrow this connection.
class Workspace {
public:
    // Creates a new, empty workspace (0600, WAL, latest schema). Refuses to overwrite.
    static std::unique_ptr<Workspace> create(const std::filesystem::path& path,
                                             const OpenOptions& options = {});
    // Opens an existing workspace; never creates one. Throws WorkspaceError.
    static std::unique_ptr<Workspace> open(const std::filesystem::path& path,
                                           const OpenOptions& options = {});

    ~Workspace();
    Workspace(const Workspace&) = delete;
    Workspace& operator=(const Workspace&) = delete;

    sqlite3* handle() const { return m_db; }
    const std::filesystem::path& path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    int schemaVersion() const;
    // The copy made before this open migrated the file, if it did.
    const std::optional<std::filesystem::path>& migrationBackup() const {
        return m_migrationBackup;
    }

    // PRAGMA integrity_check plus foreign key check; empty when healthy.
    std::vector<std::string> integrityProblems() const;

    // A consistent copy through the SQLite backup API, written atomically, mode 0600.
    void backupTo(const std::filesystem::path& destination) const;

    std::optional<std::string> setting(std::string_view key) const;
    void setSetting(std::string_view key, std::string_view value);

    // Typed change notifications: stores call notify() after a commit.
    using Listener = std::function<void(const Change&)>;
    int subscribe(Listener listener);
    void unsubscribe(int token);
    void notify(const Change& change) const;

    // Throws ReadOnly when this workspace was opened read-only.
    void requireWritable() const;

    // A bulk change (demo data, import): one transaction, per-row notifications held back,
    // one EntityKind::Everything notification after a successful commit, none on failure.
    class BulkChange {
    public:
        explicit BulkChange(Workspace& workspace);
        ~BulkChange();
        BulkChange(const BulkChange&) = delete;
        BulkChange& operator=(const BulkChange&) = delete;
        void commit();
        // Commits and announces `announced` instead of Everything, for a bulk change whose
        // reach is known (a deal import), so views it does not touch keep their rows.
        void commit(const std::vector<Change>& announced);

    private:
        Workspace& m_workspace;
        std::unique_ptr<Transaction> m_transaction;
    };

private:
    Workspace(std::filesystem::path path, sqlite3* db, int lockFd, bool readOnly);

    std::filesystem::path m_path;
    sqlite3* m_db = nullptr;
    int m_lockFd = -1;
    bool m_readOnly = false;
    std::optional<std::filesystem::path> m_migrationBackup;
    std::map<int, Listener> m_listeners;
    int m_nextToken = 1;
    int m_bulkDepth = 0;
};

// Where backups of a workspace live: "<file>.backups" beside it.
std::filesystem::path backupFolderFor(const std::filesystem::path& workspace);

}  // namespace pmm::storage
