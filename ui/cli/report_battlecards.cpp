#include "cli/report_battlecards.h"

#include "reports/battlecard_report_pdf.h"
#include "reports/report_page_size.h"
#include "storage/battlecard_report.h"
#include "util/dates.h"

namespace pmm::cli {

namespace {

// The name given with --`option`, empty when the option is not given.
std::string nameArgument(const QCommandLineParser& parser, const QString& option) {
    if (!parser.isSet(option)) {
        return {};
    }
    const QString name = parser.value(option).trimmed();
    if (name.isEmpty()) {
        throw UsageError(QStringLiteral("--%1 needs a name").arg(option));
    }
    return name.toStdString();
}

}  // namespace

void runBattlecardReport(CommandContext& context, storage::Workspace& workspace,
                         const ReportOutput& output) {
    const battlecards::CardSelection selection{
        nameArgument(context.parser, QStringLiteral("competitor")),
        nameArgument(context.parser, QStringLiteral("segment"))};
    const battlecards::SalesBattlecards report =
        battlecards::salesBattlecards(workspace, selection, today());
    if (!report.problem.empty()) {
        throw CommandError(QString::fromStdString(report.problem));
    }
    const ui::ReportPdfFileResult result =
        ui::writeBattlecardsPdf(report, output.path, output.pageSize);
    if (!result.ok) {
        // One line without a final stop, like every other command error.
        throw CommandError(result.error.chopped(result.error.endsWith(QLatin1Char('.')) ? 1 : 0));
    }
    const auto cards = static_cast<long long>(report.cards.size());
    context.out << "Wrote " << QString::fromStdString(report.title) << " to " << output.path << ": "
                << cards << (cards == 1 ? " card, " : " cards, ") << result.pages
                << (result.pages == 1 ? " page (" : " pages (")
                << ui::reportPageSizeName(output.pageSize) << ").\n";
}

}  // namespace pmm::cli
