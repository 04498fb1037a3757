// pmm-workbench: the command line and the GUI start-up, nothing else.
#include <QApplication>
#include <QGuiApplication>
#include <QStringList>
#include <QTextStream>

#include <cstdio>

#include "app/run_gui.h"
#include "cli/command_line.h"

namespace {

QStringList rawArguments(int argc, char** argv) {
    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        arguments << QString::fromLocal8Bit(argv[i]);
    }
    return arguments;
}

}  // namespace

int main(int argc, char** argv) {
    QCoreApplication::setOrganizationName(QStringLiteral("PMM Workbench"));
    QCoreApplication::setApplicationName(QStringLiteral("pmm-workbench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PMM_VERSION));

    const QStringList arguments = rawArguments(argc, argv);
    if (pmm::cli::isCommandLineInvocation(arguments)) {
        // Subcommands never open a window and must run without a display.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
        pmm::cli::quietQtDiagnostics();
        QGuiApplication app(argc, argv);
        QTextStream out(stdout);
        QTextStream err(stderr);
        return pmm::cli::run(arguments, out, err);
    }
    QApplication app(argc, argv);
    return pmm::ui::runGui(app, pmm::cli::guiWorkspaceArgument(arguments));
}
