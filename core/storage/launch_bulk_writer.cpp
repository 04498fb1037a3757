#include "storage/launch_bulk_writer.h"

#include <algorithm>

#include "storage/database.h"
#include "storage/launch_record.h"
#include "storage/tier_rule_store.h"
#include "storage/workspace.h"
#include "storage/workspace_error.h"

namespace pmm::launches {

using storage::Statement;

namespace {

[[noreturn]] void invalid(const Launch& launch, const std::string& message) {
    throw storage::WorkspaceError(storage::WorkspaceErrorKind::Invalid,
                                  "Launch \"" + launch.name + "\": " + message);
}

std::optional<std::int64_t> wide(const std::optional<int>& value) {
    return value ? std::optional<std::int64_t>(*value) : std::nullopt;
}

}  // namespace

LaunchBulkWriter::LaunchBulkWriter(storage::Workspace& workspace) : m_workspace(workspace) {
    m_workspace.requireWritable();
    const TierRuleStore rules(workspace);
    m_rule = rules.current();
    for (const ChecklistItem& item : rules.checklistItems(m_rule.version)) {
        if (item.tier >= 1 && item.tier <= kTierCount) {
            m_items[static_cast<std::size_t>(item.tier - 1)].push_back(item.id);
        }
    }
    sqlite3* db = workspace.handle();
    m_insertLaunch = std::make_unique<Statement>(
        db,
        "INSERT INTO launches (id, uid, name, product_id, quarter, target_date, owner_id, "
        "status, outcome, metric_name, metric_baseline, metric_target, metric_review_date, "
        "metric_actual, is_pivot, revenue_score, revenue_evidence, urgency_score, "
        "urgency_evidence, demand_score, demand_evidence, computed_tier, tier_score, "
        "rule_version, override_tier, override_reason, tier, created_at, updated_at) VALUES "
        "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, "
        "?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, "
        "coalesce(?28, strftime('%Y-%m-%dT%H:%M:%SZ', 'now')), "
        "coalesce(?29, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))) RETURNING id");
    m_insertTick = std::make_unique<Statement>(
        db, "INSERT INTO launch_checklist (launch_id, item_id, done) VALUES (?1, ?2, 1)");
    m_insertOverride = std::make_unique<Statement>(
        db,
        "INSERT INTO tier_overrides (uid, launch_id, from_tier, to_tier, reason, changed_by, "
        "changed_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, "
        "coalesce(?7, strftime('%Y-%m-%dT%H:%M:%SZ', 'now')))");
}

LaunchBulkWriter::~LaunchBulkWriter() = default;

std::int64_t LaunchBulkWriter::add(BulkLaunch bulk) {
    Launch& launch = bulk.launch;
    if (const std::string problem = statusGateProblem(launch); !problem.empty()) {
        invalid(launch, problem);
    }
    launch.computedTier = launch.score = launch.ruleVersion = std::nullopt;
    if (const auto criteria = launch.criteria()) {
        const TierResult result = evaluateTier(m_rule, *criteria);
        launch.computedTier = result.tier;
        launch.score = result.score;
        launch.ruleVersion = m_rule.version;
    }
    if (launch.overrideTier) {
        if (!launch.computedTier || *launch.overrideTier < 1 || *launch.overrideTier > kTierCount ||
            launch.overrideReason.empty()) {
            invalid(launch, "an override needs the three scores, Tier 1, 2 or 3 and a reason.");
        }
    } else {
        launch.overrideReason.clear();
    }

    Statement& insert = *m_insertLaunch;
    insert.reset();
    bindLaunch(insert, launch);
    insert.bind(28, launch.createdAt.empty() ? std::optional<std::string>()
                                             : std::optional<std::string>(launch.createdAt));
    insert.bind(29, launch.updatedAt.empty() ? std::optional<std::string>()
                                             : std::optional<std::string>(launch.updatedAt));
    insert.step();
    const std::int64_t id = insert.int64(0);
    insert.run();

    if (const auto tier = launch.tier()) {
        const auto& items = m_items[static_cast<std::size_t>(*tier - 1)];
        const auto done = std::min<std::size_t>(
            items.size(), static_cast<std::size_t>(std::max(0, bulk.doneItems)));
        for (std::size_t i = 0; i < done; ++i) {
            m_insertTick->reset();
            m_insertTick->bind(1, id).bind(2, items[i]);
            m_insertTick->run();
        }
    }
    if (launch.overrideTier) {
        Statement& record = *m_insertOverride;
        record.reset();
        record.bind(1, bulk.overrideUid).bind(2, id).bind(3, wide(launch.computedTier));
        record.bind(4, wide(launch.overrideTier)).bind(5, launch.overrideReason);
        record.bind(6, bulk.overrideBy);
        record.bind(7, bulk.overrideAt.empty() ? std::optional<std::string>()
                                               : std::optional<std::string>(bulk.overrideAt));
        record.run();
    }
    return id;
}

}  // namespace pmm::launches
