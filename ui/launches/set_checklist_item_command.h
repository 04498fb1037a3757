#pragma once

#include <cstdint>

#include "undo/workspace_command.h"

namespace pmm::ui {

// Ticks (or unticks) one deliverable on a launch's checklist; undo reverses it.
class SetChecklistItemCommand final : public WorkspaceCommand {
public:
    SetChecklistItemCommand(WorkspaceSession& session, std::int64_t launchId, std::int64_t itemId,
                            const QString& itemTitle, bool done);

    void apply() override;
    void revert() override;
    int id() const override;

private:
    std::int64_t m_launchId;
    std::int64_t m_itemId;
    bool m_done;
};

}  // namespace pmm::ui
