#include "storage/deal_store.h"

#include <map>
#include <unordered_set>

#include "positioning/deal_values.h"
#include "storage/catalog.h"
#include "storage/database.h"
#include "storage/deal_writer.h"
#include "storage/interchange_write_cache.h"
#include "storage/workspace.h"
#include "storage/workspace_error.h"

namespace pmm::storage {

using positioning::Deal;
using positioning::DealImportPlan;
using positioning::PlannedDeal;

namespace {

#define PMM_DEAL_COLUMNS                                                                   \
    "id, uid, deal_ref, name, closed_on, segment_id, product_id, competitor_id, outcome, " \
    "arr_cents, reason, angle, notes FROM deals"

Deal readDeal(const Statement& row) {
    Deal deal;
    deal.id = row.int64(0);
    deal.uid = row.text(1);
    deal.dealRef = row.text(2);
    deal.name = row.text(3);
    deal.closedOn = parseIsoDate(row.text(4)).value_or(Date{});
    deal.segmentId = row.optionalInt64(5);
    deal.productId = row.optionalInt64(6);
    deal.competitorId = row.optionalInt64(7);
    deal.outcome = positioning::outcomeFromKey(row.text(8)).value_or(positioning::Outcome::Lost);
    deal.arrCents = row.optionalInt64(9);
    deal.reason = row.text(10);
    deal.angle = row.text(11);
    deal.notes = row.text(12);
    return deal;
}

void readNames(sqlite3* db, const char* sql,
               std::unordered_map<std::string, std::int64_t>& byName) {
    Statement query(db, sql);
    while (query.step()) {
        byName.emplace(positioning::foldedName(query.text(1)), query.int64(0));
    }
}

// Creates the plan's new competitors, each first seen on its earliest deal in the plan.
std::map<std::string, std::int64_t> createCompetitors(Workspace& workspace,
                                                      const DealImportPlan& plan) {
    std::map<std::string, Date> firstDeal;
    for (const PlannedDeal& planned : plan.deals) {
        if (!planned.newCompetitor.empty()) {
            const std::string key = positioning::foldedName(planned.newCompetitor);
            const auto [it, fresh] = firstDeal.emplace(key, planned.deal.closedOn);
            if (!fresh && planned.deal.closedOn < it->second) {
                it->second = planned.deal.closedOn;
            }
        }
    }
    catalog::EntityStore<catalog::Competitor> competitors(workspace);
    std::map<std::string, std::int64_t> ids;
    for (const std::string& name : plan.newCompetitors) {
        const std::string key = positioning::foldedName(name);
        catalog::Competitor competitor;
        competitor.name = std::string(positioning::trimmed(name));
        competitor.firstSeen = toIsoText(firstDeal.at(key));
        competitor.notes = "Added by a win/loss import.";
        ids.emplace(key, competitors.add(std::move(competitor)).id);
    }
    return ids;
}

// The deals already stored under the plan's dedupe keys, as they are before the import.
std::vector<std::pair<std::string, Deal>> storedDeals(sqlite3* db, const DealImportPlan& plan) {
    std::vector<std::pair<std::string, Deal>> stored;
    Statement query(db, "SELECT " PMM_DEAL_COLUMNS " WHERE dedupe_key = ?1");
    for (const PlannedDeal& planned : plan.deals) {
        query.reset();
        query.bind(1, planned.dedupeKey);
        if (query.step()) {
            stored.emplace_back(planned.dedupeKey, readDeal(query));
        }
    }
    query.reset();
    return stored;
}

DealWriter::Result writePlanned(DealWriter& writer, const PlannedDeal& planned,
                                const std::map<std::string, std::int64_t>& createdCompetitors) {
    if (planned.newCompetitor.empty()) {
        return writer.write(planned.deal, planned.dedupeKey);
    }
    Deal deal = planned.deal;
    deal.competitorId = createdCompetitors.at(positioning::foldedName(planned.newCompetitor));
    return writer.write(deal, planned.dedupeKey);
}

void countResult(DealImportCounts& counts, DealWriter::Result result) {
    switch (result) {
        case DealWriter::Result::Added:
            ++counts.added;
            break;
        case DealWriter::Result::Updated:
            ++counts.updated;
            break;
        case DealWriter::Result::Unchanged:
            ++counts.unchanged;
            break;
    }
}

// Every column of a deal, in table order, to remove it and put back the identical row.
constexpr StoredRowsSql kDealRows{
    "deals", "SELECT * FROM deals WHERE id = ?1",
    "INSERT INTO deals VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)",
    15};

Change dealsChange(ChangeType type, const std::vector<std::int64_t>& ids) {
    return {EntityKind::Deal, type, ids.size() == 1 ? ids.front() : 0};
}

std::vector<std::int64_t> idsOf(const RemovedDeals& removed) {
    std::vector<std::int64_t> ids;
    for (const StoredRow& row : removed.rows) {
        ids.push_back(std::stoll(row.front().value_or("0")));
    }
    return ids;
}

// What an import (type Added) or its undo (Removed) announces: each competitor it created
// or removed, then the deals as a whole (id 0), so open views that show neither keep their
// rows.
std::vector<Change> dealImportChanges(const std::vector<std::int64_t>& competitorIds,
                                      ChangeType type) {
    std::vector<Change> changes;
    for (const std::int64_t id : competitorIds) {
        changes.push_back({EntityKind::Competitor, type, id});
    }
    changes.push_back({EntityKind::Deal, type, 0});
    return changes;
}

}  // namespace

Deal DealStore::add(Deal deal) {
    m_workspace.requireWritable();
    sqlite3* db = m_workspace.handle();
    std::string competitorName;
    if (deal.competitorId) {
        Statement competitor(db, "SELECT name FROM competitors WHERE id = ?1");
        competitor.bind(1, *deal.competitorId);
        if (!competitor.step()) {
            throw WorkspaceError(WorkspaceErrorKind::Invalid,
                                 "Competitor: choose one of the workspace's competitors.");
        }
        competitorName = competitor.text(0);
    }
    const std::string key = positioning::dedupeKey(deal, competitorName);
    if (key.empty()) {
        throw WorkspaceError(WorkspaceErrorKind::Invalid, "Deal: give the deal an id or a name.");
    }
    Transaction transaction(db);
    DealWriter writer(db);
    if (writer.write(deal, key) != DealWriter::Result::Added) {
        throw WorkspaceError(WorkspaceErrorKind::Invalid,
                             "Deal: this deal is already recorded (same id, or same date, name "
                             "and competitor).");
    }
    Statement stored(db, "SELECT " PMM_DEAL_COLUMNS " WHERE dedupe_key = ?1");
    stored.bind(1, key);
    stored.step();
    deal = readDeal(stored);
    stored.reset();
    transaction.commit();
    m_workspace.notify({EntityKind::Deal, ChangeType::Added, deal.id});
    return deal;
}

DealImportCounts DealStore::import(const DealImportPlan& plan) {
    if (!plan.valid()) {
        throw WorkspaceError(WorkspaceErrorKind::Invalid,
                             "The file has problems; nothing was imported.");
    }
    m_workspace.requireWritable();
    const InterchangeWriteCache cache(m_workspace.handle());
    Workspace::BulkChange bulk(m_workspace);
    DealImportCounts counts;
    const auto created = createCompetitors(m_workspace, plan);
    counts.competitorsCreated = static_cast<int>(created.size());
    DealWriter writer(m_workspace.handle());
    for (const PlannedDeal& planned : plan.deals) {
        countResult(counts, writePlanned(writer, planned, created));
    }
    std::vector<std::int64_t> competitorIds;
    for (const auto& [name, id] : created) {
        competitorIds.push_back(id);
    }
    bulk.commit(dealImportChanges(competitorIds, ChangeType::Added));
    return counts;
}

DealImportUndo DealStore::importUndoable(const DealImportPlan& plan) {
    m_workspace.requireWritable();
    Workspace::BulkChange bulk(m_workspace);
    DealImportUndo undo;
    // An empty table has nothing to look up: the first import of a big file stays fast.
    if (count() > 0) {
        undo.previous = storedDeals(m_workspace.handle(), plan);
    }
    undo.counts = import(plan);
    std::unordered_set<std::string> before;
    for (const auto& [key, deal] : undo.previous) {
        before.insert(key);
    }
    for (const PlannedDeal& planned : plan.deals) {
        if (!before.contains(planned.dedupeKey)) {
            undo.addedKeys.push_back(planned.dedupeKey);
        }
    }
    const positioning::DealImportCatalog catalog = importCatalog();
    for (const std::string& name : plan.newCompetitors) {
        undo.createdCompetitors.push_back(catalog.competitors.at(positioning::foldedName(name)));
    }
    bulk.commit(dealImportChanges(undo.createdCompetitors, ChangeType::Added));
    return undo;
}

void DealStore::undoImport(const DealImportUndo& undo) {
    m_workspace.requireWritable();
    Workspace::BulkChange bulk(m_workspace);
    sqlite3* db = m_workspace.handle();
    Statement remove(db, "DELETE FROM deals WHERE dedupe_key = ?1");
    for (const std::string& key : undo.addedKeys) {
        remove.reset();
        remove.bind(1, key);
        remove.run();
    }
    DealWriter writer(db);
    for (const auto& [key, deal] : undo.previous) {
        writer.write(deal, key);
    }
    catalog::EntityStore<catalog::Competitor> competitors(m_workspace);
    for (const std::int64_t id : undo.createdCompetitors) {
        competitors.remove(id);
    }
    bulk.commit(dealImportChanges(undo.createdCompetitors, ChangeType::Removed));
}

Deal DealStore::remove(std::int64_t id) {
    m_workspace.requireWritable();
    std::optional<Deal> deal = find(id);
    if (!deal) {
        throw WorkspaceError(WorkspaceErrorKind::Invalid,
                             "This win/loss record is no longer in the workspace.");
    }
    Transaction transaction(m_workspace.handle());
    Statement remove(m_workspace.handle(), "DELETE FROM deals WHERE id = ?1");
    remove.bind(1, id);
    remove.run();
    transaction.commit();
    m_workspace.notify({EntityKind::Deal, ChangeType::Removed, id});
    return *deal;
}

StoredRowsSql DealStore::removalTable() {
    return kDealRows;
}

RemovedDeals DealStore::removeKeepingRows(const std::vector<std::int64_t>& ids) {
    m_workspace.requireWritable();
    sqlite3* db = m_workspace.handle();
    Transaction transaction(db);
    RemovedDeals removed{readStoredRows(db, kDealRows, ids)};
    if (removed.rows.size() != ids.size()) {
        throw WorkspaceError(WorkspaceErrorKind::Invalid,
                             "This win/loss record is no longer in the workspace.");
    }
    Statement remove(db, "DELETE FROM deals WHERE id = ?1");
    for (const std::int64_t id : ids) {
        remove.reset();
        remove.bind(1, id);
        remove.run();
    }
    transaction.commit();
    m_workspace.notify(dealsChange(ChangeType::Removed, ids));
    return removed;
}

void DealStore::restore(const RemovedDeals& removed) {
    m_workspace.requireWritable();
    sqlite3* db = m_workspace.handle();
    Transaction transaction(db);
    restoreStoredRows(db, kDealRows, removed.rows,
                      "The win/loss record cannot come back: the same deal was recorded again "
                      "since it was removed.");
    transaction.commit();
    m_workspace.notify(dealsChange(ChangeType::Added, idsOf(removed)));
}

positioning::DealImportCatalog DealStore::importCatalog() const {
    positioning::DealImportCatalog catalog;
    sqlite3* db = m_workspace.handle();
    readNames(db, "SELECT id, name FROM competitors", catalog.competitors);
    readNames(db, "SELECT id, name FROM segments", catalog.segments);
    readNames(db, "SELECT id, name FROM products", catalog.products);
    return catalog;
}

std::int64_t DealStore::count() const {
    Statement query(m_workspace.handle(), "SELECT count(*) FROM deals");
    query.step();
    return query.int64(0);
}

std::optional<Deal> DealStore::find(std::int64_t id) const {
    Statement query(m_workspace.handle(), "SELECT " PMM_DEAL_COLUMNS " WHERE id = ?1");
    query.bind(1, id);
    if (query.step()) {
        return readDeal(query);
    }
    return std::nullopt;
}

std::vector<Deal> DealStore::newest(int limit) const {
    Statement query(m_workspace.handle(),
                    "SELECT " PMM_DEAL_COLUMNS " ORDER BY closed_on DESC, id DESC LIMIT ?1");
    query.bind(1, limit);
    std::vector<Deal> deals;
    while (query.step()) {
        deals.push_back(readDeal(query));
    }
    return deals;
}

}  // namespace pmm::storage
