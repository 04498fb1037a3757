#include "skills/skills_texts.h"

#include <cstdlib>

#include "launches/launch_texts.h"

namespace pmm::ui {

QString plainToolTip(const QString& text) {
    if (text.isEmpty()) {
        return {};
    }
    QString escaped = text.toHtmlEscaped();
    escaped.replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
    return QStringLiteral("<qt>%1</qt>").arg(escaped);
}

QString levelText(const team::LevelLadder& levels, const std::optional<int>& rank) {
    return rank ? toQString(levels.name(*rank)) : QStringLiteral("\u2014");
}

bool concernsSkills(const storage::Change& change) {
    switch (change.kind) {
        case storage::EntityKind::Person:
        case storage::EntityKind::Level:
        case storage::EntityKind::Competency:
        case storage::EntityKind::SkillAssessment:
        case storage::EntityKind::Everything:
            return true;
        default:
            return false;
    }
}

QString twoLineName(const QString& name) {
    constexpr int kOneLine = 14;
    if (name.size() <= kOneLine) {
        return name;
    }
    const int middle = static_cast<int>(name.size() / 2);
    int best = -1;
    for (int i = 0; i < name.size(); ++i) {
        if (name.at(i) == QLatin1Char(' ') &&
            (best < 0 || std::abs(i - middle) < std::abs(best - middle))) {
            best = i;
        }
    }
    if (best < 0) {
        return name;
    }
    return name.left(best) + QLatin1Char('\n') + name.mid(best + 1);
}

}  // namespace pmm::ui
