#pragma once

#include "battlecards/competitor_launch.h"
#include "undo/workspace_command.h"

namespace pmm::ui {

// Logs a competitor launch, which flags every card of that competitor "refresh required".
// Undo removes the launch and returns each flagged card to its earlier state; redo logs it
// again under the same uid.
class LogCompetitorLaunchCommand final : public WorkspaceCommand {
public:
    LogCompetitorLaunchCommand(WorkspaceSession& session, battlecards::CompetitorLaunch launch);

    void apply() override;
    void revert() override;
    int id() const override;

    // What the last apply() stored and flagged.
    const battlecards::LoggedCompetitorLaunch& logged() const { return m_logged; }

private:
    battlecards::CompetitorLaunch m_launch;
    battlecards::LoggedCompetitorLaunch m_logged;
};

}  // namespace pmm::ui
