#include "undo/set_field_command.h"

#include <QCoreApplication>

#include "common/record_adapter.h"
#include "storage/workspace_error.h"
#include "undo/command_ids.h"

namespace pmm::ui {

SetFieldCommand::SetFieldCommand(WorkspaceSession& session, const RecordAdapter& adapter,
                                 std::int64_t recordId, const QString& recordName, int field,
                                 QVariant oldValue, QVariant newValue)
    : WorkspaceCommand(session),
      m_adapter(adapter),
      m_recordId(recordId),
      m_field(field),
      m_oldValue(std::move(oldValue)),
      m_newValue(std::move(newValue)) {
    const QString title = adapter.fields().at(static_cast<std::size_t>(field)).title;
    setText(QCoreApplication::translate("pmm::ui::SetFieldCommand", "Change %1 of %2")
                .arg(title.toLower(), quoted(recordName)));
}

void SetFieldCommand::apply() {
    write(m_newValue);
}

void SetFieldCommand::revert() {
    write(m_oldValue);
}

int SetFieldCommand::id() const {
    return kSetFieldCommand;
}

void SetFieldCommand::write(const QVariant& value) {
    auto record = m_adapter.find(session(), m_recordId);
    if (!record) {
        throw storage::WorkspaceError(
            storage::WorkspaceErrorKind::Invalid,
            QCoreApplication::translate("pmm::ui::SetFieldCommand",
                                        "That %1 no longer exists in the workspace.")
                .arg(m_adapter.noun())
                .toStdString());
    }
    record->values[m_field] = value;
    m_adapter.update(session(), *record);
}

}  // namespace pmm::ui
