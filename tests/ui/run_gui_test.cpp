// runGui() from start to exit, as main() calls it: window, workspace, event loop.
#include <gtest/gtest.h>

#include <QApplication>
#include <QFileInfo>
#include <QImage>

#include "app/recent_workspaces.h"
#include "app/run_gui.h"
#include "ui_test_support.h"

namespace pmm::ui {
namespace {

TEST(RunGui, OpensTheWorkspaceShowsTheWindowAndExits) {
    uitest::TempFolder folder;
    const QString workspace = folder.demoWorkspace();
    const QString shot = folder.path(QStringLiteral("shot.png"));
    qputenv("PMM_SCREENSHOT", shot.toLocal8Bit());
    const int code = runGui(*qApp, workspace);
    qunsetenv("PMM_SCREENSHOT");
    EXPECT_EQ(code, 0);
    const QImage image(shot);
    ASSERT_FALSE(image.isNull());
    EXPECT_GT(image.width(), 400);
    EXPECT_EQ(RecentWorkspaces().paths().value(0), QFileInfo(workspace).absoluteFilePath());
}

}  // namespace
}  // namespace pmm::ui
