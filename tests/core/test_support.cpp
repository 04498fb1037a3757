#include "test_support.h"

#include <poll.h>
#include <signal.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <iterator>
#include <sstream>
#include <stdexcept>

#include "storage/catalog.h"
#include "storage/database.h"

namespace pmm::test {

using storage::WorkspaceErrorKind;

// --- TempDir ------------------------------------------------------------------------------

TempDir::TempDir(const fs::path& base) {
    std::string pattern = (base / "pmm-core-test-XXXXXX").string();
    if (::mkdtemp(pattern.data()) == nullptr) {
        throw std::runtime_error("mkdtemp failed: " + std::string(std::strerror(errno)));
    }
    m_path = pattern;
}

TempDir::~TempDir() {
    std::error_code error;
    // A test may leave read-only folders behind; make them removable first.
    fs::permissions(m_path, fs::perms::owner_all, fs::perm_options::add, error);
    for (auto it = fs::recursive_directory_iterator(m_path, error);
         !error && it != fs::recursive_directory_iterator(); it.increment(error)) {
        if (it->is_directory(error) && !it->is_symlink(error)) {
            fs::permissions(it->path(), fs::perms::owner_all, fs::perm_options::add, error);
        }
    }
    fs::remove_all(m_path, error);
}

UmaskGuard::UmaskGuard(mode_t mask) : m_previous(::umask(mask)) {}

UmaskGuard::~UmaskGuard() {
    ::umask(m_previous);
}

// --- Files --------------------------------------------------------------------------------

std::string readBytes(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        throw std::runtime_error("cannot read " + path.string());
    }
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void writeBytes(const fs::path& path, std::string_view bytes) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out.flush()) {
        throw std::runtime_error("cannot write " + path.string());
    }
}

unsigned permissionsOf(const fs::path& path) {
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0) {
        throw std::runtime_error("cannot stat " + path.string());
    }
    return static_cast<unsigned>(info.st_mode & 0777);
}

fs::path walOf(const fs::path& workspace) {
    return workspace.string() + "-wal";
}

fs::path shmOf(const fs::path& workspace) {
    return workspace.string() + "-shm";
}

std::vector<std::string> listFolder(const fs::path& folder) {
    std::vector<std::string> names;
    std::error_code error;
    for (const auto& entry : fs::directory_iterator(folder, error)) {
        names.push_back(entry.path().filename().string());
    }
    std::sort(names.begin(), names.end());
    return names;
}

FileSnapshot snapshotOf(const fs::path& path) {
    return {readBytes(path), fs::exists(walOf(path)), fs::exists(shmOf(path))};
}

void PrintTo(const FileSnapshot& snapshot, std::ostream* out) {
    *out << snapshot.bytes.size() << " bytes (hash " << std::hash<std::string>{}(snapshot.bytes)
         << ")" << (snapshot.hasWal ? ", with -wal" : "") << (snapshot.hasShm ? ", with -shm" : "");
}

namespace {

std::vector<std::string> rowsOf(sqlite3* db, const std::string& sql) {
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &statement, nullptr) != SQLITE_OK) {
        throw std::runtime_error(sql + ": " + sqlite3_errmsg(db));
    }
    std::vector<std::string> result;
    int rc = SQLITE_OK;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
        std::string row;
        for (int column = 0; column < sqlite3_column_count(statement); ++column) {
            const auto* value = sqlite3_column_text(statement, column);
            row += (column > 0 ? "|" : "");
            row += value ? reinterpret_cast<const char*>(value) : "NULL";
        }
        result.push_back(std::move(row));
    }
    sqlite3_finalize(statement);
    if (rc != SQLITE_DONE) {
        throw std::runtime_error(sql + ": " + sqlite3_errstr(rc));
    }
    return result;
}

}  // namespace

// --- SqliteFile ---------------------------------------------------------------------------

