#pragma once

#include <QString>

#include <optional>

class QApplication;

namespace pmm::ui {

// The GUI from start to finish: shows the main window, opens `workspacePath` (an empty
// string counts as none; then the last workspace, else the default one, created on first
// start) and runs the event loop. Returns the exit code for main().
//
// Hidden helper for screenshots: when PMM_SCREENSHOT=file.png is set, the window grabs
// itself to that file shortly after showing and the app quits.
int runGui(QApplication& app, std::optional<QString> workspacePath);

}  // namespace pmm::ui
