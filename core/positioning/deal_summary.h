#pragma once

#include <span>

#include "positioning/deal.h"
#include "positioning/win_rate.h"

namespace pmm::positioning {

// The line under the win/loss table: how many records the filter keeps, how they ended, and
// the win rate (won of decided) with its 95 % Wilson interval.
struct DealSummary {
    int records = 0;
    WinRate winRate;  // won, lost, no decision; `enough` once decided >= the minimum

    int ratePercent() const;
    int lowPercent() const;
    int highPercent() const;
};

// The summary of the deals that ended with `outcomes` (one per deal the filter keeps). Fewer
// decided deals than `minDeals` (the workspace's positioning.min_deals): too few to judge.
DealSummary summarizeDeals(std::span<const Outcome> outcomes, int minDeals);

}  // namespace pmm::positioning
