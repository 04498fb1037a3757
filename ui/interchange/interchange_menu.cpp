#include "interchange/interchange_menu.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>

#include "app/workspace_session.h"
#include "common/background_task.h"
#include "common/user_feedback.h"
#include "interchange/entity_section.h"
#include "interchange/export_table_csv.h"
#include "interchange/exporter.h"
#include "interchange/workspace_importer.h"

namespace pmm::ui {

namespace {

std::filesystem::path toPath(const QString& path) {
    return std::filesystem::path(QFileInfo(path).absoluteFilePath().toStdString());
}

QString countLines(const interchange::ImportReport& report) {
    QStringList lines;
    for (const std::string& line : report.countLines()) {
        lines << QString::fromStdString(line);
    }
    return lines.join(QLatin1Char('\n'));
}

}  // namespace

InterchangeMenu::InterchangeMenu(WorkspaceSession& session, UserFeedback& feedback,
                                 QMainWindow* window, std::function<QWidget*()> currentSection)
    : QObject(window),
      m_session(session),
      m_feedback(feedback),
      m_window(window),
      m_currentSection(std::move(currentSection)),
      m_exportTable(new QAction(tr("Export table as &CSV\u2026"), this)),
      m_import(new QAction(tr("&Import workspace\u2026"), this)),
      m_export(new QAction(tr("&Export workspace\u2026"), this)) {
    setObjectName(QStringLiteral("interchangeMenu"));
    m_exportTable->setStatusTip(tr("Save the table you are looking at as a CSV file"));
    m_import->setStatusTip(tr("Merge a workspace JSON export into this workspace"));
    m_export->setStatusTip(tr("Save the whole workspace as one JSON file"));
    connect(m_exportTable, &QAction::triggered, this, &InterchangeMenu::chooseCsvFile);
    connect(m_import, &QAction::triggered, this, &InterchangeMenu::chooseImportFile);
    connect(m_export, &QAction::triggered, this, &InterchangeMenu::chooseExportFile);
    connect(&m_session, &WorkspaceSession::workspaceChanged, this, &InterchangeMenu::updateActions);
    updateActions();
}

void InterchangeMenu::addActionsTo(QMenu* menu) {
    menu->addAction(m_import);
    menu->addAction(m_export);
    menu->addAction(m_exportTable);
}

void InterchangeMenu::updateActions() {
    const bool open = m_session.isOpen();
    m_exportTable->setEnabled(open);
    m_export->setEnabled(open);
    m_import->setEnabled(open && !m_session.isReadOnly());
}

QString InterchangeMenu::startFolder() const {
    return m_session.isOpen() ? QFileInfo(m_session.path()).absolutePath()
                              : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void InterchangeMenu::showSummary(const QString& summary) {
    m_lastSummary = summary;
    m_window->statusBar()->showMessage(summary.section(QLatin1Char('\n'), 0, 0), 15000);
}

void InterchangeMenu::chooseImportFile() {
    const QString path =
        QFileDialog::getOpenFileName(m_window, tr("Import workspace"), startFolder(),
                                     tr("Workspace exports (*.json);;All files (*)"));
    if (!path.isEmpty()) {
        importFile(path);
    }
}

void InterchangeMenu::chooseExportFile() {
    const QString name = QFileInfo(m_session.path()).completeBaseName() + QStringLiteral(".json");
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export workspace"),
                                                QDir(startFolder()).filePath(name),
                                                tr("Workspace exports (*.json)"));
    if (path.isEmpty()) {
        return;
    }
    if (QFileInfo(path).suffix().isEmpty()) {
        path += QStringLiteral(".json");
    }
    exportWorkspaceTo(path);
}

void InterchangeMenu::chooseCsvFile() {
    QTableView* table = visibleTable(m_currentSection ? m_currentSection() : nullptr);
    if (table == nullptr) {
        m_feedback.showError(m_window, tr("Export table as CSV"),
                             tr("This section shows no table to export."));
        return;
    }
    const QString spreadsheet = tr("CSV for spreadsheets, UTF-8 with byte order mark (*.csv)");
    const QString plain = tr("Plain CSV, UTF-8 (*.csv)");
    QString filter = spreadsheet;
    QString path = QFileDialog::getSaveFileName(
        m_window, tr("Export table as CSV"), QDir(startFolder()).filePath(tr("table.csv")),
        spreadsheet + QStringLiteral(";;") + plain, &filter);
    if (path.isEmpty()) {
        return;
    }
    if (QFileInfo(path).suffix().isEmpty()) {
        path += QStringLiteral(".csv");
    }
    exportTableTo(path, filter != plain);
}

std::function<bool(std::string_view)> InterchangeMenu::stepsShownBy(BackgroundTask& task,
                                                                    int steps) const {
    // Runs on the worker: only the task (thread-safe) and the observer are touched.
    return [this, &task, steps, started = 0](std::string_view step) mutable {
        const QString label = QString::fromUtf8(step.data(), static_cast<qsizetype>(step.size())) +
                              QStringLiteral("\u2026");
        task.step(label, started++, steps);
        if (m_stepObserver) {
            m_stepObserver(label);
        }
        return !task.cancelRequested();
    };
}

bool InterchangeMenu::importCancelled() {
    showSummary(tr("Import cancelled; nothing was changed."));
    return false;
}

bool InterchangeMenu::importFile(const QString& path) {
    const QString title = tr("Import workspace");
    const QString name = QFileInfo(path).fileName();
    const std::filesystem::path file = toPath(path);
    // Read and checked once: the question shows what the import will do, and the import
    // writes exactly that, unless the workspace changed while the question was open.
    interchange::WorkspaceImporter importer;
    interchange::ImportReport checked;
    {
        BackgroundTask reading(title, tr("Reading and checking %1").arg(name), true, m_window);
        importer.setProgress(stepsShownBy(reading, 0));
        const bool read = reportingErrors(m_session, [&] {
            m_session.runInBackground(reading, [&](storage::Workspace& workspace) {
                checked = interchange::checkImportFile(importer, workspace, file);
            });
        });
        if (reading.cancelRequested()) {
            return importCancelled();
        }
        if (!read) {
            return false;
        }
    }
    if (!checked.valid()) {
        QStringList lines;
        for (const std::string& line : checked.problems.lines()) {
            lines << QString::fromStdString(line);
        }
        m_feedback.showError(m_window, title,
                             tr("%1 cannot be imported: %n problem(s), listed below. Nothing "
                                "was changed.\n\n%2",
                                nullptr, static_cast<int>(checked.problems.total()))
                                 .arg(name, lines.join(QLatin1Char('\n'))));
        return false;
    }
    bool changedSince = false;
    const auto watch = connect(&m_session, &WorkspaceSession::changed, this,
                               [&changedSince] { changedSince = true; });
    const bool confirmed =
        m_feedback.ask(m_window, title,
                       tr("Import %1 into this workspace? It adds or updates %n record(s); "
                          "nothing is removed, and it cannot be undone.\n\n%2",
                          nullptr, static_cast<int>(checked.changedRecords()))
                           .arg(name, countLines(checked)),
                       tr("&Import"));
    disconnect(watch);
    if (!confirmed) {
        return false;
    }
    // One step per section, then saving; checking again first when the workspace changed.
    const int writeSteps = static_cast<int>(interchange::entitySections().size()) + 1;
    interchange::ImportReport report;
    BackgroundTask writing(title, tr("Importing %1").arg(name), true, m_window);
    const bool imported = m_session.runBulkChange([&](storage::Workspace&) {
        if (changedSince) {
            interchange::ImportOptions options;
            options.progress = stepsShownBy(writing, writeSteps + 2);
            m_session.runInBackground(writing, [&](storage::Workspace& workspace) {
                report = interchange::importWorkspaceFile(workspace, file, options);
            });
            return;
        }
        importer.setProgress(stepsShownBy(writing, writeSteps));
        m_session.runInBackground(writing, [&](storage::Workspace& workspace) {
            importer.write(workspace);
            report = importer.report();
        });
    });
    if (!imported && writing.cancelRequested()) {
        return importCancelled();
    }
    if (!imported || !report.written) {
        if (imported && !report.valid()) {
            m_feedback.showError(m_window, title,
                                 tr("%1 changed since it was checked and now has problems; "
                                    "nothing was imported.")
                                     .arg(name));
        }
        return false;
    }
    showSummary(tr("Imported %1: %n record(s) added or updated.", nullptr,
                   static_cast<int>(report.changedRecords()))
                    .arg(name) +
                QLatin1Char('\n') + countLines(report));
    // The whole summary, without blocking: the window is already showing the new data.
    auto* box =
        new QMessageBox(QMessageBox::Information, title, m_lastSummary, QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("importSummary"));
    box->setTextFormat(Qt::PlainText);
    // The counts are a column padded with spaces: a fixed-pitch font keeps it straight.
    if (auto* text = box->findChild<QLabel*>(QStringLiteral("qt_msgbox_label"))) {
        text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    }
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    return true;
}

bool InterchangeMenu::exportWorkspaceTo(const QString& path) {
    const std::filesystem::path file = toPath(path);
    interchange::ExportSummary summary;
    // No Cancel: the export cannot stop part way; it writes a temporary file and renames it
    // into place, so the previous file stays whole until the new one is complete.
    BackgroundTask task(tr("Export workspace"),
                        tr("Exporting the workspace to %1").arg(QFileInfo(path).fileName()), false,
                        m_window);
    const bool exported = reportingErrors(m_session, [&] {
        m_session.runInBackground(task, [&](storage::Workspace& workspace) {
            summary = interchange::exportWorkspace(workspace, file);
        });
    });
    if (!exported) {
        return false;
    }
    std::size_t records = 0;
    for (const auto& [entity, count] : summary.counts) {
        records += count;
    }
    showSummary(tr("Exported %n record(s) to %1.", nullptr, static_cast<int>(records))
                    .arg(QDir::toNativeSeparators(path)));
    return true;
}

bool InterchangeMenu::exportTableTo(const QString& path, bool forSpreadsheets) {
    QTableView* table = visibleTable(m_currentSection ? m_currentSection() : nullptr);
    if (table == nullptr) {
        m_feedback.showError(m_window, tr("Export table as CSV"),
                             tr("This section shows no table to export."));
        return false;
    }
    const QString error = exportTableAsCsv(*table, path, forSpreadsheets);
    if (!error.isEmpty()) {
        m_feedback.showError(m_window, tr("Export table as CSV"), error);
        return false;
    }
    showSummary(tr("Saved %n row(s) to %1.", nullptr, table->model()->rowCount())
                    .arg(QDir::toNativeSeparators(path)));
    return true;
}

}  // namespace pmm::ui
