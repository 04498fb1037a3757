#include "positioning/add_deal_command.h"

#include <QCoreApplication>

#include "app/workspace_session.h"
#include "launches/launch_texts.h"
#include "storage/deal_store.h"
#include "undo/command_ids.h"

namespace pmm::ui {

AddDealCommand::AddDealCommand(WorkspaceSession& session, positioning::Deal deal)
    : WorkspaceCommand(session), m_deal(std::move(deal)) {
    const std::string& name = m_deal.name.empty() ? m_deal.dealRef : m_deal.name;
    setText(QCoreApplication::translate("pmm::ui::AddDealCommand", "Add win/loss record %1")
                .arg(quoted(toQString(name))));
}

void AddDealCommand::apply() {
    positioning::Deal deal = m_deal;
    deal.id = 0;
    m_deal = storage::DealStore(session().workspace()).add(std::move(deal));
}

void AddDealCommand::revert() {
    storage::DealStore(session().workspace()).remove(m_deal.id);
}

int AddDealCommand::id() const {
    return kAddDealCommand;
}

}  // namespace pmm::ui
