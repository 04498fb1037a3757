#include "reports/report_flow.h"

#include "reports/text_wrap.h"

namespace pmm::ui {

ReportFlow::ReportFlow(const ReportStyle& style, QSizeF area) : ReportFlow(style, area, false) {}

ReportFlow::ReportFlow(const ReportStyle& style, QSizeF area, bool measuring)
    : m_style(style), m_area(area), m_measuring(measuring) {
    m_document.pages.emplace_back();
}

ReportFlow ReportFlow::measuring(const ReportStyle& style, qreal width) {
    return ReportFlow(style, QSizeF(width, std::numeric_limits<qreal>::max() / 4), true);
}

void ReportFlow::setContinuation(std::function<void()> continuation) {
    m_continuation = std::move(continuation);
}

void ReportFlow::newPage() {
    if (m_measuring) {
        return;
    }
    m_document.pages.emplace_back();
    m_y = 0;
    // A continuation that itself overflows must not recurse forever.
    if (m_continuation && !m_continuing) {
        m_continuing = true;
        m_continuation();
        m_continuing = false;
    }
}

void ReportFlow::ensure(qreal height) {
    if (!m_measuring && !atPageTop() && height > remaining()) {
        newPage();
    }
}

void ReportFlow::text(qreal x, qreal dy, ReportFont font, const QString& text, QRgb color) {
    if (ReportPage* current = page(); current && !text.isEmpty()) {
        current->texts.push_back(
            ReportText{QPointF(x, m_y + dy + m_style.ascent(font)), font, color, text});
    }
}

void ReportFlow::textRight(qreal right, qreal dy, ReportFont font, const QString& text,
                           QRgb color) {
    if (!m_measuring) {
        this->text(right - m_style.advance(font, text), dy, font, text, color);
    }
}

void ReportFlow::box(const QRectF& rect, QRgb fill, QRgb stroke, qreal strokeWidth) {
    if (ReportPage* current = page()) {
        current->boxes.push_back(ReportBox{rect.translated(0, m_y), fill, stroke, strokeWidth});
    }
}

void ReportFlow::textAt(int pageIndex, QPointF baseline, ReportFont font, const QString& text,
                        QRgb color) {
    if (!m_measuring && pageIndex >= 0 && pageIndex < static_cast<int>(m_document.pages.size())) {
        m_document.pages[static_cast<std::size_t>(pageIndex)].texts.push_back(
            ReportText{baseline, font, color, text});
    }
}

void ReportFlow::paragraph(qreal x, qreal width, ReportFont font, const QString& text, QRgb color) {
    const qreal line = m_style.lineHeight(font);
    for (const QString& each : wrap(font, text, width)) {
        ensure(line);
        this->text(x, 0, font, each, color);
        m_y += line;
    }
}

QStringList ReportFlow::wrap(ReportFont font, const QString& text, qreal width,
                             int maxLines) const {
    return wrapText(
        text, width, [&](const QString& part) { return m_style.advance(font, part); }, maxLines);
}

ReportDocument ReportFlow::takeDocument(const QString& footer) {
    m_document.footer = footer;
    ReportDocument document = std::move(m_document);
    m_document = {};
    m_document.pages.emplace_back();
    m_y = 0;
    return document;
}

}  // namespace pmm::ui
