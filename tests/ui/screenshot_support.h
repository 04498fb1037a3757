#pragma once

#include <QPalette>
#include <QString>

class QWidget;

namespace pmm::uitest {

// Where screenshot tests write their pictures: PMM_UI_SCREENSHOT_DIR, else a temporary folder.
QString shotFolder();
// Grabs `widget` to `name` in shotFolder(); the grab must succeed and not be tiny.
void save(QWidget& widget, const QString& name);
// A dark palette for the Fusion style, to look at the UI as a dark-mode user would.
QPalette darkPalette();

}  // namespace pmm::uitest
