#pragma once

#include <cstdint>
#include <random>
#include <vector>

#include "launches/quarter.h"

namespace pmm::storage {
class Workspace;
}

namespace pmm::demo {

// The quarters demo launches span, fixed so a seed always gives the same data: 2025-Q3 to
// 2027-Q2. Statuses read as of late 2026: older quarters are launched and reviewed, 2026-Q4
// is in flight, 2027 is still being planned.
std::vector<launches::Quarter> demoLaunchQuarters();

// How many of `total` launches fall in each demo quarter (2026-Q4 is the busiest).
std::vector<int> demoLaunchesPerQuarter(int total);

// Adds `count` launches for the products and people already in the workspace, drawing from
// `random` (fillDemoData's generator, so the seed decides everything). Every launch passes
// the status gate; tiers come from the current rule; some carry an override with its reason
// and history; checklists are ticked as far as the status suggests. The caller holds the
// transaction. Throws WorkspaceError.
void fillDemoLaunches(storage::Workspace& workspace, int count, std::mt19937_64& random);

}  // namespace pmm::demo
