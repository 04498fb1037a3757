#include "positioning/remove_deal_command.h"

#include <QCoreApplication>

#include "app/workspace_session.h"
#include "undo/command_ids.h"

namespace pmm::ui {

RemoveDealCommand::RemoveDealCommand(WorkspaceSession& session, std::vector<std::int64_t> dealIds,
                                     const QString& name)
    : WorkspaceCommand(session), m_dealIds(std::move(dealIds)) {
    const int count = static_cast<int>(m_dealIds.size());
    setText(
        count == 1
            ? QCoreApplication::translate("pmm::ui::RemoveDealCommand", "Remove win/loss record %1")
                  .arg(quoted(name))
            : QCoreApplication::translate("pmm::ui::RemoveDealCommand",
                                          "Remove %n win/loss record(s)", nullptr, count));
}

void RemoveDealCommand::apply() {
    m_removed = storage::DealStore(session().workspace()).removeKeepingRows(m_dealIds);
}

void RemoveDealCommand::revert() {
    if (m_removed) {
        storage::DealStore(session().workspace()).restore(*m_removed);
    }
}

int RemoveDealCommand::id() const {
    return kRemoveDealCommand;
}

}  // namespace pmm::ui
