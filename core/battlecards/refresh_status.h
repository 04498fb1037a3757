#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "util/dates.h"

namespace pmm::battlecards {

// Where a card stands in the refresh protocol. A pending competitor launch outranks the
// calendar: a card the market just changed under is not "current" however recent.
enum class RefreshStatus { Current, DueSoon, Stale, RefreshRequired };

// A card is "due soon" from this many days before its due date, the due day included.
inline constexpr int kDueSoonDays = 14;

// The competitor launch that flagged a card.
struct PendingLaunch {
    std::string competitor;
    std::string what;
    Date launchedOn;
};

struct RefreshInputs {
    Date lastRefreshed;
    int intervalDays = 91;
    bool refreshRequired = false;
    // Why it is required, when known (the launch may have been removed from the log since).
    std::optional<PendingLaunch> pendingLaunch;
};

struct RefreshAssessment {
    RefreshStatus status = RefreshStatus::Current;
    Date dueOn;
    long daysUntilDue = 0;      // negative once overdue
    long daysSinceRefresh = 0;  // negative when the refresh date lies ahead
    // "Stale — last refreshed 2026-05-02 (114 days ago), due 2026-08-01 (23 days overdue)"
    std::string sentence;
};

// lastRefreshed + interval (an interval below one day counts as one).
Date refreshDueOn(const RefreshInputs& inputs);
// The status alone, cheap enough for every row of a large table.
RefreshStatus classifyRefresh(const RefreshInputs& inputs, const Date& today);
// The status with its numbers and the sentence that explains it. `requestReason` says why a
// positioning review asked for a refresh ("Refresh requested by the positioning review of
// 2026-11-24 (refine): <note>"), when one is waiting and no competitor launch explains it.
RefreshAssessment assessRefresh(const RefreshInputs& inputs, const Date& today,
                                std::string_view requestReason = {});

std::string_view statusLabel(RefreshStatus status);  // "Due soon"
std::string_view statusKey(RefreshStatus status);    // "due_soon": exports and filters
// 0 for the most urgent (refresh required), then stale, due soon, current.
int urgencyRank(RefreshStatus status);
// Anything but current: the owner should act.
bool needsAttention(RefreshStatus status);

}  // namespace pmm::battlecards
