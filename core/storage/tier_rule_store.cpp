#include "storage/tier_rule_store.h"

#include "storage/database.h"
#include "storage/workspace.h"
#include "storage/workspace_error.h"
#include "util/uuid.h"

namespace pmm::launches {

using storage::Statement;
using storage::WorkspaceError;
using storage::WorkspaceErrorKind;

namespace {

constexpr const char* kSelectRules =
    "SELECT version, uid, weight_revenue, weight_urgency, weight_demand, tier1_threshold, "
    "tier2_threshold, guardrail, tier1_capacity, created_at, created_by FROM tier_rules "
    "WHERE ?1 IS NULL OR version = ?1 ORDER BY version";

TierRule readRule(const Statement& row) {
    TierRule rule;
    rule.version = row.integer(0);
    rule.uid = row.text(1);
    rule.weights = TierWeights{row.integer(2), row.integer(3), row.integer(4)};
    rule.tier1Threshold = row.integer(5);
    rule.tier2Threshold = row.integer(6);
    rule.guardrail = row.integer(7) != 0;
    rule.tier1Capacity = row.integer(8);
    rule.createdAt = row.text(9);
    rule.createdBy = row.text(10);
    return rule;
}

}  // namespace

TierRule TierRuleStore::current() const {
    auto rule = find(currentVersion());
    if (!rule) {
        throw WorkspaceError(WorkspaceErrorKind::Corrupt,
                             "The workspace has no tier rule. Restore it from a backup.");
    }
    return *rule;
}

int TierRuleStore::currentVersion() const {
    Statement query(m_workspace.handle(), "SELECT coalesce(max(version), 0) FROM tier_rules");
    query.step();
    return query.integer(0);
}

std::optional<TierRule> TierRuleStore::findScoring(int version) const {
    Statement query(m_workspace.handle(), kSelectRules);
    query.bind(1, version);
    if (!query.step()) {
        return std::nullopt;
    }
    return readRule(query);
}

std::optional<TierRule> TierRuleStore::find(int version) const {
    auto found = findScoring(version);
    if (!found) {
        return std::nullopt;
    }
    TierRule& rule = *found;
    for (const ChecklistItem& item : checklistItems(version)) {
        rule.checklist[static_cast<size_t>(item.tier - 1)].push_back(item.title);
    }
    return found;
}

std::vector<TierRule> TierRuleStore::versions() const {
    std::vector<TierRule> rules;
    Statement query(m_workspace.handle(), kSelectRules);
    query.bind(1, std::nullopt);
    while (query.step()) {
        rules.push_back(readRule(query));
    }
    Statement items(m_workspace.handle(),
                    "SELECT rule_version, tier, title FROM tier_checklist_items "
                    "ORDER BY rule_version, tier, position");
    while (items.step()) {
        for (TierRule& rule : rules) {
            if (rule.version == items.integer(0)) {
                rule.checklist[static_cast<size_t>(items.integer(1) - 1)].push_back(items.text(2));
            }
        }
    }
    return rules;
}

std::vector<ChecklistItem> TierRuleStore::checklistItems(int version) const {
    std::vector<ChecklistItem> items;
    Statement query(m_workspace.handle(),
                    "SELECT id, uid, rule_version, tier, position, title FROM tier_checklist_items "
                    "WHERE rule_version = ?1 ORDER BY tier, position");
    query.bind(1, version);
    while (query.step()) {
        items.push_back(ChecklistItem{query.int64(0), query.text(1), query.integer(2),
                                      query.integer(3), query.integer(4), query.text(5)});
    }
    return items;
}

TierRule TierRuleStore::saveNewVersion(TierRule rule, std::string_view createdBy) {
    m_workspace.requireWritable();
    const std::vector<std::string> problems = tierRuleProblems(rule);
    if (!problems.empty()) {
        std::string message;
        for (const std::string& problem : problems) {
            message += (message.empty() ? "" : " ") + problem;
        }
        throw WorkspaceError(WorkspaceErrorKind::Invalid, message);
    }
    rule.uid = newUuid();  // a new version is a new row, even when edited from a stored one
    sqlite3* db = m_workspace.handle();
    storage::Transaction transaction(db);
    rule.version = currentVersion() + 1;
    rule.createdBy = std::string(createdBy);
    Statement insert(db,
                     "INSERT INTO tier_rules (version, uid, weight_revenue, weight_urgency, "
                     "weight_demand, tier1_threshold, tier2_threshold, guardrail, "
                     "tier1_capacity, created_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) "
                     "RETURNING created_at");
    insert.bind(1, rule.version).bind(2, rule.uid);
    insert.bind(3, rule.weights.revenueImpact).bind(4, rule.weights.competitiveUrgency);
    insert.bind(5, rule.weights.customerDemand).bind(6, rule.tier1Threshold);
    insert.bind(7, rule.tier2Threshold).bind(8, rule.guardrail ? 1 : 0);
    insert.bind(9, rule.tier1Capacity).bind(10, rule.createdBy);
    insert.step();
    rule.createdAt = insert.text(0);
    insert.run();
    Statement item(db,
                   "INSERT INTO tier_checklist_items (uid, rule_version, tier, position, title) "
                   "VALUES (?1, ?2, ?3, ?4, ?5)");
    for (int tier = 1; tier <= kTierCount; ++tier) {
        const auto& titles = rule.checklistOf(tier);
        for (size_t i = 0; i < titles.size(); ++i) {
            item.reset();
            item.bind(1, newUuid()).bind(2, rule.version).bind(3, tier);
            item.bind(4, static_cast<int>(i + 1)).bind(5, titles[i]);
            item.run();
        }
    }
    transaction.commit();
    m_workspace.notify({storage::EntityKind::TierRule, storage::ChangeType::Added, rule.version});
    return rule;
}

}  // namespace pmm::launches
