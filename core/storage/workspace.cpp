#include "storage/workspace.h"

#include <fcntl.h>
#include <sqlite3.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <ctime>
#include <fstream>
#include <utility>

#include "storage/backups.h"
#include "storage/database.h"
#include "storage/workspace_error.h"

namespace pmm::storage {

namespace fs = std::filesystem;

namespace {

struct SqliteCloser {
    void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
};
using Connection = std::unique_ptr<sqlite3, SqliteCloser>;

// Closes a file descriptor unless released to the Workspace.
class LockFile {
public:
    LockFile() = default;
    explicit LockFile(int fd) : m_fd(fd) {}
    ~LockFile() {
        if (m_fd >= 0) {
            ::close(m_fd);
        }
    }
    LockFile(const LockFile&) = delete;
    LockFile& operator=(const LockFile&) = delete;
    LockFile(LockFile&& other) noexcept : m_fd(other.release()) {}
    LockFile& operator=(LockFile&& other) noexcept {
        if (this != &other) {
            if (m_fd >= 0) {
                ::close(m_fd);
            }
            m_fd = other.release();
        }
        return *this;
    }
    int get() const { return m_fd; }
    int release() { return std::exchange(m_fd, -1); }

private:
    int m_fd = -1;
};

std::string quoted(const fs::path& path) {
    return "\"" + path.string() + "\"";
}

[[noreturn]] void fail(WorkspaceErrorKind kind, const std::string& message) {
    throw WorkspaceError(kind, message);
}

std::uint32_t bigEndian32(const unsigned char* bytes) {
    return (std::uint32_t{bytes[0]} << 24) | (std::uint32_t{bytes[1]} << 16) |
           (std::uint32_t{bytes[2]} << 8) | std::uint32_t{bytes[3]};
}

// Refuses a file that is not ours, has a garbled version or was written by a newer app.
void checkIdentity(const fs::path& path, int applicationId, int version, int latest) {
    if (applicationId != kApplicationId) {
        fail(WorkspaceErrorKind::NotAWorkspace,
             quoted(path) + " is an SQLite database but not a PMM Workbench workspace.");
    }
    if (version < 0) {
        fail(WorkspaceErrorKind::Corrupt, quoted(path) + " has a garbled schema version (" +
                                              std::to_string(version) +
                                              "). Restore it from a backup.");
    }
    if (version > latest) {
        fail(WorkspaceErrorKind::NewerVersion,
             quoted(path) + " was written by a newer PMM Workbench (schema version " +
                 std::to_string(version) + "; this version knows up to " + std::to_string(latest) +
                 "). Update the app to open it; the file was not changed.");
    }
}

// Looks at the 100-byte SQLite header before SQLite touches the file, so foreign, empty,
// truncated and newer files are refused without being opened for writing.
void checkHeader(const fs::path& path, int latest) {
    std::error_code error;
    const auto size = fs::file_size(path, error);
    if (error) {
        fail(WorkspaceErrorKind::Io, "Cannot read " + quoted(path) + ": " + error.message() + ".");
    }
    if (size == 0) {
        fail(WorkspaceErrorKind::NotAWorkspace,
             quoted(path) + " is an empty file, not a PMM Workbench workspace.");
    }
    std::array<unsigned char, 100> header{};
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        fail(WorkspaceErrorKind::Io,
             "Cannot read " + quoted(path) + ": " + std::strerror(errno) + ".");
    }
    in.read(reinterpret_cast<char*>(header.data()), header.size());
    static constexpr char magic[] = "SQLite format 3";  // 16 bytes with the final NUL
    if (in.gcount() < 16 || std::memcmp(header.data(), magic, sizeof magic) != 0) {
        fail(WorkspaceErrorKind::NotAWorkspace,
             quoted(path) + " is not a PMM Workbench workspace (it is not an SQLite database).");
    }
    if (in.gcount() < static_cast<std::streamsize>(header.size())) {
        fail(WorkspaceErrorKind::Corrupt, quoted(path) + " is truncated (" + std::to_string(size) +
                                              " bytes). Restore it from a backup.");
    }
    std::uint32_t pageSize = (std::uint32_t{header[16]} << 8) | header[17];
    if (pageSize == 1) {
        pageSize = 65536;
    }
    const std::uint32_t pages = bigEndian32(&header[28]);
    const bool pagesValid = pages != 0 && bigEndian32(&header[24]) == bigEndian32(&header[92]);
    // A checkpoint writes page 1 before the pages after it, so a process killed mid-
    // checkpoint leaves a header ahead of the file; the -wal still holds every page and
    // SQLite finishes the job on open. Only without a -wal is a short file truly truncated.
    std::error_code walError;
    const auto walSize = fs::file_size(fs::path(path.string() + "-wal"), walError);
    const bool hotWal = !walError && walSize > 0;
    if (pagesValid && !hotWal && size < std::uintmax_t{pages} * pageSize) {
        fail(WorkspaceErrorKind::Corrupt,
             quoted(path) + " is truncated: it holds " + std::to_string(size) +
                 " bytes where its header promises " +
                 std::to_string(std::uintmax_t{pages} * pageSize) + ". Restore it from a backup.");
    }
    // Without a -wal file the header is the whole truth (user_version at offset 60,
    // application_id at 68). Refuse here: even a read-only SQLite connection would leave
    // -wal and -shm files beside a file that must not be touched.
    if (!fs::exists(fs::path(path.string() + "-wal"), error)) {
        checkIdentity(path, static_cast<std::int32_t>(bigEndian32(&header[68])),
                      static_cast<std::int32_t>(bigEndian32(&header[60])), latest);
    }
}

// Percent-encodes a path for an SQLite URI filename.
std::string uriFor(const fs::path& path, std::string_view query) {
    static constexpr char hex[] = "0123456789ABCDEF";
    std::string uri = "file:";
    for (unsigned char c : fs::absolute(path).string()) {
        if (std::isalnum(c) || c == '/' || c == '-' || c == '_' || c == '.' || c == '~') {
            uri += static_cast<char>(c);
        } else {
            uri += '%';
            uri += hex[c >> 4];
            uri += hex[c & 0x0f];
        }
    }
    uri += '?';
    uri += query;
    return uri;
}

// Judged with the effective user, as the writes themselves will be.
bool writable(const fs::path& path) {
    return ::faccessat(AT_FDCWD, path.c_str(), W_OK, AT_EACCESS) == 0;
}

bool directoryWritable(const fs::path& path) {
    fs::path folder = fs::absolute(path).parent_path();
    return writable(folder);
}

// Takes the workspace lock: one writer process at a time. flock() locks are separate from
// SQLite's own POSIX locks, so holding this descriptor never disturbs SQLite's locking.
LockFile takeLock(const fs::path& path, bool exclusive) {
    LockFile lock(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
    if (lock.get() < 0) {
        fail(WorkspaceErrorKind::Io,
             "Cannot open " + quoted(path) + ": " + std::strerror(errno) + ".");
    }
    if (::flock(lock.get(), (exclusive ? LOCK_EX : LOCK_SH) | LOCK_NB) != 0) {
        if (errno == EWOULDBLOCK) {
            fail(WorkspaceErrorKind::InUse,
                 "The workspace " + quoted(path) +
                     " is in use by another PMM Workbench window or command. Close it there, "
                     "or open this one read-only.");
        }
        fail(WorkspaceErrorKind::Io,
             "Cannot lock " + quoted(path) + ": " + std::strerror(errno) + ".");
    }
    return lock;
}

int readPragmaInt(sqlite3* db, const char* pragma) {
    Statement query(db, pragma);
    query.step();
    return query.integer(0);
}

void validateIdentity(sqlite3* db, const fs::path& path, int latest) {
    checkIdentity(path, readPragmaInt(db, "PRAGMA application_id"),
                  readPragmaInt(db, "PRAGMA user_version"), latest);
}

void applyConnectionSettings(sqlite3* db, bool readOnly) {
    sqlite3_busy_timeout(db, 2000);
    sqlite3_extended_result_codes(db, 1);
    execScript(db, "PRAGMA foreign_keys = ON");
    if (readOnly) {
        execScript(db, "PRAGMA query_only = ON");
        return;
    }
    Statement journal(db, "PRAGMA journal_mode = WAL");
    journal.step();
    if (journal.text(0) != "wal") {
        fail(WorkspaceErrorKind::Io, "The workspace could not switch to write-ahead logging.");
    }
    // FULL: a commit that returned has reached the disk, so it survives power loss.
    execScript(db, "PRAGMA synchronous = FULL");
}

Connection openConnection(const fs::path& path, bool readOnly) {
    sqlite3* raw = nullptr;
    int flags = SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX;
    std::string uri;
    if (readOnly) {
        flags |= SQLITE_OPEN_READONLY;
        // A WAL database in a folder we cannot write cannot even be read normally: the
        // reader must create the -shm file. immutable=1 reads the file as it is. Likewise
        // for a file we may not write that has no -wal: SQLite would create -wal and -shm
        // with the file's read-only mode, and they would keep refusing writes after the
        // file is made writable again.
        const bool keepOut = !directoryWritable(path) ||
                             (!writable(path) && !fs::exists(fs::path(path.string() + "-wal")));
        uri = uriFor(path, keepOut ? "mode=ro&immutable=1" : "mode=ro");
    } else {
        flags |= SQLITE_OPEN_READWRITE;
        uri = uriFor(path, "mode=rw");
    }
    const int rc = sqlite3_open_v2(uri.c_str(), &raw, flags, nullptr);
    Connection db(raw);
    if (rc != SQLITE_OK) {
        throwSqliteError(raw, rc, "Opening " + quoted(path));
    }
    return db;
}

}  // namespace

Workspace::Workspace(fs::path path, sqlite3* db, int lockFd, bool readOnly)
    : m_path(std::move(path)), m_db(db), m_lockFd(lockFd), m_readOnly(readOnly) {}

Workspace::~Workspace() {
    sqlite3_close_v2(m_db);
    // Only after SQLite has closed the file: closing any descriptor of a file drops the
    // process's POSIX locks on it.
    if (m_lockFd >= 0) {
        ::close(m_lockFd);
    }
}

std::unique_ptr<Workspace> Workspace::create(const fs::path& path, const OpenOptions& options) {
    std::error_code error;
    if (fs::exists(path, error)) {
        fail(WorkspaceErrorKind::AlreadyExists,
             quoted(path) + " already exists; a new workspace never overwrites a file.");
    }
    // Create the file ourselves so it is private (0600); -wal and -shm follow its mode.
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        const int code = errno;
        fail(code == EEXIST                      ? WorkspaceErrorKind::AlreadyExists
             : (code == EACCES || code == EROFS) ? WorkspaceErrorKind::ReadOnly
                                                 : WorkspaceErrorKind::Io,
             "Cannot create " + quoted(path) + ": " + std::strerror(code) + ".");
    }
    ::close(fd);
    try {
        LockFile lock = takeLock(path, true);
        Connection db = openConnection(path, false);
        applyConnectionSettings(db.get(), false);
        execScript(db.get(), "PRAGMA application_id = " + std::to_string(kApplicationId));
        applyMigrations(db.get(), options.migrations ? *options.migrations : builtInMigrations(),
                        options.migrationHook);
        return std::unique_ptr<Workspace>(new Workspace(path, db.release(), lock.release(), false));
    } catch (...) {
        // A workspace that could not be set up is removed rather than left half made.
        fs::remove(path, error);
        fs::remove(fs::path(path.string() + "-wal"), error);
        fs::remove(fs::path(path.string() + "-shm"), error);
        throw;
    }
}

