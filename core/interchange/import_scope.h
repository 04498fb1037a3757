#pragma once

#include <optional>
#include <string>
#include <unordered_map>

#include "interchange/record_index.h"
#include "interchange/workspace_data.h"

namespace pmm::interchange {

// A checklist item of a tier rule version, found by its uid.
struct ChecklistItemRef {
    const TierRuleRecord* rule = nullptr;
    int tier = 1;
    std::string title;
};

// What validating, planning and writing an import look at: the file's records and the
// workspace's, each indexed by key, and how the file's tier rules fit the workspace's.
class ImportScope {
public:
    ImportScope(const WorkspaceData& file, const WorkspaceData& workspace);
    ImportScope(const ImportScope&) = delete;
    ImportScope& operator=(const ImportScope&) = delete;

    const WorkspaceData& file() const { return m_file; }
    const WorkspaceData& workspace() const { return m_workspace; }

    // Indexes of the workspace's records, to match the file's against.
    RecordIndex<LevelRecord> workspaceLevels;
    RecordIndex<SettingRecord> workspaceSettings;
    RecordIndex<PersonRecord> workspacePeople;
    RecordIndex<ProductRecord> workspaceProducts;
    RecordIndex<SegmentRecord> workspaceSegments;
    RecordIndex<CompetitorRecord> workspaceCompetitors;
    RecordIndex<TierRuleRecord> workspaceRules;
    RecordIndex<LaunchRecord> workspaceLaunches;
    RecordIndex<CompetencyRecord> workspaceCompetencies;
    RecordIndex<CompetitorLaunchRecord> workspaceCompetitorLaunches;
    RecordIndex<BattlecardRecord> workspaceCards;
    RecordIndex<AssessmentRecord> workspaceAssessments;
    RecordIndex<DealRecord> workspaceDeals;
    RecordIndex<StatementRecord> workspaceStatements;
    RecordIndex<ReviewRecord> workspaceReviews;
    // ... and of the file's, to resolve references within it.
    RecordIndex<LevelRecord> fileLevels;
    RecordIndex<PersonRecord> filePeople;
    RecordIndex<ProductRecord> fileProducts;
    RecordIndex<TierRuleRecord> fileRules;
    RecordIndex<SegmentRecord> fileSegments;
    RecordIndex<CompetitorRecord> fileCompetitors;
    RecordIndex<CompetencyRecord> fileCompetencies;
    RecordIndex<CompetitorLaunchRecord> fileCompetitorLaunches;
    RecordIndex<BattlecardRecord> fileCards;
    RecordIndex<StatementRecord> fileStatements;

    // References resolve against the file and the workspace (a tier rule version the
    // workspace already holds resolves to its stored copy).
    bool levelExists(int rank) const;
    bool personExists(const std::string& uid) const;
    bool productExists(const std::string& uid) const;
    bool segmentExists(const std::string& uid) const;
    bool competitorExists(const std::string& uid) const;
    bool competencyExists(const std::string& uid) const;
    bool competitorLaunchExists(const std::string& uid) const;
    bool cardExists(const std::string& uid) const;
    bool statementExists(const std::string& uid) const;
    // The workspace competency a file's competency is merged into: the one with its uid, or
    // else the one of the same name (ignoring case) that the file does not name by uid. Every
    // workspace seeds the same nine competencies with uids of its own: by name, two
    // workspaces' matrices merge instead of clashing.
    const CompetencyRecord* storedCompetency(const CompetencyRecord& fileRecord) const;
    const TierRuleRecord* rule(const std::string& uid) const;
    const ChecklistItemRef* checklistItem(const std::string& uid) const;
    const ChecklistItemRef* workspaceChecklistItem(const std::string& uid) const;

    // True when the file's tier rule versions replace the workspace's untouched default:
    // its only version, which no launch was tiered with and the file does not contain.
    bool replacesDefaultRule() const { return m_replacesDefaultRule; }
    // The version new launches are tiered with once the import is written.
    const TierRuleRecord* currentRuleAfterImport() const { return m_currentRule; }

private:
    void matchCompetenciesByName();

    const WorkspaceData& m_file;
    const WorkspaceData& m_workspace;
    std::unordered_map<std::string, ChecklistItemRef> m_fileItems;
    std::unordered_map<std::string, ChecklistItemRef> m_workspaceItems;
    std::unordered_map<std::string, const CompetencyRecord*> m_competenciesByName;
    bool m_replacesDefaultRule = false;
    const TierRuleRecord* m_currentRule = nullptr;
};

}  // namespace pmm::interchange
