#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <filesystem>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "interchange/atomic_file_writer.h"

namespace pmm::interchange {

// An AtomicFileWriter fed through a small queue by another thread, so that text is formatted
// while the kernel copies the previous piece to the file. Same promises as AtomicFileWriter:
// the file appears whole only on commit(), and a failed write (disk full, a file size limit)
// leaves the path as it was; its WorkspaceError is thrown by the next append() or commit().
class BackgroundFileWriter {
public:
    // At most `depth` pieces wait to be written: memory stays bounded when the disk is slow.
    explicit BackgroundFileWriter(const std::filesystem::path& path, std::size_t depth = 4);
    ~BackgroundFileWriter();
    BackgroundFileWriter(const BackgroundFileWriter&) = delete;
    BackgroundFileWriter& operator=(const BackgroundFileWriter&) = delete;

    // Queues `bytes` and leaves an empty buffer in its place (one written before, so its
    // memory is used again).
    void append(std::string& bytes);
    // Waits for the queue to be written, then flushes and renames as AtomicFileWriter does.
    void commit();
    std::size_t bytesWritten() const { return m_file.bytesWritten(); }

private:
    void writeQueued();
    void stop();
    void throwIfFailed();

    AtomicFileWriter m_file;
    std::size_t m_depth;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::string> m_queue;
    std::vector<std::string> m_spare;
    bool m_writing = false;
    bool m_stopping = false;
    std::exception_ptr m_failure;
    std::thread m_thread;  // last: started once everything above exists
};

}  // namespace pmm::interchange
