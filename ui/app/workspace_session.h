#pragma once

#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

#include "storage/change.h"
#include "storage/workspace.h"

class QUndoStack;

namespace pmm::catalog {
class Catalog;
}

Q_DECLARE_METATYPE(pmm::storage::Change)

namespace pmm::ui {

class BackgroundTask;
class WorkspaceCommand;

// Shows one complete sentence to the user (a dialog in the app; tests capture it).
using ErrorReporter = std::function<void(const QString& message)>;

// The open workspace of a window and everything that lives as long as it: the catalog, the
// undo history, and the bridge from core's change notifications to a Qt signal, so every
// view refreshes itself without knowing who edited.
class WorkspaceSession : public QObject {
    Q_OBJECT

public:
    explicit WorkspaceSession(QObject* parent = nullptr);
    ~WorkspaceSession() override;

    // Open, create or take over a workspace, replacing the current one. Each throws
    // storage::WorkspaceError and leaves the session as it was when it fails (except when
    // reopening the file that is open now: that one is closed first, since one process
    // cannot hold two locks on a file).
    void open(const QString& path, storage::OpenMode mode = storage::OpenMode::ReadWrite);
    void create(const QString& path);
    void replace(std::unique_ptr<storage::Workspace> workspace);
    void close();

    bool isOpen() const { return m_workspace != nullptr; }
    bool isReadOnly() const;
    // The absolute path of the open workspace; empty when none is open.
    QString path() const;
    // Preconditions: isOpen(). While the workspace is lent to a worker (runInBackground), a
    // call from the GUI thread warns and waits for the worker: the connection serves one
    // thread at a time.
    storage::Workspace& workspace() const;
    catalog::Catalog& catalog() const;

    QUndoStack* undoStack() const { return m_undoStack; }

    // Applies `command`; when that succeeded, it goes on the undo stack. A failure is
    // reported with core's message and nothing is pushed. Returns whether it applied.
    bool execute(std::unique_ptr<WorkspaceCommand> command);
    // execute(), with apply() on `task`'s worker thread (see runInBackground): for an edit
    // that may take seconds, such as a large win/loss import. Undo and redo run here.
    bool executeInBackground(std::unique_ptr<WorkspaceCommand> command, BackgroundTask& task);
    // A change that cannot be undone command by command (demo data, an import). On success
    // the undo history is cleared, since its commands refer to the old state.
    bool runBulkChange(const std::function<void(storage::Workspace&)>& change);
    // Lends the workspace to `work` on `task`'s worker thread and returns when it has
    // returned (rethrowing its exception), while this thread keeps repainting. Change
    // notifications the worker causes are held and announced here, on the GUI thread, once it
    // has returned, so views reload only after the worker let go of the connection.
    // Preconditions: isOpen(), called on the GUI thread, nothing lent already.
    void runInBackground(BackgroundTask& task,
                         const std::function<void(storage::Workspace&)>& work);

    void setErrorReporter(ErrorReporter reporter);
    void reportError(const QString& message) const;

Q_SIGNALS:
    // A row, a setting or everything changed in the open workspace.
    void changed(const pmm::storage::Change& change);
    // Another workspace (or none) is now open: views reload everything.
    void workspaceChanged();

private:
    void adopt(std::unique_ptr<storage::Workspace> workspace);
    void release();
    void onWorkspaceChange(const storage::Change& change);
    void announceHeldChanges();
    void waitIfLent() const;
    bool executeWith(std::unique_ptr<WorkspaceCommand> command,
                     const std::function<void(WorkspaceCommand&)>& apply);

    std::unique_ptr<storage::Workspace> m_workspace;
    std::unique_ptr<catalog::Catalog> m_catalog;
    int m_subscription = 0;
    QUndoStack* m_undoStack = nullptr;
    ErrorReporter m_reporter;
    // Set on the GUI thread before the worker starts and cleared after it finished (thread
    // start and join order these accesses); m_heldChanges is filled only by the worker.
    BackgroundTask* m_lentTo = nullptr;
    std::vector<storage::Change> m_heldChanges;
};

// Runs `work`; a storage::WorkspaceError (or any other exception) is reported through the
// session and turned into `false`. The one place the UI catches errors from core.
bool reportingErrors(const WorkspaceSession& session, const std::function<void()>& work);

}  // namespace pmm::ui
