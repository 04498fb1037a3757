#include "interchange/import_scope.h"

#include <algorithm>

#include "interchange/section_support.h"

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
      workspaceCompetencies(workspace.competencies, uidOf<CompetencyRecord>),
      workspaceCompetitorLaunches(workspace.competitorLaunches, uidOf<CompetitorLaunchRecord>),
      workspaceCards(workspace.battlecards, uidOf<BattlecardRecord>),
      workspaceAssessments(workspace.assessments, uidOf<AssessmentRecord>),
      workspaceDeals(workspace.deals, uidOf<DealRecord>),
      workspaceStatements(workspace.statements, uidOf<StatementRecord>),
      workspaceReviews(workspace.reviews, uidOf<ReviewRecord>),
      fileLevels(file.levels, [](const LevelRecord& level) { return std::to_string(level.rank); }),
      filePeople(file.people, uidOf<PersonRecord>),
      fileProducts(file.products, uidOf<ProductRecord>),
      fileRules(file.tierRules, ruleUidOf),
      fileSegments(file.segments, uidOf<SegmentRecord>),
      fileCompetitors(file.competitors, uidOf<CompetitorRecord>),
      fileCompetencies(file.competencies, uidOf<CompetencyRecord>),
      fileCompetitorLaunches(file.competitorLaunches, uidOf<CompetitorLaunchRecord>),
      fileCards(file.battlecards, uidOf<BattlecardRecord>),
      fileStatements(file.statements, uidOf<StatementRecord>),
      m_file(file),
      m_workspace(workspace) {
    indexItems(file.tierRules, m_fileItems);
    matchCompetenciesByName();
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

bool ImportScope::segmentExists(const std::string& uid) const {
    return fileSegments.contains(uid) || workspaceSegments.contains(uid);
}

bool ImportScope::competitorExists(const std::string& uid) const {
    return fileCompetitors.contains(uid) || workspaceCompetitors.contains(uid);
}

bool ImportScope::competencyExists(const std::string& uid) const {
    return fileCompetencies.contains(uid) || workspaceCompetencies.contains(uid);
}

bool ImportScope::competitorLaunchExists(const std::string& uid) const {
    return fileCompetitorLaunches.contains(uid) || workspaceCompetitorLaunches.contains(uid);
}

bool ImportScope::cardExists(const std::string& uid) const {
    return fileCards.contains(uid) || workspaceCards.contains(uid);
}

bool ImportScope::statementExists(const std::string& uid) const {
    return fileStatements.contains(uid) || workspaceStatements.contains(uid);
}

void ImportScope::matchCompetenciesByName() {
    std::unordered_map<std::string, const CompetencyRecord*> byName;
    for (const CompetencyRecord& stored : m_workspace.competencies) {
        if (!fileCompetencies.contains(stored.uid)) {
            byName.emplace(foldCase(stored.name), &stored);
        }
    }
    for (const CompetencyRecord& record : m_file.competencies) {
        if (workspaceCompetencies.contains(record.uid)) {
            continue;
        }
        const auto found = byName.find(foldCase(record.name));
        if (found != byName.end()) {
            m_competenciesByName.emplace(record.uid, found->second);
            byName.erase(found);
        }
    }
}

const CompetencyRecord* ImportScope::storedCompetency(const CompetencyRecord& fileRecord) const {
    if (const CompetencyRecord* found = workspaceCompetencies.find(fileRecord.uid)) {
        return found;
    }
    const auto byName = m_competenciesByName.find(fileRecord.uid);
    return byName == m_competenciesByName.end() ? nullptr : byName->second;
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
