#include "skills/add_assessment_command.h"

#include <QCoreApplication>

#include "app/workspace_session.h"
#include "storage/skills_assessment_store.h"
#include "undo/command_ids.h"

namespace pmm::ui {

AddAssessmentCommand::AddAssessmentCommand(WorkspaceSession& session, team::Assessment assessment,
                                           const QString& personName, const QString& competencyName)
    : WorkspaceCommand(session), m_assessment(std::move(assessment)) {
    setText(QCoreApplication::translate("pmm::ui::AddAssessmentCommand", "Assess %1 in %2")
                .arg(quoted(personName), quoted(competencyName)));
}

void AddAssessmentCommand::apply() {
    m_assessment = storage::SkillsAssessmentStore(session().workspace()).add(m_assessment);
}

void AddAssessmentCommand::revert() {
    storage::SkillsAssessmentStore(session().workspace()).remove(m_assessment.id);
}

int AddAssessmentCommand::id() const {
    return kAddAssessmentCommand;
}

}  // namespace pmm::ui
