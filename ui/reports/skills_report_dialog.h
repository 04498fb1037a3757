#pragma once

#include <QPageLayout>

#include <cstdint>
#include <optional>
#include <variant>

#include "reports/report_dialog.h"
#include "storage/skills_report.h"

class QComboBox;
class QFormLayout;
class QMenu;
class QPagedPaintDevice;

namespace pmm::ui {

// Reports ▸ Skills matrix… and Promotion packet…: the team's matrix (landscape or portrait)
// or one person's packet (chosen from the team, with their level and the next), previewed or
// exported as a PDF through the same renderer as `report skills`. A workspace without people
// or competencies says so instead of producing an empty report.
class SkillsReportDialog : public ReportDialog {
    Q_OBJECT

public:
    enum class Kind { Matrix, Packet };

    SkillsReportDialog(WorkspaceSession& session, UserFeedback& feedback, Kind kind,
                       QWidget* parent = nullptr);
    ~SkillsReportDialog() override;

    Kind kind() const;
    void setKind(Kind kind);
    std::optional<std::int64_t> selectedPerson() const;
    bool selectPerson(std::int64_t personId);
    QPageLayout::Orientation selectedOrientation() const;
    void selectOrientation(QPageLayout::Orientation orientation);

    QComboBox* kindBox() const { return m_kinds; }
    QComboBox* personBox() const { return m_people; }
    QComboBox* orientationBox() const { return m_orientations; }
    // The chosen report; nothing when there is nothing to report.
    bool exportTo(const QString& path) override;
    QPrintPreviewDialog* createPreview() override;

private:
    using Report = std::variant<team::SkillsMatrixReport, team::PromotionPacket>;

    void fillPeople();
    QString suggestedFileName() override;
    QSize previewSize() const override { return {1000, 900}; }
    void updateState();
    std::optional<Report> computeReport();
    int paint(const Report& report, QPagedPaintDevice& device) const;

    QComboBox* m_kinds;
    QComboBox* m_people;
    QComboBox* m_orientations;
    QFormLayout* m_form;
    QString m_emptyReason;  // why nothing can be reported; empty when something can
    std::optional<Report> m_previewReport;
};

// Adds Skills matrix… and Promotion packet… to the Reports menu, enabled while a workspace is
// open; each opens the dialog over `window` in its kind.
void addSkillsReportActions(QMenu* menu, WorkspaceSession& session, UserFeedback& feedback,
                            QWidget* window);

}  // namespace pmm::ui
