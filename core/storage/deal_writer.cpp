#include "storage/deal_writer.h"

#include "util/uuid.h"

namespace pmm::storage {

using positioning::Deal;

DealWriter::DealWriter(sqlite3* db)
    : m_upsert(db,
               "INSERT INTO deals (uid, dedupe_key, deal_ref, name, closed_on, segment_id, "
               "product_id, competitor_id, outcome, arr_cents, reason, angle, notes) "
               "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13) "
               "ON CONFLICT (dedupe_key) DO UPDATE SET deal_ref = excluded.deal_ref, "
               "name = excluded.name, closed_on = excluded.closed_on, "
               "segment_id = excluded.segment_id, product_id = excluded.product_id, "
               "competitor_id = excluded.competitor_id, outcome = excluded.outcome, "
               "arr_cents = excluded.arr_cents, reason = excluded.reason, "
               "angle = excluded.angle, notes = excluded.notes "
               "WHERE (deal_ref, name, closed_on, segment_id, product_id, competitor_id, "
               "outcome, arr_cents, reason, angle, notes) IS NOT (excluded.deal_ref, "
               "excluded.name, excluded.closed_on, excluded.segment_id, excluded.product_id, "
               "excluded.competitor_id, excluded.outcome, excluded.arr_cents, "
               "excluded.reason, excluded.angle, excluded.notes) "
               "RETURNING uid") {}

DealWriter::Result DealWriter::write(const Deal& deal, std::string_view dedupeKey) {
    const std::string uid = deal.uid.empty() ? newUuid() : deal.uid;
    m_upsert.reset();
    m_upsert.bind(1, uid).bind(2, dedupeKey).bind(3, deal.dealRef).bind(4, deal.name);
    m_upsert.bind(5, toIsoText(deal.closedOn)).bind(6, deal.segmentId).bind(7, deal.productId);
    m_upsert.bind(8, deal.competitorId).bind(9, positioning::outcomeKey(deal.outcome));
    m_upsert.bind(10, deal.arrCents).bind(11, deal.reason).bind(12, deal.angle);
    m_upsert.bind(13, deal.notes);
    if (!m_upsert.step()) {
        return Result::Unchanged;
    }
    const Result result = m_upsert.text(0) == uid ? Result::Added : Result::Updated;
    while (m_upsert.step()) {
    }
    return result;
}

}  // namespace pmm::storage
