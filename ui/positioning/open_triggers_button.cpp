#include "positioning/open_triggers_button.h"

#include <QTabWidget>

#include "positioning/positioning_section.h"

namespace pmm::ui {

OpenTriggersButton::OpenTriggersButton(PositioningSection& section, QWidget* parent)
    : QToolButton(parent) {
    setObjectName(QStringLiteral("openTriggersButton"));
    setAutoRaise(true);
    setToolTip(tr("Show the positioning triggers waiting for a review"));
    showCount(section.openTriggerCount());
    connect(&section, &PositioningSection::openTriggerCountChanged, this,
            &OpenTriggersButton::showCount);
    connect(this, &QToolButton::clicked, &section,
            [&section] { section.tabs()->setCurrentIndex(PositioningSection::Triggers); });
}

void OpenTriggersButton::showCount(int count) {
    setText(tr("%n positioning trigger(s) open", nullptr, count));
    setVisible(count > 0);
}

}  // namespace pmm::ui
