#pragma once

#include <QPageLayout>
#include <QPageSize>
#include <QString>

#include "reports/report_pdf_file.h"
#include "storage/skills_report.h"

class QPagedPaintDevice;

namespace pmm::ui {

struct SkillsReportPdfOptions {
    QPageSize::PageSizeId pageSize = QPageSize::A4;
    // The matrix reads in both; landscape fits nine competencies side by side.
    QPageLayout::Orientation orientation = QPageLayout::Landscape;
    QString workspaceName;  // in the footer, and the masthead when the team has no name
};

// "No people in this workspace: nothing to report" (or no competencies); empty when the
// matrix has something to show.
QString emptySkillsMatrixMessage(const team::SkillsMatrixReport& report);

// The matrix's page layout: the paper in `orientation`, with narrower sides than other
// reports so nine competencies fit side by side on landscape Letter as on A4.
QPageLayout skillsMatrixPageLayout(QPageSize::PageSizeId size,
                                   QPageLayout::Orientation orientation);
// The packet's: portrait with the report margins.
QPageLayout promotionPacketPageLayout(QPageSize::PageSizeId size);

// Lay the report out for `device`'s current page layout and paint it: the same pages for a
// PDF and for print preview. Return the number of pages, 0 when painting failed.
int paintSkillsMatrix(const team::SkillsMatrixReport& report, QPagedPaintDevice& device,
                      const QString& workspaceName);
int paintPromotionPacket(const team::PromotionPacket& packet, QPagedPaintDevice& device,
                         const QString& workspaceName);

// Write the report as a PDF at `path`, atomically (see writeReportPdfFile). The matrix
// refuses a workspace without people or competencies. The packet is always portrait.
ReportPdfFileResult writeSkillsMatrixPdf(const team::SkillsMatrixReport& report,
                                         const QString& path,
                                         const SkillsReportPdfOptions& options);
ReportPdfFileResult writePromotionPacketPdf(const team::PromotionPacket& packet,
                                            const QString& path,
                                            const SkillsReportPdfOptions& options);

}  // namespace pmm::ui
