#pragma once

#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <QRgb>
#include <QString>

#include <array>
#include <vector>

class QPaintDevice;

namespace pmm::ui {

// The typefaces of a printed report.
enum class ReportFont {
    Body,
    BodyBold,
    Small,
    SmallBold,
    SmallItalic,
    Label,  // small capitals-style section labels
    Heading,
    Subheading,
    Title,
    Figure,  // big numbers on the cover
    Count
};

// Colours of a printed report (always on white paper, whatever the screen theme).
namespace report_colors {
inline constexpr QRgb kInk = 0xff1f2937;
inline constexpr QRgb kMuted = 0xff5b6472;
inline constexpr QRgb kRule = 0xffc9ced6;
inline constexpr QRgb kZebra = 0xfff3f5f8;
inline constexpr QRgb kHeaderFill = 0xffe3e8ef;
inline constexpr QRgb kAccent = 0xff1d4ed8;
inline constexpr QRgb kOverride = 0xffa64b00;
inline constexpr QRgb kOverrideFill = 0xfffff1d6;
inline constexpr QRgb kWarning = 0xffb42318;
inline constexpr QRgb kWarningFill = 0xfffde7e5;
inline constexpr QRgb kDone = 0xff157f3c;
}  // namespace report_colors

// Fonts and measures for one paint device: every length is in the device's units, every
// font sized in points for the device's resolution, so a PDF and a printer lay out alike.
// Text widths are quick: kerning is off, so in simple scripts (Latin, Greek, Cyrillic and
// common symbols) a line is as wide as the sum of its characters, each measured once; other
// text is measured whole, shaped, and cached.
class ReportStyle {
public:
    explicit ReportStyle(const QPaintDevice& device);

    const QFont& font(ReportFont which) const { return m_fonts[index(which)]; }
    const QFontMetricsF& metrics(ReportFont which) const { return m_metrics[index(which)]; }
    qreal ascent(ReportFont which) const { return m_metrics[index(which)].ascent(); }
    // Baseline to baseline.
    qreal lineHeight(ReportFont which) const { return m_lineHeights[index(which)]; }
    qreal advance(ReportFont which, const QString& text) const;

    // Lengths in device units.
    qreal points(qreal value) const { return value * m_dotsPerPoint; }
    qreal millimetres(qreal value) const { return points(value * 72.0 / 25.4); }

private:
    static std::size_t index(ReportFont which) { return static_cast<std::size_t>(which); }

    qreal m_dotsPerPoint = 1.0;
    std::array<QFont, static_cast<std::size_t>(ReportFont::Count)> m_fonts;
    std::array<QFontMetricsF, static_cast<std::size_t>(ReportFont::Count)> m_metrics;
    std::array<qreal, static_cast<std::size_t>(ReportFont::Count)> m_lineHeights{};
    // Advances of single characters of simple scripts, by font; < 0 until measured.
    mutable std::array<std::vector<qreal>, static_cast<std::size_t>(ReportFont::Count)>
        m_charWidths;
    mutable std::array<QHash<QString, qreal>, static_cast<std::size_t>(ReportFont::Count)> m_widths;
};

}  // namespace pmm::ui
