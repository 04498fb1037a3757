#include "launches/add_launch_command.h"

#include <QCoreApplication>

#include "app/workspace_session.h"
#include "launches/launch_texts.h"
#include "storage/launch_checklist.h"
#include "storage/launch_store.h"
#include "undo/command_ids.h"

namespace pmm::ui {

AddLaunchCommand::AddLaunchCommand(WorkspaceSession& session, launches::Launch launch,
                                   std::optional<Override> override, QStringList doneItems)
    : WorkspaceCommand(session),
      m_launch(std::move(launch)),
      m_override(std::move(override)),
      m_doneItems(std::move(doneItems)) {
    setText(QCoreApplication::translate("pmm::ui::AddLaunchCommand", "New launch %1")
                .arg(quoted(toQString(m_launch.name))));
}

void AddLaunchCommand::apply() {
    launches::LaunchStore store(session().workspace());
    if (m_removed) {
        // Redo after undo: the launch as it was, with the ticks and history it had then.
        store.restore(*m_removed);
        m_removed.reset();
        return;
    }
    // The override goes through overrideTier() so it is recorded in the history.
    launches::Launch plain = m_launch;
    plain.overrideTier.reset();
    plain.overrideReason.clear();
    const launches::Launch stored = store.add(plain);
    try {
        if (m_override) {
            store.overrideTier(stored.id, m_override->tier, toStdString(m_override->reason),
                               toStdString(currentUserName()));
        }
        launches::LaunchChecklist checklist(session().workspace());
        for (const auto& entry : checklist.entries(stored.id)) {
            if (m_doneItems.contains(toQString(entry.title))) {
                checklist.setDone(stored.id, entry.itemId, true);
            }
        }
    } catch (...) {
        // All or nothing: the launch must not stay without what the wizard promised.
        store.remove(stored.id);
        throw;
    }
    // Redo stores the same launch again: same id, uid and rule version.
    m_launch = stored;
}

void AddLaunchCommand::revert() {
    m_removed = launches::LaunchStore(session().workspace()).removeKeepingHistory(m_launch.id);
}

int AddLaunchCommand::id() const {
    return kAddLaunchCommand;
}

}  // namespace pmm::ui
