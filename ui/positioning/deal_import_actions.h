#pragma once

#include <QObject>
#include <QString>

class QAction;
class QMenu;
class QWidget;

namespace pmm::ui {

class DealDialog;
class DealImportDialog;
class WorkspaceSession;

// File ▸ Import win/loss CSV… and File ▸ Add win/loss record…: enabled while a workspace is
// open for writing. The open… methods are what the actions run after the file dialog; tests
// call them directly.
class DealImportActions : public QObject {
    Q_OBJECT

public:
    DealImportActions(WorkspaceSession& session, QWidget* window);

    void addActionsTo(QMenu* menu);
    QAction* importAction() const { return m_import; }
    QAction* addRecordAction() const { return m_addRecord; }

    // Shows the import dialog (not modal, deleted on close) planning `path`.
    DealImportDialog* openImportDialog(const QString& path);
    DealDialog* openDealDialog();

private:
    void updateActions();
    void chooseFile();

    WorkspaceSession& m_session;
    QWidget* m_window;
    QAction* m_import;
    QAction* m_addRecord;
};

}  // namespace pmm::ui
