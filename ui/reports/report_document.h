#pragma once

#include <QPointF>
#include <QRectF>
#include <QRgb>
#include <QString>

#include <vector>

#include "reports/report_style.h"

namespace pmm::ui {

// A laid-out report: what to draw on each page, in device units of the paint device it was
// laid out for. Laying out first and painting after gives "Page N of M" without a second
// layout, and lets tests check the layout without reading a PDF.

struct ReportText {
    QPointF baseline;  // left end of the baseline
    ReportFont font = ReportFont::Body;
    QRgb color = report_colors::kInk;
    QString text;  // plain text, drawn as is: never interpreted as markup
};

struct ReportBox {
    QRectF rect;
    QRgb fill = 0;  // fully transparent: no fill
    QRgb stroke = 0;
    qreal strokeWidth = 0;
};

struct ReportPage {
    std::vector<ReportBox> boxes;  // drawn first
    std::vector<ReportText> texts;
};

struct ReportDocument {
    std::vector<ReportPage> pages;
    QString footer;  // left of the page number on every page
};

}  // namespace pmm::ui
