#include "storage/backup_restore.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <ctime>
#include <string>

#include "storage/workspace.h"
#include "storage/workspace_error.h"

namespace pmm::storage {

namespace fs = std::filesystem;

namespace {

std::string quoted(const fs::path& path) {
    return "\"" + path.string() + "\"";
}

[[noreturn]] void ioFailure(const std::string& what, int code) {
    throw WorkspaceError(WorkspaceErrorKind::Io,
                         what + ": " + std::strerror(code) + ". The workspace was not changed.");
}

class Descriptor {
public:
    explicit Descriptor(int fd) : m_fd(fd) {}
    ~Descriptor() {
        if (m_fd >= 0) {
            ::close(m_fd);
        }
    }
    Descriptor(const Descriptor&) = delete;
    Descriptor& operator=(const Descriptor&) = delete;
    int get() const { return m_fd; }

private:
    int m_fd;
};

// A name beside `path` that does not exist yet: "<path>.replaced-20260302T101500Z".
fs::path asideName(const fs::path& path) {
    const std::time_t seconds =
        std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm utc{};
    gmtime_r(&seconds, &utc);
    std::array<char, 32> stamp{};
    std::strftime(stamp.data(), stamp.size(), "%Y%m%dT%H%M%SZ", &utc);
    const std::string base = path.string() + ".replaced-" + stamp.data();
    fs::path candidate = base;
    std::error_code error;
    for (int n = 2; fs::exists(candidate, error); ++n) {
        candidate = base + "-" + std::to_string(n);
    }
    return candidate;
}

void checkBackup(const fs::path& backup) {
    OpenOptions options;
    options.mode = OpenMode::ReadOnly;
    auto opened = Workspace::open(backup, options);
    const auto problems = opened->integrityProblems();
    if (!problems.empty()) {
        throw WorkspaceError(WorkspaceErrorKind::Corrupt, "The backup " + quoted(backup) +
                                                              " is damaged (" + problems.front() +
                                                              "); it was not restored.");
    }
}

// Copies `from` to a new temporary file beside `to`, flushed to disk; returns its path.
fs::path copyBeside(const fs::path& from, const fs::path& to) {
    Descriptor source(::open(from.c_str(), O_RDONLY | O_CLOEXEC));
    if (source.get() < 0) {
        ioFailure("Cannot read the backup " + quoted(from), errno);
    }
    std::string temporary = to.string() + ".restoring-XXXXXX";
    Descriptor target(::mkostemp(temporary.data(), O_CLOEXEC));
    if (target.get() < 0) {
        ioFailure("Cannot write beside " + quoted(to), errno);
    }
    std::array<char, 1 << 16> buffer{};
    for (;;) {
        const ssize_t n = ::read(source.get(), buffer.data(), buffer.size());
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n < 0) {
            const int code = errno;
            ::unlink(temporary.c_str());
            ioFailure("Cannot read the backup " + quoted(from), code);
        }
        if (n == 0) {
            break;
        }
        for (ssize_t done = 0; done < n;) {
            const ssize_t w =
                ::write(target.get(), buffer.data() + done, static_cast<size_t>(n - done));
            if (w < 0 && errno == EINTR) {
                continue;
            }
            if (w <= 0) {
                const int code = w < 0 ? errno : ENOSPC;
                ::unlink(temporary.c_str());
                ioFailure("Cannot write beside " + quoted(to), code);
            }
            done += w;
        }
    }
    if (::fsync(target.get()) != 0) {
        const int code = errno;
        ::unlink(temporary.c_str());
        ioFailure("Cannot flush the copy beside " + quoted(to), code);
    }
    return temporary;
}

}  // namespace

RestoredBackup restoreBackup(const fs::path& backup, const fs::path& workspace) {
    checkBackup(backup);
    std::error_code error;
    const bool exists = fs::exists(workspace, error);
    // The workspace's own lock, held until the restore is done: no app or command may have
    // it open while it is replaced.
    Descriptor lock(exists ? ::open(workspace.c_str(), O_RDONLY | O_CLOEXEC) : -1);
    if (exists && (lock.get() < 0 || ::flock(lock.get(), LOCK_EX | LOCK_NB) != 0)) {
        if (errno == EWOULDBLOCK) {
            throw WorkspaceError(WorkspaceErrorKind::InUse,
                                 "The workspace " + quoted(workspace) +
                                     " is in use by another PMM Workbench window or command. "
                                     "Close it there before restoring a backup.");
        }
        ioFailure("Cannot lock " + quoted(workspace), errno);
    }
    const fs::path copy = copyBeside(backup, workspace);

    RestoredBackup restored;
    for (const char* suffix : {"-wal", "-shm"}) {
        const fs::path companion = workspace.string() + suffix;
        if (fs::exists(companion, error)) {
            const fs::path aside = asideName(companion);
            if (::rename(companion.c_str(), aside.c_str()) != 0) {
                const int code = errno;
                ::unlink(copy.c_str());
                ioFailure("Cannot move " + quoted(companion) + " aside", code);
            }
            restored.movedAside.push_back(aside);
        }
    }
    if (exists) {
        const fs::path aside = asideName(workspace);
        fs::create_hard_link(workspace, aside, error);
        if (!error) {
            restored.movedAside.push_back(aside);
        }
    }
    if (::rename(copy.c_str(), workspace.c_str()) != 0) {
        const int code = errno;
        ::unlink(copy.c_str());
        ioFailure("Cannot put the backup in place at " + quoted(workspace), code);
    }
    const fs::path folder = fs::absolute(workspace).parent_path();
    if (const int dir = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC); dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
    return restored;
}

}  // namespace pmm::storage
