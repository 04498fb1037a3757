#pragma once

#include <array>
#include <optional>
#include <vector>

#include "launches/launch.h"
#include "launches/readiness.h"
#include "storage/launch_row.h"

namespace pmm::launches {

// Launch counts of one tier by status, with the tier's readiness.
struct TierSummaryRow {
    std::optional<int> tier;                             // empty: launches not tiered yet
    std::array<int, kLaunchStatuses.size()> byStatus{};  // indexed by LaunchStatus
    int total = 0;
    // Sum of done / sum of required over the row's launches that are not cancelled.
    Readiness readiness;

    int count(LaunchStatus status) const;
    friend bool operator==(const TierSummaryRow&, const TierSummaryRow&) = default;
};

struct TierSummary {
    // Tier 1, Tier 2, Tier 3 always; then "not tiered" when any launch has no tier.
    std::vector<TierSummaryRow> rows;
    TierSummaryRow totals;  // tier empty
};

TierSummary summarizeByTier(const std::vector<LaunchRow>& launches);

}  // namespace pmm::launches
