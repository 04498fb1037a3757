#include "reports/report_text_painter.h"

#include <QGlyphRun>
#include <QPainter>

namespace pmm::ui {

namespace {

// The same simple range as ReportStyle::advance, without combining marks (which need
// positioning by the font's rules).
constexpr char16_t kFastEnd = 0x0530;
constexpr char16_t kMarksStart = 0x0300;
constexpr char16_t kMarksEnd = 0x0370;
constexpr char16_t kSymbolsStart = 0x2000;
constexpr char16_t kSymbolsEnd = 0x2800;

bool fastCharacter(char16_t code) {
    return (code < kFastEnd && (code < kMarksStart || code >= kMarksEnd) && code >= 0x20) ||
           (code >= kSymbolsStart + 0x10 && code < kSymbolsEnd);
}

}  // namespace

ReportTextPainter::ReportTextPainter(const ReportStyle& style, bool glyphRuns)
    : m_style(style), m_glyphRuns(glyphRuns) {
    if (!m_glyphRuns) {
        return;
    }
    for (std::size_t i = 0; i < m_fonts.size(); ++i) {
        const QFont& font = style.font(static_cast<ReportFont>(i));
        m_fonts[i].raw = QRawFont::fromFont(font);
        m_fonts[i].raw.setPixelSize(style.points(font.pointSizeF()));
        m_fonts[i].glyphs.resize(kSymbolsEnd);
    }
}

void ReportTextPainter::draw(QPainter& painter, QPointF baseline, ReportFont font,
                             const QString& text) {
    FontCache& cache = m_fonts[static_cast<std::size_t>(font)];
    if (m_glyphRuns && cache.raw.isValid() && drawRun(painter, baseline, cache, text)) {
        return;
    }
    if (m_current != font) {
        m_current = font;
        painter.setFont(m_style.font(font));
    }
    painter.drawText(baseline, text);
}

bool ReportTextPainter::drawRun(QPainter& painter, QPointF baseline, FontCache& cache,
                                const QString& text) {
    m_indexes.resize(0);
    m_positions.resize(0);
    qreal x = 0;
    for (const QChar c : text) {
        const char16_t code = c.unicode();
        if (!fastCharacter(code)) {
            return false;
        }
        Glyph& glyph = cache.glyphs[code];
        if (glyph.advance < 0) {
            const QList<quint32> indexes = cache.raw.glyphIndexesForString(QString(c));
            glyph.index = indexes.size() == 1 ? indexes.front() : 0;
            const QList<QPointF> advances = cache.raw.advancesForGlyphIndexes(
                QList<quint32>{glyph.index}, QRawFont::UseDesignMetrics);
            glyph.advance = advances.isEmpty() ? 0 : advances.front().x();
        }
        if (glyph.index == 0) {
            return false;  // the font lacks it: drawText finds a fallback font
        }
        m_indexes.append(glyph.index);
        m_positions.append(QPointF(x, 0));
        x += glyph.advance;
    }
    QGlyphRun run;
    run.setRawFont(cache.raw);
    run.setGlyphIndexes(m_indexes);
    run.setPositions(m_positions);
    painter.drawGlyphRun(baseline, run);
    return true;
}

}  // namespace pmm::ui
