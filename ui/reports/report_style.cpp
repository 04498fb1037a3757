#include "reports/report_style.h"

#include <QFontDatabase>
#include <QPaintDevice>

namespace pmm::ui {

namespace {

// DejaVu Sans is installed with the app (fonts-dejavu-core) and covers the accents, symbols
// and scripts of names typed by users; any sans-serif font stands in when it is missing.
QFont baseFont() {
    QFont font;
    if (QFontDatabase::families().contains(QStringLiteral("DejaVu Sans"))) {
        font.setFamily(QStringLiteral("DejaVu Sans"));
    } else {
        font = QFontDatabase::systemFont(QFontDatabase::GeneralFont);
    }
    font.setStyleHint(QFont::SansSerif);
    // Without kerning a line is the sum of its characters: fast and exact to measure.
    font.setKerning(false);
    return font;
}

QFont sized(const QFont& base, qreal points, QFont::Weight weight, bool italic = false) {
    QFont font = base;
    font.setPointSizeF(points);
    font.setWeight(weight);
    font.setItalic(italic);
    return font;
}

template <std::size_t N>
std::array<QFontMetricsF, N> metricsOf(const std::array<QFont, N>& fonts,
                                       const QPaintDevice& device) {
    return [&]<std::size_t... I>(std::index_sequence<I...>) {
        return std::array<QFontMetricsF, N>{QFontMetricsF(fonts[I], &device)...};
    }
    (std::make_index_sequence<N>{});
}

std::array<QFont, static_cast<std::size_t>(ReportFont::Count)> reportFonts() {
    const QFont base = baseFont();
    return {
        sized(base, 9.0, QFont::Normal),        // Body
        sized(base, 9.0, QFont::Bold),          // BodyBold
        sized(base, 8.0, QFont::Normal),        // Small
        sized(base, 8.0, QFont::Bold),          // SmallBold
        sized(base, 8.0, QFont::Normal, true),  // SmallItalic
        sized(base, 7.5, QFont::Bold),          // Label
        sized(base, 15.0, QFont::Bold),         // Heading
        sized(base, 12.0, QFont::Bold),         // Subheading
        sized(base, 26.0, QFont::Bold),         // Title
        sized(base, 17.0, QFont::Bold),         // Figure
    };
}

// Characters below kSimpleEnd, outside [kComplexStart, kComplexEnd), need no shaping:
// Latin, Greek, Cyrillic, general punctuation, arrows, maths and dingbats (✓).
constexpr char16_t kSimpleEnd = 0x2800;
constexpr char16_t kComplexStart = 0x0530;  // Armenian, Hebrew, Arabic, Indic, Thai, ...
constexpr char16_t kComplexEnd = 0x1E00;    // ... up to Latin Extended Additional

}  // namespace

ReportStyle::ReportStyle(const QPaintDevice& device)
    : m_dotsPerPoint(device.logicalDpiY() / 72.0),
      m_fonts(reportFonts()),
      m_metrics(metricsOf(m_fonts, device)) {
    for (std::size_t i = 0; i < m_fonts.size(); ++i) {
        m_lineHeights[i] = m_metrics[i].height() * 1.18;
    }
}

qreal ReportStyle::advance(ReportFont which, const QString& text) const {
    std::vector<qreal>& chars = m_charWidths[index(which)];
    if (chars.empty()) {
        chars.assign(kSimpleEnd, -1.0);
    }
    qreal sum = 0;
    bool simple = true;
    for (const QChar c : text) {
        const char16_t code = c.unicode();
        if (code >= kSimpleEnd || (code >= kComplexStart && code < kComplexEnd)) {
            simple = false;
            break;
        }
        qreal& width = chars[code];
        if (width < 0) {
            width = m_metrics[index(which)].horizontalAdvance(c);
        }
        sum += width;
    }
    if (simple) {
        return sum;
    }
    QHash<QString, qreal>& cache = m_widths[index(which)];
    const auto found = cache.constFind(text);
    if (found != cache.constEnd()) {
        return *found;
    }
    const qreal width = m_metrics[index(which)].horizontalAdvance(text);
    cache.insert(text, width);
    return width;
}

}  // namespace pmm::ui
