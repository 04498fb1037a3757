#pragma once

#include <QPointF>
#include <QRawFont>
#include <QString>

#include <array>
#include <vector>

#include "reports/report_style.h"

class QPainter;

namespace pmm::ui {

// Draws a report's lines of text. On a PDF, text of simple scripts goes out as glyph runs
// from per-character caches, skipping the shaping Qt would redo for each of a large report's
// hundreds of thousands of lines; anything else (other scripts, characters the font lacks,
// combining marks, other devices) is drawn by QPainter::drawText, shaped and with fallback
// fonts.
class ReportTextPainter {
public:
    ReportTextPainter(const ReportStyle& style, bool glyphRuns);

    void draw(QPainter& painter, QPointF baseline, ReportFont font, const QString& text);

private:
    struct Glyph {
        quint32 index = 0;
        qreal advance = -1;  // < 0: not looked up yet; index 0: the font lacks it
    };
    struct FontCache {
        QRawFont raw;
        std::vector<Glyph> glyphs;
    };
    bool drawRun(QPainter& painter, QPointF baseline, FontCache& cache, const QString& text);

    const ReportStyle& m_style;
    bool m_glyphRuns;
    std::array<FontCache, static_cast<std::size_t>(ReportFont::Count)> m_fonts;
    std::optional<ReportFont> m_current;
    QList<quint32> m_indexes;
    QList<QPointF> m_positions;
};

}  // namespace pmm::ui
