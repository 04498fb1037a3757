#pragma once

#include <QString>

#include "team/assessment.h"
#include "undo/workspace_command.h"

namespace pmm::ui {

// Stores a new assessment with its evidence links. Undo removes it; redo stores it again
// with the same id and uid, so the grid and the growth path show exactly what was saved.
class AddAssessmentCommand final : public WorkspaceCommand {
public:
    AddAssessmentCommand(WorkspaceSession& session, team::Assessment assessment,
                         const QString& personName, const QString& competencyName);

    void apply() override;
    void revert() override;
    int id() const override;

    // As stored once apply() has run (id and uid known).
    const team::Assessment& assessment() const { return m_assessment; }

private:
    team::Assessment m_assessment;
};

}  // namespace pmm::ui
