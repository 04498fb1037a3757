#pragma once

struct sqlite3;

namespace pmm::storage {

// A larger page cache while an import writes (64 MiB instead of SQLite's 2 MiB), restored
// afterwards: 100,000 launches and their indexes then fit, instead of spilling the same
// pages to the write-ahead log again and again inside the one transaction.
class InterchangeWriteCache {
public:
    explicit InterchangeWriteCache(sqlite3* db);
    ~InterchangeWriteCache();
    InterchangeWriteCache(const InterchangeWriteCache&) = delete;
    InterchangeWriteCache& operator=(const InterchangeWriteCache&) = delete;

private:
    sqlite3* m_db;
    long long m_previous;
};

}  // namespace pmm::storage
