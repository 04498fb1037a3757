#pragma once

#include <QUndoCommand>

namespace pmm::ui {

class WorkspaceSession;

// An edit of the workspace that can be undone. Subclasses implement apply() and revert()
// through core; both throw storage::WorkspaceError and then must have changed nothing.
//
// WorkspaceSession::execute() runs apply() before the command goes on the stack, so a
// failing edit is reported and never pushed. When undo or redo fails later (the file went
// read-only, the disk is full), the error is reported and the command marks itself
// obsolete, so QUndoStack drops it instead of pretending it was undone.
class WorkspaceCommand : public QUndoCommand {
public:
    explicit WorkspaceCommand(WorkspaceSession& session, QUndoCommand* parent = nullptr);

    virtual void apply() = 0;
    virtual void revert() = 0;

    void redo() final;
    void undo() final;

    // Called by WorkspaceSession::execute(): apply() has run, so the redo() that
    // QUndoStack::push() calls must not run it again.
    void markApplied() { m_applied = true; }

protected:
    WorkspaceSession& session() const { return m_session; }
    // A record name for an undo text: "&" would become a mnemonic in the Edit menu.
    static QString quoted(const QString& name);

private:
    void run(void (WorkspaceCommand::*step)());

    WorkspaceSession& m_session;
    bool m_applied = false;
};

}  // namespace pmm::ui
