#include "battlecards/battlecard_revision_command.h"

#include <QCoreApplication>

#include "app/workspace_session.h"
#include "battlecards/battlecard_texts.h"
#include "launches/launch_texts.h"
#include "storage/battlecard_store.h"
#include "undo/command_ids.h"

namespace pmm::ui {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("pmm::ui::BattlecardRevisionCommand", text);
}

}  // namespace

BattlecardRevisionCommand::BattlecardRevisionCommand(WorkspaceSession& session, Kind kind,
                                                     battlecards::Battlecard before,
                                                     battlecards::Battlecard after,
                                                     const QString& cardName, QString note)
    : WorkspaceCommand(session),
      m_kind(kind),
      m_before(std::move(before)),
      m_after(std::move(after)),
      m_note(std::move(note)) {
    setText((kind == Kind::Save ? tr("Save battlecard %1") : tr("Mark battlecard %1 refreshed"))
                .arg(quoted(cardName)));
}

void BattlecardRevisionCommand::apply() {
    storage::BattlecardStore store(session().workspace());
    const int latest = store.latestRevision(m_before.id);
    if (m_kind == Kind::Save) {
        store.save(m_after, currentEditor(session()), toStdString(m_note));
    } else {
        store.markRefreshed(m_before.id, currentEditor(session()), pmm::today(),
                            toStdString(m_note));
    }
    const int now = store.latestRevision(m_before.id);
    m_revision = now > latest ? now : 0;
}

void BattlecardRevisionCommand::revert() {
    if (m_revision > 0) {
        storage::BattlecardStore(session().workspace()).takeBack(m_before, m_revision);
    }
}

int BattlecardRevisionCommand::id() const {
    return kBattlecardRevisionCommand;
}

}  // namespace pmm::ui
