#include "battlecards/log_competitor_launch_command.h"

#include <QCoreApplication>

#include "app/workspace_session.h"
#include "battlecards/battlecard_texts.h"
#include "launches/launch_texts.h"
#include "storage/competitor_launch_store.h"
#include "undo/command_ids.h"

namespace pmm::ui {

LogCompetitorLaunchCommand::LogCompetitorLaunchCommand(WorkspaceSession& session,
                                                       battlecards::CompetitorLaunch launch)
    : WorkspaceCommand(session), m_launch(std::move(launch)) {
    setText(QCoreApplication::translate("pmm::ui::LogCompetitorLaunchCommand",
                                        "Log competitor launch %1")
                .arg(quoted(toQString(m_launch.what))));
}

void LogCompetitorLaunchCommand::apply() {
    storage::CompetitorLaunchStore store(session().workspace());
    m_logged = store.log(m_launch, currentEditor(session()));
    m_launch.uid = m_logged.launch.uid;
}

void LogCompetitorLaunchCommand::revert() {
    storage::CompetitorLaunchStore(session().workspace()).undo(m_logged);
}

int LogCompetitorLaunchCommand::id() const {
    return kLogCompetitorLaunchCommand;
}

}  // namespace pmm::ui
