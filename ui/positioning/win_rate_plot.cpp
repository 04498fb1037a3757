#include "positioning/win_rate_plot.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QCursor>
#include <QEvent>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>

#include <array>

#include "common/chart_palette.h"
#include "common/palette_colors.h"
#include "launches/launch_texts.h"
#include "positioning/win_loss_texts.h"
#include "skills/skill_colors.h"

namespace pmm::ui {

namespace {

using positioning::WinRate;

// Half the width of the band of a quarter judged alone: a box, not a line of no width.
constexpr double kLoneBandHalfWidth = 0.12;
constexpr double kMarkerSize = 9.0;

// Distinct hues that keep their contrast on a light or a dark base (a line per competitor).
QColor lineColor(std::size_t line, const QPalette& palette) {
    static constexpr std::array<QRgb, 6> kLight = {0x1f5fbf, 0xd0501a, 0x1d8f4a,
                                                   0x8a3fb8, 0xb8860b, 0x0f8b8d};
    static constexpr std::array<QRgb, 6> kDark = {0x78a6f0, 0xf08a5d, 0x5cc97b,
                                                  0xc89af0, 0xe6c35c, 0x5cd0d2};
    const auto& colors = isDarkPalette(palette) ? kDark : kLight;
    return QColor(colors[line % colors.size()]);
}

double percentOf(double share) {
    return share * 100.0;
}

}  // namespace

// The runs of consecutive quarters judged (enough decided deals) on a line: a quarter with
// too few deals, or none, ends a run, so no line or band is drawn through it.
std::vector<WinRatePlot::Run> WinRatePlot::judgedRuns(const positioning::WinRateLine& line) {
    std::vector<Run> runs;
    std::optional<std::size_t> start;
    for (std::size_t i = 0; i <= line.cells.size(); ++i) {
        const bool judged = i < line.cells.size() && line.cells[i] && line.cells[i]->enough;
        if (judged && !start) {
            start = i;
        } else if (!judged && start) {
            runs.push_back({*start, i - 1});
            start.reset();
        }
    }
    return runs;
}

WinRatePlot::WinRatePlot(QWidget* parent) : QChartView(parent), m_chart(new QChart()) {
    setObjectName(QStringLiteral("winRatePlot"));
    setRenderHint(QPainter::Antialiasing);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setBackgroundRoundness(0);
    setChart(m_chart);
    setMinimumSize(420, 260);
    applyPalette();
}

void WinRatePlot::setChartData(const positioning::WinRateChart& chart) {
    m_data = chart;
    rebuild();
}

QScatterSeries* WinRatePlot::judgedPoints(int line) const {
    return m_series.at(static_cast<std::size_t>(line)).judged;
}

QScatterSeries* WinRatePlot::tooFewPoints(int line) const {
    return m_series.at(static_cast<std::size_t>(line)).tooFew;
}

int WinRatePlot::bandCount(int line) const {
    return static_cast<int>(m_series.at(static_cast<std::size_t>(line)).bands.size());
}

bool WinRatePlot::bandShown(int line) const {
    const auto& bands = m_series.at(static_cast<std::size_t>(line)).bands;
    return !bands.empty() && bands.front()->isVisible();
}

void WinRatePlot::showBandOf(std::size_t line) {
    m_bandLine = line < m_series.size() ? line : 0;
    for (std::size_t i = 0; i < m_series.size(); ++i) {
        for (QAreaSeries* band : m_series[i].bands) {
            band->setVisible(i == m_bandLine);
        }
    }
}

// Bands first, then lines, then points: no competitor's band covers another's line.
void WinRatePlot::rebuild() {
    m_chart->removeAllSeries();
    m_series.assign(m_data.lines.size(), {});
    rebuildAxes();
    std::vector<std::vector<Run>> runs;
    for (const positioning::WinRateLine& line : m_data.lines) {
        runs.push_back(judgedRuns(line));
    }
    for (std::size_t line = 0; line < runs.size(); ++line) {
        for (const Run& run : runs[line]) {
            addBand(line, run);
        }
    }
    for (std::size_t line = 0; line < runs.size(); ++line) {
        for (const Run& run : runs[line]) {
            addRateLine(line, run);
        }
    }
    for (std::size_t line = 0; line < runs.size(); ++line) {
        addPoints(line);
    }
    applyPalette();
    showBandOf(m_bandLine);
}

void WinRatePlot::rebuildAxes() {
    for (QAbstractAxis* axis : m_chart->axes()) {
        m_chart->removeAxis(axis);
        delete axis;
    }
    auto* quarters = new QCategoryAxis();
    quarters->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (std::size_t i = 0; i < m_data.quarters.size(); ++i) {
        quarters->append(toQString(positioning::quarterText(m_data.quarters[i])),
                         static_cast<double>(i));
    }
    quarters->setRange(-0.5,
                       std::max<double>(0.5, static_cast<double>(m_data.quarters.size()) - 0.5));
    auto* rates = new QValueAxis();
    rates->setRange(0, 100);
    rates->setTickCount(6);
    rates->setLabelFormat(QStringLiteral("%d"));
    rates->setTitleText(tr("Win rate, % of decided deals"));
    m_chart->addAxis(quarters, Qt::AlignBottom);
    m_chart->addAxis(rates, Qt::AlignLeft);
}

void WinRatePlot::addBand(std::size_t line, const Run& run) {
    const positioning::WinRateLine& competitor = m_data.lines[line];
    auto* upper = new QLineSeries();
    auto* lower = new QLineSeries();
    for (std::size_t i = run.first; i <= run.last; ++i) {
        const WinRate& cell = *competitor.cells[i];
        const auto x = static_cast<double>(i);
        const std::vector<double> edges =
            run.first == run.last ? std::vector{x - kLoneBandHalfWidth, x + kLoneBandHalfWidth}
                                  : std::vector{x};
        for (const double edge : edges) {
            upper->append(edge, percentOf(cell.interval.high));
            lower->append(edge, percentOf(cell.interval.low));
        }
    }
    auto* band = new QAreaSeries(upper, lower);
    upper->setParent(band);
    lower->setParent(band);
    m_series[line].bands.push_back(band);
    attach(band, false);
}

void WinRatePlot::addRateLine(std::size_t line, const Run& run) {
    auto* rate = new QLineSeries();
    for (std::size_t i = run.first; i <= run.last; ++i) {
        rate->append(static_cast<double>(i), percentOf(m_data.lines[line].cells[i]->rate()));
    }
    m_series[line].rates.push_back(rate);
    attach(rate, false);
    connect(rate, &QLineSeries::hovered, this, [this, line](const QPointF&, bool shown) {
        if (shown) {
            showBandOf(line);
        }
    });
}

// Filled points where the quarter is judged, hollow ones where it has too few decided deals;
// only the filled series is in the legend, under the competitor's name.
void WinRatePlot::addPoints(std::size_t line) {
    const positioning::WinRateLine& competitor = m_data.lines[line];
    LineSeries& series = m_series[line];
    series.judged = new QScatterSeries();
    series.tooFew = new QScatterSeries();
    series.judged->setName(toQString(competitor.competitor));
    for (std::size_t i = 0; i < competitor.cells.size(); ++i) {
        if (competitor.cells[i]) {
            QScatterSeries* points = competitor.cells[i]->enough ? series.judged : series.tooFew;
            points->append(static_cast<double>(i), percentOf(competitor.cells[i]->rate()));
        }
    }
    for (QScatterSeries* points : {series.judged, series.tooFew}) {
        points->setMarkerSize(kMarkerSize);
        attach(points, points == series.judged);
        connect(
            points, &QScatterSeries::hovered, this,
            [this, line](const QPointF& point, bool shown) { showPointText(line, point, shown); });
    }
}

void WinRatePlot::attach(QAbstractSeries* series, bool inLegend) {
    m_chart->addSeries(series);
    for (QAbstractAxis* axis : m_chart->axes()) {
        series->attachAxis(axis);
    }
    for (QLegendMarker* marker : m_chart->legend()->markers(series)) {
        marker->setVisible(inLegend);
    }
}

void WinRatePlot::showPointText(std::size_t line, const QPointF& point, bool shown) {
    if (shown) {
        showBandOf(line);
    }
    const auto quarter = static_cast<std::size_t>(qRound(point.x()));
    if (!shown || line >= m_data.lines.size() || quarter >= m_data.quarters.size() ||
        !m_data.lines[line].cells[quarter]) {
        QToolTip::hideText();
        return;
    }
    const QString text =
        toQString(m_data.lines[line].competitor) + QStringLiteral(", ") +
        winRatePointText(m_data.quarters[quarter], *m_data.lines[line].cells[quarter]);
    QToolTip::showText(QCursor::pos(), text, this);
}

void WinRatePlot::changeEvent(QEvent* event) {
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyPalette();
    }
}

void WinRatePlot::applyPalette() {
    applyChartPalette(*this, *m_chart, 0.15);
    const QPalette& colors = palette();
    const QColor base = colors.color(QPalette::Base);
    for (std::size_t line = 0; line < m_series.size(); ++line) {
        const QColor color = lineColor(line, colors);
        LineSeries& series = m_series[line];
        series.judged->setColor(color);
        series.judged->setBorderColor(color);
        series.tooFew->setBrush(base);  // hollow: too few deals to judge
        series.tooFew->setPen(QPen(color, 2));
        QColor shade = color;
        shade.setAlpha(isDarkPalette(colors) ? 44 : 36);
        for (QAreaSeries* band : series.bands) {
            band->setBrush(shade);
            band->setPen(Qt::NoPen);
        }
        for (QLineSeries* rate : series.rates) {
            rate->setPen(QPen(color, 2.5));
        }
    }
}

}  // namespace pmm::ui
