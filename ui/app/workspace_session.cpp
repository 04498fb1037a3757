#include "app/workspace_session.h"

#include <QCoreApplication>
#include <QDebug>
#include <QFileInfo>
#include <QScopeGuard>
#include <QThread>
#include <QUndoStack>

#include <exception>
#include <filesystem>

#include "common/background_task.h"
#include "interchange/workspace_importer.h"
#include "storage/catalog.h"
#include "storage/workspace_error.h"
#include "undo/workspace_command.h"

namespace pmm::ui {

namespace {

std::filesystem::path toPath(const QString& path) {
    return std::filesystem::path(QFileInfo(path).absoluteFilePath().toStdString());
}

}  // namespace

WorkspaceSession::WorkspaceSession(QObject* parent)
    : QObject(parent), m_undoStack(new QUndoStack(this)) {}

WorkspaceSession::~WorkspaceSession() {
    // Commands refer to the workspace: drop them first.
    m_undoStack->clear();
    release();
}

void WorkspaceSession::open(const QString& path, storage::OpenMode mode) {
    if (isOpen() && QFileInfo(path).absoluteFilePath() == this->path()) {
        close();
    }
    storage::OpenOptions options;
    options.mode = mode;
    adopt(storage::Workspace::open(toPath(path), options));
}

void WorkspaceSession::create(const QString& path) {
    adopt(storage::Workspace::create(toPath(path)));
}

void WorkspaceSession::replace(std::unique_ptr<storage::Workspace> workspace) {
    adopt(std::move(workspace));
}

void WorkspaceSession::close() {
    if (!isOpen()) {
        return;
    }
    m_undoStack->clear();
    release();
    Q_EMIT workspaceChanged();
}

bool WorkspaceSession::isReadOnly() const {
    return m_workspace && m_workspace->isReadOnly();
}

QString WorkspaceSession::path() const {
    if (!m_workspace) {
        return {};
    }
    return QString::fromStdString(m_workspace->path().string());
}

storage::Workspace& WorkspaceSession::workspace() const {
    Q_ASSERT(m_workspace);
    waitIfLent();
    return *m_workspace;
}

catalog::Catalog& WorkspaceSession::catalog() const {
    Q_ASSERT(m_catalog);
    waitIfLent();
    return *m_catalog;
}

void WorkspaceSession::waitIfLent() const {
    // The connection is opened without SQLite's mutex: two threads must never use it at
    // once. Views read it only in response to changes (held while lent) or to input (blocked
    // by the task's dialog); this is the safety net for a path that was missed.
    if (m_lentTo != nullptr && QThread::currentThread() == thread()) {
        qWarning(
            "The workspace was read on the GUI thread while a worker used it; waiting "
            "for the worker.");
        m_lentTo->waitUntilFinished();
    }
}

bool WorkspaceSession::execute(std::unique_ptr<WorkspaceCommand> command) {
    return executeWith(std::move(command), [](WorkspaceCommand& applied) { applied.apply(); });
}

bool WorkspaceSession::executeInBackground(std::unique_ptr<WorkspaceCommand> command,
                                           BackgroundTask& task) {
    return executeWith(std::move(command), [this, &task](WorkspaceCommand& applied) {
        runInBackground(task, [&applied](storage::Workspace&) { applied.apply(); });
    });
}

bool WorkspaceSession::executeWith(std::unique_ptr<WorkspaceCommand> command,
                                   const std::function<void(WorkspaceCommand&)>& apply) {
    if (!command) {
        return false;
    }
    if (!isOpen()) {
        reportError(tr("No workspace is open."));
        return false;
    }
    WorkspaceCommand* raw = command.get();
    if (!reportingErrors(*this, [raw, &apply] { apply(*raw); })) {
        return false;
    }
    raw->markApplied();
    m_undoStack->push(command.release());
    return true;
}

bool WorkspaceSession::runBulkChange(const std::function<void(storage::Workspace&)>& change) {
    if (!isOpen()) {
        reportError(tr("No workspace is open."));
        return false;
    }
    if (!reportingErrors(*this, [this, &change] { change(*m_workspace); })) {
        return false;
    }
    m_undoStack->clear();
    return true;
}

void WorkspaceSession::runInBackground(BackgroundTask& task,
                                       const std::function<void(storage::Workspace&)>& work) {
    Q_ASSERT(isOpen() && m_lentTo == nullptr);
    Q_ASSERT(QThread::currentThread() == thread());
    storage::Workspace& lent = *m_workspace;
    // Refreshes already queued (a view reloading after the last edit) run now, while this
    // thread still owns the connection.
    QCoreApplication::sendPostedEvents();
    m_lentTo = &task;
    const auto giveBack = qScopeGuard([this] {
        m_lentTo = nullptr;
        announceHeldChanges();
    });
    task.run([&lent, &work] { work(lent); });
}

void WorkspaceSession::onWorkspaceChange(const storage::Change& change) {
    if (m_lentTo != nullptr) {
        m_heldChanges.push_back(change);
        return;
    }
    Q_EMIT changed(change);
}

void WorkspaceSession::announceHeldChanges() {
    std::vector<storage::Change> held;
    held.swap(m_heldChanges);
    for (const storage::Change& change : held) {
        Q_EMIT changed(change);
    }
}

void WorkspaceSession::setErrorReporter(ErrorReporter reporter) {
    m_reporter = std::move(reporter);
}

void WorkspaceSession::reportError(const QString& message) const {
    if (m_reporter) {
        m_reporter(message);
    } else {
        qWarning().noquote() << message;
    }
}

void WorkspaceSession::adopt(std::unique_ptr<storage::Workspace> workspace) {
    Q_ASSERT(workspace);
    m_undoStack->clear();
    release();
    m_workspace = std::move(workspace);
    m_catalog = std::make_unique<catalog::Catalog>(*m_workspace);
    m_subscription = m_workspace->subscribe(
        [this](const storage::Change& change) { onWorkspaceChange(change); });
    Q_EMIT workspaceChanged();
}

void WorkspaceSession::release() {
    if (m_workspace) {
        m_workspace->unsubscribe(m_subscription);
    }
    m_subscription = 0;
    m_catalog.reset();
    m_workspace.reset();
}

bool reportingErrors(const WorkspaceSession& session, const std::function<void()>& work) {
    try {
        work();
        return true;
    } catch (const interchange::ImportCancelled&) {
        // The user's choice, not an error: nothing changed and the caller says so.
    } catch (const storage::WorkspaceError& error) {
        session.reportError(QString::fromStdString(error.what()));
    } catch (const std::exception& error) {
        session.reportError(
            WorkspaceSession::tr("Unexpected error: %1").arg(QString::fromStdString(error.what())));
    }
    return false;
}

}  // namespace pmm::ui
