// Subcommands that create, fill and check a workspace.
#include <QFileInfo>

#include <filesystem>
#include <limits>

#include "cli/command.h"
#include "cli/positioning_alerts.h"
#include "demo/demo_data.h"
#include "storage/catalog.h"
#include "storage/migrations.h"
#include "storage/workspace.h"
#include "storage/workspace_error.h"

namespace pmm::cli {

namespace {

namespace fs = std::filesystem;
using storage::OpenMode;
using storage::OpenOptions;
using storage::Workspace;

fs::path workspacePath(const QCommandLineParser& parser) {
    return fs::path(requiredValue(parser, QStringLiteral("workspace")).toStdString());
}

QString shown(const fs::path& path) {
    return QString::fromStdString(path.string());
}

// Removes a workspace this command created when the command then fails.
class CreatedFileGuard {
public:
    explicit CreatedFileGuard(fs::path path) : m_path(std::move(path)) {}
    ~CreatedFileGuard() {
        if (!m_kept) {
            std::error_code error;
            for (const char* suffix : {"", "-wal", "-shm"}) {
                fs::remove(fs::path(m_path.string() + suffix), error);
            }
        }
    }
    void keep() { m_kept = true; }

private:
    fs::path m_path;
    bool m_kept = false;
};

void runInit(CommandContext& context) {
    const fs::path path = workspacePath(context.parser);
    auto workspace = Workspace::create(path);
    context.out << "Created an empty workspace at " << shown(path) << " (schema version "
                << workspace->schemaVersion() << ").\n";
}

std::uint64_t parseSeed(const QCommandLineParser& parser) {
    if (!parser.isSet(QStringLiteral("seed"))) {
        return 1;
    }
    bool ok = false;
    const qulonglong seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok) {
        throw UsageError(QStringLiteral("--seed must be a whole number from 0 to %1, not '%2'")
                             .arg(std::numeric_limits<qulonglong>::max())
                             .arg(parser.value(QStringLiteral("seed"))));
    }
    return seed;
}

void runDemo(CommandContext& context) {
    const fs::path path = workspacePath(context.parser);
    const QString sizeWord = context.parser.isSet(QStringLiteral("size"))
                                 ? context.parser.value(QStringLiteral("size"))
                                 : QStringLiteral("small");
    const auto size = demo::parseDemoSize(sizeWord.toStdString());
    if (!size) {
        throw UsageError(
            QStringLiteral("unknown size '%1' (use small, medium or large)").arg(sizeWord));
    }
    const std::uint64_t seed = parseSeed(context.parser);

    std::error_code error;
    const bool existed = fs::exists(path, error);
    CreatedFileGuard guard(path);
    if (existed) {
        guard.keep();
    }
    auto workspace = existed ? Workspace::open(path) : Workspace::create(path);
    if (existed && !demo::isEmptyWorkspace(*workspace)) {
        throw CommandError(QStringLiteral("%1 already holds data; demo data goes into a new or "
                                          "empty workspace")
                               .arg(shown(path)));
    }
    demo::fillDemoData(*workspace, *size, seed);
    guard.keep();
    const demo::DemoCounts counts = demo::demoCounts(*size);
    context.out << (existed ? "Filled " : "Created ") << shown(path) << " with " << sizeWord
                << " demo data (seed " << seed << "): " << counts.people << " people, "
                << counts.products << " products, " << counts.segments << " segments, "
                << counts.competitors << " competitors, " << counts.launches << " launches, "
                << counts.battlecards << " battlecards, a year of skills assessments and "
                << counts.deals << " win/loss records.\n";
}

void runCheck(CommandContext& context) {
    const fs::path path = workspacePath(context.parser);
    OpenOptions options;
    options.mode = OpenMode::ReadOnly;
    options.failIfInUse = true;
    options.allowOlderSchema = true;
    auto workspace = Workspace::open(path, options);
    const auto problems = workspace->integrityProblems();
    if (!problems.empty()) {
        throw CommandError(
            QStringLiteral("%1 is damaged: %2 integrity problem%3, the first: %4. Restore it "
                           "from a backup in %5")
                .arg(shown(path))
                .arg(problems.size())
                .arg(problems.size() == 1 ? QString() : QStringLiteral("s"))
                .arg(QString::fromStdString(problems.front()))
                .arg(shown(storage::backupFolderFor(path))));
    }
    const int version = workspace->schemaVersion();
    context.out << "Workspace " << shown(path) << ": PMM Workbench workspace, schema version "
                << version << ", integrity ok.\n";
    if (version < storage::latestSchemaVersion()) {
        context.out << "It uses an older schema; this version upgrades it to "
                    << storage::latestSchemaVersion()
                    << " (after a backup) the first time it opens it for writing.\n";
        return;  // framework alerts need the current schema
    }
    if (printPositioningAlerts(context.out, *workspace, today()) == 0) {
        context.out << "No framework alerts.\n";
    }
}

}  // namespace

std::vector<Command> workspaceCommands() {
    const QCommandLineOption size(QStringLiteral("size"),
                                  QStringLiteral("small, medium or large (default small)."),
                                  QStringLiteral("SIZE"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  QStringLiteral("Random seed; the same seed gives the same data "
                                                 "(default 1)."),
                                  QStringLiteral("N"));
    return {
        {QStringLiteral("init"),
         QStringLiteral("init --workspace FILE"),
         QStringLiteral("Creates a new, empty workspace. Refuses to overwrite an existing file."),
         {workspaceOption()},
         QString(),
         runInit},
        {QStringLiteral("demo"),
         QStringLiteral("demo --workspace FILE [--size small|medium|large] [--seed N]"),
         QStringLiteral("Creates a workspace filled with realistic demo data (or fills an empty "
                        "one). The same seed always gives the same data. 'large' is sized for "
                        "performance work."),
         {workspaceOption(), size, seed},
         QString(),
         runDemo},
        {QStringLiteral("check"),
         QStringLiteral("check --workspace FILE"),
         QStringLiteral("Checks a workspace without changing it: that it is a PMM Workbench "
                        "workspace this version can read, not in use by another process, and "
                        "intact (SQLite integrity and references); then lists framework alerts: "
                        "every open positioning trigger as of today, one line each with its "
                        "evidence. Open alerts are findings, not errors: the exit status is 0 "
                        "when the workspace is intact (alerts or not), 1 with one line on "
                        "standard error when anything is wrong with it, 2 on a usage error."),
         {workspaceOption()},
         QString(),
         runCheck},
    };
}

}  // namespace pmm::cli