SqliteFile::SqliteFile(const fs::path& path, bool readOnly) {
    const int flags = readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    const int rc = sqlite3_open_v2(path.c_str(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const std::string message = sqlite3_errmsg(m_db);
        sqlite3_close_v2(m_db);
        throw std::runtime_error("cannot open " + path.string() + ": " + message);
    }
    sqlite3_busy_timeout(m_db, 2000);
}

SqliteFile::~SqliteFile() {
    sqlite3_close_v2(m_db);
}

void SqliteFile::exec(std::string_view sql) const {
    char* error = nullptr;
    const std::string text(sql);
    if (sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
        const std::string message = error ? error : sqlite3_errmsg(m_db);
        sqlite3_free(error);
        throw std::runtime_error(text + ": " + message);
    }
}

std::vector<std::string> SqliteFile::rows(std::string_view sql) const {
    return rowsOf(m_db, std::string(sql));
}

std::int64_t SqliteFile::integer(std::string_view sql) const {
    const auto result = rows(sql);
    if (result.empty()) {
        throw std::runtime_error(std::string(sql) + ": no row");
    }
    return std::stoll(result.front());
}

std::string SqliteFile::text(std::string_view sql) const {
    const auto result = rows(sql);
    if (result.empty()) {
        throw std::runtime_error(std::string(sql) + ": no row");
    }
    return result.front();
}

std::vector<std::string> schemaOf(sqlite3* db) {
    auto schema = rowsOf(db, "SELECT type, name, tbl_name, sql FROM sqlite_master");
    std::sort(schema.begin(), schema.end());
    return schema;
}

std::vector<std::string> contentsOf(sqlite3* db) {
    std::vector<std::string> contents;
    // Test code only: the table names come from the file's own schema.
    for (const std::string& table :
         rowsOf(db,
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                "ORDER BY name")) {
        auto rows = rowsOf(db, "SELECT * FROM \"" + table + "\"");
        std::sort(rows.begin(), rows.end());
        for (auto& row : rows) {
            contents.push_back(table + ": " + row);
        }
    }
    return contents;
}

// --- Workspaces ---------------------------------------------------------------------------

std::vector<storage::Migration> firstMigrations(int count) {
    const auto& all = storage::builtInMigrations();
    return {all.begin(), all.begin() + count};
}

void createAtVersion(const fs::path& path, int version) {
    const auto migrations = firstMigrations(version);
    storage::OpenOptions options;
    options.migrations = &migrations;
    storage::Workspace::create(path, options);
}

void addManyPeople(storage::Workspace& workspace, int count) {
    catalog::Catalog catalog(workspace);
    for (int i = 0; i < count; ++i) {
        catalog::Person person;
        person.name = "Person " + std::to_string(i) + " " + std::string(150, 'x');
        person.email = "person" + std::to_string(i) + "@example.com";
        catalog.people.add(person);
    }
}

void checkpoint(storage::Workspace& workspace) {
    storage::execScript(workspace.handle(), "PRAGMA wal_checkpoint(TRUNCATE)");
}

std::chrono::system_clock::time_point utc(int year, unsigned month, unsigned day, int hour,
                                          int minute, int second) {
    using namespace std::chrono;
    return sys_days{std::chrono::year{year} / std::chrono::month{month} / std::chrono::day{day}} +
           hours{hour} + minutes{minute} + seconds{second};
}

// --- Errors -------------------------------------------------------------------------------

std::string refusal(const std::function<void()>& action) {
    try {
        action();
    } catch (const storage::WorkspaceError& error) {
        return error.kind() == storage::WorkspaceErrorKind::Invalid
                   ? error.what()
                   : std::string("wrong kind: ") + error.what();
    }
    return "(nothing was thrown)";
}

Date day(const char* text) {
    return *parseIsoDate(text);
}

std::string kindName(WorkspaceErrorKind kind) {
    switch (kind) {
        case WorkspaceErrorKind::NotFound:
            return "NotFound";
        case WorkspaceErrorKind::AlreadyExists:
            return "AlreadyExists";
        case WorkspaceErrorKind::NotAWorkspace:
            return "NotAWorkspace";
        case WorkspaceErrorKind::Corrupt:
            return "Corrupt";
        case WorkspaceErrorKind::NewerVersion:
            return "NewerVersion";
        case WorkspaceErrorKind::InUse:
            return "InUse";
        case WorkspaceErrorKind::ReadOnly:
            return "ReadOnly";
        case WorkspaceErrorKind::Io:
            return "Io";
        case WorkspaceErrorKind::Invalid:
            return "Invalid";
        case WorkspaceErrorKind::MigrationFailed:
            return "MigrationFailed";
    }
    return "kind " + std::to_string(static_cast<int>(kind));
}

::testing::AssertionResult isError(const std::optional<storage::WorkspaceError>& error,
                                   WorkspaceErrorKind kind, std::string_view messagePart) {
    if (!error) {
        return ::testing::AssertionFailure()
               << "expected a WorkspaceError " << kindName(kind) << ", nothing was thrown";
    }
    if (error->kind() != kind) {
        return ::testing::AssertionFailure() << "expected " << kindName(kind) << ", got "
                                             << kindName(error->kind()) << ": " << error->what();
    }
    const std::string message = error->what();
    if (message.find(messagePart) == std::string::npos) {
        return ::testing::AssertionFailure()
               << kindName(kind) << " message lacks \"" << messagePart << "\": " << message;
    }
    return ::testing::AssertionSuccess() << kindName(kind) << ": " << message;
}

// --- ChildProcess -------------------------------------------------------------------------

namespace {

void writeLine(int fd, std::string_view line) {
    std::string data(line);
    data += '\n';
    size_t written = 0;
    while (written < data.size()) {
        const ssize_t n = ::send(fd, data.data() + written, data.size() - written, MSG_NOSIGNAL);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            return;  // the other side is gone
        }
        written += static_cast<size_t>(n);
    }
}

// Takes one line out of `buffer` when it holds a whole one.
std::optional<std::string> takeLine(std::string& buffer) {
    const auto end = buffer.find('\n');
    if (end == std::string::npos) {
        return std::nullopt;
    }
    std::string line = buffer.substr(0, end);
    buffer.erase(0, end + 1);
    return line;
}

}  // namespace

