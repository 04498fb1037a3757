#pragma once

#include "interchange/entity_section.h"
#include "interchange/object_reader.h"

namespace pmm::interchange {

// "tier_rules": the versions of the tier rule, each with its weights, thresholds, guardrail,
// Tier 1 capacity and the deliverables checklist of each tier. Versions never change once
// saved, so an import only adds versions (see format.h for how they are numbered).
class TierRulesSection final : public EntitySection {
public:
    std::string_view key() const override { return "tier_rules"; }
    std::size_t count(const WorkspaceData& data) const override { return data.tierRules.size(); }
    void writeJson(JsonWriter& out, const WorkspaceData& data) const override;
    void readRecord(const nlohmann::json& value, std::size_t index, WorkspaceData& file,
                    ProblemList& problems) const override;
    void complete(WorkspaceData& file, const ImportScope& scope) const override;
    void validate(const ImportScope& scope, ProblemList& problems) const override;
    ChangeCounts plan(const ImportScope& scope) const override;
    void write(const ImportScope& scope, sqlite3* db) const override;

private:
    void readChecklists(const nlohmann::json* checklists, const ObjectReader& rule,
                        TierRuleRecord& record) const;
    void validateAgainstWorkspace(const ImportScope& scope, const TierRuleRecord& record,
                                  ProblemList& problems) const;
};

}  // namespace pmm::interchange
