// Subcommands that move a whole workspace in and out as JSON (core/interchange/format.h).
#include <csignal>
#include <filesystem>

#include "cli/command.h"
#include "interchange/exporter.h"
#include "interchange/workspace_importer.h"
#include "storage/workspace.h"

namespace pmm::cli {

namespace {

namespace fs = std::filesystem;
using storage::OpenMode;
using storage::OpenOptions;
using storage::Workspace;

QString shown(const fs::path& path) {
    return QString::fromStdString(path.string());
}

// Under a file size limit (ulimit -f) a write past it would kill the process with SIGXFSZ;
// ignored, the write fails with EFBIG and the command reports it and changes nothing.
void reportFileSizeLimitAsAnError() {
    std::signal(SIGXFSZ, SIG_IGN);
}

void runExport(CommandContext& context) {
    reportFileSizeLimitAsAnError();
    const fs::path path(requiredValue(context.parser, QStringLiteral("workspace")).toStdString());
    const fs::path output(requiredValue(context.parser, QStringLiteral("output")).toStdString());
    std::error_code error;
    if (fs::equivalent(path, output, error)) {
        throw UsageError(QStringLiteral("--output must not be the workspace itself"));
    }
    OpenOptions options;
    options.mode = OpenMode::ReadOnly;
    auto workspace = Workspace::open(path, options);
    const interchange::ExportSummary summary = interchange::exportWorkspace(*workspace, output);
    QStringList counts;
    for (const auto& [entity, count] : summary.counts) {
        counts << QStringLiteral("%1 %2").arg(count).arg(QString::fromStdString(entity));
    }
    context.out << "Exported " << shown(path) << " to " << shown(output) << " (" << summary.bytes
                << " bytes): " << counts.join(QStringLiteral(", ")) << ".\n";
}

void runImport(CommandContext& context) {
    reportFileSizeLimitAsAnError();
    const fs::path path(requiredValue(context.parser, QStringLiteral("workspace")).toStdString());
    const QStringList positional = context.parser.positionalArguments();
    if (positional.isEmpty() || positional.first().isEmpty()) {
        throw UsageError(QStringLiteral("the JSON file to import is required"));
    }
    const fs::path file(positional.first().toStdString());
    interchange::ImportOptions importOptions;
    importOptions.dryRun = context.parser.isSet(QStringLiteral("dry-run"));

    // A dry run only looks, so it works beside another window that has the workspace open.
    OpenOptions options;
    options.mode = importOptions.dryRun ? OpenMode::ReadOnly : OpenMode::ReadWrite;
    auto workspace = Workspace::open(path, options);
    const interchange::ImportReport report =
        interchange::importWorkspaceFile(*workspace, file, importOptions);

    if (!report.valid()) {
        context.out << "Problems in " << shown(file) << ":\n";
        for (const std::string& line : report.problems.lines()) {
            context.out << "  " << QString::fromStdString(line) << "\n";
        }
        throw CommandError(
            QStringLiteral("%1 was not imported: %2.%3 The workspace was not changed.")
                .arg(shown(file), QString::fromStdString(report.problemSummary()),
                     report.problems.total() > 1
                         ? QStringLiteral(" All are listed on standard output.")
                         : QString()));
    }
    if (importOptions.dryRun) {
        context.out << "Dry run, nothing was written. Importing " << shown(file) << " into "
                    << shown(path) << " would change " << report.changedRecords() << " records:\n";
    } else {
        context.out << "Imported " << shown(file) << " into " << shown(path) << " in one step ("
                    << report.changedRecords() << " records changed):\n";
    }
    for (const std::string& line : report.countLines()) {
        context.out << "  " << QString::fromStdString(line) << "\n";
    }
    if (report.replacedDefaultRule) {
        context.out << "The file's tier rule versions "
                    << (importOptions.dryRun ? "would replace" : "replaced")
                    << " the workspace's untouched default rule.\n";
    }
}

}  // namespace

std::vector<Command> interchangeCommands() {
    const QCommandLineOption output(QStringLiteral("output"),
                                    QStringLiteral("The JSON file to write (replaced atomically)."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption dryRun(
        QStringLiteral("dry-run"),
        QStringLiteral("Check the file and report what would change; write nothing."));
    return {
        {QStringLiteral("export"),
         QStringLiteral("export --workspace FILE --output FILE.json"),
         QStringLiteral("Writes the whole workspace as one JSON document (format "
                        "\"pmm-workbench\", version 1; schema in docs/workspace-format.schema."
                        "json): every record by uid, keys in a fixed order, arrays sorted, so "
                        "two exports of the same data are byte-identical and diff well. The "
                        "workspace is only read; the file is replaced atomically, so a failed "
                        "export leaves the previous file as it was."),
         {workspaceOption(), output},
         QString(),
         runExport},
        {QStringLiteral("import"),
         QStringLiteral("import --workspace FILE FILE.json [--dry-run]"),
         QStringLiteral("Merges a JSON export into an existing workspace by uid: new records "
                        "are added, changed ones updated, nothing is removed. Everything is "
                        "checked first (types, required fields, dates, references, duplicate "
                        "uids, the framework rules); any problem is listed by its JSON path and "
                        "nothing is written. Otherwise all changes are saved in one step, and "
                        "the counts per entity are printed. Files above 1 GiB or nested "
                        "deeper than 32 levels are refused. 'pmm-workbench init' makes an empty "
                        "workspace to import into."),
         {workspaceOption(), dryRun},
         QStringLiteral("FILE.json"),
         runImport},
    };
}

}  // namespace pmm::cli
