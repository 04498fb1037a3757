// The real binary starts its window (offscreen), opens the workspace it was given, shows
// the catalog and exits cleanly: PMM_SCREENSHOT makes it grab itself and quit.
#include <gtest/gtest.h>

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

#include "cli_support.h"

namespace {

using pmm::test::runWorkbench;

// Width of a PNG from its IHDR chunk; 0 when the bytes are not a PNG.
int pngWidth(const QByteArray& bytes) {
    if (bytes.size() < 24 || !bytes.startsWith("\x89PNG\r\n\x1a\n")) {
        return 0;
    }
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.constData()) + 16;
    return (p[0] << 24) | (p[1] << 16) | (p[2] << 8) | p[3];
}

TEST(GuiSmoke, RealBinaryOpensAWorkspaceAndShowsItsWindow) {
    QTemporaryDir home;
    const QString workspace = home.filePath(QStringLiteral("team.pmmw"));
    ASSERT_EQ(
        runWorkbench({QStringLiteral("demo"), QStringLiteral("--workspace"), workspace}).exitCode,
        0);
    const QString shot = home.filePath(QStringLiteral("window.png"));
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("PMM_SCREENSHOT"), shot);
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    const auto result =
        runWorkbench({QStringLiteral("--workspace"), workspace}, 60000, environment);
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_GE(pngWidth(pmm::test::fileBytes(shot.toStdString())), 400) << result.err.toStdString();
    // The window remembered the workspace it opened.
    EXPECT_FALSE(QDir(home.filePath(QStringLiteral("config"))).isEmpty());
}

TEST(GuiSmoke, FirstStartCreatesTheDefaultWorkspace) {
    QTemporaryDir home;
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("PMM_SCREENSHOT"), home.filePath(QStringLiteral("s.png")));
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    const auto result = runWorkbench({}, 60000, environment);
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(QFileInfo::exists(
        home.filePath(QStringLiteral("data/PMM Workbench/pmm-workbench/workspace.pmmw"))));
}

}  // namespace
