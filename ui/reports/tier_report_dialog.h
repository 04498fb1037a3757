#pragma once

#include <QDialog>
#include <QPageSize>

#include <functional>
#include <memory>
#include <optional>

#include "launches/quarter.h"
#include "reports/report_dialog_frame.h"
#include "storage/tier_report.h"

class QComboBox;
class QLabel;
class QPrinter;
class QPrintPreviewDialog;
class QPushButton;

namespace pmm::ui {

class UserFeedback;
class WorkspaceSession;

// Reports ▸ Tier report…: choose a quarter (the current one first; every quarter with
// launches is listed) and the paper, then preview it or export it as a PDF. Both go through
// the same renderer as `report tiers`. A quarter without launches says so instead of
// producing an empty report.
class TierReportDialog : public QDialog {
    Q_OBJECT

public:
    // Asks where to save; an empty string cancels. Tests replace the file dialog.
    using SaveFileChooser = ui::SaveFileChooser;

    TierReportDialog(WorkspaceSession& session, UserFeedback& feedback, QWidget* parent = nullptr);
    ~TierReportDialog() override;

    std::optional<launches::Quarter> selectedQuarter() const;
    bool selectQuarter(const launches::Quarter& quarter);
    QPageSize::PageSizeId selectedPageSize() const;
    void selectPageSize(QPageSize::PageSizeId size);

    QComboBox* quarterBox() const { return m_quarters; }
    QPushButton* previewButton() const { return m_preview; }
    QPushButton* exportButton() const { return m_export; }
    // Says why there is nothing to report, or where the last export went.
    QLabel* messageLabel() const { return m_message; }

    void setSaveFileChooser(SaveFileChooser chooser) { m_chooseFile = std::move(chooser); }
    // Export PDF…: asks for a file, then exportTo().
    void exportPdf();
    // Writes the selected quarter's report to `path` atomically; problems are reported
    // through the feedback. Returns whether the file was written.
    bool exportTo(const QString& path);
    // Print preview…, rendering through the same renderer; a QPrintPreviewDialog, not yet
    // shown, that deletes itself on close. Nothing (and a message) for an empty quarter.
    QPrintPreviewDialog* createPreview();

private:
    void fillQuarters();
    void updateState();
    void showPreview();
    std::optional<launches::TierReport> computeReport();
    QString workspaceName() const;

    WorkspaceSession& m_session;
    UserFeedback& m_feedback;
    QComboBox* m_quarters;
    QComboBox* m_pageSizes;
    QLabel* m_message = nullptr;
    QPushButton* m_preview = nullptr;
    QPushButton* m_export = nullptr;
    SaveFileChooser m_chooseFile;
    std::unique_ptr<QPrinter> m_printer;
    std::optional<launches::TierReport> m_previewReport;
};

}  // namespace pmm::ui
