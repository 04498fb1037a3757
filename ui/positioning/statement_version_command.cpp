#include "positioning/statement_version_command.h"

#include <QCoreApplication>

#include "app/workspace_session.h"
#include "storage/positioning_statement_store.h"
#include "undo/command_ids.h"

namespace pmm::ui {

StatementVersionCommand::StatementVersionCommand(WorkspaceSession& session,
                                                 positioning::PositioningStatement statement,
                                                 const QString& scope)
    : WorkspaceCommand(session), m_statement(std::move(statement)) {
    setText(QCoreApplication::translate("pmm::ui::StatementVersionCommand",
                                        "New positioning statement for %1")
                .arg(quoted(scope)));
}

void StatementVersionCommand::apply() {
    m_stored = storage::PositioningStatementStore(session().workspace()).addVersion(m_statement);
    m_statement.uid = m_stored.uid;
}

void StatementVersionCommand::revert() {
    storage::PositioningStatementStore(session().workspace()).takeBack(m_stored.id);
}

int StatementVersionCommand::id() const {
    return kStatementVersionCommand;
}

}  // namespace pmm::ui
