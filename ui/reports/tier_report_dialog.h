#pragma once

#include <optional>

#include "launches/quarter.h"
#include "reports/report_dialog.h"
#include "storage/tier_report.h"

class QComboBox;

namespace pmm::ui {

// Reports ▸ Tier report…: choose a quarter (the current one first; every quarter with
// launches is listed) and the paper, then preview it or export it as a PDF. Both go through
// the same renderer as `report tiers`. A quarter without launches says so instead of
// producing an empty report.
class TierReportDialog : public ReportDialog {
    Q_OBJECT

public:
    TierReportDialog(WorkspaceSession& session, UserFeedback& feedback, QWidget* parent = nullptr);
    ~TierReportDialog() override;

    std::optional<launches::Quarter> selectedQuarter() const;
    bool selectQuarter(const launches::Quarter& quarter);

    QComboBox* quarterBox() const { return m_quarters; }

    // The selected quarter's report; nothing for an empty quarter.
    bool exportTo(const QString& path) override;
    QPrintPreviewDialog* createPreview() override;

private:
    QString suggestedFileName() override;
    void fillQuarters();
    void updateState();
    std::optional<launches::TierReport> computeReport();

    QComboBox* m_quarters;
    std::optional<launches::TierReport> m_previewReport;
};

}  // namespace pmm::ui
