#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <memory>
#include <mutex>
#include <utility>
#include <vector>

namespace pmm::interchange {

// Records handed from the thread that reads them to the thread that formats them, in batches
// that go back and forth: a record is swapped with one in a slot that held an earlier record,
// so the reading thread refills the strings and lists of records already formatted and
// reuses their memory. At most `maxBatches` exist at once, so memory stays bounded.
template <class Record>
class RecordPipe {
public:
    explicit RecordPipe(std::size_t batchSize = 256, std::size_t maxBatches = 32)
        : m_batchSize(batchSize), m_maxBatches(maxBatches) {}

    // Reading thread: one more record, taken from `record`, which holds an earlier one's
    // contents instead (or is empty). Throws what made the formatting thread fail.
    void add(Record& record) {
        if (m_filling == nullptr) {
            m_filling = emptyBatch();
        }
        Batch& batch = *m_filling;
        if (batch.count == batch.records.size()) {
            batch.records.emplace_back();
        }
        using std::swap;
        swap(batch.records[batch.count], record);
        if (++batch.count == m_batchSize) {
            send();
        }
    }
    // Reading thread: the last record was added.
    void close() {
        if (m_filling != nullptr) {
            send();
        }
        const std::lock_guard lock(m_mutex);
        m_closed = true;
        m_changed.notify_all();
    }
    // Reading thread: no more records will come (the read failed).
    void abandon() {
        const std::lock_guard lock(m_mutex);
        m_abandoned = true;
        m_changed.notify_all();
    }

    // Formatting thread: `each(Record&)` for every record, in order, until the pipe is closed
    // (`each` may change the record). Returns false when it was abandoned instead.
    template <class Each>
    bool drain(const Each& each) {
        for (;;) {
            std::unique_ptr<Batch> batch;
            {
                std::unique_lock lock(m_mutex);
                m_changed.wait(lock, [this] { return !m_full.empty() || m_closed || m_abandoned; });
                if (m_abandoned) {
                    return false;
                }
                if (m_full.empty()) {
                    return true;
                }
                batch = std::move(m_full.front());
                m_full.pop_front();
            }
            for (std::size_t i = 0; i < batch->count; ++i) {
                each(batch->records[i]);
            }
            batch->count = 0;
            const std::lock_guard lock(m_mutex);
            m_empty.push_back(std::move(batch));
            m_changed.notify_all();
        }
    }
    // Formatting thread: it stopped because of `failure`; the reading thread throws it.
    void fail(std::exception_ptr failure) {
        const std::lock_guard lock(m_mutex);
        m_failure = std::move(failure);
        m_changed.notify_all();
    }

private:
    struct Batch {
        std::vector<Record> records;
        std::size_t count = 0;
    };

    std::unique_ptr<Batch> emptyBatch() {
        std::unique_lock lock(m_mutex);
        m_changed.wait(
            lock, [this] { return !m_empty.empty() || m_created < m_maxBatches || m_failure; });
        if (m_failure) {
            std::rethrow_exception(m_failure);
        }
        if (m_empty.empty()) {
            ++m_created;
            auto batch = std::make_unique<Batch>();
            batch->records.reserve(m_batchSize);
            return batch;
        }
        auto batch = std::move(m_empty.back());
        m_empty.pop_back();
        return batch;
    }

    void send() {
        const std::lock_guard lock(m_mutex);
        if (m_failure) {
            std::rethrow_exception(m_failure);
        }
        m_full.push_back(std::move(m_filling));
        m_changed.notify_all();
    }

    std::size_t m_batchSize;
    std::size_t m_maxBatches;
    std::unique_ptr<Batch> m_filling;  // reading thread only
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::unique_ptr<Batch>> m_full;
    std::vector<std::unique_ptr<Batch>> m_empty;
    std::size_t m_created = 0;
    bool m_closed = false;
    bool m_abandoned = false;
    std::exception_ptr m_failure;
};

}  // namespace pmm::interchange
