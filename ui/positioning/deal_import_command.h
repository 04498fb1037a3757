#pragma once

#include <QString>

#include <memory>

#include "positioning/deal_import_plan.h"
#include "storage/deal_store.h"
#include "undo/workspace_command.h"

namespace pmm::ui {

// Imports a valid win/loss plan in one transaction. Undo removes the deals it added,
// restores the ones it updated and removes the competitors it created, in one transaction;
// redo imports the same plan again.
class DealImportCommand final : public WorkspaceCommand {
public:
    DealImportCommand(WorkspaceSession& session,
                      std::shared_ptr<const positioning::DealImportPlan> plan,
                      const QString& fileName);

    void apply() override;
    void revert() override;
    int id() const override;

    // What the last apply() did.
    const storage::DealImportCounts& counts() const { return m_undo.counts; }

private:
    std::shared_ptr<const positioning::DealImportPlan> m_plan;
    storage::DealImportUndo m_undo;
};

}  // namespace pmm::ui
