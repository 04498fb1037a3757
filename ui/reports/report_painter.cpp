#include "reports/report_painter.h"

#include <QCoreApplication>
#include <QPagedPaintDevice>
#include <QPaintEngine>
#include <QPainter>

#include <optional>

#include "reports/report_style.h"
#include "reports/report_text_painter.h"

namespace pmm::ui {

namespace {

void paintFooter(QPainter& painter, ReportTextPainter& texts, const ReportStyle& style,
                 const QString& footer, int page, int pages, const QSizeF& area) {
    const ReportFont font = ReportFont::Small;
    const qreal baseline = area.height() - style.metrics(font).descent();
    painter.fillRect(QRectF(0, baseline - style.lineHeight(font) - style.points(3), area.width(),
                            style.points(0.5)),
                     QColor::fromRgba(report_colors::kRule));
    painter.setPen(QColor::fromRgba(report_colors::kMuted));
    const QString number =
        QCoreApplication::translate("pmm::ui::TierReport", "Page %1 of %2").arg(page).arg(pages);
    const qreal numberWidth = style.advance(font, number);
    texts.draw(painter, QPointF(area.width() - numberWidth, baseline), font, number);
    // The footer gives way to the page number when the page is narrow.
    const QString left = style.metrics(font).elidedText(
        footer, Qt::ElideRight, area.width() - numberWidth - style.points(12));
    texts.draw(painter, QPointF(0, baseline), font, left);
}

}  // namespace

bool paintReportDocument(const ReportDocument& document, const ReportStyle& style,
                         QPagedPaintDevice& device) {
    QPainter painter;
    if (!painter.begin(&device)) {
        return false;
    }
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    const QSizeF area(device.width(), device.height());
    // Glyph runs only where they are known to come out right: Qt's own PDF engine.
    ReportTextPainter texts(style, painter.paintEngine()->type() == QPaintEngine::Pdf);
    const int pages = static_cast<int>(document.pages.size());
    for (int index = 0; index < pages; ++index) {
        if (index > 0 && !device.newPage()) {
            painter.end();
            return false;
        }
        const ReportPage& page = document.pages[static_cast<std::size_t>(index)];
        painter.setPen(Qt::NoPen);
        for (const ReportBox& box : page.boxes) {
            if (qAlpha(box.fill) > 0) {
                painter.fillRect(box.rect, QColor::fromRgba(box.fill));
            }
            if (qAlpha(box.stroke) > 0 && box.strokeWidth > 0) {
                painter.setPen(QPen(QColor::fromRgba(box.stroke), box.strokeWidth));
                painter.setBrush(Qt::NoBrush);
                painter.drawRect(box.rect);
                painter.setPen(Qt::NoPen);
            }
        }
        std::optional<QRgb> color;
        for (const ReportText& text : page.texts) {
            if (color != text.color) {
                color = text.color;
                painter.setPen(QColor::fromRgba(text.color));
            }
            texts.draw(painter, text.baseline, text.font, text.text);
        }
        paintFooter(painter, texts, style, document.footer, index + 1, pages, area);
    }
    return painter.end();
}

}  // namespace pmm::ui
