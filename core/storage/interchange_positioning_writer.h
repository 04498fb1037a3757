#pragma once

#include <string>
#include <utility>
#include <vector>

#include "interchange/record_changes.h"
#include "interchange/workspace_data.h"

struct sqlite3;

namespace pmm::storage {

// Writes an import's win/loss records, positioning statements and reviews inside the
// caller's transaction, after the catalog, people and cards they refer to. Records were
// validated before; references are resolved by uid.

// Deals to add, and to update together with the uid the workspace stores them under (a deal
// matched by its dedupe key takes the file's uid).
struct DealChanges {
    std::vector<const interchange::DealRecord*> added;
    std::vector<std::pair<const interchange::DealRecord*, std::string>> updated;
};

// Adds and updates deals. Updated deals pass through placeholder dedupe keys first, so two
// deals of the file may swap keys.
void writeDeals(sqlite3* db, const DealChanges& changes);

// Adds statement versions, each with the version number given beside it.
void insertStatements(
    sqlite3* db, const std::vector<std::pair<int, const interchange::StatementRecord*>>& added);

// Adds and replaces reviews with their participants and card refresh requests.
void writeReviews(sqlite3* db,
                  const interchange::RecordChanges<interchange::ReviewRecord>& changes);

}  // namespace pmm::storage
