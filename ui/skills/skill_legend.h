#pragma once

#include <QWidget>

#include "team/skill_grid.h"

namespace pmm::ui {

// What the grid's colours mean: a swatch per cell class with core's label, drawn from the
// current palette so it matches the grid in light and dark themes.
class SkillLegend : public QWidget {
    Q_OBJECT

public:
    explicit SkillLegend(QWidget* parent = nullptr);
};

// One swatch: the cell colour with its accent as border.
class SkillSwatch : public QWidget {
    Q_OBJECT

public:
    explicit SkillSwatch(team::SkillCellClass cell, QWidget* parent = nullptr);

    team::SkillCellClass cellClass() const { return m_cell; }
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    team::SkillCellClass m_cell;
};

}  // namespace pmm::ui
