#include "storage/interchange_launch_writer.h"

#include <sqlite3.h>

#include <string>

#include "storage/database.h"
#include "storage/interchange_keys.h"
#include "storage/launch_record.h"

namespace pmm::storage {

using namespace interchange;

namespace {

// Columns ?1-?27 as bindLaunch binds them, then created_at and updated_at.
constexpr const char* kInsertLaunch =
    "INSERT INTO launches (id, uid, name, product_id, quarter, target_date, owner_id, status, "
    "outcome, metric_name, metric_baseline, metric_target, metric_review_date, metric_actual, "
    "is_pivot, revenue_score, revenue_evidence, urgency_score, urgency_evidence, demand_score, "
    "demand_evidence, computed_tier, tier_score, rule_version, override_tier, override_reason, "
    "tier, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, "
    "?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29)";
constexpr const char* kUpdateLaunch =
    "UPDATE launches SET name = ?3, product_id = ?4, quarter = ?5, target_date = ?6, "
    "owner_id = ?7, status = ?8, outcome = ?9, metric_name = ?10, metric_baseline = ?11, "
    "metric_target = ?12, metric_review_date = ?13, metric_actual = ?14, is_pivot = ?15, "
    "revenue_score = ?16, revenue_evidence = ?17, urgency_score = ?18, urgency_evidence = ?19, "
    "demand_score = ?20, demand_evidence = ?21, computed_tier = ?22, tier_score = ?23, "
    "rule_version = ?24, override_tier = ?25, override_reason = ?26, tier = ?27, "
    "created_at = ?28, updated_at = ?29 WHERE uid = ?2 AND (?1 IS NULL OR id = ?1)";

class LaunchStatements {
public:
    explicit LaunchStatements(sqlite3* db)
        : m_db(db),
          m_products(keysByUid(db, "SELECT uid, id FROM products")),
          m_people(keysByUid(db, "SELECT uid, id FROM people")),
          m_rules(keysByUid(db, "SELECT uid, version FROM tier_rules")),
          m_items(keysByUid(db, "SELECT uid, id FROM tier_checklist_items")),
          m_insert(db, kInsertLaunch),
          m_update(db, kUpdateLaunch),
          m_launchId(db, "SELECT id FROM launches WHERE uid = ?1"),
          m_clearChecklist(db, "DELETE FROM launch_checklist WHERE launch_id = ?1"),
          m_mark(db, "INSERT INTO launch_checklist (launch_id, item_id, done) VALUES (?1, ?2, ?3)"),
          m_override(db,
                     "INSERT INTO tier_overrides (uid, launch_id, from_tier, to_tier, reason, "
                     "changed_by, changed_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) "
                     "ON CONFLICT (uid) DO UPDATE SET from_tier = excluded.from_tier, "
                     "to_tier = excluded.to_tier, reason = excluded.reason, "
                     "changed_by = excluded.changed_by, changed_at = excluded.changed_at "
                     "WHERE launch_id = excluded.launch_id") {}

    void write(const LaunchRecord& record, bool add) {
        launches::Launch launch = record.launch;
        launch.id = 0;
        launch.productId = keyOf(m_products, record.productUid, "product");
        launch.ownerId = keyOf(m_people, record.ownerUid, "person");
        launch.ruleVersion.reset();
        if (record.ruleUid) {
            launch.ruleVersion = static_cast<int>(keyOf(m_rules, *record.ruleUid, "tier rule"));
        }
        Statement& statement = add ? m_insert : m_update;
        statement.reset();
        launches::bindLaunch(statement, launch);
        statement.bind(28, launch.createdAt).bind(29, launch.updatedAt);
        statement.run();

        std::int64_t id = sqlite3_last_insert_rowid(m_db);
        if (!add) {
            m_launchId.reset();
            m_launchId.bind(1, launch.uid);
            m_launchId.step();
            id = m_launchId.int64(0);
            m_clearChecklist.reset();
            m_clearChecklist.bind(1, id);
            m_clearChecklist.run();
        }
        for (const ChecklistMark& mark : record.checklist) {
            m_mark.reset();
            m_mark.bind(1, id).bind(2, keyOf(m_items, mark.itemUid, "checklist item"));
            m_mark.bind(3, mark.done ? 1 : 0);
            m_mark.run();
        }
        for (const OverrideEntry& entry : record.overrides) {
            m_override.reset();
            m_override.bind(1, entry.uid).bind(2, id);
            m_override.bind(3, wide(entry.fromTier)).bind(4, wide(entry.toTier));
            m_override.bind(5, entry.reason).bind(6, entry.changedBy).bind(7, entry.changedAt);
            m_override.run();
        }
    }

private:
    static std::optional<std::int64_t> wide(const std::optional<int>& value) {
        return value ? std::optional<std::int64_t>(*value) : std::nullopt;
    }

    sqlite3* m_db;
    KeysByUid m_products;
    KeysByUid m_people;
    KeysByUid m_rules;
    KeysByUid m_items;
    Statement m_insert;
    Statement m_update;
    Statement m_launchId;
    Statement m_clearChecklist;
    Statement m_mark;
    Statement m_override;
};

}  // namespace

void removeUnusedTierRule(sqlite3* db, int version) {
    Statement items(db, "DELETE FROM tier_checklist_items WHERE rule_version = ?1");
    items.bind(1, version);
    items.run();
    Statement rule(db, "DELETE FROM tier_rules WHERE version = ?1");
    rule.bind(1, version);
    rule.run();
}

void insertTierRules(sqlite3* db, const std::vector<std::pair<int, const TierRuleRecord*>>& rules) {
    Statement insert(
        db,
        "INSERT INTO tier_rules (version, uid, weight_revenue, weight_urgency, "
        "weight_demand, tier1_threshold, tier2_threshold, guardrail, tier1_capacity, "
        "created_at, created_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
    Statement item(db,
                   "INSERT INTO tier_checklist_items (uid, rule_version, tier, position, title) "
                   "VALUES (?1, ?2, ?3, ?4, ?5)");
    for (const auto& [version, record] : rules) {
        const launches::TierRule& rule = record->rule;
        insert.reset();
        insert.bind(1, version).bind(2, rule.uid);
        insert.bind(3, rule.weights.revenueImpact).bind(4, rule.weights.competitiveUrgency);
        insert.bind(5, rule.weights.customerDemand).bind(6, rule.tier1Threshold);
        insert.bind(7, rule.tier2Threshold).bind(8, rule.guardrail ? 1 : 0);
        insert.bind(9, rule.tier1Capacity).bind(10, rule.createdAt).bind(11, rule.createdBy);
        insert.run();
        for (int tier = 1; tier <= launches::kTierCount; ++tier) {
            const auto slot = static_cast<std::size_t>(tier - 1);
            for (std::size_t i = 0; i < rule.checklist[slot].size(); ++i) {
                item.reset();
                item.bind(1, record->itemUids[slot][i]).bind(2, version).bind(3, tier);
                item.bind(4, static_cast<int>(i + 1)).bind(5, rule.checklist[slot][i]);
                item.run();
            }
        }
    }
}

void writeLaunches(sqlite3* db, const RecordChanges<LaunchRecord>& changes) {
    if (changes.empty()) {
        return;
    }
    LaunchStatements statements(db);
    for (const LaunchRecord* launch : changes.updated) {
        statements.write(*launch, false);
    }
    for (const LaunchRecord* launch : changes.added) {
        statements.write(*launch, true);
    }
}

}  // namespace pmm::storage
