#include "skills/skill_legend.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>

#include "launches/launch_texts.h"
#include "skills/skill_colors.h"

namespace pmm::ui {

SkillLegend::SkillLegend(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("skillLegend"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (const auto cell :
         {team::SkillCellClass::BelowLevel, team::SkillCellClass::AtLevel,
          team::SkillCellClass::AtNextLevelOrAbove, team::SkillCellClass::NotAssessed}) {
        auto* swatch = new SkillSwatch(cell, this);
        auto* label = new QLabel(toQString(team::skillCellLabel(cell)), this);
        label->setTextFormat(Qt::PlainText);
        layout->addWidget(swatch);
        layout->addWidget(label);
        layout->addSpacing(fontMetrics().averageCharWidth() * 2);
    }
    layout->addStretch(1);
}

SkillSwatch::SkillSwatch(team::SkillCellClass cell, QWidget* parent)
    : QWidget(parent), m_cell(cell) {
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

QSize SkillSwatch::sizeHint() const {
    const int side = fontMetrics().height();
    return {side * 2, side};
}

void SkillSwatch::paintEvent(QPaintEvent* /*event*/) {
    QPainter painter(this);
    const QRect box = rect().adjusted(0, 0, -1, -1);
    const QColor fill = skillCellColor(m_cell, palette());
    painter.fillRect(box, fill.isValid() ? fill : palette().color(QPalette::Base));
    painter.setPen(skillCellAccent(m_cell, palette()));
    painter.drawRect(box);
}

}  // namespace pmm::ui
