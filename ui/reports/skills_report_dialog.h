#pragma once

#include <QDialog>
#include <QPageLayout>
#include <QPageSize>

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <variant>

#include "reports/report_dialog_frame.h"
#include "storage/skills_report.h"

class QComboBox;
class QFormLayout;
class QLabel;
class QMenu;
class QPagedPaintDevice;
class QPrinter;
class QPrintPreviewDialog;
class QPushButton;

namespace pmm::ui {

class UserFeedback;
class WorkspaceSession;

// Reports ▸ Skills matrix… and Promotion packet…: the team's matrix (landscape or portrait)
// or one person's packet (chosen from the team, with their level and the next), previewed or
// exported as a PDF through the same renderer as `report skills`. A workspace without people
// or competencies says so instead of producing an empty report.
class SkillsReportDialog : public QDialog {
    Q_OBJECT

public:
    enum class Kind { Matrix, Packet };
    // Asks where to save; an empty string cancels. Tests replace the file dialog.
    using SaveFileChooser = ui::SaveFileChooser;

    SkillsReportDialog(WorkspaceSession& session, UserFeedback& feedback, Kind kind,
                       QWidget* parent = nullptr);
    ~SkillsReportDialog() override;

    Kind kind() const;
    void setKind(Kind kind);
    std::optional<std::int64_t> selectedPerson() const;
    bool selectPerson(std::int64_t personId);
    QPageSize::PageSizeId selectedPageSize() const;
    void selectPageSize(QPageSize::PageSizeId size);
    QPageLayout::Orientation selectedOrientation() const;
    void selectOrientation(QPageLayout::Orientation orientation);

    QComboBox* kindBox() const { return m_kinds; }
    QComboBox* personBox() const { return m_people; }
    QComboBox* orientationBox() const { return m_orientations; }
    QPushButton* previewButton() const { return m_preview; }
    QPushButton* exportButton() const { return m_export; }
    // Says why there is nothing to report, or where the last export went.
    QLabel* messageLabel() const { return m_message; }

    void setSaveFileChooser(SaveFileChooser chooser) { m_chooseFile = std::move(chooser); }
    // Export PDF…: asks for a file, then exportTo().
    void exportPdf();
    // Writes the chosen report to `path` atomically; problems are reported through the
    // feedback. Returns whether the file was written.
    bool exportTo(const QString& path);
    // Print preview… through the same renderer: a QPrintPreviewDialog, not yet shown, that
    // deletes itself on close. Nothing (and a message) when there is nothing to report.
    QPrintPreviewDialog* createPreview();

private:
    using Report = std::variant<team::SkillsMatrixReport, team::PromotionPacket>;

    void fillPeople();
    void updateState();
    void showPreview();
    std::optional<Report> computeReport();
    QString workspaceName() const;
    QString suggestedFileName() const;
    int paint(const Report& report, QPagedPaintDevice& device) const;

    WorkspaceSession& m_session;
    UserFeedback& m_feedback;
    QComboBox* m_kinds;
    QComboBox* m_people;
    QComboBox* m_pageSizes;
    QComboBox* m_orientations;
    QFormLayout* m_form;
    QLabel* m_message;
    QPushButton* m_preview;
    QPushButton* m_export;
    QString m_emptyReason;  // why nothing can be reported; empty when something can
    SaveFileChooser m_chooseFile;
    std::unique_ptr<QPrinter> m_printer;
    std::optional<Report> m_previewReport;
};

// Adds Skills matrix… and Promotion packet… to the Reports menu, enabled while a workspace is
// open; each opens the dialog over `window` in its kind.
void addSkillsReportActions(QMenu* menu, WorkspaceSession& session, UserFeedback& feedback,
                            QWidget* window);

}  // namespace pmm::ui
