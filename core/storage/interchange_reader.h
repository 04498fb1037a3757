#pragma once

#include "interchange/workspace_data.h"

struct sqlite3;

namespace pmm::storage {

// Everything in a workspace as the interchange format sees it (references as uids), in
// the export's order: levels by rank, settings by key, tier rules by version, the rest by
// uid (a launch's checklist by item uid, its overrides as recorded). Reads one consistent
// snapshot (a read transaction unless the caller already holds one).
interchange::WorkspaceData readWorkspaceData(sqlite3* db);

}  // namespace pmm::storage
