#include "undo/workspace_command.h"

#include <QCoreApplication>

#include "app/workspace_session.h"

namespace pmm::ui {

WorkspaceCommand::WorkspaceCommand(WorkspaceSession& session, QUndoCommand* parent)
    : QUndoCommand(parent), m_session(session) {}

void WorkspaceCommand::redo() {
    if (m_applied) {
        m_applied = false;
        return;
    }
    run(&WorkspaceCommand::apply);
}

void WorkspaceCommand::undo() {
    run(&WorkspaceCommand::revert);
}

void WorkspaceCommand::run(void (WorkspaceCommand::*step)()) {
    if (!m_session.isOpen()) {
        setObsolete(true);
        return;
    }
    if (!reportingErrors(m_session, [this, step] { (this->*step)(); })) {
        setObsolete(true);
    }
}

QString WorkspaceCommand::quoted(const QString& name) {
    QString shown = name.simplified();
    if (shown.size() > 40) {
        shown = shown.left(39) + QChar(0x2026);
    }
    shown.replace(QLatin1Char('&'), QStringLiteral("&&"));
    return QCoreApplication::translate("pmm::ui::WorkspaceCommand", "\u201c%1\u201d").arg(shown);
}

}  // namespace pmm::ui
