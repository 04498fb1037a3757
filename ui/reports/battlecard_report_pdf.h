#pragma once

#include <QPageSize>
#include <QString>

#include "reports/report_pdf_file.h"
#include "storage/battlecard_report.h"

class QPagedPaintDevice;

namespace pmm::ui {

// Lays the sales edition out for `device`'s current page layout and paints it: the same
// pages for a PDF and for print preview. Returns the number of pages, 0 when painting failed.
int paintBattlecards(const battlecards::SalesBattlecards& report, QPagedPaintDevice& device);

// "No battlecards for competitor 'Acme'.": why `report` holds no card, as a sentence.
QString battlecardsProblem(const battlecards::SalesBattlecards& report);

// Writes the sales PDF at `path`, atomically (see writeReportPdfFile). A report without cards
// is refused with its problem; nothing is written then.
ReportPdfFileResult writeBattlecardsPdf(const battlecards::SalesBattlecards& report,
                                        const QString& path, QPageSize::PageSizeId pageSize);

}  // namespace pmm::ui
