#include "storage/launch_row.h"

#include "storage/database.h"
#include "storage/workspace.h"

namespace pmm::launches {

using storage::Statement;

namespace {

// Readiness counts the items of the tier in force under the launch's rule version; both
// counts are index lookups (tier_checklist_items by version and tier, launch_checklist by
// launch), so a quarter of 25,000 launches stays one pass.
#define PMM_LAUNCH_ROW_SELECT                                                                   \
    "SELECT l.id, l.name, l.product_id, p.name, l.owner_id, o.name, l.quarter, "                \
    "l.target_date, l.status, l.tier, l.tier_score, l.rule_version, "                           \
    "l.override_tier IS NOT NULL, "                                                             \
    "(SELECT count(*) FROM tier_checklist_items i "                                             \
    " WHERE i.rule_version = l.rule_version AND i.tier = l.tier), "                             \
    "(SELECT count(*) FROM launch_checklist c JOIN tier_checklist_items i ON i.id = c.item_id " \
    " WHERE c.launch_id = l.id AND c.done = 1 AND i.rule_version = l.rule_version "             \
    " AND i.tier = l.tier), "                                                                   \
    "length(trim(l.outcome)) > 0, "                                                             \
    "length(trim(l.metric_name)) > 0 AND length(trim(l.metric_baseline)) > 0 "                  \
    "AND length(trim(l.metric_target)) > 0 AND l.metric_review_date IS NOT NULL "               \
    "FROM launches l JOIN products p ON p.id = l.product_id JOIN people o ON o.id = l.owner_id "

std::optional<int> optionalInt(const Statement& row, int column) {
    if (row.isNull(column)) {
        return std::nullopt;
    }
    return row.integer(column);
}

std::vector<LaunchRow> readRows(Statement& query) {
    std::vector<LaunchRow> rows;
    while (query.step()) {
        LaunchRow row;
        row.id = query.int64(0);
        row.name = query.text(1);
        row.productId = query.int64(2);
        row.product = query.text(3);
        row.ownerId = query.int64(4);
        row.owner = query.text(5);
        row.quarter = query.text(6);
        row.targetDate = query.optionalText(7);
        row.status = statusFromKey(query.text(8)).value_or(LaunchStatus::Idea);
        row.tier = optionalInt(query, 9);
        row.score = optionalInt(query, 10);
        row.ruleVersion = optionalInt(query, 11);
        row.overridden = query.integer(12) != 0;
        row.readiness = Readiness{query.integer(14), query.integer(13)};
        row.hasOutcome = query.integer(15) != 0;
        row.hasMetric = query.integer(16) != 0;
        rows.push_back(std::move(row));
    }
    return rows;
}

}  // namespace

std::vector<LaunchRow> readLaunchRows(const storage::Workspace& workspace, const Quarter& quarter) {
    Statement query(workspace.handle(), PMM_LAUNCH_ROW_SELECT
                    "WHERE l.quarter = ?1 ORDER BY l.name COLLATE NOCASE, l.id");
    query.bind(1, toText(quarter));
    return readRows(query);
}

std::vector<LaunchRow> readAllLaunchRows(const storage::Workspace& workspace) {
    Statement query(workspace.handle(),
                    PMM_LAUNCH_ROW_SELECT "ORDER BY l.quarter, l.name COLLATE NOCASE, l.id");
    return readRows(query);
}

#undef PMM_LAUNCH_ROW_SELECT

}  // namespace pmm::launches
