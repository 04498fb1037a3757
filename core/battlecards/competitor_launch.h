#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "util/dates.h"

namespace pmm::battlecards {

// Something a competitor shipped or announced. Logging one flags every card of that
// competitor "refresh required" at once.
struct CompetitorLaunch {
    std::int64_t id = 0;  // 0 until stored
    std::string uid;      // assigned when stored, if empty
    std::int64_t competitorId = 0;
    std::string competitor;  // filled in when read
    Date launchedOn;
    std::string what;    // "Usage-based pricing for teams under 50 seats"
    std::string impact;  // what it means for our deals
    std::string loggedBy;
    std::string loggedAt;  // ISO-8601 UTC, set by the store
};

// A card that a logged launch flagged, as it was just before.
struct FlaggedCard {
    std::int64_t cardId = 0;
    std::string segment;
    std::string owner;                             // empty when unassigned
    bool wasRequired = false;                      // already flagged by an earlier launch
    std::optional<std::int64_t> previousLaunchId;  // the cause it had, if any
};

// The result of logging a launch: what to show the user, and what undo needs.
struct LoggedCompetitorLaunch {
    CompetitorLaunch launch;
    std::vector<FlaggedCard> flagged;  // by segment name
};

}  // namespace pmm::battlecards
