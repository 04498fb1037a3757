#include "skills/skill_grid_header.h"

#include <QStyleOptionHeader>

#include <algorithm>

#include "skills/skills_texts.h"

namespace pmm::ui {

SkillGridHeader::SkillGridHeader(QWidget* parent) : QHeaderView(Qt::Horizontal, parent) {
    setObjectName(QStringLiteral("skillGridHeader"));
    setDefaultAlignment(Qt::AlignCenter);
    setHighlightSections(false);
    setSectionsClickable(true);
}

void SkillGridHeader::initStyleOptionForIndex(QStyleOptionHeader* option, int logicalIndex) const {
    QHeaderView::initStyleOptionForIndex(option, logicalIndex);
    option->text = twoLineName(option->text);
}

QSize SkillGridHeader::sectionSizeFromContents(int logicalIndex) const {
    const QSize oneLine = QHeaderView::sectionSizeFromContents(logicalIndex);
    QStyleOptionHeader option;
    initStyleOption(&option);
    initStyleOptionForIndex(&option, logicalIndex);
    const QSize twoLines = style()->sizeFromContents(QStyle::CT_HeaderSection, &option, {}, this);
    return {std::min(oneLine.width(), twoLines.width()),
            std::max(oneLine.height(), twoLines.height())};
}

}  // namespace pmm::ui
