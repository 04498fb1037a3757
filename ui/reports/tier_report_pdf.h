#pragma once

#include <QPageSize>
#include <QString>

#include "reports/report_pdf_file.h"
#include "storage/tier_report.h"

class QPagedPaintDevice;

namespace pmm::ui {

struct TierReportPdfOptions {
    QPageSize::PageSizeId pageSize = QPageSize::A4;
    QString workspaceName;  // on the cover when the workspace has no team name
};

using TierReportPdfResult = ReportPdfFileResult;

// "No launches in 2026-Q3: nothing to report"
QString emptyTierReportMessage(const launches::TierReport& report);

// Lays the report out for `device`'s current page layout and paints it: the same pages for
// a PDF and for print preview. Returns the number of pages, 0 when painting failed.
int paintTierReport(const launches::TierReport& report, QPagedPaintDevice& device,
                    const QString& workspaceName);

// Writes the report as a PDF at `path`, atomically: it is written beside the target and
// renamed into place only when complete, so a failure leaves no file and never replaces an
// existing one. Refuses a quarter without launches.
TierReportPdfResult writeTierReportPdf(const launches::TierReport& report, const QString& path,
                                       const TierReportPdfOptions& options);

}  // namespace pmm::ui
