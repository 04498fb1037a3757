#pragma once

#include <vector>

#include "launches/quarter.h"

namespace pmm::storage {
class Workspace;
}

namespace pmm::launches {

struct QuarterLaunchCount {
    Quarter quarter;
    int launches = 0;

    friend bool operator==(const QuarterLaunchCount&, const QuarterLaunchCount&) = default;
};

// Every quarter that has launches, oldest first, with how many: one query over the
// (quarter, tier, status) index, so pickers and benchmarks need not read the launches.
std::vector<QuarterLaunchCount> launchQuarters(const storage::Workspace& workspace);

}  // namespace pmm::launches
