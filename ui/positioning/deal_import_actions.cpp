#include "positioning/deal_import_actions.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QStandardPaths>

#include "app/workspace_session.h"
#include "positioning/deal_dialog.h"
#include "positioning/deal_import_dialog.h"

namespace pmm::ui {

DealImportActions::DealImportActions(WorkspaceSession& session, QWidget* window)
    : QObject(window),
      m_session(session),
      m_window(window),
      m_import(new QAction(tr("Import &win/loss CSV\u2026"), this)),
      m_addRecord(new QAction(tr("Add win/loss &record\u2026"), this)) {
    m_import->setObjectName(QStringLiteral("importDealsAction"));
    m_import->setStatusTip(
        tr("Import closed deals from a CRM's CSV export: map the columns, check every row"));
    m_addRecord->setObjectName(QStringLiteral("addDealAction"));
    m_addRecord->setStatusTip(tr("Record one won, lost or no-decision deal"));
    connect(m_import, &QAction::triggered, this, &DealImportActions::chooseFile);
    connect(m_addRecord, &QAction::triggered, this, &DealImportActions::openDealDialog);
    connect(&m_session, &WorkspaceSession::workspaceChanged, this,
            &DealImportActions::updateActions);
    updateActions();
}

void DealImportActions::addActionsTo(QMenu* menu) {
    menu->addAction(m_import);
    menu->addAction(m_addRecord);
}

void DealImportActions::updateActions() {
    const bool writable = m_session.isOpen() && !m_session.isReadOnly();
    m_import->setEnabled(writable);
    m_addRecord->setEnabled(writable);
}

void DealImportActions::chooseFile() {
    const QString start = m_session.isOpen()
                              ? QFileInfo(m_session.path()).absolutePath()
                              : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Import win/loss CSV"), start,
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty()) {
        openImportDialog(path);
    }
}

DealImportDialog* DealImportActions::openImportDialog(const QString& path) {
    if (!m_session.isOpen()) {
        return nullptr;
    }
    auto* dialog = new DealImportDialog(m_session, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!dialog->loadFile(path)) {
        delete dialog;
        return nullptr;
    }
    dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
    return dialog;
}

DealDialog* DealImportActions::openDealDialog() {
    if (!m_session.isOpen()) {
        return nullptr;
    }
    auto* dialog = new DealDialog(m_session, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
    return dialog;
}

}  // namespace pmm::ui
