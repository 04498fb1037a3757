#include "interchange/background_file_writer.h"

namespace pmm::interchange {

BackgroundFileWriter::BackgroundFileWriter(const std::filesystem::path& path, std::size_t depth)
    : m_file(path), m_depth(depth == 0 ? 1 : depth), m_thread([this] { writeQueued(); }) {}

BackgroundFileWriter::~BackgroundFileWriter() {
    {
        const std::lock_guard lock(m_mutex);
        m_queue.clear();  // abandoned: what waits is not worth writing
    }
    stop();
}

void BackgroundFileWriter::stop() {
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_changed.notify_all();
    if (m_thread.joinable()) {
        m_thread.join();
    }
}

void BackgroundFileWriter::throwIfFailed() {
    if (m_failure) {
        std::rethrow_exception(m_failure);
    }
}

void BackgroundFileWriter::writeQueued() {
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_changed.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
        if (m_queue.empty()) {
            return;
        }
        std::string piece = std::move(m_queue.front());
        m_queue.pop_front();
        const bool write = !m_failure;
        m_writing = true;
        lock.unlock();
        std::exception_ptr failure;
        try {
            if (write) {
                m_file.append(piece);
            }
        } catch (...) {
            failure = std::current_exception();
        }
        piece.clear();
        lock.lock();
        m_writing = false;
        if (failure) {
            m_failure = failure;
        }
        m_spare.push_back(std::move(piece));
        m_changed.notify_all();
    }
}

void BackgroundFileWriter::append(std::string& bytes) {
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_queue.size() < m_depth || m_failure; });
    throwIfFailed();
    m_queue.push_back(std::move(bytes));
    bytes.clear();
    if (!m_spare.empty()) {
        bytes = std::move(m_spare.back());
        m_spare.pop_back();
    }
    lock.unlock();
    m_changed.notify_all();
}

void BackgroundFileWriter::commit() {
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return (m_queue.empty() && !m_writing) || m_failure; });
        throwIfFailed();
    }
    stop();
    m_file.commit();
}

}  // namespace pmm::interchange
