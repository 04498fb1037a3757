#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "positioning/csv_reader.h"
#include "positioning/deal.h"
#include "positioning/deal_columns.h"

namespace pmm::positioning {

// A problem with one row, by the line the row starts on in the file.
struct DealRowProblem {
    int line = 0;
    std::string message;  // "Close date \"15/03/2026\" is not a date (use YYYY-MM-DD)"
};

// The workspace's names the rows refer to, each by its lower-case name.
struct DealImportCatalog {
    std::unordered_map<std::string, std::int64_t> competitors;
    std::unordered_map<std::string, std::int64_t> segments;
    std::unordered_map<std::string, std::int64_t> products;
};

struct DealImportOptions {
    // Unknown competitors become new competitors instead of row problems.
    bool createCompetitors = false;
};

// One row ready to store. A competitor that is still to be created has no competitorId and
// its name in newCompetitor.
struct PlannedDeal {
    int line = 0;
    Deal deal;
    std::string dedupeKey;
    std::string newCompetitor;
};

// What importing a CSV would do, computed without touching the workspace: a dialog shows it
// as a preview, the command line prints it, and the store applies it only when valid().
struct DealImportPlan {
    char separator = ',';
    std::vector<std::string> header;
    DealColumnMapping mapping;
    std::vector<std::string> fileProblems;  // the file as a whole: structure, columns
    std::vector<DealRowProblem> rowProblems;
    std::vector<PlannedDeal> deals;
    std::vector<std::string> newCompetitors;      // to create, as first written
    std::vector<std::string> unknownCompetitors;  // not created: reported in rowProblems
    int rows = 0;                                 // data rows read

    bool valid() const { return fileProblems.empty() && rowProblems.empty(); }
};

// Checks every row of `table` under `mapping`: dates, outcomes, amounts, competitor, segment
// and product names, a deal id or name, the same deal twice in the file. Lower-case names
// match the catalog's names ignoring case.
DealImportPlan planDealImport(const CsvTable& table, const DealColumnMapping& mapping,
                              const DealImportCatalog& catalog,
                              const DealImportOptions& options = {});

// The lower-case form used by DealImportCatalog (ASCII letters only are folded).
std::string foldedName(std::string_view name);

}  // namespace pmm::positioning
