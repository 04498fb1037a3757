#pragma once

#include "interchange/workspace_data.h"

struct sqlite3;

namespace pmm::storage {

// Win/loss records, positioning statement versions and positioning reviews (with their
// participants and card refresh requests) as the interchange format sees them, each sorted
// by uid. Part of readWorkspaceData: the caller holds the read snapshot.
void readPositioning(sqlite3* db, interchange::WorkspaceData& data);

}  // namespace pmm::storage
