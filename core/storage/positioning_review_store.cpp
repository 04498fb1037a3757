#include "storage/positioning_review_store.h"

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

}  // namespace

PositioningReview PositioningReviewStore::add(
    PositioningReview review, const std::optional<PositioningStatement>& newStatement) {
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
    transaction.commit();
    m_workspace.notify({EntityKind::Everything, ChangeType::Added, review.id});
    return review;
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
