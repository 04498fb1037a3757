#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "positioning/deal.h"
#include "positioning/deal_import_plan.h"

namespace pmm::storage {

class Workspace;

// What an import changed.
struct DealImportCounts {
    int added = 0;
    int updated = 0;    // the same deal (dedupe key) was there with other values
    int unchanged = 0;  // the same deal was there as it is in the file
    int competitorsCreated = 0;
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
    // key. Nothing is written when anything fails. Notifies Everything after the commit.
    DealImportCounts import(const positioning::DealImportPlan& plan);

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
