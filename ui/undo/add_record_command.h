#pragma once

#include "common/record.h"
#include "undo/workspace_command.h"

namespace pmm::ui {

class RecordAdapter;

// Adds a row. Undo removes it; redo stores it again with the same id and uid.
class AddRecordCommand final : public WorkspaceCommand {
public:
    AddRecordCommand(WorkspaceSession& session, const RecordAdapter& adapter, Record record);

    void apply() override;
    void revert() override;
    int id() const override;

    // The row as stored (its id and uid are known once apply() has run).
    const Record& record() const { return m_record; }

private:
    const RecordAdapter& m_adapter;
    Record m_record;
};

}  // namespace pmm::ui
