#pragma once

#include <QStringList>
#include <QTextStream>

namespace pmm::cli {

// Exit codes of every subcommand (PRODUCT §9).
inline constexpr int kExitSuccess = 0;
inline constexpr int kExitFailure = 1;
inline constexpr int kExitUsage = 2;

// True when the raw arguments ask for a subcommand (or --help/--version, or something the
// GUI does not understand) rather than the window: anything but nothing or --workspace FILE.
bool isCommandLineInvocation(const QStringList& arguments);

// The workspace the GUI was asked to open, from "--workspace FILE" / "--workspace=FILE".
QString guiWorkspaceArgument(const QStringList& arguments);

// Keeps Qt's own diagnostics (platform plugin notes, QStandardPaths warnings) off standard
// error, so a failing command prints exactly one line. PMM_DEBUG=1 lets them through.
void quietQtDiagnostics();

// Runs a subcommand. `arguments` includes the program name first. Output goes to `out`,
// problems to `err` as one line. Returns the exit code.
int run(const QStringList& arguments, QTextStream& out, QTextStream& err);

}  // namespace pmm::cli
