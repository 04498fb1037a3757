#pragma once

#include <QVariant>

#include <cstdint>

#include "undo/workspace_command.h"

namespace pmm::ui {

class RecordAdapter;

// Changes one field of one row from `oldValue` to `newValue`; undo sets it back. Only that
// field is written: the rest of the row is read fresh from the workspace each time.
class SetFieldCommand final : public WorkspaceCommand {
public:
    SetFieldCommand(WorkspaceSession& session, const RecordAdapter& adapter, std::int64_t recordId,
                    const QString& recordName, int field, QVariant oldValue, QVariant newValue);

    void apply() override;
    void revert() override;
    int id() const override;

private:
    void write(const QVariant& value);

    const RecordAdapter& m_adapter;
    std::int64_t m_recordId;
    int m_field;
    QVariant m_oldValue;
    QVariant m_newValue;
};

}  // namespace pmm::ui
