#include "launches/quarter_overview.h"

#include <algorithm>

#include "storage/tier_rule_store.h"

namespace pmm::launches {

QuarterOverview summarizeQuarter(const Quarter& quarter, const std::vector<LaunchRow>& rows,
                                 int tierOneCapacity, const Date& asOf) {
    QuarterOverview overview;
    overview.quarter = toText(quarter);
    overview.asOf = toIsoText(asOf);
    overview.launches = static_cast<int>(rows.size());
    overview.summary = summarizeByTier(rows);
    overview.readiness = overview.summary.totals.readiness;
    int tierOne = 0;
    const long today = daysSinceEpoch(asOf);
    for (const LaunchRow& row : rows) {
        if (row.status == LaunchStatus::Cancelled) {
            continue;
        }
        tierOne += row.tier == 1 ? 1 : 0;
        if (!row.hasOutcome || !row.hasMetric) {
            MissingFrameLaunch missing{row, {}};
            if (!row.hasOutcome) {
                missing.missing.emplace_back("customer outcome");
            }
            if (!row.hasMetric) {
                missing.missing.emplace_back("success metric");
            }
            overview.missingFrame.push_back(std::move(missing));
        }
        const auto target = row.targetDate ? parseIsoDate(*row.targetDate) : std::nullopt;
        if (isOpen(row.status) && target && (!row.tier || !row.readiness.complete())) {
            const long days = daysSinceEpoch(*target) - today;
            if (days <= kAtRiskDays) {
                overview.atRisk.push_back(AtRiskLaunch{row, days});
            }
        }
    }
    std::stable_sort(overview.atRisk.begin(), overview.atRisk.end(),
                     [](const AtRiskLaunch& a, const AtRiskLaunch& b) {
                         return a.daysToTarget < b.daysToTarget;
                     });
    overview.capacity = tierCapacityUse(overview.quarter, tierOne, tierOneCapacity);
    return overview;
}

QuarterOverview computeQuarterOverview(storage::Workspace& workspace, const Quarter& quarter,
                                       const Date& asOf) {
    const int capacity = TierRuleStore(workspace).current().tier1Capacity;
    return summarizeQuarter(quarter, readLaunchRows(workspace, quarter), capacity, asOf);
}

}  // namespace pmm::launches
