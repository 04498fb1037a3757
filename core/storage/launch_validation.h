#pragma once

#include "launches/launch.h"

struct sqlite3;

namespace pmm::launches {

// Checks every editable field of `launch` against the workspace (product and owner exist,
// quarter and dates parse, scores 1-5 or unscored, one-line evidence) and the status gate.
// Throws WorkspaceError(Invalid) with a sentence that starts with the field's name.
void validateLaunch(sqlite3* db, const Launch& launch);

}  // namespace pmm::launches
