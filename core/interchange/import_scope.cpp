#include "interchange/import_scope.h"

#include <algorithm>

namespace pmm::interchange {

namespace {

const std::string& uidOf(const auto& record) {
    return record.uid;
}

const std::string& ruleUidOf(const TierRuleRecord& record) {
    return record.rule.uid;
}

void indexItems(const std::vector<TierRuleRecord>& rules,
                std::unordered_map<std::string, ChecklistItemRef>& items) {
    for (const TierRuleRecord& record : rules) {
        for (int tier = 1; tier <= launches::kTierCount; ++tier) {
            const auto slot = static_cast<std::size_t>(tier - 1);
            const auto& uids = record.itemUids[slot];
            for (std::size_t i = 0; i < uids.size() && i < record.rule.checklist[slot].size();
                 ++i) {
                items.emplace(uids[i],
                              ChecklistItemRef{&record, tier, record.rule.checklist[slot][i]});
            }
        }
    }
}

const TierRuleRecord* newest(const std::vector<const TierRuleRecord*>& rules) {
    const auto found = std::max_element(rules.begin(), rules.end(), [](auto* a, auto* b) {
        return a->rule.version < b->rule.version;
    });
    return found == rules.end() ? nullptr : *found;
}

}  // namespace

ImportScope::ImportScope(const WorkspaceData& file, const WorkspaceData& workspace)
    : workspaceLevels(workspace.levels,
                      [](const LevelRecord& level) { return std::to_string(level.rank); }),
      workspaceSettings(workspace.settings, [](const SettingRecord& s) { return s.key; }),
      workspacePeople(workspace.people, uidOf<PersonRecord>),
      workspaceProducts(workspace.products, uidOf<ProductRecord>),
      workspaceSegments(workspace.segments, uidOf<SegmentRecord>),
      workspaceCompetitors(workspace.competitors, uidOf<CompetitorRecord>),
      workspaceRules(workspace.tierRules, ruleUidOf),
      workspaceLaunches(workspace.launches,
                        [](const LaunchRecord& launch) { return launch.launch.uid; }),
      fileLevels(file.levels, [](const LevelRecord& level) { return std::to_string(level.rank); }),
      filePeople(file.people, uidOf<PersonRecord>),
      fileProducts(file.products, uidOf<ProductRecord>),
      fileRules(file.tierRules, ruleUidOf),
      m_file(file),
      m_workspace(workspace) {
    indexItems(file.tierRules, m_fileItems);
    indexItems(workspace.tierRules, m_workspaceItems);

    std::vector<const TierRuleRecord*> added;
    for (const TierRuleRecord& record : file.tierRules) {
        if (!workspaceRules.contains(record.rule.uid)) {
            added.push_back(&record);
        }
    }
    const bool untouchedDefault =
        workspace.tierRules.size() == 1 &&
        std::none_of(workspace.launches.begin(), workspace.launches.end(),
                     [](const LaunchRecord& launch) { return launch.ruleUid.has_value(); });
    m_replacesDefaultRule = untouchedDefault && !file.tierRules.empty() &&
                            !fileRules.contains(workspace.tierRules.front().rule.uid);
    if (const TierRuleRecord* latest = newest(added)) {
        m_currentRule = latest;
    } else if (!workspace.tierRules.empty()) {
        m_currentRule = &workspace.tierRules.back();
    }
}

bool ImportScope::levelExists(int rank) const {
    const std::string key = std::to_string(rank);
    return fileLevels.contains(key) || workspaceLevels.contains(key);
}

bool ImportScope::personExists(const std::string& uid) const {
    return filePeople.contains(uid) || workspacePeople.contains(uid);
}

bool ImportScope::productExists(const std::string& uid) const {
    return fileProducts.contains(uid) || workspaceProducts.contains(uid);
}

const TierRuleRecord* ImportScope::rule(const std::string& uid) const {
    // A saved version never changes: the workspace's copy is the one in force.
    if (const TierRuleRecord* found = workspaceRules.find(uid)) {
        return found;
    }
    return fileRules.find(uid);
}

const ChecklistItemRef* ImportScope::checklistItem(const std::string& uid) const {
    if (const auto found = m_fileItems.find(uid); found != m_fileItems.end()) {
        return &found->second;
    }
    return workspaceChecklistItem(uid);
}

const ChecklistItemRef* ImportScope::workspaceChecklistItem(const std::string& uid) const {
    const auto found = m_workspaceItems.find(uid);
    return found == m_workspaceItems.end() ? nullptr : &found->second;
}

}  // namespace pmm::interchange
