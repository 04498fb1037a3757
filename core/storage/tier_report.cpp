#include "storage/tier_report.h"

#include <map>
#include <set>

#include "storage/database.h"
#include "storage/launch_record.h"
#include "storage/tier_rule_store.h"
#include "storage/workspace.h"

namespace pmm::launches {

using storage::Statement;

namespace {

TierReportCover coverOf(storage::Workspace& workspace, const Quarter& quarter,
                        const Date& generatedOn, const std::vector<LaunchRow>& rows,
                        const TierRule& current) {
    TierReportCover cover;
    cover.quarter = toText(quarter);
    cover.title = "Launch tier report " + cover.quarter;
    cover.period = toIsoText(firstDay(quarter)) + " to " + toIsoText(lastDay(quarter));
    cover.teamName = workspace.setting("team.name").value_or("");
    cover.generatedOn = toIsoText(generatedOn);
    cover.launches = static_cast<int>(rows.size());
    std::set<int> versions;
    for (const LaunchRow& row : rows) {
        if (row.tier == 1 && row.status != LaunchStatus::Cancelled) {
            ++cover.tierOne;
        }
        cover.overrides += row.overridden ? 1 : 0;
        if (row.ruleVersion) {
            versions.insert(*row.ruleVersion);
        }
    }
    cover.ruleVersions.assign(versions.begin(), versions.end());
    cover.currentRule = describeRule(current);
    cover.currentRuleVersion = current.version;
    return cover;
}

std::vector<TierTable> tablesOf(const std::vector<LaunchRow>& rows) {
    std::vector<TierTable> tables;
    for (int tier = 1; tier <= kTierCount; ++tier) {
        tables.push_back(TierTable{tier, tierName(tier), {}});
    }
    TierTable untiered{std::nullopt, "Not tiered", {}};
    for (const LaunchRow& row : rows) {
        const bool tiered = row.tier && *row.tier >= 1 && *row.tier <= kTierCount;
        (tiered ? tables[static_cast<size_t>(*row.tier - 1)] : untiered).rows.push_back(row);
    }
    if (!untiered.rows.empty()) {
        tables.push_back(std::move(untiered));
    }
    return tables;
}

TierOneSection sectionOf(const Launch& launch, const LaunchRow& row,
                         const std::map<int, TierRule>& rules) {
    TierOneSection section;
    section.launch = row;
    section.outcome = launch.outcome;
    section.metric = launch.metric;
    section.isPivot = launch.isPivot;
    const auto rule = launch.ruleVersion ? rules.find(*launch.ruleVersion) : rules.end();
    const auto criteria = launch.criteria();
    if (criteria && rule != rules.end()) {
        for (Criterion which : kCriteria) {
            const CriterionScore& score = launch.criterion(which);
            section.criteria.push_back(TierReportCriterion{
                which, std::string(criterionLabel(which)), score.score,
                rule->second.weights.of(which),
                std::string(criterionLevelDescription(which, score.score)), score.evidence});
        }
        section.explanation = evaluateTier(rule->second, *criteria).explanation;
    }
    if (launch.overrideTier) {
        section.override = TierReportOverride{
            launch.computedTier, *launch.overrideTier, launch.overrideReason, {}, {}};
    }
    return section;
}

void addChecklists(sqlite3* db, const std::string& quarter,
                   std::map<std::int64_t, TierOneSection*>& sections) {
    Statement query(db,
                    "SELECT l.id, i.title, coalesce(c.done, 0) FROM launches l "
                    "JOIN tier_checklist_items i ON i.rule_version = l.rule_version "
                    "AND i.tier = l.tier "
                    "LEFT JOIN launch_checklist c ON c.launch_id = l.id AND c.item_id = i.id "
                    "WHERE l.quarter = ?1 AND l.tier = 1 ORDER BY l.id, i.position");
    query.bind(1, quarter);
    while (query.step()) {
        const auto found = sections.find(query.int64(0));
        if (found != sections.end()) {
            found->second->checklist.push_back(
                TierReportChecklistItem{query.text(1), query.integer(2) != 0});
        }
    }
}

void addOverrideRecords(sqlite3* db, const std::string& quarter,
                        std::map<std::int64_t, TierOneSection*>& sections) {
    // The latest record that set an override says who made it and when.
    Statement query(db,
                    "SELECT h.launch_id, h.changed_by, h.changed_at FROM tier_overrides h "
                    "JOIN launches l ON l.id = h.launch_id "
                    "WHERE l.quarter = ?1 AND l.tier = 1 AND l.override_tier IS NOT NULL "
                    "AND h.to_tier IS NOT NULL ORDER BY h.launch_id, h.id");
    query.bind(1, quarter);
    while (query.step()) {
        const auto found = sections.find(query.int64(0));
        if (found != sections.end() && found->second->override) {
            found->second->override->by = query.text(1);
            found->second->override->at = query.text(2);
        }
    }
}

}  // namespace

TierReport computeTierReport(storage::Workspace& workspace, const Quarter& quarter,
                             const Date& generatedOn) {
    TierReport report;
    const std::vector<LaunchRow> rows = readLaunchRows(workspace, quarter);
    const TierRuleStore ruleStore(workspace);
    const TierRule current = ruleStore.current();
    std::map<int, TierRule> rules;
    for (TierRule& rule : ruleStore.versions()) {
        rules.emplace(rule.version, std::move(rule));
    }
    report.cover = coverOf(workspace, quarter, generatedOn, rows, current);
    report.summary = summarizeByTier(rows);
    report.capacity =
        tierCapacityUse(report.cover.quarter, report.cover.tierOne, current.tier1Capacity);
    report.tables = tablesOf(rows);

    std::map<std::int64_t, const LaunchRow*> rowById;
    for (const LaunchRow& row : rows) {
        rowById.emplace(row.id, &row);
    }
    sqlite3* db = workspace.handle();
    Statement query(db, "SELECT " PMM_LAUNCH_COLUMNS
                        " FROM launches l WHERE l.quarter = ?1 AND l.tier = 1 "
                        "ORDER BY l.name COLLATE NOCASE, l.id");
    query.bind(1, report.cover.quarter);
    while (query.step()) {
        const Launch launch = readLaunch(query);
        const auto row = rowById.find(launch.id);
        if (row != rowById.end()) {
            report.tierOne.push_back(sectionOf(launch, *row->second, rules));
        }
    }
    std::map<std::int64_t, TierOneSection*> sections;
    for (TierOneSection& section : report.tierOne) {
        sections.emplace(section.launch.id, &section);
    }
    addChecklists(db, report.cover.quarter, sections);
    addOverrideRecords(db, report.cover.quarter, sections);
    return report;
}

}  // namespace pmm::launches
