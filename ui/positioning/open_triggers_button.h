#pragma once

#include <QToolButton>

namespace pmm::ui {

class PositioningSection;

// "3 positioning triggers open", for the status bar: follows the section's count and hides
// when none is open. A click shows the section's Triggers tab (and the window shows the
// section: it connects clicked()).
class OpenTriggersButton : public QToolButton {
    Q_OBJECT

public:
    explicit OpenTriggersButton(PositioningSection& section, QWidget* parent = nullptr);

private:
    void showCount(int count);
};

}  // namespace pmm::ui
