#include "reports/tier_report_pdf.h"

#include <QPagedPaintDevice>

#include "reports/report_page_size.h"
#include "reports/report_painter.h"
#include "reports/report_style.h"
#include "reports/report_text.h"
#include "reports/tier_report_layout.h"

namespace pmm::ui {

QString emptyTierReportMessage(const launches::TierReport& report) {
    return reportTr("No launches in %1: nothing to report").arg(fromCore(report.cover.quarter));
}

int paintTierReport(const launches::TierReport& report, QPagedPaintDevice& device,
                    const QString& workspaceName) {
    const ReportStyle style(device);
    const ReportDocument document =
        TierReportLayout(report, style, QSizeF(device.width(), device.height()), workspaceName)
            .layout();
    if (!paintReportDocument(document, style, device)) {
        return 0;
    }
    return static_cast<int>(document.pages.size());
}

TierReportPdfResult writeTierReportPdf(const launches::TierReport& report, const QString& path,
                                       const TierReportPdfOptions& options) {
    if (report.empty()) {
        TierReportPdfResult result;
        result.error = emptyTierReportMessage(report);
        return result;
    }
    return writeReportPdfFile(path, reportPageLayout(options.pageSize),
                              fromCore(report.cover.title), [&](QPagedPaintDevice& device) {
                                  return paintTierReport(report, device, options.workspaceName);
                              });
}

}  // namespace pmm::ui
