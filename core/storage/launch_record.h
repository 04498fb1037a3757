#pragma once

#include "launches/launch.h"

namespace pmm::storage {
class Statement;
}

namespace pmm::launches {

// How a Launch maps to a row of `launches`, shared by the store and the report so the
// column list and its reader cannot drift apart. Concatenated as literals: SQL stays literal.
#define PMM_LAUNCH_COLUMNS                                                                   \
    "l.id, l.uid, l.name, l.product_id, l.quarter, l.target_date, l.owner_id, l.status, "    \
    "l.outcome, l.metric_name, l.metric_baseline, l.metric_target, l.metric_review_date, "   \
    "l.metric_actual, l.is_pivot, l.revenue_score, l.revenue_evidence, l.urgency_score, "    \
    "l.urgency_evidence, l.demand_score, l.demand_evidence, l.computed_tier, l.tier_score, " \
    "l.rule_version, l.override_tier, l.override_reason, l.created_at, l.updated_at"

// Reads the PMM_LAUNCH_COLUMNS at the start of `row`.
Launch readLaunch(const storage::Statement& row);

// Binds ?1 = id (NULL when 0), ?2 = uid, then ?3 ... ?26 in PMM_LAUNCH_COLUMNS order from
// name to override_reason, and ?27 = the tier in force.
void bindLaunch(storage::Statement& statement, const Launch& launch);

}  // namespace pmm::launches
