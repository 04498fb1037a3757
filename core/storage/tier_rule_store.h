#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "launches/tier_rule.h"

namespace pmm::storage {
class Workspace;
}

namespace pmm::launches {

// A saved checklist item: launches tick it by id.
struct ChecklistItem {
    std::int64_t id = 0;
    std::string uid;
    int ruleVersion = 0;
    int tier = 1;
    int position = 1;
    std::string title;
};

// The versions of the tier rule in a workspace. Versions are never edited: saving the rule
// adds a version, and every launch keeps the version it was tiered with.
class TierRuleStore {
public:
    explicit TierRuleStore(storage::Workspace& workspace) : m_workspace(workspace) {}

    // The latest version: the one new launches are tiered with.
    TierRule current() const;
    int currentVersion() const;
    std::optional<TierRule> find(int version) const;
    // The same without the checklists: what tiering a launch needs, in one query.
    std::optional<TierRule> findScoring(int version) const;
    // Every version, oldest first, with its checklists.
    std::vector<TierRule> versions() const;
    // The checklist items of a version, by tier then position.
    std::vector<ChecklistItem> checklistItems(int version) const;

    // Validates `rule` (tierRuleProblems) and stores it, with its checklists, as the next
    // version with a new uid; returns it as stored. Throws WorkspaceError(Invalid) naming every
    // problem. Notifies {TierRule, Added, version}.
    TierRule saveNewVersion(TierRule rule, std::string_view createdBy);

private:
    storage::Workspace& m_workspace;
};

}  // namespace pmm::launches
