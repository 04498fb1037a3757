#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <QTextStream>

#include <functional>
#include <stdexcept>
#include <vector>

namespace pmm::cli {

// A mistake in how the command was called: exit code 2.
class UsageError : public std::runtime_error {
public:
    explicit UsageError(const QString& message) : std::runtime_error(message.toStdString()) {}
};

// Any other failure with a message for the user: exit code 1.
class CommandError : public std::runtime_error {
public:
    explicit CommandError(const QString& message) : std::runtime_error(message.toStdString()) {}
};

struct CommandContext {
    const QCommandLineParser& parser;
    QTextStream& out;
};

struct Command {
    QString name;
    QString synopsis;     // e.g. "init --workspace FILE"
    QString description;  // one paragraph for --help
    QList<QCommandLineOption> options;
    QString positionalName;                    // empty when the command takes none
    std::function<void(CommandContext&)> run;  // throws UsageError / CommandError / WorkspaceError
};

// The option every workspace command takes.
QCommandLineOption workspaceOption();
// The value of a required option, or a UsageError naming it.
QString requiredValue(const QCommandLineParser& parser, const QString& option);

// Command groups, each defined in its own file.
std::vector<Command> workspaceCommands();
std::vector<Command> reportCommands();
std::vector<Command> interchangeCommands();

}  // namespace pmm::cli
