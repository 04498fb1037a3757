#include "battlecards/remove_battlecard_command.h"

#include <QCoreApplication>

#include "app/workspace_session.h"
#include "storage/workspace_error.h"
#include "undo/command_ids.h"

namespace pmm::ui {

RemoveBattlecardCommand::RemoveBattlecardCommand(WorkspaceSession& session, std::int64_t cardId,
                                                 const QString& name, int revisions)
    : WorkspaceCommand(session), m_cardId(cardId) {
    setText(QCoreApplication::translate("pmm::ui::RemoveBattlecardCommand",
                                        "Remove battlecard %1 and its %n revision(s)", nullptr,
                                        revisions)
                .arg(quoted(name)));
}

void RemoveBattlecardCommand::apply() {
    auto removed = storage::BattlecardStore(session().workspace()).removeKeepingHistory(m_cardId);
    if (!removed) {
        throw storage::WorkspaceError(storage::WorkspaceErrorKind::Invalid,
                                      "That battlecard no longer exists in the workspace.");
    }
    m_removed = std::move(removed);
}

void RemoveBattlecardCommand::revert() {
    if (m_removed) {
        storage::BattlecardStore(session().workspace()).restore(*m_removed);
    }
}

int RemoveBattlecardCommand::id() const {
    return kRemoveBattlecardCommand;
}

}  // namespace pmm::ui
