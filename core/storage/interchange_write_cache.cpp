#include "storage/interchange_write_cache.h"

#include <sqlite3.h>

#include <string>

#include "storage/database.h"

namespace pmm::storage {

namespace {

long long pragmaValue(sqlite3* db, const char* pragma) {
    Statement current(db, pragma);
    current.step();
    return current.int64(0);
}

// `value` is a number this file read from SQLite itself or its own constant, never a user's.
void setPragma(sqlite3* db, const char* name, long long value) {
    const std::string sql = std::string("PRAGMA ") + name + " = " + std::to_string(value);
    sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr);
}

}  // namespace

InterchangeWriteCache::InterchangeWriteCache(sqlite3* db)
    : m_db(db),
      m_previousCache(pragmaValue(db, "PRAGMA cache_size")),
      m_previousAutocheckpoint(pragmaValue(db, "PRAGMA wal_autocheckpoint")) {
    execScript(db, "PRAGMA cache_size = -65536");
    execScript(db, "PRAGMA wal_autocheckpoint = 0");
}

InterchangeWriteCache::~InterchangeWriteCache() {
    setPragma(m_db, "cache_size", m_previousCache);
    setPragma(m_db, "wal_autocheckpoint", m_previousAutocheckpoint);
}

void checkpointAfterImport(sqlite3* db) {
    sqlite3_wal_checkpoint_v2(db, nullptr, SQLITE_CHECKPOINT_TRUNCATE, nullptr, nullptr);
}

}  // namespace pmm::storage
