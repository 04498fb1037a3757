#pragma once

#include <functional>
#include <span>
#include <string_view>

#include "interchange/workspace_data.h"
#include "storage/interchange_sinks.h"

struct sqlite3;

namespace pmm::storage {

// Everything in a workspace as the interchange format sees it (references as uids), in
// the export's order: levels by rank, settings by key, tier rules by version, the rest by
// uid (a launch's checklist by item uid, its overrides as recorded). Reads one consistent
// snapshot (a read transaction unless the caller already holds one).
interchange::WorkspaceData readWorkspaceData(sqlite3* db);

// The same snapshot read in parts, each handed on as soon as it is read so that it can be
// written out while the next is read: `part` holds only the sections named by `sections`
// (interchange keys, see interchange/format.h), the rest of it is empty. Every section
// comes in exactly one part. A section with a sink in `sinks` has its records handed to that
// sink one by one, in table order, while its part is read; its part then holds none of them.
using TakePart = std::function<void(interchange::WorkspaceData&& part,
                                    std::span<const std::string_view> sections)>;
void readWorkspaceParts(sqlite3* db, const TakePart& take, const RecordSinks& sinks = {});

}  // namespace pmm::storage
