#pragma once

#include "interchange/record_changes.h"
#include "interchange/workspace_data.h"

struct sqlite3;

namespace pmm::storage {

// Writes an import's catalog records, matched by uid (levels by rank, settings by key),
// inside the caller's transaction. The records were validated against the workspace before:
// these functions only order the statements so that no constraint trips half way (a name
// two records swap, a manager added later in the same import).
void writeLevels(sqlite3* db, const interchange::RecordChanges<interchange::LevelRecord>& changes);
void writeSettings(sqlite3* db,
                   const interchange::RecordChanges<interchange::SettingRecord>& changes);
void writePeople(sqlite3* db, const interchange::RecordChanges<interchange::PersonRecord>& changes);
void writeProducts(sqlite3* db,
                   const interchange::RecordChanges<interchange::ProductRecord>& changes);
void writeSegments(sqlite3* db,
                   const interchange::RecordChanges<interchange::SegmentRecord>& changes);
void writeCompetitors(sqlite3* db,
                      const interchange::RecordChanges<interchange::CompetitorRecord>& changes);

}  // namespace pmm::storage
