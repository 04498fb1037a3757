#include "storage/interchange_write_cache.h"

#include <sqlite3.h>

#include <string>

#include "storage/database.h"

namespace pmm::storage {

InterchangeWriteCache::InterchangeWriteCache(sqlite3* db) : m_db(db) {
    Statement current(db, "PRAGMA cache_size");
    current.step();
    m_previous = current.int64(0);
    execScript(db, "PRAGMA cache_size = -65536");
}

InterchangeWriteCache::~InterchangeWriteCache() {
    // A number this class read from SQLite itself, never a user's value.
    const std::string restore = "PRAGMA cache_size = " + std::to_string(m_previous);
    sqlite3_exec(m_db, restore.c_str(), nullptr, nullptr, nullptr);
}

}  // namespace pmm::storage
