#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "positioning/deal.h"
#include "positioning/deal_import_plan.h"
#include "storage/stored_rows.h"

namespace pmm::storage {

class Workspace;

// What an import changed.
struct DealImportCounts {
    int added = 0;
    int updated = 0;    // the same deal (dedupe key) was there with other values
    int unchanged = 0;  // the same deal was there as it is in the file
    int competitorsCreated = 0;
};

// What an import changed, kept so the import can be taken back (Edit ▸ Undo after the
// import dialog): the deals it added (by dedupe key), the deals it matched as they were
// before, and the competitors it created.
struct DealImportUndo {
    DealImportCounts counts;
    std::vector<std::string> addedKeys;
    std::vector<std::pair<std::string, positioning::Deal>> previous;  // dedupe key, old deal
    std::vector<std::int64_t> createdCompetitors;
};

// Win/loss records taken out of the workspace, exactly as they were stored (every column: id,
// uid, dedupe key, values, created_at), so restore() puts back the identical rows.
struct RemovedDeals {
    std::vector<StoredRow> rows;
};

// Win/loss records. Every write is one transaction; rule violations throw
// WorkspaceError(Invalid) naming the field.
class DealStore {
public:
    explicit DealStore(Workspace& workspace) : m_workspace(workspace) {}

    // Stores a deal typed in (or one from demo data). Its dedupe key is computed from it;
    // a deal with the same key is refused.
    positioning::Deal add(positioning::Deal deal);

    // Applies a valid plan in one transaction: creates its new competitors (first seen on
    // their earliest deal), inserts new deals and updates those already there by dedupe
    // key. Nothing is written when anything fails. After the commit it announces each
    // competitor created, then Deal (id 0): views of launches or cards do not reload.
    DealImportCounts import(const positioning::DealImportPlan& plan);

    // import() that also records what it changed, for undoImport().
    DealImportUndo importUndoable(const positioning::DealImportPlan& plan);
    // Takes an import back in one transaction: removes the deals it added, restores the
    // ones it updated, then removes the competitors it created.
    void undoImport(const DealImportUndo& undo);

    // Removes one deal (undo of add) and returns it as it was; throws Invalid when it is gone.
    positioning::Deal remove(std::int64_t id);
    // Removes the deals `ids` in one transaction, keeping them for restore(). Nothing refers
    // to a deal by key: reviews keep their evidence as text, triggers and win rates are
    // computed from the deals there are. Throws Invalid (and removes nothing) when one of
    // them is gone. Notifies {Deal, Removed, id}, or id 0 for several.
    RemovedDeals removeKeepingRows(const std::vector<std::int64_t>& ids);
    // Stores removed deals again, identical, in one transaction. Refused (nothing written)
    // when one of them clashes with a deal recorded since (same uid or dedupe key).
    void restore(const RemovedDeals& removed);
    // The SQL removeKeepingRows() copies a deal with (for the tests' schema check).
    static StoredRowsSql removalTable();

    // The workspace's competitors, segments and products by lower-case name, for planning.
    positioning::DealImportCatalog importCatalog() const;

    std::int64_t count() const;
    std::optional<positioning::Deal> find(std::int64_t id) const;
    // Newest first, at most `limit`.
    std::vector<positioning::Deal> newest(int limit) const;

private:
    Workspace& m_workspace;
};

}  // namespace pmm::storage
