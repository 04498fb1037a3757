// import-deals: win/loss records from a CRM's weekly CSV export, all or nothing.
#include "cli/commands_deals.h"

#include <filesystem>

#include "positioning/deal_columns.h"
#include "storage/deal_csv_import.h"
#include "storage/deal_store.h"
#include "storage/workspace.h"

namespace pmm::cli {

namespace {

namespace fs = std::filesystem;
using positioning::DealField;
using positioning::DealImportPlan;
using storage::OpenMode;
using storage::OpenOptions;
using storage::Workspace;

constexpr std::size_t kProblemsShown = 50;

QString shown(const fs::path& path) {
    return QString::fromStdString(path.string());
}

QString text(const std::string& value) {
    return QString::fromStdString(value);
}

QString separatorName(char separator) {
    return separator == ';' ? QStringLiteral("';'") : QStringLiteral("','");
}

// "Close date <- \"Close Date\", Outcome <- \"Stage\", ..." for every mapped field.
QString mappingLine(const DealImportPlan& plan) {
    QStringList parts;
    for (std::size_t index = 0; index < positioning::kDealFieldCount; ++index) {
        const auto field = static_cast<DealField>(index);
        if (const auto column = plan.mapping.column(field)) {
            parts << QStringLiteral("%1 <- \"%2\"")
                         .arg(text(std::string(positioning::dealFieldLabel(field))),
                              text(plan.header.at(*column)));
        }
    }
    return parts.join(QStringLiteral(", "));
}

int problemCount(const DealImportPlan& plan) {
    return static_cast<int>(plan.fileProblems.size() + plan.rowProblems.size());
}

// Rows with at least one problem (a row may have several); problems come in line order.
int badRowCount(const DealImportPlan& plan) {
    int rows = 0;
    int lastLine = 0;
    for (const positioning::DealRowProblem& problem : plan.rowProblems) {
        rows += problem.line != lastLine ? 1 : 0;
        lastLine = problem.line;
    }
    return rows;
}

// "1 competitor", "2 competitors"
QString counted(long long count, const QString& word) {
    return QStringLiteral("%1 %2%3").arg(count).arg(word,
                                                    count == 1 ? QString() : QStringLiteral("s"));
}

void printProblems(QTextStream& out, const fs::path& file, const DealImportPlan& plan) {
    out << "Problems in " << shown(file) << ":\n";
    for (const std::string& problem : plan.fileProblems) {
        out << "  " << text(problem) << "\n";
    }
    for (std::size_t n = 0; n < plan.rowProblems.size() && n < kProblemsShown; ++n) {
        out << "  line " << plan.rowProblems[n].line << ": " << text(plan.rowProblems[n].message)
            << "\n";
    }
    if (plan.rowProblems.size() > kProblemsShown) {
        out << "  ... and " << plan.rowProblems.size() - kProblemsShown << " more problems\n";
    }
    if (!plan.unknownCompetitors.empty()) {
        out << "Competitors not in the workspace: " << text(plan.unknownCompetitors.front())
            << (plan.unknownCompetitors.size() > 1
                    ? QStringLiteral(" and %1 more").arg(plan.unknownCompetitors.size() - 1)
                    : QString())
            << ". Add them first, or import with --create-competitors.\n";
    }
}

QString namesLine(const std::vector<std::string>& names) {
    QStringList list;
    for (const std::string& name : names) {
        list << text(name);
    }
    return list.join(QStringLiteral(", "));
}

void runImportDeals(CommandContext& context) {
    const fs::path path(requiredValue(context.parser, QStringLiteral("workspace")).toStdString());
    const QStringList positional = context.parser.positionalArguments();
    if (positional.isEmpty() || positional.first().isEmpty()) {
        throw UsageError(QStringLiteral("the CSV file to import is required"));
    }
    const fs::path file(positional.first().toStdString());
    std::vector<std::string> choices;
    for (const QString& choice : context.parser.values(QStringLiteral("map"))) {
        choices.push_back(choice.toStdString());
    }
    positioning::DealImportOptions importOptions;
    importOptions.createCompetitors = context.parser.isSet(QStringLiteral("create-competitors"));
    const bool dryRun = context.parser.isSet(QStringLiteral("dry-run"));

    const std::string csv = storage::readDealCsvFile(file);
    OpenOptions options;
    options.mode = dryRun ? OpenMode::ReadOnly : OpenMode::ReadWrite;
    auto workspace = Workspace::open(path, options);
    const DealImportPlan plan = storage::planDealCsvImport(*workspace, csv, choices, importOptions);

    context.out << "Read " << plan.rows << " rows from " << shown(file) << " (separator "
                << separatorName(plan.separator) << "). Columns: " << mappingLine(plan) << ".\n";
    if (!plan.valid()) {
        printProblems(context.out, file, plan);
        throw CommandError(
            QStringLiteral("%1 was not imported: %2 (%3). The workspace was not changed.")
                .arg(shown(file), counted(problemCount(plan), QStringLiteral("problem")),
                     counted(badRowCount(plan), QStringLiteral("bad row"))));
    }
    if (dryRun) {
        context.out << "Dry run, nothing was written. All " << plan.deals.size()
                    << " rows are valid";
        if (!plan.newCompetitors.empty()) {
            context.out << "; "
                        << counted(static_cast<long long>(plan.newCompetitors.size()),
                                   QStringLiteral("new competitor"))
                        << " would be created: " << namesLine(plan.newCompetitors);
        }
        context.out << ".\n";
        return;
    }
    const storage::DealImportCounts counts = storage::DealStore(*workspace).import(plan);
    context.out << "Imported " << shown(file) << " into " << shown(path)
                << " in one step: " << counts.added << " deals added, " << counts.updated
                << " updated, " << counts.unchanged << " unchanged";
    if (counts.competitorsCreated > 0) {
        context.out << "; " << counted(counts.competitorsCreated, QStringLiteral("competitor"))
                    << " created: " << namesLine(plan.newCompetitors);
    }
    context.out << ".\n";
}

}  // namespace

std::vector<Command> dealCommands() {
    const QCommandLineOption map(
        QStringLiteral("map"),
        QStringLiteral("Which column fills a field, e.g. --map date=\"Close Date\" (repeat it). "
                       "Fields: deal_id, name, date, outcome, competitor, segment, product, "
                       "arr, reason, angle, notes."),
        QStringLiteral("field=Header"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    QStringLiteral("Check every row and report; write nothing."));
    const QCommandLineOption createCompetitors(
        QStringLiteral("create-competitors"),
        QStringLiteral("Add competitors the workspace does not know yet (first seen on their "
                       "earliest deal) instead of refusing their rows."));
    return {
        {QStringLiteral("import-deals"),
         QStringLiteral("import-deals --workspace FILE FILE.csv [--map field=Header ...] "
                        "[--dry-run] [--create-competitors]"),
         QStringLiteral(
             "Imports win/loss records from a CRM's CSV export (',' or ';' separated, quoted "
             "fields, UTF-8 with or without a byte order mark). Columns are guessed from common "
             "CRM headers (Opportunity ID, Opportunity Name, Close Date, Stage, Amount, "
             "Competitor, Loss Reason, Segment, ...); --map names any the guess misses. Needs a "
             "close date (YYYY-MM-DD), an outcome (won, lost, no decision; 'Closed Won' works) "
             "and a deal id or name per row. Every row is checked first; bad rows are listed "
             "with their line numbers (the first 50, then a count) and nothing is written. "
             "Otherwise all rows are saved in one step. Importing the same export again adds "
             "nothing: a deal is matched by its id, or by its date, name and competitor, and "
             "updated when it changed."),
         {workspaceOption(), map, dryRun, createCompetitors},
         QStringLiteral("FILE.csv"),
         runImportDeals},
    };
}

}  // namespace pmm::cli
