#pragma once

#include <QObject>
#include <QString>

#include <functional>
#include <string_view>

class QAction;
class QMainWindow;
class QMenu;
class QWidget;

namespace pmm::ui {

class BackgroundTask;
class UserFeedback;
class WorkspaceSession;

// File ▸ Export table as CSV…, Import workspace…, Export workspace…: the command line's
// export and import (core/interchange) with file dialogs, a progress dialog, a confirmation
// showing what an import would change, and a summary. The long work runs on a worker thread
// (BackgroundTask) while the window keeps repainting behind a live progress dialog. The public
// methods after the dialogs are what the actions run; tests call them directly.
class InterchangeMenu : public QObject {
    Q_OBJECT

public:
    // `currentSection` names the section whose table "Export table as CSV" exports.
    InterchangeMenu(WorkspaceSession& session, UserFeedback& feedback, QMainWindow* window,
                    std::function<QWidget*()> currentSection);

    void addActionsTo(QMenu* menu);
    QAction* exportTableAction() const { return m_exportTable; }
    QAction* importAction() const { return m_import; }
    QAction* exportAction() const { return m_export; }

    // Checks `path`, shows its problems or asks to go ahead with what it would change, then
    // imports it in one step. Returns whether it was imported.
    bool importFile(const QString& path);
    bool exportWorkspaceTo(const QString& path);
    bool exportTableTo(const QString& path, bool forSpreadsheets);

    // The last summary shown (for tests and the status bar).
    const QString& lastSummary() const { return m_lastSummary; }
    // Tests: called on the worker thread with each step of an import once it is shown ("Writing
    // launches…"), before the step runs; a test can hold the worker there.
    void setStepObserver(std::function<void(const QString& step)> observer) {
        m_stepObserver = std::move(observer);
    }

private:
    void updateActions();
    void chooseImportFile();
    void chooseExportFile();
    void chooseCsvFile();
    QString startFolder() const;
    void showSummary(const QString& summary);
    // A core progress callback that shows each step in `task`'s dialog, the bar counting up
    // to `steps` (0: a busy bar), and stops the work once the user pressed Cancel.
    std::function<bool(std::string_view)> stepsShownBy(BackgroundTask& task, int steps) const;
    bool importCancelled();

    WorkspaceSession& m_session;
    UserFeedback& m_feedback;
    QMainWindow* m_window;
    std::function<QWidget*()> m_currentSection;
    QAction* m_exportTable;
    QAction* m_import;
    QAction* m_export;
    QString m_lastSummary;
    std::function<void(const QString& step)> m_stepObserver;
};

}  // namespace pmm::ui
