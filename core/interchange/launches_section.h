#pragma once

#include <unordered_map>

#include "interchange/entity_section.h"

namespace pmm::interchange {

// "launches": each launch with its frame, criteria, tier (rule, computed tier and score,
// override), checklist state and override history. The core rules hold: the status gate,
// scores 1-5, and a stated tier must be what its rule computes from the criteria.
class LaunchesSection final : public EntitySection {
public:
    std::string_view key() const override { return "launches"; }
    std::size_t count(const WorkspaceData& data) const override { return data.launches.size(); }
    void writeJson(JsonWriter& out, const WorkspaceData& data) const override;
    void readRecord(const nlohmann::json& value, std::size_t index, WorkspaceData& file,
                    ProblemList& problems) const override;
    void complete(WorkspaceData& file, const ImportScope& scope) const override;
    void validate(const ImportScope& scope, ProblemList& problems) const override;
    ChangeCounts plan(const ImportScope& scope) const override;
    void write(const ImportScope& scope, sqlite3* db) const override;

private:
    void validateTier(const ImportScope& scope, const LaunchRecord& record,
                      const std::unordered_map<const TierRuleRecord*, bool>& soundRules,
                      ProblemList& problems) const;
};

}  // namespace pmm::interchange
