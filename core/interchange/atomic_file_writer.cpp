#include "interchange/atomic_file_writer.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>

#include "storage/workspace_error.h"

namespace pmm::interchange {

namespace fs = std::filesystem;
using storage::WorkspaceError;
using storage::WorkspaceErrorKind;

namespace {

std::string quoted(const fs::path& path) {
    return "\"" + path.string() + "\"";
}

[[noreturn]] void fail(const fs::path& path, int code, const std::string& doing) {
    std::string reason;
    WorkspaceErrorKind kind = WorkspaceErrorKind::Io;
    switch (code) {
        case ENOSPC:
        case EDQUOT:
            reason = "the disk is full";
            break;
        case EFBIG:
            reason = "the file would be larger than this process may write (a file size limit)";
            break;
        case EACCES:
        case EPERM:
        case EROFS:
            reason = "no permission to write there";
            kind = WorkspaceErrorKind::ReadOnly;
            break;
        default:
            reason = std::strerror(code);
            break;
    }
    throw WorkspaceError(kind, "Cannot write " + quoted(path) + " (" + doing + ": " + reason +
                                   "); the file was not changed.");
}

// Closes and removes the temporary file unless it was renamed into place.
class TemporaryFile {
public:
    explicit TemporaryFile(const fs::path& target)
        : m_path(target.string() + ".partial-XXXXXX"), m_fd(::mkostemp(m_path.data(), O_CLOEXEC)) {}
    ~TemporaryFile() {
        closeFile();
        if (!m_kept) {
            ::unlink(m_path.c_str());
        }
    }
    TemporaryFile(const TemporaryFile&) = delete;
    TemporaryFile& operator=(const TemporaryFile&) = delete;

    int fd() const { return m_fd; }
    const std::string& path() const { return m_path; }
    int closeFile() {
        const int result = m_fd >= 0 ? ::close(m_fd) : 0;
        m_fd = -1;
        return result;
    }
    void keep() { m_kept = true; }

private:
    std::string m_path;
    int m_fd;
    bool m_kept = false;
};

}  // namespace

void writeFileAtomically(const fs::path& path, std::string_view bytes) {
    const fs::path folder = fs::absolute(path).parent_path();
    struct stat existing {};
    const bool replacing = ::stat(path.c_str(), &existing) == 0;
    if (replacing && !S_ISREG(existing.st_mode)) {
        throw WorkspaceError(WorkspaceErrorKind::Io,
                             quoted(path) + " is not a regular file; nothing was written.");
    }
    TemporaryFile temporary(path);
    if (temporary.fd() < 0) {
        fail(path, errno, "creating a temporary file in " + quoted(folder));
    }
    if (replacing && ::fchmod(temporary.fd(), existing.st_mode & 07777) != 0) {
        fail(path, errno, "keeping the file's permissions");
    }
    std::size_t written = 0;
    while (written < bytes.size()) {
        const ssize_t n = ::write(temporary.fd(), bytes.data() + written, bytes.size() - written);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            fail(path, n < 0 ? errno : ENOSPC, "writing");
        }
        written += static_cast<std::size_t>(n);
    }
    if (::fsync(temporary.fd()) != 0) {
        fail(path, errno, "flushing to disk");
    }
    if (temporary.closeFile() != 0) {
        fail(path, errno, "closing");
    }
    if (::rename(temporary.path().c_str(), path.c_str()) != 0) {
        fail(path, errno, "putting the new file in place");
    }
    temporary.keep();
    // The rename itself reaches the disk only when the folder is flushed.
    if (const int dir = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC); dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
}

}  // namespace pmm::interchange
