#pragma once

#include <string>
#include <vector>

#include "launches/quarter.h"
#include "launches/readiness.h"
#include "launches/tier_capacity.h"
#include "launches/tier_summary.h"
#include "storage/launch_row.h"
#include "util/dates.h"

namespace pmm::storage {
class Workspace;
}

namespace pmm::launches {

// A launch close to its target date without its deliverables done.
struct AtRiskLaunch {
    LaunchRow launch;
    long daysToTarget = 0;  // negative when the target date has passed
};

// A launch (not cancelled) without its customer outcome or a complete success metric.
struct MissingFrameLaunch {
    LaunchRow launch;
    std::vector<std::string> missing;  // "customer outcome", "success metric"
};

inline constexpr long kAtRiskDays = 14;

// What the Quarter view shows.
struct QuarterOverview {
    std::string quarter;
    std::string asOf;  // YYYY-MM-DD
    int launches = 0;
    TierSummary summary;
    TierCapacityUse capacity;
    // Over the quarter's tiered launches that are not cancelled.
    Readiness readiness;
    // Still open (idea to in progress), target date on or before asOf + 14 days (overdue ones
    // included), and readiness below 100 % or no tier yet. By target date, then name.
    std::vector<AtRiskLaunch> atRisk;
    // By name.
    std::vector<MissingFrameLaunch> missingFrame;
};

// From rows already read (the Quarter view's model may hold them).
QuarterOverview summarizeQuarter(const Quarter& quarter, const std::vector<LaunchRow>& rows,
                                 int tierOneCapacity, const Date& asOf);

// One query for the rows, one for the current rule's capacity.
QuarterOverview computeQuarterOverview(storage::Workspace& workspace, const Quarter& quarter,
                                       const Date& asOf);

}  // namespace pmm::launches
