#include "positioning/review_followups.h"

#include <algorithm>

namespace pmm::positioning {

std::vector<std::int64_t> suggestedCards(const std::vector<battlecards::BattlecardRow>& cards,
                                         const ReviewScope& scope) {
    std::vector<std::int64_t> ids;
    auto collect = [&](auto keep) {
        for (const auto& card : cards) {
            if (keep(card)) {
                ids.push_back(card.id);
            }
        }
    };
    if (scope.competitorId) {
        if (scope.segmentId) {
            collect([&](const auto& card) {
                return card.competitorId == *scope.competitorId &&
                       card.segmentId == *scope.segmentId;
            });
        }
        if (ids.empty()) {
            collect([&](const auto& card) { return card.competitorId == *scope.competitorId; });
        }
    } else if (scope.segmentId) {
        collect([&](const auto& card) { return card.segmentId == *scope.segmentId; });
    }
    return ids;
}

bool notYetShipped(launches::LaunchStatus status) {
    using launches::LaunchStatus;
    return status == LaunchStatus::Idea || status == LaunchStatus::Candidate ||
           status == LaunchStatus::Planned || status == LaunchStatus::InProgress;
}

std::vector<std::int64_t> affectedLaunches(const std::vector<launches::LaunchRow>& launches,
                                           const ReviewScope& scope) {
    std::vector<std::int64_t> ids;
    for (const auto& launch : launches) {
        if (notYetShipped(launch.status) &&
            (!scope.productId || launch.productId == *scope.productId)) {
            ids.push_back(launch.id);
        }
    }
    return ids;
}

std::string cardFollowUp(const battlecards::BattlecardRow& card) {
    return "Refresh battlecard: " + card.competitor + " / " + card.segment;
}

std::string launchFollowUp(const launches::LaunchRow& launch) {
    return "Launch affected: " + launch.name + " (" + launch.quarter + ", " +
           std::string(launches::statusWord(launch.status)) + ")";
}

std::string refreshRequestReason(const Date& reviewedOn, ReviewDecision decision,
                                 const std::string& note) {
    std::string reason = "Refresh requested by the positioning review of " + toIsoText(reviewedOn) +
                         " (" + std::string(decisionKey(decision)) + ")";
    return note.empty() ? reason : reason + ": " + note;
}

}  // namespace pmm::positioning