std::unique_ptr<Workspace> Workspace::open(const fs::path& path, const OpenOptions& options) {
    const bool readOnly = options.mode == OpenMode::ReadOnly;
    const auto& migrations = options.migrations ? *options.migrations : builtInMigrations();
    const int latest = migrations.empty() ? 0 : migrations.back().version;

    std::error_code error;
    const auto status = fs::status(path, error);
    if (!fs::exists(status)) {
        fail(WorkspaceErrorKind::NotFound, "There is no workspace at " + quoted(path) + ".");
    }
    if (!fs::is_regular_file(status)) {
        fail(WorkspaceErrorKind::NotAWorkspace,
             quoted(path) + " is not a file, so it cannot be a workspace.");
    }
    checkHeader(path, latest);
    if (!readOnly && (!writable(path) || !directoryWritable(path))) {
        fail(WorkspaceErrorKind::ReadOnly,
             "The workspace " + quoted(path) +
                 " is read-only (no permission to write the file or its folder). Open it "
                 "read-only to look at it.");
    }

    LockFile lock;
    if (!readOnly || options.failIfInUse) {
        lock = takeLock(path, !readOnly);
    }
    Connection db = openConnection(path, readOnly);
    sqlite3_busy_timeout(db.get(), 2000);
    validateIdentity(db.get(), path, latest);
    applyConnectionSettings(db.get(), readOnly);

    auto workspace =
        std::unique_ptr<Workspace>(new Workspace(path, db.release(), lock.release(), readOnly));
    const int version = workspace->schemaVersion();
    if (version < latest && !(readOnly && options.allowOlderSchema)) {
        if (readOnly) {
            fail(WorkspaceErrorKind::ReadOnly,
                 quoted(path) + " uses an older schema (version " + std::to_string(version) +
                     ") and must be upgraded, which a read-only workspace cannot be.");
        }
        const fs::path backup =
            migrationBackupPath(path, version, std::chrono::system_clock::now());
        workspace->backupTo(backup);
        workspace->m_migrationBackup = backup;
        try {
            applyMigrations(workspace->m_db, migrations, options.migrationHook);
        } catch (const WorkspaceError& failure) {
            fail(failure.kind(), std::string(failure.what()) +
                                     " A copy from before the upgrade is at " + quoted(backup) +
                                     ".");
        }
    }
    return workspace;
}

