#include "skills/edit_skills_framework_command.h"

#include <QCoreApplication>

#include "app/workspace_session.h"
#include "launches/launch_texts.h"
#include "storage/skills_framework_store.h"
#include "storage/workspace_error.h"
#include "undo/command_ids.h"

namespace pmm::ui {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("pmm::ui::EditSkillsFrameworkCommand", text);
}

QString describe(EditSkillsFrameworkCommand::Field field) {
    using Field = EditSkillsFrameworkCommand::Field;
    switch (field) {
        case Field::LevelName:
            return tr("Rename level %1");
        case Field::CompetencyName:
            return tr("Rename competency %1");
        case Field::CompetencyDescription:
            return tr("Change description of %1");
        case Field::CompetencyRequired:
            return tr("Change whether %1 is required for promotion");
        case Field::Expectation:
            return tr("Change expectation of %1");
    }
    return tr("Change %1");
}

}  // namespace

EditSkillsFrameworkCommand::EditSkillsFrameworkCommand(WorkspaceSession& session, Target target,
                                                       QVariant before, QVariant after,
                                                       const QString& what)
    : WorkspaceCommand(session),
      m_target(target),
      m_before(std::move(before)),
      m_after(std::move(after)) {
    setText(describe(target.field).arg(quoted(what)));
}

void EditSkillsFrameworkCommand::apply() {
    write(m_after);
}

void EditSkillsFrameworkCommand::revert() {
    write(m_before);
}

int EditSkillsFrameworkCommand::id() const {
    return kEditSkillsFrameworkCommand;
}

void EditSkillsFrameworkCommand::write(const QVariant& value) {
    storage::SkillsFrameworkStore store(session().workspace());
    switch (m_target.field) {
        case Field::LevelName:
            store.renameLevel(m_target.levelRank, toStdString(value.toString()));
            return;
        case Field::Expectation:
            store.setExpectation(m_target.competencyId, m_target.levelRank,
                                 toStdString(value.toString()));
            return;
        default:
            writeCompetency(value);
    }
}

void EditSkillsFrameworkCommand::writeCompetency(const QVariant& value) {
    storage::SkillsFrameworkStore store(session().workspace());
    auto competency = store.findCompetency(m_target.competencyId);
    if (!competency) {
        throw storage::WorkspaceError(
            storage::WorkspaceErrorKind::Invalid,
            toStdString(tr("That competency is no longer in the skills matrix.")));
    }
    if (m_target.field == Field::CompetencyName) {
        competency->name = toStdString(value.toString());
    } else if (m_target.field == Field::CompetencyDescription) {
        competency->description = toStdString(value.toString());
    } else {
        competency->requiredForPromotion = value.toBool();
    }
    store.updateCompetency(*competency);
}

}  // namespace pmm::ui
