#pragma once

#include <QString>

#include <optional>

#include "storage/change.h"
#include "team/level_ladder.h"

namespace pmm::ui {

// A tooltip that shows plain `text` as written, line breaks kept: escaped inside an explicit
// rich-text tooltip, so markup in user text stays characters and long lines wrap.
QString plainToolTip(const QString& text);

// The level's name on the ladder, or an em dash for none.
QString levelText(const team::LevelLadder& levels, const std::optional<int>& rank);

// Whether a change can alter what the skills views show: people, levels, competencies,
// expectations or assessments.
bool concernsSkills(const storage::Change& change);

// A competency name broken over two lines at the space nearest its middle, for a narrow
// column header; short names stay on one line.
QString twoLineName(const QString& name);

}  // namespace pmm::ui
