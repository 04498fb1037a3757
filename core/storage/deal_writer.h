#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "positioning/deal.h"
#include "storage/database.h"

namespace pmm::storage {

// Inserts or updates deals by dedupe key with one prepared statement, for imports and demo
// data. The caller holds the transaction.
class DealWriter {
public:
    enum class Result { Added, Updated, Unchanged };

    explicit DealWriter(sqlite3* db);
    // `deal.uid` may be empty: a new uid is drawn.
    Result write(const positioning::Deal& deal, std::string_view dedupeKey);

private:
    Statement m_upsert;
};

}  // namespace pmm::storage
