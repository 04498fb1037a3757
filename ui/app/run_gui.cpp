#include "app/run_gui.h"

#include <QApplication>
#include <QTimer>

#include <cstdio>

#include "app/main_window.h"
#include "app/workspace_session.h"
#include "common/english_plurals.h"
#include "common/themed_icon.h"
#include "common/user_feedback.h"

namespace pmm::ui {

namespace {

// PMM_SCREENSHOT: grab the window once it has painted, save it, quit.
void scheduleScreenshot(QApplication& app, MainWindow& window) {
    const QString path = qEnvironmentVariable("PMM_SCREENSHOT");
    if (path.isEmpty()) {
        return;
    }
    QTimer::singleShot(500, &window, [&app, &window, path] {
        if (!window.grab().save(path)) {
            std::fprintf(stderr, "PMM_SCREENSHOT: cannot write %s\n", qPrintable(path));
        }
        app.quit();
    });
}

}  // namespace

int runGui(QApplication& app, std::optional<QString> workspacePath) {
    QApplication::setWindowIcon(applicationIcon());
    installEnglishPlurals();
    QGuiApplication::setDesktopFileName(QStringLiteral("pmm-workbench"));

    WorkspaceSession session;
    MessageBoxFeedback feedback;
    MainWindow window(session, feedback);
    window.restoreWindowSettings();
    window.show();
    window.openAtStartup(workspacePath);
    scheduleScreenshot(app, window);
    const int code = app.exec();
    window.saveWindowSettings();
    return code;
}

}  // namespace pmm::ui
