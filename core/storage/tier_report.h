#pragma once

#include <optional>
#include <string>
#include <vector>

#include "launches/launch.h"
#include "launches/quarter.h"
#include "launches/tier_capacity.h"
#include "launches/tier_summary.h"
#include "storage/launch_row.h"
#include "util/dates.h"

namespace pmm::storage {
class Workspace;
}

namespace pmm::launches {

// The tier report of a quarter as plain data: computed here, rendered (PDF, text) by the
// ui. Every string is user data or a sentence of ours; renderers escape all of it.

struct TierReportCover {
    std::string title;        // "Launch tier report 2026-Q3"
    std::string quarter;      // "2026-Q3"
    std::string period;       // "2026-07-01 to 2026-09-30"
    std::string teamName;     // setting 'team.name'; may be empty
    std::string generatedOn;  // YYYY-MM-DD
    int launches = 0;
    int tierOne = 0;                // not cancelled
    int overrides = 0;              // launches whose tier in force is an override
    std::vector<int> ruleVersions;  // the rule versions the quarter's launches were tiered with
    std::string currentRule;        // describeRule() of the current version
    int currentRuleVersion = 0;
};

// One table of the report: the launches of a tier, by name.
struct TierTable {
    std::optional<int> tier;  // empty: not tiered yet
    std::string title;        // "Tier 1", "Not tiered"
    std::vector<LaunchRow> rows;

    friend bool operator==(const TierTable&, const TierTable&) = default;
};

struct TierReportCriterion {
    Criterion criterion = Criterion::RevenueImpact;
    std::string label;  // "Revenue impact"
    int score = 0;
    int weight = 0;     // hundredths, of the launch's rule version
    std::string level;  // what the score means
    std::string evidence;

    friend bool operator==(const TierReportCriterion&, const TierReportCriterion&) = default;
};

struct TierReportChecklistItem {
    std::string title;
    bool done = false;

    friend bool operator==(const TierReportChecklistItem&,
                           const TierReportChecklistItem&) = default;
};

struct TierReportOverride {
    std::optional<int> ruleTier;  // what the rule gives
    int tier = 1;                 // what is in force
    std::string reason;
    std::string by;  // from the latest override record; may be empty
    std::string at;  // ISO-8601 UTC; may be empty

    friend bool operator==(const TierReportOverride&, const TierReportOverride&) = default;
};

// The section of one Tier 1 launch.
struct TierOneSection {
    LaunchRow launch;
    std::string outcome;
    SuccessMetric metric;
    bool isPivot = false;
    std::vector<TierReportCriterion> criteria;  // empty when not scored
    std::string explanation;                    // the rule's result, e.g. "Tier 1 — score ..."
    std::vector<TierReportChecklistItem> checklist;
    std::optional<TierReportOverride> override;
};

struct TierReport {
    TierReportCover cover;
    TierSummary summary;
    TierCapacityUse capacity;
    std::vector<TierTable> tables;  // Tier 1, 2, 3; then "Not tiered" when any
    std::vector<TierOneSection> tierOne;

    bool empty() const { return cover.launches == 0; }
};

// A handful of queries whatever the size of the quarter (no query per launch).
TierReport computeTierReport(storage::Workspace& workspace, const Quarter& quarter,
                             const Date& generatedOn);

}  // namespace pmm::launches
