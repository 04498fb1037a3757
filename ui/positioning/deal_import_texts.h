#pragma once

#include <QString>

#include <string>
#include <vector>

#include "positioning/deal_import_plan.h"

namespace pmm::storage {
struct DealImportCounts;
}

namespace pmm::ui {

// The sentences of the win/loss import dialog, one place so they read alike.

// "1 competitor", "2 competitors"
QString countedText(long long count, const QString& singular, const QString& plural);
// "';' (semicolon)" or "',' (comma)"
QString separatorText(char separator);
// "crm.csv: 120 data rows, separated by ';' (semicolon)."
QString fileFactsText(const positioning::DealImportPlan& plan, const QString& fileName);
// "3 problems in 3 rows. Nothing is imported until every row is valid: ..."
QString problemCountText(const positioning::DealImportPlan& plan);
// "Create these 2 competitors in the workspace"
QString createCompetitorsText(int count);
// "Acme, Initech"
QString namesText(const std::vector<std::string>& names);
// What Import would do now, or why it cannot.
QString planStatusText(const positioning::DealImportPlan& plan);
// "Imported in one step: 117 deals added, 2 updated, 1 unchanged; 2 competitors created: ..."
QString importSummaryText(const storage::DealImportCounts& counts,
                          const std::vector<std::string>& newCompetitors);

}  // namespace pmm::ui
