#include "launches/tier_summary.h"

namespace pmm::launches {

int TierSummaryRow::count(LaunchStatus status) const {
    return byStatus[static_cast<size_t>(status)];
}

TierSummary summarizeByTier(const std::vector<LaunchRow>& launches) {
    TierSummary summary;
    for (int tier = 1; tier <= kTierCount; ++tier) {
        summary.rows.push_back(TierSummaryRow{tier, {}, 0, {}});
    }
    TierSummaryRow untiered;
    auto add = [](TierSummaryRow& row, const LaunchRow& launch) {
        ++row.byStatus[static_cast<size_t>(launch.status)];
        ++row.total;
        if (launch.status != LaunchStatus::Cancelled) {
            row.readiness += launch.readiness;
        }
    };
    for (const LaunchRow& launch : launches) {
        const bool tiered = launch.tier && *launch.tier >= 1 && *launch.tier <= kTierCount;
        add(tiered ? summary.rows[static_cast<size_t>(*launch.tier - 1)] : untiered, launch);
        add(summary.totals, launch);
    }
    if (untiered.total > 0) {
        summary.rows.push_back(untiered);
    }
    return summary;
}

}  // namespace pmm::launches
