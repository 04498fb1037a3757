// `report KIND`: printed reports of a workspace as PDF. Each kind names the options it
// takes; `tiers` is the launch tier report (battlecards and skills slot in as further kinds).
#include <QFileInfo>

#include <filesystem>
#include <functional>

#include "cli/command.h"
#include "cli/report_battlecards.h"
#include "cli/report_skills.h"
#include "launches/quarter.h"
#include "reports/report_page_size.h"
#include "reports/tier_report_pdf.h"
#include "storage/tier_report.h"
#include "storage/workspace.h"
#include "storage/workspace_error.h"
#include "util/dates.h"

namespace pmm::cli {

namespace {

namespace fs = std::filesystem;

struct ReportKind {
    QString name;
    QString synopsis;  // the whole usage line after the program name
    QString summary;   // one paragraph for --help
    QStringList options;
    std::function<void(CommandContext&)> run;
};

QString withoutFinalStop(QString sentence) {
    if (sentence.endsWith(QLatin1Char('.'))) {
        sentence.chop(1);
    }
    return sentence;
}

launches::Quarter quarterArgument(const QCommandLineParser& parser) {
    const QString text = requiredValue(parser, QStringLiteral("quarter"));
    try {
        return launches::requireQuarter(text.toStdString());
    } catch (const storage::WorkspaceError& error) {
        throw UsageError(withoutFinalStop(QString::fromStdString(error.what())));
    }
}

QPageSize::PageSizeId pageSizeArgument(const QCommandLineParser& parser) {
    if (!parser.isSet(QStringLiteral("page-size"))) {
        return ui::defaultReportPageSize();
    }
    const QString name = parser.value(QStringLiteral("page-size"));
    const auto size = ui::parseReportPageSize(name);
    if (!size) {
        throw UsageError(QStringLiteral("unknown page size '%1' (use A4 or Letter)").arg(name));
    }
    return *size;
}

// Reports only read: the workspace opens read-only, so a report can run while the app
// has it open and never changes it.
std::unique_ptr<storage::Workspace> openForReport(const fs::path& path) {
    storage::OpenOptions options;
    options.mode = storage::OpenMode::ReadOnly;
    return storage::Workspace::open(path, options);
}

void refuseWorkspaceAsOutput(const fs::path& workspace, const QString& output) {
    std::error_code error;
    if (fs::equivalent(workspace, fs::path(output.toStdString()), error)) {
        throw CommandError(
            QStringLiteral("%1 is the workspace itself; choose another output file").arg(output));
    }
}

void runTierReport(CommandContext& context) {
    const QCommandLineParser& parser = context.parser;
    // Every argument is checked before anything is opened.
    const launches::Quarter quarter = quarterArgument(parser);
    const QString output = requiredValue(parser, QStringLiteral("output"));
    const QPageSize::PageSizeId pageSize = pageSizeArgument(parser);
    const fs::path path(requiredValue(parser, QStringLiteral("workspace")).toStdString());
    refuseWorkspaceAsOutput(path, output);

    auto workspace = openForReport(path);
    const launches::TierReport report = launches::computeTierReport(*workspace, quarter, today());
    if (report.empty()) {
        throw CommandError(ui::emptyTierReportMessage(report));
    }
    const QString workspaceName =
        QFileInfo(QString::fromStdString(path.string())).completeBaseName();
    const ui::TierReportPdfResult result =
        ui::writeTierReportPdf(report, output, {pageSize, workspaceName});
    if (!result.ok) {
        throw CommandError(withoutFinalStop(result.error));
    }
    context.out << "Wrote the tier report of " << QString::fromStdString(report.cover.quarter)
                << " to " << output << ": " << report.cover.launches << " launches, "
                << report.tierOne.size() << " Tier 1, " << result.pages << " pages ("
                << ui::reportPageSizeName(pageSize) << ").\n";
}

// Checks where the report goes before anything is opened, then runs `report` on the
// workspace opened read-only.
void runOnReportWorkspace(
    CommandContext& context,
    const std::function<void(CommandContext&, storage::Workspace&, const ReportOutput&)>& report) {
    const QString output = requiredValue(context.parser, QStringLiteral("output"));
    const QPageSize::PageSizeId pageSize = pageSizeArgument(context.parser);
    const fs::path path(requiredValue(context.parser, QStringLiteral("workspace")).toStdString());
    refuseWorkspaceAsOutput(path, output);
    auto workspace = openForReport(path);
    report(context, *workspace,
           {output, pageSize, QFileInfo(QString::fromStdString(path.string())).completeBaseName()});
}

std::vector<ReportKind> reportKinds() {
    return {
        {QStringLiteral("tiers"),
         QStringLiteral("report tiers --workspace FILE --quarter YYYY-Qn --output FILE.pdf "
                        "[--page-size A4|Letter]"),
         QStringLiteral(
             "tiers: the launch tier report of a quarter: a cover with the totals, the summary "
             "by tier and status with readiness, a table per tier and a section per Tier 1 "
             "launch (outcome, metric, criteria evidence, checklist, override and its reason). "
             "A quarter without launches is an error: nothing is written."),
         {QStringLiteral("workspace"), QStringLiteral("quarter"), QStringLiteral("output"),
          QStringLiteral("page-size")},
         runTierReport},
        {QStringLiteral("skills"),
         QStringLiteral("report skills --workspace FILE [--person NAME] --output FILE.pdf "
                        "[--page-size A4|Letter]"),
         QStringLiteral(
             "skills: without --person the team's skills matrix (landscape): people x "
             "competencies with the level each demonstrated, marked against their level and the "
             "next, a legend and who is ready for promotion. With --person the promotion packet "
             "of that person (portrait): level, next level, ready or not, each competency's "
             "next-level expectation with meets / gap, the gaps to close and the evidence over "
             "time. NAME is matched exactly, ignoring case (or give the person's email); no "
             "match or several are an error. "
             "A workspace without people or competencies is an error: nothing is written."),
         {QStringLiteral("workspace"), QStringLiteral("person"), QStringLiteral("output"),
          QStringLiteral("page-size")},
         [](CommandContext& context) { runOnReportWorkspace(context, runSkillsReport); }},
        {QStringLiteral("battlecards"),
         QStringLiteral("report battlecards --workspace FILE [--competitor NAME] [--segment NAME] "
                        "--output FILE.pdf [--page-size A4|Letter]"),
         QStringLiteral(
             "battlecards: the sales edition of battlecards, each card from a new page: the "
             "angle decision tree and objection handling first, then proof points, landmines, "
             "why we win and lose, the overview and pricing notes; the owner, refresh date and "
             "status at the foot of each page. Internal-only lines are left out. Without "
             "--competitor or --segment every card is printed; with one, that competitor's or "
             "segment's cards; with both, the one card. Names are matched ignoring case; an "
             "unknown name (close names are suggested) or a selection without cards is an "
             "error: nothing is written."),
         {QStringLiteral("workspace"), QStringLiteral("competitor"), QStringLiteral("segment"),
          QStringLiteral("output"), QStringLiteral("page-size")},
         [](CommandContext& context) { runOnReportWorkspace(context, runBattlecardReport); }},
    };
}

QString kindNames(const std::vector<ReportKind>& kinds) {
    QStringList names;
    for (const ReportKind& kind : kinds) {
        names << kind.name;
    }
    return names.join(QStringLiteral(", "));
}

void runReport(CommandContext& context) {
    const std::vector<ReportKind> kinds = reportKinds();
    const QStringList positional = context.parser.positionalArguments();
    if (positional.isEmpty()) {
        throw UsageError(QStringLiteral("which report? (one of: %1)").arg(kindNames(kinds)));
    }
    for (const ReportKind& kind : kinds) {
        if (kind.name != positional.first()) {
            continue;
        }
        for (const QString& option : context.parser.optionNames()) {
            if (!kind.options.contains(option)) {
                throw UsageError(
                    QStringLiteral("--%1 does not apply to 'report %2'").arg(option, kind.name));
            }
        }
        kind.run(context);
        return;
    }
    throw UsageError(QStringLiteral("unknown report '%1' (one of: %2)")
                         .arg(positional.first(), kindNames(kinds)));
}

}  // namespace

std::vector<Command> reportCommands() {
    const std::vector<ReportKind> kinds = reportKinds();
    QStringList synopses;
    QStringList summaries;
    for (const ReportKind& kind : kinds) {
        synopses << kind.synopsis;
        summaries << kind.summary;
    }
    const QString description =
        QStringLiteral(
            "Writes a printed report of a workspace as a PDF. KIND is one of: %1.\n\n%2\n\n"
            "The workspace is opened read-only and never changed. The paper size follows the "
            "locale (LC_PAPER: Letter in the United States, Canada and Mexico, A4 elsewhere) "
            "unless --page-size says otherwise. The PDF is written to a temporary file beside "
            "the output and renamed into place when complete: on any failure no file is written "
            "and an existing file is left as it was.")
            .arg(kindNames(kinds), summaries.join(QStringLiteral("\n\n")));
    return {
        {QStringLiteral("report"),
         synopses.join(QStringLiteral("\n  pmm-workbench ")),
         description,
         {workspaceOption(),
          QCommandLineOption(QStringLiteral("quarter"),
                             QStringLiteral("The quarter, e.g. 2026-Q3 (tiers)."),
                             QStringLiteral("YYYY-Qn")),
          QCommandLineOption(QStringLiteral("person"),
                             QStringLiteral("A person's name, for their promotion packet "
                                            "(skills)."),
                             QStringLiteral("NAME")),
          QCommandLineOption(QStringLiteral("competitor"),
                             QStringLiteral("Only this competitor's cards (battlecards)."),
                             QStringLiteral("NAME")),
          QCommandLineOption(QStringLiteral("segment"),
                             QStringLiteral("Only this segment's cards (battlecards)."),
                             QStringLiteral("NAME")),
          QCommandLineOption(QStringLiteral("output"), QStringLiteral("The PDF file to write."),
                             QStringLiteral("FILE.pdf")),
          QCommandLineOption(QStringLiteral("page-size"),
                             QStringLiteral("A4 or Letter (default: from the locale)."),
                             QStringLiteral("SIZE"))},
         QStringLiteral("KIND"),
         runReport},
    };
}

}  // namespace pmm::cli
