#include "undo/remove_record_command.h"

#include <QCoreApplication>

#include "common/record_adapter.h"
#include "undo/command_ids.h"

namespace pmm::ui {

RemoveRecordCommand::RemoveRecordCommand(WorkspaceSession& session, const RecordAdapter& adapter,
                                         Record record)
    : WorkspaceCommand(session), m_adapter(adapter), m_record(std::move(record)) {
    setText(QCoreApplication::translate("pmm::ui::RemoveRecordCommand", "Remove %1 %2")
                .arg(adapter.noun(), quoted(adapter.nameOf(m_record))));
}

void RemoveRecordCommand::apply() {
    m_adapter.remove(session(), m_record.id);
}

void RemoveRecordCommand::revert() {
    m_adapter.add(session(), m_record);
}

int RemoveRecordCommand::id() const {
    return kRemoveRecordCommand;
}

}  // namespace pmm::ui
