#pragma once

#include "interchange/workspace_data.h"
#include "storage/interchange_sinks.h"

struct sqlite3;

namespace pmm::storage {

// The workspace's competitor launches and battlecards as the interchange format sees them,
// each sorted by uid (a card's lines in order, its revisions by number). Part of
// readWorkspaceData: the caller holds the read snapshot.
void readCompetitorLaunches(sqlite3* db, interchange::WorkspaceData& data);
// A revision whose snapshot is the card's current text is read without its text (see
// CardRevisionRecord). Throws WorkspaceError(Corrupt) for a snapshot that cannot be read.
// With `sink`, the cards go to it instead, in table order, their revisions' text unread.
void readBattlecards(sqlite3* db, interchange::WorkspaceData& data,
                     const BattlecardSink& sink = {});

// The revisions' text of a card read for a sink, as readBattlecards() gives it; any thread.
// Throws WorkspaceError(Corrupt) for a snapshot that cannot be read.
void resolveRevisionTexts(StoredCard& stored);

}  // namespace pmm::storage
