#pragma once

#include "positioning/positioning_statement.h"
#include "undo/workspace_command.h"

namespace pmm::ui {

// Writes a new version of a product × segment's positioning statement outside a review.
// Undo takes that version back (it is the newest, and no review produced it); redo writes
// it again under the same uid.
class StatementVersionCommand final : public WorkspaceCommand {
public:
    StatementVersionCommand(WorkspaceSession& session, positioning::PositioningStatement statement,
                            const QString& scope);

    void apply() override;
    void revert() override;
    int id() const override;

    // The version as the last apply() stored it.
    const positioning::PositioningStatement& stored() const { return m_stored; }

private:
    positioning::PositioningStatement m_statement;
    positioning::PositioningStatement m_stored;
};

}  // namespace pmm::ui
