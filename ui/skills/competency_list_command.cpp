#include "skills/competency_list_command.h"

#include <QCoreApplication>

#include "app/workspace_session.h"
#include "launches/launch_texts.h"
#include "storage/skills_framework_store.h"
#include "undo/command_ids.h"

namespace pmm::ui {

CompetencyListCommand::CompetencyListCommand(WorkspaceSession& session, Action action,
                                             team::Competency competency,
                                             std::map<int, std::string> expectations)
    : WorkspaceCommand(session),
      m_action(action),
      m_competency(std::move(competency)),
      m_expectations(std::move(expectations)) {
    const QString name = quoted(toQString(m_competency.name));
    setText(
        action == Action::Add
            ? QCoreApplication::translate("pmm::ui::CompetencyListCommand", "Add competency %1")
                  .arg(name)
            : QCoreApplication::translate("pmm::ui::CompetencyListCommand", "Remove competency %1")
                  .arg(name));
}

void CompetencyListCommand::apply() {
    m_action == Action::Add ? insert() : erase();
}

void CompetencyListCommand::revert() {
    m_action == Action::Add ? erase() : insert();
}

int CompetencyListCommand::id() const {
    return kCompetencyListCommand;
}

void CompetencyListCommand::insert() {
    m_competency = storage::SkillsFrameworkStore(session().workspace())
                       .addCompetency(m_competency, m_expectations);
}

void CompetencyListCommand::erase() {
    storage::SkillsFrameworkStore store(session().workspace());
    // What goes is restored by undo exactly as it was, texts included.
    m_expectations = store.expectationsOf(m_competency.id);
    if (auto stored = store.findCompetency(m_competency.id)) {
        m_competency = *stored;
    }
    store.removeCompetency(m_competency.id);
}

}  // namespace pmm::ui
