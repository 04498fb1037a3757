#include "storage/launch_store.h"

#include <sqlite3.h>

#include "storage/database.h"
#include "storage/launch_record.h"
#include "storage/launch_validation.h"
#include "storage/tier_rule_store.h"
#include "storage/workspace.h"
#include "storage/workspace_error.h"
#include "util/uuid.h"

namespace pmm::launches {

using storage::ChangeType;
using storage::EntityKind;
using storage::Statement;
using storage::Transaction;

namespace {

[[noreturn]] void invalid(const std::string& message) {
    throw storage::WorkspaceError(storage::WorkspaceErrorKind::Invalid, message);
}

bool blank(std::string_view text) {
    return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

std::optional<std::int64_t> wide(const std::optional<int>& value) {
    return value ? std::optional<std::int64_t>(*value) : std::nullopt;
}

// Sets the computed tier of `launch` from its criteria under rule `version`.
void computeTier(storage::Workspace& workspace, Launch& launch, int version) {
    const auto rule = TierRuleStore(workspace).findScoring(version);
    const auto criteria = launch.criteria();
    if (!rule || !criteria) {
        launch.computedTier = launch.score = launch.ruleVersion = std::nullopt;
        return;
    }
    const TierResult result = evaluateTier(*rule, *criteria);
    launch.computedTier = result.tier;
    launch.score = result.score;
    launch.ruleVersion = version;
}

// Ticks, on the launch's current checklist, the items whose title matches an item already
// done for it (a change of tier or rule version keeps the work already done).
void carryOverChecklist(sqlite3* db, std::int64_t launchId) {
    Statement carry(db,
                    "INSERT OR IGNORE INTO launch_checklist (launch_id, item_id, done) "
                    "SELECT l.id, n.id, 1 FROM launches l JOIN tier_checklist_items n "
                    "ON n.rule_version = l.rule_version AND n.tier = l.tier "
                    "WHERE l.id = ?1 AND n.title IN (SELECT o.title FROM launch_checklist c "
                    "JOIN tier_checklist_items o ON o.id = c.item_id "
                    "WHERE c.launch_id = ?1 AND c.done = 1)");
    carry.bind(1, launchId);
    carry.run();
}

void writeTier(sqlite3* db, const Launch& launch) {
    Statement update(db,
                     "UPDATE launches SET computed_tier = ?2, tier_score = ?3, rule_version = ?4, "
                     "override_tier = ?5, override_reason = ?6, tier = ?7, "
                     "updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?1");
    update.bind(1, launch.id).bind(2, wide(launch.computedTier)).bind(3, wide(launch.score));
    update.bind(4, wide(launch.ruleVersion)).bind(5, wide(launch.overrideTier));
    update.bind(6, launch.overrideReason).bind(7, wide(launch.tier()));
    update.run();
    carryOverChecklist(db, launch.id);
}

void recordOverride(sqlite3* db, std::int64_t launchId, std::optional<int> from,
                    std::optional<int> to, std::string_view reason, std::string_view by) {
    Statement insert(db,
                     "INSERT INTO tier_overrides (uid, launch_id, from_tier, to_tier, reason, "
                     "changed_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    insert.bind(1, newUuid()).bind(2, launchId).bind(3, wide(from)).bind(4, wide(to));
    insert.bind(5, reason).bind(6, by);
    insert.run();
}

// The checklist rows and override history go with it (ON DELETE CASCADE).
bool deleteLaunch(sqlite3* db, std::int64_t id) {
    Statement remove(db, "DELETE FROM launches WHERE id = ?1");
    remove.bind(1, id);
    remove.run();
    return sqlite3_changes(db) > 0;
}

std::vector<ChecklistTick> readChecklistRows(sqlite3* db, std::int64_t launchId) {
    std::vector<ChecklistTick> rows;
    Statement query(db,
                    "SELECT item_id, done FROM launch_checklist WHERE launch_id = ?1 "
                    "ORDER BY item_id");
    query.bind(1, launchId);
    while (query.step()) {
        rows.push_back(ChecklistTick{query.int64(0), query.integer(1) != 0});
    }
    return rows;
}

void writeChecklistRows(sqlite3* db, std::int64_t launchId,
                        const std::vector<ChecklistTick>& rows) {
    Statement insert(db,
                     "INSERT INTO launch_checklist (launch_id, item_id, done) VALUES (?1, ?2, ?3)");
    for (const ChecklistTick& row : rows) {
        insert.bind(1, launchId).bind(2, row.itemId).bind(3, row.done ? 1 : 0);
        insert.run();
        insert.reset();
    }
}

// A record of the history as it was: a new id (ids may have been reused since), the rest kept.
void restoreOverride(sqlite3* db, std::int64_t launchId, const OverrideRecord& record) {
    Statement insert(db,
                     "INSERT INTO tier_overrides (uid, launch_id, from_tier, to_tier, reason, "
                     "changed_by, changed_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    insert.bind(1, record.uid).bind(2, launchId).bind(3, wide(record.fromTier));
    insert.bind(4, wide(record.toTier)).bind(5, record.reason).bind(6, record.changedBy);
    insert.bind(7, record.changedAt);
    insert.run();
}

}  // namespace

std::vector<Launch> LaunchStore::list() const {
    std::vector<Launch> launches;
    Statement query(m_workspace.handle(),
                    "SELECT " PMM_LAUNCH_COLUMNS
                    " FROM launches l ORDER BY l.quarter, l.name COLLATE NOCASE, l.id");
    while (query.step()) {
        launches.push_back(readLaunch(query));
    }
    return launches;
}

std::vector<Launch> LaunchStore::listQuarter(const Quarter& quarter) const {
    std::vector<Launch> launches;
    Statement query(m_workspace.handle(), "SELECT " PMM_LAUNCH_COLUMNS
                                          " FROM launches l WHERE l.quarter = ?1 "
                                          "ORDER BY l.name COLLATE NOCASE, l.id");
    query.bind(1, toText(quarter));
    while (query.step()) {
        launches.push_back(readLaunch(query));
    }
    return launches;
}

std::optional<Launch> LaunchStore::find(std::int64_t id) const {
    Statement query(m_workspace.handle(),
                    "SELECT " PMM_LAUNCH_COLUMNS " FROM launches l WHERE l.id = ?1");
    query.bind(1, id);
    if (query.step()) {
        return readLaunch(query);
    }
    return std::nullopt;
}

Launch LaunchStore::add(Launch launch) {
    m_workspace.requireWritable();
    Transaction transaction(m_workspace.handle());
    launch = insert(std::move(launch));
    transaction.commit();
    m_workspace.notify({EntityKind::Launch, ChangeType::Added, launch.id});
    return launch;
}

Launch LaunchStore::insert(Launch launch) {
    if (launch.uid.empty()) {
        launch.uid = newUuid();
    } else if (!isUuid(launch.uid)) {
        invalid("uid: \"" + launch.uid + "\" is not a lower-case UUID.");
    }
    sqlite3* db = m_workspace.handle();
    validateLaunch(db, launch);
    Statement taken(db, "SELECT 1 FROM launches WHERE id = ?1 OR uid = ?2");
    taken.bind(1, launch.id).bind(2, launch.uid);
    if (taken.step()) {
        invalid("uid: a launch with this id or uid (" + launch.uid + ") is already stored.");
    }
    TierRuleStore rules(m_workspace);
    const bool knownVersion = launch.ruleVersion && rules.findScoring(*launch.ruleVersion);
    computeTier(m_workspace, launch, knownVersion ? *launch.ruleVersion : rules.currentVersion());
    if (launch.overrideTier) {
        if (*launch.overrideTier < 1 || *launch.overrideTier > kTierCount) {
            invalid("Override: choose Tier 1, 2 or 3.");
        }
        if (blank(launch.overrideReason)) {
            invalid("Override: an override needs a reason.");
        }
        if (!launch.computedTier) {
            invalid(
                "Override: score the three criteria first; an override changes the rule's "
                "result.");
        }
    } else {
        launch.overrideReason.clear();
    }
    Statement insert(db,
                     "INSERT INTO launches (id, uid, name, product_id, quarter, target_date, "
                     "owner_id, status, outcome, metric_name, metric_baseline, metric_target, "
                     "metric_review_date, metric_actual, is_pivot, revenue_score, "
                     "revenue_evidence, urgency_score, urgency_evidence, demand_score, "
                     "demand_evidence, computed_tier, tier_score, rule_version, override_tier, "
                     "override_reason, tier, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, "
                     "?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, "
                     "?22, ?23, ?24, ?25, ?26, ?27, "
                     "coalesce(?28, strftime('%Y-%m-%dT%H:%M:%SZ', 'now')), "
                     "strftime('%Y-%m-%dT%H:%M:%SZ', 'now')) RETURNING id, created_at, updated_at");
    bindLaunch(insert, launch);
    if (launch.createdAt.empty()) {
        insert.bind(28, std::nullopt);
    } else {
        insert.bind(28, launch.createdAt);
    }
    insert.step();
    launch.id = insert.int64(0);
    launch.createdAt = insert.text(1);
    launch.updatedAt = insert.text(2);
    insert.run();
    return launch;
}

Launch LaunchStore::update(const Launch& launch) {
    m_workspace.requireWritable();
    sqlite3* db = m_workspace.handle();
    Transaction transaction(db);
    const auto existing = find(launch.id);
    // A different uid under the same id is another launch that reused a removed one's key.
    if (!existing || (!launch.uid.empty() && launch.uid != existing->uid)) {
        invalid("That launch no longer exists in the workspace.");
    }
    validateLaunch(db, launch);
    Launch next = launch;
    next.uid = existing->uid;
    next.computedTier = existing->computedTier;
    next.score = existing->score;
    next.ruleVersion = existing->ruleVersion;
    next.overrideTier = existing->overrideTier;
    next.overrideReason = existing->overrideReason;
    next.createdAt = existing->createdAt;
    if (next.criteria() != existing->criteria()) {
        if (!next.criteria() && existing->overrideTier) {
            invalid(
                "Criteria: an overridden launch keeps its three scores; remove the override "
                "first.");
        }
        computeTier(m_workspace, next,
                    existing->ruleVersion.value_or(TierRuleStore(m_workspace).currentVersion()));
    }
    Statement update(db,
                     "UPDATE launches SET name = ?3, product_id = ?4, quarter = ?5, "
                     "target_date = ?6, owner_id = ?7, status = ?8, outcome = ?9, "
                     "metric_name = ?10, metric_baseline = ?11, metric_target = ?12, "
                     "metric_review_date = ?13, metric_actual = ?14, is_pivot = ?15, "
                     "revenue_score = ?16, revenue_evidence = ?17, urgency_score = ?18, "
                     "urgency_evidence = ?19, demand_score = ?20, demand_evidence = ?21, "
                     "computed_tier = ?22, tier_score = ?23, rule_version = ?24, "
                     "override_tier = ?25, override_reason = ?26, tier = ?27, "
                     "updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') "
                     "WHERE id = ?1 AND uid = ?2 RETURNING updated_at");
    bindLaunch(update, next);
    update.step();
    next.updatedAt = update.text(0);
    update.run();
    if (next.tier() != existing->tier() || next.ruleVersion != existing->ruleVersion) {
        carryOverChecklist(db, next.id);
    }
    transaction.commit();
    m_workspace.notify({EntityKind::Launch, ChangeType::Updated, next.id});
    return next;
}

void LaunchStore::remove(std::int64_t id) {
    m_workspace.requireWritable();
    sqlite3* db = m_workspace.handle();
    Transaction transaction(db);
    const bool removed = deleteLaunch(db, id);
    transaction.commit();
    if (removed) {
        m_workspace.notify({EntityKind::Launch, ChangeType::Removed, id});
    }
}

std::optional<RemovedLaunch> LaunchStore::removeKeepingHistory(std::int64_t id) {
    m_workspace.requireWritable();
    sqlite3* db = m_workspace.handle();
    Transaction transaction(db);
    auto launch = find(id);
    if (!launch) {
        return std::nullopt;
    }
    RemovedLaunch removed{std::move(*launch), readChecklistRows(db, id), overrideHistory(id)};
    deleteLaunch(db, id);
    transaction.commit();
    m_workspace.notify({EntityKind::Launch, ChangeType::Removed, id});
    return removed;
}

Launch LaunchStore::restore(const RemovedLaunch& removed) {
    m_workspace.requireWritable();
    sqlite3* db = m_workspace.handle();
    Transaction transaction(db);
    const Launch launch = insert(removed.launch);
    writeChecklistRows(db, launch.id, removed.checklist);
    for (const OverrideRecord& record : removed.overrides) {
        restoreOverride(db, launch.id, record);
    }
    transaction.commit();
    m_workspace.notify({EntityKind::Launch, ChangeType::Added, launch.id});
    return launch;
}

Launch LaunchStore::retierWithCurrentRule(std::int64_t id) {
    m_workspace.requireWritable();
    sqlite3* db = m_workspace.handle();
    Transaction transaction(db);
    auto launch = find(id);
    if (!launch) {
        invalid("That launch no longer exists in the workspace.");
    }
    if (!launch->criteria()) {
        invalid("Tier: score the three criteria first.");
    }
    computeTier(m_workspace, *launch, TierRuleStore(m_workspace).currentVersion());
    writeTier(db, *launch);
    transaction.commit();
    m_workspace.notify({EntityKind::Launch, ChangeType::Updated, id});
    return *find(id);
}

std::optional<TierResult> LaunchStore::tierResult(const Launch& launch) const {
    const auto criteria = launch.criteria();
    if (!criteria || !launch.ruleVersion) {
        return std::nullopt;
    }
    const auto rule = TierRuleStore(m_workspace).findScoring(*launch.ruleVersion);
    if (!rule) {
        return std::nullopt;
    }
    return evaluateTier(*rule, *criteria);
}

Launch LaunchStore::overrideTier(std::int64_t id, int tier, std::string_view reason,
                                 std::string_view by) {
    m_workspace.requireWritable();
    if (tier < 1 || tier > kTierCount) {
        invalid("Override: choose Tier 1, 2 or 3.");
    }
    if (blank(reason)) {
        invalid("Override: an override needs a reason.");
    }
    sqlite3* db = m_workspace.handle();
    Transaction transaction(db);
    auto launch = find(id);
    if (!launch) {
        invalid("That launch no longer exists in the workspace.");
    }
    if (!launch->computedTier) {
        invalid(
            "Override: score the three criteria first; an override changes the rule's "
            "result.");
    }
    if (launch->tier() == tier) {
        invalid("Override: the launch is already " + tierName(tier) + ".");
    }
    if (launch->computedTier == tier) {
        invalid("Override: the rule already makes this launch " + tierName(tier) +
                "; remove the override instead.");
    }
    const auto from = launch->tier();
    launch->overrideTier = tier;
    launch->overrideReason = std::string(reason);
    writeTier(db, *launch);
    recordOverride(db, id, from, tier, reason, by);
    transaction.commit();
    m_workspace.notify({EntityKind::Launch, ChangeType::Updated, id});
    return *find(id);
}

Launch LaunchStore::clearOverride(std::int64_t id, std::string_view reason, std::string_view by) {
    m_workspace.requireWritable();
    sqlite3* db = m_workspace.handle();
    Transaction transaction(db);
    auto launch = find(id);
    if (!launch) {
        invalid("That launch no longer exists in the workspace.");
    }
    if (!launch->overrideTier) {
        return *launch;
    }
    const auto from = launch->overrideTier;
    launch->overrideTier.reset();
    launch->overrideReason.clear();
    writeTier(db, *launch);
    recordOverride(db, id, from, std::nullopt, reason, by);
    transaction.commit();
    m_workspace.notify({EntityKind::Launch, ChangeType::Updated, id});
    return *find(id);
}

std::vector<OverrideRecord> LaunchStore::overrideHistory(std::int64_t id) const {
    std::vector<OverrideRecord> history;
    Statement query(m_workspace.handle(),
                    "SELECT id, uid, launch_id, from_tier, to_tier, reason, changed_by, "
                    "changed_at FROM tier_overrides WHERE launch_id = ?1 ORDER BY id");
    query.bind(1, id);
    while (query.step()) {
        OverrideRecord record{query.int64(0), query.text(1), query.int64(2), std::nullopt,
                              std::nullopt,   query.text(5), query.text(6),  query.text(7)};
        if (!query.isNull(3)) {
            record.fromTier = query.integer(3);
        }
        if (!query.isNull(4)) {
            record.toTier = query.integer(4);
        }
        history.push_back(std::move(record));
    }
    return history;
}

TierCapacityUse LaunchStore::tierOneCapacity(const Quarter& quarter) const {
    Statement query(m_workspace.handle(),
                    "SELECT count(*) FROM launches WHERE quarter = ?1 AND tier = 1 "
                    "AND status <> 'cancelled'");
    const std::string text = toText(quarter);
    query.bind(1, text);
    query.step();
    return tierCapacityUse(text, query.integer(0),
                           TierRuleStore(m_workspace).current().tier1Capacity);
}

std::vector<TierChange> LaunchStore::previewRule(const TierRule& proposed) const {
    const auto problems = tierRuleProblems(proposed);
    if (!problems.empty()) {
        invalid(problems.front());
    }
    std::vector<TieredLaunch> launches;
    Statement query(m_workspace.handle(),
                    "SELECT id, name, quarter, revenue_score, urgency_score, demand_score, "
                    "computed_tier, tier_score, override_tier FROM launches "
                    "WHERE computed_tier IS NOT NULL "
                    "AND status IN ('idea', 'candidate', 'planned', 'in_progress') "
                    "ORDER BY quarter, name, id");
    while (query.step()) {
        TieredLaunch launch{
            query.int64(0),   query.text(1),
            query.text(2),    TierCriteria{query.integer(3), query.integer(4), query.integer(5)},
            query.integer(6), query.integer(7),
            std::nullopt};
        if (!query.isNull(8)) {
            launch.overrideTier = query.integer(8);
        }
        launches.push_back(std::move(launch));
    }
    return previewRuleChange(launches, proposed);
}

}  // namespace pmm::launches
