#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "battlecards/battlecard.h"
#include "battlecards/revision.h"

struct sqlite3;

namespace pmm::storage {

// Reads of battlecards shared by the store and the other battlecard classes of storage.
std::optional<battlecards::Battlecard> readBattlecard(sqlite3* db, std::int64_t id);
battlecards::BattlecardContent readContent(sqlite3* db, std::int64_t cardId);
// Newest first, without snapshots.
std::vector<battlecards::RevisionInfo> readRevisions(sqlite3* db, std::int64_t cardId);
// Throws WorkspaceError(Corrupt) when the stored snapshot cannot be read.
std::optional<battlecards::Revision> readRevision(sqlite3* db, std::int64_t cardId, int number);

}  // namespace pmm::storage
