#pragma once

#include "interchange/entity_section.h"

namespace pmm::interchange {

// "skill_assessments": one person assessed in one competency on one day: the demonstrated
// level, the self and manager ratings, the evidence text and links to the work it rests on.
// A link names a thing by kind and uid and keeps its label, and may outlive what it names
// (the app keeps links to removed launches), so a link's target is not checked.
class SkillAssessmentsSection final : public EntitySection {
public:
    std::string_view key() const override { return "skill_assessments"; }
    std::size_t count(const WorkspaceData& data) const override { return data.assessments.size(); }
    void writeJson(JsonWriter& out, const WorkspaceData& data) const override;
    void readRecord(const nlohmann::json& value, std::size_t index, WorkspaceData& file,
                    ProblemList& problems) const override;
    void complete(WorkspaceData& file, const ImportScope& scope) const override;
    void validate(const ImportScope& scope, ProblemList& problems) const override;
    ChangeCounts plan(const ImportScope& scope) const override;
    void write(const ImportScope& scope, sqlite3* db) const override;
};

}  // namespace pmm::interchange
