#include "interchange/atomic_file_writer.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "storage/workspace_error.h"

namespace pmm::interchange {

namespace fs = std::filesystem;
using storage::WorkspaceError;
using storage::WorkspaceErrorKind;

namespace {

std::string quoted(const fs::path& path) {
    return "\"" + path.string() + "\"";
}

}  // namespace

AtomicFileWriter::AtomicFileWriter(const fs::path& path)
    : m_path(path), m_folder(fs::absolute(path).parent_path()) {
    struct stat existing {};
    const bool replacing = ::stat(path.c_str(), &existing) == 0;
    if (replacing && !S_ISREG(existing.st_mode)) {
        throw WorkspaceError(WorkspaceErrorKind::Io,
                             quoted(path) + " is not a regular file; nothing was written.");
    }
    m_temporary = path.string() + ".partial-XXXXXX";
    m_fd = ::mkostemp(m_temporary.data(), O_CLOEXEC);
    if (m_fd < 0) {
        m_temporary.clear();
        fail(errno, "creating a temporary file in " + quoted(m_folder));
    }
    if (replacing && ::fchmod(m_fd, existing.st_mode & 07777) != 0) {
        const int code = errno;
        closeFile();
        ::unlink(m_temporary.c_str());
        fail(code, "keeping the file's permissions");
    }
}

AtomicFileWriter::~AtomicFileWriter() {
    closeFile();
    if (!m_committed && !m_temporary.empty()) {
        ::unlink(m_temporary.c_str());
    }
}

int AtomicFileWriter::closeFile() {
    const int result = m_fd >= 0 ? ::close(m_fd) : 0;
    m_fd = -1;
    return result;
}

void AtomicFileWriter::fail(int code, const std::string& doing) const {
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
    throw WorkspaceError(kind, "Cannot write " + quoted(m_path) + " (" + doing + ": " + reason +
                                   "); the file was not changed.");
}

void AtomicFileWriter::append(std::string_view bytes) {
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(m_fd, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            fail(n < 0 ? errno : ENOSPC, "writing");
        }
        done += static_cast<std::size_t>(n);
    }
    m_written += done;
    startWriteback();
}

// The disk starts on what is written while the rest is still being made, so the flush in
// commit() waits for the last few megabytes rather than a whole large file. Only a hint: a
// failure here is ignored, as fsync() in commit() reports any that matters.
void AtomicFileWriter::startWriteback() {
#ifdef SYNC_FILE_RANGE_WRITE
    constexpr std::size_t kWritebackBytes = std::size_t{8} << 20;
    if (m_written - m_writebackFrom >= kWritebackBytes) {
        (void)::sync_file_range(m_fd, static_cast<off_t>(m_writebackFrom),
                                static_cast<off_t>(m_written - m_writebackFrom),
                                SYNC_FILE_RANGE_WRITE);
        m_writebackFrom = m_written;
    }
#endif
}

void AtomicFileWriter::commit() {
    if (::fsync(m_fd) != 0) {
        fail(errno, "flushing to disk");
    }
    if (closeFile() != 0) {
        fail(errno, "closing");
    }
    if (::rename(m_temporary.c_str(), m_path.c_str()) != 0) {
        fail(errno, "putting the new file in place");
    }
    m_committed = true;
    // The rename itself reaches the disk only when the folder is flushed.
    if (const int dir = ::open(m_folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC); dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
}

void writeFileAtomically(const fs::path& path, std::string_view bytes) {
    AtomicFileWriter file(path);
    file.append(bytes);
    file.commit();
}

}  // namespace pmm::interchange