void ChildProcess::Channel::send(std::string_view line) {
    writeLine(m_fd, line);
}

std::optional<std::string> ChildProcess::Channel::receive() {
    for (;;) {
        if (auto line = takeLine(m_buffer)) {
            return line;
        }
        char chunk[256];
        const ssize_t n = ::read(m_fd, chunk, sizeof chunk);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            return std::nullopt;
        }
        m_buffer.append(chunk, static_cast<size_t>(n));
    }
}

ChildProcess::ChildProcess(const std::function<int(Channel&)>& body) {
    int fds[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds) != 0) {
        throw std::runtime_error("socketpair failed");
    }
    m_pid = ::fork();
    if (m_pid < 0) {
        ::close(fds[0]);
        ::close(fds[1]);
        throw std::runtime_error("fork failed");
    }
    if (m_pid == 0) {
        ::close(fds[0]);
        Channel channel(fds[1]);
        int code = 0;
        try {
            code = body(channel);
        } catch (const std::exception& error) {
            channel.send(std::string("error: ") + error.what());
            code = 101;
        } catch (...) {
            channel.send("error: unknown exception");
            code = 101;
        }
        ::_exit(code);
    }
    ::close(fds[1]);
    m_fd = fds[0];
}

ChildProcess::~ChildProcess() {
    kill();
    ::close(m_fd);
}

void ChildProcess::send(std::string_view line) {
    writeLine(m_fd, line);
}

std::optional<std::string> ChildProcess::receive(std::chrono::milliseconds timeout) {
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    for (;;) {
        if (auto line = takeLine(m_buffer)) {
            return line;
        }
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
            deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0) {
            return std::nullopt;
        }
        pollfd ready{m_fd, POLLIN, 0};
        const int polled = ::poll(&ready, 1, static_cast<int>(left.count()));
        if (polled < 0 && errno == EINTR) {
            continue;
        }
        if (polled <= 0) {
            return std::nullopt;
        }
        char chunk[256];
        const ssize_t n = ::read(m_fd, chunk, sizeof chunk);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            return std::nullopt;
        }
        m_buffer.append(chunk, static_cast<size_t>(n));
    }
}

int ChildProcess::wait() {
    if (!m_status) {
        int status = 0;
        while (::waitpid(m_pid, &status, 0) < 0 && errno == EINTR) {
        }
        m_status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    }
    return *m_status;
}

void ChildProcess::kill() {
    if (!m_status) {
        ::kill(m_pid, SIGKILL);
        wait();
    }
}

}  // namespace pmm::test

namespace pmm::storage {

void PrintTo(WorkspaceErrorKind kind, std::ostream* out) {
    *out << test::kindName(kind);
}

void PrintTo(OpenMode mode, std::ostream* out) {
    *out << (mode == OpenMode::ReadWrite ? "ReadWrite" : "ReadOnly");
}

}  // namespace pmm::storage
