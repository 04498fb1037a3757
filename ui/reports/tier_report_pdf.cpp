#include "reports/tier_report_pdf.h"

#include <QDir>
#include <QFileInfo>
#include <QPagedPaintDevice>
#include <QPdfWriter>
#include <QSaveFile>

#include "reports/report_page_size.h"
#include "reports/report_painter.h"
#include "reports/report_style.h"
#include "reports/report_text.h"
#include "reports/tier_report_layout.h"

namespace pmm::ui {

namespace {

// Fine enough for exact placement, coarse enough to keep coordinates short in the file.
constexpr int kPdfResolution = 600;

QString shown(const QString& path) {
    return QDir::toNativeSeparators(path);
}

}  // namespace

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
    TierReportPdfResult result;
    if (report.empty()) {
        result.error = emptyTierReportMessage(report);
        return result;
    }
    const QFileInfo target(path);
    if (!target.absoluteDir().exists()) {
        result.error = reportTr("Cannot write %1: the folder %2 does not exist.")
                           .arg(shown(path), shown(target.absolutePath()));
        return result;
    }
    if (target.isDir()) {
        result.error = reportTr("Cannot write %1: it is a folder.").arg(shown(path));
        return result;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        result.error = reportTr("Cannot write %1: %2.").arg(shown(path), file.errorString());
        return result;
    }
    {
        QPdfWriter writer(&file);
        writer.setResolution(kPdfResolution);
        writer.setPageLayout(reportPageLayout(options.pageSize));
        writer.setTitle(fromCore(report.cover.title));
        writer.setCreator(QStringLiteral("PMM Workbench %1").arg(QStringLiteral(PMM_VERSION)));
        result.pages = paintTierReport(report, writer, options.workspaceName);
    }
    if (result.pages == 0) {
        file.cancelWriting();
        result.error = reportTr("Cannot write %1: the report could not be drawn.").arg(shown(path));
        return result;
    }
    if (!file.commit()) {
        result.pages = 0;
        result.error = reportTr("Cannot write %1: %2.").arg(shown(path), file.errorString());
        return result;
    }
    result.ok = true;
    return result;
}

}  // namespace pmm::ui
