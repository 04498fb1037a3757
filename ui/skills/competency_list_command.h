#pragma once

#include <map>
#include <string>

#include "team/competency.h"
#include "undo/workspace_command.h"

namespace pmm::ui {

// Adds a competency to the skills matrix, or removes one with its expectations. Undo does the
// opposite, restoring a removed competency whole: same id, uid, position and texts. Core
// refuses to remove a competency that has assessments (history is kept).
class CompetencyListCommand final : public WorkspaceCommand {
public:
    enum class Action { Add, Remove };

    CompetencyListCommand(WorkspaceSession& session, Action action, team::Competency competency,
                          std::map<int, std::string> expectations = {});

    void apply() override;
    void revert() override;
    int id() const override;

    const team::Competency& competency() const { return m_competency; }

private:
    void insert();
    void erase();

    Action m_action;
    team::Competency m_competency;
    std::map<int, std::string> m_expectations;
};

}  // namespace pmm::ui
