#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "positioning/deal.h"
#include "storage/database.h"
#include "storage/uuid_sequence.h"

namespace pmm::storage {

// Inserts or updates deals by dedupe key with prepared statements, for imports and demo
// data. The caller holds the transaction.
//
// Not one UPSERT: `INSERT … ON CONFLICT DO UPDATE … RETURNING` made SQLite write a statement
// journal to a temporary file for every row (16 writes a row): a 100,000-row import took
// 0.8 s longer. Instead each row is first tried the way the row before it turned out: a
// first import inserts row after row (skipping a key already there), a weekly re-export
// mostly finds its rows stored and only compares them, updating those that changed.
class DealWriter {
public:
    enum class Result { Added, Updated, Unchanged };

    explicit DealWriter(sqlite3* db);
    // `deal.uid` may be empty: a new, time-ordered uid is drawn. An existing deal (same
    // dedupe key) keeps its id and uid and takes the other values of `deal`.
    Result write(const positioning::Deal& deal, std::string_view dedupeKey);

private:
    // Whether the stored deal under `dedupeKey` differs from `deal`; nullopt: none stored.
    std::optional<bool> storedDiffers(const positioning::Deal& deal, std::string_view dedupeKey,
                                      const std::string& closedOn);
    // Inserts `deal` unless its dedupe key is stored; true when it did.
    bool tryInsert(const positioning::Deal& deal, std::string_view dedupeKey,
                   const std::string& closedOn);
    Result updateStored(const positioning::Deal& deal, std::string_view dedupeKey,
                        const std::string& closedOn);

    sqlite3* m_db;
    Statement m_compare;
    Statement m_insert;
    Statement m_update;
    UuidSequence m_uids;
    bool m_lastWasStored = false;
};

}  // namespace pmm::storage