int Workspace::schemaVersion() const {
    return readUserVersion(m_db);
}

std::vector<std::string> Workspace::integrityProblems() const {
    std::vector<std::string> problems;
    Statement integrity(m_db, "PRAGMA integrity_check");
    while (integrity.step()) {
        std::string line = integrity.text(0);
        if (line != "ok") {
            problems.push_back(std::move(line));
        }
    }
    Statement keys(m_db, "PRAGMA foreign_key_check");
    while (keys.step()) {
        problems.push_back("broken reference in table " + keys.text(0) + " (row " +
                           std::to_string(keys.int64(1)) + ") to " + keys.text(2));
    }
    return problems;
}

void Workspace::backupTo(const fs::path& destination) const {
    copyDatabase(m_db, destination);
}

std::optional<std::string> Workspace::setting(std::string_view key) const {
    Statement query(m_db, "SELECT value FROM settings WHERE key = ?1");
    query.bind(1, key);
    if (query.step()) {
        return query.text(0);
    }
    return std::nullopt;
}

void Workspace::setSetting(std::string_view key, std::string_view value) {
    requireWritable();
    Transaction transaction(m_db);
    Statement upsert(m_db,
                     "INSERT INTO settings (key, value) VALUES (?1, ?2) "
                     "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    upsert.bind(1, key).bind(2, value).run();
    transaction.commit();
    notify({EntityKind::Setting, ChangeType::Updated, 0});
}

int Workspace::subscribe(Listener listener) {
    const int token = m_nextToken++;
    m_listeners.emplace(token, std::move(listener));
    return token;
}

void Workspace::unsubscribe(int token) {
    m_listeners.erase(token);
}

void Workspace::notify(const Change& change) const {
    if (m_bulkDepth > 0) {
        return;
    }
    // Copy: a listener may unsubscribe while we iterate.
    const auto listeners = m_listeners;
    for (const auto& [token, listener] : listeners) {
        listener(change);
    }
}

void Workspace::requireWritable() const {
    if (m_readOnly) {
        fail(WorkspaceErrorKind::ReadOnly,
             "This workspace is open read-only: changes cannot be saved.");
    }
}

Workspace::BulkChange::BulkChange(Workspace& workspace) : m_workspace(workspace) {
    workspace.requireWritable();
    m_transaction = std::make_unique<Transaction>(workspace.m_db);
    ++m_workspace.m_bulkDepth;
}

Workspace::BulkChange::~BulkChange() {
    m_transaction.reset();  // rolls back unless committed
    --m_workspace.m_bulkDepth;
}

void Workspace::BulkChange::commit() {
    commit({{EntityKind::Everything, ChangeType::Updated, 0}});
}

void Workspace::BulkChange::commit(const std::vector<Change>& announced) {
    m_transaction->commit();
    --m_workspace.m_bulkDepth;
    for (const Change& change : announced) {
        m_workspace.notify(change);
    }
    ++m_workspace.m_bulkDepth;
}

fs::path backupFolderFor(const fs::path& workspace) {
    return fs::absolute(workspace).parent_path() / (workspace.filename().string() + ".backups");
}

}  // namespace pmm::storage
