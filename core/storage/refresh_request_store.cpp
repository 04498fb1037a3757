#include "storage/refresh_request_store.h"

#include "positioning/review_followups.h"
#include "storage/database.h"
#include "storage/workspace_error.h"
#include "util/uuid.h"

namespace pmm::storage {

namespace {

// Requests still waiting: the card is flagged and has no refresh revision after the request.
// ?1 NULL: every card.
constexpr const char* kPendingSql =
    "SELECT r.card_id, p.reviewed_on, p.decision, r.note FROM battlecard_refresh_requests r "
    "JOIN battlecards b ON b.id = r.card_id AND b.refresh_required = 1 "
    "JOIN positioning_reviews p ON p.id = r.review_id "
    "WHERE (?1 IS NULL OR r.card_id = ?1) AND NOT EXISTS (SELECT 1 FROM battlecard_revisions v "
    "WHERE v.card_id = r.card_id AND v.kind = 'refresh' AND v.number > r.card_revision) "
    "ORDER BY r.id";

std::string reasonOf(const Statement& row) {
    const auto decision =
        positioning::decisionFromKey(row.text(2)).value_or(positioning::ReviewDecision::Keep);
    return positioning::refreshRequestReason(parseIsoDate(row.text(1)).value_or(Date{}), decision,
                                             row.text(3));
}

}  // namespace

void insertRefreshRequests(sqlite3* db, std::int64_t reviewId, const Date& requestedOn,
                           const RefreshRequests& requests) {
    // A card another review already flagged inherits that request's earlier state, so taking
    // the reviews back in any order ends where the card started.
    Statement card(db,
                   "SELECT coalesce((SELECT r.was_required FROM battlecard_refresh_requests r "
                   "WHERE r.card_id = b.id AND b.refresh_required = 1 AND NOT EXISTS (SELECT 1 "
                   "FROM battlecard_revisions v WHERE v.card_id = r.card_id AND "
                   "v.kind = 'refresh' AND v.number > r.card_revision) ORDER BY r.id LIMIT 1), "
                   "b.refresh_required), b.refresh_launch_id, "
                   "(SELECT coalesce(max(number), 0) FROM battlecard_revisions v "
                   "WHERE v.card_id = b.id) FROM battlecards b WHERE b.id = ?1");
    Statement insert(db,
                     "INSERT OR IGNORE INTO battlecard_refresh_requests (uid, card_id, review_id, "
                     "requested_on, note, card_revision, was_required, was_launch_id) "
                     "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    Statement flag(db,
                   "UPDATE battlecards SET refresh_required = 1, "
                   "updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?1");
    for (const std::int64_t cardId : requests.cardIds) {
        card.reset();
        card.bind(1, cardId);
        if (!card.step()) {
            throw WorkspaceError(WorkspaceErrorKind::Invalid,
                                 "Cards to refresh: choose battlecards of the workspace.");
        }
        insert.reset();
        insert.bind(1, newUuid()).bind(2, cardId).bind(3, reviewId);
        insert.bind(4, toIsoText(requestedOn)).bind(5, requests.note);
        insert.bind(6, card.int64(2)).bind(7, card.int64(0)).bind(8, card.optionalInt64(1)).run();
        flag.reset();
        flag.bind(1, cardId).run();
    }
}

std::vector<std::int64_t> takeBackRefreshRequests(sqlite3* db, std::int64_t reviewId) {
    std::vector<std::int64_t> cards;
    std::vector<std::int64_t> toClear;
    {
        // A card goes back to "not required" only when this request alone holds it there.
        Statement query(db,
                        "SELECT r.card_id, r.was_required = 0 AND b.refresh_required = 1 AND "
                        "b.refresh_launch_id IS NULL AND NOT EXISTS (SELECT 1 FROM "
                        "battlecard_revisions v WHERE v.card_id = r.card_id AND "
                        "v.kind = 'refresh' AND v.number > r.card_revision) "
                        "FROM battlecard_refresh_requests r JOIN battlecards b ON b.id = r.card_id "
                        "WHERE r.review_id = ?1 ORDER BY r.id");
        query.bind(1, reviewId);
        while (query.step()) {
            cards.push_back(query.int64(0));
            if (query.integer(1) != 0) {
                toClear.push_back(query.int64(0));
            }
        }
    }
    Statement removal(db, "DELETE FROM battlecard_refresh_requests WHERE review_id = ?1");
    removal.bind(1, reviewId).run();
    Statement others(db, kPendingSql);
    Statement clear(db, "UPDATE battlecards SET refresh_required = 0 WHERE id = ?1");
    for (const std::int64_t cardId : toClear) {
        others.reset();
        others.bind(1, cardId);
        if (!others.step()) {
            clear.reset();
            clear.bind(1, cardId).run();
        }
    }
    return cards;
}

bool handBackLaunchFlag(sqlite3* db, std::int64_t cardId, std::int64_t launchId, bool wasRequired,
                        std::optional<std::int64_t> previousLaunchId) {
    Statement requests(db,
                       "UPDATE battlecard_refresh_requests SET was_required = ?3, "
                       "was_launch_id = ?4 WHERE card_id = ?1 AND was_launch_id IS ?2");
    requests.bind(1, cardId).bind(2, launchId).bind(3, wasRequired ? 1 : 0);
    requests.bind(4, previousLaunchId).run();
    Statement pending(db, kPendingSql);
    pending.bind(1, cardId);
    return pending.step();
}

std::vector<std::int64_t> refreshRequestCards(sqlite3* db, std::int64_t reviewId) {
    Statement query(db,
                    "SELECT card_id FROM battlecard_refresh_requests WHERE review_id = ?1 "
                    "ORDER BY card_id");
    query.bind(1, reviewId);
    std::vector<std::int64_t> cards;
    while (query.step()) {
        cards.push_back(query.int64(0));
    }
    return cards;
}

std::optional<std::string> pendingRefreshReason(sqlite3* db, std::int64_t cardId) {
    Statement query(db, kPendingSql);
    query.bind(1, cardId);
    std::optional<std::string> reason;
    while (query.step()) {
        reason = reasonOf(query);  // the newest request wins
    }
    return reason;
}

std::unordered_map<std::int64_t, std::string> pendingRefreshReasons(sqlite3* db) {
    Statement query(db, kPendingSql);
    query.bind(1, std::nullopt);
    std::unordered_map<std::int64_t, std::string> reasons;
    while (query.step()) {
        reasons[query.int64(0)] = reasonOf(query);
    }
    return reasons;
}

void addRefreshRequestReasons(sqlite3* db, std::vector<battlecards::BattlecardRow>& rows) {
    auto reasons = pendingRefreshReasons(db);
    if (reasons.empty()) {
        return;
    }
    for (battlecards::BattlecardRow& row : rows) {
        if (const auto found = reasons.find(row.id); found != reasons.end()) {
            row.refreshRequest = std::move(found->second);
        }
    }
}

}  // namespace pmm::storage
