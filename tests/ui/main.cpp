// The UI tests' main(): an offscreen QApplication whose settings, app data and config live
// in a temporary folder, so no test reads or writes the user's real ones.
#include <gtest/gtest.h>

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#include "common/english_plurals.h"

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QTemporaryDir home;
    if (!home.isValid()) {
        return 1;
    }
    for (const char* variable : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"}) {
        qputenv(variable, home.filePath(QString::fromLatin1(variable)).toLocal8Bit());
    }
    qputenv("XDG_RUNTIME_DIR", home.filePath(QStringLiteral("runtime")).toLocal8Bit());
    QFile::setPermissions(home.path(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    QCoreApplication::setOrganizationName(QStringLiteral("PMM Workbench"));
    QCoreApplication::setApplicationName(QStringLiteral("pmm-workbench-tests"));
    QApplication app(argc, argv);
    pmm::ui::installEnglishPlurals();
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                       home.filePath(QStringLiteral("settings")));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
