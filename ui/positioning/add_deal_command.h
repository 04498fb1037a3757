#pragma once

#include "positioning/deal.h"
#include "undo/workspace_command.h"

namespace pmm::ui {

// Records one win/loss record typed in. Undo removes it; redo records it again under the
// same uid (SQLite may give it another row id).
class AddDealCommand final : public WorkspaceCommand {
public:
    AddDealCommand(WorkspaceSession& session, positioning::Deal deal);

    void apply() override;
    void revert() override;
    int id() const override;

    // The deal as stored by the last apply().
    const positioning::Deal& deal() const { return m_deal; }

private:
    positioning::Deal m_deal;
};

}  // namespace pmm::ui
