#pragma once

#include <cstdint>
#include <optional>

#include "storage/battlecard_store.h"
#include "undo/workspace_command.h"

namespace pmm::ui {

// Removes a battlecard. Undo puts back exactly what went with it: the card with its id, uid
// and refresh state, its lines, every revision, the refresh requests of reviews, and its
// search row.
class RemoveBattlecardCommand final : public WorkspaceCommand {
public:
    // `name`: "Competitor · Segment"; `revisions`: how many go with it, for the Edit menu.
    RemoveBattlecardCommand(WorkspaceSession& session, std::int64_t cardId, const QString& name,
                            int revisions);

    void apply() override;
    void revert() override;
    int id() const override;

private:
    std::int64_t m_cardId;
    std::optional<storage::RemovedBattlecard> m_removed;
};

}  // namespace pmm::ui
