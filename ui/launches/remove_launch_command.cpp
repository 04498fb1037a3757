#include "launches/remove_launch_command.h"

#include <QCoreApplication>

#include "app/workspace_session.h"
#include "storage/workspace_error.h"
#include "undo/command_ids.h"

namespace pmm::ui {

RemoveLaunchCommand::RemoveLaunchCommand(WorkspaceSession& session, std::int64_t launchId,
                                         const QString& name)
    : WorkspaceCommand(session), m_launchId(launchId) {
    setText(QCoreApplication::translate("pmm::ui::RemoveLaunchCommand", "Remove launch %1")
                .arg(quoted(name)));
}

void RemoveLaunchCommand::apply() {
    auto removed = launches::LaunchStore(session().workspace()).removeKeepingHistory(m_launchId);
    if (!removed) {
        throw storage::WorkspaceError(storage::WorkspaceErrorKind::Invalid,
                                      "That launch no longer exists in the workspace.");
    }
    m_removed = std::move(removed);
}

void RemoveLaunchCommand::revert() {
    if (m_removed) {
        launches::LaunchStore(session().workspace()).restore(*m_removed);
    }
}

int RemoveLaunchCommand::id() const {
    return kRemoveLaunchCommand;
}

}  // namespace pmm::ui
