#pragma once

#include <vector>

#include "interchange/record_changes.h"
#include "interchange/workspace_data.h"

struct sqlite3;

namespace pmm::storage {

// Writes an import's competitor launches and battlecards inside the caller's transaction,
// after the catalog they refer to. Records were validated before; references are resolved
// by uid.

// A card to add or update, with the revisions of the file the workspace does not hold yet.
struct CardWrite {
    const interchange::BattlecardRecord* card = nullptr;
    bool add = false;
    std::vector<const interchange::CardRevisionRecord*> newRevisions;
};

// Adds and updates competitor launches by uid. Logging through the app flags cards; an
// import does not: each card states its refresh state.
void writeCompetitorLaunches(
    sqlite3* db, const interchange::RecordChanges<interchange::CompetitorLaunchRecord>& changes);

// Adds and updates cards with their lines, exact refresh state and timestamps; appends the
// new revisions after each card's stored ones. The search index is written once, at the end,
// for every written card (see SearchIndexing::Deferred).
void writeBattlecards(sqlite3* db, const std::vector<CardWrite>& cards);

}  // namespace pmm::storage
