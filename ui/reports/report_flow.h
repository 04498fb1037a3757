#pragma once

#include <QSizeF>
#include <QString>
#include <QStringList>

#include <functional>
#include <limits>

#include "reports/report_document.h"
#include "reports/report_style.h"

namespace pmm::ui {

// Lays content out top to bottom over pages of a fixed size, by hand: each block asks for
// the height it needs and moves to a new page when it does not fit. A measuring flow has
// one endless page and records nothing: laying a block out on it tells its height.
class ReportFlow {
public:
    ReportFlow(const ReportStyle& style, QSizeF area);
    // A measuring flow `width` wide.
    static ReportFlow measuring(const ReportStyle& style, qreal width);

    const ReportStyle& style() const { return m_style; }
    qreal width() const { return m_area.width(); }
    qreal pageHeight() const { return m_area.height(); }
    qreal y() const { return m_y; }
    qreal remaining() const { return m_area.height() - m_y; }
    bool atPageTop() const { return m_y <= 0.0; }
    bool isMeasuring() const { return m_measuring; }
    // The page being filled, from 0.
    int pageIndex() const { return static_cast<int>(m_document.pages.size()) - 1; }

    // Runs at the top of every new page until cleared (a table repeats its header).
    void setContinuation(std::function<void()> continuation);
    void newPage();
    // Moves to a new page unless `height` fits below (or the page is still empty).
    void ensure(qreal height);
    void advance(qreal dy) { m_y += dy; }

    // One line of plain text; its top `dy` below the current position (which stays).
    void text(qreal x, qreal dy, ReportFont font, const QString& text,
              QRgb color = report_colors::kInk);
    // The same, right-aligned to `right`.
    void textRight(qreal right, qreal dy, ReportFont font, const QString& text,
                   QRgb color = report_colors::kInk);
    // A rectangle whose top is `rect.y()` below the current position.
    void box(const QRectF& rect, QRgb fill, QRgb stroke = 0, qreal strokeWidth = 0);
    // Text placed on an earlier page at an absolute position (a table of contents).
    void textAt(int page, QPointF baseline, ReportFont font, const QString& text,
                QRgb color = report_colors::kInk);

    // Wrapped text that breaks across pages between lines; advances past it.
    void paragraph(qreal x, qreal width, ReportFont font, const QString& text,
                   QRgb color = report_colors::kInk);
    QStringList wrap(ReportFont font, const QString& text, qreal width, int maxLines = 40) const;

    ReportDocument takeDocument(const QString& footer);

private:
    ReportFlow(const ReportStyle& style, QSizeF area, bool measuring);
    ReportPage* page() { return m_measuring ? nullptr : &m_document.pages.back(); }

    const ReportStyle& m_style;
    QSizeF m_area;
    bool m_measuring = false;
    qreal m_y = 0;
    ReportDocument m_document;
    std::function<void()> m_continuation;
    bool m_continuing = false;
};

}  // namespace pmm::ui
