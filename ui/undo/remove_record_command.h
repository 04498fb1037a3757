#pragma once

#include "common/record.h"
#include "undo/workspace_command.h"

namespace pmm::ui {

class RecordAdapter;

// Removes a row. Undo restores it exactly: same id, same uid, same fields.
class RemoveRecordCommand final : public WorkspaceCommand {
public:
    RemoveRecordCommand(WorkspaceSession& session, const RecordAdapter& adapter, Record record);

    void apply() override;
    void revert() override;
    int id() const override;

private:
    const RecordAdapter& m_adapter;
    Record m_record;
};

}  // namespace pmm::ui
