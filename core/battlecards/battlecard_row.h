#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "battlecards/refresh_status.h"
#include "util/dates.h"

namespace pmm::battlecards {

// A line of the Battlecards table: who, what, and where the card stands.
struct BattlecardRow {
    std::int64_t id = 0;
    std::string uid;
    std::int64_t competitorId = 0;
    std::string competitor;
    std::int64_t segmentId = 0;
    std::string segment;
    std::optional<std::int64_t> ownerId;
    std::string owner;  // empty when unassigned
    RefreshInputs refresh;
    RefreshStatus status = RefreshStatus::Current;  // as of the day the rows were read
    Date nextDue;
    // Why a positioning review asked for a refresh, while it waits (see assessRefresh).
    std::string refreshRequest;
};

// The order of the Battlecards table for `signedIn`: their cards that need attention first
// (refresh required, stale, due soon; then by due date), then every other card by the same
// urgency, then by due date; ties by competitor and segment name. Stable for equal rows.
void sortForOwner(std::vector<BattlecardRow>& rows, std::optional<std::int64_t> signedIn);

}  // namespace pmm::battlecards
