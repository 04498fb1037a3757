#pragma once

#include "interchange/workspace_data.h"

struct sqlite3;

namespace pmm::storage {

// The skills matrix as the interchange format sees it: competencies with their expectations
// (by level), assessments with their evidence links (in order), each sorted by uid. Part of
// readWorkspaceData: the caller holds the read snapshot.
void readSkills(sqlite3* db, interchange::WorkspaceData& data);

}  // namespace pmm::storage
