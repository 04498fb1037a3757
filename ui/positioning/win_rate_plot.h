#pragma once

#include <QChartView>
#include <QString>

#include <vector>

#include "positioning/win_rate_chart.h"

class QAbstractSeries;
class QAreaSeries;
class QLineSeries;
class QScatterSeries;

namespace pmm::ui {

// The win-rate chart itself: per competitor, the win rate by quarter as a line with filled
// points, its 95 % interval as a shaded band, and quarters with too few decided deals as
// hollow points outside line and band. Hovering a point shows "2026-Q3: 42 % (31–54 %),
// 48 decided deals". Colours follow the palette (light or dark).
class WinRatePlot : public QChartView {
    Q_OBJECT

public:
    explicit WinRatePlot(QWidget* parent = nullptr);

    void setChartData(const positioning::WinRateChart& chart);
    const positioning::WinRateChart& chartData() const { return m_data; }

    // What is drawn, for tests: per line, its judged points and its too-few points (x is the
    // position of the quarter in chartData().quarters, y the win rate in %).
    QScatterSeries* judgedPoints(int line) const;
    QScatterSeries* tooFewPoints(int line) const;
    // The shaded interval bands of a line: one per run of consecutive judged quarters.
    int bandCount(int line) const;
    // Only one competitor's band is drawn at a time (five overlapping bands are a grey wash):
    // the first line's, then the one of the line or point last pointed at.
    bool bandShown(int line) const;
    void showBandOf(std::size_t line);

protected:
    void changeEvent(QEvent* event) override;

private:
    struct LineSeries {
        std::vector<QAreaSeries*> bands;  // one per run of judged quarters
        std::vector<QLineSeries*> rates;
        QScatterSeries* judged = nullptr;
        QScatterSeries* tooFew = nullptr;
    };
    struct Run {
        std::size_t first = 0;
        std::size_t last = 0;
    };

    static std::vector<Run> judgedRuns(const positioning::WinRateLine& line);
    void rebuild();
    void rebuildAxes();
    void addBand(std::size_t line, const Run& run);
    void addRateLine(std::size_t line, const Run& run);
    void addPoints(std::size_t line);
    void attach(QAbstractSeries* series, bool inLegend);
    void showPointText(std::size_t line, const QPointF& point, bool shown);
    void applyPalette();

    QChart* m_chart;
    positioning::WinRateChart m_data;
    std::vector<LineSeries> m_series;
    std::size_t m_bandLine = 0;
};

}  // namespace pmm::ui
