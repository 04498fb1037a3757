#include "battlecards/refresh_status.h"

#include <algorithm>

namespace pmm::battlecards {

namespace {

std::string days(long n) {
    return std::to_string(n) + (n == 1 ? " day" : " days");
}

// "(114 days ago)", "(today)", "(in 3 days)"
std::string relative(long daysAgo) {
    if (daysAgo == 0) {
        return "today";
    }
    return daysAgo > 0 ? days(daysAgo) + " ago" : "in " + days(-daysAgo);
}

}  // namespace

Date refreshDueOn(const RefreshInputs& inputs) {
    return addDays(inputs.lastRefreshed, std::max(inputs.intervalDays, 1));
}

RefreshStatus classifyRefresh(const RefreshInputs& inputs, const Date& today) {
    if (inputs.refreshRequired) {
        return RefreshStatus::RefreshRequired;
    }
    const long untilDue = daysSinceEpoch(refreshDueOn(inputs)) - daysSinceEpoch(today);
    if (untilDue < 0) {
        return RefreshStatus::Stale;
    }
    return untilDue <= kDueSoonDays ? RefreshStatus::DueSoon : RefreshStatus::Current;
}

RefreshAssessment assessRefresh(const RefreshInputs& inputs, const Date& today,
                                std::string_view requestReason) {
    RefreshAssessment result;
    result.status = classifyRefresh(inputs, today);
    result.dueOn = refreshDueOn(inputs);
    result.daysUntilDue = daysSinceEpoch(result.dueOn) - daysSinceEpoch(today);
    result.daysSinceRefresh = daysSinceEpoch(today) - daysSinceEpoch(inputs.lastRefreshed);

    const std::string refreshed = "last refreshed " + toIsoText(inputs.lastRefreshed) + " (" +
                                  relative(result.daysSinceRefresh) + ")";
    const std::string due = toIsoText(result.dueOn);
    std::string& sentence = result.sentence;
    sentence = std::string(statusLabel(result.status)) + " \u2014 ";
    switch (result.status) {
        case RefreshStatus::RefreshRequired:
            if (inputs.pendingLaunch) {
                const PendingLaunch& launch = *inputs.pendingLaunch;
                sentence += launch.competitor + " launched \u201c" + launch.what + "\u201d on " +
                            toIsoText(launch.launchedOn) + "; " + refreshed;
            } else if (!requestReason.empty()) {
                sentence = std::string(requestReason) + "; " + refreshed;
            } else {
                sentence += "a competitor launch was logged after the refresh; " + refreshed;
            }
            break;
        case RefreshStatus::Stale:
            sentence +=
                refreshed + ", due " + due + " (" + days(-result.daysUntilDue) + " overdue)";
            break;
        case RefreshStatus::DueSoon:
            sentence += refreshed + ", due " + due + " (" +
                        (result.daysUntilDue == 0 ? std::string("today")
                                                  : "in " + days(result.daysUntilDue)) +
                        ")";
            break;
        case RefreshStatus::Current:
            sentence += refreshed + ", next due " + due + " (in " + days(result.daysUntilDue) + ")";
            break;
    }
    return result;
}

std::string_view statusLabel(RefreshStatus status) {
    switch (status) {
        case RefreshStatus::Current:
            return "Current";
        case RefreshStatus::DueSoon:
            return "Due soon";
        case RefreshStatus::Stale:
            return "Stale";
        case RefreshStatus::RefreshRequired:
            return "Refresh required";
    }
    return "";
}

std::string_view statusKey(RefreshStatus status) {
    switch (status) {
        case RefreshStatus::Current:
            return "current";
        case RefreshStatus::DueSoon:
            return "due_soon";
        case RefreshStatus::Stale:
            return "stale";
        case RefreshStatus::RefreshRequired:
            return "refresh_required";
    }
    return "";
}

int urgencyRank(RefreshStatus status) {
    switch (status) {
        case RefreshStatus::RefreshRequired:
            return 0;
        case RefreshStatus::Stale:
            return 1;
        case RefreshStatus::DueSoon:
            return 2;
        case RefreshStatus::Current:
            return 3;
    }
    return 3;
}

bool needsAttention(RefreshStatus status) {
    return status != RefreshStatus::Current;
}

}  // namespace pmm::battlecards
