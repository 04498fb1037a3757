#include "cli/command_line.h"

#include <QCoreApplication>

#include <algorithm>

#include "cli/command.h"
#include "cli/commands_deals.h"
#include "storage/workspace_error.h"

namespace pmm::cli {

namespace {

const QString kProgram = QStringLiteral("pmm-workbench");

std::vector<Command> allCommands() {
    std::vector<Command> commands = workspaceCommands();
    std::ranges::move(reportCommands(), std::back_inserter(commands));
    std::ranges::move(interchangeCommands(), std::back_inserter(commands));
    std::ranges::move(dealCommands(), std::back_inserter(commands));
    return commands;
}

const Command* findCommand(const std::vector<Command>& commands, const QString& name) {
    const auto found = std::find_if(commands.begin(), commands.end(),
                                    [&](const Command& command) { return command.name == name; });
    return found == commands.end() ? nullptr : &*found;
}

void printOverview(QTextStream& out, const std::vector<Command>& commands) {
    out << "PMM Workbench " << PMM_VERSION
        << ": product marketing frameworks as systems a team can run.\n\n"
        << "Usage:\n"
        << "  " << kProgram << " [--workspace FILE]      open the workbench window\n";
    for (const Command& command : commands) {
        out << "  " << kProgram << " " << command.synopsis << "\n";
    }
    out << "\nEvery command works without a display and never opens a window.\n"
        << "Exit status: 0 on success, 2 on a usage error, 1 on any other error (with one line "
           "on standard error).\n"
        << "Nothing is written when a command fails.\n"
        << "Run '" << kProgram << " COMMAND --help' for the details of one command.\n";
}

void printCommandHelp(QTextStream& out, const Command& command) {
    out << "Usage: " << kProgram << " " << command.synopsis << "\n\n"
        << command.description << "\n";
    if (!command.options.isEmpty()) {
        out << "\nOptions:\n";
        for (const QCommandLineOption& option : command.options) {
            QString names = QStringLiteral("--") + option.names().join(QStringLiteral(", --"));
            if (!option.valueName().isEmpty()) {
                names += QLatin1Char(' ') + option.valueName();
            }
            out << "  " << names.leftJustified(26) << " " << option.description() << "\n";
        }
    }
}

bool wantsHelp(const QStringList& arguments) {
    return arguments.contains(QStringLiteral("--help")) || arguments.contains(QStringLiteral("-h"));
}

}  // namespace

QCommandLineOption workspaceOption() {
    return QCommandLineOption(QStringLiteral("workspace"),
                              QStringLiteral("The workspace file (.pmmw)."),
                              QStringLiteral("FILE"));
}

QString requiredValue(const QCommandLineParser& parser, const QString& option) {
    const QString value = parser.value(option);
    if (value.isEmpty()) {
        throw UsageError(QStringLiteral("--%1 is required").arg(option));
    }
    return value;
}

void quietQtDiagnostics() {
    if (qEnvironmentVariableIsSet("PMM_DEBUG")) {
        return;
    }
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext&, const QString& message) {
        if (type == QtFatalMsg || type == QtCriticalMsg) {
            QTextStream(stderr) << kProgram << ": " << message << "\n";
        }
    });
}

bool isCommandLineInvocation(const QStringList& arguments) {
    if (arguments.size() <= 1) {
        return false;
    }
    const QString first = arguments.at(1);
    if (arguments.size() == 3 && first == QStringLiteral("--workspace")) {
        return false;
    }
    if (arguments.size() == 2 && first.startsWith(QStringLiteral("--workspace="))) {
        return false;
    }
    return true;
}

QString guiWorkspaceArgument(const QStringList& arguments) {
    if (arguments.size() == 3 && arguments.at(1) == QStringLiteral("--workspace")) {
        return arguments.at(2);
    }
    if (arguments.size() == 2 && arguments.at(1).startsWith(QStringLiteral("--workspace="))) {
        return arguments.at(1).mid(QStringLiteral("--workspace=").size());
    }
    return {};
}

int run(const QStringList& arguments, QTextStream& out, QTextStream& err) {
    const std::vector<Command> commands = allCommands();
    const QString first = arguments.value(1);
    auto usage = [&](const QString& message, const QString& command) {
        err << kProgram << (command.isEmpty() ? QString() : QLatin1Char(' ') + command) << ": "
            << message << " (see '" << kProgram
            << (command.isEmpty() ? QString() : QLatin1Char(' ') + command) << " --help')\n";
        return kExitUsage;
    };
    if (first == QStringLiteral("--help") || first == QStringLiteral("-h") ||
        first == QStringLiteral("help")) {
        printOverview(out, commands);
        return kExitSuccess;
    }
    if (first == QStringLiteral("--version") || first == QStringLiteral("-v")) {
        out << kProgram << " " << PMM_VERSION << "\n";
        return kExitSuccess;
    }
    const Command* command = findCommand(commands, first);
    if (command == nullptr) {
        return usage(first.startsWith(QLatin1Char('-'))
                         ? QStringLiteral("unknown option '%1'").arg(first)
                         : QStringLiteral("unknown command '%1'").arg(first),
                     QString());
    }
    const QStringList rest = arguments.mid(2);
    if (wantsHelp(rest)) {
        printCommandHelp(out, *command);
        return kExitSuccess;
    }
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions(command->options);
    if (!command->positionalName.isEmpty()) {
        parser.addPositionalArgument(command->positionalName, QString());
    }
    if (!parser.parse(QStringList{kProgram} + rest)) {
        QString problem = parser.errorText();
        if (problem.endsWith(QLatin1Char('.'))) {
            problem.chop(1);
        }
        return usage(problem.at(0).toLower() + problem.mid(1), command->name);
    }
    const int allowed = command->positionalName.isEmpty() ? 0 : 1;
    if (parser.positionalArguments().size() > allowed) {
        return usage(QStringLiteral("unexpected argument '%1'")
                         .arg(parser.positionalArguments().at(allowed)),
                     command->name);
    }
    try {
        CommandContext context{parser, out};
        command->run(context);
        out.flush();
        return kExitSuccess;
    } catch (const UsageError& error) {
        out.flush();
        return usage(QString::fromStdString(error.what()), command->name);
    } catch (const std::exception& error) {
        out.flush();
        // One line: collapse any newline a message may hold.
        QString message = QString::fromStdString(error.what()).simplified();
        err << kProgram << " " << command->name << ": " << message << "\n";
        return kExitFailure;
    }
}

}  // namespace pmm::cli
