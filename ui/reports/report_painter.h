#pragma once

#include "reports/report_document.h"

class QPagedPaintDevice;

namespace pmm::ui {

class ReportStyle;

// Paints a laid-out report on `device` (a QPdfWriter or a QPrinter, whose paint rect it was
// laid out for), each page with its footer and "Page N of M". Returns false when the device
// cannot be painted on (e.g. a PDF writer whose file cannot be written).
bool paintReportDocument(const ReportDocument& document, const ReportStyle& style,
                         QPagedPaintDevice& device);

}  // namespace pmm::ui
