#include "undo/add_record_command.h"

#include <QCoreApplication>

#include "common/record_adapter.h"
#include "undo/command_ids.h"

namespace pmm::ui {

AddRecordCommand::AddRecordCommand(WorkspaceSession& session, const RecordAdapter& adapter,
                                   Record record)
    : WorkspaceCommand(session), m_adapter(adapter), m_record(std::move(record)) {
    setText(QCoreApplication::translate("pmm::ui::AddRecordCommand", "Add %1 %2")
                .arg(adapter.noun(), quoted(adapter.nameOf(m_record))));
}

void AddRecordCommand::apply() {
    m_record = m_adapter.add(session(), m_record);
}

void AddRecordCommand::revert() {
    m_adapter.remove(session(), m_record.id);
}

int AddRecordCommand::id() const {
    return kAddRecordCommand;
}

}  // namespace pmm::ui
