#include "positioning/deal_import_command.h"

#include <QCoreApplication>

#include "app/workspace_session.h"
#include "undo/command_ids.h"

namespace pmm::ui {

DealImportCommand::DealImportCommand(WorkspaceSession& session,
                                     std::shared_ptr<const positioning::DealImportPlan> plan,
                                     const QString& fileName)
    : WorkspaceCommand(session), m_plan(std::move(plan)) {
    setText(QCoreApplication::translate("pmm::ui::DealImportCommand", "Import win/loss %1")
                .arg(quoted(fileName)));
}

void DealImportCommand::apply() {
    m_undo = storage::DealStore(session().workspace()).importUndoable(*m_plan);
}

void DealImportCommand::revert() {
    storage::DealStore(session().workspace()).undoImport(m_undo);
}

int DealImportCommand::id() const {
    return kDealImportCommand;
}

}  // namespace pmm::ui
