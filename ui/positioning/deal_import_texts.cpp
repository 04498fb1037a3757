#include "positioning/deal_import_texts.h"

#include <QCoreApplication>
#include <QStringList>

#include "launches/launch_texts.h"
#include "storage/deal_store.h"

namespace pmm::ui {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("pmm::ui::DealImportDialog", text);
}

// Rows with at least one problem; problems come in line order.
int badRows(const positioning::DealImportPlan& plan) {
    int rows = 0;
    int lastLine = 0;
    for (const positioning::DealRowProblem& problem : plan.rowProblems) {
        rows += problem.line != lastLine ? 1 : 0;
        lastLine = problem.line;
    }
    return rows;
}

}  // namespace

QString countedText(long long count, const QString& singular, const QString& plural) {
    return QStringLiteral("%1 %2").arg(QString::number(count), count == 1 ? singular : plural);
}

QString separatorText(char separator) {
    return separator == ';' ? tr("';' (semicolon)") : tr("',' (comma)");
}

QString fileFactsText(const positioning::DealImportPlan& plan, const QString& fileName) {
    if (!plan.fileProblems.empty() && plan.rows == 0) {
        return tr("%1: separated by %2.").arg(fileName, separatorText(plan.separator));
    }
    return tr("%1: %2, separated by %3.")
        .arg(fileName, countedText(plan.rows, tr("data row"), tr("data rows")),
             separatorText(plan.separator));
}

QString problemCountText(const positioning::DealImportPlan& plan) {
    QStringList parts;
    if (!plan.fileProblems.empty()) {
        parts << countedText(static_cast<long long>(plan.fileProblems.size()),
                             tr("problem with the file or its columns"),
                             tr("problems with the file or its columns"));
    }
    if (!plan.rowProblems.empty()) {
        parts << tr("%1 in %2")
                     .arg(countedText(static_cast<long long>(plan.rowProblems.size()),
                                      tr("problem"), tr("problems")),
                          countedText(badRows(plan), tr("row"), tr("rows")));
    }
    return tr("%1. Nothing is imported until every row is valid: fix the file, or choose "
              "other columns.")
        .arg(parts.join(tr(" and ")));
}

QString createCompetitorsText(int count) {
    return count == 1
               ? tr("Create this competitor in the workspace")
               : tr("Create these %1 competitors in the workspace").arg(QString::number(count));
}

QString namesText(const std::vector<std::string>& names) {
    QStringList list;
    for (const std::string& name : names) {
        list << toQString(name);
    }
    return list.join(QStringLiteral(", "));
}

QString planStatusText(const positioning::DealImportPlan& plan) {
    if (!plan.valid()) {
        return tr("Not ready: the workspace will not be changed until every problem is fixed.");
    }
    if (plan.deals.empty()) {
        return tr("The file has no rows to import.");
    }
    QString text = tr("Ready to import %1 in one step")
                       .arg(countedText(static_cast<long long>(plan.deals.size()), tr("record"),
                                        tr("records")));
    if (!plan.newCompetitors.empty()) {
        text += tr(", creating %1")
                    .arg(countedText(static_cast<long long>(plan.newCompetitors.size()),
                                     tr("competitor"), tr("competitors")));
    }
    return text + tr(". A deal already in the workspace (same deal id, or the same date, name "
                     "and competitor) is updated, not added twice. Edit \u25b8 Undo takes the "
                     "whole import back.");
}

QString importSummaryText(const storage::DealImportCounts& counts,
                          const std::vector<std::string>& newCompetitors) {
    QString text = tr("Imported in one step: %1 added, %2 updated, %3 unchanged")
                       .arg(countedText(counts.added, tr("deal"), tr("deals")),
                            QString::number(counts.updated), QString::number(counts.unchanged));
    if (counts.competitorsCreated > 0) {
        text +=
            tr("; %1 created: %2")
                .arg(countedText(counts.competitorsCreated, tr("competitor"), tr("competitors")),
                     namesText(newCompetitors));
    }
    return text + tr(". Edit \u25b8 Undo takes the whole import back.");
}

}  // namespace pmm::ui
