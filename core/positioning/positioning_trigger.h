#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "positioning/positioning_facts.h"
#include "positioning/positioning_thresholds.h"
#include "positioning/win_rate.h"
#include "util/dates.h"

namespace pmm::positioning {

// Why a positioning review is due (PRODUCT.md §4). Scheduled is the quarterly cadence, which
// is a review's reason but never an alert.
enum class TriggerKind { Scheduled, FailedDeals, NewCompetitor, Pivot, Overdue };

// "scheduled", "failed_deals", "new_competitor", "pivot", "overdue": stored in reviews.
std::string_view triggerKey(TriggerKind kind);
std::optional<TriggerKind> triggerFromKey(std::string_view key);
// "scheduled review", "failed-deal pattern", "new competitor entry", "product pivot",
// "overdue review".
std::string_view triggerLabel(TriggerKind kind);

// An open trigger with its evidence: the deals and numbers behind it and one sentence that
// says it all ("failed-deal pattern: 4 deals lost to Acme on pricing in 90 days").
struct PositioningAlert {
    TriggerKind kind = TriggerKind::FailedDeals;
    std::string sentence;
    std::vector<std::int64_t> dealIds;  // the deals behind it, newest first
    std::optional<std::int64_t> competitorId;
    std::optional<std::int64_t> productId;
    std::optional<std::int64_t> segmentId;
    std::optional<std::int64_t> launchId;
    std::string reason;               // a loss pattern's reason
    std::optional<WinRate> current;   // a win-rate drop: this window ...
    std::optional<WinRate> previous;  // ... and the one before
    std::optional<Date> since;        // first seen, pivot since, last review
};

// Failed-deal pattern. The window is the `windowDays` days ending `today` (today included:
// with 90, a deal of today - 89 is in, one of today - 90 is not); the previous window is
// the same length just before it. Fires for each competitor and reason (ignoring case) with
// at least `lossPatternCount` lost deals in the window, and for each competitor whose win
// rate (won of decided) is at least `winRateDropPoints` points below the previous window's,
// when both windows have at least `minDeals` decided deals.
std::vector<PositioningAlert> failedDealAlerts(const PositioningFacts& facts,
                                               const PositioningThresholds& thresholds,
                                               const Date& today);

// New competitor entry: first seen after the last review (of any scope); with no review yet,
// within the last `overdueDays` days. Competitors first seen after today are not yet in.
std::vector<PositioningAlert> newCompetitorAlerts(const PositioningFacts& facts,
                                                  const PositioningThresholds& thresholds,
                                                  const Date& today);

// Product pivot: a pivot launch that reached "planned" with no review of its product (or
// of all products) on or after the day it got there.
std::vector<PositioningAlert> pivotAlerts(const PositioningFacts& facts);

// Overdue: a product × segment with a statement whose last review (one naming it, or one of
// all products / all segments) is more than `overdueDays` days ago; never reviewed counts
// from its first statement.
std::vector<PositioningAlert> overdueAlerts(const PositioningFacts& facts,
                                            const PositioningThresholds& thresholds,
                                            const Date& today);

// Every open trigger: failed-deal patterns, new competitors, pivots, overdue reviews.
std::vector<PositioningAlert> openTriggers(const PositioningFacts& facts,
                                           const PositioningThresholds& thresholds,
                                           const Date& today);

}  // namespace pmm::positioning
