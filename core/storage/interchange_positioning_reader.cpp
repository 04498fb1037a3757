#include "storage/interchange_positioning_reader.h"

#include <unordered_map>

#include "storage/database.h"
#include "storage/interchange_rows.h"
#include "storage/interchange_sort.h"

namespace pmm::storage {

using namespace interchange;

namespace {

void streamDeals(sqlite3* db, const DealSink& take) {
    Statement deals(db,
                    "SELECT d.uid, d.deal_ref, d.name, d.closed_on, d.outcome, s.uid, p.uid, "
                    "c.uid, d.arr_cents, d.reason, d.angle, d.notes, d.dedupe_key FROM deals d "
                    "LEFT JOIN segments s ON s.id = d.segment_id "
                    "LEFT JOIN products p ON p.id = d.product_id "
                    "LEFT JOIN competitors c ON c.id = d.competitor_id");
    DealRecord record;
    while (deals.step()) {
        assignText(record.uid, deals, 0);
        assignText(record.dealRef, deals, 1);
        assignText(record.name, deals, 2);
        assignText(record.closedOn, deals, 3);
        record.outcome =
            positioning::outcomeFromKey(deals.textView(4)).value_or(positioning::Outcome::Lost);
        assignText(record.segmentUid, deals, 5);
        assignText(record.productUid, deals, 6);
        assignText(record.competitorUid, deals, 7);
        record.arrCents = deals.optionalInt64(8);
        assignText(record.reason, deals, 9);
        assignText(record.angle, deals, 10);
        assignText(record.notes, deals, 11);
        assignText(record.dedupeKey, deals, 12);
        take(record);
    }
}

void readDeals(sqlite3* db, WorkspaceData& data, const DealSink& sink) {
    if (sink) {
        streamDeals(db, sink);
        return;
    }
    streamDeals(db, [&data](DealRecord& deal) { data.deals.push_back(std::move(deal)); });
    sortByUid(data.deals);
}

void readStatements(sqlite3* db, WorkspaceData& data) {
    Statement statements(db,
                         "SELECT s.uid, p.uid, g.uid, s.version, s.for_customer, s.who_need, "
                         "s.is_a, s.that_benefit, s.unlike, s.we_differ, s.note, s.created_by, "
                         "s.created_on FROM positioning_statements s "
                         "JOIN products p ON p.id = s.product_id "
                         "JOIN segments g ON g.id = s.segment_id ORDER BY s.uid");
    while (statements.step()) {
        data.statements.push_back(StatementRecord{statements.text(0),
                                                  statements.text(1),
                                                  statements.text(2),
                                                  statements.integer(3),
                                                  statements.text(4),
                                                  statements.text(5),
                                                  statements.text(6),
                                                  statements.text(7),
                                                  statements.text(8),
                                                  statements.text(9),
                                                  statements.text(10),
                                                  statements.text(11),
                                                  statements.text(12),
                                                  {}});
    }
}

using RowsById = std::unordered_map<std::int64_t, std::size_t>;

RowsById readReviewRows(sqlite3* db, WorkspaceData& data) {
    RowsById byId;
    Statement reviews(db,
                      "SELECT r.id, r.uid, r.reviewed_on, r.trigger, p.uid, s.uid, c.uid, "
                      "r.evidence, r.decision, v.uid, r.follow_ups FROM positioning_reviews r "
                      "LEFT JOIN products p ON p.id = r.product_id "
                      "LEFT JOIN segments s ON s.id = r.segment_id "
                      "LEFT JOIN competitors c ON c.id = r.competitor_id "
                      "LEFT JOIN positioning_statements v ON v.id = r.statement_id "
                      "ORDER BY r.uid");
    while (reviews.step()) {
        ReviewRecord record;
        record.uid = reviews.text(1);
        record.reviewedOn = reviews.text(2);
        record.trigger = positioning::triggerFromKey(reviews.text(3))
                             .value_or(positioning::TriggerKind::Scheduled);
        record.productUid = reviews.optionalText(4);
        record.segmentUid = reviews.optionalText(5);
        record.competitorUid = reviews.optionalText(6);
        record.evidence = reviews.text(7);
        record.decision = positioning::decisionFromKey(reviews.text(8))
                              .value_or(positioning::ReviewDecision::Keep);
        record.statementUid = reviews.optionalText(9);
        record.followUps = reviews.text(10);
        byId.emplace(reviews.int64(0), data.reviews.size());
        data.reviews.push_back(std::move(record));
    }
    return byId;
}

void readReviews(sqlite3* db, WorkspaceData& data) {
    const RowsById byId = readReviewRows(db, data);
    Statement participants(db,
                           "SELECT r.review_id, p.uid FROM positioning_review_participants r "
                           "JOIN people p ON p.id = r.person_id ORDER BY r.review_id, p.uid");
    while (participants.step()) {
        const auto found = byId.find(participants.int64(0));
        if (found != byId.end()) {
            data.reviews[found->second].participantUids.push_back(participants.text(1));
        }
    }
    Statement requests(db,
                       "SELECT q.review_id, b.uid, q.requested_on, q.note, "
                       "q.card_revision FROM battlecard_refresh_requests q "
                       "JOIN battlecards b ON b.id = q.card_id ORDER BY q.review_id, b.uid");
    while (requests.step()) {
        const auto found = byId.find(requests.int64(0));
        if (found != byId.end()) {
            data.reviews[found->second].refreshRequests.push_back(RefreshRequestEntry{
                requests.text(1), requests.text(2), requests.text(3), requests.integer(4)});
        }
    }
}

}  // namespace

void readPositioning(sqlite3* db, WorkspaceData& data, const DealSink& deals) {
    readDeals(db, data, deals);
    readStatements(db, data);
    readReviews(db, data);
}

}  // namespace pmm::storage
