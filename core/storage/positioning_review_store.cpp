#include "storage/positioning_review_store.h"

#include <sqlite3.h>

#include "storage/database.h"
#include "storage/positioning_statement_store.h"
#include "storage/workspace.h"
#include "storage/workspace_error.h"
#include "util/uuid.h"

namespace pmm::storage {

using namespace positioning;

namespace {

[[noreturn]] void invalid(const std::string& message) {
    throw WorkspaceError(WorkspaceErrorKind::Invalid, message);
}

void insertParticipants(sqlite3* db, const PositioningReview& review) {
    Statement insert(db,
                     "INSERT OR IGNORE INTO positioning_review_participants (review_id, "
                     "person_id) VALUES (?1, ?2)");
    Statement person(db, "SELECT 1 FROM people WHERE id = ?1");
    for (const std::int64_t id : review.participantIds) {
        person.reset();
        person.bind(1, id);
        if (!person.step()) {
            invalid("Participants: choose people of the workspace.");
        }
        insert.reset();
        insert.bind(1, review.id).bind(2, id).run();
    }
}

// A statement version a review created goes with it while no later version builds on it
// and no other review points at it.
bool removeStatementIfNewest(sqlite3* db, std::int64_t statementId) {
    Statement removal(db,
                      "DELETE FROM positioning_statements WHERE id = ?1 AND version = (SELECT "
                      "max(s.version) FROM positioning_statements s, positioning_statements t "
                      "WHERE t.id = ?1 AND s.product_id = t.product_id AND "
                      "s.segment_id = t.segment_id) AND NOT EXISTS (SELECT 1 FROM "
                      "positioning_reviews r WHERE r.statement_id = ?1)");
    removal.bind(1, statementId).run();
    return sqlite3_changes(db) > 0;
}

}  // namespace

PositioningReview PositioningReviewStore::add(
    PositioningReview review, const std::optional<PositioningStatement>& newStatement,
    const RefreshRequests& refreshRequests) {
    m_workspace.requireWritable();
    sqlite3* db = m_workspace.handle();
    const bool changes = review.decision != ReviewDecision::Keep;
    if (changes && !newStatement && !review.statementId) {
        invalid("New statement: a refine or reposition writes the new statement.");
    }
    Transaction transaction(db);
    if (changes && newStatement) {
        review.statementId = PositioningStatementStore(m_workspace).addVersion(*newStatement).id;
    }
    if (review.uid.empty()) {
        review.uid = newUuid();
    }
    Statement insert(db,
                     "INSERT INTO positioning_reviews (uid, reviewed_on, trigger, product_id, "
                     "segment_id, competitor_id, evidence, decision, statement_id, follow_ups) "
                     "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) RETURNING id");
    insert.bind(1, review.uid).bind(2, toIsoText(review.reviewedOn));
    insert.bind(3, triggerKey(review.trigger)).bind(4, review.productId);
    insert.bind(5, review.segmentId).bind(6, review.competitorId).bind(7, review.evidence);
    insert.bind(8, decisionKey(review.decision)).bind(9, review.statementId);
    insert.bind(10, review.followUps);
    insert.step();
    review.id = insert.int64(0);
    insert.reset();
    insertParticipants(db, review);
    insertRefreshRequests(db, review.id, review.reviewedOn, refreshRequests);
    transaction.commit();
    if (changes && newStatement) {
        m_workspace.notify(
            {EntityKind::PositioningStatement, ChangeType::Added, *review.statementId});
    }
    m_workspace.notify({EntityKind::PositioningReview, ChangeType::Added, review.id});
    notifyCards(refreshRequests.cardIds);
    return review;
}

void PositioningReviewStore::takeBack(std::int64_t reviewId) {
    m_workspace.requireWritable();
    sqlite3* db = m_workspace.handle();
    Transaction transaction(db);
    Statement review(db, "SELECT statement_id FROM positioning_reviews WHERE id = ?1");
    review.bind(1, reviewId);
    if (!review.step()) {
        invalid("That positioning review no longer exists in the workspace.");
    }
    const std::optional<std::int64_t> statementId = review.optionalInt64(0);
    review.reset();
    const std::vector<std::int64_t> cards = takeBackRefreshRequests(db, reviewId);
    Statement removal(db, "DELETE FROM positioning_reviews WHERE id = ?1");
    removal.bind(1, reviewId).run();
    const bool statementRemoved = statementId && removeStatementIfNewest(db, *statementId);
    transaction.commit();
    if (statementRemoved) {
        m_workspace.notify({EntityKind::PositioningStatement, ChangeType::Removed, *statementId});
    }
    m_workspace.notify({EntityKind::PositioningReview, ChangeType::Removed, reviewId});
    notifyCards(cards);
}

std::vector<std::int64_t> PositioningReviewStore::refreshRequestCards(std::int64_t reviewId) const {
    return storage::refreshRequestCards(m_workspace.handle(), reviewId);
}

void PositioningReviewStore::notifyCards(const std::vector<std::int64_t>& cardIds) {
    for (const std::int64_t id : cardIds) {
        m_workspace.notify({EntityKind::Battlecard, ChangeType::Updated, id});
    }
}

std::vector<PositioningReview> PositioningReviewStore::list() const {
    sqlite3* db = m_workspace.handle();
    Statement query(db,
                    "SELECT id, uid, reviewed_on, trigger, product_id, segment_id, "
                    "competitor_id, evidence, decision, statement_id, follow_ups "
                    "FROM positioning_reviews ORDER BY reviewed_on DESC, id DESC");
    Statement people(db,
                     "SELECT person_id FROM positioning_review_participants WHERE review_id = ?1 "
                     "ORDER BY person_id");
    std::vector<PositioningReview> reviews;
    while (query.step()) {
        PositioningReview review;
        review.id = query.int64(0);
        review.uid = query.text(1);
        review.reviewedOn = parseIsoDate(query.text(2)).value_or(Date{});
        review.trigger = triggerFromKey(query.text(3)).value_or(TriggerKind::Scheduled);
        review.productId = query.optionalInt64(4);
        review.segmentId = query.optionalInt64(5);
        review.competitorId = query.optionalInt64(6);
        review.evidence = query.text(7);
        review.decision = decisionFromKey(query.text(8)).value_or(ReviewDecision::Keep);
        review.statementId = query.optionalInt64(9);
        review.followUps = query.text(10);
        people.reset();
        people.bind(1, review.id);
        while (people.step()) {
            review.participantIds.push_back(people.int64(0));
        }
        reviews.push_back(std::move(review));
    }
    return reviews;
}

}  // namespace pmm::storage
