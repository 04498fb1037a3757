#pragma once

#include <QChartView>
#include <QString>

#include <optional>
#include <vector>

#include "team/level_ladder.h"

class QLineSeries;
class QPolarChart;

namespace pmm::ui {

// A radar chart of one person's competencies: the demonstrated level on each spoke against
// the level the next step asks for. Colours follow the widget's palette.
class SkillsRadarChart : public QChartView {
    Q_OBJECT

public:
    struct Spoke {
        QString competency;
        std::optional<int> demonstrated;  // level rank; nothing when not assessed
    };

    explicit SkillsRadarChart(QWidget* parent = nullptr);

    // `target` is the rank the next level asks for on every spoke (nothing at the top).
    void setSpokes(const team::LevelLadder& levels, const std::vector<Spoke>& spokes,
                   const std::optional<int>& target, const QString& targetName);
    void clear();

    QLineSeries* demonstratedSeries() const { return m_demonstrated; }
    QLineSeries* targetSeries() const { return m_target; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuildAxes(const team::LevelLadder& levels, const std::vector<Spoke>& spokes);
    void applyPalette();

    QPolarChart* m_chart;
    QLineSeries* m_demonstrated;
    QLineSeries* m_target;
};

}  // namespace pmm::ui
