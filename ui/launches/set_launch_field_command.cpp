#include "launches/set_launch_field_command.h"

#include <QCoreApplication>

#include "app/workspace_session.h"
#include "storage/launch_store.h"
#include "storage/workspace_error.h"
#include "undo/command_ids.h"

namespace pmm::ui {

SetLaunchFieldCommand::SetLaunchFieldCommand(WorkspaceSession& session, std::int64_t launchId,
                                             const QString& launchName, LaunchField field,
                                             QVariant oldValue, QVariant newValue)
    : WorkspaceCommand(session),
      m_launchId(launchId),
      m_field(field),
      m_oldValue(std::move(oldValue)),
      m_newValue(std::move(newValue)) {
    setText(QCoreApplication::translate("pmm::ui::SetLaunchFieldCommand", "Change %1 of %2")
                .arg(launchFieldTitle(field), quoted(launchName)));
}

void SetLaunchFieldCommand::apply() {
    write(m_newValue);
}

void SetLaunchFieldCommand::revert() {
    write(m_oldValue);
}

int SetLaunchFieldCommand::id() const {
    return kSetLaunchFieldCommand;
}

void SetLaunchFieldCommand::write(const QVariant& value) {
    launches::LaunchStore store(session().workspace());
    auto launch = store.find(m_launchId);
    if (!launch) {
        throw storage::WorkspaceError(storage::WorkspaceErrorKind::Invalid,
                                      "That launch no longer exists in the workspace.");
    }
    setLaunchField(*launch, m_field, value);
    store.update(*launch);
}

}  // namespace pmm::ui
