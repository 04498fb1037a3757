#pragma once

#include <QDialog>
#include <QPageSize>
#include <QSize>
#include <QString>

#include <functional>
#include <memory>

class QComboBox;
class QFormLayout;
class QLabel;
class QPageLayout;
class QPrinter;
class QPrintPreviewDialog;
class QPushButton;

namespace pmm::ui {

class UserFeedback;
class WorkspaceSession;

// Asks where to save; an empty string cancels. Tests replace the file dialog.
using SaveFileChooser = std::function<QString(QWidget* parent, const QString& suggested)>;

// What every report dialog shares: an introduction, a form of choices ending with the paper
// size, a message line and the buttons Close, Print preview… and Export PDF… (the default).
// Export keeps the dialog open, as reports are often sent in sets. A dialog says what to
// report: its file name, its PDF and its preview, drawn by the same renderer as the
// command line's `report`.
class ReportDialog : public QDialog {
    Q_OBJECT

public:
    ~ReportDialog() override;

    QPageSize::PageSizeId selectedPageSize() const;
    void selectPageSize(QPageSize::PageSizeId size);

    QPushButton* previewButton() const { return m_preview; }
    QPushButton* exportButton() const { return m_export; }
    // Says why there is nothing to report, or where the last export went.
    QLabel* messageLabel() const { return m_message; }

    void setSaveFileChooser(SaveFileChooser chooser) { m_chooseFile = std::move(chooser); }
    // Export PDF…: asks for a file, starting in the folder of the last report saved (any
    // kind), then exportTo().
    void exportPdf();
    // Writes the chosen report to `path` atomically; problems are reported through the
    // feedback, success in the message line. Returns whether the file was written.
    virtual bool exportTo(const QString& path) = 0;
    // Print preview…: a QPrintPreviewDialog, not yet shown, that deletes itself on close.
    // Nothing (and a message) when there is nothing to report.
    virtual QPrintPreviewDialog* createPreview() = 0;

protected:
    // `fileDialogTitle` titles the file dialog of Export PDF….
    ReportDialog(WorkspaceSession& session, UserFeedback& feedback, QString fileDialogTitle,
                 QWidget* parent);

    WorkspaceSession& session() const { return m_session; }
    UserFeedback& feedback() const { return m_feedback; }
    // The paper choice (A4 or Letter, the user's locale's first), for the dialog's form.
    QComboBox* pageSizeBox() const { return m_pageSizes; }
    // Lays the dialog out with `intro` above `form` and connects the buttons.
    void buildFrame(const QString& intro, QFormLayout* form);
    // The name Export PDF… suggests; empty when there is nothing to export (the dialog has
    // said why).
    virtual QString suggestedFileName() = 0;
    // How large the preview opens at least.
    virtual QSize previewSize() const { return {900, 1000}; }
    // A preview of the pages `paint` draws on `layout` (under a busy cursor).
    QPrintPreviewDialog* makePreview(const QPageLayout& layout, const QString& title,
                                     std::function<void(QPrinter&)> paint);
    // The workspace's file name without its suffix, for the pages' footers.
    QString workspaceName() const;

private:
    void showPreview();

    WorkspaceSession& m_session;
    UserFeedback& m_feedback;
    QString m_fileDialogTitle;
    QComboBox* m_pageSizes;
    QLabel* m_message = nullptr;
    QPushButton* m_preview = nullptr;
    QPushButton* m_export = nullptr;
    SaveFileChooser m_chooseFile;
    std::unique_ptr<QPrinter> m_printer;
};

// A wait cursor while it lives: a large report takes a moment to compute and draw.
class BusyCursor {
public:
    BusyCursor();
    ~BusyCursor();
    BusyCursor(const BusyCursor&) = delete;
    BusyCursor& operator=(const BusyCursor&) = delete;
};

}  // namespace pmm::ui
