#pragma once

#include <QColor>

#include "team/skill_grid.h"

class QPalette;

namespace pmm::ui {

// Whether the palette is a dark one (its base darker than mid-grey).
bool isDarkPalette(const QPalette& palette);

// The grid's cell colour for how a demonstrated level compares with the person's level:
// a tint of the palette's base, strong enough to read on light and dark themes while the
// palette's text stays legible on it. Invalid (no fill) for a cell not assessed yet.
QColor skillCellColor(team::SkillCellClass cell, const QPalette& palette);

// The accent a verdict or cell is tinted with: a swatch's border, a chart series.
QColor skillCellAccent(team::SkillCellClass cell, const QPalette& palette);

}  // namespace pmm::ui
