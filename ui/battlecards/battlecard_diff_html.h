#pragma once

#include <QPalette>
#include <QString>

#include "battlecards/card_diff.h"

namespace pmm::ui {

// A card diff as rich text for a QTextBrowser: each section with its summary, added lines on
// a green tint, removed ones struck through on a red tint, changed ones as before/after,
// unchanged lines dimmed for context. Colours come from `palette` (light or dark); every
// piece of card text is escaped.
QString cardDiffHtml(const battlecards::CardDiff& diff, const QPalette& palette);

}  // namespace pmm::ui
