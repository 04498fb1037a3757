// BattlecardStore::removeKeepingHistory and restore: taking a card out with everything that
// refers to it, and putting it back exactly.
#include <array>

#include "storage/battlecard_store.h"
#include "storage/battlecard_writer.h"
#include "storage/database.h"
#include "storage/workspace.h"
#include "storage/workspace_error.h"

namespace pmm::storage {

namespace {

// The card row first (its lines and history refer to it), then every table that refers to
// a card; all of them go with it (ON DELETE CASCADE). Every column, so the rows come back
// identical: ids, uids, revision numbers and snapshots, refresh state and timestamps.
constexpr std::size_t kCardTable = 0;
constexpr std::size_t kRevisionTable = 5;
constexpr std::size_t kRefreshRequestTable = 6;
constexpr std::array<StoredRowsSql, 7> kCardRows{{
    {"battlecards", "SELECT * FROM battlecards WHERE id = ?1",
     "INSERT INTO battlecards VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)", 11},
    {"battlecard_points", "SELECT * FROM battlecard_points WHERE card_id = ?1 ORDER BY id",
     "INSERT INTO battlecard_points VALUES (?1, ?2, ?3, ?4, ?5, ?6)", 6},
    {"battlecard_proof_points",
     "SELECT * FROM battlecard_proof_points WHERE card_id = ?1 ORDER BY id",
     "INSERT INTO battlecard_proof_points VALUES (?1, ?2, ?3, ?4, ?5, ?6)", 6},
    {"battlecard_objections", "SELECT * FROM battlecard_objections WHERE card_id = ?1 ORDER BY id",
     "INSERT INTO battlecard_objections VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)", 7},
    {"battlecard_angles", "SELECT * FROM battlecard_angles WHERE card_id = ?1 ORDER BY id",
     "INSERT INTO battlecard_angles VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)", 7},
    {"battlecard_revisions", "SELECT * FROM battlecard_revisions WHERE card_id = ?1 ORDER BY id",
     "INSERT INTO battlecard_revisions VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)", 11},
    {"battlecard_refresh_requests",
     "SELECT * FROM battlecard_refresh_requests WHERE card_id = ?1 ORDER BY id",
     "INSERT INTO battlecard_refresh_requests VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)", 9},
}};

int rowCount(const RemovedBattlecard& removed, std::size_t table) {
    return table < removed.tables.size() ? static_cast<int>(removed.tables[table].size()) : 0;
}

}  // namespace

int RemovedBattlecard::revisionCount() const {
    return rowCount(*this, kRevisionTable);
}

int RemovedBattlecard::refreshRequestCount() const {
    return rowCount(*this, kRefreshRequestTable);
}

std::vector<StoredRowsSql> BattlecardStore::removalTables() {
    return {kCardRows.begin(), kCardRows.end()};
}

std::optional<RemovedBattlecard> BattlecardStore::removeKeepingHistory(std::int64_t id) {
    m_workspace.requireWritable();
    sqlite3* db = m_workspace.handle();
    Transaction transaction(db);
    RemovedBattlecard removed{id, {}};
    for (const StoredRowsSql& table : kCardRows) {
        removed.tables.push_back(readStoredRows(db, table, id));
    }
    if (removed.tables[kCardTable].empty()) {
        return std::nullopt;
    }
    // The lines, history and requests go with the card (ON DELETE CASCADE), the search row
    // too (trigger battlecard_search_card_removed).
    Statement removal(db, "DELETE FROM battlecards WHERE id = ?1");
    removal.bind(1, id).run();
    transaction.commit();
    m_workspace.notify({EntityKind::Battlecard, ChangeType::Removed, id});
    return removed;
}

void BattlecardStore::restore(const RemovedBattlecard& removed) {
    m_workspace.requireWritable();
    sqlite3* db = m_workspace.handle();
    Transaction transaction(db);
    for (std::size_t table = 0; table < kCardRows.size(); ++table) {
        restoreStoredRows(
            db, kCardRows[table], removed.tables.at(table),
            "The battlecard cannot come back: another card took its place since it was "
            "removed.");
    }
    const std::optional<battlecards::Battlecard> card = find(removed.id);
    if (!card) {
        throw WorkspaceError(WorkspaceErrorKind::Invalid,
                             "The battlecard cannot come back: nothing was kept of it.");
    }
    BattlecardWriter(db).index(removed.id, card->content);
    transaction.commit();
    m_workspace.notify({EntityKind::Battlecard, ChangeType::Added, removed.id});
}

}  // namespace pmm::storage
