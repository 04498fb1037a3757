#include "reports/battlecard_report_pdf.h"

#include <QPagedPaintDevice>

#include "reports/battlecard_report_layout.h"
#include "reports/report_page_size.h"
#include "reports/report_painter.h"
#include "reports/report_style.h"
#include "reports/report_text.h"

namespace pmm::ui {

int paintBattlecards(const battlecards::SalesBattlecards& report, QPagedPaintDevice& device) {
    const ReportStyle style(device);
    const ReportDocument document =
        BattlecardReportLayout(report, style, QSizeF(device.width(), device.height())).layout();
    if (!paintReportDocument(document, style, device)) {
        return 0;
    }
    return static_cast<int>(document.pages.size());
}

QString battlecardsProblem(const battlecards::SalesBattlecards& report) {
    QString sentence =
        report.problem.empty() ? reportTr("no battlecards to print") : fromCore(report.problem);
    if (!sentence.isEmpty()) {
        sentence[0] = sentence[0].toUpper();
    }
    return sentence + QLatin1Char('.');
}

ReportPdfFileResult writeBattlecardsPdf(const battlecards::SalesBattlecards& report,
                                        const QString& path, QPageSize::PageSizeId pageSize) {
    if (report.cards.empty()) {
        ReportPdfFileResult refused;
        refused.error = battlecardsProblem(report);
        return refused;
    }
    return writeReportPdfFile(
        path, reportPageLayout(pageSize), fromCore(report.title),
        [&](QPagedPaintDevice& device) { return paintBattlecards(report, device); });
}

}  // namespace pmm::ui
