#include "positioning/positioning_trigger.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <unordered_map>
#include <utility>

namespace pmm::positioning {

namespace {

constexpr TriggerKind kAllKinds[] = {TriggerKind::Scheduled, TriggerKind::FailedDeals,
                                     TriggerKind::NewCompetitor, TriggerKind::Pivot,
                                     TriggerKind::Overdue};

std::string prefix(TriggerKind kind) {
    return std::string(triggerLabel(kind)) + ": ";
}

std::string plural(long count, const char* word) {
    return std::to_string(count) + " " + word + (count == 1 ? "" : "s");
}

std::unordered_map<std::int64_t, const CompetitorFact*> competitorsById(
    const PositioningFacts& facts) {
    std::unordered_map<std::int64_t, const CompetitorFact*> byId;
    for (const CompetitorFact& competitor : facts.competitors) {
        byId.emplace(competitor.id, &competitor);
    }
    return byId;
}

std::string nameOf(const std::unordered_map<std::int64_t, const CompetitorFact*>& byId,
                   std::int64_t id) {
    const auto found = byId.find(id);
    return found == byId.end() ? "competitor #" + std::to_string(id) : found->second->name;
}

// Deals of the two windows, by competitor.
struct CompetitorWindows {
    WinRate current;
    WinRate previous;
    std::vector<const DealFact*> currentLosses;
};

struct WindowTally {
    std::map<std::int64_t, CompetitorWindows> byCompetitor;
    std::map<std::pair<std::int64_t, int>, std::vector<const DealFact*>> lossesByReason;
};

WindowTally tallyWindows(const PositioningFacts& facts, long todayDays, int windowDays) {
    WindowTally tally;
    const long currentStart = todayDays - windowDays + 1;
    const long previousStart = currentStart - windowDays;
    for (const DealFact& deal : facts.deals) {
        if (deal.competitorId == 0 || deal.day > todayDays || deal.day < previousStart) {
            continue;
        }
        CompetitorWindows& windows = tally.byCompetitor[deal.competitorId];
        if (deal.day < currentStart) {
            windows.previous.add(deal.outcome);
            continue;
        }
        windows.current.add(deal.outcome);
        if (deal.outcome == Outcome::Lost) {
            windows.currentLosses.push_back(&deal);
            if (deal.reason >= 0) {
                tally.lossesByReason[{deal.competitorId, deal.reason}].push_back(&deal);
            }
        }
    }
    return tally;
}

std::vector<std::int64_t> newestFirst(std::vector<const DealFact*> deals) {
    std::ranges::sort(deals, [](const DealFact* a, const DealFact* b) {
        return a->day != b->day ? a->day > b->day : a->id > b->id;
    });
    std::vector<std::int64_t> ids;
    ids.reserve(deals.size());
    for (const DealFact* deal : deals) {
        ids.push_back(deal->id);
    }
    return ids;
}

// Exact: 100 * (previous rate - current rate) >= points, in integers.
bool droppedBy(const WinRate& current, const WinRate& previous, int points) {
    const long long left = 100LL * (static_cast<long long>(previous.won) * current.decided() -
                                    static_cast<long long>(current.won) * previous.decided());
    return left >= static_cast<long long>(points) * previous.decided() * current.decided();
}

int percent(double share) {
    return static_cast<int>(std::lround(share * 100.0));
}

PositioningAlert lossPatternAlert(const std::string& competitor, const std::string& reason,
                                  std::int64_t competitorId,
                                  const std::vector<const DealFact*>& losses, int windowDays) {
    PositioningAlert alert;
    alert.kind = TriggerKind::FailedDeals;
    alert.competitorId = competitorId;
    alert.reason = reason;
    alert.dealIds = newestFirst(losses);
    alert.sentence = prefix(alert.kind) + plural(static_cast<long>(losses.size()), "deal") +
                     " lost to " + competitor + " on " + reason + " in " +
                     std::to_string(windowDays) + " days";
    return alert;
}

PositioningAlert winRateDropAlert(const std::string& competitor, std::int64_t competitorId,
                                  const CompetitorWindows& windows, int windowDays) {
    PositioningAlert alert;
    alert.kind = TriggerKind::FailedDeals;
    alert.competitorId = competitorId;
    alert.current = windows.current;
    alert.previous = windows.previous;
    alert.dealIds = newestFirst(windows.currentLosses);
    const int points =
        static_cast<int>(std::lround((windows.previous.rate() - windows.current.rate()) * 100.0));
    alert.sentence = prefix(alert.kind) + "win rate against " + competitor + " down " +
                     std::to_string(points) + " points in " + std::to_string(windowDays) +
                     " days (" + std::to_string(percent(windows.current.rate())) + " % of " +
                     std::to_string(windows.current.decided()) + " decided deals, was " +
                     std::to_string(percent(windows.previous.rate())) + " % of " +
                     std::to_string(windows.previous.decided()) + ")";
    return alert;
}

bool covers(const ReviewFact& review, std::int64_t productId) {
    return !review.productId || *review.productId == productId;
}

bool covers(const ReviewFact& review, const ScopeFact& scope) {
    return covers(review, scope.productId) &&
           (!review.segmentId || *review.segmentId == scope.segmentId);
}

}  // namespace

std::string_view triggerKey(TriggerKind kind) {
    switch (kind) {
        case TriggerKind::Scheduled:
            return "scheduled";
        case TriggerKind::FailedDeals:
            return "failed_deals";
        case TriggerKind::NewCompetitor:
            return "new_competitor";
        case TriggerKind::Pivot:
            return "pivot";
        case TriggerKind::Overdue:
            return "overdue";
    }
    return "scheduled";
}

std::optional<TriggerKind> triggerFromKey(std::string_view key) {
    for (const TriggerKind kind : kAllKinds) {
        if (triggerKey(kind) == key) {
            return kind;
        }
    }
    return std::nullopt;
}

std::string_view triggerLabel(TriggerKind kind) {
    switch (kind) {
        case TriggerKind::Scheduled:
            return "scheduled review";
        case TriggerKind::FailedDeals:
            return "failed-deal pattern";
        case TriggerKind::NewCompetitor:
            return "new competitor entry";
        case TriggerKind::Pivot:
            return "product pivot";
        case TriggerKind::Overdue:
            return "overdue review";
    }
    return "scheduled review";
}

std::vector<PositioningAlert> failedDealAlerts(const PositioningFacts& facts,
                                               const PositioningThresholds& thresholds,
                                               const Date& today) {
    const WindowTally tally = tallyWindows(facts, daysSinceEpoch(today), thresholds.windowDays);
    const auto byId = competitorsById(facts);
    std::vector<PositioningAlert> alerts;
    for (const auto& [key, losses] : tally.lossesByReason) {
        if (static_cast<int>(losses.size()) >= thresholds.lossPatternCount) {
            alerts.push_back(lossPatternAlert(
                nameOf(byId, key.first), facts.reasons.at(static_cast<std::size_t>(key.second)),
                key.first, losses, thresholds.windowDays));
        }
    }
    for (auto [competitorId, windows] : tally.byCompetitor) {
        windows.current.finish(thresholds.minDeals);
        windows.previous.finish(thresholds.minDeals);
        if (windows.current.enough && windows.previous.enough &&
            droppedBy(windows.current, windows.previous, thresholds.winRateDropPoints)) {
            alerts.push_back(winRateDropAlert(nameOf(byId, competitorId), competitorId, windows,
                                              thresholds.windowDays));
        }
    }
    std::ranges::stable_sort(alerts, [](const PositioningAlert& a, const PositioningAlert& b) {
        return a.dealIds.size() > b.dealIds.size();
    });
    return alerts;
}

std::vector<PositioningAlert> newCompetitorAlerts(const PositioningFacts& facts,
                                                  const PositioningThresholds& thresholds,
                                                  const Date& today) {
    std::optional<Date> lastReview;
    for (const ReviewFact& review : facts.reviews) {
        if (review.on <= today && (!lastReview || review.on > *lastReview)) {
            lastReview = review.on;
        }
    }
    const Date after = lastReview.value_or(addDays(today, -thresholds.overdueDays));
    std::vector<PositioningAlert> alerts;
    for (const CompetitorFact& competitor : facts.competitors) {
        if (!competitor.firstSeen || *competitor.firstSeen <= after ||
            *competitor.firstSeen > today) {
            continue;
        }
        PositioningAlert alert;
        alert.kind = TriggerKind::NewCompetitor;
        alert.competitorId = competitor.id;
        alert.since = competitor.firstSeen;
        const long from = daysSinceEpoch(*competitor.firstSeen);
        std::vector<const DealFact*> deals;
        int lost = 0;
        for (const DealFact& deal : facts.deals) {
            if (deal.competitorId == competitor.id && deal.day >= from) {
                deals.push_back(&deal);
                lost += deal.outcome == Outcome::Lost ? 1 : 0;
            }
        }
        alert.dealIds = newestFirst(deals);
        alert.sentence = prefix(alert.kind) + competitor.name + " first seen " +
                         toIsoText(*competitor.firstSeen) +
                         (lastReview ? ", after the last review (" + toIsoText(*lastReview) + ")"
                                     : ", and no review since") +
                         "; " + plural(static_cast<long>(deals.size()), "deal") + " since, " +
                         std::to_string(lost) + " lost";
        alerts.push_back(std::move(alert));
    }
    return alerts;
}

std::vector<PositioningAlert> pivotAlerts(const PositioningFacts& facts) {
    std::vector<PositioningAlert> alerts;
    for (const PivotLaunchFact& launch : facts.pivots) {
        const bool reviewed = std::ranges::any_of(facts.reviews, [&](const ReviewFact& review) {
            return review.on >= launch.since && covers(review, launch.productId);
        });
        if (reviewed) {
            continue;
        }
        PositioningAlert alert;
        alert.kind = TriggerKind::Pivot;
        alert.launchId = launch.id;
        alert.productId = launch.productId;
        alert.since = launch.since;
        alert.sentence = prefix(alert.kind) + "launch \"" + launch.name + "\" changes " +
                         launch.product + "'s direction and is planned since " +
                         toIsoText(launch.since) + "; " + launch.product +
                         " was not reviewed since";
        alerts.push_back(std::move(alert));
    }
    return alerts;
}

std::vector<PositioningAlert> overdueAlerts(const PositioningFacts& facts,
                                            const PositioningThresholds& thresholds,
                                            const Date& today) {
    std::vector<PositioningAlert> alerts;
    for (const ScopeFact& scope : facts.scopes) {
        std::optional<Date> last;
        for (const ReviewFact& review : facts.reviews) {
            if (review.on <= today && covers(review, scope) && (!last || review.on > *last)) {
                last = review.on;
            }
        }
        const Date from = last.value_or(scope.since);
        const long days = daysSinceEpoch(today) - daysSinceEpoch(from);
        if (days <= thresholds.overdueDays) {
            continue;
        }
        PositioningAlert alert;
        alert.kind = TriggerKind::Overdue;
        alert.productId = scope.productId;
        alert.segmentId = scope.segmentId;
        alert.since = from;
        alert.sentence = prefix(alert.kind) + scope.product + " in " + scope.segment +
                         (last ? " last reviewed " + toIsoText(*last)
                               : " never reviewed; statement since " + toIsoText(from)) +
                         " (" + plural(days, "day") + " ago, more than " +
                         std::to_string(thresholds.overdueDays) + ")";
        alerts.push_back(std::move(alert));
    }
    return alerts;
}

std::vector<PositioningAlert> openTriggers(const PositioningFacts& facts,
                                           const PositioningThresholds& thresholds,
                                           const Date& today) {
    std::vector<PositioningAlert> alerts = failedDealAlerts(facts, thresholds, today);
    std::ranges::move(newCompetitorAlerts(facts, thresholds, today), std::back_inserter(alerts));
    std::ranges::move(pivotAlerts(facts), std::back_inserter(alerts));
    std::ranges::move(overdueAlerts(facts, thresholds, today), std::back_inserter(alerts));
    return alerts;
}

}  // namespace pmm::positioning
