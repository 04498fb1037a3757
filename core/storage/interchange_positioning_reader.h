#pragma once

#include "interchange/workspace_data.h"
#include "storage/interchange_sinks.h"

struct sqlite3;

namespace pmm::storage {

// Win/loss records, positioning statement versions and positioning reviews (with their
// participants and card refresh requests) as the interchange format sees them, each sorted
// by uid. Part of readWorkspaceData: the caller holds the read snapshot. With `deals`, the
// win/loss records go to it instead, in table order.
void readPositioning(sqlite3* db, interchange::WorkspaceData& data, const DealSink& deals = {});

}  // namespace pmm::storage
