#include "reports/skills_report_pdf.h"

#include <QPagedPaintDevice>

#include "reports/report_page_size.h"
#include "reports/report_painter.h"
#include "reports/report_style.h"
#include "reports/report_text.h"
#include "reports/skills_report_matrix_layout.h"
#include "reports/skills_report_packet_layout.h"

namespace pmm::ui {

namespace {

constexpr qreal kMatrixSideMargin = 11;  // millimetres

template <class Layout, class Report>
int paintWith(const Report& report, QPagedPaintDevice& device, const QString& workspaceName) {
    const ReportStyle style(device);
    const ReportDocument document =
        Layout(report, style, QSizeF(device.width(), device.height()), workspaceName).layout();
    if (!paintReportDocument(document, style, device)) {
        return 0;
    }
    return static_cast<int>(document.pages.size());
}

}  // namespace

QString emptySkillsMatrixMessage(const team::SkillsMatrixReport& report) {
    if (report.grid.rows.empty()) {
        return reportTr("No people in this workspace: nothing to report");
    }
    if (report.grid.competencies.empty()) {
        return reportTr("No competencies in this workspace: nothing to report");
    }
    return {};
}

QPageLayout skillsMatrixPageLayout(QPageSize::PageSizeId size,
                                   QPageLayout::Orientation orientation) {
    QPageLayout layout = reportPageLayout(size);
    layout.setOrientation(orientation);
    // In the layout's units: millimetres.
    layout.setLeftMargin(kMatrixSideMargin);
    layout.setRightMargin(kMatrixSideMargin);
    return layout;
}

QPageLayout promotionPacketPageLayout(QPageSize::PageSizeId size) {
    return reportPageLayout(size);
}

int paintSkillsMatrix(const team::SkillsMatrixReport& report, QPagedPaintDevice& device,
                      const QString& workspaceName) {
    return paintWith<SkillsMatrixLayout>(report, device, workspaceName);
}

int paintPromotionPacket(const team::PromotionPacket& packet, QPagedPaintDevice& device,
                         const QString& workspaceName) {
    return paintWith<SkillsPacketLayout>(packet, device, workspaceName);
}

ReportPdfFileResult writeSkillsMatrixPdf(const team::SkillsMatrixReport& report,
                                         const QString& path,
                                         const SkillsReportPdfOptions& options) {
    if (report.empty()) {
        ReportPdfFileResult refused;
        refused.error = emptySkillsMatrixMessage(report);
        return refused;
    }
    return writeReportPdfFile(path, skillsMatrixPageLayout(options.pageSize, options.orientation),
                              fromCore(report.title), [&](QPagedPaintDevice& device) {
                                  return paintSkillsMatrix(report, device, options.workspaceName);
                              });
}

ReportPdfFileResult writePromotionPacketPdf(const team::PromotionPacket& packet,
                                            const QString& path,
                                            const SkillsReportPdfOptions& options) {
    return writeReportPdfFile(path, promotionPacketPageLayout(options.pageSize),
                              fromCore(packet.title), [&](QPagedPaintDevice& device) {
                                  return paintPromotionPacket(packet, device,
                                                              options.workspaceName);
                              });
}

}  // namespace pmm::ui
