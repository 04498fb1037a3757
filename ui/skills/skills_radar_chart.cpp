#include "skills/skills_radar_chart.h"

#include <QCategoryAxis>
#include <QEvent>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPolarChart>

#include "common/chart_palette.h"
#include "skills/skill_colors.h"

namespace pmm::ui {

SkillsRadarChart::SkillsRadarChart(QWidget* parent)
    : QChartView(parent),
      m_chart(new QPolarChart()),
      m_demonstrated(new QLineSeries()),
      m_target(new QLineSeries()) {
    setObjectName(QStringLiteral("skillsRadarChart"));
    setRenderHint(QPainter::Antialiasing);
    m_demonstrated->setName(tr("Demonstrated"));
    m_chart->addSeries(m_target);
    m_chart->addSeries(m_demonstrated);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setBackgroundRoundness(0);
    setChart(m_chart);
    setMinimumSize(420, 300);
    applyPalette();
}

void SkillsRadarChart::setSpokes(const team::LevelLadder& levels, const std::vector<Spoke>& spokes,
                                 const std::optional<int>& target, const QString& targetName) {
    m_demonstrated->clear();
    m_target->clear();
    if (spokes.empty()) {
        return;
    }
    rebuildAxes(levels, spokes);
    // A closed outline: the first spoke again at the end of the circle.
    const auto count = static_cast<int>(spokes.size());
    for (int i = 0; i <= count; ++i) {
        const Spoke& spoke = spokes[static_cast<std::size_t>(i % count)];
        m_demonstrated->append(i, spoke.demonstrated.value_or(0));
        if (target) {
            m_target->append(i, *target);
        }
    }
    m_target->setName(target ? tr("%1 asks for").arg(targetName) : QString());
    m_target->setVisible(target.has_value());
    applyPalette();
}

void SkillsRadarChart::clear() {
    m_demonstrated->clear();
    m_target->clear();
}

void SkillsRadarChart::rebuildAxes(const team::LevelLadder& levels,
                                   const std::vector<Spoke>& spokes) {
    for (QAbstractAxis* axis : m_chart->axes()) {
        m_chart->removeAxis(axis);
        delete axis;
    }
    auto* angular = new QCategoryAxis();
    angular->setRange(0, static_cast<double>(spokes.size()));
    angular->setStartValue(0);
    angular->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (std::size_t i = 0; i < spokes.size(); ++i) {
        angular->append(spokes[i].competency, static_cast<double>(i));
    }
    auto* radial = new QCategoryAxis();
    const int top = levels.top() ? levels.top()->rank : 5;
    radial->setRange(0, top);
    radial->setStartValue(0);
    radial->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (const auto& level : levels.levels()) {
        radial->append(QString::fromStdString(level.name), level.rank);
    }
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    angular->setLabelsFont(small);
    radial->setLabelsFont(small);
    m_chart->addAxis(angular, QPolarChart::PolarOrientationAngular);
    m_chart->addAxis(radial, QPolarChart::PolarOrientationRadial);
    for (QLineSeries* series : {m_target, m_demonstrated}) {
        series->attachAxis(angular);
        series->attachAxis(radial);
    }
}

void SkillsRadarChart::changeEvent(QEvent* event) {
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyPalette();
    }
}

void SkillsRadarChart::applyPalette() {
    applyChartPalette(*this, *m_chart, 0.25);
    const QPalette& colors = palette();
    QPen demonstrated(skillCellAccent(team::SkillCellClass::AtLevel, colors), 2.5);
    m_demonstrated->setPen(demonstrated);
    QPen target(skillCellAccent(team::SkillCellClass::AtNextLevelOrAbove, colors), 2, Qt::DashLine);
    m_target->setPen(target);
}

}  // namespace pmm::ui
