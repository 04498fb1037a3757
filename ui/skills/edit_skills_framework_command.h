#pragma once

#include <QString>
#include <QVariant>

#include <cstdint>

#include "undo/workspace_command.h"

namespace pmm::ui {

// One edit of the skills framework: a level's name, a competency's name, description or
// required flag, or the expectation text of a competency at a level. Undo writes the value
// from before; each step goes through SkillsFrameworkStore and its rules.
class EditSkillsFrameworkCommand final : public WorkspaceCommand {
public:
    enum class Field {
        LevelName,
        CompetencyName,
        CompetencyDescription,
        CompetencyRequired,
        Expectation
    };
    struct Target {
        Field field = Field::LevelName;
        std::int64_t competencyId = 0;  // every field but LevelName
        int levelRank = 0;              // LevelName and Expectation
    };

    // `what` names the edited thing for the Edit menu ("Senior PMM", "Coaching").
    EditSkillsFrameworkCommand(WorkspaceSession& session, Target target, QVariant before,
                               QVariant after, const QString& what);

    void apply() override;
    void revert() override;
    int id() const override;

private:
    void write(const QVariant& value);
    void writeCompetency(const QVariant& value);

    Target m_target;
    QVariant m_before;
    QVariant m_after;
};

}  // namespace pmm::ui
