#pragma once

#include <QString>

#include "battlecards/battlecard.h"
#include "undo/workspace_command.h"

namespace pmm::ui {

// One undoable step of a card's history: a Save of the editor's whole form (owner, interval
// and every section at once: one command per save, not per field) or a Mark refreshed. Undo
// restores the card as it was and takes the revision back out of the history
// (BattlecardStore::takeBack); redo records it again as a new revision.
class BattlecardRevisionCommand final : public WorkspaceCommand {
public:
    enum class Kind { Save, Refresh };

    // `before` is the card as stored now; `after` the form's card (ignored for Refresh).
    BattlecardRevisionCommand(WorkspaceSession& session, Kind kind, battlecards::Battlecard before,
                              battlecards::Battlecard after, const QString& cardName,
                              QString note = {});

    void apply() override;
    void revert() override;
    int id() const override;

    // False when the save changed nothing (no revision recorded; nothing to undo).
    bool recordedRevision() const { return m_revision > 0; }

private:
    Kind m_kind;
    battlecards::Battlecard m_before;
    battlecards::Battlecard m_after;
    QString m_note;
    int m_revision = 0;
};

}  // namespace pmm::ui
