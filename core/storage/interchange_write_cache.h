#pragma once

struct sqlite3;

namespace pmm::storage {

// Connection settings while an import writes, restored afterwards:
// - a larger page cache (64 MiB instead of SQLite's 2 MiB): 100,000 launches and their
//   indexes then fit. Larger does not pay: SQLite rewrites a page spilled to the write-ahead
//   log in place within the transaction (the -wal of the `large` import stays at the
//   workspace's size, 1.06 GB), and with a 1.5 GiB cache the same pages were written at the
//   commit instead, for the same CPU and 770 MB more memory.
// - no automatic checkpoint at the commit: checkpointAfterImport() does it, and truncates the
//   log instead of leaving a -wal as large as the import beside the workspace.
class InterchangeWriteCache {
public:
    explicit InterchangeWriteCache(sqlite3* db);
    ~InterchangeWriteCache();
    InterchangeWriteCache(const InterchangeWriteCache&) = delete;
    InterchangeWriteCache& operator=(const InterchangeWriteCache&) = delete;

private:
    sqlite3* m_db;
    long long m_previousCache;
    long long m_previousAutocheckpoint;
};

// Copies the committed import from the write-ahead log into the workspace file and truncates
// the log to zero bytes. The import is durable before this (the commit synced the log); if
// the copy cannot finish now (another process still reads an older state, a full disk), the
// log keeps the import and a later checkpoint copies it. Never throws.
void checkpointAfterImport(sqlite3* db);

}  // namespace pmm::storage
