#include "storage/interchange_positioning_writer.h"

#include "storage/database.h"
#include "storage/interchange_keys.h"
#include "util/uuid.h"

namespace pmm::storage {

using namespace interchange;

namespace {

// ?1 uid, ?2 dedupe key, ?3 deal ref ... ?13 notes; ?14 the stored uid of an update.
constexpr const char* kInsertDeal =
    "INSERT INTO deals (uid, dedupe_key, deal_ref, name, closed_on, segment_id, product_id, "
    "competitor_id, outcome, arr_cents, reason, angle, notes) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)";
constexpr const char* kUpdateDeal =
    "UPDATE deals SET uid = ?1, dedupe_key = ?2, deal_ref = ?3, name = ?4, closed_on = ?5, "
    "segment_id = ?6, product_id = ?7, competitor_id = ?8, outcome = ?9, arr_cents = ?10, "
    "reason = ?11, angle = ?12, notes = ?13 WHERE uid = ?14";

struct CatalogKeys {
    explicit CatalogKeys(sqlite3* db)
        : segments(keysByUid(db, "SELECT uid, id FROM segments")),
          products(keysByUid(db, "SELECT uid, id FROM products")),
          competitors(keysByUid(db, "SELECT uid, id FROM competitors")) {}
    KeysByUid segments;
    KeysByUid products;
    KeysByUid competitors;
};

void bindDeal(Statement& statement, const DealRecord& deal, const CatalogKeys& keys) {
    statement.reset();
    statement.bind(1, deal.uid).bind(2, deal.dedupeKey).bind(3, deal.dealRef);
    statement.bind(4, deal.name).bind(5, deal.closedOn);
    statement.bind(6, optionalKeyOf(keys.segments, deal.segmentUid, "segment"));
    statement.bind(7, optionalKeyOf(keys.products, deal.productUid, "product"));
    statement.bind(8, optionalKeyOf(keys.competitors, deal.competitorUid, "competitor"));
    statement.bind(9, positioning::outcomeKey(deal.outcome)).bind(10, deal.arrCents);
    statement.bind(11, deal.reason).bind(12, deal.angle).bind(13, deal.notes);
}

void writeParticipants(sqlite3* db, std::int64_t reviewId, const ReviewRecord& review) {
    Statement clear(db, "DELETE FROM positioning_review_participants WHERE review_id = ?1");
    clear.bind(1, reviewId).run();
    Statement insert(db,
                     "INSERT OR IGNORE INTO positioning_review_participants (review_id, "
                     "person_id) VALUES (?1, (SELECT id FROM people WHERE uid = ?2))");
    for (const std::string& person : review.participantUids) {
        insert.reset();
        insert.bind(1, reviewId).bind(2, person).run();
    }
}

void writeRefreshRequests(sqlite3* db, std::int64_t reviewId, const ReviewRecord& review) {
    Statement clear(db, "DELETE FROM battlecard_refresh_requests WHERE review_id = ?1");
    clear.bind(1, reviewId).run();
    Statement insert(db,
                     "INSERT INTO battlecard_refresh_requests (uid, card_id, review_id, "
                     "requested_on, note, card_revision) VALUES (?1, (SELECT id FROM "
                     "battlecards WHERE uid = ?2), ?3, ?4, ?5, ?6)");
    for (const RefreshRequestEntry& request : review.refreshRequests) {
        insert.reset();
        insert.bind(1, newUuid()).bind(2, request.cardUid).bind(3, reviewId);
        insert.bind(4, request.requestedOn).bind(5, request.note).bind(6, request.cardRevision);
        insert.run();
    }
}

}  // namespace

void writeDeals(sqlite3* db, const DealChanges& changes) {
    if (changes.added.empty() && changes.updated.empty()) {
        return;
    }
    const CatalogKeys keys(db);
    Statement placeholder(db, "UPDATE deals SET dedupe_key = ?1 WHERE uid = ?2");
    for (const auto& [record, storedUid] : changes.updated) {
        placeholder.reset();
        placeholder.bind(1, "\x01 import " + storedUid).bind(2, storedUid).run();
    }
    Statement update(db, kUpdateDeal);
    for (const auto& [record, storedUid] : changes.updated) {
        bindDeal(update, *record, keys);
        update.bind(14, storedUid).run();
    }
    Statement insert(db, kInsertDeal);
    for (const DealRecord* record : changes.added) {
        bindDeal(insert, *record, keys);
        insert.run();
    }
}

void insertStatements(sqlite3* db,
                      const std::vector<std::pair<int, const StatementRecord*>>& added) {
    Statement insert(db,
                     "INSERT INTO positioning_statements (uid, product_id, segment_id, version, "
                     "for_customer, who_need, is_a, that_benefit, unlike, we_differ, note, "
                     "created_by, created_on) VALUES (?1, (SELECT id FROM products WHERE uid = "
                     "?2), (SELECT id FROM segments WHERE uid = ?3), ?4, ?5, ?6, ?7, ?8, ?9, "
                     "?10, ?11, ?12, ?13)");
    for (const auto& [version, s] : added) {
        insert.reset();
        insert.bind(1, s->uid).bind(2, s->productUid).bind(3, s->segmentUid).bind(4, version);
        insert.bind(5, s->forCustomer).bind(6, s->whoNeed).bind(7, s->isA);
        insert.bind(8, s->thatBenefit).bind(9, s->unlike).bind(10, s->weDiffer);
        insert.bind(11, s->note).bind(12, s->createdBy).bind(13, s->createdOn);
        insert.run();
    }
}

void writeReviews(sqlite3* db, const RecordChanges<ReviewRecord>& changes) {
    if (changes.empty()) {
        return;
    }
    // ?1 uid ... ?10 follow-ups; the scope and the statement by uid.
    Statement insert(
        db,
        "INSERT INTO positioning_reviews (uid, reviewed_on, trigger, product_id, segment_id, "
        "competitor_id, evidence, decision, statement_id, follow_ups) VALUES (?1, ?2, ?3, "
        "(SELECT id FROM products WHERE uid = ?4), (SELECT id FROM segments WHERE uid = ?5), "
        "(SELECT id FROM competitors WHERE uid = ?6), ?7, ?8, "
        "(SELECT id FROM positioning_statements WHERE uid = ?9), ?10) RETURNING id");
    Statement update(
        db,
        "UPDATE positioning_reviews SET reviewed_on = ?2, trigger = ?3, "
        "product_id = (SELECT id FROM products WHERE uid = ?4), "
        "segment_id = (SELECT id FROM segments WHERE uid = ?5), "
        "competitor_id = (SELECT id FROM competitors WHERE uid = ?6), evidence = ?7, "
        "decision = ?8, statement_id = (SELECT id FROM positioning_statements WHERE uid = ?9), "
        "follow_ups = ?10 WHERE uid = ?1 RETURNING id");
    const auto write = [&](Statement& statement, const ReviewRecord& r) {
        statement.reset();
        statement.bind(1, r.uid).bind(2, r.reviewedOn).bind(3, positioning::triggerKey(r.trigger));
        statement.bind(4, r.productUid).bind(5, r.segmentUid).bind(6, r.competitorUid);
        statement.bind(7, r.evidence).bind(8, positioning::decisionKey(r.decision));
        statement.bind(9, r.statementUid).bind(10, r.followUps);
        statement.step();
        const std::int64_t id = statement.int64(0);
        statement.reset();
        writeParticipants(db, id, r);
        writeRefreshRequests(db, id, r);
    };
    for (const ReviewRecord* record : changes.updated) {
        write(update, *record);
    }
    for (const ReviewRecord* record : changes.added) {
        write(insert, *record);
    }
}

}  // namespace pmm::storage
