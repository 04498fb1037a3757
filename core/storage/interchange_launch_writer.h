#pragma once

#include <utility>
#include <vector>

#include "interchange/record_changes.h"
#include "interchange/workspace_data.h"

struct sqlite3;

namespace pmm::storage {

// Writes an import's tier rules and launches inside the caller's transaction, after the
// catalog they refer to. Records were validated before; references are resolved by uid.

// Removes an unused tier rule version and its checklist items (the untouched default an
// import replaces).
void removeUnusedTierRule(sqlite3* db, int version);
// Adds tier rule versions, each with its version number, checklist items and their uids.
void insertTierRules(sqlite3* db,
                     const std::vector<std::pair<int, const interchange::TierRuleRecord*>>& rules);

// Adds and replaces launches with their stated tier, checklist state and override history
// (history records are added or updated by uid, never removed).
void writeLaunches(sqlite3* db,
                   const interchange::RecordChanges<interchange::LaunchRecord>& changes);

}  // namespace pmm::storage
