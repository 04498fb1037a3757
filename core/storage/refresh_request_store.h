#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "battlecards/battlecard_row.h"
#include "util/dates.h"

struct sqlite3;

namespace pmm::storage {

// The cards a positioning review asks to refresh, with one note to their owners.
struct RefreshRequests {
    std::vector<std::int64_t> cardIds;
    std::string note;
};

// Refresh requests of positioning reviews (table battlecard_refresh_requests). These run
// inside the caller's transaction; PositioningReviewStore owns the writes.

// Stores a request per card and marks each card refresh required. An unknown card throws
// WorkspaceError(Invalid).
void insertRefreshRequests(sqlite3* db, std::int64_t reviewId, const Date& requestedOn,
                           const RefreshRequests& requests);

// Removes the review's requests. A card still waiting for that refresh gets back the state it
// had before (not required, unless a competitor launch or another review flagged it since).
// Returns the cards concerned.
std::vector<std::int64_t> takeBackRefreshRequests(sqlite3* db, std::int64_t reviewId);

// A competitor launch's flag on a card is taken back (the launch's log entry is undone):
// requests made while that flag was on now remember the card as it was before the launch,
// so taking their reviews back later still ends where the card started. Returns whether a
// request is still waiting for the card: then it stays refresh required.
bool handBackLaunchFlag(sqlite3* db, std::int64_t cardId, std::int64_t launchId, bool wasRequired,
                        std::optional<std::int64_t> previousLaunchId);

// The cards the review asked to refresh, by id.
std::vector<std::int64_t> refreshRequestCards(sqlite3* db, std::int64_t reviewId);

// Why a card is waiting for a refresh a review asked for, when it is: "Refresh requested by
// the positioning review of 2026-11-24 (refine): pricing changed" (the newest request). A
// request is pending while the card is refresh required and was not refreshed since.
std::optional<std::string> pendingRefreshReason(sqlite3* db, std::int64_t cardId);
// The same for every card waiting, in one query.
std::unordered_map<std::int64_t, std::string> pendingRefreshReasons(sqlite3* db);
// Sets the request reason of every row that has one waiting.
void addRefreshRequestReasons(sqlite3* db, std::vector<battlecards::BattlecardRow>& rows);

}  // namespace pmm::storage
