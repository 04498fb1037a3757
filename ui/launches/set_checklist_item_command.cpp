#include "launches/set_checklist_item_command.h"

#include <QCoreApplication>

#include "app/workspace_session.h"
#include "storage/launch_checklist.h"
#include "undo/command_ids.h"

namespace pmm::ui {

SetChecklistItemCommand::SetChecklistItemCommand(WorkspaceSession& session, std::int64_t launchId,
                                                 std::int64_t itemId, const QString& itemTitle,
                                                 bool done)
    : WorkspaceCommand(session), m_launchId(launchId), m_itemId(itemId), m_done(done) {
    setText(done ? QCoreApplication::translate("pmm::ui::SetChecklistItemCommand", "Tick %1")
                       .arg(quoted(itemTitle))
                 : QCoreApplication::translate("pmm::ui::SetChecklistItemCommand", "Untick %1")
                       .arg(quoted(itemTitle)));
}

void SetChecklistItemCommand::apply() {
    launches::LaunchChecklist(session().workspace()).setDone(m_launchId, m_itemId, m_done);
}

void SetChecklistItemCommand::revert() {
    launches::LaunchChecklist(session().workspace()).setDone(m_launchId, m_itemId, !m_done);
}

int SetChecklistItemCommand::id() const {
    return kSetChecklistItemCommand;
}

}  // namespace pmm::ui
