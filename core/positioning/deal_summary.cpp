#include "positioning/deal_summary.h"

#include <cmath>

namespace pmm::positioning {

namespace {

int percentOf(double share) {
    return static_cast<int>(std::lround(share * 100.0));
}

}  // namespace

int DealSummary::ratePercent() const {
    return percentOf(winRate.rate());
}

int DealSummary::lowPercent() const {
    return percentOf(winRate.interval.low);
}

int DealSummary::highPercent() const {
    return percentOf(winRate.interval.high);
}

DealSummary summarizeDeals(std::span<const Outcome> outcomes, int minDeals) {
    DealSummary summary;
    summary.records = static_cast<int>(outcomes.size());
    for (const Outcome outcome : outcomes) {
        summary.winRate.add(outcome);
    }
    summary.winRate.finish(minDeals);
    return summary;
}

}  // namespace pmm::positioning
