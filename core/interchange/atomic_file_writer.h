#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>

namespace pmm::interchange {

// Writes a file so that readers see the old file or the whole new one, never a part: a
// temporary file beside it is written in full, flushed to disk (fsync), renamed over the
// path by commit(), and the folder is flushed. A new file is private (0600); a replaced file
// keeps its permissions. Bytes may be appended piece by piece, so a large export never has
// to exist in memory at once. On any failure (no permission, disk full, a file size limit)
// a storage::WorkspaceError (ReadOnly or Io) says why in a sentence; the temporary file is
// removed unless commit() succeeded, and the path is byte-for-byte as it was.
class AtomicFileWriter {
public:
    explicit AtomicFileWriter(const std::filesystem::path& path);
    ~AtomicFileWriter();
    AtomicFileWriter(const AtomicFileWriter&) = delete;
    AtomicFileWriter& operator=(const AtomicFileWriter&) = delete;

    void append(std::string_view bytes);
    // Flushes, closes and renames the temporary file into place.
    void commit();
    std::size_t bytesWritten() const { return m_written; }

private:
    [[noreturn]] void fail(int code, const std::string& doing) const;
    int closeFile();
    void startWriteback();

    std::filesystem::path m_path;
    std::filesystem::path m_folder;
    std::string m_temporary;
    int m_fd = -1;
    bool m_committed = false;
    std::size_t m_written = 0;
    std::size_t m_writebackFrom = 0;
};

// The whole of `bytes` to `path`, written atomically as above.
void writeFileAtomically(const std::filesystem::path& path, std::string_view bytes);

}  // namespace pmm::interchange
