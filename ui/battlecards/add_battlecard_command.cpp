#include "battlecards/add_battlecard_command.h"

#include <QCoreApplication>

#include "app/workspace_session.h"
#include "battlecards/battlecard_texts.h"
#include "undo/command_ids.h"

namespace pmm::ui {

AddBattlecardCommand::AddBattlecardCommand(WorkspaceSession& session, storage::NewBattlecard spec,
                                           const QString& cardName)
    : WorkspaceCommand(session), m_spec(std::move(spec)) {
    setText(QCoreApplication::translate("pmm::ui::AddBattlecardCommand", "New battlecard %1")
                .arg(quoted(cardName)));
}

void AddBattlecardCommand::apply() {
    storage::BattlecardStore store(session().workspace());
    const battlecards::Battlecard card = store.create(m_spec, currentEditor(session()));
    m_cardId = card.id;
    m_spec.uid = card.uid;
}

void AddBattlecardCommand::revert() {
    storage::BattlecardStore(session().workspace()).remove(m_cardId);
}

int AddBattlecardCommand::id() const {
    return kAddBattlecardCommand;
}

}  // namespace pmm::ui
