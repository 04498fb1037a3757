#include "skills/skill_colors.h"

#include <QPalette>

#include "common/palette_colors.h"

namespace pmm::ui {

bool isDarkPalette(const QPalette& palette) {
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor skillCellAccent(team::SkillCellClass cell, const QPalette& palette) {
    const bool dark = isDarkPalette(palette);
    switch (cell) {
        case team::SkillCellClass::BelowLevel:
            return dark ? QColor(0xf0, 0x8a, 0x5d) : QColor(0xd0, 0x4a, 0x1a);
        case team::SkillCellClass::AtLevel:
            return dark ? QColor(0x7a, 0xa7, 0xf0) : QColor(0x2f, 0x6f, 0xd0);
        case team::SkillCellClass::AtNextLevelOrAbove:
            return dark ? QColor(0x5c, 0xc9, 0x7b) : QColor(0x1f, 0x9a, 0x48);
        case team::SkillCellClass::NotAssessed:
            break;
    }
    return palette.color(QPalette::PlaceholderText);
}

QColor skillCellColor(team::SkillCellClass cell, const QPalette& palette) {
    if (cell == team::SkillCellClass::NotAssessed) {
        return {};
    }
    const double amount = isDarkPalette(palette) ? 0.34 : 0.24;
    return blend(palette.color(QPalette::Base), skillCellAccent(cell, palette), amount);
}

}  // namespace pmm::ui
