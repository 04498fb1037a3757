#include "storage/deal_writer.h"

#include <sqlite3.h>

namespace pmm::storage {

using positioning::Deal;

namespace {

// Every statement takes the dedupe key as ?1 and the values as ?2 to ?12.
#define PMM_DEAL_VALUE_COLUMNS                                                               \
    "deal_ref, name, closed_on, segment_id, product_id, competitor_id, outcome, arr_cents, " \
    "reason, angle, notes"
#define PMM_DEAL_VALUE_PARAMETERS "?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12"

void bindKeyAndValues(Statement& statement, std::string_view dedupeKey, const Deal& deal,
                      const std::string& closedOn) {
    statement.reset();
    statement.bind(1, dedupeKey).bind(2, deal.dealRef).bind(3, deal.name).bind(4, closedOn);
    statement.bind(5, deal.segmentId).bind(6, deal.productId).bind(7, deal.competitorId);
    statement.bind(8, positioning::outcomeKey(deal.outcome)).bind(9, deal.arrCents);
    statement.bind(10, deal.reason).bind(11, deal.angle).bind(12, deal.notes);
}

}  // namespace

DealWriter::DealWriter(sqlite3* db)
    : m_db(db),
      m_compare(db, "SELECT (" PMM_DEAL_VALUE_COLUMNS ") IS NOT (" PMM_DEAL_VALUE_PARAMETERS
                    ") FROM deals WHERE dedupe_key = ?1"),
      m_insert(db, "INSERT INTO deals (dedupe_key, " PMM_DEAL_VALUE_COLUMNS
                   ", uid) VALUES (?1, " PMM_DEAL_VALUE_PARAMETERS
                   ", ?13) ON CONFLICT (dedupe_key) DO NOTHING"),
      m_update(db, "UPDATE deals SET (" PMM_DEAL_VALUE_COLUMNS ") = (" PMM_DEAL_VALUE_PARAMETERS
                   ") WHERE dedupe_key = ?1 AND (" PMM_DEAL_VALUE_COLUMNS
                   ") IS NOT (" PMM_DEAL_VALUE_PARAMETERS ")") {}

DealWriter::Result DealWriter::write(const Deal& deal, std::string_view dedupeKey) {
    const std::string closedOn = toIsoText(deal.closedOn);
    if (m_lastWasStored) {
        if (const auto differs = storedDiffers(deal, dedupeKey, closedOn)) {
            return *differs ? updateStored(deal, dedupeKey, closedOn) : Result::Unchanged;
        }
        m_lastWasStored = false;
    }
    if (tryInsert(deal, dedupeKey, closedOn)) {
        return Result::Added;
    }
    m_lastWasStored = true;
    return updateStored(deal, dedupeKey, closedOn);
}

std::optional<bool> DealWriter::storedDiffers(const Deal& deal, std::string_view dedupeKey,
                                              const std::string& closedOn) {
    bindKeyAndValues(m_compare, dedupeKey, deal, closedOn);
    if (!m_compare.step()) {
        return std::nullopt;
    }
    const bool differs = m_compare.int64(0) != 0;
    m_compare.reset();
    return differs;
}

bool DealWriter::tryInsert(const Deal& deal, std::string_view dedupeKey,
                           const std::string& closedOn) {
    bindKeyAndValues(m_insert, dedupeKey, deal, closedOn);
    m_insert.bind(13, deal.uid.empty() ? m_uids.next() : deal.uid);
    m_insert.run();
    return sqlite3_changes(m_db) > 0;
}

DealWriter::Result DealWriter::updateStored(const Deal& deal, std::string_view dedupeKey,
                                            const std::string& closedOn) {
    bindKeyAndValues(m_update, dedupeKey, deal, closedOn);
    m_update.run();
    return sqlite3_changes(m_db) > 0 ? Result::Updated : Result::Unchanged;
}

}  // namespace pmm::storage
