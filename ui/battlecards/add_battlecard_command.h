#pragma once

#include <QString>

#include <cstdint>

#include "storage/battlecard_store.h"
#include "undo/workspace_command.h"

namespace pmm::ui {

// Creates a card from the template. Undo removes it (with its history); redo creates it
// again under the same uid, so it starts a new history at revision 1.
class AddBattlecardCommand final : public WorkspaceCommand {
public:
    AddBattlecardCommand(WorkspaceSession& session, storage::NewBattlecard spec,
                         const QString& cardName);

    void apply() override;
    void revert() override;
    int id() const override;

    std::int64_t cardId() const { return m_cardId; }

private:
    storage::NewBattlecard m_spec;
    std::int64_t m_cardId = 0;
};

}  // namespace pmm::ui
