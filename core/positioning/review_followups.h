#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "battlecards/battlecard_row.h"
#include "positioning/positioning_review.h"
#include "positioning/review_evidence.h"
#include "storage/launch_row.h"

namespace pmm::positioning {

// The battlecards a review of `scope` suggests refreshing: the scope's competitor's cards
// (only the one of the scope's segment when it has one there), else every card of the
// scope's segment; none for a review of everything. Ids in the order of `cards`.
std::vector<std::int64_t> suggestedCards(const std::vector<battlecards::BattlecardRow>& cards,
                                         const ReviewScope& scope);

// A launch not yet shipped: idea, candidate, planned or in progress.
bool notYetShipped(launches::LaunchStatus status);

// The launches a review of `scope` affects: those of the scope's product not yet shipped
// (every product's when the scope has none). Ids in the order of `launches`.
std::vector<std::int64_t> affectedLaunches(const std::vector<launches::LaunchRow>& launches,
                                           const ReviewScope& scope);

// Follow-up lines stored with the review: "Refresh battlecard: Globex / Mid-market",
// "Launch affected: Atlas 2.0 (2026-Q3, planned)".
std::string cardFollowUp(const battlecards::BattlecardRow& card);
std::string launchFollowUp(const launches::LaunchRow& launch);

// Why a card needs a refresh after a review: "Refresh requested by the positioning review
// of 2026-11-24 (refine): pricing objection changed" (no colon part without a note).
std::string refreshRequestReason(const Date& reviewedOn, ReviewDecision decision,
                                 const std::string& note);

}  // namespace pmm::positioning
